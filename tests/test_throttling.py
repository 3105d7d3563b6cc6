"""Rate limits (issue 13): they count the right client, hold across workers, and lock nobody out.

Roos (``reader``) is the account someone tries to get into; Daan (``editor``) is staff. The guessers come
from documentation addresses, straight to us or through our proxy on 127.0.0.1 (``TRUSTED_PROXIES``).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.db import connection, connections
from django.test import Client, RequestFactory
from django.utils import timezone

from access.readers import client_ip
from accounts.models import User
from tests.conftest import PASSWORD

TOO_MANY = "Te veel inlogpogingen"
LOGIN = "/account/login/"
PROXY = "127.0.0.1"
TABLE = "leeszaal_ratelimit"  # leeszaal.sharedcache.TABLE


def log_in(client: Client, email: str, password: str, **headers: Any) -> Any:
    return client.post(LOGIN, {"login": email, "password": password}, **headers)


def refused(response: Any) -> bool:
    """Whether the login was held back by a rate limit (and not simply wrong)."""
    return response.status_code in (200, 429) and TOO_MANY in response.content.decode()


def logged_in_as(client: Client, user: User) -> bool:
    return client.session.get("_auth_user_id") == str(user.pk)


def forwarded(address: str) -> dict[str, Any]:
    return {"HTTP_X_FORWARDED_FOR": address}


@pytest.fixture
def behind_proxy(settings: Any) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1/32", "::1/128"]


def counters() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {connection.ops.quote_name(TABLE)}")  # noqa: S608 - a constant
        return [row[0] for row in cursor.fetchall()]


# --- 1. The client address: one rule for access and for rate limits -----------------------------------------


@pytest.mark.parametrize(
    ("proxies", "remote", "header", "expected"),
    [
        pytest.param([], "198.51.100.7", "192.0.2.10", "198.51.100.7", id="no-proxy-header-ignored"),
        pytest.param(["127.0.0.1/32"], "127.0.0.1", "192.0.2.10", "192.0.2.10", id="through-our-proxy"),
        pytest.param(["127.0.0.1/32"], "127.0.0.1", "192.0.2.10, 198.51.100.7", "198.51.100.7", id="forged-left"),
        pytest.param(["127.0.0.1/32"], "198.51.100.7", "192.0.2.10", "198.51.100.7", id="header-from-stranger"),
        pytest.param(["::1/128"], "::1", "2001:db8:1::10", "2001:db8:1::10", id="ipv6"),
        pytest.param([], "::ffff:192.0.2.10", None, "192.0.2.10", id="mapped"),
    ],
)
def test_allauth_counts_the_client_the_access_decision_sees(
    settings: Any, proxies: list[str], remote: str, header: str | None, expected: str
) -> None:
    settings.TRUSTED_PROXIES = proxies
    request = RequestFactory().post(LOGIN, REMOTE_ADDR=remote, **({} if header is None else forwarded(header)))
    assert get_adapter(request).get_client_ip(request) == expected == str(client_ip(request))


def test_behind_our_proxy_ten_guessers_do_not_lock_out_the_next_reader(
    behind_proxy: None, reader: User, subscriber: User
) -> None:
    """Ten failed logins from ten addresses, all through our proxy, then Sem types his right password."""
    for n in range(10):
        response = log_in(Client(REMOTE_ADDR=PROXY), reader.email, f"fout-{n}", **forwarded(f"198.51.100.{n + 1}"))
        assert not refused(response)
    sem = Client(REMOTE_ADDR=PROXY)
    assert log_in(sem, subscriber.email, PASSWORD, **forwarded("192.0.2.44")).status_code == 302
    assert logged_in_as(sem, subscriber)


def test_behind_our_proxy_one_guesser_is_held_at_the_address_limit_and_a_forged_header_does_not_help(
    behind_proxy: None, subscriber: User
) -> None:
    """A guesser tries ten accounts (10/m per address); then neither a new account nor a forged
    ``X-Forwarded-For`` (which our proxy appends the real address to) gets them another try."""
    guesser = Client(REMOTE_ADDR=PROXY)
    for n in range(10):
        assert not refused(log_in(guesser, f"iemand-{n}@example.org", "fout", **forwarded("198.51.100.7")))
    assert refused(log_in(guesser, "nog-iemand@example.org", "fout", **forwarded("198.51.100.7")))
    assert refused(log_in(guesser, "nog-iemand@example.org", "fout", **forwarded("192.0.2.1, 198.51.100.7")))
    # Straight to us, the header is not believed at all.
    stranger = Client(REMOTE_ADDR="198.51.100.9")
    for n in range(10):
        assert not refused(log_in(stranger, f"iemand-{n}@example.org", "fout", **forwarded(f"192.0.2.{n + 1}")))
    assert refused(log_in(stranger, "nog-iemand@example.org", "fout", **forwarded("192.0.2.99")))
    # Sem, behind the same proxy, is not held back by either.
    sem = Client(REMOTE_ADDR=PROXY)
    assert log_in(sem, subscriber.email, PASSWORD, **forwarded("192.0.2.44")).status_code == 302


def test_rate_limits_count_an_ipv6_client_by_its_network(settings: Any) -> None:
    from access.readers import client_key

    settings.TRUSTED_PROXIES = ["::1/128"]
    one = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2::10")
    same_network = RequestFactory().get("/", REMOTE_ADDR="::1", HTTP_X_FORWARDED_FOR="2001:db8:1:2:ffff::1")
    other_network = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:3::10")
    assert client_key(one) == client_key(same_network) == "2001:db8:1:2::/64"
    assert client_key(other_network) != client_key(one)
    assert client_key(RequestFactory().get("/", REMOTE_ADDR="192.0.2.10")) == "192.0.2.10"
    assert client_key(RequestFactory().get("/", REMOTE_ADDR="garbage")) == "unknown"


def test_activation_codes_count_an_ipv6_client_by_its_network(
    client: Client, reader: User, subscriber: User, settings: Any
) -> None:
    """A guesser with a /64 of their own cannot take a new address for every try."""
    settings.CODE_REDEEM_RATE = "2/m/ip,100/h/user"
    client.force_login(reader)
    for host in ("::1", "::2"):
        response = client.post("/account/code/", {"code": "ABCD-EFGH-JKMN-P"}, REMOTE_ADDR=f"2001:db8:5:5{host}")
        assert response.status_code == 200
    assert client.post("/account/code/", {"code": "ABCD-EFGH-JKMN-P"}, REMOTE_ADDR="2001:db8:5:5::3").status_code == 429
    other = Client(REMOTE_ADDR="2001:db8:5:6::1")
    other.force_login(subscriber)
    assert other.post("/account/code/", {"code": "ABCD-EFGH-JKMN-P"}).status_code == 200


def test_the_counter_api_counts_refusals_by_the_forwarded_client(behind_proxy: None, db: None, settings: Any) -> None:
    settings.SUSHI_RATE = "2/m"
    wrong = {"customer_id": "1", "requestor_id": "iemand", "api_key": "fout"}
    harvester = Client(REMOTE_ADDR=PROXY)
    for _ in range(2):
        assert harvester.get("/r51/members", wrong, **forwarded("198.51.100.7")).status_code == 401
    assert harvester.get("/r51/members", wrong, **forwarded("198.51.100.7")).status_code == 429
    assert harvester.get("/r51/members", wrong, **forwarded("192.0.2.20")).status_code == 401


# --- 2. Counters that all workers share -----------------------------------------------------------------------


def test_migrate_creates_the_table_of_the_counters(db: None) -> None:
    assert TABLE in connection.introspection.table_names()


def test_the_rate_limit_counters_are_kept_in_the_database_and_nothing_else_is(reader: User) -> None:
    log_in(Client(), reader.email, "fout")
    caches["default"].set("something-else", 1)
    keys = counters()
    assert any("allauth:rl:allauth.account:login_failed:" in key for key in keys), keys
    assert not any("something-else" in key for key in keys)
    assert caches["local"].get("something-else") == 1


def test_the_activation_code_and_counter_api_limits_count_in_the_database_too(client: Client, reader: User) -> None:
    client.force_login(reader)
    client.post("/account/code/", {"code": "ABCD-EFGH-JKMN-P"})
    client.get("/r51/members", {"customer_id": "1", "requestor_id": "iemand", "api_key": "fout"})
    keys = counters()
    assert any(":allauth:rl:access:code_redeem_ip:" in key for key in keys), keys
    assert any(":allauth:rl:access:code_redeem_user:" in key for key in keys), keys
    assert any(":sushi-rate:refused:" in key for key in keys), keys


def test_the_database_counter_keeps_its_window_when_counted(db: None) -> None:
    """A day's window (SUSHI_RATE "500/d") still counts after five minutes: counting keeps the expiry."""
    counter = caches["ratelimit"]
    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC), tick=False) as clock:
        counter.add("sushi-rate:test", 0, timeout=86401)
        assert counter.incr("sushi-rate:test") == 1
        clock.shift(datetime.timedelta(minutes=10))
        assert counter.incr("sushi-rate:test") == 2
        clock.shift(datetime.timedelta(days=1))
        assert counter.get("sushi-rate:test") is None
        with pytest.raises(ValueError, match="not found"):
            counter.incr("sushi-rate:test")


