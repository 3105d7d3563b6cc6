"""Importing JATS: the editor Daan brings in the packages the production house delivers.

The samples in ``tests/jats/`` are our own (Dutch, invented): a rich JATS 1.4 research article with every
element of the front matter, and three older or archiving variants (JATS 1.1 Archiving, NLM 3.0,
JATS 1.2 with string-names) that together make issue 27/3 of the Tijdschrift voor Jeugd en Samenleving.
The real articles of other publishers in ``shared/testdata/jats-samples`` are read where they lie.
"""

from __future__ import annotations

import datetime
import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from jats import package, store, xmlsafe
from jats import reader as jats_reader
from jats.importer import import_paths, import_units, import_upload
from journals.models import Article, ArticleFile, ArticleTranslation, Author, Issue, Journal, Publisher, Reference
from tests import factories
from tests.conftest import login

SAMPLES = Path(__file__).parent / "jats"
RICH = SAMPLES / "rijk-jats14.xml"
ISSUE_FILES = ["nlm30-publishing.xml", "rijk-jats14.xml", "jats11-archiving.xml", "jats12-stringname.xml"]


def png_1x1(pixel: bytes = b"\xff\x80\x00") -> bytes:
    """A valid one-pixel PNG (of one RGB colour), made here."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + pixel)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG = png_1x1()
CSV = b"code;omschrijving\nR1;rust\nV1;vaste plek\n"
PDF = factories.PDF_BYTES


def rich_package(xml: bytes | None = None, *, extra: dict[str, bytes] | None = None) -> bytes:
    """The rich article as a production house delivers it: XML, PDF, figure and supplement in one zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("rijk-jats14/rijk-jats14.xml", xml if xml is not None else RICH.read_bytes())
        archive.writestr("rijk-jats14/rijk-jats14.pdf", PDF)
        archive.writestr("rijk-jats14/fig1.png", PNG)
        archive.writestr("rijk-jats14/bijlage-1.csv", CSV)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.fixture
def tjs(publisher: Publisher) -> Journal:
    """The Tijdschrift voor Jeugd en Samenleving, known by its print and its online ISSN."""
    return factories.make_journal(
        publisher,
        title="Tijdschrift voor Jeugd en Samenleving",
        slug="tjs",
        issn_print="2468-1237",
        issn_online="1875-1237",
    )


def writes(queries: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in queries.captured_queries if q["sql"].split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]


# Every field lands ---------------------------------------------------------------------------------


