"""Reader-facing access pages, mounted under /account/: redeeming an activation code, an institution's page."""

from django.urls import path

from access import views_codes, views_institution

urlpatterns: list[object] = [
    path("code/", views_codes.redeem, name="code_redeem"),
    path("instelling/<int:pk>/", views_institution.institution_detail, name="institution_detail"),
]