def test_the_split_cache_hands_each_key_to_its_own_cache(db: None) -> None:
    cache = caches["default"]
    cache.set_many({"allauth:rl:x": 1, "sushi-rate:y": 2, "generation:z": 3})
    assert cache.get_many(["allauth:rl:x", "sushi-rate:y", "generation:z"]) == {
        "allauth:rl:x": 1,
        "sushi-rate:y": 2,
        "generation:z": 3,
    }
    assert caches["ratelimit"].get_many(["allauth:rl:x", "sushi-rate:y", "generation:z"]) == {
        "allauth:rl:x": 1,
        "sushi-rate:y": 2,
    }
    assert caches["local"].get("generation:z") == 3 and caches["local"].get("allauth:rl:x") is None
    assert cache.add("sushi-rate:y", 5) is False and cache.incr("sushi-rate:y") == 3
    cache.delete_many(["allauth:rl:x", "generation:z"])
    assert not cache.has_key("allauth:rl:x") and not cache.has_key("generation:z") and cache.has_key("sushi-rate:y")
    cache.clear()
    assert counters() == []


# Each worker process runs this against the same SQLite file: failed logins from one address at accounts
# that do not exist, failed logins at Roos's account from another address, and counts in a SUSHI window.
WORKER = """
import json, sys
import django
django.setup()
from django.test import Client
from usage.api import Rate, window_hit

attempts_from_address, attempts_at_account, counts = (int(n) for n in sys.argv[1:4])
print("ready", flush=True)
sys.stdin.readline()  # both start together
result = {"address": [], "account": [], "counts": []}
for n in range(max(attempts_from_address, attempts_at_account, counts)):
    if n < attempts_from_address:
        response = Client(REMOTE_ADDR="198.51.100.7").post(
            "/account/login/", {"login": f"onbekend-{sys.argv[4]}-{n}@example.org", "password": "fout"}
        )
        result["address"].append("Te veel inlogpogingen" in response.content.decode())
    if n < attempts_at_account:
        response = Client(REMOTE_ADDR="198.51.100.8").post(
            "/account/login/", {"login": "roos@example.org", "password": f"fout-{n}"}
        )
        result["account"].append("Te veel inlogpogingen" in response.content.decode())
    if n < counts:
        result["counts"].append(window_hit("test", "harvester", Rate(amount=1000, seconds=3600))[0])
print(json.dumps(result), flush=True)
"""

