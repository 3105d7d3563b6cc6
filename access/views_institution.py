"""The librarian's page: an institution's ranges, licences, trials and linked users, for its administrators.

Only an administrator member of the institution (or staff) may see it; to anyone else the page
does not exist (404, never 403, so that an id cannot be used to find out which institutions exist).
The page is personal and never cached. It costs a fixed number of queries, however many rows it shows.
Its template links to the institution's usage reports and shows its SUSHI access (the ``usage`` app's
``sushi_access`` tag), so that access imports nothing of usage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from access.models import Institution, InstitutionMember, IPRange, Subscription
from journals.models import user_is_staff

if TYPE_CHECKING:
    import datetime

    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User


def institutions_administered_by(user: User | AnonymousUser) -> QuerySet[Institution]:
    """The institutions whose page ``user`` may see: those they administer, every one for staff."""
    if user_is_staff(user):
        return Institution.objects.all()
    if not user.is_authenticated:
        return Institution.objects.none()
    administered = InstitutionMember.objects.filter(institution=OuterRef("pk"), user_id=user.pk, is_admin=True)
    return Institution.objects.filter(Exists(administered))


RUNNING, UPCOMING, ENDED = "running", "upcoming", "ended"


@dataclass(frozen=True, slots=True)
class Licence:
    subscription: Subscription
    status: str  # RUNNING, UPCOMING or ENDED

    @property
    def status_label(self) -> str:
        return {RUNNING: _("lopend"), UPCOMING: _("nog niet begonnen"), ENDED: _("verlopen")}[self.status]


def institution_licences(institution: Institution, *, on: datetime.date) -> list[Licence]:
    """The institution's subscriptions and trials, running first, then upcoming, then ended; one query.

    Whether each runs is asked of ``SubscriptionQuerySet.covering`` and ``upcoming``, the one home of those rules.
    """
    running = Subscription.objects.covering(on).filter(pk=OuterRef("pk"))
    upcoming = Subscription.objects.upcoming(on).filter(pk=OuterRef("pk"))
    rows = (
        Subscription.objects.of_institution(institution.pk)
        .select_related("journal")
        .annotate(is_running=Exists(running), is_upcoming=Exists(upcoming))
        .order_by("journal__title", "-starts_on")
    )
    licences = [
        Licence(row, RUNNING if row.is_running else UPCOMING if row.is_upcoming else ENDED)  # type: ignore[attr-defined]
        for row in rows
    ]
    rank = {RUNNING: 0, UPCOMING: 1, ENDED: 2}
    licences.sort(key=lambda licence: rank[licence.status])  # stable: by journal within each group
    return licences


@never_cache
@login_required
@require_safe
def institution_detail(request: HttpRequest, pk: int) -> HttpResponse:
    institution = institutions_administered_by(request.user).filter(pk=pk).first()
    if institution is None:
        raise Http404
    context = {
        "institution": institution,
        "ranges": list(IPRange.objects.filter(institution=institution).order_by("first")),
        "licences": institution_licences(institution, on=timezone.localdate()),
        "members": list(
            InstitutionMember.objects.filter(institution=institution)
            .select_related("user")
            .order_by("-is_admin", "user__email")
        ),
    }
    return render(request, "access/institution.html", context)
