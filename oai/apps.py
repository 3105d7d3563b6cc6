from django.apps import AppConfig


class OaiConfig(AppConfig):
    name = "oai"
    verbose_name = "OAI-PMH"

    def ready(self) -> None:
        from oai import signals

        signals.connect()
