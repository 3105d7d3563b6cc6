"""JATS downloads and the files of an article's full text, each behind the one access decision.

* ``article_xml``: an article as JATS 1.4; the body and its back matter only for a reader whom
  ``access.decision.decide`` grants the full text, the front matter (and the public reference list) for
  everyone else.
* ``issue_zip``: an issue as a zip package, one folder per article with its XML and, where the reader
  may read the article, its PDF, figures and supplementary files, so the package imports again.
* ``article_file``: a figure or supplementary file by the name the body refers to (``bestanden/<name>``),
  served only when the article's full text is granted, like the PDF.

A lookup of an article or issue the reader may not see, or of a file name the article does not have,
answers 404 like one that does not exist.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import zipfile
from typing import IO

from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.http import require_safe

from access.decision import Decision, decide, shared_page_audience
from access.readers import reader_from_request
from jats.store import articles_for_records, record_from_article
from jats.writer import write
from journals.identifiers import FILE_NAME
from journals.models import Article, ArticleFile, ArticleQuerySet, Issue
from journals.views import to_article_page
from leeszaal.pagecache import mark_shareable, shared_page

logger = logging.getLogger(__name__)

#: The names ``ArticleFile.name`` allows; anything else cannot name a file (no lookup is made).

#: Zip entries carry a fixed time, so the same issue and reader give the same bytes.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

#: A file is shown in the browser only as an image, never run: no script, no plug-in, no frame.
_FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def _articles(request: HttpRequest) -> ArticleQuerySet:
    """The articles the reader may see (published; staff: all), with everything their records need."""
    return articles_for_records().visible_to(request.user)


def _article_or_404(articles: ArticleQuerySet, journal: str, year: int, number: str, slug: str) -> Article:
    return get_object_or_404(articles, issue__journal__slug=journal, issue__year=year, issue__number=number, slug=slug)


def _base_name(article: Article) -> str:
    issue = article.issue
    return f"{issue.journal.slug}-{issue.year}-{issue.number}-{article.slug}"


def _pdf_url(request: HttpRequest, article: Article) -> str:
    return request.build_absolute_uri(article.get_pdf_url()) if article.pdf else ""


@require_safe
@shared_page
def article_xml(request: HttpRequest, journal: str, year: int, number: str, slug: str) -> HttpResponse:
    article = _article_or_404(_articles(request), journal, year, number, slug)
    reader = reader_from_request(request)
    decision = decide(article=article, reader=reader)
    record = record_from_article(article, files=False, public=True)
    xml = write(record, full_text=decision.granted, pdf_href=_pdf_url(request, article))
    response = HttpResponse(xml, content_type="application/jats+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_base_name(article)}.xml"'
    response["X-Content-Type-Options"] = "nosniff"
    if decision.is_personal:
        patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
        return response
    # Open access, or front matter only: what every reader in the shared audience gets.
    return mark_shareable(request, response, reader)


def _issue_or_404(request: HttpRequest, journal: str, year: int, number: str) -> Issue:
    issues = Issue.objects.visible_to(request.user).select_related("journal__publisher")
    return get_object_or_404(issues, journal__slug=journal, year=year, number=number)


def _package(articles: list[Article], decisions: list[Decision], request: HttpRequest) -> IO[bytes]:
    """The zip of ``articles``: ``<slug>/<slug>.xml``, and for the granted ones the PDF and files beside it."""
    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115 - FileResponse closes it
    with zipfile.ZipFile(spool, "w", compression=zipfile.ZIP_DEFLATED) as package:
        for article, decision in zip(articles, decisions, strict=True):
            folder = article.slug
            pdf_name = f"{article.slug}.pdf"
            granted = decision.granted
            # A granted reader's package holds the PDF beside the XML; anyone else's points to the site's.
            pdf_href = pdf_name if granted and article.pdf else _pdf_url(request, article)
            record = record_from_article(article, files=False, public=True)
            xml = write(record, full_text=granted, pdf_href=pdf_href)
            package.writestr(
                zipfile.ZipInfo(f"{folder}/{article.slug}.xml", date_time=_ZIP_TIME), xml, zipfile.ZIP_DEFLATED
            )
            if not granted:
                continue  # a denied reader's package holds no PDF, figure or supplement of the article
            if article.pdf:
                _copy_into(package, f"{folder}/{pdf_name}", article.pdf, compressed=False)
            for stored in article.files.all():
                compressed = not stored.content_type.startswith(("image/", "video/", "audio/", "application/zip"))
                _copy_into(package, f"{folder}/{stored.name}", stored.file, compressed=compressed)
    spool.seek(0)
    return spool


def _copy_into(package: zipfile.ZipFile, name: str, field: FieldFile, *, compressed: bool) -> None:
    """A stored file into the package, in chunks (PDFs and figures can be large); one gone from storage is
    left out (and logged) rather than failing the whole download."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    try:
        source = field.open("rb")
    except (OSError, ValueError):
        logger.warning("JATS package: %s is missing from storage (%s)", field.name, name)
        return
    with source, package.open(info, "w") as target:
        shutil.copyfileobj(source, target, 1024 * 1024)


@require_safe
def issue_zip(request: HttpRequest, journal: str, year: int, number: str) -> HttpResponseBase:
    issue = _issue_or_404(request, journal, year, number)
    reader = reader_from_request(request)
    articles = list(_articles(request).in_issue(issue).in_reading_order())
    decisions = [decide(article=article, reader=reader) for article in articles]
    filename = f"{issue.journal.slug}-{issue.year}-{issue.number}-jats.zip"
    response = FileResponse(
        _package(articles, decisions, request), content_type="application/zip", as_attachment=True, filename=filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    if shared_page_audience(reader) is not None and not any(decision.is_personal for decision in decisions):
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])
    return response


@require_safe
def article_file(request: HttpRequest, journal: str, year: int, number: str, slug: str, name: str) -> HttpResponseBase:
    if not FILE_NAME.fullmatch(name):
        raise Http404
    articles = Article.objects.visible_to(request.user).select_related("issue__journal")
    article = _article_or_404(articles, journal, year, number, slug)
    decision = decide(article=article, reader=reader_from_request(request))
    if not decision.granted:
        # As for the PDF: the article page tells the reader how to get in. The file is not looked up,
        # so a denied reader learns nothing of which names exist.
        return to_article_page(article)
    stored = get_object_or_404(ArticleFile.objects.all(), article=article, name=name)
    try:
        handle = stored.file.open("rb")
    except (OSError, ValueError):
        raise Http404 from None
    is_image = stored.content_type.startswith("image/")
    response = FileResponse(
        handle,
        content_type=stored.content_type or "application/octet-stream",
        as_attachment=not is_image,
        filename=stored.name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = _FILE_POLICY
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response
