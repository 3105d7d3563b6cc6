"""An issue scheduled to go online: queued for its time, published then through issue_publish, exactly once."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from journals.actions import issue_publish, issue_publish_scheduled, issue_unpublish, issues_publish_due
from journals.admin import IssueAdmin
from journals.models import Article, Issue, Journal
from journals.tasks import issue_publish_scheduled_task
from tests import factories
from tests.conftest import login
from tests.test_admin import admin_url, errors_of, form_data

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
FRIDAY_NINE = datetime.datetime(2026, 11, 27, 9, 0, tzinfo=AMSTERDAM)  # 08:00 UTC
TASK = "journals.tasks.issue_publish_scheduled_task"


@pytest.fixture
def now() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def coming(journal: Journal) -> Issue:
    """The December issue, ready but offline, with a draft article."""
    issue = factories.make_issue(journal, volume=28, number="4", year=2026, is_published=False, published_on=None)
    factories.make_article(issue, slug="kerst", status=Article.Status.DRAFT)
    return issue


def _queued() -> list[dict[str, Any]]:
    return [
        row.args_kwargs["kwargs"] | {"run_after": row.run_after} for row in DBTaskResult.objects.filter(task_path=TASK)
    ]


def test_the_editor_schedules_an_issue_in_amsterdam_time_and_the_list_says_so(
    client: Client, editor: User, coming: Issue, now: Any, django_capture_on_commit_callbacks: Any
) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Issue, "change", coming.pk)))
    data.update({"publish_at_0": "27-11-2026", "publish_at_1": "09:00:00", "_save": "Opslaan"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url(Issue, "change", coming.pk), data, follow=True)
    assert response.status_code == 200, errors_of(response)
    coming.refresh_from_db()
    assert coming.publish_at == FRIDAY_NINE and not coming.is_published
    [queued] = _queued()
    assert queued["issue_id"] == coming.pk and queued["run_after"] == FRIDAY_NINE
    assert datetime.datetime.fromisoformat(queued["publish_at"]) == FRIDAY_NINE
    listing = client.get(admin_url(Issue)).content.decode()
    assert "gepland voor 27 november 2026, 09:00" in listing


def test_the_task_publishes_when_due_through_issue_publish(
    coming: Issue, now: time_machine.Traveller, django_capture_on_commit_callbacks: Any
) -> None:
    coming.publish_at = FRIDAY_NINE
    coming.save()
    kwargs: dict[str, Any] = {"issue_id": coming.pk, "publish_at": FRIDAY_NINE.isoformat()}
    # Too early (an immediate backend, a clock that runs behind): nothing happens.
    assert issue_publish_scheduled(**kwargs) is False
    now.move_to(FRIDAY_NINE + datetime.timedelta(seconds=5))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        outcome = issue_publish_scheduled_task.call(**kwargs)
    assert outcome == {"published": True, "due": []}
    coming.refresh_from_db()
    assert coming.is_published and coming.published_on == datetime.date(2026, 11, 27) and coming.publish_at is None
    assert coming.articles.get().status == Article.Status.PUBLISHED  # the drafts go with it, as by hand
    assert callbacks  # the alerts and the search index are queued after commit, as by hand
    # Run again (a retried task): already online, left alone.
    assert issue_publish_scheduled(**kwargs) is False


def test_a_rescheduled_unscheduled_or_published_issue_is_left_alone(coming: Issue, now: time_machine.Traveller) -> None:
    coming.publish_at = FRIDAY_NINE
    coming.save()
    old: dict[str, Any] = {"issue_id": coming.pk, "publish_at": FRIDAY_NINE.isoformat()}
    now.move_to(FRIDAY_NINE + datetime.timedelta(hours=1))
    later = FRIDAY_NINE + datetime.timedelta(days=7)
    Issue.objects.filter(pk=coming.pk).update(publish_at=later)
    assert issue_publish_scheduled(**old) is False  # rescheduled: the old task does nothing
    Issue.objects.filter(pk=coming.pk).update(publish_at=None)
    assert issue_publish_scheduled(**old) is False  # cancelled
    assert issue_publish_scheduled(issue_id=0, publish_at=old["publish_at"]) is False  # deleted
    assert not Issue.objects.get(pk=coming.pk).is_published


def test_issues_whose_time_passed_while_no_worker_ran_are_caught_up(
    coming: Issue, journal: Journal, now: time_machine.Traveller
) -> None:
    later = factories.make_issue(journal, volume=29, number="1", year=2027, is_published=False)
    Issue.objects.filter(pk=coming.pk).update(publish_at=NOW - datetime.timedelta(days=1))
    Issue.objects.filter(pk=later.pk).update(publish_at=NOW + datetime.timedelta(days=30))
    call_command("issues_publish_due", stdout=None)
    assert Issue.objects.get(pk=coming.pk).is_published
    assert not Issue.objects.get(pk=later.pk).is_published
    assert issues_publish_due() == []  # nothing left, and nothing twice


def test_publishing_or_unpublishing_by_hand_clears_the_schedule(coming: Issue, now: Any) -> None:
    coming.publish_at = FRIDAY_NINE
    coming.save()
    issue_publish(issue=coming)
    assert Issue.objects.get(pk=coming.pk).publish_at is None
    coming.publish_at = NOW - datetime.timedelta(hours=1)
    coming.save()
    issue_unpublish(issue=coming)
    coming.refresh_from_db()
    # Offline by the editor's hand: a schedule in the past must not bring it back.
    assert coming.publish_at is None and issues_publish_due() == []


@translation.override("nl")
def test_the_issue_list_shows_each_state(coming: Issue, issue: Issue, now: Any) -> None:
    admin = IssueAdmin(Issue, None)  # type: ignore[arg-type]
    assert admin.state(issue) == "online"
    assert admin.state(coming) == "offline"
    coming.publish_at = FRIDAY_NINE
    assert admin.state(coming) == "gepland voor 27 november 2026, 09:00"
    coming.publish_at = NOW - datetime.timedelta(minutes=1)
    assert "wacht op de verwerking" in admin.state(coming)


def test_an_online_issue_keeps_no_schedule_that_could_put_it_back_online_later(
    client: Client, editor: User, issue: Issue, now: Any, django_capture_on_commit_callbacks: Any
) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Issue, "change", issue.pk)))
    data.update({"publish_at_0": "27-11-2026", "publish_at_1": "09:00:00", "_save": "Opslaan"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url(Issue, "change", issue.pk), data, follow=True)
    assert response.status_code == 200, errors_of(response)
    issue.refresh_from_db()
    assert issue.is_published and issue.publish_at is None and _queued() == []
    # Taken offline by unticking "online": nothing brings it back.
    data = form_data(client.get(admin_url(Issue, "change", issue.pk)))
    data.pop("is_published", None)
    data["_save"] = "Opslaan"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url(Issue, "change", issue.pk), data, follow=True)
    now.move_to(FRIDAY_NINE + datetime.timedelta(hours=1))
    assert issues_publish_due() == []
    issue.refresh_from_db()
    assert not issue.is_published
