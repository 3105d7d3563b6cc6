"""The back office for activation codes (batches for print subscribers, per-code redemption).

Staff make a batch by choosing a journal, a label, the period and how many codes it holds; the
codes are drawn by ``access.code_actions.batch_create``. The batch list shows how many codes of
each batch are used (annotated: a fixed number of queries however many batches). The codes of a
batch are listed, paginated and searchable, in the activation code list, which shows for each
code whether, when and by whom it was redeemed; a batch of ten thousand codes is too long for an
inline on the batch's page. "CSV exporteren" downloads the codes of one batch (a link on its page,
or the action there) or of the batches selected in the list, with the link that redeems each code,
for a mail merge with the letters to print subscribers.

Codes are never changed here. An unused code may be deleted (withdrawn, say when it leaked); a
redeemed one stays, as the record of who redeemed it, so a batch with redeemed codes stays too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin import ActionLocation
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from access.code_actions import MAX_BATCH_SIZE, batch_create
from access.codes import format_code, normalize_code
from access.models import ActivationCode, CodeBatch
from accounts.models import User

# The admin and form classes are generic only for the type checker (django-stubs); at run time they are not.
if TYPE_CHECKING:
    _CodeBatchAdmin = admin.ModelAdmin[CodeBatch]
    _ActivationCodeAdmin = admin.ModelAdmin[ActivationCode]
    _CodeBatchForm = forms.ModelForm[CodeBatch]
else:
    _CodeBatchAdmin = _ActivationCodeAdmin = admin.ModelAdmin
    _CodeBatchForm = forms.ModelForm

BOTH_LOCATIONS = [ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM]


# The CSV export


class _Echo:
    """A file-like object whose ``write`` hands back the line: ``csv.writer`` then yields lines to stream."""

    def write(self, value: str) -> str:
        return value


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection, e.g. a label "=HYPERLINK(...)")."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def redeem_url(code: str) -> str:
    """The link that opens the redeem form with ``code`` (normalised) filled in, for letters and mail merges."""
    return f"{settings.SITE_URL}{reverse('code_redeem')}?{urlencode({'code': format_code(code)})}"


def codes_csv_rows(batches: QuerySet[CodeBatch]) -> Iterator[list[str]]:
    """The codes of ``batches`` as CSV rows, a header first: one query, read in chunks."""
    yield [
        gettext("code"),
        gettext("tijdschrift"),
        gettext("toegang vanaf"),
        gettext("toegang tot en met"),
        gettext("link om in te wisselen"),
        gettext("gebruikt"),
        gettext("gebruikt op"),
        gettext("gebruikt door (e-mailadres)"),
    ]
    yes, no = gettext("ja"), gettext("nee")
    codes = (
        ActivationCode.objects.filter(batch__in=batches)
        .select_related("batch__journal", "redeemed_by")
        .order_by("batch_id", "pk")
    )
    for code in codes.iterator(chunk_size=2000):
        batch = code.batch
        redeemed_at = code.redeemed_at
        yield [
            format_code(code.code),
            _cell(batch.journal.title),
            batch.starts_on.isoformat(),
            batch.ends_on.isoformat(),
            redeem_url(code.code),
            yes if redeemed_at is not None else no,
            timezone.localtime(redeemed_at).strftime("%Y-%m-%d %H:%M") if redeemed_at is not None else "",
            _cell(code.redeemed_by.email) if code.redeemed_by is not None else "",
        ]


def codes_csv_response(batches: QuerySet[CodeBatch], filename: str) -> StreamingHttpResponse:
    """A download of ``codes_csv_rows``, in UTF-8 with a byte order mark so that Excel reads the accents right."""
    writer = csv.writer(_Echo())

    def lines(rows: Iterable[list[str]]) -> Iterator[str]:
        yield "\ufeff"
        for row in rows:
            yield writer.writerow(row)

    return StreamingHttpResponse(
        lines(codes_csv_rows(batches)),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(True, filename)},
    )


def csv_filename(batches: list[CodeBatch]) -> str:
    if len(batches) == 1:
        batch = batches[0]
        return f"activeringscodes-{batch.journal.slug}-{batch.pk}.csv"
    return f"activeringscodes-{timezone.localdate().isoformat()}.csv"


# Batches


class CodeBatchAddForm(_CodeBatchForm):
    count = forms.IntegerField(
        label=_("aantal codes"),
        min_value=1,
        max_value=MAX_BATCH_SIZE,
        initial=100,
        help_text=_("Hoeveel codes deze reeks krijgt: één per printabonnee, ten hoogste 10.000."),
    )

    class Meta:
        model = CodeBatch
        fields = ("journal", "label", "starts_on", "ends_on")


def _counts(batch: CodeBatch) -> tuple[int, int]:
    """(redeemed, total) codes of a batch from ``CodeBatchAdmin.get_queryset``'s annotations."""
    return batch.redeemed_count, batch.code_count  # type: ignore[attr-defined]


