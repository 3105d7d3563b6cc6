"""Search benchmark: index build, query latency and the search page under load, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.search [--articles 100000] [--backend both|sqlite|postgresql] [--duration 10]

For each backend a child process (``--child``) gets a fresh database (SQLite: a file in a temporary
folder; PostgreSQL: ``leeszaal_bench_search`` on 127.0.0.1:5432, dropped first if present) and:

1. runs ``migrate`` and ``collectstatic``, and generates a deterministic corpus (seeded) of Dutch
   articles with ``bulk_create`` (``bench.dutch`` holds the word lists);
2. times ``search.indexing.rebuild()`` and prints the index sizes;
3. times a fixed mix of query kinds through ``search.engine.search()`` in-process: hits, p50/p95 and
   SQL queries per search (``CaptureQueriesContext``);
4. serves the site with gunicorn on 127.0.0.1 and drives ``/zoeken/`` with wrk over the same mix.

It prints figures and asserts nothing; the database and the temporary folder are removed at the end,
on failure and on Ctrl-C or SIGTERM too (unless ``--keep``).
"""

from __future__ import annotations

import argparse
import array
import contextlib
import datetime
import itertools
import json
import math
import multiprocessing
import operator
import os
import random
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from bench import dutch

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432"
DATABASE = "leeszaal_bench_search"
SQLITE_NAME = "bench.sqlite3"
SEED = 20261201
BATCH = 500
#: Slots of the table words are drawn from (16-bit indices, so one random byte pair per word).
TABLE_SLOTS = 1 << 16
FIRST_YEAR, LAST_YEAR = 2005, 2026
ISSUE_SIZE = (16, 24)
SUBSCRIBER_EMAIL = "abonnee-zoeken@example.org"
#: A browser's User-Agent, so the page's search is counted as usage, as a reader's is.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"

#: (slug, title, acronym, fully open access)
JOURNALS = [
    ("tijdschrift-voor-jeugdzorg", "Tijdschrift voor Jeugdzorg", "TvJ", False),
    ("sociaal-werk-en-praktijk", "Sociaal Werk en Praktijk", "SWP", False),
    ("onderwijs-en-opvoeding", "Onderwijs en Opvoeding", "OeO", False),
    ("open-zorg-en-welzijn", "Open Zorg en Welzijn", "OZW", True),
]
#: (article type, weight)
TYPES = [
    ("research-article", 60),
    ("review-article", 10),
    ("case-report", 12),
    ("editorial", 5),
    ("book-review", 8),
    ("interview", 5),
]
SECTIONS = {
    "research-article": "Onderzoek",
    "review-article": "Overzicht",
    "case-report": "Praktijk",
    "editorial": "Redactioneel",
    "book-review": "Boekbesprekingen",
    "interview": "Interview",
}


def say(line: str = "") -> None:
    print(line, flush=True)


def code_version() -> str:
    """Which code is measured: the commit, and whether the application's files differ from it."""
    snapshot = REPO / "SNAPSHOT"
    if snapshot.exists():
        return snapshot.read_text().strip()
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", ".", ":!bench", ":!tests"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    changed = sorted({line[3:].split("/")[0] for line in dirty if line.strip()})
    return head + (f" + uncommitted changes in {', '.join(changed)}" if changed else "")


# ---------------------------------------------------------------------------------------- vocabulary


def _unique[T](items: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(items))


@dataclass(slots=True)
class Vocabulary:
    """Every word by rank (most frequent first) and tables to draw running text from (Zipf-like)."""

    ranked: list[str]
    functions: int
    #: TABLE_SLOTS words, each as many times as its share of running text: a random slot is a random word.
    table: tuple[str, ...]
    #: The same without function words (titles).
    content: tuple[str, ...]

    @classmethod
    def build(cls, rng: random.Random, exponent: float = 1.0) -> Vocabulary:
        functions = _unique(dutch.FUNCTION_WORDS)
        simple = [
            w for w in _unique(dutch.NOUNS + dutch.VERBS + dutch.ADJECTIVES + dutch.ADVERBS) if w not in functions
        ]
        rng.shuffle(simple)
        generated = [
            left + right
            for left in _unique(dutch.COMPOUND_LEFT)
            for right in _unique(dutch.COMPOUND_RIGHT)
            if not left.startswith(right[:4])
        ]
        compounds = _unique(dutch.COMPOUNDS + rng.sample(generated, min(len(generated), 4000)))
        rng.shuffle(compounds)
        ranked = _unique(functions + simple + compounds)
        return cls(
            ranked, len(functions), _table(ranked, exponent), _table(ranked[len(functions) :], exponent, offset=40)
        )


def _table(words: list[str], exponent: float, offset: int = 0) -> tuple[str, ...]:
    """Words repeated in proportion to 1 / (rank + 2.7)^exponent, at least once each, TABLE_SLOTS in all."""
    weights = [1.0 / (rank + offset + 2.7) ** exponent for rank in range(len(words))]
    spare = TABLE_SLOTS - len(words)
    total = sum(weights)
    shares = [w / total * spare for w in weights]
    slots = [1 + int(share) for share in shares]
    # Largest remainders fill the table exactly.
    left = TABLE_SLOTS - sum(slots)
    for index in sorted(range(len(words)), key=lambda i: shares[i] - int(shares[i]), reverse=True)[:left]:
        slots[index] += 1
    table = [word for word, n in zip(words, slots, strict=True) for _ in range(n)]
    return tuple(table)


# ------------------------------------------------------------------------------------------- corpus


@dataclass(slots=True)
class IssuePlan:
    journal: int
    year: int
    number: int
    published_on: datetime.date
    size: int


@dataclass(slots=True)
class ArticleData:
    issue: int
    position: int
    title: str
    subtitle: str
    abstract: str
    keywords: str
    body: str
    body_text: str
    article_type: str
    is_open: bool
    authors: list[int]
    #: The rare compounds put into the full text.
    rare: list[str]
    doi: str
    first_page: int
    last_page: int


