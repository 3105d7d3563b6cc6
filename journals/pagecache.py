"""Whole-page cache for anonymous readers of the reading pages.

Only the views decorated with ``@anonymous_page_cache`` take part, and only for visitors who
are not logged in; a response is stored only when it is a 200 that is public and sets no cookie.
Keys carry the language and a *generation*; any change to the publication record bumps the
generation after commit, so editors' changes show at once wherever the cache is shared (Redis).
With the per-process local-memory cache, other processes notice within ``PAGE_CACHE_SECONDS``.

When access by IP range arrives, an anonymous visitor from a subscribing institution must not
be served the cached (paywalled) page: the lookup has to be skipped for such addresses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_max_age
from django.utils.translation import get_language

GENERATION_KEY = "pages:generation"


def _cache() -> Any:
    return caches["pages"]


def pages_generation() -> int:
    generation: int = _cache().get_or_set(GENERATION_KEY, 1, timeout=None)
    return generation


def pages_forget() -> None:
    """Make every cached page stale (new keys no longer find them; they expire on their own)."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def pages_forget_on_commit(**kwargs: Any) -> None:
    transaction.on_commit(pages_forget)


def _key(request: HttpRequest) -> str:
    path = hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()
    return f"page:{pages_generation()}:{get_language()}:{path}"


def _storable(response: HttpResponse) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and "public" in cache_control
        and "private" not in cache_control
        and not getattr(response, "streaming", False)
    )


def anonymous_page_cache(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _key(request)
        cached: HttpResponse | None = _cache().get(key)
        if cached is not None:
            return cached
        response = view(request, *args, **kwargs)
        if _storable(response):
            _cache().set(key, response, get_max_age(response) or settings.PAGE_CACHE_SECONDS)
        return response

    return wrapper
