from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SalesConfig(AppConfig):
    name = "sales"
    verbose_name = _("Verkoop")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from leeszaal.pagecache import pages_forget_on_commit
        from sales.models import Plan

        # The paywall of every article shows its journal's plans: a changed plan makes cached pages stale.
        post_save.connect(pages_forget_on_commit, sender=Plan, dispatch_uid="sales_plan_saved")
        post_delete.connect(pages_forget_on_commit, sender=Plan, dispatch_uid="sales_plan_deleted")
