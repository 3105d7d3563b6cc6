"""Invoices and credit notes of paid orders: numbered without gaps, written once, sent as a PDF.

``invoice_issue`` and ``credit_note_issue`` run inside the transaction of ``sales.actions.payment_sync``
(with the order locked): the invoice row and its number are kept exactly when the payment's change of
state is kept. Numbers come per series from ``InvoiceCounter``, locked with ``select_for_update`` while
the next one is taken, so a rolled-back order leaves no gap and two issues at once get consecutive
numbers. Invoices are numbered ``2026-000123`` (the series is the year of issue); credit notes have
a series of their own, ``C2026-000007``, so that the invoices of a year stay one unbroken run.

The PDF is rendered and stored, and the mail sent, after the transaction commits (``invoice_deliver``):
the file system is not part of the database's transaction (a rollback would leave a stored PDF behind
under a number that is then given again), rendering should not hold the counter's lock that every
other invoice waits for, and a mail server that does not answer must never undo a payment. Should the
PDF fail then, the download renders it on demand from the invoice's snapshot (``invoice_pdf_ensure``);
should the mail fail, a background task (``sales.tasks_invoices.invoice_mail_retry``) tries again later
with only the invoice's id, since a message with an attachment cannot wait in a task's arguments. The
PDF and the mail are in the site's language (``LANGUAGE_CODE``, Dutch), whoever's request issued them.
"""

from __future__ import annotations

import datetime
import logging
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.mail import RETRY_FOR, retry_delay
from sales.models import Invoice, InvoiceCounter, Order

log = logging.getLogger(__name__)

#: Orders whose payment was received: they get an invoice (a refunded one keeps it, beside its credit note).
INVOICEABLE = frozenset({Order.Status.PAID, Order.Status.REFUNDED, Order.Status.CHARGED_BACK})
CREDITABLE = frozenset({Order.Status.REFUNDED, Order.Status.CHARGED_BACK})
CREDIT_SERIES_PREFIX = "C"


def invoice_number_take(*, series: str) -> str:
    """The next number of ``series`` (``2026-000124``), taken under a lock held until the transaction ends."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("An invoice number is taken inside the transaction that keeps the invoice.")
    try:
        counter = InvoiceCounter.objects.select_for_update().get(series=series)
    except InvoiceCounter.DoesNotExist:
        try:
            with transaction.atomic():  # the first of a new year; another issue may be creating it too
                InvoiceCounter.objects.create(series=series, last=0)
        except IntegrityError:
            pass
        counter = InvoiceCounter.objects.select_for_update().get(series=series)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{series}-{counter.last:06d}"


def seller_snapshot() -> dict[str, str]:
    return {
        "name": settings.SELLER_NAME,
        "address": settings.SELLER_ADDRESS,
        "kvk": settings.SELLER_KVK,
        "vat_number": settings.SELLER_VAT_NUMBER,
    }


def buyer_snapshot(order: Order) -> dict[str, str]:
    return {
        "name": order.billing_name,
        "organisation": order.billing_organisation,
        "street": order.billing_street,
        "postcode": order.billing_postcode,
        "city": order.billing_city,
        "country": order.billing_country,
        "email": order.user.email,
        "vat_number": order.vat_number,
    }


def _order_line(order: Order) -> dict[str, Any]:
    return {
        "plan": order.plan.name,
        "journal": order.plan.journal.title,
        "period_start": order.starts_on.isoformat(),
        "period_end": order.ends_on.isoformat(),
        "is_renewal": order.is_renewal,
        "net_cents": order.net_cents,
        "vat_rate": str(order.vat_rate),
        "vat_cents": order.vat_cents,
        "total_cents": order.price_cents,
    }


def _locked(order: Order) -> Order:
    return Order.objects.select_for_update(of=("self",)).select_related("user", "plan__journal").get(pk=order.pk)


def invoice_issue(*, order: Order) -> Invoice:
    """The invoice of a paid order: made the first time, the same one every time after.

    Called inside the transaction that records the payment (nested here as a savepoint otherwise); the
    PDF and the mail follow when that transaction commits. ``order`` is the caller's instance, whose
    status must already say the payment was received.
    """
    if order.status not in INVOICEABLE:
        raise ValueError(f"Order {order.pk} is {order.status}: only a paid order gets an invoice.")
    with transaction.atomic():
        locked = _locked(order)
        existing = locked.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        if existing is not None:
            return existing
        issued_on = timezone.localdate()
        if order.net_cents + order.vat_cents != order.price_cents:
            raise ValueError(f"Order {order.pk}: net and VAT do not add up to the price.")
        invoice = Invoice.objects.create(
            number=invoice_number_take(series=str(issued_on.year)),
            kind=Invoice.Kind.INVOICE,
            order=locked,
            issued_on=issued_on,
            net_cents=order.net_cents,
            vat_cents=order.vat_cents,
            total_cents=order.price_cents,
            vat_rate=order.vat_rate,
            seller=seller_snapshot(),
            buyer=buyer_snapshot(locked),
            lines=[_order_line(order)],
        )
        invoice_id = invoice.pk
        transaction.on_commit(lambda: invoice_deliver(invoice_id=invoice_id), robust=True)
    return invoice


def credit_note_issue(*, order: Order) -> Invoice | None:
    """The credit note of a refunded or charged-back order, crediting its invoice in full; ``None`` when
    the order has no invoice to credit (it was never paid). Made once; the invoice itself is not touched.

    A refund or chargeback ends the access the order granted (``sales.actions``), so the whole sale is
    undone and the whole invoice credited.
    """
    if order.status not in CREDITABLE:
        raise ValueError(f"Order {order.pk} is {order.status}: only a refunded or charged-back order is credited.")
    with transaction.atomic():
        locked = _locked(order)
        invoice = locked.invoices.filter(kind=Invoice.Kind.INVOICE).first()
        if invoice is None:
            return None
        existing = invoice.credit_notes.first()
        if existing is not None:
            return existing
        issued_on = timezone.localdate()
        lines = [
            {
                **line,
                "net_cents": -line["net_cents"],
                "vat_cents": -line["vat_cents"],
                "total_cents": -line["total_cents"],
                "credits": invoice.number,
            }
            for line in invoice.lines
        ]
        note = Invoice.objects.create(
            number=invoice_number_take(series=f"{CREDIT_SERIES_PREFIX}{issued_on.year}"),
            kind=Invoice.Kind.CREDIT_NOTE,
            order=locked,
            credits=invoice,
            issued_on=issued_on,
            net_cents=-invoice.net_cents,
            vat_cents=-invoice.vat_cents,
            total_cents=-invoice.total_cents,
            vat_rate=invoice.vat_rate,
            seller=seller_snapshot(),
            buyer=invoice.buyer,
            lines=lines,
        )
        note_id = note.pk
        transaction.on_commit(lambda: invoice_deliver(invoice_id=note_id), robust=True)
    return note


# After the commit: the PDF and the mail


def invoice_pdf_ensure(invoice: Invoice) -> Invoice:
    """The invoice with its PDF stored: rendered from the snapshot the first time, as it was issued."""
    if invoice.pdf:
        return invoice
    from sales.invoice_pdf import render_invoice_pdf

    with translation.override(settings.LANGUAGE_CODE):  # the same document whoever asks for it first
        content = render_invoice_pdf(invoice)
    with transaction.atomic():
        locked = Invoice.objects.select_for_update().get(pk=invoice.pk)
        if not locked.pdf:  # another request may have stored it meanwhile
            locked.pdf.save(f"{locked.number}.pdf", ContentFile(content), save=False)
            locked.save(update_fields=["pdf"])
    invoice.refresh_from_db()
    return invoice


def invoice_message(invoice: Invoice) -> EmailMessage:
    """The mail to the reader with the invoice's PDF attached."""
    invoice = invoice_pdf_ensure(invoice)
    context = {
        "invoice": invoice,
        "buyer": invoice.buyer,
        "seller_name": invoice.seller.get("name", ""),
        "is_credit_note": invoice.kind == Invoice.Kind.CREDIT_NOTE,
        "site_url": settings.SITE_URL,
        "account_url": reverse("account_overview"),
    }
    with translation.override(settings.LANGUAGE_CODE):  # as the PDF it comes with
        subject = " ".join(render_to_string("sales/mail/invoice_subject.txt", context).split())
        body = render_to_string("sales/mail/invoice_message.txt", context)
    message = EmailMessage(
        subject=f"{settings.EMAIL_SUBJECT_PREFIX}{subject}", body=body, to=[invoice.order.user.email]
    )
    with invoice.pdf.open("rb") as handle:
        message.attach(f"{invoice.number}.pdf", handle.read(), "application/pdf")
    return message


