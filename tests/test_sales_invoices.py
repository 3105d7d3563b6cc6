"""Invoices and credit notes: Roos buys a year of Ouderschapskennis for EUR 89.00 and gets invoice 2026-000001.

Orders are made here with the ORM, as ``sales.actions.payment_sync`` leaves them when Mollie says paid
(or refunded); the checkout and the webhook are tested elsewhere.
"""

from __future__ import annotations

import datetime
import shutil
import smtplib
import subprocess
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from journals.models import Journal
from sales.admin_invoices import InvoiceAdmin
from sales.invoices import credit_note_issue, invoice_issue, invoice_mail_retry
from sales.models import Invoice, InvoiceCounter, InvoiceImmutable, Order, Plan, vat_split
from tests import factories
from tests.conftest import TODAY, login
from tests.mollie_standin import Standin
from tests.mollie_standin import mollie as mollie  # the fixture

PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture(autouse=True)
def _seller(settings: Any) -> None:
    settings.SELLER_NAME = "Uitgeverij Lindeboog B.V."
    settings.SELLER_ADDRESS = "Voorbeeldstraat 1, 1234 AB Utrecht"
    settings.SELLER_KVK = "12345678"
    settings.SELLER_VAT_NUMBER = "NL001234567B01"


@pytest.fixture
def plan(journal: Journal) -> Plan:
    return Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)


def make_order(user: User, plan: Plan, *, status: str = Order.Status.PAID, **fields: Any) -> Order:
    net, vat = vat_split(plan.price_cents, plan.vat_rate)
    starts_on = fields.pop("starts_on", TODAY)
    values: dict[str, Any] = {
        "user": user,
        "plan": plan,
        "status": status,
        "price_cents": plan.price_cents,
        "vat_rate": plan.vat_rate,
        "net_cents": net,
        "vat_cents": vat,
        "starts_on": starts_on,
        "ends_on": plan.period_end(starts_on),
        "billing_name": user.name or "Roos de Lezer",
        "billing_street": "Lindelaan 12",
        "billing_postcode": "3512 AB",
        "billing_city": "Utrecht",
        "consent_at": datetime.datetime(2026, 11, 25, 11, 0, tzinfo=datetime.UTC),
    }
    values.update(fields)
    return Order.objects.create(**values)


@pytest.fixture
def order(reader: User, plan: Plan) -> Order:
    return make_order(reader, plan, billing_organisation="Praktijk De Linde", vat_number="NL123456789B01")


def issued(order: Order, capture: Callable[..., Any]) -> Invoice:
    """The invoice of ``order``, with what follows the commit (its PDF and mail) done."""
    with capture(execute=True):
        invoice = invoice_issue(order=order)
    invoice.refresh_from_db()
    return invoice


def pdf_text(invoice: Invoice, tmp_path: Path) -> str:
    assert PDFTOTEXT is not None
    target = tmp_path / "invoice.pdf"
    with invoice.pdf.open("rb") as handle:
        target.write_bytes(handle.read())
    result = subprocess.run([PDFTOTEXT, "-layout", str(target), "-"], capture_output=True, check=True, text=True)
    return result.stdout


# Issuing


def test_the_vat_split_of_a_price_of_89_euros() -> None:
    assert vat_split(8900, Decimal("9.00")) == (8165, 735)


def test_a_paid_order_gets_an_invoice_with_both_parties_and_the_amounts(
    order: Order, frozen_today: datetime.date
) -> None:
    invoice = invoice_issue(order=order)

    assert invoice.number == "2026-000001"
    assert invoice.kind == Invoice.Kind.INVOICE
    assert invoice.issued_on == frozen_today
    assert (invoice.net_cents, invoice.vat_cents, invoice.total_cents) == (8165, 735, 8900)
    assert invoice.net_cents + invoice.vat_cents == invoice.total_cents
    assert invoice.vat_rate == Decimal("9.00")
    assert invoice.seller == {
        "name": "Uitgeverij Lindeboog B.V.",
        "address": "Voorbeeldstraat 1, 1234 AB Utrecht",
        "kvk": "12345678",
        "vat_number": "NL001234567B01",
    }
    assert invoice.buyer == {
        "name": "Roos de Lezer",
        "organisation": "Praktijk De Linde",
        "street": "Lindelaan 12",
        "postcode": "3512 AB",
        "city": "Utrecht",
        "country": "NL",
        "email": "roos@example.org",
        "vat_number": "NL123456789B01",
    }
    assert invoice.lines == [
        {
            "plan": "Jaarabonnement",
            "journal": "Ouderschapskennis",
            "period_start": "2026-11-25",
            "period_end": "2027-11-24",
            "is_renewal": False,
            "net_cents": 8165,
            "vat_rate": "9.00",
            "vat_cents": 735,
            "total_cents": 8900,
        }
    ]


