"""How much text the demo articles share: the figure the demo's prose is held to.

A sentence (of at least ``MIN_WORDS`` words) is *shared* when the same words, in the same order,
appear as a sentence in another article. ``measure`` gives, over a set of texts, the median share
of shared sentences per text and the largest number of texts one sentence appears in. Run
``python -m journals.demo.overlap`` for the figures of the whole demo plan.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

MIN_WORDS = 6

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9À-Ý])")
_WORD = re.compile(r"[\w'-]+", re.UNICODE)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` of at least ``MIN_WORDS`` words, as lower-case word sequences."""
    found = []
    for paragraph in text.split("\n"):
        for sentence in _SENTENCE_END.split(paragraph):
            words = _WORD.findall(sentence.lower())
            if len(words) >= MIN_WORDS:
                found.append(" ".join(words))
    return found


@dataclass(frozen=True)
class Overlap:
    texts: int
    #: The median, over the texts, of the share of a text's sentences found in another text.
    median_share: float
    #: The largest number of texts one sentence appears in, and that sentence.
    max_texts: int
    most_shared: str


def measure[K: Hashable](texts: Mapping[K, str]) -> Overlap:
    where: dict[str, set[K]] = defaultdict(set)
    per_text: dict[K, list[str]] = {}
    for key, text in texts.items():
        found = sentences(text)
        per_text[key] = found
        for sentence in found:
            where[sentence].add(key)
    shares = [sum(len(where[sentence]) > 1 for sentence in found) / len(found) for found in per_text.values() if found]
    most_shared = max(where, key=lambda sentence: len(where[sentence]), default="")
    return Overlap(
        texts=len(per_text),
        median_share=statistics.median(shares) if shares else 0.0,
        max_texts=len(where[most_shared]) if most_shared else 0,
        most_shared=most_shared,
    )


def plan_texts() -> dict[tuple[str, int, str, str], str]:
    """Every article of the demo plan as one text: title, subtitle, abstract and body."""
    from journals.demo.plan import build_plan

    texts = {}
    for journal in build_plan():
        for issue in journal.issues:
            for article in issue.articles:
                key = (journal.spec.slug, issue.year, issue.number, article.slug)
                texts[key] = article.plain_text
    return texts


def _lines(counts: Iterable[tuple[str, int]]) -> str:
    return "\n".join(f"  {count:>3}  {sentence}" for sentence, count in counts)


def main() -> None:
    import os
    from collections import Counter

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leeszaal.settings")
    django.setup()
    texts = plan_texts()
    figures = measure(texts)
    out = sys.stdout
    out.write(f"{figures.texts} articles; median share of shared sentences {figures.median_share:.1%}\n")
    out.write(f"most shared sentence in {figures.max_texts} articles: {figures.most_shared}\n")
    spread: Counter[str] = Counter()
    for text in texts.values():
        spread.update(set(sentences(text)))
    out.write(_lines(spread.most_common(15)) + "\n")


if __name__ == "__main__":
    main()
