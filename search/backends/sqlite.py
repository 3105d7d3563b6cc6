"""SQLite FTS5: the embedded default.

The analysed terms (``search.analysis``) go into an FTS5 table with one column per field, whose
rowid is the article id; FTS5 only splits them on spaces. A query is compiled from the parsed
``Query`` into FTS5's own syntax, every term quoted, so nothing a reader types is FTS5 syntax.
Ranking is FTS5's BM25 with the fields weighted title 10, authors and keywords 6, abstract 3,
full text 1.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import connection

from search import analysis
from search.backends.sql import SQLBackend
from search.documents import FIELDS

if TYPE_CHECKING:
    from search.documents import Document
    from search.query import Clause, Query

#: Created by migration search 0001.
TABLE = "search_fts"
WEIGHTS = (10.0, 6.0, 6.0, 3.0, 1.0)
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


def compile_match(query: Query, *, exact: bool = False) -> str:
    """The FTS5 expression of a query; ``exact`` leaves out the compound parts (for ranking)."""
    groups = ["(" + " OR ".join(_clause(c, exact=exact) for c in group) + ")" for group in query.groups]
    expression = "(" + " AND ".join(groups) + ")"
    if query.excluded:
        expression += " NOT (" + " OR ".join(_clause(c) for c in query.excluded) + ")"
    return expression


class SQLiteBackend(SQLBackend):
    name = "sqlite"

    def match_sql(self, query: Query) -> tuple[str, list[Any]]:
        # Whole-word matches rank above matches on compound parts only, each by BM25 among themselves
        # (BM25 alone would favour the parts: a compound is often rarer than the word itself).
        weights = ", ".join(str(weight) for weight in WEIGHTS)
        full, exact = compile_match(query), compile_match(query, exact=True)
        if full == exact:
            sql = f"SELECT rowid AS article_id, -bm25({TABLE}, {weights}) AS score FROM {TABLE} WHERE {TABLE} MATCH %s"
            return sql, [full]
        sql = (
            f"SELECT a.rowid AS article_id, CASE WHEN x.score IS NULL THEN -bm25({TABLE}, {weights}) "
            f"ELSE {WHOLE_WORDS} + x.score END AS score "
            f"FROM {TABLE} a LEFT JOIN (SELECT rowid, -bm25({TABLE}, {weights}) AS score FROM {TABLE} "
            f"WHERE {TABLE} MATCH %s) x ON x.rowid = a.rowid WHERE a.{TABLE} MATCH %s"
        )
        return sql, [exact, full]

    def store(self, documents: list[Document]) -> None:
        if not documents:
            return
        with connection.cursor() as cursor:
            self._delete(cursor, [document.article_id for document in documents])
            columns = ", ".join(FIELDS)
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, {columns}) VALUES (%s{', %s' * len(FIELDS)})",
                [[d.article_id, *(" ".join(d.terms[name]) for name in FIELDS)] for d in documents],
            )

    def remove(self, article_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            self._delete(cursor, article_ids)

    def _delete(self, cursor: Any, article_ids: list[int]) -> None:
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})", chunk)

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
