"""Compose the demo's issues and articles, deterministically: the same plan on every run and every machine.

``build_plan()`` gives each journal its own ``random.Random`` seeded with the journal's slug and
one ``prose.Registry`` for the whole demo, so that a sentence is in one article only. Each
article is written by a ``prose.Composer`` from its subject (a theme and a context from ``content``)
and its journal's vocabulary (``lexicon``), with its own reference list (``references``). Its page
range follows the length of its PDF: ``pdf.page_count`` sets the article's text on pages (without
making a PDF), and the next article starts on the page after. ``build_access_plan(today)`` adds who
may read what (subscriptions, institutions with their networks, trials, a librarian, activation
codes), with dates relative to today. The plans are plain data; ``load`` writes them to the
database through the JATS importer and ``pdf`` renders the articles.
"""

from __future__ import annotations

import datetime
import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.text import slugify

from access import codes
from access.models import Subscription
from journals.demo import content
from journals.demo.blocks import Block, blocks_text, h2, p
from journals.demo.content import Book, DemoUser, Interviewee, JournalSpec, Person, Theme
from journals.demo.lexicon import LEXICONS
from journals.demo.pdf import PdfArticle, page_count
from journals.demo.prose import Composer, Registry, cap, join_and, lower_first, number_word
from journals.demo.references import Author, Work
from journals.models import Article

#: The demo journals' sections in their order in a table of contents: (Dutch name, English name).
SECTIONS = (
    ("Redactioneel", "Editorial"),
    ("Artikelen", "Articles"),
    ("Praktijk", "Practice"),
    ("Boekbesprekingen", "Book reviews"),
)
#: The article types every demo journal lets everyone read: the editorial and the book reviews.
FREE_TYPES = (Article.Type.EDITORIAL, Article.Type.BOOK_REVIEW)
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
_LICENSES = {"cc-by": Article.License.CC_BY.value, "cc-by-nc": Article.License.CC_BY_NC.value}
_NEEDS_TOPIC = frozenset({"research", "review", "practice", "interview"})
#: Subtitles that say how a study was done, by its design (``prose.DESIGNS``).
_DESIGN_SUBTITLES = {
    "interviews": ("een interviewstudie", "een kwalitatieve studie", "ervaringen van {doelgroep}"),
    "focus": ("een onderzoek met focusgroepen", "een kwalitatieve studie", "wat {doelgroep} zeggen"),
    "survey": ("resultaten van een vragenlijstonderzoek", "een verkennend vragenlijstonderzoek"),
    "mixed": ("een onderzoek met gemengde methoden", "cijfers en verhalen"),
    "cases": ("een meervoudige casestudy", "lessen uit {k} organisaties"),
    "diary": ("een dagboekstudie", "het dagelijks leven van dichtbij"),
}
_REVIEW_SUBTITLES = (
    "een literatuuroverzicht",
    "een scoping review",
    "stand van zaken",
    "een overzicht van recent onderzoek",
    "wat weten we eigenlijk?",
)
_PRACTICE_SUBTITLES = (
    "ervaringen uit de praktijk",
    "lessen uit een proeftuin",
    "een praktijkbeschrijving",
    "zo pakten wij het aan",
    "van idee tot vaste werkwijze",
)


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
    references: list[Work] = field(default_factory=list)
    #: Back matter after the body, such as ("Dankwoord", text).
    back: list[tuple[str, str]] = field(default_factory=list)
    position: int = 0
    first_page: int = 0
    last_page: int = 0
    doi: str = ""
    access: str = Article.Access.SUBSCRIPTION.value
    license: str = ""
    status: str = Article.Status.PUBLISHED.value
    published_on: datetime.date | None = None
    received_on: datetime.date | None = None
    accepted_on: datetime.date | None = None

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
    def pages(self) -> int:
        return self.last_page - self.first_page + 1

    @property
    def body_lines(self) -> list[str]:
        """The body as the reader sees it, one line per block, then the back matter."""
        return [*blocks_text(self.blocks), *(line for heading, text in self.back for line in (heading, text))]

    @property
    def plain_text(self) -> str:
        """Title, subtitle, abstract and body as plain text (the references are not prose)."""
        return "\n".join([self.title, self.subtitle, self.abstract, *self.body_lines])


@dataclass
class IssuePlan:
    year: int
    number: str
    volume: int
    title: str
    published_on: datetime.date | None
    is_published: bool
    articles: list[ArticlePlan] = field(default_factory=list)

    @property
    def issue_line(self) -> str:
        return f"Jaargang {self.volume}, nummer {self.number} ({self.year})"


@dataclass
class JournalPlan:
    spec: JournalSpec
    issues: list[IssuePlan]


