"""Accounts under abuse and during a mail outage (issue 13, part A).

The story: twenty browsers post Nina's new address to the sign-up form at the same moment (some of them
with capitals and spaces around it): she gets one account, every other request takes the ordinary
"address in use" path. The mail server goes down: signing up, asking for a new password and signing up
again still work, the mails wait in the task queue and go out when the server is back, and the operator
reads about the outage once. An address that cannot receive mail, or is too long to store, is refused
with a clear sentence. Whether an address has an account does not show in the time sign-up takes. Too
many attempts answer the site's own 429 page, in Dutch or English, with ``Retry-After``.
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import logging
import smtplib
import socket
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, connections
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from lxml import html

from accounts.adapter import AccountAdapter
from accounts.models import User

SIGNUP = "/account/signup/"
RESET = "/account/password/reset/"
VERIFICATION_SENT = "/account/confirm-email/"
RESET_DONE = "/account/password/reset/done/"
NEW_PASSWORD = "een-nieuw-wachtwoord"
NINA = "nina@example.org"


def sign_up(client: Client, email: str, password: str = NEW_PASSWORD) -> Any:
    return client.post(SIGNUP, {"email": email, "password1": password, "password2": password})


def email_errors(response: Any) -> list[str]:
    assert response.status_code == 200, response.status_code
    form = response.context["adminform"].form if "adminform" in response.context else response.context["form"]
    return [str(error) for error in form.errors.get("email", [])]


def queued_mails() -> list[DBTaskResult[..., Any]]:
    return list(DBTaskResult.objects.filter(task_path="accounts.tasks.deliver_mail").order_by("enqueued_at"))


def run_queued_mails() -> list[dict[str, Any]]:
    """What the background worker does with the mails that are due: run each task once."""
    from accounts.tasks import deliver_mail

    outcomes = []
    for result in queued_mails():
        if result.status == "READY":
            outcomes.append(deliver_mail.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"]))
            result.status = "SUCCESSFUL"
            result.save(update_fields=["status"])
    return outcomes


# --- Twenty sign-ups with one address at once ---------------------------------------------------------------


VARIANTS = [NINA, "Nina@Example.org", f"  {NINA} ", "NINA@EXAMPLE.ORG", "nina@EXAMPLE.org "]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_twenty_simultaneous_signups_with_one_address_make_one_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each request checks that the address is free, all before any of them stores it (a barrier makes
    sure of that), then all twenty insert at once in their own transactions."""
    browsers = 20
    barrier = threading.Barrier(browsers)
    check_uniqueness = AccountAdapter.validate_unique_email

    def every_check_before_any_insert(adapter: AccountAdapter, email: str) -> str:
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=10)
        return check_uniqueness(adapter, email)

    monkeypatch.setattr(AccountAdapter, "validate_unique_email", every_check_before_any_insert)
    outcomes: dict[int, tuple[int, str]] = {}

    def browser(number: int, email: str) -> None:
        try:
            response = sign_up(Client(REMOTE_ADDR=f"198.51.100.{number + 1}"), email)
            outcomes[number] = (response.status_code, response.get("Location", ""))
        except Exception as error:  # the test client re-raises what would have been a 500
            outcomes[number] = (500, repr(error))
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=browser, args=(number, email))
        for number, email in zip(range(browsers), itertools.cycle(VARIANTS), strict=False)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes.values()) == [(302, VERIFICATION_SENT)] * browsers, outcomes
    assert list(User.objects.values_list("email", flat=True)) == [NINA]
    assert list(EmailAddress.objects.values_list("email", flat=True)) == [NINA]
    # One mail between them: the confirmation or "you already have an account" (allauth's cool-down).
    assert [message.to for message in mail.outbox] == [[NINA]]


