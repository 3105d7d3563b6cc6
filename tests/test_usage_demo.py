"""The demo's year of usage: it has a rhythm, leaves robots out, follows the access decision, and loads again the same."""

from __future__ import annotations

import datetime
from collections import Counter
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models import Sum
from django.test import Client
from django.utils import timezone

from access.models import Institution
from journals.demo.load import SMALL_USAGE_DAYS
from usage import demo
from usage.aggregation import day_bounds
from usage.models import AccessType, CountedDay, Kind, Metric, SushiCredential, UsageCount, UsageEvent
from usage.recording import is_robot

RIJNLAND, OOSTLAND, VELDHOVEN = "Hogeschool Rijnland", "Zorggroep Oostland", "Gemeente Veldhoven-Zuid"


@pytest.fixture
def demo_output(db: None, frozen_today: datetime.date) -> str:
    """The small demo (one issue per journal, six weeks of usage) on 25 November 2026, as ``make demo`` loads it."""
    out = StringIO()
    call_command("load_demo", "--small", "--force", stdout=out)
    return out.getvalue()


def _load_usage_again(**kwargs: Any) -> int:
    return demo.demo_usage_load(today=timezone.localdate(), days=SMALL_USAGE_DAYS, **kwargs)


def _period() -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    return today - datetime.timedelta(days=SMALL_USAGE_DAYS), today - datetime.timedelta(days=1)


def _events_in_period() -> int:
    first, last = _period()
    return UsageEvent.objects.filter(at__gte=day_bounds(first)[0], at__lt=day_bounds(last)[1]).count()


def _totals() -> dict[str, int]:
    rows = UsageCount.objects.values_list("metric").annotate(total=Sum("count")).order_by("metric")
    return dict(rows)


def test_the_demo_load_reports_a_year_of_usage_and_the_sushi_credential(demo_output: str) -> None:
    first, last = _period()
    assert f"Gebruik genereren van {first:%d-%m-%Y} t/m {last:%d-%m-%Y}:" in demo_output
    assert "verzoeken van robots weggelaten" in demo_output
    assert f"requestor_id {demo.DEMO_REQUESTOR_ID}, api_key {demo.DEMO_API_KEY}" in demo_output
    assert CountedDay.objects.filter(day__range=(first, last)).count() == SMALL_USAGE_DAYS
    assert _events_in_period() == UsageEvent.objects.count() > 500
    assert set(CountedDay.objects.values_list("events", flat=True)) != {0}


def test_weekdays_are_busier_than_weekends(demo_output: str) -> None:
    per_day = dict(CountedDay.objects.values_list("day", "events"))
    weekdays = [n for day, n in per_day.items() if day.weekday() < 5]
    weekends = [n for day, n in per_day.items() if day.weekday() >= 5]

    assert sum(weekdays) / len(weekdays) > 1.5 * sum(weekends) / len(weekends)


