"""Search as the site offers it: one function from what a reader asked to what they may be shown.

``search()`` parses the query, asks the backend for one page of hits and every facet count (one
SQL statement), loads those articles (one query) and their authors (one query), and asks the one
access decision (``access.decision.decide``) per hit whether the snippet may come from the full
text. A gated article may be found by its full text, but then shows only its public abstract and
says where it matched. A page takes three queries, four when it has a spelling suggestion to look up.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.db.models.functions import Lower
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from access.decision import Reader, decide, readable_grants
from journals.models import Article, attach_author_names
from search import analysis, snippets
from search.backends import get_backend
from search.backends.base import AccessFilter, FacetRow, Filters, Sort
from search.models import Term
from search.query import Query, QueryError, doi_in, parse

PER_PAGE = 10
#: Pages beyond this are not offered (a reader refines instead); asking for one shows the last.
MAX_PAGE = 100
#: Fewer hits than this without filters, and the query's unknown words are checked for a spelling suggestion.
SUGGEST_BELOW = 1


@dataclass(slots=True)
class Hit:
    article: Article
    title: SafeString
    snippet: SafeString | None
    #: The reader may read the full text (the access decision's answer).
    readable: bool
    #: Matched only in the full text (no public field holds a query word).
    fulltext_only: bool
    #: The snippet comes from the full text.
    from_fulltext: bool = False


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(slots=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]


@dataclass(slots=True)
class Results:
    text: str
    query: Query | None = None
    error: str = ""
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    facets: list[Facet] = field(default_factory=list)
    suggestion: str = ""
    per_page: int = PER_PAGE
    #: SEARCH_CANDIDATES or more matched: ``total`` is that many, facets count the newest that many.
    estimated: bool = False

    @property
    def start(self) -> int:
        """The position of the page's first hit in the whole list."""
        return (self.page - 1) * self.per_page + 1


def article_by_doi(text: str) -> Article | None:
    """The published article whose DOI the query is, whatever its case."""
    doi = doi_in(text)
    if doi is None:
        return None
    return (
        Article.objects.published()
        .select_related("issue__journal")
        .annotate(doi_lower=Lower("doi"))
        .filter(doi_lower=doi.lower())
        .first()
    )


def _edits(word: str) -> set[str]:
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return (deletes | transposes | replaces | inserts) - {word}


def suggest(query: Query) -> str:
    """The query with its unknown words replaced by the likeliest known word one edit away, or ''."""
    words = [word for clause in query.clauses for word in clause.words if len(word) >= 4 and not word.isdigit()]
    if not words:
        return ""
    candidates = {word: _edits(word) for word in words[:6]}
    wanted = set(candidates) | {c for edits in candidates.values() for c in edits}
    known = dict(Term.objects.filter(word__in=wanted).values_list("word", "entries"))
    replaced = False
    text = query.text
    for word, edits in candidates.items():
        if word in known:
            continue
        options = sorted((-known[c], c) for c in edits if c in known)
        if options:
            text = _replace_word(text, word, options[0][1])
            replaced = True
    return text if replaced else ""


def _replace_word(text: str, folded: str, replacement: str) -> str:
    for start, end, _term in analysis.tokens(text):
        if analysis.fold(text[start:end]) == folded:
            return text[:start] + replacement + text[end:]
    return text


