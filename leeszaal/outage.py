"""When the database does not answer: 503 at once, the outage logged once, and back as soon as it answers.

Each process (each gunicorn worker) keeps its own account and logs its own outage.

* A failed connection attempt (refused, or no answer within ``DATABASE_CONNECT_TIMEOUT``) is reported by
  the PostgreSQL backend (``leeszaal.postgresql``). For the next ``DATABASE_RETRY_SECONDS`` this process
  does not try again: every attempt fails at once (``before_connect``), so a hung server holds no worker
  and static files and cached pages keep flowing. Then one probe tries in a background thread (``probe``);
  the request that started it waits a moment for the answer.
* The error handler (``leeszaal.views.server_error``) answers 503 for what the database could not do
  (``trouble_of``) and reports it here: no traceback per request.
* An outage (the database unreachable) is logged once when it starts, as an ERROR that reaches ``ADMINS``
  by e-mail, and once when it ends, with how long it lasted and how many requests were answered 503. It
  ends as soon as a connection succeeds or a probe is answered. A database that answers but cannot do the
  work now (a statement timeout, a lock) is no outage: each such 503 is one line.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.db.backends.signals import connection_created
from django.http import HttpRequest

logger = logging.getLogger(__name__)


class NotBusy(logging.Filter):
    """For the ADMINS mail handler: an outage's start and end are mailed, a busy database's 503s only logged
    (there is one line per such request; a lock storm would otherwise send a mail per request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "busy", False)


#: How long the request that starts a probe waits for its answer.
PROBE_WAIT = 0.25
#: How long /health/ waits for its probe: it answers within a second either way.
HEALTH_WAIT = 0.8

# PostgreSQL's answers that mean "no connection for you": connection exceptions (class 08), shutting down,
# crashed, starting up, too many connections. Errors without a SQLSTATE come from the client (no answer).
_UNREACHABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03", "53300")
_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_SQLITE_UNREACHABLE = {
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_NOTADB,
    sqlite3.SQLITE_CORRUPT,
    sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_PERM,
}


class Trouble(enum.Enum):
    UNREACHABLE = "unreachable"  # no connection, the connection lost, refused, shutting down
    BUSY = "busy"  # it answered, but could not do the work now: a statement timeout, a lock, a deadlock