def test_a_signup_that_loses_the_race_takes_the_address_in_use_path(
    client: Client, db: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same race in one thread: the check saw the address free, another request stored it meanwhile."""
    from allauth.account.internal.flows import manage_email

    other = Client(REMOTE_ADDR="198.51.100.2")
    monkeypatch.setattr(manage_email, "assess_unique_email", lambda email, user=None: True)
    assert sign_up(other, NINA)["Location"] == VERIFICATION_SENT
    mail.outbox.clear()
    from django.core.cache import cache

    cache.clear()  # allauth's cool-down would silence the second mail

    response = sign_up(client, "Nina@Example.org ")

    assert (response.status_code, response["Location"]) == (302, VERIFICATION_SENT)
    assert User.objects.count() == 1
    assert EmailAddress.objects.count() == 1
    assert [message.subject for message in mail.outbox] == ["[Leeszaal] Account bestaat al"]


# --- The mail server is down ------------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def smtp_to(port: int) -> dict[str, Any]:
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 2},
        }
    }


@pytest.fixture
def mail_server_down(settings: Any) -> Iterator[None]:
    settings.MAILERS = smtp_to(closed_port())
    yield


def mail_server_back(settings: Any) -> None:
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def test_signing_up_while_the_mail_server_is_down_keeps_the_account_and_the_mail(
    client: Client, db: None, mail_server_down: None, settings: Any
) -> None:
    response = sign_up(client, NINA)

    assert (response.status_code, response["Location"]) == (302, VERIFICATION_SENT)
    assert User.objects.filter(email=NINA).exists()
    [queued] = queued_mails()
    assert queued.args_kwargs["kwargs"]["message"]["to"] == [NINA]
    assert queued.run_after > timezone.now()  # not before the server had a moment to come back

    mail_server_back(settings)
    assert run_queued_mails() == [{"sent": True, "attempt": 1}]
    [message] = mail.outbox
    assert message.subject == "[Leeszaal] Bevestig uw e-mailadres"
    assert message.to == [NINA]
    confirm = next(word for word in message.body.split() if "/account/confirm-email/" in word)
    confirmed = client.post(confirm.removeprefix("http://testserver"), follow=True)
    assert EmailAddress.objects.get(email=NINA).verified, confirmed.redirect_chain


def test_a_password_reset_while_the_mail_server_is_down_is_answered_as_usual(
    client: Client, reader: User, mail_server_down: None, settings: Any
) -> None:
    known = client.post(RESET, {"email": reader.email})
    unknown = Client(REMOTE_ADDR="198.51.100.3").post(RESET, {"email": "niemand@example.org"})

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"]) == (302, RESET_DONE)
    assert sorted(task.args_kwargs["kwargs"]["message"]["to"][0] for task in queued_mails()) == [
        "niemand@example.org",
        reader.email,
    ]

    mail_server_back(settings)
    run_queued_mails()
    assert sorted(message.subject for message in mail.outbox) == [
        "[Leeszaal] Nieuw wachtwoord instellen",
        "[Leeszaal] Onbekend account",
    ]


def test_signing_up_again_while_the_mail_server_is_down(
    client: Client, reader: User, mail_server_down: None, settings: Any
) -> None:
    response = sign_up(client, reader.email)

    assert (response.status_code, response["Location"]) == (302, VERIFICATION_SENT)
    assert User.objects.filter(email=reader.email).count() == 1
    mail_server_back(settings)
    run_queued_mails()
    assert [message.subject for message in mail.outbox] == ["[Leeszaal] Account bestaat al"]


def test_the_operator_reads_about_the_outage_once_and_about_its_end_once(
    db: None, mail_server_down: None, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="accounts.mail")
    for number in range(4):
        assert sign_up(Client(REMOTE_ADDR=f"198.51.100.{number + 1}"), f"lezer{number}@example.org").status_code == 302
    assert Client().post(RESET, {"email": "niemand@example.org"}).status_code == 302
    assert run_queued_mails() == [{"sent": False, "attempt": 1, "retry": 2}] * 5  # still down: tried again later

    outage = [record for record in caplog.records if record.name == "accounts.mail"]
    assert [record.levelname for record in outage] == ["ERROR"], [record.getMessage() for record in outage]
    assert "127.0.0.1" in outage[0].getMessage() or "refused" in outage[0].getMessage().lower()

    caplog.clear()
    mail_server_back(settings)
    outcomes = run_queued_mails()
    assert outcomes == [{"sent": True, "attempt": 2}] * 5
    assert len(mail.outbox) == 5
    recovered = [record for record in caplog.records if record.name == "accounts.mail"]
    assert [record.levelname for record in recovered] == ["WARNING"]
    assert "5 account mails" in recovered[0].getMessage()


class DownBackend(BaseEmailBackend):
    """A mail server that refuses every connection, and counts the attempts."""

    attempts: ClassVar[int] = 0

    def send_messages(self, email_messages: Any) -> int:
        DownBackend.attempts += 1
        raise ConnectionRefusedError(111, "Connection refused")


def test_during_a_known_outage_pages_do_not_wait_for_the_mail_server(db: None, settings: Any) -> None:
    """After one refused connection the next minute's mails go straight to the queue."""
    settings.MAILERS = {"default": {"BACKEND": "tests.test_accounts_hardening.DownBackend"}}
    DownBackend.attempts = 0
    for number in range(3):
        assert sign_up(Client(REMOTE_ADDR=f"198.51.100.{number + 1}"), f"lezer{number}@example.org").status_code == 302
    assert DownBackend.attempts == 1
    assert len(queued_mails()) == 3


def test_the_worker_gives_up_on_a_mail_after_a_day_and_says_so(
    db: None, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from accounts import mail as account_mail

    settings.MAILERS = smtp_to(closed_port())
    message = mail.EmailMessage(subject="Bevestig", body="...", from_email="noreply@example.org", to=[NINA])
    long_ago = (timezone.now() - account_mail.RETRY_FOR - datetime.timedelta(minutes=1)).isoformat()

    outcome = account_mail.mail_retry(message=account_mail.message_to_json(message), attempt=30, queued_at=long_ago)

    assert outcome == {"sent": False, "attempt": 30, "gave_up": True}
    assert not queued_mails()
    assert any(record.levelname == "ERROR" and "example.org" in record.getMessage() for record in caplog.records)


def test_a_retry_waits_longer_each_time_up_to_an_hour() -> None:
    from accounts.mail import retry_delay

    delays = [retry_delay(attempt).total_seconds() for attempt in range(1, 10)]
    assert delays == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]


class RefusingBackend(BaseEmailBackend):
    """A mail server that answers, but refuses the recipient for good (550)."""

    def send_messages(self, email_messages: Any) -> int:
        raise smtplib.SMTPRecipientsRefused({NINA: (550, b"5.1.1 no such user")})


def test_a_mail_server_that_refuses_the_address_for_good_is_not_asked_again(
    db: None, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings.MAILERS = {"default": {"BACKEND": "tests.test_accounts_hardening.RefusingBackend"}}
    response = sign_up(Client(), NINA)
    assert (response.status_code, response["Location"]) == (302, VERIFICATION_SENT)
    assert not queued_mails()
    assert [record.levelname for record in caplog.records if record.name == "accounts.mail"] == ["WARNING"]


def test_a_queued_mail_keeps_its_text_html_and_headers() -> None:
    from accounts.mail import message_from_json, message_to_json

    message = mail.EmailMultiAlternatives(
        subject="Bevestig uw e-mailadres",
        body="Tekst",
        from_email="Leeszaal <noreply@example.org>",
        to=[NINA],
        reply_to=["redactie@example.org"],
        headers={"X-Leeszaal": "1"},
    )
    message.attach_alternative("<p>Tekst</p>", "text/html")
    again = message_from_json(message_to_json(message))
    assert (again.subject, again.body, again.from_email, again.to, again.reply_to) == (
        message.subject,
        message.body,
        message.from_email,
        message.to,
        message.reply_to,
    )
    assert again.extra_headers == {"X-Leeszaal": "1"}
    assert [tuple(alternative) for alternative in again.alternatives] == [("<p>Tekst</p>", "text/html")]


# --- Addresses that cannot be stored or cannot receive mail ------------------------------------------------


def test_an_address_too_long_to_store_is_refused_with_a_clear_error(client: Client, db: None) -> None:
    address = "l" * 255 + "@example.org"
    assert len(address) == 267

    errors = email_errors(sign_up(client, address))

    assert errors == ["Dit e-mailadres is te lang: een adres heeft hoogstens 254 tekens."]
    assert not User.objects.exists()
    assert not EmailAddress.objects.exists()
    assert not mail.outbox


def test_a_local_part_longer_than_64_characters_is_refused(client: Client, db: None) -> None:
    errors = email_errors(sign_up(client, "l" * 65 + "@example.org"))
    assert errors == ["Dit e-mailadres is te lang: voor de @ staan hoogstens 64 tekens."]
    assert not User.objects.exists()


@pytest.mark.parametrize(
    "address",
    [
        "a@localhost",
        "a@[127.0.0.1]",
        "a@[192.0.2.1]",
        "a@mail.localhost",
        "a@printer.local",
        "a@site.test",
        "a@site.example",
        "a@nowhere.invalid",
        "a@router.home.arpa",
        "a@server.internal",
        "a@hidden.onion",
    ],
)
def test_an_address_that_cannot_receive_mail_is_refused(client: Client, db: None, address: str) -> None:
    errors = email_errors(sign_up(client, address))
    assert len(errors) == 1 and "kan geen e-mail ontvangen" in errors[0], errors
    assert not User.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("address", ["nina@example.org", "nina@uni.ac.nl", "nina@xn--bcher-kva.de", "l" * 64 + "@x.nl"])
def test_an_ordinary_address_is_accepted(client: Client, db: None, address: str) -> None:
    assert sign_up(client, address)["Location"] == VERIFICATION_SENT
    assert User.objects.get().email == address


def test_a_password_reset_for_an_address_that_cannot_receive_mail_sends_nothing(client: Client, db: None) -> None:
    errors = email_errors(client.post(RESET, {"email": "a@localhost"}))
    assert len(errors) == 1 and "kan geen e-mail ontvangen" in errors[0], errors
    assert not mail.outbox


def test_the_signup_form_tells_the_browser_the_longest_address(client: Client, db: None) -> None:
    document = html.fromstring(client.get(SIGNUP).content)
    assert document.xpath("//input[@name='email']/@maxlength") == ["254"]


def test_the_back_office_refuses_such_an_address_too_but_keeps_an_old_one_editable(client: Client, db: None) -> None:
    from tests import factories

    superuser = factories.make_user("beheer@uitgeverij.example.org", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    added = client.post(
        "/beheer/accounts/user/add/",
        {"email": "a@localhost", "usable_password": "true", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert email_errors(added) == ["Dit adres kan geen e-mail ontvangen: localhost is geen domein op internet."]
    assert not User.objects.filter(email="a@localhost").exists()

    made_at_the_command_line = User.objects.create_superuser("admin@localhost", NEW_PASSWORD)
    change = f"/beheer/accounts/user/{made_at_the_command_line.pk}/change/"
    form = html.fromstring(client.get(change).content).xpath("//form[@id='user_form']")[0]
    data = {name: value for name, value in form.form_values() if name != "_continue"}
    edited = client.post(change, {**data, "name": "Beheer"})
    assert edited.status_code == 302, edited.context["adminform"].form.errors
    assert User.objects.get(pk=made_at_the_command_line.pk).name == "Beheer"


# --- The same work for a known and a new address -----------------------------------------------------------


def test_signing_up_with_a_known_or_a_new_address_does_the_same_work(
    reader: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slow part of a sign-up is hashing the password; an address with an account hashes it too."""
    hashes: list[str] = []
    encode = MD5PasswordHasher.encode

    def counted(hasher: MD5PasswordHasher, password: str, salt: str) -> str:
        hashes.append(password)
        return encode(hasher, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted)
    work = {}
    for kind, email in (("known", reader.email), ("new", NINA)):
        hashes.clear()
        mail.outbox.clear()
        response = sign_up(Client(), email)
        work[kind] = (response.status_code, response["Location"], len(hashes), len(mail.outbox))

    assert work["known"] == work["new"] == (302, VERIFICATION_SENT, 1, 1), work


# --- Too many requests -------------------------------------------------------------------------------------


@pytest.fixture
def strict_signup_limit(settings: Any) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "1/m/ip"}


def test_too_many_signups_answer_the_sites_429_page_in_dutch(
    client: Client, db: None, strict_signup_limit: None
) -> None:
    sign_up(client, "lezer1@example.org")

    response = sign_up(client, "lezer2@example.org")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    document = html.fromstring(response.content)
    assert document.xpath("/html/@lang") == ["nl"]
    assert document.xpath("//header[contains(@class, 'site-header')]")  # the site's layout
    assert " ".join(document.xpath("//h1")[0].text_content().split()) == "Te veel pogingen"
    text = " ".join(document.text_content().split())
    assert "Probeer het over 1 minuut opnieuw." in text
    assert "Too Many Requests" not in text
    assert not User.objects.filter(email="lezer2@example.org").exists()


def test_too_many_signups_answer_the_429_page_in_english(client: Client, db: None, strict_signup_limit: None) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    sign_up(client, "lezer1@example.org")

    response = sign_up(client, "lezer2@example.org")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    document = html.fromstring(response.content)
    assert document.xpath("/html/@lang") == ["en"]
    assert " ".join(document.xpath("//h1")[0].text_content().split()) == "Too many attempts"
    assert "Please try again in 1 minute." in " ".join(document.text_content().split())


def test_retry_after_covers_the_longest_window_of_the_limit_that_refused(
    client: Client, db: None, settings: Any
) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reset_password": "20/m/ip,1/5m/key"}
    client.post(RESET, {"email": "niemand@example.org"})

    response = client.post(RESET, {"email": "niemand@example.org"})

    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "Probeer het over 5 minuten opnieuw." in " ".join(html.fromstring(response.content).text_content().split())
