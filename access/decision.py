"""The one access decision: may this reader read this article's full text, and why.

Two faces share one rule:

* ``decide(article=..., reader=...)`` answers for one article and names the reason
  (granted: open access, subscription, staff; denied: not published, login required,
  no subscription, subscription expired). Usage reports will record that reason.
* ``readable_articles(reader)`` is the queryset of every article the same rule grants,
  for listings, search, feeds, OAI and exports.

Every surface that shows full text, a PDF, a snippet of the body or an export asks one
of these two; nothing else in the code base looks at subscriptions to grant access.
Later issues add institutions (``Reader.ip``) and activation codes as further grants here.
"""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.models import Subscription
from journals.models import OPEN_ACCESS, Article, ArticleQuerySet, user_is_staff

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.utils.functional import _StrPromise

    from accounts.models import User


class Reason(StrEnum):
    # Granted
    STAFF = "staff"
    OPEN_ACCESS = "open_access"
    SUBSCRIPTION = "subscription"
    # Denied
    NOT_PUBLISHED = "not_published"
    LOGIN_REQUIRED = "login_required"
    NO_SUBSCRIPTION = "no_subscription"
    SUBSCRIPTION_EXPIRED = "subscription_expired"

    @property
    def label(self) -> _StrPromise:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.STAFF: _("U bent medewerker van de uitgever."),
    Reason.OPEN_ACCESS: _("Dit artikel is open access: vrij te lezen voor iedereen."),
    Reason.SUBSCRIPTION: _("U leest dit artikel met uw abonnement."),
    Reason.NOT_PUBLISHED: _("Dit artikel is nog niet gepubliceerd."),
    Reason.LOGIN_REQUIRED: _("Log in of registreer om verder te lezen."),
    Reason.NO_SUBSCRIPTION: _("U hebt geen abonnement op dit tijdschrift."),
    Reason.SUBSCRIPTION_EXPIRED: _("Uw abonnement op dit tijdschrift is verlopen."),
}


@dataclass(frozen=True, slots=True)
class Entitlement:
    journal_id: int
    subscription_id: int
    starts_on: datetime.date
    ends_on: datetime.date


@dataclass(slots=True)
class Reader:
    """Who is asking: a user (possibly anonymous) and the client's address.

    A reader fetches its subscriptions at most once, so a page that asks about many
    articles costs one query, not one per article.
    """

    user: User | AnonymousUser | None = None
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    _entitlements: list[Entitlement] | None = field(default=None, repr=False)

    @property
    def is_authenticated(self) -> bool:
        return bool(self.user is not None and self.user.is_authenticated)

    @property
    def is_staff(self) -> bool:
        return user_is_staff(self.user)

    @property
    def user_id(self) -> int | None:
        return self.user.pk if self.is_authenticated and self.user is not None else None

    def entitlements(self) -> list[Entitlement]:
        if self._entitlements is None:
            user_id = self.user_id
            if user_id is None:
                self._entitlements = []
            else:
                rows = Subscription.objects.of_user(user_id).values_list("journal_id", "id", "starts_on", "ends_on")
                self._entitlements = [Entitlement(*row) for row in rows]
        return self._entitlements


@dataclass(frozen=True, slots=True)
class Decision:
    granted: bool
    reason: Reason
    subscription_id: int | None = None

    def __bool__(self) -> bool:
        return self.granted

    @property
    def message(self) -> _StrPromise:
        return self.reason.label


def decide(*, article: Article, reader: Reader, on: datetime.date | None = None) -> Decision:
    """May ``reader`` read ``article``'s full text (HTML and PDF) on day ``on`` (today by default)?"""
    if reader.is_staff:
        return Decision(True, Reason.STAFF)
    if not article.is_published:
        return Decision(False, Reason.NOT_PUBLISHED)
    if article.is_open_access:
        return Decision(True, Reason.OPEN_ACCESS)
    if not reader.is_authenticated:
        return Decision(False, Reason.LOGIN_REQUIRED)
    day = on or timezone.localdate()
    journal_id = article.issue.journal_id
    held = [e for e in reader.entitlements() if e.journal_id == journal_id]
    for entitlement in held:
        if entitlement.starts_on <= day <= entitlement.ends_on:
            return Decision(True, Reason.SUBSCRIPTION, entitlement.subscription_id)
    if any(entitlement.ends_on < day for entitlement in held):
        return Decision(False, Reason.SUBSCRIPTION_EXPIRED)
    return Decision(False, Reason.NO_SUBSCRIPTION)


def readable_articles(
    reader: Reader, queryset: ArticleQuerySet | None = None, *, on: datetime.date | None = None
) -> ArticleQuerySet:
    """Every article whose full text ``decide`` would grant ``reader``, as one queryset."""
    articles = queryset if queryset is not None else Article.objects.all()
    if reader.is_staff:
        return articles
    grant = OPEN_ACCESS
    user_id = reader.user_id
    if user_id is not None:
        subscribed = Subscription.objects.of_user(user_id).current(on or timezone.localdate()).values("journal_id")
        grant |= Q(issue__journal_id__in=subscribed)
    return articles.published().filter(grant)
