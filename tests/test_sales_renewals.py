"""Automatic renewals: Roos buys a year of Ouderschapskennis that renews itself, with a mandate from her first
payment. A few days before the year ends Leeszaal charges the next year on the mandate; she is reminded
before, told when a charge fails, and can stop the renewal on her account page at any time.

Mollie is played by the local stand-in (``tests.mollie_standin``), over HTTP with Mollie's own client, so the
whole path runs: order → first payment → webhook (``payment_sync``) → renewal → recurring charge on the mandate
→ webhook → the next period and its invoice.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from access.models import Subscription
from accounts.models import User
from journals.models import Journal
from leeszaal import generations
from sales import actions, renewals
from sales.models import Invoice, MollieCustomer, Order, Payment, Plan, Renewal
from sales.tasks import renewals_run
from tests import factories
from tests.conftest import TODAY, login
from tests.mollie_standin import Standin
from tests.mollie_standin import mollie as mollie  # the fixture

FIRST_END = datetime.date(2027, 11, 24)  # a year bought on TODAY (25 November 2026)
CHARGE_DAY = datetime.date(2027, 11, 19)  # RENEWAL_DAYS_BEFORE (5) days before
REMIND_DAY = datetime.date(2027, 11, 10)  # RENEWAL_REMIND_DAYS_BEFORE (14) days before
ACCOUNT = "/account/"


@pytest.fixture
def plan(journal: Journal) -> Plan:
    return Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)


@contextmanager
def on(day: datetime.date) -> Iterator[None]:
    with time_machine.travel(datetime.datetime.combine(day, datetime.time(10, 0), tzinfo=datetime.UTC), tick=False):
        yield


def buy(user: User, plan: Plan, mollie: Standin) -> Order:
    """The reader orders the plan and pays the first payment at Mollie's checkout."""
    order = actions.order_create(
        user=user,
        plan=plan,
        billing_name=user.name,
        billing_street="Lindelaan 4",
        billing_postcode="3511 AB",
        billing_city="Utrecht",
        consent=True,
    )
    payment = actions.payment_start(order=order, redirect_url="https://leeszaal.test/terug")
    mollie.settle(payment.mollie_id, "paid", method="creditcard")
    actions.payment_sync(mollie_id=payment.mollie_id)
    order.refresh_from_db()
    return order


def run(day: datetime.date, callbacks: Callable[..., Any]) -> renewals.RunResult:
    """The daily pass on ``day``, with everything queued for after the commit (mails) done too."""
    with on(day), callbacks(execute=True):
        return renewals.renewals_run_for(day)


def settle(mollie: Standin, status: str, day: datetime.date, callbacks: Callable[..., Any]) -> None:
    """The bank's answer to the latest charge, and Mollie's webhook about it."""
    payment_id = mollie.latest_payment().id
    mollie.settle(payment_id, status)
    with on(day), callbacks(execute=True):
        actions.payment_sync(mollie_id=payment_id)


def subjects() -> list[str]:
    return [str(message.subject) for message in mail.outbox]


@pytest.fixture
def renewing(
    reader: User,
    plan: Plan,
    mollie: Standin,
    frozen_today: datetime.date,
    django_capture_on_commit_callbacks: Any,
) -> Renewal:
    """Roos bought a year on TODAY, paid by card; Mollie holds her mandate, so the year renews itself."""
    with django_capture_on_commit_callbacks(execute=True):
        buy(reader, plan, mollie)
    mail.outbox.clear()
    return Renewal.objects.get(user=reader)


# Starting ---------------------------------------------------------------------------------------------


def test_a_paid_first_payment_with_a_mandate_starts_one_renewal(
    renewing: Renewal, reader: User, mollie: Standin
) -> None:
    order = renewing.current_order
    assert (order.starts_on, order.ends_on) == (TODAY, FIRST_END)
    assert renewing.next_charge_on == CHARGE_DAY
    customer = MollieCustomer.objects.get(user=reader)
    assert customer.mandate_id in mollie.mandates and customer.customer_id in mollie.customers
    # The same webhook again, or another call: still one renewal, unchanged.
    assert renewals.renewal_start(order=order) == renewing
    actions.payment_sync(mollie_id=order.payments.get().mollie_id)
    assert Renewal.objects.filter(user=reader).count() == 1


