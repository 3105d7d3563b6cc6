"""JATS XML to an ``ArticleRecord``: what an article's XML says, checked, in the record's shape.

Reads JATS 1.1, 1.2, 1.3 and 1.4 (Journal Publishing and Archiving and Interchange tag sets) and
NLM 3.0, with or without a DOCTYPE; the document comes from ``jats.xmlsafe.parse``. Text with
markup goes through ``jats.render`` (titles and citations inline, abstracts and the body as blocks).

What the content gets wrong is collected, not raised one at a time: ``read`` raises one
``RecordError`` with every ``Problem`` (message in Dutch, line, element) once it has read it all.
Whether the journal exists is not the reader's question but the importer's.

Choices where JATS leaves room:

* Language: ``article/@xml:lang`` (``EN`` is ``en``); JATS's own default, ``en``, when absent.
* The abstract is the first ``abstract`` without ``@abstract-type`` in the article's language, else
  the first without a type, else the first that is not graphical or a teaser; an ``abstract`` in
  another language counts as that language's ``trans-abstract``.
* Keywords: every ``kwd-group`` in the article's language (or without one); a comma inside a keyword
  becomes a semicolon, since the model keeps keywords comma-separated.
* Contributors are the ``contrib``s of type author (or without a type) of the article's
  ``contrib-group``s, in order; a ``collab`` is a contributor whose surname is the group's name.
  A ``string-name`` without parts is split into given names and surname, keeping Dutch particles
  (``van der``) with the surname. Name suffixes and prefixes are not kept.
* Affiliations: those an author's ``xref ref-type="aff"`` points to, then any ``aff`` inside the
  ``contrib``; when nobody in a group links an affiliation, the group's own ``aff``s (and, when no
  one in the article does, the article's) apply to each of its authors.
* Dates need a year, month and day to be dates; a publication date with only a year gives the
  issue's year. The published date is the ``pub`` date (JATS 1.1+) or else the ``epub``, ``ppub`` or
  untyped one; the year is that of the ``collection`` (or ``ppub``) date, else the published one.
* Files: a figure, table image or supplementary file the XML refers to is an ``Asset`` with the
  bytes from ``files``; when the package had files at all, a referred-to file that is missing is a
  problem (an XML file on its own imports without its files, and leaves the stored ones alone).
  A file may be shipped with another extension than the reference has, or with one where the
  reference has none (``pone.0119074.g001`` and ``pone.0119074.g001.tif``).
* The PDF is the file a ``self-uri`` of type pdf names, or else the only PDF beside the XML.
"""

from __future__ import annotations

import datetime
import mimetypes
import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lxml import etree

from jats import render
from jats.package import stem
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
from journals.identifiers import normalize_doi, normalize_issn, normalize_orcid

__all__ = ["Problem", "RecordError", "read"]

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ALI = "http://www.niso.org/schemas/ali/1.0/"

#: JATS @article-type values that are Leeszaal article types (journals.models.Article.Type); others: "other".
ARTICLE_TYPES = {
    "research-article": "research-article",
    "review-article": "review-article",
    "case-report": "case-report",
    "editorial": "editorial",
    "book-review": "book-review",
    "interview": "interview",
    "systematic-review": "review-article",
    "product-review": "book-review",
}
#: Abstract types that are not the article's abstract.
SKIPPED_ABSTRACTS = {"graphical", "teaser", "web-summary"}
#: Words that start a Dutch (or German, French) surname: "Jan van der Berg" has the surname "van der Berg".
PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "von", "du", "la", "le", "d'", "op", "in"}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januari"),
            ("feb", "february", "februari"),
            ("mar", "march", "maart", "mrt"),
            ("apr", "april"),
            ("may", "mei"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august", "augustus"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_ISSUE = re.compile(r"^[0-9]{1,3}(-[0-9]{1,3})?$")
_WEB_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")


@dataclass
class Problem:
    """One thing wrong with a document: a Dutch message, and where (line, element) when known."""

    message: str
    line: int | None = None
    element: str = ""

    def __str__(self) -> str:
        where = []
        if self.line:
            where.append(_("regel %(line)s") % {"line": self.line})
        if self.element:
            where.append(f"<{self.element}>")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class RecordError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems))