def test_the_rich_package_lands_field_by_field(tjs: Journal) -> None:
    summary = import_upload("rijk.zip", rich_package())
    assert summary.ok, str(summary)
    assert (summary.created, summary.updated, summary.unchanged, summary.refused) == (1, 0, 0, 0)

    article = Article.objects.get()
    issue = article.issue
    assert (issue.journal, issue.volume, issue.number, issue.year) == (tjs, 27, "3", 2024)
    assert issue.title == "Jongeren en de openbare ruimte"
    assert not issue.is_published and issue.published_on == datetime.date(2024, 9, 16)
    assert article.status == Article.Status.PUBLISHED
    assert article.access == Article.Access.OPEN  # a Creative Commons licence
    assert (
        article.article_type == "research-article"
        and article.language == "nl"
        and article.section is not None
        and article.section.name == "Onderzoek"
    )
    assert article.title == "Buurthuizen als tweede huiskamer: jongeren over ontmoeting na schooltijd"
    assert article.title_html == "Buurthuizen als <em>tweede huiskamer</em>: jongeren over ontmoeting na schooltijd"
    assert article.slug == "buurthuizen-als-tweede-huiskamer-jongeren-over-ontmoeting-na-schooltijd"
    assert article.subtitle == "Een verkenning in drie middelgrote gemeenten"
    assert (article.doi, article.publisher_id) == ("10.5555/TJS.2024.317", "TJS-2024-0317")
    assert (article.first_page, article.last_page, article.elocation_id) == (143, 154, "")
    assert article.published_on == datetime.date(2024, 9, 16)
    assert (article.received_on, article.accepted_on) == (datetime.date(2024, 1, 12), datetime.date(2024, 5, 21))
    assert article.history == [{"type": "rev-recd", "date": "2024-04-03"}]
    assert article.license == "https://creativecommons.org/licenses/by/4.0/" and article.license_label == "CC BY 4.0"
    assert article.license_text.startswith("Dit artikel valt onder de licentie Creative Commons")
    assert (article.copyright_statement, article.copyright_year) == ("© 2024 de auteurs", 2024)
    assert article.copyright_holder == "Marloes van der Heijden, Yusuf Bakir en Anne-Fleur de Wit"
    assert article.funding == [
        {"funder": "ZonMw", "funder_id": "https://doi.org/10.13039/501100001826", "awards": ["531001234", "531001235"]},
        {"funder": "Gemeente Leiden", "funder_id": "", "awards": ["JR-2023-08"]},
    ]
    assert article.funding_statement.startswith("Het onderzoek werd gefinancierd door ZonMw")
    assert article.keyword_list == ["jongerenwerk", "buurthuis", "vrije tijd", "ontmoeting"]

    # The structured abstract keeps its sections; the plain text is what search reads.
    assert "<h3>Achtergrond</h3>" in article.abstract_html and "<h3>Conclusie</h3>" in article.abstract_html
    assert "<em>niets</em>" in article.abstract_html
    assert "Na schooltijd zoeken veel jongeren" in article.abstract and "<" not in article.abstract

    # The body: sections, table, figure (by its relative file URL), footnotes and back matter, no reference list.
    body = article.body
    for part in (
        'id="sec-inleiding"',
        "<table",
        "Deelnemers per gemeente",
        'src="bestanden/fig1.png"',
        "Sanne, 15 jaar",
    ):
        assert part in body, part
    assert "Kader 1. Wat een begeleider doet" in body and "Bijlage A. Gesprekshandleiding" in body
    assert "We danken de jongeren" in body and "nota Jeugd op straat" in body
    assert "<math" in body and "Hangen als bezigheid" not in body
    assert "GEHEIM" not in article.body_text and "tweede ronde: thema" in article.body_text

    contributions = list(article.contributions.select_related("author").order_by("position"))
    assert [c.author.full_name for c in contributions] == [
        "Marloes van der Heijden",
        "Yusuf Bakir",
        "Anne-Fleur de Wit",
        "Werkgroep Jeugdruimte",
    ]
    first = contributions[0]
    assert first.author.orcid == "0000-0002-1825-0097" and first.author.email == "m.vanderheijden@example.org"
    assert first.is_corresponding and not contributions[1].is_corresponding
    assert first.affiliations == [
        "Universiteit Utrecht, Departement Pedagogiek, Utrecht, Nederland",
        "Lectoraat Jeugd en Ruimte, Hogeschool Rijnland, Leiden, Nederland",
    ]
    assert contributions[1].author.orcid == "0000-0001-5109-3700"
    assert contributions[3].author.given_names == "" and contributions[3].affiliations == []

    translation = ArticleTranslation.objects.get(article=article)
    assert translation.language == "en"
    assert translation.title == "Community centres as a second living room: young people on meeting after school"
    assert translation.subtitle == "An exploration in three medium-sized municipalities"
    assert translation.abstract.startswith("<p>Many young people look for a place after school")
    assert translation.keyword_list == ["youth work", "community centre", "leisure"]

    references = list(Reference.objects.filter(article=article).order_by("position"))
    assert [(r.xml_id, r.label, r.doi, r.is_cited) for r in references] == [
        ("r1", "1", "10.5555/ps.2019.96.210", True),
        ("r2", "2", "10.5555/ys.2021.53.601", True),
        ("r3", "3", "", True),
        ("r4", "4", "", False),
    ]
    assert "<em>Youth &amp; Society</em>" in references[1].citation

    files = {f.name: f for f in ArticleFile.objects.filter(article=article)}
    assert set(files) == {"fig1.png", "bijlage-1.csv"}
    figure, supplement = files["fig1.png"], files["bijlage-1.csv"]
    assert (figure.kind, figure.content_type, figure.label) == ("figure", "image/png", "Figuur 1")
    assert figure.caption.startswith("Plattegrond van buurthuis De Schakel")
    assert figure.file.read() == PNG and figure.sha256 == store.sha256(PNG)
    assert (supplement.kind, supplement.content_type, supplement.label) == ("supplement", "text/csv", "Bijlage 1")
    assert supplement.file.read() == CSV
    assert article.pdf.read() == PDF


