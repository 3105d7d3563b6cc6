"""A demo article as a JATS 1.4 package (Journal Publishing tag set): what ``load`` gives the importer.

``article_xml(article, journal, issue, pdf_name=...)`` builds the document with lxml: the journal and
article metadata (ISSNs, DOI and publisher id, rubriek, contributors with their affiliations and
ORCID iDs, dates, volume, issue and pages, copyright and licence, abstract and keywords), the body
as nested ``sec``s with ``xref``s to the reference list and the tables, quotes as ``disp-quote``,
lists, tables as ``table-wrap``, and the back matter (acknowledgements, the reference list as
``mixed-citation``s). The importer reads it with ``jats.reader`` like any publisher's XML.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from lxml import etree

from journals.demo import content
from journals.demo.blocks import Block, Cite, Inline, Table, TableRef
from journals.demo.content import JournalSpec, Person
from journals.demo.plan import ArticlePlan, IssuePlan
from journals.demo.references import Work

XLINK = "http://www.w3.org/1999/xlink"
ALI = "http://www.niso.org/schemas/ali/1.0/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {"xlink": XLINK, "ali": ALI}


def _sub(parent: etree._Element, tag: str, text: str = "", attrib: dict[str, str] | None = None) -> etree._Element:
    element = etree.SubElement(parent, tag, attrib or {})
    if text:
        element.text = text
    return element


def _append_text(element: etree._Element, text: str) -> None:
    """Text after the element's last child (or as its text when it has none)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


class _Ids:
    """xml ids for the article's references and tables."""

    def __init__(self, references: Sequence[Work]) -> None:
        self.refs = {work: f"r{number}" for number, work in enumerate(references, 1)}

    def ref(self, work: Work) -> str:
        return self.refs[work]

    @staticmethod
    def table(number: int) -> str:
        return f"t{number}"


def _inline(parent: etree._Element, runs: Sequence[Inline], ids: _Ids) -> None:
    for run in runs:
        if isinstance(run, Cite):
            if run.narrative:
                work = run.works[0]
                _append_text(parent, f"{work.cite_names('en')} (")
                _sub(parent, "xref", str(work.year), {"ref-type": "bibr", "rid": ids.ref(work)})
                _append_text(parent, ")")
                continue
            _append_text(parent, "(")
            for index, (work, words) in enumerate(run.parts()):
                if index:
                    _append_text(parent, "; ")
                _sub(parent, "xref", words, {"ref-type": "bibr", "rid": ids.ref(work)})
            _append_text(parent, ")")
        elif isinstance(run, TableRef):
            _sub(parent, "xref", run.text(), {"ref-type": "table", "rid": ids.table(run.number)})
        else:
            _append_text(parent, run)


def _table(parent: etree._Element, table: Table) -> None:
    wrap = _sub(parent, "table-wrap", attrib={"id": _Ids.table(table.number), "position": "float"})
    _sub(wrap, "label", f"Tabel {table.number}")
    _sub(_sub(wrap, "caption"), "title", table.caption)
    grid = _sub(wrap, "table", attrib={"frame": "hsides", "rules": "groups"})
    head = _sub(_sub(grid, "thead"), "tr")
    for cell in table.header:
        _sub(head, "th", cell, {"scope": "col", "align": "left"})
    body = _sub(grid, "tbody")
    for row in table.rows:
        tr = _sub(body, "tr")
        for index, cell in enumerate(row):
            _sub(tr, "td", cell, {"align": "left" if index == 0 else "right"})
    if table.note:
        _sub(_sub(wrap, "table-wrap-foot"), "p", table.note)


def _block(parent: etree._Element, block: Block, ids: _Ids) -> None:
    if block.kind == "quote":
        quote = _sub(parent, "disp-quote")
        _inline(_sub(quote, "p"), block.text, ids)
        if block.attribution:
            _sub(quote, "attrib", block.attribution)
    elif block.kind == "question":
        _inline(_sub(_sub(parent, "p", attrib={"content-type": "question"}), "bold"), block.text, ids)
    elif block.kind == "list":
        listing = _sub(parent, "list", attrib={"list-type": "order" if block.ordered else "bullet"})
        for item in block.items:
            _inline(_sub(_sub(listing, "list-item"), "p"), item, ids)
    elif block.kind == "table" and block.table is not None:
        _table(parent, block.table)
    else:
        _inline(_sub(parent, "p"), block.text, ids)


