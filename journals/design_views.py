"""The journals' look as files: the accent stylesheet and the generated covers (see ``journals.branding``).

Their URLs in the pages carry ``?v=<pages generation>`` (``journals.templatetags.design``), which changes
with every edit of the publication record: a versioned URL may be kept for a year, and an old page in
the page cache keeps pointing at the version it was rendered with.
"""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from django.views.decorators.http import require_safe

from journals.branding import accent_stylesheet, issue_cover_svg, journal_cover_svg
from journals.models import Issue, Journal
from leeszaal.pagecache import pages_generation

#: How long an unversioned URL (typed by hand, or an old link) may be kept.
UNVERSIONED_SECONDS = 300
VERSIONED_SECONDS = 365 * 24 * 3600


def _conditional(request: HttpRequest, content: bytes, content_type: str, *, public: bool = True) -> HttpResponseBase:
    etag = quote_etag(hashlib.blake2b(content, digest_size=12).hexdigest())
    response = HttpResponse(content, content_type=content_type)
    response["ETag"] = etag
    response["X-Content-Type-Options"] = "nosniff"
    if not public:
        patch_cache_control(response, private=True, no_cache=True)
    elif request.GET.get("v") == str(pages_generation()):
        # Only the current version is for ever: a guessed future ?v= must not pin today's content.
        patch_cache_control(response, public=True, max_age=VERSIONED_SECONDS, immutable=True)
    else:
        patch_cache_control(response, public=True, max_age=UNVERSIONED_SECONDS)
    conditional = get_conditional_response(request, etag=etag, response=response)
    return conditional if conditional is not None else response


@require_safe
def accent_css(request: HttpRequest) -> HttpResponseBase:
    key = f"journals:accent-css:{pages_generation()}"
    css: str | None = cache.get(key)
    if css is None:
        css = accent_stylesheet(Journal.objects.only("slug", "accent_color").order_by("slug"))
        cache.set(key, css, 3600)
    return _conditional(request, css.encode(), "text/css; charset=utf-8")


@require_safe
def journal_cover(request: HttpRequest, journal: str) -> HttpResponseBase:
    the_journal = get_object_or_404(Journal.objects.select_related("publisher"), slug=journal)
    return _conditional(request, journal_cover_svg(the_journal), "image/svg+xml")


@require_safe
def issue_cover(request: HttpRequest, journal: str, year: int, number: str) -> HttpResponseBase:
    """An unpublished issue's cover is there only for staff (who see the issue), and never shared."""
    issues = Issue.objects.visible_to(request.user).select_related("journal__publisher")
    issue = get_object_or_404(issues, journal__slug=journal, year=year, number=number)
    return _conditional(request, issue_cover_svg(issue), "image/svg+xml", public=issue.is_published)