def test_the_stored_article_reads_back_as_the_same_record(tjs: Journal) -> None:
    """record_from_article is the database's view of a record: what the reader read, once stored."""
    units = package.read_bytes("rijk.zip", rich_package())
    record = jats_reader.read(xmlsafe.parse(units[0].xml), files=units[0].files)
    import_units(units)
    article = store.articles_for_records().get()
    back = store.record_from_article(article)
    assert store.differences(
        back, store.stored_form(record), file_digests={}, pdf_digest=store.pdf_digest(article)
    ) == [
        "assets"  # the digests were left out on purpose: with them nothing differs
    ]
    digests = {f.name: f.sha256 for f in article.files.all()}
    assert store.differences(back, store.stored_form(record), file_digests=digests, pdf_digest=store.sha256(PDF)) == []
    assert back.pdf == PDF and {a.name: a.data for a in back.assets} == {"bijlage-1.csv": CSV, "fig1.png": PNG}
    assert (back.volume, back.issue_number, back.year, back.issue_title) == (
        27,
        "3",
        2024,
        "Jongeren en de openbare ruimte",
    )
    assert back.journal.issn_print == "2468-1237" and back.journal.title == tjs.title


# Problems, per file, with lines --------------------------------------------------------------------


BROKEN = """<?xml version="1.0"?>
<article xml:lang="nl" article-type="research-article">
  <front>
    <journal-meta><issn pub-type="epub">1875-1237</issn></journal-meta>
    <article-meta>
      <article-id pub-id-type="doi">11.5555/geen-doi</article-id>
      <title-group><article-title></article-title></title-group>
      <contrib-group>
        <contrib contrib-type="author">
          <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0098</contrib-id>
          <name><surname>Vos</surname><given-names>Iris</given-names></name>
        </contrib>
      </contrib-group>
      <pub-date date-type="pub"><day>30</day><month>2</month><year>2024</year></pub-date>
      <volume>12a</volume>
    </article-meta>
  </front>
</article>
"""


def test_each_problem_names_its_line_and_element(tjs: Journal) -> None:
    summary = import_units([("kapot.xml", BROKEN.encode(), {})])
    assert not summary.ok and summary.refused == 1
    problems = {(p.line, p.element): p.message for p in summary.files[0].problems}
    assert "Een DOI begint met 10." in problems[(6, "article-id")]
    assert problems[(7, "article-title")] == "Het artikel heeft geen titel (article-title)."
    assert "controlecijfer" in problems[(10, "contrib-id")]
    assert problems[(14, "pub-date")] == "De datum 2024-2-30 bestaat niet."
    assert problems[(15, "volume")] == "De jaargang '12a' is geen geheel getal."
    text = str(summary)
    assert text.startswith("Niets ingevoerd: 1 van de 1 bestanden heeft fouten.")
    assert "kapot.xml: geweigerd" in text and "regel 6, <article-id>: Een DOI begint" in text


def test_xml_that_is_not_well_formed_is_refused_with_its_line(tjs: Journal) -> None:
    summary = import_units([("half.xml", b"<article>\n<front>\n</article>", {})])
    [problem] = summary.files[0].problems
    assert problem.line == 3 and problem.message.startswith("Geen goedgevormde XML")


def test_an_unknown_issn_is_the_importers_problem_not_the_readers(tjs: Journal) -> None:
    xml = sample("jats12-stringname.xml").replace(b"1875-1237", b"0169-2348")
    record = jats_reader.read(xmlsafe.parse(xml))
    assert record.journal.issn_online == "0169-2348"
    summary = import_units([("onbekend.xml", xml, {})])
    assert [p.message for p in summary.files[0].problems] == ["Geen tijdschrift met ISSN 0169-2348."]


