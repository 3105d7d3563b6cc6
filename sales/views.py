"""The order pages and Mollie's webhook: thin views over ``sales.actions``."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import cast

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from journals.models import Journal
from sales import mollie
from sales.actions import OrderError, order_create, order_start_date, payment_start, payment_sync, webhook_url
from sales.forms import OrderForm
from sales.models import Order, Payment, Plan

log = logging.getLogger(__name__)

#: A payment whose outcome Mollie may know by now.
UNSETTLED = (Payment.Status.OPEN, Payment.Status.PENDING, Payment.Status.AUTHORIZED)


def _safe_next(request: HttpRequest, value: str) -> str:
    """A path on this site to return to, or nothing."""
    if value and value.startswith("/") and url_has_allowed_host_and_scheme(value, allowed_hosts=None):
        return value[:500]
    return ""


def _allow_checkout(response: HttpResponse) -> HttpResponse:
    """Let this page's forms end at Mollie's checkout: browsers apply form-action to the redirect too."""
    configured = cast("dict[str, Iterable[str]]", settings.SECURE_CSP)
    policy = {key: list(value) for key, value in configured.items()}
    policy["form-action"] = [*policy.get("form-action", []), *settings.MOLLIE_CHECKOUT_ORIGINS]
    response._csp_config = policy  # type: ignore[attr-defined]
    patch_cache_control(response, private=True, no_store=True)
    return response


def _to_checkout(request: HttpRequest, order: Order) -> HttpResponse:
    # Back to the host the reader's session cookie belongs to; Mollie posts to the configured webhook.
    redirect_url = request.build_absolute_uri(reverse("sales:order", args=[order.pk]))
    try:
        payment = payment_start(order=order, redirect_url=redirect_url, webhook=webhook_url())
    except mollie.MollieError:
        log.exception("Mollie refused a payment for order %s.", order.pk)
        messages.error(request, _("De betaling kon niet worden gestart. Probeer het over een paar minuten opnieuw."))
        return redirect("sales:order", order.pk)
    return redirect(payment.checkout_url)


def journal_plans(request: HttpRequest, journal: str) -> HttpResponse:
    journal_obj = get_object_or_404(Journal.objects.filter(is_active=True), slug=journal)
    plans = Plan.objects.on_sale().of_journal(journal_obj).select_related("journal")
    context = {
        "journal": journal_obj,
        "plans": plans,
        "configured": mollie.is_configured(),
        "next": _safe_next(request, request.GET.get("next", "")),
    }
    return render(request, "sales/plans.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def order_new(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = get_object_or_404(Plan.objects.on_sale().select_related("journal__publisher"), pk=plan_id)
    configured = mollie.is_configured()
    return_path = _safe_next(request, request.POST.get("next") or request.GET.get("next", ""))
    form = OrderForm(request.POST if request.method == "POST" else None, plan=plan)
    if request.method == "POST":
        if not configured:
            return _allow_checkout(
                render(request, "sales/order_form.html", _order_context(request, plan, form, return_path), status=400)
            )
        if form.is_valid():
            data = form.cleaned_data
            try:
                order = order_create(
                    user=request.user,  # type: ignore[arg-type]
                    plan=plan,
                    billing_name=data["billing_name"],
                    billing_organisation=data["billing_organisation"],
                    billing_street=data["billing_street"],
                    billing_postcode=data["billing_postcode"],
                    billing_city=data["billing_city"],
                    billing_country=data["billing_country"],
                    vat_number=data["vat_number"],
                    consent=data["consent"],
                    return_path=return_path,
                )
            except OrderError:
                raise Http404 from None
            if order.status == Order.Status.AWAITING_APPROVAL:
                return redirect("sales:order", order.pk)
            return _to_checkout(request, order)
        status = 400
    else:
        status = 200
        user = request.user
        form.initial.setdefault("billing_name", user.get_full_name())  # type: ignore[union-attr]
    return _allow_checkout(
        render(request, "sales/order_form.html", _order_context(request, plan, form, return_path), status=status)
    )


def _order_context(request: HttpRequest, plan: Plan, form: OrderForm, return_path: str) -> dict[str, object]:
    from sales.models import vat_split

    starts_on = order_start_date(user=request.user, plan=plan)  # type: ignore[arg-type]
    _net, vat = vat_split(plan.price_cents, plan.vat_rate)
    return {
        "plan": plan,
        "journal": plan.journal,
        "form": form,
        "next": return_path,
        "vat_cents": vat,
        "starts_on": starts_on,
        "ends_on": plan.period_end(starts_on),
        "configured": mollie.is_configured(),
    }


def _own_order(request: HttpRequest, order_id: int) -> Order:
    """The reader's own order; someone else's answers 404, exactly as a missing one."""
    return get_object_or_404(
        Order.objects.filter(user=request.user).select_related("plan__journal"),  # type: ignore[misc]
        pk=order_id,
    )


@login_required
@require_http_methods(["GET", "HEAD"])
def order_detail(request: HttpRequest, order_id: int) -> HttpResponse:
    order = _own_order(request, order_id)
    payment = order.payments.order_by("-created_at", "-pk").first()
    if payment is not None and payment.status in UNSETTLED and mollie.is_configured():
        # Back from the checkout before Mollie's webhook (or without it): ask Mollie now.
        try:
            payment = payment_sync(mollie_id=payment.mollie_id) or payment
        except mollie.MollieError:
            log.warning("Could not ask Mollie about payment %s.", payment.mollie_id, exc_info=True)
        order.refresh_from_db()
    waiting = order.status == Order.Status.OPEN and payment is not None and payment.status in UNSETTLED
    context = {
        "order": order,
        "payment": payment,
        "waiting": waiting,
        "payable": order.status in (Order.Status.FAILED, Order.Status.CANCELED, Order.Status.EXPIRED)
        or (order.status == Order.Status.OPEN and not waiting),
        "configured": mollie.is_configured(),
    }
    return _allow_checkout(render(request, "sales/order.html", context))


@login_required
@require_POST
def order_pay(request: HttpRequest, order_id: int) -> HttpResponse:
    order = _own_order(request, order_id)
    if not mollie.is_configured():
        return redirect("sales:order", order.pk)
    try:
        return _to_checkout(request, order)
    except OrderError:
        return redirect("sales:order", order.pk)


@csrf_exempt
@require_POST
def webhook(request: HttpRequest) -> HttpResponseBase:
    """Mollie posts ``id`` only; Leeszaal asks Mollie what happened. Always 200 for an id it does not
    know, so the answer tells a prober nothing."""
    mollie_id = request.POST.get("id", "")[:40]
    if mollie_id and mollie.is_configured():
        try:
            payment_sync(mollie_id=mollie_id)
        except mollie.MollieError:
            log.warning("Could not ask Mollie about payment %r.", mollie_id, exc_info=True)
            return HttpResponse(status=503)  # Mollie tries again later
    return HttpResponse(status=200)
