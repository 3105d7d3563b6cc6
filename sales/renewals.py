"""Automatic renewal of personal subscriptions with a Mollie mandate: remind, charge, retry, stop, cancel.

The life of a ``Renewal``:

- ``renewal_start``: the first payment of a renewing plan is paid and Mollie holds a mandate for the
  reader (``sales.actions.payment_sync`` calls it). It also advances a running renewal when a renewal
  order is paid, so that the next period is charged from the new end.
- ``renewals_remind``: ``RENEWAL_REMIND_DAYS_BEFORE`` days before the end of the paid period the reader
  is told what will be charged and how to stop it; once per period (``reminded_for`` is that period's end).
- ``renewal_charge``: ``RENEWAL_DAYS_BEFORE`` days before the end, a renewal ``Order`` for the next period
  (from the day after the current end, at the plan's price of today) and a ``recurring`` Mollie payment on
  the mandate. Mollie's answer arrives by webhook; ``payment_sync`` then grants the next period and calls
  ``renewal_start`` (paid) or ``renewal_failed`` (failed, canceled, expired).
- ``renewal_failed``: counts the failed attempt, tries again ``RENEWAL_RETRY_DAYS`` later, and after
  ``RENEWAL_MAX_ATTEMPTS`` failed attempts stops the renewal and tells the reader.
- ``renewal_cancel``: the reader stops the renewal; the period already paid runs to its end.

A renewal that ended (canceled or stopped) has ``canceled_at`` set, so that the reader can start a new one
for the same plan later (one running renewal per reader and plan); ``stopped_reason`` says why Leeszaal
stopped it. Every function takes plain arguments and can run from a task, a command or a test.
"""

from __future__ import annotations

import dataclasses
import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from accounts.mail import mail_send
from accounts.models import User
from sales import actions, mollie
from sales.models import MollieCustomer, Order, Payment, Renewal, vat_split

log = logging.getLogger(__name__)

#: Statuses of a renewal order that count as a failed attempt to charge it.
FAILED_STATUSES = (Order.Status.FAILED, Order.Status.CANCELED, Order.Status.EXPIRED)


def charge_days_before() -> datetime.timedelta:
    return datetime.timedelta(days=settings.RENEWAL_DAYS_BEFORE)


def remind_days_before() -> datetime.timedelta:
    return datetime.timedelta(days=settings.RENEWAL_REMIND_DAYS_BEFORE)


def retry_after() -> datetime.timedelta:
    return datetime.timedelta(days=settings.RENEWAL_RETRY_DAYS)


def max_attempts() -> int:
    return max(settings.RENEWAL_MAX_ATTEMPTS, 1)


def euro(cents: int) -> str:
    """An amount as Dutch readers write it: € 49,50."""
    return f"€ {cents // 100},{cents % 100:02d}"


# Queries ------------------------------------------------------------------------------------------------


def _open_charge() -> Exists:
    """A renewal order of the renewal's current order that still waits for Mollie's answer."""
    return Exists(
        Order.objects.filter(renews_order=OuterRef("current_order"), is_renewal=True, status=Order.Status.OPEN)
    )


def renewals_running() -> QuerySet[Renewal]:
    return Renewal.objects.filter(canceled_at__isnull=True, stopped_reason="")


def renewals_due(today: datetime.date) -> QuerySet[Renewal]:
    """Running renewals whose charge day has come and that have no charge waiting for Mollie's answer."""
    return (
        renewals_running()
        .filter(next_charge_on__lte=today)
        .exclude(_open_charge())
        .select_related("user", "plan__journal", "current_order")
        .order_by("next_charge_on", "pk")
    )


def renewals_to_remind(today: datetime.date) -> QuerySet[Renewal]:
    """Running renewals whose period ends within the reminder window and whose reader has not been told yet."""
    return (
        renewals_running()
        .filter(
            current_order__ends_on__lte=today + remind_days_before(),
            current_order__ends_on__gte=today,
        )
        .select_related("user", "plan__journal", "current_order")
        .order_by("pk")
    )


# Actions ------------------------------------------------------------------------------------------------


def _mandate_of(user_id: int) -> MollieCustomer | None:
    customer = MollieCustomer.objects.filter(user_id=user_id).first()
    return customer if customer is not None and customer.mandate_id else None