def test_a_figure_missing_from_its_package_is_a_problem(tjs: Journal) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("rijk.xml", RICH.read_bytes())
        archive.writestr("rijk-jats14.pdf", PDF)
        archive.writestr("bijlage-1.csv", CSV)
    summary = import_upload("rijk.zip", buffer.getvalue())
    [problem] = summary.files[0].problems
    assert problem.message == "Het bestand fig1.png ontbreekt in het pakket." and problem.element == "graphic"
    assert problem.line is not None and b"fig1.png" in RICH.read_bytes().splitlines()[problem.line - 1]


def test_the_xml_alone_imports_without_its_files(tjs: Journal) -> None:
    summary = import_paths([RICH])
    assert summary.created == 1
    article = Article.objects.get()
    assert not article.pdf and not article.files.exists()
    assert 'src="bestanden/fig1.png"' in article.body


# All or nothing -------------------------------------------------------------------------------------


def test_one_bad_file_in_a_package_of_three_writes_nothing(tjs: Journal) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("nummer/redactioneel.xml", sample("nlm30-publishing.xml"))
        archive.writestr("nummer/bespreking.xml", sample("jats12-stringname.xml"))
        archive.writestr("nummer/kapot.xml", BROKEN)
    summary = import_upload("nummer.zip", buffer.getvalue())
    assert not summary.ok
    assert [(f.source, f.status) for f in summary.files] == [
        ("nummer.zip/nummer/bespreking.xml", ""),
        ("nummer.zip/nummer/kapot.xml", "refused"),
        ("nummer.zip/nummer/redactioneel.xml", ""),
    ]
    assert "nummer.zip/nummer/bespreking.xml: niet ingevoerd" in str(summary)
    assert not Article.objects.exists() and not Issue.objects.exists() and not Author.objects.exists()


def test_a_package_with_one_article_twice_is_refused(tjs: Journal) -> None:
    twin = sample("jats12-stringname.xml").replace(b"TJS.2024.319", b"tjs.2024.319")  # DOIs ignore case
    summary = import_units([("a.xml", sample("jats12-stringname.xml"), {}), ("b.xml", twin, {})])
    assert summary.files[1].problems[0].message == "Dit artikel staat ook in a.xml; één keer per pakket."
    assert not Article.objects.exists()


def test_a_dry_run_says_what_would_happen_and_stores_nothing(tjs: Journal) -> None:
    summary = import_paths([SAMPLES / name for name in ISSUE_FILES], dry_run=True)
    assert summary.ok and summary.dry_run and summary.created == 4
    assert summary.headline() == "Proefimport, niets opgeslagen: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd."
    assert not Article.objects.exists() and not Issue.objects.exists()


# Again, and changed ---------------------------------------------------------------------------------


def test_importing_the_same_package_again_changes_nothing(tjs: Journal) -> None:
    data = rich_package()
    others: list[tuple[str, bytes, dict[str, bytes]]] = [
        (name, sample(name), {}) for name in ISSUE_FILES if name != "rijk-jats14.xml"
    ]
    import_units([*package.read_bytes("rijk.zip", data), *others])
    before = {a.pk: a.updated_at for a in Article.objects.all()}
    files_before = list(ArticleFile.objects.values_list("pk", "file", "sha256"))
    with CaptureQueriesContext(connection) as queries:
        summary = import_units([*package.read_bytes("rijk.zip", data), *others])
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4), str(summary)
    assert writes(queries) == []
    assert {a.pk: a.updated_at for a in Article.objects.all()} == before
    assert list(ArticleFile.objects.values_list("pk", "file", "sha256")) == files_before


