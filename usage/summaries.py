"""What the usage pages show, as plain functions: the editors' summaries and the reading of a COUNTER report.

The editors' page (``usage_summary``) reads ``UsageMonth`` directly: what is read (top articles), where
(top institutions, with the usage of readers outside any institution as one row), how (HTML or PDF,
and Controlled, Open or Free_To_Read) and what was refused (No_License per institution and journal:
the demand for a subscription). It runs a fixed number of GROUP BY queries, however many rows there
are, for the whole publisher, one journal or one article.

The librarian's page shows a report from ``usage.reports.run_report``; ``report_monthly``,
``report_rows`` and ``report_exceptions`` read that report (COUNTER R5.1 JSON) for the chart, the table
and the notices, without touching the database.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from usage.admin import sushi_base_url
from usage.forms import SushiCredentialForm, add_months
from usage.models import AccessType, Format, Metric, SushiCredential, UsageMonth

if TYPE_CHECKING:
    from access.models import Institution

#: The metrics in the order the pages show them, with their names for people.
METRIC_LABELS = {
    Metric.TOTAL_ITEM_REQUESTS: gettext_lazy("Gelezen"),
    Metric.UNIQUE_ITEM_REQUESTS: gettext_lazy("Gelezen, unieke artikelen"),
    Metric.TOTAL_ITEM_INVESTIGATIONS: gettext_lazy("Bekeken"),
    Metric.UNIQUE_ITEM_INVESTIGATIONS: gettext_lazy("Bekeken, unieke artikelen"),
    Metric.NO_LICENSE: gettext_lazy("Geweigerd, geen licentie"),
    "Limit_Exceeded": gettext_lazy("Geweigerd, limiet bereikt"),
    Metric.SEARCHES_PLATFORM: gettext_lazy("Zoekopdrachten"),
    "Unique_Title_Requests": gettext_lazy("Gelezen, unieke titels"),
    "Unique_Title_Investigations": gettext_lazy("Bekeken, unieke titels"),
}

ACCESS_TYPE_LABELS: dict[str, object] = dict(AccessType.choices)
FORMAT_LABELS: dict[str, object] = {Format.HTML.value: "HTML", Format.PDF.value: "PDF"}


def metric_label(metric: str) -> str:
    return str(METRIC_LABELS.get(metric, metric))


def metric_order(metrics: Iterator[str] | Sequence[str] | set[str]) -> list[str]:
    """``metrics`` in the pages' order (those ``METRIC_LABELS`` does not know last, by name)."""
    known = [metric for metric in METRIC_LABELS if metric in metrics]
    return known + sorted(set(metrics) - set(known))


def months_between(begin: datetime.date, end: datetime.date) -> list[datetime.date]:
    """The first days of the months ``begin`` through ``end``."""
    months = []
    month = begin.replace(day=1)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


# The editors' summaries


def _sum(metric: str) -> Coalesce:
    return Coalesce(Sum("count", filter=Q(metric=metric)), Value(0), output_field=IntegerField())


@dataclass(frozen=True, slots=True)
class ArticleUsage:
    article_id: int
    journal_id: int
    title: str
    journal_title: str
    requests: int
    investigations: int
    denials: int


@dataclass(frozen=True, slots=True)
class InstitutionUsage:
    institution_id: int | None  # None: readers outside any institution
    name: str
    requests: int
    investigations: int
    denials: int
    searches: int


@dataclass(frozen=True, slots=True)
class Share:
    label: str
    count: int
    percent: int


@dataclass(frozen=True, slots=True)
class Denials:
    institution_id: int | None
    institution_name: str
    journal_title: str
    denials: int


@dataclass(frozen=True, slots=True)
class UsageSummary:
    months: list[datetime.date]
    monthly: dict[str, dict[datetime.date, int]]  # metric -> month -> count
    articles: list[ArticleUsage]
    institutions: list[InstitutionUsage]
    formats: list[Share]
    access_types: list[Share]
    denials: list[Denials]
    totals: dict[str, int] = field(default_factory=dict)


def usage_counts(
    *, begin: datetime.date, end: datetime.date, journal_id: int | None = None, article_id: int | None = None
) -> QuerySet[UsageMonth]:
    """The counts of the months ``begin`` through ``end`` (first days), of one journal or article if given."""
    counts = UsageMonth.objects.filter(month__range=(begin.replace(day=1), end.replace(day=1)))
    if journal_id is not None:
        counts = counts.filter(journal_id=journal_id)
    if article_id is not None:
        counts = counts.filter(article_id=article_id)
    return counts.order_by()


