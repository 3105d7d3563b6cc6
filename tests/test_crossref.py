"""Crossref deposits: Daan (the editor) downloads an issue's deposit file and deposits it at Crossref.

The files are valid against the official 5.4.0 XSD; DOIs come from ``DOI_PATTERN`` and never change
once Crossref received them; Crossref is ``tests.crossref_standin``, which also says no.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from lxml import etree

from access.models import Institution
from accounts.models import User
from crossref.actions import deposit_create, deposit_send
from crossref.deposit import AI, CROSSREF, JATS, DepositError, articles_for_deposit, batch_build
from crossref.dois import doi_generate, dois_assign
from crossref.models import Deposit, DepositItem, RegisteredDoi
from crossref.tasks import deposit_send_task
from journals.models import Article, Author, Contribution, Issue, Journal, Reference
from tests import factories
from tests.conftest import login
from tests.crossref_standin import Standin
from tests.crossref_standin import crossref as crossref
from tests.crossref_standin import crossref_server as crossref_server
from tests.test_admin import admin_url, errors_of, form_data

pytestmark = pytest.mark.django_db
NS = {"cr": CROSSREF, "jats": JATS, "ai": AI}


@pytest.fixture(scope="session")
def crossref_xsd() -> etree.XMLSchema:
    """The official Crossref 5.4.0 schema, loaded once (offline: XML_CATALOG_FILES maps its imports)."""
    path = Path(os.environ.get("LEESZAAL_SCHEMAS", Path(settings.BASE_DIR).parent / "shared" / "testdata" / "schemas"))
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"Schemas not found at {path}")
        pytest.skip(f"Official schemas not found at {path}")
    return etree.XMLSchema(etree.parse(str(path / "crossref-5.4.0" / "crossref5.4.0.xsd")))


def valid(xsd: etree.XMLSchema, xml: bytes) -> etree._Element:
    root = etree.fromstring(xml)
    if not xsd.validate(root):
        pytest.fail("\n".join(str(error) for error in xsd.error_log) + "\n" + xml.decode())
    return root


def build(*articles: Article) -> bytes:
    return batch_build(articles_for_deposit().filter(pk__in=[a.pk for a in articles])).xml


@pytest.fixture
def full_article(issue: Issue, institution: Institution) -> Article:
    """Everything Crossref takes: markup in titles, a structured abstract, ORCID, a ROR, licence, references."""
    journal = issue.journal
    journal.acronym = "OK"
    journal.issn_print = factories.valid_issn(2000001)
    journal.save()
    issue.title = "Ouders & school"
    issue.save()
    article = factories.make_article(
        issue,
        authors=0,
        title="Groepswerk met ouders in perspectief",
        title_html="Groepswerk met <em>ouders</em> in perspectief",
        subtitle="Een verkenning",
        abstract="Achtergrond\nOuders leren van elkaar (n = 12).",
        abstract_html="<section><h2>Achtergrond</h2><p>Ouders leren <em>van elkaar</em> (n = 12).</p></section>",
        doi="10.5555/ok.2024.3.1",
        access=Article.Access.OPEN,
        license=Article.License.CC_BY,
        published_on=datetime.date(2024, 6, 3),
        accepted_on=datetime.date(2024, 4, 1),
        first_page=12,
        last_page=20,
        language="nl",
    )
    first = Author.objects.create(given_names="Karla", surname="Nys", orcid="0000-0002-1825-0097")
    second = Author.objects.create(given_names="", surname="van der Berg")
    Contribution.objects.create(
        article=article, author=first, position=0, affiliation="Hogeschool Rijnland\nUniversiteit Gent"
    )
    Contribution.objects.create(article=article, author=second, position=1)
    Reference.objects.create(
        article=article, position=1, citation="Bos, A. (2020). <em>Opvoeden</em>. Boom.", doi="10.1234/abc"
    )
    Reference.objects.create(article=article, position=2, citation="Jansen, P. (2019). Ouders. Lemniscaat.")
    return article


# The file


def test_a_full_article_is_valid_and_carries_its_whole_record(
    full_article: Article, crossref_xsd: etree.XMLSchema
) -> None:
    root = valid(crossref_xsd, build(full_article))
    journal = root.find("cr:body/cr:journal", NS)
    assert journal is not None
    assert journal.findtext("cr:journal_metadata/cr:full_title", namespaces=NS) == "Ouderschapskennis"
    assert journal.findtext("cr:journal_metadata/cr:abbrev_title", namespaces=NS) == "OK"
    issns = {i.get("media_type"): i.text for i in journal.iterfind("cr:journal_metadata/cr:issn", NS)}
    assert issns == {
        "print": full_article.issue.journal.issn_print,
        "electronic": full_article.issue.journal.issn_online,
    }
    assert journal.findtext("cr:journal_issue/cr:journal_volume/cr:volume", namespaces=NS) == "27"
    assert journal.findtext("cr:journal_issue/cr:issue", namespaces=NS) == "3"
    article = journal.find("cr:journal_article", NS)
    assert article is not None
    title = article.find("cr:titles/cr:title", NS)
    assert title is not None and title.findtext("cr:i", namespaces=NS) == "ouders"
    people = article.findall("cr:contributors/cr:person_name", NS)
    assert [p.get("sequence") for p in people] == ["first", "additional"]
    assert people[0].findtext("cr:ORCID", namespaces=NS) == "https://orcid.org/0000-0002-1825-0097"
    assert people[0].find("cr:ORCID", NS).get("authenticated") == "false"
    institutions = people[0].findall("cr:affiliations/cr:institution", NS)
    assert [i.findtext("cr:institution_name", namespaces=NS) for i in institutions] == [
        "Hogeschool Rijnland",
        "Universiteit Gent",
    ]
    assert institutions[0].findtext("cr:institution_id", namespaces=NS) == "https://ror.org/04dkp9463"
    assert institutions[1].find("cr:institution_id", NS) is None  # a ROR only where the site knows one
    assert people[1].find("cr:given_name", NS) is None and people[1].findtext("cr:surname", namespaces=NS)
    abstract = article.find("jats:abstract", NS)
    assert abstract is not None and abstract.findtext("jats:sec/jats:title", namespaces=NS) == "Achtergrond"
    assert article.findtext("cr:publication_date/cr:day", namespaces=NS) == "03"
    assert article.findtext("cr:pages/cr:first_page", namespaces=NS) == "12"
    assert article.findtext("cr:pages/cr:last_page", namespaces=NS) == "20"
    assert article.find("ai:program/ai:free_to_read", NS) is not None
    assert article.findtext("ai:program/ai:license_ref", namespaces=NS) == Article.License.CC_BY
    assert article.findtext("cr:doi_data/cr:doi", namespaces=NS) == "10.5555/ok.2024.3.1"
    assert article.findtext("cr:doi_data/cr:resource", namespaces=NS) == (
        f"{settings.SITE_URL}{full_article.get_absolute_url()}"
    )
    citations = article.findall("cr:citation_list/cr:citation", NS)
    assert [c.findtext("cr:doi", namespaces=NS) for c in citations] == ["10.1234/abc", None]
    assert citations[0].findtext("cr:unstructured_citation/cr:i", namespaces=NS) == "Opvoeden"


@pytest.mark.parametrize(
    "abstract_html",
    [
        '<p>H<sub>2</sub>O, <a href="https://example.org">een link</a> en <strong>vet</strong></p><ul><li>een</li></ul>',
        '<p>Formule <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></p>',
        "<h2>Doel</h2><p>Tekst</p><blockquote><p>Een citaat</p></blockquote>",
        '<p>Zie <a href="#ref-1">Bos (2020)</a></p>',
    ],
)
def test_abstracts_with_markup_are_valid_jats(issue: Issue, crossref_xsd: etree.XMLSchema, abstract_html: str) -> None:
    article = factories.make_article(issue, doi="10.5555/abs.1")
    Article.objects.filter(pk=article.pk).update(abstract_html=abstract_html)
    root = valid(crossref_xsd, build(article))
    abstract = root.find(".//jats:abstract", NS)
    assert abstract is not None and abstract.find(".//jats:xref", NS) is None


def test_a_minimal_article_is_valid(issue: Issue, crossref_xsd: etree.XMLSchema) -> None:
    article = factories.make_article(
        issue, authors=0, abstract="", first_page=None, last_page=None, doi="10.5555/min.1", elocation_id="e101"
    )
    root = valid(crossref_xsd, build(article))
    element = root.find("cr:body/cr:journal/cr:journal_article", NS)
    assert element is not None
    assert element.find("cr:contributors", NS) is None and element.find("jats:abstract", NS) is None
    assert element.findtext("cr:publisher_item/cr:item_number", namespaces=NS) == "e101"
    assert element.find("ai:program", NS) is None  # a subscription article under all rights reserved
    assert element.find("cr:citation_list", NS) is None


def test_an_issue_of_several_articles_is_one_journal_element(issue: Issue, crossref_xsd: etree.XMLSchema) -> None:
    articles = [factories.make_article(issue, authors=2, doi=f"10.5555/several.{n}") for n in range(3)]
    other = factories.make_issue(issue.journal, volume=28, number="1", year=2025)
    elsewhere = factories.make_article(other, doi="10.5555/several.other")
    root = valid(crossref_xsd, build(*articles, elsewhere))
    journals = root.findall("cr:body/cr:journal", NS)
    assert [len(j.findall("cr:journal_article", NS)) for j in journals] == [3, 1]
    assert root.findtext("cr:head/cr:registrant", namespaces=NS) == settings.CROSSREF_REGISTRANT


def test_batch_ids_are_unique(article: Article) -> None:
    article.doi = "10.5555/x.1"
    article.save()
    ids = {etree.fromstring(build(article)).findtext("cr:head/cr:doi_batch_id", namespaces=NS) for _ in range(3)}
    assert len(ids) == 3


def test_the_file_carries_no_gated_full_text(article: Article, open_article: Article) -> None:
    dois_assign([article, open_article])
    xml = build(article, open_article).decode()
    assert article.body_text.split()[0] in Article.objects.get(pk=article.pk).body  # GEHEIME-VOLTEKST-n
    assert "GEHEIME-VOLTEKST" not in xml
    assert "De volledige tekst" not in xml


def test_drafts_and_articles_without_doi_are_refused(issue: Issue) -> None:
    draft = factories.make_article(issue, status=Article.Status.DRAFT, doi="10.5555/draft.1")
    with pytest.raises(DepositError):
        build(draft)
    with pytest.raises(DepositError):
        build(factories.make_article(issue))


def test_a_name_longer_than_crossref_takes_is_refused_not_cut(article: Article) -> None:
    article.doi = "10.5555/lang"
    article.save()
    author = article.authors[0]
    author.surname = "Lang" * 20
    author.save()
    with pytest.raises(DepositError, match="Te lang voor Crossref"):
        build(article)


def test_building_takes_the_same_queries_for_one_article_and_many(issue: Issue) -> None:
    def count(n: int) -> int:
        articles = [factories.make_article(issue, authors=2, doi=f"10.5555/q{n}.{i}") for i in range(n)]
        for item in articles:
            Reference.objects.create(article=item, citation="Bron.")
        with CaptureQueriesContext(connection) as queries:
            build(*articles)
        return len(queries)

    assert count(1) == count(6)


# DOIs


def test_a_missing_doi_comes_from_the_pattern(article: Article, settings: Any) -> None:
    settings.DOI_PREFIX = "10.5555"
    settings.DOI_PATTERN = "{prefix}/{journal}.{year}.{number}.{position}"
    assert doi_generate(article) == f"10.5555/ouderschapskennis.2024.3.{article.position}"
    twin = factories.make_article(article.issue)
    twin.position = article.position
    dois_assign([article])
    assert doi_generate(twin) == f"{article.doi}-2"  # taken by another article: a suffix
    settings.DOI_PATTERN = "{prefix}/{nonsense}"
    with pytest.raises(ValidationError):
        doi_generate(twin)


def test_an_article_with_a_doi_keeps_it(article: Article) -> None:
    article.doi = "10.5555/eigen"
    article.save()
    assert dois_assign([article]) == []
    assert Article.objects.get(pk=article.pk).doi == "10.5555/eigen"


# Depositing


def test_a_deposit_is_received_and_registers_the_dois(article: Article, crossref: Standin) -> None:
    deposit = deposit_create(article_ids=[article.pk], queue=False)
    article.refresh_from_db()
    assert article.doi  # generated when missing
    deposit = deposit_send(deposit_id=deposit.pk)
    assert deposit.status == Deposit.Status.SUCCESS and deposit.http_status == 200
    assert "Your batch submission was successfully received" in deposit.message
    (upload,) = crossref.uploads
    assert upload.fields["operation"] == "doMDUpload" and upload.content.decode() == deposit.xml
    assert RegisteredDoi.objects.get(article=article).doi == article.doi


def test_a_registered_doi_cannot_change(article: Article, crossref: Standin) -> None:
    deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    article.refresh_from_db()
    registered = article.doi
    article.doi = "10.5555/anders"
    with pytest.raises(ValidationError):
        article.save()
    article.doi = registered.upper()  # the same DOI: DOIs are case-insensitive
    article.save()
    assert Article.objects.filter(pk=article.pk, doi__iexact=registered).exists()


def test_a_bad_login_is_recorded_and_registers_nothing(article: Article, crossref: Standin, settings: Any) -> None:
    article.doi = "10.5555/vast"
    article.save()
    settings.CROSSREF_PASSWORD = "fout"
    deposit = deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    assert deposit.status == Deposit.Status.FAILED and deposit.http_status == 401
    assert "Authentication failed" in deposit.message
    assert not RegisteredDoi.objects.exists() and crossref.uploads == []
    assert Article.objects.get(pk=article.pk).doi == "10.5555/vast"


def test_a_malformed_file_is_refused_and_recorded(article: Article, crossref: Standin) -> None:
    deposit = deposit_create(article_ids=[article.pk], queue=False)
    Deposit.objects.filter(pk=deposit.pk).update(xml="<niet-crossref/>")
    deposit = deposit_send(deposit_id=deposit.pk)
    assert deposit.status == Deposit.Status.FAILED and deposit.http_status == 400
    assert "not a valid Crossref 5.4.0 deposit" in deposit.message
    assert not RegisteredDoi.objects.exists()


def test_an_unreachable_endpoint_is_recorded(article: Article, crossref: Standin, settings: Any) -> None:
    settings.CROSSREF_DEPOSIT_URL = "http://127.0.0.1:9/servlet/deposit"
    deposit = deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    assert deposit.status == Deposit.Status.FAILED and deposit.http_status is None
    assert "Crossref niet bereikt" in deposit.message


def test_a_repeated_deposit_keeps_the_registered_doi(article: Article, crossref: Standin) -> None:
    first = deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    article.refresh_from_db()
    doi = article.doi
    second = deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    assert second.status == Deposit.Status.SUCCESS and first.batch_id != second.batch_id
    assert Article.objects.get(pk=article.pk).doi == doi
    registered = RegisteredDoi.objects.get(article=article)
    assert registered.doi == doi and registered.deposit_id == first.pk
    assert list(DepositItem.objects.filter(article=article).values_list("doi", flat=True)) == [doi, doi]
    assert len(crossref.uploads) == 2


def test_the_task_sends_the_batch_after_the_commit(
    article: Article, crossref: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        deposit = deposit_create(article_ids=[article.pk])
    queued = DBTaskResult.objects.get(task_path="crossref.tasks.deposit_send_task")
    assert queued.args_kwargs["kwargs"] == {"deposit_id": deposit.pk}
    assert deposit_send_task.call(deposit_id=deposit.pk) == "success"
    assert Deposit.objects.get(pk=deposit.pk).status == Deposit.Status.SUCCESS


def test_without_a_login_nothing_is_sent(article: Article, settings: Any) -> None:
    settings.CROSSREF_USERNAME = ""
    deposit = deposit_send(deposit_id=deposit_create(article_ids=[article.pk], queue=False).pk)
    assert deposit.status == Deposit.Status.FAILED and "niet ingesteld" in deposit.message


# The back office


def test_daan_downloads_an_issues_deposit_file(
    client: Client, editor: User, article: Article, open_article: Article, crossref_xsd: etree.XMLSchema
) -> None:
    login(client, editor)
    response = client.post(admin_url(Issue), {"action": "crossref_download", ACTION_CHECKBOX_NAME: [article.issue.pk]})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="leeszaal-')
    root = valid(crossref_xsd, response.content)
    assert len(root.findall("cr:body/cr:journal/cr:journal_article", NS)) == 2
    assert Article.objects.filter(doi="").count() == 0  # the missing DOIs were assigned


def test_daan_deposits_an_article_and_sees_the_answer_on_its_page(
    client: Client, editor: User, article: Article, crossref: Standin, django_capture_on_commit_callbacks: Any
) -> None:
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, {"CHANGE_FORM-action": "crossref_deposit", ACTION_CHECKBOX_NAME: [article.pk]}, follow=True
        )
    assert "staat klaar voor Crossref" in response.content.decode()
    deposit = Deposit.objects.get()
    deposit_send_task.call(deposit_id=deposit.pk)  # what the worker does
    page = client.get(url).content.decode()
    assert deposit.batch_id in page and "Your batch submission was successfully received" in page
    # The DOI is registered now: the form refuses to change it.
    data = form_data(client.get(url))
    data["doi"] = "10.5555/iets-anders"
    response = client.post(url, data)
    assert response.status_code == 200 and "kan niet meer worden gewijzigd" in errors_of(response)
    assert Article.objects.get(pk=article.pk).doi != "10.5555/iets-anders"


def test_a_failed_deposit_shows_crossrefs_error(
    client: Client, editor: User, article: Article, crossref: Standin, settings: Any
) -> None:
    settings.CROSSREF_PASSWORD = "fout"
    login(client, editor)
    client.post(admin_url(Article), {"action": "crossref_deposit", ACTION_CHECKBOX_NAME: [article.pk]})
    deposit_send_task.call(deposit_id=Deposit.objects.get().pk)
    page = client.get(admin_url(Article, "change", article.pk)).content.decode()
    assert "Authentication failed" in page and "401" in page


def test_a_refused_download_assigns_no_doi(client: Client, editor: User, article: Article, settings: Any) -> None:
    """All or nothing: when the file cannot be made, the DOIs it would have named are not given out either."""
    settings.DOI_PREFIX = "10.5555"
    author = article.authors[0]
    author.surname = "Lang" * 20
    author.save()
    Article.objects.filter(pk=article.pk).update(doi="")
    login(client, editor)
    response = client.post(
        admin_url(Issue), {"action": "crossref_download", ACTION_CHECKBOX_NAME: [article.issue.pk]}, follow=True
    )
    assert "Te lang voor Crossref" in response.content.decode()
    article.refresh_from_db()
    assert article.doi == ""


def test_a_draft_is_not_deposited(client: Client, editor: User, issue: Issue) -> None:
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    login(client, editor)
    response = client.post(
        admin_url(Article), {"action": "crossref_deposit", ACTION_CHECKBOX_NAME: [draft.pk]}, follow=True
    )
    assert "Niet online" in response.content.decode()
    assert not Deposit.objects.exists() and Article.objects.get(pk=draft.pk).doi == ""


def test_a_reader_cannot_download(client: Client, reader: User, journal: Journal, article: Article) -> None:
    login(client, reader)
    response = client.post(admin_url(Issue), {"action": "crossref_download", ACTION_CHECKBOX_NAME: [article.issue.pk]})
    assert response.status_code == 302 and "xml" not in response.get("Content-Type", "")


def test_a_save_that_leaves_the_doi_alone_does_not_ask_for_registrations(article: Article) -> None:
    article = Article.objects.get(pk=article.pk)
    article.title = "Een nieuwe titel"
    with CaptureQueriesContext(connection) as queries:
        article.save()
    assert not [query for query in queries if "crossref_registereddoi" in query["sql"]]
