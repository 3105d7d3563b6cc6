"""Buying a subscription: from the paywall through the order form and Mollie (the stand-in) to reading on.

Roos (``reader``) has an account and no subscription; Sem (``subscriber``) already reads
Ouderschapskennis. Mollie is ``tests.mollie_standin``: the test decides what the bank says, then
delivers Mollie's webhook, which carries only the payment's id.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from access.decision import Reader, Reason, decide
from access.models import Subscription
from accounts.models import User
from journals.models import Article, Journal
from sales.actions import order_create, payment_start, payment_sync
from sales.models import Invoice, MollieCustomer, Order, Payment, Plan, Renewal
from tests import factories
from tests.conftest import login
from tests.mollie_standin import Standin
from tests.mollie_standin import mollie as mollie

ADDRESS = {
    "billing_name": "Roos de Lezer",
    "billing_street": "Lindelaan 12",
    "billing_postcode": "3511 AB",
    "billing_city": "Utrecht",
    "billing_country": "NL",
    "consent": "on",
}


@pytest.fixture
def year_plan(journal: Journal) -> Plan:
    return Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900, renews=True)


@pytest.fixture
def quarter_plan(journal: Journal) -> Plan:
    return Plan.objects.create(journal=journal, name="Kwartaal", period_months=3, price_cents=2500, renews=False)


@pytest.fixture
def student_plan(journal: Journal) -> Plan:
    return Plan.objects.create(
        journal=journal, name="Student", period_months=12, price_cents=4500, is_reduced=True, renews=False
    )


@pytest.fixture
def hook(mollie: Standin, django_capture_on_commit_callbacks: Any) -> Callable[[str], int]:
    """Deliver Mollie's webhook for a payment id, running what waits for the commit (access, invoices)."""

    def deliver(payment_id: str) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            response = mollie.webhook(Client(), payment_id)
        return int(response.status_code)

    return deliver


def order_url(plan: Plan, article: Article | None = None) -> str:
    url = reverse("sales:order_new", args=[plan.pk])
    return f"{url}?next={article.get_absolute_url()}" if article else url


def form_data(plan: Plan, **overrides: Any) -> dict[str, Any]:
    return {"plan": plan.pk, "price_cents": plan.price_cents, **ADDRESS, **overrides}


def place_order(
    client: Client, plan: Plan, article: Article | None = None, follow: bool = False, **overrides: Any
) -> Any:
    return client.post(order_url(plan, article), form_data(plan, **overrides), follow=follow)


def can_read(user: User, article: Article) -> bool:
    return decide(article=article, reader=Reader(user=User.objects.get(pk=user.pk))).granted


# The paywall


def test_the_paywall_offers_the_journals_plans_with_prices_including_vat(
    client: Client, reader: User, article: Article, year_plan: Plan, quarter_plan: Plan, mollie: Standin
) -> None:
    for who in (None, reader):
        if who:
            login(client, who)
        page = client.get(article.get_absolute_url()).content.decode()
        assert "Jaarabonnement" in page and "Kwartaal" in page
        assert "€\xa089,00" in page and "inclusief €\xa07,35 btw" in page  # 89.00 / 1.09 = 81.65 net
        assert f'href="{order_url(year_plan)}?next={article.get_absolute_url()}' in page
        assert "Online betalen is nog niet ingesteld" not in page


def test_a_plan_of_another_journal_or_withdrawn_is_not_offered(
    client: Client, reader: User, article: Article, other_journal: Journal, year_plan: Plan, mollie: Standin
) -> None:
    Plan.objects.create(journal=other_journal, name="Waardenwerk-jaar", price_cents=5000)
    Plan.objects.create(journal=year_plan.journal, name="Oud tarief", price_cents=7000, is_active=False)
    page = login(client, reader).get(article.get_absolute_url()).content.decode()
    assert "Jaarabonnement" in page
    assert "Waardenwerk-jaar" not in page and "Oud tarief" not in page