def test_a_plan_that_does_not_renew_starts_no_renewal(
    reader: User, journal: Journal, mollie: Standin, frozen_today: datetime.date
) -> None:
    once = Plan.objects.create(journal=journal, name="Eén jaar", price_cents=7900, renews=False)
    order = buy(reader, once, mollie)
    assert order.status == Order.Status.PAID
    assert renewals.renewal_start(order=order) is None
    assert not Renewal.objects.exists()


def test_without_a_mandate_no_renewal_starts(reader: User, plan: Plan, frozen_today: datetime.date) -> None:
    order = Order.objects.create(
        user=reader,
        plan=plan,
        status=Order.Status.PAID,
        price_cents=8900,
        vat_rate=plan.vat_rate,
        net_cents=8165,
        vat_cents=735,
        starts_on=TODAY,
        ends_on=FIRST_END,
        renews=True,
    )
    MollieCustomer.objects.create(user=reader, customer_id="cst_without")
    assert renewals.renewal_start(order=order) is None


# Charging ---------------------------------------------------------------------------------------------


def test_nothing_is_charged_before_the_charge_day(renewing: Renewal, django_capture_on_commit_callbacks: Any) -> None:
    done = run(CHARGE_DAY - datetime.timedelta(days=1), django_capture_on_commit_callbacks)
    assert done.charged == []
    assert not Order.objects.filter(is_renewal=True).exists()


