"""Export as JATS 1.4: every document valid against the official XSD, full text only where access grants it.

Sem (``subscriber``) reads the journal and gets the body; Roos (``reader``) and anonymous visitors get the
front matter and the (public) reference list; Daan (``editor``) also exports drafts. The XSD comes from
``shared/testdata/schemas`` through the ``schemas_dir`` fixture, compiled once per test session, offline
(the test command sets ``XML_CATALOG_FILES``).
"""

from __future__ import annotations

import dataclasses
import datetime
import io
import random
import re
import zipfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from lxml import etree

from accounts.models import User
from jats import importer, reader, render, xmlsafe
from jats.record import (
    ArticleRecord,
    Asset,
    Contributor,
    Funding,
    HistoryDate,
    JournalRef,
    Reference,
    Translation,
)
from jats.store import record_from_article
from jats.writer import write
from journals.html import ALLOWED_TAGS, BODY_CLASSES, MATH_TAGS, sanitize_html
from journals.models import Article, ArticleFile, ArticleTranslation, Issue, Journal
from journals.models import Reference as ReferenceRow
from tests import factories
from tests.conftest import login
from tests.test_queries import _sql, measure

XLINK = "{http://www.w3.org/1999/xlink}href"
ALI = "http://www.niso.org/schemas/ali/1.0/"
MML = "http://www.w3.org/1998/Math/MathML"

pytestmark = pytest.mark.usefixtures("frozen_today")

_SCHEMAS: dict[Path, etree.XMLSchema] = {}


@pytest.fixture
def jats_schema(schemas_dir: Path) -> etree.XMLSchema:
    """The JATS 1.4 Publishing XSD with MathML 3, compiled once per session."""
    path = schemas_dir / "jats-1.4" / "JATS-journalpublishing1-4-mathml3.xsd"
    if path not in _SCHEMAS:
        _SCHEMAS[path] = etree.XMLSchema(etree.parse(str(path), etree.XMLParser(no_network=True)))
    return _SCHEMAS[path]


def valid(schema: etree.XMLSchema, xml: bytes) -> etree._Element:
    """The parsed document, after the XSD has accepted it (the failure lists the schema's complaints)."""
    root = xmlsafe.parse(xml)
    if not schema.validate(root):
        errors = "\n".join(f"  line {error.line}: {error.message}" for error in list(schema.error_log)[:20])
        pytest.fail(f"Not valid JATS 1.4:\n{errors}", pytrace=False)
    assert root.get("dtd-version") == "1.4"
    return root


def text_of(root: etree._Element) -> str:
    return " ".join(" ".join(root.itertext()).split())


# A record with every field ---------------------------------------------------------------------------

BODY_SENTENCE = "Ouders die elkaar in een groep ontmoeten, leren vooral van elkaars twijfels."
NOTE_SENTENCE = "De gesprekken zijn opgenomen met toestemming van alle deelnemers."
THANKS_SENTENCE = "Wij danken de ouders van de groep in Gouda voor hun openheid."

BODY = (
    '<section id="sec-s1"><h2><span class="label">1</span> Inleiding</h2>'
    f'<p id="p-p1">{BODY_SENTENCE} Zie <a id="cite-b1" href="#ref-b1">Jansen (2020)</a> en '
    '<a id="cite-f1" href="#fig-f1">figuur 1</a>.<sup class="fn-ref"><a id="cite-fn1" href="#fn-fn1">1</a></sup></p>'
    '<ul id="list-l1"><li><p>Een eerste punt met <em>nadruk</em>.</p></li><li><p>Een tweede punt.</p></li></ul>'
    '<section id="sec-s1-1"><h3>Werkwijze</h3><p>De formule <span class="inline-formula"><math>'
    "<msup><mi>x</mi><mn>2</mn></msup></math></span> is eenvoudig.</p>"
    '<figure id="fig-f1" class="fig"><img src="bestanden/fig1.png" alt="Drie ouders aan tafel">'
    '<figcaption><p class="caption-title"><span class="label">Figuur 1</span> Een groepsgesprek</p>'
    "<p>De opstelling van de groep.</p></figcaption></figure>"
    '<figure id="tbl-t1" class="table-wrap"><figcaption><p class="caption-title"><span class="label">Tabel 1'
    '</span> Deelnemers</p></figcaption><div class="table-scroll" tabindex="0"><table><thead><tr>'
    '<th scope="col">Groep</th><th scope="col">Ouders</th></tr></thead><tbody><tr><td>Gouda</td><td>12</td></tr>'
    "</tbody></table></div></figure></section></section>"
    '<section id="sec-ack" class="ack"><h2>Dankwoord</h2>'
    f"<p>{THANKS_SENTENCE}</p></section>"
    '<section id="sec-noten-2" class="footnotes"><h2>Noten</h2><div id="fn-fn1" class="fn"><p>'
    f'{NOTE_SENTENCE} <a class="backlink" href="#cite-fn1"><span aria-hidden="true">↩</span>'
    '<span class="visually-hidden">terug naar de tekst</span></a></p></div></section>'
)


