"""The one access decision: may this reader read this article's full text, and why.

Two faces share one rule:

* ``decide(article=..., reader=...)`` answers for one article and names the reason, the institution
  that gave access (if any), the COUNTER access type and whether a denial was for lack of a licence.
* ``readable_articles(reader)`` is the queryset of every article the same rule grants, for listings,
  search, feeds, OAI and exports.

Grants, in the order they are preferred when several apply: staff; open access; free to read (an article
type its journal lets everyone read, such as editorials); an institution's
licence (by the reader's address, or because the reader is linked to the institution); a personal
subscription (bought, complimentary or from an activation code); a trial; and perpetual access to
what appeared while an ended subscription ran. Every surface that shows full text, a PDF, a snippet
of the body or an export asks one of these two; nothing else looks at subscriptions to grant access.

``shared_page_audience(reader)`` answers the page cache's question: may this reader be given the page
every anonymous visitor gets? Only a reader who holds nothing of their own may.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy

from access.ipindex import institutions_at
from access.ipranges import IPAddress
from access.models import InstitutionMember, Subscription, covers
from journals.models import READABLE_BY_ALL, Article, ArticleQuerySet, user_is_staff
from leeszaal import generations

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.utils.functional import _StrPromise

    from accounts.models import User


class Reason(StrEnum):
    # Granted
    STAFF = "staff"
    OPEN_ACCESS = "open_access"
    FREE_TO_READ = "free_to_read"
    INSTITUTION = "institution"
    SUBSCRIPTION = "subscription"
    TRIAL = "trial"
    PERPETUAL_ACCESS = "perpetual_access"
    # Denied
    NOT_PUBLISHED = "not_published"
    LOGIN_REQUIRED = "login_required"
    NO_SUBSCRIPTION = "no_subscription"
    SUBSCRIPTION_EXPIRED = "subscription_expired"

    @property
    def label(self) -> _StrPromise:
        return REASON_LABELS[self]


REASON_LABELS = {
    Reason.STAFF: gettext_lazy("U bent medewerker van de uitgever."),
    Reason.OPEN_ACCESS: gettext_lazy("Dit artikel is open access: vrij te lezen voor iedereen."),
    Reason.FREE_TO_READ: gettext_lazy("Dit artikel is voor iedereen gratis te lezen, ook zonder abonnement."),
    Reason.INSTITUTION: gettext_lazy("U leest dit artikel via de licentie van uw instelling."),
    Reason.SUBSCRIPTION: gettext_lazy("U leest dit artikel met uw abonnement."),
    Reason.TRIAL: gettext_lazy("U leest dit artikel met een proefabonnement."),
    Reason.PERPETUAL_ACCESS: gettext_lazy("U leest dit artikel met blijvende toegang uit een eerder abonnement."),
    Reason.NOT_PUBLISHED: gettext_lazy("Dit artikel is nog niet gepubliceerd."),
    Reason.LOGIN_REQUIRED: gettext_lazy("Log in of registreer om verder te lezen."),
    Reason.NO_SUBSCRIPTION: gettext_lazy("U hebt geen abonnement op dit tijdschrift."),
    Reason.SUBSCRIPTION_EXPIRED: gettext_lazy("Uw abonnement op dit tijdschrift is verlopen."),
}


class AccessType(StrEnum):
    """COUNTER R5.1 Access_Type of a granted item request."""

    CONTROLLED = "Controlled"
    #: Free to read under an open licence (Creative Commons).
    OPEN = "Open"
    #: Free to read without an open licence.
    FREE_TO_READ = "Free_To_Read"


def article_access_type(article: Article) -> AccessType:
    """COUNTER's Access_Type of an article, whoever reads it: Controlled unless everyone may read it; then
    Open when it is open access under a licence (Creative Commons), else Free_To_Read (open access without
    a licence, or a type its journal makes free to read)."""
    if article.is_open_access and article.license:
        return AccessType.OPEN
    if article.is_readable_by_all:
        return AccessType.FREE_TO_READ
    return AccessType.CONTROLLED


#: Denials for want of a licence (COUNTER's No_License); an unpublished article is simply not there.
NO_LICENSE = frozenset({Reason.LOGIN_REQUIRED, Reason.NO_SUBSCRIPTION, Reason.SUBSCRIPTION_EXPIRED})


class Via(StrEnum):
    """How a reader holds an entitlement."""

    USER = "user"  # the reader's own subscription
    ADDRESS = "address"  # an institution whose ranges hold the reader's address
    MEMBER = "member"  # an institution the reader's account is linked to


@dataclass(frozen=True, slots=True)
class Entitlement:
    journal_id: int
    subscription_id: int
    starts_on: datetime.date
    ends_on: datetime.date
    source: str
    perpetual_access: bool
    via: Via
    institution_id: int | None = None
    institution_name: str = ""

    @property
    def is_trial(self) -> bool:
        return self.source == Subscription.Source.TRIAL

    def covers(self, day: datetime.date) -> bool:
        return covers(self.starts_on, self.ends_on, day)

    def kept(self, published: datetime.date | None, day: datetime.date) -> bool:
        """Perpetual access: the subscription has ended, and the article appeared while it ran."""
        return (
            self.perpetual_access
            and self.ends_on < day
            and published is not None
            and covers(self.starts_on, self.ends_on, published)
        )


@dataclass(slots=True)
class Reader:
    """Who is asking: a user (possibly anonymous) and the client's address.

    A reader resolves its institutions by address from the in-memory index and fetches its
    entitlements at most once (one query), so a page that asks about many articles costs no more.
    """

    user: User | AnonymousUser | None = None
    ip: IPAddress | None = None
    _campus: tuple[tuple[int, str], ...] | None = field(default=None, repr=False)
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

    def campus(self) -> tuple[tuple[int, str], ...]:
        """(id, name) of the institutions on whose network the reader is."""
        if self._campus is None:
            self._campus = institutions_at(self.ip)
        return self._campus

    def entitlements(self) -> list[Entitlement]:
        if self._entitlements is None:
            self._entitlements = _cached_entitlements(self.user_id, dict(self.campus()))
        return self._entitlements


def _cached_entitlements(user_id: int | None, campus: dict[int, str]) -> list[Entitlement]:
    """Entitlements are kept in the cache under the access generation, which every change of access bumps.

    Shared by every process with Redis, so a change shows at once; with the per-process cache another
    process sees it within ``ACCESS_CACHE_SECONDS``.
    """
    if user_id is None and not campus:
        return []
    key = f"entitlements:{generations.current(generations.ACCESS)}:{user_id}:{','.join(map(str, sorted(campus)))}"
    entitlements: list[Entitlement] | None = cache.get(key)
    if entitlements is None:
        entitlements = _load_entitlements(user_id, campus)
        cache.set(key, entitlements, settings.ACCESS_CACHE_SECONDS)
    return entitlements


def _load_entitlements(user_id: int | None, campus: dict[int, str]) -> list[Entitlement]:
    if user_id is None and not campus:
        return []
    holders = Q(institution_id__in=list(campus)) if campus else Q(pk__in=[])
    if user_id is not None:
        holders |= Q(user_id=user_id)
        holders |= Q(
            institution__is_active=True,
            institution__in=InstitutionMember.objects.filter(user_id=user_id).values("institution_id"),
        )
    rows = Subscription.objects.filter(holders).values_list(
        "journal_id",
        "id",
        "starts_on",
        "ends_on",
        "source",
        "perpetual_access",
        "user_id",
        "institution_id",
        "institution__name",
    )
    entitlements = []
    for journal_id, pk, starts_on, ends_on, source, perpetual, holder_user, institution_id, name in rows:
        if holder_user is not None:
            via = Via.USER
        elif institution_id in campus:
            via = Via.ADDRESS
        else:
            via = Via.MEMBER
        entitlements.append(
            Entitlement(journal_id, pk, starts_on, ends_on, source, perpetual, via, institution_id, name or "")
        )
    return entitlements


@dataclass(frozen=True, slots=True)
class Decision:
    granted: bool
    reason: Reason
    subscription_id: int | None = None
    institution_id: int | None = None
    institution_name: str = ""
    #: The last day of the trial that grants access.
    trial_ends_on: datetime.date | None = None
    access_type: AccessType | None = None

    def __bool__(self) -> bool:
        return self.granted

    @property
    def no_license(self) -> bool:
        """Denied for want of a licence (COUNTER No_License), not because the article is not there."""
        return not self.granted and self.reason in NO_LICENSE

    @property
    def is_personal(self) -> bool:
        """Granted to this reader in particular: the page with full text must never be shared."""
        return self.granted and self.reason not in (Reason.OPEN_ACCESS, Reason.FREE_TO_READ)

    @property
    def message(self) -> str:
        """Why the reader can (or cannot) read, in the reader's language, naming the institution or trial."""
        if self.reason == Reason.TRIAL and self.trial_ends_on is not None:
            until = formats.date_format(self.trial_ends_on, "j F Y")
            if self.institution_name:
                return gettext("Toegang via %(institution)s, proefabonnement tot en met %(date)s.") % {
                    "institution": self.institution_name,
                    "date": until,
                }
            return gettext("U leest met een proefabonnement tot en met %(date)s.") % {"date": until}
        if self.reason in (Reason.INSTITUTION, Reason.PERPETUAL_ACCESS) and self.institution_name:
            if self.reason == Reason.PERPETUAL_ACCESS:
                return gettext("Toegang via %(institution)s (blijvende toegang).") % {
                    "institution": self.institution_name
                }
            return gettext("Toegang via %(institution)s.") % {"institution": self.institution_name}
        return str(self.reason.label)