def test_an_article_is_updated_by_its_doi_whatever_its_case(tjs: Journal) -> None:
    import_units(package.read_bytes("rijk.zip", rich_package()))
    article = Article.objects.get()
    changed = (
        RICH.read_bytes()
        .replace(b"10.5555/TJS.2024.317", b"10.5555/tjs.2024.317")
        .replace(b"Een verkenning in drie middelgrote gemeenten", b"Een verkenning in drie gemeenten")
        .replace(b'<ref id="r4">', b'<ref id="r4b">')
    )
    summary = import_units(package.read_bytes("rijk.zip", rich_package(changed)))
    assert summary.updated == 1 and summary.files[0].changes == ["subtitle", "doi", "references"]
    assert "(ondertitel, DOI, literatuur)" in str(summary)
    article.refresh_from_db()
    assert article.subtitle == "Een verkenning in drie gemeenten" and article.doi == "10.5555/tjs.2024.317"
    assert Article.objects.count() == 1 and Reference.objects.filter(article=article).count() == 4
    assert Reference.objects.filter(article=article, xml_id="r4b").exists()
    assert article.slug == "buurthuizen-als-tweede-huiskamer-jongeren-over-ontmoeting-na-schooltijd"


def test_a_changed_figure_replaces_the_stored_file(tjs: Journal, django_capture_on_commit_callbacks) -> None:
    import_units(package.read_bytes("rijk.zip", rich_package()))
    old = ArticleFile.objects.get(name="fig1.png")
    old_path = Path(old.file.path)
    png_variant = png_1x1(b"\x00\x40\xff")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("rijk.xml", RICH.read_bytes())
        archive.writestr("rijk-jats14.pdf", PDF)
        archive.writestr("fig1.png", png_variant)
        archive.writestr("bijlage-1.csv", CSV)
    with django_capture_on_commit_callbacks(execute=True):  # the replaced file goes once the change commits
        summary = import_upload("rijk.zip", buffer.getvalue())
    assert summary.updated == 1 and summary.files[0].changes == ["assets"]
    new = ArticleFile.objects.get(name="fig1.png")
    assert new.pk == old.pk and new.file.read() == png_variant and new.sha256 == store.sha256(png_variant)
    # The csv did not change: its row and file stayed.
    assert ArticleFile.objects.get(name="bijlage-1.csv").file.read() == CSV
    assert Path(new.file.path) != old_path and not old_path.exists()


def test_an_article_without_doi_is_updated_by_its_publisher_id(tjs: Journal) -> None:
    import_paths([SAMPLES / "jats11-archiving.xml"])
    article = Article.objects.get()
    changed = sample("jats11-archiving.xml").replace(b"Een scherp, soms eenzijdig boek.", b"Een scherp boek.")
    summary = import_units([("bespreking.xml", changed, {})])
    assert summary.updated == 1 and summary.files[0].changes == ["abstract"]
    article.refresh_from_db()
    assert article.abstract.endswith("Een scherp boek.") and Article.objects.count() == 1


def test_a_publisher_id_is_matched_within_its_journal_only(tjs: Journal, publisher: Publisher) -> None:
    other = factories.make_journal(publisher, issn_print="0921-4569", issn_online="")
    factories.make_article(factories.make_issue(other), publisher_id="TJS-2024-0318")
    summary = import_paths([SAMPLES / "jats11-archiving.xml"])
    assert summary.created == 1 and Article.objects.count() == 2


def test_an_editors_status_and_access_survive_an_update(tjs: Journal) -> None:
    import_units(package.read_bytes("rijk.zip", rich_package()))
    Article.objects.update(status=Article.Status.DRAFT, access=Article.Access.SUBSCRIPTION)
    changed = RICH.read_bytes().replace(b"<subject>Onderzoek</subject>", b"<subject>Praktijk</subject>")
    import_units(package.read_bytes("rijk.zip", rich_package(changed)))
    article = Article.objects.get()
    assert article.section is not None and article.section.name == "Praktijk"
    assert (article.status, article.access) == (Article.Status.DRAFT, Article.Access.SUBSCRIPTION)


def test_a_published_article_does_not_move_to_another_issue(tjs: Journal) -> None:
    import_paths([SAMPLES / "jats12-stringname.xml"], publish=True)
    moved = sample("jats12-stringname.xml").replace(b"<issue>3</issue>", b"<issue>4</issue>")
    summary = import_units([("verhuisd.xml", moved, {})])
    assert "verhuist niet naar een ander nummer" in summary.files[0].problems[0].message
    assert Article.objects.get().issue.number == "3"


# Journal, issue, slugs ------------------------------------------------------------------------------