@dataclass(slots=True)
class Facts:
    """What the query mix is drawn from: samples of the generated corpus."""

    titles: list[str] = field(default_factory=list)
    rare: list[str] = field(default_factory=list)
    bigrams: list[str] = field(default_factory=list)
    dois: list[str] = field(default_factory=list)
    author_articles: Counter[int] = field(default_factory=Counter)
    keywords: Counter[str] = field(default_factory=Counter)


def plan_issues(articles: int, rng: random.Random) -> list[IssuePlan]:
    """Issues of ~20 articles, round robin over the journals, spread evenly over the years."""
    sizes: list[int] = []
    while sum(sizes) < articles:
        sizes.append(rng.randint(*ISSUE_SIZE))
    sizes[-1] -= sum(sizes) - articles
    per_journal: list[list[int]] = [[] for _ in JOURNALS]
    for n, size in enumerate(sizes):
        per_journal[n % len(JOURNALS)].append(size)
    years = LAST_YEAR - FIRST_YEAR + 1
    plans = []
    for journal, journal_sizes in enumerate(per_journal):
        count = len(journal_sizes)
        in_year: Counter[int] = Counter(FIRST_YEAR + k * years // count for k in range(count))
        numbers: Counter[int] = Counter()
        for k, size in enumerate(journal_sizes):
            year = FIRST_YEAR + k * years // count
            numbers[year] += 1
            day = (numbers[year] - 1) * 360 // in_year[year]
            published = datetime.date(year, 1, 10) + datetime.timedelta(days=day)
            plans.append(IssuePlan(journal, year, numbers[year], published, size))
    return plans


class Generator:
    """The articles' text and metadata, drawn from one seeded random generator in a fixed order."""

    def __init__(self, seed: int, *, abstract_words: int, body_words: int, authors: int) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = Vocabulary.build(self.rng)
        self.abstract_words = abstract_words
        self.body_words = body_words
        self.authors = authors
        self.author_weights = _cumulative([1.0 / (rank + 20) ** 0.8 for rank in range(authors)])
        self.keywords = _unique(dutch.KEYWORDS)
        self.keyword_weights = _cumulative([1.0 / (rank + 3) ** 0.9 for rank in range(len(self.keywords))])
        self.type_weights = _cumulative([float(w) for _, w in TYPES])
        self.left = _unique(dutch.COMPOUND_LEFT)
        self.right = _unique(dutch.COMPOUND_RIGHT)
        self.facts = Facts()

    def draw(self, n: int, table: tuple[str, ...] | None = None) -> list[str]:
        """n words of running text: two random bytes pick a slot of the table (C loops, no Python loop per word)."""
        indices = array.array("H", self.rng.randbytes(2 * max(2, n)))
        words: tuple[str, ...] = operator.itemgetter(*indices)(table or self.vocabulary.table)
        return list(words[:n])

    def rare_word(self) -> str:
        """A long three-part compound: hundreds of thousands are possible, so each is in very few articles."""
        rng = self.rng
        return rng.choice(self.left) + rng.choice(self.left) + rng.choice(self.right)

    def sentences(self, words: list[str]) -> list[str]:
        out = []
        getrandbits = self.rng.getrandbits
        i, n = 0, len(words)
        while i < n:
            k = 7 + getrandbits(4)  # 7-22 words
            text = " ".join(words[i : i + k])
            out.append(text[:1].upper() + text[1:] + ".")
            i += k
        return out

    def paragraphs(self, words: list[str], count: int) -> list[str]:
        sentences = self.sentences(words)
        step = max(1, len(sentences) // count)
        return [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]

    def title(self) -> str:
        c = self.draw(6, self.vocabulary.content)
        form = self.rng.randrange(8)
        text = [
            f"{c[0]} en {c[1]} in de {c[2]}",
            f"{c[0]} bij {c[1]}: {c[2]} en {c[3]}",
            f"de rol van {c[0]} bij {c[1]} {c[2]}",
            f"{c[0]} van {c[1]} in {c[2]} {c[3]}",
            f"over {c[0]}, {c[1]} en {c[2]}",
            f"{c[0]} {c[1]}: een {c[2]} onder {c[3]} {c[4]}",
            f"hoe {c[0]} {c[1]} {c[2]} {c[3]}",
            f"naar {c[0]} {c[1]} in het {c[2]} {c[3]} {c[4]}",
        ][form]
        return text[:1].upper() + text[1:]

    def article(self, issue: int, plan: IssuePlan, position: int, page: int, open_journal: bool) -> ArticleData:
        rng = self.rng
        title = self.title()
        subtitle = ""
        if rng.random() < 0.3:
            s = self.draw(4, self.vocabulary.content)
            subtitle = f"een {s[0]} naar {s[1]} en {s[2]}"
        words = self.draw(rng.randint(self.abstract_words * 9 // 10, self.abstract_words * 11 // 10))
        if rng.random() < 0.3:
            words[rng.randrange(len(words))] = self.rare_word()
        abstract = "\n\n".join(self.paragraphs(words, rng.randint(1, 2)))
        body_words = self.draw(rng.randint(self.body_words * 9 // 10, self.body_words * 11 // 10))
        rare = [self.rare_word() for _ in range(2)]
        for word in rare:
            body_words[rng.randrange(len(body_words))] = word
        paragraphs = self.paragraphs(body_words, rng.randint(5, 8))
        headings = rng.sample(dutch.HEADINGS, 3)
        blocks: list[tuple[str, str]] = []
        third = max(1, len(paragraphs) // 3)
        for n, paragraph in enumerate(paragraphs):
            if n % third == 0 and n // third < len(headings):
                blocks.append(("h2", headings[n // third]))
            blocks.append(("p", paragraph))
        body = "\n".join(f"<{tag}>{text}</{tag}>" for tag, text in blocks)
        # What journals.html.html_to_text makes of this body (one line per block); checked on a sample.
        body_text = "\n".join(text for _, text in blocks)
        keywords = _unique(rng.choices(self.keywords, cum_weights=self.keyword_weights, k=rng.randint(3, 6)))
        count = rng.choice((1, 1, 2, 2, 2, 3))
        authors = _unique(rng.choices(range(self.authors), cum_weights=self.author_weights, k=count))
        article_type = rng.choices([t for t, _ in TYPES], cum_weights=self.type_weights)[0]
        journal = JOURNALS[plan.journal]
        is_open = open_journal or rng.random() < 0.1
        length = rng.randint(6, 24)
        doi = f"10.55555/{journal[2].lower()}.{plan.year}.{plan.number}.{position:03d}"
        self.facts.author_articles.update(authors)
        self.facts.keywords.update(keywords)
        return ArticleData(
            issue=issue,
            position=position,
            title=title,
            subtitle=subtitle,
            abstract=abstract,
            keywords=", ".join(keywords),
            body=body,
            body_text=body_text,
            article_type=article_type,
            is_open=is_open,
            authors=authors,
            rare=rare,
            doi=doi,
            first_page=page,
            last_page=page + length - 1,
        )

    def sample(self, data: ArticleData) -> None:
        """Remember what queries can be made of this article."""
        facts = self.facts
        facts.titles.append(data.title)
        facts.dois.append(data.doi)
        facts.rare.append(data.rare[0])
        words = data.abstract.replace(".", " ").split()
        for a, b in itertools.pairwise(words[10:]):
            if a.islower() and b.islower() and len(a) > 5 and len(b) > 5 and not (STOP_WORDS & {a, b}):
                facts.bigrams.append(f"{a} {b}")
                break


from search.analysis import STOP_WORDS  # noqa: E402 - no Django needed, only PyStemmer


def _produce(generator: Generator, plans: list[IssuePlan], articles: int, batches: Any) -> None:
    """In the forked process: every article in order, in batches, then the facts sampled on the way."""
    # Terminated when the inserting process stops early: no handler, so no blocking put to a reader that is gone.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        stride = max(1, articles // 60)
        batch: list[ArticleData] = []
        n = 0
        for issue, plan in enumerate(plans):
            page = 1
            open_journal = JOURNALS[plan.journal][3]
            for position in range(1, plan.size + 1):
                data = generator.article(issue, plan, position, page, open_journal)
                page = data.last_page + 1
                if n % stride == stride // 2:
                    generator.sample(data)
                n += 1
                batch.append(data)
                if len(batch) == BATCH:
                    batches.put(batch)
                    batch = []
        if batch:
            batches.put(batch)
        batches.put(generator.facts)
    except BaseException:
        with contextlib.suppress(Exception):
            batches.put(traceback.format_exc(), timeout=5)
        raise


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for weight in weights:
        total += weight
        out.append(total)
    return out


@dataclass(slots=True)
class CorpusInfo:
    articles: int = 0
    authors: int = 0
    contributions: int = 0
    issues: int = 0
    seconds: float = 0.0
    #: Generating and inserting the articles and their contributions only.
    article_seconds: float = 0.0
    body_words: float = 0.0
    journal_slugs: list[str] = field(default_factory=list)
    author_ids: list[int] = field(default_factory=list)
    subscriber_id: int = 0


def build_corpus(args: argparse.Namespace, generator: Generator) -> CorpusInfo:
    """Publisher, journals, issues, authors, articles (bulk_create in batches) and a subscriber."""
    from allauth.account.models import EmailAddress
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from access.models import Subscription
    from accounts.models import User
    from journals.html import html_to_text
    from journals.models import Article, Author, Contribution, Issue, Journal, Publisher, Section

    rng = generator.rng
    info = CorpusInfo()
    started = time.perf_counter()
    publisher = Publisher.objects.create(name="Uitgeverij Zoekbank", slug="zoekbank", description="Bench.")
    journals = Journal.objects.bulk_create(
        Journal(
            publisher=publisher,
            title=title,
            acronym=acronym,
            slug=slug,
            description=f"{title}: vakblad.",
            open_access=open_access,
            position=n,
        )
        for n, (slug, title, acronym, open_access) in enumerate(JOURNALS)
    )
    info.journal_slugs = [j.slug for j in journals]
    section_rows = Section.objects.bulk_create(
        Section(journal=journal, name=name, position=n)
        for journal in journals
        for n, name in enumerate(SECTIONS.values())
    )
    section_of = {(row.journal_id, row.name): row for row in section_rows}
    plans = plan_issues(args.articles, rng)
    issues = Issue.objects.bulk_create(
        (
            Issue(
                journal=journals[p.journal],
                volume=p.year - 1990,
                number=str(p.number),
                sort_number=p.number,
                year=p.year,
                published_on=p.published_on,
                is_published=True,
            )
            for p in plans
        ),
        batch_size=BATCH,
    )
    info.issues = len(issues)
    given, surnames = _unique(dutch.GIVEN_NAMES), _unique(dutch.SURNAMES)
    pairs = rng.sample([(g, s) for g in given for s in surnames], generator.authors)
    authors = Author.objects.bulk_create((Author(given_names=g, surname=s) for g, s in pairs), batch_size=2000)
    info.authors = len(authors)
    info.author_ids = [a.pk for a in authors]
    user = User.objects.create_user(email=SUBSCRIBER_EMAIL, password=secrets.token_urlsafe(16), name="Abonnee")
    EmailAddress.objects.create(user=user, email=SUBSCRIBER_EMAIL, verified=True, primary=True)
    today = timezone.localdate()
    Subscription.objects.create(
        user=user,
        journal=journals[0],
        starts_on=today - datetime.timedelta(days=180),
        ends_on=today + datetime.timedelta(days=185),
    )
    info.subscriber_id = user.pk

    # The text is generated in a forked process (the random generator's state goes with it, so the corpus
    # stays the same) while this one inserts: two cores, and no GIL between generating and inserting.
    context = multiprocessing.get_context("fork")
    batches: Any = context.Queue(maxsize=3)
    producer = context.Process(target=_produce, args=(generator, plans, args.articles, batches), daemon=True)
    producer.start()
    articles_started = time.perf_counter()
    done = contributions = checked = words = 0
    waited = 0.0
    next_report = time.perf_counter() + 5
    try:
        while True:
            wait_started = time.perf_counter()
            item = batches.get()
            waited += time.perf_counter() - wait_started
            if isinstance(item, Facts):
                generator.facts = item
                break
            if isinstance(item, str):
                raise RuntimeError(f"the corpus generator failed:\n{item}")
            for data in item[::100]:
                # The body's plain text is built with the body; it must be what Article.save would derive.
                if html_to_text(data.body) != data.body_text:
                    raise RuntimeError(f"body_text differs from html_to_text(body) in {data.doi}")
                checked += 1
            objects = [
                Article(
                    issue=issues[d.issue],
                    position=d.position,
                    section=section_of[issues[d.issue].journal_id, SECTIONS[d.article_type]],
                    article_type=d.article_type,
                    title=d.title,
                    subtitle=d.subtitle,
                    slug=f"{slugify(d.title)[:100]}-{d.position}",
                    abstract=d.abstract,
                    keywords=d.keywords,
                    body=d.body,
                    body_text=d.body_text,
                    doi=d.doi,
                    first_page=d.first_page,
                    last_page=d.last_page,
                    published_on=plans[d.issue].published_on,
                    language="nl",
                    access=Article.Access.OPEN if d.is_open else Article.Access.SUBSCRIPTION,
                    status=Article.Status.PUBLISHED,
                )
                for d in item
            ]
            with transaction.atomic():
                created = Article.objects.bulk_create(objects, batch_size=BATCH)
                links = [
                    Contribution(article=article, author=authors[a], position=n, is_corresponding=n == 0)
                    for article, d in zip(created, item, strict=True)
                    for n, a in enumerate(d.authors)
                ]
                Contribution.objects.bulk_create(links, batch_size=2000)
            contributions += len(links)
            words += sum(d.body_text.count(" ") + 1 for d in item[::50])
            done += len(item)
            now = time.perf_counter()
            if now >= next_report or done == args.articles:
                next_report = now + 10
                rate = done / (now - articles_started)
                say(f"   corpus {done:>9,}/{args.articles:,} articles ({rate:,.0f}/s)")
    finally:
        # Done (everything received) or stopped early (the producer may wait to put a batch nobody reads).
        if producer.is_alive():
            producer.terminate()
        producer.join(timeout=10)
    info.article_seconds = time.perf_counter() - articles_started
    info.articles = done
    info.contributions = contributions
    info.seconds = time.perf_counter() - started
    info.body_words = words / max(1, len(range(0, done, 50)))
    say(
        f"corpus: {done:,} articles in {info.issues:,} issues, {info.authors:,} authors, {contributions:,} "
        f"contributions in {info.seconds:.1f} s; the articles (generated + inserted) in {info.article_seconds:.1f} s "
        f"({done / info.article_seconds:,.0f} articles/s; body_text checked against html_to_text on {checked:,}; "
        f"{waited:.1f} s of it waiting for the generator process)"
    )
    return info


# ----------------------------------------------------------------------------------------- queries


@dataclass(slots=True)
class Spec:
    text: str
    journal: str | None = None
    year: int | None = None
    author_id: int | None = None
    keyword: str | None = None
    access: str | None = None
    article_type: str | None = None
    sort: str = "relevantie"
    page: int = 1
    subscriber: bool = False

    def path(self) -> str:
        pairs = [("q", self.text)]
        for name, param in (
            ("journal", "tijdschrift"),
            ("year", "jaar"),
            ("author_id", "auteur"),
            ("keyword", "trefwoord"),
            ("access", "toegang"),
            ("article_type", "soort"),
        ):
            value = getattr(self, name)
            if value is not None:
                pairs.append((param, str(value)))
        if self.sort != "relevantie":
            pairs.append(("sorteer", self.sort))
        if self.page > 1:
            pairs.append(("pagina", str(self.page)))
        return "/zoeken/?" + urlencode(pairs)


@dataclass(slots=True)
class Kind:
    name: str
    specs: list[Spec]


def _content(vocabulary: Vocabulary, *, start: int, count: int, min_length: int = 5) -> list[str]:
    """Content words from rank ``start`` of the content words on, that the analyser does not drop."""
    from search import analysis

    out: list[str] = []
    for word in vocabulary.ranked[vocabulary.functions + start :]:
        if len(word) >= min_length and word.isalpha() and not analysis.is_stop_word(analysis.fold(word)):
            out.append(word)
            if len(out) == count:
                break
    return out


def _misspelled(word: str) -> str:
    middle = len(word) // 2
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def query_mix(generator: Generator, info: CorpusInfo) -> list[Kind]:
    """At least 20 kinds of query, each with three concrete queries drawn from the corpus (deterministic)."""
    from search import analysis

    vocabulary, facts = generator.vocabulary, generator.facts
    common = _content(vocabulary, start=0, count=3)
    middle = _content(vocabulary, start=300, count=12)
    known = set(vocabulary.ranked)
    long_words = [w for w in vocabulary.ranked[vocabulary.functions + 200 :] if len(w) >= 14 and w.isalpha()][:3]
    top_authors = [index for index, _ in facts.author_articles.most_common(3)]
    names = author_names(info, [info.author_ids[i] for i in top_authors])
    title_words = [
        " ".join([w for w in analysis.words(title) if not analysis.is_stop_word(w) and len(w) > 2][:3])
        for title in facts.titles[:3]
    ]
    top_keywords = [k for k, _ in facts.keywords.most_common(3)]
    slugs = info.journal_slugs
    inflected = [w for w in ("ondersteunde", "kinderen", "gezinnen", "begeleidde", "onderzochten") if w in known][:3]
    accented = [w for w in ("coördinatie", "ideeën", "patiënten", "cliënten", "geëvalueerd") if w in known][:3]
    kinds = [
        Kind("common word", [Spec(w) for w in common]),
        Kind("rare word", [Spec(w) for w in facts.rare[:3]]),
        Kind("two words", [Spec(f"{middle[0]} {middle[1]}"), Spec(f"{middle[2]} {common[0]}"), Spec(f"{middle[3]} {middle[4]}")]),
        Kind(
            "three words",
            [Spec(f"{common[1]} {middle[5]} {middle[6]}"), Spec(f"{middle[7]} {middle[8]} {middle[9]}"), Spec(f"{common[2]} {common[0]} {middle[10]}")],
        ),
        Kind("compound part", [Spec("ondersteuning"), Spec("verlening"), Spec("problematiek")]),
        Kind("short prefix word", [Spec("zorg"), Spec("werk"), Spec("kind")]),
        Kind("inflected form", [Spec(w) for w in inflected]),
        Kind("phrase", [Spec(f'"{b}"') for b in facts.bigrams[:3]]),
        Kind("exclusion", [Spec(f"{common[0]} -{middle[0]}"), Spec(f"{middle[1]} -{common[1]}"), Spec(f"{middle[2]} -{middle[3]}")]),
        Kind("OR", [Spec(f"{middle[4]} OR {middle[5]}"), Spec(f"{facts.rare[0]} OR {middle[6]}"), Spec(f"{common[2]} OR {middle[7]}")]),
        Kind("author surname", [Spec(surname) for _, surname in names]),
        Kind("author full name", [Spec(f"{given} {surname}") for given, surname in names]),
        Kind("half-remembered title", [Spec(t) for t in title_words]),
        Kind("misspelled word", [Spec(_misspelled(w)) for w in long_words]),
        Kind("journal filter", [Spec(common[0], journal=slugs[1]), Spec(middle[0], journal=slugs[0]), Spec(middle[1], journal=slugs[3])]),
        Kind("year filter", [Spec(common[1], year=2024), Spec(middle[2], year=2015), Spec(middle[3], year=2008)]),
        Kind("open access", [Spec(common[2], access="open"), Spec(middle[4], access="open"), Spec(middle[5], access="open")]),
        Kind("keyword filter", [Spec(common[0], keyword=top_keywords[0]), Spec(middle[6], keyword=top_keywords[1]), Spec(common[1], keyword=top_keywords[2])]),
        Kind("author filter", [Spec(common[0], author_id=info.author_ids[top_authors[0]]), Spec(middle[7], author_id=info.author_ids[top_authors[1]]), Spec(common[2], author_id=info.author_ids[top_authors[2]])]),
        Kind("type filter", [Spec(common[0], article_type="book-review"), Spec(middle[8], article_type="interview"), Spec(middle[9], article_type="editorial")]),
        Kind("sort by date", [Spec(common[0], sort="datum"), Spec(middle[10], sort="datum"), Spec(middle[11], sort="datum")]),
        Kind("page 5", [Spec(common[1], page=5), Spec(middle[0], page=5), Spec(f"{common[0]} {common[2]}", page=5)]),
        Kind(
            "stop words but one",
            [Spec(f"hoe kan het dat de {common[0]} er niet is"), Spec(f"wat is de {middle[1]} van het"), Spec(f"het is een {middle[2]} van de")],
        ),
        Kind("DOI-like text", [Spec(doi) for doi in facts.dois[:3]]),
        Kind("accented input", [Spec(w) for w in accented]),
        Kind("long query (6 words)", [Spec(" ".join(middle[i : i + 6])) for i in (0, 3, 6)]),
        Kind("common word, subscriber", [Spec(w, subscriber=True) for w in common]),
        Kind("two words, subscriber", [Spec(f"{middle[0]} {middle[1]}", subscriber=True), Spec(f"{middle[2]} {common[0]}", subscriber=True), Spec(f"{middle[3]} {middle[4]}", subscriber=True)]),
    ]  # fmt: skip
    return [kind for kind in kinds if kind.specs]


def author_names(info: CorpusInfo, ids: list[int]) -> list[tuple[str, str]]:
    from journals.models import Author

    names = {
        pk: (given, surname)
        for pk, given, surname in Author.objects.filter(pk__in=ids).values_list("pk", "given_names", "surname")
    }
    return [names[pk] for pk in ids]


@dataclass(slots=True)
class KindResult:
    name: str
    example: str
    hits: list[int]
    timings_ms: list[float]
    queries: list[int]
    sql_ms: list[float]
    suggestion: str = ""
    slowest_sql: str = field(default="", repr=False)

    @property
    def p50(self) -> float:
        return percentile(self.timings_ms, 50)

    @property
    def p95(self) -> float:
        return percentile(self.timings_ms, 95)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    # Nearest rank: the smallest value with at least p% of the values at or below it.
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def measure_queries(kinds: list[Kind], info: CorpusInfo, repeat: int) -> list[KindResult]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from access.decision import Reader
    from accounts.models import User
    from search.backends.base import AccessFilter, Filters, Sort
    from search.engine import search

    subscriber = User.objects.get(pk=info.subscriber_id)

    def run(spec: Spec) -> Any:
        reader = Reader(user=subscriber if spec.subscriber else None, ip=None)
        filters = Filters(
            journal=spec.journal,
            year=spec.year,
            author_id=spec.author_id,
            keyword=spec.keyword,
            access=AccessFilter(spec.access) if spec.access else None,
            article_type=spec.article_type,
        )
        return search(text=spec.text, reader=reader, filters=filters, sort=Sort(spec.sort), page=spec.page)

    say("   warming up (every query once)")
    for kind in kinds:
        for spec in kind.specs:
            run(spec)
    results = []
    for kind in kinds:
        result = KindResult(kind.name, kind.specs[0].text, [], [], [], [])
        slowest = 0.0
        for spec in kind.specs:
            with CaptureQueriesContext(connection) as captured:
                found = run(spec)
            result.hits.append(found.total)
            result.queries.append(len(captured.captured_queries))
            result.sql_ms.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
            if found.suggestion and not result.suggestion:
                result.suggestion = found.suggestion
            for q in captured.captured_queries:
                if float(q["time"]) > slowest:
                    slowest, result.slowest_sql = float(q["time"]), q["sql"]
            for _ in range(repeat):
                started = time.perf_counter()
                run(spec)
                result.timings_ms.append((time.perf_counter() - started) * 1000)
        results.append(result)
        say(
            f"   {result.name:<26} {_short(result.example, 34):<34} {'/'.join(f'{h:,}' for h in result.hits):>22} "
            f"{result.p50:>8.1f} {result.p95:>8.1f} {_range(result.queries):>5} {statistics.median(result.sql_ms):>8.1f}"
            + (f"  -> {result.suggestion!r}" if result.suggestion else "")
        )
    return results


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _range(values: list[int]) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}-{high}"


def explain(results: list[KindResult], count: int) -> None:
    """The plan of the slowest statement of the slowest kinds."""
    from django.db import connection

    for result in sorted(results, key=lambda r: r.p50, reverse=True)[:count]:
        say(f"\n-- EXPLAIN of the slowest statement of {result.name!r} ({result.example!r}, p50 {result.p50:.0f} ms)")
        prefix = "EXPLAIN (ANALYZE, BUFFERS) " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
        with connection.cursor() as cursor:
            try:
                cursor.execute(prefix + result.slowest_sql)
                for row in cursor.fetchall():
                    say("   " + " | ".join(str(col) for col in row))
            except Exception as error:
                say(f"   (could not explain: {error})")


# ------------------------------------------------------------------------------------------- sizes


def sizes(backend_name: str, database_path: Path | None) -> dict[str, Any]:
    from django.db import connection

    from search.backends import get_backend

    out: dict[str, Any] = {"index": get_backend().size()}
    with connection.cursor() as cursor:
        if backend_name == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            out["database_bytes"] = cursor.fetchone()[0]
            tables = {}
            for table in (
                "journals_article",
                "search_vector",
                "search_entry",
                "search_entryauthor",
                "search_entrykeyword",
                "search_term",
            ):
                cursor.execute("SELECT pg_total_relation_size(CAST(%s AS regclass))", [table])
                tables[table] = cursor.fetchone()[0]
            out["tables"] = tables
        else:
            assert database_path is not None
            out["database_bytes"] = database_path.stat().st_size
            wal = database_path.with_name(database_path.name + "-wal")
            out["wal_bytes"] = wal.stat().st_size if wal.exists() else 0
            try:
                cursor.execute(
                    "SELECT CASE WHEN name LIKE %s THEN 'search_fts*' ELSE name END AS n, SUM(pgsize) "
                    "FROM dbstat GROUP BY n ORDER BY SUM(pgsize) DESC LIMIT 8",
                    ["search_fts%"],
                )
                out["tables"] = dict(cursor.fetchall())
            except Exception:  # dbstat is a compile-time option of SQLite
                out["tables"] = {}
    return out


def _mb(value: Any) -> str:
    return f"{value / 1e6:,.0f} MB" if isinstance(value, int) else str(value)


# --------------------------------------------------------------------------------------------- wrk

_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}
_PERCENTILE = re.compile(r"^\s*(50|75|90|99)(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)


def wrk_script(paths: list[str], target: Path) -> Path:
    lines = ",\n".join(f'  "{path}"' for path in paths)
    target.write_text(
        f"""-- Generated by bench/search.py: cycles over the query mix, each thread from another place.
local paths = {{
{lines}
}}
wrk.headers["User-Agent"] = "{BROWSER}"
local threads = 0
function setup(thread)
  thread:set("offset", threads * 7)
  threads = threads + 1
end
local i = 0
function init(args)
  i = offset or 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
"""
    )
    return target


def run_wrk(url: str, script: Path, *, connections: int, duration: float) -> dict[str, Any]:
    if urlsplit(url).hostname != HOST:
        raise ValueError(f"wrk only ever targets {HOST}, not {url}")
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration:g}s",
        "--latency",
        "--timeout",
        "30s",
        "-s",
        str(script),
        url,
    ]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=duration + 90, check=False)
    out = completed.stdout
    percentiles = {p: float(v) * _UNITS_MS[u] for p, v, u in _PERCENTILE.findall(out)}
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if completed.returncode != 0 or rps is None:
        say(f"   wrk failed ({completed.returncode}): {completed.stderr.strip() or out.strip()}")
    return {
        "requests_per_s": float(rps.group(1)) if rps else 0.0,
        "requests": int(total.group(1)) if total else 0,
        "p50_ms": percentiles.get("50"),
        "p75_ms": percentiles.get("75"),
        "p90_ms": percentiles.get("90"),
        "p99_ms": percentiles.get("99"),
        "non_2xx_3xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": [int(n) for n in sockets.groups()] if sockets else [],
        "raw": out,
    }


def fetch(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": BROWSER})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except urllib.error.URLError:
        return 0, b""


def load_test(kinds: list[Kind], results: list[KindResult], var_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    from django.db import connections

    from bench.load import Gunicorn, ServerConfig

    connections.close_all()
    anonymous = [(kind, result) for kind, result in zip(kinds, results, strict=True) if not kind.specs[0].subscriber]
    paths = [spec.path() for kind, _ in anonymous for spec in kind.specs]
    server = Gunicorn(ServerConfig("sync", args.workers), dict(os.environ), var_dir / "gunicorn.log")
    out: dict[str, Any] = {}
    try:
        server.start()
        say(f"   gunicorn sync -w {args.workers} on {server.base_url}; checking every URL of the mix once")
        bad = []
        for kind, result in anonymous:
            for spec, hits in zip(kind.specs, result.hits, strict=True):
                status, body = fetch(server.base_url + spec.path())
                wanted = 302 if kind.name == "DOI-like text" and status == 302 else 200
                if status != wanted or (hits and wanted == 200 and b"search-hit" not in body):
                    bad.append(f"{spec.path()} -> {status}, search-hit {'yes' if b'search-hit' in body else 'no'}")
        with_hits = sum(1 for _, result in anonymous for hits in result.hits if hits)
        say(
            f"   {len(paths)} URLs, {with_hits} of them with hits (each page checked for 'search-hit'); "
            f"{len(bad)} unexpected" + "".join(f"\n     {line}" for line in bad)
        )
        script = wrk_script(paths, var_dir / "search.lua")
        run_wrk(server.base_url + "/", script, connections=max(2, args.workers), duration=min(3.0, args.duration))
        server.wait_drained()
        out = run_wrk(server.base_url + "/", script, connections=args.connections, duration=args.duration)
        errors = out["non_2xx_3xx"] + sum(out["socket_errors"])
        say(
            f"   wrk -t2 -c{args.connections} -d{args.duration:g}s over {len(paths)} URLs: "
            f"{out['requests_per_s']:.1f} requests/s ({out['requests']} requests, {errors} errors); latency "
            f"p50 {out['p50_ms']} ms, p75 {out['p75_ms']} ms, p90 {out['p90_ms']} ms, p99 {out['p99_ms']} ms"
        )
        if args.show_wrk:
            say(out["raw"])
        rss, _hwm, _master = server.memory()
        out["worker_rss_mb"] = rss
        out["urls"] = len(paths)
        out["unexpected"] = bad
        say(f"   worker RSS MB: {', '.join(f'{r:.0f}' for r in rss)}")
    finally:
        server.stop()
    out.pop("raw", None)
    return out


# ------------------------------------------------------------------------------------------- child


def child(args: argparse.Namespace) -> None:
    import django
    from django.core.management import call_command

    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    var_dir = Path(os.environ["LEESZAAL_VAR_DIR"])
    database_path = var_dir / SQLITE_NAME if args.backend == "sqlite" else None
    django.setup()
    from django.db import connection

    report: dict[str, Any] = {"backend": args.backend, "articles": args.articles, "code": code_version()}
    say(f"code: {report['code']}")
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    say(f"migrate + collectstatic: {time.perf_counter() - started:.1f} s")

    authors = min(4000, max(300, args.articles // 5))
    generator = Generator(SEED, abstract_words=args.abstract_words, body_words=args.body_words, authors=authors)
    say(f"vocabulary: {len(generator.vocabulary.ranked):,} words ({generator.vocabulary.functions} function words)")
    info = build_corpus(args, generator)
    report["corpus"] = asdict(info) | {"author_ids": len(info.author_ids)}

    from search.indexing import rebuild

    say("index: search.indexing.rebuild()")
    started = time.perf_counter()
    next_report = [started + 10]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now >= next_report[0] or done == total:
            next_report[0] = now + 30
            say(f"   rebuild {done:>9,}/{total:,} ({done / (now - started):,.0f} articles/s)")

    indexed, removed = rebuild(progress=progress)
    seconds = time.perf_counter() - started
    say(f"index: {indexed:,} indexed, {removed:,} removed in {seconds:.1f} s ({indexed / seconds:,.0f} articles/s)")
    report["rebuild"] = {"seconds": seconds, "indexed": indexed, "per_second": indexed / seconds}
    if connection.vendor == "postgresql":
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        report["vacuum_analyze_seconds"] = time.perf_counter() - started
        say(f"VACUUM ANALYZE (what autovacuum would do next): {report['vacuum_analyze_seconds']:.1f} s")
    report["sizes"] = sizes(args.backend, database_path)
    s = report["sizes"]
    say(f"sizes: search index {json.dumps(s['index'])}")
    say(
        f"       database {_mb(s['database_bytes'])}"
        + (f" (+ WAL {_mb(s['wal_bytes'])})" if "wal_bytes" in s else "")
        + "; "
        + ", ".join(f"{name} {_mb(size)}" for name, size in s["tables"].items())
    )

    from bench.load import report_neighbours

    kinds = query_mix(generator, info)
    report["cpu_busy_before_queries"] = report_neighbours("before the queries (bench idle)")
    say(
        f"\nqueries: {len(kinds)} kinds x {sum(len(k.specs) for k in kinds) // len(kinds)} queries x {args.repeat} runs, search.engine.search() in-process"
    )
    say(
        f"   {'kind':<26} {'first query':<34} {'hits (total)':>22} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>5} {'exec ms':>8}"
    )
    results = measure_queries(kinds, info, args.repeat)
    every = [t for r in results for t in r.timings_ms]
    say(f"   {'overall':<26} {'':<34} {'':>22} {percentile(every, 50):>8.1f} {percentile(every, 95):>8.1f}")
    report["queries"] = [
        {"kind": r.name, "example": r.example, "hits": r.hits, "p50_ms": r.p50, "p95_ms": r.p95, "sql": r.queries,
         "sql_ms": r.sql_ms, "suggestion": r.suggestion}
        for r in results
    ]  # fmt: skip
    report["overall"] = {"p50_ms": percentile(every, 50), "p95_ms": percentile(every, 95)}
    if args.explain:
        explain(results, args.explain)

    if args.duration > 0:
        say("\npage under load: /zoeken/")
        report["cpu_busy_before_wrk"] = report_neighbours("before gunicorn (bench idle)")
        report["wrk"] = load_test(kinds, results, var_dir, args)
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=2))


# ------------------------------------------------------------------------------------------ parent


def environment(backend: str, var_dir: Path, pg: str, database: str) -> dict[str, str]:
    url = f"sqlite:///{var_dir / SQLITE_NAME}" if backend == "sqlite" else f"{pg}/{database}"
    return {
        "DJANGO_SETTINGS_MODULE": "leeszaal.settings",
        "DATABASE_URL": url,
        # Not DEBUG=1: Django would keep the SQL of every statement (the bulk inserts are tens of MB each).
        "DEBUG": "0",
        "LEESZAAL_HTTPS": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "LEESZAAL_VAR_DIR": str(var_dir),
        "SITE_URL": f"http://{HOST}",
        "TRUSTED_PROXIES": "127.0.0.1/32,::1/128",
    }


def ensure_tools(*, wrk: bool, postgresql: bool, pg: str) -> None:
    """wrk (installed from Debian's packages when missing, as bench/run.sh does) and a PostgreSQL that answers."""
    if wrk and shutil.which("wrk") is None:
        if os.geteuid() == 0 and shutil.which("apt-get"):
            say("Installing Debian's wrk")
            subprocess.run(["apt-get", "update", "-qq"], check=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, stdout=subprocess.DEVNULL)
        else:
            raise SystemExit("wrk is missing: apt-get install wrk (or run with --duration 0)")
    if postgresql:
        from bench.load import _admin_connect

        try:
            _admin_connect(pg).close()
        except Exception as error:
            raise SystemExit(
                f"PostgreSQL at {pg} does not answer ({error}); bench/run.sh shows how to start it"
            ) from None


def summary(reports: list[dict[str, Any]]) -> None:
    if not reports:
        return
    say("\n== Summary")
    for r in reports:
        busy = r.get("cpu_busy_before_queries")
        say(
            f"   {r['backend']}: code {r['code']}"
            + (f"; CPU busy before the queries {busy:.0f}%" if busy is not None else "")
        )
    labels = [r["backend"] for r in reports]
    say(f"   {'':<30}" + "".join(f" {label:>26}" for label in labels))

    def row(label: str, values: list[str]) -> None:
        say(f"   {label:<30}" + "".join(f" {v:>26}" for v in values))

    row("articles", [f"{r['corpus']['articles']:,}" for r in reports])
    row(
        "corpus generated + inserted",
        [
            f"{r['corpus']['article_seconds']:.0f} s ({r['corpus']['articles'] / r['corpus']['article_seconds']:,.0f}/s)"
            for r in reports
        ],
    )
    row("rebuild()", [f"{r['rebuild']['seconds']:.0f} s ({r['rebuild']['per_second']:,.0f}/s)" for r in reports])
    row("database size", [_mb(r["sizes"]["database_bytes"]) for r in reports])
    row(
        "search index size",
        [
            _mb(r["sizes"]["index"].get("index_bytes") or 0)
            + (f" + table {_mb(r['sizes']['index']['table_bytes'])}" if "table_bytes" in r["sizes"]["index"] else "")
            for r in reports
        ],
    )
    say(f"\n   {'p50 / p95 ms (SQL per search)':<30}" + "".join(f" {label:>26}" for label in labels))
    for n, query in enumerate(reports[0]["queries"]):
        cells = []
        for r in reports:
            q = r["queries"][n]
            cells.append(f"{q['p50_ms']:.1f} / {q['p95_ms']:.1f} ({_range(q['sql'])})")
        row(query["kind"], cells)
    row("overall", [f"{r['overall']['p50_ms']:.1f} / {r['overall']['p95_ms']:.1f}" for r in reports])
    if all("wrk" in r and r["wrk"] for r in reports):
        row("wrk requests/s", [f"{r['wrk']['requests_per_s']:.1f}" for r in reports])
        row("wrk p50 / p90 / p99 ms", [f"{r['wrk']['p50_ms']} / {r['wrk']['p90_ms']} / {r['wrk']['p99_ms']}" for r in reports])  # fmt: skip


def parent(args: argparse.Namespace) -> None:
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    ensure_tools(wrk=args.duration > 0, postgresql="postgresql" in backends, pg=args.pg)
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    say(
        f"Leeszaal search bench: {args.articles:,} articles (abstract ~{args.abstract_words}, body ~{args.body_words} "
        f"words), backends {', '.join(backends)}, {os.cpu_count()} cores"
    )
    reports = []
    started = time.perf_counter()
    for backend in backends:
        var_dir = Path(tempfile.mkdtemp(prefix=f"leeszaal-bench-search-{backend}-"))
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"REDIS_URL", "SEARCH_BACKEND", "SERVE_MEDIA", "BEHIND_PROXY"}
        }
        env |= environment(backend, var_dir, args.pg, args.database)
        created = False
        process: subprocess.Popen[bytes] | None = None
        report_path = var_dir / "report.json"
        say(f"\n== {backend}: {env['DATABASE_URL']} (var {var_dir})")
        try:
            if backend == "postgresql":
                from bench.load import create_database

                create_database(args.pg, args.database)
                created = True
            command = [
                sys.executable, "-m", "bench.search", "--child", "--backend", backend,
                "--articles", str(args.articles), "--abstract-words", str(args.abstract_words),
                "--body-words", str(args.body_words), "--repeat", str(args.repeat), "--duration", str(args.duration),
                "--connections", str(args.connections), "--workers", str(args.workers), "--explain", str(args.explain),
                "--report", str(report_path),
            ] + (["--show-wrk"] if args.show_wrk else [])  # fmt: skip
            process = subprocess.Popen(command, cwd=REPO, env=env)
            code = process.wait()
            if code != 0:
                say(f"   the {backend} run failed (exit {code})")
            elif report_path.exists():
                reports.append(json.loads(report_path.read_text()))
        finally:
            if process is not None and process.poll() is None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=30)
            if args.keep:
                say(f"   kept: {var_dir}" + (f" and database {args.database}" if created else ""))
            else:
                if created:
                    from bench.load import drop_database

                    drop_database(args.pg, args.database)
                    say(f"   dropped database {args.database}")
                shutil.rmtree(var_dir, ignore_errors=True)
    summary(reports)
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2))
        say(f"\nfigures written to {args.json}")
    say(f"total {time.perf_counter() - started:.0f} s")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the corpus (100000)")
    parser.add_argument("--abstract-words", type=int, default=200, help="words per abstract, about (200)")
    parser.add_argument("--body-words", type=int, default=2000, help="words of full text per article, about (2000)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both", help="database (both)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of every query (5)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of wrk on the search page (10; 0: none)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (3)")
    parser.add_argument(
        "--explain",
        type=int,
        default=0,
        metavar="N",
        help="print the plan of the slowest statement of the N slowest kinds",
    )
    parser.add_argument("--pg", default=DEFAULT_PG, help=f"PostgreSQL server, without database ({DEFAULT_PG})")
    parser.add_argument(
        "--database",
        default=DATABASE,
        help=f"name of the throwaway PostgreSQL database ({DATABASE}; two runs at once need two names)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the databases and temporary folders for a look afterwards"
    )
    parser.add_argument("--show-wrk", action="store_true", help="print wrk's own output")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--report", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.articles < 100:
        parser.error("--articles must be at least 100")
    if not args.database.startswith(DATABASE):
        parser.error(f"--database must start with {DATABASE}: it is dropped first and at the end")
    if urlsplit(args.pg).hostname not in {HOST, "localhost"}:
        parser.error("--pg must be a PostgreSQL server on this machine")
    if args.child and args.backend == "both":
        parser.error("a child runs one backend")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()
