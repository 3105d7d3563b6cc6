"""JATS rendered as the reading page shows it (``jats.render``), the allow-list that keeps it
(``journals.html``) and the article page around it.

The snippets are small articles of our own, in Dutch; the last tests read the real eLife and PLOS
articles in shared/testdata and check that nothing of them is lost on the way.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from django.test import Client
from lxml import etree, html

from jats import render, xmlsafe
from journals.html import html_to_text, sanitize_html
from journals.models import Article, ArticleTranslation, Author, Contribution, Issue, Reference
from journals.templatetags.leeszaal import body_contents
from tests import factories
from tests.conftest import login

NAMESPACES = 'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML"'
MATHML = "http://www.w3.org/1998/Math/MathML"


def article(body: str = "", back: str = "") -> etree._Element:
    xml = (
        f'<article {NAMESPACES} article-type="research-article" xml:lang="nl"><front><article-meta>'
        "<title-group><article-title>Proefartikel</article-title></title-group></article-meta></front>"
        f"<body>{body}</body><back>{back}</back></article>"
    )
    return xmlsafe.parse(xml.encode())


def fragment(xml: str) -> etree._Element:
    return xmlsafe.parse(xml.encode())


def rendered(body: str = "", back: str = "") -> render.Rendered:
    result = render.body(article(body, back))
    # Whatever is rendered survives the sanitiser unchanged: what is stored is what was rendered.
    assert sanitize_html(result.html) == result.html
    return result


def tree(markup: str) -> html.HtmlElement:
    return html.fragment_fromstring(markup, create_parent="div")


def text(markup: str) -> str:
    return " ".join(html_to_text(markup).split())


def squeezed(value: str) -> str:
    return "".join(value.split())


# --- Sections, paragraphs, lists -----------------------------------------------------------------------------


def test_sections_nest_their_headings_from_h2_down_to_h6_and_no_deeper() -> None:
    nested = "<p>Diepste laag.</p>"
    for depth in range(7, 0, -1):
        nested = f'<sec id="s{depth}"><label>{depth}.</label><title>Laag {depth}</title>{nested}</sec>'
    page = tree(rendered(nested).html)
    headings = [
        (heading.tag, " ".join(heading.text_content().split())) for heading in page.iter("h2", "h3", "h4", "h5", "h6")
    ]
    assert headings == [
        ("h2", "1. Laag 1"),
        ("h3", "2. Laag 2"),
        ("h4", "3. Laag 3"),
        ("h5", "4. Laag 4"),
        ("h6", "5. Laag 5"),
        ("h6", "6. Laag 6"),
        ("h6", "7. Laag 7"),
    ]
    assert [section.get("id") for section in page.iter("section")] == [f"sec-s{n}" for n in range(1, 8)]
    assert page.xpath("//h2/span[@class='label']/text()") == ["1."]


def test_sections_without_an_id_get_one_and_duplicate_ids_are_told_apart() -> None:
    html_ = rendered(
        "<sec><title>Aanleiding</title><p>Eerst.</p></sec>"
        '<sec id="dubbel"><title>Opzet</title><p>Dan.</p></sec>'
        '<sec id="dubbel"><title>Opzet, nogmaals</title><p>Daarna.</p></sec>'
    ).html
    ids = tree(html_).xpath("//section/@id")
    assert ids[1:] == ["sec-dubbel", "sec-dubbel-2"]
    assert ids[0].startswith("sec-")
    assert len(set(ids)) == 3


def test_a_paragraph_that_holds_a_list_or_a_formula_is_split_around_it() -> None:
    html_ = rendered(
        '<p id="p1">Wij vroegen ouders naar <list list-type="bullet"><list-item><p>steun</p></list-item>'
        "<list-item><p>tijd</p></list-item></list> en dat leverde dit op: "
        '<disp-formula id="f1"><mml:math><mml:mi>x</mml:mi></mml:math></disp-formula> tot slot.</p>'
    ).html
    assert html_.startswith(
        '<p id="p-p1">Wij vroegen ouders naar </p><ul><li><p>steun</p></li><li><p>tijd</p></li></ul>'
    )
    assert '<p> en dat leverde dit op: </p><div id="eq-f1" class="disp-formula">' in html_
    assert html_.endswith("</div><p> tot slot.</p>")


@pytest.mark.parametrize(
    ("list_type", "opening"),
    [
        ("order", "<ol>"),
        ("bullet", "<ul>"),
        ("simple", '<ul class="simple">'),
        ("alpha-lower", '<ol type="a">'),
        ("alpha-upper", '<ol type="A">'),
        ("roman-lower", '<ol type="i">'),
        ("roman-upper", '<ol type="I">'),
        ("", "<ul>"),
    ],
)
def test_each_list_type_keeps_its_numbering(list_type: str, opening: str) -> None:
    kind = f' list-type="{list_type}"' if list_type else ""
    html_ = rendered(f"<list{kind}><list-item><p>Een punt.</p></list-item></list>").html
    assert html_ == f"{opening}<li><p>Een punt.</p></li></{opening[1:3]}>"


def test_list_items_keep_labels_nested_lists_and_a_continued_count() -> None:
    html_ = rendered(
        '<list id="l1" list-type="order"><list-item><p>Werven</p><list list-type="bullet"><list-item><p>via school</p>'
        "</list-item></list></list-item><list-item><p>Interviewen</p></list-item></list>"
        "<p>Tussendoor een opmerking.</p>"
        '<list id="l2" list-type="order" continued-from="l1"><list-item><p>Analyseren</p></list-item></list>'
        '<list list-type="simple"><list-item><label>a)</label><p>eerste</p></list-item>'
        "<list-item><label>b)</label><p>tweede</p></list-item></list>"
    ).html
    page = tree(html_)
    assert page.xpath("//ol[@id='list-l1']/li[1]/ul/li/p/text()") == ["via school"]
    assert page.xpath("//ol[@id='list-l2']/@start") == ["3"]
    assert '<ul class="labelled"><li><p><span class="label">a)</span> eerste</p></li>' in html_


def test_definition_lists_and_the_glossary_become_dl() -> None:
    html_ = rendered(
        "<p>Zie <xref ref-type='list' rid='d1'>HBO</xref>.</p>",
        "<glossary><title>Afkortingen</title><def-list><def-item id='d1'><term>HBO</term>"
        "<def><p>Hoger beroepsonderwijs</p></def></def-item><def-item><term>MBO</term>"
        "<def><p>Middelbaar beroepsonderwijs</p></def></def-item></def-list></glossary>",
    ).html
    page = tree(html_)
    glossary = page.xpath("//section[@class='glossary']")[0]
    assert glossary.xpath("h2/text()") == ["Afkortingen"]
    assert glossary.xpath("dl[@class='def-list']/dt/text()") == ["HBO", "MBO"]
    assert glossary.xpath("dl/dd/p/text()") == ["Hoger beroepsonderwijs", "Middelbaar beroepsonderwijs"]
    assert page.xpath("//a[@href='#def-d1']/@id") == ["cite-d1"]
    assert page.xpath("//dt[@id='def-d1']")


# --- Tables and figures ----------------------------------------------------------------------------------------

TABLE = """
<p>De <xref ref-type="table" rid="t1">tabel</xref> vat de groepen samen.</p>
<table-wrap id="t1"><label>Tabel 1</label><caption><title>Deelnemers per groep</title>
<p>Aantallen aan het begin van het schooljaar.</p></caption>
<table><thead><tr><th>Groep</th><td colspan="2">Aantal</td></tr></thead>
<tbody><tr><th>Ouders</th><td align="right">42<xref ref-type="fn" rid="tf1">a</xref></td><td>38</td></tr>
<tr><td>Leerkrachten</td><td rowspan="2" align="center">12</td><td>11</td></tr></tbody></table>
<table-wrap-foot><fn id="tf1"><label>a</label><p>Inclusief twee grootouders.</p></fn>
<fn><p>Bron: eigen telling.</p></fn></table-wrap-foot></table-wrap>
"""


def test_a_table_keeps_its_caption_header_cells_spans_and_footnotes() -> None:
    html_ = rendered(TABLE).html
    page = tree(html_)
    wrap = page.xpath("//figure[@id='tbl-t1']")[0]
    assert wrap.get("class") == "table-wrap"
    caption = wrap.xpath("figcaption")[0]
    assert text(html.tostring(caption, encoding=str)) == (
        "Tabel 1 Deelnemers per groep Aantallen aan het begin van het schooljaar."
    )
    assert wrap.xpath("div[@class='table-scroll']/@tabindex") == ["0"]
    assert wrap.xpath(".//thead/tr/th/@scope") == ["col", "colgroup"]
    assert wrap.xpath(".//thead/tr/th[2]/@colspan") == ["2"]
    assert wrap.xpath(".//tbody/tr[1]/th/@scope") == ["row"]
    assert wrap.xpath(".//tbody//td[@rowspan='2']/@class") == ["align-center"]
    # The footnote of a cell links to the note under the table, and the note links back.
    assert wrap.xpath(".//td/a[@href='#fn-tf1']/@id") == ["cite-tf1"]
    note = wrap.xpath("div[@class='table-foot']/div[@id='fn-tf1']")[0]
    assert note.xpath("p/span[@class='label']/text()") == ["a"]
    assert note.xpath(".//a[@class='backlink']/@href") == ["#cite-tf1"]
    assert "Bron: eigen telling." in wrap.xpath("div[@class='table-foot']")[0].text_content()
    assert page.xpath("//p/a[@href='#tbl-t1']/@id") == ["cite-t1"]


def test_rows_outside_a_tbody_and_head_cells_written_as_td() -> None:
    html_ = rendered(
        "<table-wrap><table><thead><tr><td>Jaar</td></tr></thead><tr><td>2024</td></tr></table></table-wrap>"
    ).html
    assert '<thead><tr><th scope="col">Jaar</th></tr></thead><tbody><tr><td>2024</td></tr></tbody>' in html_


FIGURE = """
<fig id="f1"><label>Figuur 1</label><caption><title>Verloop van de opkomst</title>
<p>Per bijeenkomst het aantal ouders.</p></caption>
<alt-text>Lijngrafiek: de opkomst daalt van twintig naar twaalf ouders.</alt-text>
<graphic xlink:href="opkomst.png"/><attrib>Foto: Lotte Brink</attrib></fig>
"""


def test_a_figure_has_its_image_caption_and_alt_text() -> None:
    page = tree(rendered(FIGURE).html)
    figure = page.xpath("//figure[@id='fig-f1']")[0]
    assert figure.get("class") == "fig"
    image = figure.xpath("img")[0]
    assert image.get("src") == "bestanden/opkomst.png"
    assert image.get("alt") == "Lijngrafiek: de opkomst daalt van twintig naar twaalf ouders."
    assert figure.xpath("figcaption/p[@class='caption-title']/span[@class='label']/text()") == ["Figuur 1"]
    assert "Per bijeenkomst het aantal ouders." in figure.xpath("figcaption")[0].text_content()
    assert figure.xpath("figcaption/p[@class='attrib']/text()") == ["Foto: Lotte Brink"]


@pytest.mark.parametrize(
    ("inside", "alt"),
    [
        ("<label>Figuur 2</label><caption><title>Het gebouw</title><p>Lang verhaal.</p></caption>", "Het gebouw"),
        (
            "<label>Figuur 2</label><caption><p>Een plattegrond van de school.</p></caption>",
            "Een plattegrond van de school.",
        ),
        ("<label>Figuur 2</label>", "Figuur 2"),
        ("", "Figuur"),
    ],
)
def test_the_alt_text_falls_back_to_the_caption_then_the_label_and_is_never_empty(inside: str, alt: str) -> None:
    page = tree(rendered(f'<fig id="f2">{inside}<graphic xlink:href="school.jpg"/></fig>').html)
    assert page.xpath("//img/@alt") == [alt]


def test_of_alternative_graphics_the_screen_version_shows_and_paths_stay_inside_the_article() -> None:
    html_ = rendered(
        '<fig id="f3"><caption><title>Schema</title></caption><alternatives>'
        '<graphic specific-use="print" xlink:href="schema.eps"/><graphic xlink:href="schema.png"/></alternatives></fig>'
        '<fig id="f4"><graphic xlink:href="../../geheim.png"/><graphic xlink:href="https://elders.example/pixel.gif"/>'
        '<graphic xlink:href="figuren/kaart.png"/></fig>'
    ).html
    assert tree(html_).xpath("//img/@src") == ["bestanden/schema.png", "bestanden/geheim.png", "bestanden/kaart.png"]


def test_a_figure_group_holds_its_figures_under_one_caption() -> None:
    page = tree(
        rendered(
            '<fig-group id="g1"><caption><title>Twee scholen</title></caption>'
            '<fig id="g1a"><label>A</label><graphic xlink:href="a.png"/></fig>'
            '<fig id="g1b"><label>B</label><graphic xlink:href="b.png"/></fig></fig-group>'
        ).html
    )
    group = page.xpath("//figure[@id='fig-g1']")[0]
    assert group.get("class") == "fig-group"
    assert group.xpath("figcaption/p/text()") == ["Twee scholen"]
    assert group.xpath("figure/@id") == ["fig-g1a", "fig-g1b"]


# --- Boxes, quotations, footnotes, cross-references ------------------------------------------------------------


def test_boxed_text_is_an_aside_with_its_title_as_a_heading() -> None:
    page = tree(
        rendered(
            '<sec id="s1"><title>Praktijk</title><boxed-text id="b1"><label>Kader 1</label>'
            "<caption><title>Tips voor begeleiders</title></caption><p>Begin op tijd.</p>"
            '<sec id="b1s"><title>Na afloop</title><p>Vraag door.</p></sec></boxed-text></sec>'
        ).html
    )
    box = page.xpath("//aside[@id='box-b1']")[0]
    assert box.get("class") == "boxed-text"
    assert " ".join(box.xpath("h3")[0].text_content().split()) == "Kader 1 Tips voor begeleiders"
    assert box.xpath("section/h4/text()") == ["Na afloop"]


def test_a_quotation_keeps_its_attribution_outside_the_blockquote() -> None:
    html_ = rendered(
        "<disp-quote><p>Je moet het samen doen.</p><attrib>Een moeder uit Zwolle</attrib></disp-quote>"
        "<disp-quote><p>Zonder bron.</p></disp-quote>"
    ).html
    assert html_ == (
        '<figure class="disp-quote"><blockquote><p>Je moet het samen doen.</p></blockquote>'
        '<figcaption class="attrib">Een moeder uit Zwolle</figcaption></figure>'
        '<blockquote class="disp-quote"><p>Zonder bron.</p></blockquote>'
    )


def test_footnotes_link_both_ways() -> None:
    result = rendered(
        '<p>De gemeente betaalde mee<xref ref-type="fn" rid="n1">1</xref>, later weer<xref ref-type="fn" rid="n1">1</xref>.</p>'
        '<p>Een noot in de tekst<fn id="n2"><p>Deze noot staat in de alinea.</p></fn> en verder.</p>'
        "<p>Zonder id<fn><label>*</label><p>Nog een noot.</p></fn>.</p>",
        '<fn-group><fn id="n1"><label>1</label><p>Via het programma Kansrijke Start.</p></fn>'
        '<fn id="n9"><p>Een noot die niemand noemt.</p></fn></fn-group>',
    )
    page = tree(result.html)
    first, second = page.xpath("//p/a[@href='#fn-n1']")
    assert first.get("id") == "cite-n1" and second.get("id") is None
    note = page.xpath("//section[@class='fn-group']/div[@id='fn-n1']")[0]
    assert note.xpath("p/span[@class='label']/text()") == ["1"]
    assert note.xpath("p/a[@class='backlink']/@href") == ["#cite-n1"]
    assert not page.xpath("//div[@id='fn-n9']//a[@class='backlink']")  # nothing to go back to
    # A note inside a paragraph: a numbered link there, the note itself at the end of the text.
    marker = page.xpath("//sup[@class='fn-ref']/a[@href='#fn-n2']")[0]
    assert marker.get("id") == "cite-n2"
    notes = page.xpath("//section[@class='footnotes']")[0]
    assert notes.xpath("h2/text()") == ["Noten"]
    assert notes.xpath("div[@id='fn-n2']/p/a[@class='backlink']/@href") == ["#cite-n2"]
    anonymous = page.xpath("//sup[@class='fn-ref']/a[text()='*']")[0]
    target = anonymous.get("href")[1:]
    assert notes.xpath(f"div[@id='{target}']//a[@class='backlink']/@href") == [f"#{anonymous.get('id')}"]
    assert (
        "Deze noot staat in de alinea." not in page.xpath("//p[contains(., 'Een noot in de tekst')]")[0].text_content()
    )


REFERENCES = """
<ref-list><title>Literatuur</title>
<ref id="b1"><label>1</label><mixed-citation publication-type="journal"><string-name><surname>Bakker</surname>
<given-names>A.</given-names></string-name> (<year>2021</year>). <article-title>Ouders in de klas</article-title>.
<source>Pedagogiek</source>, <volume>41</volume>, <fpage>1</fpage>–<lpage>9</lpage>.
<pub-id pub-id-type="doi">10.5555/ped.2021.1</pub-id></mixed-citation></ref>
<ref id="b2"><label>2</label><element-citation publication-type="book"><person-group person-group-type="author">
<name><surname>Smit</surname><given-names>J</given-names></name><name><surname>Vos</surname><given-names>K</given-names></name>
</person-group><year>2019</year><source>Samen opvoeden</source><publisher-loc>Utrecht</publisher-loc>
<publisher-name>Uitgeverij Noord</publisher-name></element-citation></ref>
<ref id="b3"><label>3</label><mixed-citation>Niet geciteerd, maar wel gelezen.</mixed-citation></ref>
</ref-list>
"""


def test_citations_link_to_the_reference_list_and_the_first_one_can_be_linked_back_to() -> None:
    result = rendered(
        '<sec id="s1"><title>Inleiding</title><p>Eerder onderzoek <xref ref-type="bibr" rid="b1">[1]</xref> '
        'en later <xref ref-type="bibr" rid="b1">[1]</xref>; samen <xref ref-type="bibr" rid="b1 b2">[1, 2]</xref>; '
        'zonder tekst <xref ref-type="bibr" rid="b2"/>; verkeerd <xref ref-type="bibr" rid="b99">[99]</xref>.</p></sec>',
        REFERENCES,
    )
    page = tree(result.html)
    links = page.xpath("//a[starts-with(@href, '#ref-')]")
    assert [link.get("href") for link in links] == ["#ref-b1", "#ref-b1", "#ref-b1", "#ref-b2"]
    assert [link.get("id") for link in links] == ["cite-b1", None, None, None]
    assert page.xpath("//span[@id='cite-b2']")  # the second target of a shared citation
    assert links[3].text_content() == "2"  # an empty xref shows its target's label
    assert "[99]" in page.text_content() and not page.xpath("//a[contains(., '99')]")
    assert result.cited == {"b1", "b2"}
    assert "Literatuur" not in result.html and "Ouders in de klas" not in result.html  # the page lists them


def test_cross_references_link_to_figures_tables_sections_appendices_and_formulas() -> None:
    html_ = rendered(
        '<sec id="s1"><title>Methode</title><p>Zie <xref ref-type="fig" rid="f1">figuur 1</xref>, '
        '<xref ref-type="table" rid="t1">tabel 1</xref>, <xref ref-type="sec" rid="s2">de discussie</xref>, '
        '<xref ref-type="app" rid="a1">bijlage A</xref> en <xref ref-type="disp-formula" rid="e1">(1)</xref>.</p>'
        '<fig id="f1"><graphic xlink:href="f1.png"/></fig><table-wrap id="t1"><table><tr><td>1</td></tr></table>'
        '</table-wrap><disp-formula id="e1"><label>(1)</label><mml:math><mml:mi>y</mml:mi></mml:math></disp-formula></sec>'
        '<sec id="s2"><title>Discussie</title><p>Tot slot.</p></sec>',
        '<app-group><app id="a1"><title>Bijlage A</title><p>De vragenlijst.</p></app></app-group>',
    ).html
    page = tree(html_)
    for xml_id, anchor in (("f1", "fig-f1"), ("t1", "tbl-t1"), ("s2", "sec-s2"), ("a1", "app-a1"), ("e1", "eq-e1")):
        assert page.xpath(f"//a[@href='#{anchor}']/@id") == [f"cite-{xml_id}"], anchor
        assert page.xpath(f"//*[@id='{anchor}']"), anchor
    assert page.xpath("//div[@id='eq-e1']/span[@class='label']/text()") == ["(1)"]


# --- Inline markup, links, formulas, code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jats", "expected"),
    [
        ("<italic>cursief</italic>", "<em>cursief</em>"),
        ("<bold>vet</bold>", "<strong>vet</strong>"),
        ("<sc>klein kapitaal</sc>", '<span class="sc">klein kapitaal</span>'),
        ("<monospace>code</monospace>", "<code>code</code>"),
        ("<underline>onderstreept</underline>", "<u>onderstreept</u>"),
        ("H<sub>2</sub>O", "H<sub>2</sub>O"),
        ("m<sup>2</sup>", "m<sup>2</sup>"),
        ("<strike>doorgehaald</strike>", "<s>doorgehaald</s>"),
        ("<overline>streep</overline>", '<span class="overline">streep</span>'),
        ("<bold><italic>beide</italic></bold>", "<strong><em>beide</em></strong>"),
        ("regel<break/>nieuwe regel", "regel<br>nieuwe regel"),
        ("<named-content content-type='plaats'>Zwolle</named-content>", "Zwolle"),
        ("a &amp; b &lt; c &gt; d \u00a0e", "a &amp; b &lt; c &gt; d &nbsp;e"),
        ("<email>redactie@example.org</email>", '<a href="mailto:redactie@example.org">redactie@example.org</a>'),
        (
            "<ext-link ext-link-type='uri' xlink:href='https://example.org/rapport'>het rapport</ext-link>",
            '<a href="https://example.org/rapport">het rapport</a>',
        ),
        (
            "<ext-link ext-link-type='doi' xlink:href='10.5555/abc'>doi</ext-link>",
            '<a href="https://doi.org/10.5555/abc">doi</a>',
        ),
        ("<uri>http://example.org/a b</uri>", '<a href="http://example.org/a%20b">http://example.org/a b</a>'),
        ("<ext-link xlink:href='javascript:alert(1)'>klik</ext-link>", "klik"),
        ("<ext-link xlink:href='//elders.example/x'>elders</ext-link>", "elders"),
        (
            "<abbrev alt='Centraal Bureau voor de Statistiek'>CBS</abbrev>",
            '<abbr title="Centraal Bureau voor de Statistiek">CBS</abbr>',
        ),
    ],
)
def test_inline_markup(jats: str, expected: str) -> None:
    assert render.inline(fragment(f"<p {NAMESPACES}>{jats}</p>")) == expected


def test_inline_of_nothing_is_empty_and_titles_keep_their_markup() -> None:
    assert render.inline(None) == ""
    title = fragment(
        f"<article-title {NAMESPACES}>Het effect van <italic>samen</italic> lezen op CO<sub>2</sub></article-title>"
    )
    assert render.inline(title) == "Het effect van <em>samen</em> lezen op CO<sub>2</sub>"


def test_mathml_passes_through_prefixed_or_in_its_default_namespace() -> None:
    html_ = rendered(
        "<p>Inline <inline-formula><mml:math><mml:msup><mml:mi>a</mml:mi><mml:mn>2</mml:mn></mml:msup>"
        "</mml:math></inline-formula> en apart:</p>"
        '<disp-formula id="e1"><label>(3)</label><math xmlns="http://www.w3.org/1998/Math/MathML">'
        '<mfrac linethickness="1px"><mrow><mi mathvariant="bold">x</mi><mo stretchy="false">+</mo><mn>1</mn></mrow>'
        "<msqrt><mi>y</mi></msqrt></mfrac><mspace width='1em'/></math></disp-formula>"
    ).html
    assert '<span class="inline-formula"><math><msup><mi>a</mi><mn>2</mn></msup></math></span>' in html_
    assert (
        '<div id="eq-e1" class="disp-formula"><math display="block"><mfrac linethickness="1px"><mrow>'
        '<mi mathvariant="bold">x</mi><mo stretchy="false">+</mo><mn>1</mn></mrow><msqrt><mi>y</mi></msqrt></mfrac>'
        '<mspace width="1em"></mspace></math><span class="label">(3)</span></div>'
    ) in html_


def test_tex_shows_as_code_only_where_there_is_no_mathml() -> None:
    html_ = rendered(
        "<p><inline-formula><alternatives><tex-math>\\alpha</tex-math><mml:math><mml:mi>α</mml:mi></mml:math>"
        "</alternatives></inline-formula> en <inline-formula><tex-math><![CDATA[\\documentclass{article}"
        "\\begin{document}$x<y$\\end{document}]]></tex-math></inline-formula></p>"
    ).html
    assert '<span class="inline-formula"><math><mi>α</mi></math></span>' in html_
    assert '<span class="inline-formula"><code class="tex-math">$x&lt;y$</code></span>' in html_
    assert "\\alpha" not in html_


def test_hostile_mathml_is_filtered_whichever_way_it_is_written() -> None:
    html_ = rendered(
        '<p><inline-formula><mml:math><mml:mi onclick="steel()">x</mml:mi></mml:math></inline-formula>'
        "<inline-formula><mml:math><mml:mtext><script>alert(1)</script></mml:mtext></mml:math></inline-formula>"
        '<inline-formula><mml:math><mml:mi xlink:href="javascript:alert(2)">y</mml:mi>'
        "<mml:annotation-xml><p onload='x()'>z</p></mml:annotation-xml></mml:math></inline-formula></p>"
    ).html
    assert "onclick" not in html_ and "<script" not in html_ and "javascript:" not in html_ and "onload" not in html_
    assert "<mi>x</mi>" in html_ and "<mi>y</mi>" in html_
    assert "alert(1)" in html_  # as text, inside the formula


def test_code_and_preformatted_text() -> None:
    html_ = rendered(
        '<p>Het script:<code language="r">\nmodel &lt;- lm(y ~ x)\nsummary(model)</code></p>'
        "<preformat>  regel 1\n  regel 2</preformat><p>Inline <code>x = 1</code> ook.</p>"
    ).html
    assert '<pre class="code">model &lt;- lm(y ~ x)\nsummary(model)</pre>' in html_
    assert '<pre class="preformat">  regel 1\n  regel 2</pre>' in html_
    assert '<p>Inline <code class="code">x = 1</code> ook.</p>' in html_


def test_supplementary_material_and_media_link_to_the_articles_files() -> None:
    page = tree(
        rendered(
            '<supplementary-material id="s1" xlink:href="vragenlijst.pdf"><label>Bijlage S1</label>'
            "<caption><title>De vragenlijst</title><p>Zoals afgenomen in 2023.</p></caption></supplementary-material>"
            '<media id="v1" mimetype="video" xlink:href="gesprek.mp4"><caption><title>Een gesprek</title></caption></media>'
        ).html
    )
    supplement = page.xpath("//div[@id='supp-s1']")[0]
    assert supplement.xpath(".//a/@href") == ["bestanden/vragenlijst.pdf"]
    assert supplement.xpath(".//a/text()") == ["Bijlage S1"]
    assert "De vragenlijst" in supplement.text_content() and "Zoals afgenomen in 2023." in supplement.text_content()
    assert page.xpath("//div[@id='media-v1']//a/@href") == ["bestanden/gesprek.mp4"]
    assert page.xpath("//div[@id='media-v1']//a/text()") == ["Een gesprek"]


def test_back_matter_and_the_rarer_blocks() -> None:
    html_ = rendered(
        '<statement id="st1"><label>Stelling 1</label><title>Ouders weten het best</title><p>Meestal.</p></statement>'
        "<verse-group><title>Slaapliedje</title><verse-line>Slaap, kindje, slaap</verse-line>"
        "<verse-line>daar buiten loopt een schaap</verse-line></verse-group>"
        "<speech><speaker>Interviewer</speaker><p>Wat merkte u?</p></speech>"
        "<chem-struct-wrap><label>Structuur 1</label><chem-struct>C<sub>6</sub>H<sub>12</sub>O<sub>6</sub></chem-struct></chem-struct-wrap>",
        "<ack><p>Wij danken alle ouders.</p></ack><notes><title>Belangenverstrengeling</title><p>Geen.</p></notes>"
        "<sig-block><sig>De redactie</sig></sig-block>",
    ).html
    page = tree(html_)
    assert (
        page.xpath("//div[@id='stmt-st1']/p[@class='caption-title']")[0].text_content()
        == "Stelling 1 Ouders weten het best"
    )
    assert page.xpath("//div[@class='verse-group']/p[@class='verse-line']/text()") == [
        "Slaap, kindje, slaap",
        "daar buiten loopt een schaap",
    ]
    assert page.xpath("//div[@class='speech']/p/strong[@class='speaker']/text()") == ["Interviewer"]
    assert "C6H12O6" in page.xpath("//figure[@class='chem-struct-wrap']")[0].text_content()
    assert page.xpath("//section[@class='ack']/h2/text()") == ["Dankwoord"]  # no title of its own
    assert page.xpath("//section[@class='notes']/h2/text()") == ["Belangenverstrengeling"]
    assert page.xpath("//div[@class='sig-block']/p[@class='sig']/text()") == ["De redactie"]


def test_unknown_elements_degrade_to_their_text_never_to_nothing_or_markup() -> None:
    html_ = rendered(
        "<p>Een <wonderlijk-woord>onbekend <italic>woord</italic></wonderlijk-woord> in de zin.</p>"
        "<onbekend-blok><p>Een alinea in een onbekend blok.</p><p>En nog een.</p></onbekend-blok>"
        "<losse-tekst>Losse tekst zonder alinea.</losse-tekst>"
        "<p>Voor<!-- een opmerking van de zetter --> na<?zetter pagina-einde?> en verder.</p>"
    ).html
    assert html_ == (
        "<p>Een onbekend <em>woord</em> in de zin.</p>"
        "<p>Een alinea in een onbekend blok.</p><p>En nog een.</p>"
        "<p>Losse tekst zonder alinea.</p>"
        "<p>Voor na en verder.</p>"
    )


def test_hostile_markup_in_the_xml_never_survives() -> None:
    html_ = rendered(
        '<p onclick="steel()" style="display:none">Tekst <script>alert(document.cookie)</script> met '
        '<ext-link xlink:href="javascript:alert(1)">een link</ext-link>, <ext-link xlink:href="data:text/html,x">data</ext-link>, '
        '<uri>vbscript:msgbox</uri> en <inline-graphic xlink:href="javascript:alert(2)"/>.</p>'
        '<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://elders.example/"/>'
        '<fig id="x&quot; onload=&quot;alert(3)"><graphic xlink:href="a.png"/></fig>'
        '<sec id="s1"><title>&lt;img src=x onerror=alert(4)&gt;</title></sec>'
    ).html
    lowered = html_.lower()
    for bad in ("<script", "onclick", "style=", 'href="javascript', 'src="javascript', 'href="data', 'href="vbscript'):
        assert bad not in lowered, bad
    for bad in ("<iframe", 'onload="', "<img src=x", "<p></p>"):
        assert bad not in lowered, bad
    assert "alert(document.cookie)" in html_  # the text of an unknown element, escaped
    assert "&lt;img src=x onerror=alert(4)&gt;" in html_


def test_the_allow_list_keeps_the_rendering_and_drops_what_is_unsafe() -> None:
    kept = (
        '<section id="sec-1" class="ack"><h2>Titel</h2><p>Zie <a id="cite-b1" href="#ref-b1">[1]</a> en '
        '<a href="bestanden/data.csv">de data</a>.</p><figure id="fig-1" class="fig"><img src="bestanden/a.png" alt="A">'
        '<figcaption><p class="caption-title"><span class="label">Figuur 1</span></p></figcaption></figure>'
        '<div class="table-scroll" tabindex="0"><table><thead><tr><th scope="col" colspan="2">Kop</th></tr></thead>'
        '</table></div><aside class="boxed-text"><dl><dt>a</dt><dd>b</dd></dl></aside>'
        '<math display="block"><semantics><mrow><msubsup><mi mathvariant="normal">x</mi><mn>1</mn><mn>2</mn></msubsup>'
        '<mo stretchy="false">)</mo></mrow><annotation encoding="application/x-tex">x_1^2)</annotation></semantics></math></section>'
    )
    assert sanitize_html(kept) == kept
    dropped = sanitize_html(
        '<p class="button paywall sc" style="color:red" onmouseover="x()">a</p><div tabindex="5">b</div>'
        '<img src="//elders.example/pixel.gif" alt="c"><img src="/\\elders.example/pixel.gif" alt="d">'
        '<a href="javascript:alert(1)">e</a><script>f()</script><math><mi href="javascript:g()">h</mi></math>'
    )
    assert dropped == '<p class="sc">a</p><div>b</div><img alt="c"><img alt="d"><a>e</a><math><mi>h</mi></math>'


# --- Abstracts and citations -----------------------------------------------------------------------------------


def test_an_abstract_is_its_paragraphs_and_a_structured_one_keeps_its_sections() -> None:
    plain = fragment("<abstract><title>Samenvatting</title><p>Eén.</p><p>Twee.</p></abstract>")
    assert render.abstract(plain) == "<p>Eén.</p><p>Twee.</p>"
    structured = fragment(
        '<abstract><sec id="a1"><title>Doel</title><p>Weten wat werkt.</p></sec>'
        "<sec><title>Methode</title><p>Interviews met <italic>vijftig</italic> ouders.</p></sec></abstract>"
    )
    assert render.abstract(structured) == (
        "<section><h3>Doel</h3><p>Weten wat werkt.</p></section>"
        "<section><h3>Methode</h3><p>Interviews met <em>vijftig</em> ouders.</p></section>"
    )
    assert render.blocks(None) == ""


def test_a_citation_prints_as_in_the_source_with_its_doi() -> None:
    refs = article(back=REFERENCES).findall(".//ref")
    html_, doi = render.citation(refs[0])
    assert doi == "10.5555/ped.2021.1"
    assert text(html_) == "Bakker A. (2021). Ouders in de klas. Pedagogiek, 41, 1–9. 10.5555/ped.2021.1"
    assert '<a href="https://doi.org/10.5555/ped.2021.1">10.5555/ped.2021.1</a>' in html_
    html_, doi = render.citation(refs[1])
    assert (html_, doi) == ("Smit J, Vos K (2019). <em>Samen opvoeden</em>. Utrecht: Uitgeverij Noord.", "")


def test_a_resolver_printed_before_the_doi_joins_its_link() -> None:
    ref = fragment(
        f"<ref {NAMESPACES} id='r'><mixed-citation>Auteur (2020). Titel. "
        "https://doi.org/<pub-id pub-id-type='doi'>10.5555/z.4</pub-id></mixed-citation></ref>"
    )
    html_, doi = render.citation(ref)
    assert doi == "10.5555/z.4"
    assert html_.endswith('Titel. <a href="https://doi.org/10.5555/z.4">https://doi.org/10.5555/z.4</a>')


@pytest.mark.parametrize(
    ("inside", "doi"),
    [
        ("<pub-id pub-id-type='doi'>10.5555/ABC.1</pub-id>", "10.5555/abc.1"),
        (
            "<comment>doi: <ext-link xlink:href='http://dx.doi.org/10.5555/x.2'>10.5555/x.2</ext-link></comment>",
            "10.5555/x.2",
        ),
        ("<ext-link ext-link-type='doi' xlink:href='10.5555/y.3'>link</ext-link>", "10.5555/y.3"),
        ("<pub-id pub-id-type='doi'>geen doi</pub-id>", ""),
        ("<pub-id pub-id-type='pmid'>123456</pub-id>", ""),
    ],
)
def test_the_doi_of_a_reference(inside: str, doi: str) -> None:
    ref = fragment(f"<ref {NAMESPACES} id='r'><mixed-citation>Auteur. Titel. {inside}</mixed-citation></ref>")
    assert render.citation(ref)[1] == doi


# --- The real articles -----------------------------------------------------------------------------------------

SAMPLE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _samples(jats_samples: Path) -> list[Path]:
    paths = sorted(jats_samples.glob("*.xml"))
    assert paths, jats_samples
    return paths


def _rendered_parts(root: etree._Element) -> list[etree._Element]:
    """What the body shows: body, floats and back, without the reference lists (the page lists those)."""
    parts = [part for part in (root.find("body"), root.find("floats-group"), root.find("back")) if part is not None]
    return parts


def _in(parts: list[etree._Element], *tags: str) -> list[etree._Element]:
    found = []
    for part in parts:
        for element in part.iter(*tags):
            if not any(ancestor.tag == "ref-list" for ancestor in element.iterancestors()):
                found.append(element)
    return found


_FORMULAS = frozenset({"disp-formula", "inline-formula", "tex-math", f"{{{MATHML}}}math"})


def _source_text(element: etree._Element, into: list[str]) -> None:
    if element.text:
        into.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _FORMULAS:
            _source_text(child, into)
        if child.tail:
            into.append(child.tail)


def _words(element: etree._Element | None) -> str:
    """The text of a source element without its formulas (counted apart), whitespace dropped."""
    if element is None:
        return ""
    into: list[str] = []
    _source_text(element, into)
    return squeezed("".join(into))


def _shown(markup: str) -> str:
    """The text of rendered HTML without its formulas, whitespace dropped."""
    page = tree(markup)
    for formula in page.xpath("//*[@class='disp-formula' or @class='inline-formula' or local-name()='math']"):
        formula.drop_tree()
    return squeezed(page.text_content())


def test_the_real_articles_render_without_loss(jats_samples: Path) -> None:
    for path in _samples(jats_samples):
        root = etree.parse(str(path), SAMPLE_PARSER).getroot()
        result = render.body(root)
        assert sanitize_html(result.html) == result.html, path.name
        shown = _shown(result.html)
        parts = _rendered_parts(root)
        for title in (sec.find("title") for sec in _in(parts, "sec", "ack", "app", "glossary", "boxed-text")):
            assert _words(title) in shown, (path.name, _words(title))
        for float_ in _in(parts, "table-wrap", "fig"):
            assert _words(float_.find("caption")) in shown, (path.name, float_.get("id"))
            assert _words(float_.find("label")) in shown, (path.name, float_.get("id"))
        assert result.html.count('class="table-wrap"') == len(_in(parts, "table-wrap")), path.name
        assert result.html.count('class="fig"') == len(_in(parts, "fig")), path.name
        formulas = _in(parts, f"{{{MATHML}}}math")
        assert result.html.count("<math") == len(formulas), path.name
        assert result.html.count('class="disp-formula"') == len(_in(parts, "disp-formula")), path.name
        for paragraph in _in(parts, "p"):
            assert _words(paragraph)[:60] in shown, (path.name, _words(paragraph)[:60])
        cited = {
            rid
            for xref in _in(parts, "xref")
            for rid in (xref.get("rid") or "").split()
            if root.find(f".//ref-list/ref[@id='{rid}']") is not None
        }
        assert result.cited == cited, path.name


def test_every_reference_of_the_real_articles_prints_its_title(jats_samples: Path) -> None:
    for path in _samples(jats_samples):
        root = etree.parse(str(path), SAMPLE_PARSER).getroot()
        refs = root.findall(".//ref-list/ref")
        assert refs, path.name
        for ref in refs:
            citation, doi = render.citation(ref)
            assert sanitize_html(citation) == citation, (path.name, ref.get("id"))
            printed = squeezed(html_to_text(citation))
            for tag in ("article-title", "chapter-title", "data-title", "source", "surname", "collab"):
                for part in ref.iter(tag):
                    assert _words(part) in printed, (path.name, ref.get("id"), tag)
            source_dois = [
                squeezed("".join(pub.itertext())).lower()
                for pub in ref.iter("pub-id")
                if pub.get("pub-id-type") == "doi"
            ]
            if source_dois:
                assert doi == source_dois[0], (path.name, ref.get("id"))


# --- The article page ------------------------------------------------------------------------------------------

LONG_ARTICLE = """
<sec id="inl"><title>Inleiding</title><p>Ouders zoeken steun bij elkaar <xref ref-type="bibr" rid="r1">(Bakker, 2021)</xref>.</p></sec>
<sec id="met"><title>Methode</title><p>Wij spraken met vijftig ouders.</p>
<fig id="f1"><label>Figuur 1</label><caption><title>De wijken</title></caption><graphic xlink:href="wijken.png"/></fig></sec>
<sec id="res"><title>Resultaten</title><p>De meesten kwamen terug.</p></sec>
<sec id="dis"><title>Discussie</title><p>Geheime bevinding: GEHEIM-LICHAAM-7.</p></sec>
"""


@pytest.fixture
def rich_article(issue: Issue) -> Article:
    result = render.body(
        article(LONG_ARTICLE, "<ref-list><ref id='r1'><mixed-citation>Bakker (2021)</mixed-citation></ref></ref-list>")
    )
    the_article = factories.make_article(
        issue,
        title="Samen sterk",
        title_html="Samen <em>sterk</em>",
        subtitle="Ouders over groepswerk",
        abstract="Wij vroegen ouders wat groepswerk hun bracht.",
        abstract_html="<p>Wij vroegen ouders wat groepswerk hun <em>bracht</em>.</p>",
        body=result.html,
        elocation_id="e1042",
        first_page=None,
        last_page=None,
        received_on=datetime.date(2024, 1, 15),
        accepted_on=datetime.date(2024, 4, 2),
        history=[{"type": "rev-recd", "date": "2024-03-01"}],
        license="https://creativecommons.org/licenses/by/4.0/",
        license_text="Dit artikel mag worden gedeeld.",
        copyright_year=2024,
        copyright_holder="De auteurs",
        funding=[{"funder": "ZonMw", "funder_id": "https://doi.org/10.13039/501100001826", "awards": ["543-21"]}],
        funding_statement="Het onderzoek werd betaald door ZonMw.",
        authors=0,
    )
    first = Author.objects.create(
        given_names="Noor", surname="Jansen", orcid="0000-0002-1825-0097", email="noor@example.org"
    )
    second = Author.objects.create(given_names="Pim", surname="de Groot")
    Contribution.objects.create(
        article=the_article,
        author=first,
        position=0,
        affiliation="Hogeschool Rijnland\nUniversiteit Leiden",
        is_corresponding=True,
    )
    Contribution.objects.create(article=the_article, author=second, position=1, affiliation="Universiteit Leiden")
    ArticleTranslation.objects.create(
        article=the_article,
        language="en",
        title="Stronger together",
        abstract="<p>We asked parents.</p>",
        keywords="parents, groups",
    )
    Reference.objects.create(
        article=the_article,
        position=0,
        xml_id="r1",
        label="1",
        citation="Bakker, A. (2021). <em>Ouders in de klas</em>.",
        doi="10.5555/ped.2021.1",
        is_cited="r1" in result.cited,
    )
    Reference.objects.create(article=the_article, position=1, xml_id="r2", citation="Vos, K. (2020). Thuis.")
    return the_article


def test_a_subscriber_reads_the_body_with_its_table_of_contents(
    client: Client, subscriber, rich_article: Article
) -> None:
    page = html.fromstring(login(client, subscriber).get(rich_article.get_absolute_url()).content)
    assert "GEHEIM-LICHAAM-7" in page.xpath("//div[contains(@class, 'body')]")[0].text_content()
    toc = page.xpath("//nav[@class='toc']")[0]
    assert toc.xpath(".//a/@href") == ["#sec-inl", "#sec-met", "#sec-res", "#sec-dis"]
    assert toc.xpath(".//a/text()") == ["Inleiding", "Methode", "Resultaten", "Discussie"]
    assert page.xpath("//img/@src") == ["bestanden/wijken.png"]
    # The citation in the text and its reference link both ways.
    assert page.xpath("//a[@href='#ref-r1']/@id") == ["cite-r1"]
    assert page.xpath("//li[@id='ref-r1']//a[@class='backlink']/@href") == ["#cite-r1"]
    assert not page.xpath("//li[@id='ref-r2']//a[@class='backlink']")


def test_a_reader_without_access_gets_the_record_and_references_but_no_body(
    client: Client, rich_article: Article
) -> None:
    response = client.get(rich_article.get_absolute_url())
    assert b"GEHEIM-LICHAAM-7" not in response.content
    assert b"Methode" not in response.content  # no table of contents either
    page = html.fromstring(response.content)
    assert not page.xpath("//nav[@class='toc']") and not page.xpath("//div[contains(@class, 'body')]")
    assert " ".join(page.xpath("//h1")[0].text_content().split()) == "Samen sterk: Ouders over groepswerk"
    assert page.xpath("//h1/em/text()") == ["sterk"]
    assert page.xpath("//section[@class='abstract']//em/text()") == ["bracht"]
    # References are public, with their DOI, but nothing links back into a body that is not there.
    references = page.xpath("//ol[@class='reference-list']/li")
    assert [item.get("id") for item in references] == ["ref-r1", "ref-r2"]
    assert references[0].xpath(".//a[@class='doi']/@href") == ["https://doi.org/10.5555/ped.2021.1"]
    assert not page.xpath("//a[@class='backlink']")
    # Authors with numbered affiliations, ORCID and the corresponding author.
    assert page.xpath("//ul[@class='authors-full']//span[@class='author-name']/text()") == [
        "Noor Jansen",
        "Pim de Groot",
    ]
    assert page.xpath("//ol[@class='affiliations']/li/text()") == ["Hogeschool Rijnland", "Universiteit Leiden"]
    assert [" ".join(sup.text_content().split()) for sup in page.xpath("//sup[@class='affiliation-refs']")] == [
        "1,2",
        "2",
    ]
    assert "noor@example.org" in page.xpath("//span[@class='corresponding']")[0].text_content()
    assert page.xpath("//a[@class='orcid']/@href") == ["https://orcid.org/0000-0002-1825-0097"]
    # The translation in its language; dates, article number, licence, copyright, funding.
    translation = page.xpath("//section[@class='translation']/div[@lang='en']")[0]
    assert "Stronger together" in translation.text_content() and "We asked parents." in translation.text_content()
    facts = [
        (term.text_content(), " ".join(term.getnext().text_content().split()))
        for term in page.xpath("//dl[@class='facts']/dt")
    ]
    assert facts[2:6] == [
        ("Artikelnummer", "e1042"),
        ("Ontvangen", "15 januari 2024"),
        ("Herziene versie ontvangen", "1 maart 2024"),
        ("Geaccepteerd", "2 april 2024"),
    ]
    assert page.xpath("//a[@rel='license noopener']/@href") == ["https://creativecommons.org/licenses/by/4.0/"]
    rights = page.xpath("//section[@class='rights']")[0].text_content()
    assert "© 2024 De auteurs" in rights and "Dit artikel mag worden gedeeld." in rights
    funding = " ".join(page.xpath("//section[@class='funding']")[0].text_content().split())
    assert "ZonMw (subsidienummer 543-21)" in funding and "Het onderzoek werd betaald door ZonMw." in funding


def test_a_short_body_has_no_table_of_contents() -> None:
    three = rendered("".join(f"<sec><title>Deel {n}</title><p>Tekst.</p></sec>" for n in range(3))).html
    assert body_contents(three) == []
    four = rendered("".join(f"<sec><title>Deel {n}</title><p>Tekst.</p></sec>" for n in range(4))).html
    assert [entry.title for entry in body_contents(four)] == ["Deel 0", "Deel 1", "Deel 2", "Deel 3"]
    assert all(re.fullmatch(r"sec-\d+", entry.anchor) for entry in body_contents(four))


def test_a_figure_without_words_of_its_own_takes_those_of_the_box_it_is_in() -> None:
    page = tree(
        rendered(
            '<statement id="alg1"><label>Algoritme 1</label><p>Stappen:</p><fig id="alg1a">'
            '<graphic xlink:href="algoritme.png"/></fig></statement>'
        ).html
    )
    assert page.xpath("//img/@alt") == ["Algoritme 1"]
