"""The back office for users: readers and staff, identified by e-mail address (no username)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from access.models import Subscription
from accounts.addresses import address_validate
from accounts.models import User

if TYPE_CHECKING:
    _UserAdmin = DjangoUserAdmin[User]
    _SubscriptionInline = admin.TabularInline[Subscription, User]
    _UserCreationForm = AdminUserCreationForm[User]
    _UserChangeForm = UserChangeForm[User]
else:
    _UserAdmin = DjangoUserAdmin
    _SubscriptionInline = admin.TabularInline
    _UserCreationForm = AdminUserCreationForm
    _UserChangeForm = UserChangeForm


def _clean_unique_email(form: UserAddForm | UserEditForm) -> str:
    """Addresses are stored in lower case (UserManager); refuse one that differs only in case from another user's,
    and a new one that cannot receive mail (accounts.addresses, the rule of sign-up; an account that already has
    such an address, say a superuser made at the command line, can still be edited)."""
    email = form.cleaned_data.get("email", "").strip().lower()
    if email and (form.instance.pk is None or email != form.instance.email.lower()):
        address_validate(email)
    others = User.objects.filter(email__iexact=email)
    if form.instance.pk is not None:
        others = others.exclude(pk=form.instance.pk)
    if email and others.exists():
        raise ValidationError(_("Er is al een gebruiker met dit e-mailadres."), code="email_taken")
    return email


class UserAddForm(_UserCreationForm):
    class Meta:
        model = User
        fields = ("email", "name")

    def clean_email(self) -> str:
        return _clean_unique_email(self)


class UserEditForm(_UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"

    def clean_email(self) -> str:
        return _clean_unique_email(self)


class SubscriptionInline(_SubscriptionInline):
    model = Subscription
    fields = ("journal", "starts_on", "ends_on", "source", "note")
    autocomplete_fields = ("journal",)
    extra = 0


@admin.register(User)
class UserAdmin(_UserAdmin):
    form = UserEditForm
    add_form = UserAddForm
    list_display = ("email", "name", "is_staff", "is_active", "date_joined", "last_login")
    list_filter = ("is_staff", "is_superuser", "is_active", "groups")
    search_fields = ("email", "name")
    ordering = ("email",)
    readonly_fields = ("last_login", "date_joined")
    inlines = (SubscriptionInline,)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Persoonlijke gegevens"), {"fields": ("name",)}),
        (_("Rechten"), {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        (_("Belangrijke data"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "name", "usable_password", "password1", "password2")}),
    )

    def get_inlines(self, request: HttpRequest, obj: User | None) -> Any:
        # A new user gets an account first; subscriptions follow on the next page.
        return () if obj is None else self.inlines