def trouble_of(error: BaseException | None) -> Trouble | None:
    """What a database error says about the database, or None for an error that is a bug (a 500)."""
    if isinstance(error, InterfaceError):
        return Trouble.UNREACHABLE
    if not isinstance(error, OperationalError):
        return None
    cause = error.__cause__
    if cause is None:  # raised by Django or by before_connect, not by the driver: no connection
        return Trouble.UNREACHABLE
    if hasattr(cause, "sqlstate"):  # psycopg
        state: str | None = cause.sqlstate
        return Trouble.UNREACHABLE if state is None or state.startswith(_UNREACHABLE_SQLSTATES) else Trouble.BUSY
    code: int | None = getattr(cause, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in _SQLITE_BUSY:
            return Trouble.BUSY
        # Anything else ("no such table", a syntax error) is a bug or a missing migration: a 500.
        return Trouble.UNREACHABLE if primary in _SQLITE_UNREACHABLE else None
    return Trouble.UNREACHABLE


def describe(error: BaseException) -> str:
    """An error in one short line: its type and the first line of its message (no traceback, no query)."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"[:300]


@dataclass
class _Outage:
    started: float  # time.monotonic()
    cause: str
    answered: int = 0  # requests answered 503 since


@dataclass
class _Probe:
    thread: threading.Thread | None = None
    answered: bool | None = None  # None while it waits


@dataclass
class _State:
    lock: threading.Lock = field(default_factory=threading.Lock)
    outage: _Outage | None = None
    connect_failed_at: float | None = None  # time.monotonic() of the last failed connection attempt
    probe: _Probe | None = None


_state = _State()
_local = threading.local()  # .probing: this thread is the probe, which may always try


def _retry_seconds() -> float:
    return float(settings.DATABASE_RETRY_SECONDS)


def before_connect() -> None:
    """Called before every connection attempt: raise at once while the database did not answer a moment ago."""
    if getattr(_local, "probing", False):
        return
    with _state.lock:
        failed_at = _state.connect_failed_at
    if failed_at is None:
        return
    waited = time.monotonic() - failed_at
    if waited >= _retry_seconds() and probe(PROBE_WAIT, join=False):
        return
    raise OperationalError(f"The database did not answer {waited:.1f} s ago; this process does not try again yet.")


def connect_failed(error: BaseException) -> None:
    """A connection attempt failed: no more attempts for a while, and an outage if there was none."""
    with _state.lock:
        _state.connect_failed_at = time.monotonic()
    _start(error)


def unavailable_answered(error: BaseException, request: HttpRequest | None = None) -> None:
    """A request was answered 503 because of ``error``, an error ``trouble_of`` does not call a bug."""
    where = f" ({request.method} {request.path})" if request is not None else ""
    if trouble_of(error) is Trouble.BUSY:
        logger.warning("Database busy, answered 503: %s%s", describe(error), where, extra={"busy": True})
        return
    _start(error, where=where, answered=True)


def _start(error: BaseException, *, where: str = "", answered: bool = False) -> None:
    with _state.lock:
        outage = _state.outage
        started = outage is None
        if outage is None:
            outage = _state.outage = _Outage(started=time.monotonic(), cause=describe(error))
        if answered:
            outage.answered += 1
    if started:
        logger.error("Database unavailable; answering 503 until it answers again: %s%s", describe(error), where)


def database_answered(**kwargs: Any) -> None:
    """A connection succeeded or a probe was answered (also Django's ``connection_created`` receiver)."""
    with _state.lock:
        _state.connect_failed_at = None
        outage, _state.outage = _state.outage, None
    if outage is not None:
        logger.warning(
            "Database answers again after %.1f s; %d requests answered 503 meanwhile (%s)",
            time.monotonic() - outage.started,
            outage.answered,
            outage.cause,
        )


connection_created.connect(database_answered, dispatch_uid="leeszaal.outage")


def health() -> bool | None:
    """For /health/, within ``HEALTH_WAIT``: True when the database answers, False when it failed, None when
    it gave no answer (yet). While a failed attempt is recent it says so without asking the database again."""
    with _state.lock:
        failed_at = _state.connect_failed_at
    if failed_at is None:
        return probe(HEALTH_WAIT)
    if time.monotonic() - failed_at < _retry_seconds():
        return False
    return probe(HEALTH_WAIT, join=False)


def probe(wait: float, *, join: bool = True) -> bool | None:
    """Ask the database for an answer in a background thread and wait at most ``wait`` seconds for it.

    True: it answered; False: it failed; None: no answer yet (a hung server). At most one probe runs at a
    time; with ``join=False`` a call that finds one running does not wait for it.
    """
    with _state.lock:
        current = _state.probe
        started = current is None or current.thread is None or not current.thread.is_alive()
        if started:
            current = _state.probe = _Probe()
            current.thread = threading.Thread(target=_run_probe, args=(current,), name="database-probe", daemon=True)
            current.thread.start()
    assert current is not None and current.thread is not None
    if started or join:
        current.thread.join(wait)
    return current.answered


def _run_probe(current: _Probe) -> None:
    _local.probing = True
    connection = connections[DEFAULT_DB_ALIAS]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # whatever kept the database from answering
        current.answered = False
        connect_failed(error)
    else:
        current.answered = True
        database_answered()
    finally:
        connection.close()


def forget() -> None:
    """Back to "no outage known" (tests)."""
    with _state.lock:
        _state.outage = None
        _state.connect_failed_at = None
