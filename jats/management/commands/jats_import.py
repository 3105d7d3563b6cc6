"""Import JATS articles from XML files, folders and zip packages, with a progress bar and a summary."""

from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from jats.importer import available_cores, import_paths


class Command(BaseCommand):
    help = (
        "Import JATS XML (files, folders, zip packages of XML, PDF and figures): all or nothing. "
        "Exits non-zero when any file is refused."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="XML files, folders or zip packages")
        parser.add_argument(
            "--publish", action="store_true", help="Put new (and receiving, offline) issues online as well."
        )
        parser.add_argument("--dry-run", action="store_true", help="Read and check everything, store nothing.")
        parser.add_argument(
            "--processes",
            type=int,
            default=available_cores(),
            help="Processes that read (parse and render) a large batch; default: one per core.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        interactive = sys.stdout.isatty() and self.stdout._out is sys.stdout
        started = time.monotonic()
        stages = {"read": _("Lezen"), "write": _("Opslaan")}
        shown: dict[str, int] = {}

        def progress(stage: str, done: int, total: int) -> None:
            # Like search_reindex: a bar redrawn in place on a terminal; otherwise a line now and then.
            width = 30
            filled = width * done // total if total else width
            rate = done / max(time.monotonic() - started, 1e-6)
            line = (
                f"{stages.get(stage, stage):8} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:,.0f}/s)"
            )
            if interactive:
                self.stdout.write("\r" + line, ending="")
                if done == total:
                    self.stdout.write("")
                return
            step = max(total // 10, 1)
            if done == total or done - shown.get(stage, 0) >= step:
                shown[stage] = done
                self.stdout.write(line)

        summary = import_paths(
            options["paths"],
            publish=options["publish"],
            dry_run=options["dry_run"],
            progress=progress,
            processes=options["processes"],
        )
        style = self.style.SUCCESS if summary.ok else self.style.ERROR
        self.stdout.write(style(summary.headline()))
        for line in summary.lines():
            self.stdout.write(line)
        self.stdout.write(_("Klaar in %(seconds).1f s.") % {"seconds": summary.seconds})
        if not summary.ok:
            raise CommandError(
                _("%(refused)s bestand(en) geweigerd; er is niets ingevoerd.") % {"refused": summary.refused},
                returncode=1,
            )
