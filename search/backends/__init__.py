"""Search backends: one interface, one backend per database.

``get_backend()`` picks the backend for the default database (``SEARCH_BACKEND`` in settings names
another). A backend keeps the analysed text where its engine can match it and answers ``run``:
the ids and scores of one page of hits plus every facet count, for a parsed query, filters and the
reader's grants. The SQL backends share everything but the match itself (``backends.sql``).

**The seam for an external engine.** A publisher who outgrows PostgreSQL would add a backend whose
``store`` and ``remove`` send documents to OpenSearch (the index updates after commit already carry
only article ids) and whose ``run`` sends one query with the filters as ``bool.filter`` clauses, the
facets as ``terms`` aggregations (and the readable facet as a ``filter`` aggregation built from
``access.decision.Grants``), returning the same ``RawResults``. Pages, snippets, tests and the judged
query set stay as they are. It is not built.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

if TYPE_CHECKING:
    from search.backends.base import Backend

BACKENDS = {
    "sqlite": "search.backends.sqlite.SQLiteBackend",
    "postgresql": "search.backends.postgres.PostgresBackend",
}


@cache
def _backend(path: str) -> Backend:
    backend: Backend = import_string(path)()
    return backend


def get_backend() -> Backend:
    path = getattr(settings, "SEARCH_BACKEND", "") or BACKENDS.get(connection.vendor)
    if not path:
        raise RuntimeError(f"Leeszaal has no search backend for the {connection.vendor} database.")
    return _backend(path)
