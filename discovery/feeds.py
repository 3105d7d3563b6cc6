"""News feeds of the latest articles: RSS 2.0 (RSS Advisory Board, 2.0.11) and Atom 1.0 (RFC 4287).

Per journal and for all journals together, the latest ``FEED_SIZE`` published articles, newest first:
title, every author (RSS: one ``dc:creator`` each, Dublin Core elements 1.1; Atom: one ``author`` each),
the public abstract, the link, a guid (the DOI URL, else the article's address) and the dates. Every
address starts with ``SITE_URL``, never with the Host a request named. The body never goes out: the
query defers it.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models.functions import Coalesce
from django.utils import feedgenerator, timezone
from django.utils.html import escape

from journals.models import Article, ArticleQuerySet, Journal

#: How many articles a feed lists.
FEED_SIZE = 50

DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"


def latest_articles(journal: Journal | None = None, *, limit: int = FEED_SIZE) -> list[Article]:
    """The newest published articles (of one journal, or all active ones) in two queries, without bodies."""
    articles: ArticleQuerySet = Article.objects.published().filter(issue__journal__is_active=True)
    if journal is not None:
        articles = articles.filter(issue__journal=journal)
    return list(
        articles.select_related("issue__journal__publisher")
        .with_authors()
        .defer("body", "body_text")
        .order_by(Coalesce("published_on", "issue__published_on").desc(nulls_last=True), "-pk")[:limit]
    )


def published_at(article: Article) -> datetime.datetime:
    """The article's publication date as a moment (midnight in the site's zone), else when it was made."""
    date = article.publication_date
    if date is None:
        return article.created_at
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time()))


def summary_html(article: Article) -> str:
    """The public abstract as HTML: its rendered form, else the plain text escaped."""
    return article.abstract_html or (f"<p>{escape(article.abstract)}</p>" if article.abstract else "")


def author_names(article: Article) -> list[str]:
    return [author.full_name for author in article.authors]


class Rss(feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with one ``dc:creator`` per author (RSS's own ``author`` wants an e-mail address)."""

    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:dc": DC_NAMESPACE}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", []):
            handler.addQuickElement("dc:creator", name)


class Atom(feedgenerator.Atom1Feed):
    """Atom 1.0 with one ``author`` per author."""

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        for name in item.get("authors", []):
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")
