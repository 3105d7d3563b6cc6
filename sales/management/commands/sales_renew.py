"""The daily renewal pass: remind readers whose renewal is near, charge the renewals that are due.

Run it once a day from cron (``manage.py sales_renew``), or queue it for the task worker with
``--queue``. Running it twice on a day does no harm: reminders go once per period and a renewal with a
charge waiting for Mollie is not charged again.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from sales.renewals import renewals_run_for
from sales.tasks import renewals_run


class Command(BaseCommand):
    help = "Send renewal reminders and charge the automatic renewals that are due (once a day, from cron)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queue", action="store_true", help="Queue the pass for the task worker instead.")
        parser.add_argument(
            "--today", type=datetime.date.fromisoformat, help="Act as if it were this day (YYYY-MM-DD)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["queue"]:
            result = renewals_run.enqueue()
            self.stdout.write(f"Queued renewal pass {result.id}.")
            return
        today = options["today"] or timezone.localdate()
        done = renewals_run_for(today)
        for renewal in done.reminded:
            self.stdout.write(f"Reminded {renewal.user.email} of renewal {renewal.pk} ({renewal.plan}).")
        for order in done.charged:
            self.stdout.write(
                f"Charged renewal order {order.pk} for {order.starts_on}–{order.ends_on}: {order.get_status_display()}."
            )
        for renewal in done.skipped:
            self.stdout.write(f"Did not charge renewal {renewal.pk}: {renewal.stopped_reason or 'no longer due'}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Renewals on {today}: {len(done.reminded)} reminded, {len(done.charged)} charged, "
                f"{len(done.skipped)} skipped."
            )
        )
