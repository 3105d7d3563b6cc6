"""Count the closed days whose usage is not counted yet, then purge raw events past their retention.

Run it daily (cron, or let the task queue do it: the first event of a new day enqueues it).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from usage.aggregation import count_pending, purge_events


class Command(BaseCommand):
    help = "Count usage of closed days not counted yet and purge old raw events."

    def handle(self, *args: Any, **options: Any) -> None:
        def progress(done: int, total: int, day: datetime.date) -> None:
            self.stdout.write(
                _("  %(done)s/%(total)s dagen geteld (%(day)s)") % {"done": done, "total": total, "day": day}
            )

        days = count_pending(progress=progress)
        purged = purge_events()
        self.stdout.write(
            self.style.SUCCESS(
                _("%(days)s dagen geteld, %(purged)s ruwe gebeurtenissen verwijderd.")
                % {"days": days, "purged": purged}
            )
        )
