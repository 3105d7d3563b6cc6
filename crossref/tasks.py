"""Background work of crossref: sending a deposit, as a ``django.tasks`` task over ``deposit_send``."""

from __future__ import annotations

from django.tasks import task

from crossref.actions import deposit_send


@task()
def deposit_send_task(*, deposit_id: int) -> str:
    """Send the batch and return its status ('success' or 'failed'); the answer is on the Deposit."""
    return str(deposit_send(deposit_id=deposit_id).status)
