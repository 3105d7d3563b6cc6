"""A year of demo usage: synthetic readers of the demo journals, recorded and counted as real ones would be.

``demo_usage_load(today=...)`` replaces the raw events, counts and ledger of the 365 days before
``today`` with generated ones and counts those days (``usage.aggregation.recount``), so the librarian's
page and the COUNTER reports have a year to show. What is generated:

* **Readers** ("personas"): students on Hogeschool Rijnland's campus, staff of Zorggroep Oostland and of
  Gemeente Veldhoven-Zuid (each on its own network, mostly reading their own journal), anonymous readers
  off campus (arriving from search engines, many of them at open-access articles), and the demo's
  subscriber, reader without a subscription and librarian, logged in from home.
* **What each may read** is asked of the real access decision (``access.decision.decide``) on the day of
  the event, and turned into the event by ``usage.recording.item_hit``, so reasons, institutions and
  access types are what the site itself would have recorded: Rijnland's licences run from 1 January,
  so before that it is refused; Oostland reads all of Waardenwerk last year and then only last year's
  articles (perpetual access); Veldhoven-Zuid's trial starts today, so its year is denials (the
  turnaways that lead to a trial). Decisions only change where a subscription starts or ends, so one is
  taken per (persona, article, period between such dates) and reused.
* **Rhythm**: busy weekdays, quiet weekends, dips in the summer holidays and around Christmas, office
  hours on campus and evenings at home; a few popular articles and a long tail (Zipf-like).
* **Behaviour**: a session opens a few articles (the page: a full-text request, or an investigation of
  the abstract behind the paywall), often the PDF too (or, when denied, a try at it: No_License), now
  and then a search first, a page opened again later, or a double click.
* **Robots**: crawlers and scripts with real user agents. Every event, a reader's or a robot's, passes
  ``usage.recording.is_robot`` (the COUNTER list ``record`` uses) before it is stored, so the robots'
  requests are dropped, counted and reported, as in production.

The same ``seed`` and ``today`` give the same events. Also makes the demo SUSHI credential of
Hogeschool Rijnland (``DEMO_REQUESTOR_ID``, ``DEMO_API_KEY``), public on purpose: it is in the README.
"""

from __future__ import annotations

import bisect
import datetime
import hashlib
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import formats

from access.decision import Reader, decide
from access.ipranges import IPAddress, parse_address
from access.models import Institution, InstitutionMember, Subscription
from accounts.models import User
from journals.demo import content
from journals.demo.plan import LIBRARIAN
from journals.models import Article
from leeszaal import generations
from usage.aggregation import day_bounds, recount
from usage.models import CountedDay, Kind, SushiCredential, UsageCount, UsageEvent
from usage.recording import Hit, event_of, is_robot, item_hit

Report = Callable[[str], object]

#: The demo's SUSHI credential (customer id: Hogeschool Rijnland's id), printed by ``load_demo`` and in the README.
DEMO_INSTITUTION = "Hogeschool Rijnland"
DEMO_REQUESTOR_ID = "demo-rijnland"
DEMO_API_KEY = "leeszaal-demo-sushi-rijnland"
DEMO_CREDENTIAL_LABEL = "Demo: oogsttool van de bibliotheek"

DAYS = 365
#: Reading sessions on an ordinary weekday, per published article (~87 for the full demo's 289).
SESSIONS_PER_ARTICLE = 0.3
#: Robot visits (crawls of 5-30 pages) on a day, per published article (~1 a day for the full demo).
ROBOT_VISITS_PER_ARTICLE = 0.0035
BATCH_SIZE = 10_000
#: The exponent of the articles' popularity: the article of rank r is read about 1/r**ZIPF as often as the first.
ZIPF = 0.75

BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
)
#: Crawlers and scripts as they announce themselves; all on the COUNTER robots list.
ROBOTS = (
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)",
    "python-requests/2.32.3",
    "Wget/1.21.4",
    "Scrapy/2.11.2 (+https://scrapy.org)",
)
#: An address on no demo campus (RFC 2544's benchmarking range): readers at home.
OFF_CAMPUS = "198.18.0.10"

