"""The back office for usage: the SUSHI credentials with which institutions harvest their COUNTER reports.

A credential is made on the add page by choosing an active institution and, optionally, a label (the
harvesting tool); ``usage.actions.sushi_credential_issue`` draws its requestor id and API key, and the
key is shown once, in the message after saving, together with the customer id and the API's address.
Only the key's digest is kept, and it is shown nowhere. "Intrekken" (in the list and on a credential's
page) revokes through ``sushi_credential_revoke``: the harvester's next request is refused. A revoked
credential stays, as the record of who could harvest when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import ActionLocation
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from access.models import Institution
from usage.actions import sushi_credential_issue, sushi_credential_revoke
from usage.models import SushiCredential

# The admin class is generic only for the type checker (django-stubs); at run time it is not.
if TYPE_CHECKING:
    _SushiCredentialAdmin = admin.ModelAdmin[SushiCredential]
else:
    _SushiCredentialAdmin = admin.ModelAdmin

#: Set on the request by ``save_model`` for ``response_add``: the plain key, never stored.
_ISSUED_KEY = "_usage_sushi_api_key"


class RevokedFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("actief", _("in gebruik")), ("ingetrokken", _("ingetrokken"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        match self.value():
            case "actief":
                return queryset.filter(revoked_at__isnull=True)
            case "ingetrokken":
                return queryset.filter(revoked_at__isnull=False)
        return queryset


def sushi_base_url() -> str:
    """The address harvesters are given: the site with the Release 5.1 paths below it."""
    return f"{settings.SITE_URL}/r51/"


@admin.register(SushiCredential)
class SushiCredentialAdmin(_SushiCredentialAdmin):
    list_display = ("requestor_id", "institution", "label", "created_at", "revoked_at", "is_active_display")
    list_select_related = ("institution",)
    list_filter = (RevokedFilter, "institution")
    search_fields = ("requestor_id", "label", "institution__name")
    search_help_text = _("Zoek op requestor-id, omschrijving of instelling.")
    ordering = ("-created_at", "-pk")
    actions = ("revoke",)

    def get_fields(self, request: HttpRequest, obj: SushiCredential | None = None) -> Any:
        if obj is None:
            return ("institution", "label")
        return ("institution", "customer_id_display", "requestor_id", "label", ("created_at", "revoked_at"))

    def get_readonly_fields(self, request: HttpRequest, obj: SushiCredential | None = None) -> Any:
        if obj is None:
            return ()
        # Only the label may change; a credential with other parts is a new credential.
        return ("institution", "customer_id_display", "requestor_id", "created_at", "revoked_at")

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "institution":
            kwargs["queryset"] = Institution.objects.active()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request: HttpRequest, obj: SushiCredential, form: Any, change: bool) -> None:
        if change:
            super().save_model(request, obj, form, change)
            return
        credential, api_key = sushi_credential_issue(institution=obj.institution, label=obj.label)
        setattr(request, _ISSUED_KEY, api_key)
        # The admin goes on with ``obj`` (the log entry, the redirect): make it the saved row.
        obj.pk, obj.requestor_id, obj.label = credential.pk, credential.requestor_id, credential.label
        obj.api_key_digest, obj.created_at = credential.api_key_digest, credential.created_at
        obj._state.adding, obj._state.db = False, credential._state.db

    def response_add(
        self, request: HttpRequest, obj: SushiCredential, post_url_continue: str | None = None
    ) -> HttpResponse:
        api_key = getattr(request, _ISSUED_KEY, None)
        if api_key is not None:
            message = format_html(
                gettext(
                    "SUSHI-toegang voor {institution}: adres <code>{url}</code>, customer-id <code>{customer}</code>, "
                    "requestor-id <code>{requestor}</code>, API-sleutel <code>{key}</code>. Geef deze gegevens nu "
                    "door: de API-sleutel wordt niet bewaard en is hierna niet meer te zien."
                ),
                institution=obj.institution.name,
                url=sushi_base_url(),
                customer=obj.institution_id,
                requestor=obj.requestor_id,
                key=api_key,
            )
            self.message_user(request, message, messages.WARNING)
        return super().response_add(request, obj, post_url_continue)

    @admin.display(description=_("customer-id"))
    def customer_id_display(self, obj: SushiCredential) -> str:
        return str(obj.institution_id)

    @admin.display(description=_("in gebruik"), boolean=True, ordering="revoked_at")
    def is_active_display(self, obj: SushiCredential) -> bool:
        return obj.revoked_at is None

    @admin.action(
        description=_("Intrekken"),
        description_plural=_("Geselecteerde SUSHI-toegangen intrekken"),
        permissions=["change"],
        location=[ActionLocation.CHANGE_LIST, ActionLocation.CHANGE_FORM],
    )
    def revoke(self, request: HttpRequest, queryset: QuerySet[SushiCredential]) -> None:
        credentials = list(queryset.filter(revoked_at__isnull=True))
        for credential in credentials:
            sushi_credential_revoke(credential=credential)
        if credentials:
            message = ngettext(
                "%(count)s SUSHI-toegang ingetrokken.", "%(count)s SUSHI-toegangen ingetrokken.", len(credentials)
            ) % {"count": len(credentials)}
            self.message_user(request, message, messages.SUCCESS)
        else:
            self.message_user(request, gettext("Deze SUSHI-toegang was al ingetrokken."), messages.INFO)
