"""Changes of state of orders and payments, as plain functions that take no request.

A subscription starts only in ``payment_sync``, when Mollie (asked by Leeszaal, never believed from
what was posted) says a payment is paid, in the same transaction that marks the order paid. The
order row is locked first, so webhooks delivered twice, out of order, at the same time or after
the reader came back grant exactly one subscription.
"""

from __future__ import annotations

import datetime
import logging
import re
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from access.actions import subscription_grant
from access.models import Subscription
from accounts.mail import mail_send
from sales import invoices, mollie
from sales.models import MollieCustomer, Order, Payment, Plan, vat_split

if TYPE_CHECKING:
    from accounts.models import User

log = logging.getLogger(__name__)

#: Mollie statuses after which a payment will never be paid.
UNPAID_FINAL = {Payment.Status.FAILED, Payment.Status.CANCELED, Payment.Status.EXPIRED}
#: Order statuses from which a payment may (still) be started or retried.
PAYABLE = {Order.Status.OPEN, Order.Status.FAILED, Order.Status.CANCELED, Order.Status.EXPIRED}


#: What a Mollie payment id looks like (``tr_`` and letters and digits).
PAYMENT_ID = re.compile(r"tr_[A-Za-z0-9]{1,36}")


class OrderError(Exception):
    """An order that cannot be made or paid now; ``str()`` is a message for the reader."""


def webhook_url() -> str:
    """Where Mollie posts updates: ``MOLLIE_WEBHOOK_URL``, or the webhook on ``SITE_URL``."""
    return settings.MOLLIE_WEBHOOK_URL or settings.SITE_URL + reverse("sales:webhook")


def order_redirect_url(order: Order) -> str:
    return settings.SITE_URL + reverse("sales:order", args=[order.pk])


def order_start_date(*, user: User, plan: Plan, today: datetime.date | None = None) -> datetime.date:
    """Today, or the day after the reader's running personal subscription to the plan's journal ends."""
    today = today or timezone.localdate()
    running = (
        Subscription.objects.filter(user=user, journal=plan.journal, starts_on__lte=today, ends_on__gte=today)
        .order_by("-ends_on")
        .values_list("ends_on", flat=True)
        .first()
    )
    return running + datetime.timedelta(days=1) if running else today


def order_create(
    *,
    user: User,
    plan: Plan,
    billing_name: str,
    billing_street: str,
    billing_postcode: str,
    billing_city: str,
    billing_country: str = "NL",
    billing_organisation: str = "",
    vat_number: str = "",
    consent: bool,
    return_path: str = "",
) -> Order:
    """An order of one period of ``plan`` at the plan's price now. A reduced plan waits for the staff."""
    if not consent:
        raise OrderError("consent")
    if not Plan.objects.on_sale().filter(pk=plan.pk).exists():
        raise OrderError("plan")
    starts_on = order_start_date(user=user, plan=plan)
    net, vat = vat_split(plan.price_cents, plan.vat_rate)
    return Order.objects.create(
        user=user,
        plan=plan,
        status=Order.Status.AWAITING_APPROVAL if plan.is_reduced else Order.Status.OPEN,
        price_cents=plan.price_cents,
        vat_rate=plan.vat_rate,
        net_cents=net,
        vat_cents=vat,
        starts_on=starts_on,
        ends_on=plan.period_end(starts_on),
        renews=plan.renews,
        billing_name=billing_name,
        billing_organisation=billing_organisation,
        billing_street=billing_street,
        billing_postcode=billing_postcode,
        billing_city=billing_city,
        billing_country=billing_country,
        vat_number=vat_number,
        consent_at=timezone.now(),
        return_path=return_path,
    )


def _customer_for(user: User) -> MollieCustomer:
    customer = MollieCustomer.objects.filter(user=user).first()
    if customer is None:
        customer_id = mollie.create_customer(name=user.get_full_name() or user.email, email=user.email)
        customer, _created = MollieCustomer.objects.get_or_create(user=user, defaults={"customer_id": customer_id})
    return customer