#: Share of a weekday's activity per weekday (Monday first).
WEEKDAYS = (1.0, 1.05, 1.0, 0.95, 0.75, 0.22, 0.28)
#: Hour of the day → weight, on campus and at home.
OFFICE_HOURS = dict(zip(range(8, 22), (3, 8, 10, 10, 6, 9, 10, 9, 7, 4, 2, 2, 2, 1), strict=True))
HOME_HOURS = dict(zip(range(7, 23), (1, 2, 4, 5, 5, 4, 5, 5, 5, 4, 3, 3, 5, 6, 5, 3), strict=True))


@dataclass(frozen=True)
class Persona:
    """A kind of reader: where they read from, how many there are and what they like to read."""

    key: str
    #: Share of the sessions (relative).
    share: float
    #: How many different people (visitors) of this kind there are.
    people: int
    #: Journal slug → how much more often than others they read it (journals not named: 1).
    journals: dict[str, float] = field(default_factory=dict)
    hours: dict[int, int] = field(default_factory=lambda: HOME_HOURS)
    #: How strongly the weekend and the holidays quieten them (1: fully, 0: not at all).
    rhythm: float = 1.0
    #: How much more often an open-access article is what they arrive at.
    open_access_pull: float = 1.0
    searches: float = 0.3
    #: The institution (by name) on whose network they read, or the demo user (by e-mail) they are.
    institution: str = ""
    email: str = ""


def _demo_email(role: str) -> str:
    return next(user.email for user in content.DEMO_USERS if user.role == role)


PERSONAS = (
    Persona(
        "rijnland",
        30,
        450,
        {"wta": 5, "ouderschapskennis": 5},
        OFFICE_HOURS,
        rhythm=1.2,
        searches=0.4,
        institution="Hogeschool Rijnland",
    ),
    Persona("oostland", 12, 140, {"waardenwerk": 7}, OFFICE_HOURS, searches=0.25, institution="Zorggroep Oostland"),
    Persona(
        "veldhoven",
        8,
        90,
        {"participatie-en-herstel": 7},
        OFFICE_HOURS,
        searches=0.3,
        institution="Gemeente Veldhoven-Zuid",
    ),
    Persona("anonymous", 40, 5000, rhythm=0.6, open_access_pull=4, searches=0.1),
    Persona(
        "subscriber",
        5,
        1,
        dict.fromkeys((*content.SUBSCRIBER_CURRENT, *content.SUBSCRIBER_EXPIRED), 4),
        rhythm=0.7,
        email=_demo_email("subscriber"),
    ),
    Persona("reader", 3, 1, rhythm=0.7, searches=0.4, email=_demo_email("reader")),
    Persona("librarian", 2, 1, {"wta": 6, "ouderschapskennis": 6}, rhythm=1.0, searches=0.5, email=LIBRARIAN.email),
)


def season(day: datetime.date) -> float:
    """How busy the time of year is: quiet in the summer holidays and around Christmas, busier in term."""
    if (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 4):
        return 0.3
    if (7, 14) <= (day.month, day.day) <= (8, 24):
        return 0.45
    if day.month in (9, 10, 11, 3, 4, 5):
        return 1.1
    return 1.0


def activity(day: datetime.date, rhythm: float) -> float:
    """A persona's activity on ``day`` relative to an ordinary weekday in term."""
    quiet = WEEKDAYS[day.weekday()] * season(day)
    return max(0.05, 1 - rhythm * (1 - quiet))


@dataclass
class _Who:
    """A persona with its reader (for the access decision) and the institution its searches count for."""

    persona: Persona
    reader: Reader
    institution_id: int | None
    visitors: list[str]
    #: Cumulative article weights (a bisection of them draws an article).
    weights: list[float]
    hours: list[int]
    hour_weights: list[float]


