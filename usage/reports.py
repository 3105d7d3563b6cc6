"""COUNTER Release 5.1 reports (Code of Practice R5.1 and the COUNTER API 5.1) from the daily counts.

``run_report`` answers a COUNTER API report request with the report as JSON (a dict), for one customer
(an institution) or for "The World" (``customer=None``: all usage, attributed to an institution or not).
Reports read ``UsageMonth`` only: one GROUP BY query over the requested months, then a query for the
journals or articles that have usage (and one for the authors of an Item Report).

What Leeszaal reports (an eJournal platform in the terms of the Code of Practice):

* the Platform Report PR with its Standard View PR_P1, the Title Report TR with TR_J1 to TR_J4, and the
  Item Report IR with IR_A1 (``SUPPORTED``);
* journals as Data_Type Journal in PR and TR (CoP 3.3.2: hosts that must offer TR report title-level
  usage in PR), their articles as Data_Type Article in IR, searches as Data_Type Platform in PR;
* no Unique_Title metrics (books only) and no Limit_Exceeded (there are no simultaneous-user limits):
  both are accepted as filter values and report nothing;
* months only when every day of them is counted (``usage.aggregation.ready_through``, CoP 5: usage is
  processed for the entire month before it is reported);
* zero usage left out as the CoP 3.3.9 prescribes for JSON: no zero months, no empty metric, no empty
  Attribute_Performance, no item without usage;
* the common extension Attributed (filter and attribute); Granularity Month (default) and Totals, whose
  counts are keyed by the first month of the period (COUNTER's note on Reporting_Period_Total in JSON).

Problems with a request are COUNTER Exceptions (CoP Appendix D): those that stop a report raise
``ReportError`` with the HTTP status Table D.1 gives; the others are listed in the report header.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Case, CharField, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from access.models import Institution
from journals.identifiers import normalize_doi, normalize_issn, normalize_orcid
from journals.models import Article, Contribution, Journal, Publisher
from usage.aggregation import ready_through
from usage.models import AccessMethod, AccessType, CountedDay, Metric, UsageMonth

RELEASE = "5.1"
#: Institution_Name and Customer_ID of a report on all usage (CoP 3.2, Table 3.f; 11.5).
WORLD_NAME = "The World"
WORLD_ID = "0000000000000000"
ARTICLE_VERSION = "VoR"

# Metric_Types (CoP 3.3.4) that the counts hold and those that Leeszaal never counts.
SEARCHES = Metric.SEARCHES_PLATFORM.value
TII = Metric.TOTAL_ITEM_INVESTIGATIONS.value
TIR = Metric.TOTAL_ITEM_REQUESTS.value
UII = Metric.UNIQUE_ITEM_INVESTIGATIONS.value
UIR = Metric.UNIQUE_ITEM_REQUESTS.value
NO_LICENSE = Metric.NO_LICENSE.value
LIMIT_EXCEEDED = "Limit_Exceeded"
UTI = "Unique_Title_Investigations"
UTR = "Unique_Title_Requests"
COUNTED = frozenset(Metric.values)

JOURNAL, ARTICLE, PLATFORM = "Journal", "Article", "Platform"
UNKNOWN_YOP = 1

# The COUNTER API's query parameters that authenticate or select the platform, not the report.
IGNORED_PARAMETERS = frozenset({"customer_id", "requestor_id", "api_key", "platform"})

_CODES: dict[int, tuple[str, int]] = {
    # Code: (Message, HTTP status), CoP Appendix D, Table D.1.
    1030: ("Insufficient Information to Process Request", 400),
    3000: ("Report Not Supported", 404),
    3020: ("Invalid Date Arguments", 400),
    3030: ("No Usage Available for Requested Dates", 200),
    3031: ("Usage Not Ready for Requested Dates", 200),
    3032: ("Usage No Longer Available for Requested Dates", 200),
    3040: ("Partial Data Returned", 200),
    3050: ("Parameter Not Recognized in this Context", 200),
    3060: ("Invalid ReportFilter Value", 200),
    3061: ("Incongruous ReportFilter Value", 200),
    3062: ("Invalid ReportAttribute Value", 200),
    3063: ("Components Not Supported", 200),
    3070: ("Required ReportFilter Missing", 200),
}


def exception(code: int, data: str = "") -> dict[str, Any]:
    """A COUNTER Exception object with the standard Message of ``code``."""
    result: dict[str, Any] = {"Code": code, "Message": _CODES[code][0]}
    if data:
        result["Data"] = data
    return result


class ReportError(Exception):
    """A request that gets no report: the COUNTER Exceptions to answer with and their HTTP status.

    A COUNTER API response carries one Exception: the lowest code (Appendix D). Report Not Supported
    (3000, R5's code; R5.1 has no Exception for it) comes with the 404 that R5.1 gives an unknown path.
    """

    def __init__(self, exceptions: list[dict[str, Any]], status: int) -> None:
        super().__init__("; ".join(f"{e['Code']}: {e['Message']}" for e in exceptions))
        self.exceptions = exceptions
        self.status = status

    @classmethod
    def of(cls, code: int, data: str = "") -> ReportError:
        return cls([exception(code, data)], _CODES[code][1])


# The reports


@dataclass(frozen=True, slots=True)
class ReportDefinition:
    """One COUNTER Report or Standard View as Leeszaal offers it (CoP 4, COUNTER API paths)."""

    report_id: str
    name: str  # the COUNTER Report_Name, in English as the standard has it
    description: Promise  # for our pages, in the reader's language
    level: str  # PR, TR or IR: which report it is (a view of)
    #: The Metric_Types: those a request may ask for (a COUNTER Report) or the fixed ones (a Standard View).
    metric_types: tuple[str, ...]
    #: The Data_Types the Data_Type filter may name (a COUNTER Report) or the fixed filter (a Standard View).
    data_types: tuple[str, ...]
    #: Query parameters beyond begin_date and end_date (only the COUNTER Reports have any).
    parameters: frozenset[str] = frozenset()
    #: Attributes_To_Show values that are supported (COUNTER Reports), in the order of the specification.
    attributes: tuple[str, ...] = ()
    #: Fixed filters of a Standard View.
    access_types: tuple[str, ...] = ()
    access_methods: tuple[str, ...] = ()
    #: Attributes that a Standard View always shows.
    shown: tuple[str, ...] = ()
    parents: bool = False  # a Standard View with the parent (journal) of every item
    #: Whether Data_Type is an element of Attribute_Performance (always in the COUNTER Reports and PR_P1).
    data_type_element: bool = True

    @property
    def is_master(self) -> bool:
        return self.report_id == self.level

    @property
    def path(self) -> str:
        return f"/r51/reports/{self.report_id.lower()}"


_PR_DATA_TYPES = (
    "Article", "Audiovisual", "Book", "Book_Segment", "Conference", "Conference_Item", "Database_Full_Item",
    "Dataset", "Image", "Interactive_Resource", "Journal", "Multimedia", "News_Item", "Newspaper_or_Newsletter",
    "Other", "Patent", "Platform", "Reference_Item", "Reference_Work", "Report", "Software", "Sound", "Standard",
    "Thesis_or_Dissertation", "Unspecified",
)  # fmt: skip
_TR_DATA_TYPES = (
    "Book", "Conference", "Journal", "Newspaper_or_Newsletter", "Other", "Patent", "Reference_Work", "Report",
    "Standard", "Thesis_or_Dissertation", "Unspecified",
)  # fmt: skip
_IR_DATA_TYPES = (
    "Article", "Audiovisual", "Book_Segment", "Conference_Item", "Database_Full_Item", "Dataset", "Image",
    "Interactive_Resource", "Multimedia", "News_Item", "Other", "Patent", "Reference_Item", "Report", "Software",
    "Sound", "Standard", "Thesis_or_Dissertation", "Unspecified",
)  # fmt: skip
_COMMON = frozenset({"metric_type", "data_type", "access_method", "attributes_to_show", "granularity", "attributed"})
_REGULAR = (AccessMethod.REGULAR.value,)
_CONTROLLED = (AccessType.CONTROLLED.value,)

REPORTS: dict[str, ReportDefinition] = {
    definition.report_id: definition
    for definition in (
        ReportDefinition(
            "PR",
            "Platform Report",
            _("Al het gebruik van het platform per soort: zoekopdrachten, bekeken en gelezen artikelen."),
            "PR",
            (SEARCHES, TII, TIR, UII, UIR, UTI, UTR),
            _PR_DATA_TYPES,
            parameters=_COMMON,
            attributes=("Access_Method", "Attributed"),
        ),
        ReportDefinition(
            "PR_P1",
            "Platform Usage",
            _("Zoekopdrachten en gelezen artikelen op het platform, per maand."),
            "PR",
            (SEARCHES, TIR, UIR, UTR),
            (),
            access_methods=_REGULAR,
        ),
        ReportDefinition(
            "TR",
            "Title Report",
            _("Het gebruik per tijdschrift, met alle filters en kenmerken naar keuze."),
            "TR",
            (TII, TIR, UII, UIR, UTI, UTR, LIMIT_EXCEEDED, NO_LICENSE),
            _TR_DATA_TYPES,
            parameters=_COMMON | {"access_type", "yop", "item_id"},
            attributes=("YOP", "Access_Type", "Access_Method", "Attributed"),
        ),
        ReportDefinition(
            "TR_J1",
            "Journal Requests (Controlled)",
            _("Gelezen artikelen per tijdschrift, zonder open access en vrij te lezen artikelen."),
            "TR",
            (TIR, UIR),
            (JOURNAL,),
            access_types=_CONTROLLED,
            access_methods=_REGULAR,
            data_type_element=False,
        ),
        ReportDefinition(
            "TR_J2",
            "Journal Access Denied",
            _("Geweigerde toegang per tijdschrift: gevraagde artikelen waarvoor geen licentie was."),
            "TR",
            (LIMIT_EXCEEDED, NO_LICENSE),
            (JOURNAL,),
            access_methods=_REGULAR,
            data_type_element=False,
        ),
        ReportDefinition(
            "TR_J3",
            "Journal Usage by Access Type",
            _("Bekeken en gelezen artikelen per tijdschrift, uitgesplitst naar soort toegang."),
            "TR",
            (TII, TIR, UII, UIR),
            (JOURNAL,),
            access_methods=_REGULAR,
            shown=("Access_Type",),
            data_type_element=False,
        ),
        ReportDefinition(
            "TR_J4",
            "Journal Requests by YOP (Controlled)",
            _("Gelezen artikelen per tijdschrift en jaar van verschijnen, zonder open access."),
            "TR",
            (TIR, UIR),
            (JOURNAL,),
            access_types=_CONTROLLED,
            access_methods=_REGULAR,
            shown=("YOP",),
            data_type_element=False,
        ),
        ReportDefinition(
            "IR",
            "Item Report",
            _("Het gebruik per artikel, met alle filters en kenmerken naar keuze."),
            "IR",
            (TII, TIR, UII, UIR, LIMIT_EXCEEDED, NO_LICENSE),
            _IR_DATA_TYPES,
            parameters=_COMMON
            | {"access_type", "yop", "item_id", "author", "include_parent_details", "include_component_details"},
            attributes=(
                "YOP",
                "Access_Type",
                "Access_Method",
                "Authors",
                "Publication_Date",
                "Article_Version",
                "Attributed",
            ),
        ),
        ReportDefinition(
            "IR_A1",
            "Journal Article Requests",
            _("Gelezen artikelen per artikel, met het tijdschrift waarin het verscheen."),
            "IR",
            (TIR, UIR),
            (ARTICLE,),
            access_methods=_REGULAR,
            shown=("Authors", "Publication_Date", "Article_Version", "Access_Type"),
            parents=True,
            data_type_element=False,
        ),
    )
}

SUPPORTED: tuple[str, ...] = ("PR", "PR_P1", "TR", "TR_J1", "TR_J2", "TR_J3", "TR_J4", "IR", "IR_A1")
#: Report_ID -> Report_Name.
NAMES: dict[str, str] = {report_id: REPORTS[report_id].name for report_id in SUPPORTED}
#: Report_ID -> a description for our pages (in the reader's language).
DESCRIPTIONS: dict[str, Promise] = {report_id: REPORTS[report_id].description for report_id in SUPPORTED}

#: Attributes that are elements of Attribute_Performance, in the order the CoP lists the columns.
PERFORMANCE_ATTRIBUTES = ("YOP", "Access_Type", "Access_Method", "Attributed")
#: Attributes that describe an item of an Item Report.
ITEM_ATTRIBUTES = ("Authors", "Publication_Date", "Article_Version")
_ACCESS_TYPE_ORDER = tuple(AccessType.values)
_ACCESS_METHOD_ORDER = tuple(AccessMethod.values)


# Settings with working defaults


def platform_name() -> str:
    """The Platform of every report item (CoP 3.2, Table 3.h)."""
    return settings.COUNTER_PLATFORM


def platform_id() -> str:
    """The platform ID: the namespace of our proprietary identifiers (CoP 11.1: at most 17 characters)."""
    return settings.COUNTER_PLATFORM_ID


def registry_record() -> str:
    """The link to the platform's COUNTER Registry record; empty until the platform has one."""
    return settings.COUNTER_REGISTRY_RECORD


# Identifiers


_ISSN_OK = re.compile(r"^[0-9]{4}-[0-9]{3}[0-9X]$")
_DOI_OK = re.compile(r"^10\.[1-9][0-9]{2}[0-9.]*/.+$")
_ROR_OK = re.compile(r"^0[a-z0-9]{6}[0-9]{2}$")
_ORCID_OK = re.compile(r"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")


def journal_item_id(journal: Journal) -> str:
    """The journal's Proprietary_ID: ``leeszaal:<journal slug>`` (the slug never changes once published)."""
    return f"{platform_id()}:{journal.slug}"


def article_item_id(article: Article) -> str:
    """The article's Proprietary_ID, ``leeszaal:<journal>/<year>/<issue number>/<article slug>``: its stable URL.

    Reads the article's issue and journal (``select_related("issue__journal")`` for many articles).
    """
    issue = article.issue
    return f"{platform_id()}:{issue.journal.slug}/{issue.year}/{issue.number}/{article.slug}"


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _journal_ids(journal: Journal) -> dict[str, str]:
    ids: dict[str, str] = {}
    if _ISSN_OK.match(journal.issn_print or ""):
        ids["Print_ISSN"] = journal.issn_print
    if _ISSN_OK.match(journal.issn_online or ""):
        ids["Online_ISSN"] = journal.issn_online
    ids["Proprietary"] = journal_item_id(journal)
    ids["URI"] = _absolute(journal.get_absolute_url())
    return ids


def _article_ids(article: Article) -> dict[str, str]:
    ids: dict[str, str] = {}
    if _DOI_OK.match(article.doi or ""):
        ids["DOI"] = article.doi
    ids["Proprietary"] = article_item_id(article)
    ids["URI"] = _absolute(article.get_absolute_url())
    return ids


def _publisher_id(publisher: Publisher) -> dict[str, list[str]]:
    return {"Proprietary": [f"{platform_id()}:{publisher.slug}"]}


def institution_id(customer: Institution | None) -> dict[str, list[str]]:
    """The Institution_ID of the report header: the Customer_ID in our namespace, and the ROR id if known."""
    if customer is None:
        return {"Proprietary": [f"{platform_id()}:{WORLD_ID}"]}
    ids: dict[str, list[str]] = {}
    if _ROR_OK.match(customer.ror or ""):
        ids["ROR"] = [customer.ror]
    ids["Proprietary"] = [f"{platform_id()}:{customer.pk}"]
    return ids


# Months


def _local_today(now: datetime.datetime) -> datetime.date:
    """The day it is at ``now`` where the days are counted (the site's time zone)."""
    return timezone.localtime(now, ZoneInfo(settings.TIME_ZONE)).date()


def _month_end(month: datetime.date) -> datetime.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _next_month(month: datetime.date) -> datetime.date:
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def _months(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = _next_month(month)
    return months


def months_available(
    *, customer: Institution | None = None, now: datetime.datetime | None = None
) -> tuple[datetime.date, datetime.date]:
    """The first and last month of usage processed and available (for the /r51/reports list).

    Counting is the same for every customer, so ``customer`` does not change the answer. The first month
    is that of the first counted day (nothing was recorded before it); the last one is the last month
    whose every day is counted. With no such month yet, both are the month before this one.
    """
    previous = (_local_today(now or timezone.now()).replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    last_day = ready_through()
    first_day = CountedDay.objects.order_by("day").values_list("day", flat=True).first()
    if last_day is None or first_day is None:
        return previous, previous
    last = last_day.replace(day=1)
    if last_day != _month_end(last_day):
        last = (last - datetime.timedelta(days=1)).replace(day=1)
    if last < first_day.replace(day=1):
        return previous, previous
    return first_day.replace(day=1), last


# The request


_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_YOP = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


@dataclass
class _Request:
    """A report request, checked: what to report and the Exceptions found on the way."""

    definition: ReportDefinition
    begin: datetime.date  # the first day of the first month
    end: datetime.date  # the last day of the last month reported
    months: list[datetime.date]  # the months reported: requested, past and processed
    metrics: tuple[str, ...]
    data_types: tuple[str, ...] | None = None
    access_types: tuple[str, ...] | None = None
    access_methods: tuple[str, ...] | None = None
    yops: list[tuple[int, int]] | None = None
    journals: Q | None = None  # an item_id filter of a Title Report
    articles: Q | None = None  # an item_id filter of an Item Report
    authors: list[str] | None = None  # ORCID iDs
    attributed: str | None = None
    shown: tuple[str, ...] = ()
    totals: bool = False
    parents: bool = False
    filters: dict[str, Any] = field(default_factory=dict)  # Report_Filters beyond the dates
    attributes: dict[str, Any] = field(default_factory=dict)  # Report_Attributes
    problems: dict[int, list[str]] = field(default_factory=dict)  # Exception code -> Data parts

    def problem(self, code: int, data: str = "") -> None:
        self.problems.setdefault(code, [])
        if data and data not in self.problems[code]:
            self.problems[code].append(data)

    def exceptions(self) -> list[dict[str, Any]]:
        return [exception(code, ", ".join(self.problems[code])) for code in sorted(self.problems)]


def _values(text: str) -> list[str]:
    """The values of a multi-valued COUNTER API parameter (separated by "|"), without repeats."""
    values: list[str] = []
    for part in text.split("|"):
        value = part.strip()
        if value and value not in values:
            values.append(value)
    return values


def _pick(
    request: _Request, parameter: str, text: str, allowed: Iterable[str], *, code: int = 3060
) -> tuple[str, ...] | None:
    """The allowed values named in ``text`` (in the order of ``allowed``, matched regardless of case).

    Values not allowed are an Exception (3060 for filters, 3062 for attributes) and are ignored; with no
    allowed value left the parameter counts as absent (the default applies).
    """
    canonical = {value.lower(): value for value in allowed}
    chosen = set()
    for value in _values(text):
        if value.lower() in canonical:
            chosen.add(canonical[value.lower()])
        else:
            request.problem(code, f"{parameter}={value}")
    picked = tuple(value for value in allowed if value in chosen)
    return picked or None


def _parse_date(name: str, text: str, *, last: bool) -> datetime.date:
    match = _DATE.match(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        year, month = int(match.group(1)), int(match.group(2))
        day = datetime.date(year, month, int(match.group(3) or 1))
    except ValueError:
        raise ReportError.of(3020, f"{name}={text[:40]} is not a date in the form yyyy-mm-dd or yyyy-mm") from None
    return _month_end(day) if last else day.replace(day=1)


def _dates(params: Mapping[str, str], now: datetime.datetime) -> tuple[datetime.date, datetime.date, datetime.date]:
    """(begin, requested end, end reported before readiness): whole months, and never this month or later."""
    missing = [name for name in ("begin_date", "end_date") if not (params.get(name) or "").strip()]
    if missing:
        raise ReportError.of(1030, f"Missing {' and '.join(missing)}")
    begin = _parse_date("begin_date", params["begin_date"], last=False)
    end = _parse_date("end_date", params["end_date"], last=True)
    if end < begin:
        raise ReportError.of(
            3020, f"end_date {params['end_date'].strip()} is before begin_date {params['begin_date'].strip()}"
        )
    this_month = _local_today(now).replace(day=1)
    if begin >= this_month:
        raise ReportError.of(
            3020, f"begin_date {params['begin_date'].strip()} is not in a past month; usage is reported for past months"
        )
    return begin, end, min(end, this_month - datetime.timedelta(days=1))


def _parse_yops(request: _Request, text: str) -> None:
    ranges: list[tuple[int, int]] = []
    shown: list[str] = []
    for value in _values(text):
        match = _YOP.match(value)
        start = int(match.group(1)) if match else 0
        stop = int(match.group(2) or start) if match else 0
        if match is None or start < 1 or stop < start:
            request.problem(3060, f"yop={value}")
            continue
        ranges.append((start, stop))
        shown.append(value)
    if ranges:
        request.yops = ranges
        request.filters["YOP"] = shown


_ID_PREFIXES = ("doi:", "online_issn:", "print_issn:", "issn:", "proprietary:", "proprietary_id:")


def _parse_item_ids(request: _Request, text: str) -> None:
    """The item_id filter: journals (ISSN or Proprietary_ID) in TR, articles (DOI or Proprietary_ID) in IR."""
    ns = platform_id().lower() + ":"
    journal_q: list[Q] = []
    article_q: list[Q] = []
    valid: list[str] = []
    for value in _values(text):
        raw = value
        lowered = value.lower()
        for prefix in _ID_PREFIXES:
            if lowered.startswith(prefix):
                value, lowered = value[len(prefix) :], lowered[len(prefix) :]
                break
        if lowered.startswith(ns):
            local = value[len(ns) :]
            parts = local.split("/")
            if len(parts) == 1 and parts[0]:
                journal_q.append(Q(slug=parts[0]))
                valid.append(raw)
                continue
            if len(parts) == 4 and parts[1].isdigit() and all(parts):
                journal_slug, year, number, slug = parts
                article_q.append(
                    Q(issue__journal__slug=journal_slug, issue__year=int(year), issue__number=number, slug=slug)
                )
                valid.append(raw)
                continue
            request.problem(3060, f"item_id={raw}")
            continue
        try:
            issn = normalize_issn(value)
        except ValidationError:
            pass
        else:
            journal_q.append(Q(issn_print=issn) | Q(issn_online=issn))
            valid.append(raw)
            continue
        try:
            doi = normalize_doi(value)
        except ValidationError:
            request.problem(3060, f"item_id={raw}")
            continue
        article_q.append(Q(doi_lower=doi.lower()))
        valid.append(raw)
    if journal_q and article_q:
        request.problem(3061, f"item_id={'|'.join(valid)}: journal and article identifiers together")
        return
    wanted = journal_q if request.definition.level == "TR" else article_q
    unwanted = article_q if request.definition.level == "TR" else journal_q
    if unwanted:
        kind = "article" if request.definition.level == "TR" else "journal"
        request.problem(3060, f"item_id={'|'.join(valid)}: {kind} identifiers name no item of this report")
        return
    if wanted:
        combined = functools.reduce(operator.or_, wanted)
        if request.definition.level == "TR":
            request.journals = combined
        else:
            request.articles = combined
        request.filters["Item_ID"] = "|".join(valid)


def _parse_authors(request: _Request, text: str) -> None:
    orcids: list[str] = []
    for value in _values(text):
        bare = value[len("orcid:") :] if value.lower().startswith("orcid:") else value
        try:
            orcids.append(normalize_orcid(bare))
        except ValidationError:
            request.problem(3060, f"author={value}")
    if orcids:
        request.authors = orcids
        request.filters["Author"] = "|".join(f"ORCID:{orcid}" for orcid in orcids)


def _true_false(request: _Request, parameter: str, text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("true", "false"):
        return value == "true"
    request.problem(3062, f"{parameter}={text.strip()}")
    return None


def _parse(definition: ReportDefinition, params: Mapping[str, str], now: datetime.datetime) -> _Request:
    lowered = {str(key).lower(): str(value) for key, value in params.items()}
    begin, requested_end, end = _dates(lowered, now)
    request = _Request(definition, begin, end, [], definition.metric_types, shown=definition.shown)
    request.parents = definition.parents

    unknown = sorted(
        key
        for key in lowered
        if key not in IGNORED_PARAMETERS and key not in ("begin_date", "end_date") and key not in definition.parameters
    )
    if unknown:
        request.problem(3050, ", ".join(unknown))

    if definition.is_master:
        _parse_master(request, lowered)
    else:
        request.data_types = definition.data_types or None
        request.access_types = definition.access_types or None
        request.access_methods = definition.access_methods or None
        if definition.data_types:
            request.filters["Data_Type"] = list(definition.data_types)
        if definition.access_types:
            request.filters["Access_Type"] = list(definition.access_types)
        if definition.access_methods:
            request.filters["Access_Method"] = list(definition.access_methods)

    _readiness(request, requested_end)
    return request


def _parse_master(request: _Request, params: Mapping[str, str]) -> None:
    definition = request.definition
    present = {key: value for key, value in params.items() if key in definition.parameters and value.strip()}
    if "metric_type" in present:
        metrics = _pick(request, "metric_type", present["metric_type"], definition.metric_types)
        if metrics:
            request.metrics = metrics
            request.filters["Metric_Type"] = list(metrics)
    if "data_type" in present:
        request.data_types = _pick(request, "data_type", present["data_type"], definition.data_types)
        if request.data_types:
            request.filters["Data_Type"] = list(request.data_types)
    if "access_type" in present:
        request.access_types = _pick(request, "access_type", present["access_type"], _ACCESS_TYPE_ORDER)
        if request.access_types:
            request.filters["Access_Type"] = list(request.access_types)
    if "access_method" in present:
        request.access_methods = _pick(request, "access_method", present["access_method"], _ACCESS_METHOD_ORDER)
        if request.access_methods:
            request.filters["Access_Method"] = list(request.access_methods)
    if "yop" in present:
        _parse_yops(request, present["yop"])
    if "item_id" in present:
        _parse_item_ids(request, present["item_id"])
    if "author" in present:
        _parse_authors(request, present["author"])
    if "attributed" in present:
        picked = _pick(request, "attributed", present["attributed"], ("Yes", "No"))
        if picked and len(picked) == 1:
            request.attributed = picked[0]
            request.filters["Attributed"] = picked[0]
    if "attributes_to_show" in present:
        shown = _pick(request, "attributes_to_show", present["attributes_to_show"], definition.attributes, code=3062)
        if shown:
            request.shown = shown
            request.attributes["Attributes_To_Show"] = list(shown)
    if "include_parent_details" in present:
        request.parents = bool(_true_false(request, "include_parent_details", present["include_parent_details"]))
        if request.parents:
            request.attributes["Include_Parent_Details"] = "True"
    if "include_component_details" in present and _true_false(
        request, "include_component_details", present["include_component_details"]
    ):
        request.problem(3063)
    if "granularity" in present:
        value = present["granularity"].strip().lower()
        if value in ("totals", "total"):  # "Total": the COUNTER API 5.1 before its fix (cop5#293)
            request.totals = True
            request.attributes["Granularity"] = "Totals"
        elif value != "month":
            request.problem(3062, f"granularity={present['granularity'].strip()}")


def _readiness(request: _Request, requested_end: datetime.date) -> None:
    """Keep the months whose usage is processed, say which are not (3031), and end the report with the last one.

    A month is processed when every day of it is counted; the current and future months never are. Nothing
    was recorded before the first counted day, so earlier months are processed and simply have no usage.
    """
    last_counted = ready_through()
    months = _months(request.begin, request.end)
    ready = [month for month in months if last_counted is not None and _month_end(month) <= last_counted]
    request.months = ready
    if len(ready) == len(months) and request.end == requested_end:
        return
    first_missing = _next_month(ready[-1]) if ready else request.begin
    pending = f"{first_missing:%Y-%m}"
    if requested_end.replace(day=1) > first_missing:
        pending += f" to {requested_end:%Y-%m}"
    available = f"usage is available to {_month_end(ready[-1]).isoformat()}" if ready else "no usage is available yet"
    request.problem(
        3031,
        f"request was for {request.begin.isoformat()} to {requested_end.isoformat()}; however, {available} "
        f"(not processed yet: {pending})",
    )
    if ready:
        request.end = _month_end(ready[-1])


# Counting


class _Key(NamedTuple):
    """What one Attribute_Performance stands for (the attributes not shown are empty)."""

    data_type: str
    yop: str
    access_type: str
    access_method: str
    attributed: str


#: item key (journal or article id, 0 for the platform) -> attribute key -> metric -> "yyyy-mm" -> count
_Tally = dict[int, dict[_Key, dict[str, dict[str, int]]]]


def _item_data_type(level: str) -> str:
    return ARTICLE if level == "IR" else JOURNAL


def _stored_metrics(request: _Request) -> set[str]:
    """The requested Metric_Types that the counts hold, within the Data_Type filter."""
    level = request.definition.level
    metrics = {metric for metric in request.metrics if metric in COUNTED}
    if level != "PR":
        metrics.discard(SEARCHES)
    data_types = request.data_types
    if data_types is not None:
        if _item_data_type(level) not in data_types:
            metrics &= {SEARCHES}
        if level == "PR" and PLATFORM not in data_types:
            metrics.discard(SEARCHES)
    return metrics


def _counts_query(
    request: _Request, customer: Institution | None, metrics: set[str]
) -> QuerySet[UsageMonth, dict[str, Any]]:
    level = request.definition.level
    qs = UsageMonth.objects.filter(
        month__gte=request.months[0], month__lte=request.months[-1], metric__in=sorted(metrics)
    )
    if customer is not None:
        qs = qs.filter(institution_id=customer.pk)
    if request.attributed is not None:
        qs = qs.filter(institution__isnull=request.attributed == "No")
    if request.access_methods is not None:
        qs = qs.filter(access_method__in=request.access_methods)
    if level == "TR":
        qs = qs.filter(journal__isnull=False)
    elif level == "IR":
        qs = qs.filter(article__isnull=False)
    if request.access_types is not None:
        types = list(request.access_types)
        if AccessType.CONTROLLED in types:
            types.append("")  # an item without a recorded access type was behind the paywall
        qs = qs.filter(access_type__in=types)
    if request.yops is not None:
        wanted = [Q(yop__range=(start, stop)) for start, stop in request.yops]
        if any(start <= UNKNOWN_YOP <= stop for start, stop in request.yops):
            wanted.append(Q(yop__isnull=True))  # YOP 0001: the year is not known
        qs = qs.filter(functools.reduce(operator.or_, wanted))
    if request.journals is not None:
        qs = qs.filter(journal_id__in=Journal.objects.filter(request.journals).values("pk"))
    if request.articles is not None:
        chosen = Article.objects.annotate(doi_lower=Lower("doi")).filter(request.articles).values("pk")
        qs = qs.filter(article_id__in=chosen)
    if request.authors is not None:
        qs = qs.filter(
            article_id__in=Contribution.objects.filter(author__orcid__in=request.authors).values("article_id")
        )

    fields = ["metric"]
    if level == "TR":
        fields.append("journal_id")
    elif level == "IR":
        fields.append("article_id")
    if not request.totals:
        fields.append("month")
    if "Access_Type" in request.shown:
        fields.append("access_type")
    if "YOP" in request.shown:
        fields.append("yop")
    if "Access_Method" in request.shown:
        fields.append("access_method")
    if "Attributed" in request.shown:
        qs = qs.annotate(
            attributed=Case(
                When(institution__isnull=True, then=Value("No")), default=Value("Yes"), output_field=CharField()
            )
        )
        fields.append("attributed")
    return qs.values(*fields).annotate(n=Sum("count")).order_by()


def _tally(request: _Request, customer: Institution | None) -> _Tally:
    """The grouped counts, by item, attribute combination, metric and month (cheap Python over few rows)."""
    tally: _Tally = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int))))
    metrics = _stored_metrics(request)
    if not request.months or not metrics:
        return tally
    level = request.definition.level
    item_field = {"TR": "journal_id", "IR": "article_id"}.get(level)
    shown = request.shown
    show_yop, show_type, show_method, show_attributed = (name in shown for name in PERFORMANCE_ATTRIBUTES)
    item_data_type = _item_data_type(level) if request.definition.data_type_element else ""
    platform_data_type = PLATFORM if request.definition.data_type_element else ""
    begin = f"{request.begin:%Y-%m}"
    month_names: dict[datetime.date, str] = {}
    for row in _counts_query(request, customer, metrics):
        n = row["n"] or 0
        if n <= 0:
            continue
        metric = row["metric"]
        key = _Key(
            platform_data_type if metric == SEARCHES else item_data_type,
            f"{row['yop'] or UNKNOWN_YOP:04d}" if show_yop else "",
            (row["access_type"] or AccessType.CONTROLLED.value) if show_type else "",
            row["access_method"] if show_method else "",
            row["attributed"] if show_attributed else "",
        )
        if request.totals:
            month = begin
        else:
            month = month_names.get(row["month"]) or month_names.setdefault(row["month"], f"{row['month']:%Y-%m}")
        tally[row[item_field] if item_field else 0][key][metric][month] += int(n)
    return tally


def _key_order(key: _Key) -> tuple[object, ...]:
    return (
        key.data_type != PLATFORM,  # the platform's searches first, as in the CoP's samples
        key.data_type,
        -int(key.yop or 0),
        _ACCESS_TYPE_ORDER.index(key.access_type) if key.access_type in _ACCESS_TYPE_ORDER else -1,
        _ACCESS_METHOD_ORDER.index(key.access_method) if key.access_method in _ACCESS_METHOD_ORDER else -1,
        key.attributed != "Yes",
    )


def _attribute_performance(
    request: _Request, by_key: Mapping[_Key, Mapping[str, Mapping[str, int]]]
) -> list[dict[str, Any]]:
    result = []
    for key in sorted(by_key, key=_key_order):
        by_metric = by_key[key]
        performance = {
            metric: {month: by_metric[metric][month] for month in sorted(by_metric[metric]) if by_metric[metric][month]}
            for metric in request.definition.metric_types
            if metric in by_metric
        }
        performance = {metric: counts for metric, counts in performance.items() if counts}
        if not performance:
            continue
        element: dict[str, Any] = {}
        if key.data_type:
            element["Data_Type"] = key.data_type
        if key.yop:
            element["YOP"] = key.yop
        if key.access_type:
            element["Access_Type"] = key.access_type
        if key.access_method:
            element["Access_Method"] = key.access_method
        if key.attributed:
            element["Attributed"] = key.attributed
        element["Performance"] = performance
        result.append(element)
    return result


# Report items


def _platform_items(request: _Request, tally: _Tally) -> list[dict[str, Any]]:
    performances = _attribute_performance(request, tally.get(0, {}))
    return [{"Platform": platform_name(), "Attribute_Performance": performances}] if performances else []


def _title_items(request: _Request, tally: _Tally) -> list[dict[str, Any]]:
    if not tally:
        return []
    journals = Journal.objects.filter(pk__in=list(tally)).select_related("publisher")
    items = []
    for journal in sorted(journals, key=lambda j: (j.title.casefold(), j.pk)):
        performances = _attribute_performance(request, tally[journal.pk])
        if not performances:
            continue
        items.append(
            {
                "Title": journal.title,
                "Publisher": journal.publisher.name,
                "Publisher_ID": _publisher_id(journal.publisher),
                "Platform": platform_name(),
                "Item_ID": _journal_ids(journal),
                "Attribute_Performance": performances,
            }
        )
    return items


def _authors(article_ids: list[int]) -> dict[int, list[dict[str, str]]]:
    """Each article's first three authors (CoP 3.2: at most three), with their ORCID iDs."""
    authors: dict[int, list[dict[str, str]]] = defaultdict(list)
    rows = (
        Contribution.objects.filter(article_id__in=article_ids)
        .order_by("article_id", "position", "pk")
        .values_list("article_id", "author__given_names", "author__surname", "author__orcid")
    )
    for article_id, given_names, surname, orcid in rows:
        name = f"{given_names} {surname}".strip()
        if len(authors[article_id]) >= 3 or len(name) < 2:
            continue
        author = {"Name": name}
        if _ORCID_OK.match(orcid or ""):
            author["ORCID"] = orcid
        authors[article_id].append(author)
    return authors


def _item_items(request: _Request, tally: _Tally) -> list[dict[str, Any]]:
    if not tally:
        return []
    articles = list(
        Article.objects.filter(pk__in=list(tally)).select_related("issue__journal__publisher").for_listing()
    )
    shown = request.shown
    authors = _authors([article.pk for article in articles]) if "Authors" in shown else {}
    by_journal: dict[int, list[dict[str, Any]]] = defaultdict(list)
    journals: dict[int, Journal] = {}
    for article in sorted(articles, key=lambda a: (a.title.casefold(), a.pk)):
        performances = _attribute_performance(request, tally[article.pk])
        if not performances:
            continue
        journal = article.issue.journal
        journals[journal.pk] = journal
        item: dict[str, Any] = {
            "Item": f"{article.title}: {article.subtitle}" if article.subtitle else article.title,
            "Publisher": journal.publisher.name,
            "Publisher_ID": _publisher_id(journal.publisher),
            "Platform": platform_name(),
        }
        if authors.get(article.pk):
            item["Authors"] = authors[article.pk]
        published = article.publication_date
        if "Publication_Date" in shown and published is not None:
            item["Publication_Date"] = published.isoformat()
        if "Article_Version" in shown:
            item["Article_Version"] = ARTICLE_VERSION
        item["Item_ID"] = _article_ids(article)
        item["Attribute_Performance"] = performances
        by_journal[journal.pk].append(item)
    if not by_journal:
        return []
    if not request.parents:
        return [{"Items": [item for items in by_journal.values() for item in items]}]
    parents = []
    for journal in sorted(journals.values(), key=lambda j: (j.title.casefold(), j.pk)):
        parent: dict[str, Any] = {"Title": journal.title, "Item_ID": _journal_ids(journal)}
        if request.definition.is_master:
            parent["Data_Type"] = JOURNAL
        parent["Items"] = by_journal[journal.pk]
        parents.append(parent)
    return parents


# The report


def _created_by() -> str:
    name = Publisher.objects.order_by("pk").values_list("name", flat=True).first()
    return name if name and len(name) >= 2 else platform_name()


def run_report(
    report_id: str, params: Mapping[str, str], *, customer: Institution | None, now: datetime.datetime | None = None
) -> dict[str, Any]:
    """The COUNTER R5.1 report ``report_id`` (PR, TR_J1, ...) for ``customer`` (None: The World) as JSON.

    ``params`` are the COUNTER API query parameters (begin_date, end_date, metric_type, ...; several values
    separated by "|"); customer_id, requestor_id, api_key and platform are ignored. Raises ``ReportError``
    when there can be no report (an unknown report, missing or invalid dates).
    """
    definition = REPORTS.get(str(report_id).upper())
    if definition is None:
        raise ReportError.of(3000, f"Report {str(report_id)[:40]!r} is not supported; reports: {', '.join(SUPPORTED)}")
    now = now or timezone.now()
    request = _parse(definition, params, now)

    tally = _tally(request, customer)
    if definition.level == "PR":
        items = _platform_items(request, tally)
    elif definition.level == "TR":
        items = _title_items(request, tally)
    else:
        items = _item_items(request, tally)
    if not items and request.months:
        request.problem(3030, f"no usage from {request.begin.isoformat()} to {request.end.isoformat()}")

    filters: dict[str, Any] = {}
    if not definition.is_master:
        filters["Metric_Type"] = list(definition.metric_types)
    filters["Begin_Date"] = request.begin.isoformat()
    filters["End_Date"] = request.end.isoformat()
    filters.update(request.filters)
    header: dict[str, Any] = {
        "Release": RELEASE,
        "Report_ID": definition.report_id,
        "Report_Name": definition.name,
        "Created": now.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "Created_By": _created_by(),
        "Institution_ID": institution_id(customer),
        "Institution_Name": customer.name if customer is not None else WORLD_NAME,
        "Registry_Record": registry_record(),
        "Report_Filters": filters,
    }
    if definition.is_master and request.attributes:
        header["Report_Attributes"] = request.attributes
    exceptions = request.exceptions()
    if exceptions:
        header["Exceptions"] = exceptions
    return {"Report_Header": header, "Report_Items": items}
