"""The reader's page for redeeming an activation code (/account/code/).

A print subscriber finds the code, or a link with it (``/account/code/?code=ABCD-EFGH-JKMN-P``), in the
letter with their subscription. Logging in or registering first brings them back to the form with the
code filled in. Attempts are throttled per user and per address (``settings.CODE_REDEEM_RATE``).
"""

from __future__ import annotations

from http import HTTPStatus

from allauth.core.internal import ratelimit
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from access.code_actions import RedeemError, code_redeem
from access.codes import check_code, format_code, normalize_code
from access.models import Subscription
from access.readers import client_key
from accounts.models import User

#: Room for a code typed with spaces around its dashes; anything longer is not a code.
MAX_INPUT_LENGTH = 40


class CodeRedeemForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Activeringscode"),
        max_length=MAX_INPUT_LENGTH,
        help_text=gettext_lazy(
            "De code van 13 tekens uit uw brief, bijvoorbeeld ABCD-EFGH-JKMN-P. "
            "Hoofdletters, kleine letters, spaties en streepjes maken niet uit."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


def _prefill(raw: str) -> str:
    """The code from a link, shown as printed when it is well formed, else as it came."""
    code = normalize_code(raw)
    return format_code(code) if check_code(code) else raw.strip()[:MAX_INPUT_LENGTH]


def _throttle_config() -> dict[str, str]:
    """``CODE_REDEEM_RATE`` ("10/m/ip,20/h/user") as two of allauth's rate configurations.

    The per-address rates are counted by key, the key being ``access.readers.client_key`` (the client
    address every rate limit counts: it knows the trusted proxies, and counts IPv6 by its /64).
    """
    by: dict[str, list[str]] = {"ip": [], "user": []}
    for rate in ratelimit.parse_rates(settings.CODE_REDEEM_RATE):
        if rate.per not in by:
            raise ImproperlyConfigured(f"CODE_REDEEM_RATE counts per ip or per user, not per {rate.per!r}.")
        by[rate.per].append(f"{rate.amount}/{rate.duration:g}s/{'key' if rate.per == 'ip' else 'user'}")
    return {"code_redeem_ip": ",".join(by["ip"]), "code_redeem_user": ",".join(by["user"])}


def _throttled(request: HttpRequest, user: User) -> bool:
    """Count this attempt; whether the reader or their address has tried too often."""
    config = _throttle_config()
    by_address = ratelimit.consume(
        request, app="access", action="code_redeem_ip", config=config, key=client_key(request)
    )
    if not by_address:
        return True
    return not ratelimit.consume(request, app="access", action="code_redeem_user", config=config, user=user)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def redeem(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    status = HTTPStatus.OK
    if request.method != "POST":
        form = CodeRedeemForm(initial={"code": _prefill(request.GET.get("code", ""))})
    else:
        form = CodeRedeemForm(request.POST)
        if _throttled(request, user):
            form.add_error(
                None, _("U hebt te vaak een code geprobeerd. Wacht een paar minuten en probeer het dan opnieuw.")
            )
            status = HTTPStatus.TOO_MANY_REQUESTS
        elif form.is_valid():
            try:
                subscription = code_redeem(user=user, raw_code=form.cleaned_data["code"])
            except RedeemError as error:
                form.add_error("code", error.message)
            else:
                messages.success(request, _success_message(subscription))
                return redirect(subscription.journal.get_absolute_url())
    return render(request, "access/redeem.html", {"form": form}, status=status)


def _success_message(subscription: Subscription) -> str:
    params = {
        "journal": subscription.journal.title,
        "start": formats.date_format(subscription.starts_on, "j F Y"),
        "date": formats.date_format(subscription.ends_on, "j F Y"),
    }
    if subscription.starts_on > timezone.localdate():
        return _("Uw code is ingewisseld: u hebt toegang tot %(journal)s van %(start)s tot en met %(date)s.") % params
    return _("Uw code is ingewisseld: u hebt toegang tot %(journal)s tot en met %(date)s.") % params
