"""The download of an invoice or credit note PDF: for the reader who bought, and staff who may view invoices.

Anyone else gets the same 404 as for a number that does not exist, so numbers cannot be probed.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from accounts.models import User
from sales.invoices import invoice_pdf_ensure
from sales.models import Invoice


@require_safe
@login_required
def invoice_pdf(request: HttpRequest, number: str) -> HttpResponseBase:
    assert isinstance(request.user, User)
    invoices = Invoice.objects.select_related("order")
    if not (request.user.is_staff and request.user.has_perm("sales.view_invoice")):
        invoices = invoices.filter(order__user=request.user)
    invoice = invoices.filter(number=number).first()
    if invoice is None:
        raise Http404
    invoice = invoice_pdf_ensure(invoice)
    response = FileResponse(
        invoice.pdf.open("rb"), content_type="application/pdf", filename=f"{invoice.number}.pdf", as_attachment=True
    )
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
