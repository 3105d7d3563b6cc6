"""Sitemaps (sitemaps.org protocol 0.9): an index at /sitemap.xml and one urlset per journal.

Only what an anonymous visitor can open is listed: active journals, published issues and published articles.
``lastmod`` comes from the records: an article's ``updated_at``; an issue, a journal and the publisher's home
take the newest of their published articles. Each document costs a fixed number of queries, whatever the
number of issues and articles. Built with lxml's element builder.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db.models import Max, Q
from django.urls import reverse
from lxml import etree
from lxml.builder import ElementMaker

from journals.models import Article, Issue, Journal
from leeszaal.siteurl import absolute_url

if TYPE_CHECKING:
    from collections.abc import Iterable

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_E = ElementMaker(namespace=SITEMAP_NS, nsmap={None: SITEMAP_NS})

#: Published articles of a published issue, seen from an issue (``articles__...``).
_PUBLISHED_ARTICLES = Q(articles__status=Article.Status.PUBLISHED)


def _w3c(moment: datetime.datetime | None) -> str | None:
    """A W3C Datetime in UTC, to the second (the form sitemap.xsd's ``lastmod`` takes)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC)
        return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return moment.replace(microsecond=0).isoformat()


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _url(location: str, lastmod: datetime.datetime | None) -> etree._Element:
    children = [_E.loc(location)]
    stamp = _w3c(lastmod)
    if stamp is not None:
        children.append(_E.lastmod(stamp))
    return _E.url(*children)


def journal_sitemap_path(slug: str) -> str:
    return reverse("discovery:journal_sitemap", kwargs={"journal": slug})


def _lastmod(record: Journal | Issue) -> datetime.datetime | None:
    """The ``lastmod`` a query annotated on ``record``."""
    value: datetime.datetime | None = record.__dict__.get("lastmod")
    return value


def sitemap_index() -> bytes:
    """The index: one ``<sitemap>`` per active journal, its ``lastmod`` its newest published article (1 query)."""
    journals = (
        Journal.objects.active()
        .annotate(
            lastmod=Max(
                "issues__articles__updated_at",
                filter=Q(issues__is_published=True, issues__articles__status=Article.Status.PUBLISHED),
            )
        )
        .order_by("position", "title")
        .only("slug")
    )
    entries = []
    for journal in journals:
        children = [_E.loc(absolute_url(journal_sitemap_path(journal.slug)))]
        stamp = _w3c(_lastmod(journal))
        if stamp is not None:
            children.append(_E.lastmod(stamp))
        entries.append(_E.sitemap(*children))
    return _serialize(_E.sitemapindex(*entries))


def _newest(moments: Iterable[datetime.datetime | None]) -> datetime.datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def journal_sitemap(journal: Journal) -> bytes:
    """A journal's urlset: the publisher's home, the journal's home and archive, its issues and articles.

    Two queries: the published issues with their newest article's ``updated_at`` annotated, and the
    published articles (their URL fields and ``updated_at`` only, never their texts).
    """
    issues = list(
        Issue.objects.published()
        .of_journal(journal)
        .annotate(lastmod=Max("articles__updated_at", filter=_PUBLISHED_ARTICLES))
        .newest_first()
        .only("year", "number", "volume", "journal_id")
    )
    by_id = {issue.pk: issue for issue in issues}
    for issue in issues:
        issue.journal = journal
    articles = list(
        Article.objects.published()
        .filter(issue__journal=journal)
        .only("slug", "updated_at", "issue_id")
        .order_by("-issue__year", "-issue__sort_number", "position", "pk")
    )
    newest = _newest(_lastmod(issue) for issue in issues)
    urls = [
        _url(absolute_url(reverse("journals:publisher_home")), None),
        _url(absolute_url(journal.get_absolute_url()), newest),
        _url(absolute_url(journal.get_archive_url()), newest),
    ]
    urls.extend(_url(absolute_url(issue.get_absolute_url()), _lastmod(issue)) for issue in issues)
    for article in articles:
        article.issue = by_id[article.issue_id]
        urls.append(_url(absolute_url(article.get_absolute_url()), article.updated_at))
    return _serialize(_E.urlset(*urls))