def monthly_totals(counts: QuerySet[UsageMonth]) -> dict[str, dict[datetime.date, int]]:
    """Metric -> month -> count; one query."""
    monthly: dict[str, dict[datetime.date, int]] = defaultdict(dict)
    for row in counts.values("month", "metric").annotate(total=Sum("count")).order_by():
        monthly[row["metric"]][row["month"]] = row["total"]
    return dict(monthly)


def top_articles(counts: QuerySet[UsageMonth], *, limit: int) -> list[ArticleUsage]:
    """The most read articles (requests, then investigations); one query."""
    rows = (
        counts.filter(article__isnull=False)
        .values("article_id", "article__title", "article__issue__journal_id", "article__issue__journal__title")
        .annotate(
            requests=_sum(Metric.TOTAL_ITEM_REQUESTS),
            investigations=_sum(Metric.TOTAL_ITEM_INVESTIGATIONS),
            denials=_sum(Metric.NO_LICENSE),
        )
        .order_by("-requests", "-investigations", "-denials", "article__title")[:limit]
    )
    return [
        ArticleUsage(
            article_id=row["article_id"],
            journal_id=row["article__issue__journal_id"],
            title=row["article__title"],
            journal_title=row["article__issue__journal__title"],
            requests=row["requests"],
            investigations=row["investigations"],
            denials=row["denials"],
        )
        for row in rows
    ]


def top_institutions(counts: QuerySet[UsageMonth], *, limit: int) -> list[InstitutionUsage]:
    """Where the usage comes from: institutions by requests, readers outside institutions as one row; one query."""
    rows = (
        counts.values("institution_id", "institution__name")
        .annotate(
            requests=_sum(Metric.TOTAL_ITEM_REQUESTS),
            investigations=_sum(Metric.TOTAL_ITEM_INVESTIGATIONS),
            denials=_sum(Metric.NO_LICENSE),
            searches=_sum(Metric.SEARCHES_PLATFORM),
        )
        .order_by("-requests", "-investigations", "-denials", "institution__name")[:limit]
    )
    outside = _("Zonder instelling (losse lezers en bezoekers)")
    return [
        InstitutionUsage(
            institution_id=row["institution_id"],
            name=row["institution__name"] if row["institution_id"] is not None else outside,
            requests=row["requests"],
            investigations=row["investigations"],
            denials=row["denials"],
            searches=row["searches"],
        )
        for row in rows
    ]


def _shares(counts: Mapping[str, int], labels: Mapping[str, object]) -> list[Share]:
    total = sum(counts.values())
    shares = [
        Share(label=str(labels.get(key, key or "—")), count=count, percent=round(100 * count / total) if total else 0)
        for key, count in counts.items()
    ]
    return sorted(shares, key=lambda share: (-share.count, share.label))


def how_read(counts: QuerySet[UsageMonth]) -> tuple[list[Share], list[Share]]:
    """Requests by format (HTML, PDF) and by access type (Controlled, Open, Free_To_Read); one query."""
    formats: dict[str, int] = defaultdict(int)
    access_types: dict[str, int] = defaultdict(int)
    rows = counts.filter(metric=Metric.TOTAL_ITEM_REQUESTS).values("format", "access_type").annotate(total=Sum("count"))
    for row in rows.order_by():
        formats[row["format"] or Format.HTML] += row["total"]
        access_types[row["access_type"]] += row["total"]
    return _shares(formats, FORMAT_LABELS), _shares(access_types, ACCESS_TYPE_LABELS)


def denials_by_institution(counts: QuerySet[UsageMonth], *, limit: int) -> list[Denials]:
    """No_License per institution and journal, most first: where a subscription is wanted; one query."""
    rows = (
        counts.filter(metric=Metric.NO_LICENSE)
        .values("institution_id", "institution__name", "journal__title")
        .annotate(total=Sum("count"))
        .order_by("-total", "institution__name", "journal__title")[:limit]
    )
    outside = _("Zonder instelling (losse lezers en bezoekers)")
    return [
        Denials(
            institution_id=row["institution_id"],
            institution_name=row["institution__name"] if row["institution_id"] is not None else outside,
            journal_title=row["journal__title"] or "—",
            denials=row["total"],
        )
        for row in rows
    ]


