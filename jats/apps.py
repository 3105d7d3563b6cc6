from django.apps import AppConfig


class JatsConfig(AppConfig):
    name = "jats"
    verbose_name = "JATS"
