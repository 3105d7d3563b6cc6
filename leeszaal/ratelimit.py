"""Rate limits that count the right client and lock nobody out (issue 13).

**Which client.** Every limit counts the client ``access.readers.client_ip`` finds, the one the access
decision uses (``TRUSTED_PROXIES``): allauth asks the adapter (``RateLimitAdapter.get_client_ip``); the
activation codes, the COUNTER_SUSHI API and the pairs below use ``access.readers.client_key``.

**Shared counters.** ``leeszaal.sharedcache``: without Redis the counters live in the database, so two
workers count together.

**Logins.** A wrong password counts three times: for the address (``login_failed``, ``10/m/ip``), for
the address and the account together (``login_failed``, ``5/5m/key``) and for the account from all
addresses together (``login_failed_account``, ``20/5m/key``). One address reaches its pair limit long
before the account's, so a guesser can no longer lock the owner out: the owner elsewhere logs in as
usual, and the guesser's own wait is over as soon as its oldest failure is five minutes old. Only many
addresses together reach the account's limit; then password logins to that account wait, and the owner
logs in with a code sent by e-mail (``ACCOUNT_LOGIN_BY_CODE_ENABLED``), which these limits do not stop.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.internal import ratelimit
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from access.readers import client_ip, client_key

APP = "allauth.account"

TOO_MANY_LOGIN_ATTEMPTS = _(
    "Te veel inlogpogingen. Probeer het over een paar minuten opnieuw, of vraag hieronder een inlogcode per e-mail aan."
)


def _pair(request: HttpRequest, login: str) -> str:
    return f"{client_key(request)}|{login}"


def login_attempt_count(request: HttpRequest, *, login: str) -> ratelimit.RateLimitUsage | None:
    """Count one password attempt at the account ``login`` (an e-mail address as typed) from this client.

    None when the attempt must wait: the account has failed too often from everywhere together
    (``login_failed_account``), or this address has, or this address at this account (``login_failed``).
    Else the usage, which allauth rolls back when the password is right, so that only failures count.
    """
    login = login.strip().lower()
    account = ratelimit.consume(request, app=APP, action="login_failed_account", key=login)
    if account is None:
        return None
    by_address = ratelimit.consume(request, app=APP, action="login_failed", key=_pair(request, login))
    if by_address is None:
        account.rollback()  # a refused attempt tries no password: it tells the account nothing
        return None
    return ratelimit.RateLimitUsage(usage=[*account.usage, *by_address.usage])


def login_attempts_forget(request: HttpRequest, *, login: str) -> None:
    """Forget the failures at ``login``, from everywhere and from this client (after a password reset)."""
    login = login.strip().lower()
    ratelimit.clear(request, app=APP, action="login_failed_account", key=login)
    ratelimit.clear(request, app=APP, action="login_failed", key=_pair(request, login))


class RateLimitAdapter(DefaultAccountAdapter):
    """allauth's rate limits, as this module describes them; ``accounts.adapter.AccountAdapter`` builds on it."""

    def get_client_ip(self, request: HttpRequest) -> str:
        address = client_ip(request)
        if address is None:
            raise PermissionDenied("Unable to determine client IP address")
        return str(address)

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        usage = login_attempt_count(request, login=str(credentials.get("email", "")))
        # allauth's authenticate() rolls this back when the password is right (as it does its own).
        self._login_failed_rl_usage = usage
        if usage is None:
            raise forms.ValidationError(TOO_MANY_LOGIN_ATTEMPTS, code="too_many_login_attempts")

    def _delete_login_attempts_cached_email(self, request: HttpRequest, **credentials: Any) -> None:
        # allauth calls this after a successful password reset: the owner may log in at once.
        login_attempts_forget(request, login=str(credentials.get("email", "")))