SETUP = """
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from tests.factories import make_user
make_user("roos@example.org")
"""


@pytest.fixture
def worker_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """Two worker processes' environment: the test settings on a SQLite file of their own, no Redis."""
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings_test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'workers.sqlite3'}",
        "LEESZAAL_VAR_DIR": str(tmp_path / "var"),
        "PYTHONPATH": str(settings.BASE_DIR),
        "ALLOWED_HOSTS": "testserver",
    }
    subprocess.run([sys.executable, "-c", SETUP], env=env, cwd=settings.BASE_DIR, check=True, timeout=120)
    yield env


def test_two_worker_processes_count_together(worker_env: dict[str, str]) -> None:
    """The issue's two workers: 17 failures from one address (10 a minute) and 8 at one account (5 per
    five minutes from one address), split between two processes that run at the same time."""
    plan = [("9", "4", "20", "a"), ("8", "4", "20", "b")]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *args],
            env=worker_env,
            cwd=settings.BASE_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for args in plan
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = [json.loads(worker.communicate(timeout=120)[0].strip().splitlines()[-1]) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    assert [worker.returncode for worker in workers] == [0, 0]
    from_address = [held for result in results for held in result["address"]]
    at_account = [held for result in results for held in result["account"]]
    assert (from_address.count(False), from_address.count(True)) == (10, 7)
    assert (at_account.count(False), at_account.count(True)) == (5, 3)
    # Every count of the SUSHI window was handed out once: none lost between the two processes.
    assert sorted(count for result in results for count in result["counts"]) == list(range(1, 41))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_two_connections_at_once_count_together_on_postgresql() -> None:
    from usage.api import Rate, window_hit

    held: list[bool] = []
    counts: list[int] = []
    start = threading.Barrier(2)

    def worker(name: str) -> None:
        try:
            start.wait()
            for n in range(10):
                response = Client(REMOTE_ADDR="198.51.100.7").post(
                    LOGIN, {"login": f"onbekend-{name}-{n}@example.org", "password": "fout"}
                )
                held.append(refused(response))
                counts.append(window_hit("test", "harvester", Rate(amount=1000, seconds=3600))[0])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(name,)) for name in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert (held.count(False), held.count(True)) == (10, 10)
    assert sorted(counts) == list(range(1, 21))


