"""Journey 4: a librarian reads her institution's usage, downloads a report and sets up SUSHI.

Lieke logs in through the login form, goes from her account to Hogeschool Rijnland's page and on to
its usage. She picks "Gebruik per tijdschrift naar soort toegang (TR_J3)" and the last three complete
months, and sees the chart and the table with the same numbers (axe finds nothing on the page). She
downloads the report as TSV, goes back to the institution's page, issues a SUSHI credential for her
harvesting tool, sees the API key once, and revokes the credential again. All without JavaScript of
the site's own: the forms are plain GET and POST forms.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from access.models import Institution
from accounts.models import User
from journals.models import Article
from tests.browser.axe import assert_no_violations
from tests.conftest import PASSWORD
from usage.aggregation import roll_up
from usage.forms import add_months
from usage.models import AccessType, CountedDay, Format, Metric, SushiCredential, UsageCount

pytestmark = pytest.mark.browser


def _usage(article: Article, institution: Institution) -> tuple[datetime.date, datetime.date]:
    """Every day of the last fourteen months is counted; Rijnland read the article in each of the last three."""
    today = timezone.localdate()  # the live server runs on the real day
    last = add_months(today.replace(day=1), -1)
    first = add_months(last, -2)
    start = add_months(last, -13)
    CountedDay.objects.bulk_create(
        [CountedDay(day=start + datetime.timedelta(days=n)) for n in range((today - start).days)]
    )
    for number, month in enumerate((first, add_months(first, 1), last), 1):
        for metric, n, fmt, access_type in (
            (Metric.TOTAL_ITEM_REQUESTS, 10 * number, Format.HTML, AccessType.CONTROLLED),
            (Metric.UNIQUE_ITEM_REQUESTS, 8 * number, "", AccessType.CONTROLLED),
            (Metric.TOTAL_ITEM_INVESTIGATIONS, 15 * number, "", AccessType.CONTROLLED),
            (Metric.UNIQUE_ITEM_INVESTIGATIONS, 12 * number, "", AccessType.CONTROLLED),
            (Metric.TOTAL_ITEM_REQUESTS, number, Format.PDF, AccessType.OPEN),
        ):
            UsageCount.objects.create(
                day=month.replace(day=3),
                month=month,
                institution=institution,
                journal=article.issue.journal,
                article=article,
                yop=2024,
                access_type=access_type,
                format=fmt,
                metric=metric,
                count=n,
            )
        roll_up(month)  # reports read the month's totals
    return first, last


def test_librarian_reads_usage_downloads_it_and_sets_up_sushi(
    page: Page, article: Article, librarian: User, institution: Institution, tmp_path: Path
) -> None:
    first, last = _usage(article, institution)

    # Log in and find the institution.
    page.goto("/account/login/")
    page.get_by_label(re.compile(r"^E-mailadres:?$", re.IGNORECASE)).fill(librarian.email)
    page.get_by_label(re.compile(r"^Wachtwoord:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("link", name="Hogeschool Rijnland").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hogeschool Rijnland")
    page.get_by_role("link", name="Gebruiksrapporten bekijken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gebruik van Hogeschool Rijnland")

    # TR_J3 over the last three complete months.
    page.get_by_label("Rapport", exact=True).select_option("TR_J3")
    page.get_by_label("Van", exact=True).fill(f"{first:%Y-%m}")
    page.get_by_label("Tot en met", exact=True).fill(f"{last:%Y-%m}")
    page.get_by_role("button", name="Rapport tonen").click()
    expect(page).to_have_url(re.compile(r"report=TR_J3"))
    expect(
        page.get_by_role("heading", level=2, name="Gebruik per tijdschrift naar soort toegang (TR_J3)")
    ).to_be_visible()

    # The chart is an image with a name; its numbers are in the table beside it.
    chart = page.get_by_role("img", name=re.compile(r"^Gebruik per tijdschrift naar soort toegang"))
    expect(chart).to_be_visible()
    expect(chart.locator("[data-month]")).to_have_count(3 * 4)  # three months, four metrics
    monthly = page.get_by_role("table", name=re.compile(r"^Per maand"))
    expect(monthly.locator("tbody tr")).to_have_count(3)
    expect(monthly.locator("tfoot")).to_contain_text("66")  # requests: 10 + 20 + 30 controlled, 1 + 2 + 3 open
    rows = page.get_by_role("table", name=re.compile(r"regels, totalen over de periode"))
    expect(rows.locator("tbody tr").first).to_contain_text("afgeschermd")
    expect(rows.locator("tbody tr").nth(1)).to_contain_text("open access")
    assert_no_violations(page)

    # The TSV download is that report.
    with page.expect_download() as waiting:
        page.get_by_role("link", name=re.compile(r"TSV")).click()
    download = waiting.value
    assert download.suggested_filename == f"TR_J3_{first:%Y-%m}_{last:%Y-%m}.tsv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    lines = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter="\t"))
    assert any(line[:2] == ["Report_ID", "TR_J3"] for line in lines)
    assert any(line and line[0] == "Ouderschapskennis" for line in lines)

    # A bad month is the form's error, said plainly.
    page.get_by_label("Van", exact=True).fill("")
    page.get_by_role("button", name="Rapport tonen").click()
    expect(page.get_by_role("alert")).to_contain_text("Van")
    assert_no_violations(page)

    # SUSHI: a credential for the harvesting tool, the key once.
    page.get_by_role("navigation", name="Kruimelpad").get_by_role("link", name="Hogeschool Rijnland").click()
    sushi = page.get_by_role("region", name="SUSHI: rapporten automatisch ophalen")
    expect(sushi).to_contain_text(f"{institution.pk}")
    sushi.get_by_label("Omschrijving").fill("Oogsttool bibliotheek")
    sushi.get_by_role("button", name="SUSHI-toegang aanmaken").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuwe SUSHI-toegang")
    api_key = page.locator("#sushi-api-key").inner_text()
    credential = SushiCredential.objects.get(institution=institution)
    assert SushiCredential.objects.matching(
        institution_id=institution.pk, requestor_id=credential.requestor_id, api_key=api_key
    ).exists()
    expect(page.get_by_role("status")).to_contain_text("Kopieer de API-sleutel nu.")
    assert_no_violations(page)

    # Back on the institution's page the credential is listed, without its key; revoking it takes one click.
    page.get_by_role("link", name="Terug naar Hogeschool Rijnland").click()
    credentials = page.get_by_role("table", name="1 SUSHI-toegang in gebruik")
    expect(credentials).to_contain_text(credential.requestor_id)
    expect(page.get_by_text(api_key)).to_have_count(0)
    assert_no_violations(page)
    credentials.get_by_role("button", name="Intrekken: Oogsttool bibliotheek").click()
    expect(page.get_by_text(re.compile(r"is ingetrokken"))).to_be_visible()
    expect(page.get_by_text("Er is nog geen SUSHI-toegang.")).to_be_visible()
    credential.refresh_from_db()
    assert credential.revoked_at is not None
