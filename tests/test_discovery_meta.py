"""What an article page tells Google Scholar, Zotero and sharing sites in its <head>: the ``citation_*`` tags,
schema.org JSON-LD and Open Graph, with a canonical link on every page.

There is no schema.org JSON Schema to validate against offline (schema.org publishes a vocabulary, not a
schema): the JSON-LD is parsed as JSON and checked for the properties Google's article and paywalled-content
guidelines ask for.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from lxml import html

from discovery import meta
from journals.models import Article, Contribution, Issue
from tests import factories
from tests.conftest import login

pytestmark = pytest.mark.django_db

SITE = "https://tijdschriften.example.nl"
ORCID = "0000-0002-1825-0097"


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.SITE_URL = SITE


def _enrich(article: Article, *, doi: str) -> Article:
    """Give an article a full record: DOI, keywords, a second author with ORCID and two institutions."""
    journal = article.issue.journal
    journal.issn_print = factories.valid_issn(4242424)
    journal.acronym = "OK"
    journal.save()
    article.doi = doi
    article.keywords = "ouderschap, groepswerk"
    article.abstract = "Ouders leren van elkaar <samen> & in groepen."
    article.first_page, article.last_page = 12, 20
    article.save()
    author = factories.make_author(given_names="Karla", surname="Nys", orcid=ORCID)
    Contribution.objects.create(
        article=article, author=author, position=5, affiliation="Universiteit Gent\nHogeschool Rijnland"
    )
    return article


def _head(client: Client, article: Article) -> tuple[html.HtmlElement, str]:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    return html.fromstring(page), page


def _tags(tree: html.HtmlElement) -> list[tuple[str, str]]:
    return [(m.get("name"), m.get("content")) for m in tree.xpath("//head/meta[starts-with(@name, 'citation_')]")]


def _jsonld(tree: html.HtmlElement) -> dict[str, Any]:
    scripts = tree.xpath("//head/script[@type='application/ld+json']")
    assert len(scripts) == 1
    data: dict[str, Any] = json.loads(scripts[0].text)
    return data


def _secret(article: Article) -> str:
    return article.body.split("</p>")[0].removeprefix("<p>").split(" ")[0]  # GEHEIME-VOLTEKST-<n>


ZOTERO_TAGS = {
    "citation_title",
    "citation_author",
    "citation_author_institution",
    "citation_author_orcid",
    "citation_publication_date",
    "citation_journal_title",
    "citation_issn",
    "citation_volume",
    "citation_issue",
    "citation_firstpage",
    "citation_lastpage",
    "citation_doi",
    "citation_pdf_url",
    "citation_abstract_html_url",
    "citation_language",
    "citation_keywords",
    "citation_publisher",
}


def test_a_gated_article_carries_every_scholar_tag_and_no_body(client: Client, article: Article) -> None:
    _enrich(article, doi="10.5555/lz.2024.3.1")
    tree, page = _head(client, article)
    tags = _tags(tree)
    names = {name for name, _content in tags}
    assert names >= ZOTERO_TAGS
    values = dict(tags)
    first_author = article.contributions.all()[0].author
    url = f"{SITE}{article.get_absolute_url()}"
    assert values["citation_title"] == "Groepswerk met ouders in perspectief"
    assert values["citation_publication_date"] == "2024/06/01"
    assert values["citation_journal_title"] == "Ouderschapskennis"
    assert [c for n, c in tags if n == "citation_issn"] == [
        article.issue.journal.issn_print,
        article.issue.journal.issn_online,
    ]
    assert (values["citation_volume"], values["citation_issue"]) == ("27", "3")
    assert (values["citation_firstpage"], values["citation_lastpage"]) == ("12", "20")
    assert values["citation_doi"] == "10.5555/lz.2024.3.1"
    assert values["citation_pdf_url"] == f"{SITE}{article.get_pdf_url()}"
    assert values["citation_abstract_html_url"] == url
    assert values["citation_language"] == "nl"
    assert [c for n, c in tags if n == "citation_keywords"] == ["ouderschap", "groepswerk"]
    assert values["citation_publisher"] == "Uitgeverij Leeszaal"
    # Each author in order, followed by their own institutions and ORCID.
    authors = [(n, c) for n, c in tags if n.startswith("citation_author")]
    assert authors == [
        ("citation_author", f"{first_author.surname}, {first_author.given_names}"),
        ("citation_author_institution", "Hogeschool"),
        ("citation_author", "Nys, Karla"),
        ("citation_author_institution", "Universiteit Gent"),
        ("citation_author_institution", "Hogeschool Rijnland"),
        ("citation_author_orcid", f"https://orcid.org/{ORCID}"),
    ]
    # The abstract's markup characters are escaped in the attribute, and the body is nowhere on the page.
    assert "<samen>" not in page
    assert _secret(article) not in page
    assert "De volledige tekst van het artikel" not in page


def test_a_gated_article_says_in_json_ld_which_part_is_gated(client: Client, article: Article) -> None:
    _enrich(article, doi="10.5555/lz.2024.3.1")
    tree, page = _head(client, article)
    data = _jsonld(tree)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ScholarlyArticle"
    assert data["headline"] == article.title
    assert data["datePublished"] == "2024-06-01"
    assert data["isAccessibleForFree"] is False
    assert data["hasPart"] == {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".fulltext"}
    assert data["identifier"] == {"@type": "PropertyValue", "propertyID": "DOI", "value": "10.5555/lz.2024.3.1"}
    assert data["pagination"] == "12-20"
    assert data["inLanguage"] == "nl"
    assert data["keywords"] == ["ouderschap", "groepswerk"]
    assert data["abstract"] == "Ouders leren van elkaar <samen> & in groepen."
    assert "license" not in data
    nys = data["author"][1]
    assert nys["sameAs"] == f"https://orcid.org/{ORCID}"
    assert nys["identifier"]["value"] == ORCID
    assert [a["name"] for a in nys["affiliation"]] == ["Universiteit Gent", "Hogeschool Rijnland"]
    issue = data["isPartOf"]
    assert (issue["@type"], issue["issueNumber"]) == ("PublicationIssue", "3")
    volume = issue["isPartOf"]
    assert (volume["@type"], volume["volumeNumber"]) == ("PublicationVolume", "27")
    periodical = volume["isPartOf"]
    assert periodical["@type"] == "Periodical"
    assert periodical["issn"] == [article.issue.journal.issn_print, article.issue.journal.issn_online]
    # The gated selector is the class of the section a reader with access gets.
    assert 'class="fulltext"' not in page
    assert "<samen>" not in page.split("</head>")[0]  # escaped as \u003C inside the data block


def test_a_subscriber_page_has_the_gated_section_that_the_json_ld_names(
    client: Client, article: Article, subscriber: Any
) -> None:
    tree, page = _head(login(client, subscriber), article)
    head, body = page.split("</head>")
    assert _secret(article) in body  # Sem reads the full text, in the body section only
    assert _secret(article) not in head
    assert meta.GATED_SELECTOR == ".fulltext"  # a class selector: its element is the section of that class
    assert tree.xpath("//section[contains(concat(' ', normalize-space(@class), ' '), ' fulltext ')]")
    assert _jsonld(tree)["hasPart"]["cssSelector"] == meta.GATED_SELECTOR


def test_an_open_article_is_free_to_read_with_its_licence(client: Client, open_article: Article) -> None:
    _enrich(open_article, doi="10.5555/lz.2024.3.2")
    tree, page = _head(client, open_article)
    data = _jsonld(tree)
    assert data["isAccessibleForFree"] is True
    assert "hasPart" not in data
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert {name for name, _c in _tags(tree)} >= ZOTERO_TAGS
    assert _secret(open_article) in page  # open: everyone reads the body, in the body


def test_open_graph_and_canonical_on_the_article_page(client: Client, article: Article) -> None:
    tree, _page = _head(client, article)
    og = {m.get("property"): m.get("content") for m in tree.xpath("//head/meta[starts-with(@property, 'og:')]")}
    url = f"{SITE}{article.get_absolute_url()}"
    assert og == {
        "og:type": "article",
        "og:title": article.title,
        "og:url": url,
        "og:site_name": "Uitgeverij Leeszaal",
        "og:description": "Een openbare samenvatting.",
    }
    assert tree.xpath("//head/link[@rel='canonical']/@href") == [url]


def test_every_page_has_a_canonical_link_without_its_query(client: Client, article: Article) -> None:
    issue = article.issue
    for path in ("/", issue.journal.get_absolute_url(), issue.journal.get_archive_url(), issue.get_absolute_url()):
        tree = html.fromstring(client.get(f"{path}?utm_source=nieuwsbrief").content)
        assert tree.xpath("//head/link[@rel='canonical']/@href") == [f"{SITE}{path}"], path
        og = {m.get("property"): m.get("content") for m in tree.xpath("//head/meta[starts-with(@property, 'og:')]")}
        assert og["og:url"] == f"{SITE}{path}"
        assert og["og:type"] == "website"


def test_the_shared_page_carries_its_own_articles_tags_only(client: Client, issue: Issue) -> None:
    """The article page is cached per article and variant: a second article gets its own head, not the first's."""
    first = factories.make_article(issue, title="Eerste")
    second = factories.make_article(issue, title="Tweede")
    _head(client, first)
    tree, _page = _head(client, second)
    assert dict(_tags(tree))["citation_title"] == "Tweede"
    assert _jsonld(tree)["headline"] == "Tweede"


def test_a_title_cannot_close_the_json_ld_block() -> None:
    text = meta.jsonld_script_text({"headline": "</script><script>alert(1)</script> & co"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["headline"] == "</script><script>alert(1)</script> & co"
