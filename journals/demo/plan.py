"""Compose the demo's issues and articles from the texts in ``content``, deterministically.

``build_plan()`` returns the same plan on every run and every machine: each journal draws from
its own ``random.Random`` seeded with the journal's slug. ``build_access_plan(today)`` adds who
may read what (subscriptions, institutions with their networks, trials, a librarian, activation
codes), with dates relative to today. The plans are plain data; ``load`` writes them to the
database and ``pdf`` renders the articles.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.text import slugify

from access import codes
from access.models import Subscription
from journals.demo import content
from journals.demo.content import Book, DemoUser, Interviewee, JournalSpec, Person, Theme
from journals.models import Article

#: A block of body text: ("h2" | "p" | "quote" | "question", text).
Block = tuple[str, str]

SECTION = {
    "editorial": "Redactioneel",
    "research": "Artikelen",
    "review": "Artikelen",
    "practice": "Praktijk",
    "interview": "Praktijk",
    "book": "Boekbesprekingen",
    "seed": "Praktijk",
}
ARTICLE_TYPE = {
    "editorial": Article.Type.EDITORIAL,
    "research": Article.Type.RESEARCH,
    "review": Article.Type.REVIEW,
    "practice": Article.Type.PRACTICE,
    "interview": Article.Type.INTERVIEW,
    "book": Article.Type.BOOK_REVIEW,
    "seed": Article.Type.PRACTICE,
}
_ORDER = {"editorial": 0, "research": 1, "review": 1, "practice": 2, "interview": 3, "book": 4}
_PAGES = {
    "editorial": (1, 2),
    "research": (9, 15),
    "review": (10, 16),
    "practice": (6, 9),
    "interview": (4, 6),
    "book": (2, 3),
    "seed": (12, 12),
}
_LICENSES = {"cc-by": Article.License.CC_BY.value, "cc-by-nc": Article.License.CC_BY_NC.value}
_NEEDS_TOPIC = frozenset({"research", "review", "practice", "interview"})


@dataclass
class ArticlePlan:
    kind: str
    title: str
    subtitle: str
    slug: str
    abstract: str
    keywords: str
    blocks: list[Block]
    authors: list[Person]
    topic: tuple[str, str]  # (onderwerp, context), for the editorial's overview
    position: int = 0
    first_page: int = 0
    last_page: int = 0
    doi: str = ""
    access: str = Article.Access.SUBSCRIPTION.value
    license: str = ""
    status: str = Article.Status.PUBLISHED.value
    published_on: datetime.date | None = None

    @property
    def section(self) -> str:
        return SECTION[self.kind]

    @property
    def article_type(self) -> str:
        return ARTICLE_TYPE[self.kind].value

    @property
    def is_published(self) -> bool:
        return self.status == Article.Status.PUBLISHED

    @property
    def body_html(self) -> str:
        return blocks_to_html(self.blocks)


@dataclass
class IssuePlan:
    year: int
    number: str
    volume: int
    title: str
    published_on: datetime.date | None
    is_published: bool
    articles: list[ArticlePlan] = field(default_factory=list)


@dataclass
class JournalPlan:
    spec: JournalSpec
    issues: list[IssuePlan]


def blocks_to_html(blocks: Sequence[Block]) -> str:
    parts = []
    for kind, text in blocks:
        if kind == "h2":
            parts.append(f"<h2>{escape(text)}</h2>")
        elif kind == "quote":
            parts.append(f"<blockquote><p>{escape(text)}</p></blockquote>")
        elif kind == "question":
            parts.append(f"<p><strong>{escape(text)}</strong></p>")
        else:
            parts.append(f"<p>{escape(text)}</p>")
    return "\n".join(parts)


def lower_first(text: str) -> str:
    """'Prikkelverwerking' -> 'prikkelverwerking', but 'ADHD en autisme' stays as it is."""
    if len(text) > 1 and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


_LEANING = ("Toch ", "Daarnaast ", "Tegelijk ", "Ook ", "Daarbij ", "Het is daarom ")


def _leans_back(sentence: str) -> bool:
    return sentence.startswith(_LEANING)


def make_slug(title: str) -> str:
    return slugify(title)[:120].rstrip("-")


@dataclass
class _Slot:
    kind: str
    interviewee: Interviewee | None = None
    book: Book | None = None
    theme: Theme | None = None
    context: str = ""


class _Writer:
    """Writes one journal's articles, drawing from the journal's own random generator."""

    def __init__(self, spec: JournalSpec) -> None:
        self.spec = spec
        self.rng = random.Random(f"leeszaal-demo/{spec.slug}")  # noqa: S311 - demo text, not security
        self.authors = list(spec.authors) + list(content.GUEST_AUTHORS.get(spec.slug, ()))
        self.used_subtitles: set[str] = set()  # per issue, so an issue does not repeat one

    # -- helpers -------------------------------------------------------------------------

    def words(self, slot: _Slot, year: int) -> dict[str, object]:
        rng = self.rng
        theme_subject = slot.theme.subject if slot.theme else ""
        y2 = year - 1
        return {
            "onderwerp": lower_first(theme_subject),
            "Onderwerp": theme_subject,
            "context": slot.context,
            "doelgroep": self.spec.words.doelgroep,
            "professionals": self.spec.words.professionals,
            "professional": self.spec.words.professional,
            "veld": self.spec.words.veld,
            "duo": self.spec.words.duo,
            "n": rng.randint(12, 36),
            "m": rng.randint(90, 640),
            "k": rng.randint(3, 6),
            "y1": y2 - rng.randint(9, 15),
            "y2": y2,
        }

    def sentences(self, pool: Sequence[str]) -> Iterator[str]:
        """The pool's sentences in a random order, each once."""
        yield from self.rng.sample(list(pool), len(pool))

    def paragraphs(
        self, pool: Sequence[str], sizes: Sequence[int], topic: Iterator[str], words: dict[str, object]
    ) -> list[str]:
        """Paragraphs of ``sizes`` sentences from ``pool``, kept in the pool's order so the argument flows.

        Now and then a journal-specific sentence from ``topic`` joins a paragraph, and no paragraph
        opens with a sentence that leans on the one before it ('Toch ...', 'Daarnaast ...').
        """
        total = min(sum(sizes), len(pool))
        picked = [pool[i] for i in sorted(self.rng.sample(range(len(pool)), total))]
        paragraphs = []
        for size in sizes:
            chunk, picked = picked[:size], picked[size:]
            if not chunk:
                break
            if self.rng.random() < 0.5:
                extra = next(topic, None)
                if extra is not None:
                    chunk.insert(self.rng.randint(1, len(chunk)), extra)
            opener = next((i for i, sentence in enumerate(chunk) if not _leans_back(sentence)), 0)
            chunk.insert(0, chunk.pop(opener))
            paragraphs.append(" ".join(sentence.format(**words) for sentence in chunk))
        return paragraphs

    def restates_audience(self, slot: _Slot) -> bool:
        """Would 'Wat <doelgroep> vertellen over ...' name the audience twice, or say 'over' twice?"""
        assert slot.theme is not None
        words = {word for word in self.spec.words.doelgroep.split() if len(word) > 4}
        text = f"{slot.theme.subject} {slot.context}".lower()
        return " over " in f" {text}" or any(word in text for word in words)

    def subtitle(self, options: Sequence[str]) -> str:
        fresh = [option for option in options if option not in self.used_subtitles]
        choice = self.rng.choice(fresh or list(options))
        self.used_subtitles.add(choice)
        return choice

    def pick_authors(self, kind: str) -> list[Person]:
        count = {
            "research": self.rng.randint(1, 3),
            "review": self.rng.randint(1, 2),
            "practice": self.rng.randint(1, 2),
        }
        return self.rng.sample(self.authors, count.get(kind, 1))

    def keywords(self, theme: Theme) -> str:
        words = [*theme.keywords, self.rng.choice(self.spec.general_keywords)]
        return ", ".join(dict.fromkeys(words))

    # -- the kinds of article ------------------------------------------------------------

    def article(self, slot: _Slot, year: int) -> ArticlePlan:
        words = self.words(slot, year)
        if slot.kind == "interview":
            return self.interview(slot, words)
        if slot.kind == "book":
            return self.book_review(slot, words, year)
        return self.paper(slot, words)

    def paper(self, slot: _Slot, words: dict[str, object]) -> ArticlePlan:
        assert slot.theme is not None
        rng, kind, spec = self.rng, slot.kind, self.spec
        title = f"{slot.theme.subject} {slot.context}"
        pattern = rng.random()
        if kind == "research" and pattern < 0.2 and not self.restates_audience(slot):
            title = f"Wat {spec.words.doelgroep} vertellen over {words['onderwerp']} {slot.context}"
            subtitle = self.subtitle(
                ("een kwalitatieve studie", "een interviewstudie", "resultaten van een vragenlijstonderzoek")
            )
        else:
            subtitle = self.subtitle(content.SUBTITLES[kind])
            if kind == "practice" and pattern < 0.4:
                title = f"Aan de slag met {words['onderwerp']} {slot.context}"
        topic = self.sentences(spec.topic_sentences)
        abstract = [
            rng.choice(content.ABSTRACT_OPENINGS),
            *([next(topic)] if kind != "review" else []),
            rng.choice(content.ABSTRACT_AIMS[kind]),
            rng.choice(content.ABSTRACT_METHODS[kind]),
            *rng.sample(content.ABSTRACT_FINDINGS[kind], 2 if kind != "practice" else 1),
            rng.choice(content.ABSTRACT_CONCLUSIONS),
        ]
        blocks: list[Block] = []
        quotes = self.sentences(spec.quotes)
        for heading, pool in content.BODY_SECTIONS[kind]:
            blocks.append(("h2", heading))
            count = 1 if heading in {"Methode", "Conclusie", "Tot slot", "Werkwijze"} else 2
            sizes = [rng.randint(2, 3) for _ in range(count)]
            for index, text in enumerate(self.paragraphs(pool, sizes, topic, words)):
                blocks.append(("p", text))
                if index == 0 and heading in content.QUOTE_SECTIONS:
                    blocks.append(("quote", next(quotes)))
        return ArticlePlan(
            kind=kind,
            title=title,
            subtitle=subtitle.format(**words),
            slug=make_slug(title),
            abstract=" ".join(sentence.format(**words) for sentence in abstract),
            keywords=self.keywords(slot.theme),
            blocks=blocks,
            authors=self.pick_authors(kind),
            topic=(str(words["onderwerp"]), slot.context),
        )

    def interview(self, slot: _Slot, words: dict[str, object]) -> ArticlePlan:
        assert slot.theme is not None and slot.interviewee is not None
        rng, person = self.rng, slot.interviewee
        interviewer = rng.choice(self.authors)
        names = {
            "name": person.name,
            "role": person.role,
            "first": person.first_name,
            "interviewer": interviewer.full_name,
        }
        topic = self.sentences(self.spec.topic_sentences)
        intro = " ".join(
            (
                rng.choice(content.INTERVIEW_INTROS).format(**words, **names),
                next(topic),
                content.INTERVIEW_INVITATION.format(**names),
            )
        )
        blocks: list[Block] = [("p", intro)]
        for heading, exchanges in content.INTERVIEW_PARTS:
            blocks.append(("h2", heading))
            for question, answers in exchanges:
                blocks.append(("question", question))
                blocks.append(("p", rng.choice(answers)))
        title = f"In gesprek met {person.name}"
        return ArticlePlan(
            kind="interview",
            title=title,
            subtitle=f"over {words['onderwerp']} {slot.context}",
            slug=make_slug(title),
            abstract=content.INTERVIEW_ABSTRACT.format(**words, **names),
            keywords=self.keywords(slot.theme),
            blocks=blocks,
            authors=[interviewer],
            topic=(person.name, person.role),
        )

    def book_review(self, slot: _Slot, words: dict[str, object], year: int) -> ArticlePlan:
        assert slot.theme is not None and slot.book is not None
        book = slot.book
        book_words = {**words, "n": book.pages, "k": book.chapters}
        facts = {
            "book": book.title,
            "book_author": book.author,
            "publisher": book.publisher,
            "book_year": year - book.year_offset,
        }
        topic = self.sentences(self.spec.topic_sentences)
        blocks: list[Block] = []
        for heading, pool in content.BODY_SECTIONS["book"]:
            blocks.append(("h2", heading))
            sizes = [3 if heading != "Voor wie?" else 2]
            blocks.extend(("p", text) for text in self.paragraphs(pool, sizes, topic, book_words))
        return ArticlePlan(
            kind="book",
            title=book.title,
            subtitle=f"bespreking van het boek van {book.author}",
            slug=make_slug(book.title),
            abstract=content.BOOK_ABSTRACT.format(**words, **facts),
            keywords=", ".join((*slot.theme.keywords[:2], "boekbespreking")),
            blocks=blocks,
            authors=[self.rng.choice(self.authors)],
            topic=(book.title, book.author),
        )

    def editorial(self, issue: IssuePlan, others: Sequence[ArticlePlan]) -> ArticlePlan:
        rng, spec = self.rng, self.spec
        chief = spec.board[0].person
        if issue.title:
            opening = content.EDITORIAL_THEME_OPENING.format(title=issue.title)
        else:
            opening = rng.choice(content.EDITORIAL_OPENINGS).format(
                ordinal=content.ORDINALS.get(issue.number, ""), volume=issue.volume, year=issue.year
            )
        overview = []
        for article in others:
            names = join_names([author.full_name for author in article.authors])
            single = len(article.authors) == 1
            if article.kind == "interview":
                overview.append(
                    content.EDITORIAL_INTERVIEW.format(interviewer=names, name=article.topic[0], role=article.topic[1])
                )
            elif article.kind == "book":
                overview.append(
                    content.EDITORIAL_BOOK.format(reviewer=names, book=article.topic[0], book_author=article.topic[1])
                )
            else:
                kind = "practice" if article.kind == "seed" else article.kind
                template, (one, several) = rng.choice(content.EDITORIAL_CONTRIBUTIONS[kind])
                overview.append(
                    template.format(
                        names=names,
                        onderwerp=article.topic[0],
                        context=article.topic[1],
                        verb=one if single else several,
                    )
                )
        closing = " ".join(rng.sample(content.EDITORIAL_CLOSINGS, 2))
        title = "Bij dit themanummer" if issue.title else "Van de redactie"
        return ArticlePlan(
            kind="editorial",
            title=title,
            subtitle="",
            slug=make_slug(title),
            abstract=content.EDITORIAL_ABSTRACT,
            keywords="",
            blocks=[
                ("p", f"{opening} {rng.choice(spec.topic_sentences)}"),
                ("p", " ".join(overview)),
                ("p", closing),
                ("p", f"Namens de redactie, {chief.full_name}"),
            ],
            authors=[chief],
            topic=("", ""),
        )

    # -- one journal ---------------------------------------------------------------------

    def plan(self) -> JournalPlan:
        spec, rng = self.spec, self.rng
        books = rng.sample(list(spec.books), len(spec.books))
        interviewees = rng.sample(list(spec.interviewees), len(spec.interviewees))
        keys = [(year, number) for year in content.YEARS for number in content.NUMBERS]

        # 1. What goes into each issue.
        slots: dict[tuple[int, str], list[_Slot]] = {}
        for key in keys:
            size = rng.randint(5, 7)
            kinds = ["research", rng.choice(["research", "review"]), "practice"]
            issue_slots = [_Slot(kind) for kind in kinds]
            while len(issue_slots) < size - 1:
                options = ["research"]
                if interviewees and not any(slot.kind == "interview" for slot in issue_slots):
                    options.append("interview")
                if books and not any(slot.kind == "book" for slot in issue_slots):
                    options.append("book")
                kind = rng.choice(options)
                slot = _Slot(kind)
                if kind == "interview":
                    slot.interviewee = interviewees.pop()
                elif kind == "book":
                    slot.book = books.pop()
                    slot.theme = rng.choice(spec.themes)
                issue_slots.append(slot)
            issue_slots.sort(key=lambda slot: _ORDER[slot.kind])
            slots[key] = issue_slots

        # 2. Subjects: theme issues choose first, from their own themes; every pairing is used once.
        pairs = rng.sample(
            [(theme, context) for theme in spec.themes for context in theme.contexts],
            sum(len(theme.contexts) for theme in spec.themes),
        )
        theme_issues = {(ti.year, ti.number): ti for ti in spec.theme_issues}
        for key in sorted(keys, key=lambda key: key not in theme_issues):
            wanted = theme_issues[key].subjects if key in theme_issues else ()
            for slot in slots[key]:
                if slot.kind not in _NEEDS_TOPIC:
                    continue
                index = next((i for i, (theme, _) in enumerate(pairs) if theme.subject in wanted), 0)
                slot.theme, slot.context = pairs.pop(index)

        # 3. The texts, pages, dates and identifiers.
        issues = []
        for year in content.YEARS:
            page = 1
            for number in content.NUMBERS:
                key = (year, number)
                draft_issue = (spec.slug, year, number) == content.DRAFT_ISSUE
                published_on = datetime.date(year, content.ISSUE_MONTHS[number], spec.issue_day)
                issue = IssuePlan(
                    year=year,
                    number=number,
                    volume=spec.volume(year),
                    title=theme_issues[key].title if key in theme_issues else "",
                    published_on=None if draft_issue else published_on,
                    is_published=not draft_issue,
                )
                self.used_subtitles.clear()
                articles = [self.article(slot, year) for slot in slots[key]]
                if (spec.slug, year, number) == (content.SEED_JOURNAL, content.SEED_YEAR, content.SEED_NUMBER):
                    index = next(i for i, article in enumerate(articles) if article.kind == "practice")
                    articles[index] = seed_article()
                held_back = (spec.slug, year, number) == content.HELD_BACK_ARTICLE_ISSUE
                articles.insert(0, self.editorial(issue, articles[:-1] if held_back else articles))
                self.finish(issue, articles, page, published_on)
                page = articles[-1].last_page + 1
                issues.append(issue)
        return JournalPlan(spec, issues)

    def finish(self, issue: IssuePlan, articles: list[ArticlePlan], page: int, published_on: datetime.date) -> None:
        spec = self.spec
        oa_numbers, oa_kind, oa_license = content.OPEN_ACCESS_RULES.get(spec.slug, ((), "", ""))
        held_back = (spec.slug, issue.year, issue.number) in {content.DRAFT_ISSUE, content.HELD_BACK_ARTICLE_ISSUE}
        drafts = 2 if (spec.slug, issue.year, issue.number) == content.DRAFT_ISSUE else 1
        seen: set[str] = set()
        first_article = next(article for article in articles if article.kind in {"research", "review"})
        for position, article in enumerate(articles, start=1):
            while article.slug in seen:
                article.slug = f"{article.slug[:116]}-{position}"
            seen.add(article.slug)
            article.position = position
            low, high = _PAGES[article.kind]
            length = self.rng.randint(low, high)
            article.first_page, article.last_page = page, page + length - 1
            page += length
            if held_back and position > len(articles) - drafts:
                article.status = Article.Status.DRAFT.value
                continue
            article.doi = f"{content.DOI_PREFIX}/{spec.doi_code}.{issue.year}.{issue.number}.{position}"
            article.published_on = published_on if issue.is_published else None
            is_oa_kind = article is first_article if oa_kind == "first-article" else article.kind == oa_kind
            if issue.number in oa_numbers and is_oa_kind:
                article.access = Article.Access.OPEN.value
                article.license = _LICENSES[oa_license]
        issue.articles = articles