def _facets(rows: list[FacetRow], filters: Filters, *, readable: bool) -> list[Facet]:
    labels = {
        "journal": _("Tijdschrift"),
        "year": _("Jaar"),
        "type": _("Soort artikel"),
        "access": _("Toegang"),
        "author": _("Auteur"),
        "keyword": _("Trefwoord"),
    }
    types = dict(Article.Type.choices)
    access_labels = {
        # Open access and the types a journal makes free to read alike: what everyone may read.
        AccessFilter.OPEN.value: _("Vrij te lezen"),
        AccessFilter.SUBSCRIPTION.value: _("Met abonnement"),
        AccessFilter.READABLE.value: _("Leesbaar voor mij"),
    }
    selected = {
        "journal": filters.journal,
        "year": str(filters.year) if filters.year is not None else None,
        "type": filters.article_type,
        "access": filters.access.value if filters.access else None,
        "author": str(filters.author_id) if filters.author_id is not None else None,
        "keyword": filters.keyword,
    }
    grouped: dict[str, list[FacetValue]] = {name: [] for name in labels}
    for row in rows:
        name, value, label = row.facet, row.value, row.label
        if name == "readable":
            if not readable or row.count == 0:
                continue
            name, label = "access", str(access_labels[value])
        elif name == "type":
            label = str(types.get(value, value))
        elif name == "access":
            label = str(access_labels[value])
        elif name == "year":
            label = value
        grouped[name].append(FacetValue(value, label, row.count, selected[name] == value))
    grouped["year"].sort(key=lambda v: v.value, reverse=True)
    for name in ("journal", "type"):
        grouped[name].sort(key=lambda v: (-v.count, v.label))
    return [Facet(name, str(labels[name]), values) for name, values in grouped.items() if values]


def search(
    *,
    text: str,
    reader: Reader,
    filters: Filters | None = None,
    sort: Sort = Sort.RELEVANCE,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> Results:
    filters = filters or Filters()
    results = Results(text=text, per_page=per_page)
    try:
        query = parse(text)
    except QueryError as error:
        results.error = str(error)
        return results
    results.query = query
    grants = readable_grants(reader)
    page = min(max(page, 1), MAX_PAGE)
    cap = settings.SEARCH_CANDIDATES
    raw = get_backend().run(
        query, filters=filters, grants=grants, sort=sort, limit=per_page, offset=(page - 1) * per_page, cap=cap
    )
    results.total = raw.total
    results.estimated = raw.estimated
    results.pages = min(math.ceil(raw.total / per_page), MAX_PAGE)
    if results.pages and page > results.pages:
        # Past the last page: show the last one.
        page = results.pages
        raw.hits = (
            get_backend()
            .run(
                query, filters=filters, grants=grants, sort=sort, limit=per_page, offset=(page - 1) * per_page, cap=cap
            )
            .hits
        )
    results.page = page
    results.facets = _facets(raw.facets, filters, readable=grants.beyond_open_access)
    results.hits = _hits([pk for pk, _ in raw.hits], query, reader)
    # A search within one journal is a search too; other filters narrowed it on purpose.
    if results.total < SUGGEST_BELOW and replace(filters, journal=None) == Filters():
        results.suggestion = suggest(query)
    return results


def _hits(ids: list[int], query: Query, reader: Reader) -> list[Hit]:
    if not ids:
        return []
    articles = {
        article.pk: article
        for article in Article.objects.published().filter(pk__in=ids).select_related("issue__journal").defer("body")
    }
    ordered = attach_author_names([articles[pk] for pk in ids if pk in articles])
    hits = []
    wanted = len(query.stems)
    for article in ordered:
        readable = decide(article=article, reader=reader).granted
        public = " ".join(
            [article.title, article.subtitle, " ".join(article.__dict__["author_names"]), article.keywords]
        )
        found = snippets.snippet(article.abstract, query)
        fulltext_only = found is None and snippets.score(public, query) == 0
        from_fulltext = False
        # The full text is read only for a reader it is granted to, and only when the abstract
        # does not already show every query word.
        if readable and article.body_text and (found is None or found[1] < wanted):
            in_body = snippets.snippet(article.body_text, query)
            if in_body is not None and (found is None or in_body[1] > found[1]):
                found, from_fulltext = in_body, True
        if found is None and article.abstract:
            found = (snippets.lead(article.abstract), 0)
        hits.append(
            Hit(
                article=article,
                title=snippets.highlight(article.title, query),
                snippet=found[0] if found else None,
                readable=readable,
                fulltext_only=fulltext_only,
                from_fulltext=from_fulltext,
            )
        )
    return hits
