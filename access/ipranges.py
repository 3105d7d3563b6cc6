"""IP address ranges of institutions: parsing, the key that orders them, and what production refuses.

A range is written as CIDR (``192.0.2.0/24``, ``2001:db8::/32``), as a single address, or as a
start-end pair (``192.0.2.10-192.0.2.99``). IPv4 and IPv6 share one number line: an IPv4 address is
placed at its IPv4-mapped IPv6 address (``::ffff:192.0.2.10``), so a client that reaches us over
IPv6 with a mapped address matches the IPv4 range. In the database both ends are stored as
32 lowercase hex digits, whose string order is the numeric order on every database.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_MAPPED_BASE = 0xFFFF << 32


def address_number(address: IPAddress) -> int:
    """An address as a number on the shared IPv4/IPv6 line."""
    if isinstance(address, ipaddress.IPv4Address):
        return _MAPPED_BASE | int(address)
    return int(address)


def address_key(address: IPAddress) -> str:
    return f"{address_number(address):032x}"


def number_address(number: int) -> IPAddress:
    if number >> 32 == 0xFFFF:
        return ipaddress.IPv4Address(number & 0xFFFFFFFF)
    return ipaddress.IPv6Address(number)


def parse_address(raw: str) -> IPAddress | None:
    """An address from a header or REMOTE_ADDR; an IPv4-mapped IPv6 address becomes the IPv4 address."""
    text = raw.strip()
    if text.startswith("[") and "]" in text:  # [2001:db8::1]:443
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # 192.0.2.1:443
        text = text.split(":", 1)[0]
    if "%" in text:  # fe80::1%eth0
        text = text.split("%", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


@dataclass(frozen=True, slots=True)
class Span:
    """An inclusive range of addresses, both ends of the same family."""

    first: IPAddress
    last: IPAddress

    @property
    def first_key(self) -> str:
        return address_key(self.first)

    @property
    def last_key(self) -> str:
        return address_key(self.last)

    @property
    def text(self) -> str:
        """The shortest faithful way to write the range: CIDR when it is one network, else start-end."""
        if self.first == self.last:
            return str(self.first)
        networks = list(ipaddress.summarize_address_range(self.first, self.last))
        if len(networks) == 1:
            return str(networks[0])
        return f"{self.first}-{self.last}"

    @property
    def size(self) -> int:
        return int(self.last) - int(self.first) + 1

    def is_special(self) -> bool:
        """Private, loopback, link-local, documentation or otherwise not routable on the internet."""
        for address in (self.first, self.last):
            if not address.is_global:
                return True
        # A range whose ends are public may still span a private block (10.0.0.0 lies between 9.x and 11.x).
        for network in ipaddress.summarize_address_range(self.first, self.last):
            if network.is_private or network.is_loopback or network.is_link_local:
                return True
        return False


def parse_range(raw: str) -> Span:
    """Parse a range as written by staff or in a CSV file; a clear ValidationError otherwise."""
    text = raw.strip().replace("–", "-").replace("—", "-").replace(" ", "")
    if not text:
        raise ValidationError(_("Geef een IP-bereik op."), code="empty")
    try:
        if "/" in text:
            try:
                network = ipaddress.ip_network(text, strict=True)
            except ValueError:
                loose = ipaddress.ip_network(text, strict=False)  # still invalid: handled below
                raise ValidationError(
                    _("%(value)s is geen netwerkadres; bedoelt u %(network)s?"),
                    code="host_bits",
                    params={"value": raw.strip(), "network": str(loose)},
                ) from None
            return Span(network.network_address, network.broadcast_address)
        if "-" in text and text.count("-") == 1:
            start_text, end_text = text.split("-")
            start, end = ipaddress.ip_address(start_text), ipaddress.ip_address(end_text)
            if start.version != end.version:
                raise ValidationError(
                    _("Begin en einde van %(value)s zijn niet allebei IPv4 of allebei IPv6."),
                    code="mixed",
                    params={"value": raw.strip()},
                )
            if int(end) < int(start):
                raise ValidationError(
                    _("In %(value)s ligt het einde voor het begin."), code="reversed", params={"value": raw.strip()}
                )
            return Span(start, end)
        address = ipaddress.ip_address(text)
        return Span(address, address)
    except ValidationError:
        raise
    except ValueError:
        raise ValidationError(
            _(
                "%(value)s is geen geldig IP-bereik. Schrijf het als 192.0.2.0/24, 2001:db8::/32 "
                "of 192.0.2.10-192.0.2.99."
            ),
            code="invalid",
            params={"value": raw.strip()},
        ) from None