def _body(article: etree._Element, blocks: Sequence[Block], ids: _Ids) -> None:
    """Blocks into ``<body>``: a ``h2`` opens a ``sec``, a ``h3`` a ``sec`` inside it."""
    body = _sub(article, "body")
    section: etree._Element | None = None
    subsection: etree._Element | None = None
    count = 0
    for block in blocks:
        if block.kind == "h2":
            count += 1
            section = _sub(body, "sec", attrib={"id": f"s{count}"})
            _sub(section, "title", "".join(str(run) for run in block.text))
            subsection = None
        elif block.kind == "h3":
            owner = section if section is not None else body
            number = len(owner.findall("sec")) + 1
            subsection = _sub(owner, "sec", attrib={"id": f"{owner.get('id') or 's0'}.{number}"})
            _sub(subsection, "title", "".join(str(run) for run in block.text))
        else:
            target = subsection if subsection is not None else section if section is not None else body
            _block(target, block, ids)


def _citation(ref: etree._Element, work: Work) -> None:
    """The work as printed (APA), its parts tagged: ``person-group``, ``year``, titles, ``source``, ``pub-id``."""
    kind = {"journal": "journal", "book": "book", "chapter": "book", "report": "report"}[work.kind]
    citation = _sub(ref, "mixed-citation", attrib={"publication-type": kind})
    if work.language != "nl":
        citation.set(XML_LANG, work.language)
    group = _sub(citation, "person-group", attrib={"person-group-type": "author"})
    for index, author in enumerate(work.authors):
        if index:
            _append_text(group, ", & " if index == len(work.authors) - 1 else ", ")
        name = _sub(group, "string-name")
        _sub(name, "surname", author.surname)
        _append_text(name, ", ")
        _sub(name, "given-names", author.initials)
    _append_text(citation, " (")
    _sub(citation, "year", str(work.year))
    _append_text(citation, "). ")
    if work.kind == "journal":
        _sub(citation, "article-title", work.title)
        _append_text(citation, " " if work.title.endswith(("?", "!")) else ". ")
        _sub(_sub(citation, "source"), "italic", work.source)
        if work.volume:
            _append_text(citation, ", ")
            _sub(citation, "volume", str(work.volume))
        if work.issue:
            _append_text(citation, "(")
            _sub(citation, "issue", work.issue)
            _append_text(citation, ")")
        if work.first_page and work.last_page:
            _append_text(citation, ", ")
            _sub(citation, "fpage", str(work.first_page))
            _append_text(citation, "–")
            _sub(citation, "lpage", str(work.last_page))
        _append_text(citation, ".")
    elif work.kind == "chapter":
        _sub(citation, "chapter-title", work.title)
        _append_text(citation, " In " if work.title.endswith(("?", "!")) else ". In ")
        editors = _sub(citation, "person-group", attrib={"person-group-type": "editor"})
        for index, editor in enumerate(work.editors):
            if index:
                _append_text(editors, " & " if index == len(work.editors) - 1 else ", ")
            name = _sub(editors, "string-name")
            _sub(name, "given-names", editor.initials)
            _append_text(name, " ")
            _sub(name, "surname", editor.surname)
        label = "Red." if work.language == "nl" else ("Ed." if len(work.editors) == 1 else "Eds.")
        _append_text(citation, f" ({label}), ")
        _sub(_sub(citation, "source"), "italic", work.book)
        if work.first_page and work.last_page:
            _append_text(citation, " (pp. ")
            _sub(citation, "fpage", str(work.first_page))
            _append_text(citation, "–")
            _sub(citation, "lpage", str(work.last_page))
            _append_text(citation, ")")
        _append_text(citation, ". ")
        _sub(citation, "publisher-name", work.source)
        _append_text(citation, ".")
    else:
        _sub(_sub(citation, "source"), "italic", work.title)
        _append_text(citation, " " if work.title.endswith(("?", "!")) else ". ")
        _sub(citation, "publisher-name", work.source)
        _append_text(citation, ".")
    if work.doi:
        _append_text(citation, " https://doi.org/")
        _sub(citation, "pub-id", work.doi, {"pub-id-type": "doi"})


def _date(parent: etree._Element, tag: str, day: datetime.date, attrib: dict[str, str]) -> None:
    element = _sub(parent, tag, attrib={**attrib, "iso-8601-date": day.isoformat()})
    _sub(element, "day", f"{day.day:02d}")
    _sub(element, "month", f"{day.month:02d}")
    _sub(element, "year", str(day.year))


def _contributors(meta: etree._Element, people: Sequence[Person]) -> None:
    group = _sub(meta, "contrib-group", attrib={"content-type": "authors"})
    affiliations: dict[str, str] = {}
    for person in people:
        if person.affiliation:
            affiliations.setdefault(person.affiliation, f"aff{len(affiliations) + 1}")
    for position, person in enumerate(people):
        contrib = _sub(group, "contrib", attrib={"contrib-type": "author"})
        if position == 0:
            contrib.set("corresp", "yes")
        if person.orcid:
            _sub(contrib, "contrib-id", f"https://orcid.org/{person.orcid}", {"contrib-id-type": "orcid"})
        name = _sub(contrib, "name")
        _sub(name, "surname", person.surname)
        _sub(name, "given-names", person.given_names)
        if person.affiliation:
            _sub(contrib, "xref", attrib={"ref-type": "aff", "rid": affiliations[person.affiliation]})
    for text, xml_id in affiliations.items():
        _sub(group, "aff", text, {"id": xml_id})


