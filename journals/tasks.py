"""Background work of the publication record: issues that go online at a scheduled time."""

from __future__ import annotations

from django.tasks import task

from journals.actions import issue_publish_scheduled, issues_publish_due


@task()
def issue_publish_scheduled_task(issue_id: int, publish_at: str) -> dict[str, list[int] | bool]:
    """Put the issue online if it is still scheduled for this time; then any other issue whose time has passed."""
    published = issue_publish_scheduled(issue_id=issue_id, publish_at=publish_at)
    return {"published": published, "due": issues_publish_due()}
