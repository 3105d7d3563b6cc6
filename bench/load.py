"""Load test: the reading pages under gunicorn on 127.0.0.1, measured with wrk, against a fresh PostgreSQL database.

    bench/run.sh [--duration 5] [--connections 1,16,64] [--configs sync:5,gthread:3x4] [--articles 2000]

Steps: create the database (default ``leeszaal_bench``), migrate, collectstatic, load the corpus
(``bench.corpus``), log the subscriber in (a session cookie for wrk), count SQL queries and time
each page in-process with django.test.Client, then for every gunicorn configuration start gunicorn
on a free port, warm it up, run ``wrk --latency`` for every page and connection count, and read each
worker's VmRSS. Campus visits send ``X-Forwarded-For`` from 127.0.0.1, which the site trusts as a
proxy (``TRUSTED_PROXIES``); after the load the anonymous article page is checked to still show the
paywall off campus. Prints tables and the targets met or missed; asserts nothing. gunicorn is
stopped, the database dropped and the temporary folder removed at the end, on failure too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bench.corpus import OFF_CAMPUS_ADDRESS, REPO, Corpus, build_corpus

HOST = "127.0.0.1"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DEFAULT_DATABASE = "leeszaal_bench"
CORES = os.cpu_count() or 1
NAN = float("nan")

# Targets (see bench/README.md). Printed as met or missed; nothing fails on them.
#: Requests/s at 16 connections per article page: the anonymous one, and the pages with full text.
TARGET_ARTICLE_RPS_AT_16 = {
    "article": 200.0,
    "article_sub": 1000.0,
    "article_campus4": 1000.0,
    "article_campus6": 1000.0,
}
TARGET_ARTICLE_P99_AT_64_MS = 50.0
TARGET_BIG_TOC_MS = 50.0
TARGET_MAX_QUERIES = 10
TARGET_WORKER_RSS_MB = 120.0
#: Above this share of CPU in use before a measurement, the machine is not quiet.
QUIET_CPU_BUSY = 15.0


#: A browser's User-Agent, so that every request is counted as usage (a robot's or none would not be).
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"


def say(line: str = "") -> None:
    print(line, flush=True)


def _cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs, from /proc/stat."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_busy(seconds: float = 1.0) -> float:
    """Share of the machine's CPU in use (0-100) over a short sample: other work skews every figure here."""
    busy_before, total_before = _cpu_times()
    time.sleep(seconds)
    busy_after, total_after = _cpu_times()
    return 100.0 * (busy_after - busy_before) / max(1, total_after - total_before)


def report_neighbours(when: str, wait_idle: float = 0.0) -> float:
    busy = cpu_busy()
    deadline = time.monotonic() + wait_idle
    if busy > QUIET_CPU_BUSY and wait_idle > 0:
        say(f"   CPU {busy:.0f}% busy: waiting up to {wait_idle:g} s for a quiet machine")
        while busy > QUIET_CPU_BUSY and time.monotonic() < deadline:
            busy = cpu_busy(2.0)
    load1, load5, _load15 = os.getloadavg()
    note = "  <- other processes are busy: figures will be low and noisy" if busy > QUIET_CPU_BUSY else ""
    say(f"   CPU busy {when}: {busy:.0f}% of {CORES} cores (load average {load1:.2f} / {load5:.2f}){note}")
    return busy


# --------------------------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    label: str
    path: str
    subscriber: bool = False
    #: Sanity check of the response (bytes it must contain), so that a 404 or a paywall is never measured by mistake.
    expect: bytes = b""
    #: Sent as X-Forwarded-For (the client's address behind the trusted proxy 127.0.0.1): a campus visit.
    forwarded_for: str = ""

    def http_headers(self, cookie: str) -> dict[str, str]:
        headers = {"User-Agent": BROWSER, **({"Cookie": f"sessionid={cookie}"} if self.subscriber else {})}
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        return headers

    def client_headers(self) -> dict[str, str]:
        """The same headers for django.test.Client (whose REMOTE_ADDR is 127.0.0.1; the cookie is on the client)."""
        headers = {"User-Agent": BROWSER}
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        return headers