def full_record(journal: Journal | None = None) -> ArticleRecord:
    return ArticleRecord(
        journal=JournalRef(
            title=journal.title if journal else "Ouderschapskennis",
            issn_print=journal.issn_print if journal else "1388-9532",
            issn_online=journal.issn_online if journal else "2214-4536",
            abbreviation="OK",
            publisher_name="Uitgeverij Leeszaal",
        ),
        article_type="research-article",
        language="nl",
        section="Onderzoek",
        title="Groepswerk met ouders: H<sub>2</sub>O en <em>samen</em> leren",
        subtitle="Een <em>verkenning</em>",
        doi="10.5555/ok.2024.3.1",
        publisher_id="OK-2024-3-1",
        contributors=[
            Contributor(
                surname="van der Berg",
                given_names="Anna",
                orcid="0000-0002-1825-0097",
                email="anna@example.org",
                affiliations=["Universiteit Utrecht, Utrecht", "Hogeschool Rijnland, Leiden"],
                corresponding=True,
            ),
            Contributor(surname="Bakker", given_names="Piet", affiliations=["Hogeschool Rijnland, Leiden"]),
        ],
        abstract=(
            "<section><h3>Achtergrond</h3><p>Ouders zoeken steun bij elkaar.</p></section>"
            "<section><h3>Methode</h3><p>Wij volgden <em>zes</em> groepen.</p></section>"
        ),
        keywords=["ouderschap", "groepswerk"],
        translations=[
            Translation(
                language="en",
                title="Group work with parents",
                subtitle="An exploration",
                abstract="<p>Parents look for support from each other.</p>",
                keywords=["parenting", "group work"],
            )
        ],
        volume=27,
        issue_number="3",
        year=2024,
        issue_title="Samen opvoeden",
        first_page=143,
        last_page=154,
        published_on=datetime.date(2024, 6, 1),
        received_on=datetime.date(2023, 11, 2),
        accepted_on=datetime.date(2024, 3, 15),
        history=[HistoryDate(type="rev-recd", date=datetime.date(2024, 2, 20))],
        license_url="https://creativecommons.org/licenses/by/4.0/",
        license_text="Dit artikel valt onder de licentie CC BY 4.0.",
        copyright_statement="© 2024 de auteurs",
        copyright_year=2024,
        copyright_holder="De auteurs",
        funding=[
            Funding(funder="ZonMw", funder_id="https://doi.org/10.13039/501100001826", awards=["543210", "543211"]),
            Funding(funder="Gemeente Gouda"),
        ],
        funding_statement="Het onderzoek is betaald door ZonMw en de gemeente Gouda.",
        references=[
            Reference(
                xml_id="b1",
                label="1",
                citation="Jansen, A. (2020). <em>Ouders onder elkaar</em>. Utrecht: Leeszaal.",
                doi="10.5555/ouders.2020",
                is_cited=True,
            ),
            Reference(xml_id="b2", citation="Bakker, P. (2019). Groepen die werken. <em>Tijdschrift</em>, 4, 1–9."),
        ],
        body=BODY,
        assets=[Asset(name="fig1.png", kind="figure", content_type="image/png", label="Figuur 1")],
    )


@pytest.mark.parametrize("full_text", [True, False])
def test_a_record_with_every_field_is_valid_jats(jats_schema: etree.XMLSchema, full_text: bool) -> None:
    valid(jats_schema, write(full_record(), full_text=full_text, pdf_href="https://example.org/artikel/pdf/"))


