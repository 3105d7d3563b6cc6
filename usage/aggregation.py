"""COUNTER processing: raw events of a closed day into that day's counts (R5.1 section 7).

* **Double clicks.** Two events of one visitor for the same item, kind and format within 30 seconds
  count once: the earlier is dropped and the later kept (so a run of clicks counts as its last). The
  events of the first 30 seconds of the next day are read for this, so a double click across midnight
  counts once, on the later day.
* **User-sessions.** Without a session the Code of Practice identifies one by user id, or by address and
  user agent, plus the date and the hour of the day. The visitor hash stands for the first part; the
  local date and hour are added here. A reader busy across midnight (or across any hour) is therefore two
  sessions, and an item they opened in both counts as unique in both.
* **Unique items.** Per user-session an item counts once for Unique_Item_Investigations (any event but a
  denial or a search) and once for Unique_Item_Requests (full text), however often it was opened and
  whether as HTML or PDF. Unique_Title metrics are COUNTER's for books only and are not produced.
* **Robots** never reach the events (``usage.recording``).

Counting a day is idempotent: its counts are replaced in one transaction, and the ``CountedDay`` ledger
says which days are ready. The month's daily counts are then added up into ``UsageMonth``, which is what
reports read (a year of reports reads twelve months of sums, not 365 days of counts).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Max, Min
from django.utils import timezone

from usage.models import CountedDay, Format, Kind, Metric, UsageCount, UsageEvent, UsageMonth

DOUBLE_CLICK = datetime.timedelta(seconds=30)

#: (institution, journal, article, yop, access type, access method, format, metric)
Cell = tuple[int | None, int | None, int | None, int | None, str, str, str, str]
#: A raw event as read for counting, in ``_FIELDS`` order.
Row = tuple[datetime.datetime, str, int, str, int | None, int | None, int | None, int | None, str, str]

_FIELDS = (
    "at",
    "visitor",
    "kind",
    "format",
    "article_id",
    "journal_id",
    "yop",
    "institution_id",
    "access_type",
    "access_method",
)


def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The first instant of ``day`` and of the next day, in the site's time zone."""
    zone = _zone()
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=zone)
    end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(), tzinfo=zone)
    return start, end


def count_events(rows: Sequence[Row], *, day: datetime.date) -> Counter[Cell]:
    """The counts of ``day`` from raw event rows (``_FIELDS`` order), which may run 30 s into the next day."""
    zone = _zone()
    ordered = sorted(rows, key=lambda r: (r[1], r[2], r[3], r[4] or 0, r[0]))
    counts: Counter[Cell] = Counter()
    unique: set[tuple[object, ...]] = set()
    for i, row in enumerate(ordered):
        at, visitor, kind, fmt, article, journal, yop, institution, access_type, method = row
        local = at.astimezone(zone)
        if local.date() != day:
            continue  # only there to close a double click of the day before midnight
        if kind != Kind.SEARCH and i + 1 < len(ordered):
            later = ordered[i + 1]
            if later[1:5] == row[1:5] and later[0] - at <= DOUBLE_CLICK:
                continue
        base = (institution, journal, article, yop, access_type, method)
        if kind == Kind.SEARCH:
            counts[(institution, None, None, None, "", method, "", Metric.SEARCHES_PLATFORM)] += 1
            continue
        if kind == Kind.NO_LICENSE:
            counts[(*base, "", Metric.NO_LICENSE)] += 1
            continue
        session = (visitor, local.hour)
        counts[(*base, "", Metric.TOTAL_ITEM_INVESTIGATIONS)] += 1
        if (session, article, base, "investigation") not in unique:
            unique.add((session, article, base, "investigation"))
            counts[(*base, "", Metric.UNIQUE_ITEM_INVESTIGATIONS)] += 1
        if kind == Kind.REQUEST:
            counts[(*base, fmt or Format.HTML, Metric.TOTAL_ITEM_REQUESTS)] += 1
            if (session, article, base, "request") not in unique:
                unique.add((session, article, base, "request"))
                counts[(*base, "", Metric.UNIQUE_ITEM_REQUESTS)] += 1
    return counts


#: The columns a month's counts are added up by.
_DIMENSIONS = (
    "institution_id",
    "journal_id",
    "article_id",
    "yop",
    "access_type",
    "access_method",
    "format",
    "metric",
)


def roll_up(month: datetime.date) -> int:
    """Rebuild ``UsageMonth`` for ``month`` (its first day) from its daily counts; the number of rows.

    One ``INSERT … SELECT … GROUP BY`` in the database: the rows never pass through Python.
    """
    columns = ", ".join(_DIMENSIONS)  # the attribute names are the column names
    months, days = UsageMonth._meta.db_table, UsageCount._meta.db_table
    month_value = connection.ops.adapt_datefield_value(month)
    with transaction.atomic(), connection.cursor() as cursor:
        UsageMonth.objects.filter(month=month).delete()
        cursor.execute(
            f"INSERT INTO {months} (month, {columns}, count) "  # noqa: S608 - table and column names from the models
            f"SELECT month, {columns}, SUM(count) FROM {days} WHERE month = %s GROUP BY month, {columns}",
            [month_value],
        )
        return cursor.rowcount


