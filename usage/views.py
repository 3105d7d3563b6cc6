"""The usage pages: the librarian's COUNTER reports and SUSHI access, and the editors' overview.

* ``/account/instelling/<pk>/gebruik/``: an institution's reports (``usage.reports.run_report`` for that
  customer) as a chart, a table per month and a table of titles, with downloads of exactly that report
  in TSV, Excel and JSON. Only for the institution's administrators and staff; to anyone else the page
  does not exist (404), like the institution's own page (``access.views_institution``).
* ``/account/instelling/<pk>/sushi/``: issuing a SUSHI credential (POST); the answer shows the API key,
  the one time it is ever shown. ``.../sushi/<id>/intrekken/`` revokes one (POST).
* ``/beheer/gebruik/``: the publisher's usage for editors (``usage.summaries.usage_summary``), for the
  whole publisher, one journal or one article; downloads through ``run_report`` for the publisher as a
  whole. Protected like every back-office page (``admin_view`` in ``usage.urls``: staff only, a login
  for visitors).

Every page here is personal and never cached; the downloads are private attachments. Views parse the
form, call a function and render; a bad month or an unknown report is the form's error, never a 500.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from access.views_institution import institutions_administered_by
from usage import reports, tabular
from usage.actions import sushi_credential_issue, sushi_credential_revoke
from usage.admin import sushi_base_url
from usage.charts import month_label, monthly_chart
from usage.forms import (
    ReportForm,
    StaffUsageForm,
    SushiCredentialForm,
    counter_name,
    default_report,
    report_explanation,
    report_name,
    supported_reports,
)
from usage.models import Metric, SushiCredential
from usage.summaries import (
    ReportNotice,
    describe_exceptions,
    metric_label,
    months_between,
    report_exceptions,
    report_monthly,
    report_period,
    report_rows,
    usage_summary,
)

if TYPE_CHECKING:
    from access.models import Institution

#: Download format -> content type.
CONTENT_TYPES = {
    "tsv": "text/tab-separated-values; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


# Shared pieces


@dataclass(frozen=True, slots=True)
class Chart:
    """A monthly chart and the table with its numbers (``usage/_chart.html``)."""

    svg: SafeString
    title: str
    series: list[str]
    rows: list[tuple[str, list[int]]]  # month label, a count per series
    totals: list[int]


def chart_of(
    monthly: Mapping[str, Mapping[datetime.date, int]],
    *,
    metrics: Sequence[str],
    months: list[datetime.date],
    title: str,
) -> Chart:
    names = [metric_label(metric) for metric in metrics]
    series = {
        name: [(month, monthly.get(metric, {}).get(month, 0)) for month in months]
        for name, metric in zip(names, metrics, strict=True)
    }
    first, last = month_label(months[0]), month_label(months[-1])
    description = _("Per maand, van %(first)s tot en met %(last)s. De cijfers staan ook in de tabel eronder.") % {
        "first": first,
        "last": last,
    }
    counts = [[count for _month, count in series[name]] for name in names]
    rows = [(month_label(month), [column[index] for column in counts]) for index, month in enumerate(months)]
    totals = [sum(column) for column in counts]
    return Chart(monthly_chart(series, title=title, months=months, description=description), title, names, rows, totals)


def _run_report(
    report_id: str, params: Mapping[str, str], *, customer: Institution | None
) -> tuple[dict[str, Any] | None, list[ReportNotice], int]:
    """The report, or None with the exceptions that prevented it (and an HTTP status for a download)."""
    try:
        report = reports.run_report(report_id, params, customer=customer)
    except reports.ReportError as error:
        return None, describe_exceptions(error.exceptions), error.status if error.status >= 400 else 400
    return report, report_exceptions(report), 200


def _download(report: Mapping[str, Any], *, fmt: str, filename: str) -> HttpResponse:
    if fmt == "tsv":
        body: bytes = tabular.to_tsv(dict(report)).encode()
    elif fmt == "xlsx":
        body = tabular.to_xlsx(dict(report))
    else:
        body = json.dumps(report, cls=DjangoJSONEncoder, ensure_ascii=False).encode()
    return HttpResponse(
        body,
        content_type=CONTENT_TYPES[fmt],
        headers={"Content-Disposition": content_disposition_header(True, f"{filename}.{fmt}")},
    )


def _downloads(view: str, args: Sequence[object], query: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(format, label, address) of the three downloads of one report: the download view with the page's query."""
    encoded = urlencode(query)
    labels = {"tsv": _("TSV (tekst, tab-gescheiden)"), "xlsx": _("Excel (XLSX)"), "json": _("JSON (COUNTER_SUSHI)")}
    return [(fmt, labels[fmt], f"{reverse(view, args=[*args, fmt])}?{encoded}") for fmt in CONTENT_TYPES]