def test_the_issue_is_created_once_and_the_journal_found_by_either_issn(tjs: Journal) -> None:
    summary = import_paths([SAMPLES / name for name in ISSUE_FILES])
    assert summary.ok and summary.created == 4, str(summary)
    issue = Issue.objects.get()
    assert (issue.journal, issue.volume, issue.number, issue.year, issue.is_published) == (tjs, 27, "3", 2024, False)
    assert issue.published_on == datetime.date(2024, 9, 1)  # the earliest of its articles
    # jats11 names only the print ISSN, jats12 only the online one.
    assert set(Article.objects.values_list("issue", flat=True)) == {issue.pk}


def test_publish_puts_the_issue_online_and_shows_its_articles(tjs: Journal, client: Client) -> None:
    import_paths([SAMPLES / "nlm30-publishing.xml"], publish=True)
    article = Article.objects.get()
    assert article.issue.is_published and article.is_published
    assert client.get(article.get_absolute_url()).status_code == 200


def test_publishing_a_new_issue_by_import_alerts_its_followers_once(
    tjs: Journal, django_capture_on_commit_callbacks: Any
) -> None:
    """A new issue goes online through issue_publish, as one made in the back office does, alerts and all."""
    from django_tasks_db.models import DBTaskResult

    with django_capture_on_commit_callbacks(execute=True):
        import_paths([SAMPLES / "nlm30-publishing.xml"], publish=True)
    issue = Article.objects.get().issue
    alerts = DBTaskResult.objects.filter(task_path="alerts.tasks.issue_alerts_task")
    assert [result.args_kwargs["kwargs"] for result in alerts] == [{"issue_id": issue.pk}]


def test_an_existing_issue_must_have_the_same_volume(tjs: Journal) -> None:
    factories.make_issue(tjs, volume=26, number="3", year=2024)
    summary = import_paths([SAMPLES / "nlm30-publishing.xml"])
    assert summary.files[0].problems[0].message == "Nummer 3 van 2024 bestaat al, maar als jaargang 26, niet 27."


def test_an_article_without_issue_number_goes_into_number_one(tjs: Journal) -> None:
    import_units([("doorlopend.xml", sample("jats12-stringname.xml").replace(b"<issue>3</issue>", b""), {})])
    assert Article.objects.get().issue.number == "1"


def test_two_book_reviews_with_one_title_in_one_issue_get_their_own_slugs(tjs: Journal) -> None:
    summary = import_paths([SAMPLES / "jats11-archiving.xml", SAMPLES / "jats12-stringname.xml"])
    assert summary.created == 2
    assert sorted(Article.objects.values_list("slug", flat=True)) == ["boekbespreking", "boekbespreking-2"]
    assert {a.title for a in Article.objects.all()} == {"Boekbespreking"}


def test_authors_are_found_by_orcid_then_by_name(tjs: Journal) -> None:
    known = factories.make_author(given_names="M.", surname="Heijden", orcid="0000-0002-1825-0097")
    same_name = factories.make_author(given_names="Anne-Fleur", surname="de Wit")
    import_paths([RICH])
    article = Article.objects.get()
    authors = [c.author for c in article.contributions.select_related("author").order_by("position")]
    assert authors[0].pk == known.pk and authors[0].full_name == "Marloes van der Heijden"  # the record's spelling
    assert authors[2].pk == same_name.pk
    assert Author.objects.count() == 4


# The real articles of other publishers ----------------------------------------------------------------


def test_the_real_samples_import_and_import_again_unchanged(jats_samples: Path, publisher: Publisher) -> None:
    factories.make_journal(publisher, title="eLife", slug="elife", issn_online="2050-084X")
    factories.make_journal(publisher, title="PLOS Medicine", slug="plos-medicine", issn_online="1549-1676")
    factories.make_journal(publisher, title="PLOS ONE", slug="plos-one", issn_online="1932-6203")
    paths = sorted(jats_samples.glob("*.xml"))
    assert len(paths) == 5
    summary = import_paths(paths)
    assert summary.ok and summary.created == 5, str(summary)
    kitchen_sink = Article.objects.get(doi="10.7554/eLife.00666")
    assert kitchen_sink.issue.number == "1" and kitchen_sink.elocation_id == "e00666"
    assert kitchen_sink.contributions.count() == 5 and kitchen_sink.references.count() > 10
    assert Article.objects.get(doi="10.1371/journal.pone.0185809").funding[0]["funder"].startswith("Nederlandse")
    again = import_paths(paths)
    assert again.unchanged == 5, str(again)