def count_day(day: datetime.date, *, roll_up_month: bool = True) -> int:
    """Count ``day``'s events into ``UsageCount``, replacing earlier counts of that day; the number of events.

    The month's totals (``UsageMonth``) follow unless ``roll_up_month`` is false (the caller then rolls up
    once for many days).
    """
    start, end = day_bounds(day)
    rows = list(UsageEvent.objects.filter(at__gte=start, at__lt=end + DOUBLE_CLICK).order_by().values_list(*_FIELDS))
    counts = count_events(rows, day=day)
    month = day.replace(day=1)
    day_value, month_value = connection.ops.adapt_datefield_value(day), connection.ops.adapt_datefield_value(month)
    cells = [(day_value, month_value, *cell, n) for cell, n in counts.items()]
    events = sum(1 for row in rows if row[0] < end)
    with transaction.atomic():
        UsageCount.objects.filter(day=day).delete()
        _insert_counts(cells)
        CountedDay.objects.update_or_create(day=day, defaults={"events": events})
        if roll_up_month:
            roll_up(month)
    return events


_COUNT_COLUMNS = ("day", "month", *_DIMENSIONS, "count")


def _insert_counts(cells: list[tuple[Any, ...]]) -> None:
    """Insert count rows (``_COUNT_COLUMNS`` order) with one prepared statement, without building models."""
    if not cells:
        return
    columns = ", ".join(_COUNT_COLUMNS)
    placeholders = ", ".join(["%s"] * len(_COUNT_COLUMNS))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {UsageCount._meta.db_table} ({columns}) VALUES ({placeholders})",  # noqa: S608 - names from the model
            cells,
        )


def closed_through(now: datetime.datetime | None = None) -> datetime.date:
    """The last day that can be counted: it ended (and its 30 seconds of double clicks passed)."""
    local = timezone.localtime(now or timezone.now(), _zone())
    return (local - DOUBLE_CLICK).date() - datetime.timedelta(days=1)


def days_to_count(now: datetime.datetime | None = None) -> list[datetime.date]:
    """Closed days with events that are not counted yet, oldest first."""
    span = UsageEvent.objects.aggregate(first=Min("at"), last=Max("at"))
    if span["first"] is None:
        return []
    first = timezone.localtime(span["first"], _zone()).date()
    last = closed_through(now)
    counted = set(CountedDay.objects.filter(day__range=(first, last)).values_list("day", flat=True))
    return [day for day in _days(first, last) if day not in counted]


def _days(first: datetime.date, last: datetime.date) -> Iterator[datetime.date]:
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)


def count_pending(
    *, now: datetime.datetime | None = None, progress: Callable[[int, int, datetime.date], None] | None = None
) -> int:
    """Count every closed day not counted yet and mark empty closed days as counted; the number of days."""
    days = days_to_count(now)
    for done, day in enumerate(days, 1):
        count_day(day, roll_up_month=False)
        if progress is not None:
            progress(done, len(days), day)
    for month in sorted({day.replace(day=1) for day in days}):
        roll_up(month)
    return len(days)


def recount(
    first: datetime.date, last: datetime.date, *, progress: Callable[[int, int, datetime.date], None] | None = None
) -> int:
    """Count the days ``first`` to ``last`` again from their raw events (those not purged); the number of events."""
    days = list(_days(first, last))
    events = 0
    for done, day in enumerate(days, 1):
        events += count_day(day, roll_up_month=False)
        if progress is not None:
            progress(done, len(days), day)
    for month in sorted({day.replace(day=1) for day in days}):
        roll_up(month)
    return events


def ready_through() -> datetime.date | None:
    """The last day through which every day since the first counted one is counted (None: nothing counted)."""
    days = list(CountedDay.objects.order_by("day").values_list("day", flat=True))
    if not days:
        return None
    last = days[0]
    for day in days[1:]:
        if day != last + datetime.timedelta(days=1):
            break
        last = day
    return last


def purge_events(*, now: datetime.datetime | None = None) -> int:
    """Delete raw events older than ``USAGE_RAW_RETENTION_DAYS`` whose day has been counted; how many."""
    local = timezone.localtime(now or timezone.now(), _zone())
    cutoff_day = local.date() - datetime.timedelta(days=settings.USAGE_RAW_RETENTION_DAYS)
    counted = ready_through()
    if counted is None:
        return 0
    cutoff, _ = day_bounds(min(counted + datetime.timedelta(days=1), cutoff_day))
    deleted, _ = UsageEvent.objects.filter(at__lt=cutoff).delete()
    return deleted
