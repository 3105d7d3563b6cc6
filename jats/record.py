"""The article record as JATS carries it: the one shape between the reader, the importer and the writer.

``jats.reader`` turns JATS XML into an ``ArticleRecord``; ``jats.importer`` writes records to the
database (``journals.models``) and ``jats.store.record_from_article`` reads one back; ``jats.writer``
turns a record into JATS 1.4. A round trip (import, export, import) gives an equal record.

Text with markup is sanitised HTML (``journals.html.sanitize_html``): titles and citations inline
HTML (``<em>``, ``<sub>``, ...), abstracts and the body block HTML as ``jats.render`` writes it. Dates
are ``datetime.date``; languages are ISO 639-1 codes (``nl``, ``en``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class JournalRef:
    """How the XML names its journal; the importer finds the journal by ISSN, then by title."""

    title: str = ""
    issn_print: str = ""
    issn_online: str = ""
    abbreviation: str = ""
    publisher_name: str = ""


@dataclass
class Contributor:
    surname: str
    given_names: str = ""
    orcid: str = ""  # bare, 0000-0002-1825-0097
    email: str = ""
    #: The full text of each affiliation the contributor's xref points to, in order.
    affiliations: list[str] = field(default_factory=list)
    corresponding: bool = False


@dataclass
class Translation:
    language: str
    title: str = ""  # inline HTML
    subtitle: str = ""  # inline HTML
    abstract: str = ""  # block HTML
    keywords: list[str] = field(default_factory=list)


@dataclass
class Reference:
    xml_id: str
    label: str = ""
    citation: str = ""  # inline HTML, as printed
    doi: str = ""  # normalised, lower case (journals.identifiers.normalize_doi)
    is_cited: bool = False


@dataclass
class Funding:
    funder: str
    funder_id: str = ""  # a Funder Registry DOI URL or a ROR id, as the XML gives it
    awards: list[str] = field(default_factory=list)


@dataclass
class HistoryDate:
    type: str  # JATS @date-type: received, accepted, rev-recd, rev-request, preprint, ...
    date: datetime.date


@dataclass
class Asset:
    """A file the article's XML refers to by name (a figure's graphic, a supplementary file)."""

    name: str  # the xlink:href, a bare file name: fig1.jpg
    kind: str  # "figure" or "supplement" (journals.models.ArticleFile.Kind)
    content_type: str
    data: bytes = field(default=b"", repr=False)
    label: str = ""
    caption: str = ""  # plain text


@dataclass
class ArticleRecord:
    journal: JournalRef = field(default_factory=JournalRef)
    article_type: str = "research-article"  # journals.models.Article.Type values; others map to "other"
    language: str = "nl"
    section: str = ""  # the subj-group heading (rubriek)
    title: str = ""  # inline HTML
    subtitle: str = ""  # inline HTML
    doi: str = ""
    publisher_id: str = ""
    contributors: list[Contributor] = field(default_factory=list)
    abstract: str = ""  # block HTML; a structured abstract keeps its sections
    keywords: list[str] = field(default_factory=list)  # in the article's language
    translations: list[Translation] = field(default_factory=list)
    volume: int | None = None
    issue_number: str = ""
    year: int | None = None
    issue_title: str = ""
    first_page: int | None = None
    last_page: int | None = None
    elocation_id: str = ""
    published_on: datetime.date | None = None
    received_on: datetime.date | None = None
    accepted_on: datetime.date | None = None
    history: list[HistoryDate] = field(default_factory=list)  # other history dates, in document order
    license_url: str = ""
    license_text: str = ""
    copyright_statement: str = ""
    copyright_year: int | None = None
    copyright_holder: str = ""
    funding: list[Funding] = field(default_factory=list)
    funding_statement: str = ""
    references: list[Reference] = field(default_factory=list)
    #: The rendered body and back matter (acknowledgements, appendices, footnotes, glossary), without
    #: the reference list, which ``references`` holds and the page renders from the model.
    body: str = ""
    assets: list[Asset] = field(default_factory=list)
    pdf: bytes = field(default=b"", repr=False)
    #: Where the record came from, for messages: a file name, or a zip member.
    source: str = ""
