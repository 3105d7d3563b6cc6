"""Citation export (RIS, BibTeX, CSL-JSON) and the APA 7 reference: a reader takes an article to Zotero."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from discovery import citations
from journals.citation import apa, initials, join_authors
from journals.models import Article, Contribution, Issue, Journal
from tests import factories

SITE = "http://127.0.0.1:8000"
SECRET = "GEHEIME-VOLTEKST"


@pytest.fixture(autouse=True)
def _site_url(settings: Any) -> None:
    settings.SITE_URL = SITE


@pytest.fixture
def special(journal: Journal) -> Article:
    """An article with every field, and LaTeX's and RIS's troublemakers in its title and names."""
    journal.issn_print = factories.valid_issn(4242)
    journal.acronym = "OK"
    journal.save()
    issue = factories.make_issue(journal, volume=27, number="3", year=2024, published_on=datetime.date(2024, 9, 1))
    article = factories.make_article(
        issue,
        title="Müller & Ñ{}% over $5_000 #1 ~ ^ \\ in groepen",
        subtitle="Een verkenning",
        slug="muller",
        abstract="Wat werkt\nin groepen? Een openbare samenvatting.",
        keywords="ouderschap, groepswerk",
        doi="10.12345/ok.2024.3.1",
        first_page=12,
        last_page=20,
        published_on=datetime.date(2024, 9, 15),
        language="nl",
        body="<p>GEHEIME-VOLTEKST-zin die nergens mag verschijnen.</p>",
        authors=0,
    )
    for position, (given, surname) in enumerate([("Jürgen", "Müller & Ñ{}%"), ("Anne-Marie", "de Wit")]):
        author = factories.make_author(given_names=given, surname=surname)
        Contribution.objects.create(article=article, author=author, position=position)
    return article


def get(client: Client, url: str) -> tuple[str, str]:
    response = client.get(url)
    assert response.status_code == 200, response
    return response.content.decode(), response["Content-Type"]


def parse_ris(text: str) -> list[dict[str, list[str]]]:
    """A small RIS reader: records of tag → values, ``TAG  - value`` lines, ``ER`` closing each."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in text.split("\r\n"):
        if not line:
            continue
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert match, f"not a RIS line: {line!r}"
        tag, value = match.groups()
        if tag == "TY":
            assert current is None
            current = {}
        assert current is not None, "a tag before TY"
        if tag == "ER":
            records.append(current)
            current = None
            continue
        current.setdefault(tag, []).append(value)
    assert current is None, "a record without ER"
    return records


def braces_balanced(text: str) -> bool:
    depth = 0
    unescaped = re.sub(r"\\[{}]", "", text)
    for char in unescaped:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def test_ris_of_an_article_reads_back_with_every_field(client: Client, special: Article) -> None:
    text, content_type = get(client, f"/citeren/{special.pk}.ris")
    assert content_type == "application/x-research-info-systems; charset=utf-8"
    assert "\r\n" in text
    [record] = parse_ris(text)
    assert record == {
        "TY": ["JOUR"],
        "AU": ["Müller & Ñ{}%, Jürgen", "de Wit, Anne-Marie"],
        "TI": ["Müller & Ñ{}% over $5_000 #1 ~ ^ \\ in groepen: Een verkenning"],
        "T2": ["Ouderschapskennis"],
        "J2": ["OK"],
        "PY": ["2024"],
        "DA": ["2024/09/15"],
        "VL": ["27"],
        "IS": ["3"],
        "SP": ["12"],
        "EP": ["20"],
        "SN": [special.issue.journal.issn_print, special.issue.journal.issn_online],
        "DO": ["10.12345/ok.2024.3.1"],
        "UR": [f"{SITE}{special.get_absolute_url()}"],
        "AB": ["Wat werkt in groepen? Een openbare samenvatting."],
        "KW": ["ouderschap", "groepswerk"],
        "LA": ["nl"],
        "PB": ["Uitgeverij Leeszaal"],
    }


