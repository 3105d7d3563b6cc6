"""Background work of sales: the daily renewal pass (reminders, then charges), queued by cron or a scheduler."""

from __future__ import annotations

from django.tasks import task
from django.utils import timezone

from sales.renewals import renewals_run_for


@task()
def renewals_run() -> dict[str, list[int]]:
    return renewals_run_for(timezone.localdate()).as_dict()
