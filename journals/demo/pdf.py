"""Render a demo article as a small, real PDF with fpdf2's core fonts.

The core fonts (Helvetica) cover latin-1 only, so typographic quotes, dashes and the like are
first mapped to their latin-1 equivalents; anything else outside latin-1 becomes '?'.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fpdf import FPDF

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


@dataclass(frozen=True)
class PdfArticle:
    """What goes on the PDF: bibliographic record, abstract and the body as blocks."""

    publisher: str
    journal: str
    issue_line: str  # "Jaargang 27, nummer 3 (2024)"
    section: str
    title: str
    subtitle: str
    authors: Sequence[tuple[str, str]]  # (name, affiliation)
    abstract: str
    keywords: str
    blocks: Sequence[tuple[str, str]]  # ("h2" | "p" | "quote" | "question", text)
    first_page: int | None
    pages: str
    doi: str
    rights: str  # "© 2024 Uitgeverij Lindeboog" or a licence name
    published_on: datetime.date | None


class _ArticlePdf(FPDF):
    def __init__(self, article: PdfArticle) -> None:
        super().__init__(format="A4", unit="mm")
        self.article = article
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(auto=True, margin=20)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("helvetica", "", 8)
        self.set_text_color(110)
        self.cell(0, 5, to_latin1(f"{self.article.journal} - {self.article.issue_line}"), new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("helvetica", "", 8)
        self.set_text_color(110)
        first = self.article.first_page
        number = str(first + self.page_no() - 1) if first else str(self.page_no())
        self.cell(0, 5, to_latin1(self.article.rights), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, number, align="R")
        self.set_text_color(0)


def _wrap(pdf: Any, text: str, width: float) -> list[str]:
    """Greedy word wrap from the core font's glyph widths: much faster than ``multi_cell``."""
    widths: dict[str, int] = pdf.current_font.cw
    scale = pdf.font_size / 1000

    def measure(word: str) -> float:
        return sum(widths.get(char, 500) for char in word) * scale

    space = measure(" ")
    lines: list[str] = []
    line: list[str] = []
    line_width = 0.0
    for word in text.split():
        word_width = measure(word)
        if line and line_width + space + word_width > width:
            lines.append(" ".join(line))
            line, line_width = [word], word_width
        else:
            line_width = word_width if not line else line_width + space + word_width
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def _para(pdf: Any, text: str, *, size: float = 10, style: str = "", height: float = 5, indent: float = 0) -> None:
    pdf.set_font("helvetica", style, size)
    width = pdf.epw - 2 * indent
    for line in _wrap(pdf, to_latin1(text), width):
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(width, height, line, new_x="LMARGIN", new_y="NEXT")


def render_pdf(article: PdfArticle) -> bytes:
    pdf = _ArticlePdf(article)
    pdf.set_title(to_latin1(article.title))
    pdf.set_author(to_latin1(", ".join(name for name, _ in article.authors)))
    pdf.set_subject(to_latin1(f"{article.journal}, {article.issue_line}"))
    if article.keywords:
        pdf.set_keywords(to_latin1(article.keywords))
    pdf.set_creator("Leeszaal")
    pdf.set_lang("nl")
    if article.published_on:
        day = article.published_on
        pdf.set_creation_date(datetime.datetime(day.year, day.month, day.day, 9, 0, tzinfo=datetime.UTC))
    pdf.add_page()

    # Masthead
    pdf.set_font("helvetica", "B", 10)
    pdf.set_text_color(40, 70, 110)
    pdf.cell(0, 5, to_latin1(article.journal), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.set_text_color(90)
    pdf.cell(
        0,
        5,
        to_latin1(f"{article.issue_line}{' - ' + article.section if article.section else ''}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0)
    pdf.ln(6)

    # Title, authors, record
    _para(pdf, article.title, size=18, style="B", height=8)
    if article.subtitle:
        _para(pdf, article.subtitle, size=13, style="I", height=6)
    pdf.ln(3)
    for name, affiliation in article.authors:
        _para(pdf, name, size=11, style="B", height=5.5)
        if affiliation:
            _para(pdf, affiliation, size=9, style="I", height=4.5)
    pdf.ln(2)
    record = [f"Pagina's {article.pages}" if article.pages else ""]
    if article.doi:
        record.append(f"DOI https://doi.org/{article.doi}")
    if article.published_on:
        record.append(f"Gepubliceerd {article.published_on:%d-%m-%Y}")
    pdf.set_text_color(90)
    _para(pdf, " | ".join(part for part in record if part), size=8.5, height=4.5)
    pdf.set_text_color(0)
    pdf.ln(3)

    # Abstract
    if article.abstract:
        pdf.set_draw_color(180)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.ln(3)
        _para(pdf, "Samenvatting", size=11, style="B", height=6)
        for paragraph in article.abstract.split("\n\n"):
            _para(pdf, paragraph, size=9.5, height=4.8)
            pdf.ln(1)
        if article.keywords:
            _para(pdf, f"Trefwoorden: {article.keywords}", size=9, style="I", height=4.5)
        pdf.ln(2)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.ln(5)

    # Body
    for kind, text in article.blocks:
        if kind == "h2":
            pdf.ln(2)
            _para(pdf, text, size=12, style="B", height=6)
            pdf.ln(1)
        elif kind == "quote":
            _para(pdf, text, size=10, style="I", height=5, indent=10)
            pdf.ln(2)
        elif kind == "question":
            _para(pdf, text, size=10, style="B", height=5)
            pdf.ln(1)
        else:
            _para(pdf, text, size=10, height=5)
            pdf.ln(2)
    return bytes(pdf.output())