def seed_article() -> ArticlePlan:
    """The publisher's own example article: fixed title, slug and author; abstract and body in ``content``."""
    return ArticlePlan(
        kind="seed",
        title=content.SEED_TITLE,
        subtitle=content.SEED_SUBTITLE,
        slug=content.SEED_SLUG,
        abstract=content.SEED_ABSTRACT,
        keywords=content.SEED_KEYWORDS,
        blocks=list(content.SEED_BODY),
        authors=[content.SEED_AUTHOR],
        topic=("groepswerk met ouders", "uit kwetsbare gezinnen"),
    )


def build_plan() -> list[JournalPlan]:
    """The whole demo: four journals, three years of four issues each."""
    return [_Writer(spec).plan() for spec in content.JOURNALS]


# -- access: the demo's institutions, trials, librarian and activation codes -----------------


@dataclass(frozen=True)
class SubscriptionPlan:
    journal: str  # slug
    starts_on: datetime.date
    ends_on: datetime.date
    source: str  # Subscription.Source
    perpetual_access: bool = False
    note: str = ""


@dataclass(frozen=True)
class InstitutionPlan:
    name: str
    contact_emails: tuple[str, ...]
    ranges: tuple[str, ...]  # CIDR, as IPRange.text
    subscriptions: tuple[SubscriptionPlan, ...]
    #: E-mail addresses of demo users linked to it as its administrators (librarians).
    admins: tuple[str, ...] = ()
    #: An address on its network, for trying it with X-Forwarded-For (README, load_demo's output).
    sample_address: str = ""


