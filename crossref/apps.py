from django.apps import AppConfig


class CrossrefConfig(AppConfig):
    name = "crossref"
    verbose_name = "Crossref"

    def ready(self) -> None:
        from django.db.models.signals import post_init, pre_save

        from crossref.admin import extend_journal_admin
        from crossref.dois import refuse_registered_doi_change, remember_loaded_doi
        from journals.models import Article

        post_init.connect(remember_loaded_doi, sender=Article, dispatch_uid="crossref_loaded_doi")
        pre_save.connect(refuse_registered_doi_change, sender=Article, dispatch_uid="crossref_registered_doi")
        # The admin app (first in INSTALLED_APPS) has imported every admin module by now.
        extend_journal_admin()
