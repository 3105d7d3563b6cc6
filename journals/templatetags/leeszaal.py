"""Template helpers of the reading pages: the article's table of contents, its authors' affiliations,
the dates of its history, and links that may only point at the web.

Article HTML (``Article.body``, ``title_html``, ``abstract_html``, ``Reference.citation``) is sanitised
once, when it is stored (their ``save()`` and ``ArticleTranslation.save()`` call
``journals.html.sanitize_html``), and printed as it is.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django import template
from django.utils.translation import gettext_lazy as _

from journals.html import html_to_text

register = template.Library()


#: A top-level section of a (sanitised) body: ``<section ... id="..."...>`` with an h2 as its first child.
_SECTION = re.compile(r'<section\b[^>]*?\sid="([^"]+)"[^>]*>\s*<h2\b[^>]*>(.*?)</h2>', re.S)


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str


@register.simple_tag
def body_contents(body: str, minimum: int = 4) -> list[TocEntry]:
    """The sections of a rendered body (``section[id] > h2``) for a table of contents; none for a body with
    fewer than ``minimum`` of them, which is short enough to read without one."""
    entries = [
        TocEntry(anchor=html.unescape(anchor), title=html_to_text(title))
        for anchor, title in _SECTION.findall(body or "")
    ]
    entries = [entry for entry in entries if entry.title]
    return entries if len(entries) >= minimum else []


@dataclass
class AuthorRow:
    contribution: Any
    numbers: list[int] = field(default_factory=list)


@dataclass
class Authors:
    rows: list[AuthorRow]
    affiliations: list[str]

    @property
    def numbered(self) -> bool:
        """Numbers link authors to affiliations only when there is more than one to tell apart."""
        return len(self.affiliations) > 1


@register.simple_tag
def authors_with_affiliations(contributions: Iterable[Any]) -> Authors:
    """The contributors in order, each with the numbers of their affiliations in one list for all."""
    affiliations: list[str] = []
    rows = []
    for contribution in contributions:
        numbers = []
        for affiliation in contribution.affiliations:
            if affiliation not in affiliations:
                affiliations.append(affiliation)
            numbers.append(affiliations.index(affiliation) + 1)
        rows.append(AuthorRow(contribution=contribution, numbers=numbers))
    return Authors(rows=rows, affiliations=affiliations)


#: JATS @date-type of a publication's history, as the page names them.
HISTORY_LABELS = {
    "received": _("Ontvangen"),
    "rev-request": _("Herziening gevraagd"),
    "rev-recd": _("Herziene versie ontvangen"),
    "accepted": _("Geaccepteerd"),
    "preprint": _("Preprint"),
    "pub": _("Gepubliceerd"),
    "epub": _("Online gepubliceerd"),
    "ppub": _("In druk verschenen"),
    "corrected": _("Gecorrigeerd"),
    "retracted": _("Teruggetrokken"),
}


@dataclass(frozen=True)
class HistoryEntry:
    label: str
    date: datetime.date


@register.simple_tag
def history_entries(history: list[dict[str, str]] | None) -> list[HistoryEntry]:
    """The other dates of an article's history (``Article.history``), each with its label; unreadable ones skipped."""
    entries = []
    for item in history or []:
        try:
            day = datetime.date.fromisoformat(str(item.get("date", "")))
        except ValueError:
            continue
        kind = str(item.get("type", ""))
        entries.append(HistoryEntry(label=str(HISTORY_LABELS.get(kind, kind.replace("-", " "))), date=day))
    return entries


@register.filter
def web_url(value: object) -> str:
    """``value`` when it is an http(s) address a page may link to, else '' (for URLs from imported data)."""
    text = str(value or "").strip()
    return text if text[:8].lower().startswith(("https://", "http://")) and len(text) > 8 else ""


@register.filter
def links_doi(citation: str, doi: str) -> bool:
    """Whether a citation already links its DOI at doi.org (the list then adds no second link)."""
    return bool(doi) and f'href="https://doi.org/{doi}"'.lower() in (citation or "").lower()