# --- 3. Brute force kept out, nobody locked out ----------------------------------------------------------------


@pytest.mark.parametrize("owner", ["reader", "editor"])
def test_a_guesser_at_one_address_is_held_back_but_the_owner_logs_in_from_elsewhere(
    request: pytest.FixtureRequest, owner: str
) -> None:
    """It worked on the administrator too: five wrong passwords kept Daan out everywhere for five minutes."""
    user: User = request.getfixturevalue(owner)
    guesser = Client(REMOTE_ADDR="198.51.100.7")
    for n in range(5):
        assert not refused(log_in(guesser, user.email, f"fout-{n}"))
    for _ in range(10):  # the guesser keeps trying; even the right password waits
        assert refused(log_in(guesser, user.email, PASSWORD))
    assert not logged_in_as(guesser, user)

    owner_client = Client(REMOTE_ADDR="192.0.2.44")
    assert log_in(owner_client, user.email, PASSWORD).status_code == 302
    assert logged_in_as(owner_client, user)

    # Five minutes after their first failure the guesser may try again, one at a time.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=5, seconds=1), tick=False):
        assert not refused(log_in(guesser, user.email, "fout-5"))


def test_one_address_alone_cannot_reach_the_accounts_limit(reader: User) -> None:
    """An hour of trying from one address, as fast as it is allowed, never keeps Roos out."""
    guesser = Client(REMOTE_ADDR="198.51.100.7")
    start = timezone.now()
    for minutes in range(0, 60, 5):
        with time_machine.travel(start + datetime.timedelta(minutes=minutes, seconds=1), tick=False):
            for n in range(6):
                log_in(guesser, reader.email, f"fout-{minutes}-{n}")
            roos = Client(REMOTE_ADDR="192.0.2.44")
            assert log_in(roos, reader.email, PASSWORD).status_code == 302, minutes


def guess_from_many_addresses(user: User, *, addresses: int, tries: int = 5) -> None:
    for a in range(addresses):
        guesser = Client(REMOTE_ADDR=f"198.51.100.{a + 1}")
        for n in range(tries):
            log_in(guesser, user.email, f"fout-{a}-{n}")


def login_code_from_mail() -> str:
    body = str(mail.outbox[-1].body)
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", body, re.MULTILINE)
    assert match, body
    return match.group(1)


