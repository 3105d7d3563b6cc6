"""The back office fits a 1,440-pixel screen: the article list and the issue's article table need no sideways scrolling.

Measured in the browser with both admin sidebars shown (navigation left, filters right), with long
titles and several authors per article, because that is where the columns used to run off screen.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Page

from accounts.models import User
from journals.models import Article, Issue
from tests import factories

pytestmark = pytest.mark.browser

LONG_TITLE = "Ervaringsdeskundigheid en samenwerking tussen ouders, leerkrachten en jeugdhulpverleners in de wijk"

# How far an element's content reaches beyond its box: >0 means it scrolls sideways (or is cut off).
OVERFLOW = """selector => {
    const element = document.querySelector(selector);
    if (!element) return null;
    return element.scrollWidth - element.clientWidth;
}"""


def _log_in(page: Page, user: User, base_url: str) -> None:
    client = Client()
    client.force_login(user)
    session_id = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session_id, "url": base_url}])


@pytest.fixture
def crowded_issue(issue: Issue) -> Issue:
    for position in range(1, 9):
        factories.make_article(
            issue,
            authors=4,
            position=position,
            title=f"{LONG_TITLE} ({position})",
            slug=f"lang-{position}",
            article_type=Article.Type.BOOK_REVIEW if position == 8 else Article.Type.RESEARCH,
        )
    return issue


@pytest.fixture
def chief(db: None) -> User:
    return factories.make_user("hoofd@uitgeverij.example.org", name="Hoofd Beheer", is_staff=True, is_superuser=True)


def test_the_article_list_and_the_issue_page_fit_1440_pixels(
    page: Page, live_server, crowded_issue: Issue, chief: User
) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    _log_in(page, chief, live_server.url)

    page.goto("/beheer/journals/article/")
    assert page.locator("#nav-sidebar").is_visible() and page.locator("#changelist-filter").is_visible()
    assert page.locator("#result_list tbody tr").count() == 8
    assert page.evaluate(OVERFLOW, "#changelist .results") == 0, "the article list scrolls sideways"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1440

    page.goto(f"/beheer/journals/issue/{crowded_issue.pk}/change/")
    inline = "#articles-group .tabular"
    assert page.locator(f"{inline} tbody tr.has_original").count() == 8
    assert page.evaluate(OVERFLOW, inline) == 0, "the issue's article table scrolls sideways"
    assert page.evaluate("document.documentElement.scrollWidth") <= 1440