def _granted(reason: Reason, entitlement: Entitlement) -> Decision:
    return Decision(
        True,
        reason,
        entitlement.subscription_id,
        entitlement.institution_id,
        entitlement.institution_name,
        entitlement.ends_on if entitlement.is_trial else None,
        AccessType.CONTROLLED,
    )


def _preference(entitlement: Entitlement) -> tuple[int, int]:
    # Non-trials before trials; an institution's licence before a personal one (usage is then
    # reported for the institution that pays for it); by address before by membership.
    order = {Via.ADDRESS: 0, Via.MEMBER: 1, Via.USER: 2}
    return (int(entitlement.is_trial), order[entitlement.via])


def identified_institution(reader: Reader) -> tuple[int | None, str]:
    """The institution a reader's usage is reported to when no licence of one grants it: the one whose
    network they are on, else one their account is linked to (a librarian sees members reading from home)."""
    campus = reader.campus()
    if campus:
        return campus[0]
    if not reader.is_authenticated:
        return None, ""
    linked = [(e.institution_id, e.institution_name) for e in reader.entitlements() if e.via == Via.MEMBER]
    return linked[0] if linked else (None, "")


def decide(*, article: Article, reader: Reader, on: datetime.date | None = None) -> Decision:
    """May ``reader`` read ``article``'s full text (HTML and PDF) on day ``on`` (today by default)?"""
    if reader.is_staff:
        return Decision(True, Reason.STAFF, access_type=article_access_type(article))
    if not article.is_published:
        return Decision(False, Reason.NOT_PUBLISHED)
    if article.is_readable_by_all:
        # Usage of open content is still reported to the institution the reader is identified with.
        institution_id, institution_name = identified_institution(reader)
        return Decision(
            True,
            Reason.OPEN_ACCESS if article.is_open_access else Reason.FREE_TO_READ,
            institution_id=institution_id,
            institution_name=institution_name,
            access_type=article_access_type(article),
        )
    day = on or timezone.localdate()
    journal_id = article.issue.journal_id
    held = sorted((e for e in reader.entitlements() if e.journal_id == journal_id), key=_preference)
    for entitlement in held:
        if entitlement.covers(day):
            if entitlement.is_trial:
                return _granted(Reason.TRIAL, entitlement)
            if entitlement.institution_id is not None:
                return _granted(Reason.INSTITUTION, entitlement)
            return _granted(Reason.SUBSCRIPTION, entitlement)
    published = article.publication_date
    for entitlement in held:
        if entitlement.kept(published, day):
            return _granted(Reason.PERPETUAL_ACCESS, entitlement)
    institution_id, institution_name = identified_institution(reader)
    if not reader.is_authenticated:
        return Decision(False, Reason.LOGIN_REQUIRED, institution_id=institution_id, institution_name=institution_name)
    if any(e.via == Via.USER and not e.is_trial and e.ends_on < day for e in held):
        return Decision(
            False, Reason.SUBSCRIPTION_EXPIRED, institution_id=institution_id, institution_name=institution_name
        )
    return Decision(False, Reason.NO_SUBSCRIPTION, institution_id=institution_id, institution_name=institution_name)


