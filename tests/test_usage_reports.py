"""COUNTER R5.1 reports: what Hogeschool Rijnland, Zorggroep Oostland and the publisher get to see.

Rijnland (``institution``) reads Ouderschapskennis on campus: the subscription article, the open article,
and now and then a text-mining script. Zorggroep Oostland reads the same article. Readers at home (no
institution) read the open article. Every report is checked against the official COUNTER API 5.1 schema,
and its TSV and Excel forms against its JSON.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema import Draft202012Validator
from lxml import etree
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from access.models import Institution
from journals.models import Article, Issue, Journal, Publisher
from tests import factories
from usage import aggregation, reports, tabular
from usage.aggregation import roll_up
from usage.models import CountedDay, Kind, UsageCount, UsageEvent

NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
Q1 = {"begin_date": "2026-01", "end_date": "2026-03"}
ORCID = "0000-0002-1825-0097"
DOI = "10.5555/ouderschap.2024.3.1"

TII, UII = "Total_Item_Investigations", "Unique_Item_Investigations"
TIR, UIR = "Total_Item_Requests", "Unique_Item_Requests"
NO_LICENSE, SEARCHES = "No_License", "Searches_Platform"


# The official schemas


@functools.cache
def _registry(spec_path: str) -> Registry[Any]:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    # Project-Counter/cop5#293 (fixed by PR #295 after this copy was taken): the Code of Practice, which is the
    # version of record, and the Validation Tool have Granularity Month or Totals; this copy says "Total".
    spec["components"]["schemas"]["Granularity_Attribute"]["properties"]["Granularity"]["enum"] = ["Month", "Totals"]
    return Registry().with_resource("spec", Resource.from_contents(spec, default_specification=DRAFT202012))


@pytest.fixture
def counter_schema(schemas_dir: Path) -> Any:
    registry = _registry(str(schemas_dir / "counter-r5.1" / "COUNTER_API.json"))

    def errors(document: Any, ref: str) -> list[str]:
        pointer = ref if ref.startswith("#") else f"#/components/schemas/{ref}"
        validator = Draft202012Validator(
            {"$ref": f"spec{pointer}"}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]

    return errors


def assert_valid(counter_schema: Any, document: Any, ref: str) -> None:
    problems = counter_schema(document, ref)
    assert not problems, "\n".join(problems[:20])


# People, journals and their usage


@pytest.fixture
def oostland(db: None) -> Institution:
    return factories.make_institution("Zorggroep Oostland")


@pytest.fixture
def denied_article(other_journal: Journal) -> Article:
    """An article of Waardenwerk, to which Rijnland has no licence."""
    issue = factories.make_issue(other_journal, volume=3, number="1", year=2025)
    return factories.make_article(issue, title="Waarden in de wijk", slug="waarden-in-de-wijk")


@pytest.fixture
def subscription_article(article: Article) -> Article:
    article.doi = DOI
    article.save()
    author = article.contributions.get().author
    author.orcid = ORCID
    author.save()
    return article


def counted_through(last: datetime.date, first: datetime.date = datetime.date(2026, 1, 1)) -> None:
    days = (last - first).days + 1
    CountedDay.objects.bulk_create(CountedDay(day=first + datetime.timedelta(days=n)) for n in range(days))


def add(
    day: datetime.date,
    metric: str,
    count: int,
    *,
    article: Article | None = None,
    institution: Institution | None = None,
    access_type: str = "Controlled",
    method: str = "Regular",
    fmt: str = "",
    yop: int | None = 2024,
) -> None:
    UsageCount.objects.create(
        day=day,
        month=day.replace(day=1),
        institution=institution,
        journal_id=article.issue.journal_id if article else None,
        article=article,
        yop=yop if article else None,
        access_type=access_type if article else "",
        access_method=method,
        format=fmt,
        metric=metric,
        count=count,
    )
    roll_up(day.replace(day=1))  # reports read the month's totals


def item_usage(
    day: datetime.date, article: Article, institution: Institution | None, *, requests: int, **kw: Any
) -> None:
    """``requests`` full-text requests by as many sessions, each session once: all four item metrics."""
    for metric in (TII, UII, TIR, UIR):
        add(day, metric, requests, article=article, institution=institution, fmt="html" if metric == TIR else "", **kw)


JAN, FEB, MAR = datetime.date(2026, 1, 12), datetime.date(2026, 2, 3), datetime.date(2026, 3, 30)


@pytest.fixture
def usage(
    institution: Institution,
    oostland: Institution,
    subscription_article: Article,
    open_article: Article,
    denied_article: Article,
) -> None:
    """Counted through October 2026. Rijnland, Oostland and readers without an institution in the first quarter."""
    counted_through(datetime.date(2026, 10, 31))
    # Rijnland: the subscription article, HTML and PDF in January (4 requests by 2 sessions), again in March.
    add(JAN, TII, 5, article=subscription_article, institution=institution)
    add(JAN, UII, 3, article=subscription_article, institution=institution)
    add(JAN, TIR, 3, article=subscription_article, institution=institution, fmt="html")
    add(JAN, TIR, 1, article=subscription_article, institution=institution, fmt="pdf")
    add(JAN, UIR, 2, article=subscription_article, institution=institution)
    item_usage(MAR, subscription_article, institution, requests=2)
    # ... the open article, and a text-mining script, and Waardenwerk it may not read.
    item_usage(JAN, open_article, institution, requests=2, access_type="Open")
    item_usage(MAR, subscription_article, institution, requests=1, method="TDM")
    # A refused PDF leads to the abstract: a No_License and an investigation (CoP 3.3.4, Table 3.t).
    add(JAN, NO_LICENSE, 3, article=denied_article, institution=institution, yop=2025)
    add(JAN, TII, 3, article=denied_article, institution=institution, yop=2025)
    add(JAN, UII, 2, article=denied_article, institution=institution, yop=2025)
    add(JAN, SEARCHES, 7, institution=institution)
    add(MAR, SEARCHES, 1, institution=institution)
    # Oostland reads the subscription article too.
    item_usage(JAN, subscription_article, oostland, requests=10)
    # Readers at home read the open article and search.
    item_usage(FEB, open_article, None, requests=6, access_type="Open")
    add(FEB, SEARCHES, 4)


def run(report_id: str, customer: Institution | None, **params: str) -> dict[str, Any]:
    return reports.run_report(report_id, {**Q1, **params}, customer=customer, now=NOW)


def codes(report: dict[str, Any]) -> list[int]:
    return [e["Code"] for e in report["Report_Header"].get("Exceptions", [])]


def data_of(report: dict[str, Any], code: int) -> str:
    return next(str(e.get("Data", "")) for e in report["Report_Header"]["Exceptions"] if e["Code"] == code)


def only_item(report: dict[str, Any]) -> dict[str, Any]:
    items = report["Report_Items"]
    assert len(items) == 1, items
    return items[0]


def articles_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for parent in report["Report_Items"] for item in parent["Items"]]


def performance(item: dict[str, Any], **attributes: str) -> dict[str, dict[str, int]]:
    matching = [
        ap for ap in item["Attribute_Performance"] if all(ap.get(name) == value for name, value in attributes.items())
    ]
    assert len(matching) == 1, item["Attribute_Performance"]
    return matching[0]["Performance"]


# The reports on offer


def test_the_reports_on_offer_are_the_nine_of_an_ejournal_platform() -> None:
    assert reports.SUPPORTED == ("PR", "PR_P1", "TR", "TR_J1", "TR_J2", "TR_J3", "TR_J4", "IR", "IR_A1")
    assert reports.NAMES["TR_J1"] == "Journal Requests (Controlled)"
    assert reports.NAMES["IR_A1"] == "Journal Article Requests"
    assert reports.REPORTS["TR_J4"].path == "/r51/reports/tr_j4"
    assert all(str(reports.DESCRIPTIONS[report_id]) for report_id in reports.SUPPORTED)


MASTER_OPTIONS = {
    "PR": {"attributes_to_show": "Access_Method|Attributed"},
    "TR": {"attributes_to_show": "YOP|Access_Type|Access_Method|Attributed"},
    "IR": {
        "attributes_to_show": "YOP|Access_Type|Access_Method|Authors|Publication_Date|Article_Version|Attributed",
        "include_parent_details": "True",
    },
}


@pytest.mark.parametrize("report_id", reports.SUPPORTED)
@pytest.mark.parametrize("who", ["rijnland", "world"])
def test_every_report_is_valid_against_its_official_schema(
    report_id: str, who: str, usage: None, institution: Institution, counter_schema: Any
) -> None:
    customer = institution if who == "rijnland" else None
    plain = run(report_id, customer)
    assert plain["Report_Items"], plain
    assert_valid(counter_schema, plain, report_id)
    if report_id in MASTER_OPTIONS:
        detailed = run(report_id, customer, **MASTER_OPTIONS[report_id])
        assert_valid(counter_schema, detailed, report_id)
        totals = run(report_id, customer, **MASTER_OPTIONS[report_id], granularity="Totals")
        assert_valid(counter_schema, totals, report_id)


# What each report says


def test_rijnland_sees_its_controlled_regular_requests_in_tr_j1(
    usage: None, institution: Institution, journal: Journal
) -> None:
    report = run("TR_J1", institution)
    item = only_item(report)
    assert item["Title"] == "Ouderschapskennis"
    assert item["Publisher"] == "Uitgeverij Leeszaal"
    assert item["Platform"] == "Leeszaal"
    assert item["Item_ID"]["Online_ISSN"] == journal.issn_online
    assert item["Item_ID"]["Proprietary"] == "leeszaal:ouderschapskennis"
    assert item["Item_ID"]["URI"].endswith("/ouderschapskennis/")
    # HTML and PDF together; the open article and the text mining are not in this view; February had none.
    assert item["Attribute_Performance"] == [
        {"Performance": {TIR: {"2026-01": 4, "2026-03": 2}, UIR: {"2026-01": 2, "2026-03": 2}}}
    ]
    assert report["Report_Header"]["Report_Filters"] == {
        "Metric_Type": [TIR, UIR],
        "Begin_Date": "2026-01-01",
        "End_Date": "2026-03-31",
        "Data_Type": ["Journal"],
        "Access_Type": ["Controlled"],
        "Access_Method": ["Regular"],
    }
    assert "Exceptions" not in report["Report_Header"]
    assert "Report_Attributes" not in report["Report_Header"]


def test_an_institution_never_sees_another_institutions_usage(
    usage: None, institution: Institution, oostland: Institution
) -> None:
    rijnland = performance(only_item(run("TR_J1", institution)))
    assert rijnland[TIR]["2026-01"] == 4
    oostland_report = run("TR", oostland)
    assert performance(only_item(oostland_report), Data_Type="Journal") == {
        TII: {"2026-01": 10},
        TIR: {"2026-01": 10},
        UII: {"2026-01": 10},
        UIR: {"2026-01": 10},
    }
    assert run("TR_J2", oostland)["Report_Items"] == []
    assert codes(run("TR_J2", oostland)) == [3030]
    assert oostland_report["Report_Header"]["Institution_Name"] == "Zorggroep Oostland"
    assert oostland_report["Report_Header"]["Institution_ID"] == {"Proprietary": [f"leeszaal:{oostland.pk}"]}


def test_the_report_to_the_world_holds_all_usage_with_or_without_an_institution(usage: None) -> None:
    report = run("TR_J3", None)
    header = report["Report_Header"]
    assert header["Institution_Name"] == "The World"
    assert header["Institution_ID"] == {"Proprietary": ["leeszaal:0000000000000000"]}
    ouderschap = next(item for item in report["Report_Items"] if item["Title"] == "Ouderschapskennis")
    # Open: Rijnland 2 in January, readers at home 6 in February.
    assert performance(ouderschap, Access_Type="Open")[TIR] == {"2026-01": 2, "2026-02": 6}
    # Controlled: Rijnland 4 + Oostland 10 in January, Rijnland 2 in March (the TDM request is not Regular).
    assert performance(ouderschap, Access_Type="Controlled")[TIR] == {"2026-01": 14, "2026-03": 2}
    platform = performance(only_item(run("PR_P1", None)), Data_Type="Platform")
    assert platform == {SEARCHES: {"2026-01": 7, "2026-02": 4, "2026-03": 1}}


def titled(report: dict[str, Any], title: str) -> dict[str, Any]:
    return next(item for item in report["Report_Items"] if item["Title"] == title)


def test_tr_j3_breaks_rijnlands_usage_down_by_access_type(usage: None, institution: Institution) -> None:
    report = run("TR_J3", institution)
    assert performance(titled(report, "Waardenwerk"), Access_Type="Controlled") == {
        TII: {"2026-01": 3},
        UII: {"2026-01": 2},
    }
    item = titled(report, "Ouderschapskennis")
    assert [ap["Access_Type"] for ap in item["Attribute_Performance"]] == ["Controlled", "Open"]
    assert performance(item, Access_Type="Controlled") == {
        TII: {"2026-01": 5, "2026-03": 2},
        TIR: {"2026-01": 4, "2026-03": 2},
        UII: {"2026-01": 3, "2026-03": 2},
        UIR: {"2026-01": 2, "2026-03": 2},
    }
    assert performance(item, Access_Type="Open") == {
        TII: {"2026-01": 2},
        TIR: {"2026-01": 2},
        UII: {"2026-01": 2},
        UIR: {"2026-01": 2},
    }


def test_tr_j4_breaks_requests_down_by_year_of_publication(
    usage: None, institution: Institution, subscription_article: Article
) -> None:
    add(MAR, TIR, 1, article=subscription_article, institution=institution, yop=None, fmt="pdf")
    add(MAR, UIR, 1, article=subscription_article, institution=institution, yop=None)
    item = only_item(run("TR_J4", institution))
    assert [ap["YOP"] for ap in item["Attribute_Performance"]] == ["2024", "0001"]
    assert performance(item, YOP="2024") == {TIR: {"2026-01": 4, "2026-03": 2}, UIR: {"2026-01": 2, "2026-03": 2}}
    assert performance(item, YOP="0001") == {TIR: {"2026-03": 1}, UIR: {"2026-03": 1}}


def test_tr_j2_shows_the_denials_and_no_limit_exceeded(usage: None, institution: Institution) -> None:
    report = run("TR_J2", institution)
    item = only_item(report)
    assert item["Title"] == "Waardenwerk"
    assert item["Attribute_Performance"] == [{"Performance": {NO_LICENSE: {"2026-01": 3}}}]
    assert report["Report_Header"]["Report_Filters"]["Metric_Type"] == ["Limit_Exceeded", NO_LICENSE]


def test_pr_p1_counts_searches_on_the_platform_and_requests_as_journal_usage(
    usage: None, institution: Institution
) -> None:
    item = only_item(run("PR_P1", institution))
    assert item["Platform"] == "Leeszaal"
    assert item["Attribute_Performance"] == [
        {"Data_Type": "Platform", "Performance": {SEARCHES: {"2026-01": 7, "2026-03": 1}}},
        {"Data_Type": "Journal", "Performance": {TIR: {"2026-01": 6, "2026-03": 2}, UIR: {"2026-01": 4, "2026-03": 2}}},
    ]


def test_the_platform_report_shows_access_methods_and_filters_data_types(usage: None, institution: Institution) -> None:
    item = only_item(run("PR", institution, attributes_to_show="Access_Method"))
    assert performance(item, Data_Type="Journal", Access_Method="TDM") == {
        TII: {"2026-03": 1},
        TIR: {"2026-03": 1},
        UII: {"2026-03": 1},
        UIR: {"2026-03": 1},
    }
    assert performance(item, Data_Type="Platform", Access_Method="Regular") == {SEARCHES: {"2026-01": 7, "2026-03": 1}}
    searches = run("PR", institution, data_type="Platform")
    assert [ap["Data_Type"] for ap in only_item(searches)["Attribute_Performance"]] == ["Platform"]
    assert searches["Report_Header"]["Report_Filters"]["Data_Type"] == ["Platform"]


def test_ir_a1_lists_rijnlands_articles_with_their_journal(
    usage: None, institution: Institution, journal: Journal, subscription_article: Article, open_article: Article
) -> None:
    report = run("IR_A1", institution)
    parent = only_item(report)
    assert parent["Title"] == "Ouderschapskennis"
    assert parent["Item_ID"]["Proprietary"] == "leeszaal:ouderschapskennis"
    assert "Data_Type" not in parent
    by_title = {item["Item"]: item for item in parent["Items"]}
    read = by_title["Groepswerk met ouders in perspectief"]
    assert read["Item_ID"]["DOI"] == DOI
    assert read["Item_ID"]["Proprietary"] == "leeszaal:ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief"
    assert read["Authors"][0]["ORCID"] == ORCID
    assert read["Article_Version"] == "VoR"
    assert read["Publication_Date"] == "2024-06-01"
    assert read["Attribute_Performance"] == [
        {
            "Access_Type": "Controlled",
            "Performance": {TIR: {"2026-01": 4, "2026-03": 2}, UIR: {"2026-01": 2, "2026-03": 2}},
        }
    ]
    assert performance(by_title["Vrij te lezen"], Access_Type="Open") == {TIR: {"2026-01": 2}, UIR: {"2026-01": 2}}


def test_the_item_report_gives_parents_and_authors_only_when_asked(usage: None, institution: Institution) -> None:
    plain = run("IR", institution)
    assert list(plain["Report_Items"][0]) == ["Items"]
    assert {item["Item"] for item in articles_of(plain)} == {
        "Groepswerk met ouders in perspectief",
        "Vrij te lezen",
        "Waarden in de wijk",
    }
    assert all("Authors" not in item for item in articles_of(plain))
    denied = next(item for item in articles_of(plain) if item["Item"] == "Waarden in de wijk")
    assert denied["Attribute_Performance"] == [
        {"Data_Type": "Article", "Performance": {TII: {"2026-01": 3}, UII: {"2026-01": 2}, NO_LICENSE: {"2026-01": 3}}}
    ]
    detailed = run("IR", institution, include_parent_details="True", attributes_to_show="Authors|YOP")
    assert [parent["Title"] for parent in detailed["Report_Items"]] == ["Ouderschapskennis", "Waardenwerk"]
    assert detailed["Report_Items"][0]["Data_Type"] == "Journal"
    assert all(item["Authors"] for item in articles_of(detailed))
    assert detailed["Report_Header"]["Report_Attributes"] == {
        "Attributes_To_Show": ["YOP", "Authors"],
        "Include_Parent_Details": "True",
    }


# Filters and attributes


def test_the_access_type_filter_keeps_only_open_content(usage: None, institution: Institution) -> None:
    report = run("TR", institution, access_type="Open")
    assert performance(only_item(report), Data_Type="Journal")[TIR] == {"2026-01": 2}
    assert report["Report_Header"]["Report_Filters"]["Access_Type"] == ["Open"]


def test_the_yop_filter_takes_years_ranges_and_unknown(
    usage: None, institution: Institution, subscription_article: Article
) -> None:
    add(MAR, TIR, 5, article=subscription_article, institution=institution, yop=None, fmt="html")
    ranged = run("TR", institution, yop="2020-2024", metric_type=TIR, access_method="Regular")
    assert performance(only_item(ranged), Data_Type="Journal") == {TIR: {"2026-01": 6, "2026-03": 2}}
    assert ranged["Report_Header"]["Report_Filters"]["YOP"] == ["2020-2024"]
    unknown = run("TR", institution, yop="0001", metric_type=TIR)
    assert performance(only_item(unknown), Data_Type="Journal") == {TIR: {"2026-03": 5}}
    later = run("TR", institution, yop="2025|2030-2031", metric_type=TIR)
    assert later["Report_Items"] == [] and codes(later) == [3030]
    bad = run("TR", institution, yop="24|2024-2020")
    assert 3060 in codes(bad) and "yop=24" in data_of(bad, 3060) and "yop=2024-2020" in data_of(bad, 3060)
    assert "YOP" not in bad["Report_Header"]["Report_Filters"]


def test_the_metric_type_filter_and_its_invalid_values(usage: None, institution: Institution) -> None:
    report = run("TR", institution, metric_type="No_License|Unique_Title_Requests|Total_Searches")
    assert report["Report_Header"]["Report_Filters"]["Metric_Type"] == ["Unique_Title_Requests", NO_LICENSE]
    assert codes(report) == [3060]
    assert data_of(report, 3060) == "metric_type=Total_Searches"
    assert only_item(report)["Title"] == "Waardenwerk"
    # Limit_Exceeded is a valid value; nothing is ever counted as such.
    limits = run("TR", institution, metric_type="Limit_Exceeded")
    assert limits["Report_Items"] == [] and codes(limits) == [3030]


def test_granularity_totals_reports_the_period_against_its_first_month(usage: None, institution: Institution) -> None:
    report = run("TR", institution, granularity="Totals", access_type="Controlled", access_method="Regular")
    assert performance(titled(report, "Ouderschapskennis"), Data_Type="Journal") == {
        TII: {"2026-01": 7},
        TIR: {"2026-01": 6},
        UII: {"2026-01": 5},
        UIR: {"2026-01": 4},
    }
    assert report["Report_Header"]["Report_Attributes"] == {"Granularity": "Totals"}
    # "Total", as the COUNTER API 5.1 first spelled it, is understood; the report says Totals.
    older = run("PR", institution, granularity="Total")
    assert older["Report_Header"]["Report_Attributes"] == {"Granularity": "Totals"}
    monthly = run("TR", institution, granularity="Month")
    assert "Report_Attributes" not in monthly["Report_Header"]


def test_unsupported_attributes_are_reported_and_ignored(usage: None, institution: Institution) -> None:
    report = run("TR", institution, attributes_to_show="Access_Type|Country_Name|Colour", granularity="Week")
    assert report["Report_Header"]["Report_Attributes"] == {"Attributes_To_Show": ["Access_Type"]}
    assert codes(report) == [3062]
    assert data_of(report, 3062) == "attributes_to_show=Country_Name, attributes_to_show=Colour, granularity=Week"
    ouderschap = titled(report, "Ouderschapskennis")
    assert {ap["Access_Type"] for ap in ouderschap["Attribute_Performance"]} == {"Controlled", "Open"}


def test_item_id_asks_for_one_journal_or_one_article(
    usage: None, institution: Institution, journal: Journal, other_journal: Journal, subscription_article: Article
) -> None:
    by_issn = run("TR", institution, item_id=journal.issn_online)
    assert [item["Title"] for item in by_issn["Report_Items"]] == ["Ouderschapskennis"]
    by_id = run("TR", institution, item_id=reports.journal_item_id(other_journal))
    assert [item["Title"] for item in by_id["Report_Items"]] == ["Waardenwerk"]
    assert by_id["Report_Header"]["Report_Filters"]["Item_ID"] == "leeszaal:waardenwerk"
    by_doi = run("IR", institution, item_id=DOI.upper())
    assert [item["Item"] for item in articles_of(by_doi)] == ["Groepswerk met ouders in perspectief"]
    by_path = run("IR", institution, item_id=reports.article_item_id(subscription_article))
    assert articles_of(by_path) == articles_of(by_doi)
    mixed = run("IR", institution, item_id=f"{DOI}|{journal.issn_online}")
    assert codes(mixed) == [3061] and len(articles_of(mixed)) == 3
    wrong_level = run("TR", institution, item_id=DOI)
    assert codes(wrong_level) == [3060] and len(wrong_level["Report_Items"]) == 2
    nonsense = run("TR", institution, item_id="not-an-identifier")
    assert codes(nonsense) == [3060] and "Item_ID" not in nonsense["Report_Header"]["Report_Filters"]
    unknown = run("TR", institution, item_id="leeszaal:bestaat-niet")
    assert unknown["Report_Items"] == [] and codes(unknown) == [3030]


def test_the_author_filter_takes_an_orcid(usage: None, institution: Institution) -> None:
    report = run("IR", institution, author=f"ORCID:{ORCID}")
    assert [item["Item"] for item in articles_of(report)] == ["Groepswerk met ouders in perspectief"]
    assert report["Report_Header"]["Report_Filters"]["Author"] == f"ORCID:{ORCID}"
    assert codes(run("IR", institution, author="0000-0002-1825-0098")) == [3060]


def test_attributed_splits_the_world_into_institutions_and_the_rest(usage: None) -> None:
    report = run("TR", None, attributes_to_show="Attributed", access_type="Open", metric_type=TIR)
    ouderschap = only_item(report)
    assert performance(ouderschap, Attributed="Yes") == {TIR: {"2026-01": 2}}
    assert performance(ouderschap, Attributed="No") == {TIR: {"2026-02": 6}}
    unattributed = run("PR", None, attributed="No")
    assert performance(only_item(unattributed), Data_Type="Platform") == {SEARCHES: {"2026-02": 4}}
    assert unattributed["Report_Header"]["Report_Filters"]["Attributed"] == "No"


# Exceptions


def test_no_usage_in_a_processed_period_is_3030(usage: None, institution: Institution) -> None:
    report = reports.run_report(
        "TR_J1", {"begin_date": "2026-04", "end_date": "2026-06"}, customer=institution, now=NOW
    )
    assert report["Report_Items"] == []
    assert report["Report_Header"]["Exceptions"] == [
        {
            "Code": 3030,
            "Message": "No Usage Available for Requested Dates",
            "Data": "no usage from 2026-04-01 to 2026-06-30",
        }
    ]


def test_months_not_yet_counted_are_3031_and_the_report_ends_with_the_last_counted_one(
    institution: Institution, subscription_article: Article, counter_schema: Any
) -> None:
    counted_through(datetime.date(2026, 3, 14))  # March is not counted to its end
    add(JAN, TIR, 2, article=subscription_article, institution=institution, fmt="pdf")
    add(JAN, UIR, 1, article=subscription_article, institution=institution)
    add(datetime.date(2026, 3, 2), TIR, 9, article=subscription_article, institution=institution, fmt="pdf")
    report = run("TR_J1", institution)
    assert_valid(counter_schema, report, "TR_J1")
    assert report["Report_Header"]["Report_Filters"]["End_Date"] == "2026-02-28"
    assert codes(report) == [3031]
    assert data_of(report, 3031) == (
        "request was for 2026-01-01 to 2026-03-31; however, usage is available to 2026-02-28 (not processed yet: 2026-03)"
    )
    assert performance(only_item(report)) == {TIR: {"2026-01": 2}, UIR: {"2026-01": 1}}


def test_an_end_date_in_the_future_ends_the_report_with_the_last_month_that_can_be_processed(
    usage: None, institution: Institution
) -> None:
    report = reports.run_report(
        "TR_J1", {"begin_date": "2026-09-01", "end_date": "2027-06-30"}, customer=institution, now=NOW
    )
    assert report["Report_Header"]["Report_Filters"]["End_Date"] == "2026-10-31"
    assert codes(report) == [3030, 3031]
    assert "not processed yet: 2026-11 to 2027-06" in data_of(report, 3031)


def test_months_before_the_first_counted_day_had_no_usage(
    institution: Institution, subscription_article: Article, counter_schema: Any
) -> None:
    counted_through(datetime.date(2026, 10, 31), first=datetime.date(2026, 2, 15))
    add(datetime.date(2026, 2, 20), TIR, 2, article=subscription_article, institution=institution, fmt="html")
    add(datetime.date(2026, 2, 20), UIR, 2, article=subscription_article, institution=institution)
    report = reports.run_report(
        "TR_J1", {"begin_date": "2025-11", "end_date": "2026-03"}, customer=institution, now=NOW
    )
    assert_valid(counter_schema, report, "TR_J1")
    assert codes(report) == []
    assert performance(only_item(report)) == {TIR: {"2026-02": 2}, UIR: {"2026-02": 2}}
    earlier = reports.run_report(
        "TR_J1", {"begin_date": "2025-01", "end_date": "2025-12"}, customer=institution, now=NOW
    )
    assert codes(earlier) == [3030] and earlier["Report_Items"] == []
    assert reports.months_available(now=NOW) == (datetime.date(2026, 2, 1), datetime.date(2026, 10, 1))


def test_with_nothing_counted_yet_the_report_is_3031_only(institution: Institution, counter_schema: Any) -> None:
    report = run("IR_A1", institution)
    assert report["Report_Items"] == []
    assert codes(report) == [3031]
    assert "no usage is available yet" in data_of(report, 3031)
    assert_valid(counter_schema, report, "IR_A1")


@pytest.mark.parametrize(
    ("begin", "end"),
    [
        ("2026-1", "2026-03"),
        ("2026-13", "2026-12"),
        ("2026-02-30", "2026-03"),
        ("januari", "2026-03"),
        ("2026-05", "2026-03"),  # the end before the beginning
        ("2026-11", "2026-11"),  # this month
        ("2027-01", "2027-02"),  # the future
    ],
)
def test_invalid_dates_are_3020_and_no_report(
    begin: str, end: str, institution: Institution, counter_schema: Any
) -> None:
    with pytest.raises(reports.ReportError) as caught:
        reports.run_report("TR_J1", {"begin_date": begin, "end_date": end}, customer=institution, now=NOW)
    assert caught.value.status == 400
    [problem] = caught.value.exceptions
    assert problem["Code"] == 3020 and problem["Message"] == "Invalid Date Arguments" and problem["Data"]
    assert_valid(counter_schema, problem, "Exception_3020")
    assert_valid(counter_schema, problem, "#/components/responses/400_Exception/content/application~1json/schema")


@pytest.mark.parametrize("params", [{"end_date": "2026-03"}, {"begin_date": "2026-01", "end_date": " "}, {}])
def test_a_missing_date_is_1030(params: dict[str, str], counter_schema: Any) -> None:
    with pytest.raises(reports.ReportError) as caught:
        reports.run_report("PR", params, customer=None, now=NOW)
    assert caught.value.status == 400
    [problem] = caught.value.exceptions
    assert problem["Code"] == 1030
    assert_valid(counter_schema, problem, "#/components/responses/400_Exception/content/application~1json/schema")


def test_a_report_not_offered_is_3000_with_404(counter_schema: Any) -> None:
    with pytest.raises(reports.ReportError) as caught:
        reports.run_report("DR_D1", Q1, customer=None, now=NOW)
    assert caught.value.status == 404
    [problem] = caught.value.exceptions
    assert (problem["Code"], problem["Message"]) == (3000, "Report Not Supported")
    assert_valid(counter_schema, problem, "Exception")


def test_the_report_id_may_be_in_lower_case_as_in_the_path(usage: None, institution: Institution) -> None:
    assert run("tr_j1", institution)["Report_Header"]["Report_ID"] == "TR_J1"


def test_parameters_a_report_does_not_take_are_3050_and_ignored(usage: None, institution: Institution) -> None:
    report = run(
        "TR_J1",
        institution,
        metric_type=NO_LICENSE,
        access_type="Open",
        customer_id=str(institution.pk),
        requestor_id="harvester",
        api_key="secret",
        platform="Leeszaal",
    )
    assert codes(report) == [3050]
    assert data_of(report, 3050) == "access_type, metric_type"
    assert performance(only_item(report))[TIR] == {"2026-01": 4, "2026-03": 2}
    unsupported = run("TR", institution, country_code="NL", subdivision_code="NL-ZH")
    assert codes(unsupported) == [3050] and data_of(unsupported, 3050) == "country_code, subdivision_code"


def test_component_details_are_3063(usage: None, institution: Institution, counter_schema: Any) -> None:
    report = run("IR", institution, include_component_details="True")
    assert codes(report) == [3063]
    assert_valid(counter_schema, report, "IR")
    assert codes(run("IR", institution, include_component_details="False")) == []
    assert codes(run("IR", institution, include_parent_details="Maybe")) == [3062]


def test_several_exceptions_are_listed_once_each_in_code_order(
    usage: None, institution: Institution, counter_schema: Any
) -> None:
    report = reports.run_report(
        "TR",
        {"begin_date": "2026-09", "end_date": "2026-12", "metric_type": "Clicks", "colour": "blue", "yop": "x"},
        customer=institution,
        now=NOW,
    )
    assert codes(report) == [3030, 3031, 3050, 3060]
    assert data_of(report, 3060) == "metric_type=Clicks, yop=x"
    assert_valid(counter_schema, report, "TR")


# The header


def test_the_header_names_the_customer_the_creator_and_the_period(usage: None, institution: Institution) -> None:
    report = reports.run_report(
        "TR", {"begin_date": "2026-01-15", "end_date": "2026-02-02"}, customer=institution, now=NOW
    )
    header = report["Report_Header"]
    assert header["Release"] == "5.1"
    assert header["Report_Name"] == "Title Report"
    assert header["Created"] == "2026-11-25T12:00:00Z"
    assert header["Created_By"] == "Uitgeverij Leeszaal"
    assert header["Registry_Record"] == ""
    assert header["Institution_Name"] == "Hogeschool Rijnland"
    assert header["Institution_ID"] == {"ROR": ["04dkp9463"], "Proprietary": [f"leeszaal:{institution.pk}"]}
    # Whole months; a COUNTER Report without filters names only the dates.
    assert header["Report_Filters"] == {"Begin_Date": "2026-01-01", "End_Date": "2026-02-28"}


def test_without_a_publisher_the_platform_creates_the_report(db: None) -> None:
    counted_through(datetime.date(2026, 3, 31))
    assert run("PR_P1", factories.make_institution("Nieuw"))["Report_Header"]["Created_By"] == "Leeszaal"


def test_the_proprietary_ids_are_stable_paths(journal: Journal, issue: Issue, article: Article) -> None:
    assert reports.journal_item_id(journal) == "leeszaal:ouderschapskennis"
    assert reports.article_item_id(article) == "leeszaal:ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief"


def test_months_available_run_from_the_first_counted_day_to_the_last_whole_month(db: None) -> None:
    assert reports.months_available(now=NOW) == (datetime.date(2026, 10, 1), datetime.date(2026, 10, 1))
    counted_through(datetime.date(2026, 10, 30), first=datetime.date(2025, 6, 17))
    assert reports.months_available(now=NOW) == (datetime.date(2025, 6, 1), datetime.date(2026, 9, 1))


# From events to a report


def test_a_day_counted_from_its_events_is_what_tr_j1_reports(
    institution: Institution, subscription_article: Article
) -> None:
    day = datetime.date(2026, 2, 10)
    start, _end = aggregation.day_bounds(day)

    def event(seconds: int, visitor: str, kind: Kind, fmt: str = "") -> UsageEvent:
        return UsageEvent(
            at=start + datetime.timedelta(hours=10, seconds=seconds),
            visitor=visitor,
            kind=kind,
            format=fmt,
            article=subscription_article,
            journal_id=subscription_article.issue.journal_id,
            yop=2024,
            institution=institution,
            access_type="Controlled",
        )

    UsageEvent.objects.bulk_create(
        [
            event(0, "sanne", Kind.REQUEST, "html"),
            event(300, "sanne", Kind.REQUEST, "pdf"),  # the same session: 2 requests, 1 unique
            event(600, "tom", Kind.REQUEST, "pdf"),
            event(610, "tom", Kind.REQUEST, "pdf"),  # a double click: counted once
        ]
    )
    counted_through(datetime.date(2026, 2, 28))
    aggregation.count_day(day)
    item = only_item(
        reports.run_report("TR_J1", {"begin_date": "2026-02", "end_date": "2026-02"}, customer=institution, now=NOW)
    )
    assert performance(item) == {TIR: {"2026-02": 3}, UIR: {"2026-02": 2}}


# Tabular forms


def tsv_rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_tsv_has_the_thirteen_header_rows_a_blank_row_and_the_body(usage: None, institution: Institution) -> None:
    report = run("TR_J1", institution)
    rows = tsv_rows(tabular.to_tsv(report))
    header = report["Report_Header"]
    assert rows[:13] == [
        ["Report_Name", "Journal Requests (Controlled)"],
        ["Report_ID", "TR_J1"],
        ["Release", "5.1"],
        ["Institution_Name", "Hogeschool Rijnland"],
        ["Institution_ID", f"ROR:04dkp9463; leeszaal:{institution.pk}"],
        ["Metric_Types", "Total_Item_Requests; Unique_Item_Requests"],
        ["Report_Filters", "Data_Type=Journal; Access_Type=Controlled; Access_Method=Regular"],
        ["Report_Attributes", ""],
        ["Exceptions", ""],
        ["Reporting_Period", "Begin_Date=2026-01-01; End_Date=2026-03-31"],
        ["Created", header["Created"]],
        ["Created_By", "Uitgeverij Leeszaal"],
        ["Registry_Record", ""],
    ]
    assert rows[13] == []
    assert rows[14] == [
        "Title", "Publisher", "Publisher_ID", "Platform", "DOI", "Proprietary_ID", "Print_ISSN", "Online_ISSN", "URI",
        "Metric_Type", "Reporting_Period_Total", "Jan-2026", "Feb-2026", "Mar-2026",
    ]  # fmt: skip
    item = only_item(report)
    body = rows[15:]
    assert [row[9:] for row in body] == [[TIR, "6", "4", "0", "2"], [UIR, "4", "2", "0", "2"]]
    assert body[0][:9] == [
        "Ouderschapskennis",
        "Uitgeverij Leeszaal",
        "leeszaal:leeszaal",
        "Leeszaal",
        "",
        "leeszaal:ouderschapskennis",
        "",
        item["Item_ID"]["Online_ISSN"],
        item["Item_ID"]["URI"],
    ]


def test_every_tsv_shows_the_figures_of_its_json(usage: None, institution: Institution) -> None:
    for report_id in reports.SUPPORTED:
        report = run(report_id, institution, **MASTER_OPTIONS.get(report_id, {}))
        rows = tsv_rows(tabular.to_tsv(report))
        headings = rows[14]
        metric_at = headings.index("Metric_Type")
        json_totals: dict[str, int] = {}
        items = articles_of(report) if report_id.startswith("IR") else report["Report_Items"]
        for item in items:
            for ap in item["Attribute_Performance"]:
                for metric, counts in ap["Performance"].items():
                    json_totals[metric] = json_totals.get(metric, 0) + sum(counts.values())
        tsv_totals: dict[str, int] = {}
        for row in rows[15:]:
            assert len(row) == len(headings), (report_id, row)
            assert int(row[metric_at + 1]) == sum(int(n) for n in row[metric_at + 2 :]), row
            tsv_totals[row[metric_at]] = tsv_totals.get(row[metric_at], 0) + int(row[metric_at + 1])
        assert tsv_totals == json_totals, report_id


def test_the_ir_a1_tsv_has_the_parent_columns(usage: None, institution: Institution, journal: Journal) -> None:
    rows = tsv_rows(tabular.to_tsv(run("IR_A1", institution)))
    headings = rows[14]
    assert headings[:12] == [
        "Item", "Publisher", "Publisher_ID", "Platform", "Authors", "Publication_Date", "Article_Version", "DOI",
        "Proprietary_ID", "Print_ISSN", "Online_ISSN", "URI",
    ]  # fmt: skip
    assert headings[12:21] == [
        "Parent_Title", "Parent_Authors", "Parent_Article_Version", "Parent_DOI", "Parent_Proprietary_ID",
        "Parent_Print_ISSN", "Parent_Online_ISSN", "Parent_URI", "Access_Type",
    ]  # fmt: skip
    read = next(row for row in rows[15:] if row[0] == "Groepswerk met ouders in perspectief" and row[21] == TIR)
    cell = dict(zip(headings, read, strict=True))
    assert cell["Authors"].endswith(f"(ORCID:{ORCID})")
    assert cell["DOI"] == DOI
    assert cell["Parent_Title"] == "Ouderschapskennis"
    assert cell["Parent_Online_ISSN"] == journal.issn_online
    assert cell["Access_Type"] == "Controlled"
    assert (cell["Reporting_Period_Total"], cell["Jan-2026"], cell["Mar-2026"]) == ("6", "4", "2")


def test_the_tsv_of_totals_excludes_the_monthly_details(usage: None, institution: Institution) -> None:
    report = run("TR", institution, granularity="Totals", attributes_to_show="Access_Type|Access_Method")
    rows = tsv_rows(tabular.to_tsv(report))
    assert rows[7] == [
        "Report_Attributes",
        "Attributes_To_Show=Access_Type|Access_Method; Exclude_Monthly_Details=True",
    ]
    assert rows[5][1].startswith("Total_Item_Investigations; Total_Item_Requests")
    assert rows[14][-3:] == ["Access_Method", "Metric_Type", "Reporting_Period_Total"]
    tdm = [row for row in rows[15:] if row[-3] == "TDM"]
    assert {row[-2]: row[-1] for row in tdm} == {TII: "1", TIR: "1", UII: "1", UIR: "1"}


def test_the_pr_p1_tsv_sums_over_data_types(usage: None) -> None:
    rows = tsv_rows(tabular.to_tsv(run("PR_P1", None)))
    assert rows[14] == ["Platform", "Metric_Type", "Reporting_Period_Total", "Jan-2026", "Feb-2026", "Mar-2026"]
    assert rows[15:] == [
        ["Leeszaal", SEARCHES, "12", "7", "4", "1"],
        ["Leeszaal", TIR, "24", "16", "6", "2"],
        ["Leeszaal", UIR, "22", "14", "6", "2"],
    ]


def test_the_tsv_shows_the_exceptions(institution: Institution) -> None:
    counted_through(datetime.date(2026, 2, 28))
    rows = tsv_rows(tabular.to_tsv(run("TR_J1", institution)))
    assert rows[8] == [
        "Exceptions",
        "3030: No Usage Available for Requested Dates (no usage from 2026-01-01 to 2026-02-28); "
        "3031: Usage Not Ready for Requested Dates (request was for 2026-01-01 to 2026-03-31; however, usage is "
        "available to 2026-02-28 (not processed yet: 2026-03))",
    ]
    assert rows[9] == ["Reporting_Period", "Begin_Date=2026-01-01; End_Date=2026-02-28"]
    assert len(rows) == 15  # no body


def test_tabs_and_line_breaks_in_titles_do_not_break_the_tsv(
    usage: None, institution: Institution, journal: Journal
) -> None:
    journal.title = 'Ouderschap\tkennis "nu"\nen later'
    journal.save()
    rows = tsv_rows(tabular.to_tsv(run("TR_J1", institution)))
    assert rows[15][0] == 'Ouderschap kennis "nu" en later'


def xlsx_rows(data: bytes) -> list[list[str]]:
    """The cells of the one sheet as text, row by row (empty cells as "")."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    ns = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheets = [name for name in book.namelist() if name.startswith("xl/worksheets/sheet")]
        assert sheets == ["xl/worksheets/sheet1.xml"]
        shared = []
        if "xl/sharedStrings.xml" in book.namelist():
            strings = etree.fromstring(book.read("xl/sharedStrings.xml"), parser)
            shared = ["".join(si.itertext()) for si in strings.findall("x:si", ns)]
        sheet = etree.fromstring(book.read(sheets[0]), parser)
    grid: dict[int, dict[int, str]] = {}
    for cell in sheet.iterfind(".//x:sheetData/x:row/x:c", ns):
        ref = cell.get("r")
        letters = "".join(ch for ch in ref if ch.isalpha())
        column = 0
        for ch in letters:
            column = column * 26 + ord(ch) - 64
        row = int(ref[len(letters) :])
        value = cell.findtext("x:v", default="", namespaces=ns)
        grid.setdefault(row, {})[column - 1] = shared[int(value)] if cell.get("t") == "s" else value
    last = max(grid)
    return [
        [grid.get(r, {}).get(c, "") for c in range(max(grid[r]) + 1)] if r in grid else [] for r in range(1, last + 1)
    ]


