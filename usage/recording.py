"""Recording what COUNTER counts, without slowing the page that is counted.

A view says what a response counts as (``count`` with ``item_hit``, or ``count_search``): a small frozen ``Hit`` on the
response, which the shared page cache keeps with the page, so a page served from the cache is counted
too. ``UsageMiddleware`` turns the hit into a ``UsageEvent`` after the response has gone to the reader
(Django closes a response once the server has sent it). What the reader waits for is the ``Hit`` and one
list append; robots, the pseudonymous visitor and the event come afterwards, and the events of a process
are stored together about once a second (``_Buffer``), so that a page costs no insert of its own. A
failure to record is logged and never reaches the reader. The buffer is stored when the process exits,
so a restart of the site loses no event; only a killed process loses the second it held.

What is stored is in ``usage.models``: no IP address, no user id, only an HMAC of either.
"""

from __future__ import annotations

import atexit
import datetime
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import counter_robots
from django.conf import settings
from django.db import connection, connections, transaction
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.utils import timezone

from access.decision import Decision, Reason, article_access_type
from access.readers import client_ip
from leeszaal import outage
from usage.models import AccessMethod, Format, Kind, UsageEvent

if TYPE_CHECKING:
    from journals.models import Article

logger = logging.getLogger(__name__)

#: The attribute on a response that carries its ``Hit``.
HIT = "leeszaal_usage_hit"


@dataclass(frozen=True, slots=True)
class Hit:
    """What one response counts as: everything of the event but who and when."""

    kind: Kind
    format: Format = Format.NONE
    article_id: int | None = None
    journal_id: int | None = None
    yop: int | None = None
    institution_id: int | None = None
    access_type: str = ""
    reason: str = ""


def item_hit(*, article: Article, decision: Decision, pdf: bool) -> Hit | None:
    """What a request for an article's page (``pdf=False``) or its PDF counts as, or None when nothing.

    The page counts as a full-text request when the reader may read it and as an investigation (the abstract)
    when not; a refused PDF counts as No_License. Staff previews and missing articles count for nothing.
    """
    if decision.reason in (Reason.STAFF, Reason.NOT_PUBLISHED):
        return None
    if decision.granted:
        kind, fmt = Kind.REQUEST, Format.PDF if pdf else Format.HTML
    elif not decision.no_license:
        return None
    elif pdf:
        kind, fmt = Kind.NO_LICENSE, Format.PDF
    else:
        kind, fmt = Kind.INVESTIGATION, Format.NONE
    published = article.publication_date
    return Hit(
        kind=kind,
        format=fmt,
        article_id=article.pk,
        journal_id=article.issue.journal_id,
        yop=published.year if published else article.issue.year,
        institution_id=decision.institution_id,
        access_type=article_access_type(article),
        reason=str(decision.reason),
    )


def count(response: HttpResponseBase, hit: Hit | None) -> HttpResponseBase:
    """Mark ``response`` as counting as ``hit`` (kept with the page when the page is cached)."""
    if hit is not None:
        setattr(response, HIT, hit)
    return response


def count_search(response: HttpResponseBase, *, institution_id: int | None) -> HttpResponseBase:
    """Mark a response that ran a search on the platform (Searches_Platform)."""
    return count(response, Hit(kind=Kind.SEARCH, institution_id=institution_id))


@lru_cache(maxsize=4096)
def is_robot(user_agent: str) -> bool:
    """A robot, crawler or script by the COUNTER list (package ``counter-robots``); an empty agent is one too."""
    return not user_agent.strip() or counter_robots.is_robot_or_machine(user_agent)


@lru_cache(maxsize=1)
def _visitor_key(secret: str) -> bytes:
    return hashlib.blake2b(secret.encode(), digest_size=32, person=b"leeszaal-usage").digest()


def visitor_of(request: HttpRequest) -> str:
    """A pseudonymous, stable id of who made the request: the user when logged in, else address and agent.

    COUNTER identifies a user-session by user id, or by address and user agent, plus date and hour
    (``usage.aggregation`` adds those). Only an HMAC under the secret key is kept.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        who = f"user:{user.pk}"
    else:
        who = f"addr:{client_ip(request)}|{request.META.get('HTTP_USER_AGENT', '')}"
    return hmac.new(_visitor_key(settings.SECRET_KEY), who.encode(), "blake2b").hexdigest()[:24]


def event_of(hit: Hit, *, visitor: str, at: datetime.datetime) -> UsageEvent:
    return UsageEvent(
        at=at,
        visitor=visitor,
        kind=hit.kind,
        format=hit.format,
        article_id=hit.article_id,
        journal_id=hit.journal_id,
        yop=hit.yop,
        institution_id=hit.institution_id,
        access_type=hit.access_type,
        access_method=AccessMethod.REGULAR,
        reason=hit.reason,
    )


def store(events: list[UsageEvent]) -> None:
    """Insert events in one statement and one transaction.

    On PostgreSQL the commit does not wait for the disk (``synchronous_commit`` off for this transaction
    only): a committed event survives any restart of the site; only a crash of the database server itself
    could lose the last fraction of a second of events, never a page or a licence.
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        UsageEvent.objects.bulk_create(events)


