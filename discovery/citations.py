"""Citation export of articles: RIS, BibTeX and CSL-JSON, from the public record only.

* RIS: the Research Information Systems tagged format as Zotero, EndNote and Mendeley read it
  (``TY  - JOUR`` … ``ER  - ``, CRLF line ends, UTF-8).
* BibTeX: ``@article`` entries, UTF-8, LaTeX's special characters escaped; keys ``surnameYEARid``,
  unique (they carry the article's id) and stable (they change with nothing but the first author's name).
* CSL-JSON: items of the CSL 1.0.2 data schema (``csl-data.json``), type ``article-journal``.

Only what is public goes out: title, authors, abstract, keywords, the journal and issue, pages, DOI
and the address. Never the body: the exports are open to every reader, gated articles too.
"""

from __future__ import annotations

import datetime
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from journals.models import Article, ArticleQuerySet, Issue
from leeszaal.siteurl import absolute_url


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    content_type: str


FORMATS: dict[str, Format] = {
    "ris": Format("ris", "ris", "application/x-research-info-systems"),
    "bib": Format("bib", "bib", "application/x-bibtex"),
    "json": Format("json", "json", "application/vnd.citationstyles.csl+json"),
}


def citable_articles(*, drafts: bool = False) -> ArticleQuerySet:
    """Published articles (``drafts``: all, for staff) with what an export reads, in two queries; no body."""
    articles = Article.objects.all() if drafts else Article.objects.published()
    return articles.select_related("issue__journal__publisher").with_authors().defer("body", "body_text")


def issue_articles(issue: Issue, *, drafts: bool = False) -> list[Article]:
    return list(citable_articles(drafts=drafts).in_issue(issue).in_reading_order())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _date(article: Article) -> datetime.date | None:
    return article.published_on or article.issue.published_on


def _url(article: Article) -> str:
    return absolute_url(article.get_absolute_url())


def _title(article: Article) -> str:
    return article.title + (f": {article.subtitle}" if article.subtitle else "")


def _issns(article: Article) -> list[str]:
    journal = article.issue.journal
    return [issn for issn in (journal.issn_print, journal.issn_online) if issn]


# RIS ---------------------------------------------------------------------------------------------


def _ris_entry(article: Article) -> list[tuple[str, str]]:
    issue = article.issue
    journal = issue.journal
    tags: list[tuple[str, str]] = [("TY", "JOUR")]
    tags += [("AU", f"{author.surname}, {author.given_names}".strip(", ")) for author in article.authors]
    tags.append(("TI", _title(article)))
    tags.append(("T2", journal.title))
    if journal.acronym:
        tags.append(("J2", journal.acronym))
    tags.append(("PY", str(issue.year)))
    if (date := _date(article)) is not None:
        tags.append(("DA", date.strftime("%Y/%m/%d")))
    tags.append(("VL", str(issue.volume)))
    tags.append(("IS", issue.number))
    if article.first_page:
        tags.append(("SP", str(article.first_page)))
    if article.last_page:
        tags.append(("EP", str(article.last_page)))
    if article.elocation_id:
        tags.append(("C7", article.elocation_id))
    tags += [("SN", issn) for issn in _issns(article)]
    if article.doi:
        tags.append(("DO", article.doi))
    tags.append(("UR", _url(article)))
    if article.abstract:
        tags.append(("AB", article.abstract))
    tags += [("KW", word) for word in article.keyword_list]
    tags.append(("LA", article.language))
    tags.append(("PB", journal.publisher.name))
    tags.append(("ER", ""))
    return tags


def ris(articles: Iterable[Article]) -> str:
    lines = []
    for article in articles:
        lines += [f"{tag}  - {_one_line(value)}" for tag, value in _ris_entry(article)]
        lines.append("")
    return "\r\n".join(lines)


# BibTeX ------------------------------------------------------------------------------------------

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_LATEX_PATTERN = re.compile("|".join(re.escape(char) for char in _LATEX))