def test_the_front_matter_says_everything_the_record_holds(jats_schema: etree.XMLSchema) -> None:
    root = valid(jats_schema, write(full_record(), full_text=False, pdf_href="artikel.pdf"))
    meta = root.find("front/article-meta")
    journal = root.find("front/journal-meta")
    assert root.get("article-type") == "research-article"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert journal.findtext("journal-title-group/journal-title") == "Ouderschapskennis"
    assert journal.findtext("issn[@pub-type='ppub']") == "1388-9532"
    assert journal.findtext("issn[@pub-type='epub']") == "2214-4536"
    assert journal.findtext("publisher/publisher-name") == "Uitgeverij Leeszaal"
    assert meta.findtext("article-id[@pub-id-type='doi']") == "10.5555/ok.2024.3.1"
    assert meta.findtext("article-id[@pub-id-type='publisher-id']") == "OK-2024-3-1"
    assert meta.findtext("article-categories/subj-group[@subj-group-type='heading']/subject") == "Onderzoek"
    title = meta.find("title-group/article-title")
    assert title.findtext("sub") == "2" and title.findtext("italic") == "samen"
    assert meta.findtext("title-group/subtitle/italic") == "verkenning"
    trans = meta.find("title-group/trans-title-group")
    assert trans.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert trans.findtext("trans-title") == "Group work with parents"
    first, second = meta.findall("contrib-group/contrib")
    assert first.get("corresp") == "yes"
    assert first.findtext("contrib-id[@contrib-id-type='orcid']") == "https://orcid.org/0000-0002-1825-0097"
    assert first.findtext("name/surname") == "van der Berg"
    assert first.findtext("email") == "anna@example.org"
    affiliations = {aff.get("id"): aff.text for aff in meta.iter("aff")}
    assert [affiliations[x.get("rid")] for x in first.findall("xref[@ref-type='aff']")] == [
        "Universiteit Utrecht, Utrecht",
        "Hogeschool Rijnland, Leiden",
    ]
    assert [affiliations[x.get("rid")] for x in second.findall("xref[@ref-type='aff']")] == [
        "Hogeschool Rijnland, Leiden"
    ]
    corresp = meta.find("author-notes/corresp")
    assert first.find("xref[@ref-type='corresp']").get("rid") == corresp.get("id")
    assert corresp.findtext("email") == "anna@example.org"
    published = meta.find("pub-date[@date-type='pub']")
    assert published.get("publication-format") == "electronic"
    assert published.get("iso-8601-date") == "2024-06-01"
    assert meta.findtext("pub-date[@date-type='collection']/year") == "2024"
    assert (meta.findtext("volume"), meta.findtext("issue"), meta.findtext("issue-title")) == (
        "27",
        "3",
        "Samen opvoeden",
    )
    assert (meta.findtext("fpage"), meta.findtext("lpage")) == ("143", "154")
    history = [(date.get("date-type"), date.get("iso-8601-date")) for date in meta.findall("history/date")]
    assert history == [("received", "2023-11-02"), ("rev-recd", "2024-02-20"), ("accepted", "2024-03-15")]
    permissions = meta.find("permissions")
    assert permissions.findtext("copyright-statement") == "© 2024 de auteurs"
    assert permissions.findtext("copyright-year") == "2024"
    assert permissions.findtext("copyright-holder") == "De auteurs"
    license = permissions.find("license")
    assert license.get(XLINK) == "https://creativecommons.org/licenses/by/4.0/"
    assert license.findtext(f"{{{ALI}}}license_ref") == "https://creativecommons.org/licenses/by/4.0/"
    assert license.findtext("license-p") == "Dit artikel valt onder de licentie CC BY 4.0."
    assert meta.find("self-uri[@content-type='pdf']").get(XLINK) == "artikel.pdf"
    assert [sec.findtext("title") for sec in meta.findall("abstract/sec")] == ["Achtergrond", "Methode"]
    assert meta.findtext("trans-abstract[@{http://www.w3.org/XML/1998/namespace}lang='en']/p").startswith("Parents")
    keywords = {
        group.get("{http://www.w3.org/XML/1998/namespace}lang"): [kwd.text for kwd in group.findall("kwd")]
        for group in meta.findall("kwd-group")
    }
    assert keywords == {"nl": ["ouderschap", "groepswerk"], "en": ["parenting", "group work"]}
    zonmw, gouda = meta.findall("funding-group/award-group")
    assert zonmw.findtext("funding-source/institution-wrap/institution") == "ZonMw"
    funder_id = zonmw.find("funding-source/institution-wrap/institution-id")
    assert (funder_id.text, funder_id.get("institution-id-type")) == ("https://doi.org/10.13039/501100001826", "doi")
    assert [award.text for award in zonmw.findall("award-id")] == ["543210", "543211"]
    assert gouda.findtext("funding-source/institution-wrap/institution") == "Gemeente Gouda"
    assert meta.findtext("funding-group/funding-statement").startswith("Het onderzoek")


def test_the_reference_list_keeps_labels_markup_and_dois(jats_schema: etree.XMLSchema) -> None:
    """A DOI the printed citation does not show rides along as a structured alternative, so reading the
    reference back gives the same printed text and the DOI."""
    root = valid(jats_schema, write(full_record(), full_text=False))
    first, second = root.findall("back/ref-list/ref")
    assert (first.get("id"), first.findtext("label")) == ("b1", "1")
    assert first.findtext(".//mixed-citation/italic") == "Ouders onder elkaar"
    assert render.citation(first) == (
        "Jansen, A. (2020). <em>Ouders onder elkaar</em>. Utrecht: Leeszaal.",
        "10.5555/ouders.2020",
    )
    assert render.citation(second) == ("Bakker, P. (2019). Groepen die werken. <em>Tijdschrift</em>, 4, 1–9.", "")


def test_full_text_carries_body_and_back_matter(jats_schema: etree.XMLSchema) -> None:
    root = valid(jats_schema, write(full_record(), full_text=True))
    body = root.find("body")
    assert [sec.findtext("title") for sec in body.iter("sec")] == ["Inleiding", "Werkwijze"]
    assert body.find("sec").findtext("label") == "1"
    assert body.find(".//xref[@ref-type='bibr']").get("rid") == "b1"
    assert body.find(".//xref[@ref-type='fig']").get("rid") == "f1"
    assert body.find(".//fig[@id='f1']/graphic").get(XLINK) == "fig1.png"
    assert body.find(".//fig[@id='f1']/graphic/alt-text").text == "Drie ouders aan tafel"
    assert body.find(".//table-wrap[@id='t1']/label").text == "Tabel 1"
    assert body.find(f".//inline-formula/{{{MML}}}math/{{{MML}}}msup") is not None
    assert NOTE_SENTENCE in text_of(body.find(".//p[@id='p1']/fn"))
    assert THANKS_SENTENCE in text_of(root.find("back/ack"))
    assert root.find("back/ref-list") is not None


def test_front_matter_only_leaves_out_every_sentence_of_the_full_text(jats_schema: etree.XMLSchema) -> None:
    root = valid(jats_schema, write(full_record(), full_text=False))
    assert root.find("body") is None
    assert root.find("back/ack") is None
    assert root.find("floats-group") is None
    everything = text_of(root)
    for sentence in (BODY_SENTENCE, NOTE_SENTENCE, THANKS_SENTENCE, "Een groepsgesprek", "Gouda 12"):
        assert sentence not in everything
    assert "Ouders zoeken steun bij elkaar." in everything  # the abstract is public


