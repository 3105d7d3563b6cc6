"""Changes of publication state, as plain functions that take no request.

Each function is one transaction. The back office's admin actions call them; so may a
management command or a later API. Publishing is what makes content visible on the
public pages (``IssueQuerySet.published`` / ``ArticleQuerySet.published``).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from journals.models import Article, Issue


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
        issue.save(update_fields=["is_published", "published_on"])
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
        issue.save(update_fields=["is_published"])


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
