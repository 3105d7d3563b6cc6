"""The back office's JATS import: upload an XML document or a zip package, check it or import it.

``/beheer/jats/import/`` goes through the admin site's ``admin_view`` (``jats.urls``): staff only, a
login for visitors, CSRF protected; the editor also needs permission to add articles. The page shows
the same summary as ``manage.py jats_import``: what would be (or was) created, updated or left
unchanged, and per file what is wrong.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from jats.importer import import_upload

ACCEPTED = (".xml", ".nxml", ".zip")


class ImportForm(forms.Form):
    package = forms.FileField(
        label=_("XML-bestand of zip-pakket"),
        help_text=_("Eén JATS-artikel als XML, of een zip met XML, PDF en figuren (ook meerdere artikelen)."),
    )
    publish = forms.BooleanField(
        label=_("Nummers meteen online zetten"),
        required=False,
        help_text=_("Anders blijven nieuwe nummers offline tot u ze publiceert; de artikelen staan dan klaar."),
    )

    def clean_package(self) -> Any:
        upload = self.cleaned_data["package"]
        if upload.size > settings.JATS_UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _("Het bestand is te groot; de grens is %(limit)s.")
                % {"limit": filesizeformat(settings.JATS_UPLOAD_MAX_BYTES)}
            )
        if not upload.name.lower().endswith(ACCEPTED):
            raise forms.ValidationError(_("Upload een XML-bestand (.xml) of een zip-pakket (.zip)."))
        return upload


def jats_import(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("journals.add_article"):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    summary = None
    dry_run = request.POST.get("action") != "import"
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["package"]
        summary = import_upload(upload.name, upload.read(), publish=form.cleaned_data["publish"], dry_run=dry_run)
    context = {
        **admin.site.each_context(request),
        "title": _("JATS importeren"),
        "form": form,
        "summary": summary,
        "max_size": settings.JATS_UPLOAD_MAX_BYTES,
    }
    return render(request, "jats/import.html", context, status=200)
