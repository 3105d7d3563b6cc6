"""Background work of accounts: account mails that the mail server did not take at once (accounts.mail)."""

from __future__ import annotations

from typing import Any

from django.tasks import task

from accounts.mail import mail_retry


@task()
def deliver_mail(message: dict[str, Any], attempt: int, queued_at: str) -> dict[str, Any]:
    return mail_retry(message=message, attempt=attempt, queued_at=queued_at)
