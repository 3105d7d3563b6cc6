"""Every call to Mollie's v2 API goes through this module (with ``mollie-api-python``).

The rest of Leeszaal sees plain dataclasses with amounts in cents, never the client's objects,
so the one place that knows Mollie's shapes (``"10.00"`` strings, ``_links``) is here. The API key
and, for the tests' stand-in only, the endpoint come from settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils.translation import get_language
from mollie.api.client import Client
from mollie.api.error import Error as MollieError
from mollie.api.error import IdentifierError, NotFoundError

if TYPE_CHECKING:
    from sales.models import Order

#: What Mollie's client raises for a payment id that Mollie does not know, or that is no payment id.
UNKNOWN = (NotFoundError, IdentifierError)

__all__ = [
    "UNKNOWN",
    "MollieError",
    "MolliePayment",
    "NotFoundError",
    "create_customer",
    "create_payment",
    "get_mandate",
    "get_payment",
    "is_configured",
]


@dataclass(frozen=True)
class MolliePayment:
    """A payment as Mollie answered it: the only source of its status."""

    id: str
    status: str
    method: str
    amount_cents: int
    amount_refunded_cents: int
    amount_charged_back_cents: int
    checkout_url: str
    customer_id: str
    mandate_id: str
    sequence_type: str
    metadata: dict[str, Any] = field(default_factory=dict)


def is_configured() -> bool:
    """Whether Leeszaal may sell: an API key is set."""
    return bool(settings.MOLLIE_API_KEY)


def _client() -> Client:
    client = Client(api_endpoint=settings.MOLLIE_API_ENDPOINT or "", timeout=(3, 15))
    client.set_api_key(settings.MOLLIE_API_KEY)
    return client


def cents_to_amount(cents: int) -> dict[str, str]:
    """Mollie's amount: euros as a string with two decimals."""
    return {"currency": "EUR", "value": f"{cents // 100}.{cents % 100:02d}"}


def amount_to_cents(amount: dict[str, str] | None) -> int:
    if not amount:
        return 0
    return int((Decimal(amount["value"]) * 100).to_integral_value())


def _payment(data: Any) -> MolliePayment:
    return MolliePayment(
        id=str(data.id),
        status=str(data.status),
        method=str(data.method or ""),
        amount_cents=amount_to_cents(data.amount),
        amount_refunded_cents=amount_to_cents(data.amount_refunded),
        amount_charged_back_cents=amount_to_cents(data.amount_chargedback),
        checkout_url=str(data.checkout_url or ""),
        customer_id=str(data.customer_id or ""),
        mandate_id=str(data.mandate_id or ""),
        sequence_type=str(data.sequence_type or "oneoff"),
        metadata=dict(data.metadata or {}),
    )


def create_payment(
    *,
    order: Order,
    sequence_type: str,
    redirect_url: str,
    webhook_url: str,
    customer_id: str = "",
    mandate_id: str = "",
) -> MolliePayment:
    """Ask Mollie for a payment of ``order``'s price; the reader picks the method at Mollie's checkout
    (iDEAL, Bancontact, card) unless it is a recurring charge on a mandate."""
    data: dict[str, Any] = {
        "amount": cents_to_amount(order.price_cents),
        "description": f"{order.plan.journal.display_name} – {order.plan.name} (bestelling {order.pk})"[:255],
        "webhookUrl": webhook_url,
        "metadata": {"order_id": order.pk},
        "sequenceType": sequence_type,
        "locale": "en_US" if get_language() == "en" else "nl_NL",
    }
    if redirect_url:
        data["redirectUrl"] = redirect_url
    if customer_id:
        data["customerId"] = customer_id
    if mandate_id:
        data["mandateId"] = mandate_id
    # One key per attempt: a request repeated after Mollie's answer got lost returns the same payment, and
    # paying again after a failed, canceled or expired attempt (which is stored) asks for a new one.
    key = f"leeszaal-order-{order.pk}-{sequence_type}-{order.payments.count()}"
    return _payment(_client().payments.create(data, idempotency_key=key))


def get_payment(mollie_id: str) -> MolliePayment:
    """The payment as Mollie knows it now. Raises one of ``UNKNOWN`` for an id Mollie does not know
    or that is not a payment id at all."""
    return _payment(_client().payments.get(mollie_id))


def create_customer(*, name: str, email: str) -> str:
    customer = _client().customers.create({"name": name, "email": email, "locale": "nl_NL"})
    return str(customer.id)


def get_mandate(customer_id: str, mandate_id: str) -> tuple[str, str] | None:
    """(id, method) of the mandate when it is valid (or still pending, as a fresh direct debit is)."""
    client = _client()
    mandate = client.customers.get(customer_id).mandates.get(mandate_id)
    if mandate.status in ("valid", "pending"):
        return str(mandate.id), str(mandate.method or "")
    return None
