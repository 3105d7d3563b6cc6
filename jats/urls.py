"""The back-office JATS import (``jats.admin_views``), included before the admin so that its catch-all
does not take /beheer/jats/import/. Through ``admin_view``: staff only, visitors are sent to the login."""

from django.contrib import admin
from django.urls import path

from jats import admin_views

app_name = "jats"

urlpatterns = [
    path("beheer/jats/import/", admin.site.admin_view(admin_views.jats_import), name="import"),
]
