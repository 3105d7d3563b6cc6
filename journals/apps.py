from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class JournalsConfig(AppConfig):
    name = "journals"
    verbose_name = _("Tijdschriften")

    def ready(self) -> None:
        from journals.permissions import editors_group_after_migrate
        from leeszaal.pagecache import pages_forget_on_commit

        post_migrate.connect(editors_group_after_migrate, sender=self, dispatch_uid="journals.editors_group")
        # Any change to what the reading pages show makes the cached pages stale.
        for name in (
            "Publisher",
            "Journal",
            "EditorialBoardMember",
            "Section",
            "Issue",
            "Article",
            "Author",
            "Contribution",
            "ArticleTranslation",
            "Reference",
            "ArticleFile",
        ):
            model = self.get_model(name)
            for signal in (post_save, post_delete):
                signal.connect(pages_forget_on_commit, sender=model, dispatch_uid=f"journals.pages.{name}.{signal}")