def renewal_start(*, order: Order) -> Renewal | None:
    """The renewal that continues after the paid ``order``: created for a first order, advanced for a renewal order.

    Idempotent: calling it again for the same order changes nothing. Answers None when the order does not
    renew, the reader has no mandate, or (for a renewal order) its renewal was canceled or stopped meanwhile.
    """
    if not order.renews or _mandate_of(order.user_id) is None:
        return None
    next_charge_on = order.ends_on - charge_days_before()
    with transaction.atomic():
        if order.is_renewal:
            renewal = (
                Renewal.objects.select_for_update()
                .filter(canceled_at__isnull=True, stopped_reason="", user_id=order.user_id)
                .filter(current_order_id__in=[order.pk, order.renews_order_id])
                .first()
            )
            if renewal is None:
                return None
        else:
            renewal = (
                Renewal.objects.select_for_update()
                .filter(canceled_at__isnull=True, user_id=order.user_id, plan_id=order.plan_id)
                .select_related("current_order")
                .first()
            )
            if renewal is None:
                return Renewal.objects.create(
                    user_id=order.user_id, plan_id=order.plan_id, current_order=order, next_charge_on=next_charge_on
                )
            if renewal.current_order.ends_on >= order.ends_on:
                return renewal  # this order, or one that runs longer, is already the current one
        if renewal.current_order_id != order.pk:
            renewal.current_order = order
            renewal.next_charge_on = next_charge_on
            renewal.failures = 0
            renewal.save(update_fields=["current_order", "next_charge_on", "failures"])
    return renewal


def renewal_cancel(*, renewal: Renewal, user: User) -> Renewal:
    """The reader stops the automatic renewal: nothing more is charged; the paid period runs to its end."""
    with transaction.atomic():
        locked = Renewal.objects.select_for_update().get(pk=renewal.pk, user=user)
        if locked.canceled_at is None:
            locked.canceled_at = timezone.now()
            locked.save(update_fields=["canceled_at"])
    return locked


def _stop(renewal: Renewal, reason: str) -> None:
    """Leeszaal stops ``renewal`` (locked by the caller) and tells the reader, after commit."""
    renewal.stopped_reason = reason[:200]
    renewal.canceled_at = timezone.now()
    renewal.save(update_fields=["stopped_reason", "canceled_at"])
    log.info("Renewal %s stopped: %s", renewal.pk, reason)
    _mail_after_commit(renewal.pk, "stopped")


def _stop_reason(renewal: Renewal, customer: MollieCustomer | None) -> str:
    """Why ``renewal`` cannot be charged any more, or an empty string."""
    if renewal.current_order.status != Order.Status.PAID:
        return _("De lopende bestelling is niet meer betaald (terugbetaald of teruggeboekt).")
    if not renewal.plan.is_active or not renewal.plan.renews or not renewal.plan.journal.is_active:
        return _("Deze abonnementsvorm wordt niet meer automatisch verlengd.")
    if customer is None:
        return _("Er is geen geldige machtiging meer voor automatische betaling.")
    return ""


def _stop_if_unchargeable(renewal: Renewal) -> bool:
    """Stop ``renewal`` if it can no longer be charged (checked again under a lock); whether it stopped."""
    with transaction.atomic():
        locked = (
            Renewal.objects.select_for_update()
            .filter(pk=renewal.pk, canceled_at__isnull=True, stopped_reason="")
            .first()
        )
        if locked is None:
            return True
        locked = Renewal.objects.select_related("plan__journal", "current_order").get(pk=locked.pk)
        reason = _stop_reason(locked, _mandate_of(locked.user_id))
        if reason:
            _stop(locked, reason)
        return bool(reason)


def _renewal_order(renewal: Renewal) -> Order:
    current, plan = renewal.current_order, renewal.plan
    net, vat = vat_split(plan.price_cents, plan.vat_rate)
    starts_on = current.ends_on + datetime.timedelta(days=1)
    return Order.objects.create(
        user_id=renewal.user_id,
        plan=plan,
        status=Order.Status.OPEN,
        is_renewal=True,
        renews_order=current,
        price_cents=plan.price_cents,
        vat_rate=plan.vat_rate,
        net_cents=net,
        vat_cents=vat,
        starts_on=starts_on,
        ends_on=plan.period_end(starts_on),
        renews=True,
        billing_name=current.billing_name,
        billing_organisation=current.billing_organisation,
        billing_street=current.billing_street,
        billing_postcode=current.billing_postcode,
        billing_city=current.billing_city,
        billing_country=current.billing_country,
        vat_number=current.vat_number,
        consent_at=current.consent_at,
    )


def _site_url(name: str) -> str:
    return settings.SITE_URL + reverse(name)


