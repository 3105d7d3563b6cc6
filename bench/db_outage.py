"""A database that accepts connections and never answers: what the site still serves (issue 13).

    .venv/bin/python bench/db_outage.py [--duration 15] [--timeout 3] [--clients 2]

1. A fresh database ``leeszaal_bench_outage`` on 127.0.0.1:5432 (user ``postgres``; dropped first if an
   interrupted run left it), migrated, with ``collectstatic`` and a tiny corpus (one journal, one issue,
   three articles) made by the test suite's factories.
2. A stand-in for PostgreSQL in this process: a TCP listener on 127.0.0.1 that first relays to the real
   server and, once held, accepts every connection and never sends a byte (a hung server, a full pool).
   Holding also cuts the connections it relayed, as when the server restarts and then hangs.
3. gunicorn with 2 sync workers on 127.0.0.1 with the production settings (``leeszaal.settings``,
   ``DEBUG=0``; ``LEESZAAL_HTTPS=0`` since there is no TLS here; no Redis) against the stand-in.
4. Warm-up while the stand-in relays: every target answers, the article page lands in each worker's
   page cache. Then the stand-in holds, and for ``--duration`` seconds ``--clients`` threads per target
   fetch, one request after another, each with a ``--timeout``: a static file (whitenoise), the cached
   anonymous article page, ``/health/`` and a page that needs the database (a search).
5. It prints per target the requests answered (not 5xx), answered 503, other statuses, timed out and
   refused, with p50/p99/max of the answered ones; what gunicorn logged during the outage (bytes, lines,
   the first lines); then relays again and prints how soon ``/health/`` and the search answer 200, and
   what was logged then.

Everything listens on and talks to 127.0.0.1 only. The run is bounded (about a minute beyond migrate),
prints figures and asserts nothing; gunicorn, the stand-in, the database and the temporary folder are
removed at the end, on failure and on Ctrl-C or SIGTERM too. To measure another version of the code,
run this file from a copy of it (``git archive HEAD | tar -x -C /var/tmp/snap``, copy ``bench/`` over it).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import secrets
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PG_HOST, PG_PORT = "127.0.0.1", 5432
DATABASE = "leeszaal_bench_outage"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"
SEARCH = "/zoeken/?q=ouders"


def say(line: str = "") -> None:
    print(line, flush=True)


# ------------------------------------------------------------------------------------------ stand-in


class StandIn:
    """PostgreSQL's stand-in on 127.0.0.1: relays to the real server, or, held, accepts and never answers."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.listener = socket.create_server((HOST, 0), backlog=512)
        self.port: int = self.listener.getsockname()[1]
        self.held = threading.Event()
        self.closed = threading.Event()
        self.lock = threading.Lock()
        self.relayed: list[tuple[socket.socket, socket.socket]] = []
        self.holding: list[socket.socket] = []
        self.accepted_while_held = 0
        threading.Thread(target=self._accept, name="stand-in", daemon=True).start()

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if self.held.is_set():
                with self.lock:
                    self.holding.append(client)  # accepted, never read, never answered
                    self.accepted_while_held += 1
                continue
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self.lock:
                self.relayed.append((client, server))
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        try:
            while True:
                readable, _, _ = select.select([client, server], [], [], 1.0)
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return
                    (server if source is client else client).sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.close()
            with self.lock, contextlib.suppress(ValueError):
                self.relayed.remove((client, server))

    def hold(self) -> None:
        """From now on the server hangs; the connections relayed so far are cut."""
        self.held.set()
        with self.lock:
            pairs = list(self.relayed)
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def release(self) -> None:
        """Relay again; the held connections are closed (their clients gave up on them long ago)."""
        self.held.clear()
        with self.lock:
            holding, self.holding = self.holding, []
        for sock in holding:
            with contextlib.suppress(OSError):
                sock.close()

    def close(self) -> None:
        self.closed.set()
        self.release()
        self.hold()
        with contextlib.suppress(OSError):
            self.listener.close()


# ------------------------------------------------------------------------------------------ the site


