"""Lighthouse on the reading pages (issue 12): the demo site under gunicorn on 127.0.0.1, mobile profile.

    .venv/bin/python -m bench.lighthouse [--pages home,article] [--runs 3] [--threshold 95] [--out var/lighthouse] [--keep]

A fresh folder under ``var/`` holds a SQLite database (``migrate``, ``collectstatic``, ``load_demo
--small --force``) and the site's ``LEESZAAL_VAR_DIR``. The site runs as in production: gunicorn
(2 sync workers) on a free port of 127.0.0.1, ``DEBUG=0`` (whitenoise serves the compressed, hashed
static files with far-future caching), ``LEESZAAL_HTTPS=0`` (Lighthouse treats 127.0.0.1 as secure),
a random ``SECRET_KEY``, ``ALLOWED_HOSTS=127.0.0.1``. The demo subscriber is logged in once
(``Client.force_login``; the session is stored in the database) and Lighthouse sends that cookie with
``--extra-headers`` for the subscriber's pages.

Lighthouse is the npm package pinned in ``bench/package.json`` (``npm ci --prefix bench``, done here
when ``bench/node_modules`` lacks it), driving Debian's chromium (``CHROME_PATH``, default
``/usr/bin/chromium``, headless). Its default form factor is a phone with simulated slow 4G and a
4 times slower CPU. Categories: performance, accessibility, best practices and SEO. It prints the four
scores per page with the kilobytes of CSS + fonts and of scripts transferred, and for every page below
the threshold the audits that cost points; each page's full report is written as JSON and HTML to
``--out`` (``<page>.report.json``; with ``--runs N`` one per run, ``<page>-run<n>.report.json``, and the
run with the median performance score counts). The login, sign-up and account pages are kept out of
search engines on purpose (robots.txt), so their SEO score leaves out Lighthouse's is-crawlable audit.
Unlike the other benches it exits 1 when a score is below ``--threshold`` (95) or CSS and fonts pass
150 KB on a page, so that it can gate a redesign; 2 when the run itself failed.
gunicorn is stopped and the folder removed at the end, on failure and on Ctrl-C too (unless ``--keep``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.load import HOST, Gunicorn, ServerConfig

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
LIGHTHOUSE = BENCH / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "best", "seo": "seo"}
#: CSS and fonts together, bytes transferred per page (issue 12: "pages stay light").
MAX_CSS_FONT_KB = 150
ATTEMPTS = 3
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync --disable-extensions"
)

#: Run in a child with the site's environment: prepares the database and prints the pages as JSON.
SETUP = """
import json, sys, time
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from accounts.models import User
from journals.demo import content
from journals.models import Article