@dataclass(frozen=True)
class CodeBatchPlan:
    journal: str  # slug
    label: str
    starts_on: datetime.date
    ends_on: datetime.date
    codes: tuple[str, ...]  # normalised, as ActivationCode.code


@dataclass(frozen=True)
class AccessPlan:
    #: Demo logins besides ``content.DEMO_USERS``.
    users: tuple[DemoUser, ...]
    #: Every demo user's own subscriptions, by e-mail address (a user not listed has none).
    user_subscriptions: dict[str, tuple[SubscriptionPlan, ...]]
    institutions: tuple[InstitutionPlan, ...]
    code_batch: CodeBatchPlan

    @property
    def all_users(self) -> tuple[DemoUser, ...]:
        return (*content.DEMO_USERS, *self.users)


TRIAL_USER = DemoUser(
    "proef@example.org", "leeszaal-proef", "Pim Proef", "trial", "proefabonnement van 14 dagen op Waardenwerk"
)
LIBRARIAN = DemoUser(
    "bibliothecaris@example.org",
    "leeszaal-bibliotheek",
    "Lieke Bibliothecaris",
    "librarian",
    "bibliothecaris van Hogeschool Rijnland",
)
#: The seed of the demo's activation codes: the same five codes on every run and every machine.
CODE_SEED = "leeszaal-demo-printabonnees"
CODE_COUNT = 5