@dataclass(frozen=True, slots=True)
class ServerConfig:
    worker_class: str
    workers: int
    threads: int = 1

    @classmethod
    def parse(cls, spec: str) -> ServerConfig:
        """``sync:5`` (5 sync workers) or ``gthread:3x4`` (3 workers of 4 threads)."""
        kind, _, size = spec.strip().partition(":")
        if kind not in {"sync", "gthread"} or not size:
            raise argparse.ArgumentTypeError(f"{spec!r}: use sync:WORKERS or gthread:WORKERSxTHREADS")
        workers, _, threads = size.partition("x")
        if kind == "sync" and threads:
            raise argparse.ArgumentTypeError(f"{spec!r}: sync workers have one thread")
        return cls(kind, int(workers), int(threads or (1 if kind == "sync" else 4)))

    @property
    def label(self) -> str:
        return f"sync w={self.workers}" if self.worker_class == "sync" else f"gthread {self.workers}x{self.threads}"

    @property
    def capacity(self) -> int:
        return self.workers * self.threads


@dataclass(slots=True)
class WrkResult:
    connections: int
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    #: CPU time per request of the gunicorn workers and of the database's backends (from /proc, so
    #: hardly affected by other processes competing for the CPU).
    server_cpu_ms: float = 0.0
    db_cpu_ms: float = 0.0
    raw: str = field(default="", repr=False)


@dataclass(slots=True)
class InProcess:
    status: int
    size: int
    queries_miss: int
    queries_hit: int
    #: On a cache miss (the view's own cost):
    median_ms: float
    p95_ms: float
    cpu_ms: float
    #: On a cache hit:
    hit_median_ms: float
    hit_cpu_ms: float
    sane: bool
    sql: list[str] = field(default_factory=list, repr=False)


@dataclass(slots=True)
class ConfigRun:
    config: ServerConfig
    cells: dict[str, list[WrkResult]] = field(default_factory=dict)
    idle_cpu_busy: float = 0.0
    #: Off-campus anonymous visits after the load: True where the paywall held.
    paywall: dict[str, bool] = field(default_factory=dict)
    worker_rss_mb: list[float] = field(default_factory=list)
    worker_hwm_mb: list[float] = field(default_factory=list)
    master_rss_mb: float = 0.0


def pages_for(corpus: Corpus) -> list[Page]:
    assert corpus.issue is not None and corpus.big_issue is not None
    return [
        Page("home", "publisher home", "/", expect=b"journal-card"),
        Page("journal", "journal home", f"/{corpus.journal_slug}/", expect=b"article-item"),
        Page("toc100", f"issue TOC ({corpus.issue.articles})", corpus.issue.path, expect=b"article-item"),
        Page("toc500", f"issue TOC ({corpus.big_issue.articles})", corpus.big_issue.path, expect=b"article-item"),
        Page("article", "article, anonymous", corpus.article_path, expect=b'class="paywall"'),
        Page("article_sub", "article, subscriber", corpus.article_path, subscriber=True, expect=b'class="fulltext"'),
        Page(
            "article_campus4",
            "article, campus IPv4",
            corpus.article_path,
            expect=b'class="fulltext"',
            forwarded_for=corpus.campus_ipv4,
        ),
        Page(
            "article_campus6",
            "article, campus IPv6",
            corpus.article_path,
            expect=b'class="fulltext"',
            forwarded_for=corpus.campus_ipv6,
        ),
        Page("pdf_sub", "PDF, subscriber", f"{corpus.article_path}pdf/", subscriber=True, expect=b"%PDF-"),
    ]


# ------------------------------------------------------------------------------------------ database


def _admin_connect(pg: str) -> Any:
    import psycopg

    return psycopg.connect(f"{pg}/postgres", autocommit=True, connect_timeout=5)


def create_database(pg: str, name: str) -> None:
    from psycopg import sql

    with _admin_connect(pg) as conn:
        # A database of that name left by an interrupted run is stale: start afresh.
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(pg: str, name: str) -> None:
    from psycopg import sql

    with _admin_connect(pg) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


