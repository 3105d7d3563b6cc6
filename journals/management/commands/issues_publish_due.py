"""Put online every issue whose scheduled time has passed (for cron, or after the worker was down)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from journals.actions import issues_publish_due


class Command(BaseCommand):
    help = "Zet elk nummer online waarvan het geplande tijdstip voorbij is."

    def handle(self, *args: Any, **options: Any) -> None:
        published = issues_publish_due()
        self.stdout.write(f"{len(published)} nummer(s) online gezet.")