def environment(var_dir: Path, port: int) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DEBUG", "DATABASE_URL"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
            "DATABASE_URL": f"postgres://postgres@{HOST}:{port}/{DATABASE}",
            "DEBUG": "0",
            "LEESZAAL_HTTPS": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SITE_URL": f"http://{HOST}",
            "LEESZAAL_VAR_DIR": str(var_dir),
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def prepare() -> None:
    """Child process (``--prepare``): migrate, collectstatic and a tiny corpus; prints the article's path."""
    import django

    django.setup()
    from django.core.management import call_command

    from tests import factories

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    publisher = factories.make_publisher(name="Uitgeverij Bench", slug="bench")
    journal = factories.make_journal(publisher, title="Ouderschapskennis", slug="ouderschapskennis")
    issue = factories.make_issue(journal, volume=27, number="3", year=2024)
    articles = [
        factories.make_article(issue, title=f"Ouders en opvoeding {n}", slug=f"ouders-en-opvoeding-{n}")
        for n in range(1, 4)
    ]
    print(json.dumps({"article": articles[0].get_absolute_url()}))


def create_database() -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"host={PG_HOST} port={PG_PORT} user=postgres dbname=postgres connect_timeout=5") as conn:
        conn.autocommit = True
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))


def drop_database() -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"host={PG_HOST} port={PG_PORT} user=postgres dbname=postgres connect_timeout=5") as conn:
        conn.autocommit = True
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def gunicorn_command(port: int) -> list[str]:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn)] if gunicorn.exists() else [sys.executable, "-m", "gunicorn"]
    return [
        *command,
        "leeszaal.wsgi",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        "2",
        "--timeout",
        "30",
        "--graceful-timeout",
        "3",
    ]


# ------------------------------------------------------------------------------------------ requests


@dataclass
class Tally:
    answered: list[float] = field(default_factory=list)  # seconds, of responses below 500
    unavailable: list[float] = field(default_factory=list)  # seconds, of 503s
    other: dict[int, int] = field(default_factory=dict)
    timed_out: int = 0
    refused: int = 0

    def total(self) -> int:
        return len(self.answered) + len(self.unavailable) + sum(self.other.values()) + self.timed_out + self.refused


