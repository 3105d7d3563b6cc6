"""Importing an institution's IP ranges from a CSV file, all or nothing.

The file has a header row with a column ``range`` (or ``bereik``) and optionally ``note`` (or
``notitie``); the delimiter is ``,`` or ``;`` (read from the header row), the encoding UTF-8 with or
without a byte order mark (what Excel writes as "CSV UTF-8"). Every row is validated by the model
itself (``IPRange.full_clean``: parsing, special ranges, overlap with the stored ranges of every
institution) and against the other rows of the file. One bad row and nothing is saved; every
error is reported with its line number.

With ``replace=True`` the institution's stored ranges are deleted first, in the same transaction:
the new rows are then not compared with the ranges they replace, and a failed import keeps them.

``import_ranges`` is the one entry point, used by ``manage.py import_ip_ranges`` and the back office.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from access.invalidation import access_changed
from access.ipranges import Span
from access.models import Institution, IPRange

#: Larger files are refused before they are read: about 30,000 rows, far more than any institution has.
#: Each row costs one query (the model's overlap check): roughly 1-2 ms, so the largest file takes
#: under a minute; a few hundred rows, the usual size, well under a second.
MAX_FILE_BYTES = 1024 * 1024
#: ``progress`` is called after every this many rows.
PROGRESS_EVERY = 1000

RANGE_COLUMNS = ("range", "bereik", "ip-bereik")
NOTE_COLUMNS = ("note", "notitie")
_BATCH_SIZE = 1000


class Readable(Protocol):
    """An open file: an upload in the back office, a file opened by the management command, a StringIO in tests."""

    def read(self, size: int = ..., /) -> bytes | str: ...


@dataclass(frozen=True, slots=True)
class RowError:
    """What is wrong, and on which line of the file (None: the file as a whole)."""

    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Regel %(line)s: %(message)s") % {"line": self.line, "message": self.message}


@dataclass(slots=True)
class ImportResult:
    rows: int = 0
    created: int = 0
    #: How many stored ranges were deleted because ``replace`` was asked (0 when the import failed).
    replaced: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, slots=True)
class Entry:
    """One range of a set being checked, with what identifies it to the person who wrote it."""

    label: str  # a line number, a form row: whatever the error message names
    span: Span


def overlaps_within(entries: Iterable[Entry]) -> list[tuple[Entry, Entry]]:
    """Each entry that shares an address with an earlier one (in the order given), paired with that one.

    The same rule as ``IPRange.overlapping`` applied to ranges that are not stored yet (the rows of
    a file, the rows of a form): one sweep in address order, so 10,000 rows cost no more than sorting them.
    """
    listed = list(entries)
    order = {id(entry): n for n, entry in enumerate(listed)}
    pairs: list[tuple[Entry, Entry]] = []
    furthest: Entry | None = None
    for entry in sorted(listed, key=lambda e: (e.span.first_key, e.span.last_key)):
        if furthest is not None and entry.span.first_key <= furthest.span.last_key:
            earlier, later = sorted((furthest, entry), key=lambda e: order[id(e)])
            pairs.append((later, earlier))
        if furthest is None or entry.span.last_key > furthest.span.last_key:
            furthest = entry
    pairs.sort(key=lambda pair: order[id(pair[0])])
    return pairs


def import_ranges(
    institution: Institution,
    fileobj: Readable,
    *,
    replace: bool = False,
    progress: Callable[[int], None] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportResult:
    """Add the ranges in the CSV ``fileobj`` to ``institution`` (or replace its ranges with them).

    Saves all rows or none: when ``result.errors`` is not empty, the database is as it was.
    ``progress(rows)`` is called every ``PROGRESS_EVERY`` rows checked.
    """
    result = ImportResult()
    text = _read_text(fileobj, max_bytes, result)
    if text is None:
        return result
    rows = _read_rows(text, result)
    if rows is None:
        return result
    result.rows = len(rows)
    if not rows:
        result.errors.append(RowError(None, _("Het bestand bevat geen IP-bereiken, alleen een kopregel.")))
        return result

    with transaction.atomic():
        replaced = institution.ip_ranges.all().delete()[0] if replace else 0
        ranges: list[IPRange] = []
        entries: list[Entry] = []
        for done, (line, raw, note) in enumerate(rows, 1):
            candidate = IPRange(institution=institution, text=raw, note=note)
            try:
                # The model's own validation; the institution is known to exist, and the span is ordered by construction.
                candidate.full_clean(exclude=["institution"], validate_unique=False, validate_constraints=False)
            except ValidationError as error:
                result.errors.extend(RowError(line, message) for message in _messages(error))
            else:
                ranges.append(candidate)
                entries.append(Entry(str(line), candidate.span))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done)
        for later, earlier in overlaps_within(entries):
            result.errors.append(
                RowError(
                    int(later.label),
                    _("%(range)s overlapt met %(other)s op regel %(other_line)s.")
                    % {"range": later.span.text, "other": earlier.span.text, "other_line": earlier.label},
                )
            )
        if result.errors:
            result.errors.sort(key=lambda error: error.line or 0)
            transaction.set_rollback(True)
            return result
        IPRange.objects.bulk_create(ranges, batch_size=_BATCH_SIZE)
        # bulk_create sends no signals: the address index and cached entitlements must be told.
        access_changed()
    result.created = len(ranges)
    result.replaced = replaced
    return result


def _read_text(fileobj: Readable, max_bytes: int, result: ImportResult) -> str | None:
    data = fileobj.read(max_bytes + 1)
    if len(data) > max_bytes:
        result.errors.append(
            RowError(
                None,
                _("Het bestand is groter dan %(size)s. Splits het op in kleinere bestanden.")
                % {"size": filesizeformat(max_bytes)},
            )
        )
        return None
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        result.errors.append(
            RowError(
                line,
                _(
                    "Dit is geen UTF-8-tekst. Sla het bestand op als 'CSV UTF-8' "
                    "(in Excel: Opslaan als, CSV UTF-8 (door komma's gescheiden))."
                ),
            )
        )
        return None


def _delimiter(header: str) -> str:
    """``;`` when the header row is separated by semicolons (Dutch Excel), else ``,``.

    Read from the header alone, whose column names hold neither character, rather than guessed by
    ``csv.Sniffer`` from the rows: a note with commas in it must not change how the file is split.
    """
    return ";" if header.count(";") > header.count(",") else ","


def _read_rows(text: str, result: ImportResult) -> list[tuple[int, str, str]] | None:
    """(line, range, note) of every row that is not blank; None (with errors) when the file cannot be read."""
    if "\x00" in text:
        result.errors.append(RowError(None, _("Dit is geen CSV-bestand maar een binair bestand.")))
        return None
    first_line = text.split("\n", 1)[0].strip()
    # Excel may start a file with "sep=;" to name the delimiter; the header row then follows.
    excel_separator = first_line.lower().startswith("sep=") and len(first_line) == 5
    delimiter = first_line[4] if excel_separator else _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        if excel_separator:
            next(reader)
        header = next(reader, None)
        if header is None:
            result.errors.append(RowError(None, _("Het bestand is leeg.")))
            return None
        names = [name.strip().lower() for name in header]
        range_column = next((names.index(name) for name in RANGE_COLUMNS if name in names), None)
        note_column = next((names.index(name) for name in NOTE_COLUMNS if name in names), None)
        if range_column is None:
            result.errors.append(
                RowError(
                    1,
                    _("De kopregel mist de kolom 'range' (of 'bereik'). Gevonden: %(columns)s.")
                    % {"columns": ", ".join(repr(name) for name in header) or "—"},
                )
            )
            return None
        rows: list[tuple[int, str, str]] = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            raw = cells[range_column] if range_column < len(cells) else ""
            note = cells[note_column].strip() if note_column is not None and note_column < len(cells) else ""
            rows.append((reader.line_num, raw, note))
    except csv.Error as error:
        result.errors.append(
            RowError(reader.line_num or None, _("Dit CSV-bestand is niet te lezen: %(error)s") % {"error": error})
        )
        return None
    return rows


def _messages(error: ValidationError) -> list[str]:
    """The messages of a model's ValidationError; those about another field than the range name it."""
    if not hasattr(error, "error_dict"):
        return [str(message) for message in error.messages]
    messages: list[str] = []
    for name, errors in error.error_dict.items():
        label = _field_label(name)
        for message in ValidationError(errors).messages:
            messages.append(message if name in ("text", "__all__") else f"{label}: {message}")
    return messages


def _field_label(name: str) -> Any:
    try:
        return getattr(IPRange._meta.get_field(name), "verbose_name", name)
    except FieldDoesNotExist:
        return name