def usage_summary(
    *,
    begin: datetime.date,
    end: datetime.date,
    journal_id: int | None = None,
    article_id: int | None = None,
    limit: int = 20,
) -> UsageSummary:
    """Everything the editors' page shows for a period: five GROUP BY queries, however much usage there is."""
    counts = usage_counts(begin=begin, end=end, journal_id=journal_id, article_id=article_id)
    monthly = monthly_totals(counts)
    formats, access_types = how_read(counts)
    return UsageSummary(
        months=months_between(begin, end),
        monthly=monthly,
        articles=top_articles(counts, limit=limit) if article_id is None else [],
        institutions=top_institutions(counts, limit=limit),
        formats=formats,
        access_types=access_types,
        denials=denials_by_institution(counts, limit=limit),
        totals={metric: sum(by_month.values()) for metric, by_month in monthly.items()},
    )


# Reading a COUNTER R5.1 report (JSON) for the librarian's page


def _month_key(key: str) -> datetime.date | None:
    try:
        return datetime.date(int(key[:4]), int(key[5:7]), 1)
    except (ValueError, IndexError):
        return None


def _date(value: object) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return _month_key(str(value))


def report_period(report: Mapping[str, Any]) -> tuple[datetime.date, datetime.date] | None:
    """The months the report covers (first days), from its header's Begin_Date and End_Date."""
    filters = report.get("Report_Header", {}).get("Report_Filters", {})
    begin, end = _date(filters.get("Begin_Date", "")), _date(filters.get("End_Date", ""))
    if begin is None or end is None:
        return None
    return begin.replace(day=1), end.replace(day=1)


@dataclass(frozen=True, slots=True)
class _Performance:
    title: str
    parent: str
    attributes: dict[str, str]
    performance: Mapping[str, Mapping[str, int]]


def _performances(items: Sequence[Mapping[str, Any]], parent: str = "") -> Iterator[_Performance]:
    for item in items:
        title = str(item.get("Item") or item.get("Title") or item.get("Database") or item.get("Platform") or "")
        if "Items" in item:  # an Item Report's parent with its items
            yield from _performances(item["Items"], parent=title)
            continue
        for attribute_performance in item.get("Attribute_Performance", []):
            attributes = {key: str(value) for key, value in attribute_performance.items() if key != "Performance"}
            yield _Performance(title, parent, attributes, attribute_performance.get("Performance", {}))


def report_monthly(report: Mapping[str, Any]) -> dict[str, dict[datetime.date, int]]:
    """Metric -> month -> count, summed over the report's items (the chart)."""
    monthly: dict[str, dict[datetime.date, int]] = defaultdict(lambda: defaultdict(int))
    for performance in _performances(report.get("Report_Items", [])):
        for metric, by_month in performance.performance.items():
            for key, count in by_month.items():
                month = _month_key(key)
                if month is not None:
                    monthly[metric][month] += int(count)
    return {metric: dict(monthly[metric]) for metric in metric_order(set(monthly))}


#: Attributes shown as columns only when they differ between rows (journal content is all "Journal", "Regular").
_QUIET_ATTRIBUTES = ("Data_Type", "Access_Method")
ATTRIBUTE_LABELS = {
    "Access_Type": gettext_lazy("Soort toegang"),
    "YOP": gettext_lazy("Jaar van publicatie"),
    "Data_Type": gettext_lazy("Soort inhoud"),
    "Access_Method": gettext_lazy("Manier van toegang"),
    "Section_Type": gettext_lazy("Deel"),
}


def attribute_value(name: str, value: str) -> str:
    """An attribute's value for people: Dutch access types, the COUNTER YOP codes for unknown and in press."""
    if name == "Access_Type":
        return str(ACCESS_TYPE_LABELS.get(value, value))
    if name == "YOP" and value == "0001":
        return _("onbekend")
    if name == "YOP" and value == "9999":
        return _("nog niet verschenen")
    return value


@dataclass(frozen=True, slots=True)
class ReportRow:
    title: str
    parent: str  # the journal of an article in an Item Report; "" otherwise
    attributes: list[str]  # in the order of ``ReportTable.attributes``
    totals: list[int]  # in the order of ``ReportTable.metrics``


@dataclass(frozen=True, slots=True)
class ReportTable:
    metrics: list[str]
    attributes: list[str]
    rows: list[ReportRow]  # the first ``limit``, most used first
    total_rows: int
    has_parent: bool

    @property
    def metric_headers(self) -> list[tuple[str, str]]:
        return [(metric, metric_label(metric)) for metric in self.metrics]

    @property
    def attribute_headers(self) -> list[str]:
        return [str(ATTRIBUTE_LABELS.get(name, name)) for name in self.attributes]