def test_the_invoice_keeps_what_was_sold_when_the_plan_and_settings_change_later(
    order: Order, plan: Plan, settings: Any, frozen_today: datetime.date
) -> None:
    invoice = invoice_issue(order=order)
    plan.price_cents, plan.name = 9900, "Jaarabonnement 2027"
    plan.save()
    settings.SELLER_NAME = "Een andere uitgever"

    assert invoice_issue(order=order) == invoice
    invoice.refresh_from_db()
    assert invoice.total_cents == 8900
    assert invoice.lines[0]["plan"] == "Jaarabonnement"
    assert invoice.seller["name"] == "Uitgeverij Lindeboog B.V."


def test_issuing_twice_gives_the_same_invoice_and_takes_no_second_number(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any
) -> None:
    first = issued(order, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = invoice_issue(order=order)

    assert again == first
    assert callbacks == []  # no second PDF, no second mail
    assert Invoice.objects.count() == 1
    assert InvoiceCounter.objects.get(series="2026").last == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "status", [Order.Status.OPEN, Order.Status.FAILED, Order.Status.AWAITING_APPROVAL, Order.Status.CANCELED]
)
def test_an_order_that_was_not_paid_gets_no_invoice(reader: User, plan: Plan, status: str) -> None:
    with pytest.raises(ValueError, match="only a paid order"):
        invoice_issue(order=make_order(reader, plan, status=status))
    assert not Invoice.objects.exists()
    assert not InvoiceCounter.objects.exists()


def test_a_rolled_back_payment_leaves_no_gap_in_the_numbers(
    reader: User, plan: Plan, frozen_today: datetime.date
) -> None:
    first = invoice_issue(order=make_order(reader, plan))
    lost = make_order(reader, plan)
    with pytest.raises(RuntimeError), transaction.atomic():
        assert invoice_issue(order=lost).number == "2026-000002"
        raise RuntimeError("the payment's transaction fails after the invoice was issued")
    second = invoice_issue(order=make_order(reader, plan))

    assert [first.number, second.number] == ["2026-000001", "2026-000002"]
    assert not lost.invoices.exists()
    assert InvoiceCounter.objects.get(series="2026").last == 2


def test_numbers_start_again_each_year(reader: User, plan: Plan) -> None:
    import time_machine

    with time_machine.travel(datetime.datetime(2026, 12, 31, 12, 0, tzinfo=datetime.UTC), tick=False):
        december = [invoice_issue(order=make_order(reader, plan)).number for _ in range(2)]
    with time_machine.travel(datetime.datetime(2027, 1, 1, 12, 0, tzinfo=datetime.UTC), tick=False):
        january = invoice_issue(order=make_order(reader, plan)).number

    assert december == ["2026-000001", "2026-000002"]
    assert january == "2027-000001"


