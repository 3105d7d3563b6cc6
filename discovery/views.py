"""robots.txt, the sitemaps and the DOI resolver. Thin: look up, call ``discovery.sitemaps``, answer.

Everything here is the same for every visitor (only published, active content), so it is sent public and
cacheable; the journals' pages are not consulted for the reader.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.functions import Lower
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from discovery import sitemaps
from journals.identifiers import normalize_doi
from journals.models import Article, Journal
from leeszaal.siteurl import absolute_url

#: Paths no crawler needs: the back office, accounts, ordering, alert management, and search results
#: (an endless space of query strings; every article is reachable through the sitemaps instead).
ROBOTS_DISALLOW = ("/beheer/", "/account/", "/abonneren/", "/attenderingen/", "/zoeken/", "/*/zoeken/")

_XML = "application/xml; charset=utf-8"


def _public[R: HttpResponseBase](response: R) -> R:
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return response


def robots_text() -> str:
    lines = ["User-agent: *", "Allow: /"]
    lines.extend(f"Disallow: {path}" for path in ROBOTS_DISALLOW)
    lines.append("")
    lines.append(f"Sitemap: {absolute_url(reverse('discovery:sitemap_index'))}")
    return "\n".join(lines) + "\n"


@require_safe
def robots(request: HttpRequest) -> HttpResponse:
    return _public(HttpResponse(robots_text(), content_type="text/plain; charset=utf-8"))


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    return _public(HttpResponse(sitemaps.sitemap_index(), content_type=_XML))


@require_safe
def journal_sitemap(request: HttpRequest, journal: str) -> HttpResponse:
    the_journal = get_object_or_404(Journal.objects.active(), slug=journal)
    return _public(HttpResponse(sitemaps.journal_sitemap(the_journal), content_type=_XML))


@require_safe
def doi_resolve(request: HttpRequest, doi: str) -> HttpResponsePermanentRedirect:
    """/doi/<doi> → 301 to the published article with that DOI, whatever its case; 404 for anything else."""
    try:
        wanted = normalize_doi(doi)
    except ValidationError:
        raise Http404 from None
    articles = (
        Article.objects.published()
        .select_related("issue__journal")
        .alias(doi_lower=Lower("doi"))  # the unique index article_unique_doi_ci is on Lower("doi")
        .filter(doi_lower=wanted.lower())
    )
    article = get_object_or_404(articles)
    response = HttpResponsePermanentRedirect(absolute_url(article.get_absolute_url()))
    return _public(response)
