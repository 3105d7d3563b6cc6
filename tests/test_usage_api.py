"""The COUNTER_SUSHI API (Release 5.1): Hogeschool Rijnland's harvesting tool fetches its reports.

The story: Daan issues a SUSHI credential for Hogeschool Rijnland in the back office and passes the
customer id, requestor id and API key on to Lieke, the librarian. Her harvesting tool checks
/r51/status, lists the reports and fetches each one. Zorggroep Oostland has a credential of its own;
neither ever sees the other's usage. Every answer, the refusals included, is checked against the
official COUNTER_API.json (OpenAPI 3.1) with jsonschema.
"""

from __future__ import annotations

import datetime
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import time_machine
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from access.models import Institution
from accounts.models import User
from journals.models import Article, Journal
from tests import factories
from tests.conftest import login
from usage import api, reports
from usage.actions import sushi_credential_issue, sushi_credential_revoke
from usage.aggregation import roll_up
from usage.models import AccessType, CountedDay, Metric, SushiCredential, UsageCount

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)
HARVESTER = "192.0.2.200"  # the library's harvesting server, on campus
ELSEWHERE = "198.51.100.50"


# The official schemas


@cache
def _validator(schemas: str, pointer: str) -> Draft202012Validator:
    spec = json.loads((Path(schemas) / "counter-r5.1" / "COUNTER_API.json").read_text())
    registry: Registry[Any] = Registry().with_resource(
        "spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(
        {"$ref": f"spec#{pointer}"}, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def response_schema(name: str) -> str:
    """The pointer to a response body of ``components/responses`` (``401_Exception``, ``200_Status``...)."""
    return f"/components/responses/{name}/content/application~1json/schema"


def assert_valid(schemas_dir: Path, pointer: str, body: object) -> None:
    errors = sorted(_validator(str(schemas_dir), pointer).iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, f"{pointer}:\n" + "\n".join(f"  {list(e.absolute_path)}: {e.message}" for e in errors[:10])


def answer(response: Any, status: int) -> Any:
    """The JSON body of a SUSHI answer with ``status``; every answer is JSON and never cached."""
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"] == "application/json"
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    return json.loads(response.content)


def refusal(response: Any, status: int, code: int, schemas_dir: Path, schema: str) -> dict[str, Any]:
    """A non-200 answer: one Exception object (not a list) with ``code``, valid for the response ``schema``."""
    body = answer(response, status)
    assert isinstance(body, dict)
    assert body["Code"] == code
    assert_valid(schemas_dir, response_schema(schema), body)
    return body


# People and credentials


@pytest.fixture
def rijnland(institution: Institution) -> tuple[SushiCredential, str]:
    """Hogeschool Rijnland's credential for its harvesting tool, with the API key as handed over once."""
    return sushi_credential_issue(institution=institution, label="Celus")


@pytest.fixture
def oostland(db: None) -> Institution:
    return factories.make_institution("Zorggroep Oostland", ranges=("203.0.113.0/24",))


@pytest.fixture
def oostland_credential(oostland: Institution) -> tuple[SushiCredential, str]:
    return sushi_credential_issue(institution=oostland)


def credentials(pair: tuple[SushiCredential, str], **override: str) -> dict[str, str]:
    credential, api_key = pair
    params = {
        "customer_id": str(credential.institution_id),
        "requestor_id": credential.requestor_id,
        "api_key": api_key,
    }
    return {**params, **override}


@pytest.fixture
def harvester() -> Client:
    return Client(REMOTE_ADDR=HARVESTER)


@pytest.fixture
def frozen() -> Any:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


# Credentials: issue and revoke


def test_issue_gives_a_random_requestor_id_and_key_and_keeps_only_the_digest(institution: Institution) -> None:
    credential, api_key = sushi_credential_issue(institution=institution, label="  Celus  ")
    other, other_key = sushi_credential_issue(institution=institution)

    credential.refresh_from_db()
    assert credential.label == "Celus"
    assert credential.revoked_at is None
    assert len(api_key) >= 32
    assert api_key not in credential.api_key_digest
    assert len(credential.api_key_digest) == 64
    assert credential.requestor_id != other.requestor_id
    assert api_key != other_key
    assert SushiCredential.objects.matching(
        institution_id=institution.pk, requestor_id=credential.requestor_id, api_key=api_key
    ).exists()


def test_revoke_is_immediate_and_keeps_the_first_moment(
    institution: Institution, rijnland: tuple[SushiCredential, str], frozen: Any
) -> None:
    credential, _key = rijnland
    sushi_credential_revoke(credential=credential)
    assert credential.revoked_at == NOW
    frozen.shift(datetime.timedelta(days=1))
    sushi_credential_revoke(credential=credential)
    credential.refresh_from_db()
    assert credential.revoked_at == NOW
    assert not SushiCredential.objects.active().exists()


# /r51/status


def test_status_is_public_and_needs_no_database(client: Client, schemas_dir: Path) -> None:
    with CaptureQueriesContext(connection) as queries:
        bare = client.get("/r51/status")
        with_junk = client.get("/r51/status", {"platform": "x" * 5000, "customer_id": "nope", "foo": "bar"})
    assert len(queries) == 0
    for response in (bare, with_junk):
        body = answer(response, 200)
        assert_valid(schemas_dir, response_schema("200_Status"), body)
        assert body[0]["Service_Active"] is True
        assert body[0]["Note"]
    assert client.get("/r51/status/").status_code == 200
    assert "30 requests per 60 seconds per customer_id" in bare.json()[0]["Note"]


def test_status_links_the_registry_record_once_there_is_one(client: Client, schemas_dir: Path, settings: Any) -> None:
    record = "https://registry.projectcounter.org/platform/b2b2736c-2cb9-48ec-91f4-870336acfb1c"
    settings.COUNTER_REGISTRY_RECORD = record
    body = answer(client.get("/r51/status"), 200)
    assert_valid(schemas_dir, response_schema("200_Status"), body)
    assert body[0]["Registry_Record"] == record


# /r51/members


def answer_sql(queries: CaptureQueriesContext) -> list[str]:
    """The queries of the answer itself: not those of the shared rate-limit counters (leeszaal.sharedcache)."""
    return [
        q["sql"]
        for q in queries.captured_queries
        if "leeszaal_ratelimit" not in q["sql"] and "SAVEPOINT" not in q["sql"]
    ]


def test_members_is_the_customer_itself(
    harvester: Client, institution: Institution, rijnland: tuple[SushiCredential, str], schemas_dir: Path
) -> None:
    with CaptureQueriesContext(connection) as queries:
        response = harvester.get("/r51/members", credentials(rijnland))
    body = answer(response, 200)
    assert_valid(schemas_dir, response_schema("200_Members"), body)
    assert body == [
        {
            "Customer_ID": str(institution.pk),
            "Institution_Name": "Hogeschool Rijnland",
            "Institution_ID": {"ROR": ["04dkp9463"]},
        }
    ]
    sql = answer_sql(queries)
    assert len(sql) == 1, "\n".join(sql)


def test_members_without_ror(
    harvester: Client, oostland: Institution, oostland_credential: tuple[SushiCredential, str], schemas_dir: Path
) -> None:
    body = answer(harvester.get("/r51/members", credentials(oostland_credential)), 200)
    assert_valid(schemas_dir, response_schema("200_Members"), body)
    assert body == [{"Customer_ID": str(oostland.pk), "Institution_Name": "Zorggroep Oostland"}]


# Refusals: the three parts, each institution's own usage


ENDPOINTS = ["/r51/members", "/r51/reports", "/r51/reports/tr_j1"]


def _insufficient_schema(path: str) -> str:
    return "400_Exception" if path.startswith("/r51/reports/") else "400_Exception_1030"


@pytest.mark.parametrize("path", ENDPOINTS)
@pytest.mark.parametrize("missing", ["customer_id", "requestor_id", "api_key", "all"])
def test_a_missing_part_is_insufficient_information(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, path: str, missing: str
) -> None:
    params = credentials(rijnland, begin_date="2026-01", end_date="2026-10")
    for name in api.CREDENTIALS:
        if missing in (name, "all"):
            params[name] = ""
    body = refusal(harvester.get(path, params), 400, 1030, schemas_dir, _insufficient_schema(path))
    assert (missing if missing != "all" else "customer_id") in body["Data"]
    del params["customer_id"]  # absent rather than empty: the same
    refusal(harvester.get(path, params), 400, 1030, schemas_dir, _insufficient_schema(path))


@pytest.mark.parametrize("path", ENDPOINTS)
def test_an_unknown_requestor_is_not_authorized(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, path: str
) -> None:
    response = harvester.get(path, credentials(rijnland, requestor_id="someone-else"))
    refusal(response, 401, 2000, schemas_dir, "401_Exception")


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_wrong_api_key_is_invalid(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, path: str
) -> None:
    response = harvester.get(path, credentials(rijnland, api_key="not-the-key"))
    refusal(response, 401, 2020, schemas_dir, "401_Exception")


@pytest.mark.parametrize("path", ENDPOINTS)
def test_rijnlands_credential_never_gives_oostlands_usage(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    oostland: Institution,
    oostland_credential: tuple[SushiCredential, str],
    schemas_dir: Path,
    path: str,
) -> None:
    params = credentials(rijnland, customer_id=str(oostland.pk), begin_date="2026-01", end_date="2026-10")
    body = refusal(harvester.get(path, params), 403, 2010, schemas_dir, "403_Exception")
    assert "Oostland" not in json.dumps(body)
    # Oostland's requestor id with Rijnland's key is no better: that key is not Oostland's.
    mixed = credentials(oostland_credential, api_key=rijnland[1])
    refusal(harvester.get(path, mixed), 401, 2020, schemas_dir, "401_Exception")


def test_a_customer_id_that_does_not_exist_answers_as_one_that_is_not_yours(
    harvester: Client, rijnland: tuple[SushiCredential, str], oostland: Institution, schemas_dir: Path
) -> None:
    """Nobody learns which customer ids exist: with or without a valid credential, the answers are equal."""
    unknown = str(oostland.pk + 1000)

    def body(**override: str) -> bytes:
        return harvester.get("/r51/members", credentials(rijnland, **override)).content

    assert body(customer_id=str(oostland.pk)) == body(customer_id=unknown) == body(customer_id="Rijnland")
    assert body(customer_id=str(oostland.pk), api_key="x") == body(customer_id=unknown, api_key="x")
    assert body(customer_id=str(oostland.pk), requestor_id="x") == body(customer_id=unknown, requestor_id="x")
    refusal(
        harvester.get("/r51/members", credentials(rijnland, customer_id=unknown)),
        403,
        2010,
        schemas_dir,
        "403_Exception",
    )


def test_the_world_is_not_offered(harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path) -> None:
    response = harvester.get("/r51/reports/pr", credentials(rijnland, customer_id=api.WORLD, begin_date="2026-01"))
    refusal(response, 403, 2011, schemas_dir, "403_Exception")


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_revoked_credential_is_refused(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, path: str
) -> None:
    params = credentials(rijnland, begin_date="2026-01", end_date="2026-10")
    assert harvester.get("/r51/members", params).status_code == 200
    sushi_credential_revoke(credential=rijnland[0])
    refusal(harvester.get(path, params), 401, 2000, schemas_dir, "401_Exception")


def test_an_inactive_institution_is_refused(
    harvester: Client, institution: Institution, rijnland: tuple[SushiCredential, str], schemas_dir: Path
) -> None:
    Institution.objects.filter(pk=institution.pk).update(is_active=False)
    refusal(harvester.get("/r51/members", credentials(rijnland)), 401, 2000, schemas_dir, "401_Exception")


@pytest.mark.parametrize(
    "override",
    [
        {"customer_id": "9" * 5000},
        {"customer_id": "-1"},
        {"customer_id": "1e3"},
        {"customer_id": "١٢"},  # Arabic-Indic digits: not a customer id
        {"customer_id": "99999999999999999999999999"},
        {"requestor_id": "r" * 10000},
        {"requestor_id": "nul\x00byte"},
        {"api_key": "k" * 100000},
        {"api_key": "nul\x00byte"},
        {"customer_id": "<script>alert(1)</script>"},
    ],
    ids=lambda override: next(iter(override)),
)
def test_garbage_credentials_are_refused_not_a_crash(
    harvester: Client, rijnland: tuple[SushiCredential, str], override: dict[str, str]
) -> None:
    for path in ENDPOINTS:
        response = harvester.get(path, credentials(rijnland, **override, begin_date="2026-01", end_date="2026-10"))
        body = answer(response, response.status_code)
        assert 400 <= response.status_code < 500
        assert body["Code"] in (2000, 2010, 2020)
        assert "<script>" not in response.content.decode()


# Paths that do not exist


@pytest.mark.parametrize("report_path", ["dr", "dr_d1", "tr_b1", "ir_m1", "xx", "tr_j9", "pr%00", "a" * 300])
def test_a_report_not_offered_is_a_json_404(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, report_path: str
) -> None:
    response = harvester.get(f"/r51/reports/{report_path}", credentials(rijnland))
    body = answer(response, 404)
    assert body["Code"] == 3000
    assert body["Message"] == "Report Not Supported"
    assert_valid(schemas_dir, "/components/schemas/Exception", body)


@pytest.mark.parametrize("path", ["/r51/", "/r51/foo", "/r51/reports/tr_j1/extra", "/r51/status/x"])
def test_any_other_path_below_r51_is_a_json_404(client: Client, schemas_dir: Path, path: str) -> None:
    body = answer(client.get(path), 404)
    assert_valid(schemas_dir, "/components/schemas/Exception", body)


@pytest.mark.parametrize("path", ["/r51/status", "/r51/members", "/r51/reports", "/r51/reports/tr_j1"])
def test_only_get(client: Client, path: str) -> None:
    assert client.post(path, {"customer_id": "1"}).status_code == 405
    assert client.delete(path).status_code == 405
    assert client.head(path).status_code in (200, 400)


def test_a_query_string_that_is_not_utf8_is_refused_not_a_crash(
    harvester: Client, rijnland: tuple[SushiCredential, str]
) -> None:
    credential, api_key = rijnland
    query = f"customer_id=%FF%FE&requestor_id={credential.requestor_id}&api_key={api_key}&begin_date=%C0%AF"
    for path in ENDPOINTS:
        response = harvester.get(f"{path}?{query}")
        assert answer(response, 403)["Code"] == 2010


def test_too_many_parameters_is_a_json_400(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path
) -> None:
    params = {**credentials(rijnland), **{f"p{n}": "x" for n in range(1200)}}
    refusal(harvester.get("/r51/members", params), 400, 1030, schemas_dir, "400_Exception_1030")


# Throttling


def test_rate_setting() -> None:
    assert api.parse_rate("30/m") == api.Rate(amount=30, seconds=60)
    assert api.parse_rate(" 500 / d ") == api.Rate(amount=500, seconds=86400)
    assert api.parse_rate("10/5m") == api.Rate(amount=10, seconds=300)
    assert api.parse_rate("") is None
    for wrong in ("30", "30/week", "x/m", "10/0m", "-1/m", "30/m/ip"):
        with pytest.raises(ImproperlyConfigured):
            api.parse_rate(wrong)


def test_a_customer_over_the_rate_gets_429_until_the_window_ends(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    oostland_credential: tuple[SushiCredential, str],
    schemas_dir: Path,
    settings: Any,
    frozen: Any,
) -> None:
    settings.SUSHI_RATE = "3/m"
    frozen.move_to(datetime.datetime(2026, 11, 25, 12, 0, 15, tzinfo=datetime.UTC))
    for path in ("/r51/members", "/r51/reports", "/r51/members"):
        assert harvester.get(path, credentials(rijnland)).status_code == 200
    response = harvester.get("/r51/members", credentials(rijnland))
    body = refusal(response, 429, 1020, schemas_dir, "429_Exception")
    assert body["Data"] == "This server allows 3 requests per 60 seconds per customer_id; try again in 45 seconds."
    assert response["Retry-After"] == "45"
    report = harvester.get("/r51/reports/tr_j1", credentials(rijnland, begin_date="2026-01", end_date="2026-10"))
    refusal(report, 429, 1020, schemas_dir, "429_Exception")

    # Oostland, harvested from the same server, has a window of its own.
    assert harvester.get("/r51/members", credentials(oostland_credential)).status_code == 200

    frozen.shift(datetime.timedelta(seconds=44))
    assert harvester.get("/r51/members", credentials(rijnland)).status_code == 429
    frozen.shift(datetime.timedelta(seconds=1))
    assert harvester.get("/r51/members", credentials(rijnland)).status_code == 200


def test_refused_requests_are_counted_per_address(
    rijnland: tuple[SushiCredential, str], schemas_dir: Path, settings: Any, frozen: Any
) -> None:
    """A guesser gets 1020 after a few tries, without being told whether a requestor id exists."""
    settings.SUSHI_RATE = "2/m"
    guesser = Client(REMOTE_ADDR=ELSEWHERE)
    library = Client(REMOTE_ADDR=HARVESTER)
    refusal(guesser.get("/r51/members", credentials(rijnland, api_key="a")), 401, 2020, schemas_dir, "401_Exception")
    refusal(
        guesser.get("/r51/members", credentials(rijnland, requestor_id="b")), 401, 2000, schemas_dir, "401_Exception"
    )
    for override in ({"api_key": "c"}, {"requestor_id": "d"}):
        response = guesser.get("/r51/members", credentials(rijnland, **override))
        body = refusal(response, 429, 1020, schemas_dir, "429_Exception")
        assert "client address" in body["Data"]
        assert int(response["Retry-After"]) > 0
    # The library's own server is not held up by the guesser.
    assert library.get("/r51/members", credentials(rijnland)).status_code == 200
    frozen.shift(datetime.timedelta(minutes=1))
    refusal(guesser.get("/r51/members", credentials(rijnland, api_key="e")), 401, 2020, schemas_dir, "401_Exception")


def test_no_rate_means_no_limit(harvester: Client, rijnland: tuple[SushiCredential, str], settings: Any) -> None:
    settings.SUSHI_RATE = ""
    for _ in range(40):
        assert harvester.get("/r51/members", credentials(rijnland)).status_code == 200


# Reports

FIRST_COUNTED = datetime.date(2026, 1, 1)
YESTERDAY = datetime.date(2026, 11, 24)
PERIOD = {"begin_date": "2026-01", "end_date": "2026-10"}
SEPTEMBER = datetime.date(2026, 9, 1)


def count(
    institution: Institution | None, article: Article | None, day: datetime.date, metric: str, n: int, **fields: Any
) -> None:
    defaults: dict[str, Any] = {"access_type": AccessType.CONTROLLED, "yop": 2024}
    if article is None:  # a search
        defaults = {"access_type": "", "yop": None}
    UsageCount.objects.create(
        day=day,
        month=day.replace(day=1),
        institution=institution,
        journal=article.issue.journal if article is not None else None,
        article=article,
        metric=metric,
        count=n,
        **{**defaults, **fields},
    )
    roll_up(day.replace(day=1))  # reports read the month's totals


def read(institution: Institution | None, article: Article, day: datetime.date, *, total: int, unique: int) -> None:
    """Counts of ``total`` full-text requests by ``unique`` user-sessions (each also an investigation)."""
    count(institution, article, day, Metric.TOTAL_ITEM_REQUESTS, total, format="pdf")
    count(institution, article, day, Metric.UNIQUE_ITEM_REQUESTS, unique)
    count(institution, article, day, Metric.TOTAL_ITEM_INVESTIGATIONS, total)
    count(institution, article, day, Metric.UNIQUE_ITEM_INVESTIGATIONS, unique)


@pytest.fixture
def usage(institution: Institution, oostland: Institution, article: Article, other_journal: Journal) -> Article:
    """Every day from 1 January to yesterday is counted. In September Rijnland read the article (7 requests
    by 3 sessions) and searched 4 times; in October it was refused twice. Oostland read only Waardenwerk
    (7777 requests), and readers of no institution read the article too. Returns Oostland's article."""
    days = (YESTERDAY - FIRST_COUNTED).days + 1
    CountedDay.objects.bulk_create([CountedDay(day=FIRST_COUNTED + datetime.timedelta(days=n)) for n in range(days)])
    read(institution, article, datetime.date(2026, 9, 3), total=7, unique=3)
    count(institution, None, datetime.date(2026, 9, 3), Metric.SEARCHES_PLATFORM, 4)
    count(institution, article, datetime.date(2026, 10, 12), Metric.NO_LICENSE, 2)
    waardenwerk = factories.make_article(factories.make_issue(other_journal, year=2025), title="Alleen in Oostland")
    read(oostland, waardenwerk, datetime.date(2026, 9, 4), total=7777, unique=777)
    count(oostland, None, datetime.date(2026, 9, 4), Metric.SEARCHES_PLATFORM, 70)
    read(None, article, datetime.date(2026, 9, 5), total=100, unique=90)
    return waardenwerk


def test_the_report_list_has_every_report_and_the_processed_months(
    harvester: Client, rijnland: tuple[SushiCredential, str], usage: Article, schemas_dir: Path, frozen: Any
) -> None:
    with CaptureQueriesContext(connection) as queries:
        body = answer(harvester.get("/r51/reports", credentials(rijnland)), 200)
    sql = answer_sql(queries)
    assert len(sql) == 3, "\n".join(sql)  # credential, two for the months
    assert_valid(schemas_dir, response_schema("200_Reports"), body)
    assert [report["Report_ID"] for report in body] == list(reports.SUPPORTED)
    tr_j1 = next(report for report in body if report["Report_ID"] == "TR_J1")
    assert tr_j1 == {
        "Report_Name": "Journal Requests (Controlled)",
        "Report_ID": "TR_J1",
        "Release": "5.1",
        "Report_Description": api.DESCRIPTIONS["TR_J1"],
        "Path": "/r51/reports/tr_j1",
        "First_Month_Available": "2026-01",
        "Last_Month_Available": "2026-10",  # November is not over
    }
    for report in body:
        assert harvester.get(report["Path"], credentials(rijnland, **PERIOD)).status_code == 200


def performance_counts(node: object) -> set[int]:
    """Every count in the Performance objects below ``node``."""
    found: set[int] = set()
    if isinstance(node, list):
        for child in node:
            found |= performance_counts(child)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "Performance":
                found |= {n for counts in value.values() for n in counts.values()}
            else:
                found |= performance_counts(value)
    return found


@pytest.mark.parametrize("report_id", reports.SUPPORTED)
def test_every_report_is_valid_and_only_rijnlands(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    usage: Article,
    schemas_dir: Path,
    frozen: Any,
    report_id: str,
) -> None:
    response = harvester.get(f"/r51/reports/{report_id.lower()}", credentials(rijnland, **PERIOD))
    body = answer(response, 200)
    assert_valid(schemas_dir, response_schema(f"200_{report_id}"), body)
    assert_valid(schemas_dir, f"/components/schemas/{report_id}", body)
    header = body["Report_Header"]
    assert header["Report_ID"] == report_id
    assert header["Institution_Name"] == "Hogeschool Rijnland"
    text = response.content.decode()
    for oostlands in ("Waardenwerk", "Alleen in Oostland", "Oostland"):
        assert oostlands not in text
    assert rijnland[1] not in text  # the API key is never echoed
    assert performance_counts(body["Report_Items"]) <= {2, 3, 4, 7}  # Rijnland's, none of anyone else's


def test_tr_j1_counts_rijnlands_requests(
    harvester: Client, rijnland: tuple[SushiCredential, str], usage: Article, frozen: Any
) -> None:
    body = answer(harvester.get("/r51/reports/tr_j1", credentials(rijnland, **PERIOD)), 200)
    [item] = body["Report_Items"]
    assert item["Title"] == "Ouderschapskennis"
    assert item["Attribute_Performance"] == [
        {"Performance": {"Total_Item_Requests": {"2026-09": 7}, "Unique_Item_Requests": {"2026-09": 3}}}
    ]


def test_oostland_gets_its_own_usage(
    harvester: Client, oostland_credential: tuple[SushiCredential, str], usage: Article, schemas_dir: Path, frozen: Any
) -> None:
    body = answer(harvester.get("/r51/reports/tr_j1", credentials(oostland_credential, **PERIOD)), 200)
    assert_valid(schemas_dir, "/components/schemas/TR_J1", body)
    assert [item["Title"] for item in body["Report_Items"]] == ["Waardenwerk"]
    assert body["Report_Header"]["Institution_Name"] == "Zorggroep Oostland"


def test_a_report_path_in_upper_case_is_the_same_report(
    harvester: Client, rijnland: tuple[SushiCredential, str], usage: Article, frozen: Any
) -> None:
    lower = answer(harvester.get("/r51/reports/tr_j1", credentials(rijnland, **PERIOD)), 200)
    upper = answer(harvester.get("/r51/reports/TR_J1/", credentials(rijnland, **PERIOD)), 200)
    assert lower == upper


@pytest.mark.parametrize(
    ("dates", "code"),
    [
        ({"begin_date": "gisteren", "end_date": "2026-10"}, 3020),
        ({"begin_date": "2026-13", "end_date": "2026-10"}, 3020),
        ({"begin_date": "2026-02-30", "end_date": "2026-10"}, 3020),
        ({"begin_date": "2026-10", "end_date": "2026-01"}, 3020),
        ({"begin_date": "2026-11", "end_date": "2026-11"}, 3020),  # this month is not over
        ({"begin_date": "9" * 10000, "end_date": "2026-10"}, 3020),
        ({"begin_date": "2026-01\x00", "end_date": "2026-10"}, 3020),
        ({"end_date": "2026-10"}, 1030),
        ({"begin_date": "2026-01"}, 1030),
        ({}, 1030),
    ],
)
def test_dates_a_report_cannot_have_are_a_400(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    usage: Article,
    schemas_dir: Path,
    frozen: Any,
    dates: dict[str, str],
    code: int,
) -> None:
    response = harvester.get("/r51/reports/tr", credentials(rijnland, **dates))
    refusal(response, 400, code, schemas_dir, "400_Exception")


@pytest.mark.parametrize(
    ("report_id", "params", "code"),
    [
        ("tr_j1", {"foo": "bar"}, 3050),
        ("tr_j1", {"metric_type": "Total_Item_Requests"}, 3050),  # a Standard View takes no filters
        ("tr", {"metric_type": "Total_Item_Requests|Unique_Item_Requests|Nonsense"}, 3060),
        ("tr", {"access_type": "Gratis"}, 3060),
        ("tr", {"yop": "x" * 5000}, 3060),
        ("tr", {"item_id": "x" * 5000}, 3060),
        ("tr", {"item_id": "doi:10.1234/\x00"}, 3060),
        ("ir", {"author": "ORCID:0000-0000-0000-000\x00"}, 3060),
        ("tr", {"attributes_to_show": "Shoe_Size"}, 3062),
        ("tr", {"granularity": "Decade"}, 3062),
        ("ir", {"include_component_details": "True"}, 3063),
    ],
)
def test_a_request_with_odd_parameters_still_gets_its_report(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    usage: Article,
    schemas_dir: Path,
    frozen: Any,
    report_id: str,
    params: dict[str, str],
    code: int,
) -> None:
    """Appendix D: what can be ignored is ignored, and said in the header; the answer is a valid report."""
    response = harvester.get(f"/r51/reports/{report_id}", credentials(rijnland, **PERIOD, **params))
    body = answer(response, 200)
    assert_valid(schemas_dir, f"/components/schemas/{report_id.upper()}", body)
    assert code in [exception["Code"] for exception in body["Report_Header"]["Exceptions"]]


def test_no_usage_is_said_not_left_empty(
    harvester: Client, rijnland: tuple[SushiCredential, str], usage: Article, schemas_dir: Path, frozen: Any
) -> None:
    body = answer(
        harvester.get("/r51/reports/tr_j1", credentials(rijnland, begin_date="2026-01", end_date="2026-02")), 200
    )
    assert_valid(schemas_dir, "/components/schemas/TR_J1", body)
    assert body["Report_Items"] == []
    assert [exception["Code"] for exception in body["Report_Header"]["Exceptions"]] == [3030]


@pytest.mark.parametrize("report_id", ["tr", "ir", "pr"])
def test_a_report_costs_the_same_queries_for_one_article_and_for_many(
    harvester: Client,
    rijnland: tuple[SushiCredential, str],
    institution: Institution,
    usage: Article,
    issue: Any,
    other_journal: Journal,
    frozen: Any,
    report_id: str,
) -> None:
    def measure() -> tuple[int, str]:
        caches_clear()
        with CaptureQueriesContext(connection) as queries:
            response = harvester.get(f"/r51/reports/{report_id}", credentials(rijnland, **PERIOD))
        assert response.status_code == 200
        return len(queries), "\n".join(q["sql"] for q in queries.captured_queries)

    one, one_sql = measure()
    for n in range(25):
        target = issue if n % 2 else factories.make_issue(other_journal, year=2000 + n)
        read(institution, factories.make_article(target, authors=2), datetime.date(2026, 9, 1 + n), total=2, unique=1)
    many, many_sql = measure()
    assert one == many, f"one article:\n{one_sql}\nmany:\n{many_sql}"


def caches_clear() -> None:
    from django.core.cache import caches

    for alias in ("default", "pages"):
        caches[alias].clear()


def test_a_database_outage_is_service_not_available(
    harvester: Client, rijnland: tuple[SushiCredential, str], schemas_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(SushiCredential.objects, "matching", down)
    response = harvester.get("/r51/members", credentials(rijnland))
    refusal(response, 503, 1000, schemas_dir, "503_Exception")
    assert response["Retry-After"] == "60"


# The back office


@pytest.fixture
def sushi_editor(editor: User) -> User:
    """Daan: the editors group may view, issue and relabel SUSHI credentials (journals.permissions)."""
    assert editor.has_perms(["usage.add_sushicredential", "usage.change_sushicredential"])
    return editor


def admin_url(view: str = "changelist", *args: Any) -> str:
    return reverse(f"admin:usage_sushicredential_{view}", args=args)


def test_daan_issues_a_credential_and_sees_the_key_once(
    client: Client, sushi_editor: User, institution: Institution, oostland: Institution, schemas_dir: Path
) -> None:
    login(client, sushi_editor)
    Institution.objects.filter(pk=oostland.pk).update(is_active=False)
    form_page = client.get(admin_url("add"))
    assert form_page.status_code == 200
    form = form_page.context["adminform"].form
    assert list(form.fields) == ["institution", "label"]
    assert list(form.fields["institution"].queryset) == [institution]  # active institutions only

    response = client.post(admin_url("add"), {"institution": institution.pk, "label": "Celus"}, follow=True)
    assert response.status_code == 200
    credential = SushiCredential.objects.get()
    shown = [str(message) for message in response.context["messages"]]
    issued = next(message for message in shown if credential.requestor_id in message)
    api_key = issued.split("API-sleutel <code>")[1].split("</code>")[0]
    assert f"customer-id <code>{institution.pk}</code>" in issued
    assert "/r51/" in issued

    # The key works, exactly as shown.
    harvester = Client(REMOTE_ADDR=HARVESTER)
    params = {"customer_id": str(institution.pk), "requestor_id": credential.requestor_id, "api_key": api_key}
    assert_valid(schemas_dir, response_schema("200_Members"), answer(harvester.get("/r51/members", params), 200))

    # Never again: neither the key nor its digest is on any page of the back office.
    for url in (admin_url(), admin_url("change", credential.pk), admin_url("history", credential.pk)):
        page = client.get(url).content.decode()
        assert credential.requestor_id in page
        assert api_key not in page
        assert credential.api_key_digest not in page


def test_daan_revokes_from_the_list_and_from_the_credential_page(
    client: Client, sushi_editor: User, institution: Institution, frozen: Any
) -> None:
    first, first_key = sushi_credential_issue(institution=institution, label="oude tool")
    second, _ = sushi_credential_issue(institution=institution, label="nieuwe tool")
    login(client, sushi_editor)

    listing = client.post(admin_url(), {"action": "revoke", ACTION_CHECKBOX_NAME: [first.pk]}, follow=True)
    assert "1 SUSHI-toegang ingetrokken." in [str(m) for m in listing.context["messages"]]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.revoked_at == NOW
    assert second.revoked_at is None
    params = {"customer_id": str(institution.pk), "requestor_id": first.requestor_id, "api_key": first_key}
    assert Client().get("/r51/members", params).status_code == 401

    page = client.post(
        admin_url("change", second.pk),
        {"CHANGE_FORM-action": "revoke", ACTION_CHECKBOX_NAME: [second.pk]},
        follow=True,
    )
    assert page.redirect_chain[-1] == (admin_url("change", second.pk), 302)
    assert "1 SUSHI-toegang ingetrokken." in [str(m) for m in page.context["messages"]]
    second.refresh_from_db()
    assert second.revoked_at == NOW

    again = client.post(admin_url(), {"action": "revoke", ACTION_CHECKBOX_NAME: [first.pk]}, follow=True)
    assert [str(m) for m in again.context["messages"]] == ["Deze SUSHI-toegang was al ingetrokken."]


def test_the_label_is_the_only_thing_to_change(client: Client, sushi_editor: User, institution: Institution) -> None:
    credential, _ = sushi_credential_issue(institution=institution)
    login(client, sushi_editor)
    form = client.get(admin_url("change", credential.pk)).context["adminform"].form
    assert list(form.fields) == ["label"]


def test_the_list_filters_on_status(client: Client, sushi_editor: User, institution: Institution) -> None:
    active, _ = sushi_credential_issue(institution=institution, label="in gebruik")
    revoked, _ = sushi_credential_issue(institution=institution, label="weg")
    sushi_credential_revoke(credential=revoked)
    login(client, sushi_editor)
    assert list(client.get(admin_url(), {"status": "actief"}).context["cl"].result_list) == [active]
    assert list(client.get(admin_url(), {"status": "ingetrokken"}).context["cl"].result_list) == [revoked]


def test_staff_without_the_permission_cannot_issue(client: Client, editor: User, institution: Institution) -> None:
    plain_staff = factories.make_user("piet@uitgeverij.example.org", is_staff=True)
    login(client, plain_staff)
    assert client.get(admin_url("add")).status_code == 403
    assert client.post(admin_url("add"), {"institution": institution.pk}).status_code == 403
    assert not SushiCredential.objects.exists()
