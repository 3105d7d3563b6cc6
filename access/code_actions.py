"""Activation codes as plain functions that take no request: making a batch, redeeming a code.

A redeemed code becomes a personal subscription of the kind ``code`` through
``access.actions.subscription_grant``; the code keeps who redeemed it, when, and the subscription.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy

from access.actions import subscription_grant
from access.codes import check_code, format_code, new_code, normalize_code
from access.models import ActivationCode, CodeBatch, Subscription
from journals.models import Journal

if TYPE_CHECKING:
    from accounts.models import User

MAX_BATCH_SIZE = 10_000
#: How many codes one query checks for collisions with stored codes.
_LOOKUP_CHUNK = 1_000


class RedeemFailure(StrEnum):
    MISTYPED = "mistyped"  # the check character fails: decided before any query
    UNKNOWN = "unknown"
    USED = "used"  # by anyone, the reader included
    EXPIRED = "expired"  # the batch's period has ended


_MESSAGES = {
    RedeemFailure.MISTYPED: gettext_lazy(
        "Deze code klopt niet. Controleer of u hem goed hebt overgenomen: een code heeft 13 tekens, "
        "bijvoorbeeld ABCD-EFGH-JKMN-P."
    ),
    RedeemFailure.UNKNOWN: gettext_lazy(
        "Deze code is niet bekend. Controleer de code op uw brief of neem contact op met de uitgever."
    ),
    RedeemFailure.USED: gettext_lazy("Deze code is al gebruikt. Elke code kan één keer worden ingewisseld."),
    RedeemFailure.EXPIRED: gettext_lazy("Deze code is verlopen: hij was te gebruiken tot en met %(date)s."),
}


class RedeemError(Exception):
    """A code that cannot be redeemed, with the reason and a message for the reader.

    The message is translated when it is read, in the language active then.
    """

    def __init__(self, reason: RedeemFailure, *, ends_on: datetime.date | None = None) -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.ends_on = ends_on

    @property
    def message(self) -> str:
        if self.reason == RedeemFailure.EXPIRED and self.ends_on is not None:
            return str(_MESSAGES[self.reason]) % {"date": formats.date_format(self.ends_on, "j F Y")}
        return str(_MESSAGES[self.reason])


def _fresh_codes(count: int) -> list[str]:
    """``count`` new codes, distinct from each other and from every stored code."""
    codes: set[str] = set()
    while len(codes) < count:
        candidates: set[str] = set()
        while len(codes) + len(candidates) < count:
            code = new_code()
            if code not in codes:
                candidates.add(code)
        ordered = sorted(candidates)
        taken: set[str] = set()
        for start in range(0, len(ordered), _LOOKUP_CHUNK):
            chunk = ordered[start : start + _LOOKUP_CHUNK]
            taken.update(ActivationCode.objects.filter(code__in=chunk).values_list("code", flat=True))
        codes |= candidates - taken  # a collision (rare) is drawn again on the next round
    return list(codes)


def batch_create(
    *,
    journal: Journal,
    label: str,
    starts_on: datetime.date,
    ends_on: datetime.date,
    count: int,
    created_by: User | None,
) -> CodeBatch:
    """A batch of ``count`` (1 to ``MAX_BATCH_SIZE``) fresh codes for ``journal``, each good for the same period."""
    if not 1 <= count <= MAX_BATCH_SIZE:
        raise ValidationError(
            {
                "count": gettext("Kies een aantal van 1 tot en met %(max)s codes.")
                % {"max": formats.number_format(MAX_BATCH_SIZE, force_grouping=True)}
            }
        )
    batch = CodeBatch(journal=journal, label=label, starts_on=starts_on, ends_on=ends_on, created_by=created_by)
    batch.full_clean()
    with transaction.atomic():
        batch.save()
        # The unique constraint on ``code`` still guards against a batch made at the same moment drawing
        # the same code: that transaction then fails as a whole rather than storing a duplicate.
        ActivationCode.objects.bulk_create(
            (ActivationCode(batch=batch, code=code) for code in _fresh_codes(count)), batch_size=_LOOKUP_CHUNK
        )
    return batch


def code_redeem(*, user: User, raw_code: str, on: datetime.date | None = None) -> Subscription:
    """Redeem the code ``raw_code`` (as typed) for ``user`` on day ``on`` (today by default).

    Gives ``user`` a personal subscription from ``on`` (or the batch's start, if later) to the batch's
    end. Raises ``RedeemError`` when the code is mistyped, unknown, used or expired; a failed attempt
    changes nothing. Two readers redeeming the same code at once: one gets it, the other is told it
    is used (the conditional update below takes the row).
    """
    code = normalize_code(raw_code)
    if not check_code(code):
        raise RedeemError(RedeemFailure.MISTYPED)
    day = on or timezone.localdate()
    with transaction.atomic():
        activation = ActivationCode.objects.select_related("batch__journal").filter(code=code).first()
        if activation is None:
            raise RedeemError(RedeemFailure.UNKNOWN)
        if activation.redeemed_at is not None:
            raise RedeemError(RedeemFailure.USED)
        batch = activation.batch
        if batch.ends_on < day:
            raise RedeemError(RedeemFailure.EXPIRED, ends_on=batch.ends_on)
        claimed = ActivationCode.objects.filter(pk=activation.pk, redeemed_at__isnull=True).update(
            redeemed_at=timezone.now(), redeemed_by=user
        )
        if claimed != 1:
            raise RedeemError(RedeemFailure.USED)  # someone else redeemed it a moment ago
        subscription = subscription_grant(
            journal=batch.journal,
            starts_on=max(day, batch.starts_on),
            ends_on=batch.ends_on,
            source=Subscription.Source.CODE,
            user=user,
            note=f"{format_code(code)} ({batch.label})"[:300],
        )
        ActivationCode.objects.filter(pk=activation.pk).update(subscription=subscription)
    return subscription
