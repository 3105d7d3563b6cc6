"""A fixed, deterministic benchmark corpus, created fast with bulk_create in the configured database.

One publisher, four journals (the fourth fully open access), issues of 100 articles each
(2,000 articles by default, ``--articles 20000`` for the big variant) and one themed double
issue of 500 articles. Every article has 1-3 authors, an abstract, keywords, a few paragraphs
of body and a small PDF in the private storage. A subscriber with a current subscription to
the first journal is created for the logged-in measurements, and a campus: an institution with
the networks 192.0.2.0/24 and 2001:db8:1::/48 and a licence to the first journal, among 10,000
further IP ranges of other institutions (so that the address lookup runs against a realistic index).

    DJANGO_SETTINGS_MODULE=leeszaal.settings DEBUG=1 .venv/bin/python -m bench.corpus [--articles 20000]

The same ``--articles`` gives the same rows (titles, slugs, authors, access) on every run;
only the subscription's dates follow today so that it is always current.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = 20261125
ARTICLES_PER_ISSUE = 100
BIG_ISSUE_ARTICLES = 500
BATCH_SIZE = 1000

PUBLISHER_SLUG = "bench-uitgeverij"
SUBSCRIBER_EMAIL = "abonnee-bench@example.org"
SUBSCRIBER_PASSWORD = "bench-abonnee-wachtwoord-2026"  # noqa: S105 - a throwaway user in a throwaway database

#: The measured campus (documentation ranges) and an address on it for each family.
CAMPUS_NAME = "Bench-hogeschool"
CAMPUS_RANGES = ("192.0.2.0/24", "2001:db8:1::/48")
CAMPUS_IPV4 = "192.0.2.10"
CAMPUS_IPV6 = "2001:db8:1::10"
#: Further ranges, spread over this many other institutions (none of them on the campus).
OTHER_RANGES = 10_000
OTHER_INSTITUTIONS = 50
#: An address in the free /24 between the first two of those ranges: off every campus.
OFF_CAMPUS_ADDRESS = "20.0.1.10"

#: (slug, title, acronym, open access)
JOURNALS: list[tuple[str, str, str, bool]] = [
    ("tijdschrift-voor-bench", "Tijdschrift voor Bench", "TvB", False),
    ("jeugd-en-praktijk", "Jeugd en Praktijk", "JeP", False),
    ("zorg-en-welzijn", "Zorg en Welzijn", "ZeW", False),
    ("open-sociaal-werk", "Open Sociaal Werk", "OSW", True),
]
SECTIONS = ["Onderzoek", "Praktijk", "Boekbesprekingen"]

GIVEN_NAMES = [
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Eva",
    "Femke",
    "Gerrit",
    "Hanna",
    "Iris",
    "Joost",
    "Karin",
    "Lars",
    "Marieke",
    "Noor",
    "Otto",
    "Pien",
    "Quinten",
    "Roos",
    "Sanne",
    "Thijs",
    "Ursula",
    "Vera",
    "Willem",
    "Xander",
    "Yara",
    "Zeger",
    "Anne-Marie",
    "Jan-Willem",
]
SURNAMES = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "de Jong",
    "Nys",
]
AFFILIATIONS = [
    "Universiteit Utrecht",
    "Hogeschool van Amsterdam",
    "Radboud Universiteit",
    "Hogeschool Rotterdam",
    "Universiteit Leiden",
    "Fontys Hogescholen",
    "Rijksuniversiteit Groningen",
    "Saxion",
    "",
]
WORDS = [
    "onderzoek",
    "praktijk",
    "jeugd",
    "ouders",
    "hulpverlening",
    "gemeente",
    "zorg",
    "welzijn",
    "participatie",
    "herstel",
    "waarden",
    "professional",
    "cliënt",
    "methode",
    "interventie",
    "effect",
    "evaluatie",
    "beleid",
    "wijkteam",
    "opvoeding",
    "school",
    "gezin",
    "netwerk",
    "samenwerking",
    "kwaliteit",
    "ervaring",
    "perspectief",
    "ontwikkeling",
    "begeleiding",
    "veerkracht",
    "autonomie",
    "regie",
    "vertrouwen",
    "dialoog",
    "context",
    "uitkomst",
    "studie",
    "analyse",
    "interview",
    "vragenlijst",
    "groep",
    "casus",
    "reflectie",
]

# A small valid PDF (header, one page, trailer, %%EOF), padded with PDF comments to about 4 KB.
_PDF_HEAD = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
)
PDF_BYTES = (
    _PDF_HEAD
    + b"".join(b"%% leeszaal bench padding line %05d\n" % i for i in range(100))
    + (b"trailer<</Root 1 0 R>>\n%%EOF\n")
)


@dataclass(frozen=True, slots=True)
class IssueRef:
    journal: str
    year: int
    number: str
    articles: int

    @property
    def path(self) -> str:
        return f"/{self.journal}/{self.year}/{self.number}/"


@dataclass(slots=True)
class Corpus:
    """What was created, and the URLs and user the load test measures."""

    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    seconds: float = 0.0
    journal_slug: str = ""
    issue: IssueRef | None = None
    big_issue: IssueRef | None = None
    article_path: str = ""
    subscriber_id: int = 0
    subscriber_email: str = SUBSCRIBER_EMAIL
    subscriber_password: str = SUBSCRIBER_PASSWORD
    campus_ipv4: str = CAMPUS_IPV4
    campus_ipv6: str = CAMPUS_IPV6

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _orcid(n: int) -> str:
    from journals.identifiers import orcid_check_digit

    base = f"000000021{n:06d}"
    digits = base + orcid_check_digit(base)
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _issn(n: int) -> str:
    from journals.identifiers import issn_check_digit

    seven = f"{2000000 + n:07d}"
    return f"{seven[:4]}-{seven[4:]}{issn_check_digit(seven)}"


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def _body(rng: random.Random) -> str:
    """A few paragraphs of already-clean HTML (bulk_create skips Article.save's sanitiser)."""
    parts = ["<h2>Inleiding</h2>"]
    parts += [f"<p>{_paragraph(rng, 5)}</p>" for _ in range(rng.randint(2, 3))]
    parts.append("<h2>Methode en resultaten</h2>")
    parts += [f"<p>{_paragraph(rng, 6)}</p>" for _ in range(rng.randint(2, 3))]
    parts.append(f"<blockquote><p>{_sentence(rng, 14)}</p></blockquote>")
    parts.append("<h2>Conclusie</h2>")
    parts.append(f"<p>{_paragraph(rng, 4)}</p>")
    return "\n".join(parts)


def other_range_texts(count: int = OTHER_RANGES) -> list[str]:
    """``count`` non-overlapping public ranges, none near the campus: two thirds IPv4 /24 networks
    (every other /24 from 20.0.0.0 left free, so misses fall between ranges), a third IPv6 /48s
    from 2a00::, every other one left free."""
    import ipaddress

    texts = []
    v4_base = int(ipaddress.IPv4Address("20.0.0.0"))
    v6_base = int(ipaddress.IPv6Address("2a00::"))
    for n in range(count):
        if n % 3 == 2:
            texts.append(f"{ipaddress.IPv6Address(v6_base + ((n // 3) * 2 << 80))}/48")
        else:
            texts.append(f"{ipaddress.IPv4Address(v4_base + (n - n // 3) * 512)}/24")
    return texts


def _issue_plan(issues_per_journal: int) -> list[tuple[int, int, str]]:
    """(position, year, number) per issue of one journal, newest first: four numbers a year, ending in 2025."""
    plan = []
    for k in range(issues_per_journal):
        year = 2025 - k // 4
        plan.append((k, year, str(4 - k % 4)))
    return plan


def build_corpus(articles: int = 2000, *, log: Callable[[str], None] = print) -> Corpus:
    """Create the corpus in the default database. Call after django.setup(); refuses a database that has it already."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.core.files.storage import storages
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from access.ipranges import parse_range
    from access.models import Institution, IPRange, Subscription
    from accounts.models import User
    from journals.html import html_to_text
    from journals.models import Article, Author, Contribution, EditorialBoardMember, Issue, Journal, Publisher, Section

    if Publisher.objects.filter(slug=PUBLISHER_SLUG).exists():
        raise SystemExit(
            f"The bench corpus is already in {settings.DATABASES['default']['NAME']}: use a fresh database."
        )
    if articles < ARTICLES_PER_ISSUE * len(JOURNALS) or articles % (ARTICLES_PER_ISSUE * len(JOURNALS)):
        raise SystemExit(f"--articles must be a multiple of {ARTICLES_PER_ISSUE * len(JOURNALS)}.")

    rng = random.Random(SEED)
    started = time.perf_counter()
    corpus = Corpus()
    issues_per_journal = articles // ARTICLES_PER_ISSUE // len(JOURNALS)
    private_root = Path(storages["private"].location)  # type: ignore[attr-defined]

    with transaction.atomic():
        publisher = Publisher.objects.create(
            name="Uitgeverij Bench",
            slug=PUBLISHER_SLUG,
            tagline="Vakbladen en wetenschappelijke tijdschriften",
            description=_paragraph(rng, 4),
            website="https://example.org/",
            email="redactie@example.org",
        )
        journals = Journal.objects.bulk_create(
            Journal(
                publisher=publisher,
                title=title,
                acronym=acronym,
                slug=slug,
                issn_online=_issn(i),
                description=_paragraph(rng, 3),
                aims_scope=_paragraph(rng, 5),
                open_access=open_access,
                position=i,
            )
            for i, (slug, title, acronym, open_access) in enumerate(JOURNALS)
        )
        section_rows = Section.objects.bulk_create(
            Section(journal=journal, name=name, position=n) for journal in journals for n, name in enumerate(SECTIONS)
        )
        section_of = {(row.journal_id, row.name): row for row in section_rows}
        board = EditorialBoardMember.objects.bulk_create(
            EditorialBoardMember(
                journal=journal,
                name=f"{rng.choice(GIVEN_NAMES)} {rng.choice(SURNAMES)}",
                role="hoofdredacteur" if position == 0 else "redacteur",
                affiliation=rng.choice(AFFILIATIONS),
                position=position,
            )
            for journal in journals
            for position in range(6)
        )

        # Issues: issues_per_journal per journal, then the themed double issue of 500 in the first journal,
        # in the year before that journal's oldest regular issue (so it is not the journal home's latest issue).
        plan = _issue_plan(issues_per_journal)
        issue_objs: list[Issue] = []
        for journal in journals:
            for _k, year, number in plan:
                issue_objs.append(
                    Issue(
                        journal=journal,
                        volume=year - 1990,
                        number=number,
                        sort_number=int(number),
                        year=year,
                        published_on=datetime.date(year, 3 * int(number) - 1, 15),
                        is_published=True,
                    )
                )
        big_year = min(year for _k, year, _n in plan) - 1
        issue_objs.append(
            Issue(
                journal=journals[0],
                volume=big_year - 1990,
                number="3-4",
                sort_number=3,
                year=big_year,
                title="Themanummer: vijfhonderd bijdragen",
                published_on=datetime.date(big_year, 11, 1),
                is_published=True,
            )
        )
        issues = Issue.objects.bulk_create(issue_objs)
        sizes = [ARTICLES_PER_ISSUE] * (len(issues) - 1) + [BIG_ISSUE_ARTICLES]

        n_articles = sum(sizes)
        n_authors = max(50, n_articles * 3 // 4)
        authors = Author.objects.bulk_create(
            (
                Author(
                    given_names=rng.choice(GIVEN_NAMES),
                    surname=rng.choice(SURNAMES),
                    orcid=_orcid(i) if i % 3 == 0 else "",
                    email=f"auteur{i}@example.org" if i % 5 == 0 else "",
                )
                for i in range(n_authors)
            ),
            batch_size=BATCH_SIZE,
        )

        pdf_names: list[str] = []
        article_objs: list[Article] = []
        journal_of = {journal.pk: journal for journal in journals}
        for issue, size in zip(issues, sizes, strict=True):
            journal = journal_of[issue.journal_id]
            page = 1
            for position in range(1, size + 1):
                words = [rng.choice(WORDS) for _ in range(rng.randint(4, 9))]
                title = " ".join(words).capitalize()
                slug = f"{slugify(' '.join(words[:5]))}-{position}"[:120]
                length = rng.randint(6, 18)
                name = f"pdf/{issue.year}/{journal.acronym.lower()}-{issue.year}-{issue.number}-{position:03d}.pdf"
                pdf_names.append(name)
                section = (
                    SECTIONS[0]
                    if position <= size * 6 // 10
                    else SECTIONS[1]
                    if position <= size * 9 // 10
                    else SECTIONS[2]
                )
                article_objs.append(
                    Article(
                        issue=issue,
                        position=position,
                        section=section_of[journal.pk, section],
                        article_type=Article.Type.BOOK_REVIEW if section == SECTIONS[2] else Article.Type.RESEARCH,
                        title=title,
                        subtitle=_sentence(rng, 5)[:-1] if rng.random() < 0.3 else "",
                        slug=slug,
                        abstract="\n\n".join(_paragraph(rng, 3) for _ in range(2)),
                        keywords=", ".join(rng.sample(WORDS, rng.randint(3, 5))),
                        body=_body(rng),
                        pdf=name,
                        doi=f"10.55555/{journal.acronym.lower()}.{issue.year}.{issue.number}.{position:03d}",
                        first_page=page,
                        last_page=page + length - 1,
                        published_on=issue.published_on,
                        language="nl",
                        license=Article.License.CC_BY if rng.random() < 0.15 else Article.License.ALL_RIGHTS,
                        access=Article.Access.OPEN if rng.random() < 0.1 else Article.Access.SUBSCRIPTION,
                        status=Article.Status.PUBLISHED,
                    )
                )
                page += length
        for article in article_objs:
            # bulk_create skips Article.save, which derives the plain text that the search index reads.
            article.body_text = html_to_text(article.body)
        created = Article.objects.bulk_create(article_objs, batch_size=BATCH_SIZE)

        contributions: list[Contribution] = []
        for article in created:
            chosen = rng.sample(range(n_authors), rng.choice((1, 1, 2, 2, 2, 3)))
            for position, author_index in enumerate(chosen):
                contributions.append(
                    Contribution(
                        article=article,
                        author=authors[author_index],
                        position=position,
                        affiliation=rng.choice(AFFILIATIONS),
                        is_corresponding=position == 0,
                    )
                )
        Contribution.objects.bulk_create(contributions, batch_size=BATCH_SIZE * 5)

        for name in pdf_names:
            target = private_root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(PDF_BYTES)

        today = timezone.localdate()
        subscriber = User.objects.create_user(
            email=SUBSCRIBER_EMAIL, password=SUBSCRIBER_PASSWORD, name="Bench Abonnee"
        )
        EmailAddress.objects.create(user=subscriber, email=SUBSCRIBER_EMAIL, verified=True, primary=True)
        Subscription.objects.create(
            user=subscriber,
            journal=journals[0],
            starts_on=today - datetime.timedelta(days=180),
            ends_on=today + datetime.timedelta(days=185),
        )

        # The campus and the other institutions' networks. bulk_create skips IPRange.save, so both ends
        # are computed here; the campus's are documentation ranges (IPRange.clean would refuse them in
        # production), and nothing overlaps by construction.
        campus = Institution.objects.create(name=CAMPUS_NAME, contact_emails="bibliotheek@bench.example.org")
        Subscription.objects.create(
            institution=campus,
            journal=journals[0],
            source=Subscription.Source.INSTITUTIONAL,
            starts_on=today - datetime.timedelta(days=180),
            ends_on=today + datetime.timedelta(days=185),
        )
        others = Institution.objects.bulk_create(
            Institution(name=f"Bench-instelling {n + 1:02d}") for n in range(OTHER_INSTITUTIONS)
        )
        range_objs = []
        for n, text in enumerate([*CAMPUS_RANGES, *other_range_texts()]):
            span = parse_range(text)
            owner = campus if n < len(CAMPUS_RANGES) else others[n % OTHER_INSTITUTIONS]
            range_objs.append(IPRange(institution=owner, text=span.text, first=span.first_key, last=span.last_key))
        IPRange.objects.bulk_create(range_objs, batch_size=BATCH_SIZE * 5)

    # The measured article: in the first journal's newest issue, behind the paywall, with the most authors.
    newest = issues[0]
    candidates = [a for a in created[:ARTICLES_PER_ISSUE] if a.access == Article.Access.SUBSCRIPTION]
    author_count: dict[int, int] = {}
    for contribution in contributions[: 3 * ARTICLES_PER_ISSUE]:
        author_count[contribution.article_id] = author_count.get(contribution.article_id, 0) + 1
    article = max(candidates, key=lambda a: (author_count.get(a.pk, 0), -a.position))

    corpus.rows = {
        "publisher": 1,
        "journals": len(journals),
        "board members": len(board),
        "issues": len(issues),
        "authors": len(authors),
        "articles": len(created),
        "contributions": len(contributions),
        "users": 1,
        "email addresses": 1,
        "subscriptions": 2,
        "institutions": 1 + len(others),
        "ip ranges": len(range_objs),
    }
    corpus.files = len(pdf_names)
    corpus.seconds = time.perf_counter() - started
    corpus.journal_slug = journals[0].slug
    corpus.issue = IssueRef(journals[0].slug, newest.year, newest.number, sizes[0])
    corpus.big_issue = IssueRef(journals[0].slug, big_year, "3-4", BIG_ISSUE_ARTICLES)
    corpus.article_path = f"{corpus.issue.path}{article.slug}/"
    corpus.subscriber_id = subscriber.pk
    log(
        f"corpus: {corpus.total_rows:,} rows ({len(created):,} articles, {len(contributions):,} contributions, "
        f"{corpus.files:,} PDF files of {len(PDF_BYTES):,} bytes) in {corpus.seconds:.1f} s"
    )
    for table, count in corpus.rows.items():
        log(f"  {table:<16} {count:>8,}")
    return corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--articles", type=int, default=2000, help="articles in issues of 100 (2000; 20000 for the big variant)"
    )
    args = parser.parse_args(argv)

    sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leeszaal.settings")
    import django

    django.setup()
    corpus = build_corpus(args.articles)
    print(f"subscriber: {corpus.subscriber_email} / {corpus.subscriber_password}")
    print(f"issue (100):  {corpus.issue.path if corpus.issue else ''}")
    print(f"issue (500):  {corpus.big_issue.path if corpus.big_issue else ''}")
    print(f"article:      {corpus.article_path}")


if __name__ == "__main__":
    main()