def _today() -> datetime.date:
    return timezone.localdate()


# The librarian's pages


def _administered(request: HttpRequest, pk: int) -> Institution:
    """The institution ``pk`` if the user administers it (staff: any); 404 otherwise, whether it exists or not."""
    institution = institutions_administered_by(request.user).filter(pk=pk).first()
    if institution is None:
        raise Http404
    return institution


def _institution_report(request: HttpRequest, institution: Institution) -> tuple[ReportForm, dict[str, Any], int]:
    today = _today()
    form = ReportForm(ReportForm.with_defaults(request.GET, today=today, report=default_report()), today=today)
    context: dict[str, Any] = {
        "form": form,
        "reports_help": [
            (report_name(report_id), counter_name(report_id), report_explanation(report_id))
            for report_id in supported_reports()
        ],
    }
    if not form.is_valid():
        return form, context, 400
    report_id = form.cleaned_data["report"]
    report, notices, status = _run_report(report_id, form.api_params(), customer=institution)
    context.update(
        report_id=report_id,
        report_name=report_name(report_id),
        report_explanation=report_explanation(report_id),
        report=report,
        notices=notices,
    )
    if report is not None:
        begin, end = report_period(report) or form.period()
        monthly = report_monthly(report)
        # Without usage, the report's own metrics at zero (the notice says why).
        metrics = list(monthly) or [m for m in reports.REPORTS[report_id].metric_types if m in reports.COUNTED]
        title = _("%(report)s, %(institution)s") % {"report": report_name(report_id), "institution": institution.name}
        context["chart"] = chart_of(monthly, metrics=metrics, months=months_between(begin, end), title=title)
        context["table"] = report_rows(report)
        context["downloads"] = _downloads("usage:institution_download", [institution.pk], form.query())
    return form, context, status


@never_cache
@login_required
@require_safe
def institution_usage(request: HttpRequest, pk: int) -> HttpResponse:
    institution = _administered(request, pk)
    _form, context, _status = _institution_report(request, institution)
    context["institution"] = institution
    return render(request, "usage/institution_usage.html", context)


