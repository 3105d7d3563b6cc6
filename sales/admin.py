"""The back office of sales: plans per journal; orders and payments to look at, and reduced orders to approve.

Orders and payments are written by ``sales.actions`` from what Mollie says, so they are read-only here
apart from the approval of reduced orders.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from sales import admin_invoices  # noqa: F401 - registers the invoices
from sales.actions import order_approve, order_reject
from sales.models import Order, Payment, Plan
from sales.templatetags.sales import euros


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin[Plan]):
    list_display = [
        "name",
        "journal",
        "period_months",
        "price_display",
        "is_reduced",
        "renews",
        "is_active",
        "position",
    ]
    list_filter = ["journal", "is_active", "is_reduced", "renews"]
    list_editable = ["is_active", "position"]
    list_select_related = ["journal"]
    search_fields = ["name", "journal__title"]

    @admin.display(description=_("prijs incl. btw"), ordering="price_cents")
    def price_display(self, plan: Plan) -> str:
        return euros(plan.price_cents)


PAYMENT_FIELDS = (
    "mollie_id",
    "status",
    "sequence_type",
    "method",
    "amount_cents",
    "refunded_cents",
    "charged_back_cents",
)


class PaymentInline(admin.TabularInline[Payment, Order]):
    model = Payment
    extra = 0
    can_delete = False
    fields = PAYMENT_FIELDS
    readonly_fields = PAYMENT_FIELDS

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin[Order]):
    list_display = ["pk", "user", "plan", "status", "price_display", "starts_on", "ends_on", "is_renewal", "created_at"]
    list_filter = ["status", "is_renewal", "plan__journal"]
    list_select_related = ["user", "plan__journal"]
    search_fields = ["user__email", "billing_name", "billing_organisation", "=id"]
    date_hierarchy = "created_at"
    inlines = [PaymentInline]
    actions = ["approve", "reject"]

    def get_readonly_fields(self, request: HttpRequest, obj: Order | None = None) -> list[str]:
        return [field.name for field in Order._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Order | None = None) -> bool:
        return False

    @admin.display(description=_("prijs incl. btw"), ordering="price_cents")
    def price_display(self, order: Order) -> str:
        return euros(order.price_cents)

    @admin.action(
        description=_("Gereduceerde bestellingen goedkeuren (de lezer krijgt een betaallink)"), permissions=["change"]
    )
    def approve(self, request: HttpRequest, queryset: QuerySet[Order]) -> None:
        done = sum(order_approve(order=order) for order in queryset.filter(status=Order.Status.AWAITING_APPROVAL))
        self._report(request, done, queryset.count())

    @admin.action(description=_("Gereduceerde bestellingen afwijzen"), permissions=["change"])
    def reject(self, request: HttpRequest, queryset: QuerySet[Order]) -> None:
        done = sum(order_reject(order=order) for order in queryset.filter(status=Order.Status.AWAITING_APPROVAL))
        self._report(request, done, queryset.count())

    def _report(self, request: HttpRequest, done: int, chosen: int) -> None:
        self.message_user(
            request,
            ngettext("%(count)d bestelling bijgewerkt.", "%(count)d bestellingen bijgewerkt.", done) % {"count": done},
            messages.SUCCESS,
        )
        if done < chosen:
            self.message_user(
                request, _("Alleen bestellingen die op goedkeuring wachten, zijn bijgewerkt."), messages.WARNING
            )


@admin.register(Payment)
class PaymentAdmin(admin.ModelAdmin[Payment]):
    list_display = ["mollie_id", "order", "status", "sequence_type", "method", "amount_cents", "created_at"]
    list_filter = ["status", "sequence_type", "method"]
    list_select_related = ["order__plan__journal"]
    search_fields = ["mollie_id", "order__user__email"]

    def get_readonly_fields(self, request: HttpRequest, obj: Payment | None = None) -> list[str]:
        return [field.name for field in Payment._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Payment | None = None) -> bool:
        return False