@dataclass
class _Context:
    problems: list[Problem] = field(default_factory=list)

    def problem(self, message: str, element: etree._Element | None = None) -> None:
        if element is None:
            self.problems.append(Problem(message))
        else:
            self.problems.append(Problem(message, element.sourceline, _tag(element)))


def read(root: etree._Element, *, source: str = "", files: Mapping[str, bytes] | None = None) -> ArticleRecord:
    """The record of the article ``root`` (an ``<article>``), or ``RecordError`` listing every problem."""
    context = _Context()
    article = root
    if _tag(root) != "article":
        inner = root.find("article")  # a pmc-articleset or a similar wrapper around one article
        if inner is None:
            raise RecordError(
                [
                    Problem(
                        _("Dit is geen JATS-artikel: het hoofdelement is <%(tag)s>, niet <article>.")
                        % {"tag": _tag(root)},
                        root.sourceline,
                        _tag(root),
                    )
                ]
            )
        article = inner
    front = article.find("front")
    meta = front.find("article-meta") if front is not None else None
    if meta is None:
        raise RecordError([Problem(_("Het artikel heeft geen <article-meta>."), article.sourceline, _tag(article))])
    record = ArticleRecord(source=source)
    record.language = _language(article.get(XML_LANG)) or "en"
    record.article_type = ARTICLE_TYPES.get((article.get("article-type") or "").strip().lower(), "other")
    journal_meta = front.find("journal-meta") if front is not None else None
    record.journal = _journal(journal_meta, context)
    _ids(meta, record, context)
    record.section = _section(meta)
    _titles(meta, record, context)
    record.contributors = _contributors(meta, record.language, context)
    _dates(meta, record, context)
    _numbers(meta, record, context)
    _permissions(meta, record, context)
    _abstracts_and_keywords(meta, record)
    _funding(meta, record)
    rendered = render.body(article)
    record.body = rendered.html
    record.references = _references(article, rendered.cited)
    record.assets = _assets(article, files, context)
    record.pdf = _pdf(meta, files, context)
    if context.problems:
        raise RecordError(context.problems)
    return record


# Small readers ------------------------------------------------------------------------------------


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _text(element: etree._Element | None) -> str:
    """The element's text with its whitespace collapsed."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _text_without(element: etree._Element, skipped: set[str]) -> str:
    """The element's text, leaving out the children named in ``skipped`` (but not their tails)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and _tag(child) not in skipped:
            parts.append(_text_without(child, skipped))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _language(value: str | None) -> str:
    if not value:
        return ""
    return value.strip().lower().replace("_", "-").split("-")[0][:5]


def _int(element: etree._Element | None, context: _Context, what: str) -> int | None:
    text = _text(element)
    if not text:
        return None
    if not text.isdigit() or int(text) > 2_000_000_000:
        context.problem(_("%(what)s '%(value)s' is geen geheel getal.") % {"what": what, "value": text}, element)
        return None
    return int(text)


def _message(error: ValidationError) -> str:
    return " ".join(str(message) for message in error.messages)


# Journal and identifiers --------------------------------------------------------------------------


def _journal(meta: etree._Element | None, context: _Context) -> JournalRef:
    journal = JournalRef()
    if meta is None:
        return journal
    journal.title = _text(meta.find("journal-title-group/journal-title")) or _text(meta.find("journal-title"))
    journal.abbreviation = _text(meta.find("journal-title-group/abbrev-journal-title")) or _text(
        meta.find("abbrev-journal-title")
    )
    journal.publisher_name = _text(meta.find("publisher/publisher-name"))
    for issn in meta.findall("issn"):
        value = _text(issn)
        if not value:
            continue
        try:
            value = normalize_issn(value)
        except ValidationError as error:
            context.problem(_message(error), issn)
            continue
        kind = (issn.get("pub-type") or issn.get("publication-format") or "").lower()
        if kind in ("epub", "electronic", "online"):
            journal.issn_online = journal.issn_online or value
        elif kind in ("ppub", "print"):
            journal.issn_print = journal.issn_print or value
        elif not journal.issn_print:
            journal.issn_print = value
        elif not journal.issn_online:
            journal.issn_online = value
    return journal


