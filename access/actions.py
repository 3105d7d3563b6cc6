"""Changes of access, as plain functions that take no request.

Every path that gives a reader or an institution access (the back office, activation codes,
payments later) goes through ``subscription_grant``: one place that validates the grant and
records it. Model signals then make the cached access state stale (``access.invalidation``).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from access.models import Institution, Subscription
from journals.models import Journal

if TYPE_CHECKING:
    from accounts.models import User


def subscription_grant(
    *,
    journal: Journal,
    starts_on: datetime.date,
    ends_on: datetime.date,
    source: str,
    user: User | None = None,
    institution: Institution | None = None,
    perpetual_access: bool = False,
    note: str = "",
) -> Subscription:
    """Give ``user`` or ``institution`` (one of the two) access to ``journal`` from ``starts_on`` to ``ends_on``."""
    subscription = Subscription(
        user=user,
        institution=institution,
        journal=journal,
        starts_on=starts_on,
        ends_on=ends_on,
        source=source,
        perpetual_access=perpetual_access,
        note=note,
    )
    subscription.full_clean()
    with transaction.atomic():
        subscription.save()
    return subscription
