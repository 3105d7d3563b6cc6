"""OAI-PMH 2.0 at /oai: a harvester's story, every response valid against the official XSDs."""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

import pytest
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import etree

from journals import actions
from journals.models import Article, Author, Contribution, Issue, Journal
from oai import protocol, tokens
from oai.models import OaiTombstone
from oai.records import identifier_for
from tests import factories

pytestmark = pytest.mark.django_db

NS = {"o": protocol.OAI, "dc": protocol.DC, "oai_dc": protocol.OAI_DC, "j": protocol.JATS_NAMESPACE}
_SCHEMAS: dict[Path, etree.XMLSchema] = {}


def _schema(path: Path) -> etree.XMLSchema:
    if path not in _SCHEMAS:  # loaded once per session
        _SCHEMAS[path] = etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))
    return _SCHEMAS[path]


@pytest.fixture
def validate(schemas_dir: Path) -> Any:
    """Validate a response: the envelope (and oai_dc records) against oai-pmh-with-oai_dc.xsd, JATS apart."""
    oai = _schema(schemas_dir / "oai-pmh-2.0" / "oai-pmh-with-oai_dc.xsd")
    jats = _schema(schemas_dir / "jats-1.4" / "JATS-journalpublishing1-4-mathml3.xsd")

    def check(root: etree._Element) -> etree._Element:
        envelope = copy.deepcopy(root)
        for article in envelope.iterfind(".//o:metadata/j:article", NS):
            document = copy.deepcopy(article)
            for element in document.iter():
                if isinstance(element.tag, str) and element.tag.startswith(f"{{{protocol.JATS_NAMESPACE}}}"):
                    element.tag = etree.QName(element).localname
            etree.cleanup_namespaces(document)
            document = etree.fromstring(etree.tostring(document))
            assert jats.validate(document), jats.error_log
            # No XSD exists for JATS in a namespace: the envelope is checked with an (empty, valid) oai_dc stand-in.
            metadata = article.getparent()
            metadata.remove(article)
            etree.SubElement(metadata, f"{{{protocol.OAI_DC}}}dc")
        assert oai.validate(envelope), oai.error_log
        return root

    return check


@pytest.fixture
def harvest(client: Client, validate: Any) -> Any:
    def get(method: str = "get", **arguments: str) -> etree._Element:
        response = getattr(client, method)("/oai", arguments)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/xml")
        return validate(etree.fromstring(response.content))

    return get


def error_code(root: etree._Element) -> str | None:
    error = root.find("o:error", NS)
    return None if error is None else error.get("code")


def stamp(article: Article, moment: datetime.datetime) -> None:
    Article.objects.filter(pk=article.pk).update(updated_at=moment)


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC)


def identifiers(root: etree._Element) -> list[str]:
    return [element.text or "" for element in root.iterfind(".//o:header/o:identifier", NS)]


# Identify, formats, sets ------------------------------------------------------------------------