#: Usage events a process keeps while the database does not answer, to store once it does.
KEEP_WHILE_UNAVAILABLE = 10_000


class _Buffer:
    """Events waiting to be stored, per process: written together every ``USAGE_FLUSH_SECONDS`` (by a
    background thread), as soon as ``USAGE_FLUSH_EVENTS`` are waiting, and when the process exits.

    With ``USAGE_FLUSH_SECONDS = 0`` every event is stored at once (the tests do this). While the database
    does not answer (``leeszaal.outage``, which logs the outage once) the events wait for the next flush,
    the newest ``KEEP_WHILE_UNAVAILABLE`` of them.
    """

    def __init__(self) -> None:
        self.events: list[UsageEvent] = []
        self.lock = threading.Lock()
        self.flusher: threading.Thread | None = None
        self.unavailable = False  # the last flush found the database unavailable
        self.dropping = False

    def add(self, event: UsageEvent) -> None:
        with self.lock:
            self.events.append(event)
            full = len(self.events) >= settings.USAGE_FLUSH_EVENTS and not self.unavailable
        if full or settings.USAGE_FLUSH_SECONDS <= 0:
            self.flush()
        elif self.flusher is None or not self.flusher.is_alive():
            self.flusher = threading.Thread(target=self._run, name="usage-flusher", daemon=True)
            self.flusher.start()

    def flush(self) -> int:
        with self.lock:
            events, self.events = self.events, []
        if not events:
            return 0
        try:
            store(events)
        except Exception as error:
            if outage.trouble_of(error) is None:
                logger.exception("%d usage events not recorded", len(events))
            else:
                self._keep(events)
            return 0
        self.unavailable = self.dropping = False
        return len(events)

    def _keep(self, events: list[UsageEvent]) -> None:
        with self.lock:
            waiting = events + self.events
            dropped = len(waiting) - KEEP_WHILE_UNAVAILABLE
            self.events = waiting[max(dropped, 0) :]
            self.unavailable = True
            first_drop = dropped > 0 and not self.dropping
            self.dropping = self.dropping or dropped > 0
        if first_drop:
            logger.warning(
                "The database does not answer: usage events beyond the newest %d are dropped", KEEP_WHILE_UNAVAILABLE
            )

    def _run(self) -> None:
        try:
            while True:
                time.sleep(settings.USAGE_FLUSH_SECONDS)
                self.flush()
        finally:
            connections.close_all()


_buffer = _Buffer()
atexit.register(_buffer.flush)


def flush() -> int:
    """Store the events this process holds now; how many."""
    return _buffer.flush()


def record(hit: Hit, *, user_agent: str, visitor: str, at: datetime.datetime) -> bool:
    """Record one event unless it came from a robot (stored with the next flush); True when recorded."""
    if is_robot(user_agent):
        return False
    _buffer.add(event_of(hit, visitor=visitor, at=at))
    return True


_counting_asked_for: set[datetime.date] = set()


def ask_for_counting(at: datetime.datetime) -> None:
    """On the first event of a new day in this process, queue the counting of the days that closed."""
    day = timezone.localdate(at)
    if day in _counting_asked_for:
        return
    _counting_asked_for.clear()
    _counting_asked_for.add(day)
    from usage.tasks import count_usage

    count_usage.enqueue()


def _recorder(request: HttpRequest, hit: Hit, at: datetime.datetime) -> Callable[[], None]:
    def write() -> None:
        try:
            if record(hit, user_agent=request.META.get("HTTP_USER_AGENT", ""), visitor=visitor_of(request), at=at):
                ask_for_counting(at)
        except Exception:
            logger.exception("Usage event not recorded")

    return write


class UsageMiddleware:
    """Record the usage a response counts as, once the response has been sent.

    Outside the shared page cache, so that pages served from it are counted; only GET requests that were
    answered as the view meant (200 for pages and PDFs, a redirect for a refused PDF) count.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.enabled = settings.USAGE_RECORDING

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        hit: Hit | None = getattr(response, HIT, None)
        if hit is not None and self.enabled and request.method == "GET" and response.status_code in (200, 302):
            # Django closes the response once the server has sent it, and runs these closers then.
            response._resource_closers.append(_recorder(request, hit, timezone.now()))  # type: ignore[attr-defined]
        return response
