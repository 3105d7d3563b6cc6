"""Journey: a reader searches from the header, narrows with two facets and opens a result, by mouse
and by keyboard alone; the results page passes axe."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from journals.models import Article, Journal
from search.indexing import index_articles
from tests import factories
from tests.browser.axe import assert_no_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def shelf(journal: Journal, other_journal: Journal) -> Article:
    """Pleegzorg in two journals over two years; the one to find is in Waardenwerk, 2024."""
    for the_journal in (journal, other_journal):
        for year, number in ((2023, "1"), (2024, "2")):
            issue = factories.make_issue(the_journal, year=year, number=number)
            for n in range(2):
                factories.make_article(
                    issue,
                    title=f"Pleegzorg in {the_journal.title} {year} deel {n + 1}",
                    abstract="Over pleegouders, pleegkinderen en de hulp die zij krijgen.",
                    keywords="pleegzorg, jeugdhulp",
                )
    target = Article.objects.get(title="Pleegzorg in Waardenwerk 2024 deel 1")
    index_articles(Article.objects.values_list("pk", flat=True))
    return target


def _results(page: Page):
    return page.locator("ol.search-hits > li")


def test_search_from_the_header_narrow_with_two_facets_and_open_a_result(page: Page, shelf: Article) -> None:
    page.goto("/")
    header = page.get_by_role("search").first
    header.get_by_role("searchbox", name="Zoek in alle tijdschriften").fill("pleegzorg")
    header.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("status")).to_have_text("8 resultaten voor ‘pleegzorg’")
    expect(_results(page)).to_have_count(8)
    assert_no_violations(page)

    facets = page.get_by_role("complementary", name="Verfijnen")
    facets.get_by_role("region", name="Tijdschrift").get_by_role("link", name=re.compile("^Waardenwerk")).click()
    expect(page.get_by_role("status")).to_have_text("4 resultaten voor ‘pleegzorg’")
    facets.get_by_role("region", name="Jaar").get_by_role("link", name=re.compile("^2024")).click()
    expect(page.get_by_role("status")).to_have_text("2 resultaten voor ‘pleegzorg’")
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=pleegzorg&tijdschrift=waardenwerk&jaar=2024$"))
    # The chosen filters are shown and can be removed again.
    expect(page.get_by_role("link", name=re.compile("^Jaar: 2024"))).to_be_visible()

    _results(page).get_by_role("link", name="Pleegzorg in Waardenwerk 2024 deel 1").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pleegzorg in Waardenwerk 2024 deel 1")
    assert page.url.endswith(shelf.get_absolute_url())


def _tab_to(page: Page, test: str, *, limit: int = 80) -> None:
    """Press Tab until the focused element satisfies the JavaScript ``test`` (on ``el``)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return !!el && ({test}); }})()"):
            return
    raise AssertionError(f"Tab never reached an element with {test}")


def test_the_same_search_by_keyboard_alone(page: Page, shelf: Article) -> None:
    page.goto("/")
    _tab_to(page, "el.id === 'header-q'")
    page.keyboard.type("pleegzorg")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("8 resultaten voor ‘pleegzorg’")

    _tab_to(page, "el.closest('.facet') && el.textContent.trim().startsWith('Waardenwerk')")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("4 resultaten voor ‘pleegzorg’")
    _tab_to(page, "el.closest('.facet') && el.textContent.trim().startsWith('2024')")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_have_text("2 resultaten voor ‘pleegzorg’")

    _tab_to(page, "el.closest('.search-hit') && el.textContent.includes('Waardenwerk 2024 deel 1')")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Pleegzorg in Waardenwerk 2024 deel 1")