def _ids(meta: etree._Element, record: ArticleRecord, context: _Context) -> None:
    dois = [element for element in meta.findall("article-id") if element.get("pub-id-type") == "doi"]
    # The article's own DOI, not that of one version of it (eLife's specific-use="version").
    plain = [element for element in dois if not element.get("specific-use")]
    chosen = (plain or dois)[:1]
    for element in chosen:
        try:
            record.doi = normalize_doi(_text(element))
        except ValidationError as error:
            context.problem(_message(error), element)
    for element in meta.findall("article-id"):
        if element.get("pub-id-type") == "publisher-id" and not record.publisher_id:
            record.publisher_id = _text(element)


def _section(meta: etree._Element) -> str:
    groups = meta.findall("article-categories/subj-group")
    for wanted in ("heading", "display-channel"):
        for group in groups:
            if (group.get("subj-group-type") or "").lower() == wanted:
                subject = _text(group.find("subject"))
                if subject:
                    return subject
    if len(groups) == 1 and not groups[0].get("subj-group-type"):
        return _text(groups[0].find("subject"))
    return ""


# Titles -------------------------------------------------------------------------------------------


def _translation(record: ArticleRecord, language: str) -> Translation:
    for translation in record.translations:
        if translation.language == language:
            return translation
    translation = Translation(language=language)
    record.translations.append(translation)
    return translation


def _titles(meta: etree._Element, record: ArticleRecord, context: _Context) -> None:
    group = meta.find("title-group")
    title = group.find("article-title") if group is not None else None
    if title is not None:
        record.title = render.inline(title)
    if not _text(title):
        context.problem(_("Het artikel heeft geen titel (article-title)."), title if title is not None else meta)
        return
    assert group is not None
    subtitle = group.find("subtitle")
    if subtitle is not None and _text(subtitle):
        record.subtitle = render.inline(subtitle)
    for trans in group.findall("trans-title-group"):
        language = _language(trans.get(XML_LANG))
        if not language or language == record.language:
            continue
        translation = _translation(record, language)
        trans_title = trans.find("trans-title")
        if trans_title is not None and _text(trans_title) and not translation.title:
            translation.title = render.inline(trans_title)
        trans_subtitle = trans.find("trans-subtitle")
        if trans_subtitle is not None and _text(trans_subtitle) and not translation.subtitle:
            translation.subtitle = render.inline(trans_subtitle)
    # NLM 2.x put trans-title directly in the title-group.
    for trans_title in group.findall("trans-title"):
        language = _language(trans_title.get(XML_LANG))
        if language and language != record.language and _text(trans_title):
            translation = _translation(record, language)
            translation.title = translation.title or render.inline(trans_title)


# Contributors -------------------------------------------------------------------------------------


def _affiliation_text(aff: etree._Element) -> str:
    """An affiliation as one line: 'Universiteit Utrecht, Utrecht, Nederland'.

    Parts given as elements without punctuation between them (eLife's institution, city, country)
    are joined with commas; the label, identifiers (ROR) and links are left out.
    """
    skipped = {"label", "institution-id", "xref", "email", "uri", "ext-link", "fn"}
    pieces: list[str] = []
    separated = bool((aff.text or "").strip())
    for child in aff:
        if not isinstance(child.tag, str) or _tag(child) in skipped:
            if (child.tail or "").strip():
                separated = True
            continue
        if (child.tail or "").strip():
            separated = True
    if separated:
        return _text_without(aff, skipped)
    for child in aff:
        if not isinstance(child.tag, str) or _tag(child) in skipped:
            continue
        if _tag(child) in ("institution-wrap", "addr-line") and len(child):
            piece = _affiliation_text(child)
        else:
            piece = _text_without(child, skipped)
        if piece:
            pieces.append(piece)
    return ", ".join(pieces)


