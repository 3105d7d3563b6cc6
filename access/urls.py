"""Reader-facing access pages, mounted under /account/: redeeming an activation code, an institution's page."""

from django.urls import path

from access import views_institution

urlpatterns: list[object] = [
    path("instelling/<int:pk>/", views_institution.institution_detail, name="institution_detail"),
]