def _trimmed(rows: list[list[str]]) -> Iterator[list[str]]:
    for row in rows:
        while row and row[-1] == "":
            row = row[:-1]
        yield row


@pytest.mark.parametrize("report_id", ["TR_J1", "IR", "PR"])
def test_the_excel_file_holds_the_same_table_as_the_tsv(report_id: str, usage: None, institution: Institution) -> None:
    report = run(report_id, institution, **MASTER_OPTIONS.get(report_id, {}))
    from_excel = list(_trimmed(xlsx_rows(tabular.to_xlsx(report))))
    from_tsv = list(_trimmed(tsv_rows(tabular.to_tsv(report))))
    assert from_excel == from_tsv
    assert from_excel[0] == ["Report_Name", reports.NAMES[report_id]]
    assert from_excel[13] == []


def test_excel_counts_are_numbers_and_texts_are_never_formulas(
    usage: None, institution: Institution, journal: Journal
) -> None:
    journal.title = "=HYPERLINK(1)"
    journal.save()
    with zipfile.ZipFile(io.BytesIO(tabular.to_xlsx(run("TR_J1", institution)))) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    assert '<c r="K16" s="0"><v>6</v></c>' in sheet or '<c r="K16"><v>6</v></c>' in sheet


# Queries


def _many(institution: Institution, publisher: Publisher) -> None:
    for j in range(5):
        journal = factories.make_journal(publisher)
        issue = factories.make_issue(journal, year=2023)
        for _a in range(3):
            article = factories.make_article(issue, authors=2)
            for day in (JAN, FEB, MAR):
                item_usage(day, article, institution, requests=j + 1)
                add(day, NO_LICENSE, 1, article=article, institution=institution)
    for day in (JAN, FEB, MAR):
        add(day, SEARCHES, 3, institution=institution)