def latex_escape(text: str) -> str:
    """LaTeX's ten special characters escaped; other characters stay as UTF-8 (biber, bibtexu, LaTeX 2018+)."""
    return _LATEX_PATTERN.sub(lambda match: _LATEX[match.group(0)], _one_line(text))


#: Letters that Unicode does not decompose into a base letter and a mark.
_NOT_DECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ı": "i"})


def bibtex_key(article: Article) -> str:
    """``carberry2024-17``: the first author's surname in ASCII letters, the year and the article's id."""
    authors = article.authors
    base = authors[0].surname if authors else article.title
    folded = base.lower().translate(_NOT_DECOMPOSED)
    ascii_base = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^a-z]", "", ascii_base)[:20] or "artikel"
    return f"{letters}{article.issue.year}-{article.pk}"


def _bibtex_entry(article: Article) -> str:
    issue = article.issue
    journal = issue.journal
    fields: list[tuple[str, str]] = []
    names = [
        f"{{{latex_escape(author.surname)}}}, {latex_escape(author.given_names)}".rstrip(", ")
        for author in article.authors
    ]
    if names:
        fields.append(("author", " and ".join(names)))
    fields.append(("title", f"{{{latex_escape(_title(article))}}}"))  # case kept as given
    fields.append(("journal", latex_escape(journal.title)))
    fields.append(("year", str(issue.year)))
    if (date := _date(article)) is not None:
        fields.append(("date", date.isoformat()))
    fields.append(("volume", str(issue.volume)))
    fields.append(("number", latex_escape(issue.number)))
    if article.pages:
        fields.append(("pages", article.pages.replace("-", "--")))
    if article.elocation_id:
        fields.append(("eid", latex_escape(article.elocation_id)))
    if issns := _issns(article):
        fields.append(("issn", ", ".join(issns)))
    if article.doi:
        fields.append(("doi", latex_escape(article.doi)))
    fields.append(("url", _url(article)))
    if article.abstract:
        fields.append(("abstract", latex_escape(article.abstract)))
    if article.keyword_list:
        fields.append(("keywords", latex_escape(", ".join(article.keyword_list))))
    fields.append(("language", article.language))
    fields.append(("publisher", latex_escape(journal.publisher.name)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{bibtex_key(article)},\n{body}\n}}\n"


def bibtex(articles: Iterable[Article]) -> str:
    return "\n".join(_bibtex_entry(article) for article in articles)


# CSL-JSON ----------------------------------------------------------------------------------------


def csl_item(article: Article) -> dict[str, Any]:
    issue = article.issue
    journal = issue.journal
    item: dict[str, Any] = {
        "id": f"leeszaal-{article.pk}",
        "type": "article-journal",
        "title": _title(article),
        "container-title": journal.title,
        "author": [
            {"family": author.surname, "given": author.given_names}
            if author.given_names
            else {"literal": author.surname}
            for author in article.authors
        ],
        "volume": str(issue.volume),
        "issue": issue.number,
        "URL": _url(article),
        "language": article.language,
        "publisher": journal.publisher.name,
    }
    date = _date(article)
    item["issued"] = {"date-parts": [[date.year, date.month, date.day] if date else [issue.year]]}
    if journal.acronym:
        item["container-title-short"] = journal.acronym
    if article.pages:
        item["page"] = article.pages
    if article.first_page:
        item["page-first"] = str(article.first_page)
    if article.elocation_id:
        item["number"] = article.elocation_id
    if issns := _issns(article):
        item["ISSN"] = issns[0] if len(issns) == 1 else ", ".join(issns)
    if article.doi:
        item["DOI"] = article.doi
    if article.abstract:
        item["abstract"] = article.abstract
    if article.keyword_list:
        item["keyword"] = ", ".join(article.keyword_list)
    return item


def csl_json(articles: Iterable[Article]) -> str:
    return json.dumps([csl_item(article) for article in articles], ensure_ascii=False, indent=2) + "\n"


WRITERS = {"ris": ris, "bib": bibtex, "json": csl_json}


def export(articles: Iterable[Article], format_name: str) -> str:
    """The articles in one of ``FORMATS`` (KeyError for any other name)."""
    return WRITERS[format_name](articles)
