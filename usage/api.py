"""The COUNTER_SUSHI API, Release 5.1 (COUNTER Code of Practice 5.1, section 8; exceptions from Appendix D).

Mounted at ``/r51/`` (``usage.api_urls``); every answer is JSON and never cached (``private``):

* ``GET /r51/status``: public, as section 8.1 requires; it reads nothing and counts nothing.
* ``GET /r51/members``: the customer itself (Leeszaal has neither consortia nor multi-site customers).
* ``GET /r51/reports``: the supported reports with the months for which usage is processed; each
  Report_ID as in the report's header (``TR_J1``), its Path in lower case (``/r51/reports/tr_j1``).
* ``GET /r51/reports/{report id in lower case}``: a report from ``usage.reports.run_report``.

**Authentication** (section 8.2): ``customer_id`` (the institution's id), ``requestor_id`` and ``api_key``
together must be an active ``SushiCredential`` of that active institution. The answer to a request that is
not is, in this order: a part missing, 1030 (400); the requestor id unknown, revoked or of an inactive
institution, 2000 (401); the API key not that requestor's, 2020 (401); the customer id "The World", 2011
(403, global reports are not offered); any other customer id, existing or not, 2010 (403). A caller learns
something about a customer id only with a valid requestor id and key, and then only "not yours".

**Throttling**: ``SUSHI_RATE`` ("30/m": at most 30 requests a minute; ``s``, ``m``, ``h``, ``d``, optionally
with a number, ``"500/d"``, ``"10/5m"``; empty: no limit) counts, in fixed windows in the default cache,
the authenticated requests of each customer and the refused ones of each client address
(``access.readers.client_key``). Over the limit: 1020 (429) with ``Retry-After``; past it, an address's
refusals are all 1020, so guessing learns nothing more. The count is shared by all processes: in Redis,
or without it in the database (``leeszaal.sharedcache``).

**Errors** (Appendix D): a request that cannot be answered gets the non-200 status with one Exception
object; a report with warnings is a 200 with the Exceptions in its header (``usage.reports``). A path
that does not exist is a 404; for an unknown report path its body is Release 5's Exception 3000 "Report
Not Supported" (Release 5.1 has no exception for a wrong path, only the 404), for anything else under
``/r51/`` an Exception 0 naming the path. A database outage is 1000 (503).

The API speaks COUNTER's language, English: its messages are fixed by the Code of Practice, and its
texts are read by harvesting tools and the librarians who configure them, not shown on Leeszaal's pages.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from access.models import Institution
from access.readers import client_key
from usage import reports
from usage.models import SushiCredential

logger = logging.getLogger(__name__)

RELEASE = "5.1"
#: The customer id of "The World" (section 8.2).
WORLD = "0" * 16
#: The query parameters that authenticate a request; never handed on to the reports.
CREDENTIALS = ("customer_id", "requestor_id", "api_key")
_CUSTOMER_ID = re.compile(r"[1-9][0-9]{0,17}")  # an institution's id: a positive bigint, no sign, no zeros in front

#: Exception code -> (Message, HTTP status): Table D.1, and Release 5's 3000 for an unknown report path.
EXCEPTIONS: dict[int, tuple[str, int]] = {
    0: ("Not Found", 404),
    1000: ("Service Not Available", 503),
    1020: ("Client has made too many requests", 429),
    1030: ("Insufficient Information to Process Request", 400),
    2000: ("Requestor Not Authorized to Access Service", 401),
    2010: ("Requestor is Not Authorized to Access Usage for Institution", 403),
    2011: ("Global Reports Not Supported", 403),
    2020: ("APIKey Invalid", 401),
    3000: ("Report Not Supported", 404),
}

STATUS_NOTE = (
    "Requests need customer_id, requestor_id and api_key, which an institution's librarian or the publisher "
    "issues. Usage of a day is processed the next night; a month is available once all its days are."
)

#: Report_ID -> Report_Description, for the report list (Report_Name comes from ``usage.reports``).
DESCRIPTIONS: dict[str, str] = {
    "PR": "A customizable report summarizing activity across the platform.",
    "PR_P1": "Platform-level usage summarized by Metric_Type.",
    "TR": "A customizable report detailing activity at the title (journal) level.",
    "TR_J1": "Journal requests, excluding Open and Free_To_Read content.",
    "TR_J2": "Access denied activity for journal content the institution had no license for.",
    "TR_J3": "Journal usage for all Metric_Types broken down by Access_Type.",
    "TR_J4": "Journal requests, excluding Open and Free_To_Read content, by year of publication.",
    "IR": "A customizable report showing activity at the level of the item (article).",
    "IR_A1": "Journal article requests at the article level.",
}


class SushiError(Exception):
    """A request the API cannot answer: one Exception object with its HTTP status."""

    def __init__(self, code: int, data: str = "", *, retry_after: int | None = None) -> None:
        super().__init__(code, data)
        self.code = code
        self.data = data
        self.retry_after = retry_after

    @property
    def status(self) -> int:
        return EXCEPTIONS[self.code][1]

    def as_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"Code": self.code, "Message": EXCEPTIONS[self.code][0]}
        if self.data:
            body["Data"] = self.data
        return body


# Throttling


@dataclass(frozen=True, slots=True)
class Rate:
    amount: int
    seconds: int

    def describe(self) -> str:
        requests = "request" if self.amount == 1 else "requests"
        seconds = "second" if self.seconds == 1 else f"{self.seconds} seconds"
        return f"{self.amount} {requests} per {seconds}"


_RATE = re.compile(r"\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(value: str) -> Rate | None:
    """``"30/m"`` as a ``Rate`` (30 in 60 seconds); ``""`` as None, no limit. Anything else is refused."""
    if not value.strip():
        return None
    match = _RATE.fullmatch(value)
    if match is None or int(match[2] or 1) == 0:
        raise ImproperlyConfigured(f"SUSHI_RATE must be like 30/m, 500/d or 10/5m, not {value!r}")
    return Rate(amount=int(match[1]), seconds=int(match[2] or 1) * _UNIT_SECONDS[match[3]])


def window_hit(scope: str, key: str, rate: Rate, *, now: float | None = None) -> tuple[int, int]:
    """Count one request of ``key`` in the current fixed window: (requests in the window, seconds it has left)."""
    now = time.time() if now is None else now
    window = int(now // rate.seconds)
    cache_key = f"sushi-rate:{scope}:{rate.seconds}:{window}:{key}"
    cache = caches["default"]
    cache.add(cache_key, 0, timeout=rate.seconds + 1)
    try:
        count = int(cache.incr(cache_key))
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=rate.seconds + 1)
        count = 1
    left = max(1, math.ceil((window + 1) * rate.seconds - now))
    return count, left


def throttle(scope: str, key: str, *, who: str) -> None:
    """Raise 1020 once ``key`` has made more than ``SUSHI_RATE`` requests in the current window."""
    rate = parse_rate(settings.SUSHI_RATE)
    if rate is None:
        return
    count, left = window_hit(scope, key, rate)
    if count > rate.amount:
        data = f"This server allows {rate.describe()} per {who}; try again in {left} seconds."
        raise SushiError(1020, data, retry_after=left)


# Authentication


def _parse_customer(customer_id: str) -> int | None:
    return int(customer_id) if _CUSTOMER_ID.fullmatch(customer_id) else None


def authenticate(*, customer_id: str, requestor_id: str, api_key: str, client: str) -> Institution:
    """The institution whose usage these credentials may harvest, or the SushiError that says why not.

    One query when the credentials are right; refusals are counted per ``client`` (an address), and
    past ``SUSHI_RATE`` they are all 1020, which tells nothing about the credentials.
    """
    missing = [name for name, value in zip(CREDENTIALS, (customer_id, requestor_id, api_key), strict=True) if not value]
    if missing:
        raise SushiError(1030, f"Missing parameter: {', '.join(missing)}.")
    institution_id = _parse_customer(customer_id)
    plausible = len(requestor_id) <= 40 and "\x00" not in requestor_id  # else no credential has it
    if institution_id is not None and plausible:
        credential = (
            SushiCredential.objects.matching(institution_id=institution_id, requestor_id=requestor_id, api_key=api_key)
            .select_related("institution")
            .first()
        )
        if credential is not None:
            return credential.institution
    throttle("refused", client, who="client address for refused requests")
    holder = (
        SushiCredential.objects.active()
        .filter(requestor_id=requestor_id)
        .values_list("institution_id", flat=True)
        .first()
        if plausible
        else None
    )
    if holder is None:
        raise SushiError(2000)
    if not SushiCredential.objects.matching(institution_id=holder, requestor_id=requestor_id, api_key=api_key).exists():
        raise SushiError(2020)
    if customer_id == WORLD:
        raise SushiError(2011)
    raise SushiError(2010)


def customer_of(request: HttpRequest) -> Institution:
    """The authenticated customer of ``request``, counted against its ``SUSHI_RATE``."""
    institution = authenticate(
        customer_id=request.GET.get("customer_id", "").strip(),
        requestor_id=request.GET.get("requestor_id", "").strip(),
        api_key=request.GET.get("api_key", "").strip(),
        client=client_key(request),
    )
    throttle("customer", str(institution.pk), who="customer_id")
    return institution


# What the paths answer, as plain functions


def status_list() -> list[dict[str, Any]]:
    """/r51/status: the one service, active, with its limit. No Registry_Record until the platform has one."""
    note = STATUS_NOTE
    rate = parse_rate(settings.SUSHI_RATE)
    if rate is not None:
        note += f" At most {rate.describe()} per customer_id."
    status: dict[str, Any] = {
        "Description": f"COUNTER usage reports (Release {RELEASE}) of the {reports.platform_name()} journals platform.",
        "Service_Active": True,
        "Note": note,
    }
    if reports.registry_record():
        status["Registry_Record"] = reports.registry_record()
    return [status]


def member_list(institution: Institution) -> list[dict[str, Any]]:
    """/r51/members: the customer itself. Its requestor id is the one in the request, so it is left out."""
    member: dict[str, Any] = {"Customer_ID": str(institution.pk), "Institution_Name": institution.name}
    if institution.ror:
        member["Institution_ID"] = {"ROR": [institution.ror]}
    return [member]


def report_list(institution: Institution) -> list[dict[str, Any]]:
    """/r51/reports: every supported report, with the months of usage processed for ``institution``."""
    first, last = reports.months_available(customer=institution)
    return [
        {
            "Report_Name": reports.NAMES[report_id],
            "Report_ID": report_id,
            "Release": RELEASE,
            "Report_Description": DESCRIPTIONS.get(report_id, reports.NAMES[report_id]),
            "Path": f"/r51/reports/{report_id.lower()}",
            "First_Month_Available": f"{first:%Y-%m}",
            "Last_Month_Available": f"{last:%Y-%m}",
        }
        for report_id in reports.SUPPORTED
    ]


def report_id_of(path_id: str) -> str:
    """The Report_ID of a report path (``tr_j1``: ``TR_J1``), or 3000 when the report is not offered."""
    report_id = path_id.upper()
    if report_id not in reports.SUPPORTED:
        raise SushiError(3000, f"There is no report {path_id[:40]!r}; /r51/reports lists the reports offered.")
    return report_id


def lowest(exceptions: list[dict[str, Any]]) -> dict[str, Any]:
    """The one Exception a non-200 answer carries: the lowest code (Appendix D)."""
    return min(exceptions, key=lambda exception: int(exception.get("Code", 0)))


# Views


def _json(data: object, *, status: int = 200) -> JsonResponse:
    return JsonResponse(data, safe=False, status=status)


def _refusal(error: SushiError) -> JsonResponse:
    response = _json(error.as_json(), status=error.status)
    if error.retry_after is not None:
        response["Retry-After"] = str(error.retry_after)
    return response


def sushi_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET (and HEAD) only, never cached, no CSRF (nothing changes); SushiErrors and outages as JSON."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except SushiError as error:
            return _refusal(error)
        except SuspiciousOperation as error:  # e.g. more query parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS
            return _refusal(SushiError(1030, f"The request cannot be read: {type(error).__name__}."))
        except DatabaseError:
            logger.exception("COUNTER_SUSHI API: database unavailable")
            return _refusal(SushiError(1000, "The usage database is unavailable; try again later.", retry_after=60))

    return csrf_exempt(never_cache(require_safe(wrapper)))


@sushi_view
def status(request: HttpRequest) -> HttpResponse:
    return _json(status_list())


@sushi_view
def members(request: HttpRequest) -> HttpResponse:
    return _json(member_list(customer_of(request)))


@sushi_view
def report_index(request: HttpRequest) -> HttpResponse:
    return _json(report_list(customer_of(request)))


@sushi_view
def report(request: HttpRequest, path_id: str) -> HttpResponse:
    report_id = report_id_of(path_id)
    institution = customer_of(request)
    params = {name: str(value) for name, value in request.GET.items() if name not in CREDENTIALS}
    try:
        body = reports.run_report(report_id, params, customer=institution)
    except reports.ReportError as error:
        return _json(lowest(error.exceptions), status=error.status)
    return _json(body)


@sushi_view
def not_found(request: HttpRequest) -> HttpResponse:
    """Any other path below /r51/: a 404 (Appendix D), as JSON."""
    raise SushiError(0, f"There is no COUNTER_SUSHI API path {request.path[:200]!r}.")
