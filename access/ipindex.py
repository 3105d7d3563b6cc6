"""Which institution an address belongs to: an interval index in memory, rebuilt when ranges change.

All ranges of active institutions are held as three parallel sorted lists (start, end, institution)
on the shared IPv4/IPv6 number line of ``access.ipranges``; a lookup is one binary search, a few
microseconds with 10,000 ranges, and asks no database. The index is rebuilt when the access
generation changes (every change to institutions, ranges or subscriptions bumps it) and, where
the cache is per process (no Redis), at least every ``INDEX_MAX_AGE`` seconds so that a change
made in another process shows up there too.
"""

from __future__ import annotations

import bisect
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import InterfaceError, OperationalError

from access.ipranges import IPAddress, address_number
from leeszaal import generations

INDEX_MAX_AGE = 30.0  # seconds; see ACCESS_CACHE_SECONDS


@dataclass(slots=True)
class AddressIndex:
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    # The largest end among ranges 0..i: lets a lookup stop walking back as soon as nothing earlier can reach.
    reach: list[int] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def build(cls, rows: list[tuple[int, int, int]], names: dict[int, str]) -> AddressIndex:
        rows.sort()
        index = cls(names=names)
        furthest = -1
        for start, end, owner in rows:
            furthest = max(furthest, end)
            index.starts.append(start)
            index.ends.append(end)
            index.reach.append(furthest)
            index.owners.append(owner)
        return index

    def lookup(self, number: int) -> tuple[int, ...]:
        """The institutions whose ranges hold the address (at most one: ranges do not overlap)."""
        found: list[int] = []
        i = bisect.bisect_right(self.starts, number) - 1
        while i >= 0 and self.reach[i] >= number:
            if self.ends[i] >= number and self.owners[i] not in found:
                found.append(self.owners[i])
            i -= 1
        return tuple(found)

    def __len__(self) -> int:
        return len(self.starts)


def load_index() -> AddressIndex:
    from access.models import Institution, IPRange

    names = dict(Institution.objects.active().values_list("id", "name"))
    rows = [
        (int(first, 16), int(last, 16), owner)
        for first, last, owner in IPRange.objects.filter(institution__is_active=True).values_list(
            "first", "last", "institution_id"
        )
    ]
    return AddressIndex.build(rows, names)


class _Holder:
    def __init__(self) -> None:
        self.index: AddressIndex | None = None
        self.generation: int | None = None
        self.built_at = 0.0
        self.lock = threading.Lock()

    def get(self) -> AddressIndex:
        generation = generations.current(generations.ACCESS)
        index = self.index
        stale = self.generation != generation or (
            not settings.REDIS_URL and time.monotonic() - self.built_at > INDEX_MAX_AGE
        )
        if index is None or stale:
            with self.lock:
                if self.index is None or self.generation != generation or stale:
                    try:
                        self.index = load_index()
                    except (OperationalError, InterfaceError):
                        if self.index is None:
                            raise
                        # No ranges can change while the database does not answer: keep the index we
                        # have (cached pages keep flowing during an outage) and try again later.
                        self.built_at = time.monotonic()
                    else:
                        self.generation = generation
                        self.built_at = time.monotonic()
                index = self.index
        return index

    def forget(self) -> None:
        self.index = None


_holder = _Holder()


def institutions_at(address: IPAddress | None) -> tuple[tuple[int, str], ...]:
    """(id, name) of each active institution whose ranges hold ``address``; empty off campus."""
    if address is None:
        return ()
    index = _holder.get()
    if not index.starts:
        return ()
    return tuple((owner, index.names.get(owner, "")) for owner in index.lookup(address_number(address)))


def forget_index() -> None:
    """Drop this process's index (tests; the next lookup rebuilds it)."""
    _holder.forget()
