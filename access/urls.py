"""Reader-facing access pages, mounted under /account/: redeeming an activation code, an institution's page."""

from django.urls import path

urlpatterns: list[object] = []
