"""Background work of alerts: the table of contents of a newly published issue, queued after commit."""

from __future__ import annotations

from django.tasks import task

from alerts.actions import issue_alerts_send


@task()
def issue_alerts_task(issue_id: int) -> dict[str, int]:
    return issue_alerts_send(issue_id=issue_id)
