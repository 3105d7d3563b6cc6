"""What the index holds of an article: its fields analysed, and the values its facets count."""

from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from journals.models import Article
from search import analysis

#: The searchable fields, most important first; backends weight them in this order.
FIELDS = ("title", "authors", "keywords", "abstract", "body")
#: The fields anyone may see: snippets and spelling suggestions come from these only.
PUBLIC_FIELDS = ("title", "authors", "keywords", "abstract")


#: Marks a facet term: the index holds each article's journal, year, type, access, authors, keywords
#: and month of publication as terms too, so that filters narrow the match inside the index.
#: A digit followed by a letter: no word the analyser makes from text starts like this.
FACET = "0f"


def _hex(value: str) -> str:
    return value.encode().hex()


def journal_term(slug: str) -> str:
    return f"{FACET}j{_hex(slug)}"


def journal_id_term(journal_id: int) -> str:
    return f"{FACET}i{journal_id}"


def year_term(year: int) -> str:
    return f"{FACET}y{year}"


def type_term(article_type: str) -> str:
    return f"{FACET}t{_hex(article_type)}"


def open_term(is_open: bool) -> str:
    return f"{FACET}o{int(is_open)}"


def author_term(author_id: int) -> str:
    return f"{FACET}a{author_id}"


def keyword_term(keyword: str) -> str:
    return f"{FACET}k{hashlib.blake2b(keyword.encode(), digest_size=8).hexdigest()}"


def month_term(day: datetime.date | None) -> str:
    return f"{FACET}m{day:%Y%m}" if day else f"{FACET}m0"


def months_between(first: datetime.date, last: datetime.date) -> list[str]:
    """The month terms of every month that overlaps the period (a superset of its days)."""
    terms = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        terms.append(f"{FACET}m{year:04d}{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return terms


def recency_key(published_on: datetime.date | None, article_id: int) -> int:
    """A number that sorts articles newest first by publication date (then id), for the index to walk.

    The backends take the newest matches by this key, not by article id: an archive imported
    journal by journal has ids that say nothing about age.
    """
    return ((published_on.toordinal() if published_on else 0) << 32) | article_id


@dataclass(slots=True)
class Document:
    article_id: int
    journal_id: int
    year: int
    article_type: str
    is_open: bool
    published_on: datetime.date | None
    #: Per field, the index terms in order (stems, then the backwards copies; see ``analysis.index_text``).
    terms: dict[str, list[str]]
    authors: list[tuple[int, str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    #: Folded words of the public fields, counted once per document (the suggestion vocabulary).
    vocabulary: set[str] = field(default_factory=set)
    #: The facet terms (``FACET``): journal, year, type, access, authors, keywords, month.
    facets: list[str] = field(default_factory=list)

    @property
    def key(self) -> int:
        return recency_key(self.published_on, self.article_id)


def _field_terms(text: str) -> list[str]:
    terms = analysis.stems(text)
    return [*terms, *analysis.reversed_stems(terms)]


def document_of(article: Article) -> Document:
    """The index document of a published article (issue, journal and contributions loaded)."""
    authors = [(c.author_id, c.author.full_name) for c in article.contributions.all()]
    keywords = [keyword.lower() for keyword in article.keyword_list]
    texts = {
        "title": f"{article.title} {article.subtitle}",
        "authors": " ".join(name for _, name in authors),
        "keywords": " ".join(keywords),
        "abstract": article.abstract,
        "body": article.body_text,
    }
    vocabulary = {
        word
        for name in PUBLIC_FIELDS
        for word in analysis.words(texts[name])
        if not analysis.is_stop_word(word) and len(word) > 2 and not word.isdigit()
    }
    published_on = article.publication_date
    facets = [
        journal_term(article.issue.journal.slug),
        journal_id_term(article.issue.journal_id),
        year_term(article.issue.year),
        type_term(article.article_type),
        open_term(article.is_readable_by_all),
        month_term(published_on),
        *(author_term(author_id) for author_id, _ in authors),
        *(keyword_term(keyword[:200]) for keyword in keywords),
    ]
    return Document(
        article_id=article.pk,
        journal_id=article.issue.journal_id,
        year=article.issue.year,
        article_type=article.article_type,
        is_open=article.is_readable_by_all,
        published_on=published_on,
        terms={name: _field_terms(texts[name]) for name in FIELDS},
        authors=list(dict.fromkeys(authors)),
        keywords=list(dict.fromkeys(keyword[:200] for keyword in keywords)),
        vocabulary=vocabulary,
        facets=list(dict.fromkeys(facets)),
    )


def vocabulary_counts(documents: list[Document]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(document.vocabulary)
    return counts
