"""What an article page tells search engines and citation managers in its ``<head>``.

* Google Scholar's Highwire-style ``citation_*`` meta tags (https://scholar.google.com/intl/en/scholar/inclusion.html),
  which Zotero's "Embedded Metadata" translator also reads;
* schema.org ``ScholarlyArticle`` as JSON-LD (schema.org vocabulary, version 29), with Google's markup for
  subscription content (``isAccessibleForFree`` and a ``hasPart`` ``WebPageElement`` naming the gated part);
* Open Graph (https://ogp.me/) for sharing.

Everything here is built from the public record of an article (title, authors, abstract, keywords, issue and
journal fields), never from its body, and never from the reader: the article page is cached per article and
shared by every reader of one variant. Plain functions of an article; the template tags only render them.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from leeszaal.siteurl import absolute_url

if TYPE_CHECKING:
    from journals.models import Article, Journal

#: The class of the article page's section that only a reader with access gets (templates/journals/article.html).
GATED_SELECTOR = ".fulltext"

#: Characters that may not appear raw inside a ``<script>`` data block (same set as Django's ``json_script``).
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _title(article: Article) -> str:
    return f"{article.title}: {article.subtitle}" if article.subtitle else article.title


def _issns(journal: Journal) -> list[str]:
    return [issn for issn in (journal.issn_print, journal.issn_online) if issn]


def _license_url(article: Article) -> str:
    text = (article.license or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else ""


def _description(article: Article, words: int = 60) -> str:
    parts = article.abstract.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def article_url(article: Article) -> str:
    return absolute_url(article.get_absolute_url())


def scholar_tags(article: Article) -> list[tuple[str, str]]:
    """The ``citation_*`` meta tags as (name, content) pairs, in the order Google Scholar documents.

    Each ``citation_author`` is followed by that author's institutions and ORCID, so that a reader of the
    tags (Scholar, Zotero) can tell whose they are.
    """
    issue = article.issue
    journal = issue.journal
    tags: list[tuple[str, str]] = [("citation_title", _title(article))]
    for contribution in article.contributions.all():
        author = contribution.author
        name = f"{author.surname}, {author.given_names}" if author.given_names else author.surname
        tags.append(("citation_author", name))
        tags.extend(("citation_author_institution", affiliation) for affiliation in contribution.affiliations)
        if author.orcid:
            tags.append(("citation_author_orcid", author.orcid_url))
    date = article.publication_date
    if date is not None:
        tags.append(("citation_publication_date", date.strftime("%Y/%m/%d")))
    tags.append(("citation_journal_title", journal.title))
    if journal.acronym:
        tags.append(("citation_journal_abbrev", journal.acronym))
    tags.extend(("citation_issn", issn) for issn in _issns(journal))
    tags.append(("citation_volume", str(issue.volume)))
    tags.append(("citation_issue", issue.number))
    if article.first_page:
        tags.append(("citation_firstpage", str(article.first_page)))
        if article.last_page:
            tags.append(("citation_lastpage", str(article.last_page)))
    if article.doi:
        tags.append(("citation_doi", article.doi))
    if article.pdf:
        # A reader without access who follows it lands on the article page, which says how to get in.
        tags.append(("citation_pdf_url", absolute_url(article.get_pdf_url())))
    tags.append(("citation_abstract_html_url", article_url(article)))
    tags.append(("citation_language", article.language))
    tags.extend(("citation_keywords", keyword) for keyword in article.keyword_list)
    tags.append(("citation_publisher", journal.publisher.name))
    return tags


def _person(contribution: Any) -> dict[str, Any]:
    author = contribution.author
    person: dict[str, Any] = {"@type": "Person", "name": author.full_name, "familyName": author.surname}
    if author.given_names:
        person["givenName"] = author.given_names
    affiliations = [{"@type": "Organization", "name": name} for name in contribution.affiliations]
    if affiliations:
        person["affiliation"] = affiliations
    if author.orcid:
        person["sameAs"] = author.orcid_url
        person["identifier"] = {"@type": "PropertyValue", "propertyID": "ORCID", "value": author.orcid}
    return person


def article_jsonld(article: Article) -> dict[str, Any]:
    """The article as a schema.org ``ScholarlyArticle``; gated articles say which part of the page is gated."""
    issue = article.issue
    journal = issue.journal
    url = article_url(article)
    publisher = {"@type": "Organization", "name": journal.publisher.name}
    periodical: dict[str, Any] = {
        "@type": "Periodical",
        "name": journal.title,
        "url": absolute_url(journal.get_absolute_url()),
        "publisher": publisher,
    }
    issns = _issns(journal)
    if issns:
        periodical["issn"] = issns if len(issns) > 1 else issns[0]
    volume = {"@type": "PublicationVolume", "volumeNumber": str(issue.volume), "isPartOf": periodical}
    publication_issue: dict[str, Any] = {
        "@type": "PublicationIssue",
        "issueNumber": issue.number,
        "url": absolute_url(issue.get_absolute_url()),
        "isPartOf": volume,
    }
    if issue.published_on:
        publication_issue["datePublished"] = issue.published_on.isoformat()
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle",
        "@id": url,
        "url": url,
        "headline": _title(article),
        "name": _title(article),
        "author": [_person(contribution) for contribution in article.contributions.all()],
        "isPartOf": publication_issue,
        "publisher": publisher,
        "inLanguage": article.language,
        "isAccessibleForFree": article.is_readable_by_all,
    }
    date = article.publication_date
    if date is not None:
        data["datePublished"] = date.isoformat()
    if article.first_page:
        data["pageStart"] = str(article.first_page)
        if article.last_page:
            data["pageEnd"] = str(article.last_page)
        data["pagination"] = article.pages
    if article.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": article.doi}
        data["sameAs"] = article.doi_url
    if article.keyword_list:
        data["keywords"] = article.keyword_list
    if article.abstract:
        data["abstract"] = article.abstract
    license_url = _license_url(article)
    if license_url:
        data["license"] = license_url
    if not article.is_readable_by_all:
        data["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": GATED_SELECTOR}
    return data


def jsonld_script_text(data: dict[str, Any]) -> str:
    """JSON for inside ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` escaped, so no text in
    it can close the element. A data block is not executed, so the CSP's ``script-src`` does not apply to it
    (HTML's "prepare the script element" stops at a non-JavaScript type before any CSP check)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)


def open_graph(
    *, title: str, url: str, description: str = "", kind: str = "website", site_name: str = "Leeszaal"
) -> list[tuple[str, str]]:
    """Open Graph ``og:*`` properties as (property, content) pairs."""
    tags = [("og:type", kind), ("og:title", title), ("og:url", url), ("og:site_name", site_name)]
    if description:
        tags.append(("og:description", description))
    return tags


def article_open_graph(article: Article) -> list[tuple[str, str]]:
    tags = open_graph(
        title=_title(article),
        url=article_url(article),
        description=_description(article),
        kind="article",
        site_name=article.issue.journal.publisher.name,
    )
    date = article.publication_date
    if date is not None:
        tags.append(("article:published_time", date.isoformat()))
    return tags
