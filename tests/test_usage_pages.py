"""The usage pages: Lieke reads Hogeschool Rijnland's COUNTER reports and sets up SUSHI; Daan reads the publisher's.

Lieke (librarian of Hogeschool Rijnland) opens the usage page of her institution: a chart per month,
the same numbers in a table, the journals with their counts, and downloads of exactly that report. She
issues a SUSHI credential for her harvesting tool (the API key is shown once and stored only as a digest)
and revokes it again. Nobody else sees Rijnland's usage: a reader, a member who is no administrator and
the librarian of another institution get "not found". Daan (staff) sees every institution, and the
editors' overview: what is read, where, how, and where a subscription is missing.

Today is 25 November 2026 (``frozen_today``); every day up to yesterday is counted, so the default
period is November 2025 through October 2026.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from lxml import html

from access.models import Institution
from accounts.models import User
from journals.models import Article, Journal
from tests import factories
from tests.conftest import TODAY, login
from usage import reports
from usage.aggregation import roll_up
from usage.charts import monthly_chart, nice_ticks
from usage.models import AccessType, CountedDay, Format, Metric, SushiCredential, UsageCount
from usage.summaries import describe_exceptions, usage_summary

pytestmark = pytest.mark.django_db

FIRST_COUNTED = datetime.date(2025, 1, 1)


# Helpers


@pytest.fixture
def counted(frozen_today: datetime.date) -> None:
    """Every day from January 2025 through yesterday is counted (the months are ready to report)."""
    days = (TODAY - FIRST_COUNTED).days
    CountedDay.objects.bulk_create([CountedDay(day=FIRST_COUNTED + datetime.timedelta(days=n)) for n in range(days)])


def count(
    day: datetime.date,
    metric: str,
    n: int,
    *,
    article: Article | None = None,
    journal: Journal | None = None,
    institution: Institution | None = None,
    access_type: str = AccessType.CONTROLLED,
    fmt: str = "",
) -> UsageCount:
    if article is not None:
        journal = article.issue.journal
    if metric == Metric.TOTAL_ITEM_REQUESTS and not fmt:
        fmt = Format.HTML
    made = UsageCount.objects.create(
        day=day,
        month=day.replace(day=1),
        institution=institution,
        journal=journal,
        article=article,
        yop=2024 if article is not None else None,
        access_type=access_type if article is not None else "",
        format=fmt,
        metric=metric,
        count=n,
    )
    roll_up(day.replace(day=1))  # reports read the month's totals
    return made


def page(response: Any) -> Any:
    return html.fromstring(response.content.decode())


def text(element: Any) -> str:
    return " ".join(element.text_content().split())


def table_rows(tree: Any, caption_start: str) -> list[list[str]]:
    tables = tree.xpath(f"//table[starts-with(normalize-space(caption), '{caption_start}')]")
    assert tables, f"no table with a caption starting {caption_start!r}"
    return [[text(cell) for cell in row.xpath("./th|./td")] for row in tables[0].xpath("./tbody/tr")]


def usage_url(institution: Institution, **query: str) -> str:
    url = reverse("usage:institution", args=[institution.pk])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


def download_url(institution: Institution, fmt: str, **query: str) -> str:
    url = reverse("usage:institution_download", args=[institution.pk, fmt])
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


@pytest.fixture
def other_institution(db: None) -> Institution:
    return factories.make_institution("Zorggroep Oostland", ranges=("203.0.113.0/24",))


@pytest.fixture
def other_librarian(other_institution: Institution) -> User:
    user = factories.make_user("otto@oostland.example.org", name="Otto Bibliothecaris")
    factories.make_member(other_institution, user, is_admin=True)
    return user


@pytest.fixture
def rijnland_usage(counted: None, article: Article, institution: Institution, other_institution: Institution) -> None:
    """Rijnland read the article 5 times in January 2026 and 7 times in March (controlled), 3 times open.

    Oostland's 100 requests in January are not Rijnland's, and never show on Rijnland's page.
    """
    count(datetime.date(2026, 1, 10), Metric.TOTAL_ITEM_REQUESTS, 5, article=article, institution=institution)
    count(datetime.date(2026, 1, 10), Metric.UNIQUE_ITEM_REQUESTS, 4, article=article, institution=institution)
    count(datetime.date(2026, 3, 3), Metric.TOTAL_ITEM_REQUESTS, 7, article=article, institution=institution, fmt="pdf")
    count(datetime.date(2026, 3, 3), Metric.UNIQUE_ITEM_REQUESTS, 6, article=article, institution=institution)
    count(datetime.date(2026, 3, 3), Metric.TOTAL_ITEM_INVESTIGATIONS, 9, article=article, institution=institution)
    count(
        datetime.date(2026, 2, 1),
        Metric.TOTAL_ITEM_REQUESTS,
        3,
        article=article,
        institution=institution,
        access_type=AccessType.OPEN,
    )
    count(datetime.date(2026, 1, 15), Metric.TOTAL_ITEM_REQUESTS, 100, article=article, institution=other_institution)


# The librarian's usage page


def test_librarian_sees_her_institutions_usage_as_chart_and_tables(
    client: Client, librarian: User, institution: Institution, rijnland_usage: None
) -> None:
    response = login(client, librarian).get(usage_url(institution))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    tree = page(response)
    assert text(tree.xpath("//h1")[0]) == "Gebruik van Hogeschool Rijnland"
    # The default: journal requests (controlled) over the last twelve complete months.
    assert tree.xpath("//select[@name='report']/option[@selected]/@value") == ["TR_J1"]
    assert tree.xpath("//input[@name='begin']/@value") == ["2025-11"]
    assert tree.xpath("//input[@name='end']/@value") == ["2026-10"]
    assert tree.xpath("//input[@name='begin']/@type") == ["month"]

    # The chart: an image with a name, a point per month and series, the numbers in the points' titles.
    svg = tree.xpath("//svg")[0]
    assert svg.get("role") == "img"
    name_id = svg.get("aria-labelledby")
    assert text(tree.xpath(f"//*[@id='{name_id}']")[0]).startswith("Gelezen artikelen per tijdschrift, afgeschermd")
    requests = svg.xpath(".//g[@data-series='Gelezen']/g")
    assert len(requests) == 12
    by_month = {point.get("data-month"): int(point.get("data-count")) for point in requests}
    assert (
        by_month["2026-01"] == 5 and by_month["2026-03"] == 7 and by_month["2026-02"] == 0
    )  # open access is not in TR_J1
    assert "januari 2026 — Gelezen: 5" in [text(title) for title in svg.xpath(".//title")]
    axis = [text(label) for label in svg.xpath(".//text[@text-anchor='middle']")]
    assert axis[0] == "nov 2025" and "jan 2026" in axis and "mrt" in axis

    # The same numbers in a table.
    rows = table_rows(tree, "Per maand")
    assert len(rows) == 12
    assert rows[0] == ["november 2025", "0", "0"]
    assert ["januari 2026", "5", "4"] in rows and ["maart 2026", "7", "6"] in rows
    totals = tree.xpath("//table[starts-with(normalize-space(caption), 'Per maand')]/tfoot/tr/*")
    assert [text(cell) for cell in totals] == ["Totaal", "12", "10"]

    # The journals with their counts over the period; Oostland's 100 requests are nowhere.
    assert table_rows(tree, "1 regel") == [["Ouderschapskennis", "12", "10"]]
    assert "100" not in [cell for row in rows for cell in row]

    # Downloads of exactly this report.
    links = tree.xpath("//ul[@class='usage-downloads']//a/@href")
    assert links == [
        download_url(institution, fmt, report="TR_J1", begin="2025-11", end="2026-10")
        for fmt in ("tsv", "xlsx", "json")
    ]


def test_journal_usage_by_access_type_for_a_chosen_period(
    client: Client, librarian: User, institution: Institution, rijnland_usage: None
) -> None:
    response = login(client, librarian).get(usage_url(institution, report="TR_J3", begin="2026-01", end="2026-03"))
    tree = page(response)
    assert tree.xpath("//select[@name='report']/option[@selected]/@value") == ["TR_J3"]
    assert text(tree.xpath("//section//h2")[0]) == "Gebruik per tijdschrift naar soort toegang (TR_J3)"
    months = {point.get("data-month") for point in tree.xpath("//svg//g[@data-month]")}
    assert months == {"2026-01", "2026-02", "2026-03"}
    rows = table_rows(tree, "2 regels")
    header = [text(cell) for cell in tree.xpath("//table[caption[@id='report-rows-caption']]/thead/tr/th")]
    assert header[:2] == ["Titel", "Soort toegang"]
    assert header[2].startswith("Gelezen") and "Total_Item_Requests" in header[2]
    # Gelezen, unique, Bekeken (no unique investigations, so no column): the controlled row first (most used).
    assert rows == [
        ["Ouderschapskennis", "afgeschermd", "12", "10", "9"],
        ["Ouderschapskennis", "open access", "3", "0", "0"],
    ]


def test_an_institution_without_usage_gets_the_counter_notice_in_dutch(
    client: Client, librarian: User, institution: Institution, counted: None
) -> None:
    tree = page(login(client, librarian).get(usage_url(institution)))
    notice = text(tree.xpath("//div[contains(@class, 'usage-notices')]")[0])
    assert "Er is in deze periode geen gebruik gevonden." in notice
    assert "3030: No Usage Available for Requested Dates" in notice  # the standard's words beside it
    assert "Het rapport heeft geen regels" in text(tree.xpath("//main")[0])


def test_a_period_into_this_month_is_reported_through_the_last_counted_month(
    client: Client, librarian: User, institution: Institution, rijnland_usage: None
) -> None:
    tree = page(login(client, librarian).get(usage_url(institution, begin="2026-09", end="2026-11")))
    assert "nog niet verwerkt" in text(tree.xpath("//div[contains(@class, 'usage-notices')]")[0])
    assert {point.get("data-month") for point in tree.xpath("//svg//*[@data-month]")} == {"2026-09", "2026-10"}


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"begin": "gisteren"}, "begin", "Schrijf een maand als JJJJ-MM, bijvoorbeeld 2026-01."),
        ({"begin": "2026-13"}, "begin", "Schrijf een maand als JJJJ-MM, bijvoorbeeld 2026-01."),
        ({"end": "2026-1x"}, "end", "Schrijf een maand als JJJJ-MM, bijvoorbeeld 2026-01."),
        ({"report": "XX_99"}, "report", "Dit rapport bestaat niet. Kies een rapport uit de lijst."),
        ({"report": ""}, "report", "Dit veld is verplicht."),
        ({"begin": "2026-05", "end": "2026-02"}, "end", "De laatste maand ligt vóór de eerste."),
        ({"begin": "2026-11", "end": "2026-11"}, "begin", "Kies een maand die al voorbij is"),
        ({"begin": "2020-01", "end": "2026-10"}, "end", "Kies een periode van hoogstens 36 maanden."),
    ],
)
def test_bad_input_is_the_forms_error_in_dutch(
    client: Client,
    librarian: User,
    institution: Institution,
    counted: None,
    query: dict[str, str],
    field: str,
    message: str,
) -> None:
    login(client, librarian)
    response = client.get(usage_url(institution, **query))
    assert response.status_code == 200
    tree = page(response)
    assert message in text(tree.xpath(f"//ul[@id='id_{field}_error']")[0])
    assert message in text(tree.xpath("//div[contains(@class, 'error-summary')]")[0])
    assert tree.xpath(f"//*[@name='{field}']/@aria-invalid") == ["true"]
    assert not tree.xpath("//svg")
    # The downloads answer the same error, never a report nor a 500.
    download = client.get(download_url(institution, "tsv", **query))
    assert download.status_code == 400
    assert message in download.content.decode()


def test_form_errors_follow_the_language_switch(
    client: Client, librarian: User, institution: Institution, counted: None
) -> None:
    login(client, librarian)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    tree = page(client.get(usage_url(institution, report="", begin="gisteren")))
    assert tree.get("lang") == "en"
    errors = text(tree.xpath("//div[contains(@class, 'error-summary')]")[0])
    assert "This field is required." in errors  # Django's own message, in Django's English catalog
    with translation.override("en"):
        from usage.forms import MonthField

        assert str(MonthField.default_error_messages["invalid"]) in errors


def test_downloads_are_exactly_the_report_on_the_page(
    client: Client, librarian: User, institution: Institution, rijnland_usage: None
) -> None:
    login(client, librarian)
    query = {"report": "TR_J3", "begin": "2026-01", "end": "2026-03"}

    as_json = client.get(download_url(institution, "json", **query))
    assert as_json.status_code == 200
    assert as_json["Content-Type"] == "application/json"
    assert as_json["Content-Disposition"] == 'attachment; filename="TR_J3_2026-01_2026-03.json"'
    assert "private" in as_json["Cache-Control"] and "no-store" in as_json["Cache-Control"]
    expected = reports.run_report("TR_J3", {"begin_date": "2026-01", "end_date": "2026-03"}, customer=institution)
    assert json.loads(as_json.content) == expected

    as_tsv = client.get(download_url(institution, "tsv", **query))
    assert as_tsv["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    assert as_tsv["Content-Disposition"] == 'attachment; filename="TR_J3_2026-01_2026-03.tsv"'
    lines = list(csv.reader(io.StringIO(as_tsv.content.decode("utf-8-sig")), delimiter="\t"))
    header = {line[0]: line[1] for line in lines if len(line) > 1 and line[0] in ("Report_ID", "Institution_Name")}
    assert header == {"Report_ID": "TR_J3", "Institution_Name": "Hogeschool Rijnland"}
    assert any(line and line[0] == "Ouderschapskennis" for line in lines)
    assert not any("Oostland" in cell for line in lines for cell in line)

    as_xlsx = client.get(download_url(institution, "xlsx", **query))
    assert as_xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert as_xlsx["Content-Disposition"] == 'attachment; filename="TR_J3_2026-01_2026-03.xlsx"'
    with zipfile.ZipFile(io.BytesIO(as_xlsx.content)) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()

    assert client.get(download_url(institution, "csv", **query)).status_code == 404


# Who may see it


@pytest.mark.parametrize("persona", ["reader", "subscriber", "other_librarian"])
def test_others_get_not_found_for_every_usage_address(
    client: Client, institution: Institution, counted: None, persona: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(persona)
    credential = SushiCredential.objects.create(institution=institution, requestor_id="r-1", api_key_digest="x")
    login(client, user)
    assert client.get(usage_url(institution)).status_code == 404
    assert client.get(download_url(institution, "json")).status_code == 404
    assert client.post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": "X"}).status_code == 404
    revoke = reverse("usage:sushi_revoke", args=[institution.pk, credential.pk])
    assert client.post(revoke).status_code == 404
    assert SushiCredential.objects.filter(institution=institution).count() == 1
    credential.refresh_from_db()
    assert credential.revoked_at is None


def test_a_member_who_is_no_administrator_gets_not_found(
    client: Client, reader: User, institution: Institution, counted: None
) -> None:
    factories.make_member(institution, reader, is_admin=False)
    assert login(client, reader).get(usage_url(institution)).status_code == 404


def test_visitors_are_asked_to_log_in(client: Client, institution: Institution) -> None:
    response = client.get(usage_url(institution))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_librarian_of_one_institution_cannot_see_another(
    client: Client, librarian: User, other_institution: Institution, counted: None
) -> None:
    login(client, librarian)
    assert client.get(usage_url(other_institution)).status_code == 404
    assert client.get(reverse("usage:institution", args=[other_institution.pk + 1000])).status_code == 404


def test_staff_see_every_institutions_usage(
    client: Client, editor: User, institution: Institution, other_institution: Institution, rijnland_usage: None
) -> None:
    login(client, editor)
    oostland = page(client.get(usage_url(other_institution)))
    assert table_rows(oostland, "1 regel") == [["Ouderschapskennis", "100"]]  # no unique requests counted
    assert client.get(usage_url(institution)).status_code == 200


def test_the_institution_page_links_to_usage(client: Client, librarian: User, institution: Institution) -> None:
    tree = page(login(client, librarian).get(reverse("institution_detail", args=[institution.pk])))
    assert tree.xpath(f"//a[@href='{usage_url(institution)}']/text()") == ["Gebruiksrapporten bekijken"]


# SUSHI


def test_librarian_issues_a_sushi_credential_and_sees_the_key_once(
    client: Client, librarian: User, institution: Institution, frozen_today: datetime.date
) -> None:
    login(client, librarian)
    institution_page = page(client.get(reverse("institution_detail", args=[institution.pk])))
    sushi = text(institution_page.xpath("//section[@aria-labelledby='sushi-heading']")[0])
    assert f"Customer-ID {institution.pk}" in sushi
    assert f"API-adres {settings.SITE_URL}/r51/" in sushi
    assert "Er is nog geen SUSHI-toegang." in sushi

    response = client.post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": "Oogsttool"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies.get("messages")  # the key is on this page only, not in a cookie
    credential = SushiCredential.objects.get(institution=institution)
    api_key = page(response).xpath("//code[@id='sushi-api-key']/text()")[0]
    shown = text(page(response).xpath("//main")[0])
    assert credential.requestor_id in shown and f"Customer-ID {institution.pk}" in shown
    assert credential.label == "Oogsttool"
    # Only the digest is kept, and the key is nowhere else.
    assert credential.api_key_digest == hashlib.sha256(api_key.encode()).hexdigest()
    assert not SushiCredential.objects.filter(api_key_digest=api_key).exists()
    assert SushiCredential.objects.matching(
        institution_id=institution.pk, requestor_id=credential.requestor_id, api_key=api_key
    ).exists()

    later = client.get(reverse("institution_detail", args=[institution.pk]))
    assert api_key not in later.content.decode()
    rows = table_rows(page(later), "1 SUSHI-toegang in gebruik")
    assert rows == [["Oogsttool", credential.requestor_id, "25 november 2026", "Intrekken"]]


def test_a_label_too_long_is_refused_with_the_form_again(
    client: Client, librarian: User, institution: Institution
) -> None:
    response = login(client, librarian).post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": "x" * 101})
    assert response.status_code == 400
    assert "Omschrijving" in text(page(response).xpath("//div[contains(@class, 'error-summary')]")[0])
    assert not SushiCredential.objects.exists()


def test_an_inactive_institution_gets_no_new_credential(client: Client, editor: User, institution: Institution) -> None:
    institution.is_active = False
    institution.save()
    response = login(client, editor).post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": ""})
    assert response.status_code == 400
    assert "niet actief" in response.content.decode()
    assert not SushiCredential.objects.exists()


def test_librarian_revokes_a_credential(client: Client, librarian: User, institution: Institution) -> None:
    login(client, librarian)
    client.post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": "Oude tool"})
    credential = SushiCredential.objects.get()
    response = client.post(reverse("usage:sushi_revoke", args=[institution.pk, credential.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("institution_detail", args=[institution.pk]) + "#sushi-heading"
    credential.refresh_from_db()
    assert credential.revoked_at is not None
    tree = page(response)
    assert "is ingetrokken" in text(tree.xpath("//*[contains(@class, 'message')]")[0])
    assert "Er is nog geen SUSHI-toegang." in text(tree.xpath("//section[@aria-labelledby='sushi-heading']")[0])
    # Revoking is a POST; a GET changes nothing.
    assert client.get(reverse("usage:sushi_revoke", args=[institution.pk, credential.pk])).status_code == 405


def test_a_credential_of_another_institution_cannot_be_revoked_through_ones_own(
    client: Client, librarian: User, institution: Institution, other_institution: Institution
) -> None:
    credential = SushiCredential.objects.create(institution=other_institution, requestor_id="r-2", api_key_digest="x")
    login(client, librarian)
    assert client.post(reverse("usage:sushi_revoke", args=[institution.pk, credential.pk])).status_code == 404
    credential.refresh_from_db()
    assert credential.revoked_at is None


def test_issuing_and_revoking_need_the_csrf_token(librarian: User, institution: Institution) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(librarian)
    assert client.post(reverse("usage:sushi_issue", args=[institution.pk]), {"label": "X"}).status_code == 403
    assert not SushiCredential.objects.exists()
    credential = SushiCredential.objects.create(institution=institution, requestor_id="r-3", api_key_digest="x")
    assert client.post(reverse("usage:sushi_revoke", args=[institution.pk, credential.pk])).status_code == 403
    credential.refresh_from_db()
    assert credential.revoked_at is None
    # With the token from the page, it works.
    client.get(reverse("institution_detail", args=[institution.pk]))
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post(
        reverse("usage:sushi_issue", args=[institution.pk]), {"label": "X", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 200


# The editors' overview


@pytest.fixture
def publisher_usage(
    counted: None, article: Article, open_article: Article, institution: Institution, other_institution: Institution
) -> None:
    """A year of the publisher: Rijnland reads on its licence, readers at home read open access, Oostland is refused."""
    day = datetime.date(2026, 4, 2)
    count(day, Metric.TOTAL_ITEM_REQUESTS, 8, article=article, institution=institution, fmt="html")
    count(day, Metric.TOTAL_ITEM_REQUESTS, 2, article=article, institution=institution, fmt="pdf")
    count(day, Metric.TOTAL_ITEM_INVESTIGATIONS, 12, article=article, institution=institution)
    count(day, Metric.TOTAL_ITEM_REQUESTS, 6, article=open_article, access_type=AccessType.OPEN, fmt="pdf")
    count(day, Metric.TOTAL_ITEM_INVESTIGATIONS, 6, article=open_article, access_type=AccessType.OPEN)
    count(day, Metric.NO_LICENSE, 4, article=article, institution=other_institution)
    count(day, Metric.TOTAL_ITEM_INVESTIGATIONS, 4, article=article, institution=other_institution)
    count(day, Metric.SEARCHES_PLATFORM, 11, institution=institution)


def test_editors_see_what_is_read_where_and_how(client: Client, editor: User, publisher_usage: None) -> None:
    response = login(client, editor).get(reverse("usage:staff"))
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    tree = page(response)
    assert text(tree.xpath("//h1")[0]) == "Gebruik van alle tijdschriften"
    totals = {
        text(item.xpath("./dt")[0]): text(item.xpath("./dd")[0])
        for item in tree.xpath("//dl[@class='usage-totals']/div")
    }
    assert totals == {"Gelezen": "16", "Bekeken": "22", "Geweigerd, geen licentie": "4", "Zoekopdrachten": "11"}
    april = tree.xpath("//svg//g[@data-series='Gelezen']/g[@data-month='2026-04']/@data-count")
    assert april == ["16"]
    assert ["april 2026", "16", "22", "4", "11"] in table_rows(tree, "Per maand")

    assert table_rows(tree, "De 2 meest gelezen artikelen") == [
        ["Groepswerk met ouders in perspectief", "Ouderschapskennis", "10", "16", "4"],
        ["Vrij te lezen", "Ouderschapskennis", "6", "6", "0"],
    ]
    assert table_rows(tree, "Gebruik per instelling") == [
        ["Hogeschool Rijnland", "10", "12", "0", "11"],
        ["Zonder instelling (losse lezers en bezoekers)", "6", "6", "0", "0"],
        ["Zorggroep Oostland", "0", "4", "4", "0"],
    ]
    assert table_rows(tree, "Gelezen naar vorm") == [["HTML", "8", "50%"], ["PDF", "8", "50%"]]
    assert table_rows(tree, "Gelezen naar soort toegang") == [["afgeschermd", "10", "62%"], ["open access", "6", "38%"]]
    assert table_rows(tree, "Geweigerd per instelling") == [["Zorggroep Oostland", "Ouderschapskennis", "4"]]
    links = tree.xpath("//ul[@class='usage-downloads']//a/@href")
    assert links[0] == reverse("usage:staff_download", args=["tsv"]) + "?begin=2025-11&end=2026-10"


def test_editors_narrow_to_a_journal_and_an_article(
    client: Client, editor: User, article: Article, other_journal: Journal, publisher_usage: None
) -> None:
    login(client, editor)
    elsewhere = factories.make_article(factories.make_issue(other_journal), title="Elders gelezen")
    count(datetime.date(2026, 4, 3), Metric.TOTAL_ITEM_REQUESTS, 50, article=elsewhere)

    journal = article.issue.journal
    tree = page(client.get(reverse("usage:staff"), {"journal": journal.pk}))
    assert text(tree.xpath("//h1")[0]) == "Gebruik van Ouderschapskennis"
    assert "Elders gelezen" not in text(tree.xpath("//main")[0])
    assert [row[0] for row in table_rows(tree, "De 2 meest gelezen")] == [article.title, "Vrij te lezen"]

    link = tree.xpath(f"//a[text()='{article.title}']/@href")[0]
    tree = page(client.get(link))
    assert text(tree.xpath("//h1")[0]) == f"Gebruik van {article.title}"
    assert [text(li) for li in tree.xpath("//nav[@class='breadcrumbs']//li")] == [
        "Beheer",
        "Gebruik",
        "Ouderschapskennis",
        article.title,
    ]
    assert tree.xpath("//svg//g[@data-series='Gelezen']/g[@data-month='2026-04']/@data-count") == ["10"]
    assert not tree.xpath("//table[starts-with(normalize-space(caption), 'De ')]")  # no top articles of one article

    # The download of one article is its Item Report; of one journal its Title Report.
    download = client.get(reverse("usage:staff_download", args=["json"]), {"article": article.pk})
    report = json.loads(download.content)
    assert report["Report_Header"]["Report_ID"] == "IR"
    assert report["Report_Header"]["Institution_Name"] == "The World"
    titles = [item["Item"] for parent in report["Report_Items"] for item in parent.get("Items", [parent])]
    assert titles == [article.title]
    download = client.get(reverse("usage:staff_download", args=["tsv"]), {"journal": other_journal.pk})
    assert download["Content-Disposition"] == 'attachment; filename="TR_waardenwerk_2025-11_2026-10.tsv"'
    assert "Elders" not in download.content.decode() and "Waardenwerk" in download.content.decode()
    assert "Ouderschapskennis" not in download.content.decode()


def test_editors_page_errors_are_the_forms(client: Client, editor: User, counted: None) -> None:
    login(client, editor)
    response = client.get(reverse("usage:staff"), {"journal": "999999", "begin": "nu"})
    assert response.status_code == 200
    errors = text(page(response).xpath("//div[contains(@class, 'error-summary')]")[0])
    assert "Dit bestaat niet (meer)." in errors and "Schrijf een maand als JJJJ-MM" in errors
    assert client.get(reverse("usage:staff_download", args=["json"]), {"article": "x"}).status_code == 400


def test_only_staff_reach_the_editors_pages(client: Client, reader: User, librarian: User) -> None:
    anonymous = client.get(reverse("usage:staff"))
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    for user in (reader, librarian):
        response = login(Client(), user).get(reverse("usage:staff"), follow=True)
        assert response.status_code == 403
        response = login(Client(), user).get(reverse("usage:staff_download", args=["json"]), follow=True)
        assert response.status_code == 403


def test_the_back_office_links_to_the_usage_overview(client: Client, editor: User) -> None:
    tree = page(login(client, editor).get(reverse("admin:index")))
    assert tree.xpath(f"//a[@href='{reverse('usage:staff')}']")


def test_usage_summary_reads_all_usage_of_a_journal_in_five_queries(publisher_usage: None, article: Article) -> None:
    with CaptureQueriesContext(connection) as queries:
        summary = usage_summary(
            begin=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 1), journal_id=article.issue.journal_id
        )
    assert len(queries) == 5
    assert summary.totals[Metric.TOTAL_ITEM_REQUESTS] == 16
    assert summary.months[0] == datetime.date(2026, 1, 1) and len(summary.months) == 12


# The chart


def test_y_axis_ticks_are_round_numbers() -> None:
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(4) == [0, 1, 2, 3, 4]
    assert nice_ticks(12) == [0, 5, 10, 15]
    assert nice_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(1234) == [0, 500, 1000, 1500]


def test_chart_is_an_accessible_image_with_every_number() -> None:
    months = [datetime.date(2026, month, 1) for month in (1, 2, 3)]
    with translation.override("nl"):
        svg = str(monthly_chart({"Gelezen": [(months[0], 3), (months[2], 41)]}, title="Rijnland", months=months))
    tree = html.fromstring(f"<div>{svg}</div>")
    chart = tree.xpath("//svg")[0]
    assert chart.get("role") == "img" and chart.get("aria-labelledby")
    assert text(chart.xpath(".//title")[0]) == "Rijnland"
    bars = chart.xpath(".//rect[@data-month]")
    assert [(bar.get("data-month"), bar.get("data-count")) for bar in bars] == [
        ("2026-01", "3"),
        ("2026-02", "0"),
        ("2026-03", "41"),
    ]
    assert [text(label) for label in chart.xpath(".//text[@text-anchor='middle']")] == ["jan 2026", "feb", "mrt"]
    assert "style=" not in svg  # the CSP allows no inline styles
    assert "Gelezen" in [text(label) for label in chart.xpath(".//text")]  # the legend, as text


def test_chart_titles_escape_what_they_are_given() -> None:
    svg = str(monthly_chart({"<b>": [(datetime.date(2026, 1, 1), 1)]}, title="A & <script>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;" in svg


def test_exceptions_without_a_known_code_keep_their_message() -> None:
    notices = describe_exceptions([{"Code": 42, "Message": "Custom warning", "Data": "x"}, {"Message": "?"}])
    assert [(notice.code, notice.text, notice.original) for notice in notices] == [
        (42, "Custom warning", "42: Custom warning (x)"),
        (None, "?", "?"),
    ]


# Queries


def _measure(client: Client, url: str) -> CaptureQueriesContext:
    for alias in settings.CACHES:
        caches[alias].clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return context


def _assert_fixed(client: Client, url: str, grow: Callable[[], object], expected: int) -> None:
    one = _measure(client, url)
    grow()
    many = _measure(client, url)
    if not (len(one) == len(many) == expected):
        sql = "\n".join(f"  {n}. {query['sql']}" for n, query in enumerate(many.captured_queries, 1))
        pytest.fail(
            f"expected {expected} queries with one row and many; got {len(one)} and {len(many)}:\n{sql}", pytrace=False
        )


def _grow(article: Article, institution: Institution) -> Callable[[], None]:
    def grow() -> None:
        journal = article.issue.journal
        for n in range(6):
            other = factories.make_journal(journal.publisher)
            issue = factories.make_issue(other)
            for m in range(3):
                item = factories.make_article(issue)
                place = factories.make_institution(f"Instelling {n}-{m}") if m == 0 else institution
                for month in (1, 4, 7, 10):
                    count(
                        datetime.date(2026, month, 5),
                        Metric.TOTAL_ITEM_REQUESTS,
                        n + m + 1,
                        article=item,
                        institution=place,
                    )
                    count(
                        datetime.date(2026, month, 5),
                        Metric.TOTAL_ITEM_INVESTIGATIONS,
                        2,
                        article=item,
                        institution=institution,
                    )
                    count(datetime.date(2026, month, 6), Metric.NO_LICENSE, 1, article=item, institution=place)

    return grow


def test_librarian_usage_page_costs_the_same_queries_with_many_rows(
    client: Client, librarian: User, institution: Institution, article: Article, rijnland_usage: None
) -> None:
    # session, user, institution, the report (counted days, the counts grouped, their journals, the publisher
    # as Created_By), publisher (header)
    login(client, librarian)
    _assert_fixed(client, usage_url(institution, report="TR_J3"), _grow(article, institution), expected=8)


def test_editors_page_costs_the_same_queries_with_many_rows(
    client: Client, editor: User, institution: Institution, article: Article, publisher_usage: None
) -> None:
    # session, user, the five summaries, the journals of the choice, publisher (header)
    login(client, editor)
    _assert_fixed(client, reverse("usage:staff"), _grow(article, institution), expected=9)


def test_editors_page_of_a_journal_costs_the_same_queries_with_many_rows(
    client: Client, editor: User, institution: Institution, article: Article, publisher_usage: None
) -> None:
    # + the chosen journal
    login(client, editor)
    url = reverse("usage:staff") + f"?journal={article.issue.journal_id}"
    _assert_fixed(client, url, _grow(article, institution), expected=10)
