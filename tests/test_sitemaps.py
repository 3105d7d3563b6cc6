"""A crawler's way in: /robots.txt, the sitemap index and one sitemap per journal (valid against the
sitemaps.org 0.9 XSDs), and /doi/<doi>, which sends a DOI in any case to its article."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from journals.models import Article, Issue, Journal
from tests import factories

pytestmark = pytest.mark.django_db

SITE = "https://tijdschriften.example.nl"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
_SCHEMAS: dict[Path, etree.XMLSchema] = {}


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.SITE_URL = SITE


def _schema(schemas_dir: Path, name: str) -> etree.XMLSchema:
    """Each XSD compiled once per test session, offline."""
    path = schemas_dir / "sitemap-0.9" / name
    if path not in _SCHEMAS:
        _SCHEMAS[path] = etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))
    return _SCHEMAS[path]


@pytest.fixture
def urlset_schema(schemas_dir: Path) -> etree.XMLSchema:
    return _schema(schemas_dir, "sitemap.xsd")


@pytest.fixture
def index_schema(schemas_dir: Path) -> etree.XMLSchema:
    return _schema(schemas_dir, "siteindex.xsd")


def _xml(client: Client, path: str) -> etree._Element:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    assert "public" in response["Cache-Control"]
    return etree.fromstring(response.content, etree.XMLParser(resolve_entities=False, no_network=True))


def _valid(schema: etree.XMLSchema, root: etree._Element) -> None:
    assert schema.validate(root), schema.error_log


def _locs(root: etree._Element) -> list[str]:
    return [str(loc) for loc in root.xpath("//s:loc/text()", namespaces=NS)]


def _lastmods(root: etree._Element) -> dict[str, str]:
    return {
        str(url.findtext("s:loc", namespaces=NS)): str(url.findtext("s:lastmod", namespaces=NS))
        for url in root.xpath("/s:urlset/s:url | /s:sitemapindex/s:sitemap", namespaces=NS)
    }


def _touch(article: Article, moment: datetime.datetime) -> None:
    Article.objects.filter(pk=article.pk).update(updated_at=moment)


def test_the_index_lists_a_sitemap_per_active_journal(
    client: Client, index_schema: etree.XMLSchema, article: Article, other_journal: Journal
) -> None:
    hidden = factories.make_journal(article.issue.journal.publisher, slug="opgeheven", is_active=False)
    _touch(article, datetime.datetime(2026, 3, 4, 5, 6, 7, tzinfo=datetime.UTC))
    root = _xml(client, "/sitemap.xml")
    _valid(index_schema, root)
    assert _locs(root) == [f"{SITE}/sitemap-ouderschapskennis.xml", f"{SITE}/sitemap-waardenwerk.xml"]
    assert _lastmods(root)[f"{SITE}/sitemap-ouderschapskennis.xml"] == "2026-03-04T05:06:07Z"
    assert hidden.slug not in etree.tostring(root).decode()


def test_a_journal_sitemap_lists_only_what_anyone_can_open(
    client: Client, urlset_schema: etree.XMLSchema, article: Article, open_article: Article
) -> None:
    issue = article.issue
    journal = issue.journal
    draft = factories.make_article(issue, title="Nog niet", status=Article.Status.DRAFT)
    unpublished_issue = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    in_waiting = factories.make_article(unpublished_issue, title="Wacht op het nummer")
    root = _xml(client, "/sitemap-ouderschapskennis.xml")
    _valid(urlset_schema, root)
    locs = _locs(root)
    assert locs[:3] == [f"{SITE}/", f"{SITE}{journal.get_absolute_url()}", f"{SITE}{journal.get_archive_url()}"]
    assert f"{SITE}{issue.get_absolute_url()}" in locs
    assert f"{SITE}{article.get_absolute_url()}" in locs
    assert f"{SITE}{open_article.get_absolute_url()}" in locs
    assert f"{SITE}{draft.get_absolute_url()}" not in locs
    assert f"{SITE}{unpublished_issue.get_absolute_url()}" not in locs
    assert f"{SITE}{in_waiting.get_absolute_url()}" not in locs
    assert len(locs) == len(set(locs)) == 3 + 1 + 2
    text = etree.tostring(root).decode()
    assert "GEHEIME-VOLTEKST" not in text  # records only, never a body


def test_lastmod_comes_from_the_records(client: Client, urlset_schema: etree.XMLSchema, issue: Issue) -> None:
    older = factories.make_article(issue)
    newer = factories.make_article(issue)
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    _touch(older, datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC))
    _touch(newer, datetime.datetime(2025, 6, 7, 8, 9, 10, 123456, tzinfo=datetime.UTC))
    _touch(draft, datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))  # a draft's edit is not news
    root = _xml(client, f"/sitemap-{issue.journal.slug}.xml")
    _valid(urlset_schema, root)
    lastmods = _lastmods(root)
    assert lastmods[f"{SITE}{older.get_absolute_url()}"] == "2025-01-02T03:04:05Z"
    assert lastmods[f"{SITE}{newer.get_absolute_url()}"] == "2025-06-07T08:09:10Z"
    assert lastmods[f"{SITE}{issue.get_absolute_url()}"] == "2025-06-07T08:09:10Z"
    assert lastmods[f"{SITE}{issue.journal.get_absolute_url()}"] == "2025-06-07T08:09:10Z"


def test_an_issue_without_published_articles_has_no_lastmod(
    client: Client, urlset_schema: etree.XMLSchema, issue: Issue
) -> None:
    root = _xml(client, f"/sitemap-{issue.journal.slug}.xml")
    _valid(urlset_schema, root)
    url = root.xpath("/s:urlset/s:url[s:loc=$loc]", namespaces=NS, loc=f"{SITE}{issue.get_absolute_url()}")[0]
    assert url.find("s:lastmod", namespaces=NS) is None


def test_an_unknown_or_inactive_journal_has_no_sitemap(client: Client, journal: Journal) -> None:
    assert client.get("/sitemap-bestaat-niet.xml").status_code == 404
    Journal.objects.filter(pk=journal.pk).update(is_active=False)
    assert client.get(f"/sitemap-{journal.slug}.xml").status_code == 404
    assert client.post("/sitemap.xml").status_code == 405


def _queries(client: Client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_the_sitemaps_cost_the_same_queries_for_one_article_and_for_many(client: Client, issue: Issue) -> None:
    journal = issue.journal
    factories.make_article(issue)
    few = (_queries(client, "/sitemap.xml"), _queries(client, f"/sitemap-{journal.slug}.xml"))
    for year in (2021, 2022, 2023):
        more = factories.make_issue(journal, volume=year - 2000, number="1", year=year)
        for _ in range(8):
            factories.make_article(more, authors=2)
    factories.make_journal(journal.publisher)
    many = (_queries(client, "/sitemap.xml"), _queries(client, f"/sitemap-{journal.slug}.xml"))
    assert few == many
    assert many == (1, 3)  # the index; the journal, its issues with lastmod, its articles
    root = etree.fromstring(client.get(f"/sitemap-{journal.slug}.xml").content)
    assert len(_locs(root)) == 3 + 4 + 1 + 24


def test_robots_points_at_the_sitemap_and_keeps_crawlers_out_of_the_back_office(client: Client) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "public" in response["Cache-Control"]
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/beheer/", "/account/", "/zoeken/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines  # the journals themselves are open to every crawler
    assert f"Sitemap: {SITE}/sitemap.xml" in lines


@pytest.fixture
def doi_article(issue: Issue) -> Article:
    return factories.make_article(issue, title="Met een lastige DOI", doi="10.5555/lz(2024)3/a.b/c-1")


def test_a_doi_in_capitals_resolves_to_its_article(client: Client, article: Article) -> None:
    Article.objects.filter(pk=article.pk).update(doi="10.5555/lz.2024.3.groepswerk")
    response = client.get("/doi/10.5555/LZ.2024.3.GROEPSWERK")
    assert response.status_code == 301
    assert response["Location"] == f"{SITE}{article.get_absolute_url()}"


def test_a_doi_with_slashes_and_parentheses_resolves(client: Client, doi_article: Article) -> None:
    for asked in (
        "10.5555/lz(2024)3/a.b/c-1",
        "10.5555/LZ%282024%293/A.B/C-1",
        "https://doi.org/10.5555/lz(2024)3/a.b/c-1",
    ):
        response = client.get(f"/doi/{asked}")
        assert response.status_code == 301, asked
        assert response["Location"] == f"{SITE}{doi_article.get_absolute_url()}"


def test_an_unknown_unpublished_or_malformed_doi_is_not_found(client: Client, doi_article: Article) -> None:
    assert client.get("/doi/10.5555/bestaat-niet").status_code == 404
    assert client.get("/doi/geen-doi").status_code == 404
    assert client.get("/doi/10.5555/lz%").status_code == 404  # LIKE wildcards match nothing
    Article.objects.filter(pk=doi_article.pk).update(status=Article.Status.DRAFT)
    assert client.get("/doi/10.5555/lz(2024)3/a.b/c-1").status_code == 404
    Article.objects.filter(pk=doi_article.pk).update(status=Article.Status.PUBLISHED)
    Issue.objects.filter(pk=doi_article.issue_id).update(is_published=False)
    assert client.get("/doi/10.5555/lz(2024)3/a.b/c-1").status_code == 404


def test_lastmod_uses_utc_whatever_the_time_zone(settings: Any) -> None:
    from discovery.sitemaps import _w3c

    moment = timezone.make_aware(
        datetime.datetime(2025, 1, 2, 1, 0), timezone=datetime.timezone(datetime.timedelta(hours=2))
    )
    assert _w3c(moment) == "2025-01-01T23:00:00Z"