def fetch(port: int, path: str, timeout: float) -> tuple[int, float]:
    """(status, seconds); raises TimeoutError or OSError."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"User-Agent": BROWSER, "Host": HOST})
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        conn.close()


def hammer(port: int, path: str, timeout: float, until: float, tally: Tally, lock: threading.Lock) -> None:
    while time.monotonic() < until:
        try:
            status, seconds = fetch(port, path, timeout)
        except TimeoutError:
            with lock:
                tally.timed_out += 1
            continue
        except OSError:
            with lock:
                tally.refused += 1
            time.sleep(0.05)
            continue
        with lock:
            if status == 503:
                tally.unavailable.append(seconds)
            elif status < 500:
                tally.answered.append(seconds)
            else:
                tally.other[status] = tally.other.get(status, 0) + 1


def ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    if q >= 1:
        return f"{max(values) * 1000:.0f}"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.0f}"


def print_tallies(tallies: dict[str, Tally], seconds: float) -> None:
    say(
        f"{'target':<16}{'requests':>9}{'answered':>9}{'503':>7}{'other':>7}{'timeout':>8}{'refused':>8}"
        f"{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}"
    )
    for name, tally in tallies.items():
        times = tally.answered + tally.unavailable
        other = sum(tally.other.values())
        say(
            f"{name:<16}{tally.total():>9}{len(tally.answered):>9}{len(tally.unavailable):>7}{other:>7}"
            f"{tally.timed_out:>8}{tally.refused:>8}{ms(times, 0.5):>8}{ms(times, 0.99):>8}{ms(times, 1):>8}"
        )
        if tally.other:
            say(f"{'':<16}other statuses: {dict(sorted(tally.other.items()))}")
    say(f"(over {seconds:.1f} s; p50/p99/max of the answered and 503 responses)")


def warm(port: int, paths: list[str]) -> None:
    """Every target answers, and the cached page lands in both workers' caches: 8 clients at once keep both
    workers busy, so each serves some of the requests."""

    def fetch_all() -> None:
        for _ in range(5):
            for path in paths:
                with contextlib.suppress(OSError):
                    fetch(port, path, 10.0)

    threads = [threading.Thread(target=fetch_all, daemon=True) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def wait_for(port: int, path: str, status: int, within: float) -> float | None:
    """Seconds until ``path`` answers ``status`` (polled every 0.2 s), or None."""
    started = time.monotonic()
    while time.monotonic() - started < within:
        with contextlib.suppress(OSError):
            if fetch(port, path, 2.0)[0] == status:
                return time.monotonic() - started
        time.sleep(0.2)
    return None


def log_since(path: Path, offset: int) -> str:
    with path.open("rb") as f:
        f.seek(offset)
        return f.read().decode(errors="replace")


def show_log(text: str, lines: int = 6) -> None:
    rows = text.splitlines()
    say(f"  {len(text.encode()):,} bytes, {len(rows):,} lines")
    for row in rows[:lines]:
        say(f"  | {row[:200]}")
    if len(rows) > lines:
        say(f"  | … ({len(rows) - lines:,} more lines)")


# ------------------------------------------------------------------------------------------ main


@contextlib.contextmanager
def site(var_dir: Path, stand_in: StandIn, log_path: Path) -> Iterator[int]:
    port = free_port()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            gunicorn_command(port),
            cwd=REPO,
            env=environment(var_dir, stand_in.port),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        if wait_for(port, "/static/css/site.css", 200, 30) is None:
            raise RuntimeError(f"gunicorn did not answer; its log:\n{log_path.read_text()[-3000:]}")
        yield port
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def run(args: argparse.Namespace) -> None:
    var_dir = Path(tempfile.mkdtemp(prefix="leeszaal-outage-"))
    stand_in = StandIn((PG_HOST, PG_PORT))
    try:
        say(f"code: {REPO}")
        started = time.perf_counter()
        create_database()
        prepared = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--prepare"],
            cwd=REPO,
            env={**environment(var_dir, PG_PORT), "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if prepared.returncode != 0:
            raise RuntimeError(f"preparing the site failed:\n{prepared.stderr[-3000:]}")
        article = json.loads(prepared.stdout.strip().splitlines()[-1])["article"]
        say(f"migrate, collectstatic and corpus: {time.perf_counter() - started:.1f} s")
        targets = {
            "static file": "/static/css/site.css",
            "cached page": article,
            "/health/": "/health/",
            "database page": SEARCH,
        }
        log_path = var_dir / "gunicorn.log"
        with site(var_dir, stand_in, log_path) as port:
            warm(port, list(targets.values()))
            for name, path in targets.items():
                status, seconds = fetch(port, path, 10.0)
                say(f"warm: {name:<14} {status} in {seconds * 1000:.0f} ms")

            offset = log_path.stat().st_size
            stand_in.hold()
            say()
            say(
                f"The database stand-in holds every connection; {args.clients} clients per target for {args.duration:.0f} s,"
            )
            say(f"each request with a timeout of {args.timeout:.1f} s:")
            tallies = {name: Tally() for name in targets}
            lock = threading.Lock()
            until = time.monotonic() + args.duration
            threads = [
                threading.Thread(
                    target=hammer, args=(port, path, args.timeout, until, tallies[name], lock), daemon=True
                )
                for name, path in targets.items()
                for _ in range(args.clients)
            ]
            outage_started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(args.duration + args.timeout + 5)
            print_tallies(tallies, time.monotonic() - outage_started)
            say(f"connections the stand-in accepted and held: {stand_in.accepted_while_held}")
            say("logged during the outage:")
            outage_log = log_since(log_path, offset)
            show_log(outage_log)
            if tallies["database page"].unavailable:
                per = len(outage_log.encode()) / (len(tallies["database page"].unavailable) or 1)
                say(f"  ({per:,.0f} bytes per 503 of the database page)")

            offset = log_path.stat().st_size
            stand_in.release()
            say()
            say("The stand-in relays to PostgreSQL again:")
            for name, path in (("/health/", "/health/"), ("database page", SEARCH)):
                back = wait_for(port, path, 200, 30)
                say(f"  {name:<14} answers 200 after " + ("more than 30 s" if back is None else f"{back:.1f} s"))
            settle = time.monotonic() + 5  # a few more requests, so that every worker has seen the database again
            while time.monotonic() < settle:
                for path in ("/health/", SEARCH):
                    with contextlib.suppress(OSError):
                        fetch(port, path, 2.0)
                time.sleep(0.1)
            say("logged after the outage:")
            show_log(log_since(log_path, offset))
    finally:
        stand_in.close()
        with contextlib.suppress(Exception):
            drop_database()
        shutil.rmtree(var_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=15.0, help="seconds of requests while the database hangs")
    parser.add_argument(
        "--timeout", type=float, default=3.0, help="seconds a request may take before it counts as timed out"
    )
    parser.add_argument("--clients", type=int, default=2, help="client threads per target")
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prepare:
        prepare()
        return
    args.duration = min(max(args.duration, 1.0), 120.0)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    run(args)


if __name__ == "__main__":
    # Run as a file, Python puts bench/ first on the path, where bench/usage.py would hide the usage app.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != Path(__file__).resolve().parent]
    sys.path.insert(0, str(REPO))
    main()
