"""Highlighting and snippets, from the reader's own query and a text the reader may see.

Which text that is, is the caller's business (``search.engine`` passes the full text only when the
access decision grants it). Matching follows the index: a word matches by stem, a long query word
also as the beginning or end of a compound.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search import analysis
from search.query import Query

#: Words in a snippet.
SNIPPET_WORDS = 32


def matcher(query: Query) -> Callable[[str], str | None]:
    """A function from an index term to the query stem it matches (None: no match)."""
    exact: dict[str, str] = {}
    partial: list[tuple[str, str]] = []
    for clause in query.clauses:
        for stem in clause.stems:
            exact[stem] = stem
        if clause.partial:
            partial.append((clause.stems[0], clause.tail))

    def match(term: str) -> str | None:
        if not term:
            return None
        if term in exact:
            return exact[term]
        for stem, tail in partial:
            if analysis.partial_match(stem, term, tail):
                return stem
        return None

    return match


def _render(text: str, spans: list[tuple[int, int, bool]], start: int, end: int) -> str:
    out: list[str] = []
    cursor = start
    for span_start, span_end, marked in spans:
        if not marked or span_start < start or span_end > end:
            continue
        out.append(escape(text[cursor:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(text[cursor:end]))
    return "".join(out)


def highlight(text: str, query: Query) -> SafeString:
    """All of ``text`` with every matching word marked."""
    match = matcher(query)
    spans = [(start, end, match(term) is not None) for start, end, term in analysis.tokens(text)]
    return mark_safe(_render(text, spans, 0, len(text)))  # noqa: S308 - built from escaped parts


def score(text: str, query: Query) -> int:
    """How many different query words the text matches (0: none)."""
    match = matcher(query)
    return len({stem for _, _, term in analysis.tokens(text) if (stem := match(term)) is not None})


def _may_match(text: str, query: Query) -> bool:
    """A quick test before the text is analysed word by word: does any query word's opening occur at all?

    Stems can differ from the written word after their first letters (``kwetsbaar`` → ``kwetsbar``),
    so only the first five letters are looked for; a false "yes" costs time, never a missed match.
    """
    folded = text.lower() if text.isascii() else analysis.fold(text)
    return any(stem[:5] in folded for clause in query.clauses for stem in (*clause.stems, clause.tail) if stem)


#: Texts longer than this (a full text) are searched for the query words' openings first, and only
#: the region where most of them occur is analysed word by word.
REGION_MIN = 2000
REGION = 600


def _region(text: str, query: Query) -> tuple[int, int] | None:
    """Where in a long text the query words' openings come closest together (start, end), or None."""
    lowered = text.lower()
    openings = {stem[:5] for clause in query.clauses for stem in (*clause.stems, clause.tail) if stem}
    found = sorted((m.start(), opening) for opening in openings for m in re.finditer(re.escape(opening), lowered))
    if not found:
        return (0, len(text)) if not text.isascii() else None  # accents: let the analyser decide
    best, best_count = found[0][0], 0
    for index, (position, _opening) in enumerate(found):
        distinct = {opening for at, opening in found[index:] if at < position + REGION // 2}
        if len(distinct) > best_count:
            best, best_count = position, len(distinct)
    start = max(0, best - REGION // 3)
    end = min(len(text), best + REGION)
    return start, end


def snippet(text: str, query: Query, *, words: int = SNIPPET_WORDS) -> tuple[SafeString, int] | None:
    """The passage of ``text`` that matches most query words, marked, with its score; None without a match."""
    if len(text) > REGION_MIN:
        region = _region(text, query)
        if region is None:
            return None
        start, end = region
        if (start, end) != (0, len(text)):
            # Cut the region at word boundaries, then mark the ellipses the cut makes.
            part = text[start:end]
            space = re.search(r"\s", part) if start > 0 else None
            cut = part.rfind(" ") if end < len(text) else -1
            part = part[space.end() if space else 0 : cut if cut > 0 else len(part)]
            inner = snippet(part, query, words=words)
            if inner is None:
                return None
            passage, distinct = inner
            if start > 0 and not passage.startswith("…"):
                passage = mark_safe("… " + passage)  # noqa: S308 - built from escaped parts
            if end < len(text) and not passage.endswith("…"):
                passage = mark_safe(passage + " …")  # noqa: S308 - built from escaped parts
            return passage, distinct
    if not _may_match(text, query):
        return None
    match = matcher(query)
    found = [(start, end, match(term)) for start, end, term in analysis.tokens(text)]
    hits = [index for index, (_, _, stem) in enumerate(found) if stem is not None]
    if not hits:
        return None
    best_start, best_score = 0, (-1, -1)
    for hit in hits:
        first = max(0, hit - 4)
        window = found[first : first + words]
        stems = {stem for _, _, stem in window if stem is not None}
        marked = sum(1 for _, _, stem in window if stem is not None)
        candidate = (len(stems), marked)
        if candidate > best_score:
            best_start, best_score = first, candidate
    window = found[best_start : best_start + words]
    start = 0 if best_start == 0 else window[0][0]
    last = best_start + len(window)
    end = len(text) if last >= len(found) else window[-1][1]
    spans = [(s, e, stem is not None) for s, e, stem in window]
    html = _render(text, spans, start, end).replace("\n", " ")
    if start > 0:
        html = "… " + html
    if end < len(text):
        html += " …"
    return mark_safe(html), best_score[0]  # noqa: S308 - built from escaped parts


def lead(text: str, *, words: int = SNIPPET_WORDS) -> SafeString:
    """The opening words of a text, unmarked (a gated article found in its full text only)."""
    end = None
    for count, found in enumerate(analysis.WORD.finditer(text), start=1):
        if count == words:
            end = found.end()
            break
    if end is None or end >= len(text.rstrip()):
        return mark_safe(escape(text).replace("\n", " "))  # noqa: S308
    return mark_safe(escape(text[:end]).replace("\n", " ") + " …")  # noqa: S308
