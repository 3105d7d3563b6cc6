from __future__ import annotations

from typing import Any

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _


class LeeszaalAdminSite(admin.AdminSite):
    site_header = _("Leeszaal beheer")
    site_title = _("Leeszaal beheer")
    index_title = _("Tijdschriften, abonnementen en lezers")

    def login(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        """One login for the whole site: the back office sends visitors to the readers' login,
        so login throttling and e-mail verification apply to staff too. Logged-in readers get 403."""
        view = secure_admin_login(super().login)
        response: HttpResponse = view(request, extra_context)
        return response