def test_identify_announces_the_repository(harvest: Any, article: Article, open_article: Article) -> None:
    stamp(article, at("2024-03-01T08:30:00.250000"))
    root = harvest(verb="Identify")
    identify = root.find("o:Identify", NS)
    assert identify is not None
    assert identify.findtext("o:baseURL", namespaces=NS).endswith("/oai")
    assert identify.findtext("o:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("o:earliestDatestamp", namespaces=NS) == "2024-03-01T08:30:00Z"
    assert identify.findtext("o:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert root.find("o:request", NS).get("verb") == "Identify"


def test_identify_by_post(client: Client, validate: Any, article: Article) -> None:
    response = client.post("/oai", "verb=Identify", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert validate(etree.fromstring(response.content)).find("o:Identify", NS) is not None
    assert client.put("/oai?verb=Identify").status_code == 405


def test_metadata_formats_and_sets(harvest: Any, article: Article, other_journal: Journal) -> None:
    root = harvest(verb="ListMetadataFormats", identifier=identifier_for(article.pk))
    assert [e.text for e in root.iterfind(".//o:metadataPrefix", NS)] == ["oai_dc", "jats"]
    assert error_code(harvest(verb="ListMetadataFormats", identifier="oai:elders:article/1")) == "idDoesNotExist"
    Journal.objects.filter(pk=other_journal.pk).update(is_active=False)
    root = harvest(verb="ListSets")
    assert [e.text for e in root.iterfind(".//o:setSpec", NS)] == [f"journal:{article.issue.journal.slug}"]
    assert [e.text for e in root.iterfind(".//o:setName", NS)] == [article.issue.journal.title]


# Records ------------------------------------------------------------------------------------------


def test_get_record_in_dublin_core_carries_the_abstract_not_the_body(harvest: Any, article: Article) -> None:
    article.doi = "10.5555/ok.2024.1"
    article.keywords = "ouders, groepswerk"
    article.save()
    root = harvest(verb="GetRecord", identifier=identifier_for(article.pk), metadataPrefix="oai_dc")
    dc = root.find(".//oai_dc:dc", NS)
    assert dc.findtext("dc:title", namespaces=NS) == article.title
    assert dc.findtext("dc:description", namespaces=NS) == "Een openbare samenvatting."
    assert [e.text for e in dc.iterfind("dc:subject", NS)] == ["ouders", "groepswerk"]
    assert "https://doi.org/10.5555/ok.2024.1" in [e.text for e in dc.iterfind("dc:identifier", NS)]
    assert root.findtext(".//o:setSpec", namespaces=NS) == f"journal:{article.issue.journal.slug}"
    assert b"GEHEIME-VOLTEKST" not in etree.tostring(root)


def test_get_record_in_jats_is_front_matter_only(harvest: Any, article: Article) -> None:
    root = harvest(verb="GetRecord", identifier=identifier_for(article.pk), metadataPrefix="jats")
    jats = root.find(".//o:metadata/j:article", NS)
    assert jats is not None
    assert jats.find("j:front/j:article-meta/j:title-group/j:article-title", NS).text == article.title
    assert jats.find("j:body", NS) is None
    assert b"GEHEIME-VOLTEKST" not in etree.tostring(root)


def test_harvesters_and_readers_get_only_the_corresponding_authors_address(
    harvest: Any, client: Client, article: Article
) -> None:
    """As on the article page: the JATS of OAI-PMH and of the export names the e-mail of the corresponding
    author only; nobody else's address goes out in bulk."""
    article = factories.make_article(article.issue, authors=2, slug="twee-auteurs")
    first, second = article.contributions.order_by("position")[:2]
    Contribution.objects.filter(pk=first.pk).update(is_corresponding=True)
    for contribution, email in ((first, "eerste@example.org"), (second, "tweede@example.org")):
        Author.objects.filter(pk=contribution.author_id).update(email=email)
    record = etree.tostring(harvest(verb="GetRecord", identifier=identifier_for(article.pk), metadataPrefix="jats"))
    export = client.get(reverse("journals:article_jats", kwargs=article.url_kwargs())).content
    for document in (record, export):
        assert b"eerste@example.org" in document and b"tweede@example.org" not in document


def test_no_list_carries_a_gated_body(harvest: Any, article: Article, open_article: Article) -> None:
    assert article.access != Article.Access.OPEN
    for prefix in ("oai_dc", "jats"):
        for verb in ("ListRecords", "ListIdentifiers"):
            root = harvest(verb=verb, metadataPrefix=prefix)
            assert len(identifiers(root)) == 2
            assert b"GEHEIME-VOLTEKST" not in etree.tostring(root)


def test_only_published_articles_of_active_journals(harvest: Any, issue: Issue, other_journal: Journal) -> None:
    shown = factories.make_article(issue)
    factories.make_article(issue, status=Article.Status.DRAFT)
    factories.make_article(factories.make_issue(issue.journal, is_published=False))
    factories.make_article(factories.make_issue(other_journal))
    Journal.objects.filter(pk=other_journal.pk).update(is_active=False)
    assert identifiers(harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")) == [identifier_for(shown.pk)]


def test_a_full_harvest_across_resumption_tokens_matches_the_database(
    harvest: Any, settings: Any, issue: Issue, other_journal: Journal
) -> None:
    settings.OAI_PAGE_SIZE = 3
    other_issue = factories.make_issue(other_journal)
    articles = [factories.make_article(issue if n % 2 else other_issue) for n in range(8)]
    for n, article in enumerate(articles):  # two share a datestamp: the id breaks the tie
        stamp(article, at(f"2024-05-0{1 + n // 2}T10:00:00"))
    actions.article_unpublish(article=articles[3])
    pages: list[etree._Element] = []
    root = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    while True:
        pages.append(root)
        token = root.find(".//o:resumptionToken", NS)
        assert token is not None
        assert token.get("completeListSize") == "8"
        assert token.get("cursor") == str(3 * (len(pages) - 1))
        if not token.text:
            break
        assert token.get("expirationDate")
        root = harvest(verb="ListRecords", resumptionToken=token.text)
    assert len(pages) == 3
    headers = [h for page in pages for h in page.iterfind(".//o:header", NS)]
    seen = [(h.findtext("o:identifier", namespaces=NS), h.get("status")) for h in headers]
    public = Article.objects.published().order_by("updated_at", "pk")
    expected: list[tuple[str, str | None]] = [(identifier_for(a.pk), None) for a in public]
    expected.append((identifier_for(articles[3].pk), "deleted"))  # unpublished just now: the latest datestamp
    assert seen == expected
    for page, header in ((p, h) for p in pages for h in p.iterfind(".//o:header", NS)):
        if header.get("status") is None:
            pk = int(header.findtext("o:identifier", namespaces=NS).rsplit("/", 1)[1])
            assert header.findtext("o:datestamp", namespaces=NS) == protocol.datestamp(
                Article.objects.get(pk=pk).updated_at
            )
            assert page.find(".//o:record/o:metadata/oai_dc:dc", NS) is not None
    set_root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", set=f"journal:{other_journal.slug}")
    assert len(identifiers(set_root)) == 3  # four in the set, one of them deleted: headers of both kinds
    assert error_code(harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", set="journal:geen")) == "noRecordsMatch"


def test_from_and_until_are_inclusive_at_either_granularity(harvest: Any, issue: Issue) -> None:
    early, edge, late = (factories.make_article(issue) for _ in range(3))
    stamp(early, at("2024-06-01T23:59:59.900000"))
    stamp(edge, at("2024-06-02T12:00:00.500000"))
    stamp(late, at("2024-06-03T00:00:00"))

    def listed(**bounds: str) -> list[int]:
        root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", **bounds)
        if error_code(root) == "noRecordsMatch":
            return []
        return [int(i.rsplit("/", 1)[1]) for i in identifiers(root)]

    assert listed(until="2024-06-02T12:00:00Z") == [early.pk, edge.pk]  # a record exactly at until
    assert listed(until="2024-06-02T11:59:59Z") == [early.pk]
    assert listed(**{"from": "2024-06-02T12:00:00Z"}) == [edge.pk, late.pk]  # exactly at from
    assert listed(**{"from": "2024-06-02T12:00:01Z"}) == [late.pk]
    assert listed(**{"from": "2024-06-02", "until": "2024-06-02"}) == [edge.pk]
    assert listed(until="2024-06-01") == [early.pk]
    assert listed(**{"from": "2024-06-03"}) == [late.pk]
    assert listed(**{"from": "2024-06-02T12:00:00Z", "until": "2024-06-02T12:00:00Z"}) == [edge.pk]
    assert listed(**{"from": "2025-01-01"}) == []
    assert listed(**{"from": "0001-01-01", "until": "9999-12-31"}) == [early.pk, edge.pk, late.pk]


# Deleted records ------------------------------------------------------------------------------


def test_unpublished_and_deleted_articles_keep_a_deleted_header(harvest: Any, issue: Issue) -> None:
    gone, withdrawn, stays = (factories.make_article(issue) for _ in range(3))
    actions.article_unpublish(article=withdrawn)
    gone_id = gone.pk
    gone.delete()
    root = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    deleted = {h.findtext("o:identifier", namespaces=NS) for h in root.iterfind(".//o:header[@status='deleted']", NS)}
    assert deleted == {identifier_for(gone_id), identifier_for(withdrawn.pk)}
    assert len(root.findall(".//o:record/o:metadata", NS)) == 1
    record = harvest(verb="GetRecord", identifier=identifier_for(gone_id), metadataPrefix="jats")
    assert record.find(".//o:header", NS).get("status") == "deleted"
    assert record.find(".//o:metadata", NS) is None
    assert record.findtext(".//o:setSpec", namespaces=NS) == f"journal:{issue.journal.slug}"
    actions.article_publish(article=withdrawn)  # back again: a record, no tombstone
    assert not OaiTombstone.objects.filter(article_id=withdrawn.pk).exists()
    record = harvest(verb="GetRecord", identifier=identifier_for(withdrawn.pk), metadataPrefix="oai_dc")
    assert record.find(".//o:header", NS).get("status") is None
    assert stays.pk in [
        int(i.rsplit("/", 1)[1]) for i in identifiers(harvest(verb="ListIdentifiers", metadataPrefix="oai_dc"))
    ]


def test_an_unpublished_issue_leaves_deleted_headers_until_it_returns(harvest: Any, issue: Issue) -> None:
    first, second = factories.make_article(issue), factories.make_article(issue)
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    actions.issue_unpublish(issue=issue)
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert {h.get("status") for h in root.iterfind(".//o:header", NS)} == {"deleted"}
    assert set(identifiers(root)) == {identifier_for(first.pk), identifier_for(second.pk)}
    issue.refresh_from_db()
    actions.issue_publish(issue=issue, publish_articles=False)
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert {h.get("status") for h in root.iterfind(".//o:header", NS)} == {None}
    assert identifier_for(draft.pk) not in identifiers(root)
    assert not OaiTombstone.objects.exists()


# Errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({}, "badVerb"),
        ({"verb": "Harvest"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "x"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "jats"]}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-13-01"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01T10:00Z"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01T10:00:00.5Z"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-02-01", "until": "2024-01-01"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01", "until": "2024-02-01T00:00:00Z"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "resumptionToken": "x", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "resumptionToken": "nonsense"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "nonsense"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        ({"verb": "GetRecord", "metadataPrefix": "marc21", "identifier": "oai:x:article/1"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:testserver:article/999999"},
            "idDoesNotExist",
        ),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "geen-oai"}, "idDoesNotExist"),
        ({"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2099-01-01"}, "noRecordsMatch"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "oai:\x00:article/1"}, "badArgument"),
        ({"verb": "Identify", "\x01": "x"}, "badArgument"),
    ],
)
def test_every_error(client: Client, validate: Any, article: Article, arguments: dict[str, Any], code: str) -> None:
    response = client.get("/oai", arguments)
    assert response.status_code == 200
    root = validate(etree.fromstring(response.content))
    assert error_code(root) == code
    if code in ("badVerb", "badArgument"):
        assert root.find("o:request", NS).attrib == {}


