"""Absolute links to this site, built from ``SITE_URL``, never from the Host header a request named.

A mail (allauth's verification, password reset, "account already exists") or a feed is read elsewhere and
later, where the request's Host means nothing or was chosen by whoever sent it: every absolute link in
them starts with ``SITE_URL``. allauth builds its links from the request; the account adapter passes
each mail's context through ``mail_context``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings


def absolute_url(path: str) -> str:
    """``SITE_URL`` followed by ``path``, a path on this site (``/ouderschapskennis/``), for mails and feeds."""
    if not path.startswith("/") or path.startswith("//"):
        raise ValueError(f"absolute_url takes a path on this site, not {path!r}")
    return f"{settings.SITE_URL}{path}"


def on_site(url: str) -> str:
    """A link to this site with ``SITE_URL``'s scheme and host, whichever it had (its path and query stay)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "") or (not parts.netloc and not parts.path.startswith("/")):
        return url  # not a link to a page here (mailto:, a relative path): left as it is
    return absolute_url(urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))


@dataclass(frozen=True)
class Site:
    """What allauth's mail templates read as ``current_site``: Django's ``RequestSite``, from ``SITE_URL``."""

    domain: str
    name: str


def current_site() -> Site:
    host = urlsplit(settings.SITE_URL).netloc
    return Site(domain=host, name=host)


def mail_context(context: dict[str, Any]) -> dict[str, Any]:
    """An allauth mail's context with its links on ``SITE_URL``: ``current_site`` and every ``*_url``."""
    fixed = {**context, "current_site": current_site()}
    for key, value in context.items():
        if key.endswith("_url") and isinstance(value, str):
            fixed[key] = on_site(value)
    return fixed
