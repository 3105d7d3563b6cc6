"""What the index holds of an article: its fields analysed, and the values its facets count."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from journals.models import Article
from search import analysis

#: The searchable fields, most important first; backends weight them in this order.
FIELDS = ("title", "authors", "keywords", "abstract", "body")
#: The fields anyone may see: snippets and spelling suggestions come from these only.
PUBLIC_FIELDS = ("title", "authors", "keywords", "abstract")


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
    return Document(
        article_id=article.pk,
        journal_id=article.issue.journal_id,
        year=article.issue.year,
        article_type=article.article_type,
        is_open=article.is_open_access,
        published_on=article.publication_date,
        terms={name: _field_terms(texts[name]) for name in FIELDS},
        authors=list(dict.fromkeys(authors)),
        keywords=list(dict.fromkeys(keyword[:200] for keyword in keywords)),
        vocabulary=vocabulary,
    )


def vocabulary_counts(documents: list[Document]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(document.vocabulary)
    return counts
