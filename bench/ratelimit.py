"""Rate limits across gunicorn workers: failed logins through two sync workers on 127.0.0.1 (issue 13).

    .venv/bin/python -m bench.ratelimit [--workers 2] [--repo PATH] [--keep]

A temporary folder holds a SQLite database (``migrate``, three verified readers) and the site runs
under gunicorn with ``--workers 2`` on a free port of 127.0.0.1, without Redis, with
``TRUSTED_PROXIES=127.0.0.1/32`` as behind the README's proxy, and with the test settings
(``leeszaal.settings_test``: the real settings with MD5 password hashing and no static manifest, so
that the run takes seconds; the rate limits are the real ones). Every client is a real loopback
address: it connects from 127.0.0.2, 127.0.0.3, … (Linux routes all of 127.0.0.0/8 to loopback), so
the server sees a different ``REMOTE_ADDR`` for each, and only 127.0.0.1 is a proxy whose
``X-Forwarded-For`` is believed. Each scenario sends its attempts from two threads at once, so both
workers get some; gunicorn's access log says which worker answered each.

Scenarios (the defaults ``LOGIN_FAILED_RATE=10/m/ip,5/5m/key``, ``LOGIN_FAILED_ACCOUNT_RATE=20/5m/key``):

1. 17 wrong passwords from one address, each at an account that does not exist: 10 a minute per address.
2. 8 wrong passwords at Roos's account from one address: 5 per five minutes for an address at an account.
3. Roos with her right password from another address: in, or locked out by scenario 2.
4. 20 wrong passwords through the proxy from twenty forwarded addresses, at twenty accounts; then Sem
   through the proxy from another, with his right password: allauth used to count the proxy as one
   client (twenty, so that at 10 a minute each of two workers' own counters could fill up).
5. 5 wrong passwords from each of 4 addresses at Eva's account (the account's own limit), then Eva with
   her right password, and whether the page that mails her a login code answers.

``--repo`` runs another checkout (for example ``git archive HEAD | tar -x -C /tmp/before``) with this
venv, to print the figures before a change. It prints figures and asserts nothing; gunicorn is stopped
and the folder removed at the end, on failure and on Ctrl-C too (unless ``--keep``).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PASSWORD = "een-lang-wachtwoord"  # noqa: S105 - the bench readers' password, on a throwaway database
READERS = {"roos": "roos@example.org", "sem": "sem@example.org", "eva": "eva@example.org"}
TOO_MANY = "Te veel inlogpogingen"
SETUP = f"""
import django
django.setup()
from allauth.account.models import EmailAddress
from django.core.management import call_command
from accounts.models import User
call_command("migrate", verbosity=0)
for email in {list(READERS.values())!r}:
    user = User.objects.create_user(email=email, password={PASSWORD!r})
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Site:
    """gunicorn on 127.0.0.1 with an access log that names the worker (pid) of every request."""

    def __init__(self, repo: Path, folder: Path, workers: int) -> None:
        self.repo = repo
        self.workers = workers
        self.port = free_port()
        self.access_log = folder / "access.log"
        self.error_log = folder / "error.log"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONPATH": str(repo),
            "DJANGO_SETTINGS_MODULE": "leeszaal.settings_test",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "LEESZAAL_HTTPS": "0",
            "LEESZAAL_VAR_DIR": str(folder / "var"),
            "DATABASE_URL": f"sqlite:///{folder / 'ratelimit.sqlite3'}",
            "ALLOWED_HOSTS": HOST,
            "TRUSTED_PROXIES": "127.0.0.1/32",
            "USAGE_RECORDING": "0",
        }
        self.process: subprocess.Popen[bytes] | None = None

    def prepare(self) -> float:
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", SETUP], cwd=self.repo, env=self.env, check=True, timeout=300)
        return time.monotonic() - started

    def start(self) -> None:
        command = [
            sys.executable, "-m", "gunicorn", "leeszaal.wsgi:application",
            "--bind", f"{HOST}:{self.port}", "--workers", str(self.workers), "--worker-class", "sync",
            "--timeout", "30", "--graceful-timeout", "3", "--log-level", "warning",
            "--error-logfile", str(self.error_log),
            "--access-logfile", str(self.access_log), "--access-logformat", "%(p)s %(m)s %(U)s %(s)s",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=self.repo, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}; see {self.error_log}")
            with contextlib.suppress(OSError):
                status, _, _ = Browser(self, "127.0.0.2").request("GET", "/health/")
                if status == 200:
                    return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within 30 s; see {self.error_log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)

    def login_posts_by_worker(self) -> Counter[str]:
        """How many login POSTs each worker (pid) has answered so far."""
        counts: Counter[str] = Counter()
        if self.access_log.exists():
            for line in self.access_log.read_text().splitlines():
                pid, method, path, _status = [*line.split(), "", "", "", ""][:4]
                if method == "POST" and path == "/account/login/":
                    counts[pid] += 1
        return counts


