"""``manage.py import_ip_ranges <institution> <file.csv> [--replace]``: an institution's IP ranges from CSV.

All or nothing (``access.imports.import_ranges``): when one row is wrong, nothing is saved, every
error is printed with its line number and the command exits with status 1.
"""

from __future__ import annotations

import time
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from access.identifiers import normalize_ror
from access.imports import import_ranges
from access.models import Institution


def find_institution(identifier: str) -> Institution:
    """An institution by id or by ROR id (also as https://ror.org/… URL)."""
    if identifier.isdigit():
        found = Institution.objects.filter(pk=int(identifier)).first()
    else:
        try:
            found = Institution.objects.filter(ror=normalize_ror(identifier)).first()
        except ValidationError:
            found = None
    if found is None:
        raise CommandError(_("Geen instelling met id of ROR-id %(identifier)s.") % {"identifier": identifier})
    return found


class Command(BaseCommand):
    help = (
        "Importeert de IP-bereiken van één instelling uit een CSV-bestand met een kopregel met de kolom "
        "range (of bereik) en eventueel note (of notitie), gescheiden door komma's of puntkomma's. "
        "Alles of niets: bij één foute regel wordt niets opgeslagen."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("institution", help="Id of ROR-id van de instelling.")
        parser.add_argument("path", type=Path, help="Het CSV-bestand (UTF-8).")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Vervang de bestaande bereiken van de instelling (in één transactie).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        institution = find_institution(options["institution"])
        path: Path = options["path"]
        try:
            handle = path.open("rb")
        except OSError as error:
            raise CommandError(_("Kan %(path)s niet openen: %(error)s") % {"path": path, "error": error}) from None
        started = time.perf_counter()
        self.stdout.write(
            _("IP-bereiken van %(institution)s importeren uit %(path)s ...")
            % {"institution": institution.name, "path": path}
        )
        with handle:
            result = import_ranges(
                institution,
                handle,
                replace=options["replace"],
                progress=lambda rows: self.stdout.write("  " + _("%(rows)s regels gecontroleerd") % {"rows": rows}),
            )
        elapsed = time.perf_counter() - started
        if not result.ok:
            for problem in result.errors:
                self.stderr.write(str(problem))
            raise CommandError(
                ngettext(
                    "Niets geïmporteerd: %(errors)s fout gevonden.",
                    "Niets geïmporteerd: %(errors)s fouten gevonden.",
                    len(result.errors),
                )
                % {"errors": len(result.errors)}
            )
        summary = ngettext(
            "%(created)s IP-bereik geïmporteerd voor %(institution)s in %(seconds).1f s.",
            "%(created)s IP-bereiken geïmporteerd voor %(institution)s in %(seconds).1f s.",
            result.created,
        ) % {"created": result.created, "institution": institution.name, "seconds": elapsed}
        if options["replace"]:
            summary += " " + ngettext(
                "%(replaced)s bestaand bereik vervangen.", "%(replaced)s bestaande bereiken vervangen.", result.replaced
            ) % {"replaced": result.replaced}
        self.stdout.write(self.style.SUCCESS(summary))
