"""PostgreSQL full-text search: stored, weighted ``tsvector`` values with a GIN index.

The analysed terms (``search.analysis``, the same Snowball Dutch stemmer PostgreSQL's ``dutch``
configuration uses, applied in Python so both databases index the same terms) are written as
``tsvector`` values directly, with positions and weights (title A, authors and keywords B, abstract
C, full text D): PostgreSQL's parser never sees the text, so its locale cannot split a word.

Two tables, both keyed by article id:

* ``search_vector``: every field plus the facet terms (``documents.FACET``), with the GIN index that
  matches queries and filters. Its rows are narrow (a long vector is stored out of line), so
  counting or listing the matches of a common word reads few pages and decompresses no vector.
* ``search_meta``: the public fields only, small enough to stay in the row; ranking (``ts_rank``)
  reads it for the candidates only. An article that matches in its full text only therefore ranks
  after those that match in a field.

The query is compiled from the parsed ``Query`` into a ``tsquery`` value (the websearch grammar is
parsed in ``search.query``), every lexeme quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import connection

from search import analysis
from search.backends.sql import Expression, SQLBackend
from search.documents import FIELDS

if TYPE_CHECKING:
    from search.documents import Document
    from search.query import Clause, Query

#: Created by migration search 0001.
TABLE = "search_vector"
META = "search_meta"
WEIGHT_LETTERS = {"title": "A", "authors": "B", "keywords": "B", "abstract": "C", "body": "D"}
#: ts_rank's weights for D, C, B and A.
RANK_WEIGHTS = "{0.05, 0.3, 0.6, 1.0}"
#: Added to the score of an article whose public fields match in whole words (ts_rank stays below 1).
WHOLE_WORDS = 10
POSITION_MAX = 16383


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(document: Document, fields: tuple[str, ...], *, facets: bool = False) -> str:
    """The fields' terms as a tsvector value: each term with its positions and its field's weight."""
    positions: dict[str, list[str]] = {}
    position = 0
    for name in fields:
        letter = WEIGHT_LETTERS[name]
        for term in document.terms[name]:
            position = min(position + 1, POSITION_MAX)
            slots = positions.setdefault(term, [])
            if len(slots) < 256:
                slots.append(f"{position}{letter}")
    lexemes = [f"{_lexeme(term)}:{','.join(slots)}" for term, slots in positions.items()]
    if facets:
        lexemes += [_lexeme(term) for term in document.facets if term not in positions]
    return " ".join(lexemes)


def _clause(clause: Clause, *, exact: bool = False) -> str:
    if clause.is_phrase:
        return "(" + " <-> ".join(_lexeme(term) for term in clause.stems) + ")"
    term = clause.stems[0]
    if exact or not clause.partial:
        return _lexeme(term)
    ends = [term, clause.tail] if clause.tail else [term]
    backwards = " | ".join(f"{_lexeme(analysis.REVERSED + end[::-1])}:*" for end in ends)
    return f"({_lexeme(term)} | {_lexeme(term)}:* | {backwards})"


def _facet(expression: Expression) -> str:
    if isinstance(expression, str):
        return _lexeme(expression)
    operator, parts = expression
    joiner = " & " if operator == "and" else " | "
    return "(" + joiner.join(_facet(part) for part in parts) + ")"


def compile_tsquery(query: Query, filters: list[Expression] | None = None, *, exact: bool = False) -> str:
    """The tsquery of a query and its filters; ``exact`` leaves out the compound parts (for ranking)."""
    groups = ["(" + " | ".join(_clause(c, exact=exact) for c in group) + ")" for group in query.groups]
    expression = " & ".join(groups)
    if filters:
        expression += " & " + " & ".join(_facet(part) for part in filters)
    if query.excluded:
        expression = f"({expression}) & !(" + " | ".join(_clause(c) for c in query.excluded) + ")"
    return expression


_PUBLIC = tuple(name for name in FIELDS if name != "body")


class PostgresBackend(SQLBackend):
    name = "postgresql"
    # PostgreSQL plans the candidates as a thousand rows and would merge-join them with every entry
    # (reading all 100,000); a lateral lookup keeps it to one index probe per candidate.
    entry_join = "CROSS JOIN LATERAL (SELECT * FROM search_entry e0 WHERE e0.article_id = m.article_id OFFSET 0) e"

    def candidates_sql(self, query: Query, filters: list[Expression], cap: int) -> tuple[str, list[Any]]:
        # As on SQLite: whole-word matches (in the public fields) rank above matches on compound parts.
        sql = (
            f"SELECT c.article_id, CASE WHEN t.meta @@ q.x THEN {WHOLE_WORDS} + ts_rank(q.w, t.meta, q.x) "
            f"ELSE ts_rank(q.w, t.meta, q.q) END AS score "
            f"FROM (SELECT CAST(%s AS float4[]) AS w, CAST(%s AS tsquery) AS q, CAST(%s AS tsquery) AS x) q, "
            f"search_matches(CAST(%s AS tsquery), {int(cap)}) c JOIN {META} t ON t.article_id = c.article_id"
        )
        full = compile_tsquery(query, filters)
        return sql, [RANK_WEIGHTS, compile_tsquery(query), compile_tsquery(query, exact=True), full]

    def store(self, documents: list[Document]) -> None:
        if not documents:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (article_id, key, vector) VALUES (%s, %s, CAST(%s AS tsvector)) "
                "ON CONFLICT (article_id) DO UPDATE SET key = EXCLUDED.key, vector = EXCLUDED.vector",
                [(d.article_id, d.key, tsvector_literal(d, FIELDS, facets=True)) for d in documents],
            )
            cursor.executemany(
                f"INSERT INTO {META} (article_id, meta) VALUES (%s, CAST(%s AS tsvector)) "
                "ON CONFLICT (article_id) DO UPDATE SET meta = EXCLUDED.meta",
                [(d.article_id, tsvector_literal(d, _PUBLIC)) for d in documents],
            )

    def remove(self, article_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE article_id = ANY(%s)", [list(article_ids)])
            cursor.execute(f"DELETE FROM {META} WHERE article_id = ANY(%s)", [list(article_ids)])

    def size(self) -> dict[str, Any]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT (SELECT COUNT(*) FROM {TABLE}), pg_table_size('{TABLE}'), pg_indexes_size('{TABLE}'), "
                f"pg_table_size('{META}')"
            )
            rows, table_bytes, index_bytes, meta_bytes = cursor.fetchone()
        return {
            "backend": self.name,
            "documents": rows,
            "table_bytes": table_bytes,
            "index_bytes": index_bytes,
            "meta_bytes": meta_bytes,
        }
