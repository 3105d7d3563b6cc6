"""Small shared lookups for the reading pages, cached until the next edit of the publication record."""

from __future__ import annotations

from django.core.cache import cache

from journals.models import Journal, Publisher
from leeszaal.pagecache import pages_generation

CACHE_SECONDS = 60


def site_publisher() -> Publisher | None:
    """The publisher this site belongs to (a Leeszaal site serves one publisher)."""
    key = f"journals:site-publisher:{pages_generation()}"
    publisher: Publisher | None = cache.get(key)
    if publisher is None:
        publisher = Publisher.objects.order_by("pk").first()
        if publisher is not None:
            cache.set(key, publisher, CACHE_SECONDS)
    return publisher


def other_journals(*, exclude: Journal) -> list[Journal]:
    """The publisher's other active journals, for the promo block on journal and article pages."""
    key = f"journals:active-journals:{exclude.publisher_id}:{pages_generation()}"
    journals: list[Journal] | None = cache.get(key)
    if journals is None:
        journals = list(
            Journal.objects.active().filter(publisher_id=exclude.publisher_id).order_by("position", "title")
        )
        cache.set(key, journals, CACHE_SECONDS)
    return [journal for journal in journals if journal.pk != exclude.pk]
