"""The client's address: REMOTE_ADDR, or X-Forwarded-For read from the right only behind a trusted proxy.

A campus address opens full text, so the address must not be forgeable: a header sent by anyone but
our own proxies is ignored, and the shared page cache never hands a campus visitor's page to anyone else.
"""

from __future__ import annotations

import datetime
import ipaddress
from typing import Any

import pytest
from django.test import Client, RequestFactory

from access.models import Institution
from access.readers import client_ip
from journals.models import Article
from tests.conftest import CAMPUS_IPV4, CAMPUS_IPV6, OFF_CAMPUS_IP

PROXIES = ["127.0.0.1/32", "::1/128", "10.0.0.0/8"]


def _client_ip(remote: str, forwarded: str | None = None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    headers: dict[str, Any] = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


def _ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    return ipaddress.ip_address(text)


# --- No trusted proxies: the header means nothing -------------------------------------------------------


@pytest.mark.parametrize(
    ("remote", "forwarded"),
    [
        (OFF_CAMPUS_IP, CAMPUS_IPV4),
        (OFF_CAMPUS_IP, f"{CAMPUS_IPV4}, 10.1.2.3"),
        ("2001:db8:ffff::7", CAMPUS_IPV6),
        ("2001:db8:ffff::7", f"[{CAMPUS_IPV6}]:443"),
        ("127.0.0.1", CAMPUS_IPV4),  # not even loopback is a proxy unless the settings say so
        ("::1", CAMPUS_IPV6),
    ],
)
def test_without_trusted_proxies_x_forwarded_for_is_ignored(settings: Any, remote: str, forwarded: str) -> None:
    settings.TRUSTED_PROXIES = []
    assert _client_ip(remote, forwarded) == _ip(remote)


def test_without_trusted_proxies_a_mapped_remote_address_counts_as_its_ipv4_address(settings: Any) -> None:
    settings.TRUSTED_PROXIES = []
    assert _client_ip(f"::ffff:{CAMPUS_IPV4}", OFF_CAMPUS_IP) == _ip(CAMPUS_IPV4)


# --- Behind trusted proxies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        pytest.param("127.0.0.1", CAMPUS_IPV4, CAMPUS_IPV4, id="one-hop"),
        pytest.param("127.0.0.1", f"203.0.113.5, {CAMPUS_IPV4}, 10.1.2.3", CAMPUS_IPV4, id="right-most-untrusted"),
        pytest.param("127.0.0.1", f"{CAMPUS_IPV4}, 127.0.0.1", CAMPUS_IPV4, id="trailing-trusted-hops-skipped"),
        pytest.param("10.1.2.3", CAMPUS_IPV4, CAMPUS_IPV4, id="internal-proxy"),
        # Someone off campus sends "X-Forwarded-For: 192.0.2.10" through our proxy, which appends the real address.
        pytest.param("127.0.0.1", f"{CAMPUS_IPV4}, {OFF_CAMPUS_IP}", OFF_CAMPUS_IP, id="forged-left-of-real"),
        pytest.param(OFF_CAMPUS_IP, CAMPUS_IPV4, OFF_CAMPUS_IP, id="forged-from-untrusted"),
        pytest.param(f"::ffff:{OFF_CAMPUS_IP}", CAMPUS_IPV4, OFF_CAMPUS_IP, id="forged-from-mapped-untrusted"),
        pytest.param("::1", CAMPUS_IPV6, CAMPUS_IPV6, id="ipv6-proxy"),
        pytest.param("::1", CAMPUS_IPV4, CAMPUS_IPV4, id="ipv6-proxy-ipv4-client"),
        pytest.param("::ffff:127.0.0.1", CAMPUS_IPV4, CAMPUS_IPV4, id="mapped-remote-is-trusted"),
        pytest.param("127.0.0.1", f"::ffff:{CAMPUS_IPV4}", CAMPUS_IPV4, id="mapped-hop"),
        pytest.param("127.0.0.1", f"[::ffff:{CAMPUS_IPV4}]:443", CAMPUS_IPV4, id="mapped-hop-bracketed"),
        pytest.param("127.0.0.1", "[2001:db8::1]:443", "2001:db8::1", id="ipv6-with-port"),
        pytest.param("127.0.0.1", "192.0.2.1:8080", "192.0.2.1", id="ipv4-with-port"),
        pytest.param("127.0.0.1", f"  {CAMPUS_IPV4}  ,  ", CAMPUS_IPV4, id="spaces-and-empty-hop"),
        pytest.param("127.0.0.1", "", "127.0.0.1", id="empty-header"),
        pytest.param("127.0.0.1", " , ", "127.0.0.1", id="only-empty-hops"),
        pytest.param("127.0.0.1", None, "127.0.0.1", id="no-header"),
    ],
)
def test_behind_trusted_proxies_the_client_is_the_right_most_untrusted_hop(
    settings: Any, remote: str, forwarded: str | None, expected: str
) -> None:
    settings.TRUSTED_PROXIES = PROXIES
    found = _client_ip(remote, forwarded)
    assert found == _ip(expected)
    assert type(found) is type(_ip(expected))  # a mapped address comes out as IPv4