def test_a_large_batch_is_read_by_several_processes_with_the_same_result(
    tjs: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jats import importer

    none: dict[str, bytes] = {}
    units = [(name, sample(name), none) for name in ISSUE_FILES] * 5  # 20 units, every article five times
    # Other tests may leave a thread running in this worker (a live server, a probe); alone, this process may fork.
    monkeypatch.setattr("threading.active_count", lambda: 1)
    monkeypatch.setattr(importer, "PARALLEL_MIN", 8)
    assert importer._reader_processes(len(units), 2) == 1  # fewer than 16 units per process: not worth it
    monkeypatch.setattr(importer, "PARALLEL_MIN", 4)
    units = units * 2
    assert importer._reader_processes(len(units), 2) == 2
    in_parallel = importer._read_all([package.Unit(*unit) for unit in units], None, processes=2)
    one_by_one = importer._read_all([package.Unit(*unit) for unit in units], None, processes=1)
    assert [item.record for item in in_parallel] == [item.record for item in one_by_one]
    monkeypatch.setattr("threading.active_count", lambda: 2)
    assert importer._reader_processes(len(units), 2) == 1  # with another thread running, never a fork
    asked: list[int] = []
    real = importer._reader_processes

    def spy(count: int, wanted: int) -> int:
        asked.append(wanted)
        return real(count, wanted)

    monkeypatch.setattr(importer, "_reader_processes", spy)
    summary = import_units(units, processes=2)
    assert asked == [2]
    assert summary.refused == len(units) - 4  # each article is in the batch ten times: nine twins refused
    assert "één keer per pakket" in str(summary)


# The search index, in one batch ---------------------------------------------------------------------------


def test_a_large_import_is_indexed_in_the_background_in_one_batch(
    tjs: Journal, settings, django_capture_on_commit_callbacks
) -> None:
    from django_tasks_db.models import DBTaskResult

    settings.SEARCH_INLINE_MAX = 2
    with django_capture_on_commit_callbacks(execute=True):
        import_paths([SAMPLES / name for name in ISSUE_FILES], publish=True)
    task = DBTaskResult.objects.exclude(task_path="alerts.tasks.issue_alerts_task").get()  # alerts: a task of their own
    assert task.task_path == "search.tasks.index_articles_task"
    # (Ids that earlier tests queued in this thread, whose transactions never committed, may ride along.)
    assert set(Article.objects.values_list("pk", flat=True)) <= set(task.args_kwargs["args"][0])


def test_a_small_import_is_indexed_after_the_commit(tjs: Journal, django_capture_on_commit_callbacks) -> None:
    from search.models import Entry

    with django_capture_on_commit_callbacks(execute=True):
        import_paths([SAMPLES / "nlm30-publishing.xml"], publish=True)
    assert Entry.objects.filter(article=Article.objects.get()).exists()


# The command ----------------------------------------------------------------------------------------------


def test_the_command_shows_progress_and_a_summary(tjs: Journal, tmp_path: Path) -> None:
    (tmp_path / "rijk.zip").write_bytes(rich_package())
    out = io.StringIO()
    call_command("jats_import", str(tmp_path / "rijk.zip"), str(SAMPLES / "nlm30-publishing.xml"), stdout=out)
    text = out.getvalue()
    assert "Lezen    [##############################] 2/2" in text
    assert "Opslaan  [##############################] 2/2" in text
    assert "Ingevoerd: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 geweigerd." in text
    assert Article.objects.count() == 2


def test_the_command_fails_when_a_file_is_refused(tjs: Journal, tmp_path: Path) -> None:
    (tmp_path / "kapot.xml").write_text(BROKEN)
    out = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("jats_import", str(tmp_path / "kapot.xml"), "--dry-run", stdout=out)
    assert raised.value.returncode == 1
    assert "Niets ingevoerd" in out.getvalue() and "regel 6, <article-id>" in out.getvalue()


def test_the_command_dry_run_stores_nothing(tjs: Journal) -> None:
    out = io.StringIO()
    call_command("jats_import", str(SAMPLES), "--dry-run", stdout=out)
    assert "Proefimport, niets opgeslagen: 4 nieuw" in out.getvalue()
    assert not Article.objects.exists()


# The upload in the back office ----------------------------------------------------------------------------------

URL = "/beheer/jats/import/"


def upload(name: str, data: bytes) -> io.BytesIO:
    file = io.BytesIO(data)
    file.name = name
    return file


def test_an_editor_checks_a_package_then_imports_it(client: Client, editor, tjs: Journal) -> None:
    login(client, editor)
    page = client.get(URL)
    assert page.status_code == 200 and b"JATS importeren" in page.content
    checked = client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "check"})
    assert checked.status_code == 200
    assert "Proefimport, niets opgeslagen: 1 nieuw" in checked.content.decode()
    assert not Article.objects.exists()
    imported = client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "import"})
    text = imported.content.decode()
    assert "Ingevoerd: 1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 geweigerd." in text
    assert "rijk.zip/rijk-jats14/rijk-jats14.xml" in text
    assert Article.objects.count() == 1