def _affiliations_by_id(meta: etree._Element, language: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for alternatives in meta.iter("aff-alternatives"):
        affs = alternatives.findall("aff")
        chosen = next((aff for aff in affs if _language(aff.get(XML_LANG)) == language), affs[0] if affs else None)
        if alternatives.get("id") and chosen is not None:
            found[alternatives.get("id") or ""] = _affiliation_text(chosen)
    for aff in meta.iter("aff"):
        xml_id = aff.get("id")
        if xml_id and xml_id not in found:
            found[xml_id] = _affiliation_text(aff)
    return found


def _split_string_name(text: str) -> tuple[str, str]:
    """'Jan van der Berg' -> ('Jan', 'van der Berg'); 'Berg, Jan' -> ('Jan', 'Berg')."""
    if "," in text:
        surname, _comma, given = text.partition(",")
        return given.strip(), surname.strip()
    words = text.split()
    if len(words) < 2:
        return "", text
    for index in range(1, len(words) - 1):
        if words[index].lower() in PARTICLES:
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words[:-1]), words[-1]


def _name(contrib: etree._Element) -> tuple[str, str] | None:
    """(given names, surname) of a contributor, or None when it has no name."""
    name = contrib.find("name")
    if name is None:
        alternatives = contrib.find("name-alternatives")
        if alternatives is not None:
            name = alternatives.find("name")
            if name is None:
                name = alternatives.find("string-name")
    if name is None:
        name = contrib.find("string-name")
    if name is not None:
        surname = _text(name.find("surname"))
        given = _text(name.find("given-names"))
        if _tag(name) == "string-name" and not surname and not given:
            given, surname = _split_string_name(_text(name))
        if not surname and given:
            surname, given = given, ""  # a single name (JATS allows given-names alone)
        if surname:
            return given, surname
    collab = contrib.find("collab")
    if collab is None:
        collab = contrib.find("collab-alternatives/collab")
    if collab is not None:
        text = _text_without(collab, {"contrib-group", "xref", "fn", "email", "address", "aff", "uri"})
        if text:
            return "", text
    return None


def _orcid(contrib: etree._Element, context: _Context) -> str:
    candidates = []
    for element in contrib.findall("contrib-id"):
        if (element.get("contrib-id-type") or "").lower() == "orcid" or "orcid.org" in _text(element):
            candidates.append((element, _text(element)))
    for element in contrib.findall("uri") + contrib.findall("ext-link"):
        href = element.get(XLINK_HREF) or _text(element)
        if (element.get("content-type") or "").lower() == "orcid" or "orcid.org" in href:
            candidates.append((element, href))
    for element, value in candidates[:1]:
        try:
            return normalize_orcid(value)
        except ValidationError as error:
            context.problem(_message(error), element)
    return ""


