"""The shape of a demo article's text: blocks of inline runs, with citations and table references.

The plan composes these; ``pdf`` sets them on the page, ``jats`` writes them as JATS (a citation
becomes an ``xref`` to its ``ref``, a table a ``table-wrap``) and ``plain_text`` gives the words
the reader sees, for the overlap measure and for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from journals.demo.references import Work


@dataclass(frozen=True)
class Cite:
    """A citation of works in the article's reference list."""

    works: tuple[Work, ...]
    #: 'Bakker en Claes (2019)' in the running text rather than '(Bakker & Claes, 2019)'.
    narrative: bool = False

    def parts(self) -> list[tuple[Work, str]]:
        """(work, the words that point at it): 'Bakker & Claes, 2019', or '2019' when narrative."""
        if self.narrative:
            return [(self.works[0], str(self.works[0].year))]
        return [(work, f"{work.cite_names('&')}, {work.year}") for work in self.works]

    def text(self) -> str:
        if self.narrative:
            work = self.works[0]
            return f"{work.cite_names('en')} ({work.year})"
        return "(" + "; ".join(words for _, words in self.parts()) + ")"


@dataclass(frozen=True)
class TableRef:
    """'tabel 2': a pointer to the article's table with that number."""

    number: int
    capital: bool = False  # 'Tabel 2' at the start of a sentence

    def text(self) -> str:
        return f"{'Tabel' if self.capital else 'tabel'} {self.number}"


Inline = str | Cite | TableRef


@dataclass(frozen=True)
class Table:
    number: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class Block:
    """One block of body text.

    ``kind``: ``h2`` and ``h3`` (headings; a ``h2`` opens a section, a ``h3`` a subsection), ``p``,
    ``quote`` (with ``attribution``), ``question`` (an interviewer's question), ``list`` (``items``,
    each a run of inlines; ``ordered`` for numbered steps) or ``table``.
    """

    kind: str
    text: tuple[Inline, ...] = ()
    attribution: str = ""
    items: tuple[tuple[Inline, ...], ...] = ()
    ordered: bool = False
    table: Table | None = None


def p(*text: Inline) -> Block:
    return Block("p", tuple(text))


def h2(title: str) -> Block:
    return Block("h2", (title,))


def h3(title: str) -> Block:
    return Block("h3", (title,))


def quote(text: str, attribution: str = "") -> Block:
    return Block("quote", (text,), attribution=attribution)


def question(text: str) -> Block:
    return Block("question", (text,))


def bullet_list(items: Sequence[Sequence[Inline]], *, ordered: bool = False) -> Block:
    return Block("list", items=tuple(tuple(item) for item in items), ordered=ordered)


def table_block(table: Table) -> Block:
    return Block("table", table=table)


def inline_text(runs: Sequence[Inline]) -> str:
    """The runs as the reader sees them."""
    parts = []
    for run in runs:
        if isinstance(run, Cite | TableRef):
            parts.append(run.text())
        else:
            parts.append(run)
    return "".join(parts)


def blocks_text(blocks: Sequence[Block]) -> list[str]:
    """One line per block (a table gives its caption and one line per row)."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "list":
            lines.extend(inline_text(item) for item in block.items)
        elif block.kind == "table" and block.table is not None:
            table = block.table
            lines.append(f"Tabel {table.number}. {table.caption}")
            lines.extend(" | ".join(row) for row in (table.header, *table.rows))
            if table.note:
                lines.append(table.note)
        else:
            line = inline_text(block.text)
            if block.attribution:
                line = f"{line} ({block.attribution})"
            lines.append(line)
    return lines