def report_rows(report: Mapping[str, Any], *, limit: int = 100) -> ReportTable:
    """The report's items with their totals over the period, one row per item and attribute combination."""
    performances = list(_performances(report.get("Report_Items", [])))
    metrics = metric_order({metric for performance in performances for metric in performance.performance})
    names: list[str] = []
    for performance in performances:
        names.extend(name for name in performance.attributes if name not in names)
    attributes = [
        name
        for name in names
        if name not in _QUIET_ATTRIBUTES or len({p.attributes.get(name, "") for p in performances}) > 1
    ]
    rows = [
        ReportRow(
            title=performance.title,
            parent=performance.parent,
            attributes=[attribute_value(name, performance.attributes.get(name, "")) for name in attributes],
            totals=[sum(int(n) for n in performance.performance.get(metric, {}).values()) for metric in metrics],
        )
        for performance in performances
    ]
    rows.sort(key=lambda row: ([-total for total in row.totals], row.parent, row.title, row.attributes))
    return ReportTable(
        metrics=metrics,
        attributes=attributes,
        rows=rows[:limit],
        total_rows=len(rows),
        has_parent=any(performance.parent for performance in performances),
    )


def _exception_messages() -> dict[int, str]:
    return {
        1000: _("De rapportdienst is tijdelijk niet beschikbaar. Probeer het later nog eens."),
        1010: _("De rapportdienst is op dit moment te druk. Probeer het later nog eens."),
        1011: _("Het rapport wordt nog gemaakt. Probeer het later nog eens."),
        1020: _("Er zijn te veel rapporten opgevraagd. Probeer het later nog eens."),
        1030: _("De aanvraag is niet volledig."),
        2000: _("Geen toegang tot de rapportdienst."),
        2010: _("Geen toegang tot het gebruik van deze instelling."),
        2011: _("Rapporten over alle instellingen samen worden niet gegeven."),
        2020: _("De API-sleutel klopt niet."),
        3020: _("De gevraagde periode klopt niet."),
        3030: _("Er is in deze periode geen gebruik gevonden."),
        3031: _(
            "Het gebruik van een deel van deze periode is nog niet verwerkt; het rapport loopt tot de laatste verwerkte maand."
        ),
        3032: _("Het gebruik van een deel van deze periode is niet meer beschikbaar."),
        3040: _("Het rapport is onvolledig: een deel van de gegevens ontbreekt."),
        3050: _("Een deel van de aanvraag werd niet herkend en is genegeerd."),
        3060: _("Een filter wordt niet ondersteund en is genegeerd."),
        3061: _("Filters van verschillend niveau gaan niet samen; het filter is genegeerd."),
        3062: _("Een rapportkenmerk wordt niet ondersteund en is genegeerd."),
        3063: _("Onderdelen van artikelen worden niet apart geteld."),
        3070: _("Er ontbreekt een verplicht filter."),
    }


@dataclass(frozen=True, slots=True)
class ReportNotice:
    code: int | None
    text: str  # in the reader's language
    original: str  # the COUNTER message and data, in English as the standard has them


def describe_exceptions(exceptions: Sequence[Mapping[str, Any]]) -> list[ReportNotice]:
    """COUNTER exceptions as notices in the reader's language, each with the original message."""
    messages = _exception_messages()
    notices = []
    for exception in exceptions:
        try:
            code: int | None = int(exception.get("Code", ""))
        except (TypeError, ValueError):
            code = None
        message, data = str(exception.get("Message", "")), str(exception.get("Data", "") or "")
        original = f"{code}: {message}" if code is not None else message
        if data:
            original += f" ({data})"
        text = messages.get(code, "") if code is not None else ""
        notices.append(ReportNotice(code=code, text=text or message, original=original))
    return notices


def report_exceptions(report: Mapping[str, Any]) -> list[ReportNotice]:
    return describe_exceptions(report.get("Report_Header", {}).get("Exceptions", []))


# The SUSHI block of the institution's page


def sushi_context(institution: Institution) -> dict[str, Any]:
    """What the SUSHI block of the institution's page shows (``usage/_sushi.html``); one query."""
    return {
        "sushi_customer_id": str(institution.pk),
        "sushi_base_url": sushi_base_url(),
        "sushi_credentials": list(SushiCredential.objects.active().filter(institution=institution)),
        "sushi_form": SushiCredentialForm(),
    }
