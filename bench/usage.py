"""Benchmark of usage: recording one event, counting a year of events, COUNTER reports over the counts.

    .venv/bin/python bench/usage.py [--events 1000000] [--database sqlite|postgres] [--report-runs 30]

1. A throwaway database: a temporary SQLite file (in a temporary ``LEESZAAL_VAR_DIR``), or a fresh
   PostgreSQL database ``leeszaal_bench_usage`` on 127.0.0.1:5432 (user postgres, trust auth; one left
   by an interrupted run is dropped first). ``migrate``, then a small fixed corpus (seeded): one
   publisher, four journals (the fourth open access) of 3 years x 4 issues x 25 articles (1,200
   articles, a tenth of the others open access), 100 institutions with a licence to one to three
   journals, and "Bench-hogeschool" on 192.0.2.0/24 with licences to the first two.
2. ``--events`` raw events over the twelve full months before this one, straight into the table
   (PostgreSQL: ``COPY`` through psycopg; SQLite: ``executemany`` in transactions of a million):
   weekdays busy, weekends and holidays quiet (``usage.demo.activity``), office hours, Zipf-like
   popular articles and institutions, what a licence gives (requests) or not (investigations,
   No_License), searches, open access, a few percent double clicks.
3. One event recorded through ``usage.recording.record`` (5,000 calls, each its own autocommitted
   insert, as after a real response), one robot's dropped; and what the page itself waits for:
   ``item_hit`` and ``count`` in the view, ``UsageMiddleware`` around the response (the insert
   happens after the response is sent).
4. Counting every day (``usage.aggregation.recount``), with events/s and the rows in ``UsageCount`` and
   ``UsageMonth``.
5. ``usage.reports.run_report`` for TR_J1, TR_J3 and PR, the busiest institution, twelve months
   (median and p99 over ``--report-runs`` runs, fewer when a report is slow: at most ~30 s each).

Prints figures and the time of each phase, and asserts nothing, like every script in ``bench/``. The
database and the folder are removed at the end, on failure and on Ctrl-C or SIGTERM too.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import datetime
import os
import random
import secrets
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0]).resolve() == REPO / "bench":
    sys.path[0] = str(REPO)  # run as bench/usage.py: "usage" must be the Django app, not this file

SEED = 20261201
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DEFAULT_DATABASE = "leeszaal_bench_usage"
JOURNALS = 4
YEARS = 3
ISSUES_PER_YEAR = 4
ARTICLES_PER_ISSUE = 25
INSTITUTIONS = 100
CAMPUS = "Bench-hogeschool"
CAMPUS_RANGE = "192.0.2.0/24"
CAMPUS_ADDRESS = "192.0.2.10"
#: Share of events from readers off every campus, and of searches among all events.
ANONYMOUS = 0.35
SEARCHES = 0.12
DOUBLE_CLICKS = 0.03
#: Distinct hits ((kind, format, article, institution, ...) combinations) drawn up front, and visitors.
TEMPLATES = 200_000
VISITORS = 300_000
CHUNK = 100_000
SQLITE_TRANSACTION = 1_000_000
RECORD_CALLS = 5_000
REPORT_SECONDS = 30.0
HOURS = dict(
    zip(range(24), (1, 1, 0, 0, 0, 1, 2, 4, 7, 10, 11, 11, 8, 10, 11, 10, 8, 6, 4, 4, 5, 5, 4, 2), strict=True)
)
BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
ROBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def say(line: str = "") -> None:
    print(line, flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass
class Phases:
    """How long each phase took, printed at the end."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = time.perf_counter() - started
            say(f"[{name}: {self.seconds[name]:.1f} s]")


# -------------------------------------------------------------------------------------- database


def _admin_connect(pg: str) -> Any:
    import psycopg

    return psycopg.connect(f"{pg}/postgres", autocommit=True, connect_timeout=5)


def _drop_database(pg: str, name: str) -> None:
    from psycopg import sql

    with _admin_connect(pg) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextlib.contextmanager
