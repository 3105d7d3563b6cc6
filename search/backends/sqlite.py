"""SQLite FTS5: the embedded default.

The analysed terms (``search.analysis``) go into an FTS5 table with one column per field and one
for the facet terms (``documents.FACET``), whose rowid is the entry's recency key
(``documents.recency_key``: publication date, then id); FTS5 only splits them on spaces. A query is compiled from the parsed ``Query`` into FTS5's own syntax, every term quoted, so
nothing a reader types is FTS5 syntax. Filters become facet terms the match must contain.

Ranking is FTS5's BM25 with the fields weighted title 10, authors and keywords 6, abstract 3,
full text 1. BM25 weighs a rare term heavily, and a compound part is often rarer than the word
itself, so articles that match in whole words are ranked above those that match only in parts.
FTS5 walks a match in rowid order and stops at a LIMIT, so the ``cap`` newest matches cost about
the same whatever the number of matches.
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
TABLE = "search_fts"
COLUMNS = (*FIELDS, "facets")
WEIGHTS = (10.0, 6.0, 6.0, 3.0, 1.0, 0.0)
#: Added to the score of an article that matches in whole words (BM25 scores stay far below it).
WHOLE_WORDS = 1000


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _clause(clause: Clause, *, exact: bool = False) -> str:
    if clause.is_phrase:
        return _quoted(" ".join(clause.stems))
    term = clause.stems[0]
    if exact or not clause.partial:
        return _quoted(term)
    # The whole word (counted again, so it ranks above a part), any term it begins, any term it ends.
    ends = [term, clause.tail] if clause.tail else [term]
    backwards = " OR ".join(f"{_quoted(analysis.REVERSED + end[::-1])}*" for end in ends)
    return f"({_quoted(term)} OR {_quoted(term)}* OR {backwards})"


def _facet(expression: Expression) -> str:
    if isinstance(expression, str):
        return f"facets : {_quoted(expression)}"
    operator, parts = expression
    return "(" + f" {operator.upper()} ".join(_facet(part) for part in parts) + ")"


def compile_match(query: Query, filters: list[Expression] | None = None, *, exact: bool = False) -> str:
    """The FTS5 expression of a query and its filters; ``exact`` leaves out compound parts (for ranking)."""
    groups = ["(" + " OR ".join(_clause(c, exact=exact) for c in group) + ")" for group in query.groups]
    expression = "(" + " AND ".join(groups) + ")"
    if filters:
        expression += " AND " + " AND ".join(_facet(part) for part in filters)
    if query.excluded:
        expression += " NOT (" + " OR ".join(_clause(c) for c in query.excluded) + ")"
    return expression


class SQLiteBackend(SQLBackend):
    name = "sqlite"
    entry_join = "JOIN search_entry e ON e.key = m.key"

    def candidates_sql(self, query: Query, filters: list[Expression], cap: int) -> tuple[str, list[Any]]:
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        full, exact = compile_match(query, filters), compile_match(query, filters, exact=True)

        def newest(bonus: int = 0, bound: str = "") -> str:
            return (
                f"SELECT rowid, {bonus} - bm25({TABLE}, {weights}) AS score FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s{bound} ORDER BY rowid DESC LIMIT {int(cap)}"
            )

        if full == exact:
            return f"SELECT rowid AS key, score FROM ({newest()})", [full]
        # Whole-word matches and matches on compound parts only, each scored against its own
        # expression (so BM25 reads the expanded parts only where they are all there is), newest
        # first. When the whole-word matches fill the cap, only newer part-only matches can join.
        oldest = (
            f" AND rowid >= (SELECT CASE WHEN COUNT(*) >= {int(cap)} THEN MIN(rowid) ELSE 0 END "
            f"FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY rowid DESC LIMIT {int(cap)}))"
        )
        sql = (
            f"SELECT rowid AS key, score FROM (SELECT * FROM ({newest(WHOLE_WORDS)}) "
            f"UNION ALL SELECT * FROM ({newest(bound=oldest)})) ORDER BY rowid DESC LIMIT {int(cap)}"
        )
        return sql, [exact, f"({full}) NOT ({exact})", exact]

    def store(self, documents: list[Document]) -> None:
        if not documents:
            return
        with connection.cursor() as cursor:
            self._delete(cursor, [document.article_id for document in documents])
            cursor.executemany(
                f"INSERT OR REPLACE INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (%s{', %s' * len(COLUMNS)})",
                [[d.key, *(" ".join(d.terms[name]) for name in FIELDS), " ".join(d.facets)] for d in documents],
            )

    def remove(self, article_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            self._delete(cursor, article_ids)

    def _delete(self, cursor: Any, article_ids: list[int]) -> None:
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE rowid IN (SELECT key FROM search_entry "
                f"WHERE article_id IN ({', '.join(['%s'] * len(chunk))}))",
                chunk,
            )

    def size(self) -> dict[str, Any]:
        with connection.cursor() as cursor:
            try:
                cursor.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE %s", [f"{TABLE}%"])
                index_bytes = cursor.fetchone()[0] or 0
            except Exception:  # dbstat is a compile-time option of SQLite
                index_bytes = None
            cursor.execute(f"SELECT COUNT(*) FROM {TABLE}")
            rows = cursor.fetchone()[0]
        return {"backend": self.name, "documents": rows, "index_bytes": index_bytes}
