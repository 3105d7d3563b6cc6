from django.contrib.admin.apps import AdminConfig


class LeeszaalAdminConfig(AdminConfig):
    """The back office: Django's admin under Leeszaal's own site class."""

    default_site = "leeszaal.admin_site.LeeszaalAdminSite"