@dataclass
class DemoUsage:
    """What one run generated."""

    first: datetime.date
    last: datetime.date
    events: int = 0
    robots_dropped: int = 0
    double_clicks: int = 0
    kinds: Counter[int] = field(default_factory=Counter)
    institutions: Counter[int | None] = field(default_factory=Counter)


def _visitor(*parts: object) -> str:
    """A stable pseudonymous visitor id of the same shape as ``usage.recording.visitor_of``'s (24 hex digits)."""
    return hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=12).hexdigest()


class _Generator:
    def __init__(self, *, today: datetime.date, days: int, seed: int, report: Report) -> None:
        self.seed = seed
        self.report = report
        self.rng = random.Random(f"leeszaal-demo-usage/{seed}")  # noqa: S311 - demo data, not security
        self.zone = ZoneInfo(settings.TIME_ZONE)
        self.first = today - datetime.timedelta(days=days)
        self.last = today - datetime.timedelta(days=1)
        self.result = DemoUsage(self.first, self.last)
        self.table = _EventTable()
        self.rows: list[tuple[Any, ...]] = []
        self.articles = list(
            Article.objects.published()
            .select_related("issue__journal")
            .order_by("issue__journal__slug", "issue__year", "issue__number", "position", "pk")
        )
        self.published = [article.publication_date or datetime.date.min for article in self.articles]
        # Decisions change only where a subscription starts or ends (the day after it ends).
        edges: set[datetime.date] = set()
        for starts_on, ends_on in Subscription.objects.values_list("starts_on", "ends_on"):
            edges.update((starts_on, ends_on + datetime.timedelta(days=1)))
        self.edges = sorted(edges)
        self.hits: dict[tuple[str, int, int], tuple[Hit | None, Hit | None]] = {}
        self.popularity = self._popularity()
        self.people = [who for persona in PERSONAS if (who := self._who(persona)) is not None]
        self.robot = self._who(Persona("robot", 0, 1, open_access_pull=1))

    # -- set-up ---------------------------------------------------------------------------

    def _popularity(self) -> list[float]:
        """A Zipf-like weight per article: a seeded ranking, the newest volume a little ahead."""
        order = list(range(len(self.articles)))
        self.rng.shuffle(order)
        seed = next((i for i, a in enumerate(self.articles) if a.slug == content.SEED_SLUG), None)
        if seed is not None:  # the README's example article is the most read
            order.remove(seed)
            order.insert(0, seed)
        newest = max((a.issue.year for a in self.articles), default=0)
        weights = [0.0] * len(self.articles)
        for rank, index in enumerate(order):
            weights[index] = (1.5 if self.articles[index].issue.year == newest else 1.0) / (rank + 1) ** ZIPF
        return weights

    def _who(self, persona: Persona) -> _Who | None:
        """The persona's reader, or None when the demo lacks its institution or user."""
        institution_id = None
        if persona.email:
            user = User.objects.filter(email=persona.email).first()
            if user is None:
                return None
            reader = Reader(user=user, ip=parse_address(OFF_CAMPUS))
            member = InstitutionMember.objects.filter(user=user).order_by("pk").first()
            institution_id = member.institution_id if member else None
        elif persona.institution:
            institution = Institution.objects.filter(name=persona.institution).first()
            address = _address_of(institution)
            if institution is None or address is None:
                return None
            reader = Reader(ip=address)
            institution_id = institution.pk
        else:
            reader = Reader(ip=parse_address(OFF_CAMPUS))
        weights = []
        for article, popularity in zip(self.articles, self.popularity, strict=True):
            weight = popularity * persona.journals.get(article.issue.journal.slug, 1.0)
            weights.append(weight * (persona.open_access_pull if article.is_open_access else 1.0))
        visitors = [_visitor("leeszaal-demo", self.seed, persona.key, n) for n in range(persona.people)]
        return _Who(
            persona,
            reader,
            institution_id,
            visitors,
            list(accumulate(weights)),
            list(persona.hours),
            list(accumulate(persona.hours.values())),
        )

    # -- one event ------------------------------------------------------------------------

    def hits_for(self, who: _Who, index: int, day: datetime.date) -> tuple[Hit | None, Hit | None]:
        """What opening the article's page and its PDF counts as for this reader on ``day``."""
        key = (who.persona.key, index, bisect.bisect_right(self.edges, day))
        hits = self.hits.get(key)
        if hits is None:
            article = self.articles[index]
            decision = decide(article=article, reader=who.reader, on=day)
            hits = (
                item_hit(article=article, decision=decision, pdf=False),
                item_hit(article=article, decision=decision, pdf=True),
            )
            self.hits[key] = hits
        return hits

    def add(self, hit: Hit | None, *, visitor: str, agent: str, at: datetime.datetime) -> None:
        if hit is None:
            return
        if is_robot(agent):  # what usage.recording.record does before it stores anything
            self.result.robots_dropped += 1
            return
        self.rows.append(self.table.row(hit, visitor=visitor, at=at))
        self.result.events += 1
        self.result.kinds[hit.kind] += 1
        self.result.institutions[hit.institution_id] += 1
        if len(self.rows) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        self.table.insert(self.rows)
        self.rows = []

    # -- sessions -------------------------------------------------------------------------

    def article_for(self, who: _Who, day: datetime.date) -> int | None:
        """An article the reader opens on ``day`` (one that had appeared by then), by their taste."""
        for _ in range(8):
            index = bisect.bisect_left(who.weights, self.rng.random() * who.weights[-1])
            if self.published[index] <= day:
                return index
        return None

    def start(self, who: _Who, day: datetime.date) -> datetime.datetime:
        hour = who.hours[bisect.bisect_left(who.hour_weights, self.rng.random() * who.hour_weights[-1])]
        return datetime.datetime.combine(
            day, datetime.time(hour, self.rng.randrange(60), self.rng.randrange(60)), tzinfo=self.zone
        )

    def session(self, who: _Who, day: datetime.date) -> None:
        rng = self.rng
        # A few people read a lot, most now and then.
        visitor = who.visitors[int(len(who.visitors) * rng.random() ** 2)]
        agent = BROWSERS[int(visitor[:4], 16) % len(BROWSERS)]  # each person keeps their browser
        at = self.start(who, day)
        end = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(), tzinfo=self.zone)

        def later(low: int, high: int) -> datetime.datetime:
            nonlocal at
            at += datetime.timedelta(seconds=rng.randint(low, high))
            return at

        if rng.random() < who.persona.searches:
            for _ in range(1 + int(rng.random() * 2.5)):
                self.add(Hit(kind=Kind.SEARCH, institution_id=who.institution_id), visitor=visitor, agent=agent, at=at)
                later(20, 120)
        opened: list[tuple[Hit | None, Hit | None]] = []
        for _ in range(1 + min(6, int(rng.expovariate(0.9)))):
            index = self.article_for(who, day)
            if index is None or at >= end:
                break
            page, pdf = self.hits_for(who, index, day)
            self.click(page, visitor=visitor, agent=agent, at=at)
            opened.append((page, pdf))
            if page is not None and page.kind == Kind.REQUEST:
                if rng.random() < 0.45:
                    self.click(pdf, visitor=visitor, agent=agent, at=later(30, 400))
            elif rng.random() < 0.3:  # denied: tries the PDF anyway
                self.click(pdf, visitor=visitor, agent=agent, at=later(5, 60))
            later(40, 600)
        if opened and rng.random() < 0.15 and at < end:  # back to something read earlier in the session
            self.click(rng.choice(opened)[0], visitor=visitor, agent=agent, at=at)

    def click(self, hit: Hit | None, *, visitor: str, agent: str, at: datetime.datetime) -> None:
        if at.astimezone(self.zone).date() > self.last:
            return  # a session of the last evening running into today, which is not over yet
        self.add(hit, visitor=visitor, agent=agent, at=at)
        if hit is not None and self.rng.random() < 0.04:  # a double click, counted once
            self.add(hit, visitor=visitor, agent=agent, at=at + datetime.timedelta(seconds=self.rng.randint(1, 12)))
            self.result.double_clicks += 1

    def crawl(self, day: datetime.date) -> None:
        """A robot visit: many pages and PDFs in a row, every article alike, a few searches."""
        if self.robot is None:
            return
        rng = self.rng
        agent = rng.choice(ROBOTS)
        who = self.robot
        on_campus = [w for w in self.people if w.persona.institution]
        if on_campus and rng.random() < 0.15:  # a script on a campus: no more counted than a crawler elsewhere
            who = rng.choice(on_campus)
        visitor = _visitor("leeszaal-demo-robot", self.seed, agent, who.persona.key)
        at = datetime.datetime.combine(
            day, datetime.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)), tzinfo=self.zone
        )
        for _ in range(rng.randint(5, 30)):
            index = rng.randrange(len(self.articles))
            if self.published[index] > day:
                continue
            page, pdf = self.hits_for(who, index, day)
            self.click(page, visitor=visitor, agent=agent, at=at)
            if rng.random() < 0.3:
                self.click(pdf, visitor=visitor, agent=agent, at=at + datetime.timedelta(seconds=1))
            if rng.random() < 0.05:
                self.click(
                    Hit(kind=Kind.SEARCH, institution_id=who.institution_id), visitor=visitor, agent=agent, at=at
                )
            at += datetime.timedelta(seconds=rng.randint(1, 20))

    # -- the year -------------------------------------------------------------------------

    def run(self) -> DemoUsage:
        if not self.articles:
            return self.result
        rate = SESSIONS_PER_ARTICLE * len(self.articles)
        robots = ROBOT_VISITS_PER_ARTICLE * len(self.articles)
        total_share = sum(who.persona.share for who in self.people)
        day, month_events = self.first, 0
        while day <= self.last:
            before = self.result.events
            for who in self.people:
                expected = rate * who.persona.share / total_share * activity(day, who.persona.rhythm)
                sessions = int(expected) + (self.rng.random() < expected % 1)
                for _ in range(sessions):
                    self.session(who, day)
            crawls = robots * self.rng.uniform(0, 2)
            for _ in range(int(crawls) + (self.rng.random() < crawls % 1)):
                self.crawl(day)
            month_events += self.result.events - before
            following = day + datetime.timedelta(days=1)
            if following.month != day.month or following > self.last:
                self.report(f"  {formats.date_format(day, 'F Y')}: {_number(month_events)} gebeurtenissen")
                month_events = 0
            day = following
        self.flush()
        return self.result