def _contributors(meta: etree._Element, language: str, context: _Context) -> list[Contributor]:
    by_id = _affiliations_by_id(meta, language)
    corresp_emails: dict[str, list[str]] = {}
    for corresp in meta.findall("author-notes/corresp"):
        if corresp.get("id"):
            corresp_emails[corresp.get("id") or ""] = [_text(email) for email in corresp.iter("email")]
    groups = meta.findall("contrib-group")
    anyone_links = any(
        xref.get("ref-type") == "aff" for group in groups for contrib in group.findall("contrib") for xref in contrib
    )
    contributors: list[Contributor] = []
    orcids: dict[str, etree._Element] = {}
    for group in groups:
        contribs = [
            contrib
            for contrib in group.findall("contrib")
            if (contrib.get("contrib-type") or "author").strip().lower() == "author"
        ]
        group_links = any(xref.get("ref-type") == "aff" for contrib in contribs for xref in contrib.findall("xref"))
        shared = []
        if not group_links:
            shared = [_affiliation_text(aff) for aff in group.findall("aff")]
            if not shared and not anyone_links:
                shared = [_affiliation_text(aff) for aff in meta.findall("aff")]
        for contrib in contribs:
            names = _name(contrib)
            if names is None:
                if contrib.find("anonymous") is None:
                    context.problem(_("Een auteur zonder naam (name, string-name of collab)."), contrib)
                continue
            given, surname = names
            person = Contributor(surname=surname, given_names=given)
            person.orcid = _orcid(contrib, context)
            if person.orcid:
                if person.orcid in orcids:
                    context.problem(_("ORCID iD %(orcid)s staat bij twee auteurs.") % {"orcid": person.orcid}, contrib)
                orcids[person.orcid] = contrib
            emails = [_text(email) for email in contrib.findall("email")] + [
                _text(email) for email in contrib.findall("address/email")
            ]
            person.corresponding = (contrib.get("corresp") or "").lower() == "yes"
            affiliations: list[str] = []
            for xref in contrib.findall("xref"):
                kind = xref.get("ref-type")
                for rid in (xref.get("rid") or "").split():
                    if kind == "aff" and rid in by_id:
                        affiliations.append(by_id[rid])
                    elif kind == "corresp":
                        person.corresponding = True
                        if len(corresp_emails.get(rid, [])) == 1:
                            emails.append(corresp_emails[rid][0])
            for aff in contrib.findall("aff"):
                affiliations.append(_affiliation_text(aff))
            if not affiliations:
                affiliations = list(shared)
            person.affiliations = list(dict.fromkeys(text for text in affiliations if text))
            person.email = next((email for email in emails if "@" in email and len(email) <= 254), "")
            contributors.append(person)
    return contributors


# Dates and numbers --------------------------------------------------------------------------------


@dataclass
class _Date:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def full(self) -> datetime.date | None:
        if self.month is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)


def _month(text: str) -> int | None:
    text = text.strip().lower().rstrip(".")
    if text.isdigit():
        return int(text)
    return _MONTHS.get(text)


def _date(element: etree._Element, context: _Context) -> _Date | None:
    """The date an element gives (year, month, day children, or @iso-8601-date); a problem if it does not exist."""
    year_text = _text(element.find("year"))
    month_text = _text(element.find("month"))
    day_text = _text(element.find("day"))
    if not year_text and element.get("iso-8601-date"):
        year_text, _dash, rest = (element.get("iso-8601-date") or "").strip().partition("-")
        month_text, _dash, day_text = rest.partition("-")
    if not year_text:
        return None
    shown = "-".join(part for part in (year_text, month_text, day_text) if part)
    month = _month(month_text) if month_text else None
    if not year_text.isdigit() or (month_text and month is None) or (day_text and not day_text.isdigit()):
        context.problem(_("De datum %(date)s is onleesbaar.") % {"date": shown}, element)
        return None
    date = _Date(int(year_text), month, int(day_text) if day_text else None)
    try:
        datetime.date(date.year, date.month or 1, date.day or 1)
    except ValueError:
        context.problem(_("De datum %(date)s bestaat niet.") % {"date": shown}, element)
        return None
    if date.year < 1000:
        context.problem(_("De datum %(date)s bestaat niet.") % {"date": shown}, element)
        return None
    return date


def _pub_kind(element: etree._Element) -> str:
    return (element.get("date-type") or element.get("pub-type") or "").strip().lower()


