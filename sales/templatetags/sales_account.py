"""The account page's orders: Mollie's method names as readers know them."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()

METHOD_LABELS = {
    "ideal": "iDEAL",
    "bancontact": "Bancontact",
    "creditcard": _("creditcard"),
    "directdebit": _("SEPA-incasso"),
    "paypal": "PayPal",
    "banktransfer": _("overboeking"),
}


@register.filter
def payment_method(method: str) -> str:
    """``directdebit`` as ``SEPA-incasso``; a method Leeszaal does not know by its own name."""
    return str(METHOD_LABELS.get(method, method))
