"""Site-wide views: health, the language switch, the privacy statement, and error pages that never need the database."""

from __future__ import annotations

import sys

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from access.readers import reader_from_request
from leeszaal import outage
from leeszaal.pagecache import mark_shareable, shared_page


def _logged(response: HttpResponse) -> HttpResponse:
    """Mark a response Django should not log on its own (``django.utils.log.log_response``): an outage's
    503s are logged once for the whole outage (leeszaal.outage), not one line or traceback each."""
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, else 503; within a second either way (leeszaal.outage.health)."""
    answered = outage.health()
    state = {True: "ok", False: "unavailable", None: "no answer"}[answered]
    response = JsonResponse(
        {"status": "ok" if answered else "unavailable", "database": state}, status=200 if answered else 503
    )
    _logged(response)
    return response


@require_safe
def language_switch(request: HttpRequest, code: str) -> HttpResponseRedirect:
    """Remember the reader's language in a cookie and go back.

    A plain link rather than a form, so public pages carry no CSRF token or cookie and stay cacheable.
    Choosing a language changes nothing on the server.
    """
    if code not in {language for language, _name in settings.LANGUAGES}:
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
    )
    response["Cache-Control"] = "no-store"
    return response


def _unavailable() -> HttpResponse:
    body = loader.render_to_string("503.html")
    response = HttpResponse(body, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return _logged(response)


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 handler: what the database could not do answers 503 with a short message, anything else 500.

    The error alone decides (leeszaal.outage.trouble_of): no second attempt at the database. Neither page
    touches the database or the request's user, so both render during an outage. A 500 is logged with its
    traceback and e-mailed to ADMINS by Django; a 503 is counted towards the outage, which is logged once.
    """
    error = sys.exc_info()[1]
    if error is not None and outage.trouble_of(error) is not None:
        outage.unavailable_answered(error, request)
        return _unavailable()
    body = loader.render_to_string("500.html")
    return HttpResponse(body, status=500)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    body = loader.render_to_string("404.html", {"request_path": request.path}, request=request)
    return HttpResponse(body, status=404)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    body = loader.render_to_string("400.html", request=request)
    return HttpResponse(body, status=400)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    body = loader.render_to_string("403_csrf.html", request=request)
    return HttpResponse(body, status=403)


@require_safe
@shared_page
def privacy(request: HttpRequest) -> HttpResponse:
    """The privacy statement: what is kept about readers, why and for how long (the figures come from settings)."""
    context = {
        "raw_retention_days": settings.USAGE_RAW_RETENTION_DAYS,
        "recording": settings.USAGE_RECORDING,
    }
    return mark_shareable(request, render(request, "privacy.html", context), reader_from_request(request))