@pytest.mark.parametrize(
    "forwarded",
    [
        "garbage",
        "unknown",
        "999.1.1.1",
        "192.0.2.10;drop",
        "[2001:db8::1",
        "2001:db8::1]:443",
        "[]",
        ":",
        "::ffff:999.0.0.1",
        "\x00",
        "é",
        "192.0.2.10 192.0.2.11",
        f"{CAMPUS_IPV4}, garbage",  # nothing left of a malformed hop is believed
    ],
)
def test_a_malformed_hop_never_raises_and_never_yields_an_address_left_of_it(settings: Any, forwarded: str) -> None:
    settings.TRUSTED_PROXIES = PROXIES
    assert _client_ip("127.0.0.1", forwarded) == _ip("127.0.0.1")


def test_a_malformed_hop_behind_a_good_one_keeps_the_good_one(settings: Any) -> None:
    settings.TRUSTED_PROXIES = PROXIES
    assert _client_ip("127.0.0.1", f"garbage, {CAMPUS_IPV4}") == _ip(CAMPUS_IPV4)


@pytest.mark.parametrize("remote", ["", "garbage", "unix:", "999.1.1.1"])
@pytest.mark.parametrize("proxies", [[], PROXIES])
def test_a_malformed_remote_address_is_no_address(settings: Any, remote: str, proxies: list[str]) -> None:
    settings.TRUSTED_PROXIES = proxies
    assert _client_ip(remote, CAMPUS_IPV4) is None


# --- Through the site --------------------------------------------------------------------------------------


def _marker(article: Article) -> bytes:
    start = article.body.index("GEHEIME-VOLTEKST")
    return article.body[start:].split()[0].encode()


def test_a_campus_reader_behind_our_proxy_reads_the_full_text_and_a_forged_header_does_not(
    settings: Any, article: Article, institution: Institution, frozen_today: datetime.date
) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    url = article.get_absolute_url()

    proxied = Client(REMOTE_ADDR="127.0.0.1")
    page = proxied.get(url, HTTP_X_FORWARDED_FOR=CAMPUS_IPV4)
    assert page.status_code == 200
    assert _marker(article) in page.content
    assert "Toegang via Hogeschool Rijnland." in page.content.decode()
    assert "private" in page["Cache-Control"], "a campus page is the campus's own, never a shared copy"
    assert proxied.get(article.get_pdf_url(), HTTP_X_FORWARDED_FOR=CAMPUS_IPV4).status_code == 200

    forger = Client(REMOTE_ADDR=OFF_CAMPUS_IP)
    paywall = forger.get(url, HTTP_X_FORWARDED_FOR=CAMPUS_IPV4)
    assert paywall.status_code == 200
    assert _marker(article) not in paywall.content
    assert "Hogeschool Rijnland" not in paywall.content.decode()
    assert forger.get(article.get_pdf_url(), HTTP_X_FORWARDED_FOR=CAMPUS_IPV4).status_code == 302


# Each visitor as (REMOTE_ADDR, X-Forwarded-For): straight to us, or through our proxy on 127.0.0.1.
VISITORS = {
    "direct-v4": ((CAMPUS_IPV4, None), (OFF_CAMPUS_IP, None)),
    "direct-v6": ((CAMPUS_IPV6, None), ("2001:db8:ffff::7", None)),
    "proxied-v4": (("127.0.0.1", CAMPUS_IPV4), ("127.0.0.1", OFF_CAMPUS_IP)),
    "proxied-v6": (("::1", CAMPUS_IPV6), ("::1", "2001:db8:ffff::7")),
}


def _visit(article: Article, remote: str, forwarded: str | None) -> bytes:
    headers: dict[str, Any] = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    response = Client(REMOTE_ADDR=remote).get(article.get_absolute_url(), **headers)
    assert response.status_code == 200
    return response.content


@pytest.mark.parametrize("route", VISITORS)
def test_a_campus_visitors_full_text_is_never_served_to_the_next_visitor_off_campus(
    settings: Any, route: str, article: Article, institution: Institution, frozen_today: datetime.date
) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1/32", "::1/128"]
    campus, off_campus = VISITORS[route]
    assert _marker(article) in _visit(article, *campus)
    for _ in range(2):
        assert _marker(article) not in _visit(article, *off_campus)


@pytest.mark.parametrize("route", VISITORS)
def test_a_campus_visitor_after_an_off_campus_one_still_gets_the_full_text(
    settings: Any, route: str, article: Article, institution: Institution, frozen_today: datetime.date
) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1/32", "::1/128"]
    campus, off_campus = VISITORS[route]
    for _ in range(2):  # the second is served from the shared page cache
        assert _marker(article) not in _visit(article, *off_campus)
    assert _marker(article) in _visit(article, *campus)
    assert _marker(article) not in _visit(article, *off_campus)
