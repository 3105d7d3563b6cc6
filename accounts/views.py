from __future__ import annotations

import math
from http import HTTPStatus

from allauth.account import app_settings as allauth_settings
from allauth.core.internal import ratelimit
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from access.models import InstitutionMember, Subscription
from accounts.actions import account_delete
from accounts.forms import DeleteAccountForm
from accounts.models import User
from alerts.models import Follow
from sales.models import Order


@never_cache
@login_required
def overview(request: HttpRequest) -> HttpResponse:
    assert isinstance(request.user, User)
    today = timezone.localdate()
    mine = list(Subscription.objects.of_user(request.user.pk).select_related("journal").order_by("-ends_on"))
    memberships = list(
        InstitutionMember.objects.filter(user=request.user, institution__is_active=True)
        .select_related("institution")
        .order_by("institution__name")
    )
    context = {
        "current": [s for s in mine if s.covers(today)],
        "past": [s for s in mine if s.ends_on < today],
        "upcoming": [s for s in mine if s.starts_on > today],
        "memberships": memberships,
        "orders": list(Order.objects.for_account(request.user.pk)),
        "follows": list(
            Follow.objects.active().of_user(request.user.pk).select_related("journal").order_by("journal__title")
        ),
    }
    return render(request, "accounts/overview.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    assert isinstance(request.user, User)
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        account_delete(user=user)
        messages.success(request, _("Uw account is verwijderd."))
        return redirect("journals:publisher_home")
    return render(request, "accounts/delete.html", {"form": form})


#: The allauth rate limits (``allauth.account.app_settings.RATE_LIMITS``) that can refuse each page.
LIMITS_OF_PAGE: dict[str, tuple[str, ...]] = {
    "account_signup": ("signup",),
    "account_login": ("login", "login_failed"),
    "account_reset_password": ("reset_password",),
    "account_reset_password_from_key": ("reset_password_from_key",),
    "account_email": ("manage_email",),
    "account_change_password": ("change_password",),
    "account_set_password": ("change_password",),
    "account_reauthenticate": ("reauthenticate",),
    "account_confirm_email": ("confirm_email",),
    "account_email_verification_sent": ("confirm_email",),
}
DEFAULT_RETRY_AFTER = 60


def retry_after_seconds(url_name: str | None) -> int:
    """Seconds after which every limit that can refuse this page has forgotten the refused attempts.

    allauth's limits are sliding windows, so waiting for the longest window of the page's limits is enough
    whichever of them refused; a page with no known limit says a minute.
    """
    limits = allauth_settings.RATE_LIMITS
    windows = [
        rate.duration
        for action in LIMITS_OF_PAGE.get(url_name or "", ())
        for rate in ratelimit.parse_rates(limits.get(action))
    ]
    return math.ceil(max(windows, default=DEFAULT_RETRY_AFTER))


def too_many_requests(request: HttpRequest, retry_after: int | None = None) -> HttpResponse:
    """The 429 page allauth shows when a rate limit refuses a request (``handler429`` in ``leeszaal.urls``)."""
    if retry_after is None:
        match = request.resolver_match
        retry_after = retry_after_seconds(match.url_name if match else None)
    context = {"minutes": max(1, math.ceil(retry_after / 60))}
    response = render(request, "429.html", context, status=HTTPStatus.TOO_MANY_REQUESTS)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response