def test_robots_are_recognised_dropped_and_reported(demo_output: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[bool] = Counter()
    real = is_robot

    def spy(user_agent: str) -> bool:
        answer = real(user_agent)
        asked[answer] += 1
        return answer

    monkeypatch.setattr("usage.demo.is_robot", spy)  # the check every generated event passes
    lines: list[str] = []

    stored = _load_usage_again(report=lines.append)

    assert asked[True] > 0
    assert stored == asked[False] == _events_in_period()
    summary = next(line for line in lines if line.startswith("Gebruik: "))
    assert f"{demo._number(asked[True])} verzoeken van robots weggelaten" in summary


def test_every_demo_institution_has_counts_and_the_unlicensed_are_denied(demo_output: str) -> None:
    institutions = {i.name: i for i in Institution.objects.filter(name__in=[RIJNLAND, OOSTLAND, VELDHOVEN])}
    assert len(institutions) == 3
    for institution in institutions.values():
        assert UsageCount.objects.filter(institution=institution).exists(), institution

    # Veldhoven-Zuid's trial of Participatie en Herstel starts today: a year of turnaways before it.
    veldhoven = UsageCount.objects.filter(institution=institutions[VELDHOVEN])
    assert veldhoven.filter(metric=Metric.NO_LICENSE, journal__slug="participatie-en-herstel").exists()
    assert not veldhoven.filter(metric=Metric.TOTAL_ITEM_REQUESTS, access_type=AccessType.CONTROLLED).exists()
    # Rijnland reads its licensed journals in full this year, and is refused the others.
    rijnland = UsageCount.objects.filter(institution=institutions[RIJNLAND])
    assert rijnland.filter(
        metric=Metric.TOTAL_ITEM_REQUESTS, journal__slug="wta", day__year=timezone.localdate().year
    ).exists()
    assert rijnland.filter(metric=Metric.NO_LICENSE, journal__slug="waardenwerk").exists()
    assert rijnland.filter(metric=Metric.SEARCHES_PLATFORM).exists()


def test_reasons_and_access_types_come_from_the_access_decision(demo_output: str) -> None:
    rijnland = Institution.objects.get(name=RIJNLAND)
    reasons = set(UsageEvent.objects.filter(kind=Kind.REQUEST).values_list("reason", flat=True))
    assert {"institution", "open_access"} <= reasons
    assert UsageEvent.objects.filter(kind=Kind.REQUEST, reason="institution", institution=rijnland).exists()
    assert UsageEvent.objects.filter(kind=Kind.REQUEST, access_type=AccessType.OPEN).exists()
    assert set(UsageEvent.objects.filter(kind=Kind.NO_LICENSE).values_list("reason", flat=True)) <= {
        "login_required",
        "no_subscription",
        "subscription_expired",
    }
    assert UsageEvent.objects.filter(kind=Kind.NO_LICENSE, institution__isnull=True).exists()  # anonymous readers


def test_running_again_gives_the_same_year(demo_output: str) -> None:
    events, totals, days = UsageEvent.objects.count(), _totals(), CountedDay.objects.count()
    assert totals[Metric.TOTAL_ITEM_REQUESTS] > totals[Metric.UNIQUE_ITEM_REQUESTS] > 0

    stored = _load_usage_again()

    assert stored == events == UsageEvent.objects.count()
    assert _totals() == totals
    assert CountedDay.objects.count() == days
    assert SushiCredential.objects.count() == 1


def test_the_demo_sushi_credential_matches(demo_output: str) -> None:
    rijnland = Institution.objects.get(name=RIJNLAND)

    matching = SushiCredential.objects.matching(
        institution_id=rijnland.pk, requestor_id="demo-rijnland", api_key="leeszaal-demo-sushi-rijnland"
    )

    assert matching.count() == 1
    assert not SushiCredential.objects.matching(
        institution_id=rijnland.pk, requestor_id="demo-rijnland", api_key="een-ander-wachtwoord"
    ).exists()


def test_a_revoked_demo_credential_is_restored(demo_output: str) -> None:
    SushiCredential.objects.update(revoked_at=timezone.now())

    demo.demo_sushi_credential()

    assert SushiCredential.objects.active().filter(requestor_id=demo.DEMO_REQUESTOR_ID).count() == 1


def test_a_harvester_fetches_rijnlands_title_report_with_the_demo_credential(demo_output: str, client: Client) -> None:
    """What the README gives a librarian to try: TR_J1 of the last full month, over the COUNTER API."""
    rijnland = Institution.objects.get(name=RIJNLAND)
    month = f"{timezone.localdate().replace(day=1) - datetime.timedelta(days=1):%Y-%m}"

    response = client.get(
        "/r51/reports/tr_j1",
        {
            "customer_id": str(rijnland.pk),
            "requestor_id": demo.DEMO_REQUESTOR_ID,
            "api_key": demo.DEMO_API_KEY,
            "begin_date": month,
            "end_date": month,
        },
    )

    assert response.status_code == 200, response.content
    report = response.json()
    assert report["Report_Header"]["Institution_Name"] == RIJNLAND
    titles = {item["Title"] for item in report["Report_Items"]}
    assert titles == {"Ouderschapskennis", "Wetenschappelijk Tijdschrift voor Autisme"}  # its two licences