def test_a_number_is_taken_only_inside_a_transaction() -> None:
    from sales.invoices import invoice_number_take

    with pytest.raises(RuntimeError):
        invoice_number_take(series="2026")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_orders_paid_at_the_same_moment_get_consecutive_numbers(journal: Journal) -> None:
    plan = Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)
    readers = [factories.make_user(f"lezer{n}@example.org", name=f"Lezer {n}") for n in range(4)]
    orders = [make_order(user, plan) for user in readers]
    barrier = threading.Barrier(len(orders))
    numbers: dict[int, str] = {}
    errors: list[BaseException] = []

    def pay(order: Order) -> None:
        try:
            barrier.wait(timeout=10)
            with transaction.atomic():
                numbers[order.pk] = invoice_issue(order=order).number
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pay, args=(order,)) for order in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    year = datetime.date.today().year
    assert errors == []
    assert sorted(numbers.values()) == [f"{year}-{n:06d}" for n in range(1, 5)]
    assert InvoiceCounter.objects.get(series=str(year)).last == 4
    assert Invoice.objects.count() == 4


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_one_order_issued_twice_at_the_same_moment_gets_one_invoice(journal: Journal) -> None:
    plan = Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)
    order = make_order(factories.make_user("roos@example.org", name="Roos de Lezer"), plan)
    barrier = threading.Barrier(3)
    numbers: list[str] = []

    def pay() -> None:
        try:
            barrier.wait(timeout=10)
            with transaction.atomic():
                numbers.append(invoice_issue(order=Order.objects.get(pk=order.pk)).number)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=pay) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(numbers) == 3
    assert len(set(numbers)) == 1
    assert Invoice.objects.count() == 1


# The PDF and the mail


def test_the_invoice_pdf_is_stored_privately_and_carries_number_parties_and_amounts(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any, tmp_path: Path
) -> None:
    invoice = issued(order, django_capture_on_commit_callbacks)

    assert invoice.pdf.name == "invoices/2026-000001.pdf"
    assert Path(django_settings.PRIVATE_MEDIA_ROOT, invoice.pdf.name).is_file()
    assert not Path(django_settings.MEDIA_ROOT, invoice.pdf.name).exists()
    with invoice.pdf.open("rb") as handle:
        assert handle.read(5) == b"%PDF-"
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = pdf_text(invoice, tmp_path)
    for expected in (
        "Factuur",
        "2026-000001",
        "25 november 2026",
        "Uitgeverij Lindeboog B.V.",
        "Voorbeeldstraat 1, 1234 AB Utrecht",
        "KvK-nummer: 12345678",
        "Btw-nummer: NL001234567B01",
        "Roos de Lezer",
        "Praktijk De Linde",
        "Lindelaan 12",
        "3512 AB Utrecht",
        "Btw-nummer: NL123456789B01",
        "Ouderschapskennis: Jaarabonnement",
        "25 november 2026 t/m 24 november 2027",
        "EUR 81,65",
        "9%: EUR 7,35",
        "EUR 89,00",
        "Totaal inclusief btw",
    ):
        assert expected in text, (expected, text)


def test_the_reader_is_mailed_the_invoice_with_its_pdf_once_the_payment_is_kept(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invoice = invoice_issue(order=order)
    assert mail.outbox == []  # nothing goes out before the commit
    assert not Invoice.objects.get(pk=invoice.pk).pdf
    for callback in callbacks:
        callback()

    [message] = mail.outbox
    assert message.to == ["roos@example.org"]
    assert message.subject == "[Leeszaal] Factuur 2026-000001 van Uitgeverij Lindeboog B.V."
    assert "factuur 2026-000001" in message.body
    assert "/account/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == "2026-000001.pdf"
    assert mimetype == "application/pdf"
    assert content.startswith(b"%PDF-")
    invoice.refresh_from_db()
    with invoice.pdf.open("rb") as handle:
        assert handle.read() == content


def test_a_mail_server_that_does_not_answer_keeps_the_invoice_and_queues_the_mail(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any, monkeypatch: Any
) -> None:
    def down(self: Any, *args: Any, **kwargs: Any) -> None:
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", down)
    invoice = issued(order, django_capture_on_commit_callbacks)

    assert Invoice.objects.filter(pk=invoice.pk).exists()
    assert invoice.pdf  # the PDF does not wait for the mail
    [queued] = DBTaskResult.objects.filter(task_path="sales.tasks_invoices.invoice_mail_retry")
    assert queued.args_kwargs["kwargs"]["invoice_id"] == invoice.pk
    assert queued.args_kwargs["kwargs"]["attempt"] == 1

    monkeypatch.undo()
    outcome = invoice_mail_retry(**queued.args_kwargs["kwargs"])
    assert outcome == {"sent": True, "attempt": 1}
    [message] = mail.outbox
    assert message.attachments[0][0] == "2026-000001.pdf"


def test_a_pdf_that_failed_after_the_commit_is_made_on_the_first_download(
    client: Client, order: Order, frozen_today: datetime.date
) -> None:
    invoice = invoice_issue(order=order)  # the on-commit callbacks never ran
    assert not invoice.pdf

    response = login(client, order.user).get(reverse("sales:invoice_pdf", kwargs={"number": invoice.number}))

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]
    invoice.refresh_from_db()
    assert invoice.pdf.name == "invoices/2026-000001.pdf"