@pytest.mark.parametrize(
    ("report_id", "params", "queries"),
    [
        ("TR_J1", {}, 4),  # counted days, counts, journals, creator
        ("TR", {"attributes_to_show": "YOP|Access_Type"}, 4),
        ("PR_P1", {}, 3),  # counted days, counts, creator
        ("IR_A1", {}, 5),  # counted days, counts, articles, authors, creator
        ("IR", {"include_parent_details": "True"}, 4),
    ],
)
def test_a_report_costs_the_same_queries_for_one_item_as_for_many(
    report_id: str,
    params: dict[str, str],
    queries: int,
    institution: Institution,
    subscription_article: Article,
    publisher: Publisher,
    django_assert_num_queries: Any,
) -> None:
    counted_through(datetime.date(2026, 10, 31))
    item_usage(JAN, subscription_article, institution, requests=1)
    add(JAN, SEARCHES, 1, institution=institution)
    with django_assert_num_queries(queries):
        one = run(report_id, institution, **params)
    _many(institution, publisher)
    with CaptureQueriesContext(connection) as many_queries:
        many = run(report_id, institution, **params)
    assert len(many_queries) == queries, "\n".join(q["sql"] for q in many_queries.captured_queries)
    size = len(articles_of(many) if report_id.startswith("IR") else many["Report_Items"])
    assert size > len(articles_of(one) if report_id.startswith("IR") else one["Report_Items"]) or report_id == "PR_P1"
