"""Text analysis for search: one analyser for every backend, so both databases find the same articles.

A text becomes index terms in four steps:

1. **Words**: runs of letters and digits (``opvoedings-ondersteuning`` is two words, ``e-mail`` too).
2. **Folding**: lower case, accents and diaeresis removed (``ideeën`` → ``ideeen``, ``coöperatie`` → ``cooperatie``).
3. **Stop words**: the commonest Dutch function words are dropped (``de``, ``het``, ``en``, ``van`` …).
4. **Stemming**: the Snowball Dutch stemmer (``dutch_porter``, the algorithm PostgreSQL's ``dutch``
   configuration uses), from PyStemmer: ``ouders`` → ``ouder``, ``ondersteunen`` and ``ondersteuning``
   → ``ondersteun``.

**Parts of compound words.** Dutch writes compounds as one word: ``opvoedingsondersteuning``,
``autismespectrumstoornis``. A reader who searches for ``ondersteuning`` or ``autisme`` expects those
too. Leeszaal matches a query term of at least ``PARTIAL_MIN`` letters also as the *beginning* of an
index term (``autism*`` finds ``autismespectrumstoornis``) and as its *end* (``ondersteun`` finds
``opvoedingsondersteun``). The index answers prefixes natively; for the ends it holds every long term
once more written backwards, behind the marker ``REVERSED`` (``xqnuetsrednoosgnideovpo``), so that an
end is a prefix too. A term that matches only as a part ranks below a whole-word match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import Stemmer

#: A query term of at least this many letters (after stemming) also matches inside compounds.
PARTIAL_MIN = 4
#: Index terms at least this long are also indexed backwards (a compound has two parts of 3+ letters).
REVERSED_MIN = 7
#: Marks a backwards term; no Dutch or English word starts with it.
REVERSED = "xq"
#: Longest word indexed; longer runs (hashes, garbage) are cut.
WORD_MAX = 60

WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMER = Stemmer.Stemmer("dutch_porter")

# The commonest Dutch function words: articles, pronouns, prepositions, conjunctions and auxiliaries.
STOP_WORDS = frozenset(
    [
        "aan",
        "af",
        "al",
        "alle",
        "als",
        "bij",
        "dan",
        "dat",
        "de",
        "den",
        "der",
        "des",
        "deze",
        "die",
        "dit",
        "door",
        "du",
        "een",
        "eens",
        "en",
        "er",
        "ge",
        "had",
        "heb",
        "hebben",
        "heeft",
        "het",
        "hier",
        "hij",
        "hem",
        "hoe",
        "hun",
        "ik",
        "in",
        "is",
        "ja",
        "je",
        "kan",
        "kon",
        "maar",
        "me",
        "mij",
        "mijn",
        "men",
        "met",
        "mij",
        "na",
        "naar",
        "niet",
        "niets",
        "nog",
        "nu",
        "of",
        "om",
        "omdat",
        "ons",
        "onze",
        "ook",
        "op",
        "over",
        "te",
        "tegen",
        "toch",
        "toen",
        "tot",
        "u",
        "uit",
        "uw",
        "van",
        "veel",
        "voor",
        "want",
        "was",
        "wat",
        "we",
        "wel",
        "werd",
        "wie",
        "wij",
        "wordt",
        "worden",
        "zal",
        "ze",
        "zei",
        "zich",
        "zij",
        "zijn",
        "zo",
        "zonder",
        "zou",
    ]
)


def fold(text: str) -> str:
    """Lower case without accents or diaeresis: ``Ideeën`` → ``ideeen``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words(text: str) -> list[str]:
    """The folded words of a text, stop words included."""
    return [word[:WORD_MAX] for word in WORD.findall(fold(text))]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of a folded word."""
    stemmed: str = _STEMMER.stemWord(word)
    return stemmed


def compound_tail(word: str) -> str:
    """How ``word`` is stemmed as the end of a compound, where it can differ from the word alone.

    Snowball leaves a short word's first syllable alone: ``scheiding`` stays ``scheiding``, but
    ``vechtscheiding`` becomes ``vechtscheid``. Stemming the word behind a dummy first part gives
    the form it takes inside compounds (``scheid``).
    """
    padded = stem(_PAD + word)
    return padded[len(_PAD) :] if padded.startswith(_PAD) else stem(word)


_PAD = "kap"


def is_stop_word(word: str) -> bool:
    return word in STOP_WORDS


def stems(text: str) -> list[str]:
    """Index terms of a text in order: folded, stop words dropped, stemmed."""
    return [stem(word) for word in words(text) if word not in STOP_WORDS]


def reversed_stems(terms: list[str]) -> list[str]:
    """The long terms once more, backwards and marked, so that their ends can be matched as prefixes."""
    return [REVERSED + term[::-1] for term in terms if len(term) >= REVERSED_MIN]


def index_text(text: str) -> str:
    """What the index holds for a field: its terms in order, then the backwards copies of the long ones.

    The backwards copies come after all the terms, so that a phrase never spans one of them.
    """
    terms = stems(text)
    return " ".join([*terms, *reversed_stems(terms)])


def partial_match(query_stem: str, term: str, tail: str = "") -> bool:
    """Does ``term`` (an index term) match ``query_stem`` as a whole word or as a compound part?

    ``tail`` is the query word's stem as the end of a compound (``compound_tail``), when it differs.
    """
    if term == query_stem:
        return True
    if len(query_stem) < PARTIAL_MIN:
        return False
    return term.startswith(query_stem) or term.endswith(query_stem) or bool(tail and term.endswith(tail))


@lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term of one word as written (folded and stemmed), '' for a stop word."""
    folded = (word.lower() if word.isascii() else fold(word))[:WORD_MAX]
    return "" if folded in STOP_WORDS else stem(folded)


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of every word of ``text``, stop words included (term '' for them), for highlighting."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), term_of(match.group())
