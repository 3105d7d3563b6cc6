"""``manage.py load_demo``: the demo publisher, its four journals, three years of issues, PDFs and demo users.

The articles go in through the JATS importer (``journals.demo.load``), as JATS packages the demo writes.

Safe to run again: it updates what is there and adds what is missing (see ``journals.demo.load``).
"""

from __future__ import annotations

import time
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from journals.demo import content
from journals.demo.load import DemoImportError, load


class Command(BaseCommand):
    help = (
        "Laadt de demogegevens: een uitgeverij met vier tijdschriften, nummers, artikelen met PDF's en "
        "demo-gebruikers. Opnieuw draaien werkt alles bij zonder iets dubbel aan te maken."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--small", action="store_true", help="Laad maar één nummer per tijdschrift (voor de tests)."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Laad ook als DEBUG uit staat. De demo-accounts hebben openbare wachtwoorden: nooit op productie.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "De demogegevens maken accounts met openbare wachtwoorden (ook een beheerder). "
                "Draai load_demo met DEBUG=1, of met --force als u zeker weet dat dit geen productiesite is."
            )
        started = time.perf_counter()
        self.stdout.write("Demogegevens laden ...")
        try:
            result = load(small=options["small"], report=self.stdout.write)
        except DemoImportError as error:
            raise CommandError(f"De importer weigerde de demo-artikelen; er is niets geladen.\n{error}") from error
        elapsed = time.perf_counter() - started
        created = sum(tally.created for tally in result.tallies.values())
        updated = sum(tally.updated for tally in result.tallies.values())
        self.stdout.write(f"Rijen: {created} nieuw, {updated} bijgewerkt; {result.pdfs_made} PDF's gemaakt.")
        self.stdout.write("Demo-logins:")
        for user in content.DEMO_USERS:
            self.stdout.write(f"  {user.email:<24} {user.password:<20} {user.description}")
        self.stdout.write(self.style.SUCCESS(f"Klaar in {elapsed:.1f} s."))
