"""The shared page cache: whole pages that every visitor in the same position gets byte for byte.

It is a middleware that sits outside sessions, messages, CSRF and authentication, so it sees the
request before any of them and the response after all of them have added their cookies and
headers. A page takes part only when

* its view is marked ``@shared_page`` (the reading pages);
* the request is a GET or HEAD without a session or messages cookie (so it carries no login and
  no pending message), and the access decision says the reader may be given the shared page
  (``access.decision.shared_page_audience``: anonymous, and on no institution's network);
* and, to be stored, the response is a 200 that the view marked public, sets no cookie, is not
  streamed, used no CSP nonce and added no message during the request.

Keys hold the generation (``leeszaal.generations``), the language, the audience and the path with
only the query parameters the view declares (``?utm_source=…`` variants share one entry).
Every change of published content bumps the generation: model signals, bulk updates through the
publication querysets, and the actions in ``journals.actions``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control, patch_vary_headers

from access.decision import Reader, shared_page_audience
from access.readers import client_ip
from leeszaal import generations
from leeszaal.middleware import language_of

#: Set on a response whose content every visitor of the request's audience may be given.
SHAREABLE = "_leeszaal_shareable"


def _cache() -> Any:
    return caches["pages"]


def pages_generation() -> int:
    return generations.current(generations.PAGES)


def pages_forget() -> None:
    """Make every cached page stale (new keys no longer find them; they expire on their own)."""
    generations.bump(generations.PAGES)


def pages_forget_on_commit(**kwargs: Any) -> None:
    generations.bump_on_commit(generations.PAGES)


def shared_page[V: Callable[..., Any]](view: V | None = None, *, query: Iterable[str] = ()) -> Any:
    """Mark a view whose anonymous pages may be shared; ``query`` names the parameters its output depends on."""

    def mark(func: V) -> V:
        func.shared_page_query = tuple(sorted(query))  # type: ignore[attr-defined]
        return func

    return mark(view) if view is not None else mark


def mark_shareable(request: HttpRequest, response: HttpResponse, reader: Reader) -> HttpResponse:
    """Cache headers for a reading page: public and shareable only for the shared audience, else private.

    The question "may this reader get what everyone gets" is the access decision's, not the view's.
    """
    if shared_page_audience(reader) is not None:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
        setattr(response, SHAREABLE, True)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


def _query_part(request: HttpRequest, names: tuple[str, ...]) -> str:
    if not names or not request.META.get("QUERY_STRING"):
        return ""
    kept = sorted((k, v) for k, v in parse_qsl(request.META["QUERY_STRING"], keep_blank_values=False) if k in names)
    return urlencode(kept)


def page_key(request: HttpRequest) -> str | None:
    """The cache key of the shared page this request may be given, or None when it must get its own."""
    if request.method not in ("GET", "HEAD"):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    names: tuple[str, ...] | None = getattr(match.func, "shared_page_query", None)
    if names is None:
        return None
    audience = shared_page_audience(Reader(user=None, ip=client_ip(request)))
    if audience is None:
        return None
    where = f"{request.path}?{_query_part(request, names)}"
    digest = hashlib.blake2b(where.encode(), digest_size=16).hexdigest()
    return f"page:{pages_generation()}:{language_of(request)}:{audience}:{request.method == 'HEAD'}:{digest}"


def _storable(request: HttpRequest, response: HttpResponseBase) -> bool:
    cache_control = response.get("Cache-Control", "")
    messages = getattr(request, "_messages", None)
    user = getattr(request, "user", None)
    return (
        getattr(response, SHAREABLE, False) is True
        and response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "public" in cache_control
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not getattr(request, "_csp_nonce", None)  # a LazyNonce is true once a page has used it
        and not (messages is not None and getattr(messages, "added_new", False))
        and not (user is not None and user.is_authenticated)
    )


class SharedPageCacheMiddleware:
    """Serve and store shared pages; see the module's docstring for who gets them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        key = page_key(request)
        if key is not None:
            cached: HttpResponse | None = _cache().get(key)
            if cached is not None:
                return cached
        response = self.get_response(request)
        if key is not None and _storable(request, response):
            _cache().set(key, response, settings.PAGE_CACHE_SECONDS)
        return response