def make_slug(title: str) -> str:
    return slugify(title)[:120].rstrip("-")


def rights_line(article: ArticlePlan, issue: IssuePlan) -> str:
    """The PDF footer's rights: the licence, or the publisher's copyright in the year of publication."""
    label = str(dict(Article.License.choices).get(article.license, "")) if article.license else ""
    if label:
        return f"{label} - {content.PUBLISHER_NAME}"
    year = issue.published_on.year if issue.published_on else issue.year
    return f"© {year} {content.PUBLISHER_NAME}"


def pdf_document(article: ArticlePlan, spec: JournalSpec, issue: IssuePlan) -> PdfArticle:
    """What the article's PDF shows: ``pdf.page_count`` of it is the article's page count."""
    return PdfArticle(
        publisher=content.PUBLISHER_NAME,
        journal=spec.title,
        issue_line=issue.issue_line,
        section=article.section,
        title=article.title,
        subtitle=article.subtitle,
        authors=[(person.full_name, person.affiliation) for person in article.authors],
        abstract=article.abstract,
        keywords=article.keywords,
        blocks=article.blocks,
        references=[work.citation_text() for work in article.references],
        first_page=article.first_page or None,
        doi=article.doi,
        rights=rights_line(article, issue),
        published_on=article.published_on,
        back=article.back,
    )


def initials(given_names: str) -> str:
    """'Jan-Willem' -> 'J.-W.', 'Ans' -> 'A.'."""
    return " ".join("-".join(f"{part[0]}." for part in name.split("-") if part) for name in given_names.split())


def book_work(book: Book, year: int) -> Work:
    given, _, surname = book.author.rpartition(" ")
    return Work("book", (Author(surname, initials(given)),), year - book.year_offset, book.title, book.publisher)


def person_work(article: ArticlePlan, spec: JournalSpec, issue: IssuePlan) -> Work:
    """An earlier demo article as literature, with its own DOI: later articles cite their journal."""
    authors = tuple(Author(person.surname, initials(person.given_names)) for person in article.authors)
    title = article.title + (f": {article.subtitle}" if article.subtitle else "")
    return Work(
        "journal",
        authors,
        issue.year,
        title,
        spec.title,
        volume=issue.volume,
        issue=issue.number,
        first_page=article.first_page,
        last_page=article.last_page,
        doi=article.doi,
    )


@dataclass
class _Slot:
    kind: str
    interviewee: Interviewee | None = None
    book: Book | None = None
    theme: Theme | None = None
    context: str = ""


