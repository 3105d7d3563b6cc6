from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class LeeszaalAdminSite(admin.AdminSite):
    site_header = _("Leeszaal beheer")
    site_title = _("Leeszaal beheer")
    index_title = _("Tijdschriften, abonnementen en lezers")
