"""RSS 2.0 and Atom 1.0 feeds of the latest articles: a reader follows a journal in a feed reader."""

from __future__ import annotations

import datetime
import email.utils
from typing import Any

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import etree

from discovery.feeds import FEED_SIZE
from journals.models import Article, Contribution, Issue, Journal
from tests import factories

SITE = "https://tijdschriften.example.nl"
ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
SECRET = "GEHEIME-VOLTEKST"


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.SITE_URL = SITE


def parse(client: Client, url: str, content_type: str) -> etree._Element:
    response = client.get(url)  # Host "testserver": no link may carry it
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert b"testserver" not in response.content
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return etree.fromstring(response.content, parser)


def check_rss(root: etree._Element) -> list[etree._Element]:
    """RSS 2.0's structure: rss@version, one channel with title, link, description; each item complete."""
    assert root.tag == "rss" and root.get("version") == "2.0"
    [channel] = root.findall("channel")
    for name in ("title", "link", "description"):
        assert channel.findtext(name), name
    assert channel.findtext("link", "").startswith(SITE)
    items = channel.findall("item")
    for item in items:
        assert item.findtext("title")
        assert item.findtext("link", "").startswith(SITE + "/")
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "true" and guid.text.startswith("https://")
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate", "")) is not None
    return items


def check_atom(root: etree._Element) -> list[etree._Element]:
    """RFC 4287's musts: feed id, title, updated, an author; each entry's id, title, updated, link."""
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{name}"), name
    assert root.findtext(f"{ATOM}author/{ATOM}name")
    self_link = root.find(f"{ATOM}link[@rel='self']")
    assert self_link is not None and self_link.get("href", "").startswith(SITE + "/feeds/")
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{name}"), name
        datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated", ""))
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link is not None and link.get("href", "").startswith(SITE + "/")
        assert len(entry.findall(f"{ATOM}id")) == 1 and len(entry.findall(f"{ATOM}updated")) == 1
    return entries


def root_language(client: Client, url: str) -> str | None:
    return parse(client, url, "application/rss+xml").findtext("channel/language")


@pytest.fixture
def followed(issue: Issue) -> Article:
    article = factories.make_article(
        issue,
        title="Groepswerk & ouders",
        subtitle="Een verkenning",
        abstract="Een openbare samenvatting.",
        doi="10.12345/ok.2024.3.1",
        keywords="ouderschap, groepswerk",
        published_on=datetime.date(2024, 9, 15),
        authors=0,
    )
    for position, (given, surname) in enumerate([("Jürgen", "Müller"), ("Anne Marie", "de Wit")]):
        author = factories.make_author(given_names=given, surname=surname)
        Contribution.objects.create(article=article, author=author, position=position)
    return article


def test_a_journal_rss_feed_lists_its_articles_with_authors_and_abstract(
    client: Client, journal: Journal, followed: Article, other_journal: Journal
) -> None:
    elsewhere = factories.make_article(factories.make_issue(other_journal), title="Van elders")
    items = check_rss(parse(client, f"/feeds/{journal.slug}/rss.xml", "application/rss+xml"))
    [item] = items
    assert root_language(client, f"/feeds/{journal.slug}/rss.xml") == "nl"
    assert item.findtext("title") == "Groepswerk & ouders: Een verkenning"
    assert item.findtext("link") == f"{SITE}{followed.get_absolute_url()}"
    assert item.findtext("guid") == "https://doi.org/10.12345/ok.2024.3.1"
    assert [c.text for c in item.findall(f"{DC}creator")] == ["Jürgen Müller", "Anne Marie de Wit"]
    assert "Een openbare samenvatting." in item.findtext("description", "")
    assert [c.text for c in item.findall("category")] == ["ouderschap", "groepswerk"]
    assert email.utils.parsedate_to_datetime(item.findtext("pubDate", "")).date() == datetime.date(2024, 9, 15)
    assert elsewhere.title not in etree.tostring(item, encoding="unicode")