def test_a_paid_renewal_extends_the_subscription_without_gap_or_overlap_and_issues_an_invoice(
    renewing: Renewal, reader: User, plan: Plan, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    plan.price_cents = 9500  # the price went up during the year: the renewal costs what the plan costs now
    plan.save()

    done = run(CHARGE_DAY, django_capture_on_commit_callbacks)

    [order] = done.charged
    assert order.is_renewal and order.renews_order == renewing.current_order
    assert (order.starts_on, order.ends_on) == (FIRST_END + datetime.timedelta(days=1), datetime.date(2028, 11, 24))
    assert (order.price_cents, order.net_cents + order.vat_cents, order.status) == (9500, 9500, Order.Status.OPEN)
    charge = mollie.latest_payment()
    customer = MollieCustomer.objects.get(user=reader)
    assert (charge.sequence_type, charge.customer_id, charge.mandate_id, charge.amount_cents) == (
        "recurring",
        customer.customer_id,
        customer.mandate_id,
        9500,
    )
    payment = order.payments.get()
    assert (payment.sequence_type, payment.status, payment.amount_cents) == ("recurring", "pending", 9500)
    # While Mollie has not answered, another pass the same day or the next charges nothing more.
    assert run(CHARGE_DAY, django_capture_on_commit_callbacks).charged == []
    assert run(CHARGE_DAY + datetime.timedelta(days=1), django_capture_on_commit_callbacks).charged == []

    settle(mollie, "paid", CHARGE_DAY + datetime.timedelta(days=2), django_capture_on_commit_callbacks)

    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    periods = list(Subscription.objects.filter(user=reader).order_by("starts_on").values_list("starts_on", "ends_on"))
    assert periods == [(TODAY, FIRST_END), (datetime.date(2027, 11, 25), datetime.date(2028, 11, 24))]
    invoice = Invoice.objects.get(order=order, kind=Invoice.Kind.INVOICE)
    assert invoice.total_cents == 9500
    renewal = Renewal.objects.get(pk=renewing.pk)
    assert renewal.current_order == order
    assert renewal.next_charge_on == datetime.date(2028, 11, 19)
    assert renewal.failures == 0
    # The next year is charged a year later, not again now.
    assert run(datetime.date(2027, 12, 1), django_capture_on_commit_callbacks).charged == []


def test_failed_charges_are_retried_then_the_renewal_stops_and_the_reader_is_told(
    renewing: Renewal, reader: User, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    day = CHARGE_DAY
    for attempt in (1, 2):
        assert len(run(day, django_capture_on_commit_callbacks).charged) == 1
        mail.outbox.clear()
        settle(mollie, "failed", day, django_capture_on_commit_callbacks)
        settle(mollie, "failed", day, django_capture_on_commit_callbacks)  # the webhook twice
        renewal = Renewal.objects.get(pk=renewing.pk)
        assert renewal.failures == attempt
        assert renewal.is_active
        day += datetime.timedelta(days=2)
        assert renewal.next_charge_on == day
        assert subjects() == ["[Leeszaal] De verlenging van uw abonnement op Ouderschapskennis is niet gelukt"]
        assert mail.outbox[0].to == [reader.email]
        assert "opnieuw" in str(mail.outbox[0].body)
        # Not retried before its day.
        assert run(day - datetime.timedelta(days=1), django_capture_on_commit_callbacks).charged == []

    assert len(run(day, django_capture_on_commit_callbacks).charged) == 1
    mail.outbox.clear()
    settle(mollie, "expired", day, django_capture_on_commit_callbacks)

    renewal = Renewal.objects.get(pk=renewing.pk)
    assert renewal.failures == 3
    assert not renewal.is_active
    assert "3 keer mislukt" in renewal.stopped_reason
    assert subjects() == ["[Leeszaal] Uw abonnement op Ouderschapskennis wordt niet automatisch verlengd"]
    assert "tot en met 24 november 2027" in str(mail.outbox[0].body)
    page = login(Client(), reader).get(ACCOUNT).content.decode()
    assert "Wordt niet automatisch verlengd: De automatische betaling is 3 keer mislukt." in page
    assert Order.objects.filter(is_renewal=True, status__in=renewals.FAILED_STATUSES).count() == 3
    # Nothing more is charged; the paid year still ends when it ends.
    assert run(day + datetime.timedelta(days=2), django_capture_on_commit_callbacks).charged == []
    assert list(Subscription.objects.filter(user=reader).values_list("ends_on", flat=True)) == [FIRST_END]


def test_a_charge_mollie_refuses_counts_as_a_failed_attempt(
    renewing: Renewal, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    [mandate] = mollie.mandates.values()
    mandate.status = "invalid"  # the reader revoked it at the bank: Mollie refuses the charge
    [order] = run(CHARGE_DAY, django_capture_on_commit_callbacks).charged
    assert order.status == Order.Status.FAILED
    renewal = Renewal.objects.get(pk=renewing.pk)
    assert (renewal.failures, renewal.next_charge_on) == (1, CHARGE_DAY + datetime.timedelta(days=2))
    assert [subject for subject in subjects() if "niet gelukt" in subject] != []
    # A new mandate, and the retry goes through.
    mandate.status = "valid"
    [retry] = run(CHARGE_DAY + datetime.timedelta(days=2), django_capture_on_commit_callbacks).charged
    assert retry.status == Order.Status.OPEN and retry.payments.count() == 1


def test_a_charge_mollie_did_not_answer_is_sent_again_on_the_next_pass_and_charged_once(
    renewing: Renewal, mollie: Standin, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    from mollie.api.error import RequestError

    from sales import mollie as sales_mollie

    real = sales_mollie.create_payment

    def unreachable(**kwargs: Any) -> Any:
        raise RequestError("Unable to communicate with Mollie: timed out")

    monkeypatch.setattr(sales_mollie, "create_payment", unreachable)
    [order] = run(CHARGE_DAY, django_capture_on_commit_callbacks).charged
    assert order.status == Order.Status.OPEN and not order.payments.exists()
    assert Renewal.objects.get(pk=renewing.pk).failures == 0
    assert run(CHARGE_DAY, django_capture_on_commit_callbacks).charged == [order]  # still unreachable

    monkeypatch.setattr(sales_mollie, "create_payment", real)
    assert run(CHARGE_DAY + datetime.timedelta(days=1), django_capture_on_commit_callbacks).charged == [order]
    assert order.payments.count() == 1
    assert Order.objects.filter(is_renewal=True).count() == 1
    # Sent now: the next pass leaves it to the webhook.
    assert run(CHARGE_DAY + datetime.timedelta(days=1), django_capture_on_commit_callbacks).charged == []
    settle(mollie, "paid", CHARGE_DAY + datetime.timedelta(days=1), django_capture_on_commit_callbacks)
    assert Renewal.objects.get(pk=renewing.pk).current_order == order


def test_a_plan_taken_off_sale_stops_the_renewal_instead_of_reminding(
    renewing: Renewal, plan: Plan, django_capture_on_commit_callbacks: Any
) -> None:
    plan.is_active = False
    plan.save()
    assert run(REMIND_DAY, django_capture_on_commit_callbacks).reminded == []
    assert subjects() == ["[Leeszaal] Uw abonnement op Ouderschapskennis wordt niet automatisch verlengd"]
    assert "niet meer automatisch verlengd" in Renewal.objects.get(pk=renewing.pk).stopped_reason


def test_a_refunded_year_is_not_renewed(
    renewing: Renewal, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    Order.objects.filter(pk=renewing.current_order_id).update(status=Order.Status.REFUNDED)
    assert run(CHARGE_DAY, django_capture_on_commit_callbacks).charged == []
    renewal = Renewal.objects.get(pk=renewing.pk)
    assert not renewal.is_active and renewal.stopped_reason
    assert len(mollie.payments) == 1  # only the first payment
    assert subjects() == ["[Leeszaal] Uw abonnement op Ouderschapskennis wordt niet automatisch verlengd"]


# Reminding --------------------------------------------------------------------------------------------


def test_the_reminder_goes_once_per_period(
    renewing: Renewal, reader: User, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    assert run(REMIND_DAY - datetime.timedelta(days=1), django_capture_on_commit_callbacks).reminded == []
    assert len(run(REMIND_DAY, django_capture_on_commit_callbacks).reminded) == 1
    assert subjects() == ["[Leeszaal] Uw abonnement op Ouderschapskennis wordt binnenkort verlengd"]
    body = str(mail.outbox[0].body)
    assert "Beste Roos de Lezer" in body
    assert "€ 89,00" in body and "24 november 2027" in body and "25 november 2027" in body
    assert "http://127.0.0.1:8000/account/" in body
    assert run(REMIND_DAY + datetime.timedelta(days=1), django_capture_on_commit_callbacks).reminded == []
    assert len(mail.outbox) == 1

    run(CHARGE_DAY, django_capture_on_commit_callbacks)
    settle(mollie, "paid", CHARGE_DAY, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    # The next year's reminder, a year later.
    assert run(REMIND_DAY + datetime.timedelta(days=2), django_capture_on_commit_callbacks).reminded == []
    assert len(run(datetime.date(2028, 11, 10), django_capture_on_commit_callbacks).reminded) == 1


# The account page -------------------------------------------------------------------------------------


def test_the_reader_stops_the_renewal_on_the_account_page_and_keeps_her_year(
    client: Client, renewing: Renewal, reader: User, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    login(client, reader)
    page = client.get(ACCOUNT).content.decode()
    url = f"/abonneren/verlenging/{renewing.pk}/stopzetten/"
    assert f'action="{url}"' in page
    assert "Automatische verlenging stopzetten" in page

    response = client.post(url, follow=True)

    assert response.redirect_chain == [(ACCOUNT, 302)]
    page = response.content.decode()
    assert "De automatische verlenging van Ouderschapskennis is stopgezet" in page
    assert "U hebt de automatische verlenging stopgezet op 25 november 2026." in page
    assert url not in page
    renewal = Renewal.objects.get(pk=renewing.pk)
    assert renewal.canceled_at is not None and not renewal.stopped_reason
    # No reminder and no charge any more; access to the end of the paid year.
    assert run(REMIND_DAY, django_capture_on_commit_callbacks).reminded == []
    assert run(CHARGE_DAY, django_capture_on_commit_callbacks).charged == []
    assert len(mollie.payments) == 1
    assert Subscription.objects.filter(user=reader).covering(FIRST_END).exists()
    assert not Subscription.objects.filter(user=reader).covering(FIRST_END + datetime.timedelta(days=1)).exists()
    # Stopping again is a 404, as for any renewal that is not running.
    assert client.post(url).status_code == 404


def test_another_reader_cannot_stop_my_renewal(client: Client, renewing: Renewal, subscriber: User) -> None:
    login(client, subscriber)
    url = f"/abonneren/verlenging/{renewing.pk}/stopzetten/"
    assert client.post(url).status_code == 404
    assert client.post("/abonneren/verlenging/999999/stopzetten/").status_code == 404
    assert Renewal.objects.get(pk=renewing.pk).is_active


def test_stopping_a_renewal_takes_a_post_with_a_csrf_token_from_a_signed_in_reader(
    client: Client, renewing: Renewal, reader: User
) -> None:
    url = f"/abonneren/verlenging/{renewing.pk}/stopzetten/"
    assert client.post(url).status_code == 302  # to the login page
    assert Renewal.objects.get(pk=renewing.pk).is_active
    guarded = login(Client(enforce_csrf_checks=True), reader)
    assert guarded.post(url).status_code == 403
    assert client.get(url).status_code in (302, 405)
    assert login(client, reader).get(url).status_code == 405
    assert Renewal.objects.get(pk=renewing.pk).is_active


def test_the_account_page_lists_orders_payments_and_invoices(
    client: Client, renewing: Renewal, reader: User, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    run(CHARGE_DAY, django_capture_on_commit_callbacks)
    settle(mollie, "failed", CHARGE_DAY, django_capture_on_commit_callbacks)
    page = login(client, reader).get(ACCOUNT).content.decode()
    assert "Bestellingen en facturen" in page
    first = renewing.current_order
    invoice = Invoice.objects.get(order=first)
    assert f"nr. {first.pk} van 25 november 2026" in page
    assert "25 november 2026 – 24 november 2027" in page
    assert "€\xa089,00" in page
    assert "Betaald" in page or "betaald" in page
    assert "(creditcard)" in page and "(SEPA-incasso)" in page and "mislukt" in page
    assert invoice.number in page
    assert "(verlenging)" in page


def test_the_account_page_costs_the_same_queries_with_one_order_and_with_many(
    client: Client, renewing: Renewal, reader: User, plan: Plan, journal: Journal
) -> None:
    def measure() -> CaptureQueriesContext:
        for alias in settings.CACHES:
            caches[alias].clear()
        generations.forget_memo()
        with CaptureQueriesContext(connection) as context:
            assert client.get(ACCOUNT).status_code == 200
        return context

    login(client, reader)
    one = measure()
    for number in range(6):
        other = factories.make_journal(journal.publisher)
        other_plan = Plan.objects.create(journal=other, name=f"Kwartaal {number}", period_months=3, price_cents=2500)
        order = Order.objects.create(
            user=reader,
            plan=other_plan,
            status=Order.Status.PAID,
            price_cents=2500,
            vat_rate=other_plan.vat_rate,
            net_cents=2294,
            vat_cents=206,
            starts_on=TODAY,
            ends_on=other_plan.period_end(TODAY),
            renews=True,
        )
        Payment.objects.create(order=order, mollie_id=f"tr_many{number}", status="paid", amount_cents=2500)
        Payment.objects.create(order=order, mollie_id=f"tr_many{number}b", status="failed", amount_cents=2500)
        Renewal.objects.create(user=reader, plan=other_plan, current_order=order, next_charge_on=TODAY)
    many = measure()
    # session, user, subscriptions+journals, institution links, journals followed (alerts),
    # orders+plans+journals+renewals, payments, invoices, publisher (header)
    expected = 9
    sql = "\n".join(query["sql"] for query in many.captured_queries)
    assert len(one) == len(many) == expected, f"{len(one)} and {len(many)} queries:\n{sql}"
    assert client.get(ACCOUNT).content.decode().count("Automatische verlenging stopzetten") == 7


# The daily pass as a command and a task ---------------------------------------------------------------


def test_the_command_runs_the_pass_and_says_what_it_did(
    renewing: Renewal, mollie: Standin, capsys: pytest.CaptureFixture[str]
) -> None:
    with on(CHARGE_DAY):
        call_command("sales_renew", "--today", CHARGE_DAY.isoformat())
    out = capsys.readouterr().out
    assert "Reminded roos@example.org" in out
    assert "Charged renewal order" in out and "2027-11-25–2028-11-24" in out
    assert f"Renewals on {CHARGE_DAY}: 1 reminded, 1 charged, 0 skipped." in out


def test_the_command_can_queue_the_pass_for_the_worker(db: None, capsys: pytest.CaptureFixture[str]) -> None:
    from django_tasks_db.models import DBTaskResult

    call_command("sales_renew", "--queue")
    assert "Queued renewal pass" in capsys.readouterr().out
    assert DBTaskResult.objects.filter(task_path="sales.tasks.renewals_run").count() == 1


def test_the_task_runs_the_same_pass(renewing: Renewal, mollie: Standin) -> None:
    with on(CHARGE_DAY):
        done = renewals_run.call()
    assert done["reminded"] == [renewing.pk]
    assert done["charged"] == list(Order.objects.filter(is_renewal=True).values_list("pk", flat=True))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_two_passes_at_once_charge_a_renewal_once(reader: User, plan: Plan, mollie: Standin) -> None:
    with on(TODAY):
        buy(reader, plan, mollie)
    renewal = Renewal.objects.get(user=reader)
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def charge() -> None:
        try:
            barrier.wait(timeout=10)
            renewals.renewal_charge(renewal=renewal, today=CHARGE_DAY)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    with on(CHARGE_DAY):
        threads = [threading.Thread(target=charge) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert not errors, errors
    assert Order.objects.filter(is_renewal=True).count() == 1
    assert [p.sequence_type for p in mollie.payments.values()] == ["first", "recurring"]
