"""The reading pages. Thin: look up what the reader may see, ask access, render.

A lookup of anything the reader may not see (an unpublished issue or article) answers
404, exactly like one that does not exist, so URLs cannot be used to probe.
"""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import caches
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from access.decision import decide
from access.readers import reader_from_request
from journals.models import Article, ArticleQuerySet, Issue, Journal, attach_author_names, user_is_staff
from journals.pagecache import anonymous_page_cache, pages_generation
from journals.queries import other_journals

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User


def _cache_for(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A logged-in reader's pages are private (they may show full text, or drafts to staff); an anonymous
    visitor's may be kept by shared caches."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    patch_vary_headers(response, ["Cookie"])
    return response


def _journal_or_404(slug: str) -> Journal:
    return get_object_or_404(Journal.objects.select_related("publisher"), slug=slug)


def _issue_or_404(request: HttpRequest, journal: str, year: int, number: str) -> Issue:
    issues = Issue.objects.visible_to(request.user).select_related("journal__publisher")
    return get_object_or_404(issues, journal__slug=journal, year=year, number=number)


def _article_or_404(articles: ArticleQuerySet, journal: str, year: int, number: str, slug: str) -> Article:
    return get_object_or_404(articles, issue__journal__slug=journal, issue__year=year, issue__number=number, slug=slug)


def _articles_listed(issue: Issue, user: User | AnonymousUser) -> list[Article]:
    """An issue's articles the user may see, in reading order, with author names and no long texts."""
    articles = attach_author_names(
        list(Article.objects.visible_to(user).in_issue(issue).for_listing().in_reading_order())
    )
    for article in articles:
        article.issue = issue
    return articles


@require_safe
@anonymous_page_cache
def publisher_home(request: HttpRequest) -> HttpResponse:
    journals = Journal.objects.active().for_listing()
    return _cache_for(request, render(request, "journals/publisher_home.html", {"journals": journals}))


@require_safe
@anonymous_page_cache
def journal_home(request: HttpRequest, journal: str) -> HttpResponse:
    the_journal = _journal_or_404(journal)
    latest = Issue.objects.visible_to(request.user).of_journal(the_journal).newest_first().first()
    latest_articles: list[Article] = []
    if latest is not None:
        latest.journal = the_journal
        latest_articles = _articles_listed(latest, request.user)
    context = {
        "journal": the_journal,
        "publisher": the_journal.publisher,
        "latest_issue": latest,
        "latest_articles": latest_articles,
        "board": list(the_journal.board.all()),
        "other_journals": other_journals(exclude=the_journal),
    }
    return _cache_for(request, render(request, "journals/journal_home.html", context))


@require_safe
@anonymous_page_cache
def archive(request: HttpRequest, journal: str) -> HttpResponse:
    the_journal = _journal_or_404(journal)
    visible_articles = Q() if user_is_staff(request.user) else Q(articles__status=Article.Status.PUBLISHED)
    issues = list(
        Issue.objects.visible_to(request.user)
        .of_journal(the_journal)
        .annotate(article_count=Count("articles", filter=visible_articles))
        .newest_first()
    )
    for issue in issues:
        issue.journal = the_journal  # each issue's URL needs the journal's slug: no query per issue
    years = [(year, list(group)) for year, group in groupby(issues, key=lambda issue: issue.year)]
    context = {"journal": the_journal, "publisher": the_journal.publisher, "years": years}
    return _cache_for(request, render(request, "journals/archive.html", context))


def _table_of_contents(issue: Issue, user: User | AnonymousUser) -> SafeString:
    """The rendered list of an issue's articles by section, cached for everyone (staff apart, who also see
    drafts) until the next edit: long issues are read by subscribers too, whose pages are not cached whole."""
    key = f"toc:{issue.pk}:{int(user_is_staff(user))}:{get_language()}:{pages_generation()}"
    toc: str | None = caches["pages"].get(key)
    if toc is None:
        listed = _articles_listed(issue, user)
        sections = [(section, list(group)) for section, group in groupby(listed, key=lambda article: article.section)]
        toc = render_to_string("journals/_toc.html", {"sections": sections})
        caches["pages"].set(key, toc, settings.PAGE_CACHE_SECONDS)
    return mark_safe(toc)  # noqa: S308 - our own template's output, escaped when it was rendered


@require_safe
@anonymous_page_cache
def issue_toc(request: HttpRequest, journal: str, year: int, number: str) -> HttpResponse:
    issue = _issue_or_404(request, journal, year, number)
    context = {
        "journal": issue.journal,
        "publisher": issue.journal.publisher,
        "issue": issue,
        "toc": _table_of_contents(issue, request.user),
    }
    return _cache_for(request, render(request, "journals/issue.html", context))


@require_safe
@anonymous_page_cache
def article_detail(request: HttpRequest, journal: str, year: int, number: str, slug: str) -> HttpResponse:
    article = _article_or_404(Article.objects.visible_to(request.user).for_page(), journal, year, number, slug)
    decision = decide(article=article, reader=reader_from_request(request))
    context = {
        "article": article,
        "issue": article.issue,
        "journal": article.issue.journal,
        "publisher": article.issue.journal.publisher,
        "decision": decision,
        "other_journals": other_journals(exclude=article.issue.journal),
        "login_next": request.get_full_path(),
    }
    return _cache_for(request, render(request, "journals/article.html", context))


@require_safe
def article_pdf(request: HttpRequest, journal: str, year: int, number: str, slug: str) -> HttpResponseBase:
    articles = Article.objects.visible_to(request.user).select_related("issue__journal")
    article = _article_or_404(articles, journal, year, number, slug)
    decision = decide(article=article, reader=reader_from_request(request))
    if not decision.granted or not article.pdf:
        # Denied and missing answer alike, so the PDF cannot be probed for.
        raise Http404
    handle = article.pdf.open("rb")
    filename = f"{article.issue.journal.slug}-{article.issue.year}-{article.issue.number}-{article.slug}.pdf"
    response = FileResponse(handle, content_type="application/pdf", filename=filename, as_attachment=False)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return response
