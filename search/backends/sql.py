"""What the two SQL backends share: filters, grants, facets and one statement per results page.

A backend supplies only ``match_sql``: a SELECT of ``(article_id, score)`` for the articles that
match a query, higher scores better. Everything else is one portable statement over the entries
(``search.models.Entry``): the matches are filtered, materialised once, and read for the page of
hits and for every facet in a single ``UNION ALL``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import connection

from search.backends.base import AccessFilter, FacetRow, Filters, RawResults, Sort

if TYPE_CHECKING:
    from access.decision import Grants
    from search.query import Query

#: The most frequent authors and keywords among the hits that a page shows as facets.
FACET_TOP = 10

_DOUBLE = "DOUBLE PRECISION"


def grants_sql(grants: Grants) -> tuple[str, list[Any]]:
    """``access.decision.Grants`` as a condition on an entry ``e``: may the reader read it in full?"""
    if grants.everything:
        return "1 = 1", []
    parts = ["e.is_open = TRUE"]
    params: list[Any] = []
    if grants.journals:
        parts.append(f"e.journal_id IN ({', '.join(['%s'] * len(grants.journals))})")
        params += list(grants.journals)
    for journal_id, starts_on, ends_on in grants.periods:
        parts.append("(e.journal_id = %s AND e.published_on BETWEEN %s AND %s)")
        params += [journal_id, starts_on, ends_on]
    return "(" + " OR ".join(parts) + ")", params


def filters_sql(filters: Filters, grants: Grants) -> tuple[str, list[Any]]:
    parts = ["1 = 1"]
    params: list[Any] = []
    if filters.journal is not None:
        parts.append("e.journal_id IN (SELECT id FROM journals_journal WHERE slug = %s)")
        params.append(filters.journal)
    if filters.year is not None:
        parts.append("e.year = %s")
        params.append(filters.year)
    if filters.article_type is not None:
        parts.append("e.article_type = %s")
        params.append(filters.article_type)
    if filters.author_id is not None:
        parts.append("e.article_id IN (SELECT entry_id FROM search_entryauthor WHERE author_id = %s)")
        params.append(filters.author_id)
    if filters.keyword is not None:
        parts.append("e.article_id IN (SELECT entry_id FROM search_entrykeyword WHERE keyword = %s)")
        params.append(filters.keyword)
    if filters.access == AccessFilter.OPEN:
        parts.append("e.is_open = TRUE")
    elif filters.access == AccessFilter.SUBSCRIPTION:
        parts.append("e.is_open = FALSE")
    elif filters.access == AccessFilter.READABLE:
        readable, readable_params = grants_sql(grants)
        parts.append(readable)
        params += readable_params
    return " AND ".join(parts), params


_ORDER = {
    Sort.RELEVANCE: "score DESC, published_on DESC NULLS LAST, article_id DESC",
    Sort.DATE: "published_on DESC NULLS LAST, article_id DESC",
}


class SQLBackend:
    name = "sql"

    def match_sql(self, query: Query) -> tuple[str, list[Any]]:
        raise NotImplementedError

    def run(self, query: Query, *, filters: Filters, grants: Grants, sort: Sort, limit: int, offset: int) -> RawResults:
        match, match_params = self.match_sql(query)
        where, where_params = filters_sql(filters, grants)
        readable, readable_params = grants_sql(grants)
        order = _ORDER[sort]
        sql = f"""
WITH m AS MATERIALIZED ({match}),
f AS MATERIALIZED (
    SELECT e.article_id, m.score, e.journal_id, e.year, e.article_type, e.is_open, e.published_on,
           CASE WHEN {readable} THEN 1 ELSE 0 END AS readable
    FROM m JOIN search_entry e ON e.article_id = m.article_id
    WHERE {where}
)
SELECT 'hit', CAST(article_id AS TEXT), '', CAST(score AS {_DOUBLE}), ROW_NUMBER() OVER (ORDER BY {order})
FROM (SELECT article_id, score, published_on FROM f ORDER BY {order} LIMIT %s OFFSET %s) page
UNION ALL
SELECT 'journal', j.slug, j.title, CAST(COUNT(*) AS {_DOUBLE}), 0
FROM f JOIN journals_journal j ON j.id = f.journal_id GROUP BY j.slug, j.title
UNION ALL
SELECT 'year', CAST(year AS TEXT), '', CAST(COUNT(*) AS {_DOUBLE}), 0 FROM f GROUP BY year
UNION ALL
SELECT 'type', article_type, '', CAST(COUNT(*) AS {_DOUBLE}), 0 FROM f GROUP BY article_type
UNION ALL
SELECT 'access', CASE WHEN is_open THEN 'open' ELSE 'abonnement' END, '', CAST(COUNT(*) AS {_DOUBLE}), 0
FROM f GROUP BY is_open
UNION ALL
SELECT 'readable', 'leesbaar', '', CAST(COALESCE(SUM(readable), 0) AS {_DOUBLE}), 0 FROM f
UNION ALL
SELECT * FROM (
    SELECT 'author', CAST(a.author_id AS TEXT), a.name, CAST(COUNT(*) AS {_DOUBLE}) AS n, 0
    FROM f JOIN search_entryauthor a ON a.entry_id = f.article_id
    GROUP BY a.author_id, a.name ORDER BY n DESC, a.name LIMIT {FACET_TOP}
) authors
UNION ALL
SELECT * FROM (
    SELECT 'keyword', k.keyword, k.keyword, CAST(COUNT(*) AS {_DOUBLE}) AS n, 0
    FROM f JOIN search_entrykeyword k ON k.entry_id = f.article_id
    GROUP BY k.keyword ORDER BY n DESC, k.keyword LIMIT {FACET_TOP}
) keywords
"""
        params = [*match_params, *readable_params, *where_params, limit, offset]
        results = RawResults()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        hits = sorted((row for row in rows if row[0] == "hit"), key=lambda row: row[4])
        results.hits = [(int(row[1]), float(row[3])) for row in hits]
        results.facets = [FacetRow(row[0], row[1], row[2], int(row[3])) for row in rows if row[0] != "hit"]
        return results