def payment_start(*, order: Order, redirect_url: str = "", webhook: str = "") -> Payment:
    """A Mollie payment of a first (not renewal) order: ``first`` when the plan renews, so Mollie makes a
    mandate, else ``oneoff``. Returns the payment; send the reader to its ``checkout_url``."""
    if not mollie.is_configured():
        raise OrderError("not_configured")
    with transaction.atomic():
        order = Order.objects.select_for_update(of=("self",)).select_related("plan__journal", "user").get(pk=order.pk)
        if order.status not in PAYABLE:
            raise OrderError(order.status)
        if order.is_renewal:
            raise OrderError("renewal")
        open_payment = order.payments.filter(status=Payment.Status.OPEN).exclude(checkout_url="").first()
        if order.status == Order.Status.OPEN and open_payment is not None:
            return open_payment  # the reader clicked twice, or came back from the checkout unpaid
        # A period that starts today at the latest (an approved reduced order may have waited days).
        starts_on = max(order.starts_on, order_start_date(user=order.user, plan=order.plan))
        if starts_on != order.starts_on:
            order.starts_on, order.ends_on = starts_on, order.plan.period_end(starts_on)
        order.status = Order.Status.OPEN
        order.save(update_fields=["status", "starts_on", "ends_on"])
    sequence = Payment.Sequence.FIRST if order.renews else Payment.Sequence.ONEOFF
    customer_id = _customer_for(order.user).customer_id if order.renews else ""
    remote = mollie.create_payment(
        order=order,
        sequence_type=sequence,
        customer_id=customer_id,
        redirect_url=redirect_url or order_redirect_url(order),
        webhook_url=webhook or webhook_url(),
    )
    # Two clicks at once may both ask Mollie; the idempotency key makes them share one payment.
    payment, _ = Payment.objects.get_or_create(
        mollie_id=remote.id,
        defaults={
            "order": order,
            "status": remote.status,
            "sequence_type": sequence,
            "method": remote.method,
            "amount_cents": remote.amount_cents,
            "checkout_url": remote.checkout_url,
        },
    )
    return payment


def _yesterday() -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=1)


def _end_access(order: Order, why: str) -> None:
    subscription = order.subscription
    if subscription is None:
        return
    end = _yesterday()
    if subscription.ends_on > end:
        subscription.ends_on = end
        subscription.starts_on = min(subscription.starts_on, end)
        subscription.note = f"{subscription.note} {why}".strip()[:300]
        subscription.save(update_fields=["starts_on", "ends_on", "note"])


def _grant(order: Order) -> None:
    """Access for the order's period: a new period of its own (a renewal's adjoins the one it extends,
    so no two overlap)."""
    starts_on, ends_on = order.starts_on, order.ends_on
    if order.is_renewal and order.renews_order is not None and order.renews_order.subscription is not None:
        starts_on = max(starts_on, order.renews_order.subscription.ends_on + datetime.timedelta(days=1))
        ends_on = max(ends_on, starts_on)
    order.subscription = subscription_grant(
        user=order.user,
        journal=order.plan.journal,
        starts_on=starts_on,
        ends_on=ends_on,
        source=Subscription.Source.PERSONAL,
        note=f"Bestelling {order.pk}",
    )