def article_xml(
    article: ArticlePlan,
    spec: JournalSpec,
    issue: IssuePlan,
    *,
    publisher_id: str,
    pdf_name: str = "",
) -> bytes:
    """The JATS 1.4 document of a demo article (``plan.ArticlePlan``) of ``issue`` (``plan.IssuePlan``)."""
    root = etree.Element("article", nsmap=NSMAP)
    root.set("dtd-version", "1.4")
    root.set("article-type", article.article_type)
    root.set(XML_LANG, "nl")
    front = _sub(root, "front")

    journal_meta = _sub(front, "journal-meta")
    _sub(journal_meta, "journal-id", spec.acronym or spec.slug, {"journal-id-type": "publisher-id"})
    titles = _sub(journal_meta, "journal-title-group")
    _sub(titles, "journal-title", spec.title)
    if spec.acronym:
        _sub(titles, "abbrev-journal-title", spec.acronym, {"abbrev-type": "publisher"})
    _sub(journal_meta, "issn", spec.issn_print, {"pub-type": "ppub", "publication-format": "print"})
    _sub(journal_meta, "issn", spec.issn_online, {"pub-type": "epub", "publication-format": "electronic"})
    _sub(_sub(journal_meta, "publisher"), "publisher-name", content.PUBLISHER_NAME)

    meta = _sub(front, "article-meta")
    _sub(meta, "article-id", publisher_id, {"pub-id-type": "publisher-id"})
    if article.doi:
        _sub(meta, "article-id", article.doi, {"pub-id-type": "doi"})
    subjects = _sub(_sub(meta, "article-categories"), "subj-group", attrib={"subj-group-type": "heading"})
    _sub(subjects, "subject", article.section)
    title_group = _sub(meta, "title-group")
    _sub(title_group, "article-title", article.title)
    if article.subtitle:
        _sub(title_group, "subtitle", article.subtitle)
    _contributors(meta, article.authors)
    if article.published_on is not None:
        _date(meta, "pub-date", article.published_on, {"publication-format": "electronic", "date-type": "pub"})
    collection = _sub(meta, "pub-date", attrib={"date-type": "collection", "iso-8601-date": str(issue.year)})
    _sub(collection, "year", str(issue.year))
    _sub(meta, "volume", str(issue.volume))
    _sub(meta, "issue", issue.number)
    if issue.title:
        _sub(meta, "issue-title", issue.title)
    _sub(meta, "fpage", str(article.first_page))
    _sub(meta, "lpage", str(article.last_page))
    if article.received_on is not None or article.accepted_on is not None:
        history = _sub(meta, "history")
        if article.received_on is not None:
            _date(history, "date", article.received_on, {"date-type": "received"})
        if article.accepted_on is not None:
            _date(history, "date", article.accepted_on, {"date-type": "accepted"})
    permissions = _sub(meta, "permissions")
    year = issue.published_on.year if issue.published_on else issue.year
    _sub(permissions, "copyright-statement", f"© {year} {content.PUBLISHER_NAME}")
    _sub(permissions, "copyright-year", str(year))
    _sub(permissions, "copyright-holder", content.PUBLISHER_NAME)
    if article.license:
        licence = _sub(permissions, "license", attrib={f"{{{XLINK}}}href": article.license})
        _sub(licence, f"{{{ALI}}}license_ref", article.license)
        _sub(
            licence,
            "license-p",
            "Dit artikel is open access en mag worden gedeeld en bewerkt onder de voorwaarden van de licentie.",
        )
    if pdf_name:
        _sub(meta, "self-uri", attrib={"content-type": "pdf", f"{{{XLINK}}}href": pdf_name})
    abstract = _sub(meta, "abstract")
    for paragraph in article.abstract.split("\n\n"):
        _sub(abstract, "p", paragraph.strip())
    keywords = [word.strip() for word in article.keywords.split(",") if word.strip()]
    if keywords:
        group = _sub(meta, "kwd-group", attrib={"kwd-group-type": "author", XML_LANG: "nl"})
        for word in keywords:
            _sub(group, "kwd", word)

    ids = _Ids(article.references)
    _body(root, article.blocks, ids)
    if article.back or article.references:
        back = _sub(root, "back")
        for number, (heading, text) in enumerate(article.back, 1):
            ack = _sub(back, "ack", attrib={"id": f"ack{number}"})
            _sub(ack, "title", heading)
            _sub(ack, "p", text)
        if article.references:
            ref_list = _sub(back, "ref-list", attrib={"id": "refs"})
            _sub(ref_list, "title", "Literatuur")
            for work in article.references:
                _citation(_sub(ref_list, "ref", attrib={"id": ids.ref(work)}), work)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