def test_a_journal_atom_feed(client: Client, journal: Journal, followed: Article) -> None:
    journal.language = "en"
    journal.save()
    root = parse(client, f"/feeds/{journal.slug}/atom.xml", "application/atom+xml")
    [entry] = check_atom(root)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert root.findtext(f"{ATOM}title") == journal.title
    assert entry.findtext(f"{ATOM}id") == "https://doi.org/10.12345/ok.2024.3.1"
    assert [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")] == ["Jürgen Müller", "Anne Marie de Wit"]
    assert "Een openbare samenvatting." in entry.findtext(f"{ATOM}summary", "")


def test_the_all_journals_feeds_hold_every_journal_newest_first(
    client: Client, followed: Article, other_journal: Journal
) -> None:
    newer = factories.make_article(
        factories.make_issue(other_journal), title="Nieuwer", published_on=datetime.date(2024, 10, 1)
    )
    no_doi = factories.make_article(followed.issue, title="Ouder", published_on=datetime.date(2024, 1, 1))
    items = check_rss(parse(client, "/feeds/rss.xml", "application/rss+xml"))
    assert [item.findtext("title") for item in items] == ["Nieuwer", "Groepswerk & ouders: Een verkenning", "Ouder"]
    assert items[2].findtext("guid") == f"{SITE}{no_doi.get_absolute_url()}"
    entries = check_atom(parse(client, "/feeds/atom.xml", "application/atom+xml"))
    assert entries[0].findtext(f"{ATOM}title") == newer.title


def test_drafts_hidden_issues_and_unknown_journals_stay_out(client: Client, journal: Journal, issue: Issue) -> None:
    factories.make_article(issue, status=Article.Status.DRAFT, title="Concept")
    factories.make_article(factories.make_issue(journal, is_published=False), title="Nog niet verschenen")
    for url in ("/feeds/rss.xml", f"/feeds/{journal.slug}/atom.xml"):
        body = client.get(url).content.decode()
        assert "Concept" not in body and "Nog niet verschenen" not in body
    assert client.get("/feeds/bestaat-niet/rss.xml").status_code == 404
    journal.is_active = False
    journal.save()
    assert client.get(f"/feeds/{journal.slug}/atom.xml").status_code == 404


@pytest.mark.parametrize(
    "url", ["/feeds/rss.xml", "/feeds/atom.xml", "/feeds/{slug}/rss.xml", "/feeds/{slug}/atom.xml"]
)
def test_no_feed_carries_a_gated_body(client: Client, article: Article, journal: Journal, url: str) -> None:
    assert not article.is_open_access
    body = client.get(url.format(slug=journal.slug)).content.decode()
    assert article.title in body
    assert SECRET not in body


def test_a_feed_lists_at_most_fifty(client: Client, issue: Issue) -> None:
    for _ in range(FEED_SIZE + 2):
        factories.make_article(issue, authors=0)
    assert len(check_rss(parse(client, "/feeds/rss.xml", "application/rss+xml"))) == FEED_SIZE


@pytest.mark.parametrize(
    "url", ["/feeds/rss.xml", "/feeds/atom.xml", "/feeds/{slug}/rss.xml", "/feeds/{slug}/atom.xml"]
)
@pytest.mark.parametrize("rows", [1, 50])
def test_a_feed_takes_the_same_queries_for_one_article_or_fifty(
    client: Client, issue: Issue, journal: Journal, url: str, rows: int
) -> None:
    for _ in range(rows):
        factories.make_article(issue, authors=2)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url.format(slug=journal.slug))
    assert response.status_code == 200
    expected = 3  # the journal (or the publisher naming the all-journals feed), the articles, their authors
    assert len(queries) == expected, "\n".join(q["sql"] for q in queries.captured_queries)


def test_the_feed_links_for_the_page_head(journal: Journal) -> None:
    with_journal = render_to_string("discovery/_feed_links.html", {"journal": journal})
    assert f'href="/feeds/{journal.slug}/rss.xml"' in with_journal
    assert f'href="/feeds/{journal.slug}/atom.xml"' in with_journal
    assert 'type="application/atom+xml"' in with_journal
    without = render_to_string("discovery/_feed_links.html", {})
    assert 'href="/feeds/rss.xml"' in without and "/feeds/ouderschapskennis/" not in without
