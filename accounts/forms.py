from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from accounts.addresses import MAX_LENGTH
from accounts.models import User


class SignupForm(AllauthSignupForm):
    """allauth's sign-up form (``ACCOUNT_FORMS``), answering a taken address the same way however it is met.

    allauth answers an address that already has an account as if the sign-up succeeded: the same page,
    and a mail to the address's owner. Two gaps closed here:

    * a race: two requests both find the address free, and the second insert hits the unique key. It now
      takes the same "address in use" path as if its check had seen the first account;
    * timing: a new account costs a password hash (most of the request's time); an address with an account
      now costs one too, so that the answer's time does not tell them apart.
    """

    account_already_exists: bool

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["maxlength"] = str(MAX_LENGTH)

    def try_save(self, request: HttpRequest) -> tuple[User | None, HttpResponse | None]:
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
            return super().try_save(request)
        try:
            with transaction.atomic():
                return super().try_save(request)
        except IntegrityError:
            email = self.cleaned_data.get("email")
            if not email or not User.objects.filter(email__iexact=email).exists():
                raise
            # Stored by another request since our check; the password was hashed before the insert.
            self.account_already_exists = True
            return super().try_save(request)


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Uw wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter bevestiging. Uw account en uw abonnementen worden definitief verwijderd."),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        return password
