"""Crossref deposit XML, metadata schema 5.4.0 (``crossref5.4.0.xsd``), for articles of one or more issues.

One ``journal`` element per issue (journal_metadata, journal_issue, its journal_article elements): titles
with Crossref's face markup, contributors (ORCID, affiliations, with a ROR id where the affiliation's
name is an institution the site knows with one), the abstract as JATS (``jats:abstract``, by
``jats.html2jats``), the online publication date, pages or an item number, the licence as
AccessIndicators, the DOI and the article's URL, and the reference list. Only public parts of the record
go in: the body (``Article.body``/``body_text``) is not even loaded.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import lxml.html
from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from lxml import etree

from access.models import Institution
from jats import html2jats
from journals.html import html_to_text
from journals.models import Article, Contribution, Issue, Reference
from leeszaal.siteurl import absolute_url

CROSSREF = "http://www.crossref.org/schema/5.4.0"
JATS = "http://www.ncbi.nlm.nih.gov/JATS1"
AI = "http://www.crossref.org/AccessIndicators.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MML = "http://www.w3.org/1998/Math/MathML"
SCHEMA_LOCATION = f"{CROSSREF} https://www.crossref.org/schemas/crossref5.4.0.xsd"
NSMAP = {None: CROSSREF, "jats": JATS, "ai": AI, "xsi": XSI, "mml": MML}

#: HTML inline tags and the face markup Crossref allows for them; other tags give way to their text.
_FACE = {"em": "i", "i": "i", "strong": "b", "b": "b", "sub": "sub", "sup": "sup", "u": "u", "tt": "tt", "code": "tt"}


class DepositError(Exception):
    """The articles cannot be deposited (no DOI, not published); the message says which and why."""


@dataclass(frozen=True)
class Batch:
    batch_id: str
    xml: bytes
    articles: list[Article]


def articles_for_deposit() -> QuerySet[Article]:
    """Articles with what the deposit reads, in a fixed number of queries, without their full text."""
    lookups: list[Any] = [
        Prefetch("contributions", queryset=Contribution.objects.select_related("author").order_by("position")),
        Prefetch("references", queryset=Reference.objects.order_by("position", "pk")),
    ]
    articles: QuerySet[Article] = Article.objects.select_related("issue__journal__publisher").defer("body", "body_text")
    return articles.prefetch_related(*lookups).order_by("issue_id", "position", "first_page", "pk")


def new_batch_id() -> str:
    return f"leeszaal-{timezone.now():%Y%m%d%H%M%S}-{uuid.uuid4().hex[:12]}"


def batch_build(articles: Iterable[Article], *, batch_id: str | None = None) -> Batch:
    """The deposit file of ``articles`` (from ``articles_for_deposit()``); each must be published with a DOI."""
    articles = list(articles)
    if not articles:
        raise DepositError(_("Geen artikelen om te deponeren."))
    drafts = [article for article in articles if not article.is_published]
    if drafts:
        raise DepositError(_("Niet online: %(titles)s") % {"titles": "; ".join(a.title for a in drafts)})
    missing = [article for article in articles if not article.doi]
    if missing:
        raise DepositError(_("Zonder DOI: %(titles)s") % {"titles": "; ".join(a.title for a in missing)})
    too_long = [problem for article in articles for problem in _too_long(article)]
    if too_long:
        raise DepositError(_("Te lang voor Crossref: %(problems)s") % {"problems": "; ".join(too_long)})
    batch_id = batch_id or new_batch_id()
    root = etree.Element(
        _cr("doi_batch"), nsmap=NSMAP, attrib={"version": "5.4.0", f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION}
    )
    _head(root, batch_id)
    body = _sub(root, "body")
    rors = _rors(articles)
    by_issue: dict[int, list[Article]] = {}
    for article in articles:
        by_issue.setdefault(article.issue_id, []).append(article)
    for issue_articles in by_issue.values():
        issue = issue_articles[0].issue
        journal = _sub(body, "journal")
        _journal_metadata(journal, issue)
        _journal_issue(journal, issue)
        for article in issue_articles:
            _journal_article(journal, article, rors)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Batch(batch_id=batch_id, xml=xml, articles=articles)


#: Crossref's length limits on what the site's fields may hold longer: a name is not cut short, it is refused.
NAME_LIMIT = 60
ITEM_NUMBER_LIMIT = 32


def _too_long(article: Article) -> list[str]:
    problems = [
        f"{article.title}: {contribution.author.full_name}"
        for contribution in article.contributions.all()
        if len(contribution.author.surname.strip()) > NAME_LIMIT
        or len(contribution.author.given_names.strip()) > NAME_LIMIT
    ]
    if len(article.elocation_id) > ITEM_NUMBER_LIMIT:
        problems.append(f"{article.title}: {article.elocation_id}")
    return problems


# Parts -------------------------------------------------------------------------------------------------


def _cr(tag: str) -> str:
    return f"{{{CROSSREF}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, tag if tag.startswith("{") else _cr(tag), attrib)
    if text is not None:
        element.text = html2jats.xml_text(text)
    return element


def _head(root: etree._Element, batch_id: str) -> None:
    head = _sub(root, "head")
    _sub(head, "doi_batch_id", batch_id)
    # Crossref keeps the deposit with the highest timestamp: a later deposit of the same DOI wins.
    _sub(head, "timestamp", timezone.now().strftime("%Y%m%d%H%M%S%f"))
    depositor = _sub(head, "depositor")
    _sub(depositor, "depositor_name", settings.CROSSREF_DEPOSITOR_NAME)
    _sub(depositor, "email_address", settings.CROSSREF_DEPOSITOR_EMAIL)
    _sub(head, "registrant", settings.CROSSREF_REGISTRANT)


def _journal_metadata(parent: etree._Element, issue: Issue) -> None:
    journal = issue.journal
    metadata = _sub(parent, "journal_metadata", language=journal.language)
    _sub(metadata, "full_title", journal.title)
    if journal.acronym:
        _sub(metadata, "abbrev_title", journal.acronym)
    if journal.issn_print:
        _sub(metadata, "issn", journal.issn_print, media_type="print")
    if journal.issn_online:
        _sub(metadata, "issn", journal.issn_online, media_type="electronic")


def _journal_issue(parent: etree._Element, issue: Issue) -> None:
    element = _sub(parent, "journal_issue")
    if issue.title:
        _sub(_sub(element, "titles"), "title", issue.title)
    if issue.published_on:
        _date(element, "publication_date", issue.published_on, media_type="online")
    else:
        _sub(_sub(element, "publication_date", media_type="online"), "year", str(issue.year))
    _sub(_sub(element, "journal_volume"), "volume", str(issue.volume))
    _sub(element, "issue", issue.number)


def _date(parent: etree._Element, tag: str, day: datetime.date, **attrib: str) -> None:
    element = _sub(parent, tag, **attrib)
    _sub(element, "month", f"{day.month:02d}")
    _sub(element, "day", f"{day.day:02d}")
    _sub(element, "year", str(day.year))


def _journal_article(parent: etree._Element, article: Article, rors: dict[str, str]) -> None:
    element = _sub(parent, "journal_article", publication_type="full_text", language=article.language)
    titles = _sub(element, "titles")
    _face(_sub(titles, "title"), article.title_html or article.title)
    if article.subtitle:
        _face(_sub(titles, "subtitle"), article.subtitle_html or article.subtitle)
    _contributors(element, article, rors)
    _abstract(element, article)
    published = article.publication_date
    if published is not None:
        _date(element, "publication_date", published, media_type="online")
    else:
        _sub(_sub(element, "publication_date", media_type="online"), "year", str(article.issue.year))
    if article.accepted_on:
        _date(element, "acceptance_date", article.accepted_on)
    if article.first_page:
        pages = _sub(element, "pages")
        _sub(pages, "first_page", str(article.first_page))
        if article.last_page and article.last_page != article.first_page:
            _sub(pages, "last_page", str(article.last_page))
    if article.elocation_id:
        _sub(_sub(element, "publisher_item"), "item_number", article.elocation_id, item_number_type="article_number")
    _access_indicators(element, article, published)
    doi_data = _sub(element, "doi_data")
    _sub(doi_data, "doi", article.doi)
    _sub(doi_data, "resource", absolute_url(article.get_absolute_url()))
    _citations(element, article)


def _contributors(parent: etree._Element, article: Article, rors: dict[str, str]) -> None:
    contributions = list(article.contributions.all())
    if not contributions:
        return
    element = _sub(parent, "contributors")
    for index, contribution in enumerate(contributions):
        author = contribution.author
        person = _sub(
            element, "person_name", sequence="first" if index == 0 else "additional", contributor_role="author"
        )
        if author.given_names.strip():
            _sub(person, "given_name", author.given_names.strip())
        _sub(person, "surname", author.surname.strip() or author.full_name)
        if contribution.affiliations:
            affiliations = _sub(person, "affiliations")
            for name in contribution.affiliations:
                institution = _sub(affiliations, "institution")
                _sub(institution, "institution_name", name)
                if name in rors:
                    _sub(institution, "institution_id", f"https://ror.org/{rors[name]}", type="ror")
        if author.orcid:
            _sub(person, "ORCID", f"https://orcid.org/{author.orcid}", authenticated="false")


def _rors(articles: list[Article]) -> dict[str, str]:
    """ROR ids of the affiliations that name an institution the site knows with one (one query)."""
    names = {name for article in articles for c in article.contributions.all() for name in c.affiliations}
    if not names:
        return {}
    rows = Institution.objects.filter(name__in=names).exclude(ror="").values_list("name", "ror")
    return dict(rows)


def _abstract(parent: etree._Element, article: Article) -> None:
    html = article.abstract_html or _paragraphs(article.abstract)
    if not html:
        return
    holder = etree.Element("abstract")
    html2jats.abstract_into(holder, html)
    if not len(holder) and not (holder.text or "").strip():
        return
    holder.set(html2jats.XML_LANG, article.language)
    parent.append(_into_jats(holder))


def _paragraphs(text: str) -> str:
    """An abstract typed in the back office (paragraphs on their own lines) as block HTML."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def _into_jats(element: etree._Element) -> etree._Element:
    """JATS from ``jats.html2jats`` (no namespace) in the JATS namespace Crossref embeds; MathML stays.

    Cross-references lose their element (their text stays): what they point to is not in the deposit.
    """
    etree.strip_tags(element, "xref")
    for node in element.iter():
        if isinstance(node.tag, str) and not node.tag.startswith("{"):
            node.tag = f"{{{JATS}}}{node.tag}"
    return element