def test_bibtex_escapes_latex_and_keeps_braces_balanced(client: Client, special: Article) -> None:
    text, content_type = get(client, f"/citeren/{special.pk}.bib")
    assert content_type == "application/x-bibtex; charset=utf-8"
    assert braces_balanced(text)
    assert text.startswith(f"@article{{mullern2024-{special.pk},\n")
    assert (
        "  title = {{Müller \\& Ñ\\{\\}\\% over \\$5\\_000 \\#1 \\textasciitilde{} \\textasciicircum{} "
        "\\textbackslash{} in groepen: Een verkenning}},\n" in text
    )
    assert "  author = {{Müller \\& Ñ\\{\\}\\%}, Jürgen and {de Wit}, Anne-Marie},\n" in text
    assert "  pages = {12--20},\n" in text
    assert "  doi = {10.12345/ok.2024.3.1},\n" in text
    assert "  journal = {Ouderschapskennis},\n" in text
    assert "  date = {2024-09-15},\n" in text
    # Every field is on its own line, the entry closed.
    assert text.rstrip().endswith("}")


def test_bibtex_keys_are_unique_and_stable(issue: Issue) -> None:
    first = factories.make_article(issue, authors=0)
    second = factories.make_article(issue, authors=0)
    for article in (first, second):
        Contribution.objects.create(
            article=article, author=factories.make_author(given_names="Jan", surname="Ødegård"), position=0
        )
    keys = [citations.bibtex_key(a) for a in citations.citable_articles().filter(pk__in=[first.pk, second.pk])]
    assert len(set(keys)) == 2
    assert keys[0].startswith("odegard2024-")
    again = citations.citable_articles().get(pk=first.pk)
    assert citations.bibtex_key(again) in keys


def test_csl_json_has_the_required_fields_and_types(client: Client, special: Article) -> None:
    text, content_type = get(client, f"/citeren/{special.pk}.json")
    assert content_type == "application/vnd.citationstyles.csl+json; charset=utf-8"
    [item] = json.loads(text)
    check_csl_item(item)
    assert item["type"] == "article-journal"
    assert item["title"] == "Müller & Ñ{}% over $5_000 #1 ~ ^ \\ in groepen: Een verkenning"
    assert item["author"] == [
        {"family": "Müller & Ñ{}%", "given": "Jürgen"},
        {"family": "de Wit", "given": "Anne-Marie"},
    ]
    assert item["issued"] == {"date-parts": [[2024, 9, 15]]}
    assert item["container-title"] == "Ouderschapskennis"
    assert (item["volume"], item["issue"], item["page"]) == ("27", "3", "12-20")
    assert item["DOI"] == "10.12345/ok.2024.3.1"
    assert item["URL"] == f"{SITE}{special.get_absolute_url()}"


#: CSL 1.0.2 csl-data.json: the variables used here and their JSON types (no schema file is offline).
CSL_STRING_FIELDS = {
    "id", "type", "title", "container-title", "container-title-short", "volume", "issue", "page", "page-first",
    "number", "ISSN", "DOI", "URL", "abstract", "keyword", "language", "publisher",
}  # fmt: skip
CSL_TYPES = {"article", "article-journal", "article-magazine", "article-newspaper", "book", "chapter"}


def check_csl_item(item: dict[str, Any]) -> None:
    """The CSL data schema's rules for these variables: required id and type, names, dates, strings."""
    assert isinstance(item["id"], str | int) and item["type"] in CSL_TYPES
    for key, value in item.items():
        if key in ("author", "issued"):
            continue
        assert key in CSL_STRING_FIELDS, key
        assert isinstance(value, str | int | float), key
    for name in item.get("author", []):
        assert set(name) <= {"family", "given", "literal", "suffix", "non-dropping-particle", "dropping-particle"}
        assert all(isinstance(part, str) for part in name.values())
    parts = item["issued"]["date-parts"]
    assert isinstance(parts, list) and 1 <= len(parts) <= 2
    assert all(isinstance(p, list) and 1 <= len(p) <= 3 and all(isinstance(n, int) for n in p) for p in parts)


@pytest.mark.parametrize("format_name", ["ris", "bib", "json"])
@pytest.mark.parametrize("rows", [1, 10])
def test_issue_export_has_every_article_in_a_fixed_number_of_queries(
    client: Client, issue: Issue, format_name: str, rows: int
) -> None:
    for _ in range(rows):
        factories.make_article(issue, authors=2)
    factories.make_article(issue, status=Article.Status.DRAFT, title="Nog een concept")
    with CaptureQueriesContext(connection) as queries:
        text, _type = get(client, f"/citeren/nummer/{issue.pk}.{format_name}")
    assert len(queries) == 3, "\n".join(q["sql"] for q in queries.captured_queries)
    assert "Nog een concept" not in text
    if format_name == "ris":
        assert len(parse_ris(text)) == rows
    elif format_name == "bib":
        assert text.count("@article{") == rows and braces_balanced(text)
    else:
        items = json.loads(text)
        assert len(items) == rows
        for item in items:
            check_csl_item(item)