def throwaway_database(kind: str, pg: str, name: str, phases: Phases) -> Iterator[str]:
    """Django set up on a database of its own (migrated), removed afterwards; yields its description."""
    folder = Path(tempfile.mkdtemp(prefix="leeszaal-bench-usage-"))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
            "DEBUG": "0",  # as in production: no query log
            "LEESZAAL_HTTPS": "0",
            "SECRET_KEY": secrets.token_urlsafe(32),
            "ALLOWED_HOSTS": "127.0.0.1",
            "LEESZAAL_VAR_DIR": str(folder),
        }
    )
    os.environ.pop("REDIS_URL", None)
    if kind == "postgres":
        from psycopg import sql

        with _admin_connect(pg) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        os.environ["DATABASE_URL"] = f"{pg}/{name}"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench-usage.sqlite3'}"
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection

        with phases.timed("migrate"):
            call_command("migrate", verbosity=0, interactive=False)
        config = settings.DATABASES["default"]
        version = ""
        with connection.cursor() as cursor:
            cursor.execute("SELECT version()" if kind == "postgres" else "SELECT sqlite_version()")
            version = str(cursor.fetchone()[0]).split(" on ")[0]
        yield f"{config['ENGINE'].rsplit('.', 1)[-1]} {config['NAME']} ({version})"
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections

            connections.close_all()
        if kind == "postgres":
            _drop_database(pg, name)
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------------------- corpus


@dataclass
class Corpus:
    #: (article id, journal id, year of publication, access type) per article, and its popularity.
    articles: list[tuple[int, int, int, str]]
    popularity: list[float]
    institutions: list[int]
    institution_weights: list[float]
    licences: set[tuple[int, int]]
    campus_id: int
    campus_article_id: int
    first: datetime.date
    last: datetime.date


def _issn(n: int) -> str:
    from journals.identifiers import issn_check_digit

    seven = f"{3000000 + n:07d}"
    return f"{seven[:4]}-{seven[4:]}{issn_check_digit(seven)}"


def build_corpus(rng: random.Random, today: datetime.date) -> Corpus:
    from django.db import transaction

    from access.ipranges import parse_range
    from access.models import Institution, IPRange, Subscription
    from journals.models import Article, Issue, Journal, Publisher

    this_month = today.replace(day=1)
    first, last = this_month.replace(year=this_month.year - 1), this_month - datetime.timedelta(days=1)
    years = [today.year - YEARS + 1 + k for k in range(YEARS)]
    with transaction.atomic():
        publisher = Publisher.objects.create(name="Uitgeverij Bench", slug="bench-gebruik")
        journals = Journal.objects.bulk_create(
            Journal(
                publisher=publisher,
                title=f"Bench-tijdschrift {n + 1}",
                slug=f"bench-tijdschrift-{n + 1}",
                issn_online=_issn(n),
                description="Een tijdschrift voor de benchmark.",
                open_access=n == JOURNALS - 1,
                position=n,
            )
            for n in range(JOURNALS)
        )
        issues = Issue.objects.bulk_create(
            Issue(
                journal=journal,
                volume=year - 1990,
                number=str(number),
                sort_number=number,
                year=year,
                published_on=datetime.date(year, 3 * number - 1, 15),
                is_published=True,
            )
            for journal in journals
            for year in years
            for number in range(1, ISSUES_PER_YEAR + 1)
        )
        articles = Article.objects.bulk_create(
            (
                Article(
                    issue=issue,
                    position=position,
                    title=f"Artikel {issue.pk}-{position}",
                    slug=f"artikel-{position}",
                    abstract="Een samenvatting.",
                    body="<p>De volledige tekst.</p>",
                    doi=f"10.5555/bench.{issue.pk}.{position}",
                    published_on=issue.published_on,
                    status=Article.Status.PUBLISHED,
                    access=Article.Access.OPEN if rng.random() < 0.1 else Article.Access.SUBSCRIPTION,
                    license=Article.License.CC_BY,
                )
                for issue in issues
                for position in range(1, ARTICLES_PER_ISSUE + 1)
            ),
            batch_size=1000,
        )
        campus = Institution.objects.create(name=CAMPUS)
        span = parse_range(CAMPUS_RANGE)
        IPRange.objects.bulk_create(
            [IPRange(institution=campus, text=span.text, first=span.first_key, last=span.last_key)]
        )
        others = Institution.objects.bulk_create(
            Institution(name=f"Bench-instelling {n}") for n in range(INSTITUTIONS - 1)
        )
        institutions = [campus, *others]
        licences = {(campus.pk, journals[0].pk), (campus.pk, journals[1].pk)}
        for institution in others:
            for journal in rng.sample(journals[: JOURNALS - 1], rng.randint(1, 3)):
                licences.add((institution.pk, journal.pk))
        Subscription.objects.bulk_create(
            Subscription(
                institution_id=institution_id,
                journal_id=journal_id,
                starts_on=first - datetime.timedelta(days=30),
                ends_on=today + datetime.timedelta(days=365),
                source=Subscription.Source.INSTITUTIONAL,
            )
            for institution_id, journal_id in sorted(licences)
        )
    journal_open = {journal.pk: journal.open_access for journal in journals}
    issue_of = {issue.pk: issue for issue in issues}
    rows = []
    for article in articles:
        issue = issue_of[article.issue_id]
        is_open = article.access == Article.Access.OPEN or journal_open[issue.journal_id]
        rows.append((article.pk, issue.journal_id, issue.year, "Open" if is_open else "Controlled"))
    order = list(range(len(rows)))
    rng.shuffle(order)
    popularity = [0.0] * len(rows)
    for rank, index in enumerate(order):
        popularity[index] = (1.5 if rows[index][2] == years[-1] else 1.0) / (rank + 1) ** 0.8
    campus_article = next(r[0] for r in rows if r[1] == journals[0].pk and r[3] == "Controlled")
    return Corpus(
        articles=rows,
        popularity=list(accumulate(popularity)),
        institutions=[i.pk for i in institutions],
        institution_weights=list(accumulate(1 / (rank + 1) ** 0.7 for rank in range(len(institutions)))),
        licences=licences,
        campus_id=campus.pk,
        campus_article_id=campus_article,
        first=first,
        last=last,
    )


