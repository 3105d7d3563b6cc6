"""Turning an HTTP request into a ``Reader``: the only place access looks at a request."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

from access.decision import Reader
from access.ipranges import IPAddress, parse_address

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(cidrs: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(cidr.strip(), strict=False) for cidr in cidrs)


def _is_trusted(address: IPAddress, proxies: tuple[Network, ...]) -> bool:
    return any(address.version == network.version and address in network for network in proxies)


def client_ip(request: HttpRequest) -> IPAddress | None:
    """The client's address.

    ``REMOTE_ADDR`` is the client, unless it is one of ``TRUSTED_PROXIES``: then ``X-Forwarded-For`` is read
    from the right, skipping trusted proxies, and the first address that is not one is the client. A header
    sent by anyone else is ignored, so it cannot be forged to look like a campus address. IPv4-mapped IPv6
    addresses (``::ffff:192.0.2.1``) count as their IPv4 address.
    """
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    proxies = _networks(tuple(settings.TRUSTED_PROXIES))
    if remote is None or not proxies or not _is_trusted(remote, proxies):
        return remote
    client = remote
    for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        if not hop.strip():
            continue
        address = parse_address(hop)
        if address is None:
            return client  # a malformed hop: trust nothing to its left
        client = address
        if not _is_trusted(address, proxies):
            break
    return client


def client_key(request: HttpRequest) -> str:
    """The client as rate limits count it: ``client_ip``, an IPv6 address by its network of
    ``ALLAUTH_RATE_LIMIT_IPV6_PREFIX`` bits (one subscriber's, as allauth counts it too), ``unknown`` without one.
    """
    address = client_ip(request)
    if address is None:
        return "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{settings.ALLAUTH_RATE_LIMIT_IPV6_PREFIX}", strict=False))
    return str(address)


def reader_from_request(request: HttpRequest) -> Reader:
    user = getattr(request, "user", None)
    cached = getattr(request, "_leeszaal_reader", None)
    if isinstance(cached, Reader) and cached.user is user:
        return cached
    reader = Reader(user=user, ip=client_ip(request))
    request._leeszaal_reader = reader  # type: ignore[attr-defined]
    return reader
