"""Database trouble and errors that reach someone (issue 13).

The story: the publisher's database server hangs one night. Readers keep getting the site's stylesheet and
the article pages anonymous readers were given before, the load balancer's ``/health/`` says "no answer"
within a second, pages that need the database say "temporarily unavailable" at once, and the operator,
Olaf, finds one line and one e-mail when it starts and one when it ends, not a traceback per request.
A bug is mailed to him with its traceback. The mails readers get (Roos resets her password, a new reader
signs up) link to ``SITE_URL``, whatever Host the request named.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import secrets
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import psycopg
import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.db import InterfaceError, OperationalError, ProgrammingError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.utils import ConnectionHandler
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import include, path
from django.utils import timezone

from accounts.models import User
from journals.models import Article
from leeszaal import outage
from leeszaal.outage import Trouble, trouble_of
from leeszaal.siteurl import absolute_url, on_site
from tests.conftest import PASSWORD
from usage import recording
from usage.models import Kind, UsageEvent

SITE = "https://tijdschriften.example.nl"
OLAF = "Olaf Beheer <olaf@example.org>"
SEARCH = "/zoeken/?q=ouders"


def _boom(request: HttpRequest) -> HttpResponse:
    raise ValueError("a bug, not an outage")


# This module doubles as a URLconf (``pytest.mark.urls``): the site plus a view with a bug.
urlpatterns = [path("-/boem/", _boom), path("", include("leeszaal.urls"))]
handler404 = "leeszaal.views.page_not_found"
handler500 = "leeszaal.views.server_error"


@pytest.fixture(autouse=True)
def _no_outage_known() -> Iterator[None]:
    outage.forget()
    yield
    outage.forget()


@pytest.fixture
def browser() -> Client:
    """A reader's browser: it gets the error page, not the exception."""
    return Client(raise_request_exception=False)


class Attempts:
    """Connection attempts while the database refuses them, from any thread."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def refuse(self, *_wrapper: Any) -> None:  # patched onto the class as a bound method: no self of its own
        with self.lock:
            self.count += 1
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


@pytest.fixture
def database_refuses(db: None) -> Iterator[Attempts]:
    """Every use of the database fails as if the server had gone away; counts the attempts."""
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        yield attempts


@pytest.fixture
def database_hangs(db: None) -> Iterator[threading.Event]:
    """Every use of the database waits (up to 5 s) for an answer that does not come; set the event to end it."""
    release = threading.Event()

    def hang(wrapper: BaseDatabaseWrapper) -> None:
        release.wait(5)
        raise OperationalError("connection timeout expired")

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", hang):
        yield release
        release.set()
        running = outage._state.probe
        if running is not None and running.thread is not None:
            running.thread.join(5)


class HungServer:
    """A TCP listener on 127.0.0.1 that accepts every connection and never says a word: a hung PostgreSQL."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.listener.getsockname()[1]
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.held.append(client)

    def close(self) -> None:
        self.listener.close()
        for client in self.held:
            client.close()


@pytest.fixture
def hung_server() -> Iterator[HungServer]:
    server = HungServer()
    yield server
    server.close()


def _outage_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "leeszaal.outage"]


# -------------------------------------------------------------------------------- a hung database


def test_a_hung_postgresql_costs_one_connect_timeout_and_then_fails_at_once(
    hung_server: HungServer, django_db_blocker: Any, settings: Any
) -> None:
    """The first request waits the connect timeout (2 s); the next ones fail at once instead of 2 s each."""
    settings.DATABASE_RETRY_SECONDS = 60
    databases = ConnectionHandler(
        {
            "default": {"ENGINE": "django.db.backends.dummy"},
            "hung": {
                "ENGINE": "leeszaal.postgresql",
                "NAME": "leeszaal",
                "USER": "postgres",
                "HOST": "127.0.0.1",
                "PORT": str(hung_server.port),
                "OPTIONS": {"connect_timeout": 2},
            },
        }
    )
    database = databases["hung"]
    with django_db_blocker.unblock():
        started = time.monotonic()
        with pytest.raises(OperationalError):
            database.ensure_connection()
        first = time.monotonic() - started
        started = time.monotonic()
        for _ in range(20):
            with pytest.raises(OperationalError, match="did not answer"):
                database.ensure_connection()
        again = time.monotonic() - started
    databases.close_all()
    assert 1.5 < first < 3.5
    assert again < 0.1
    assert len(hung_server.held) == 1


