"""Plans and prices in templates: the paywall of an article offers its journal's plans."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

from journals.models import Journal
from sales import mollie
from sales.models import Plan, vat_split

register = template.Library()


@register.filter
def euros(cents: int) -> str:
    """``8900`` as ``€ 89,00`` (in the active language's number format)."""
    return f"€\u00a0{number_format(Decimal(cents) / 100, decimal_pos=2)}"


@register.filter
def plan_name(plan: Plan) -> str:
    """The plan's name in the active language (the English name when there is one and English is on)."""
    return plan.name_en if plan.name_en and get_language() == "en" else plan.name


@register.filter
def vat_cents(plan: Plan) -> int:
    return vat_split(plan.price_cents, plan.vat_rate)[1]


@register.simple_tag
def journal_plans(journal: Journal) -> dict[str, Any]:
    """The plans on sale for ``journal`` and whether they can be paid online (the same for every reader,
    so the paywall stays one shared copy)."""
    return {"plans": list(Plan.objects.on_sale().of_journal(journal)), "configured": mollie.is_configured()}
