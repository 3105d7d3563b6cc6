"""Generation counters: a number in the shared cache that changes whenever something it stands for changes.

Cached values carry the generation in their key, so bumping it makes all of them stale at once
(they expire on their own). A generation never goes back: when its key has been evicted, the new
value is taken from the clock in nanoseconds, larger than any value handed out before it
(an increment adds 1, a clock reading a second later adds 10⁹).

Generations live in the ``default`` cache, apart from the page cache whose many entries could
push them out.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar, TypeVar

from django.core.cache import caches
from django.db import models, transaction

PAGES = "pages"
ACCESS = "access"


def _cache() -> Any:
    return caches["default"]


def _key(name: str) -> str:
    return f"generation:{name}"


#: A generation read from the cache is reused for this long in the process (a page asks several times;
#: with Redis each read is a round trip). A bump in this process takes effect at once.
MEMO_SECONDS = 1.0
_memo: dict[str, tuple[float, int]] = {}


def current(name: str) -> int:
    now = time.monotonic()
    memo = _memo.get(name)
    if memo is not None and now - memo[0] < MEMO_SECONDS:
        return memo[1]
    value: int | None = _cache().get(_key(name))
    if value is None:
        value = time.time_ns()
        # add() keeps a value another process set in the meantime; read back whichever won.
        _cache().add(_key(name), value, timeout=None)
        value = _cache().get(_key(name), value)
    _memo[name] = (now, int(value))
    return int(value)


def bump(name: str) -> None:
    try:
        _cache().incr(_key(name))
    except ValueError:
        _cache().set(_key(name), time.time_ns(), timeout=None)
    _memo.pop(name, None)


def forget_memo() -> None:
    """Read every generation from the cache again (tests, after clearing the caches)."""
    _memo.clear()


def bump_on_commit(name: str) -> None:
    """Bump once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(lambda: bump(name))


_M = TypeVar("_M", bound=models.Model)


class BumpingQuerySet(models.QuerySet[_M]):
    """A queryset whose bulk writes (which send no model signals) bump ``generation`` once they commit."""

    generation: ClassVar[str] = PAGES

    def update(self, **kwargs: Any) -> int:
        rows = super().update(**kwargs)
        bump_on_commit(self.generation)
        return rows

    def bulk_create(self, *args: Any, **kwargs: Any) -> list[_M]:
        created = super().bulk_create(*args, **kwargs)
        bump_on_commit(self.generation)
        return created

    def bulk_update(self, *args: Any, **kwargs: Any) -> int:
        rows = super().bulk_update(*args, **kwargs)
        bump_on_commit(self.generation)
        return rows

    def delete(self) -> tuple[int, dict[str, int]]:
        result = super().delete()
        bump_on_commit(self.generation)
        return result


class PublicationQuerySet(BumpingQuerySet[_M]):
    generation = PAGES


class AccessQuerySet(BumpingQuerySet[_M]):
    generation = ACCESS