# ------------------------------------------------------------------------------------ generating


def hit_templates(corpus: Corpus, rng: random.Random, count: int) -> list[tuple[Any, ...]]:
    """Distinct hits as rows (kind, format, article, journal, yop, institution, access type, method, reason).

    What the access decision would say: open access is granted to anyone (without institution, as
    ``access.decision.decide`` answers it), a licence gives requests, anything else investigations
    of the abstract and now and then a refused PDF (No_License), for the campus or an anonymous reader.
    """
    from usage.models import Format, Kind

    templates: list[tuple[Any, ...]] = []
    row: tuple[Kind, Format, int | None, str]
    for _ in range(count):
        institution: int | None = None
        if rng.random() >= ANONYMOUS:
            index = bisect.bisect_left(corpus.institution_weights, rng.random() * corpus.institution_weights[-1])
            institution = corpus.institutions[index]
        if rng.random() < SEARCHES:
            templates.append((Kind.SEARCH.value, "", None, None, None, institution, "", "Regular", ""))
            continue
        index = bisect.bisect_left(corpus.popularity, rng.random() * corpus.popularity[-1])
        article, journal, yop, access_type = corpus.articles[index]
        pdf = rng.random() < 0.4
        if access_type == "Open":
            row = (Kind.REQUEST, Format.PDF if pdf else Format.HTML, None, "open_access")
        elif institution is not None and (institution, journal) in corpus.licences:
            row = (Kind.REQUEST, Format.PDF if pdf else Format.HTML, institution, "institution")
        elif rng.random() < 0.25:
            row = (Kind.NO_LICENSE, Format.PDF, institution, "login_required")
        else:
            row = (Kind.INVESTIGATION, Format.NONE, institution, "login_required")
        kind, fmt, by, reason = row
        templates.append((kind.value, fmt.value, article, journal, yop, by, access_type, "Regular", reason))
    return templates


def per_day(corpus: Corpus, events: int) -> list[tuple[datetime.date, int]]:
    """How many events each day gets: the weekday rhythm and holidays of ``usage.demo``, summing to ``events``."""
    from usage.demo import activity

    days = [corpus.first + datetime.timedelta(days=n) for n in range((corpus.last - corpus.first).days + 1)]
    weights = [activity(day, 1.0) for day in days]
    total = sum(weights)
    shares = [events * w / total for w in weights]
    counts = [int(s) for s in shares]
    for index in sorted(range(len(days)), key=lambda i: counts[i] - shares[i])[: events - sum(counts)]:
        counts[index] += 1
    return list(zip(days, counts, strict=True))


