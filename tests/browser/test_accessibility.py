"""Accessibility: axe-core finds no violations on the pages readers use, and the skip link works by keyboard.

axe cannot judge everything WCAG 2.2 AA asks; it does catch contrast, names, labels,
landmarks, heading order and duplicate ids, which are the regressions templates produce.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import Page, expect

from access.models import Subscription
from accounts.models import User
from journals.models import Article
from search.indexing import index_articles
from tests import factories
from tests.browser.axe import assert_no_violations

pytestmark = pytest.mark.browser


def log_in(page: Page, user: User, base_url: str) -> None:
    """Give the browser a session for ``user`` without going through the login form (journey 1 does that)."""
    client = Client()
    client.force_login(user)
    session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_id, "url": base_url}])


@dataclass(frozen=True)
class Case:
    path: Callable[[Article], str]
    who: str = "anonymous"  # or "reader" (logged in, no subscription) or "subscriber"
    status: int = 200


CASES = {
    "publisher-home": Case(lambda a: "/"),
    "journal-home": Case(lambda a: a.issue.journal.get_absolute_url()),
    "archive": Case(lambda a: a.issue.journal.get_archive_url()),
    "issue-toc": Case(lambda a: a.issue.get_absolute_url()),
    "article-paywall": Case(lambda a: a.get_absolute_url()),
    "article-fulltext": Case(lambda a: a.get_absolute_url(), who="subscriber"),
    "login": Case(lambda a: "/account/login/"),
    "signup": Case(lambda a: "/account/signup/"),
    "password-reset": Case(lambda a: "/account/password/reset/"),
    "account-overview": Case(lambda a: "/account/", who="subscriber"),
    "account-delete": Case(lambda a: "/account/verwijderen/", who="reader"),
    "account-email": Case(lambda a: "/account/email/", who="reader"),
    "account-password": Case(lambda a: "/account/password/change/", who="reader"),
    "search-results": Case(lambda a: "/zoeken/?q=groepswerk+ouders"),
    "search-results-subscriber": Case(lambda a: "/zoeken/?q=ouders&toegang=leesbaar", who="subscriber"),
    "search-journal-none": Case(lambda a: f"/{a.issue.journal.slug}/zoeken/?q=groepswrek"),
    "search-form": Case(lambda a: "/zoeken/"),
    "not-found": Case(lambda a: "/ouderschapskennis/2024/99/bestaat-niet/", status=404),
}


@pytest.mark.parametrize("name", CASES)
def test_page_has_no_axe_violations(page: Page, live_server, article: Article, other_journal, name: str) -> None:
    case = CASES[name]
    # A richer record than the factory's default, so that more of each template renders.
    journal = article.issue.journal
    journal.aims_scope = "Praktijk en onderzoek rond opvoeding."
    journal.website = "https://www.example.org/ouderschapskennis"
    journal.save()
    journal.board.create(name="Dr. A. de Vries", role="hoofdredacteur", affiliation="Universiteit Utrecht")
    other_journal.website = "https://www.example.org/waardenwerk"
    other_journal.save()
    article.keywords = "ouders, groepswerk"
    article.section = journal.sections.create(name="Onderzoek", name_en="Research")
    article.doi = "10.5117/OK2024.3.001"
    article.save()
    factories.make_article(article.issue, title="Vrij te lezen", access=Article.Access.OPEN)
    index_articles(Article.objects.values_list("pk", flat=True))

    if case.who != "anonymous":
        user = factories.make_user(f"{case.who}@example.org", name="Roos de Lezer")
        if case.who == "subscriber":
            today = timezone.localdate()
            Subscription.objects.create(
                user=user,
                journal=journal,
                starts_on=today - datetime.timedelta(days=30),
                ends_on=today + datetime.timedelta(days=335),
            )
        log_in(page, user, live_server.url)

    response = page.goto(case.path(article))
    assert response is not None and response.status == case.status
    if name == "article-fulltext":
        expect(page.get_by_role("region", name="Volledige tekst")).to_be_visible()
    if name == "article-paywall":
        expect(page.get_by_role("region", name="Verder lezen")).to_be_visible()
    assert_no_violations(page)


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page: Page, article: Article) -> None:
    page.goto(article.get_absolute_url())
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()  # visible when focused, not only to screen readers
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{page.url.split('#')[0]}#main")
    expect(page.locator("main#main")).to_be_focused()
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


@pytest.mark.parametrize("who", ["anonymous", "subscriber"])
def test_an_imported_jats_article_has_no_axe_violations(page: Page, live_server, publisher, who: str) -> None:
    """Everything the JATS renderer writes: sections, a table, a figure, boxed text, footnotes, references."""
    from jats.importer import import_upload
    from tests.test_jats_import import RICH, rich_package

    journal = factories.make_journal(
        publisher, title="Jeugd en Samenleving", issn_print="2468-1237", issn_online="1875-1237"
    )
    # Gated, so that the subscriber sees the full text and the anonymous visitor the paywall beside the record.
    xml = RICH.read_bytes().replace(b'xlink:href="https://creativecommons.org/licenses/by/4.0/"', b'xlink:href=""')
    xml = xml.replace(b"<ali:license_ref>https://creativecommons.org/licenses/by/4.0/</ali:license_ref>", b"")
    summary = import_upload("rijk.zip", rich_package(xml), publish=True)
    assert summary.ok, str(summary)
    article = Article.objects.get()
    article.access = Article.Access.SUBSCRIPTION
    article.save()
    if who == "subscriber":
        user = factories.make_user("sem@example.org", name="Sem Abonnee")
        today = timezone.localdate()
        Subscription.objects.create(
            user=user,
            journal=journal,
            starts_on=today - datetime.timedelta(days=1),
            ends_on=today + datetime.timedelta(days=30),
        )
        log_in(page, user, live_server.url)
    response = page.goto(article.get_absolute_url())
    assert response is not None and response.status == 200
    if who == "subscriber":
        expect(page.locator("figure img").first).to_be_visible()
    assert_no_violations(page)


def test_the_jats_import_page_has_no_axe_violations(page: Page, live_server, editor: User) -> None:
    log_in(page, editor, live_server.url)
    response = page.goto("/beheer/jats/import/")
    assert response is not None and response.status == 200
    assert_no_violations(page)