@pytest.mark.parametrize("format_name", ["ris", "bib", "json"])
def test_no_export_carries_a_gated_body(client: Client, special: Article, format_name: str) -> None:
    assert not special.is_open_access
    text, _type = get(client, f"/citeren/{special.pk}.{format_name}")
    issue_text, _type = get(client, f"/citeren/nummer/{special.issue.pk}.{format_name}")
    assert SECRET not in text and SECRET not in issue_text
    assert "Wat werkt" in text  # the public abstract is there


def test_what_is_not_published_or_not_a_format_does_not_exist(client: Client, issue: Issue, journal: Journal) -> None:
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    hidden_issue = factories.make_issue(journal, is_published=False)
    hidden = factories.make_article(hidden_issue)
    published = factories.make_article(issue)
    for url in (
        f"/citeren/{draft.pk}.ris",
        f"/citeren/{hidden.pk}.bib",
        f"/citeren/{published.pk}.pdf",
        f"/citeren/{published.pk}.xml",
        "/citeren/999999.json",
        f"/citeren/nummer/{hidden_issue.pk}.ris",
        f"/citeren/nummer/{issue.pk}.doc",
    ):
        assert client.get(url).status_code == 404, url


def test_the_export_links_on_article_and_issue(special: Article) -> None:
    article_links = render_to_string("discovery/_citation_export.html", {"article": special, "issue": special.issue})
    assert f'href="/citeren/{special.pk}.ris"' in article_links
    assert f'href="/citeren/{special.pk}.bib"' in article_links
    assert f'href="/citeren/{special.pk}.json"' in article_links
    assert "RIS (Zotero, EndNote)" in article_links
    issue_links = render_to_string("discovery/_citation_export.html", {"issue": special.issue})
    assert f'href="/citeren/nummer/{special.issue.pk}.bib"' in issue_links


# APA 7 -------------------------------------------------------------------------------------------


def test_apa_reference_of_a_full_record(special: Article) -> None:
    article = citations.citable_articles().get(pk=special.pk)
    citation = apa(article)
    assert str(citation) == (
        "Müller & Ñ{}%, J., & de Wit, A.-M. (2024). Müller & Ñ{}% over $5_000 #1 ~ ^ \\ in groepen: "
        "Een verkenning. Ouderschapskennis, 27(3), 12–20. https://doi.org/10.12345/ok.2024.3.1"
    )
    assert citation.html == (
        "Müller &amp; Ñ{}%, J., &amp; de Wit, A.-M. (2024). Müller &amp; Ñ{}% over $5_000 #1 ~ ^ \\ in groepen: "
        "Een verkenning. <i>Ouderschapskennis</i>, <i>27</i>(3), 12–20. https://doi.org/10.12345/ok.2024.3.1"
    )


def test_apa_with_an_article_number_and_without_a_doi_or_authors(issue: Issue) -> None:
    article = factories.make_article(
        issue, title="Wat werkt?", first_page=None, last_page=None, elocation_id="e104", authors=0
    )
    assert str(apa(article)) == (
        f"Wat werkt? (2024). {issue.journal.title}, 27(3), Artikel e104. {SITE}{article.get_absolute_url()}"
    )


def test_apa_lists_twenty_authors_and_shortens_more() -> None:
    names = [f"Auteur{n}, A." for n in range(1, 23)]
    assert join_authors(names[:20]).endswith("Auteur19, A., & Auteur20, A.")
    assert join_authors(names[:2]) == "Auteur1, A., & Auteur2, A."
    shortened = join_authors(names)
    assert shortened.count("Auteur") == 20
    assert shortened.endswith("Auteur19, A., . . . Auteur22, A.")
    assert initials("Jean-Paul Anne") == "J.-P. A."


def test_staff_may_export_a_draft(client: Client, editor: User, journal: Journal) -> None:
    hidden_issue = factories.make_issue(journal, is_published=False)
    draft = factories.make_article(hidden_issue, status=Article.Status.DRAFT, title="Een concept")
    client.force_login(editor)
    assert "Een concept" in client.get(f"/citeren/{draft.pk}.ris").content.decode()
    assert "Een concept" in client.get(f"/citeren/nummer/{hidden_issue.pk}.bib").content.decode()