def _token(harvest: Any) -> str:
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = root.findtext(".//o:resumptionToken", namespaces=NS)
    assert token
    return token


def test_tampered_expired_and_foreign_tokens_are_refused(harvest: Any, settings: Any, issue: Issue) -> None:
    settings.OAI_PAGE_SIZE = 1
    factories.make_article(issue), factories.make_article(issue)
    token = _token(harvest)
    assert error_code(harvest(verb="ListIdentifiers", resumptionToken=token)) is None
    tampered = token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB")
    assert error_code(harvest(verb="ListIdentifiers", resumptionToken=tampered)) == "badResumptionToken"
    assert error_code(harvest(verb="ListRecords", resumptionToken=token)) == "badResumptionToken"
    data = signing.loads(token, salt=tokens.SALT)
    forged = signing.dumps({**data, "after_id": 0}, salt="another-salt", compress=True)
    assert error_code(harvest(verb="ListIdentifiers", resumptionToken=forged)) == "badResumptionToken"
    later = datetime.datetime.now(datetime.UTC) + tokens.LIFETIME + datetime.timedelta(minutes=1)
    root = protocol.respond({"verb": ["ListIdentifiers"], "resumptionToken": [token]}, now=later)
    assert error_code(root) == "badResumptionToken"
    settings.SECRET_KEY = "a-restart-with-the-same-key-is-fine-another-key-is-not"
    assert error_code(harvest(verb="ListIdentifiers", resumptionToken=token)) == "badResumptionToken"


