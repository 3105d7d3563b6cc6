"""Small shared lookups for the reading pages."""

from __future__ import annotations

from django.core.cache import cache

from journals.models import Journal, Publisher

PUBLISHER_CACHE_KEY = "journals:site-publisher"
PUBLISHER_CACHE_SECONDS = 60


def site_publisher() -> Publisher | None:
    """The publisher this site belongs to (a Leeszaal site serves one publisher), cached for a minute."""
    publisher = cache.get(PUBLISHER_CACHE_KEY)
    if publisher is None:
        publisher = Publisher.objects.order_by("pk").first()
        if publisher is not None:
            cache.set(PUBLISHER_CACHE_KEY, publisher, PUBLISHER_CACHE_SECONDS)
    return publisher


def forget_site_publisher() -> None:
    cache.delete(PUBLISHER_CACHE_KEY)


def other_journals(*, exclude: Journal) -> list[Journal]:
    """The publisher's other active journals, for the promo block on journal and article pages."""
    from journals.pagecache import pages_generation

    # Keyed on the page generation, so any edit to the publication record refreshes it.
    key = f"journals:active-journals:{exclude.publisher_id}:{pages_generation()}"
    journals = cache.get(key)
    if journals is None:
        journals = list(
            Journal.objects.active().filter(publisher_id=exclude.publisher_id).order_by("position", "title")
        )
        cache.set(key, journals, PUBLISHER_CACHE_SECONDS)
    return [journal for journal in journals if journal.pk != exclude.pk]