def payment_sync(*, mollie_id: str) -> Payment | None:
    """Fetch payment ``mollie_id`` from Mollie and act on its status. ``None`` when Mollie or Leeszaal
    does not know it (a forged webhook): nothing changes then. Idempotent in any order of calls."""
    if not PAYMENT_ID.fullmatch(mollie_id):
        return None  # not a payment id: nothing to ask Mollie
    try:
        remote = mollie.get_payment(mollie_id)
    except mollie.UNKNOWN:
        return None
    known = Payment.objects.filter(mollie_id=remote.id).values_list("order_id", flat=True).first()
    if known is None:
        return None
    mandate: tuple[str, str] | None = None
    if remote.status == Payment.Status.PAID and remote.sequence_type == "first" and remote.mandate_id:
        mandate = mollie.get_mandate(remote.customer_id, remote.mandate_id)
    effects: list[str] = []
    with transaction.atomic():
        order = (
            Order.objects.select_for_update(of=("self",))
            .select_related("plan__journal", "user", "subscription")
            .get(pk=known)
        )
        payment = Payment.objects.select_for_update().get(mollie_id=remote.id)
        if payment.status != Payment.Status.PAID or remote.status == Payment.Status.PAID:
            payment.status = remote.status  # a paid payment never goes back (a stale answer, say)
        payment.method = remote.method or payment.method
        payment.refunded_cents = max(payment.refunded_cents, remote.amount_refunded_cents)
        payment.charged_back_cents = max(payment.charged_back_cents, remote.amount_charged_back_cents)
        payment.save()
        newest = order.payments.order_by("-created_at", "-pk").values_list("pk", flat=True).first()
        if payment.status == Payment.Status.PAID and order.status in PAYABLE:
            if remote.amount_cents != order.price_cents:
                log.error(
                    "Payment %s of order %s pays %s cents, not %s.",
                    remote.id,
                    order.pk,
                    remote.amount_cents,
                    order.price_cents,
                )
            else:
                _grant(order)
                order.status, order.paid_at = Order.Status.PAID, timezone.now()
                order.save(update_fields=["status", "paid_at", "subscription"])
                effects.append("paid")
                if order.renews and (order.is_renewal or mandate is not None):
                    effects.append("renewal")  # a first order starts its renewal; a renewal order advances it
                if mandate is not None:
                    MollieCustomer.objects.filter(customer_id=remote.customer_id).update(
                        mandate_id=mandate[0], mandate_method=mandate[1]
                    )

        elif payment.status in UNPAID_FINAL and order.status == Order.Status.OPEN and newest == payment.pk:
            order.status = Order.Status(payment.status)
            order.save(update_fields=["status"])
            if order.is_renewal:
                effects.append("renewal_failed")
        if order.status == Order.Status.PAID and payment.status == Payment.Status.PAID:
            if payment.charged_back_cents > 0:
                order.status = Order.Status.CHARGED_BACK
            elif payment.refunded_cents >= payment.amount_cents:
                order.status = Order.Status.REFUNDED
            if order.status != Order.Status.PAID:
                order.save(update_fields=["status"])
                _end_access(order, f"Beëindigd: {order.get_status_display()}.")
                effects.append("credit")
        from sales import renewals  # renewals charges through this module: imported here, not in a circle

        if "paid" in effects:
            invoices.invoice_issue(order=order)
        if "renewal" in effects:
            renewals.renewal_start(order=order)
        if "renewal_failed" in effects:
            renewals.renewal_failed(order=order)
        if "credit" in effects:
            invoices.credit_note_issue(order=order)
    return payment


def order_approve(*, order: Order) -> bool:
    """Staff approve a reduced order: it becomes payable, and the reader gets an e-mail with the link."""
    return _order_decide(order, Order.Status.OPEN, "approved", pay_url=True)


def order_reject(*, order: Order) -> bool:
    """Staff turn down a reduced order; the reader is told by e-mail."""
    return _order_decide(order, Order.Status.REJECTED, "rejected", pay_url=False)


def _order_decide(order: Order, status: str, mail: str, *, pay_url: bool) -> bool:
    """An order awaiting approval takes ``status`` and the reader gets mail ``sales/mail/<mail>``; once."""
    with transaction.atomic():
        locked = Order.objects.select_for_update(of=("self",)).select_related("plan__journal", "user").get(pk=order.pk)
        if locked.status != Order.Status.AWAITING_APPROVAL:
            return False
        locked.status = status
        locked.save(update_fields=["status"])
        context: dict[str, object] = {"order": locked}
        if pay_url:
            context["pay_url"] = order_redirect_url(locked)
        message = EmailMessage(
            subject=render_to_string(f"sales/mail/{mail}_subject.txt", context).strip(),
            body=render_to_string(f"sales/mail/{mail}.txt", context),
            to=[locked.user.email],
        )
        transaction.on_commit(lambda: mail_send(message=message))
    return True