class _EventTable:
    """Events as plain rows, inserted with ``executemany``: ten times faster than ``bulk_create``.

    With ``DEBUG`` (as ``make demo`` runs) Django logs every query with its parameters quoted, which
    for a bulk insert costs more than the insert itself; ``executemany`` is logged without them. Each
    row is still what ``usage.recording.event_of`` makes of the hit (its fields, prepared for the
    database once per distinct hit), so the demo stores exactly what recording would.
    """

    def __init__(self) -> None:
        meta = UsageEvent._meta
        fields = {f.name: f for f in meta.concrete_fields if not f.primary_key}
        self.at = fields.pop("at")
        visitor = fields.pop("visitor")
        self.fields = list(fields.values())
        columns = [str(f.column) for f in (self.at, visitor, *self.fields)]
        table = connection.ops.quote_name(str(meta.db_table))
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        marks = ", ".join(["%s"] * len(columns))
        self.sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - names from the model, values bound
        self.prepared: dict[Hit, tuple[Any, ...]] = {}

    def row(self, hit: Hit, *, visitor: str, at: datetime.datetime) -> tuple[Any, ...]:
        rest = self.prepared.get(hit)
        if rest is None:
            event = event_of(hit, visitor=visitor, at=at)
            rest = tuple(f.get_db_prep_save(getattr(event, f.attname), connection) for f in self.fields)
            self.prepared[hit] = rest
        return (self.at.get_db_prep_save(at, connection), visitor, *rest)

    def insert(self, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            with connection.cursor() as cursor:
                cursor.executemany(self.sql, rows)


def _address_of(institution: Institution | None) -> IPAddress | None:
    """The first address of the institution's first range: on its network."""
    if institution is None:
        return None
    ip_range = institution.ip_ranges.order_by("first").first()
    return None if ip_range is None else ip_range.span.first


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def demo_sushi_credential() -> SushiCredential | None:
    """Hogeschool Rijnland's demo SUSHI credential, created or brought back (unrevoked, the documented key)."""
    institution = Institution.objects.filter(name=DEMO_INSTITUTION).first()
    if institution is None:
        return None
    credential = SushiCredential.objects.filter(requestor_id=DEMO_REQUESTOR_ID).first()
    if credential is None:
        credential = SushiCredential(requestor_id=DEMO_REQUESTOR_ID, institution=institution)
    before = (credential.institution_id, credential.label, credential.api_key_digest, credential.revoked_at)
    credential.institution = institution
    credential.label = DEMO_CREDENTIAL_LABEL
    credential.revoked_at = None
    credential.set_api_key(DEMO_API_KEY)
    if credential.pk is None or before != (institution.pk, DEMO_CREDENTIAL_LABEL, credential.api_key_digest, None):
        credential.save()
    return credential


def demo_usage_delete(first: datetime.date, last: datetime.date) -> int:
    """Delete the raw events, counts and ledger of the days ``first`` to ``last``; the number of events."""
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    deleted, _ = UsageEvent.objects.filter(at__gte=start, at__lt=end).delete()
    UsageCount.objects.filter(day__range=(first, last)).delete()
    CountedDay.objects.filter(day__range=(first, last)).delete()
    return deleted


def demo_usage_load(*, today: datetime.date, seed: int = 7, days: int = DAYS, report: Report | None = None) -> int:
    """Replace the usage of the ``days`` (a year) before ``today`` with generated usage and count it; the events stored."""
    say: Report = report or (lambda line: None)
    with transaction.atomic():
        credential = demo_sushi_credential()
        # The load that called us changed access in this transaction; the access generation moves only
        # on commit, so move it now or the decision would read the index and entitlements from before.
        generations.bump(generations.ACCESS)
        first, last = today - datetime.timedelta(days=days), today - datetime.timedelta(days=1)
        demo_usage_delete(first, last)
        say(f"Gebruik genereren van {first:%d-%m-%Y} t/m {last:%d-%m-%Y}:")
        result = _Generator(today=today, days=days, seed=seed, report=say).run()
        say(
            f"Gebruik: {_number(result.events)} gebeurtenissen bewaard "
            f"({_number(result.kinds[Kind.REQUEST])} volledige tekst, {_number(result.kinds[Kind.INVESTIGATION])} "
            f"bekeken, {_number(result.kinds[Kind.NO_LICENSE])} geweigerd, {_number(result.kinds[Kind.SEARCH])} "
            f"zoekopdrachten, {_number(result.double_clicks)} dubbelklikken); "
            f"{_number(result.robots_dropped)} verzoeken van robots weggelaten."
        )

        def progress(done: int, total: int, day: datetime.date) -> None:
            if done % 60 == 0 or done == total:
                say(f"  geteld: {done}/{total} dagen (t/m {day:%d-%m-%Y})")

        say("Gebruik tellen (COUNTER: dubbelklikken, sessies, unieke items):")
        # DEBUG (make demo) logs every query with its parameters quoted one by one, which doubles the time
        # of counting a year; the counting itself is the same either way.
        with override_settings(DEBUG=False):
            recount(first, last, progress=progress)
        rows = UsageCount.objects.filter(day__range=(first, last)).count()
        say(f"Gebruik geteld: {_number(rows)} tellingen over {days} dagen.")
        if credential is not None:
            say(
                f"SUSHI voor {DEMO_INSTITUTION}: customer_id {credential.institution_id}, "
                f"requestor_id {DEMO_REQUESTOR_ID}, api_key {DEMO_API_KEY}"
            )
    return result.events
