"""Background work for usage: counting closed days and purging raw events, as a ``django.tasks`` task."""

from __future__ import annotations

from django.tasks import task

from usage.aggregation import count_pending, purge_events


@task()
def count_usage() -> dict[str, int]:
    """Count every closed day not counted yet, then purge raw events past their retention."""
    return {"days": count_pending(), "purged": purge_events()}
