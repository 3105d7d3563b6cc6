"""The back office for access: institutions with their IP ranges, members and licences; subscriptions.

An institution's page holds everything about it: its ranges (checked as a set: the model refuses
an overlap with a stored range, the formset an overlap between the rows submitted together), its
linked users and its licences and trials, plus a button to import ranges from CSV
(``access.imports``). The IP range list answers "which institution owns 192.0.2.10?".
New subscriptions, on their own page or in an institution's, go through ``subscription_grant``.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from access.actions import subscription_grant
from access.identifiers import normalize_ror
from access.imports import MAX_FILE_BYTES, Entry, import_ranges, overlaps_within
from access.ipranges import Span, address_key, parse_address, parse_range
from access.models import Institution, InstitutionMember, IPRange, Subscription

# The admin and form classes are generic only for the type checker (django-stubs); at run time they are not.
if TYPE_CHECKING:
    _SubscriptionAdmin = admin.ModelAdmin[Subscription]
    _InstitutionAdmin = admin.ModelAdmin[Institution]
    _IPRangeAdmin = admin.ModelAdmin[IPRange]
    _RangeInline = admin.TabularInline[IPRange, Institution]
    _MemberInline = admin.TabularInline[InstitutionMember, Institution]
    _LicenceInline = admin.TabularInline[Subscription, Institution]
    _InlineFormSet = forms.BaseInlineFormSet[Any, Institution, Any]
    _InstitutionForm = forms.ModelForm[Institution]
else:
    _InstitutionForm = forms.ModelForm
    _SubscriptionAdmin = _InstitutionAdmin = _IPRangeAdmin = admin.ModelAdmin
    _RangeInline = _MemberInline = _LicenceInline = admin.TabularInline
    _InlineFormSet = forms.BaseInlineFormSet

INSTITUTION_SOURCES = (Subscription.Source.INSTITUTIONAL, Subscription.Source.TRIAL)


def _count(queryset: QuerySet[Any], column: str) -> Coalesce:
    """The number of rows of ``queryset`` whose ``column`` is the outer row: an annotation without a join."""
    counted = queryset.filter(**{column: OuterRef("pk")}).order_by().values(column).annotate(n=Count("pk"))
    return Coalesce(Subquery(counted.values("n"), output_field=IntegerField()), 0)


# Filters


class SubscriptionPeriodFilter(admin.SimpleListFilter):
    title = _("looptijd")
    parameter_name = "looptijd"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("lopend", _("lopend")), ("verlopen", _("verlopen")), ("toekomstig", _("nog niet begonnen"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        today = timezone.localdate()
        match self.value():
            case "lopend":
                return queryset.covering(today)  # type: ignore[attr-defined]
            case "verlopen":
                return queryset.ended(today)  # type: ignore[attr-defined]
            case "toekomstig":
                return queryset.upcoming(today)  # type: ignore[attr-defined]
        return queryset


class HolderKindFilter(admin.SimpleListFilter):
    title = _("houder")
    parameter_name = "houder"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("lezer", _("lezer")), ("instelling", _("instelling"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        match self.value():
            case "lezer":
                return queryset.filter(user__isnull=False)
            case "instelling":
                return queryset.filter(institution__isnull=False)
        return queryset


# Subscriptions


@admin.register(Subscription)
class SubscriptionAdmin(_SubscriptionAdmin):
    list_display = (
        "holder_display",
        "journal",
        "starts_on",
        "ends_on",
        "is_current_display",
        "source",
        "is_trial_display",
        "perpetual_access",
    )
    list_select_related = ("user", "institution", "journal")
    list_filter = (SubscriptionPeriodFilter, HolderKindFilter, "source", "perpetual_access", "journal")
    search_fields = ("user__email", "user__name", "institution__name", "institution__ror", "note")
    autocomplete_fields = ("user", "institution", "journal")
    date_hierarchy = "ends_on"
    fields = (
        "user",
        "institution",
        "journal",
        ("starts_on", "ends_on"),
        "source",
        "perpetual_access",
        "note",
        "created_at",
    )
    readonly_fields = ("created_at",)

    @admin.display(description=_("lezer of instelling"), ordering="institution__name")
    def holder_display(self, obj: Subscription) -> str:
        return str(obj.holder or "")

    @admin.display(description=_("lopend"), boolean=True)
    def is_current_display(self, obj: Subscription) -> bool:
        return obj.covers()

    @admin.display(description=_("proef"), boolean=True)
    def is_trial_display(self, obj: Subscription) -> bool:
        return obj.is_trial

    def save_model(self, request: HttpRequest, obj: Subscription, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        granted = subscription_grant(
            journal=obj.journal,
            starts_on=obj.starts_on,
            ends_on=obj.ends_on,
            source=obj.source,
            user=obj.user,
            institution=obj.institution,
            perpetual_access=obj.perpetual_access,
            note=obj.note,
        )
        # The admin goes on with ``obj`` (the log entry, the redirect): make it the saved row.
        obj.pk, obj.created_at = granted.pk, granted.created_at
        obj._state.adding, obj._state.db = False, granted._state.db


# Institutions: inlines


class IPRangeFormSet(_InlineFormSet):
    """The ranges of one institution as submitted together.

    Each row is validated by the model (parse, special ranges, overlap with every stored range);
    the rows are not stored yet, so an overlap between two of them is refused here. A row the
    model has refused is left out: it already carries its error.

    The model compares a row with the stored ranges as they are before this save, so replacing a
    range by an overlapping one in a single save (delete one row, add the other) is refused; the
    error names the stored range, and two saves (or the CSV import with "vervang") do it.
    """

    def clean(self) -> None:
        super().clean()
        entries: list[Entry] = []
        forms_by_label: dict[str, forms.BaseForm] = {}
        for number, form in enumerate(self.forms):
            if not hasattr(form, "cleaned_data") or form.errors or form.cleaned_data.get("DELETE", False):
                continue
            text = form.cleaned_data.get("text")
            if not text:
                continue
            try:
                span: Span = parse_range(text)
            except ValidationError:
                continue
            label = str(number)
            entries.append(Entry(label, span))
            forms_by_label[label] = form
        clashes = overlaps_within(entries)
        for later, earlier in clashes:
            forms_by_label[later.label].add_error(
                "text",
                _("%(range)s overlapt met %(other)s, dat ook in dit formulier staat.")
                % {"range": later.span.text, "other": earlier.span.text},
            )
        if clashes:
            raise ValidationError(_("IP-bereiken van één instelling mogen elkaar niet overlappen."))


class IPRangeInline(_RangeInline):
    model = IPRange
    formset = IPRangeFormSet
    fields = ("text", "note")
    extra = 1


class InstitutionMemberInline(_MemberInline):
    model = InstitutionMember
    fields = ("user", "is_admin")
    autocomplete_fields = ("user",)
    extra = 1

    def get_queryset(self, request: HttpRequest) -> QuerySet[InstitutionMember]:
        return super().get_queryset(request).select_related("user")


class LicenceFormSet(_InlineFormSet):
    def save_new(self, form: Any, commit: bool = True) -> Subscription:
        if not commit:
            return super().save_new(form, commit=False)
        data = form.cleaned_data
        return subscription_grant(
            institution=self.instance,
            journal=data["journal"],
            starts_on=data["starts_on"],
            ends_on=data["ends_on"],
            source=data["source"],
            perpetual_access=data.get("perpetual_access", False),
            note=data.get("note", ""),
        )


class InstitutionSubscriptionInline(_LicenceInline):
    """Licences and trials. Shown once the institution is saved: a licence needs the institution it belongs to."""

    model = Subscription
    formset = LicenceFormSet
    fields = ("journal", "starts_on", "ends_on", "source", "perpetual_access", "note")
    autocomplete_fields = ("journal",)
    extra = 1
    verbose_name = _("licentie of proefabonnement")
    verbose_name_plural = _("licenties en proefabonnementen")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Subscription]:
        return super().get_queryset(request).select_related("journal")

    def formfield_for_choice_field(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "source":
            kwargs["choices"] = [
                (value, label) for value, label in Subscription.Source.choices if value in INSTITUTION_SOURCES
            ]
            kwargs["initial"] = Subscription.Source.INSTITUTIONAL
        return super().formfield_for_choice_field(db_field, request, **kwargs)


# Institutions


class RangeImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV-bestand"),
        help_text=_(
            "Een kopregel met de kolom range (of bereik) en eventueel note (of notitie), "
            "gescheiden door komma's of puntkomma's, in UTF-8."
        ),
    )
    replace = forms.BooleanField(
        label=_("vervang de bestaande bereiken"),
        required=False,
        help_text=_("De huidige bereiken van deze instelling worden verwijderd en vervangen door die uit het bestand."),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(
                _("Het bestand is groter dan %(size)s. Splits het op in kleinere bestanden."),
                params={"size": filesizeformat(MAX_FILE_BYTES)},
            )
        return upload


class InstitutionAdminForm(_InstitutionForm):
    # Room for the URL form (https://ror.org/04dkp9463) people copy from the registry; stored as the bare id.
    ror = forms.CharField(
        label=_("ROR-id"),
        max_length=40,
        required=False,
        help_text=_("Research Organization Registry, bijvoorbeeld 04dkp9463 of https://ror.org/04dkp9463."),
    )

    class Meta:
        model = Institution
        fields = ("name", "ror", "contact_emails", "is_active")

    def clean_ror(self) -> str:
        value: str = self.cleaned_data["ror"]
        return normalize_ror(value) if value.strip() else ""


@admin.register(Institution)
class InstitutionAdmin(_InstitutionAdmin):
    form = InstitutionAdminForm
    list_display = ("name", "ror_display", "is_active", "range_count", "running_subscription_count")
    list_filter = ("is_active",)
    search_fields = ("name", "ror")
    fields = ("name", "ror", "contact_emails", "is_active", "created_at")
    readonly_fields = ("created_at",)
    inlines = (IPRangeInline, InstitutionMemberInline, InstitutionSubscriptionInline)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Institution]:
        return (
            super()
            .get_queryset(request)
            .annotate(
                range_count=_count(IPRange.objects.all(), "institution"),
                running_count=_count(Subscription.objects.covering(), "institution"),
            )
        )

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Institution], search_term: str
    ) -> tuple[QuerySet[Institution], bool]:
        # A ROR id is found however it is written: https://ror.org/04DKP9463 finds 04dkp9463.
        with contextlib.suppress(ValidationError):
            search_term = normalize_ror(search_term)
        return super().get_search_results(request, queryset, search_term)

    def get_inline_instances(self, request: HttpRequest, obj: Institution | None = None) -> list[Any]:
        inlines = super().get_inline_instances(request, obj)
        if obj is None:
            return [inline for inline in inlines if not isinstance(inline, InstitutionSubscriptionInline)]
        return inlines

    @admin.display(description=_("ROR-id"), ordering="ror")
    def ror_display(self, obj: Institution) -> str:
        if not obj.ror:
            return "—"
        return format_html('<a href="{}" rel="noopener">{}</a>', obj.ror_url, obj.ror)

    @admin.display(description=_("IP-bereiken"), ordering="range_count")
    def range_count(self, obj: Institution) -> int:
        return obj.range_count  # type: ignore[attr-defined]

    @admin.display(description=_("lopende abonnementen"), ordering="running_count")
    def running_subscription_count(self, obj: Institution) -> int:
        return obj.running_count  # type: ignore[attr-defined]

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.import_ranges_view)
        return [
            path("<path:object_id>/ip-bereiken-importeren/", view, name="access_institution_import_ranges"),
            *super().get_urls(),
        ]

    def import_ranges_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        institution = self.get_object(request, object_id)
        if institution is None:
            raise Http404
        if not (self.has_change_permission(request, institution) and request.user.has_perm("access.add_iprange")):
            raise PermissionDenied
        change_url = reverse("admin:access_institution_change", args=[institution.pk])
        form = RangeImportForm(request.POST or None, request.FILES or None)
        errors: list[str] = []
        if request.method == "POST" and form.is_valid():
            replace = form.cleaned_data["replace"]
            if replace and not request.user.has_perm("access.delete_iprange"):
                raise PermissionDenied
            result = import_ranges(institution, form.cleaned_data["file"], replace=replace)
            if result.ok:
                message = ngettext(
                    "%(count)s IP-bereik geïmporteerd.", "%(count)s IP-bereiken geïmporteerd.", result.created
                ) % {"count": result.created}
                if replace:
                    message += " " + ngettext(
                        "%(count)s bestaand bereik vervangen.",
                        "%(count)s bestaande bereiken vervangen.",
                        result.replaced,
                    ) % {"count": result.replaced}
                self.message_user(request, message, messages.SUCCESS)
                return HttpResponseRedirect(change_url)
            errors = [str(error) for error in result.errors]
        context = {
            **self.admin_site.each_context(request),
            "title": _("IP-bereiken importeren (CSV)"),
            "subtitle": institution.name,
            "opts": self.opts,
            "original": institution,
            "form": form,
            "import_errors": errors,
            "change_url": change_url,
            "max_size": MAX_FILE_BYTES,
            "has_view_permission": self.has_view_permission(request, institution),
        }
        return TemplateResponse(request, "admin/access/institution/import_ranges.html", context)


# IP ranges: the overview


@admin.register(IPRange)
class IPRangeAdmin(_IPRangeAdmin):
    """Every stored range, searchable by address: "which institution owns 192.0.2.10?".

    Ranges are added and changed on their institution's page, where they are checked as a set.
    """

    list_display = ("text", "institution_link", "note", "updated_at")
    list_select_related = ("institution",)
    list_filter = ("institution__is_active",)
    search_fields = ("text", "institution__name", "note")
    search_help_text = _(
        "Een adres (192.0.2.10, 2001:db8::1) vindt het bereik waarin het ligt; een bereik vindt de bereiken die het overlapt."
    )
    ordering = ("first",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: IPRange | None = None) -> bool:
        return False

    @admin.display(description=_("instelling"), ordering="institution__name")
    def institution_link(self, obj: IPRange) -> str:
        url = reverse("admin:access_institution_change", args=[obj.institution_id])
        return format_html('<a href="{}">{}</a>', url, obj.institution.name)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[IPRange], search_term: str
    ) -> tuple[QuerySet[IPRange], bool]:
        term = search_term.strip()
        address = parse_address(term) if term else None
        if address is not None:
            key = address_key(address)
            return queryset.filter(first__lte=key, last__gte=key), False
        if term and any(char.isdigit() for char in term) and ("/" in term or "-" in term):
            try:
                span = parse_range(term)
            except ValidationError:
                pass
            else:
                return queryset.filter(first__lte=span.last_key, last__gte=span.first_key), False
        return super().get_search_results(request, queryset, search_term)


from access import admin_codes as admin_codes  # noqa: E402  (batches of activation codes)
