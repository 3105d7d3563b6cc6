"""Caches that all workers share, without Redis too: the rate-limit counters (issue 13).

allauth keeps its counters in the ``default`` cache and offers no setting to choose another. With Redis
(``REDIS_URL``) every cache is shared by all workers already. Without it, ``default`` is a
``SplitCache``: the rate-limit counters (keys starting with ``SHARED_PREFIXES``) go to the ``ratelimit``
cache, a ``DatabaseCounterCache`` in the table ``leeszaal_ratelimit`` (which
``access/migrations/0004_ratelimit_cache_table.py`` creates), and every other key goes to ``local``,
the memory of the process, as before: pages and small lookups cost no query and need no database.
"""

from __future__ import annotations

import base64
import pickle
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, router, transaction

#: Keys of the rate-limit counters: allauth's (``allauth.core.internal.ratelimit.get_cache_key``, with
#: its locks) and the COUNTER_SUSHI API's (``usage.api.window_hit``).
SHARED_PREFIXES = ("allauth:rl:", "sushi-rate:")

#: The table of the ``ratelimit`` cache (the migration names it too).
TABLE = "leeszaal_ratelimit"


class SplitCache(BaseCache):
    """A cache that sends the rate-limit counters to one cache and every other key to another.

    ``OPTIONS``: ``SHARED`` and ``LOCAL``, the aliases of the two caches. Keys are handed on as they came;
    each of the two caches applies its own prefix and version. Clearing clears both.
    """

    def __init__(self, location: str, params: dict[str, Any]) -> None:
        super().__init__(params)
        options = params.get("OPTIONS", {})
        self._shared_alias: str = options["SHARED"]
        self._local_alias: str = options["LOCAL"]

    def _cache_for(self, key: str) -> BaseCache:
        return caches[self._shared_alias if key.startswith(SHARED_PREFIXES) else self._local_alias]

    def _split(self, keys: Any) -> dict[str, list[Any]]:
        parts: dict[str, list[Any]] = {self._shared_alias: [], self._local_alias: []}
        for key in keys:
            parts[self._shared_alias if key.startswith(SHARED_PREFIXES) else self._local_alias].append(key)
        return parts

    def add(self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._cache_for(key).add(key, value, timeout, version)

    def get(self, key: str, default: Any = None, version: int | None = None) -> Any:
        return self._cache_for(key).get(key, default, version)

    def set(self, key: str, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._cache_for(key).set(key, value, timeout, version)

    def touch(self, key: str, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return self._cache_for(key).touch(key, timeout, version)

    def delete(self, key: str, version: int | None = None) -> bool:
        return self._cache_for(key).delete(key, version)

    def has_key(self, key: str, version: int | None = None) -> bool:
        return self._cache_for(key).has_key(key, version)

    def incr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        return self._cache_for(key).incr(key, delta, version)

    def decr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        return self._cache_for(key).decr(key, delta, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for alias, part in self._split(keys).items():
            if part:
                found.update(caches[alias].get_many(part, version))
        return found

    def set_many(self, data: dict[str, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[str]:
        failed: list[str] = []
        for alias, part in self._split(data).items():
            if part:
                failed += caches[alias].set_many({key: data[key] for key in part}, timeout, version)
        return failed

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        for alias, part in self._split(keys).items():
            if part:
                caches[alias].delete_many(part, version)

    def clear(self) -> None:
        caches[self._shared_alias].clear()
        caches[self._local_alias].clear()


class DatabaseCounterCache(DatabaseCache):
    """Django's database cache whose ``incr`` holds across processes and keeps the key's expiry.

    ``DatabaseCache.incr`` reads, then writes with the default timeout: two workers counting at once lose
    a count, and a day's window would end after five minutes. Here the read and the write of the value
    alone happen in one transaction that holds the row (PostgreSQL: ``SELECT … FOR UPDATE``; SQLite: the
    settings begin every transaction ``IMMEDIATE``, which takes the write lock at once).
    """

    def __init__(self, table: str, params: dict[str, Any]) -> None:
        super().__init__(table, params)
        self.table = table

    def incr(self, key: str, delta: int = 1, version: int | None = None) -> int:
        made = self.make_and_validate_key(key, version=version)
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        quote_name = connection.ops.quote_name
        table, key_column, value_column = quote_name(self.table), quote_name("cache_key"), quote_name("value")
        with transaction.atomic(using=db), connection.cursor() as cursor:
            if connection.features.has_select_for_update:
                lock = f"SELECT {key_column} FROM {table} WHERE {key_column} = %s FOR UPDATE"  # noqa: S608 - quoted names
                cursor.execute(lock, [made])
            value = self.get(key, self._missing_key, version=version)
            if value is self._missing_key:
                raise ValueError(f"Key {key!r} not found")
            value += delta
            pickled = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            update = f"UPDATE {table} SET {value_column} = %s WHERE {key_column} = %s"  # noqa: S608 - quoted names
            cursor.execute(update, [pickled, made])
        return int(value)
