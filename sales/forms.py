"""The order form: only what the invoice needs, and the reader's consent to start at once."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sales.models import Plan

COUNTRIES = [
    ("NL", _("Nederland")),
    ("BE", _("België")),
    ("DE", _("Duitsland")),
    ("LU", _("Luxemburg")),
    ("FR", _("Frankrijk")),
]
VAT_NUMBER = re.compile(r"^[A-Z]{2}[0-9A-Z]{2,13}$")


class OrderForm(forms.Form):
    # Echoed back from the page the reader saw: an order is refused when they no longer match the plan.
    plan = forms.IntegerField(widget=forms.HiddenInput)
    price_cents = forms.IntegerField(widget=forms.HiddenInput)
    billing_name = forms.CharField(
        label=_("Naam"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    billing_organisation = forms.CharField(
        label=_("Organisatie (optioneel)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    vat_number = forms.CharField(
        label=_("Btw-nummer (optioneel)"),
        max_length=20,
        required=False,
        help_text=_("Alleen voor een organisatie, bijvoorbeeld NL123456789B01."),
    )
    billing_street = forms.CharField(
        label=_("Straat en huisnummer"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    billing_postcode = forms.CharField(
        label=_("Postcode"), max_length=20, widget=forms.TextInput(attrs={"autocomplete": "postal-code"})
    )
    billing_city = forms.CharField(
        label=_("Plaats"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "address-level2"})
    )
    billing_country = forms.ChoiceField(label=_("Land"), choices=COUNTRIES, initial="NL")
    consent = forms.BooleanField(
        label=_(
            "Ik wil dat het abonnement meteen ingaat en weet dat ik daarmee afzie van mijn herroepingsrecht "
            "van 14 dagen voor digitale inhoud."
        ),
        error_messages={
            "required": _("Geef toestemming om meteen te beginnen; anders kunnen wij u nog geen toegang geven.")
        },
    )

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        self.plan_obj = plan
        kwargs.setdefault("initial", {}).update({"plan": plan.pk, "price_cents": plan.price_cents})
        super().__init__(*args, **kwargs)
        self.fields["plan"].error_messages["required"] = _("De bestelling is onvolledig; begin opnieuw.")
        self.fields["price_cents"].error_messages["required"] = _("De bestelling is onvolledig; begin opnieuw.")
        for name in ("plan", "price_cents"):
            self.fields[name].error_messages["invalid"] = _("De bestelling is onvolledig; begin opnieuw.")

    def clean_vat_number(self) -> str:
        value: str = re.sub(r"[\s.\-]", "", self.cleaned_data["vat_number"]).upper()
        if value and not VAT_NUMBER.match(value):
            raise forms.ValidationError(_("Dit is geen btw-nummer; het begint met de landcode, zoals NL123456789B01."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if "plan" in data and data["plan"] != self.plan_obj.pk:
            raise forms.ValidationError(_("Deze bestelling hoort bij een andere abonnementsvorm; begin opnieuw."))
        if "price_cents" in data and data["price_cents"] != self.plan_obj.price_cents:
            raise forms.ValidationError(
                _("De prijs is intussen gewijzigd; controleer de bestelling en bevestig opnieuw.")
            )
        if data.get("vat_number") and not data.get("billing_organisation"):
            self.add_error("billing_organisation", _("Vul de organisatie in die bij het btw-nummer hoort."))
        return data