def test_the_rendered_body_renders_again_to_the_same_html(jats_schema: etree.XMLSchema) -> None:
    record = full_record()
    root = valid(jats_schema, write(record, full_text=True))
    assert render.body(root).html == record.body


def test_a_record_with_nearly_nothing_is_still_valid(jats_schema: etree.XMLSchema) -> None:
    """No ISSN, no date, no authors: the tag set's required elements are there, empty rather than invented."""
    root = valid(jats_schema, write(ArticleRecord(title="Zonder meer"), full_text=True))
    assert root.find("front/article-meta/pub-date-not-available") is not None


def test_odd_values_in_a_record_still_give_valid_jats(jats_schema: etree.XMLSchema) -> None:
    """Whatever a record holds (odd language codes, control characters, ids that are no XML names,
    duplicate ids, empty names), the export is valid and keeps the text."""
    record = ArticleRecord(
        language="nl_NL",
        title="Titel met \x01stuurteken en <em>nadruk</em>",
        contributors=[Contributor(surname="", given_names="Alleen Voornaam"), Contributor(surname="Achternaam")],
        translations=[Translation(language="??", title="Vreemde taal", keywords=["een"]), Translation(language="")],
        history=[HistoryDate(type="rev recd", date=datetime.date(2024, 1, 2))],
        funding=[Funding(funder="", awards=["A-1"]), Funding(funder="Fonds", funder_id="onbekend-1")],
        references=[
            Reference(xml_id="1 2", citation="Eerste."),
            Reference(xml_id="1 2", citation="Dubbel."),
            Reference(xml_id="", citation="Zonder anker <a href='https://doi.org/10.5555/ABC'>10.5555/ABC</a>."),
        ],
        body='<p>Zie <a href="#ref-12">bron</a> en <a href="#fig-weg">weg</a>.</p>',
    )
    root = valid(jats_schema, write(record, full_text=True))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl-NL"
    assert "Titel met stuurteken en nadruk" in text_of(root.find("front/article-meta/title-group/article-title"))
    assert len({ref.get("id") for ref in root.iter("ref")}) == 3
    assert root.find("body//xref").get("rid") == root.find("back/ref-list/ref").get("id")
    assert "weg" in text_of(root.find("body"))


def test_an_e_location_stands_in_for_pages(jats_schema: etree.XMLSchema) -> None:
    record = dataclasses.replace(full_record(), first_page=None, last_page=None, elocation_id="e1234")
    meta = valid(jats_schema, write(record, full_text=False)).find("front/article-meta")
    assert meta.findtext("elocation-id") == "e1234" and meta.find("fpage") is None


# HTML typed in the back office -----------------------------------------------------------------------

HAND_TYPED = [
    "Losse tekst zonder alinea",
    "<h2>Kop</h2>tekst<h3>Sub</h3><p>a</p><h2>Twee</h2><h4>diep</h4><p>b</p><h6>zes</h6>c",
    "<p>a<br>b</p><ul>los in lijst<li>een<ul><li>twee</li></ul></li><li><p>drie</p><h3>kop in li</h3></li></ul>",
    "<ol start='3' type='a'><li>x</li></ol><dl><dd>zonder term</dd><dt>t</dt><dd><p>d</p><ul><li>l</li></ul></dd></dl>",
    "<table><tr><td>1<p>2</p></td><th>h</th></tr></table>"
    "<table><caption>Bij<em>schrift</em></caption><tbody><tr><td colspan='2'>a</td></tr></tbody>"
    "<thead><tr><td>h</td></tr></thead></table>",
    "<blockquote>citaat <p>alinea</p><blockquote>dieper</blockquote></blockquote>",
    "<figure><img src='bestanden/fig1.png' alt='A'><figcaption>Onder <strong>vet</strong><p>p</p></figcaption></figure>"
    "<figure><table><tr><td>x</td></tr></table><figcaption>tabel</figcaption></figure>",
    "<pre>code\n  regel</pre>"
    "<p><code>x</code> <small>klein</small> <abbr title='t'>AB</abbr> <q>q</q> <cite>c</cite></p>",
    "<p><a href='https://example.org'>link <em>x</em></a> <a href='mailto:a@example.org'>mail</a> "
    "<a href='#ref-x'>bron</a> <a href='#nergens'>nergens</a> <a href='#sec-1'>sectie</a></p>",
    "<section><p>zonder kop</p></section><p>na sectie</p>"
    "<section id='x'><h3>met kop</h3><p>in</p><section><h4>dieper</h4></section><p>na dieper</p></section>",
    "<img src='bestanden/los.png'><p><img src='https://elders.example/x.png' alt='extern'></p>",
    "<figure><img src='https://elders.example/a.png' alt='Van elders'></figure><img src='javascript:x' alt='kapot'>"
    "<figure><img alt='zonder bron'><figcaption>bijschrift</figcaption></figure><table><tr><td><img></td></tr></table>",
    "<h2></h2><h3><em></em></h3><p></p><ul></ul><ol><li></li></ol><table></table><figure></figure><dl></dl>",
    "<p>&amp; &lt; &nbsp; controle\u0001teken</p><hr><p>na de lijn</p>",
    "<table><tr><td><table><tr><td>genest</td></tr></table></td></tr></table>",
    "<ul><li><table><tr><td>tabel in lijst</td></tr></table></li><li><blockquote>quote</blockquote></li>"
    "<li><figure><img src='bestanden/a.png'></figure></li></ul>",
    "<section class='ack'><p>dank</p></section><p>na dank</p><section><h2>terug</h2></section>",
    "<h5>diep eerst</h5><h2>dan hoog</h2><h3>lager</h3><h2>weer</h2>",
    "<p>" + "<em>" * 300 + "diep genest" + "</em>" * 300 + "</p>",
    "<p>Formule <math display='ergens'><mfrac><mi>a</mi></mfrac><msup><mi>b</mi><mn>2</mn><mn>3</mn></msup>"
    "<mtable><mi>los</mi><mtr><mi>rij</mi></mtr></mtable><mi mathvariant='vreemd'>y<mi>z</mi></mi>"
    "<em>nadruk</em> tekst</math> en <math><mspace width='breed'/><mo stretchy='ja'>(</mo></math></p>",
    "<ul>" + "<li><ul>" * 150 + "<li>onderin</li>" + "</ul></li>" * 150 + "</ul>",
]


