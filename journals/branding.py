"""Each journal's look: the accent stylesheet and the generated covers (SVG) for journals and issues without one.

The site's Content-Security-Policy allows no inline styles, so a journal's accent reaches its pages as a
small stylesheet of custom properties per journal (``[data-journal="slug"] {--accent: …}``), which
``site.css`` uses. Covers are SVG built with lxml (every text escaped by the serialiser) and use only
presentation attributes, no ``style``. A cover is set in the journal's own language, so one URL serves
every reader.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.utils import translation
from django.utils.translation import gettext as _
from lxml import etree

from journals.colours import DEFAULT_ACCENT, WHITE, mix, parse_hex

if TYPE_CHECKING:
    from journals.models import Issue, Journal

BLACK = "#000000"
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")
SVG_NS = "http://www.w3.org/2000/svg"
#: A cover's size in CSS pixels (3:4, a journal's A4-like proportions).
COVER_WIDTH = 300
COVER_HEIGHT = 400
_SERIF = "Literata, Georgia, 'Times New Roman', serif"
_SANS = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif"


def accent(journal: Journal) -> str:
    """The journal's accent, or the site's own when the stored value is not a colour."""
    value = journal.accent_color or DEFAULT_ACCENT
    try:
        parse_hex(value)
    except ValueError:
        return DEFAULT_ACCENT
    return value.lower()


def accent_palette(colour: str) -> dict[str, str]:
    """The custom properties derived from one accent (see docs/design/STYLE-GUIDE.md, "Colour").

    ``--accent`` reaches 4.5:1 on white (checked when saved); ``--accent-ink`` is darker still, for
    text on the tint; ``--accent-tint`` and ``--accent-line`` are backgrounds and borders only.
    """
    return {
        "--accent": colour,
        "--accent-ink": mix(colour, BLACK, 0.3),
        "--accent-tint": mix(colour, WHITE, 0.93),
        "--accent-line": mix(colour, WHITE, 0.65),
    }


def accent_stylesheet(journals: Iterable[Journal]) -> str:
    """One rule per journal, for the elements that carry ``data-journal="<slug>"``."""
    rules = []
    for journal in journals:
        if not _SLUG.match(journal.slug):
            continue
        properties = ";".join(f"{name}:{value}" for name, value in accent_palette(accent(journal)).items())
        rules.append(f'[data-journal="{journal.slug}"]{{{properties}}}')
    return "/* Leeszaal: journal accents (journals.branding). */\n" + "\n".join(rules) + "\n"


# --- Covers ------------------------------------------------------------------------------------------------


def wrap_words(text: str, width: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of about ``width`` characters, the last cut with "…" if need be."""
    result: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width or not current:
            current = candidate
            continue
        result.append(current)
        current = word
        if len(result) == lines:
            current = ""
            rest = words[index:]
            result[-1] = _shorten(f"{result[-1]} {' '.join(rest)}", width)
            break
    if current:
        result.append(current)
    return [line if len(line) <= width + 4 else _shorten(line, width) for line in result[:lines]]


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(" ,;:–-") + "…"


def _seed(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=4).digest(), "big")


def _element(parent: etree._Element, tag: str, text: str | None = None, **attributes: object) -> etree._Element:
    element = etree.SubElement(parent, f"{{{SVG_NS}}}{tag}")
    for name, value in attributes.items():
        element.set(name.rstrip("_").replace("_", "-"), str(value))
    if text is not None:
        element.text = text
    return element


def _initials(journal: Journal) -> str:
    if journal.acronym:
        return journal.acronym
    words = [word for word in re.split(r"[\s-]+", journal.title) if word and word[0].isupper()]
    return "".join(word[0] for word in words[:4]) or journal.title[:3]