class Browser:
    """One client: connects from ``source`` (a loopback address), keeps its cookies and CSRF token."""

    def __init__(self, site: Site, source: str, forwarded_for: str | None = None) -> None:
        self.site = site
        self.source = source
        self.forwarded_for = forwarded_for
        self.cookies: dict[str, str] = {}
        self.token = ""

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
        """(status, Location, body); a new connection each time, as gunicorn's sync workers close it."""
        connection = http.client.HTTPConnection(HOST, self.site.port, timeout=20, source_address=(self.source, 0))
        headers = {"Host": HOST}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for value in response.headers.get_all("Set-Cookie") or []:
                cookie: SimpleCookie = SimpleCookie()
                cookie.load(value)
                self.cookies |= {name: morsel.value for name, morsel in cookie.items()}
            return response.status, response.headers.get("Location", ""), text
        finally:
            connection.close()

    def log_in(self, email: str, password: str) -> str:
        """``through`` (the password was checked and was wrong), ``refused`` (a limit), ``in`` or ``error``."""
        if not self.token:
            _, _, page = self.request("GET", "/account/login/")
            match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
            self.token = match.group(1) if match else ""
        status, location, body = self.request(
            "POST", "/account/login/", {"login": email, "password": password, "csrfmiddlewaretoken": self.token}
        )
        if status == 302 and not location.startswith("/account/login"):
            self.token = ""  # logging in rotates the CSRF token
            return "in"
        if status == 429 or (status == 200 and TOO_MANY in body):
            return "refused"
        return "through" if status == 200 else f"error {status}"


@dataclass
class Outcome:
    name: str
    results: Counter[str] = field(default_factory=Counter)
    workers: list[int] = field(default_factory=list)
    note: str = ""


def in_parallel(attempts: list[tuple[Browser, str, str]]) -> Counter[str]:
    """Send the attempts from two threads, half each, at the same time."""
    results: Counter[str] = Counter()
    lock = threading.Lock()

    def run(share: list[tuple[Browser, str, str]]) -> None:
        for browser, email, password in share:
            outcome = browser.log_in(email, password)
            with lock:
                results[outcome] += 1

    threads = [threading.Thread(target=run, args=(attempts[start::2],)) for start in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@contextlib.contextmanager
def counted(site: Site, outcome: Outcome) -> Iterator[None]:
    before = site.login_posts_by_worker()
    yield
    time.sleep(0.2)  # the access log is written after the response
    after = site.login_posts_by_worker()
    outcome.workers = sorted((after - before).values(), reverse=True)


def scenarios(site: Site) -> list[Outcome]:
    outcomes = []

    one = Outcome("1. 17 wrong passwords from one address at 17 accounts (10/m per address)")
    with counted(site, one):
        attempts = [(Browser(site, "127.0.0.2"), f"onbekend-{n}@example.org", "fout") for n in range(17)]
        one.results = in_parallel(attempts)
    outcomes.append(one)

    two = Outcome("2. 8 wrong passwords at Roos's account from one address (5/5m)")
    with counted(site, two):
        guessers = [Browser(site, "127.0.0.3"), Browser(site, "127.0.0.3")]
        two.results = in_parallel([(guessers[n % 2], READERS["roos"], f"fout-{n}") for n in range(8)])
    outcomes.append(two)

    three = Outcome("3. then Roos from another address, right password")
    with counted(site, three):
        three.results = Counter([Browser(site, "127.0.0.4").log_in(READERS["roos"], PASSWORD)])
    outcomes.append(three)

    four = Outcome("4. 20 wrong passwords through the proxy from 20 forwarded addresses at 20 accounts")
    with counted(site, four):
        attempts = [
            (Browser(site, "127.0.0.1", f"198.51.100.{n + 1}"), f"iemand-{n}@example.org", "fout") for n in range(20)
        ]
        four.results = in_parallel(attempts)
    outcomes.append(four)
    four_b = Outcome("   then Sem through the proxy from a 21st address, right password")
    with counted(site, four_b):
        four_b.results = Counter([Browser(site, "127.0.0.1", "192.0.2.44").log_in(READERS["sem"], PASSWORD)])
    outcomes.append(four_b)

    five = Outcome("5. 5 wrong passwords from each of 4 addresses at Eva's account (20/5m per account)")
    with counted(site, five):
        attempts = [
            (Browser(site, f"127.0.1.{a + 1}"), READERS["eva"], f"fout-{a}-{n}") for a in range(4) for n in range(5)
        ]
        five.results = in_parallel(attempts)
    outcomes.append(five)
    five_b = Outcome("   then Eva from another address, right password")
    eva = Browser(site, "127.0.0.5")
    with counted(site, five_b):
        five_b.results = Counter([eva.log_in(READERS["eva"], PASSWORD)])
    status, _, _ = eva.request("GET", "/account/login/code/")
    five_b.note = f"login code page: {status}"
    outcomes.append(five_b)
    return outcomes


def report(site: Site, outcomes: list[Outcome], setup_seconds: float, run_seconds: float) -> None:
    print(f"gunicorn {site.workers} sync workers on {HOST}:{site.port}, SQLite, no Redis, code from {site.repo}")
    print(f"setup (migrate, readers) {setup_seconds:.1f} s, scenarios {run_seconds:.1f} s")
    print()
    print(f"{'scenario':<84} {'sent':>4} {'through':>7} {'refused':>7} {'in':>3}  per worker  note")
    for outcome in outcomes:
        sent = sum(outcome.results.values())
        known = {"through", "refused", "in"}
        other = ", ".join(f"{name}: {n}" for name, n in outcome.results.items() if name not in known)
        note = "; ".join(part for part in (outcome.note, other) if part)
        workers = "+".join(str(n) for n in outcome.workers) or "-"
        print(
            f"{outcome.name:<84} {sent:>4} {outcome.results['through']:>7} {outcome.results['refused']:>7} "
            f"{outcome.results['in']:>3}  {workers:<10}  {note}"
        )
    print()
    print("through: the password was checked (and was wrong); refused: held back by a rate limit; in: logged in.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout to serve (default: this one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (database and logs)")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="leeszaal-ratelimit-"))
    site = Site(args.repo.resolve(), folder, args.workers)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        setup_seconds = site.prepare()
        site.start()
        started = time.monotonic()
        outcomes = scenarios(site)
        report(site, outcomes, setup_seconds, time.monotonic() - started)
    finally:
        site.stop()
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