def _dates(meta: etree._Element, record: ArticleRecord, context: _Context) -> None:
    dated: list[tuple[str, _Date]] = []
    for element in meta.findall("pub-date"):
        date = _date(element, context)
        if date is not None:
            dated.append((_pub_kind(element), date))
    published: _Date | None = None
    for wanted in ("pub", "epub", "epub-ppub", "ppub", ""):
        published = next((date for kind, date in dated if kind == wanted and date.full), None)
        if published is not None:
            break
    record.published_on = published.full if published is not None else None
    year: int | None = None
    for wanted in ("collection", "ppub", "epub-ppub"):
        year = next((date.year for kind, date in dated if kind == wanted), None)
        if year is not None:
            break
    if year is None:
        if published is not None:
            year = published.year
        else:
            year = next(
                (date.year for kind, date in dated if kind in ("pub", "epub", "")), dated[0][1].year if dated else None
            )
    record.year = year
    events = meta.findall("history/date") + meta.findall("pub-history/event/date")
    for element in events:
        kind = (element.get("date-type") or "").strip().lower()
        date = _date(element, context)
        if date is None or date.full is None or not kind:
            continue
        if kind == "received" and record.received_on is None:
            record.received_on = date.full
        elif kind == "accepted" and record.accepted_on is None:
            record.accepted_on = date.full
        else:
            record.history.append(HistoryDate(type=kind, date=date.full))


def _numbers(meta: etree._Element, record: ArticleRecord, context: _Context) -> None:
    volume = meta.find("volume")
    record.volume = _int(volume, context, _("De jaargang"))
    if record.volume is not None and record.volume > 32767:
        context.problem(_("De jaargang %(volume)s is te groot.") % {"volume": record.volume}, volume)
    issue = meta.find("issue")
    number = _text(issue)
    if number:
        normal = re.sub(r"\s*[-/–—&]\s*", "-", number)
        if _ISSUE.match(normal):
            number = "-".join(str(int(part)) for part in normal.split("-"))
        else:
            context.problem(
                _(
                    "Nummer '%(number)s' past niet: een nummer is een getal, of twee getallen "
                    "met een streepje voor een dubbelnummer (3-4)."
                )
                % {"number": number},
                issue,
            )
    record.issue_number = number
    record.issue_title = _text(meta.find("issue-title"))
    first = meta.find("fpage")
    last = meta.find("lpage")
    record.first_page = _int(first, context, _("De eerste pagina"))
    record.last_page = _int(last, context, _("De laatste pagina"))
    if record.first_page is not None and record.last_page is not None and record.last_page < record.first_page:
        context.problem(_("De laatste pagina ligt voor de eerste."), last)
    record.elocation_id = _text(meta.find("elocation-id"))
    if record.year is None:
        context.problem(_("Het artikel heeft geen jaar van verschijnen (pub-date)."), meta)


# Permissions, abstracts, keywords, funding --------------------------------------------------------


def _permissions(meta: etree._Element, record: ArticleRecord, context: _Context) -> None:
    permissions = meta.find("permissions")
    if permissions is None:
        return
    record.copyright_statement = _text(permissions.find("copyright-statement"))
    record.copyright_year = _int(permissions.find("copyright-year"), context, _("Het copyrightjaar"))
    record.copyright_holder = _text(permissions.find("copyright-holder"))
    licenses = permissions.findall("license")
    chosen = next(
        (item for item in licenses if _language(item.get(XML_LANG)) in ("", record.language)),
        licenses[0] if licenses else None,
    )
    url = ""
    if chosen is not None:
        url = (chosen.get(XLINK_HREF) or "").strip() or _text(chosen.find(f"{{{ALI}}}license_ref"))
        record.license_text = " ".join(_text(paragraph) for paragraph in chosen.findall("license-p")).strip()
    if not url:
        url = _text(permissions.find(f"{{{ALI}}}license_ref"))
    record.license_url = url


