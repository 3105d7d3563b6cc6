"""An ``ArticleRecord`` as a JATS 1.4 document (ANSI/NISO Z39.96-2024, Journal Publishing tag set, MathML 3).

``write(record, full_text=...)`` gives the XML as bytes, valid against the official XSD
``JATS-journalpublishing1-4-mathml3.xsd`` (the tests validate every document they export). The front
matter is always there; the body and the back matter the body carried (acknowledgements, appendices,
footnotes, glossary) only with ``full_text=True``, for a reader the access decision grants it.

The reference list is written in both cases: it is public, like the article page's literature list
(``journals.Reference`` renders for every visitor), and archives and indexers read citations from the
front-matter-only export too. Only the text of the body is what access gates.

Text with markup in the record is sanitised HTML; ``jats.html2jats`` turns it back into JATS. No DOCTYPE
is written: JATS 1.4 documents are identified by ``dtd-version`` and validated against the XSD.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from lxml import etree

from jats import html2jats
from jats.html2jats import ALI, MML, XLINK, XML_LANG, sub
from jats.record import ArticleRecord, Contributor, Funding, JournalRef, Translation
from jats.render import doi_of

NSMAP = {"xlink": XLINK, "mml": MML, "ali": ALI}
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


def _language(code: str) -> str:
    """``code`` as xml:lang takes it (a BCP 47 tag); 'und' (undetermined) for anything else."""
    code = code.strip().replace("_", "-")
    return code if _LANGUAGE.fullmatch(code) else ("und" if code else "")


def write(record: ArticleRecord, *, full_text: bool, pdf_href: str = "") -> bytes:
    """The JATS 1.4 XML of ``record``; the body and its back matter only when ``full_text``.

    ``pdf_href`` is where the PDF is (a URL, or a file name beside the XML in a package): a ``self-uri``.
    """
    article = etree.Element("article", nsmap=NSMAP)
    article.set("dtd-version", "1.4")
    article.set("article-type", record.article_type or "other")
    article.set(XML_LANG, _language(record.language) or "nl")
    front = sub(article, "front")
    _journal_meta(front, record.journal)
    _article_meta(front, record, pdf_href)
    converted: html2jats.Converted | None = None
    if full_text and record.body.strip():
        assets = {asset.name: (asset.label, asset.caption) for asset in record.assets}
        converted = html2jats.body(record.body, assets=assets)
        if len(converted.body):
            article.append(converted.body)
    back_matter = converted.back if converted is not None else []
    if record.references or back_matter:
        back = sub(article, "back")
        for element in back_matter:
            back.append(element)
        if record.references:
            _ref_list(back, record)
    if converted is not None and len(converted.floats):
        article.append(converted.floats)
    if converted is not None:
        html2jats.restore_alternatives(
            article, {asset.name: (asset.label, asset.caption) for asset in record.assets if asset.kind == "figure"}
        )
    html2jats.finish(article)
    _line_breaks(article)
    return etree.tostring(article, xml_declaration=True, encoding="UTF-8")


#: Front matter that holds only elements: each child on a line of its own.
_FRONT = frozenset(
    [
        "article",
        "front",
        "journal-meta",
        "journal-title-group",
        "publisher",
        "article-meta",
        "article-categories",
        "subj-group",
        "title-group",
        "trans-title-group",
        "contrib-group",
        "contrib",
        "name",
        "author-notes",
        "pub-date",
        "history",
        "date",
        "permissions",
        "license",
        "kwd-group",
        "funding-group",
        "award-group",
        "funding-source",
        "institution-wrap",
    ]
)
#: Text containers, and the blocks in them after which a line break changes nothing that is read or shown.
_CONTAINERS = frozenset(
    [
        "body",
        "back",
        "floats-group",
        "sec",
        "app",
        "app-group",
        "ack",
        "glossary",
        "notes",
        "bio",
        "fn-group",
        "fn",
        "ref-list",
        "ref",
        "citation-alternatives",
        "element-citation",
        "list",
        "list-item",
        "def-list",
        "def-item",
        "def",
        "fig",
        "fig-group",
        "table-wrap",
        "table-wrap-group",
        "table-wrap-foot",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "boxed-text",
        "disp-quote",
        "supplementary-material",
        "media",
        "statement",
        "verse-group",
        "speech",
        "sig-block",
        "chem-struct-wrap",
        "abstract",
        "trans-abstract",
    ]
)
_BLOCKS = frozenset(
    [
        "p",
        "sec",
        "list",
        "def-list",
        "table-wrap",
        "table-wrap-group",
        "table",
        "array",
        "fig",
        "fig-group",
        "graphic",
        "boxed-text",
        "disp-quote",
        "disp-formula",
        "disp-formula-group",
        "preformat",
        "code",
        "supplementary-material",
        "media",
        "statement",
        "verse-group",
        "speech",
        "chem-struct-wrap",
        "fn-group",
        "glossary",
        "ack",
        "app",
        "app-group",
        "notes",
        "bio",
        "sig-block",
        "ref-list",
        "table-wrap-foot",
        "caption",
        "title",
        "label",
        "list-item",
        "def-item",
        "term",
        "def",
        "fn",
        "ref",
        "mixed-citation",
        "element-citation",
        "citation-alternatives",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "attrib",
        "permissions",
        "alt-text",
        "object-id",
        "long-desc",
        "verse-line",
        "sig",
        "speaker",
        "term-head",
        "def-head",
        "pub-id",
    ]
)


def _line_breaks(article: etree._Element) -> None:
    """A line break after each block of an element that holds only elements, so the XML reads (and copies)
    well, without pretty printing, which would put white space into mixed content."""
    for element in article.iter():
        tag = element.tag
        if not isinstance(tag, str) or (tag not in _FRONT and tag not in _CONTAINERS):
            continue
        if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
            continue  # mixed content: its white space is text
        if len(element):
            element.text = "\n"
        for child in element:
            if isinstance(child.tag, str) and (tag in _FRONT or child.tag in _BLOCKS) and not child.tail:
                child.tail = "\n"


def _journal_meta(front: etree._Element, journal: JournalRef) -> None:
    meta = sub(front, "journal-meta")
    sub(meta, "journal-id", journal.abbreviation or journal.title, {"journal-id-type": "publisher-id"})
    if journal.title or journal.abbreviation:
        titles = sub(meta, "journal-title-group")
        if journal.title:
            sub(titles, "journal-title", journal.title)
        if journal.abbreviation:
            sub(titles, "abbrev-journal-title", journal.abbreviation, {"abbrev-type": "publisher"})
    if journal.issn_print:
        sub(meta, "issn", journal.issn_print, {"pub-type": "ppub", "publication-format": "print"})
    if journal.issn_online:
        sub(meta, "issn", journal.issn_online, {"pub-type": "epub", "publication-format": "electronic"})
    if not (journal.issn_print or journal.issn_online):
        # The tag set requires an ISSN; a journal without one gets an empty element rather than an invented number.
        sub(meta, "issn", "", {"publication-format": "electronic"})
    if journal.publisher_name:
        sub(sub(meta, "publisher"), "publisher-name", journal.publisher_name)


def _article_meta(front: etree._Element, record: ArticleRecord, pdf_href: str) -> None:
    meta = sub(front, "article-meta")
    if record.publisher_id:
        sub(meta, "article-id", record.publisher_id, {"pub-id-type": "publisher-id"})
    if record.doi:
        sub(meta, "article-id", record.doi, {"pub-id-type": "doi"})
    if record.section:
        group = sub(sub(meta, "article-categories"), "subj-group", attrib={"subj-group-type": "heading"})
        sub(group, "subject", record.section)
    _title_group(meta, record)
    _contributors(meta, record.contributors)
    _dates(meta, record)
    if record.volume is not None:
        sub(meta, "volume", str(record.volume))
    if record.issue_number:
        sub(meta, "issue", record.issue_number)
    if record.issue_title:
        sub(meta, "issue-title", record.issue_title)
    if record.first_page is not None:
        sub(meta, "fpage", str(record.first_page))
        if record.last_page is not None:
            sub(meta, "lpage", str(record.last_page))
    elif record.elocation_id:
        sub(meta, "elocation-id", record.elocation_id)
    _history(meta, record)
    _permissions(meta, record)
    if pdf_href:
        sub(meta, "self-uri", attrib={"content-type": "pdf", f"{{{XLINK}}}href": pdf_href})
    if record.abstract.strip():
        html2jats.abstract_into(sub(meta, "abstract"), record.abstract)
    for translation in record.translations:
        if translation.abstract.strip():
            html2jats.abstract_into(
                sub(meta, "trans-abstract", attrib={XML_LANG: _language(translation.language)}), translation.abstract
            )
    _keywords(meta, record.language or "nl", record.keywords)
    for translation in record.translations:
        _keywords(meta, translation.language, translation.keywords)
    _funding(meta, record.funding, record.funding_statement)


def _title_group(meta: etree._Element, record: ArticleRecord) -> None:
    group = sub(meta, "title-group")
    html2jats.inline_into(sub(group, "article-title"), record.title)
    if record.subtitle.strip():
        html2jats.inline_into(sub(group, "subtitle"), record.subtitle)
    for translation in record.translations:
        _trans_title_group(group, translation)


def _trans_title_group(group: etree._Element, translation: Translation) -> None:
    if not translation.title.strip():
        return  # trans-title is required; a translation of the abstract alone is a trans-abstract
    trans = sub(group, "trans-title-group", attrib={XML_LANG: _language(translation.language)})
    html2jats.inline_into(sub(trans, "trans-title"), translation.title)
    if translation.subtitle.strip():
        html2jats.inline_into(sub(trans, "trans-subtitle"), translation.subtitle)


def _contributors(meta: etree._Element, contributors: list[Contributor]) -> None:
    if not contributors:
        return
    group = sub(meta, "contrib-group", attrib={"content-type": "authors"})
    affiliations: dict[str, str] = {}
    for contributor in contributors:
        for text in contributor.affiliations:
            affiliations.setdefault(text, f"aff{len(affiliations) + 1}")
    corresponding = [c for c in contributors if c.corresponding]
    for contributor in contributors:
        contrib = sub(group, "contrib", attrib={"contrib-type": "author"})
        if contributor.corresponding:
            contrib.set("corresp", "yes")
        if contributor.orcid:
            sub(contrib, "contrib-id", f"https://orcid.org/{contributor.orcid}", {"contrib-id-type": "orcid"})
        name = sub(contrib, "name")
        if contributor.surname:
            sub(name, "surname", contributor.surname)
        if contributor.given_names or not contributor.surname:
            sub(name, "given-names", contributor.given_names)
        if contributor.email:
            sub(contrib, "email", contributor.email)
        for text in contributor.affiliations:
            sub(contrib, "xref", attrib={"ref-type": "aff", "rid": affiliations[text]})
        if contributor.corresponding:
            sub(contrib, "xref", attrib={"ref-type": "corresp", "rid": f"cor{corresponding.index(contributor) + 1}"})
    for text, xml_id in affiliations.items():
        sub(group, "aff", text, {"id": xml_id})
    if corresponding:
        notes = sub(meta, "author-notes")
        for number, contributor in enumerate(corresponding, 1):
            corresp = sub(notes, "corresp", attrib={"id": f"cor{number}"})
            name = f"{contributor.given_names} {contributor.surname}".strip()
            if contributor.email:
                corresp.text = f"{name}, "
                sub(corresp, "email", contributor.email)
            else:
                corresp.text = name


def _date(parent: etree._Element, tag: str, day: datetime.date, attrib: dict[str, str]) -> None:
    element = sub(parent, tag, attrib={**attrib, "iso-8601-date": day.isoformat()})
    sub(element, "day", f"{day.day:02d}")
    sub(element, "month", f"{day.month:02d}")
    sub(element, "year", str(day.year))


def _dates(meta: etree._Element, record: ArticleRecord) -> None:
    if record.published_on is not None:
        _date(meta, "pub-date", record.published_on, {"publication-format": "electronic", "date-type": "pub"})
    if record.year is not None:
        # The issue's year: the volume the article belongs to, whenever it went online.
        collection = sub(meta, "pub-date", attrib={"date-type": "collection", "iso-8601-date": str(record.year)})
        sub(collection, "year", str(record.year))
    if record.published_on is None and record.year is None:
        sub(meta, "pub-date-not-available")


def _history(meta: etree._Element, record: ArticleRecord) -> None:
    dates: list[tuple[str, datetime.date]] = []
    if record.received_on is not None:
        dates.append(("received", record.received_on))
    dates.extend((entry.type, entry.date) for entry in record.history)
    if record.accepted_on is not None:
        dates.append(("accepted", record.accepted_on))
    if dates:
        history = sub(meta, "history")
        for kind, day in dates:
            _date(history, "date", day, {"date-type": kind})


def _permissions(meta: etree._Element, record: ArticleRecord) -> None:
    if not (
        record.copyright_statement
        or record.copyright_year
        or record.copyright_holder
        or record.license_url
        or record.license_text
    ):
        return
    permissions = sub(meta, "permissions")
    if record.copyright_statement:
        sub(permissions, "copyright-statement", record.copyright_statement)
    if record.copyright_year is not None:
        sub(permissions, "copyright-year", str(record.copyright_year))
    if record.copyright_holder:
        sub(permissions, "copyright-holder", record.copyright_holder)
    if record.license_url or record.license_text:
        license = sub(permissions, "license")
        if record.license_url:
            license.set(f"{{{XLINK}}}href", record.license_url)
            sub(license, f"{{{ALI}}}license_ref", record.license_url)
        if record.license_text:
            sub(license, "license-p", record.license_text)


def _keywords(meta: etree._Element, language: str, keywords: Iterable[str]) -> None:
    words = [word for word in keywords if word.strip()]
    if not words:
        return
    group = sub(meta, "kwd-group", attrib={"kwd-group-type": "author", XML_LANG: _language(language) or "und"})
    for word in words:
        sub(group, "kwd", word)


def _institution_id_type(funder_id: str) -> str:
    if "10.13039/" in funder_id:
        return "doi"  # the Open Funder Registry names its funders by DOI
    if "ror.org/" in funder_id:
        return "ror"
    return "other"


def _funding(meta: etree._Element, funding: list[Funding], statement: str) -> None:
    if not funding and not statement:
        return
    group = sub(meta, "funding-group")
    for number, funder in enumerate(funding, 1):
        award = sub(group, "award-group", attrib={"id": f"fund{number}"})
        if funder.funder or funder.funder_id:
            _funding_source(award, funder)
        for award_id in funder.awards:
            sub(award, "award-id", award_id)
    if statement:
        sub(group, "funding-statement", statement)


def _funding_source(award: etree._Element, funder: Funding) -> None:
    wrap = sub(sub(award, "funding-source"), "institution-wrap")
    sub(wrap, "institution", funder.funder)
    if funder.funder_id:
        kind = _institution_id_type(funder.funder_id)
        attrib = {"institution-id-type": kind}
        if kind == "doi":
            attrib |= {"vocab": "open-funder-registry", "vocab-identifier": "10.13039/open-funder-registry"}
        sub(wrap, "institution-id", funder.funder_id, attrib)


def _ref_list(back: etree._Element, record: ArticleRecord) -> None:
    ref_list = sub(back, "ref-list")
    for number, reference in enumerate(record.references, 1):
        ref = sub(ref_list, "ref", attrib={"id": html2jats.xml_id(reference.xml_id, f"ref{number}")})
        if reference.label:
            sub(ref, "label", reference.label)
        citation = etree.Element("mixed-citation")
        html2jats.inline_into(citation, reference.citation)
        if reference.doi and not _cites_doi(citation, reference.doi):
            # The citation as printed does not show its DOI: a structured alternative carries it, so the
            # printed text stays as it was.
            alternatives = sub(ref, "citation-alternatives")
            alternatives.append(citation)
            structured = sub(alternatives, "element-citation")
            sub(structured, "pub-id", reference.doi, {"pub-id-type": "doi"})
        else:
            ref.append(citation)


def _cites_doi(citation: etree._Element, doi: str) -> bool:
    return any(
        element.get("pub-id-type") == "doi" and doi_of(element.text or "") == doi.lower()
        for element in citation.iter("pub-id")
    )