# Credit notes


def test_a_refund_gives_a_credit_note_with_negative_amounts_and_leaves_the_invoice_as_it_was(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any, tmp_path: Path
) -> None:
    invoice = issued(order, django_capture_on_commit_callbacks)
    before = Invoice.objects.filter(pk=invoice.pk).values().get()
    order.status = Order.Status.REFUNDED
    order.save()

    with django_capture_on_commit_callbacks(execute=True):
        note = credit_note_issue(order=order)

    assert note is not None
    note.refresh_from_db()
    assert note.number == "C2026-000001"
    assert note.kind == Invoice.Kind.CREDIT_NOTE
    assert note.credits == invoice
    assert (note.net_cents, note.vat_cents, note.total_cents) == (-8165, -735, -8900)
    assert note.lines[0]["total_cents"] == -8900
    assert note.lines[0]["credits"] == "2026-000001"
    assert note.buyer == invoice.buyer
    assert Invoice.objects.filter(pk=invoice.pk).values().get() == before
    assert InvoiceCounter.objects.get(series="2026").last == 1  # the invoices' run is not touched

    [_, credit_mail] = mail.outbox
    assert "Creditnota C2026-000001" in credit_mail.subject
    assert "factuur 2026-000001" in credit_mail.body
    assert credit_mail.attachments[0][0] == "C2026-000001.pdf"
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = pdf_text(note, tmp_path)
    for expected in ("Creditnota", "C2026-000001", "Crediteert factuur 2026-000001", "EUR -81,65", "EUR -89,00"):
        assert expected in text, (expected, text)


def test_a_chargeback_after_a_refund_gives_no_second_credit_note(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any
) -> None:
    invoice_issue(order=order)
    order.status = Order.Status.REFUNDED
    first = credit_note_issue(order=order)
    order.status = Order.Status.CHARGED_BACK

    assert credit_note_issue(order=order) == first
    assert Invoice.objects.filter(kind=Invoice.Kind.CREDIT_NOTE).count() == 1


def test_an_order_without_an_invoice_has_nothing_to_credit(reader: User, plan: Plan) -> None:
    assert credit_note_issue(order=make_order(reader, plan, status=Order.Status.REFUNDED)) is None
    assert not Invoice.objects.exists()


def test_a_paid_order_is_not_credited(order: Order) -> None:
    invoice_issue(order=order)
    with pytest.raises(ValueError, match="refunded or charged-back"):
        credit_note_issue(order=order)


# Through the payment's webhook


def test_a_paid_payment_brings_the_invoice_and_a_refund_the_credit_note(
    mollie: Standin, reader: User, plan: Plan, django_capture_on_commit_callbacks: Any
) -> None:
    from sales.actions import order_create, payment_start, payment_sync

    order = order_create(
        user=reader,
        plan=plan,
        billing_name="Roos de Lezer",
        billing_street="Lindelaan 12",
        billing_postcode="3512 AB",
        billing_city="Utrecht",
        consent=True,
    )
    payment = payment_start(order=order)
    mollie.settle(payment.mollie_id, "paid")
    year = datetime.date.today().year
    for _ in range(2):  # the webhook, and the reader's return
        with django_capture_on_commit_callbacks(execute=True):
            payment_sync(mollie_id=payment.mollie_id)

    invoice = Invoice.objects.get()
    assert invoice.number == f"{year}-000001"
    assert invoice.order == order
    assert (invoice.net_cents, invoice.vat_cents, invoice.total_cents) == (8165, 735, 8900)
    assert invoice.pdf
    assert [m.attachments[0][0] for m in mail.outbox] == [f"{year}-000001.pdf"]

    mollie.refund(payment.mollie_id)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            payment_sync(mollie_id=payment.mollie_id)

    note = Invoice.objects.get(kind=Invoice.Kind.CREDIT_NOTE)
    assert note.number == f"C{year}-000001"
    assert note.credits == invoice
    assert note.total_cents == -8900
    assert [m.attachments[0][0] for m in mail.outbox] == [f"{year}-000001.pdf", f"C{year}-000001.pdf"]


