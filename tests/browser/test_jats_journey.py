"""Journey: production delivers a JATS package; an editor imports it and a reader reads it.

Daan (staff, in the editors group) opens the JATS import from the back office's home, checks a
zip (XML, PDF, figure, supplement) without saving, then imports it with its issue put online. An
anonymous visitor then finds the open-access article with its structured abstract, its figure (the
image loads through the access-checked file view), its reference list, and downloads it as JATS.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from accounts.models import User
from journals.models import Article, Journal, Publisher
from tests import factories
from tests.conftest import PASSWORD
from tests.test_jats_import import rich_package

pytestmark = pytest.mark.browser


@pytest.fixture
def tjs(publisher: Publisher) -> Journal:
    return factories.make_journal(
        publisher,
        title="Tijdschrift voor Jeugd en Samenleving",
        slug="tjs",
        issn_print="2468-1237",
        issn_online="1875-1237",
    )


def test_an_editor_imports_a_package_and_a_reader_reads_it(
    page: Page, other_page: Page, tjs: Journal, editor: User, tmp_path: Path
) -> None:
    package = tmp_path / "rijk.zip"
    package.write_bytes(rich_package())

    page.goto("/beheer/")
    page.get_by_label(re.compile(r"^E-mailadres:?$", re.IGNORECASE)).fill(editor.email)
    page.get_by_label(re.compile(r"^Wachtwoord:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.get_by_role("link", name="Artikelen importeren uit JATS-XML").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("JATS")

    # A check first: the summary says what would happen, nothing is stored.
    page.get_by_label("XML-bestand of zip-pakket").set_input_files(str(package))
    page.get_by_role("button", name="Controleren (niets opslaan)").click()
    expect(page.get_by_role("status")).to_contain_text("niets opgeslagen")
    assert not Article.objects.exists()

    # Then the import, with the new issue put online at once.
    page.get_by_label("XML-bestand of zip-pakket").set_input_files(str(package))
    page.get_by_label("Nummers meteen online zetten").check()
    page.get_by_role("button", name="Importeren", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("1 nieuw")
    article = Article.objects.select_related("issue__journal").get()
    assert article.is_published

    # An anonymous reader on a phone-sized screen reads it.
    other_page.set_viewport_size({"width": 390, "height": 844})
    other_page.goto(article.get_absolute_url())
    expect(other_page.get_by_role("heading", level=1)).to_contain_text("tweede huiskamer")
    expect(other_page.get_by_role("heading", name="Achtergrond")).to_be_visible()  # the structured abstract
    figure = other_page.locator("figure img").first
    figure.scroll_into_view_if_needed()
    expect(figure).to_have_attribute("alt", re.compile(r"\w"))
    assert figure.evaluate("image => image.complete && image.naturalWidth > 0")
    expect(other_page.get_by_role("heading", name="Literatuur")).to_be_visible()
    assert other_page.evaluate("document.documentElement.scrollWidth") <= 390

    with other_page.expect_download() as download_info:
        other_page.get_by_role("link", name="Download als JATS-XML").click()
    xml = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert 'dtd-version="1.4"' in xml and "Plattegrond van buurthuis De Schakel" in xml
