"""Changes of state to accounts, as plain functions that take no request."""

from __future__ import annotations

from django.db import transaction

from accounts.models import User


def account_delete(*, user: User) -> None:
    """Remove a reader and everything personal to them (e-mail addresses, subscriptions, sessions)."""
    with transaction.atomic():
        user.delete()