# Never changed


def test_an_issued_invoice_cannot_be_changed_or_deleted(
    order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any
) -> None:
    invoice = invoice_issue(order=order)

    invoice.total_cents = 100
    with pytest.raises(InvoiceImmutable):
        invoice.save()
    with pytest.raises(InvoiceImmutable):
        invoice.save(update_fields=["total_cents"])
    with pytest.raises(InvoiceImmutable):
        invoice.save(update_fields=["pdf", "total_cents"])
    with pytest.raises(InvoiceImmutable):
        Invoice.objects.filter(pk=invoice.pk).update(total_cents=100)
    with pytest.raises(InvoiceImmutable):
        invoice.delete()
    with pytest.raises(InvoiceImmutable):
        Invoice.objects.all().delete()
    assert Invoice.objects.get(pk=invoice.pk).total_cents == 8900


def test_the_pdf_is_stored_once_and_never_replaced(order: Order, frozen_today: datetime.date) -> None:
    from django.core.files.base import ContentFile

    invoice = invoice_issue(order=order)
    invoice.pdf.save("x.pdf", ContentFile(b"%PDF-1.4 first"), save=False)
    invoice.save(update_fields=["pdf"])

    invoice.pdf.save("y.pdf", ContentFile(b"%PDF-1.4 second"), save=False)
    with pytest.raises(InvoiceImmutable):
        invoice.save(update_fields=["pdf"])


def test_the_back_office_shows_invoices_but_cannot_add_change_or_delete_them(
    order: Order, frozen_today: datetime.date, rf: Any
) -> None:
    from django.contrib import admin

    invoice = invoice_issue(order=order)
    request = rf.get("/")
    request.user = factories.make_user("beheer@uitgeverij.example.org", is_staff=True, is_superuser=True)
    model_admin = InvoiceAdmin(Invoice, admin.site)

    assert model_admin.has_view_permission(request, invoice)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, invoice)
    assert not model_admin.has_delete_permission(request, invoice)
    assert model_admin.total(invoice) == "89,00"
    assert "/abonneren/factuur/2026-000001.pdf" in model_admin.download(invoice)


# The download


def download_url(invoice: Invoice) -> str:
    return reverse("sales:invoice_pdf", kwargs={"number": invoice.number})


@pytest.fixture
def invoice(order: Order, frozen_today: datetime.date, django_capture_on_commit_callbacks: Any) -> Invoice:
    return issued(order, django_capture_on_commit_callbacks)


def test_the_reader_downloads_her_invoice(client: Client, reader: User, invoice: Invoice) -> None:
    response = login(client, reader).get(download_url(invoice))

    assert download_url(invoice) == "/abonneren/factuur/2026-000001.pdf"
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="2026-000001.pdf"'
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")  # type: ignore[attr-defined]


def test_another_reader_gets_the_same_404_as_for_a_number_that_does_not_exist(
    client: Client, subscriber: User, invoice: Invoice
) -> None:
    login(client, subscriber)
    assert client.get(download_url(invoice)).status_code == 404
    assert client.get("/abonneren/factuur/2026-999999.pdf").status_code == 404


def test_an_anonymous_visitor_is_asked_to_log_in(client: Client, invoice: Invoice) -> None:
    response = client.get(download_url(invoice))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_staff_with_the_view_permission_download_any_invoice(client: Client, invoice: Invoice) -> None:
    staff = factories.make_user("medewerker@uitgeverij.example.org", is_staff=True)
    login(client, staff)
    assert client.get(download_url(invoice)).status_code == 404  # staff, but not allowed to see invoices

    staff.user_permissions.add(Permission.objects.get(codename="view_invoice", content_type__app_label="sales"))
    login(client, User.objects.get(pk=staff.pk))
    assert client.get(download_url(invoice)).status_code == 200


def test_the_download_takes_only_get(client: Client, reader: User, invoice: Invoice) -> None:
    assert login(client, reader).post(download_url(invoice)).status_code == 405
