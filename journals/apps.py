from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class JournalsConfig(AppConfig):
    name = "journals"
    verbose_name = _("Tijdschriften")

    def ready(self) -> None:
        from journals.permissions import editors_group_after_migrate

        post_migrate.connect(editors_group_after_migrate, sender=self, dispatch_uid="journals.editors_group")