def _words(html: str) -> list[str]:
    """The words of an HTML fragment (markup between words counts as a space)."""
    text = re.sub(r"<[^>]*>", " ", html)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
    return [word for word in text.split() if word.isprintable()]


@pytest.mark.parametrize("html", HAND_TYPED, ids=range(len(HAND_TYPED)))
def test_html_typed_in_the_back_office_becomes_valid_jats_and_keeps_its_words(
    jats_schema: etree.XMLSchema, html: str
) -> None:
    body = sanitize_html(html)
    record = ArticleRecord(title="Getypt", year=2024, body=body, references=[Reference(xml_id="x", citation="Bron.")])
    root = valid(jats_schema, write(record, full_text=True))
    exported = " ".join(
        "".join(part.itertext()) for tag in ("body", "back", "floats-group") for part in root.findall(tag)
    )
    exported += " " + " ".join(root.xpath("//@alt|//alt-text/text()"))
    missing = [word for word in _words(body) if word not in exported]
    assert not missing


def _random_html(rng: random.Random, depth: int = 0) -> str:
    """A fragment of any tags and classes the sanitiser lets through, nested any way at all."""
    if depth > 6 or rng.random() < 0.2:
        return rng.choice(["tekst", "woord ", " spatie ", ""])
    tag = rng.choice([*sorted(ALLOWED_TAGS - MATH_TAGS), "math", "mi", "mfrac", "mtable", "mtr", "mtd"])
    attributes = ""
    if rng.random() < 0.5:
        attributes += f' class="{rng.choice(sorted(BODY_CLASSES))}"'
    if rng.random() < 0.3:
        attributes += (
            f' id="{rng.choice(["sec-s1", "fig-f1", "tbl-t1", "fn-fn1", "ref-r1", "cite-r1", "x-t1", "sec-3"])}"'
        )
    if tag == "a":
        attributes += f' href="{rng.choice(["#ref-r1", "#fn-fn1", "#fig-f1", "#nergens", "https://example.org/"])}"'
    if tag == "img":
        return f'<img src="{rng.choice(["bestanden/fig1.png", "https://example.org/a.png", ""])}" alt="alt">'
    if tag in ("br", "hr"):
        return f"<{tag}>"
    inner = "".join(_random_html(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    return f"<{tag}{attributes}>{inner}</{tag}>"


def test_any_html_the_sanitiser_lets_through_becomes_valid_jats(jats_schema: etree.XMLSchema) -> None:
    """Tags, render classes and ids in every combination (seeded, so a failure comes back the same)."""
    rng = random.Random(9)
    for _ in range(300):
        record = ArticleRecord(
            title=sanitize_html(_random_html(rng, 3)) or "Titel",
            abstract=sanitize_html(_random_html(rng, 2)),
            year=2024,
            body=sanitize_html("".join(_random_html(rng) for _ in range(rng.randint(1, 5)))),
            references=[Reference(xml_id="r1", citation=sanitize_html(_random_html(rng, 3)), doi="10.5555/x")],
            assets=[Asset(name="fig1.png", kind="figure", content_type="image/png", label="Figuur 1")],
        )
        valid(jats_schema, write(record, full_text=True))


def test_headings_typed_in_the_back_office_open_nested_sections(jats_schema: etree.XMLSchema) -> None:
    body = sanitize_html(
        "Een aanloop.<h2>Eerste</h2><p>Een.</p><h3>Verdieping</h3><p>Twee.</p><h2>Tweede</h2><p>Drie.</p>"
    )
    root = valid(jats_schema, write(ArticleRecord(title="Kopjes", body=body), full_text=True))
    body_element = root.find("body")
    assert body_element.findtext("p") == "Een aanloop."
    first, second = body_element.findall("sec")
    assert first.findtext("title") == "Eerste" and first.findtext("sec/title") == "Verdieping"
    assert first.findtext("sec/p") == "Twee."
    assert second.findtext("title") == "Tweede" and second.findtext("p") == "Drie."


# The real samples: import, render, export, import again --------------------------------------------

SAMPLES = sorted(
    [
        "elife-kitchen-sink-1234567890-v3.xml",
        "elife-reviewed-preprint-kitchen-sink-v1.xml",
        "plos-journal.pmed.1001186.xml",
        "plos-journal.pone.0119074.xml",
        "plos-journal.pone.0185809.xml",
    ]
)

#: What the page does not show does not come back: the fallback images of MathML formulas (the other side
#: of an ``alternatives``) are named by no element of the rendered body, and nothing says which formula
#: each belonged to. (Print versions of figures and pictures of tables do come back: their label and
#: caption say where.)
NOT_EXPORTED = {"elife-reviewed-preprint-kitchen-sink-v1.xml": {"123456v2_ieq1.tif", "123456v2_eqn2.tif"}}


def imported(summary: importer.ImportSummary) -> Article:
    article_id = summary.files[0].article_id
    assert article_id is not None
    return Article.objects.get(pk=article_id)


def _sample(jats_samples: Path, name: str) -> ArticleRecord:
    return reader.read(xmlsafe.parse((jats_samples / name).read_bytes()), source=name)


def _comparable(record: ArticleRecord) -> ArticleRecord:
    # An asset's caption is the plain text of its figure's caption; the MathML in it is laid out differently
    # in the export (no indentation), which changes the white space between its symbols and nothing else.
    assets = [dataclasses.replace(asset, caption="".join(asset.caption.split())) for asset in record.assets]
    return dataclasses.replace(record, assets=assets, source="")


@pytest.mark.parametrize("name", SAMPLES)
def test_a_real_sample_exports_valid_and_renders_the_same(
    jats_schema: etree.XMLSchema, jats_samples: Path, name: str
) -> None:
    record = _sample(jats_samples, name)
    root = valid(jats_schema, write(record, full_text=True))
    assert render.body(root).html == record.body
    valid(jats_schema, write(record, full_text=False))


@pytest.mark.parametrize("name", SAMPLES)
def test_a_real_sample_reads_back_as_the_same_record(
    jats_schema: etree.XMLSchema, jats_samples: Path, name: str
) -> None:
    record = _sample(jats_samples, name)
    again = reader.read(valid(jats_schema, write(record, full_text=True)))
    lost = {asset.name for asset in record.assets} - {asset.name for asset in again.assets}
    assert lost == NOT_EXPORTED.get(name, set())
    record.assets = [asset for asset in record.assets if asset.name not in lost]
    assert _comparable(again) == _comparable(record)


@pytest.fixture
def sample_journals(publisher) -> list[Journal]:
    """The journals of the samples, known by their ISSNs (the importer finds journals by ISSN)."""
    return [
        factories.make_journal(publisher, title="eLife", slug="elife", issn_online="2050-084X"),
        factories.make_journal(publisher, title="PLOS Medicine", slug="plos-medicine", issn_online="1549-1676"),
        factories.make_journal(publisher, title="PLOS ONE", slug="plos-one", issn_online="1932-6203"),
    ]


@pytest.mark.parametrize("name", SAMPLES)
def test_an_imported_sample_exports_valid_and_imports_again_unchanged(
    client: Client, editor: User, jats_schema: etree.XMLSchema, jats_samples: Path, sample_journals, name: str
) -> None:
    first = importer.import_paths([jats_samples / name], publish=True)
    assert first.ok, str(first)
    article = imported(first)
    stored = record_from_article(article, files=False)
    response = login(client, editor).get(reverse("journals:article_jats", kwargs=article.url_kwargs()))
    assert response.status_code == 200
    xml = response.content
    valid(jats_schema, xml)
    again = importer.import_units([(f"export-{name}", xml, {})], publish=True)
    assert again.ok, str(again)
    assert again.files[0].status == "unchanged", again.files[0].changes
    assert record_from_article(Article.objects.get(pk=article.pk), files=False) == stored


# The views ---------------------------------------------------------------------------------------------


def jats_url(article: Article) -> str:
    return reverse("journals:article_jats", kwargs=article.url_kwargs())


def zip_url(issue: Issue) -> str:
    return reverse("journals:issue_jats", kwargs=issue.url_kwargs())


SECRET = "GEHEIME-VOLTEKST"


@pytest.fixture
def rich_article(issue: Issue) -> Article:
    """A subscription article with authors, a reference list, a translation, a figure and a PDF."""
    article = factories.make_article(
        issue,
        title="Groepswerk met ouders",
        slug="groepswerk-met-ouders",
        authors=2,
        pdf=True,
        doi="10.5555/ok.2024.3.7",
        body=f'<section id="sec-s1"><h2>Inleiding</h2><p>{SECRET} {BODY_SENTENCE} '
        '<a id="cite-r1" href="#ref-r1">Jansen</a>.</p><figure id="fig-f1" class="fig">'
        '<img src="bestanden/fig1.png" alt="Een groep"><figcaption><p class="caption-title">'
        '<span class="label">Figuur 1</span> Een groep</p></figcaption></figure></section>',
    )
    ReferenceRow.objects.create(article=article, position=1, xml_id="r1", citation="Jansen (2020). <em>Ouders</em>.")
    ArticleTranslation.objects.create(article=article, language="en", title="Group work with parents")
    stored = ArticleFile(article=article, name="fig1.png", kind="figure", content_type="image/png", label="Figuur 1")
    stored.file.save("fig1.png", ContentFile(b"\x89PNG\r\n\x1a\nfiguur"), save=True)
    return article


def test_a_subscriber_exports_the_full_text(
    client: Client, subscriber: User, jats_schema: etree.XMLSchema, rich_article: Article
) -> None:
    response = login(client, subscriber).get(jats_url(rich_article))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/jats+xml; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="ouderschapskennis-2024-3-groepswerk-met-ouders.xml"'
    )
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    root = valid(jats_schema, response.content)
    assert SECRET in text_of(root.find("body"))
    assert root.find(".//fig/graphic").get(XLINK) == "fig1.png"
    assert root.find("front/article-meta/self-uri").get(XLINK).endswith(rich_article.get_pdf_url())


@pytest.mark.parametrize("who", ["anonymous", "reader", "expired_subscriber"])
def test_a_reader_without_access_gets_the_front_matter_only(
    client: Client, request: pytest.FixtureRequest, who: str, jats_schema: etree.XMLSchema, rich_article: Article
) -> None:
    if who != "anonymous":
        login(client, request.getfixturevalue(who))
    response = client.get(jats_url(rich_article))
    assert response.status_code == 200
    assert SECRET.encode() not in response.content
    assert BODY_SENTENCE.encode() not in response.content
    root = valid(jats_schema, response.content)
    assert root.find("body") is None
    assert root.findtext("front/article-meta/title-group/article-title") == "Groepswerk met ouders"
    assert root.findtext("front/article-meta/abstract/p") == "Een openbare samenvatting."
    assert root.find("back/ref-list/ref[@id='r1']") is not None  # public, like the page's literature list
    assert "Cookie" in response["Vary"]
    if who == "anonymous":
        assert "public" in response["Cache-Control"]  # what every anonymous visitor gets
    else:
        assert "private" in response["Cache-Control"]


def test_a_campus_visitor_exports_the_full_text(institution, jats_schema: etree.XMLSchema, article: Article) -> None:
    response = Client(REMOTE_ADDR="192.0.2.10").get(jats_url(article))
    root = valid(jats_schema, response.content)
    assert SECRET in text_of(root.find("body"))
    assert "private" in response["Cache-Control"]


def test_an_open_access_article_exports_in_full_for_anyone(
    client: Client, jats_schema: etree.XMLSchema, open_article: Article
) -> None:
    response = client.get(jats_url(open_article))
    root = valid(jats_schema, response.content)
    assert SECRET in text_of(root.find("body"))
    assert "public" in response["Cache-Control"]


def test_a_draft_exports_only_for_staff(
    client: Client, subscriber: User, editor: User, jats_schema: etree.XMLSchema, issue: Issue
) -> None:
    draft = factories.make_article(issue, title="Nog niet af", slug="nog-niet-af", status=Article.Status.DRAFT)
    assert Client().get(jats_url(draft)).status_code == 404
    assert login(Client(), subscriber).get(jats_url(draft)).status_code == 404
    response = login(client, editor).get(jats_url(draft))
    root = valid(jats_schema, response.content)
    assert SECRET in text_of(root.find("body"))
    assert "private" in response["Cache-Control"]


def test_an_unknown_article_is_not_found(client: Client, issue: Issue) -> None:
    url = reverse("journals:article_jats", kwargs={**issue.url_kwargs(), "slug": "bestaat-niet"})
    assert client.get(url).status_code == 404


def test_a_back_office_article_with_typed_html_exports_valid(
    client: Client, subscriber: User, jats_schema: etree.XMLSchema, issue: Issue
) -> None:
    article = factories.make_article(
        issue,
        title="Met de hand",
        slug="met-de-hand",
        abstract="Eerste alinea van de samenvatting.\nTweede alinea.",
        body=(
            "Een inleiding zonder alinea.<h2>Aanpak</h2><p>We spraken <strong>twaalf</strong> ouders.</p>"
            "<h3>Vragen</h3><ol><li>Wat werkt?</li><li>Wat niet?</li></ol><blockquote>Een ouder aan het woord."
            "</blockquote><table><tr><th>Groep</th><td>12</td></tr></table>"
            '<figure><img src="bestanden/foto.jpg" alt="Een foto"><figcaption>Een foto</figcaption></figure>'
        ),
        keywords="ouders, groepen",
    )
    root = valid(jats_schema, login(client, subscriber).get(jats_url(article)).content)
    body = root.find("body")
    assert body.findtext("p") == "Een inleiding zonder alinea."
    assert body.findtext("sec/title") == "Aanpak" and body.findtext("sec/sec/title") == "Vragen"
    assert [item.findtext("p") for item in body.iter("list-item")] == ["Wat werkt?", "Wat niet?"]
    assert body.find(".//disp-quote") is not None and body.find(".//table-wrap/table") is not None
    assert body.find(".//fig/graphic").get(XLINK) == "foto.jpg"
    abstract = root.findall("front/article-meta/abstract/p")
    assert [p.text for p in abstract] == ["Eerste alinea van de samenvatting.", "Tweede alinea."]


# The issue as a zip -------------------------------------------------------------------------------------


def _package(response) -> dict[str, bytes]:
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_the_issue_zip_holds_each_article_with_what_the_reader_may_read(
    client: Client,
    reader: User,
    subscriber: User,
    jats_schema: etree.XMLSchema,
    issue: Issue,
    rich_article: Article,
    open_article: Article,
) -> None:
    factories.make_article(issue, title="Nog niet af", slug="nog-niet-af", status=Article.Status.DRAFT)
    slugs = (rich_article.slug, open_article.slug)
    for visitor, full in ((Client(), {open_article.slug}), (login(Client(), reader), {open_article.slug})):
        response = visitor.get(zip_url(issue))
        assert response["Content-Disposition"] == 'attachment; filename="ouderschapskennis-2024-3-jats.zip"'
        files = _package(response)
        assert set(files) == {f"{slug}/{slug}.xml" for slug in slugs} | {f"{open_article.slug}/{open_article.slug}.pdf"}
        for slug in slugs:
            root = valid(jats_schema, files[f"{slug}/{slug}.xml"])
            assert (root.find("body") is not None) == (slug in full)
        assert SECRET.encode() + str(rich_article.pk).encode() not in b"".join(files.values())
        assert BODY_SENTENCE.encode() not in b"".join(files.values())
    files = _package(login(client, subscriber).get(zip_url(issue)))
    assert f"{rich_article.slug}/fig1.png" in files and f"{rich_article.slug}/{rich_article.slug}.pdf" in files
    for slug in slugs:
        assert valid(jats_schema, files[f"{slug}/{slug}.xml"]).find("body") is not None
    assert "private" in login(Client(), subscriber).get(zip_url(issue))["Cache-Control"]


def test_the_issue_zip_of_an_editor_holds_drafts(client: Client, editor: User, issue: Issue, article: Article) -> None:
    factories.make_article(issue, title="Nog niet af", slug="nog-niet-af", status=Article.Status.DRAFT)
    files = _package(login(client, editor).get(zip_url(issue)))
    assert "nog-niet-af/nog-niet-af.xml" in files


def test_an_unpublished_issue_has_no_zip(client: Client, subscriber: User, journal: Journal) -> None:
    hidden = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    factories.make_article(hidden, title="Volgend nummer", slug="volgend-nummer")
    assert login(client, subscriber).get(zip_url(hidden)).status_code == 404


def test_a_subscribers_zip_imports_again_unchanged(
    client: Client, subscriber: User, journal: Journal, issue: Issue
) -> None:
    """The package a granted reader downloads is an import package: importing it changes nothing."""
    record = full_record(journal)
    record.body = sanitize_html(record.body)
    png = b"\x89PNG\r\n\x1a\nfiguur"
    units = [("artikel.xml", write(record, full_text=True), {"fig1.png": png})]
    first = importer.import_units(units, publish=True)
    assert first.ok, str(first)
    article = imported(first)
    assert article.files.get().file.read() == png
    issue = article.issue
    response = login(client, subscriber).get(zip_url(issue))
    data = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    again = importer.import_upload("nummer.zip", data, publish=True)
    assert again.ok, str(again)
    assert [result.status for result in again.files] == ["unchanged"] * len(again.files)


# A fixed number of queries, whatever the number of articles -------------------------------------------


def _grow(issue: Issue, count: int) -> None:
    for number in range(count):
        article = factories.make_article(issue, authors=3, pdf=True)
        for position in range(4):
            ReferenceRow.objects.create(article=article, position=position, xml_id=f"r{position}", citation="Bron.")
        ArticleTranslation.objects.create(article=article, language="en", title=f"Article {number}")
        stored = ArticleFile(article=article, name="fig1.png", kind="figure", content_type="image/png")
        stored.file.save("fig1.png", ContentFile(b"\x89PNG\r\n\x1a\n"), save=True)


#: session, user, issue+journal+publisher, articles+issue+journal+publisher, contributions+authors,
#: translations, references, files, the reader's entitlements
ZIP_QUERIES = 9


def test_the_issue_zip_costs_the_same_queries_for_one_article_and_for_ten(
    client: Client, subscriber: User, issue: Issue
) -> None:
    login(client, subscriber)
    _grow(issue, 1)
    one = measure(client, zip_url(issue))
    _grow(issue, 9)
    ten = measure(client, zip_url(issue))
    if not (len(one) == len(ten) == ZIP_QUERIES):
        pytest.fail(
            f"issue zip: expected {ZIP_QUERIES} queries; got {len(one)} and {len(ten)}.\n"
            f"One article:\n{_sql(one)}\nTen articles:\n{_sql(ten)}",
            pytrace=False,
        )


#: session, user, article+issue+journal+publisher, contributions+authors, translations, references, files,
#: the reader's entitlements
ARTICLE_QUERIES = 8


def test_an_article_export_costs_the_same_queries_however_long_its_record(
    client: Client, subscriber: User, article: Article
) -> None:
    login(client, subscriber)
    one = measure(client, jats_url(article))
    for position in range(20):
        ReferenceRow.objects.create(article=article, position=position, xml_id=f"r{position}", citation="Bron.")
    for language in ("en", "de"):
        ArticleTranslation.objects.create(article=article, language=language, title="Vertaald")
    for position in range(1, 6):
        factories.make_article(article.issue)  # other articles change nothing either
        author = factories.make_author()
        article.contributions.create(author=author, position=position, affiliation="Hogeschool\nUniversiteit")
    many = measure(client, jats_url(article))
    if not (len(one) == len(many) == ARTICLE_QUERIES):
        pytest.fail(
            f"article export: expected {ARTICLE_QUERIES} queries; got {len(one)} and {len(many)}.\n"
            f"Short record:\n{_sql(one)}\nLong record:\n{_sql(many)}",
            pytrace=False,
        )