def _abstracts_and_keywords(meta: etree._Element, record: ArticleRecord) -> None:
    abstracts = meta.findall("abstract")
    usable = [item for item in abstracts if (item.get("abstract-type") or "").lower() not in SKIPPED_ABSTRACTS]
    own = [item for item in usable if _language(item.get(XML_LANG)) in ("", record.language)]
    main = next((item for item in own if not item.get("abstract-type")), None)
    if main is None:
        main = next((item for item in usable if not item.get("abstract-type")), None)
    if main is None and own:
        main = own[0]
    if main is not None:
        record.abstract = render.abstract(main)
    others = [
        item
        for item in usable
        if item is not main
        and not item.get("abstract-type")
        and _language(item.get(XML_LANG)) not in ("", record.language)
    ]
    for item in meta.findall("trans-abstract") + others:
        language = _language(item.get(XML_LANG))
        if not language or language == record.language:
            continue
        if (item.get("abstract-type") or "").lower() in SKIPPED_ABSTRACTS:
            continue
        translation = _translation(record, language)
        if not translation.abstract:
            translation.abstract = render.abstract(item)
    for group in meta.findall("kwd-group"):
        language = _language(group.get(XML_LANG))
        words = _keywords(group)
        if language in ("", record.language):
            record.keywords.extend(word for word in words if word not in record.keywords)
        else:
            translation = _translation(record, language)
            translation.keywords.extend(word for word in words if word not in translation.keywords)


def _keywords(group: etree._Element) -> list[str]:
    words = []
    for element in group:
        tag = _tag(element)
        if tag == "kwd":
            word = _text(element)
        elif tag == "compound-kwd":
            word = " ".join(_text(part) for part in element.findall("compound-kwd-part"))
        else:
            continue
        word = word.replace(",", ";").strip()
        if word:
            words.append(word)
    return words


def _funding(meta: etree._Element, record: ArticleRecord) -> None:
    groups = meta.findall("funding-group")
    for group in groups:
        for award in group.findall("award-group"):
            awards = [_text(element) for element in award.findall("award-id") if _text(element)]
            sources = award.findall("funding-source")
            if not sources and awards:
                record.funding.append(Funding(funder="", awards=awards))
            for source in sources:
                funder, funder_id = _funder(source)
                if funder or funder_id:
                    record.funding.append(Funding(funder=funder, funder_id=funder_id, awards=list(awards)))
    statements = [_text(element) for group in groups for element in group.findall("funding-statement")]
    record.funding_statement = " ".join(statement for statement in statements if statement)


def _funder(source: etree._Element) -> tuple[str, str]:
    identifier = source.find(".//institution-id")
    funder_id = _text(identifier)
    if not funder_id:
        named = source.find("named-content[@content-type='funder-id']")
        funder_id = _text(named) or (source.get(XLINK_HREF) or "").strip()
    institution = source.find(".//institution")
    name = (
        _text(institution)
        if institution is not None
        else _text_without(source, {"institution-id", "named-content", "xref"})
    )
    return name, funder_id


# References, files, PDF ---------------------------------------------------------------------------


def _references(article: etree._Element, cited: set[str]) -> list[Reference]:
    back = article.find("back")
    if back is None:
        return []
    references = []
    for ref in back.iter("ref"):
        html, doi = render.citation(ref)
        if doi:
            try:
                doi = normalize_doi(doi).lower()
            except ValidationError:
                doi = ""
        xml_id = (ref.get("id") or "").strip()
        references.append(
            Reference(
                xml_id=xml_id,
                label=_text(ref.find("label")),
                citation=html,
                doi=doi,
                is_cited=bool(xml_id) and xml_id in cited,
            )
        )
    return references


def _external(href: str) -> bool:
    return ":" in href.split("/", 1)[0] or href.startswith(("/", "#", "\\"))


def _file_for(href: str, files: Mapping[str, bytes]) -> str | None:
    """The key in ``files`` of the file ``href`` refers to: exactly, by its base name, or by its stem
    (the same file in another format, or a reference without an extension); web images first."""
    if href in files:
        return href
    base = posixpath.basename(href)
    if base in files:
        return base
    wanted = {stem(href), stem(base)}
    matches = [key for key in files if stem(key) in wanted or stem(posixpath.basename(key)) in wanted]
    if not matches:
        return None
    web = [key for key in matches if key.lower().endswith(_WEB_IMAGES)]
    return sorted(web or matches)[0]


