from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from access.models import InstitutionMember, Subscription
from accounts.actions import account_delete
from accounts.forms import DeleteAccountForm
from accounts.models import User


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
