"""Sections, board roles and author lists in the page's language: English pages are English throughout."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation
from lxml import html

from jats import reader, xmlsafe
from jats.store import apply_record, record_from_article
from jats.writer import write
from journals.models import Article, EditorialBoardMember, Issue, Journal, Section, board_role_for, section_for
from search.indexing import index_articles
from tests import factories

pytestmark = pytest.mark.django_db


def _english(client: Client) -> Client:
    client.cookies["django_language"] = "en"
    return client


def _tree(client: Client, url: str) -> html.HtmlElement:
    response = client.get(url)
    assert response.status_code == 200
    return html.fromstring(response.content.decode())


@pytest.fixture
def sections(journal: Journal) -> tuple[Section, Section]:
    editorial = journal.sections.create(name="Redactioneel", name_en="Editorial", position=1)
    practice = journal.sections.create(name="Praktijk", name_en="", position=2)
    return editorial, practice


def test_a_section_is_named_in_the_active_language_and_falls_back_to_dutch(sections: tuple[Section, Section]) -> None:
    editorial, practice = sections
    with translation.override("en"):
        assert (str(editorial), practice.label) == ("Editorial", "Praktijk")
    with translation.override("nl"):
        assert (str(editorial), practice.label) == ("Redactioneel", "Praktijk")


def test_section_for_finds_a_section_by_either_name_and_makes_an_unknown_one(
    journal: Journal, sections: tuple[Section, Section]
) -> None:
    editorial, _practice = sections
    assert section_for(journal=journal, name="editorial ") == editorial
    assert section_for(journal=journal, name="REDACTIONEEL") == editorial
    assert section_for(journal=journal, name="") is None
    made = section_for(journal=journal, name="Boekbesprekingen")
    assert made is not None and (made.name, made.position) == ("Boekbesprekingen", 3)
    other = factories.make_journal(journal.publisher)
    assert section_for(journal=other, name="Redactioneel") != editorial  # each journal its own


def test_the_table_of_contents_follows_the_sections_order_in_both_languages(
    client: Client, issue: Issue, sections: tuple[Section, Section]
) -> None:
    editorial, practice = sections
    factories.make_article(issue, title="Uit het veld", section=practice, position=1, authors=3)
    factories.make_article(issue, title="Van de redactie", section=editorial, position=9)
    dutch = _tree(client, issue.get_absolute_url())
    assert [h.text for h in dutch.xpath("//section[contains(@class, 'toc-section')]/h2")] == [
        "Redactioneel",
        "Praktijk",
    ]
    english = _tree(_english(Client()), issue.get_absolute_url())
    assert [h.text for h in english.xpath("//section[contains(@class, 'toc-section')]/h2")] == ["Editorial", "Praktijk"]


def test_author_lists_are_joined_in_the_pages_language(client: Client, issue: Issue) -> None:
    article = factories.make_article(issue, authors=3)
    index_articles([article.pk])
    names = [author.full_name for author in article.authors]
    dutch_line = f"{names[0]}, {names[1]} en {names[2]}"
    english_line = f"{names[0]}, {names[1]} and {names[2]}"
    # Dutch first, so that anything kept from the Dutch page would show on the English one.
    for url in (issue.get_absolute_url(), issue.journal.get_absolute_url(), "/zoeken/?q=artikel"):
        assert dutch_line in client.get(url).content.decode(), url
        english = _english(Client()).get(url).content.decode()
        assert english_line in english and dutch_line not in english, url
    with translation.override("en"):
        assert Article.objects.with_authors().get(pk=article.pk).author_line == english_line
    with translation.override("nl"):
        assert Article.objects.with_authors().get(pk=article.pk).author_line == dutch_line


def test_board_roles_are_shown_in_the_pages_language(client: Client, journal: Journal) -> None:
    journal.board.create(name="Anna de Wit", role=EditorialBoardMember.Role.EDITOR_IN_CHIEF, position=1)
    journal.board.create(name="Bert Smit", role_other="webredacteur", role_other_en="web editor", position=2)
    journal.board.create(name="Cor Klein", role_other="fotoredacteur", position=3)
    dutch = " ".join(_tree(client, journal.get_absolute_url()).xpath("string(//ul[@class='board'])").split())
    assert "Anna de Wit, hoofdredacteur" in dutch and "Bert Smit, webredacteur" in dutch
    english = " ".join(
        _tree(_english(Client()), journal.get_absolute_url()).xpath("string(//ul[@class='board'])").split()
    )
    assert "Anna de Wit, editor-in-chief" in english
    assert "Bert Smit, web editor" in english and "Cor Klein, fotoredacteur" in english


def test_typed_roles_map_onto_the_list_whatever_their_case() -> None:
    assert board_role_for(" Hoofdredacteur ") == "hoofdredacteur"
    assert board_role_for("LID REDACTIERAAD") == "redactieraad"
    assert board_role_for("webredacteur") == ""


def test_jats_heading_finds_the_section_in_either_language_and_exports_the_dutch_name(
    issue: Issue, sections: tuple[Section, Section]
) -> None:
    editorial, _practice = sections
    article = factories.make_article(issue, section=editorial)
    exported = write(record_from_article(Article.objects.get(pk=article.pk), files=False), full_text=True)
    assert b"<subject>Redactioneel</subject>" in exported
    english = exported.replace(b"<subject>Redactioneel</subject>", b"<subject>Editorial</subject>")
    record = reader.read(xmlsafe.parse(english))
    imported = apply_record(record, article=None, issue=factories.make_issue(issue.journal, number="4"))
    assert imported.section == editorial
    assert Section.objects.filter(journal=issue.journal).count() == 2