# Queries ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["oai_dc", "jats"])
def test_list_records_has_a_fixed_number_of_queries_per_page(
    client: Client, settings: Any, issue: Issue, prefix: str
) -> None:
    settings.OAI_PAGE_SIZE = 100

    def queries() -> tuple[list[str], list[str]]:
        with CaptureQueriesContext(connection) as first:
            response = client.get("/oai", {"verb": "ListRecords", "metadataPrefix": prefix})
        assert response.status_code == 200
        token = etree.fromstring(response.content).findtext(".//o:resumptionToken", namespaces=NS)
        if not token:
            return [q["sql"] for q in first.captured_queries], []
        with CaptureQueriesContext(connection) as following:
            client.get("/oai", {"verb": "ListRecords", "resumptionToken": token})
        return [q["sql"] for q in first.captured_queries], [q["sql"] for q in following.captured_queries]

    factories.make_article(issue, authors=2)
    one, _ = queries()
    for _ in range(120):  # a full page of 100, and 21 on the next
        factories.make_article(issue, authors=2)
    many, following = queries()
    # The first page of many also counts the list (public and deleted records) for completeListSize.
    assert len(one) + 2 == len(many), "\n".join(many)
    assert len(following) == len(one), "\n".join(following)  # a page from a token: no count


def test_a_draft_republished_with_its_issue_is_a_record_again(harvest: Any, issue: Issue) -> None:
    article = factories.make_article(issue)
    actions.article_unpublish(article=article)
    actions.issue_publish(issue=issue)  # publishes the drafts by an update(): no signal, the tombstone stays
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert [(h.findtext("o:identifier", namespaces=NS), h.get("status")) for h in root.iterfind(".//o:header", NS)] == [
        (identifier_for(article.pk), None)
    ]
    record = harvest(verb="GetRecord", identifier=identifier_for(article.pk), metadataPrefix="oai_dc")
    assert record.find(".//o:metadata", NS) is not None