def invoice_deliver(*, invoice_id: int) -> None:
    """After the commit of the issue: store the PDF and mail it; a mail that fails waits in the task queue."""
    invoice = Invoice.objects.select_related("order__user").get(pk=invoice_id)
    invoice_pdf_ensure(invoice)
    if not _mail_try(invoice):
        _queue_retry(invoice_id, attempt=1, queued_at=timezone.now())


def invoice_mail_retry(*, invoice_id: int, attempt: int, queued_at: str) -> dict[str, Any]:
    """The background worker's attempt number ``attempt`` at an invoice mail that failed before."""
    invoice = Invoice.objects.select_related("order__user").get(pk=invoice_id)
    if _mail_try(invoice):
        return {"sent": True, "attempt": attempt}
    first = datetime.datetime.fromisoformat(queued_at)
    next_try = timezone.now() + retry_delay(attempt + 1)
    if next_try - first > RETRY_FOR:
        log.error("Gave up mailing invoice %s after %d attempts since %s.", invoice.number, attempt, queued_at)
        return {"sent": False, "attempt": attempt, "gave_up": True}
    _queue_retry(invoice_id, attempt=attempt + 1, queued_at=first)
    return {"sent": False, "attempt": attempt, "retry": attempt + 1}


def _mail_try(invoice: Invoice) -> bool:
    try:
        invoice_message(invoice).send()
    except OSError as error:  # smtplib's errors, refused and timed-out connections
        log.warning("Invoice %s was not mailed (%s: %s); it is queued.", invoice.number, type(error).__name__, error)
        return False
    return True


def _queue_retry(invoice_id: int, *, attempt: int, queued_at: datetime.datetime) -> None:
    from sales.tasks_invoices import invoice_mail_retry as task

    task.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
        invoice_id=invoice_id, attempt=attempt, queued_at=queued_at.isoformat()
    )


def euros(cents: int) -> str:
    """An amount as Dutch invoices write it: ``1.234,50``, ``-89,00``."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{rest:02d}"


def vat_rate_text(rate: Decimal | str) -> str:
    """``9%``, ``21%``, ``5,5%``."""
    value = Decimal(rate).normalize()
    return f"{value:f}".replace(".", ",") + "%"
