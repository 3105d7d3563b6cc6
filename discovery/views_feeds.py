"""The feed views: Django's syndication framework over ``discovery.feeds``, every address from SITE_URL."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.translation import gettext as _

from discovery import feeds
from journals.models import Article, Journal
from journals.queries import site_publisher
from leeszaal.siteurl import absolute_url


@dataclass(frozen=True)
class Subject:
    """What a feed is of: one journal, or all (``None``), and the publisher that names it."""

    journal: Journal | None
    publisher: str


class LatestArticlesFeed(Feed):  # type: ignore[type-arg]
    """RSS 2.0 of the latest articles of one journal (``journal`` in the path) or of all journals."""

    feed_type: Any = feeds.Rss
    url_name = "rss"

    def get_object(self, request: HttpRequest, journal: str | None = None) -> Subject:
        if journal is None:
            publisher = site_publisher()
            return Subject(journal=None, publisher=publisher.name if publisher else "")
        found = get_object_or_404(Journal.objects.active().select_related("publisher"), slug=journal)
        return Subject(journal=found, publisher=found.publisher.name)

    def title(self, obj: Subject) -> str:
        if obj.journal is not None:
            return obj.journal.title
        return obj.publisher or _("Alle tijdschriften")

    def description(self, obj: Subject) -> str:
        if obj.journal is not None:
            return _("De nieuwste artikelen in %(journal)s") % {"journal": obj.journal.title}
        return _("De nieuwste artikelen in alle tijdschriften")

    def link(self, obj: Subject) -> str:
        if obj.journal is not None:
            return absolute_url(obj.journal.get_absolute_url())
        return absolute_url(reverse("journals:publisher_home"))

    def feed_url(self, obj: Subject) -> str:
        if obj.journal is not None:
            return absolute_url(reverse(f"export:journal_{self.url_name}", kwargs={"journal": obj.journal.slug}))
        return absolute_url(reverse(f"export:{self.url_name}"))

    def feed_guid(self, obj: Subject) -> str:
        return self.feed_url(obj)

    def author_name(self, obj: Subject) -> str:
        return obj.publisher

    def get_feed(self, obj: Subject, request: HttpRequest) -> feedgenerator.SyndicationFeed:
        feed = super().get_feed(obj, request)
        # ``language`` is a plain attribute of Feed, not one asked per object: the journal's language, else Dutch.
        feed.feed["language"] = obj.journal.language if obj.journal is not None else "nl"
        return feed

    def items(self, obj: Subject) -> list[Article]:
        return feeds.latest_articles(obj.journal)

    def item_title(self, item: Article) -> str:
        return item.title + (f": {item.subtitle}" if item.subtitle else "")

    def item_description(self, item: Article) -> str:
        return feeds.summary_html(item)

    def item_link(self, item: Article) -> str:
        return absolute_url(item.get_absolute_url())

    def item_guid(self, item: Article) -> str:
        return item.doi_url or self.item_link(item)

    def item_guid_is_permalink(self, item: Article) -> bool:
        return True

    def item_pubdate(self, item: Article) -> datetime.datetime:
        return feeds.published_at(item)

    def item_updateddate(self, item: Article) -> datetime.datetime:
        return max(item.updated_at, feeds.published_at(item))

    def item_categories(self, item: Article) -> list[str]:
        return item.keyword_list

    def item_extra_kwargs(self, item: Article) -> dict[str, Any]:
        return {"authors": feeds.author_names(item)}


class LatestArticlesAtom(LatestArticlesFeed):
    """The same as Atom 1.0: ``subtitle`` for the description, ``summary`` for each abstract."""

    feed_type = feeds.Atom
    url_name = "atom"

    def subtitle(self, obj: Subject) -> str:
        return self.description(obj)
