"""Leeszaal's hooks into allauth: which addresses an account may have, and how its mails are sent."""

from __future__ import annotations

from typing import Any

from allauth.core import context as allauth_context
from django.contrib.sites.shortcuts import get_current_site

from accounts.addresses import address_validate
from accounts.mail import mail_send
from leeszaal.ratelimit import RateLimitAdapter
from leeszaal.siteurl import mail_context


class AccountAdapter(RateLimitAdapter):  # rate limits and the client address: leeszaal.ratelimit
    """Registration is open; e-mail addresses are stored lower-case and must be able to receive mail."""

    def clean_email(self, email: str) -> str:
        email = super().clean_email(email).strip().lower()
        address_validate(email)
        return email

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """As allauth's, but a mail server that does not answer queues the message instead of a 500."""
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {"request": request, "email": email, "current_site": get_current_site(request), **context},
        )
        mail_send(message=message)

    def render_mail(self, template_prefix: str, email: Any, context: dict[str, Any], headers: Any = None) -> Any:
        """Every link in a mail on SITE_URL, whatever Host the request named (leeszaal.siteurl)."""
        return super().render_mail(template_prefix, email, mail_context(context), headers)
