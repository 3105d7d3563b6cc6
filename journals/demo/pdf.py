"""Render a demo article as a real PDF (fpdf2, core fonts) that carries its whole text.

The text is laid out first, in pure Python, from the core fonts' glyph widths (``layout``): that
gives the page count without making a PDF, so the plan can give each article the page range its
PDF will have (``page_count``). ``render_pdf`` then sets the same layout on the pages, with a
running head and a footer with the journal's name and the page number of the printed issue.

The core fonts (Helvetica) cover latin-1 only, so typographic quotes, dashes and the like are
first mapped to their latin-1 equivalents; anything else outside latin-1 becomes '?'.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from fpdf import FPDF

from journals.demo.blocks import Block, inline_text

_TO_LATIN1 = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "…": "...",
        "•": "-",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "€": "EUR",
        "™": "(TM)",
    }
)


def to_latin1(text: str) -> str:
    """Text the core fonts can set: typographic characters normalised, the rest replaced."""
    return text.translate(_TO_LATIN1).encode("latin-1", "replace").decode("latin-1")


#: The page: a journal's trim size (mm) and its type area.
PAGE_WIDTH, PAGE_HEIGHT = 170.0, 240.0
LEFT, RIGHT, TOP, BOTTOM = 20.0, 20.0, 20.0, 22.0
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
BODY_SIZE, BODY_LEADING = 9.5, 4.5
PT = 25.4 / 72  # mm per point

#: Bump when the layout changes, so that stored PDFs are made again (see ``fingerprint``).
LAYOUT_VERSION = 2


@dataclass(frozen=True)
class PdfArticle:
    """What goes on the PDF: the bibliographic record, the abstract, the body and the references."""

    publisher: str
    journal: str
    issue_line: str  # "Jaargang 27, nummer 3 (2024)"
    section: str
    title: str
    subtitle: str
    authors: Sequence[tuple[str, str]]  # (name, affiliation)
    abstract: str
    keywords: str
    blocks: Sequence[Block]
    references: Sequence[str] = ()  # citations as printed
    first_page: int | None = None
    doi: str = ""
    rights: str = ""  # "© 2024 Uitgeverij Lindeboog" or a licence name
    published_on: datetime.date | None = None
    #: Back matter after the body: (heading, text), such as the acknowledgements.
    back: Sequence[tuple[str, str]] = ()


@dataclass
class _Text:
    x: float
    y: float  # baseline
    text: str
    style: str
    size: float


@dataclass
class _Rule:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Layout:
    pages: list[list[_Text | _Rule]] = field(default_factory=lambda: [[]])
    #: The baseline of the record line on the first page.
    record_y: float = 0.0

    @property
    def page_count(self) -> int:
        return len(self.pages)


@cache
def _widths(style: str) -> dict[str, int]:
    pdf = FPDF()
    pdf.set_font("helvetica", style, 10)
    return cast(dict[str, int], pdf.current_font.cw)  # type: ignore[union-attr]


#: Word widths in font units, per style: the layout measures the same words over and over.
_WORD_UNITS: dict[str, dict[str, int]] = {}


def _units(word: str, style: str) -> int:
    cache = _WORD_UNITS.setdefault(style, {})
    units = cache.get(word)
    if units is None:
        widths = _widths(style)
        units = sum(widths.get(char, 500) for char in word)
        if len(cache) < 100_000:
            cache[word] = units
    return units


def text_width(text: str, style: str, size: float) -> float:
    """Width in mm of ``text`` (latin-1) in Helvetica ``style`` at ``size`` points."""
    return _units(text, style) * size / 1000 * PT


def wrap(text: str, width: float, style: str, size: float) -> list[str]:
    """Greedy word wrap from the core font's glyph widths (measured in font units, once per word)."""
    limit = width / (size / 1000 * PT)
    cache = _WORD_UNITS.setdefault(style, {})
    space = _units(" ", style)
    lines: list[str] = []
    line: list[str] = []
    line_units = 0
    for word in text.split():
        units = cache.get(word)
        if units is None:
            units = _units(word, style)
        if line and line_units + space + units > limit:
            lines.append(" ".join(line))
            line, line_units = [word], units
        else:
            line_units = units if not line else line_units + space + units
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


