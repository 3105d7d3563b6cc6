"""The reader's own sales pages on the account page: stopping an automatic renewal."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.models import User
from sales import renewals


@never_cache
@login_required
@require_POST
def renewal_cancel(request: HttpRequest, renewal_id: int) -> HttpResponse:
    """Stop the reader's running renewal ``renewal_id``; someone else's, or one already stopped, is a 404."""
    assert isinstance(request.user, User)
    renewal = get_object_or_404(
        renewals.renewals_running().filter(user=request.user).select_related("plan__journal", "current_order"),
        pk=renewal_id,
    )
    renewals.renewal_cancel(renewal=renewal, user=request.user)
    messages.success(
        request,
        _("De automatische verlenging van %(journal)s is stopgezet. U houdt toegang tot en met %(end)s.")
        % {"journal": renewal.plan.journal.display_name, "end": date_format(renewal.current_order.ends_on)},
    )
    return redirect("account_overview")
