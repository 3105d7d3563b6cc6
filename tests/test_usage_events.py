"""Usage events: what a visit records, and how a closed day's events are counted (COUNTER R5.1 section 7).

The counting tests build events by hand and work out the expected numbers in the test itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from access.models import Institution
from accounts.models import User
from journals.models import Article
from tests import factories
from tests.conftest import CAMPUS_IPV4, OFF_CAMPUS_IP, login
from usage import aggregation, recording
from usage.aggregation import count_day, count_events, count_pending, purge_events, ready_through
from usage.models import AccessType, CountedDay, Format, Kind, Metric, UsageCount, UsageEvent, UsageMonth

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
OTHER_BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Gecko/20100101 Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def visitor() -> Client:
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=OFF_CAMPUS_IP)


def page(article: Article) -> str:
    return article.get_absolute_url()


def pdf(article: Article) -> str:
    return article.get_pdf_url()


def download(client: Client, article: Article) -> bytes:
    """Fetch a PDF to the end: like a server, the test client closes a streamed response (and so records) then."""
    response = client.get(pdf(article))
    assert response.status_code == 200
    return b"".join(response.streaming_content)  # type: ignore[attr-defined]


def only_event() -> UsageEvent:
    events = list(UsageEvent.objects.all())
    assert len(events) == 1, events
    return events[0]


# --- What a visit records ----------------------------------------------------------------------------------


def test_an_anonymous_reader_on_a_paywalled_page_is_an_investigation(
    visitor: Client, article: Article, frozen_today: datetime.date
) -> None:
    assert visitor.get(page(article)).status_code == 200
    event = only_event()
    assert (event.kind, event.format, event.article_id, event.journal_id) == (
        Kind.INVESTIGATION,
        Format.NONE,
        article.pk,
        article.issue.journal_id,
    )
    assert (event.access_type, event.reason, event.institution_id) == (AccessType.CONTROLLED, "login_required", None)
    assert event.yop == 2024


def test_a_subscriber_reading_full_text_is_a_request_for_html(
    visitor: Client, subscriber: User, article: Article, frozen_today: datetime.date
) -> None:
    login(visitor, subscriber).get(page(article))
    event = only_event()
    assert (event.kind, event.format, event.reason, event.access_type) == (
        Kind.REQUEST,
        Format.HTML,
        "subscription",
        AccessType.CONTROLLED,
    )


def test_campus_reading_is_attributed_to_the_institution(
    article: Article, institution: Institution, frozen_today: datetime.date
) -> None:
    campus = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=CAMPUS_IPV4)
    campus.get(page(article))
    download(campus, article)
    events = UsageEvent.objects.order_by("format")
    assert [(e.kind, e.format, e.institution_id, e.reason) for e in events] == [
        (Kind.REQUEST, Format.HTML, institution.pk, "institution"),
        (Kind.REQUEST, Format.PDF, institution.pk, "institution"),
    ]


def test_a_refused_pdf_is_no_license_and_an_open_article_is_open(
    visitor: Client, article: Article, open_article: Article, frozen_today: datetime.date
) -> None:
    assert visitor.get(pdf(article)).status_code == 302
    assert only_event().kind == Kind.NO_LICENSE
    UsageEvent.objects.all().delete()
    download(visitor, open_article)
    event = only_event()
    assert (event.kind, event.format, event.access_type, event.reason) == (
        Kind.REQUEST,
        Format.PDF,
        AccessType.OPEN,
        "open_access",
    )


def test_open_access_read_on_campus_counts_for_the_institution(
    open_article: Article, institution: Institution, frozen_today: datetime.date
) -> None:
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=CAMPUS_IPV4).get(page(open_article))
    event = only_event()
    assert (event.kind, event.access_type, event.institution_id, event.reason) == (
        Kind.REQUEST,
        AccessType.OPEN,
        institution.pk,
        "open_access",
    )


def test_free_to_read_without_an_open_licence(visitor: Client, article: Article, frozen_today: datetime.date) -> None:
    free = factories.make_article(article.issue, access=Article.Access.OPEN)
    visitor.get(page(free))
    assert only_event().access_type == AccessType.FREE_TO_READ


def test_a_page_served_from_the_shared_cache_is_counted_too(
    article: Article, frozen_today: datetime.date, settings: Any
) -> None:
    first = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.7")
    second = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="198.51.100.8")
    first.get(page(article))
    response = second.get(page(article))
    assert response.status_code == 200
    events = list(UsageEvent.objects.order_by("pk"))
    assert [e.kind for e in events] == [Kind.INVESTIGATION, Kind.INVESTIGATION]
    # Two readers, two visitors: the visitor is worked out per request, never kept with the page.
    assert events[0].visitor != events[1].visitor


@pytest.mark.parametrize(
    "agent", [GOOGLEBOT, "", "python-requests/2.32.3", "curl/8.5.0", "Mozilla/5.0 (compatible; bingbot/2.0)"]
)
def test_robots_and_scripts_are_not_recorded(article: Article, agent: str, frozen_today: datetime.date) -> None:
    Client(HTTP_USER_AGENT=agent).get(page(article))
    assert not UsageEvent.objects.exists()


def test_staff_previews_missing_articles_and_head_requests_are_not_counted(
    visitor: Client, editor: User, article: Article, frozen_today: datetime.date
) -> None:
    visitor.head(page(article))
    visitor.get(page(article).replace(article.slug, "bestaat-niet"))
    login(Client(HTTP_USER_AGENT=BROWSER), editor).get(page(article))
    assert not UsageEvent.objects.exists()


def test_no_address_or_user_id_is_stored_and_visitors_are_pseudonymous(
    subscriber: User, article: Article, frozen_today: datetime.date
) -> None:
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=OFF_CAMPUS_IP).get(page(article))
    Client(HTTP_USER_AGENT=OTHER_BROWSER, REMOTE_ADDR=OFF_CAMPUS_IP).get(page(article))
    Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=OFF_CAMPUS_IP).get(page(article))
    login(Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9"), subscriber).get(page(article))
    login(Client(HTTP_USER_AGENT=OTHER_BROWSER, REMOTE_ADDR=CAMPUS_IPV4), subscriber).get(page(article))
    visitors = list(UsageEvent.objects.order_by("pk").values_list("visitor", flat=True))
    assert visitors[0] == visitors[2] != visitors[1]  # same address and agent: the same visitor
    assert visitors[3] == visitors[4]  # a logged-in reader is one visitor wherever they are
    assert len(set(visitors)) == 3
    for row in UsageEvent.objects.values():
        text = " ".join(str(value) for value in row.values())
        assert OFF_CAMPUS_IP not in text and CAMPUS_IPV4 not in text and "203.0.113.9" not in text
        assert str(subscriber.pk) != row["visitor"]


def test_a_failure_to_record_never_reaches_the_reader(
    visitor: Client, article: Article, frozen_today: datetime.date, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("database gone")

    monkeypatch.setattr(recording, "store", broken)
    response = visitor.get(page(article))
    assert response.status_code == 200
    assert "1 usage events not recorded" in caplog.text


def test_events_wait_in_the_process_and_are_stored_together(
    visitor: Client, article: Article, frozen_today: datetime.date, settings: Any
) -> None:
    settings.USAGE_FLUSH_SECONDS = 3600
    settings.USAGE_FLUSH_EVENTS = 3
    visitor.get(page(article))
    visitor.get(page(article))
    assert not UsageEvent.objects.exists()  # waiting in the buffer (the flusher thread sleeps an hour)
    visitor.get(page(article))
    assert UsageEvent.objects.count() == 3  # the third filled the batch: all three in one insert
    visitor.get(page(article))
    assert recording.flush() == 1  # what a process stores when it exits (atexit)
    assert UsageEvent.objects.count() == 4


def test_recording_can_be_switched_off(article: Article, frozen_today: datetime.date, settings: Any) -> None:
    settings.USAGE_RECORDING = False
    Client(HTTP_USER_AGENT=BROWSER).get(page(article))
    assert not UsageEvent.objects.exists()


def test_the_first_event_of_a_day_asks_for_the_closed_days_to_be_counted(
    visitor: Client, article: Article, frozen_today: datetime.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    monkeypatch.setattr(recording, "_counting_asked_for", set())
    monkeypatch.setattr("usage.tasks.count_usage", SimpleNamespace(enqueue=lambda: asked.append(1)))
    visitor.get(page(article))
    visitor.get(pdf(article))
    assert asked == [1]


# --- Counting a day ----------------------------------------------------------------------------------------

DAY = datetime.date(2026, 11, 10)


def at(hour: int, minute: int = 0, second: int = 0, day: datetime.date = DAY) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=AMSTERDAM)


def event(
    when: datetime.datetime,
    article: Article,
    *,
    kind: Kind = Kind.REQUEST,
    fmt: Format = Format.HTML,
    visitor: str = "v1",
    institution: Institution | None = None,
    access_type: str = AccessType.CONTROLLED,
    yop: int = 2024,
) -> UsageEvent:
    return UsageEvent.objects.create(
        at=when,
        visitor=visitor,
        kind=kind,
        format=fmt if kind == Kind.REQUEST or kind == Kind.NO_LICENSE else Format.NONE,
        article=article,
        journal_id=article.issue.journal_id,
        yop=yop,
        institution=institution,
        access_type=access_type,
    )


def totals(day: datetime.date = DAY) -> dict[str, int]:
    result: dict[str, int] = {}
    for metric, n in UsageCount.objects.filter(day=day).values_list("metric", "count"):
        result[metric] = result.get(metric, 0) + n
    return result


def test_double_clicks_within_30_seconds_count_once(article: Article) -> None:
    event(at(10, 1, 0), article)
    event(at(10, 1, 29), article)  # a double click: one action
    event(at(11, 1, 0), article)
    event(at(11, 1, 35), article)  # 35 seconds later: two actions
    for second in (0, 20, 40):  # a run of clicks, each within 30 s of the one before: one action
        event(at(12, 0, second), article)
    count_day(DAY)
    assert totals()[Metric.TOTAL_ITEM_REQUESTS] == 1 + 2 + 1
    assert totals()[Metric.TOTAL_ITEM_INVESTIGATIONS] == 4  # every request is an investigation too


def test_of_a_double_click_the_later_one_is_kept(article: Article, institution: Institution) -> None:
    # The later click decides where it is counted: here, to the institution the reader came through.
    event(at(9, 0, 0), article)
    event(at(9, 0, 10), article, institution=institution)
    count_day(DAY)
    rows = UsageCount.objects.filter(metric=Metric.TOTAL_ITEM_REQUESTS)
    assert [(r.institution_id, r.count) for r in rows] == [(institution.pk, 1)]


def test_different_readers_formats_or_articles_are_never_double_clicks(article: Article) -> None:
    other = factories.make_article(article.issue)
    event(at(10, 0, 0), article, visitor="v1")
    event(at(10, 0, 5), article, visitor="v2")
    event(at(10, 0, 10), article, visitor="v1", fmt=Format.PDF)
    event(at(10, 0, 15), other, visitor="v1")
    count_day(DAY)
    assert totals()[Metric.TOTAL_ITEM_REQUESTS] == 4


def test_unique_items_per_session_across_html_and_pdf(article: Article) -> None:
    other = factories.make_article(article.issue)
    # One session (v1, 10 o'clock): the article as HTML, then as PDF, then the paywall of another article.
    event(at(10, 5), article, fmt=Format.HTML)
    event(at(10, 20), article, fmt=Format.PDF)
    event(at(10, 40), other, kind=Kind.INVESTIGATION)
    # The same reader an hour later is a new session: the article counts as unique again.
    event(at(11, 10), article, fmt=Format.HTML)
    count_day(DAY)
    assert totals() == {
        Metric.TOTAL_ITEM_REQUESTS: 3,
        Metric.UNIQUE_ITEM_REQUESTS: 2,  # once per session
        Metric.TOTAL_ITEM_INVESTIGATIONS: 4,
        Metric.UNIQUE_ITEM_INVESTIGATIONS: 3,  # article and other in the first session, article in the second
    }
    formats = dict(
        UsageCount.objects.filter(metric=Metric.TOTAL_ITEM_REQUESTS).values_list("format", "count").order_by()
    )
    assert formats == {"html": 2, "pdf": 1}


def test_a_session_spanning_midnight_is_two_sessions_and_a_double_click_counts_on_the_later_day(
    article: Article,
) -> None:
    next_day = DAY + datetime.timedelta(days=1)
    event(at(23, 50, 0), article)
    event(at(23, 59, 50), article)  # double click with the next one, across midnight
    event(at(0, 0, 10, day=next_day), article)
    event(at(0, 10, 0, day=next_day), article)
    count_day(DAY)
    count_day(next_day)
    assert totals(DAY) == {
        Metric.TOTAL_ITEM_REQUESTS: 1,  # 23:59:50 gave way to 00:00:10
        Metric.UNIQUE_ITEM_REQUESTS: 1,
        Metric.TOTAL_ITEM_INVESTIGATIONS: 1,
        Metric.UNIQUE_ITEM_INVESTIGATIONS: 1,
    }
    assert totals(next_day) == {
        Metric.TOTAL_ITEM_REQUESTS: 2,
        Metric.UNIQUE_ITEM_REQUESTS: 1,  # both in the midnight hour of the new day: one session
        Metric.TOTAL_ITEM_INVESTIGATIONS: 2,
        Metric.UNIQUE_ITEM_INVESTIGATIONS: 1,
    }


def test_denials_searches_and_access_types_are_kept_apart(article: Article, institution: Institution) -> None:
    event(at(9), article, kind=Kind.NO_LICENSE, fmt=Format.PDF, institution=institution)
    event(at(9, 0, 20), article, kind=Kind.NO_LICENSE, fmt=Format.PDF, institution=institution)  # double click
    event(at(9, 5), article, kind=Kind.NO_LICENSE, fmt=Format.PDF, institution=institution)
    UsageEvent.objects.create(at=at(9, 6), visitor="v1", kind=Kind.SEARCH, institution=institution)
    UsageEvent.objects.create(at=at(9, 6, 5), visitor="v1", kind=Kind.SEARCH, institution=institution)
    event(at(9, 7), article, access_type=AccessType.OPEN, visitor="v2")
    count_day(DAY)
    by = {
        (r.metric, r.access_type, r.institution_id): r.count
        for r in UsageCount.objects.filter(
            metric__in=[Metric.NO_LICENSE, Metric.SEARCHES_PLATFORM, "Total_Item_Requests"]
        )
    }
    assert by == {
        (Metric.NO_LICENSE, AccessType.CONTROLLED, institution.pk): 2,
        (Metric.SEARCHES_PLATFORM, "", institution.pk): 2,  # two searches, however quick
        (Metric.TOTAL_ITEM_REQUESTS, AccessType.OPEN, None): 1,
    }
    # A denial is neither an investigation nor a request.
    assert totals()[Metric.TOTAL_ITEM_INVESTIGATIONS] == 1


def test_counting_a_day_again_replaces_its_counts(article: Article) -> None:
    event(at(10), article)
    assert count_day(DAY) == 1
    assert count_day(DAY) == 1
    assert totals()[Metric.TOTAL_ITEM_REQUESTS] == 1
    event(at(15), article, visitor="v2")
    count_day(DAY)
    assert totals()[Metric.TOTAL_ITEM_REQUESTS] == 2
    assert CountedDay.objects.get(day=DAY).events == 2


def test_count_events_is_pure(article: Article) -> None:
    rows = [
        (at(10, 0, 0), "v", Kind.REQUEST, "html", 1, 1, 2024, None, "Controlled", "Regular"),
        (at(10, 0, 9), "v", Kind.REQUEST, "html", 1, 1, 2024, None, "Controlled", "Regular"),
    ]
    counts = count_events(rows, day=DAY)
    assert counts[(None, 1, 1, 2024, "Controlled", "Regular", "html", Metric.TOTAL_ITEM_REQUESTS)] == 1


@pytest.fixture
def december_morning() -> Iterator[datetime.datetime]:
    now = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=AMSTERDAM)
    with time_machine.travel(now, tick=False):
        yield now


def test_pending_days_are_counted_once_and_readiness_follows(article: Article, december_morning: Any) -> None:
    event(at(10, day=datetime.date(2026, 11, 29)), article)
    event(at(10, day=datetime.date(2026, 12, 1)), article)
    event(at(10, day=datetime.date(2026, 12, 3)), article)  # today: not closed
    assert ready_through() is None
    assert count_pending() == 4  # 29 and 30 November, 1 and 2 December
    assert ready_through() == datetime.date(2026, 12, 2)
    assert count_pending() == 0
    assert UsageCount.objects.filter(day=datetime.date(2026, 12, 3)).count() == 0


def test_raw_events_are_purged_after_retention_once_counted(
    article: Article, december_morning: Any, settings: Any
) -> None:
    settings.USAGE_RAW_RETENTION_DAYS = 30
    old = datetime.date(2026, 10, 1)
    event(at(10, day=old), article)
    event(at(10, day=datetime.date(2026, 11, 20)), article)
    assert purge_events() == 0  # nothing counted yet: nothing may go
    count_pending()
    assert purge_events() == 1
    assert list(UsageEvent.objects.values_list("at__date", flat=True)) == [datetime.date(2026, 11, 20)]
    # The counts of the purged day stay.
    assert totals(old)[Metric.TOTAL_ITEM_REQUESTS] == 1


def test_the_day_boundary_is_the_sites_time_zone() -> None:
    start, end = aggregation.day_bounds(datetime.date(2026, 3, 29))  # summer time starts: a 23-hour day
    assert end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC) == datetime.timedelta(hours=23)


# --- What the privacy statement promises -------------------------------------------------------------------


def test_the_privacy_statement_names_the_retention_and_the_pseudonyms(client: Client, db: None, settings: Any) -> None:
    settings.USAGE_RAW_RETENTION_DAYS = 45
    text = client.get("/privacy/").content.decode()
    assert "Na 45 dagen verwijderen we de losse gebeurtenissen" in text
    assert "geen IP-adres" in text
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get("/privacy/").content.decode()
    assert "45 days" in english


def test_a_months_totals_are_the_sum_of_its_counted_days(article: Article, institution: Institution) -> None:
    other_day = DAY + datetime.timedelta(days=5)
    event(at(10), article, institution=institution)
    event(at(10, day=other_day), article, institution=institution)
    event(at(11, day=other_day), article, visitor="v2")
    count_day(DAY)
    count_day(other_day)
    months = {
        (row.institution_id, row.metric): row.count
        for row in UsageMonth.objects.filter(month=DAY.replace(day=1), metric__startswith="Total_Item_Requests")
    }
    assert months == {(institution.pk, Metric.TOTAL_ITEM_REQUESTS): 2, (None, Metric.TOTAL_ITEM_REQUESTS): 1}
    # Counting a day again (nothing changed) leaves the month as it was; deleting its events and recounting lowers it.
    count_day(DAY)
    assert (
        UsageMonth.objects.get(month=DAY.replace(day=1), institution=institution, metric="Total_Item_Requests").count
        == 2
    )
    UsageEvent.objects.filter(at__date=DAY).delete()
    count_day(DAY)
    assert (
        UsageMonth.objects.get(month=DAY.replace(day=1), institution=institution, metric="Total_Item_Requests").count
        == 1
    )
