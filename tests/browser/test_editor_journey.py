"""Journey 2: an editor puts a new issue online from the back office, and readers see it.

Daan (staff, in the editors group) logs in through the site's login on his way to /beheer/, adds issue 2025/1 of Ouderschapskennis
with an article in the issue's inline table of contents, completes the article's abstract
and body on its own page, and publishes the issue with the changelist action. Until then an
anonymous visitor gets 404 for the issue; afterwards its table of contents shows the article.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from playwright.sync_api import Page, expect

from accounts.models import User
from journals.models import Article, Issue, Journal
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

ARTICLE_TITLE = "Ouders als partners in de wijk"
ARTICLE_SLUG = "ouders-als-partners"
ABSTRACT = "Hoe wijkteams ouders betrekken bij groepswerk."
BODY = "<p>De volledige tekst over ouders in de wijk.</p>"


@pytest.fixture
def daan(editor: User) -> User:
    """The editor; given the editors' permissions directly should the editors group be missing."""
    if not editor.groups.filter(name=settings.EDITORS_GROUP).exists():
        wanted = [
            f"{action}_{model}" for model in ("journal", "issue", "article") for action in ("add", "change", "view")
        ]
        editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="journals", codename__in=wanted))
    return editor


def test_editor_adds_and_publishes_an_issue(page: Page, other_page: Page, journal: Journal, daan: User) -> None:
    issue_url = "/ouderschapskennis/2025/1/"

    # Log in to the back office.
    page.goto("/beheer/")
    expect(page).to_have_url(re.compile(r"/account/login/\?next=%2Fbeheer%2F$"))
    page.get_by_label(re.compile(r"^E-mailadres:?$", re.IGNORECASE)).fill(daan.email)
    page.get_by_label(re.compile(r"^Wachtwoord:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tijdschriften, abonnementen en lezers")

    # A new issue with one article in its table of contents.
    page.get_by_role("link", name="Nummers", exact=True).click()
    page.locator("#content").get_by_role("link", name=re.compile(r"^nummer toevoegen$", re.IGNORECASE)).click()
    expect(page).to_have_url(re.compile(r"/beheer/journals/issue/add/$"))
    page.locator(".field-journal .select2-selection").click()  # the journal is an autocomplete field
    page.locator(".select2-search__field").fill("Ouder")
    page.locator(".select2-results__option", has_text="Ouderschapskennis").click()
    page.locator("#id_volume").fill("28")
    page.locator("#id_number").fill("1")
    page.locator("#id_year").fill("2025")
    page.locator("#id_title").fill("Opvoeden in de buurt")
    row = page.locator("#articles-0")
    row.locator("[name='articles-0-title']").press_sequentially(ARTICLE_TITLE)
    slug = row.locator("[name='articles-0-slug']")
    expect(slug).to_have_value("ouders-als-partners-in-de-wijk")  # prepopulated from the title
    slug.fill(ARTICLE_SLUG)
    page.get_by_role("button", name="Opslaan en opnieuw bewerken").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    assert page.locator(".errornote").count() == 0

    issue = Issue.objects.get(journal=journal, year=2025, number="1")
    article = Article.objects.get(issue=issue, slug=ARTICLE_SLUG)
    assert not issue.is_published
    assert article.status == Article.Status.DRAFT

    # Not online yet: an anonymous visitor cannot find it.
    response = other_page.goto(issue_url)
    assert response is not None and response.status == 404

    # The article's own page holds the abstract and the full text.
    page.locator("#articles-0").get_by_role("link", name=ARTICLE_TITLE).click()
    expect(page).to_have_url(re.compile(rf"/beheer/journals/article/{article.pk}/change/"))
    page.locator("#id_abstract").fill(ABSTRACT)
    page.locator("#id_body").fill(BODY)
    page.get_by_role("button", name="Opslaan", exact=True).click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert article.abstract == ABSTRACT
    assert "ouders in de wijk" in article.body

    # Publish with the changelist action.
    page.goto("/beheer/journals/issue/")
    issue_row = page.locator(
        "#result_list tbody tr", has=page.locator(f"input[name='_selected_action'][value='{issue.pk}']")
    )
    issue_row.locator("input[name='_selected_action']").check()
    page.locator("select[name='action']").select_option("publish")
    page.get_by_role("button", name="Uitvoeren").click()
    expect(page.locator(".messagelist .success")).to_contain_text("1 nummer staat online")
    issue.refresh_from_db()
    article.refresh_from_db()
    assert issue.is_published
    assert article.status == Article.Status.PUBLISHED

    # An anonymous visitor, in a browser context of their own, sees the issue and the article.
    response = other_page.goto(issue_url)
    assert response is not None and response.status == 200
    expect(other_page.get_by_role("heading", level=1)).to_contain_text("Opvoeden in de buurt")
    other_page.get_by_role("link", name=ARTICLE_TITLE).click()
    expect(other_page).to_have_url(re.compile(rf"{issue_url}{ARTICLE_SLUG}/$"))
    expect(other_page.get_by_role("region", name="Samenvatting")).to_contain_text(ABSTRACT)
    expect(other_page.get_by_role("region", name="Verder lezen")).to_be_visible()
