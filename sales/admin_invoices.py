"""The back office for invoices and credit notes: to look up and download, never to add, change or delete.

An invoice is issued by ``sales.invoices`` when its order is paid and corrected only by a credit note,
so the admin only shows it (with the view permission) and links to its PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from sales.invoices import euros
from sales.models import Invoice

if TYPE_CHECKING:
    _InvoiceAdmin = admin.ModelAdmin[Invoice]
else:
    _InvoiceAdmin = admin.ModelAdmin


@admin.register(Invoice)
class InvoiceAdmin(_InvoiceAdmin):
    list_display = ("number", "kind", "issued_on", "buyer_name", "total", "download")
    list_filter = ("kind", "issued_on")
    search_fields = ("number", "order__user__email", "order__billing_name")
    date_hierarchy = "issued_on"
    list_select_related = ("order__user",)
    fields = (
        "number",
        "kind",
        "order",
        "credits",
        "issued_on",
        "net_cents",
        "vat_cents",
        "total_cents",
        "vat_rate",
        "seller",
        "buyer",
        "lines",
        "download",
        "created_at",
    )
    readonly_fields = fields

    @admin.display(description=_("koper"))
    def buyer_name(self, invoice: Invoice) -> str:
        return str(invoice.buyer.get("organisation") or invoice.buyer.get("name", ""))

    @admin.display(description=_("totaal (EUR)"))
    def total(self, invoice: Invoice) -> str:
        return euros(invoice.total_cents)

    @admin.display(description=_("PDF"))
    def download(self, invoice: Invoice) -> SafeString:
        url = reverse("sales:invoice_pdf", kwargs={"number": invoice.number})
        return format_html('<a href="{}">{}</a>', url, _("downloaden"))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Invoice | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Invoice | None = None) -> bool:
        return False