def demo_codes(count: int = CODE_COUNT) -> tuple[str, ...]:
    """``count`` valid activation codes (normalised), drawn from a seeded ``random.Random``, never repeated.

    Public on purpose (they are in the README): like ``access.codes.new_code`` but reproducible, and
    like it never with the alphabet's first and last character side by side (the swap Luhn mod N misses).
    """
    blind = (codes.ALPHABET[0] + codes.ALPHABET[-1], codes.ALPHABET[-1] + codes.ALPHABET[0])
    rng = random.Random(CODE_SEED)  # noqa: S311 - reproducible demo codes, not secrets
    made: list[str] = []
    while len(made) < count:
        payload = "".join(rng.choice(codes.ALPHABET) for _ in range(codes.PAYLOAD_LENGTH))
        code = payload + codes.check_character(payload)
        if code not in made and not any(pair in code for pair in blind):
            made.append(code)
    return tuple(made)


def build_access_plan(today: datetime.date) -> AccessPlan:
    """Who reads what besides the publication record, with every date relative to ``today``.

    * Hogeschool Rijnland (campus 192.0.2.0/24 and 2001:db8:1::/48) has running licences to WTA and
      Ouderschapskennis (this calendar year); its librarian is ``LIBRARIAN``.
    * Zorggroep Oostland (198.51.100.0/24) had Waardenwerk all of last year, with perpetual access:
      last year's articles stay readable there, this year's do not.
    * Gemeente Veldhoven-Zuid (203.0.113.0/24) has a 30-day trial of Participatie en Herstel from today.
    * ``TRIAL_USER`` has a personal 14-day trial of Waardenwerk from today.
    * A batch of five activation codes for print subscribers of Ouderschapskennis, usable from today
      to the end of next year.

    The ranges are documentation ranges (RFC 5737, RFC 3849): no real network is given access.
    """
    days = datetime.timedelta
    this_year = datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31)
    last_year = datetime.date(today.year - 1, 1, 1), datetime.date(today.year - 1, 12, 31)
    institutional = Subscription.Source.INSTITUTIONAL.value
    trial = Subscription.Source.TRIAL.value
    subscriber: list[SubscriptionPlan] = []
    for slug in content.SUBSCRIBER_CURRENT:
        subscriber.append(
            SubscriptionPlan(
                slug, today - days(90), today + days(275), Subscription.Source.PERSONAL.value, note="Demo-abonnement"
            )
        )
    for slug in content.SUBSCRIBER_EXPIRED:
        subscriber.append(
            SubscriptionPlan(
                slug, today - days(500), today - days(135), Subscription.Source.PERSONAL.value, note="Demo-abonnement"
            )
        )
    subscriber_email = next(user.email for user in content.DEMO_USERS if user.role == "subscriber")
    return AccessPlan(
        users=(TRIAL_USER, LIBRARIAN),
        user_subscriptions={
            subscriber_email: tuple(subscriber),
            TRIAL_USER.email: (
                SubscriptionPlan("waardenwerk", today, today + days(13), trial, note="Demo-proefabonnement, 14 dagen"),
            ),
        },
        institutions=(
            InstitutionPlan(
                name="Hogeschool Rijnland",
                contact_emails=("bibliotheek@rijnland.example.org",),
                ranges=("192.0.2.0/24", "2001:db8:1::/48"),
                subscriptions=(
                    SubscriptionPlan("wta", *this_year, institutional, note="Demo-campuslicentie"),
                    SubscriptionPlan("ouderschapskennis", *this_year, institutional, note="Demo-campuslicentie"),
                ),
                admins=(LIBRARIAN.email,),
                sample_address="192.0.2.10",
            ),
            InstitutionPlan(
                name="Zorggroep Oostland",
                contact_emails=("kennisbank@oostland.example.org",),
                ranges=("198.51.100.0/24",),
                subscriptions=(
                    SubscriptionPlan(
                        "waardenwerk",
                        *last_year,
                        institutional,
                        perpetual_access=True,
                        note="Demo-licentie vorig jaar, met blijvende toegang",
                    ),
                ),
                sample_address="198.51.100.10",
            ),
            InstitutionPlan(
                name="Gemeente Veldhoven-Zuid",
                contact_emails=("informatiepunt@veldhoven-zuid.example.org",),
                ranges=("203.0.113.0/24",),
                subscriptions=(
                    SubscriptionPlan(
                        "participatie-en-herstel", today, today + days(29), trial, note="Demo-proefabonnement, 30 dagen"
                    ),
                ),
                sample_address="203.0.113.10",
            ),
        ),
        code_batch=CodeBatchPlan(
            journal="ouderschapskennis",
            label="Printabonnees (demo)",
            starts_on=today,
            ends_on=datetime.date(today.year + 1, 12, 31),
            codes=demo_codes(),
        ),
    )
