"""What the two SQL backends share: filters, grants, facets and one statement per results page.

A backend supplies ``candidates_sql``: the ``cap`` newest matches of a query and its filters, with
a score (higher is better). ``filter_expression`` turns filters into facet terms the index holds
(``documents.FACET``), which the backend adds to the match, so filters narrow it inside the index. Everything else is one portable statement over
the entries (``search.models.Entry``): the candidates are materialised once and read for the page
of hits and for every facet in a single ``UNION ALL``.

**Bounded work.** A page looks at the ``cap`` newest matches only (``SEARCH_CANDIDATES``), so a word
that occurs in most of the archive costs no more than one that occurs in ``cap`` articles. Up to
``cap`` matches everything is exact; beyond it the page says "``cap`` or more", ranks among the newest
``cap`` and counts facets among them (``RawResults.estimated``). Results pages stop at ``MAX_PAGE``
pages of ten, within ``cap``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import connection

from search.backends.base import AccessFilter, FacetRow, Filters, RawResults, Sort
from search.documents import (
    author_term,
    journal_id_term,
    journal_term,
    keyword_term,
    months_between,
    open_term,
    type_term,
    year_term,
)

if TYPE_CHECKING:
    from access.decision import Grants
    from search.query import Query

#: The most frequent authors and keywords among the hits that a page shows as facets.
FACET_TOP = 10

_DOUBLE = "DOUBLE PRECISION"

#: A filter on facet terms: a term, or ("and" | "or", parts).
type Expression = str | tuple[str, list[Expression]]


def readable_expression(grants: Grants) -> Expression | None:
    """The grants as facet terms: a superset of what they grant (whole months for a period),
    which ``grants_sql`` then narrows to the day. None: everything (staff)."""
    if grants.everything:
        return None
    parts: list[Expression] = [open_term(True)]
    parts += [journal_id_term(journal_id) for journal_id in grants.journals]
    for journal_id, starts_on, ends_on in grants.periods:
        months: list[Expression] = list(months_between(starts_on, ends_on))
        parts.append(("and", [journal_id_term(journal_id), ("or", months)]))
    return ("or", parts)


def filter_expression(filters: Filters, grants: Grants) -> list[Expression]:
    """The filters as facet terms that must all match."""
    parts: list[Expression] = []
    if filters.journal is not None:
        parts.append(journal_term(filters.journal))
    if filters.year is not None:
        parts.append(year_term(filters.year))
    if filters.article_type is not None:
        parts.append(type_term(filters.article_type))
    if filters.author_id is not None:
        parts.append(author_term(filters.author_id))
    if filters.keyword is not None:
        parts.append(keyword_term(filters.keyword))
    if filters.access == AccessFilter.OPEN:
        parts.append(open_term(True))
    elif filters.access == AccessFilter.SUBSCRIPTION:
        parts.append(open_term(False))
    elif filters.access == AccessFilter.READABLE:
        readable = readable_expression(grants)
        if readable is not None:
            parts.append(readable)
    return parts


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


_ORDER = {
    Sort.RELEVANCE: "score DESC, published_on DESC NULLS LAST, article_id DESC",
    Sort.DATE: "published_on DESC NULLS LAST, article_id DESC",
}


class SQLBackend:
    name = "sql"
    #: How the candidates ``m`` reach their entries ``e``: one lookup per candidate.
    entry_join = "JOIN search_entry e ON e.article_id = m.article_id"

    def candidates_sql(self, query: Query, filters: list[Expression], cap: int) -> tuple[str, list[Any]]:
        raise NotImplementedError

    def run(
        self, query: Query, *, filters: Filters, grants: Grants, sort: Sort, limit: int, offset: int, cap: int
    ) -> RawResults:
        expression = filter_expression(filters, grants)
        candidates, candidates_params = self.candidates_sql(query, expression, cap)
        readable, readable_params = grants_sql(grants)
        # The facet terms of the readable filter are whole months; the grants decide to the day.
        exact = readable if filters.access == AccessFilter.READABLE else "1 = 1"
        exact_params = readable_params if filters.access == AccessFilter.READABLE else []
        order = _ORDER[sort]
        sql = f"""
WITH m AS MATERIALIZED ({candidates}),
f AS MATERIALIZED (
    SELECT e.article_id, m.score, e.journal_id, e.year, e.article_type, e.is_open, e.published_on,
           CASE WHEN {readable} THEN 1 ELSE 0 END AS readable
    FROM m {self.entry_join}
    WHERE {exact}
)
SELECT 'candidates', '', '', CAST(COUNT(*) AS {_DOUBLE}), 0 FROM m
UNION ALL
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
-- CROSS JOIN: from the candidates to their authors and keywords (SQLite would otherwise scan them all).
SELECT * FROM (
    SELECT 'author', CAST(a.author_id AS TEXT), a.name, CAST(COUNT(*) AS {_DOUBLE}) AS n, 0
    FROM f CROSS JOIN search_entryauthor a WHERE a.entry_id = f.article_id
    GROUP BY a.author_id, a.name ORDER BY n DESC, a.name LIMIT {FACET_TOP}
) authors
UNION ALL
SELECT * FROM (
    SELECT 'keyword', k.keyword, k.keyword, CAST(COUNT(*) AS {_DOUBLE}) AS n, 0
    FROM f CROSS JOIN search_entrykeyword k WHERE k.entry_id = f.article_id
    GROUP BY k.keyword ORDER BY n DESC, k.keyword LIMIT {FACET_TOP}
) keywords
"""
        params = [*candidates_params, *readable_params, *exact_params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        results = RawResults()
        hits = sorted((row for row in rows if row[0] == "hit"), key=lambda row: row[4])
        results.hits = [(int(row[1]), float(row[3])) for row in hits]
        results.facets = [
            FacetRow(row[0], row[1], row[2], int(row[3])) for row in rows if row[0] not in ("hit", "candidates")
        ]
        # The candidates checked to the day (the readable filter) are the hits; as many as the cap: more match.
        results.estimated = next(int(row[3]) for row in rows if row[0] == "candidates") >= cap
        results.total = sum(row.count for row in results.facets if row.facet == "journal")
        return results