@admin.register(CodeBatch)
class CodeBatchAdmin(_CodeBatchAdmin):
    list_display = ("label", "journal", "starts_on", "ends_on", "redeemed_display", "created_at", "created_by")
    list_select_related = ("journal", "created_by")
    list_filter = ("journal", "ends_on")
    search_fields = ("label", "journal__title")
    date_hierarchy = "created_at"
    # Explicit, because the counts group the query and a grouped query ignores Meta.ordering.
    ordering = ("-created_at", "-pk")
    actions = ("export_csv",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[CodeBatch]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                code_count=Count("codes"),
                redeemed_count=Count("codes", filter=Q(codes__redeemed_at__isnull=False)),
            )
        )

    def get_form(self, request: HttpRequest, obj: CodeBatch | None = None, change: bool = False, **kwargs: Any) -> Any:
        if obj is None:
            kwargs["form"] = CodeBatchAddForm
        return super().get_form(request, obj, change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: CodeBatch | None = None) -> Any:
        if obj is None:
            return ("journal", "label", ("starts_on", "ends_on"), "count")
        return ("journal", "label", ("starts_on", "ends_on"), "codes_summary", ("created_at", "created_by"))

    def get_readonly_fields(self, request: HttpRequest, obj: CodeBatch | None = None) -> Any:
        if obj is None:
            return ()
        # The journal stays what the codes were printed for; the period may be extended.
        return ("journal", "codes_summary", "created_at", "created_by")

    def save_model(self, request: HttpRequest, obj: CodeBatch, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        assert isinstance(request.user, User)
        batch = batch_create(
            journal=obj.journal,
            label=obj.label,
            starts_on=obj.starts_on,
            ends_on=obj.ends_on,
            count=form.cleaned_data["count"],
            created_by=request.user,
        )
        # The admin goes on with ``obj`` (the log entry, the redirect): make it the saved row.
        obj.pk, obj.created_at, obj.created_by = batch.pk, batch.created_at, batch.created_by
        obj._state.adding, obj._state.db = False, batch._state.db

    def response_add(self, request: HttpRequest, obj: CodeBatch, post_url_continue: str | None = None) -> HttpResponse:
        count = obj.codes.count()
        message = ngettext("%(count)s activeringscode aangemaakt.", "%(count)s activeringscodes aangemaakt.", count) % {
            "count": count
        }
        self.message_user(request, message)
        return super().response_add(request, obj, post_url_continue)

    @admin.display(description=_("gebruikt / totaal"), ordering="redeemed_count")
    def redeemed_display(self, obj: CodeBatch) -> str:
        url = reverse("admin:access_activationcode_changelist") + f"?batch__id__exact={obj.pk}"
        redeemed, total = _counts(obj)
        return format_html('<a href="{}">{} / {}</a>', url, redeemed, total)

    @admin.display(description=_("codes"))
    def codes_summary(self, obj: CodeBatch) -> str:
        codes_url = reverse("admin:access_activationcode_changelist") + f"?batch__id__exact={obj.pk}"
        csv_url = reverse("admin:access_codebatch_csv", args=[obj.pk])
        redeemed, total = _counts(obj)
        used = ngettext(
            "%(redeemed)s van %(count)s code gebruikt", "%(redeemed)s van %(count)s codes gebruikt", total
        ) % {"redeemed": redeemed, "count": total}
        return format_html(
            '{} — <a href="{}">{}</a> — <a href="{}" download>{}</a>',
            used,
            codes_url,
            gettext("bekijk de codes"),
            csv_url,
            gettext("CSV exporteren"),
        )

    @admin.action(
        description=_("CSV exporteren"),
        description_plural=_("Codes van de geselecteerde reeksen als CSV exporteren"),
        permissions=["view"],
        location=BOTH_LOCATIONS,
    )
    def export_csv(self, request: HttpRequest, queryset: QuerySet[CodeBatch]) -> StreamingHttpResponse:
        batches = list(queryset.select_related("journal"))
        return codes_csv_response(CodeBatch.objects.filter(pk__in=[b.pk for b in batches]), csv_filename(batches))

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.csv_view)
        return [path("<path:object_id>/csv/", view, name="access_codebatch_csv"), *super().get_urls()]

    def csv_view(self, request: HttpRequest, object_id: str) -> StreamingHttpResponse:
        batch = self.get_object(request, object_id)
        if batch is None:
            raise Http404
        if not self.has_view_permission(request, batch):
            raise PermissionDenied
        return codes_csv_response(CodeBatch.objects.filter(pk=batch.pk), csv_filename([batch]))


# Codes


class RedeemedFilter(admin.SimpleListFilter):
    title = _("gebruikt")
    parameter_name = "gebruikt"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("ja", _("gebruikt")), ("nee", _("nog niet gebruikt"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        match self.value():
            case "ja":
                return queryset.filter(redeemed_at__isnull=False)
            case "nee":
                return queryset.filter(redeemed_at__isnull=True)
        return queryset


@admin.register(ActivationCode)
class ActivationCodeAdmin(_ActivationCodeAdmin):
    list_display = ("code_display", "batch", "is_redeemed_display", "redeemed_at", "redeemed_by", "subscription")
    list_select_related = ("batch__journal", "redeemed_by", "subscription__journal", "subscription__user")
    list_filter = (RedeemedFilter, "batch__journal", "batch")
    search_fields = ("redeemed_by__email", "redeemed_by__name")
    search_help_text = _(
        "Zoek op (een deel van) een code, hoofdletters en streepjes maken niet uit, of op de lezer die hem gebruikte."
    )
    fields = ("code_display", "batch", "redeemed_at", "redeemed_by", "subscription")
    readonly_fields = fields
    list_per_page = 100
    # Read only: no bulk actions (an unused code is withdrawn on its own page, with "Verwijderen").
    actions = None

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ActivationCode | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ActivationCode | None = None) -> bool:
        if obj is not None and obj.is_redeemed:
            return False  # the record of who redeemed it
        return super().has_delete_permission(request, obj)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[ActivationCode], search_term: str
    ) -> tuple[QuerySet[ActivationCode], bool]:
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        code = normalize_code(search_term)
        if code:
            found = found | queryset.filter(code__contains=code)
        return found, may_have_duplicates

    @admin.display(description=_("code"), ordering="code")
    def code_display(self, obj: ActivationCode) -> str:
        return format_code(obj.code)

    @admin.display(description=_("gebruikt"), boolean=True, ordering="redeemed_at")
    def is_redeemed_display(self, obj: ActivationCode) -> bool:
        return obj.is_redeemed
