from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class AccessConfig(AppConfig):
    name = "access"
    verbose_name = _("Toegang")

    def ready(self) -> None:
        from access.invalidation import access_changed

        # Any change to who may read what makes cached entitlements and the address index stale.
        for name in ("Institution", "IPRange", "InstitutionMember", "Subscription", "CodeBatch", "ActivationCode"):
            model = self.get_model(name)
            for signal in (post_save, post_delete):
                signal.connect(access_changed, sender=model, dispatch_uid=f"access.changed.{name}.{signal}")