class _Writer:
    """Writes one journal's articles, drawing from the journal's own random generator."""

    def __init__(self, spec: JournalSpec, registry: Registry) -> None:
        self.spec = spec
        self.registry = registry
        self.lexicon = LEXICONS[spec.slug]
        self.rng = random.Random(f"leeszaal-demo/{spec.slug}")  # noqa: S311 - demo text, not security
        self.authors = list(spec.authors) + list(content.GUEST_AUTHORS.get(spec.slug, ()))
        self.used_subtitles: set[str] = set()  # per issue, so an issue does not repeat one
        #: Research published so far in this journal, which later articles may cite.
        self.published: list[Work] = []

    @property
    def vocabulary(self) -> dict[str, str]:
        words = self.spec.words
        return {
            "doelgroep": words.doelgroep,
            "professionals": words.professionals,
            "professional": words.professional,
            "veld": words.veld,
            "duo": words.duo,
        }

    def composer(self, slot: _Slot, year: int) -> Composer:
        theme = slot.theme
        return Composer(
            self.rng,
            self.lexicon,
            self.registry,
            vocabulary=self.vocabulary,
            subject=theme.subject if theme else "",
            context=slot.context,
            keywords=theme.keywords if theme else (),
            year=year,
        )

    def subtitle(self, options: Sequence[str], **words: object) -> str:
        filled = [option.format(doelgroep=self.spec.words.doelgroep, **words) for option in options]
        fresh = [option for option in filled if option not in self.used_subtitles]
        choice = self.rng.choice(fresh or filled)
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

    def restates_audience(self, slot: _Slot) -> bool:
        """Would 'Wat <doelgroep> vertellen over ...' name the audience twice, or say 'over' twice?"""
        assert slot.theme is not None
        words = {word for word in self.spec.words.doelgroep.split() if len(word) > 4}
        text = f"{slot.theme.subject} {slot.context}".lower()
        return " over " in f" {text}" or any(word in text for word in words)

    # -- the kinds of article ------------------------------------------------------------

    def article(self, slot: _Slot, year: int) -> ArticlePlan:
        if slot.kind == "interview":
            return self.interview(slot, year)
        if slot.kind == "book":
            return self.book_review(slot, year)
        return self.paper(slot, year)

    def paper(self, slot: _Slot, year: int) -> ArticlePlan:
        assert slot.theme is not None
        rng, kind, spec = self.rng, slot.kind, self.spec
        writer = self.composer(slot, year)
        facts = writer.facts
        title = f"{slot.theme.subject} {slot.context}"
        pattern = rng.random()
        if kind == "research":
            if pattern < 0.2 and not self.restates_audience(slot):
                title = f"Wat {spec.words.doelgroep} vertellen over {lower_first(slot.theme.subject)} {slot.context}"
            subtitle = self.subtitle(_DESIGN_SUBTITLES[facts.design], k=number_word(facts.k))
        elif kind == "review":
            subtitle = self.subtitle(_REVIEW_SUBTITLES)
        else:
            subtitle = self.subtitle(_PRACTICE_SUBTITLES)
            if pattern < 0.4:
                title = f"Aan de slag met {lower_first(slot.theme.subject)} {slot.context}"
        earlier = [work for work in self.published if work.year < year or rng.random() < 0.3]
        if kind == "research":
            cited_earlier = rng.sample(earlier, min(len(earlier), rng.choice((0, 1, 1, 2))))
            abstract, blocks, references = writer.research(cited_earlier)
        elif kind == "review":
            abstract, blocks, references = writer.review(rng.sample(earlier, min(len(earlier), rng.choice((1, 2, 3)))))
        else:
            abstract, blocks, references = writer.practice(rng.sample(earlier, min(len(earlier), rng.choice((0, 1)))))
        back = []
        if kind in {"research", "practice"} and rng.random() < 0.45:
            back.append(("Dankwoord", writer.acknowledgement()))
        return ArticlePlan(
            kind=kind,
            title=title,
            subtitle=subtitle,
            slug=make_slug(title),
            abstract=abstract,
            keywords=self.keywords(slot.theme),
            blocks=blocks,
            authors=self.pick_authors(kind),
            topic=(lower_first(slot.theme.subject), slot.context),
            references=references,
            back=back,
        )

    def interview(self, slot: _Slot, year: int) -> ArticlePlan:
        assert slot.theme is not None and slot.interviewee is not None
        person = slot.interviewee
        interviewer = self.rng.choice(self.authors)
        writer = self.composer(slot, year)
        abstract, blocks = writer.interview(person.name, person.role, interviewer.full_name)
        title = f"In gesprek met {person.name}"
        return ArticlePlan(
            kind="interview",
            title=title,
            subtitle=f"over {lower_first(slot.theme.subject)} {slot.context}",
            slug=make_slug(title),
            abstract=abstract,
            keywords=self.keywords(slot.theme),
            blocks=blocks,
            authors=[interviewer],
            topic=(person.name, person.role),
        )

    def book_review(self, slot: _Slot, year: int) -> ArticlePlan:
        assert slot.theme is not None and slot.book is not None
        book = slot.book
        work = book_work(book, year)
        writer = self.composer(slot, year)
        abstract, blocks = writer.book_review(work, book.pages, book.chapters)
        return ArticlePlan(
            kind="book",
            title=book.title,
            subtitle=f"bespreking van het boek van {book.author}",
            slug=make_slug(book.title),
            abstract=abstract,
            keywords=", ".join((*slot.theme.keywords[:2], "boekbespreking")),
            blocks=blocks,
            authors=[self.rng.choice(self.authors)],
            topic=(book.title, book.author),
            references=[work],
        )

    def editorial(self, issue: IssuePlan, others: Sequence[ArticlePlan], next_theme: Theme) -> ArticlePlan:
        rng, spec = self.rng, self.spec
        chief = spec.board[0].person
        writer = Composer(rng, self.lexicon, self.registry, vocabulary=self.vocabulary, year=issue.year)
        overview = []
        for article in others:
            names = join_names([author.full_name for author in article.authors])
            single = len(article.authors) == 1
            subject, context = article.topic
            if article.kind == "interview":
                overview.append(
                    rng.choice(
                        (
                            f"{names} sprak met {subject}, {context}.",
                            f"In het interview van dit nummer vertelt {subject}, {context}, aan {names} over het eigen werk.",
                            f"{cap(context)} {subject} vertelt in gesprek met {names} over de praktijk.",
                        )
                    )
                )
            elif article.kind == "book":
                overview.append(
                    rng.choice(
                        (
                            f"Tot slot bespreekt {names} het boek ‘{subject}’ van {context}.",
                            f"{names} las ‘{subject}’ van {context} en schrijft wat het boek de praktijk te bieden heeft.",
                            f"De boekbespreking gaat over ‘{subject}’ van {context}; {names} is er niet onverdeeld over.",
                        )
                    )
                )
            elif article.kind == "review":
                overview.append(
                    f"{names} {'zet' if single else 'zetten'} op een rij wat er bekend is over {subject} {context}."
                )
            elif article.kind in {"practice", "seed"}:
                overview.append(
                    rng.choice(
                        (
                            f"{names} {'beschrijft' if single else 'beschrijven'} een praktijkvoorbeeld rond {subject} {context}.",
                            f"Uit de praktijk komt de bijdrage van {names}, over {subject} {context}.",
                            f"Hoe het in de praktijk gaat met {subject} {context}, laat de bijdrage van {names} zien.",
                        )
                    )
                )
            else:
                overview.append(
                    rng.choice(
                        (
                            f"{names} {'schrijft' if single else 'schrijven'} over {subject} {context}.",
                            f"Over {subject} {context} gaat de bijdrage van {names}.",
                            f"{names} {'doet' if single else 'doen'} verslag van onderzoek naar {subject} {context}.",
                            f"Het onderzoek van {names} gaat over {subject} {context}.",
                        )
                    )
                )
        abstract, blocks = writer.editorial(
            journal=spec.title,
            theme_title=issue.title,
            ordinal=content.ORDINALS.get(issue.number, ""),
            volume=issue.volume,
            year=issue.year,
            overview=overview,
            topics=[article.topic for article in others if article.kind in {"research", "review", "practice"}],
            next_subject=lower_first(next_theme.subject),
            chief=chief.full_name,
        )
        title = "Bij dit themanummer" if issue.title else "Van de redactie"
        return ArticlePlan(
            kind="editorial",
            title=title,
            subtitle="",
            slug=make_slug(title),
            abstract=abstract,
            keywords="",
            blocks=blocks,
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
        for slot in (slot for key in keys for slot in slots[key] if slot.kind == "book"):
            assert slot.theme is not None
            slot.context = rng.choice(slot.theme.contexts)

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
                next_theme = rng.choice(spec.themes)
                articles.insert(0, self.editorial(issue, articles[:-1] if held_back else articles, next_theme))
                self.finish(issue, articles, page, published_on)
                page = articles[-1].last_page + 1
                issues.append(issue)
                if issue.is_published:
                    self.published.extend(
                        person_work(article, spec, issue)
                        for article in articles
                        if article.kind in {"research", "review"} and article.is_published
                    )
        return JournalPlan(spec, issues)

    def finish(self, issue: IssuePlan, articles: list[ArticlePlan], page: int, published_on: datetime.date) -> None:
        spec, rng = self.spec, self.rng
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
            length = page_count(pdf_document(article, spec, issue))
            article.first_page, article.last_page = page, page + length - 1
            page += length
            if held_back and position > len(articles) - drafts:
                article.status = Article.Status.DRAFT.value
                continue
            article.doi = f"{content.DOI_PREFIX}/{spec.doi_code}.{issue.year}.{issue.number}.{position}"
            article.published_on = published_on if issue.is_published else None
            if article.kind in {"research", "review"}:
                article.accepted_on = published_on - datetime.timedelta(days=rng.randint(40, 110))
                article.received_on = article.accepted_on - datetime.timedelta(days=rng.randint(60, 200))
            is_oa_kind = article is first_article if oa_kind == "first-article" else article.kind == oa_kind
            if issue.number in oa_numbers and is_oa_kind:
                article.access = Article.Access.OPEN.value
                article.license = _LICENSES[oa_license]
        issue.articles = articles


def join_names(names: Sequence[str]) -> str:
    return join_and(list(names))


def seed_article() -> ArticlePlan:
    """The publisher's own example article: fixed title, slug and author; abstract and body in ``content``."""
    blocks = [h2(text) if kind == "h2" else p(text) for kind, text in content.SEED_BODY]
    return ArticlePlan(
        kind="seed",
        title=content.SEED_TITLE,
        subtitle=content.SEED_SUBTITLE,
        slug=content.SEED_SLUG,
        abstract=content.SEED_ABSTRACT,
        keywords=content.SEED_KEYWORDS,
        blocks=blocks,
        authors=[content.SEED_AUTHOR],
        topic=("groepswerk met ouders", "uit kwetsbare gezinnen"),
    )


def build_plan() -> list[JournalPlan]:
    """The whole demo: four journals, three years of four issues each."""
    registry = Registry()
    return [_Writer(spec, registry).plan() for spec in content.JOURNALS]


@functools.cache
def shared_plan() -> tuple[JournalPlan, ...]:
    """``build_plan()``, made once per process (it is the same every time): for readers that change nothing."""
    return tuple(build_plan())


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
