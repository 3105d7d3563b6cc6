"""The back office for subscriptions: who may read which journal, and until when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.models import Subscription

if TYPE_CHECKING:
    _SubscriptionAdmin = admin.ModelAdmin[Subscription]
else:
    _SubscriptionAdmin = admin.ModelAdmin


class SubscriptionPeriodFilter(admin.SimpleListFilter):
    title = _("looptijd")
    parameter_name = "looptijd"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("lopend", _("lopend")), ("verlopen", _("verlopen")), ("toekomstig", _("nog niet begonnen"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        today = timezone.localdate()
        match self.value():
            case "lopend":
                return queryset.filter(starts_on__lte=today, ends_on__gte=today)
            case "verlopen":
                return queryset.filter(ends_on__lt=today)
            case "toekomstig":
                return queryset.filter(starts_on__gt=today)
        return queryset


@admin.register(Subscription)
class SubscriptionAdmin(_SubscriptionAdmin):
    list_display = ("user", "journal", "starts_on", "ends_on", "is_current_display", "source")
    list_select_related = ("user", "journal")
    list_filter = (SubscriptionPeriodFilter, "journal", "source", "ends_on")
    search_fields = ("user__email", "user__name", "note")
    autocomplete_fields = ("user", "journal")
    date_hierarchy = "ends_on"
    fields = ("user", "journal", ("starts_on", "ends_on"), "source", "note", "created_at")
    readonly_fields = ("created_at",)

    @admin.display(description=_("lopend"), boolean=True)
    def is_current_display(self, obj: Subscription) -> bool:
        return obj.is_current()

from access import admin_codes as admin_codes  # noqa: E402,F401  (batches of activation codes)