class _Setter:
    """Sets blocks of text on pages: the layout, before any PDF exists."""

    def __init__(self) -> None:
        self.layout = Layout()
        self.y = TOP

    @property
    def bottom(self) -> float:
        return PAGE_HEIGHT - BOTTOM

    def new_page(self) -> None:
        self.layout.pages.append([])
        self.y = TOP + 8  # below the running head

    def room(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def gap(self, height: float) -> None:
        if self.y > TOP + 8:
            self.y += height

    def lines(
        self,
        text: str,
        *,
        size: float = BODY_SIZE,
        style: str = "",
        leading: float = BODY_LEADING,
        indent: float = 0.0,
        hanging: float = 0.0,
        width: float | None = None,
        keep: int = 1,
    ) -> None:
        """``text`` wrapped to the type area (less ``indent``); ``hanging`` indents all lines but the first."""
        text = to_latin1(text)
        full = (width if width is not None else TEXT_WIDTH) - indent
        wrapped = wrap(text, full - hanging, style, size) if hanging else wrap(text, full, style, size)
        if hanging and wrapped:
            first = wrap(text, full, style, size)[0]
            rest = " ".join(text.split()[len(first.split()) :])
            wrapped = [first, *wrap(rest, full - hanging, style, size)] if rest else [first]
        self.room(leading * min(keep, len(wrapped)))
        for index, line in enumerate(wrapped):
            self.room(leading)
            x = LEFT + indent + (hanging if index else 0.0)
            self.layout.pages[-1].append(_Text(x, self.y + leading * 0.75, line, style, size))
            self.y += leading

    def rule(self) -> None:
        self.layout.pages[-1].append(_Rule(LEFT, self.y, LEFT + TEXT_WIDTH, self.y))

    def table(self, block: Block) -> None:
        table = block.table
        assert table is not None
        size, leading = 8.0, 3.8
        columns = len(table.header)
        first = TEXT_WIDTH * (0.5 if columns > 2 else 0.6)
        widths = [first] + [(TEXT_WIDTH - first) / (columns - 1)] * (columns - 1)
        self.gap(2)
        self.lines(f"Tabel {table.number}. {table.caption}", size=8.5, style="B", leading=4.2, keep=4)
        self.room(leading * 3)
        self.rule()
        self.y += 1
        for index, row in enumerate((table.header, *table.rows)):
            style = "B" if index == 0 else ""
            cells = [wrap(to_latin1(cell), width - 2, style, size) for cell, width in zip(row, widths, strict=True)]
            height = leading * max(len(cell) for cell in cells)
            self.room(height)
            x = LEFT
            for cell, width in zip(cells, widths, strict=True):
                for number, line in enumerate(cell):
                    self.layout.pages[-1].append(_Text(x, self.y + leading * (number + 0.75), line, style, size))
                x += width
            self.y += height
            if index == 0:
                self.y += 0.5
                self.rule()
                self.y += 0.8
        self.y += 0.5
        self.rule()
        self.y += 1.2
        if table.note:
            self.lines(table.note, size=7.5, style="I", leading=3.6)
        self.y += 2

    def block(self, block: Block) -> None:
        if block.kind == "h2":
            self.gap(3)
            self.room(5.5 + 3 * BODY_LEADING)
            self.lines(inline_text(block.text), size=11, style="B", leading=5.5)
            self.y += 1
        elif block.kind == "h3":
            self.gap(1.5)
            self.room(5 + 2 * BODY_LEADING)
            self.lines(inline_text(block.text), size=9.5, style="BI", leading=5)
            self.y += 0.5
        elif block.kind == "quote":
            self.gap(0.5)
            self.lines(inline_text(block.text), style="I", indent=8, width=TEXT_WIDTH - 8)
            if block.attribution:
                self.lines(f"- {block.attribution}", size=8.5, indent=8, leading=4.2)
            self.y += 2
        elif block.kind == "question":
            self.lines(inline_text(block.text), style="B", keep=2)
            self.y += 0.8
        elif block.kind == "list":
            for number, item in enumerate(block.items, start=1):
                marker = f"{number}." if block.ordered else "-"
                self.room(BODY_LEADING)
                page = self.layout.pages[-1]
                page.append(_Text(LEFT + 3, self.y + BODY_LEADING * 0.75, marker, "", BODY_SIZE))
                self.lines(inline_text(item), indent=9)
                if self.layout.pages[-1] is not page:  # the item began a new page: its marker goes along
                    marker_item = page.pop()
                    assert isinstance(marker_item, _Text)
                    marker_item.y = TOP + 8 + BODY_LEADING * 0.75
                    self.layout.pages[-1].insert(0, marker_item)
                self.y += 0.8
            self.y += 1.5
        elif block.kind == "table":
            self.table(block)
        else:
            self.lines(inline_text(block.text), keep=2)
            self.y += 2


def layout(article: PdfArticle) -> Layout:
    """The article set on pages: masthead, title, authors, record line, abstract, body, back matter."""
    setter = _Setter()
    setter.lines(article.journal, size=10, style="B", leading=5)
    masthead = article.issue_line + (f" - {article.section}" if article.section else "")
    setter.lines(masthead, size=8.5, leading=4.5)
    setter.y += 6
    setter.lines(article.title, size=16, style="B", leading=7)
    if article.subtitle:
        setter.lines(article.subtitle, size=12, style="I", leading=5.8)
    setter.y += 3
    for name, affiliation in article.authors:
        setter.lines(name, size=10.5, style="B", leading=5)
        for line in affiliation.splitlines():
            setter.lines(line, size=8.5, style="I", leading=4.2)
    setter.y += 2
    # The record line (pages, DOI, date) is one line, whatever it says: the page count cannot depend on it.
    setter.layout.record_y = setter.y + 3.4
    setter.y += 4.5
    setter.y += 3
    if article.abstract:
        setter.rule()
        setter.y += 3
        setter.lines("Samenvatting", size=10, style="B", leading=5.5)
        for paragraph in article.abstract.split("\n\n"):
            setter.lines(paragraph, size=9, leading=4.3)
            setter.y += 1
        if article.keywords:
            setter.lines(f"Trefwoorden: {article.keywords}", size=8.5, style="I", leading=4.2)
        setter.y += 2
        setter.rule()
        setter.y += 5
    for block in article.blocks:
        setter.block(block)
    for heading, text in article.back:
        setter.block(Block("h2", (heading,)))
        setter.lines(text, size=8.5, leading=4.2)
        setter.y += 2
    if article.references:
        setter.block(Block("h2", ("Literatuur",)))
        for citation in article.references:
            setter.lines(citation, size=8, leading=3.8, hanging=5, keep=2)
            setter.y += 1
    return setter.layout


def page_count(article: PdfArticle) -> int:
    return layout(article).page_count


def pages_label(first_page: int | None, count: int) -> str:
    if not first_page:
        return ""
    last = first_page + count - 1
    return str(first_page) if last == first_page else f"{first_page}-{last}"


def fingerprint_of(article: PdfArticle) -> str:
    """A digest of everything the PDF shows (and of the layout's version): equal digests, equal PDFs."""
    digest = hashlib.sha256(f"{LAYOUT_VERSION}|{article!r}".encode()).hexdigest()
    return f"leeszaal-demo-{digest[:24]}"


def render_pdf(article: PdfArticle, *, fingerprint: str = "") -> bytes:
    """The PDF, with exactly ``page_count(article)`` pages; ``fingerprint`` goes into its metadata."""
    pages = layout(article)
    pdf = FPDF(format=(PAGE_WIDTH, PAGE_HEIGHT), unit="mm")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_title(to_latin1(article.title))
    pdf.set_author(to_latin1(", ".join(name for name, _ in article.authors)))
    pdf.set_subject(to_latin1(f"{article.journal}, {article.issue_line}"))
    if article.keywords:
        pdf.set_keywords(to_latin1(article.keywords))
    pdf.set_creator(f"Leeszaal ({fingerprint})" if fingerprint else "Leeszaal")
    pdf.set_lang("nl")
    if article.published_on:
        day = article.published_on
        pdf.set_creation_date(datetime.datetime(day.year, day.month, day.day, 9, 0, tzinfo=datetime.UTC))
    pdf.set_draw_color(170)
    pdf.set_line_width(0.2)
    head = to_latin1(f"{article.journal} - {article.issue_line}")
    foot = to_latin1(article.journal)
    rights = to_latin1(article.rights)
    record = [f"Pagina's {pages_label(article.first_page, pages.page_count)}" if article.first_page else ""]
    if article.doi:
        record.append(f"DOI https://doi.org/{article.doi}")
    if article.published_on:
        record.append(f"Gepubliceerd {article.published_on:%d-%m-%Y}")
    record_line = to_latin1(" | ".join(part for part in record if part))
    current = ("", 0.0)
    for index, items in enumerate(pages.pages):
        pdf.add_page()
        number = str((article.first_page or 1) + index)
        pdf.set_font("helvetica", "", 7.5)
        pdf.set_text_color(110)
        if index:
            pdf.text(LEFT, TOP - 2, head)
        elif rights:
            pdf.text(LEFT, PAGE_HEIGHT - BOTTOM + 6.5, rights)
        pdf.text(LEFT, PAGE_HEIGHT - BOTTOM + 10, foot)
        pdf.text(PAGE_WIDTH - RIGHT - text_width(number, "", 7.5), PAGE_HEIGHT - BOTTOM + 10, number)
        pdf.set_text_color(0)
        current = ("", 7.5)
        for item in items:
            if isinstance(item, _Rule):
                pdf.line(item.x1, item.y1, item.x2, item.y2)
                continue
            if (item.style, item.size) != current:
                pdf.set_font("helvetica", item.style, item.size)
                current = (item.style, item.size)
            pdf.text(item.x, item.y, item.text)
        if index == 0 and record_line:
            pdf.set_font("helvetica", "", 8)
            current = ("", 8.0)
            pdf.set_text_color(90)
            pdf.text(LEFT, pages.record_y, _clip(record_line, "", 8))
            pdf.set_text_color(0)
    return bytes(pdf.output())


def _clip(text: str, style: str, size: float) -> str:
    while text and text_width(text, style, size) > TEXT_WIDTH:
        text = text[:-1]
    return text