def test_guessers_from_many_addresses_make_password_logins_wait_and_the_owner_logs_in_by_code(reader: User) -> None:
    """Four addresses, five wrong passwords each: the account's own limit (20 in five minutes). Even Roos's
    right password now waits, but the page offers her a code by e-mail, and that lets her in."""
    guess_from_many_addresses(reader, addresses=4)
    roos = Client(REMOTE_ADDR="192.0.2.44")
    page = log_in(roos, reader.email, PASSWORD)
    assert refused(page)
    assert not logged_in_as(roos, reader)
    assert "inlogcode per e-mail" in page.content.decode()
    assert 'href="/account/login/code/' in page.content.decode()

    mail.outbox.clear()
    asked = roos.post("/account/login/code/", {"email": reader.email})
    assert asked.status_code == 302 and asked["Location"].startswith("/account/login/code/confirm/")
    assert [message.to for message in mail.outbox] == [[reader.email]]
    confirmed = roos.post("/account/login/code/confirm/", {"code": login_code_from_mail()})
    assert confirmed.status_code == 302
    assert logged_in_as(roos, reader)


def test_the_guessers_cannot_use_the_code_roos_was_sent(reader: User) -> None:
    guess_from_many_addresses(reader, addresses=4)
    roos = Client(REMOTE_ADDR="192.0.2.44")
    roos.post("/account/login/code/", {"email": reader.email})
    code = login_code_from_mail()
    guesser = Client(REMOTE_ADDR="198.51.100.1")
    guesser.post("/account/login/code/confirm/", {"code": code})
    assert not logged_in_as(guesser, reader)


def test_after_a_password_reset_the_owner_logs_in_at_once(reader: User) -> None:
    guess_from_many_addresses(reader, addresses=4)
    roos = Client(REMOTE_ADDR="192.0.2.44")
    assert refused(log_in(roos, reader.email, PASSWORD))

    mail.outbox.clear()
    assert roos.post("/account/password/reset/", {"email": reader.email}).status_code == 302
    link = re.search(r"https?://[^/\s]+(/account/password/reset/key/\S+)", str(mail.outbox[-1].body))
    assert link, mail.outbox[-1].body
    form = roos.get(link.group(1))
    assert form.status_code == 302
    new_password = "een-ander-lang-wachtwoord"
    done = roos.post(form["Location"], {"password1": new_password, "password2": new_password})
    assert done.status_code == 302

    again = Client(REMOTE_ADDR="192.0.2.44")
    assert log_in(again, reader.email, new_password).status_code == 302
    assert logged_in_as(again, reader)


def test_refused_attempts_do_not_count_against_the_account(reader: User) -> None:
    """A guesser held at their pair limit can hammer on: only tried passwords count for the account."""
    guesser = Client(REMOTE_ADDR="198.51.100.1")
    for n in range(40):
        log_in(guesser, reader.email, f"fout-{n}")
    guess_from_many_addresses(reader, addresses=2)  # 5 + 5 + 5 = 15 tried, below 20
    assert log_in(Client(REMOTE_ADDR="192.0.2.44"), reader.email, PASSWORD).status_code == 302


def test_a_right_password_does_not_count(reader: User) -> None:
    client = Client(REMOTE_ADDR="198.51.100.7")
    for n in range(4):
        log_in(client, reader.email, f"fout-{n}")
    for _ in range(3):
        assert log_in(Client(REMOTE_ADDR="198.51.100.7"), reader.email, PASSWORD).status_code == 302
    assert not refused(log_in(client, reader.email, "fout-4"))
    assert refused(log_in(client, reader.email, "fout-5"))


def test_the_login_page_offers_a_code_by_e_mail(client: Client, db: None) -> None:
    page = client.get(LOGIN).content.decode()
    assert 'href="/account/login/code/' in page
    assert "Stuur mij een inlogcode" in page


def test_a_request_without_an_address_is_refused_rather_than_counted_with_everyone_elses(db: None) -> None:
    request = RequestFactory().post(LOGIN, REMOTE_ADDR="garbage")
    with pytest.raises(PermissionDenied):
        get_adapter(request).get_client_ip(request)