def _base(journal: Journal, label: str) -> tuple[etree._Element, str]:
    """The shared ground of both covers: the accent, a pattern of arcs drawn from the slug, the acronym."""
    colour = accent(journal)
    svg = etree.Element(
        f"{{{SVG_NS}}}svg",
        nsmap={None: SVG_NS},
        viewBox=f"0 0 {COVER_WIDTH} {COVER_HEIGHT}",
        width=str(COVER_WIDTH),
        height=str(COVER_HEIGHT),
        role="img",
    )
    svg.set("aria-label", label)
    _element(svg, "title", label)
    _element(svg, "rect", width=COVER_WIDTH, height=COVER_HEIGHT, fill=colour)
    seed = _seed(journal.slug)
    # Concentric arcs from a corner chosen by the slug: each journal gets its own, always the same.
    cx = (0, COVER_WIDTH)[seed % 2]
    cy = 40 + seed % 120
    light = mix(colour, WHITE, 0.18)
    for ring in range(6):
        _element(
            svg,
            "circle",
            cx=cx,
            cy=cy,
            r=70 + ring * (34 + seed % 9),
            fill="none",
            stroke=light,
            stroke_width=10 - ring,
            stroke_opacity=f"{0.9 - ring * 0.12:.2f}",
        )
    _element(svg, "rect", x=24, y=24, width=42, height=4, fill=WHITE)
    publisher = journal.publisher.name if journal.publisher_id else ""
    if publisher:
        _element(
            svg, "text", publisher.upper()[:34], x=24, y=50, fill=WHITE, font_family=_SANS, font_size=11,
            letter_spacing="1.5",
        )  # fmt: skip
    initials = _initials(journal)
    size = 88 if len(initials) <= 3 else max(40, 88 - (len(initials) - 3) * 14)
    _element(svg, "text", initials, x=22, y=150, fill=WHITE, font_family=_SERIF, font_size=size, font_weight=700)
    return svg, colour


def _title_lines(svg: etree._Element, title: str, top: int, size: int, lines: int) -> int:
    y = top
    for line in wrap_words(title, max(12, 480 // size), lines):
        _element(svg, "text", line, x=24, y=y, fill=WHITE, font_family=_SERIF, font_size=size)
        y += round(size * 1.25)
    return y


def journal_cover_svg(journal: Journal) -> bytes:
    with translation.override(journal.language or "nl"):
        label = _("Omslag van %(title)s") % {"title": journal.title}
        svg, _colour = _base(journal, label)
        _title_lines(svg, journal.title, 200, 22, 5)
        if journal.issn_online or journal.issn_print:
            issn = journal.issn_online or journal.issn_print
            _element(svg, "text", f"ISSN {issn}", x=24, y=376, fill=WHITE, font_family=_SANS, font_size=11)
    return etree.tostring(svg, xml_declaration=True, encoding="utf-8")


def issue_cover_svg(issue: Issue) -> bytes:
    journal = issue.journal
    with translation.override(journal.language or "nl"):
        label = _("Omslag van %(title)s, %(issue)s (%(year)s)") % {
            "title": journal.title,
            "issue": issue.label.lower(),
            "year": issue.year,
        }
        svg, colour = _base(journal, label)
        bottom = _title_lines(svg, journal.title, 192, 16, 3)
        # The issue's panel: white with the accent's text (4.5:1 at least, as white on the accent).
        panel_top = max(bottom + 6, 250)
        _element(svg, "rect", x=0, y=panel_top, width=COVER_WIDTH, height=COVER_HEIGHT - panel_top, fill=WHITE)
        _element(svg, "rect", x=0, y=panel_top, width=COVER_WIDTH, height=5, fill=mix(colour, BLACK, 0.3))
        ink = mix(colour, BLACK, 0.3)
        volume = _("Jaargang %(volume)s") % {"volume": issue.volume}
        _element(svg, "text", f"{volume} · {issue.year}".upper(), x=24, y=panel_top + 30, fill=ink, font_family=_SANS,
                 font_size=11, font_weight=600, letter_spacing="1.2")  # fmt: skip
        number = _("Nummer %(number)s") % {"number": issue.number}
        _element(svg, "text", number, x=24, y=panel_top + 66, fill=ink, font_family=_SERIF, font_size=30,
                 font_weight=700)  # fmt: skip
        y = panel_top + 94
        for line in wrap_words(issue.title, 28, max(1, (COVER_HEIGHT - y) // 21)) if issue.title else []:
            _element(svg, "text", line, x=24, y=y, fill=ink, font_family=_SERIF, font_size=16, font_style="italic")
            y += 21
    return etree.tostring(svg, xml_declaration=True, encoding="utf-8")
