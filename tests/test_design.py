"""The design (issue 12, docs/design/STYLE-GUIDE.md): the weight budget, the self-hosted typeface, each
journal's accent as a stylesheet, generated covers, and the article page's layout and languages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from lxml import etree, html

from accounts.models import User
from journals.branding import accent_stylesheet, wrap_words
from journals.colours import contrast_ratio, validate_accent
from journals.demo.load import DEMO_ACCENTS
from journals.models import Article, Issue, Journal, Publisher
from journals.templatetags.design import journal_cover_url
from leeszaal.pagecache import pages_generation
from tests import factories
from tests.conftest import login

STATIC = Path(settings.BASE_DIR) / "static"
#: All CSS and all font files a page may load, together (the issue's budget).
BUDGET_BYTES = 150_000


def _page(client: Client, url: str) -> html.HtmlElement:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return html.fromstring(response.content)


# --- Weight and typeface ---------------------------------------------------------------------------------


def test_all_css_and_fonts_together_stay_under_150_kb() -> None:
    files = [*STATIC.glob("css/**/*.css"), *STATIC.glob("fonts/**/*.woff2")]
    assert any(path.suffix == ".woff2" for path in files)
    total = sum(path.stat().st_size for path in files)
    assert total < BUDGET_BYTES, f"CSS and fonts weigh {total} bytes, over the budget of {BUDGET_BYTES}"


def test_the_typeface_is_self_hosted_with_its_licence_and_swaps_in() -> None:
    css = (STATIC / "css" / "site.css").read_text()
    faces = re.findall(r"@font-face\s*{[^}]*}", css)
    assert faces
    for face in faces:
        assert "font-display: swap" in face
        for url in re.findall(r'url\("\.\./fonts/([^"]+)"\)', face):
            assert (STATIC / "fonts" / url).is_file(), url
    assert "SIL Open Font License" in (STATIC / "fonts" / "OFL.txt").read_text()
    assert "OFL" in (Path(settings.BASE_DIR) / "docs" / "design" / "STYLE-GUIDE.md").read_text()


def test_only_the_body_font_is_preloaded(client: Client, journal: Journal) -> None:
    document = _page(client, "/")
    preloads = document.xpath("//link[@rel='preload']")
    assert [link.get("href") for link in preloads] == ["/static/fonts/literata-latin-normal.woff2"]
    assert preloads[0].get("as") == "font" and preloads[0].get("crossorigin") is not None


# --- Accent colours --------------------------------------------------------------------------------------


def test_the_demo_journals_have_distinct_accents_that_pass_the_contrast_check() -> None:
    assert len(set(DEMO_ACCENTS.values())) == len(DEMO_ACCENTS) == 4
    for colour in DEMO_ACCENTS.values():
        validate_accent(colour)  # raises when below 4.5:1 against white


def test_a_pale_accent_is_refused() -> None:
    with pytest.raises(ValidationError):
        validate_accent("#7fb3d5")


def test_the_accent_stylesheet_has_a_rule_per_journal_with_readable_tints(journal: Journal) -> None:
    Journal.objects.filter(pk=journal.pk).update(accent_color="#9a3b26")
    journal.refresh_from_db()
    css = accent_stylesheet([journal])
    rule = re.search(r'\[data-journal="ouderschapskennis"\]\{([^}]*)\}', css)
    assert rule is not None
    properties = dict(part.split(":") for part in rule.group(1).split(";"))
    assert properties["--accent"] == "#9a3b26"
    assert contrast_ratio(properties["--accent-ink"], properties["--accent-tint"]) >= 4.5
    assert contrast_ratio(properties["--accent"], properties["--accent-tint"]) >= 4.5


def test_the_accent_stylesheet_is_served_cacheable_and_linked_with_a_version(
    client: Client, journal: Journal, django_capture_on_commit_callbacks: Any
) -> None:
    document = _page(client, journal.get_absolute_url())
    assert document.xpath("//body/@data-journal") == ["ouderschapskennis"]
    links = [href for href in document.xpath("//link[@rel='stylesheet']/@href") if href.startswith("/huisstijl.css")]
    assert len(links) == 1 and re.fullmatch(r"/huisstijl\.css\?v=\d+", links[0])

    response = client.get(links[0])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert "immutable" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert '[data-journal="ouderschapskennis"]{--accent:' in response.content.decode()
    again = client.get(links[0], HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        Journal.objects.filter(pk=journal.pk).update(accent_color="#5b3a7a")  # bumps the pages generation
    newer = [h for h in _page(client, journal.get_absolute_url()).xpath("//link/@href") if "huisstijl" in h]
    assert newer != links
    assert "#5b3a7a" in client.get(newer[0]).content.decode()


def test_only_the_current_version_is_cached_for_ever(client: Client, journal: Journal) -> None:
    """A guessed next ?v= must not let a shared cache keep today's colours under tomorrow's address."""
    current = pages_generation()
    assert "immutable" in client.get(f"/huisstijl.css?v={current}")["Cache-Control"]
    for guess in (current + 1, "x"):
        answer = client.get(f"/huisstijl.css?v={guess}")
        assert answer.status_code == 200 and "immutable" not in answer["Cache-Control"]
        assert "max-age=300" in answer["Cache-Control"]
    assert "immutable" not in client.get(f"/ouderschapskennis/omslag.svg?v={current + 1}")["Cache-Control"]


# --- Covers ----------------------------------------------------------------------------------------------


def test_a_journal_without_a_cover_gets_a_generated_one_with_escaped_text(client: Client, publisher: Publisher) -> None:
    journal = factories.make_journal(publisher, title="Zorg & <Welzijn>", slug="zorg-en-welzijn", acronym="Z&W")
    response = client.get("/zorg-en-welzijn/omslag.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "public" in response["Cache-Control"]
    svg = etree.fromstring(response.content)
    texts = [text.text for text in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "Z&W" in texts and any("Zorg & <Welzijn>" in (text or "") for text in texts)
    assert b"<Welzijn>" not in response.content  # escaped by the serialiser
    assert not svg.xpath("//*[@style]")  # the CSP allows no inline styles
    assert journal_cover_url(journal).startswith("/zorg-en-welzijn/omslag.svg?v=")


def test_an_uploaded_cover_wins(publisher: Publisher) -> None:
    journal = factories.make_journal(publisher, slug="met-omslag")
    journal.cover = SimpleUploadedFile("omslag.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    journal.save()
    assert journal_cover_url(journal).startswith(f"{settings.MEDIA_URL}covers/journals/")


def test_an_issue_cover_names_volume_number_year_and_theme(client: Client, journal: Journal) -> None:
    issue = factories.make_issue(journal, volume=27, number="3", year=2024, title="Vaders in beeld")
    response = client.get(f"/ouderschapskennis/2024/{issue.number}/omslag.svg")
    assert response.status_code == 200
    svg = etree.fromstring(response.content)
    words = " ".join(text.text or "" for text in svg.iter("{http://www.w3.org/2000/svg}text"))
    assert "Jaargang 27".upper() in words and "2024" in words and "Nummer 3" in words
    assert "Vaders in beeld" in words


def test_an_unpublished_issue_has_no_cover_but_for_staff(client: Client, journal: Journal, editor: User) -> None:
    factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    assert client.get("/ouderschapskennis/2025/1/omslag.svg").status_code == 404
    response = login(client, editor).get("/ouderschapskennis/2025/1/omslag.svg")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_long_titles_wrap_within_the_cover() -> None:
    lines = wrap_words(
        "Wetenschappelijk Tijdschrift voor Autisme en Verwante Ontwikkelingsvragen in de Praktijk", 20, 3
    )
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert all(len(line) <= 24 for line in lines)


def test_home_pages_show_covers_with_their_size(
    client: Client, journal: Journal, issue: Issue, article: Article
) -> None:
    for url in ("/", journal.get_absolute_url(), journal.get_archive_url(), issue.get_absolute_url()):
        images = _page(client, url).xpath("//img[contains(@class, 'cover')]")
        assert images, url
        assert all(image.get("width") and image.get("height") and image.get("alt") is not None for image in images)


def test_the_publisher_home_shows_each_latest_issue_and_the_newest_articles(
    client: Client, journal: Journal, issue: Issue, article: Article
) -> None:
    document = _page(client, "/")
    card = document.xpath("//li[contains(@class, 'journal-card')]")[0]
    assert issue.get_absolute_url() in card.xpath(".//a/@href")
    newest = document.xpath("//section[@aria-labelledby='newest-title']//li")
    assert [item.xpath(".//h3")[0].text_content() for item in newest] == [article.title]
    assert "Ouderschapskennis" in newest[0].text_content()


# --- The article page ------------------------------------------------------------------------------------


def _lang_of(element: html.HtmlElement) -> str | None:
    while element is not None:
        if element.get("lang"):
            return element.get("lang")
        element = element.getparent()
    return None


def test_interface_words_carry_the_ui_language_and_the_article_its_own(client: Client, article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(language="en", keywords="parents, groups")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    document = _page(client, article.get_absolute_url())
    assert document.get("lang") == "nl"
    assert _lang_of(document.xpath("//h1")[0]) == "en"
    assert _lang_of(document.get_element_by_id("abstract-title")) == "nl"
    assert _lang_of(document.xpath("//section[@class='abstract']//div[contains(@class, 'prose')]")[0]) == "en"
    assert _lang_of(document.xpath("//ul[@class='keywords']")[0]) == "en"
    assert _lang_of(document.get_element_by_id("paywall-title")) == "nl"


def test_on_english_pages_the_publishers_dutch_texts_carry_their_language(client: Client, issue: Issue) -> None:
    journal = issue.journal
    journal.aims_scope = "Onderzoek en praktijk rond opvoeding."
    journal.save()
    issue.title = "Opvoeden in de buurt"
    issue.save()
    Publisher.objects.filter(pk=journal.publisher_id).update(description="Een uitgeverij van vakbladen.")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    home = _page(client, "/")
    assert home.get("lang") == "en"
    assert _lang_of(home.xpath("//*[normalize-space()='Een uitgeverij van vakbladen.']")[0]) == "nl"
    assert _lang_of(home.xpath("//p[contains(@class, 'journal-card-text')]")[0]) == "nl"
    journal_home = _page(client, journal.get_absolute_url())
    assert _lang_of(journal_home.xpath("//*[normalize-space()='Onderzoek en praktijk rond opvoeding.']")[0]) == "nl"
    assert _lang_of(journal_home.xpath("//*[normalize-space()='Opvoeden in de buurt']")[0]) == "nl"
    assert _lang_of(journal_home.xpath("//h2")[0]) == "en"
    for url in (journal.get_archive_url(), issue.get_absolute_url()):
        assert _lang_of(_page(client, url).xpath("//*[normalize-space()='Opvoeden in de buurt']")[0]) == "nl"


def test_the_article_page_has_a_side_column_and_names_the_journal_once(client: Client, article: Article) -> None:
    document = _page(client, article.get_absolute_url())
    side = document.xpath("//aside[contains(@class, 'article-side')]")[0]
    links = side.xpath(".//a/@href")
    assert any(href.endswith("/jats.xml") for href in links)
    assert sum("/citeren/" in href or "citation" in href or "format" in href for href in links) >= 3
    assert side.xpath(".//p[@class='citation' or contains(@class, 'citation ')]")
    assert "Log in of registreer om verder te lezen." in side.text_content()
    # Above the title the journal bar names the journal; breadcrumbs and the kicker do not repeat it.
    assert "Ouderschapskennis" not in document.xpath("//nav[@class='breadcrumbs']")[0].text_content()
    assert not document.xpath("//*[contains(@class, 'other-journals')]")


def test_a_subscriber_sees_how_she_reads_in_the_side_column(client: Client, subscriber: User, article: Article) -> None:
    document = _page(login(client, subscriber), article.get_absolute_url())
    side = document.xpath("//aside[contains(@class, 'article-side')]")[0]
    assert "U leest dit artikel met uw abonnement." in side.text_content()
    assert article.get_pdf_url() in side.xpath(".//a/@href")
    assert "<!--leeszaal:" not in html.tostring(document, encoding="unicode")
