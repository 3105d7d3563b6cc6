"""The forms of the usage pages: which report and which months (GET, no JavaScript), a SUSHI credential's label.

Months are written ``YYYY-MM`` (what ``<input type="month">`` sends; a browser without it shows a text
field with the same format as its hint). A period runs from a past month through an end month, at most
``MAX_MONTHS`` long; by default the last twelve complete months. Errors are gettext strings, so they
come in the reader's language.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from journals.models import Article, Journal
from usage.reports import DESCRIPTIONS, NAMES, SUPPORTED

MAX_MONTHS = 36
DEFAULT_MONTHS = 12
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")

#: The COUNTER reports and standard views in the order the librarian's list shows them (the most asked
#: for first), with a name in the reader's language; what each shows is ``usage.reports.DESCRIPTIONS``.
REPORT_NAMES: dict[str, Promise] = {
    "TR_J1": _("Gelezen artikelen per tijdschrift, afgeschermd"),
    "TR_J3": _("Gebruik per tijdschrift naar soort toegang"),
    "TR_J2": _("Geweigerde toegang per tijdschrift"),
    "TR_J4": _("Gelezen artikelen per tijdschrift naar jaar van verschijnen"),
    "IR_A1": _("Gelezen artikelen per artikel"),
    "PR_P1": _("Platformgebruik"),
    "TR": _("Titelrapport: alle cijfers per tijdschrift"),
    "IR": _("Artikelrapport: alle cijfers per artikel"),
    "PR": _("Platformrapport: alle cijfers van het platform"),
}
DEFAULT_REPORT = "TR_J1"


def supported_reports() -> list[str]:
    """The report ids of ``usage.reports.SUPPORTED`` in the order of ``REPORT_NAMES``."""
    return [report_id for report_id in REPORT_NAMES if report_id in SUPPORTED] + [
        report_id for report_id in SUPPORTED if report_id not in REPORT_NAMES
    ]


def default_report() -> str:
    supported = supported_reports()
    return DEFAULT_REPORT if DEFAULT_REPORT in supported else supported[0]


def report_name(report_id: str) -> str:
    """The report's name for people, with its COUNTER id: "Gebruik per tijdschrift naar soort toegang (TR_J3)"."""
    name = REPORT_NAMES.get(report_id) or NAMES.get(report_id, report_id)
    return f"{name} ({report_id})"


def report_explanation(report_id: str) -> str:
    return str(DESCRIPTIONS.get(report_id, ""))


