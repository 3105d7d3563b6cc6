"""Rebuild the search index from the articles, with a progress bar, while search stays online."""

from __future__ import annotations

import sys
import time
from typing import Any

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from search.backends import get_backend
from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index of every article (search keeps answering meanwhile), with a progress bar."

    def handle(self, *args: Any, **options: Any) -> None:
        interactive = sys.stdout.isatty() and self.stdout._out is sys.stdout
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // total if total else width
            rate = done / max(time.monotonic() - started, 1e-6)
            line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:,.0f}/s)"
            if interactive:
                self.stdout.write("\r" + line, ending="")
                if done == total:
                    self.stdout.write("")
            else:
                self.stdout.write(line)

        indexed, removed = rebuild(progress=progress)
        size = get_backend().size()
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Zoekindex opnieuw opgebouwd: %(indexed)s artikelen geïndexeerd, %(removed)s verwijderd, in %(seconds).1f s."
                )
                % {"indexed": indexed, "removed": removed, "seconds": time.monotonic() - started}
            )
        )
        self.stdout.write(str(size))
