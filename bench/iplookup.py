"""Benchmark of the address index (``access.ipindex``): which institution does an address belong to?

    .venv/bin/python -m bench.iplookup [--ranges 10000] [--lookups 100000] [--no-db]

1. Generates a fixed corpus (seeded) of non-overlapping ranges of 1,000 institutions: a third
   IPv4 /24 networks, a third IPv4 start-end ranges of 10-200 addresses, a third IPv6 /48s, with
   gaps between them so that misses are real.
2. Times ``AddressIndex.build`` on those rows, then 100,000 lookups (half hits, half misses;
   half IPv4, half IPv6, a tenth of the IPv4 ones written as IPv4-mapped IPv6): throughput in
   lookups per second over the whole loop, and p50/p99 latency of single lookups in microseconds.
3. With the database (unless ``--no-db``): runs ``migrate`` against ``DATABASE_URL``, or a temporary
   SQLite file when it is not set (``LEESZAAL_VAR_DIR`` a temporary folder), bulk-inserts the same
   rows as ``IPRange``, and times ``load_index()`` (the query plus the build). Refuses a database
   that already holds IP ranges, and deletes what it inserted at the end.

Prints figures and asserts nothing, like every script in ``bench/``.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = 20261125
INSTITUTIONS = 1000
BENCH_PREFIX = "Bench-instelling"

# Public blocks to draw from (not private, documentation or otherwise special).
IPV4_NETWORKS_BASE = int(ipaddress.IPv4Address("20.0.0.0"))  # /24s, every other one left free
IPV4_SPANS_BASE = int(ipaddress.IPv4Address("45.0.0.0"))  # start-end ranges inside /24 slots
IPV6_BASE = int(ipaddress.IPv6Address("2a00::"))  # /48s, every other one left free


Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Row = tuple[str, Address, Address, int]  # text, first, last, owner


@dataclass(frozen=True, slots=True)
class Generated:
    """The corpus: (text, first, last, owner) per range, plus addresses to look up."""

    ranges: list[Row]
    hits: list[Address]
    misses: list[Address]


def generate(count: int, lookups: int, rng: random.Random) -> Generated:
    ranges: list[Row] = []
    for n in range(count):
        owner = n % INSTITUTIONS
        slot = n // 3
        match n % 3:
            case 0:
                first4 = ipaddress.IPv4Address(IPV4_NETWORKS_BASE + slot * 512)
                ranges.append((f"{first4}/24", first4, first4 + 255, owner))
            case 1:
                base = IPV4_SPANS_BASE + slot * 256
                start = base + rng.randrange(0, 40)
                end = start + rng.randrange(10, 200)
                a, b = ipaddress.IPv4Address(start), ipaddress.IPv4Address(end)
                ranges.append((f"{a}-{b}", a, b, owner))
            case _:
                first6 = ipaddress.IPv6Address(IPV6_BASE + ((slot * 2) << 80))
                last6 = ipaddress.IPv6Address(int(first6) | ((1 << 80) - 1))
                ranges.append((f"{first6}/48", first6, last6, owner))
    v4 = [r for r in ranges if r[1].version == 4]
    v6 = [r for r in ranges if r[1].version == 6]

    def inside(pool: list[Row]) -> Address:
        _text, first, last, _owner = rng.choice(pool)
        return type(first)(rng.randint(int(first), int(last)))

    def outside_v4() -> ipaddress.IPv4Address:
        # The free /24 after a network, or the part of a span slot past its end.
        if rng.random() < 0.5:
            return ipaddress.IPv4Address(
                IPV4_NETWORKS_BASE + rng.randrange(len(v4) // 2) * 512 + 256 + rng.randrange(256)
            )
        return ipaddress.IPv4Address(IPV4_SPANS_BASE + rng.randrange(len(v4) // 2) * 256 + 250 + rng.randrange(6))

    def outside_v6() -> ipaddress.IPv6Address:
        return ipaddress.IPv6Address(IPV6_BASE + ((rng.randrange(len(v6)) * 2 + 1) << 80) + rng.getrandbits(64))

    half = lookups // 2
    hits = [inside(v4 if i % 2 else v6) for i in range(half)]
    misses = [outside_v4() if i % 2 else outside_v6() for i in range(lookups - half)]
    # A tenth of the IPv4 clients reach us over IPv6 with a mapped address.
    for bucket in (hits, misses):
        for i in range(0, len(bucket), 20):
            if bucket[i].version == 4:
                bucket[i] = ipaddress.IPv6Address(f"::ffff:{bucket[i]}")
    return Generated(ranges, hits, misses)


def percentile(sorted_values: list[float], share: float) -> float:
    index = min(len(sorted_values) - 1, round(share * (len(sorted_values) - 1)))
    return sorted_values[index]


def bench_memory(corpus: Generated) -> None:
    from access.ipindex import AddressIndex
    from access.ipranges import address_number

    rows = [(address_number(first), address_number(last), owner) for _t, first, last, owner in corpus.ranges]
    names = {owner: f"{BENCH_PREFIX} {owner}" for owner in range(INSTITUTIONS)}
    builds = []
    for _ in range(5):
        started = time.perf_counter()
        index = AddressIndex.build(list(rows), names)
        builds.append(time.perf_counter() - started)
    print(f"ranges: {len(index):,} ({INSTITUTIONS:,} institutions)")
    print(f"build AddressIndex: {statistics.median(builds) * 1000:.1f} ms (median of 5)")

    addresses = corpus.hits + corpus.misses
    random.Random(SEED + 1).shuffle(addresses)
    numbers = [address_number(address) for address in addresses]
    found = sum(1 for number in numbers if index.lookup(number))
    expected_hits = len(corpus.hits)
    if found != expected_hits:
        print(f"WARNING: {found:,} hits, expected {expected_hits:,}: the corpus or the index is wrong")

    lookup = index.lookup
    started = time.perf_counter()
    for number in numbers:
        lookup(number)
    elapsed = time.perf_counter() - started
    # The same with the conversion from an address, as institutions_at does it.
    started = time.perf_counter()
    for address in addresses:
        lookup(address_number(address))
    elapsed_with_conversion = time.perf_counter() - started

    latencies = []
    clock = time.perf_counter_ns
    for number in numbers:
        t0 = clock()
        lookup(number)
        latencies.append((clock() - t0) / 1000)
    latencies.sort()
    hits_ns = sorted(_single(lookup, [address_number(a) for a in corpus.hits]))
    misses_ns = sorted(_single(lookup, [address_number(a) for a in corpus.misses]))
    print(
        f"lookups: {len(numbers):,} ({expected_hits:,} hits, {len(numbers) - expected_hits:,} misses; IPv4, IPv6, IPv4-mapped)"
    )
    print(
        f"  throughput: {len(numbers) / elapsed:,.0f} lookups/s ({len(numbers) / elapsed_with_conversion:,.0f}/s with address_number)"
    )
    print(f"  latency all:    p50 {percentile(latencies, 0.50):.2f} µs, p99 {percentile(latencies, 0.99):.2f} µs")
    print(f"  latency hits:   p50 {percentile(hits_ns, 0.50):.2f} µs, p99 {percentile(hits_ns, 0.99):.2f} µs")
    print(f"  latency misses: p50 {percentile(misses_ns, 0.50):.2f} µs, p99 {percentile(misses_ns, 0.99):.2f} µs")


def _single(lookup, numbers: list[int]) -> Iterator[float]:
    clock = time.perf_counter_ns
    for number in numbers:
        t0 = clock()
        lookup(number)
        yield (clock() - t0) / 1000


@contextlib.contextmanager
def django_setup(*, database: bool) -> Iterator[str]:
    """Django set up as a script (``leeszaal.settings``, DEBUG=1); with ``database``, migrated.

    The database is DATABASE_URL's, or a temporary SQLite file (in a temporary LEESZAAL_VAR_DIR)
    when it is not set. Yields a description of the database.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leeszaal.settings")
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("LEESZAAL_HTTPS", "0")
    folder = None
    if not os.environ.get("DATABASE_URL"):
        folder = tempfile.mkdtemp(prefix="leeszaal-iplookup-")
        os.environ["LEESZAAL_VAR_DIR"] = folder
    try:
        import django

        sys.path.insert(0, str(REPO))
        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        config = settings.DATABASES["default"]
        if database:
            call_command("migrate", verbosity=0, interactive=False)
        yield f"{config['ENGINE'].rsplit('.', 1)[-1]} {config['NAME']}"
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def bench_database(corpus: Generated, description: str) -> None:
    from django.db import transaction

    from access.ipindex import load_index
    from access.ipranges import address_key
    from access.models import Institution, IPRange

    print(f"database: {description}")
    if IPRange.objects.exists():
        print("  holds IP ranges already: not touching it. Use an empty database (or unset DATABASE_URL).")
        return
    try:
        started = time.perf_counter()
        with transaction.atomic():
            institutions = Institution.objects.bulk_create(
                Institution(name=f"{BENCH_PREFIX} {n}") for n in range(INSTITUTIONS)
            )
            IPRange.objects.bulk_create(
                (
                    IPRange(
                        institution=institutions[owner], text=text, first=address_key(first), last=address_key(last)
                    )
                    for text, first, last, owner in corpus.ranges
                ),
                batch_size=1000,
            )
        inserted = time.perf_counter() - started
        print(f"  bulk insert {INSTITUTIONS:,} institutions + {len(corpus.ranges):,} ranges: {inserted * 1000:.0f} ms")
        load_index()  # warm: the first query pays for connecting
        loads = []
        for _ in range(5):
            started = time.perf_counter()
            index = load_index()
            loads.append(time.perf_counter() - started)
        print(f"  load_index() ({len(index):,} ranges): {statistics.median(loads) * 1000:.1f} ms (median of 5)")
    finally:
        with transaction.atomic():
            Institution.objects.filter(name__startswith=BENCH_PREFIX).delete()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ranges", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=100_000)
    parser.add_argument("--no-db", action="store_true", help="Only the index in memory, no database.")
    args = parser.parse_args(argv)
    corpus = generate(args.ranges, args.lookups, random.Random(SEED))
    with django_setup(database=not args.no_db) as description:
        bench_memory(corpus)
        if not args.no_db:
            bench_database(corpus, description)


if __name__ == "__main__":
    main()