def counter_name(report_id: str) -> str:
    """The report's name in the Code of Practice (English), as harvesting tools and downloads show it."""
    return NAMES.get(report_id, report_id)


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def add_months(month: datetime.date, count: int) -> datetime.date:
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def default_period(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The last ``DEFAULT_MONTHS`` complete months before ``today``'s month (first days of the months)."""
    end = add_months(first_of_month(today), -1)
    return add_months(end, -(DEFAULT_MONTHS - 1)), end


class MonthInput(forms.TextInput):
    input_type = "month"


class MonthField(forms.Field):
    """A month written ``YYYY-MM``; cleans to the first day of that month."""

    widget = MonthInput
    default_error_messages = {
        "invalid": _("Schrijf een maand als JJJJ-MM, bijvoorbeeld 2026-01."),
    }

    def to_python(self, value: Any) -> datetime.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return first_of_month(value)
        match = _MONTH.match(str(value).strip())
        if match is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        year, month = int(match[1]), int(match[2])
        if not (2000 <= year <= 2999 and 1 <= month <= 12):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return datetime.date(year, month, 1)

    def prepare_value(self, value: Any) -> Any:
        return f"{value:%Y-%m}" if isinstance(value, datetime.date) else value


class PeriodForm(forms.Form):
    """From which month through which month; ``today`` decides what "past" means (no clock inside)."""

    begin = MonthField(label=_("Van"), help_text=_("Maand als JJJJ-MM"))
    end = MonthField(label=_("Tot en met"), help_text=_("Maand als JJJJ-MM"))

    def __init__(self, data: Mapping[str, Any] | None = None, *, today: datetime.date, **kwargs: Any) -> None:
        super().__init__(data, **kwargs)
        self.today = today

    @classmethod
    def with_defaults(cls, query: Mapping[str, str], *, today: datetime.date, **defaults: str) -> dict[str, str]:
        """The query string with the default period (and any other defaults) for what it leaves out."""
        begin, end = default_period(today)
        data = {"begin": f"{begin:%Y-%m}", "end": f"{end:%Y-%m}", **defaults}
        data.update({key: query[key] for key in query})
        return data

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        begin, end = cleaned.get("begin"), cleaned.get("end")
        if begin is None or end is None:
            return cleaned
        if begin > end:
            self.add_error("end", _("De laatste maand ligt vóór de eerste. Kies een latere maand."))
        elif begin >= first_of_month(self.today):
            self.add_error("begin", _("Kies een maand die al voorbij is: over deze maand is nog niets geteld."))
        elif add_months(begin, MAX_MONTHS - 1) < end:
            self.add_error("end", _("Kies een periode van hoogstens %(months)s maanden.") % {"months": MAX_MONTHS})
        return cleaned

    def period(self) -> tuple[datetime.date, datetime.date]:
        return self.cleaned_data["begin"], self.cleaned_data["end"]

    def api_params(self) -> dict[str, str]:
        """The period as COUNTER API parameters."""
        begin, end = self.period()
        return {"begin_date": f"{begin:%Y-%m}", "end_date": f"{end:%Y-%m}"}


class ReportForm(PeriodForm):
    """The librarian's choice: a COUNTER report and a period."""

    report = forms.ChoiceField(label=_("Rapport"))

    field_order = ["report", "begin", "end"]

    def __init__(self, data: Mapping[str, Any] | None = None, *, today: datetime.date, **kwargs: Any) -> None:
        super().__init__(data, today=today, **kwargs)
        field = self.fields["report"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(report_id, report_name(report_id)) for report_id in supported_reports()]
        field.error_messages["invalid_choice"] = _("Dit rapport bestaat niet. Kies een rapport uit de lijst.")

    def query(self) -> dict[str, str]:
        """The cleaned choice as a query string (for the download links)."""
        begin, end = self.period()
        return {"report": self.cleaned_data["report"], "begin": f"{begin:%Y-%m}", "end": f"{end:%Y-%m}"}


class StaffUsageForm(PeriodForm):
    """The editors' choice: the whole publisher, one journal or one article, and a period."""

    journal = forms.ModelChoiceField(
        label=_("Tijdschrift"),
        queryset=Journal.objects.order_by("title"),
        required=False,
        empty_label=_("Alle tijdschriften"),
    )
    article = forms.ModelChoiceField(
        queryset=Article.objects.select_related("issue__journal"), required=False, widget=forms.HiddenInput
    )

    field_order = ["journal", "begin", "end", "article"]

    def __init__(self, data: Mapping[str, Any] | None = None, *, today: datetime.date, **kwargs: Any) -> None:
        super().__init__(data, today=today, **kwargs)
        for name in ("journal", "article"):
            self.fields[name].error_messages["invalid_choice"] = _("Dit bestaat niet (meer). Kies opnieuw.")

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        article, journal = cleaned.get("article"), cleaned.get("journal")
        if article is not None and journal is not None and article.issue.journal_id != journal.pk:
            cleaned["article"] = None  # another journal was chosen: the article no longer applies
        return cleaned

    def query(self, **changes: object) -> dict[str, str]:
        """The cleaned choice as a query string, with ``changes`` (None drops a key)."""
        begin, end = self.period()
        values: dict[str, object] = {
            "journal": self.cleaned_data.get("journal"),
            "article": self.cleaned_data.get("article"),
            "begin": f"{begin:%Y-%m}",
            "end": f"{end:%Y-%m}",
            **changes,
        }
        return {key: str(getattr(value, "pk", value)) for key, value in values.items() if value not in (None, "")}


class SushiCredentialForm(forms.Form):
    label = forms.CharField(
        label=_("Omschrijving"),
        max_length=100,
        required=False,
        help_text=_("Waarvoor deze toegang is, bijvoorbeeld de naam van uw oogsttool."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
