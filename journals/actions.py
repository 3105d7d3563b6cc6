"""Changes of publication state, as plain functions that take no request.

Each function is one transaction. The back office's admin actions call them; so may a
management command or a later API. Publishing is what makes content visible on the
public pages (``IssueQuerySet.published`` / ``ArticleQuerySet.published``).
"""

from __future__ import annotations

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from journals.models import Article, Issue

log = logging.getLogger(__name__)


def issue_publish(*, issue: Issue, publish_articles: bool = True) -> int:
    """Put an issue online; with ``publish_articles`` its draft articles too.

    Sets the issue's date of publication to today when it has none. Returns the number
    of draft articles that were published.
    """
    with transaction.atomic():
        if not issue.is_published:
            transaction.on_commit(lambda: _alerts_queue(issue.pk), robust=True)
        issue.is_published = True
        if issue.published_on is None:
            issue.published_on = timezone.localdate()
        # Online now: a schedule that was pending has done its work (and must not bring it back later).
        issue.publish_at = None
        issue.save(update_fields=["is_published", "published_on", "publish_at"])
        if not publish_articles:
            return 0
        return (
            Article.objects.in_issue(issue)
            .filter(status=Article.Status.DRAFT)
            .update(status=Article.Status.PUBLISHED, updated_at=timezone.now())
        )


def _alerts_queue(issue_id: int) -> None:
    """The followers' e-mail alerts (alerts.tasks), run by the background worker: the publish never waits."""
    from alerts.tasks import issue_alerts_task  # alerts sits above journals: imported when needed

    issue_alerts_task.enqueue(issue_id=issue_id)


def issue_unpublish(*, issue: Issue) -> None:
    """Take an issue offline. Its articles keep their status and return with the issue."""
    with transaction.atomic():
        issue.is_published = False
        issue.publish_at = None  # offline until an editor puts it online or schedules it again
        issue.save(update_fields=["is_published", "publish_at"])


def issue_schedule(*, issue: Issue) -> None:
    """Queue the task that puts ``issue`` online at its ``publish_at`` (after commit; nothing when unscheduled).

    The task carries the time it was queued for: when the editor changes or clears the time, or publishes
    by hand, the task that is then still waiting finds another time and leaves the issue alone.
    """
    if issue.is_published or issue.publish_at is None:
        return
    issue_id, publish_at = issue.pk, issue.publish_at
    transaction.on_commit(lambda: _schedule_queue(issue_id, publish_at), robust=True)


def _schedule_queue(issue_id: int, publish_at: datetime.datetime) -> None:
    from journals.tasks import issue_publish_scheduled_task

    issue_publish_scheduled_task.using(run_after=publish_at).enqueue(
        issue_id=issue_id, publish_at=publish_at.isoformat()
    )


def issue_publish_scheduled(*, issue_id: int, publish_at: str, now: datetime.datetime | None = None) -> bool:
    """Put the issue online if it is still scheduled for ``publish_at`` (ISO 8601) and that time has come.

    Idempotent: an issue already online, rescheduled, unscheduled or deleted is left alone. Returns
    whether it was published.
    """
    now = now or timezone.now()
    with transaction.atomic():
        issue = Issue.objects.select_for_update().filter(pk=issue_id).first()
        if issue is None or issue.is_published or issue.publish_at is None:
            return False
        if issue.publish_at != datetime.datetime.fromisoformat(publish_at) or issue.publish_at > now:
            return False
        issue_publish(issue=issue, publish_articles=True)
    log.info("Issue %s went online as scheduled for %s.", issue_id, publish_at)
    return True


def issues_publish_due(*, now: datetime.datetime | None = None) -> list[int]:
    """Put online every offline issue whose scheduled time has passed (also those whose task never ran,
    say while no worker was running). Returns their ids."""
    now = now or timezone.now()
    published = []
    for issue_id, publish_at in Issue.objects.due(now).order_by("publish_at", "pk").values_list("pk", "publish_at"):
        if publish_at is not None and issue_publish_scheduled(
            issue_id=issue_id, publish_at=publish_at.isoformat(), now=now
        ):
            published.append(issue_id)
    return published


def article_move(*, article: Article, up: bool) -> bool:
    """Swap ``article`` with its neighbour above (``up``) or below in its issue; returns whether it moved.

    The issue's articles are numbered 1, 2, 3... in their current order first, so that equal or missing
    positions cannot keep an article in place.
    """
    with transaction.atomic():
        articles = list(
            Article.objects.select_for_update()
            .filter(issue_id=article.issue_id)
            .in_reading_order()
            .only("pk", "position")
        )
        index = next((i for i, other in enumerate(articles) if other.pk == article.pk), None)
        if index is None:
            return False
        target = index - 1 if up else index + 1
        if not 0 <= target < len(articles):
            return False
        articles[index], articles[target] = articles[target], articles[index]
        changed = []
        for position, other in enumerate(articles, start=1):
            if other.position != position:
                other.position = position
                changed.append(other)
        Article.objects.bulk_update(changed, ["position"])
    return True


def article_publish(*, article: Article) -> None:
    """Publish an article. Readers see it once its issue is online as well."""
    with transaction.atomic():
        article.status = Article.Status.PUBLISHED
        article.save(update_fields=["status", "updated_at"])


def article_unpublish(*, article: Article) -> None:
    """Return an article to draft: it disappears from the public pages."""
    with transaction.atomic():
        article.status = Article.Status.DRAFT
        article.save(update_fields=["status", "updated_at"])
