"""E-mail alerts: Roos follows Ouderschapskennis, Bram follows it by e-mail, and a new issue is published.

The alert is the issue's table of contents, sent by the background task after the publish commits, once per
follower and issue, in the follower's language, with one-click unsubscribe (RFC 8058).
"""

from __future__ import annotations

import datetime
import socket
from collections.abc import Callable
from typing import Any

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from alerts.actions import issue_alerts_send
from alerts.models import AlertSent, Follow
from journals.actions import issue_publish, issue_unpublish
from journals.models import Article, Issue, Journal
from tests import factories
from tests.conftest import login

BRAM = "bram@example.org"
SECRET = "GEHEIME-VOLTEKST"


def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


def csrf_token(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return str(response.context["csrf_token"])


def alert_tasks() -> list[DBTaskResult[..., Any]]:
    return list(DBTaskResult.objects.filter(task_path="alerts.tasks.issue_alerts_task").order_by("enqueued_at"))


def run_alert_tasks() -> list[dict[str, int]]:
    """What the background worker does: run each waiting alert task once."""
    from alerts.tasks import issue_alerts_task

    outcomes = []
    for result in alert_tasks():
        if result.status == "READY":
            outcomes.append(issue_alerts_task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"]))
            result.status = "SUCCESSFUL"
            result.save(update_fields=["status"])
    return outcomes


def queued_mails() -> list[DBTaskResult[..., Any]]:
    return list(DBTaskResult.objects.filter(task_path="accounts.tasks.deliver_mail", status="READY"))


@pytest.fixture
def new_issue(journal: Journal) -> Issue:
    """Issue 4 of volume 27, not yet online, with a subscription article (a secret body) and an open one."""
    issue = factories.make_issue(journal, volume=27, number="4", year=2024, is_published=False, published_on=None)
    factories.make_article(issue, title="Ouders aan het woord", slug="ouders-aan-het-woord", authors=2)
    factories.make_article(issue, title="Vrij gelezen", slug="vrij-gelezen", access=Article.Access.OPEN)
    return issue


@pytest.fixture
def publish(django_capture_on_commit_callbacks: Callable[..., Any]) -> Callable[[Issue], None]:
    def publish(issue: Issue) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            issue_publish(issue=issue)

    return publish


def follow_as(client: Client, journal: Journal) -> None:
    url = f"/attenderingen/{journal.slug}/volgen/"
    response = client.post(url, {"csrfmiddlewaretoken": csrf_token(client, url)})
    assert (response.status_code, response["Location"]) == (302, journal.get_absolute_url())


def alerts_to(address: str) -> list[mail.EmailMessage]:
    return [message for message in mail.outbox if message.to == [address] and "Nieuw nummer" in message.subject]


def html_of(message: mail.EmailMessage) -> str:
    return str(message.alternatives[0][0])  # type: ignore[attr-defined]


# --- Following -------------------------------------------------------------------------------------------


def test_roos_follows_the_journal_with_one_post_and_stops_again(reader: User, journal: Journal) -> None:
    client = login(csrf_client(), reader)
    url = f"/attenderingen/{journal.slug}/volgen/"
    assert client.post(url).status_code == 403  # no CSRF token: refused

    follow_as(client, journal)
    follow = Follow.objects.get(user=reader, journal=journal)
    assert follow.is_active and follow.language == "nl"
    page = client.get("/account/")
    assert "Mijn attenderingen" in page.content.decode() and journal.title in page.content.decode()

    token = csrf_token(client, "/account/")
    response = client.post(f"/attenderingen/{journal.slug}/niet-meer-volgen/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    follow.refresh_from_db()
    assert not follow.is_active
    follow_as(client, journal)  # following again works
    follow.refresh_from_db()
    assert follow.is_active and Follow.objects.count() == 1


def test_the_follow_link_on_the_journal_home_page(client: Client, journal: Journal, issue: Issue) -> None:
    from django.template.loader import render_to_string

    html = render_to_string("alerts/_follow.html", {"journal": journal})
    assert f'href="/attenderingen/{journal.slug}/volgen/"' in html
    assert client.get(f"/attenderingen/{journal.slug}/volgen/").status_code == 200
    assert client.get("/attenderingen/bestaat-niet/volgen/").status_code == 404


def test_bram_follows_by_email_and_gets_nothing_until_he_confirms(
    journal: Journal, new_issue: Issue, publish: Callable[[Issue], None]
) -> None:
    client = csrf_client()
    url = f"/attenderingen/{journal.slug}/volgen/"
    response = client.post(url, {"email": BRAM, "csrfmiddlewaretoken": csrf_token(client, url)})
    assert response.status_code == 200
    [confirmation] = mail.outbox
    assert confirmation.to == [BRAM] and "Bevestig" in confirmation.subject
    follow = Follow.objects.get(email=BRAM)
    assert not follow.is_active

    publish(new_issue)
    assert run_alert_tasks() == [{"sent": 0, "queued": 0, "refused": 0}]
    assert alerts_to(BRAM) == []

    link = next(word for word in confirmation.body.split() if "/attenderingen/bevestigen/" in word)
    assert link.startswith("http://127.0.0.1:8000/")  # SITE_URL, not the request's host
    path = link.removeprefix("http://127.0.0.1:8000")
    page = client.get(path)  # a link checker's GET confirms nothing
    assert page.status_code == 200
    follow.refresh_from_db()
    assert not follow.is_active
    client.post(path, {"csrfmiddlewaretoken": str(page.context["csrf_token"])})
    follow.refresh_from_db()
    assert follow.is_active

    later = factories.make_issue(journal, volume=27, number="5", year=2024, is_published=False, published_on=None)
    factories.make_article(later, title="Na de bevestiging")
    publish(later)
    run_alert_tasks()
    [alert] = alerts_to(BRAM)
    assert "Na de bevestiging" in alert.body


def test_asking_again_sends_no_second_mail_to_a_confirmed_address(client: Client, journal: Journal) -> None:
    Follow.objects.create(journal=journal, email=BRAM, confirmed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    response = client.post(f"/attenderingen/{journal.slug}/volgen/", {"email": BRAM})
    assert response.status_code == 200  # the same answer as for a new address
    assert mail.outbox == []


@pytest.mark.parametrize("address", ["bram@localhost", "bram@[127.0.0.1]", "geen-adres", "b" * 65 + "@example.org"])
def test_an_address_that_cannot_receive_mail_is_refused(client: Client, journal: Journal, address: str) -> None:
    response = client.post(f"/attenderingen/{journal.slug}/volgen/", {"email": address})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Follow.objects.exists() and mail.outbox == []


def test_a_confirmation_link_expires(client: Client, journal: Journal) -> None:
    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, tzinfo=datetime.UTC), tick=False):
        client.post(f"/attenderingen/{journal.slug}/volgen/", {"email": BRAM})
    [confirmation] = mail.outbox
    link = next(word for word in confirmation.body.split() if "/attenderingen/bevestigen/" in word)
    path = link.removeprefix("http://127.0.0.1:8000")
    with time_machine.travel(datetime.datetime(2026, 11, 28, 13, tzinfo=datetime.UTC), tick=False):
        assert client.get(path).status_code == 400
        assert client.post(path).status_code == 400
    assert client.get(path[:-5] + "xxxx/").status_code == 400
    assert not Follow.objects.get(email=BRAM).is_active


# --- The alert -------------------------------------------------------------------------------------------


def test_publishing_sends_the_table_of_contents_once_to_each_follower(
    reader: User, subscriber: User, journal: Journal, new_issue: Issue, publish: Callable[[Issue], None]
) -> None:
    follow_as(login(csrf_client(), reader), journal)
    follow_as(login(csrf_client(), subscriber), journal)
    mail.outbox.clear()

    publish(new_issue)
    assert len(alert_tasks()) == 1 and mail.outbox == []  # the publish only queued the task
    assert run_alert_tasks() == [{"sent": 2, "queued": 0, "refused": 0}]

    assert sorted(message.to[0] for message in mail.outbox) == sorted([reader.email, subscriber.email])
    message = alerts_to(reader.email)[0]
    follow = Follow.objects.get(user=reader)
    unsubscribe = f"http://127.0.0.1:8000/attenderingen/uit/{follow.token}/"
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{unsubscribe}>, <mailto:")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Jaargang 27, nummer 4" in message.subject
    for text in (message.body, html_of(message)):
        assert "Ouders aan het woord" in text and "Vrij gelezen" in text
        assert "http://127.0.0.1:8000/ouderschapskennis/2024/4/ouders-aan-het-woord/" in text
        assert "http://127.0.0.1:8000/account/#attenderingen" in text  # manage alerts
        assert unsubscribe in text
        assert SECRET not in text
    authors = [c.author.full_name for c in Article.objects.get(slug="ouders-aan-het-woord").contributions.all()]
    assert f"{authors[0]} en {authors[1]}" in message.body

    # Published again (offline and back online): nothing new.
    issue_unpublish(issue=new_issue)
    publish(new_issue)
    run_alert_tasks()
    issue_alerts_send(issue_id=new_issue.pk)  # even a task run twice
    assert len(mail.outbox) == 2
    assert AlertSent.objects.filter(issue=new_issue).count() == 2


def test_a_reader_who_unsubscribed_gets_nothing(
    reader: User, journal: Journal, new_issue: Issue, publish: Callable[[Issue], None]
) -> None:
    follow_as(login(csrf_client(), reader), journal)
    follow = Follow.objects.get(user=reader)
    assert Client().post(f"/attenderingen/uit/{follow.token}/").status_code == 200

    publish(new_issue)
    run_alert_tasks()
    assert mail.outbox == []


def test_one_click_unsubscribe_needs_neither_csrf_nor_login(journal: Journal) -> None:
    follow = Follow.objects.create(
        journal=journal, email=BRAM, confirmed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )
    client = csrf_client()
    url = f"/attenderingen/uit/{follow.token}/"
    page = client.get(url)  # a GET shows a confirm page and changes nothing
    assert page.status_code == 200 and "<form" in page.content.decode()
    follow.refresh_from_db()
    assert follow.is_active

    response = client.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    follow.refresh_from_db()
    assert not follow.is_active
    assert client.post(url).status_code == 200  # again: still fine
    assert client.post("/attenderingen/uit/onbekend/").status_code == 404


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_a_failing_mail_server_blocks_no_publish_and_loses_no_alert(
    reader: User, journal: Journal, new_issue: Issue, publish: Callable[[Issue], None], settings: Any
) -> None:
    follow_as(login(csrf_client(), reader), journal)
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 2},
        }
    }
    publish(new_issue)
    new_issue.refresh_from_db()
    assert new_issue.is_published

    assert run_alert_tasks() == [{"sent": 0, "queued": 1, "refused": 0}]
    assert AlertSent.objects.get().delivery == AlertSent.Delivery.QUEUED
    [queued] = queued_mails()
    assert queued.args_kwargs["kwargs"]["message"]["to"] == [reader.email]

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    from accounts.tasks import deliver_mail

    assert deliver_mail.call(**queued.args_kwargs["kwargs"]) == {"sent": True, "attempt": 1}
    [alert] = alerts_to(reader.email)
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Ouders aan het woord" in alert.body


