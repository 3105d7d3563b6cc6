"""What a reader types, parsed once into a query every backend compiles the same way.

The grammar is the one web search engines taught readers (PostgreSQL calls it ``websearch``):

* words are all required: ``ouders autisme``;
* ``"morele beraadslaging"`` is a phrase: the words in that order;
* ``-scheiding`` (or ``-"vaste plek"``) excludes;
* ``OR`` (or ``|``) between two words or phrases accepts either: ``vechtscheiding OR schoolverzuim``.

Everything else is text: operators of FTS5 or tsquery (``NEAR``, ``*``, ``:``, ``&``, ``!``, parentheses),
SQL fragments and control characters are only word separators, because the query is rebuilt from
analysed terms and never handed to the database as syntax. Unbalanced quotes close at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from journals.identifiers import normalize_doi
from search import analysis

#: Longest query accepted (characters); longer ones get a message, not a search.
MAX_LENGTH = 500
#: At most this many clauses are used; the rest of a very long query is ignored.
MAX_CLAUSES = 16

_PIECE = re.compile(r'(-?)"([^"]*)"?|(\S+)')


class QueryError(ValueError):
    """A query that cannot be searched; the message is for the reader."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A word (one stem) or a phrase (several, in order). ``words`` are the folded surface forms."""

    stems: tuple[str, ...]
    words: tuple[str, ...]
    #: A single word's stem as the end of a compound, when it differs from ``stems[0]`` (else '').
    tail: str = ""

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1

    @property
    def partial(self) -> bool:
        """Matches compound parts too: a single word of at least PARTIAL_MIN letters."""
        return not self.is_phrase and len(self.stems[0]) >= analysis.PARTIAL_MIN


@dataclass(frozen=True, slots=True)
class Query:
    #: All groups must match; a group matches when any of its clauses does.
    groups: tuple[tuple[Clause, ...], ...]
    excluded: tuple[Clause, ...] = ()
    text: str = ""
    #: Words of the query that were left out (stop words, beyond MAX_CLAUSES).
    ignored: tuple[str, ...] = field(default=())

    @property
    def clauses(self) -> list[Clause]:
        return [clause for group in self.groups for clause in group]

    @property
    def stems(self) -> set[str]:
        """Every positive stem, for highlighting."""
        return {stem for clause in self.clauses for stem in clause.stems}


def doi_in(text: str) -> str | None:
    """The DOI when the query is one (bare, ``doi:…`` or a doi.org link), else None."""
    try:
        return normalize_doi(text)
    except ValidationError:
        return None


def _clean(text: str) -> str:
    # Control characters (NUL included) become spaces; the rest is left to the analyser.
    return "".join(" " if (ord(char) < 32 or 127 <= ord(char) < 160) else char for char in text)


def _clause(text: str) -> Clause | None:
    surface = [word for word in analysis.words(text) if not analysis.is_stop_word(word)]
    if not surface:
        return None
    stems = tuple(analysis.stem(word) for word in surface)
    tail = analysis.compound_tail(surface[0]) if len(surface) == 1 else ""
    if tail == stems[0] or len(tail) < analysis.PARTIAL_MIN:
        tail = ""
    return Clause(stems, tuple(surface), tail)


def parse(text: str) -> Query:
    """Parse a reader's query. Raises QueryError with a message for the reader when nothing is searchable."""
    from django.utils.translation import gettext as _

    if len(text) > MAX_LENGTH:
        raise QueryError(_("Uw zoekvraag is te lang. Gebruik hoogstens %(max)s tekens.") % {"max": MAX_LENGTH})
    text = _clean(text).strip()
    if not text:
        raise QueryError(_("Typ een of meer woorden om te zoeken."))
    groups: list[list[Clause]] = []
    excluded: list[Clause] = []
    ignored: list[str] = []
    join_next = False
    for match in _PIECE.finditer(text):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            if bare in ("OR", "|"):
                join_next = bool(groups)
                continue
            negated = "-" if bare.startswith("-") and len(bare) > 1 else ""
            piece = bare[1:] if negated else bare
            # A bare word may hold several words (``opvoedings-ondersteuning``): each is required.
            parts = [_clause(word) for word in analysis.words(piece)]
            found = [clause for clause in parts if clause is not None]
            ignored += [word for word in analysis.words(piece) if analysis.is_stop_word(word)]
            if not found:
                join_next = False
                continue
            if negated:
                excluded.extend(found)
                join_next = False
                continue
            first, rest = found[0], found[1:]
            if join_next:
                groups[-1].append(first)
            else:
                groups.append([first])
            groups.extend([clause] for clause in rest)
            join_next = False
            continue
        clause = _clause(quoted or "")
        if clause is None:
            join_next = False
            continue
        if negated:
            excluded.append(clause)
        elif join_next:
            groups[-1].append(clause)
        else:
            groups.append([clause])
        join_next = False
    count = 0
    kept: list[tuple[Clause, ...]] = []
    for group in groups:
        if count >= MAX_CLAUSES:
            ignored += [word for clause in group for word in clause.words]
            continue
        kept.append(tuple(group))
        count += len(group)
    if not kept:
        if excluded:
            raise QueryError(_("Geef ook een woord dat wel moet voorkomen, niet alleen woorden met een minteken."))
        raise QueryError(_("Uw zoekvraag bevat alleen veelvoorkomende woorden. Probeer een specifieker woord."))
    return Query(tuple(kept), tuple(excluded[:MAX_CLAUSES]), text, tuple(ignored))