def test_after_the_retry_time_one_probe_tries_again_and_the_database_is_back(
    hung_server: HungServer, django_db_blocker: Any, settings: Any
) -> None:
    settings.DATABASE_RETRY_SECONDS = 1
    outage.connect_failed(OperationalError("connection timeout expired"))
    with django_db_blocker.unblock(), pytest.raises(OperationalError, match="did not answer"):
        outage.before_connect()
    time.sleep(1.1)
    # The retry time is over: a probe asks the (test) database, which answers, so the request may connect.
    with django_db_blocker.unblock():
        outage.before_connect()
    assert outage._state.connect_failed_at is None


def _settings_of(tmp_path: Path, code: str, wsgi: bool = False, /, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` with the production settings (``leeszaal.settings``) in a fresh process, as the web
    server (``leeszaal.wsgi``) or as a command."""
    clean = {
        key: value for key, value in os.environ.items() if not key.startswith(("DATABASE_", "DJANGO_", "LEESZAAL_"))
    }
    clean.update(
        {
            "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DEBUG": "0",
            "ALLOWED_HOSTS": "tijdschriften.example.nl",
            "LEESZAAL_VAR_DIR": str(tmp_path),
            **env,
        }
    )
    for key in ("ADMINS", "SITE_URL", "REDIS_URL"):
        if key not in env:
            clean.pop(key, None)
    setup = "import leeszaal.wsgi\n" if wsgi else "import django; django.setup()\n"
    return subprocess.run(
        [sys.executable, "-c", f"{setup}from django.conf import settings\n{code}"],
        cwd=django_settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _database_of(tmp_path: Path, *, wsgi: bool = False, **env: str) -> dict[str, Any]:
    result = _settings_of(tmp_path, "import json; print(json.dumps(settings.DATABASES['default']))", wsgi, **env)
    assert result.returncode == 0, result.stderr
    database: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return database


POSTGRES = "postgres://leeszaal@127.0.0.1:5432/leeszaal"


def test_the_web_server_gives_postgresql_a_short_connect_and_statement_timeout(tmp_path: Path) -> None:
    database = _database_of(tmp_path, wsgi=True, DATABASE_URL=POSTGRES)
    assert database["ENGINE"] == "leeszaal.postgresql"
    assert database["OPTIONS"]["connect_timeout"] == 2
    assert database["OPTIONS"]["options"] == "-c statement_timeout=10000"


def test_commands_such_as_migrate_run_without_a_statement_timeout(tmp_path: Path) -> None:
    database = _database_of(tmp_path, DATABASE_URL=POSTGRES)
    assert database["OPTIONS"] == {"connect_timeout": 2}
    database = _database_of(tmp_path, DATABASE_URL=POSTGRES, DATABASE_STATEMENT_TIMEOUT="3")
    assert database["OPTIONS"]["options"] == "-c statement_timeout=3000"


def test_sqlite_waits_for_a_lock_as_long_as_the_statement_timeout(tmp_path: Path) -> None:
    assert _database_of(tmp_path)["OPTIONS"]["timeout"] == 5
    assert _database_of(tmp_path, wsgi=True)["OPTIONS"]["timeout"] == 10


@pytest.mark.parametrize(
    ("name", "value"),
    [("DATABASE_CONNECT_TIMEOUT", "1"), ("DATABASE_CONNECT_TIMEOUT", "0"), ("DATABASE_STATEMENT_TIMEOUT", "-1")],
)
def test_a_timeout_that_cannot_work_stops_the_start(tmp_path: Path, name: str, value: str) -> None:
    result = _settings_of(tmp_path, "print(settings.DATABASES)", **{"DATABASE_URL": POSTGRES, name: value})
    assert result.returncode != 0
    assert name in result.stderr


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement_timeout")
def test_a_statement_that_runs_too_long_is_cancelled_and_counts_as_busy(django_db_blocker: Any) -> None:
    options = {**connection.settings_dict["OPTIONS"], "options": "-c statement_timeout=100"}
    databases = ConnectionHandler(
        {"default": {"ENGINE": "django.db.backends.dummy"}, "slow": {**connection.settings_dict, "OPTIONS": options}}
    )
    with django_db_blocker.unblock():
        with databases["slow"].cursor() as cursor, pytest.raises(OperationalError) as raised:
            cursor.execute("SELECT pg_sleep(2)")
        databases.close_all()
    assert trouble_of(raised.value) is Trouble.BUSY


# -------------------------------------------------------------------------------- what still flows


def test_a_page_that_needs_the_database_answers_503_after_a_single_attempt(
    browser: Client, database_refuses: Attempts
) -> None:
    response = browser.get(SEARCH)
    assert response.status_code == 503
    assert "Tijdelijk niet beschikbaar" in response.content.decode()
    assert response["Retry-After"] == "30"
    assert database_refuses.count == 1  # the error handler does not try the database again


def test_an_article_page_nobody_asked_for_yet_answers_503_after_a_single_attempt(
    browser: Client, article: Article, frozen_today: datetime.date
) -> None:
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        response = browser.get(article.get_absolute_url())
    assert response.status_code == 503
    assert attempts.count == 1


def test_static_files_flow_while_the_database_refuses(browser: Client, database_refuses: Attempts) -> None:
    response = browser.get("/static/css/site.css")
    assert response.status_code == 200
    assert database_refuses.count == 0


def test_cached_pages_flow_while_the_database_refuses_even_once_the_address_index_is_due(
    browser: Client, article: Article, frozen_today: datetime.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An anonymous reader gets the article page others got before; the institutions' address index, due
    for a rebuild from the database, is kept as it is (no range can change while the database is down)."""
    first = browser.get(article.get_absolute_url())
    assert first.status_code == 200
    monkeypatch.setattr("access.ipindex.INDEX_MAX_AGE", -1.0)
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        again = browser.get(article.get_absolute_url())
    assert again.status_code == 200
    assert again.content == first.content
    assert attempts.count == 1  # the index tried once, and kept what it had


def test_health_answers_within_a_second_when_the_database_hangs(
    browser: Client, database_hangs: threading.Event
) -> None:
    started = time.monotonic()
    response = browser.get("/health/")
    assert time.monotonic() - started < 1.0
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "no answer"}


def test_health_says_unavailable_at_once_while_a_failure_is_recent(browser: Client, database_refuses: Attempts) -> None:
    outage.connect_failed(OperationalError("connection timeout expired"))
    started = time.monotonic()
    response = browser.get("/health/")
    assert time.monotonic() - started < 0.1
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable"}
    assert database_refuses.count == 0


def test_health_reports_ok_through_its_probe(browser: Client, db: None) -> None:
    response = browser.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


# -------------------------------------------------------------------------------- logged once


def test_an_outage_is_logged_once_when_it_starts_and_once_when_it_ends(
    browser: Client, db: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        for _ in range(5):
            assert browser.get(SEARCH).status_code == 503
    started = _outage_records(caplog)
    assert [record.levelname for record in started] == ["ERROR"]
    assert "Database unavailable" in started[0].getMessage()
    assert "Connection refused" in started[0].getMessage()
    assert not [record for record in caplog.records if record.name.startswith("django")]  # no line per 503
    assert not any(record.exc_info for record in caplog.records)

    assert browser.get("/health/").status_code == 200  # the database answers again
    ended = _outage_records(caplog)[1:]
    assert [record.levelname for record in ended] == ["WARNING"]
    assert "answers again" in ended[0].getMessage()
    assert "5 requests answered 503" in ended[0].getMessage()


def test_a_busy_database_is_one_line_per_503_and_no_outage(
    browser: Client, db: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    timeout = OperationalError("canceling statement due to statement timeout")
    timeout.__cause__ = psycopg.errors.QueryCanceled("canceling statement due to statement timeout")

    def cancel(wrapper: BaseDatabaseWrapper) -> None:
        raise timeout

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", cancel):
        assert browser.get(SEARCH).status_code == 503
    [line] = _outage_records(caplog)
    assert line.levelname == "WARNING"
    assert line.getMessage() == (
        "Database busy, answered 503: OperationalError: canceling statement due to statement timeout (GET /zoeken/)"
    )
    assert outage._state.outage is None


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def _wrapped(cause: BaseException) -> OperationalError:
    error = OperationalError(str(cause))
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "trouble"),
    [
        (OperationalError("connection refused"), Trouble.UNREACHABLE),  # Django's own, or before_connect's
        (InterfaceError("connection already closed"), Trouble.UNREACHABLE),
        (_wrapped(psycopg.errors.ConnectionTimeout("connection timeout expired")), Trouble.UNREACHABLE),
        (_wrapped(psycopg.OperationalError("server closed the connection unexpectedly")), Trouble.UNREACHABLE),
        (_wrapped(psycopg.errors.TooManyConnections("too many clients")), Trouble.UNREACHABLE),
        (_wrapped(psycopg.errors.AdminShutdown("terminating connection")), Trouble.UNREACHABLE),
        (_wrapped(psycopg.errors.QueryCanceled("statement timeout")), Trouble.BUSY),
        (_wrapped(psycopg.errors.LockNotAvailable("lock timeout")), Trouble.BUSY),
        (_wrapped(_sqlite_error("database is locked", sqlite3.SQLITE_BUSY)), Trouble.BUSY),
        (_wrapped(_sqlite_error("unable to open database file", sqlite3.SQLITE_CANTOPEN)), Trouble.UNREACHABLE),
        (_wrapped(_sqlite_error("no such table: journals_article", sqlite3.SQLITE_ERROR)), None),
        (ProgrammingError("relation does not exist"), None),
        (ValueError("a bug"), None),
    ],
)
def test_what_a_database_error_says_about_the_database(error: BaseException, trouble: Trouble | None) -> None:
    assert trouble_of(error) is trouble


def test_usage_events_wait_for_the_database_instead_of_a_traceback(db: None, caplog: pytest.LogCaptureFixture) -> None:
    buffer = recording._Buffer()
    event = UsageEvent(at=timezone.now(), visitor="v" * 24, kind=Kind.SEARCH)
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        buffer.add(event)
    assert attempts.count == 1
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert buffer.flush() == 1  # the database answers again: the event is stored after all
    assert UsageEvent.objects.count() == 1


# -------------------------------------------------------------------------------- errors reach the operator


@pytest.mark.urls("tests.test_outage")
def test_a_bug_is_mailed_to_the_admins_with_its_traceback(browser: Client, db: None, settings: Any) -> None:
    settings.ADMINS = [OLAF]
    response = browser.get("/-/boem/")
    assert response.status_code == 500
    [report] = mail.outbox
    assert report.to == [OLAF]
    assert report.subject.startswith("[Leeszaal] ERROR")
    assert "/-/boem/" in report.subject
    assert "ValueError at /-/boem/\na bug, not an outage" in report.body
    assert "Traceback" in report.body


def test_a_busy_database_is_logged_not_mailed(browser: Client, db: None, settings: Any) -> None:
    """One line per busy 503, but no mail per request: a lock storm must not flood ADMINS (nor wait on SMTP)."""
    settings.ADMINS = [OLAF]
    timeout = OperationalError("canceling statement due to statement timeout")
    timeout.__cause__ = psycopg.errors.QueryCanceled("canceling statement due to statement timeout")

    def cancel(wrapper: BaseDatabaseWrapper) -> None:
        raise timeout

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", cancel):
        for _ in range(3):
            assert browser.get(SEARCH).status_code == 503
    assert mail.outbox == []


def test_an_outage_is_mailed_to_the_admins_once_when_it_starts_and_once_when_it_ends(
    browser: Client, db: None, settings: Any
) -> None:
    settings.ADMINS = [OLAF]
    settings.DATABASE_RETRY_SECONDS = 0  # /health/ asks the database again at once
    attempts = Attempts()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", attempts.refuse):
        for _ in range(5):
            assert browser.get(SEARCH).status_code == 503
        assert browser.get("/health/").status_code == 503
    assert [message.subject for message in mail.outbox] == [
        "[Leeszaal] ERROR: Database unavailable; answering 503 until it answers again: OperationalError: "
        "connection to server at 127.0.0.1, port 5432 failed: Connection refused (GET /zoeken/)"
    ]
    assert browser.get("/health/").status_code == 200
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject.startswith("[Leeszaal] WARNING: Database answers again after")
    assert "5 requests answered 503" in mail.outbox[1].subject


def test_the_admins_come_from_the_environment(tmp_path: Path) -> None:
    code = "print(settings.ADMINS)"
    result = _settings_of(tmp_path, code, ADMINS=f'{OLAF}, "Jansen, Piet" <piet@example.org>,nacht@example.org')
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str([OLAF, '"Jansen, Piet" <piet@example.org>', "nacht@example.org"])
    assert _settings_of(tmp_path, code).stdout.strip() == "[]"
    refused = _settings_of(tmp_path, code, ADMINS="olaf at example.org")
    assert refused.returncode != 0
    assert "ADMINS must be e-mail addresses" in refused.stderr


def test_the_production_settings_pass_the_deploy_check_with_admins_and_site_url(tmp_path: Path) -> None:
    result = _settings_of(
        tmp_path,
        "from django.core.management import call_command\ncall_command('check', '--deploy', '--fail-level', 'WARNING')",
        ADMINS=OLAF,
        SITE_URL=SITE,
        DATABASE_URL=POSTGRES,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


# -------------------------------------------------------------------------------- SITE_URL


@pytest.fixture
def other_host(settings: Any) -> Client:
    """A browser that reached the site under another name than SITE_URL's (an internal name, a proxy's)."""
    settings.SITE_URL = SITE
    settings.ALLOWED_HOSTS = ["intern.example", "testserver"]
    return Client(HTTP_HOST="intern.example")


def _links(body: Any) -> list[str]:
    return [word for word in str(body).split() if word.startswith("http")]


def test_the_verification_mail_links_to_site_url_whatever_host_the_request_named(other_host: Client, db: None) -> None:
    response = other_host.post(
        "/account/signup/", {"email": "nieuw@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    [message] = mail.outbox
    links = _links(message.body)
    assert any(link.startswith(f"{SITE}/account/confirm-email/") for link in links), message.body
    assert all(link.startswith(SITE) for link in links), links
    assert "intern.example" not in message.body
    assert "tijdschriften.example.nl" in message.body  # the site's name in the greeting and the signature


def test_the_password_reset_mail_links_to_site_url(other_host: Client, reader: User) -> None:
    response = other_host.post("/account/password/reset/", {"email": reader.email})
    assert response.status_code == 302
    [message] = mail.outbox
    links = _links(message.body)
    assert any(link.startswith(f"{SITE}/account/password/reset/key/") for link in links), message.body
    assert "intern.example" not in message.body


def test_the_account_exists_mail_links_to_site_url(other_host: Client, reader: User) -> None:
    other_host.post("/account/signup/", {"email": reader.email, "password1": PASSWORD, "password2": PASSWORD})
    [message] = mail.outbox
    links = _links(message.body)
    assert links, message.body
    assert all(link.startswith(SITE) for link in links), links
    assert "intern.example" not in message.body


def test_absolute_url_is_site_url_and_a_path(settings: Any) -> None:
    settings.SITE_URL = SITE
    assert absolute_url("/ouderschapskennis/2024/3/") == f"{SITE}/ouderschapskennis/2024/3/"
    assert on_site("http://intern.example:8000/account/?next=/x/#top") == f"{SITE}/account/?next=/x/#top"
    assert on_site("mailto:redactie@example.org") == "mailto:redactie@example.org"
    for wrong in ("ouderschapskennis/", "//evil.example/", "https://evil.example/"):
        with pytest.raises(ValueError, match="path on this site"):
            absolute_url(wrong)


@pytest.mark.parametrize(
    "site_url", ["tijdschriften.example.nl", "https://tijdschriften.example.nl/leeszaal", "ftp://x.nl"]
)
def test_a_site_url_that_is_not_a_site_address_stops_the_start(tmp_path: Path, site_url: str) -> None:
    result = _settings_of(tmp_path, "print(settings.SITE_URL)", SITE_URL=site_url)
    assert result.returncode != 0
    assert "SITE_URL must be" in result.stderr