@dataclass(frozen=True, slots=True)
class Grants:
    """What ``decide`` grants a reader beyond open access, in a form any query can be built from.

    Every published article everyone may read (open access, or of a type its journal makes free to read:
    ``READABLE_BY_ALL``); every published article of ``journals``; and every published
    article of a journal in ``periods`` that appeared (publication date) within the period.
    Staff (``everything``) read all. ``readable_articles`` turns this into a queryset of articles;
    search turns it into a condition on its own index, so both follow this one rule.
    """

    everything: bool = False
    journals: tuple[int, ...] = ()
    periods: tuple[tuple[int, datetime.date, datetime.date], ...] = ()

    @property
    def beyond_open_access(self) -> bool:
        return self.everything or bool(self.journals or self.periods)


def readable_grants(reader: Reader, *, on: datetime.date | None = None) -> Grants:
    """The grants behind ``readable_articles``: running entitlements, and perpetual access to what
    appeared while an ended one ran (``Entitlement.kept``)."""
    if reader.is_staff:
        return Grants(everything=True)
    day = on or timezone.localdate()
    entitlements = reader.entitlements()
    running = tuple(sorted({e.journal_id for e in entitlements if e.covers(day)}))
    periods = tuple(
        sorted(
            {
                (e.journal_id, e.starts_on, e.ends_on)
                for e in entitlements
                if e.perpetual_access and e.ends_on < day and e.journal_id not in running
            }
        )
    )
    return Grants(journals=running, periods=periods)


def readable_articles(
    reader: Reader, queryset: ArticleQuerySet | None = None, *, on: datetime.date | None = None
) -> ArticleQuerySet:
    """Every article whose full text ``decide`` would grant ``reader``, as one queryset."""
    articles = queryset if queryset is not None else Article.objects.all()
    grants = readable_grants(reader, on=on)
    if grants.everything:
        return articles
    grant = READABLE_BY_ALL
    if grants.journals:
        grant |= Q(issue__journal_id__in=grants.journals)
    for journal_id, starts_on, ends_on in grants.periods:
        period = (starts_on, ends_on)
        appeared = Q(published_on__range=period) | Q(published_on__isnull=True, issue__published_on__range=period)
        grant |= Q(issue__journal_id=journal_id) & appeared
    return articles.published().filter(grant)


def shared_page_audience(reader: Reader) -> str | None:
    """The audience whose shared (cacheable) pages this reader may be given, or None for a page of their own.

    Only an anonymous reader off every institution's network gets the shared pages: a campus address
    may hold a licence, so it must never be given the paywalled copy that everyone else gets.
    """
    if reader.is_authenticated or reader.campus():
        return None
    return "anonymous"