# -------------------------------------------------------------------------------------------- django


def bench_environment(pg: str, database: str, var_dir: Path) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
        "DATABASE_URL": f"{pg}/{database}",
        "DEBUG": "0",
        "LEESZAAL_HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "LEESZAAL_VAR_DIR": str(var_dir),
        "SITE_URL": f"http://{HOST}",
        # wrk and the test client connect from 127.0.0.1 and say who the client is in X-Forwarded-For.
        "TRUSTED_PROXIES": "127.0.0.1/32,::1/128",
    }


def prepare_site(articles: int) -> Corpus:
    """migrate, collectstatic and the corpus, in this process (os.environ already points at the bench database)."""
    import django
    from django.core.management import call_command

    django.setup()
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    say(f"migrate: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    call_command("collectstatic", interactive=False, verbosity=0)
    say(f"collectstatic: {time.perf_counter() - started:.1f} s")
    return build_corpus(articles, log=say)


def subscriber_session(corpus: Corpus) -> str:
    """A session cookie of the logged-in subscriber, stored in the bench database for gunicorn to read."""
    from django.test import Client

    from accounts.models import User

    client = Client(HTTP_HOST=HOST)
    client.force_login(User.objects.get(pk=corpus.subscriber_id))
    return client.cookies["sessionid"].value


def clear_caches() -> None:
    """Empty every configured cache (the default one and the page cache): the next request is a full miss."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()


def measure_in_process(pages: list[Page], cookie: str, *, rounds: int, show_sql: bool) -> dict[str, InProcess]:
    """SQL queries and time of each page through the whole middleware stack, on a cache miss and on a hit.

    A miss follows clear_caches(): it is what the view itself costs (and the worst case for queries);
    a hit is what a reader gets while the caches are warm.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    anonymous = Client(HTTP_HOST=HOST)
    subscriber = Client(HTTP_HOST=HOST)
    subscriber.cookies["sessionid"] = cookie

    def fetch(client: Client, page: Page) -> tuple[int, bytes]:
        response = client.get(page.path, headers=page.client_headers())
        body = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
        response.close()
        return response.status_code, body

    def timed(client: Client, page: Page, *, miss: bool) -> tuple[list[float], float]:
        timings, cpu = [], 0.0
        for _ in range(rounds):
            if miss:
                clear_caches()
            cpu_started, started = time.process_time(), time.perf_counter()
            fetch(client, page)
            timings.append((time.perf_counter() - started) * 1000)
            cpu += time.process_time() - cpu_started
        return sorted(timings), cpu / rounds * 1000

    results: dict[str, InProcess] = {}
    for page in pages:
        client = subscriber if page.subscriber else anonymous
        fetch(client, page)  # templates compiled, connection open
        clear_caches()
        with CaptureQueriesContext(connection) as miss:
            status, body = fetch(client, page)
        # Read the log now: every request outside the context empties it (django.db.reset_queries).
        sql = [query["sql"] for query in miss.captured_queries]
        with CaptureQueriesContext(connection) as hit:
            fetch(client, page)
        hit_queries = len(hit.captured_queries)
        miss_timings, miss_cpu = timed(client, page, miss=True)
        hit_timings, hit_cpu = timed(client, page, miss=False)
        results[page.key] = InProcess(
            status=status,
            size=len(body),
            queries_miss=len(sql),
            queries_hit=hit_queries,
            median_ms=statistics.median(miss_timings),
            p95_ms=miss_timings[min(len(miss_timings) - 1, int(len(miss_timings) * 0.95))],
            cpu_ms=miss_cpu,
            hit_median_ms=statistics.median(hit_timings),
            hit_cpu_ms=hit_cpu,
            sane=status == 200 and page.expect in body,
            sql=sql,
        )
        if show_sql:
            say(f"-- {page.label}: {len(sql)} queries on a cache miss")
            for statement in sql:
                say(f"   {statement[:300]}")
    return results


def paywall_visits(corpus: Corpus) -> list[Page]:
    """Anonymous visits to the measured article from off campus: from 127.0.0.1 itself, and from an
    address between the indexed ranges. Each must get the paywall, never the full text, however warm
    the page cache is with campus and subscriber copies."""
    return [
        Page("paywall_direct", "off campus, no proxy header", corpus.article_path, expect=b'class="paywall"'),
        Page(
            "paywall_forwarded",
            f"off campus, {OFF_CAMPUS_ADDRESS}",
            corpus.article_path,
            expect=b'class="paywall"',
            forwarded_for=OFF_CAMPUS_ADDRESS,
        ),
    ]


def paywall_holds(body: bytes, page: Page) -> bool:
    return page.expect in body and b'class="fulltext"' not in body


def check_paywall_in_process(visits: list[Page]) -> dict[str, bool]:
    """In-process, with the caches as the measurements left them (warm)."""
    from django.test import Client

    results = {}
    for page in visits:
        response = Client(HTTP_HOST=HOST).get(page.path, headers=page.client_headers())
        results[page.key] = response.status_code == 200 and paywall_holds(response.content, page)
    return results


# ------------------------------------------------------------------------------------------ gunicorn


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _stat_ticks(pid: int) -> int:
    """utime + stime of one process, in clock ticks (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def database_ticks(database: str) -> dict[int, int]:
    """CPU ticks used so far by each PostgreSQL backend serving ``database``, by pid."""
    ticks = {}
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes()
        except OSError:
            continue
        if command.startswith(b"postgres:") and f" {database} ".encode() in command:
            pid = int(cmdline.parent.name)
            ticks[pid] = _stat_ticks(pid)
    return ticks


def ticks_since(before: dict[int, int], after: dict[int, int]) -> int:
    """Ticks used between two samples by the processes alive at the second (Django reconnects every
    CONN_MAX_AGE seconds, so backends come and go; a backend gone meanwhile is not counted)."""
    return sum(max(0, used - before.get(pid, 0)) for pid, used in after.items())


def _status_field(pid: int, name: str) -> float:
    """A /proc/PID/status memory field (VmRSS, VmHWM) in MB; 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{name}:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


class Gunicorn:
    def __init__(self, config: ServerConfig, env: dict[str, str], log_path: Path) -> None:
        self.config = config
        self.env = env
        self.log_path = log_path
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        command = [
            sys.executable, "-m", "gunicorn", "leeszaal.wsgi:application",
            "--bind", f"{HOST}:{self.port}",
            "--workers", str(self.config.workers),
            "--worker-class", self.config.worker_class,
            "--threads", str(self.config.threads),
            "--timeout", "60",
            "--graceful-timeout", "5",
            "--log-level", "warning",
            "--error-logfile", str(self.log_path),
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=REPO, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/health/", timeout=2) as response:
                    if response.status == 200 and len(self.worker_pids()) >= self.config.workers:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer on {self.base_url} within 30 s; see {self.log_path}")

    def worker_pids(self) -> list[int]:
        if self.process is None:
            return []
        pids = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                # The command may hold spaces and parentheses: the parent pid is the second field after the last ')'.
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == self.process.pid:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def cpu_ticks(self) -> int:
        """utime + stime of the workers, in clock ticks."""
        return sum(_stat_ticks(pid) for pid in self.worker_pids())

    def wait_drained(self, timeout: float = 60.0) -> float:
        """Wait until the workers stop using CPU: requests queued by the last wrk run (whose client is gone)
        would otherwise be served during the next measurement. Returns the seconds waited."""
        started = time.monotonic()
        before = self.cpu_ticks()
        while time.monotonic() - started < timeout:
            time.sleep(0.3)
            after = self.cpu_ticks()
            if after - before <= 1:
                break
            before = after
        return time.monotonic() - started

    def memory(self) -> tuple[list[float], list[float], float]:
        """VmRSS and VmHWM (peak) of each worker, and the master's VmRSS, in MB."""
        pids = self.worker_pids()
        master = _status_field(self.process.pid, "VmRSS") if self.process else 0.0
        return [_status_field(pid, "VmRSS") for pid in pids], [_status_field(pid, "VmHWM") for pid in pids], master

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        workers = self.worker_pids()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            for pid in [self.process.pid, *workers]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process.wait(timeout=5)


# ----------------------------------------------------------------------------------------------- wrk

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
_PERCENTILE = re.compile(r"^\s*(50|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m|h)\s*$", re.MULTILINE)


def run_wrk(url: str, connections: int, duration: float, headers: dict[str, str] | None = None) -> WrkResult:
    if urlsplit(url).hostname != HOST:
        raise ValueError(f"wrk only ever targets {HOST}, not {url}")
    command = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{duration:g}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=False)
    out = completed.stdout
    percentiles = {p: float(v) * _UNITS_MS[u] for p, v, u in _PERCENTILE.findall(out)}
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if sockets:
        errors += sum(int(n) for n in sockets.groups())
    if completed.returncode != 0 or rps is None:
        say(f"   wrk failed ({completed.returncode}): {completed.stderr.strip() or out.strip()}")
    requests = int(total.group(1)) if total else 0
    return WrkResult(
        connections=connections,
        requests_per_s=float(rps.group(1)) if rps else 0.0,
        # No completed request, no latency (wrk then prints 0.00us).
        p50_ms=percentiles.get("50", NAN) if requests else NAN,
        p99_ms=percentiles.get("99", NAN) if requests else NAN,
        requests=requests,
        errors=errors,
        raw=out,
    )


def fetch_over_http(base_url: str, page: Page, cookie: str) -> tuple[int, bytes]:
    request = urllib.request.Request(base_url + page.path, headers=page.http_headers(cookie))
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.URLError:
        return 0, b""


def check_over_http(base_url: str, page: Page, cookie: str) -> bool:
    status, body = fetch_over_http(base_url, page, cookie)
    return status == 200 and page.expect in body


def run_config(
    config: ServerConfig,
    env: dict[str, str],
    var_dir: Path,
    pages: list[Page],
    visits: list[Page],
    cookie: str,
    args: argparse.Namespace,
) -> ConfigRun:
    run = ConfigRun(config)
    server = Gunicorn(config, env, var_dir / f"gunicorn-{config.worker_class}-{config.workers}x{config.threads}.log")
    try:
        say(f"\n== gunicorn {config.label}")
        run.idle_cpu_busy = report_neighbours("before start (bench idle)", args.wait_idle)
        server.start()
        say(f"   listening on {server.base_url} (master pid {server.process.pid if server.process else '?'})")
        for page in pages:
            if not check_over_http(server.base_url, page, cookie):
                say(f"   WARNING: {page.label} at {page.path} does not answer as expected over HTTP")
            # Warm-up: every worker (and thread) loads its templates and opens its database connection.
            run_wrk(server.base_url + page.path, max(2, config.capacity), args.warmup, page.http_headers(cookie))
            server.wait_drained()
        say(
            f"   {'page':<24} {'conns':>5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'requests':>9} {'errors':>6} "
            f"{'cpu ms/req: gunicorn':>20} {'postgres':>8}"
        )
        for page in pages:
            results = []
            for connections in args.connections:
                server_ticks, db_ticks = server.cpu_ticks(), database_ticks(args.database)
                result = run_wrk(server.base_url + page.path, connections, args.duration, page.http_headers(cookie))
                if result.requests:
                    ms_per_tick = 1000 / CLOCK_TICKS / result.requests
                    result.server_cpu_ms = (server.cpu_ticks() - server_ticks) * ms_per_tick
                    result.db_cpu_ms = ticks_since(db_ticks, database_ticks(args.database)) * ms_per_tick
                results.append(result)
                server.wait_drained()
                say(
                    f"   {page.label:<24} {connections:>5} {result.requests_per_s:>9.1f} {result.p50_ms:>8.1f} "
                    f"{result.p99_ms:>8.1f} {result.requests:>9} {result.errors:>6} "
                    f"{result.server_cpu_ms:>20.2f} {result.db_cpu_ms:>8.2f}"
                )
            run.cells[page.key] = results
        for visit in visits:
            status, body = fetch_over_http(server.base_url, visit, cookie)
            run.paywall[visit.key] = status == 200 and paywall_holds(body, visit)
            say(f"   paywall {visit.label}: {'holds' if run.paywall[visit.key] else 'LEAKED or missing'}")
        run.worker_rss_mb, run.worker_hwm_mb, run.master_rss_mb = server.memory()
        say(
            f"   worker RSS MB: {', '.join(f'{rss:.1f}' for rss in run.worker_rss_mb)} "
            f"(max {max(run.worker_rss_mb, default=0):.1f}, peak VmHWM {max(run.worker_hwm_mb, default=0):.1f}); "
            f"master {run.master_rss_mb:.1f}"
        )
    finally:
        server.stop()
    return run


# ------------------------------------------------------------------------------------------- reports


def _cell(run: ConfigRun, key: str, connections: int) -> WrkResult | None:
    return next((r for r in run.cells.get(key, []) if r.connections == connections), None)


def print_summary(
    pages: list[Page],
    profile: dict[str, InProcess],
    paywall: dict[str, bool],
    runs: list[ConfigRun],
    args: argparse.Namespace,
) -> None:
    say("\n== In-process (django.test.Client, same database, no network): SQL queries and time per request")
    say("   miss: every cache emptied first (the view's own cost); hit: caches warm. cpu: this process's CPU time")
    say(
        f"   {'page':<24} {'status':>6} {'KB':>6} {'queries miss':>12} {'hit':>4} {'miss median ms':>14} "
        f"{'p95':>6} {'cpu':>6} {'hit median ms':>13} {'cpu':>5}  sane"
    )
    for page in pages:
        p = profile[page.key]
        say(
            f"   {page.label:<24} {p.status:>6} {p.size / 1024:>6.1f} {p.queries_miss:>12} {p.queries_hit:>4} "
            f"{p.median_ms:>14.1f} {p.p95_ms:>6.1f} {p.cpu_ms:>6.1f} {p.hit_median_ms:>13.1f} {p.hit_cpu_ms:>5.1f}"
            f"  {'yes' if p.sane else 'NO'}"
        )

    for connections in args.connections:
        say(f"\n== {connections} connection(s): req/s | p50 ms | p99 ms per gunicorn configuration")
        say(f"   {'page':<24}" + "".join(f" {run.config.label:>24}" for run in runs))
        for page in pages:
            line = f"   {page.label:<24}"
            for run in runs:
                cell = _cell(run, page.key, connections)
                text = f"{cell.requests_per_s:.0f} | {cell.p50_ms:.1f} | {cell.p99_ms:.1f}" if cell else "-"
                line += f" {text:>24}"
            say(line)
    say("\n== CPU per request at 16 connections: gunicorn workers + PostgreSQL backends (ms), from /proc")
    say(f"   and the requests/s those {CORES} cores could serve if nothing else ran (wrk included)")
    say(f"   {'page':<24}" + "".join(f" {run.config.label:>24}" for run in runs))
    for page in pages:
        line = f"   {page.label:<24}"
        for run in runs:
            cell = _cell(run, page.key, 16)
            cpu = (cell.server_cpu_ms + cell.db_cpu_ms) if cell else 0.0
            text = (
                f"{cell.server_cpu_ms:.1f} + {cell.db_cpu_ms:.1f} = {CORES * 1000 / cpu:.0f}/s" if cell and cpu else "-"
            )
            line += f" {text:>24}"
        say(line)
    say(f"\n   {'worker RSS max MB':<24}" + "".join(f" {max(run.worker_rss_mb, default=0):>24.1f}" for run in runs))
    say(f"   {'worker VmHWM max MB':<24}" + "".join(f" {max(run.worker_hwm_mb, default=0):>24.1f}" for run in runs))
    say(f"   {'CPU busy before, others %':<24}" + "".join(f" {run.idle_cpu_busy:>24.0f}" for run in runs))

    say("\n== Targets (reported, not asserted)")

    def verdict(ok: bool) -> str:
        return "met   " if ok else "MISSED"

    for run in runs:
        for key, rps_target in TARGET_ARTICLE_RPS_AT_16.items():
            at16 = _cell(run, key, 16)
            at64 = _cell(run, key, 64)
            if at16:
                say(
                    f"   {verdict(at16.requests_per_s >= rps_target)} {run.config.label:<14} "
                    f"{key:<15} >= {rps_target:.0f} req/s at 16 connections: {at16.requests_per_s:.0f}"
                )
            if at64:
                say(
                    f"   {verdict(at64.p99_ms < TARGET_ARTICLE_P99_AT_64_MS)} {run.config.label:<14} "
                    f"{key:<15} p99 < {TARGET_ARTICLE_P99_AT_64_MS:.0f} ms at 64 connections: {at64.p99_ms:.1f} ms"
                )
        for key, held in run.paywall.items():
            say(f"   {verdict(held)} {run.config.label:<14} paywall off campus after the load ({key})")
        big = _cell(run, "toc500", 1)
        if big:
            say(
                f"   {verdict(big.p50_ms < TARGET_BIG_TOC_MS)} {run.config.label:<14} "
                f"TOC of 500 < {TARGET_BIG_TOC_MS:.0f} ms (p50, 1 connection): {big.p50_ms:.1f} ms (p99 {big.p99_ms:.1f})"
            )
        rss = max(run.worker_rss_mb, default=0.0)
        say(
            f"   {verdict(rss < TARGET_WORKER_RSS_MB)} {run.config.label:<14} worker RSS < {TARGET_WORKER_RSS_MB:.0f} MB: {rss:.1f} MB"
        )
    if "toc500" in profile:
        toc = profile["toc500"]
        say(
            f"   {verdict(toc.median_ms < TARGET_BIG_TOC_MS)} in-process     TOC of 500 < {TARGET_BIG_TOC_MS:.0f} ms "
            f"(median, cache miss): {toc.median_ms:.1f} ms (on a hit {toc.hit_median_ms:.1f} ms)"
        )
    for key, held in paywall.items():
        say(f"   {verdict(held)} in-process     paywall off campus with warm caches ({key})")
    for page in pages:
        p = profile[page.key]
        say(
            f"   {verdict(p.queries_miss <= TARGET_MAX_QUERIES)} queries        {page.label:<24} <= {TARGET_MAX_QUERIES}: "
            f"{p.queries_miss} on a cache miss, {p.queries_hit} on a hit"
        )


# ---------------------------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds of wrk per page and connection count (5)")
    parser.add_argument(
        "--connections",
        type=lambda s: [int(n) for n in s.split(",")],
        default=[1, 16, 64],
        help="wrk connection counts (1,16,64)",
    )
    parser.add_argument(
        "--configs",
        type=lambda s: [ServerConfig.parse(part) for part in s.split(",")],
        default=[
            ServerConfig("sync", 2 * CORES + 1),
            ServerConfig("sync", CORES + 1),
            ServerConfig("gthread", CORES + 1, 4),
        ],
        help=(
            "gunicorn configurations, sync:WORKERS or gthread:WORKERSxTHREADS "
            f"(sync:{2 * CORES + 1},sync:{CORES + 1},gthread:{CORES + 1}x4)"
        ),
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=2000,
        help="corpus size: articles in issues of 100 (2000; 20000 for the big variant)",
    )
    parser.add_argument(
        "--pages",
        default="",
        help=(
            "only these pages, comma-separated keys "
            "(home,journal,toc100,toc500,article,article_sub,article_campus4,article_campus6,pdf_sub)"
        ),
    )
    parser.add_argument(
        "--warmup", type=float, default=2.0, help="seconds of unmeasured load per page before measuring (2)"
    )
    parser.add_argument("--rounds", type=int, default=20, help="in-process requests timed per page (20)")
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"PostgreSQL server, without database ({DEFAULT_PG})")
    parser.add_argument(
        "--database", default=DEFAULT_DATABASE, help=f"name of the throwaway database ({DEFAULT_DATABASE})"
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        help="before each measurement, wait up to this many seconds for the CPU to be quiet (0: do not wait)",
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting for the site, in-process and in gunicorn (repeatable): PAGE_CACHE_SECONDS=0 turns the page "
        "cache off; REDIS_URL=redis://127.0.0.1:6379/N uses Redis database N, which the bench empties (not 0)",
    )
    parser.add_argument("--show-sql", action="store_true", help="print every page's SQL")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if not args.database.startswith(DEFAULT_DATABASE):
        parser.error(f"--database must start with {DEFAULT_DATABASE}: it is dropped at the end")
    if urlsplit(args.pg).hostname not in {HOST, "localhost"}:
        parser.error("--pg must be a PostgreSQL server on this machine")
    for item in args.env:
        name, _, value = item.partition("=")
        if not name or not _:
            parser.error(f"--env {item!r}: use NAME=VALUE")
        if name == "REDIS_URL" and (
            urlsplit(value).hostname not in {HOST, "localhost"}
            or not re.fullmatch(r"/([1-9]|1[0-5])", urlsplit(value).path)
        ):
            parser.error("--env REDIS_URL must be a local Redis with a database number 1-15 that the bench may empty")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install wrk")
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))

    var_dir = Path(tempfile.mkdtemp(prefix="leeszaal-bench-"))
    env = bench_environment(args.pg, args.database, var_dir)
    for name in ("REDIS_URL", "SERVE_MEDIA", "BEHIND_PROXY", "DATABASE_CONN_MAX_AGE", "SECURE_HSTS_SECONDS"):
        os.environ.pop(name, None)
    os.environ.update(env)
    os.environ.update(dict(item.split("=", 1) for item in args.env))
    gunicorn_env = dict(os.environ)

    say(f"Leeszaal bench: {CORES} cores, database {args.database}, var {var_dir}, {args.duration:g} s per cell")
    if args.env:
        say(f"   extra settings: {', '.join(args.env)}")
    report_neighbours("at start", args.wait_idle)
    started = time.perf_counter()
    database_created = False
    try:
        create_database(args.pg, args.database)
        database_created = True
        corpus = prepare_site(args.articles)
        pages = [p for p in pages_for(corpus) if not args.pages or p.key in args.pages.split(",")]
        cookie = subscriber_session(corpus)
        for page in pages:
            say(f"   {page.key:<12} {page.path}")
        profile = measure_in_process(pages, cookie, rounds=args.rounds, show_sql=args.show_sql)
        visits = paywall_visits(corpus)
        paywall = check_paywall_in_process(visits)

        from django.db import connections

        connections.close_all()
        runs = [run_config(config, gunicorn_env, var_dir, pages, visits, cookie, args) for config in args.configs]
        print_summary(pages, profile, paywall, runs, args)
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "cores": CORES,
                        "duration_s": args.duration,
                        "corpus": {
                            "rows": corpus.rows,
                            "seconds": corpus.seconds,
                            "articles": corpus.rows.get("articles"),
                        },
                        "pages": {p.key: {"label": p.label, "path": p.path, **asdict(profile[p.key])} for p in pages},
                        "paywall_in_process": paywall,
                        "runs": [
                            {
                                "config": asdict(run.config),
                                "label": run.config.label,
                                "worker_rss_mb": run.worker_rss_mb,
                                "worker_hwm_mb": run.worker_hwm_mb,
                                "paywall": run.paywall,
                                "cells": {k: [{**asdict(c), "raw": None} for c in v] for k, v in run.cells.items()},
                            }
                            for run in runs
                        ],
                    },
                    indent=2,
                )
            )
            say(f"\nfigures written to {args.json}")
    finally:
        try:
            from django.db import connections

            connections.close_all()
        except Exception as error:  # Django may not be set up if the database could not be created.
            say(f"(closing connections: {error})")
        if database_created:
            drop_database(args.pg, args.database)
            say(f"\ndropped database {args.database}")
        shutil.rmtree(var_dir, ignore_errors=True)
        say(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
