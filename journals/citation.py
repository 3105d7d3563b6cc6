"""How to cite an article, in APA 7 style (Publication Manual, 7th ed., §9-10: journal article), as parts.

``Author, A. A., Author, B. B., & Author, C. C. (Year). Title of the article: Subtitle. *Journal*,
*volume*(issue), pages or Article e-location. https://doi.org/...``

Up to 20 authors are listed; with 21 or more, the first 19, an ellipsis and the last. Without authors
the title takes the author's place. Without a DOI the article's address on this site is given (APA 7
§9.35: a journal read online outside a database). The template marks up the parts (``html``): the
journal title and the volume in italics.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from journals.models import Article, Author
from leeszaal.siteurl import absolute_url

#: APA 7 lists at most this many authors in full.
MAX_AUTHORS = 20


@dataclass(frozen=True)
class Citation:
    before_journal: str
    journal: str
    after_journal: str
    volume: str = ""
    after_volume: str = ""

    def __str__(self) -> str:
        return f"{self.before_journal}{self.journal}{self.after_journal}"

    @property
    def html(self) -> SafeString:
        """The reference with the journal title and the volume in italics, escaped."""
        if not self.volume:
            return format_html("{}<i>{}</i>{}", self.before_journal, self.journal, self.after_journal)
        return format_html(
            "{}<i>{}</i>, <i>{}</i>{}", self.before_journal, self.journal, self.volume, self.after_volume
        )


def initials(given_names: str) -> str:
    """'Anne Marie' → 'A. M.'; 'Jean-Paul' → 'J.-P.' (APA 7 §9.8)."""
    parts = []
    for name in given_names.split():
        parts.append("-".join(f"{piece[0]}." for piece in name.split("-") if piece))
    return " ".join(part for part in parts if part)


def apa_name(author: Author) -> str:
    letters = initials(author.given_names)
    return f"{author.surname}, {letters}" if letters else author.surname


def join_authors(names: list[str]) -> str:
    """'A', 'A, & B', 'A, B, & C'; past 20 names the first 19, '. . .' and the last (APA 7 §9.8)."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) > MAX_AUTHORS:
        return ", ".join(names[: MAX_AUTHORS - 1]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa(article: Article) -> Citation:
    issue = article.issue
    authors = join_authors([apa_name(author) for author in article.authors])
    title = article.title + (f": {article.subtitle}" if article.subtitle else "")
    if not title.endswith(("?", "!", ".")):
        title += "."
    before = f"{authors} ({issue.year}). {title} " if authors else f"{title} ({issue.year}). "
    volume = str(issue.volume)
    after_volume = f"({issue.number})" if issue.number else ""
    if article.pages:
        after_volume += f", {article.pages.replace('-', '–')}"
    elif article.elocation_id:
        after_volume += ", " + _("Artikel %(number)s") % {"number": article.elocation_id}
    after_volume += "."
    after_volume += f" {article.doi_url}" if article.doi else f" {absolute_url(article.get_absolute_url())}"
    return Citation(
        before_journal=before,
        journal=issue.journal.title,
        after_journal=f", {volume}{after_volume}",
        volume=volume,
        after_volume=after_volume,
    )
