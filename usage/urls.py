"""The usage pages (``usage.views``): the librarian's below /account/instelling/, the editors' below /beheer/.

Included in the root URL conf before the admin, so that /beheer/gebruik/ is this page and not the admin's
catch-all. The editors' pages go through the admin site's ``admin_view``, like every back-office page:
staff only, visitors are sent to the login, logged-in readers are refused.
"""

from django.contrib import admin
from django.urls import path

from usage import views

app_name = "usage"

urlpatterns = [
    path("account/instelling/<int:pk>/gebruik/", views.institution_usage, name="institution"),
    path(
        "account/instelling/<int:pk>/gebruik/rapport.<str:fmt>",
        views.institution_usage_download,
        name="institution_download",
    ),
    path("account/instelling/<int:pk>/sushi/", views.sushi_issue, name="sushi_issue"),
    path("account/instelling/<int:pk>/sushi/<int:credential_pk>/intrekken/", views.sushi_revoke, name="sushi_revoke"),
    path("beheer/gebruik/", admin.site.admin_view(views.staff_usage), name="staff"),
    path("beheer/gebruik/rapport.<str:fmt>", admin.site.admin_view(views.staff_usage_download), name="staff_download"),
]