def test_a_changed_plan_shows_on_the_cached_paywall(
    client: Client, article: Article, year_plan: Plan, mollie: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    assert "€\xa089,00" in client.get(article.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        year_plan.price_cents = 9500
        year_plan.save()
    assert "€\xa095,00" in client.get(article.get_absolute_url()).content.decode()


def test_without_an_api_key_the_plans_show_with_a_note_and_nothing_is_sold(
    client: Client, reader: User, article: Article, year_plan: Plan, settings: Any
) -> None:
    settings.MOLLIE_API_KEY = ""
    login(client, reader)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Jaarabonnement" in page
    assert "Online betalen is nog niet ingesteld; neem contact op met de uitgever." in page
    assert order_url(year_plan) not in page
    form = client.get(order_url(year_plan)).content.decode()
    assert "Online betalen is nog niet ingesteld" in form and '<form method="post" action="/abonneren/' not in form
    assert place_order(client, year_plan).status_code == 400
    assert not Order.objects.exists()


def test_an_anonymous_reader_logs_in_first_and_comes_back_to_the_order(
    client: Client, article: Article, year_plan: Plan, mollie: Standin
) -> None:
    response = client.get(order_url(year_plan, article))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert response["Location"].endswith(f"?next=/abonneren/{year_plan.pk}/%3Fnext%3D{article.get_absolute_url()}")


# The order form


def test_the_order_form_states_price_vat_start_terms_and_withdrawal_right(
    client: Client, reader: User, article: Article, year_plan: Plan, mollie: Standin, frozen_today: datetime.date
) -> None:
    response = login(client, reader).get(order_url(year_plan, article))
    page = response.content.decode()
    assert "€\xa089,00" in page and "inclusief €\xa07,35 btw (9%)" in page
    assert "25 november 2026" in page and "24 november 2027" in page
    assert "op elk moment opzeggen" in page
    assert "herroepingsrecht" in page
    assert 'name="consent"' in page
    # The form ends at Mollie's checkout: the page's CSP lets it go there.
    assert mollie.url in response["Content-Security-Policy"].split("form-action")[1].split(";")[0]


def test_a_subscriber_orders_the_period_after_the_running_one(
    client: Client, subscriber: User, year_plan: Plan, mollie: Standin
) -> None:
    running = Subscription.objects.get(user=subscriber)
    login(client, subscriber)
    assert place_order(client, year_plan).status_code == 302
    order = Order.objects.get()
    assert order.starts_on == running.ends_on + datetime.timedelta(days=1)
    assert order.ends_on == year_plan.period_end(order.starts_on)


def test_without_consent_to_start_at_once_there_is_no_order(
    client: Client, reader: User, year_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    response = place_order(client, year_plan, consent="")
    assert response.status_code == 400
    assert "Geef toestemming om meteen te beginnen" in response.content.decode()
    assert not Order.objects.exists() and not mollie.payments


@pytest.mark.parametrize(
    "tampered",
    [{"price_cents": 100}, {"price_cents": "gratis"}, {"plan": "other"}, {"plan": ""}],
    ids=["price", "price-not-a-number", "plan", "no-plan"],
)
def test_a_tampered_price_or_plan_is_refused(
    client: Client, reader: User, year_plan: Plan, quarter_plan: Plan, mollie: Standin, tampered: dict[str, Any]
) -> None:
    if tampered.get("plan") == "other":
        tampered = {"plan": quarter_plan.pk}
    login(client, reader)
    response = client.post(order_url(year_plan), {**form_data(year_plan), **tampered})
    assert response.status_code == 400
    assert "Controleer het formulier" in response.content.decode()
    assert not Order.objects.exists() and not mollie.payments


def test_a_price_posted_alongside_is_ignored_the_plan_sets_it(
    client: Client, reader: User, year_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    place_order(client, year_plan, price="1.00", amount="1.00")
    assert Order.objects.get().price_cents == 8900
    assert mollie.only_payment().amount_cents == 8900


def test_a_withdrawn_or_unknown_plan_cannot_be_ordered(
    client: Client, reader: User, year_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    year_plan.is_active = False
    year_plan.save()
    assert client.get(order_url(year_plan)).status_code == 404
    assert place_order(client, year_plan).status_code == 404
    assert client.get(reverse("sales:order_new", args=[99999])).status_code == 404


def test_a_vat_number_needs_the_organisation_and_a_real_shape(
    client: Client, reader: User, year_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    response = place_order(client, year_plan, vat_number="12345")
    assert response.status_code == 400
    assert "Dit is geen btw-nummer" in response.content.decode()
    response = place_order(client, year_plan, vat_number="NL123456789B01")
    assert "Vul de organisatie in" in response.content.decode()
    response = place_order(client, year_plan, vat_number="nl 1234.56789.B01", billing_organisation="Praktijk Linde")
    assert response.status_code == 302
    assert Order.objects.get().vat_number == "NL123456789B01"


@pytest.mark.parametrize("next_path", ["//evil.example/", "https://evil.example/", "javascript:alert(1)"])
def test_only_a_path_on_this_site_is_kept_to_return_to(
    client: Client, reader: User, year_plan: Plan, mollie: Standin, next_path: str
) -> None:
    login(client, reader)
    client.post(f"{reverse('sales:order_new', args=[year_plan.pk])}?next={next_path}", form_data(year_plan))
    assert Order.objects.get().return_path == ""


def test_the_plans_page_of_a_journal(client: Client, journal: Journal, year_plan: Plan, mollie: Standin) -> None:
    page = client.get(reverse("sales:plans", args=[journal.slug])).content.decode()
    assert "Jaarabonnement" in page and order_url(year_plan) in page
    assert client.get(reverse("sales:plans", args=["bestaat-niet"])).status_code == 404


def test_when_mollie_does_not_answer_the_reader_is_told_and_nothing_is_paid(
    client: Client, reader: User, year_plan: Plan, mollie: Standin, settings: Any
) -> None:
    settings.MOLLIE_API_ENDPOINT = "http://127.0.0.1:9"  # nobody listens there
    login(client, reader)
    response = place_order(client, year_plan, follow=True)
    assert "De betaling kon niet worden gestart" in response.content.decode()
    assert Order.objects.get().status == Order.Status.OPEN and not Payment.objects.exists()


# Paying


def test_order_pay_webhook_and_read_on(
    client: Client, reader: User, article: Article, year_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    assert not can_read(reader, article)
    response = place_order(client, year_plan, article)
    order = Order.objects.get()
    payment = mollie.only_payment()
    assert response.status_code == 302 and response["Location"] == f"{mollie.url}/checkout/{payment.id}"
    assert (order.status, order.user, order.price_cents, order.return_path) == (
        Order.Status.OPEN,
        reader,
        8900,
        article.get_absolute_url(),
    )
    assert (order.net_cents, order.vat_cents) == (8165, 735)
    assert order.consent_at is not None
    assert payment.amount_cents == 8900 and payment.sequence_type == "first"  # the plan renews: a mandate
    assert payment.redirect_url == "http://testserver" + reverse("sales:order", args=[order.pk])
    assert payment.webhook_url == settings.SITE_URL + reverse("sales:webhook")  # MOLLIE_WEBHOOK_URL is not set

    mollie.settle(payment.id, "paid")
    assert hook(payment.id) == 200
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.paid_at is not None
    assert order.subscription is not None and order.subscription.source == Subscription.Source.PERSONAL
    assert (order.subscription.starts_on, order.subscription.ends_on) == (order.starts_on, order.ends_on)
    assert can_read(reader, article)
    assert decide(article=article, reader=Reader(user=reader)).reason is Reason.SUBSCRIPTION
    assert Invoice.objects.filter(order=order, kind=Invoice.Kind.INVOICE).count() == 1
    # Mollie made a mandate: the renewal runs from here.
    customer = MollieCustomer.objects.get(user=reader)
    assert customer.mandate_id and customer.mandate_method == "directdebit"
    assert Renewal.objects.get(user=reader).current_order == order

    page = client.get(reverse("sales:order", args=[order.pk])).content.decode()
    assert "Uw betaling is ontvangen" in page
    assert f'href="{article.get_absolute_url()}"' in page
    assert "Volledige tekst" in client.get(article.get_absolute_url()).content.decode()


def test_a_plan_that_does_not_renew_is_paid_once_without_a_mandate(
    client: Client, reader: User, quarter_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    place_order(client, quarter_plan)
    payment = mollie.only_payment()
    assert payment.sequence_type == "oneoff" and not payment.customer_id
    mollie.settle(payment.id, "paid", method="bancontact")
    hook(payment.id)
    assert Order.objects.get().status == Order.Status.PAID
    assert Payment.objects.get().method == "bancontact"
    assert not Renewal.objects.exists()


def test_back_before_the_webhook_the_order_page_asks_mollie(
    client: Client,
    reader: User,
    article: Article,
    year_plan: Plan,
    mollie: Standin,
    hook: Callable[[str], int],
    django_capture_on_commit_callbacks: Any,
) -> None:
    login(client, reader)
    place_order(client, year_plan, article)
    order = Order.objects.get()
    payment = mollie.only_payment()
    page = client.get(reverse("sales:order", args=[order.pk])).content.decode()
    assert "We wachten op de bevestiging" in page and 'http-equiv="refresh"' in page

    mollie.settle(payment.id, "paid")
    with django_capture_on_commit_callbacks(execute=True):
        page = client.get(reverse("sales:order", args=[order.pk])).content.decode()
    assert "Uw betaling is ontvangen" in page and 'http-equiv="refresh"' not in page
    assert can_read(reader, article)
    # The webhook arrives after all, twice: still one subscription, one invoice.
    assert hook(payment.id) == 200 and hook(payment.id) == 200
    assert Subscription.objects.filter(user=reader).count() == 1
    assert Invoice.objects.filter(kind=Invoice.Kind.INVOICE).count() == 1


def test_the_same_webhook_twice_grants_one_subscription(
    client: Client, reader: User, year_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    place_order(client, year_plan)
    payment = mollie.only_payment()
    mollie.settle(payment.id, "paid")
    hook(payment.id)
    hook(payment.id)
    assert Subscription.objects.filter(user=reader).count() == 1
    assert Renewal.objects.filter(user=reader).count() == 1


@pytest.mark.parametrize("outcome", ["failed", "canceled", "expired"])
def test_a_payment_that_fails_gives_no_access_and_can_be_tried_again(
    client: Client,
    reader: User,
    article: Article,
    quarter_plan: Plan,
    mollie: Standin,
    hook: Callable[[str], int],
    outcome: str,
) -> None:
    login(client, reader)
    place_order(client, quarter_plan, article)
    order = Order.objects.get()
    first = mollie.only_payment()
    mollie.settle(first.id, outcome)
    hook(first.id)
    order.refresh_from_db()
    assert order.status == outcome and order.subscription is None
    assert not can_read(reader, article)
    assert not Subscription.objects.filter(user=reader).exists()
    page = client.get(reverse("sales:order", args=[order.pk])).content.decode()
    assert "Opnieuw betalen" in page

    response = client.post(reverse("sales:order_pay", args=[order.pk]))
    second = mollie.latest_payment()
    assert second.id != first.id and response["Location"] == f"{mollie.url}/checkout/{second.id}"
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    mollie.settle(second.id, "paid")
    hook(second.id)
    # The first payment's news arriving late changes nothing.
    hook(first.id)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert can_read(reader, article)


def test_a_stale_open_after_paid_changes_nothing(
    client: Client, reader: User, article: Article, quarter_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    place_order(client, quarter_plan)
    payment = mollie.only_payment()
    mollie.settle(payment.id, "paid")
    hook(payment.id)
    payment.status = "open"  # an answer that lags behind
    hook(payment.id)
    assert Payment.objects.get().status == Payment.Status.PAID
    assert Order.objects.get().status == Order.Status.PAID
    assert Subscription.objects.filter(user=reader).count() == 1
    assert can_read(reader, article)


def test_paying_twice_reuses_the_open_payment(client: Client, reader: User, year_plan: Plan, mollie: Standin) -> None:
    login(client, reader)
    place_order(client, year_plan)
    order = Order.objects.get()
    response = client.post(reverse("sales:order_pay", args=[order.pk]))
    assert response["Location"] == f"{mollie.url}/checkout/{mollie.only_payment().id}"
    assert Payment.objects.count() == 1


@pytest.mark.parametrize("undo", ["refund", "charge_back"])
def test_a_refund_or_chargeback_ends_the_access_it_granted(
    client: Client,
    reader: User,
    article: Article,
    year_plan: Plan,
    mollie: Standin,
    hook: Callable[[str], int],
    undo: str,
) -> None:
    login(client, reader)
    place_order(client, year_plan)
    payment = mollie.only_payment()
    mollie.settle(payment.id, "paid")
    hook(payment.id)
    assert can_read(reader, article)

    getattr(mollie, undo)(payment.id)
    hook(payment.id)
    hook(payment.id)
    order = Order.objects.get()
    assert order.status == (Order.Status.REFUNDED if undo == "refund" else Order.Status.CHARGED_BACK)
    assert order.subscription is not None
    assert order.subscription.ends_on < timezone.localdate()
    assert not can_read(reader, article)
    assert Invoice.objects.filter(order=order, kind=Invoice.Kind.CREDIT_NOTE).count() == 1
    assert "terugbetaald" in client.get(reverse("sales:order", args=[order.pk])).content.decode()


def test_a_partial_refund_keeps_the_access(
    client: Client, reader: User, article: Article, year_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    place_order(client, year_plan)
    payment = mollie.only_payment()
    mollie.settle(payment.id, "paid")
    hook(payment.id)
    mollie.refund(payment.id, cents=1000)
    hook(payment.id)
    assert Order.objects.get().status == Order.Status.PAID
    assert Payment.objects.get().refunded_cents == 1000
    assert can_read(reader, article)


# Forged and foreign


@pytest.mark.parametrize("forged", ["tr_unknown", "cst_1", "", "x" * 300, "../payments", "tr_../../customers"])
def test_a_webhook_for_an_unknown_id_answers_200_and_changes_nothing(
    reader: User, quarter_plan: Plan, mollie: Standin, hook: Callable[[str], int], forged: str
) -> None:
    order = order_create(user=reader, plan=quarter_plan, consent=True, **_address())
    payment_start(order=order, redirect_url="http://testserver/x/", webhook="http://testserver/h/")
    assert hook(forged) == 200
    assert Order.objects.get().status == Order.Status.OPEN
    assert Payment.objects.get().status == Payment.Status.OPEN


def test_a_payment_mollie_knows_but_leeszaal_did_not_make_changes_nothing(
    reader: User, mollie: Standin, hook: Callable[[str], int]
) -> None:
    _status, data = mollie.create_payment(
        {"amount": {"currency": "EUR", "value": "1.00"}, "description": "elders", "redirectUrl": "http://x/"}
    )
    mollie.settle(data["id"], "paid")
    assert hook(data["id"]) == 200
    assert not Payment.objects.exists() and not Subscription.objects.exists()


def test_a_webhook_never_trusts_what_is_posted(
    client: Client, reader: User, quarter_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    place_order(client, quarter_plan)
    payment = mollie.only_payment()
    # Still open at Mollie, whatever the post claims.
    response = Client().post(reverse("sales:webhook"), {"id": payment.id, "status": "paid", "amount": "89.00"})
    assert response.status_code == 200
    assert Order.objects.get().status == Order.Status.OPEN
    assert not Subscription.objects.exists()


def test_someone_elses_payment_id_gives_the_poster_nothing(
    client: Client, reader: User, subscriber: User, quarter_plan: Plan, mollie: Standin, hook: Callable[[str], int]
) -> None:
    login(client, reader)
    place_order(client, quarter_plan)
    roos_payment = mollie.only_payment()
    mollie.settle(roos_payment.id, "paid")
    sem = login(Client(), subscriber)
    assert sem.post(reverse("sales:webhook"), {"id": roos_payment.id}).status_code == 200
    # Mollie's answer was recorded for Roos's order only; Sem got nothing.
    assert Order.objects.get().user == reader
    assert Subscription.objects.filter(user=subscriber).count() == 1


def test_another_readers_order_page_is_not_found(
    client: Client, reader: User, subscriber: User, quarter_plan: Plan, mollie: Standin
) -> None:
    login(client, reader)
    place_order(client, quarter_plan)
    order = Order.objects.get()
    sem = login(Client(), subscriber)
    assert sem.get(reverse("sales:order", args=[order.pk])).status_code == 404
    assert sem.post(reverse("sales:order_pay", args=[order.pk])).status_code == 404
    assert sem.get(reverse("sales:order", args=[order.pk + 1000])).status_code == 404
    assert Client().get(reverse("sales:order", args=[order.pk])).status_code == 302  # to the login


def test_the_webhook_takes_only_post(client: Client) -> None:
    assert client.get(reverse("sales:webhook")).status_code == 405


def test_the_webhook_without_an_api_key_answers_200(client: Client, settings: Any) -> None:
    settings.MOLLIE_API_KEY = ""
    assert client.post(reverse("sales:webhook"), {"id": "tr_1"}).status_code == 200


# Reduced plans: the publisher approves first


def test_a_reduced_plan_waits_for_approval_then_the_reader_pays_by_the_mailed_link(
    client: Client,
    reader: User,
    editor: User,
    article: Article,
    student_plan: Plan,
    mollie: Standin,
    hook: Callable[[str], int],
    django_capture_on_commit_callbacks: Any,
) -> None:
    login(client, reader)
    response = place_order(client, student_plan, article)
    order = Order.objects.get()
    assert order.status == Order.Status.AWAITING_APPROVAL
    assert response["Location"] == reverse("sales:order", args=[order.pk])
    assert not mollie.payments
    assert "De uitgever bekijkt uw bestelling" in client.get(response["Location"]).content.decode()
    assert client.post(reverse("sales:order_pay", args=[order.pk])).status_code == 302
    assert not mollie.payments  # not before the approval

    staff = login(Client(), User.objects.get(pk=editor.pk))
    changelist = reverse("admin:sales_order_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(changelist, {"action": "approve", "_selected_action": [order.pk]})
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == Order.Status.OPEN
    (message,) = mail.outbox
    assert message.to == [reader.email] and "goedgekeurd" in message.subject
    pay_link = "http://127.0.0.1:8000" + reverse("sales:order", args=[order.pk])
    assert pay_link in message.body

    page = client.get(reverse("sales:order", args=[order.pk])).content.decode()
    assert ">Betalen<" in page
    client.post(reverse("sales:order_pay", args=[order.pk]))
    payment = mollie.only_payment()
    mollie.settle(payment.id, "paid")
    hook(payment.id)
    assert can_read(reader, article)


def test_a_rejected_reduced_order_is_never_paid(
    client: Client,
    reader: User,
    editor: User,
    student_plan: Plan,
    mollie: Standin,
    django_capture_on_commit_callbacks: Any,
) -> None:
    login(client, reader)
    place_order(client, student_plan)
    order = Order.objects.get()
    staff = login(Client(), User.objects.get(pk=editor.pk))
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(reverse("admin:sales_order_changelist"), {"action": "reject", "_selected_action": [order.pk]})
    order.refresh_from_db()
    assert order.status == Order.Status.REJECTED
    assert "niet goedgekeurd" in mail.outbox[0].body
    client.post(reverse("sales:order_pay", args=[order.pk]))
    assert not mollie.payments


def test_staff_manage_plans_in_the_back_office(client: Client, editor: User, year_plan: Plan) -> None:
    staff = login(client, User.objects.get(pk=editor.pk))
    assert staff.get(reverse("admin:sales_plan_changelist")).status_code == 200
    assert staff.get(reverse("admin:sales_plan_change", args=[year_plan.pk])).status_code == 200
    assert staff.get(reverse("admin:sales_order_changelist")).status_code == 200


# Two webhooks at once


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_concurrent_webhooks_for_one_payment_grant_one_subscription(
    reader: User, quarter_plan: Plan, mollie: Standin
) -> None:
    order = order_create(user=reader, plan=quarter_plan, consent=True, **_address())
    payment = payment_start(order=order, redirect_url="http://testserver/x/", webhook="http://testserver/h/")
    mollie.settle(payment.mollie_id, "paid")
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def sync() -> None:
        try:
            barrier.wait(timeout=10)
            payment_sync(mollie_id=payment.mollie_id)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=sync) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert Subscription.objects.filter(user=reader).count() == 1
    assert Order.objects.get().status == Order.Status.PAID
    assert Invoice.objects.filter(kind=Invoice.Kind.INVOICE).count() == 1


def _address() -> dict[str, str]:
    return {k: v for k, v in ADDRESS.items() if k != "consent"}


def test_demo_plans_are_idempotent(db: None) -> None:
    from journals.demo.load import DEMO_SALES_PLANS

    assert [cents for _n, _e, _m, cents, _r in DEMO_SALES_PLANS] == [8900, 2500, 4500]
    assert factories  # the module is used by the personas
