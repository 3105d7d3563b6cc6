"""Rebuild the daily usage counts of a period from the raw events (after a fix in the counting rules, say)."""

from __future__ import annotations

import datetime
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from usage.aggregation import closed_through, recount
from usage.models import UsageEvent


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(_("Ongeldige datum %(value)r; gebruik JJJJ-MM-DD.") % {"value": value}) from error


class Command(BaseCommand):
    help = "Count the usage of a period again from its raw events, with a progress bar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--from", dest="first", help="First day (YYYY-MM-DD); default: the oldest raw event.")
        parser.add_argument("--to", dest="last", help="Last day (YYYY-MM-DD); default: yesterday.")

    def handle(self, *args: Any, **options: Any) -> None:
        last = _date(options["last"]) if options["last"] else closed_through()
        if options["first"]:
            first = _date(options["first"])
        else:
            oldest = UsageEvent.objects.aggregate(first=Min("at"))["first"]
            if oldest is None:
                self.stdout.write(_("Geen ruwe gebeurtenissen om te tellen."))
                return
            first = timezone.localtime(oldest).date()
        if first > last:
            raise CommandError(_("De eerste dag ligt na de laatste."))
        if last > closed_through():
            raise CommandError(
                _("Alleen afgesloten dagen kunnen worden geteld (tot en met %(day)s).") % {"day": closed_through()}
            )
        interactive = sys.stdout.isatty() and self.stdout._out is sys.stdout

        def progress(done: int, total: int, day: datetime.date) -> None:
            width = 30
            filled = width * done // total
            line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {day}"
            if interactive:
                self.stdout.write("\r" + line, ending="")
                if done == total:
                    self.stdout.write("")
            elif done == total or done % 10 == 0:
                self.stdout.write(line)

        events = recount(first, last, progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                _("%(first)s tot en met %(last)s opnieuw geteld: %(events)s gebeurtenissen.")
                % {"first": first, "last": last, "events": events}
            )
        )