@never_cache
@login_required
@require_safe
def institution_usage_download(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404
    institution = _administered(request, pk)
    form, context, status = _institution_report(request, institution)
    report = context.get("report")
    if report is None:
        context["institution"] = institution
        return render(request, "usage/institution_usage.html", context, status=status)
    begin, end = form.period()
    return _download(report, fmt=fmt, filename=f"{form.cleaned_data['report']}_{begin:%Y-%m}_{end:%Y-%m}")


@never_cache
@login_required
@require_POST
def sushi_issue(request: HttpRequest, pk: int) -> HttpResponse:
    """Issue a credential and show its API key in this response, the only time it is shown."""
    institution = _administered(request, pk)
    form = SushiCredentialForm(request.POST)
    if not institution.is_active:
        form.add_error(None, _("Deze instelling is niet actief: er kan geen SUSHI-toegang bij worden gemaakt."))
    if not form.is_valid():
        context = {"institution": institution, "form": form}
        return render(request, "usage/sushi_new.html", context, status=400)
    credential, api_key = sushi_credential_issue(institution=institution, label=form.cleaned_data["label"])
    context = {
        "institution": institution,
        "credential": credential,
        "api_key": api_key,
        "sushi_customer_id": str(institution.pk),
        "sushi_base_url": sushi_base_url(),
    }
    return render(request, "usage/sushi_issued.html", context)


@never_cache
@login_required
@require_POST
def sushi_revoke(request: HttpRequest, pk: int, credential_pk: int) -> HttpResponse:
    institution = _administered(request, pk)
    credential = SushiCredential.objects.filter(institution=institution, pk=credential_pk).first()
    if credential is None:
        raise Http404
    if credential.revoked_at is None:
        sushi_credential_revoke(credential=credential)
        messages.success(
            request,
            _("De SUSHI-toegang %(requestor)s is ingetrokken: wie hem nog gebruikt, krijgt geen rapporten meer.")
            % {"requestor": credential.requestor_id},
        )
    return HttpResponseRedirect(reverse("institution_detail", args=[institution.pk]) + "#sushi-heading")


# The editors' page


#: The metrics of the editors' chart, in its order.
STAFF_METRICS = (Metric.TOTAL_ITEM_REQUESTS, Metric.TOTAL_ITEM_INVESTIGATIONS, Metric.NO_LICENSE)


def _staff_report(form: StaffUsageForm) -> tuple[str, dict[str, str]]:
    """The report for the chosen scope: an article's IR, a journal's TR, or the TR of every journal."""
    params = form.api_params()
    article, journal = form.cleaned_data.get("article"), form.cleaned_data.get("journal")
    if article is not None:
        return "IR", {**params, "item_id": reports.article_item_id(article)}
    if journal is not None:
        return "TR", {**params, "item_id": reports.journal_item_id(journal)}
    return "TR", params


def _staff_form(request: HttpRequest) -> StaffUsageForm:
    today = _today()
    return StaffUsageForm(StaffUsageForm.with_defaults(request.GET, today=today), today=today)


@require_safe
def staff_usage(request: HttpRequest) -> HttpResponse:
    form = _staff_form(request)
    context: dict[str, Any] = {"form": form}
    if form.is_valid():
        begin, end = form.period()
        journal, article = form.cleaned_data.get("journal"), form.cleaned_data.get("article")
        if article is not None:
            journal = article.issue.journal
        summary = usage_summary(
            begin=begin,
            end=end,
            journal_id=journal.pk if journal is not None else None,
            article_id=article.pk if article is not None else None,
        )
        metrics = list(STAFF_METRICS) + ([Metric.SEARCHES_PLATFORM] if journal is None else [])
        if article is not None:
            scope = article.title
        elif journal is not None:
            scope = journal.title
        else:
            scope = _("alle tijdschriften")
        report_id, _params = _staff_report(form)
        context.update(
            journal=journal,
            article=article,
            scope=scope,
            summary=summary,
            chart=chart_of(
                summary.monthly,
                metrics=metrics,
                months=summary.months,
                title=_("Gebruik van %(scope)s") % {"scope": scope},
            ),
            totals=[(metric_label(metric), summary.totals.get(metric, 0)) for metric in metrics],
            query=form.query(),
            report_name=report_name(report_id),
            downloads=_downloads("usage:staff_download", [], form.query()),
        )
    return render(request, "usage/staff_usage.html", context)


@require_safe
def staff_usage_download(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in CONTENT_TYPES:
        raise Http404
    form = _staff_form(request)
    if not form.is_valid():
        return render(request, "usage/staff_usage.html", {"form": form}, status=400)
    report_id, params = _staff_report(form)
    report, notices, status = _run_report(report_id, params, customer=None)
    if report is None:
        context = {"form": form, "notices": notices}
        return render(request, "usage/staff_usage.html", context, status=status)
    begin, end = form.period()
    article, journal = form.cleaned_data.get("article"), form.cleaned_data.get("journal")
    scope = f"artikel-{article.pk}" if article is not None else journal.slug if journal is not None else "alle"
    return _download(report, fmt=fmt, filename=f"{report_id}_{scope}_{begin:%Y-%m}_{end:%Y-%m}")