def test_the_upload_page_lists_the_problems_per_file(client: Client, editor, tjs: Journal) -> None:
    login(client, editor)
    page = client.post(URL, {"package": upload("kapot.xml", BROKEN.encode()), "action": "import"}).content.decode()
    assert "Niets ingevoerd" in page and "regel 7, &lt;article-title&gt;: Het artikel heeft geen titel" in page


def test_the_upload_refuses_other_files_and_oversized_ones(client: Client, editor, tjs: Journal, settings) -> None:
    login(client, editor)
    page = client.post(URL, {"package": upload("artikel.pdf", PDF), "action": "check"}).content.decode()
    assert "Upload een XML-bestand (.xml) of een zip-pakket (.zip)." in page
    settings.JATS_UPLOAD_MAX_BYTES = 100
    page = client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "check"}).content.decode()
    assert "Het bestand is te groot" in page


def test_a_reader_and_a_visitor_cannot_upload(client: Client, reader_user_client: Client) -> None:
    visitor = client.get(URL)
    assert visitor.status_code == 302 and "login" in visitor["Location"]
    refused = reader_user_client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "import"})
    assert refused.status_code in (302, 403)
    assert not Article.objects.exists()


def test_staff_without_the_right_to_add_articles_is_refused(client: Client, tjs: Journal) -> None:
    clerk = factories.make_user("kees@uitgeverij.example.org", name="Kees Baliemedewerker", is_staff=True)
    login(client, clerk)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "import"}).status_code == 403
    assert not Article.objects.exists()


def test_the_upload_needs_its_csrf_token(editor, tjs: Journal) -> None:
    client = Client(enforce_csrf_checks=True)
    login(client, editor)
    assert client.post(URL, {"package": upload("rijk.zip", rich_package()), "action": "import"}).status_code == 403
    assert not Article.objects.exists()


@pytest.fixture
def reader_user_client(reader) -> Client:
    return login(Client(), reader)


def test_a_doi_registered_at_crossref_is_not_changed_by_an_import(tjs: Journal) -> None:
    from crossref.models import Deposit, RegisteredDoi

    assert import_upload("rijk.zip", rich_package()).ok
    article = Article.objects.get()
    deposit = Deposit.objects.create(batch_id="leeszaal-test-1", xml="<doi_batch/>")
    RegisteredDoi.objects.create(article=article, doi=article.doi, deposit=deposit)
    changed = RICH.read_bytes().replace(b"10.5555/TJS.2024.317", b"10.5555/tjs.2024.999")

    summary = import_upload("rijk.zip", rich_package(changed))

    assert not summary.ok and not summary.written
    assert any("DOI" in problem.message for file in summary.files for problem in file.problems), str(summary)
    article.refresh_from_db()
    assert article.doi == "10.5555/TJS.2024.317"