started = time.perf_counter()
call_command("migrate", interactive=False, verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
print(f"migrate + collectstatic: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
started = time.perf_counter()
call_command("load_demo", small=True, force=True, stdout=open("/dev/null", "w"))
print(f"load_demo --small: {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)

subscriber = next(u for u in content.DEMO_USERS if u.role == "subscriber")
user = User.objects.get(email=subscriber.email)
gated = Article.objects.published().filter(
    access=Article.Access.SUBSCRIPTION, issue__journal__slug__in=content.SUBSCRIBER_CURRENT
).select_related("issue__journal")
article = gated.filter(slug=content.SEED_SLUG).first() or gated.order_by("-issue__year", "position").first()
assert article is not None, "the demo has no subscription article in a journal the subscriber reads"
client = Client(HTTP_HOST="127.0.0.1")
client.force_login(user)
journal = article.issue.journal
print(json.dumps({
    "cookie": f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
    "home": "/",
    "journal": journal.get_absolute_url(),
    "archive": journal.get_archive_url(),
    "issue": article.issue.get_absolute_url(),
    "article": article.get_absolute_url(),
    "login": "/account/login/",
    "signup": "/account/signup/",
    "account": "/account/",
}))
"""


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    label: str
    route: str  # a key of SETUP's JSON
    subscriber: bool = False
    #: Kept out of search engines on purpose (robots.txt and ``noindex``): the is-crawlable audit is skipped.
    private: bool = False


PAGES = (
    Page("home", "publisher home", "home"),
    Page("journal", "journal home", "journal"),
    Page("archive", "archive", "archive"),
    Page("issue", "issue (table of contents)", "issue"),
    Page("article", "article, anonymous (paywall)", "article"),
    Page("article_sub", "article, subscriber (full text)", "article", subscriber=True),
    Page("login", "login", "login", private=True),
    Page("signup", "sign-up", "signup", private=True),
    Page("account", "account, subscriber", "account", subscriber=True, private=True),
)


@dataclass(slots=True)
class Result:
    page: Page
    url: str
    scores: dict[str, int | None] = field(default_factory=dict)
    #: Per category: (points lost, audit id, title, what it saw), the costliest first.
    losses: dict[str, list[tuple[float, str, str, str]]] = field(default_factory=dict)
    #: Bytes over the wire by resource type (Document, Stylesheet, Font, Script, Image, ...).
    transfer: dict[str, int] = field(default_factory=dict)
    error: str = ""

    @property
    def css_font_kb(self) -> float:
        return (self.transfer.get("Stylesheet", 0) + self.transfer.get("Font", 0)) / 1024

    @property
    def js_kb(self) -> float:
        return self.transfer.get("Script", 0) / 1024


def say(line: str = "") -> None:
    print(line, flush=True)


def cpu_busy(seconds: float = 1.0) -> float:
    """Share of the machine's CPU in use (0-100): Lighthouse's simulated throttling scales the CPU time it sees."""

    def sample() -> tuple[int, int]:
        fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields) - idle, sum(fields)

    busy_before, total_before = sample()
    time.sleep(seconds)
    busy_after, total_after = sample()
    return 100.0 * (busy_after - busy_before) / max(1, total_after - total_before)


def ensure_lighthouse() -> None:
    """node and npm from Debian's packages when missing, then the pinned Lighthouse (``npm ci``)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        say("Installing Debian's nodejs and npm")
        subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True)
        subprocess.run(
            [*sudo, "apt-get", "install", "-y", "-qq", "nodejs", "npm"], check=True, stdout=subprocess.DEVNULL
        )
    pinned = json.loads((BENCH / "package.json").read_text())["dependencies"]["lighthouse"]
    installed = BENCH / "node_modules" / "lighthouse" / "package.json"
    if not LIGHTHOUSE.exists() or json.loads(installed.read_text()).get("version") != pinned:
        say("npm ci --prefix bench (Lighthouse, as pinned in bench/package-lock.json)")
        subprocess.run(["npm", "ci", "--prefix", str(BENCH), "--no-audit", "--no-fund"], check=True)


def site_environment(folder: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
        "DEBUG": "0",
        "LEESZAAL_HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "LEESZAAL_VAR_DIR": str(folder / "var"),
        "DATABASE_URL": f"sqlite:///{folder / 'lighthouse.sqlite3'}",
        "SITE_URL": f"http://{HOST}",
        "TRUSTED_PROXIES": "127.0.0.1/32,::1/128",
        "USAGE_RECORDING": "0",
    }


def prepare(env: dict[str, str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", SETUP], cwd=REPO, env=env, check=True, timeout=900, stdout=subprocess.PIPE, text=True
    )
    routes: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return routes


def warm(server: Gunicorn, url: str, headers: dict[str, str]) -> None:
    """Two requests per worker, so that Lighthouse never measures a worker's first request (URLconf, templates)."""
    for _ in range(server.config.workers * 2):
        request = urllib.request.Request(url, headers=headers)
        with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
            urllib.request.urlopen(request, timeout=30).read()


def run_lighthouse(url: str, out: Path, cookie: str | None, chrome: str, *, private: bool) -> dict[str, Any]:
    if not url.startswith(f"http://{HOST}:"):
        raise ValueError(f"Lighthouse only runs against {HOST}: {url}")
    command = [
        "node", str(LIGHTHOUSE), url,
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json", "--output=html", f"--output-path={out}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet", "--max-wait-for-load=45000",
    ]  # fmt: skip
    if cookie:
        command.append(f"--extra-headers={json.dumps({'Cookie': cookie})}")
    if private:
        command.append("--skip-audits=is-crawlable")
    env = {**os.environ, "CHROME_PATH": chrome}
    # Now and then Chrome's trace misses the navigation (NO_NAVSTART, NO_FCP) on a loaded 2-core machine: try again.
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(command, env=env, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode == 0:
            break
        if attempt == ATTEMPTS:
            raise subprocess.CalledProcessError(done.returncode, command, stderr=done.stderr)
        say(f"    Lighthouse failed ({_last_line(done.stderr)}); attempt {attempt + 1} of {ATTEMPTS}")
    report: dict[str, Any] = json.loads(Path(f"{out}.report.json").read_text())
    return report


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode(errors="replace").strip().splitlines()
    return lines[-1][:200] if lines else "no output"


def median_report(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """The report whose performance score is the median of the runs (Lighthouse's own advice against noise)."""
    ranked = sorted(reports, key=lambda report: report["categories"]["performance"].get("score") or 0)
    return ranked[len(ranked) // 2]


def read_report(result: Result, report: dict[str, Any]) -> None:
    audits = report["audits"]
    if report.get("runtimeError"):
        result.error = f"{report['runtimeError'].get('code')}: {report['runtimeError'].get('message')}"
    for category in CATEGORIES:
        data = report["categories"][category]
        score = data.get("score")
        result.scores[category] = None if score is None else round(score * 100)
        refs = [ref for ref in data["auditRefs"] if ref.get("weight", 0) > 0]
        total = sum(ref["weight"] for ref in refs) or 1
        lost = []
        for ref in refs:
            audit = audits[ref["id"]]
            if audit.get("score") is None or audit["score"] >= 1:
                continue
            points = 100 * ref["weight"] * (1 - audit["score"]) / total
            lost.append((points, ref["id"], audit.get("title", ""), _seen(audit)))
        result.losses[category] = sorted(lost, reverse=True)
    for item in (audits.get("network-requests", {}).get("details") or {}).get("items") or []:
        kind = str(item.get("resourceType") or "Other")
        result.transfer[kind] = result.transfer.get(kind, 0) + int(item.get("transferSize") or 0)


def _seen(audit: dict[str, Any], limit: int = 4) -> str:
    """The audit's value and the first few elements or URLs it names."""
    parts = [audit["displayValue"]] if audit.get("displayValue") else []
    items = (audit.get("details") or {}).get("items") or []
    for item in items[:limit]:
        node = item.get("node") or {}
        if node.get("selector") or node.get("snippet"):
            parts.append(f"{node.get('selector', '')} {node.get('snippet', '')[:100]}".strip())
        elif item.get("url"):
            parts.append(str(item["url"]))
        elif item.get("description"):
            parts.append(str(item["description"])[:100])
        elif item.get("source") and isinstance(item["source"], dict) and item["source"].get("url"):
            parts.append(str(item["source"]["url"]))
    if len(items) > limit:
        parts.append(f"… {len(items) - limit} more")
    return "; ".join(parts)


def print_table(results: list[Result], threshold: int) -> None:
    say()
    say(f"Mobile profile; * marks a score below {threshold} or CSS + fonts over {MAX_CSS_FONT_KB} KB (transferred).")
    say(f"{'page':<34} " + " ".join(f"{SHORT[c]:>5}" for c in CATEGORIES) + "  css+font KB  js KB  all KB")
    for result in results:
        cells = []
        for category in CATEGORIES:
            score = result.scores.get(category)
            text = "err" if score is None else f"{score}{'*' if score < threshold else ' '}"
            cells.append(f"{text:>5}")
        heavy = "*" if result.css_font_kb > MAX_CSS_FONT_KB else " "
        weight = f"{result.css_font_kb:11.1f}{heavy} {result.js_kb:5.1f} {sum(result.transfer.values()) / 1024:7.1f}"
        note = "  (is-crawlable skipped: not for search engines)" if result.page.private else ""
        say(
            f"{result.page.label:<34} "
            + " ".join(cells)
            + f" {weight}{note}"
            + (f"   {result.error}" if result.error else "")
        )


def print_losses(results: list[Result], threshold: int) -> None:
    for result in results:
        below = [c for c in CATEGORIES if (result.scores.get(c) or 0) < threshold]
        if not below:
            continue
        say()
        say(f"{result.page.label} ({result.url}):")
        for category in below:
            say(f"  {category} {result.scores.get(category)}:")
            for points, audit_id, title, seen in result.losses.get(category, [])[:8]:
                say(f"    -{points:4.1f}  {audit_id}: {title}" + (f" — {seen}" if seen else ""))


@contextlib.contextmanager
def workspace(keep: bool) -> Iterator[Path]:
    base = REPO / "var"
    base.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench-lighthouse-", dir=base))
    try:
        yield folder
    finally:
        if keep:
            say(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    keys = ",".join(page.key for page in PAGES)
    parser.add_argument("--pages", default=keys, help=f"comma-separated pages ({keys})")
    parser.add_argument("--threshold", type=int, default=95, help="lowest acceptable score of every category (95)")
    parser.add_argument("--out", type=Path, default=REPO / "var" / "lighthouse", help="reports folder (var/lighthouse)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (2)")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"), help="chromium binary")
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="Lighthouse runs per page; the run with the median performance score counts (1)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database folder and gunicorn's log")
    args = parser.parse_args(argv)
    wanted = [key.strip() for key in args.pages.split(",") if key.strip()]
    unknown = sorted(set(wanted) - {page.key for page in PAGES})
    if unknown:
        parser.error(f"unknown pages: {', '.join(unknown)} (known: {keys})")
    args.pages = [page for page in PAGES if page.key in wanted]
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if not Path(args.chrome).exists():
        say(f"chromium not found at {args.chrome} (apt-get install chromium, or set CHROME_PATH)")
        return 2
    ensure_lighthouse()
    version = json.loads((LIGHTHOUSE.parent.parent / "package.json").read_text())["version"]
    chromium = subprocess.run([args.chrome, "--version"], capture_output=True, text=True).stdout.strip()
    say(f"Lighthouse {version}, {chromium}, reports in {args.out}")
    args.out.mkdir(parents=True, exist_ok=True)
    busy = cpu_busy()
    load1, load5, _ = os.getloadavg()
    note = "  <- other processes are busy: performance scores will be low and noisy (try --runs 3)" if busy > 15 else ""
    say(
        f"CPU busy before the run: {busy:.0f}% of {os.cpu_count()} cores (load average {load1:.2f} / {load5:.2f}){note}"
    )
    results: list[Result] = []
    with workspace(args.keep) as folder:
        env = site_environment(folder)
        routes = prepare(env)
        cookie = routes["cookie"]
        server = Gunicorn(ServerConfig("sync", args.workers), env, folder / "gunicorn.log")
        try:
            server.start()
            say(f"gunicorn ({args.workers} sync workers) on {server.base_url}")
            for page in args.pages:
                url = server.base_url + routes[page.route]
                warm(server, url, {"Cookie": cookie} if page.subscriber else {})
                result = Result(page, url)
                started = time.monotonic()
                try:
                    reports = [
                        run_lighthouse(
                            url,
                            args.out / (page.key if args.runs == 1 else f"{page.key}-run{n}"),
                            cookie if page.subscriber else None,
                            args.chrome,
                            private=page.private,
                        )
                        for n in range(1, args.runs + 1)
                    ]
                    read_report(result, median_report(reports))
                except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError, KeyError) as error:
                    stderr = getattr(error, "stderr", b"") or b""
                    result.error = f"{type(error).__name__}: {stderr.decode(errors='replace')[-300:]}".strip()
                results.append(result)
                scores = " ".join(f"{SHORT[c]} {result.scores.get(c)}" for c in CATEGORIES)
                say(
                    f"  {page.key:<12} {scores}  ({time.monotonic() - started:.0f} s){'  ' + result.error if result.error else ''}"
                )
        finally:
            server.stop()
    print_table(results, args.threshold)
    print_losses(results, args.threshold)
    if any(result.error and not result.scores for result in results):
        return 2
    below = [r for r in results if any((r.scores.get(c) or 0) < args.threshold for c in CATEGORIES)]
    heavy = [r for r in results if r.css_font_kb > MAX_CSS_FONT_KB]
    say()
    say(f"{len(below)} of {len(results)} pages below {args.threshold}" if below else f"every score ≥ {args.threshold}")
    if heavy:
        say(f"{len(heavy)} pages load more than {MAX_CSS_FONT_KB} KB of CSS and fonts")
    return 1 if below or heavy else 0


if __name__ == "__main__":
    sys.exit(main())
