from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.addresses import address_validate


class FollowByEmailForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"]
        address_validate(email)
        return email
