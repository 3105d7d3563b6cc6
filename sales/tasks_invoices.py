"""Background work of invoices: an invoice mail the mail server did not take at once (``sales.invoices``).

Only the invoice's id travels in the task: the message, with its PDF, is made again from the stored invoice.
"""

from __future__ import annotations

from typing import Any

from django.tasks import task

from sales.invoices import invoice_mail_retry as retry


@task()
def invoice_mail_retry(invoice_id: int, attempt: int, queued_at: str) -> dict[str, Any]:
    return retry(invoice_id=invoice_id, attempt=attempt, queued_at=queued_at)