def renewal_charge(*, renewal: Renewal, today: datetime.date) -> Order | None:
    """Charge the next period of ``renewal`` on its mandate, if it is due; the renewal order, or None.

    The renewal row is locked while the order is made, and a renewal with a charge still waiting for Mollie
    is not charged again, so two runs at once charge once. The payment's result arrives by webhook.
    """
    with transaction.atomic():
        # Lock first, then look: a condition on other tables in the locking query itself would be judged on
        # what the query saw before it waited for the lock (PostgreSQL), not on what the other pass made.
        Renewal.objects.select_for_update().filter(pk=renewal.pk).first()
        locked = (
            Renewal.objects.filter(pk=renewal.pk)
            .filter(canceled_at__isnull=True, stopped_reason="", next_charge_on__lte=today)
            .exclude(_open_charge())
            .select_related("plan__journal", "current_order")
            .first()
        )
        if locked is None:
            return None
        customer = _mandate_of(locked.user_id)
        reason = _stop_reason(locked, customer)
        if reason:
            _stop(locked, reason)
            return None
        assert customer is not None
        order = _renewal_order(locked)
    return renewal_charge_send(order=order, today=today)


def _refused(error: Exception) -> bool:
    """Whether Mollie answered no (a 4xx: a revoked mandate, say), rather than not answering at all."""
    status = getattr(error, "status", None)
    return isinstance(status, int) and 400 <= status < 500


def renewal_charge_send(*, order: Order, today: datetime.date) -> Order:
    """Ask Mollie for the recurring payment of the renewal ``order`` (still open, without a payment).

    When Mollie refuses, the attempt failed (``renewal_failed``). When Mollie does not answer, the order
    stays open without a payment and the next pass sends it again (``renewal_orders_unsent``): Mollie's
    idempotency key (one per order) makes the second request return the first payment, not a second one.
    """
    with transaction.atomic():
        # The order stays locked while Mollie is asked, so two passes never both send it.
        Order.objects.select_for_update().filter(pk=order.pk).first()
        if not Order.objects.filter(pk=order.pk, status=Order.Status.OPEN, payments__isnull=True).exists():
            return order  # sent (or settled) by another pass meanwhile
        customer = _mandate_of(order.user_id)
        try:
            if customer is None:
                raise mollie.MollieError("The reader has no mandate.")
            result = mollie.create_payment(
                order=order,
                sequence_type=Payment.Sequence.RECURRING,
                customer_id=customer.customer_id,
                mandate_id=customer.mandate_id,
                redirect_url="",  # nobody is sent anywhere: the mandate pays
                webhook_url=actions.webhook_url(),
            )
        except (mollie.MollieError, OSError) as error:
            if customer is not None and not _refused(error):
                log.warning(
                    "Mollie did not answer the renewal charge of order %s (%s); sent again later.", order.pk, error
                )
                return order
            log.warning("Mollie refused the renewal charge of order %s: %s", order.pk, error)
            Order.objects.filter(pk=order.pk).update(status=Order.Status.FAILED)
            order.status = Order.Status.FAILED
            renewal_failed(order=order, today=today)
            return order
        Payment.objects.create(
            order=order,
            mollie_id=result.id,
            status=result.status or Payment.Status.OPEN,
            sequence_type=Payment.Sequence.RECURRING,
            method=result.method or "",
            amount_cents=order.price_cents,
        )
    log.info("Renewal order %s charged: payment %s", order.pk, result.id)
    return order


def renewal_orders_unsent() -> QuerySet[Order]:
    """Renewal orders still open for which Mollie never answered with a payment."""
    return Order.objects.filter(is_renewal=True, status=Order.Status.OPEN, payments__isnull=True).order_by("pk")


def renewal_resend(*, order: Order, today: datetime.date) -> Order:
    """Send the charge of an unsent renewal order again, unless its renewal was canceled or stopped meanwhile."""
    running = renewals_running().filter(current_order_id=order.renews_order_id, user_id=order.user_id).exists()
    if not running:
        Order.objects.filter(pk=order.pk, status=Order.Status.OPEN).update(status=Order.Status.CANCELED)
        order.status = Order.Status.CANCELED
        return order
    return renewal_charge_send(order=order, today=today)