_OWNERS = ("fig", "table-wrap", "supplementary-material", "media", "boxed-text", "chem-struct-wrap")


def _owner(element: etree._Element) -> etree._Element | None:
    """The fig, table-wrap, supplementary-material or media a file belongs to: the nearest with a label or caption."""
    node: etree._Element | None = element
    first = None
    while node is not None:
        if _tag(node) in _OWNERS:
            if node.find("label") is not None or node.find("caption") is not None:
                return node
            first = first if first is not None else node
        node = node.getparent()
    return first


def _caption(owner: etree._Element | None) -> tuple[str, str]:
    if owner is None:
        return "", ""
    return _text(owner.find("label"))[:100], _text(owner.find("caption"))


def _assets(article: etree._Element, files: Mapping[str, bytes] | None, context: _Context) -> list[Asset]:
    packaged = files or {}
    assets: dict[str, Asset] = {}
    parts = [article.find(tag) for tag in ("body", "back", "floats-group")]
    for part in parts:
        if part is None:
            continue
        for element in part.iter("graphic", "inline-graphic", "media", "supplementary-material"):
            href = (element.get(XLINK_HREF) or "").strip()
            if not href or _external(href):
                continue
            name = render.asset_name(href)  # the name the rendered body links to: bestanden/<name>
            if not name or len(name) > 200:
                if packaged:
                    context.problem(
                        _("De bestandsnaam '%(name)s' is niet bruikbaar: alleen letters, cijfers, punt, - en _.")
                        % {"name": href},
                        element,
                    )
                continue
            if name in assets:
                continue
            owner = _owner(element)
            in_supplement = any(
                _tag(node) in ("supplementary-material", "media") for node in (element, owner) if node is not None
            )
            kind = "supplement" if in_supplement else "figure"
            label, caption = _caption(owner)
            key = _file_for(href, packaged) if packaged else None
            if packaged and key is None:
                context.problem(
                    _("Het bestand %(name)s ontbreekt in het pakket.") % {"name": href},
                    element,
                )
                continue
            data = packaged[key] if key is not None else b""
            content_type = _content_type(key or href, element)
            assets[name] = Asset(
                name=name, kind=kind, content_type=content_type, data=data, label=label, caption=caption
            )
    return list(assets.values())


def _content_type(name: str, element: etree._Element) -> str:
    guessed = mimetypes.guess_type(name, strict=False)[0]
    if guessed:
        return guessed
    mimetype, subtype = element.get("mimetype"), element.get("mime-subtype")
    if mimetype and subtype and "/" not in mimetype:
        return f"{mimetype}/{subtype}"[:100]
    return "application/octet-stream"


def _pdf(meta: etree._Element, files: Mapping[str, bytes] | None, context: _Context) -> bytes:
    packaged = files or {}
    for uri in meta.findall("self-uri"):
        href = (uri.get(XLINK_HREF) or "").strip()
        kind = (uri.get("content-type") or "").lower()
        if not href or _external(href) or not (kind in ("pdf", "application/pdf") or href.lower().endswith(".pdf")):
            continue
        if not packaged:
            return b""
        key = _file_for(href, packaged)
        if key is None:
            context.problem(_("De PDF %(name)s ontbreekt in het pakket.") % {"name": href}, uri)
            return b""
        return _checked_pdf(packaged[key], key, uri, context)
    pdfs = [key for key in packaged if key.lower().endswith(".pdf")]
    if len(pdfs) == 1:
        return _checked_pdf(packaged[pdfs[0]], pdfs[0], None, context)
    return b""


def _checked_pdf(data: bytes, name: str, element: etree._Element | None, context: _Context) -> bytes:
    if len(data) > settings.PDF_MAX_BYTES:
        context.problem(_("De PDF %(name)s is te groot.") % {"name": name}, element)
        return b""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        context.problem(_("%(name)s is geen PDF-bestand.") % {"name": name}, element)
        return b""
    return data