def test_an_english_follower_gets_english_mail(
    reader: User, journal: Journal, new_issue: Issue, publish: Callable[[Issue], None], settings: Any
) -> None:
    client = login(csrf_client(), reader)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    follow_as(client, journal)
    assert Follow.objects.get(user=reader).language == "en"

    publish(new_issue)
    run_alert_tasks()
    [message] = mail.outbox
    assert "Volume 27, issue 4" in message.subject
    assert message.extra_headers["Content-Language"] == "en"
    authors = [c.author.full_name for c in Article.objects.get(slug="ouders-aan-het-woord").contributions.all()]
    assert f"{authors[0]} and {authors[1]}" in message.body


def test_the_send_task_costs_the_same_queries_for_one_follower_and_for_twenty(
    journal: Journal, publish: Callable[[Issue], None]
) -> None:
    def measure(count: int, number: str) -> CaptureQueriesContext:
        Follow.objects.all().delete()
        for n in range(count):
            Follow.objects.create(
                journal=journal,
                user=factories.make_user(f"lezer{number}-{n}@example.org"),
                confirmed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
            )
        issue = factories.make_issue(journal, number=number, is_published=False, published_on=None)
        for _ in range(count):
            factories.make_article(issue, authors=2)
        issue_publish(issue=issue)
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as context:
            counts = issue_alerts_send(issue_id=issue.pk)
        assert counts["sent"] == count == len(mail.outbox)
        return context

    one, twenty = measure(1, "11"), measure(20, "12")
    sql = "\n".join(query["sql"] for query in twenty.captured_queries)
    assert len(one) == len(twenty) == 7, (
        sql
    )  # savepoint and its release, issue (locked), follows+users, articles, authors, insert


def test_entering_an_address_again_and_again_sends_one_confirmation_per_quarter_hour(
    client: Client, journal: Journal
) -> None:
    url = f"/attenderingen/{journal.slug}/volgen/"
    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, tzinfo=datetime.UTC), tick=False):
        for _ in range(5):
            assert client.post(url, {"email": BRAM}).status_code == 200
    assert len(mail.outbox) == 1
    with time_machine.travel(datetime.datetime(2026, 11, 25, 12, 20, tzinfo=datetime.UTC), tick=False):
        client.post(url, {"email": BRAM.upper()})  # the same address, however it is written
    assert len(mail.outbox) == 2 and Follow.objects.count() == 1
    first, second = (message.body for message in mail.outbox)
    assert first != second  # a new token: the first link is dead
