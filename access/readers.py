"""Turning an HTTP request into a ``Reader``: the only place access looks at a request."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

from access.decision import Reader


def client_ip(request: HttpRequest) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The client's address. Behind a trusted proxy, the last hop it added to X-Forwarded-For."""
    raw = request.META.get("REMOTE_ADDR", "")
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            raw = forwarded.split(",")[-1].strip()
    try:
        return ipaddress.ip_address(raw)
    except ValueError:
        return None


def reader_from_request(request: HttpRequest) -> Reader:
    cached = getattr(request, "_leeszaal_reader", None)
    if isinstance(cached, Reader):
        return cached
    reader = Reader(user=getattr(request, "user", None), ip=client_ip(request))
    request._leeszaal_reader = reader  # type: ignore[attr-defined]
    return reader
