"""Invented but well-formed literature for the demo's reference lists.

A ``Work`` is a journal article, a book, a chapter in an edited book or a report, by invented
authors, with a title composed from the citing article's own subject and its journal's vocabulary
(Dutch and English). Some carry a DOI under the test prefix ``10.5555``, in a pattern the demo's own
articles never use. ``citation_html`` gives the entry as printed (APA style, Dutch conventions).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.utils.html import escape

from journals.demo.lexicon import Lexicon

DOI_PREFIX = "10.5555"

DUTCH_SURNAMES = (
    "Bakker", "Jansen", "De Vries", "Van den Berg", "Visser", "Smit", "Meijer", "De Boer", "Mulder",
    "De Groot", "Bos", "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit",
    "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Van der Linden", "Kok", "Jacobs", "De Haan",
    "Vermeulen", "Van den Heuvel", "Van der Veen", "Van den Broek", "De Bruijn", "Van Dam", "Schouten",
    "Hoekstra", "Verhoeven", "Willems", "Claes", "Peeters", "Maes", "Janssens", "Wouters", "De Smet",
    "Goossens", "Mertens", "Vermeersch", "Lambrecht", "Desmet", "Van Damme", "Verbruggen", "Van Hove",
    "Cools", "Aerts", "Segers", "Michiels", "Hermans", "Baert", "Dhondt", "Verstraete", "Pauwels",
    "Coppens", "Wuyts", "Nijhof", "Van Rijn", "Kramer", "Postma", "Oosterhuis", "Veenstra", "Wijnen",
    "Brinkman", "Huisman", "Timmermans", "Van Beek", "Kuijpers", "Bosman", "Zwart", "Van Wijk",
    "Molenaar", "Prins", "Blom", "Haverkamp", "Terpstra", "Groeneveld", "Lammers", "Steenbergen",
)  # fmt: skip
ENGLISH_SURNAMES = (
    "Smith", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes",
    "Green", "Hall", "Wood", "Clarke", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King",
    "Baker", "Harris", "Lewis", "Young", "Allen", "Scott", "Mitchell", "Bennett", "Carter", "Murphy",
    "Kelly", "O'Brien", "Ryan", "Nguyen", "Chen", "Kumar", "Patel", "Lindqvist", "Andersen", "Nielsen",
    "Johansson", "Fischer", "Müller", "Garcia", "Rossi", "Bianchi", "Kowalski", "Novak", "Okafor",
    "Haddad", "Tanaka", "Sato", "Fraser", "Doyle", "Hayes", "Sullivan", "Lund", "Berg", "Virtanen",
)  # fmt: skip
INITIALS = "ABCDEFGHIJKLMNPRSTVWY"

DUTCH_JOURNALS = (
    ("Tijdschrift voor Zorg en Samenleving", "tzs"),
    ("Kwartaalblad Sociaal Werk", "ksw"),
    ("Nederlands-Vlaams Tijdschrift voor Praktijkonderzoek", "nvtp"),
    ("Tijdschrift voor Welzijn en Beleid", "twb"),
    ("Praktijkkennis", "pk"),
)
ENGLISH_JOURNALS = (
    ("Journal of Community Care Research", "jccr"),
    ("International Journal of Applied Social Inquiry", "ijasi"),
    ("Health and Social Care Perspectives", "hscp"),
    ("European Review of Practice Research", "erpr"),
    ("Qualitative Studies in Care", "qsc"),
)
DUTCH_PUBLISHERS = (
    "Uitgeverij Kompasroos",
    "Uitgeverij Tweestroom",
    "Boekhuis Scheldeoever",
    "Uitgeverij De Vaart",
    "Meridiaan Academisch",
)
ENGLISH_PUBLISHERS = ("Northbridge Academic Press", "Harbourside University Press", "Fenwick & Lowe")
REPORT_MAKERS = (
    "Kennisinstituut Zorg en Welzijn",
    "Landelijk Praktijknetwerk Sociaal Domein",
    "Vlaams Steunpunt Welzijnsonderzoek",
    "Onderzoeksbureau Brugwijk",
    "Platform Kennis en Uitvoering",
)

DUTCH_STUDY_NAMES = (
    "een kwalitatieve studie",
    "een verkennend onderzoek",
    "resultaten van een vragenlijstonderzoek",
    "een interviewstudie",
    "ervaringen uit de praktijk",
    "een literatuurstudie",
    "een praktijkgericht onderzoek",
    "een multiple casestudy",
    "een evaluatieonderzoek",
    "een onderzoek met gemengde methoden",
    "bevindingen uit een cohortstudie",
    "een actieonderzoek",
)
ENGLISH_STUDY_NAMES = (
    "a qualitative study",
    "a scoping review",
    "a systematic review",
    "a mixed-methods study",
    "a cross-sectional survey",
    "findings from a cohort study",
    "an interview study",
    "a realist evaluation",
    "a participatory study",
    "a pilot study",
    "a thematic synthesis",
)
DUTCH_TITLE_NOUNS = (
    "Tussen {a} en {b}",
    "Van {a} naar {b}",
    "Over {a} en {b}",
    "{A} in de praktijk",
    "{A} als gezamenlijke opgave",
    "Wat werkt bij {a}?",
    "{A} onder de loep",
    "Oog voor {a}",
    "Ruimte voor {a}",
    "Werken aan {a}",
)


@dataclass(frozen=True)
class Author:
    surname: str
    initials: str  # "A.B."


@dataclass(frozen=True)
class Work:
    kind: str  # "journal", "book", "chapter", "report"
    authors: tuple[Author, ...]
    year: int
    title: str
    source: str = ""  # journal title or publisher
    volume: int | None = None
    issue: str = ""
    first_page: int | None = None
    last_page: int | None = None
    doi: str = ""
    #: For a chapter: the book and its editors.
    book: str = ""
    editors: tuple[Author, ...] = field(default=())
    language: str = "nl"

    def cite_names(self, conjunction: str) -> str:
        """'Bakker', 'Bakker & Claes' ('en' in the running text), 'Bakker et al.'."""
        names = [author.surname for author in self.authors]
        if len(names) == 1:
            return names[0]
        if len(names) == 2:
            return f"{names[0]} {conjunction} {names[1]}"
        return f"{names[0]} et al."

    def author_list(self) -> str:
        """'Bakker, A., Claes, B., & De Wit, C.'"""
        names = [f"{author.surname}, {author.initials}" for author in self.authors]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + ", & " + names[-1]

    @property
    def pages(self) -> str:
        if self.first_page and self.last_page:
            return f"{self.first_page}–{self.last_page}"
        return ""

    def citation_text(self) -> str:
        return self.citation(html=False)

    def citation_html(self) -> str:
        return self.citation(html=True)

    def citation(self, *, html: bool) -> str:
        """The entry as printed, APA style: titles of books and journals in italics (HTML ``em``)."""

        def em(text: str) -> str:
            return f"<em>{escape(text)}</em>" if html else text

        def plain(text: str) -> str:
            return escape(text) if html else text

        head = plain(f"{self.author_list()} ({self.year}). ")
        if self.kind == "journal":
            volume = f", {em(str(self.volume))}" if self.volume else ""
            issue = plain(f"({self.issue})") if self.issue else ""
            pages = plain(f", {self.pages}") if self.pages else ""
            text = head + plain(f"{_stop(self.title)} ") + em(self.source) + volume + issue + pages + "."
        elif self.kind == "chapter":
            names = [f"{e.initials} {e.surname}" for e in self.editors]
            editors = " & ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + ", & " + names[-1]
            label = "Red." if self.language == "nl" else ("Ed." if len(names) == 1 else "Eds.")
            pages = plain(f" (pp. {self.pages})") if self.pages else ""
            text = (
                head
                + plain(f"{_stop(self.title)} In {editors} ({label}), ")
                + em(self.book)
                + pages
                + plain(f". {self.source}.")
            )
        else:
            text = head + em(self.title) + plain(f"{'' if self.title.endswith(('?', '!')) else '.'} {self.source}.")
        if self.doi:
            text += plain(f" https://doi.org/{self.doi}")
        return text


class LiteratureWriter:
    """Draws an article's reference list; ``used`` keeps (names, year) pairs unique within one list."""

    def __init__(self, rng: random.Random, lexicon: Lexicon) -> None:
        self.rng = rng
        self.lexicon = lexicon

    def authors(self, english: bool, count: int) -> tuple[Author, ...]:
        pool = ENGLISH_SURNAMES if english else DUTCH_SURNAMES
        surnames = self.rng.sample(pool, count)
        return tuple(Author(surname, self.initials()) for surname in surnames)

    def initials(self) -> str:
        count = 1 if self.rng.random() < 0.7 else 2
        return "".join(f"{letter}." for letter in self.rng.sample(INITIALS, count))

    def author_count(self) -> int:
        return self.rng.choices((1, 2, 3, 4), weights=(30, 35, 25, 10))[0]

    def dutch_title(self, subject: str, aspects: list[str], context: str) -> str:
        rng = self.rng
        a, b = rng.sample(aspects, 2) if len(aspects) >= 2 else (subject, rng.choice(self.lexicon.title_words))
        shape = rng.random()
        if shape < 0.3:
            main = f"{_cap(subject)} {context}" if rng.random() < 0.5 else _cap(a)
            return f"{main}: {rng.choice(DUTCH_STUDY_NAMES)}"
        if shape < 0.55:
            pattern = rng.choice(DUTCH_TITLE_NOUNS)
            main = pattern.format(a=a, b=b, A=_cap(a))
            if rng.random() < 0.5 and not main.endswith("?"):
                return f"{main}: {rng.choice(DUTCH_STUDY_NAMES)}"
            return main
        if shape < 0.8:
            informant = rng.choice(self.lexicon.informant_plurals)
            return f"{_cap(a)} volgens {informant}: {rng.choice(DUTCH_STUDY_NAMES)}"
        word = rng.choice(self.lexicon.title_words)
        return f"{_cap(word)} en {a}: {rng.choice(DUTCH_STUDY_NAMES)}"

    def english_title(self) -> str:
        rng, lex = self.rng, self.lexicon
        topic, other = rng.sample(lex.english_topics, 2)
        population = rng.choice(lex.english_populations)
        shape = rng.random()
        if shape < 0.35:
            return f"{_cap(topic)} among {population}: {rng.choice(ENGLISH_STUDY_NAMES)}"
        if shape < 0.6:
            return f"{_cap(topic)} and {other} in {population}"
        if shape < 0.8:
            return f"Understanding {topic}: perspectives of {population}"
        return f"What helps {population}? {_cap(topic)} revisited"

    def work(self, subject: str, aspects: list[str], context: str, year: int) -> Work:
        rng = self.rng
        english = rng.random() < 0.45
        kind = rng.choices(("journal", "book", "chapter", "report"), weights=(62, 14, 12, 12))[0]
        if english and kind == "report":
            kind = "journal"
        published = year - rng.choices(range(1, 16), weights=[6, 8, 9, 9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2])[0]
        title = self.english_title() if english else self.dutch_title(subject, aspects, context)
        authors = self.authors(english, self.author_count() if kind != "report" else rng.choice((1, 2, 3)))
        language = "en" if english else "nl"
        if kind == "journal":
            source, code = rng.choice(ENGLISH_JOURNALS if english else DUTCH_JOURNALS + self.lexicon.dutch_journals)
            first = rng.randint(1, 480)
            doi = ""
            if rng.random() < (0.8 if english else 0.45):
                doi = f"{DOI_PREFIX}/{code}.{published}.{rng.randint(100, 9999):04d}"
            return Work(
                kind,
                authors,
                published,
                title,
                source,
                volume=max(1, published - rng.randint(1950, 2012)),
                issue=str(rng.randint(1, 4)),
                first_page=first,
                last_page=first + rng.randint(7, 22),
                doi=doi,
                language=language,
            )
        publisher = rng.choice(ENGLISH_PUBLISHERS if english else DUTCH_PUBLISHERS)
        if kind == "chapter":
            first = rng.randint(9, 260)
            book_subject = rng.choice(self.lexicon.english_topics if english else self.lexicon.title_words)
            book = (
                f"Handbook of {book_subject}"
                if english
                else f"{_cap(book_subject)}: {rng.choice(('theorie en praktijk', 'een handboek', 'nieuwe perspectieven'))}"
            )
            return Work(
                kind,
                authors,
                published,
                title.split(":")[0],
                publisher,
                first_page=first,
                last_page=first + rng.randint(12, 28),
                book=book,
                editors=self.authors(english, rng.choice((1, 2))),
                language=language,
            )
        if kind == "report":
            maker = rng.choice(REPORT_MAKERS)
            return Work(kind, authors, published, title, maker, language=language)
        return Work(kind, authors, published, title.split(":")[0], publisher, language=language)

    def reference_list(
        self, count: int, *, subject: str, aspects: list[str], context: str, year: int, extra: Sequence[Work] = ()
    ) -> list[Work]:
        """``count`` works (``extra`` among them), sorted as a reference list: by author, then year."""
        works = list(extra)
        seen = {(work.cite_names("&"), work.year) for work in works}
        titles = {work.title for work in works}
        while len(works) < count:
            work = self.work(subject, aspects, context, year)
            key = (work.cite_names("&"), work.year)
            if key in seen or work.title in titles:
                continue
            seen.add(key)
            titles.add(work.title)
            works.append(work)
        return sorted(works, key=lambda work: (_sort_name(work), work.year, work.title))


def _sort_name(work: Work) -> str:
    """Sorted on the surname without its particles, as Dutch lists do: 'Van den Berg' under B."""
    surname = work.authors[0].surname
    words = surname.split()
    while len(words) > 1 and words[0].lower() in {"van", "de", "den", "der", "het", "ter", "ten", "o'"}:
        words = words[1:]
    return " ".join(words).lower()


def _stop(title: str) -> str:
    """The title with the full stop APA puts after it, unless it ends in a question or exclamation mark."""
    return title if title.endswith(("?", "!")) else f"{title}."


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