def hour_prefixes(day: datetime.date) -> list[str]:
    """Per local hour of ``day``, its UTC time up to the hour ('2026-03-02 09'), as the column stores it."""
    from zoneinfo import ZoneInfo

    from django.conf import settings

    zone = ZoneInfo(settings.TIME_ZONE)
    prefixes = []
    for hour in range(24):
        local = datetime.datetime.combine(day, datetime.time(hour), tzinfo=zone)
        prefixes.append(local.astimezone(datetime.UTC).strftime("%Y-%m-%d %H"))
    return prefixes


def day_rows(
    day: datetime.date, count: int, templates: int, visitors: list[str], rng: random.Random
) -> Iterator[tuple[str, str, int]]:
    """``count`` events of ``day`` as (UTC time as stored, visitor, index of the hit), double clicks included."""
    prefixes = hour_prefixes(day)
    hours = rng.choices(range(24), cum_weights=list(accumulate(HOURS.values())), k=count)
    random_ = rng.random
    n_visitors = len(visitors)
    made = 0
    for hour in hours:
        if made >= count:
            break
        second = int(random_() * 3600)
        visitor = visitors[int(n_visitors * random_() ** 2)]  # a few read a lot
        template = int(random_() * templates)
        yield f"{prefixes[hour]}:{second // 60:02d}:{second % 60:02d}", visitor, template
        made += 1
        if random_() < DOUBLE_CLICKS and made < count and second < 3590:
            second += 1 + int(random_() * 9)
            yield f"{prefixes[hour]}:{second // 60:02d}:{second % 60:02d}", visitor, template
            made += 1


COLUMNS = (
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
    "reason",
)


def generate(kind: str, corpus: Corpus, events: int, rng: random.Random) -> None:
    from django.db import connection, transaction

    from usage.models import UsageEvent

    say(f"Drawing {TEMPLATES:,} distinct hits and {VISITORS:,} visitors ...")
    templates = hit_templates(corpus, rng, TEMPLATES)
    visitors = [f"{rng.getrandbits(96):024x}" for _ in range(VISITORS)]
    days = per_day(corpus, events)
    table = UsageEvent._meta.db_table
    say(f"Generating {events:,} events over {len(days)} days ({corpus.first} to {corpus.last}) into {table} ...")
    started = time.perf_counter()
    written = 0
    next_report = 10.0

    def progress(day: datetime.date) -> None:
        nonlocal next_report
        elapsed = time.perf_counter() - started
        if elapsed >= next_report:
            next_report = elapsed + 10
            say(f"  {written:>12,} events ({100 * written / events:5.1f}%, to {day}), {written / elapsed:,.0f}/s")

    def chunks(row: Any) -> Iterator[list[Any]]:
        """The events as rows made by ``row(at, visitor, template)``, about CHUNK at a time."""
        rows: list[Any] = []
        for day, count in days:
            rows.extend(row(*event) for event in day_rows(day, count, len(templates), visitors, rng))
            if len(rows) >= CHUNK:
                yield rows
                rows = []
                progress(day)
        yield rows

    if kind == "postgres":
        text = ["\t".join(r"\N" if value is None else str(value) for value in t) for t in templates]
        copy_sql = f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN"
        with transaction.atomic():
            with connection.cursor() as cursor, cursor.cursor.copy(copy_sql) as copy:
                for lines in chunks(lambda at, visitor, t: f"{at}+00\t{visitor}\t{text[t]}\n"):
                    copy.write("".join(lines))
                    written += len(lines)
            copied = time.perf_counter()
            say(f"  COPY done in {copied - started:.1f} s; committing (the foreign keys are checked now) ...")
        say(f"  commit: {time.perf_counter() - copied:.1f} s")
    else:
        marks = ", ".join(["%s"] * len(COLUMNS))
        sql = f"INSERT INTO {table} ({', '.join(COLUMNS)}) VALUES ({marks})"  # noqa: S608 - fixed names
        pending = chunks(lambda at, visitor, t: (at, visitor, *templates[t]))
        finished = False
        while not finished:
            finished = True
            with transaction.atomic(), connection.cursor() as cursor:  # a million rows a transaction
                in_transaction = 0
                for rows in pending:
                    cursor.executemany(sql, rows)
                    written += len(rows)
                    in_transaction += len(rows)
                    if in_transaction >= SQLITE_TRANSACTION:
                        finished = False
                        break
    elapsed = time.perf_counter() - started
    say(f"generated {written:,} events in {elapsed:.1f} s: {written / elapsed:,.0f} events/s")
    analyze(f"ANALYZE {table}" if kind == "postgres" else "ANALYZE")