def _face(target: etree._Element, html: str) -> None:
    """Inline HTML (a title, a citation) as text with Crossref's face markup (``i``, ``b``, ``sub``, ...)."""
    fragment = lxml.html.fragment_fromstring(html or "", create_parent="div")
    target.text = html2jats.xml_text(fragment.text or "")
    _face_children(fragment, target)


def _face_children(source: etree._Element, target: etree._Element) -> None:
    for child in source:
        if not isinstance(child.tag, str):  # a comment
            _append_text(target, child.tail or "")
            continue
        face = _FACE.get(child.tag)
        if face is None:
            _append_text(target, child.text or "")
            _face_children(child, target)
        else:
            element = _sub(target, face)
            element.text = html2jats.xml_text(child.text or "")
            _face_children(child, element)
        _append_text(target, child.tail or "")


def _append_text(target: etree._Element, text: str) -> None:
    text = html2jats.xml_text(text)
    if not text:
        return
    if len(target):
        last = target[-1]
        last.tail = (last.tail or "") + text
    else:
        target.text = (target.text or "") + text


def _access_indicators(parent: etree._Element, article: Article, published: datetime.date | None) -> None:
    if not article.is_readable_by_all and not article.license:
        return
    program = etree.SubElement(parent, f"{{{AI}}}program", name="AccessIndicators")
    if article.is_readable_by_all:
        etree.SubElement(program, f"{{{AI}}}free_to_read")
    if article.license:
        licence = etree.SubElement(program, f"{{{AI}}}license_ref", applies_to="vor")
        if published is not None:
            licence.set("start_date", published.isoformat())
        licence.text = article.license


def _citations(parent: etree._Element, article: Article) -> None:
    references = [reference for reference in article.references.all() if html_to_text(reference.citation).strip()]
    if not references:
        return
    citation_list = _sub(parent, "citation_list")
    for index, reference in enumerate(references, start=1):
        key = f"ref{index}-{article.doi}"[:128]
        citation = _sub(citation_list, "citation", key=key)
        if reference.doi:
            _sub(citation, "doi", reference.doi)
        _face(_sub(citation, "unstructured_citation"), reference.citation)
