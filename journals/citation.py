"""How to cite an article, in APA 7 style, as plain text parts the template can mark up."""

from __future__ import annotations

from dataclasses import dataclass

from journals.models import Article


@dataclass(frozen=True)
class Citation:
    before_journal: str
    journal: str
    after_journal: str

    def __str__(self) -> str:
        return f"{self.before_journal}{self.journal}{self.after_journal}"


def _join_authors(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa(article: Article) -> Citation:
    issue = article.issue
    authors = _join_authors([author.citation_name for author in article.authors])
    title = article.title + (f": {article.subtitle}" if article.subtitle else "")
    if not title.endswith(("?", "!", ".")):
        title += "."
    before = f"{authors} ({issue.year}). {title} " if authors else f"{title} ({issue.year}). "
    after = f", {issue.volume}({issue.number})"
    if article.pages:
        after += f", {article.pages.replace('-', '–')}"
    after += "."
    if article.doi:
        after += f" {article.doi_url}"
    return Citation(before, issue.journal.title, after)