def renewal_failed(*, order: Order, today: datetime.date | None = None) -> Renewal | None:
    """A charge of the renewal ``order`` failed: try again later, or stop after the last attempt.

    Called by ``payment_sync`` when a recurring payment fails, is canceled or expires. Idempotent: the
    failures are counted as the distinct renewal orders of the period that failed, so the same failure
    reported twice counts once (and mails once).
    """
    if not order.is_renewal or order.renews_order_id is None:
        return None
    today = today or timezone.localdate()
    with transaction.atomic():
        renewal = (
            Renewal.objects.select_for_update()
            .filter(current_order_id=order.renews_order_id, user_id=order.user_id)
            .filter(canceled_at__isnull=True, stopped_reason="")
            .first()
        )
        if renewal is None:
            return None
        failed = set(
            Order.objects.filter(
                renews_order_id=order.renews_order_id, is_renewal=True, status__in=FAILED_STATUSES
            ).values_list("pk", flat=True)
        )
        failed.add(order.pk)
        if len(failed) <= renewal.failures:
            return renewal  # this failure was counted already
        renewal.failures = len(failed)
        if renewal.failures >= max_attempts():
            renewal.save(update_fields=["failures"])
            _stop(
                renewal,
                _("De automatische betaling is %(count)s keer mislukt.") % {"count": renewal.failures},
            )
        else:
            renewal.next_charge_on = today + retry_after()
            renewal.save(update_fields=["failures", "next_charge_on"])
            _mail_after_commit(renewal.pk, "failed")
    return renewal


def renewals_remind(today: datetime.date) -> list[Renewal]:
    """Tell each reader whose renewal is near what will be charged, once per period."""
    reminded = []
    for renewal in renewals_to_remind(today):
        period_end = renewal.current_order.ends_on
        if renewal.reminded_for == period_end:
            continue
        if _stop_reason(renewal, _mandate_of(renewal.user_id)) and _stop_if_unchargeable(renewal):
            continue  # the reader is told it stopped, rather than reminded of a charge that will not come
        with transaction.atomic():
            # Claim the reminder first, so that two runs at once send it once.
            claimed = Renewal.objects.filter(pk=renewal.pk).exclude(reminded_for=period_end)
            if claimed.update(reminded_for=period_end) != 1:
                continue
            _mail_after_commit(renewal.pk, "reminder")
        reminded.append(renewal)
    return reminded


@dataclasses.dataclass
class RunResult:
    reminded: list[Renewal] = dataclasses.field(default_factory=list)
    charged: list[Order] = dataclasses.field(default_factory=list)
    skipped: list[Renewal] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, list[int]]:
        return {
            "reminded": [renewal.pk for renewal in self.reminded],
            "charged": [order.pk for order in self.charged],
            "skipped": [renewal.pk for renewal in self.skipped],
        }


def renewals_run_for(today: datetime.date) -> RunResult:
    """The daily pass: send the reminders that are due, send again the charges Mollie did not answer, then
    charge the renewals that are due."""
    result = RunResult(reminded=renewals_remind(today))
    for unsent in renewal_orders_unsent():
        result.charged.append(renewal_resend(order=unsent, today=today))
    for renewal in renewals_due(today):
        charged = renewal_charge(renewal=renewal, today=today)
        if charged is None:
            result.skipped.append(renewal)
        else:
            result.charged.append(charged)
    return result


# Mail ---------------------------------------------------------------------------------------------------

SUBJECTS = {
    "reminder": gettext_noop("Uw abonnement op %(journal)s wordt binnenkort verlengd"),
    "failed": gettext_noop("De verlenging van uw abonnement op %(journal)s is niet gelukt"),
    "stopped": gettext_noop("Uw abonnement op %(journal)s wordt niet automatisch verlengd"),
}


def _mail_after_commit(renewal_id: int, kind: str) -> None:
    transaction.on_commit(lambda: renewal_mail(renewal_id=renewal_id, kind=kind))


def renewal_mail(*, renewal_id: int, kind: str) -> None:
    """Send the reader the mail ``kind`` (reminder, failed, stopped) about the renewal, as it is now."""
    renewal = Renewal.objects.select_related("user", "plan__journal", "current_order").get(pk=renewal_id)
    plan, current = renewal.plan, renewal.current_order
    next_start = current.ends_on + datetime.timedelta(days=1)
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "renewal": renewal,
            "user": renewal.user,
            "journal": plan.journal,
            "plan": plan,
            "ends_on": current.ends_on,
            "next_start": next_start,
            "next_end": plan.period_end(next_start),
            "price": euro(plan.price_cents),
            "attempts_left": max(max_attempts() - renewal.failures, 0),
            "account_url": _site_url("account_overview"),
        }
        subject = _(SUBJECTS[kind]) % {"journal": plan.journal.display_name}
        body = render_to_string(f"sales/mail/renewal_{kind}.txt", context)
    message = EmailMessage(subject=f"{settings.EMAIL_SUBJECT_PREFIX}{subject}", body=body, to=[renewal.user.email])
    mail_send(message=message)