def analyze(sql: str) -> None:
    """Fresh planner statistics after a bulk load (autovacuum would get there, later)."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql)
    say(f"{sql}: {time.perf_counter() - started:.1f} s")


# ------------------------------------------------------------------------------------- recording


def _micro(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f} µs, p99 {percentile(values, 0.99):.1f} µs"


def bench_recording(corpus: Corpus) -> None:
    from django.http import HttpResponse
    from django.test import RequestFactory
    from django.utils import timezone

    from access.decision import Reader, decide
    from access.ipranges import parse_address
    from journals.models import Article
    from usage.models import UsageEvent
    from usage.recording import HIT, UsageMiddleware, count, event_of, flush, is_robot, item_hit, record
    from usage.recording import _buffer as pending

    article = Article.objects.select_related("issue__journal").get(pk=corpus.campus_article_id)
    decision = decide(article=article, reader=Reader(ip=parse_address(CAMPUS_ADDRESS)))
    say(f"The measured reader: {CAMPUS_ADDRESS} on {CAMPUS}'s campus, article {article.pk}: {decision.reason}")
    clock = time.perf_counter_ns

    # What the view adds to the page: the hit, on the response.
    responses = [HttpResponse(b"") for _ in range(RECORD_CALLS)]
    view_part = []
    for response in responses:
        t0 = clock()
        count(response, item_hit(article=article, decision=decision, pdf=False))
        view_part.append((clock() - t0) / 1000)

    # What the middleware adds before the response goes out: a closer that records after it was sent.
    request = RequestFactory().get("/bench/artikel/", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=CAMPUS_ADDRESS)
    queue = iter(responses)
    middleware = UsageMiddleware(lambda _request: next(queue))
    middleware_part = []
    for _ in responses:
        t0 = clock()
        middleware(request)
        middleware_part.append((clock() - t0) / 1000)
    attached = len([r for r in responses if getattr(r, HIT, None) and getattr(r, "_resource_closers", None)])
    say(f"In the request ({RECORD_CALLS:,} pages; {attached:,} responses carry a hit and a closer):")
    say(f"  view: item_hit + count      {_micro(view_part)}")
    say(f"  UsageMiddleware             {_micro(middleware_part)}")
    say(f"  together                    {_micro([a + b for a, b in zip(view_part, middleware_part, strict=True)])}")

    # After the response: record() (robot check, the event into the process's buffer; a flush stores the
    # buffer in one insert, as soon as USAGE_FLUSH_EVENTS wait or every USAGE_FLUSH_SECONDS).
    hit = item_hit(article=article, decision=decision, pdf=False)
    assert hit is not None
    before = UsageEvent.objects.count()
    started = timezone.now()
    visitors = [f"{n:024x}" for n in range(RECORD_CALLS)]
    stored = []
    for visitor in visitors:
        at = timezone.now()
        t0 = clock()
        record(hit, user_agent=BROWSER, visitor=visitor, at=at)
        stored.append((clock() - t0) / 1000)
    flush()
    flushes = []
    for batch in range(10):
        for visitor in visitors[batch * 500 : (batch + 1) * 500]:
            pending.events.append(event_of(hit, visitor=visitor, at=timezone.now()))
        t0 = clock()
        flush()
        flushes.append((clock() - t0) / 1000 / 500)
    dropped = []
    for visitor in visitors[:1000]:
        t0 = clock()
        record(hit, user_agent=ROBOT, visitor=visitor, at=started)
        dropped.append((clock() - t0) / 1000)
    agents = [f"{BROWSER} Bench/{n}" for n in range(1000)]
    uncached = []
    for agent in agents:
        t0 = clock()
        is_robot(agent)
        uncached.append((clock() - t0) / 1000)
    added = UsageEvent.objects.count() - before
    say(f"After the response (with {before:,} events in the table):")
    say(f"  record(), buffered          {_micro(stored)} ({added:,} rows added by {RECORD_CALLS + 5000:,} calls)")
    say(f"  flush of 500, per event     {_micro(flushes)}")
    say(f"  record(), robot dropped     {_micro(dropped)}")
    say(f"  is_robot, a new user agent  {_micro(uncached)} (the COUNTER list; cached per agent after that)")
    UsageEvent.objects.filter(at__gte=started).delete()


# ------------------------------------------------------------------------------------ aggregation


def bench_aggregation(corpus: Corpus, events: int) -> None:

    from usage import models as usage_models
    from usage.aggregation import recount
    from usage.models import CountedDay, UsageCount

    say(f"Counting {corpus.first} to {corpus.last} (usage.aggregation.recount) ...")
    started = time.perf_counter()
    last_report = started
    days_done = 0.0

    def progress(done: int, total: int, day: datetime.date) -> None:
        nonlocal last_report, days_done
        now = time.perf_counter()
        if now - last_report >= 10 or done == total:
            last_report = now
            say(f"  {done:>3}/{total} days (to {day}), {now - started:.0f} s")
        if done == total:
            days_done = now - started
            say("  then whatever recount does after the days (the months' roll-up, where there is one) ...")

    counted = recount(corpus.first, corpus.last, progress=progress)
    elapsed = time.perf_counter() - started
    say(f"the days: {days_done:.1f} s, after them: {elapsed - days_done:.1f} s")
    rows = UsageCount.objects.count()
    days = CountedDay.objects.count()
    month_model = getattr(usage_models, "UsageMonth", None)  # the monthly sums, where the tree has them
    say(
        f"counted {counted:,} events of {days} days in {elapsed:.1f} s: {counted / elapsed:,.0f} events/s, {days_done / days * 1000:.0f} ms a day"
    )
    say(f"UsageCount rows: {rows:,} ({rows / max(events, 1):.2f} per event)")
    if month_model is not None:
        say(f"UsageMonth rows: {month_model.objects.count():,}")
    analyze("ANALYZE")


# ---------------------------------------------------------------------------------------- reports


def bench_reports(corpus: Corpus, runs: int) -> None:
    from access.models import Institution
    from usage.reports import run_report

    customer = Institution.objects.get(pk=corpus.campus_id)
    params = {"begin_date": f"{corpus.first:%Y-%m}", "end_date": f"{corpus.last:%Y-%m}"}
    say(f"run_report for {customer.name}, {params['begin_date']} to {params['end_date']}:")
    for report_id in ("TR_J1", "TR_J3", "PR"):
        report = run_report(report_id, params, customer=customer)  # warm: the first one pays for imports
        items = report.get("Report_Items", [])
        exceptions = report.get("Report_Header", {}).get("Exceptions", [])
        times: list[float] = []
        deadline = time.perf_counter() + REPORT_SECONDS
        while len(times) < runs and (len(times) < 5 or time.perf_counter() < deadline):
            t0 = time.perf_counter()
            run_report(report_id, params, customer=customer)
            times.append((time.perf_counter() - t0) * 1000)
        note = f", exceptions {[e.get('Code') for e in exceptions]}" if exceptions else ""
        say(
            f"  {report_id:<6} median {statistics.median(times):8.1f} ms, p99 {percentile(times, 0.99):8.1f} ms "
            f"over {len(times)} runs; {len(items)} items{note}"
        )


# ------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"PostgreSQL server (default {DEFAULT_PG})")
    parser.add_argument("--pg-database", default=DEFAULT_DATABASE, help="the throwaway database's name")
    parser.add_argument("--report-runs", type=int, default=30)
    args = parser.parse_args(argv)

    def stop(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop)
    phases = Phases()
    rng = random.Random(SEED)
    total = time.perf_counter()
    with throwaway_database(args.database, args.pg, args.pg_database, phases) as description:
        say(f"database: {description}")
        # What is measured, imported now: a long run must not pick up a half-edited tree later on.
        from django.utils import timezone

        import usage.aggregation
        import usage.recording
        import usage.reports  # noqa: F401

        with phases.timed("corpus"):
            corpus = build_corpus(rng, timezone.localdate())
            say(
                f"corpus: {len(corpus.articles):,} articles in {JOURNALS} journals, {len(corpus.institutions)} "
                f"institutions, {len(corpus.licences)} licences"
            )
        with phases.timed("generating events"):
            generate(args.database, corpus, args.events, rng)
        with phases.timed("recording"):
            bench_recording(corpus)
        with phases.timed("counting"):
            bench_aggregation(corpus, args.events)
        with phases.timed("reports"):
            bench_reports(corpus, args.report_runs)
    say("Phases: " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in phases.seconds.items()))
    say(f"Total {time.perf_counter() - total:.1f} s")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        say("Interrupted; the database and the folder were removed.")
        sys.exit(130)
