"""The reading pages. Thin: look up what the reader may see, ask access, render.

A lookup of anything the reader may not see (an unpublished issue or article) answers
404, exactly like one that does not exist, so URLs cannot be used to probe.
"""

from __future__ import annotations

import hashlib
from itertools import groupby
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from access.decision import Decision, decide
from access.readers import reader_from_request
from journals.models import Article, ArticleQuerySet, Issue, Journal, attach_author_names, user_is_staff
from journals.queries import other_journals
from journals.showcase import journals_with_latest_issue, newest_articles
from leeszaal.pagecache import mark_shareable, pages_generation, shared_page
from usage.recording import count, item_hit

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User


def _cache_for(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Public and shared only when the access decision says the reader gets what everyone gets."""
    return mark_shareable(request, response, reader_from_request(request))


def _journal_or_404(slug: str) -> Journal:
    return get_object_or_404(Journal.objects.select_related("publisher"), slug=slug)


def _issue_or_404(request: HttpRequest, journal: str, year: int, number: str) -> Issue:
    issues = Issue.objects.visible_to(request.user).select_related("journal__publisher")
    return get_object_or_404(issues, journal__slug=journal, year=year, number=number)


def _article_or_404(articles: ArticleQuerySet, journal: str, year: int, number: str, slug: str) -> Article:
    return get_object_or_404(articles, issue__journal__slug=journal, issue__year=year, issue__number=number, slug=slug)


def _articles_listed(issue: Issue, user: User | AnonymousUser) -> list[Article]:
    """An issue's articles the user may see, section by section, with author names and no long texts."""
    articles = attach_author_names(
        list(Article.objects.visible_to(user).in_issue(issue).for_listing().in_table_of_contents_order())
    )
    for article in articles:
        article.issue = issue
    return articles


@require_safe
@shared_page
def publisher_home(request: HttpRequest) -> HttpResponse:
    context = {"journals": journals_with_latest_issue(), "newest_articles": newest_articles()}
    return _cache_for(request, render(request, "journals/publisher_home.html", context))


@require_safe
@shared_page
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
@shared_page
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
        groups = [list(group) for _, group in groupby(listed, key=lambda article: article.section_id)]
        sections = [(group[0].section, group) for group in groups]
        toc = render_to_string("journals/_toc.html", {"sections": sections})
        caches["pages"].set(key, toc, settings.PAGE_CACHE_SECONDS)
    return mark_safe(toc)  # noqa: S308 - our own template's output, escaped when it was rendered


@require_safe
@shared_page
def issue_toc(request: HttpRequest, journal: str, year: int, number: str) -> HttpResponse:
    issue = _issue_or_404(request, journal, year, number)
    context = {
        "journal": issue.journal,
        "publisher": issue.journal.publisher,
        "issue": issue,
        "toc": _table_of_contents(issue, request.user),
    }
    return _cache_for(request, render(request, "journals/issue.html", context))


def _published_article(journal: str, year: int, number: str, slug: str) -> Article:
    """A published article with its issue, journal, publisher and authors, kept until the next edit."""
    where = hashlib.blake2b(f"{journal}/{year}/{number}/{slug}".encode(), digest_size=16).hexdigest()
    key = f"article:{pages_generation()}:{where}"
    article: Article | None = caches["pages"].get(key)
    if article is None:
        article = _article_or_404(Article.objects.published().for_page(), journal, year, number, slug)
        caches["pages"].set(key, article, settings.PAGE_CACHE_SECONDS)
    return article


def _article_context(article: Article, decision: Decision, path: str) -> dict[str, Any]:
    journal = article.issue.journal
    return {
        "article": article,
        "issue": article.issue,
        "journal": journal,
        "publisher": journal.publisher,
        "decision": decision,
        "login_next": path,
    }


def _article_page(request: HttpRequest, article: Article, decision: Decision) -> str:
    """The article page with holes where it is personal (account links, messages, why the reader may read).

    One copy per article, language and variant (full text, or the paywall for one reason), shared by every
    reader in that variant. It is rendered without the request, so no user, CSRF token or message can get
    in; the holes are filled per request by ``_fill_holes``. Full text reaches only readers whom the access
    decision has just granted it.
    """
    variant = "full" if decision.granted else f"paywall-{decision.reason}"
    key = f"articlepage:{pages_generation()}:{get_language()}:{article.pk}:{variant}"
    page: str | None = caches["pages"].get(key)
    if page is None:
        context = _article_context(article, decision, request.path)
        context |= {"punch_holes": True, "request": SimpleNamespace(path=request.path)}
        page = render_to_string("journals/article.html", context)
        caches["pages"].set(key, page, settings.PAGE_CACHE_SECONDS)
    return page


_TOKEN = "leeszaal-csrf-token-hole"  # noqa: S105 - a placeholder, replaced by the real token
_account_navs: dict[tuple[str, bool, bool], str] = {}


def _account_nav(request: HttpRequest) -> str:
    """The header's account links: the same for every reader of one kind, but for the CSRF token of the
    logout form. Rendered once per process, language and kind of reader; the token goes in per request."""
    user = request.user
    kind = (get_language(), user.is_authenticated, user_is_staff(user))
    nav = _account_navs.get(kind)
    if nav is None:
        nav = _account_navs[kind] = render_to_string("includes/account_nav.html", {"user": user, "csrf_token": _TOKEN})
    return nav.replace(_TOKEN, get_token(request)) if user.is_authenticated else nav


def _fill_holes(page: str, request: HttpRequest, decision: Decision) -> str:
    pending = get_messages(request)
    notices = render_to_string("includes/messages.html", {"messages": pending}) if len(pending) else ""
    return (
        page.replace(HOLE_ACCOUNT, _account_nav(request), 1)
        .replace(HOLE_MESSAGES, notices, 1)
        .replace(HOLE_ACCESS_SIDE, escape(decision.message), 1)
        .replace(HOLE_ACCESS_NOTE, escape(decision.message), 1)
    )


HOLE_ACCOUNT = "<!--leeszaal:account-->"
HOLE_MESSAGES = "<!--leeszaal:messages-->"
HOLE_ACCESS_NOTE = "<!--leeszaal:access-note-->"
HOLE_ACCESS_SIDE = "<!--leeszaal:access-side-->"  # the same message in the article page's side column


@require_safe
@shared_page
def article_detail(request: HttpRequest, journal: str, year: int, number: str, slug: str) -> HttpResponse:
    reader = reader_from_request(request)
    if reader.is_staff:
        # Staff also see drafts, with a preview notice: rendered whole, never kept.
        article = _article_or_404(Article.objects.all().for_page(), journal, year, number, slug)
        decision = decide(article=article, reader=reader)
        context = _article_context(article, decision, request.path)
        return _cache_for(request, render(request, "journals/article.html", context))
    article = _published_article(journal, year, number, slug)
    decision = decide(article=article, reader=reader)
    page = _fill_holes(_article_page(request, article, decision), request, decision)
    response = HttpResponse(page)
    count(response, item_hit(article=article, decision=decision, pdf=False))
    return _cache_for(request, response)


def to_article_page(article: Article) -> HttpResponse:
    """Where a denied reader of a PDF or a figure goes: the article page, which says how to get in."""
    to_article = redirect(article.get_absolute_url())
    patch_cache_control(to_article, private=True, no_cache=True)
    patch_vary_headers(to_article, ["Cookie"])
    return to_article


@require_safe
def article_pdf(request: HttpRequest, journal: str, year: int, number: str, slug: str) -> HttpResponseBase:
    articles = Article.objects.visible_to(request.user).select_related("issue__journal")
    article = _article_or_404(articles, journal, year, number, slug)
    decision = decide(article=article, reader=reader_from_request(request))
    if not decision.granted:
        # A reader who followed a PDF link (from a search engine, say) learns on the article page how to get in.
        return count(to_article_page(article), item_hit(article=article, decision=decision, pdf=True))
    if not article.pdf:
        raise Http404
    handle = article.pdf.open("rb")
    filename = f"{article.issue.journal.slug}-{article.issue.year}-{article.issue.number}-{article.slug}.pdf"
    response = FileResponse(handle, content_type="application/pdf", filename=filename, as_attachment=False)
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, private=True, no_store=True)
    return count(response, item_hit(article=article, decision=decision, pdf=True))
