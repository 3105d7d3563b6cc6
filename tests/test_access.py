"""Who may read what: the access matrix, the subscription calendar, caching, and a walk over every URL.

The matrix below is the rule as a table: each cell names the Reason ``decide()`` must give.
Every cell is also checked on the two surfaces that show full text (the article page, with
the body marker "GEHEIME-VOLTEKST", and the PDF) and against ``readable_articles()``.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils.html import escape
from lxml import html

from access.decision import (
    AccessType,
    Decision,
    Reader,
    Reason,
    article_access_type,
    decide,
    readable_articles,
    shared_page_audience,
)
from access.ipindex import forget_index
from access.ipranges import parse_address
from access.models import Institution, Subscription
from accounts.models import User
from journals.models import Article, ArticleFile, Issue, Journal, Publisher
from search.indexing import index_articles
from tests import factories
from tests.conftest import CAMPUS_IPV4, CAMPUS_IPV6, OFF_CAMPUS_IP, TODAY, login

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MARKER = "GEHEIME-VOLTEKST"
MARKER_RE = re.compile(rb"GEHEIME-VOLTEKST-\d+")

# Readers down, articles across. "subscriber" and "expired_subscriber" hold (or held) a
# subscription to the journal of the subscription article, not to the open-access journal.
# The campus readers are anonymous on an institution's network; "member_off_campus" is linked to
# Hogeschool Rijnland and reads from home. "perpetual_v4" and "expired_institution" sit on the
# networks of institutions whose licence ran through 2025 (with and without perpetual access):
# "during_period" appeared in a 2025 issue, "online_first" was published online in 2025 in an
# issue of 2026, "after_period" appeared in 2026. The journal lets everyone read its editorials
# ("free_editorial") but not its book reviews ("book_review", read like "subscription").
MATRIX = """
                     subscription          open_article  open_journal  draft          unpublished_issue  during_period         online_first          after_period          free_editorial  book_review
anonymous            login_required        open_access   open_access   not_published  not_published      login_required        login_required        login_required        free_to_read    login_required
reader               no_subscription       open_access   open_access   not_published  not_published      no_subscription       no_subscription       no_subscription       free_to_read    no_subscription
subscriber           subscription          open_access   open_access   not_published  not_published      subscription          subscription          subscription          free_to_read    subscription
expired_subscriber   subscription_expired  open_access   open_access   not_published  not_published      subscription_expired  subscription_expired  subscription_expired  free_to_read    subscription_expired
editor               staff                 staff         staff         staff          staff              staff                 staff                 staff                 staff           staff
campus_v4            institution           open_access   open_access   not_published  not_published      institution           institution           institution           free_to_read    institution
campus_v6            institution           open_access   open_access   not_published  not_published      institution           institution           institution           free_to_read    institution
campus_mapped        institution           open_access   open_access   not_published  not_published      institution           institution           institution           free_to_read    institution
member_off_campus    institution           open_access   open_access   not_published  not_published      institution           institution           institution           free_to_read    institution
code_subscriber      subscription          open_access   open_access   not_published  not_published      subscription          subscription          subscription          free_to_read    subscription
trial_user           trial                 open_access   open_access   not_published  not_published      trial                 trial                 trial                 free_to_read    trial
institution_trial    trial                 open_access   open_access   not_published  not_published      trial                 trial                 trial                 free_to_read    trial
perpetual_v4         login_required        open_access   open_access   not_published  not_published      perpetual_access      perpetual_access      login_required        free_to_read    login_required
expired_institution  login_required        open_access   open_access   not_published  not_published      login_required        login_required        login_required        free_to_read    login_required
"""


def _parse_matrix(table: str) -> dict[tuple[str, str], Reason]:
    header, *rows = (line.split() for line in table.strip().splitlines())
    return {(row[0], kind): Reason(cell) for row in rows for kind, cell in zip(header, row[1:], strict=True)}


def _matrix_axes(table: str) -> tuple[list[str], list[str]]:
    header, *rows = (line.split() for line in table.strip().splitlines())
    return [row[0] for row in rows], header


EXPECTED = _parse_matrix(MATRIX)
READERS, ARTICLES = _matrix_axes(MATRIX)
GRANTS = frozenset(
    {
        Reason.STAFF,
        Reason.OPEN_ACCESS,
        Reason.FREE_TO_READ,
        Reason.INSTITUTION,
        Reason.SUBSCRIPTION,
        Reason.TRIAL,
        Reason.PERPETUAL_ACCESS,
    }
)
NO_LICENSE = frozenset({Reason.LOGIN_REQUIRED, Reason.NO_SUBSCRIPTION, Reason.SUBSCRIPTION_EXPIRED})

# The institution a reader's decision names (the one that grants, or on whose network a denied reader is).
RIJNLAND = "Hogeschool Rijnland"
OOSTERHOUT = "Universiteit Oosterhout"
ZEELAND = "Bibliotheek Zeeland"
ACHTERHOEK = "Ziekenhuis Achterhoek"
INSTITUTION_OF = {
    "campus_v4": RIJNLAND,
    "campus_v6": RIJNLAND,
    "campus_mapped": RIJNLAND,
    "member_off_campus": RIJNLAND,
    "institution_trial": OOSTERHOUT,
    "perpetual_v4": ZEELAND,
    "expired_institution": ACHTERHOEK,
}

# The networks of the other institutions (documentation ranges, none overlapping Rijnland's 192.0.2.0/24).
OOSTERHOUT_IP = "203.0.113.20"  # 203.0.113.0/26
ZEELAND_IP = "203.0.113.70"  # 203.0.113.64/26
ACHTERHOEK_IP = "203.0.113.140"  # 203.0.113.128/26
DORMANT_IP = "203.0.113.200"  # 203.0.113.192/26, an inactive institution

LAST_YEAR = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
TRIAL_ENDS_ON = TODAY + datetime.timedelta(days=6)


@dataclass(frozen=True)
class Visitor:
    """A matrix row: who (a user or nobody) and from where (an address, or the test client's own)."""

    user: User | None = None
    ip: str | None = None

    def reader(self) -> Reader:
        """A fresh Reader each time: a Reader keeps its entitlements once fetched."""
        return Reader(user=self.user, ip=parse_address(self.ip) if self.ip else None)

    def client(self) -> Client:
        client = Client(REMOTE_ADDR=self.ip) if self.ip else Client()
        return login(client, self.user) if self.user is not None else client


def _visitor(request: pytest.FixtureRequest, who: str) -> Visitor:
    if who == "anonymous":
        return Visitor()
    value = request.getfixturevalue(who)
    return value if isinstance(value, Visitor) else Visitor(user=value)


def _ranges_changed() -> None:
    """New ranges reach the index on commit, which never comes inside a test's transaction."""
    forget_index()


# --- The institutions and readers of the matrix -------------------------------------------------------


@pytest.fixture
def trial_institution(journal: Journal) -> Institution:
    """Universiteit Oosterhout tries the journal out for two weeks, until 1 December."""
    institution = factories.make_institution(OOSTERHOUT, ranges=("203.0.113.0/26",))
    factories.make_institution_subscription(
        institution,
        journal,
        starts_on=TODAY - datetime.timedelta(days=7),
        ends_on=TRIAL_ENDS_ON,
        source=Subscription.Source.TRIAL,
    )
    _ranges_changed()
    return institution


@pytest.fixture
def perpetual_institution(journal: Journal) -> Institution:
    """Bibliotheek Zeeland held a licence through 2025, with perpetual access to what appeared then."""
    institution = factories.make_institution(ZEELAND, ranges=("203.0.113.64/26",))
    factories.make_institution_subscription(
        institution, journal, starts_on=LAST_YEAR[0], ends_on=LAST_YEAR[1], perpetual_access=True
    )
    _ranges_changed()
    return institution


@pytest.fixture
def lapsed_institution(journal: Journal) -> Institution:
    """Ziekenhuis Achterhoek held the same licence through 2025, without perpetual access."""
    institution = factories.make_institution(ACHTERHOEK, ranges=("203.0.113.128/26",))
    factories.make_institution_subscription(institution, journal, starts_on=LAST_YEAR[0], ends_on=LAST_YEAR[1])
    _ranges_changed()
    return institution


@pytest.fixture
def campus_v4(institution: Institution) -> Visitor:
    return Visitor(ip=CAMPUS_IPV4)


@pytest.fixture
def campus_v6(institution: Institution) -> Visitor:
    return Visitor(ip=CAMPUS_IPV6)


@pytest.fixture
def campus_mapped(institution: Institution) -> Visitor:
    """Reaches us over IPv6 with an IPv4-mapped address: counts as 192.0.2.10."""
    return Visitor(ip=f"::ffff:{CAMPUS_IPV4}")


@pytest.fixture
def member_off_campus(institution: Institution) -> Visitor:
    """Mila works at Hogeschool Rijnland and reads from home: her account is linked to it."""
    user = factories.make_user("mila@hogeschool-rijnland.example.org", name="Mila Medewerker")
    factories.make_member(institution, user)
    return Visitor(user=user, ip=OFF_CAMPUS_IP)


@pytest.fixture
def code_subscriber(journal: Journal) -> User:
    """Cas subscribes to the printed journal and redeemed the activation code that came with it."""
    user = factories.make_user("cas@example.org", name="Cas Printabonnee")
    factories.make_subscription(
        user,
        journal,
        starts_on=datetime.date(2026, 1, 1),
        ends_on=datetime.date(2026, 12, 31),
        source=Subscription.Source.CODE,
    )
    return user


@pytest.fixture
def trial_user(journal: Journal) -> User:
    """Tess tries the journal out for two weeks."""
    user = factories.make_user("tess@example.org", name="Tess Proef")
    factories.make_subscription(
        user,
        journal,
        starts_on=TODAY - datetime.timedelta(days=7),
        ends_on=TRIAL_ENDS_ON,
        source=Subscription.Source.TRIAL,
    )
    return user


@pytest.fixture
def institution_trial(trial_institution: Institution) -> Visitor:
    return Visitor(ip=OOSTERHOUT_IP)


@pytest.fixture
def perpetual_v4(perpetual_institution: Institution) -> Visitor:
    return Visitor(ip=ZEELAND_IP)


@pytest.fixture
def expired_institution(lapsed_institution: Institution) -> Visitor:
    return Visitor(ip=ACHTERHOEK_IP)


@pytest.fixture
def open_journal(publisher: Publisher) -> Journal:
    return factories.make_journal(publisher, title="Open Pedagogiek", slug="open-pedagogiek", open_access=True)


@pytest.fixture
def articles(journal: Journal, issue: Issue, open_journal: Journal) -> dict[str, Article]:
    """One article of every kind the matrix knows, each with a PDF."""
    journal.set_free_types([Article.Type.EDITORIAL])
    journal.save()
    open_issue = factories.make_issue(open_journal, volume=3, number="1", year=2024)
    coming_issue = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    issue_2025 = factories.make_issue(journal, volume=28, number="2", year=2025, published_on=datetime.date(2025, 6, 1))
    issue_2026 = factories.make_issue(journal, volume=29, number="1", year=2026, published_on=datetime.date(2026, 2, 1))
    return {
        "subscription": factories.make_article(issue, slug="voor-abonnees", pdf=True),
        "open_article": factories.make_article(
            issue, slug="vrij-artikel", access=Article.Access.OPEN, license=Article.License.CC_BY, pdf=True
        ),
        "open_journal": factories.make_article(open_issue, slug="vrij-tijdschrift", pdf=True),
        "draft": factories.make_article(issue, slug="concept", status=Article.Status.DRAFT, pdf=True),
        "unpublished_issue": factories.make_article(coming_issue, slug="volgend-nummer", pdf=True),
        # No date of its own: the issue's date counts.
        "during_period": factories.make_article(issue_2025, slug="verschenen-in-2025", pdf=True),
        # Its own date counts, not the later issue's.
        "online_first": factories.make_article(
            issue_2026, slug="online-in-2025", published_on=datetime.date(2025, 11, 15), pdf=True
        ),
        "after_period": factories.make_article(issue_2026, slug="verschenen-in-2026", pdf=True),
        "free_editorial": factories.make_article(
            issue, slug="van-de-redactie", article_type=Article.Type.EDITORIAL, pdf=True
        ),
        "book_review": factories.make_article(
            issue, slug="boekbespreking", article_type=Article.Type.BOOK_REVIEW, pdf=True
        ),
    }


def _user(request: pytest.FixtureRequest, who: str) -> User | None:
    return _visitor(request, who).user


def _client_for(user: User | None) -> Client:
    client = Client()
    return login(client, user) if user is not None else client


def _marker(article: Article) -> str:
    match = re.search(r"GEHEIME-VOLTEKST-\d+", article.body)
    assert match, article.body
    return match.group(0)


def _read_pdf(response: Any) -> bytes:
    """Read a streamed response to the end; the test client then closes it as a WSGI server would."""
    return b"".join(response.streaming_content)


def _assert_pdf_denied(response: Any, article: Article) -> None:
    """A denied PDF of a published article sends the reader to its page, where they learn how to get in."""
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert "private" in response.get("Cache-Control", "")


@pytest.mark.parametrize("kind", ARTICLES)
@pytest.mark.parametrize("who", READERS)
def test_access_matrix(
    request: pytest.FixtureRequest, who: str, kind: str, articles: dict[str, Article], frozen_today: datetime.date
) -> None:
    visitor = _visitor(request, who)
    article = articles[kind]
    expected = EXPECTED[(who, kind)]
    grants = expected in GRANTS

    decision = decide(article=article, reader=visitor.reader())
    assert decision.reason is expected
    assert decision.granted is grants
    assert decision.no_license is (expected in NO_LICENSE)
    assert decision.is_personal is (grants and expected not in (Reason.OPEN_ACCESS, Reason.FREE_TO_READ))
    if not grants:
        assert decision.access_type is None
    else:
        free = {"open_article": AccessType.OPEN, "open_journal": AccessType.FREE_TO_READ}
        free["free_editorial"] = AccessType.FREE_TO_READ
        assert decision.access_type is free.get(kind, AccessType.CONTROLLED)
        # open licence: Open; free without one (this journal, or a type the journal makes free): Free_To_Read
    if expected in {Reason.INSTITUTION, Reason.TRIAL, Reason.PERPETUAL_ACCESS} | NO_LICENSE:
        assert decision.institution_name == INSTITUTION_OF.get(who, "")
    assert (decision.trial_ends_on == TRIAL_ENDS_ON) is (expected is Reason.TRIAL)

    # The other face of the same rule: the queryset holds the article exactly when decide() grants it.
    readable = readable_articles(visitor.reader()).filter(pk=article.pk).exists()
    assert readable is grants, f"decide() says {decision.reason}, readable_articles() says {readable}"

    client = visitor.client()
    page = client.get(article.get_absolute_url())
    if expected is Reason.NOT_PUBLISHED:
        assert page.status_code == 404  # not published: as if it did not exist
    else:
        assert page.status_code == 200
    assert (_marker(article).encode() in page.content) is grants
    if grants and expected is not Reason.STAFF:
        assert escape(decision.message) in page.content.decode()

    pdf = client.get(article.get_pdf_url())
    if grants:
        assert pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert _read_pdf(pdf) == factories.PDF_BYTES
    elif expected is Reason.NOT_PUBLISHED:
        assert pdf.status_code == 404
    else:
        _assert_pdf_denied(pdf, article)


@pytest.mark.parametrize("who", READERS)
def test_decide_and_readable_articles_agree_on_every_article(
    request: pytest.FixtureRequest, who: str, articles: dict[str, Article], frozen_today: datetime.date
) -> None:
    visitor = _visitor(request, who)
    granted_by_decide = {a.pk for a in Article.objects.all() if decide(article=a, reader=visitor.reader())}
    assert set(readable_articles(visitor.reader()).values_list("pk", flat=True)) == granted_by_decide


def test_subscriber_cannot_read_another_journal(
    client: Client, subscriber: User, other_journal: Journal, frozen_today: datetime.date
) -> None:
    """Sem subscribes to Ouderschapskennis; that opens nothing in Waardenwerk."""
    elsewhere = factories.make_article(factories.make_issue(other_journal, year=2024), pdf=True)
    decision = decide(article=elsewhere, reader=Reader(user=subscriber))
    assert decision.reason is Reason.NO_SUBSCRIPTION
    assert not readable_articles(Reader(user=subscriber)).filter(pk=elsewhere.pk).exists()

    login(client, subscriber)
    assert _marker(elsewhere).encode() not in client.get(elsewhere.get_absolute_url()).content
    _assert_pdf_denied(client.get(elsewhere.get_pdf_url()), elsewhere)


def test_subscription_that_has_not_started_grants_nothing_until_its_first_day(
    client: Client, reader: User, journal: Journal, article: Article
) -> None:
    """Roos buys a subscription that starts on 1 January; in December she still reads only the abstract."""
    factories.make_subscription(
        reader, journal, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 12, 31)
    )

    with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=AMSTERDAM), tick=False):
        login(client, reader)
        assert decide(article=article, reader=Reader(user=reader)).reason is Reason.NO_SUBSCRIPTION
        assert not readable_articles(Reader(user=reader)).filter(pk=article.pk).exists()
        assert _marker(article).encode() not in client.get(article.get_absolute_url()).content
        _assert_pdf_denied(client.get(article.get_pdf_url()), article)

    with time_machine.travel(datetime.datetime(2027, 1, 1, 0, 30, tzinfo=AMSTERDAM), tick=False):
        login(client, reader)
        assert decide(article=article, reader=Reader(user=reader)).reason is Reason.SUBSCRIPTION
        assert readable_articles(Reader(user=reader)).filter(pk=article.pk).exists()
        assert _marker(article).encode() in client.get(article.get_absolute_url()).content
        assert client.get(article.get_pdf_url()).status_code == 200


def test_last_day_of_a_subscription_still_grants(
    client: Client, reader: User, journal: Journal, article: Article
) -> None:
    """The end date is inclusive, in Amsterdam time: late on 31 December she still reads; just after midnight not."""
    subscription = factories.make_subscription(
        reader, journal, starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2026, 12, 31)
    )

    # 23:30 in Amsterdam is already 22:30 UTC; 00:30 on 1 January is still 31 December in UTC.
    # (She logs in at that moment: a session from today would have expired by then.)
    with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 30, tzinfo=AMSTERDAM), tick=False):
        login(client, reader)
        decision = decide(article=article, reader=Reader(user=reader))
        assert decision.reason is Reason.SUBSCRIPTION
        assert decision.subscription_id == subscription.pk
        assert readable_articles(Reader(user=reader)).filter(pk=article.pk).exists()
        assert _marker(article).encode() in client.get(article.get_absolute_url()).content
        assert client.get(article.get_pdf_url()).status_code == 200

    with time_machine.travel(datetime.datetime(2027, 1, 1, 0, 30, tzinfo=AMSTERDAM), tick=False):
        login(client, reader)
        assert decide(article=article, reader=Reader(user=reader)).reason is Reason.SUBSCRIPTION_EXPIRED
        assert not readable_articles(Reader(user=reader)).filter(pk=article.pk).exists()
        assert _marker(article).encode() not in client.get(article.get_absolute_url()).content
        _assert_pdf_denied(client.get(article.get_pdf_url()), article)


def test_decide_and_readable_articles_take_the_same_day(reader: User, journal: Journal, article: Article) -> None:
    factories.make_subscription(
        reader, journal, starts_on=datetime.date(2026, 3, 1), ends_on=datetime.date(2026, 3, 31)
    )
    for day, granted in [
        (datetime.date(2026, 2, 28), False),
        (datetime.date(2026, 3, 1), True),
        (datetime.date(2026, 3, 31), True),
        (datetime.date(2026, 4, 1), False),
    ]:
        assert decide(article=article, reader=Reader(user=reader), on=day).granted is granted, day
        assert readable_articles(Reader(user=reader), on=day).filter(pk=article.pk).exists() is granted, day


# --- Institutions, trials and perpetual access ---------------------------------------------------------


def _at(day: datetime.date, hour: int, minute: int = 0) -> time_machine.travel:
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=AMSTERDAM), tick=False
    )


def _assert_reads(visitor: Visitor, article: Article, *, granted: bool, message: str = "") -> Decision:
    """decide(), readable_articles(), the article page and the PDF agree on what ``visitor`` may read today."""
    decision = decide(article=article, reader=visitor.reader())
    assert decision.granted is granted, decision
    assert readable_articles(visitor.reader()).filter(pk=article.pk).exists() is granted
    if message:
        assert decision.message == message
    client = visitor.client()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert (_marker(article).encode() in page.content) is granted
    if message:
        assert escape(message) in page.content.decode()
    pdf = client.get(article.get_pdf_url())
    if granted:
        assert pdf.status_code == 200
        _read_pdf(pdf)
    else:
        _assert_pdf_denied(pdf, article)
    return decision


TRIAL = (datetime.date(2026, 12, 1), datetime.date(2026, 12, 14))


def test_a_trial_grants_from_its_first_day_through_its_last_and_not_a_day_after(
    reader: User, journal: Journal, article: Article
) -> None:
    """Roos tries the journal out from 1 to 14 December, both days included, in Amsterdam time."""
    factories.make_subscription(reader, journal, starts_on=TRIAL[0], ends_on=TRIAL[1], source=Subscription.Source.TRIAL)
    roos = Visitor(user=reader)
    message = "U leest met een proefabonnement tot en met 14 december 2026."

    with _at(datetime.date(2026, 11, 30), 23, 30):
        decision = _assert_reads(roos, article, granted=False)
        assert decision.reason is Reason.NO_SUBSCRIPTION
        assert decision.trial_ends_on is None
    for day, hour in [(TRIAL[0], 0), (TRIAL[1], 23)]:
        with _at(day, hour, 30):
            decision = _assert_reads(roos, article, granted=True, message=message)
            assert decision.reason is Reason.TRIAL
            assert decision.trial_ends_on == TRIAL[1]
            assert decision.institution_id is None
            assert decision.access_type is AccessType.CONTROLLED
            assert decision.is_personal
    with _at(datetime.date(2026, 12, 15), 0, 30):
        decision = _assert_reads(roos, article, granted=False)
        assert decision.no_license
        assert decision.trial_ends_on is None


def test_an_institutions_trial_grants_everyone_on_its_network_from_its_first_day_through_its_last(
    journal: Journal, article: Article
) -> None:
    """Universiteit Oosterhout tries the journal out from 1 to 14 December; the page names it and the last day."""
    oosterhout = factories.make_institution(OOSTERHOUT, ranges=("203.0.113.0/26",))
    trial = factories.make_institution_subscription(
        oosterhout, journal, starts_on=TRIAL[0], ends_on=TRIAL[1], source=Subscription.Source.TRIAL
    )
    _ranges_changed()
    on_campus = Visitor(ip=OOSTERHOUT_IP)
    message = "Toegang via Universiteit Oosterhout, proefabonnement tot en met 14 december 2026."

    with _at(datetime.date(2026, 11, 30), 23, 30):
        decision = _assert_reads(on_campus, article, granted=False)
        assert decision.reason is Reason.LOGIN_REQUIRED
        assert (decision.institution_id, decision.institution_name) == (oosterhout.pk, OOSTERHOUT)
    for day, hour in [(TRIAL[0], 0), (TRIAL[1], 23)]:
        with _at(day, hour, 30):
            decision = _assert_reads(on_campus, article, granted=True, message=message)
            assert decision.reason is Reason.TRIAL
            assert decision.trial_ends_on == TRIAL[1]
            assert decision.subscription_id == trial.pk
            assert (decision.institution_id, decision.institution_name) == (oosterhout.pk, OOSTERHOUT)
    with _at(datetime.date(2026, 12, 15), 0, 30):
        decision = _assert_reads(on_campus, article, granted=False)
        assert decision.reason is Reason.LOGIN_REQUIRED
        assert decision.trial_ends_on is None


@pytest.fixture
def published_around_last_year(issue: Issue) -> dict[str, Article]:
    """Articles published on the day before, the first day, the last day and the day after the 2025 licence."""
    days = {
        "day_before": datetime.date(2024, 12, 31),
        "first_day": LAST_YEAR[0],
        "last_day": LAST_YEAR[1],
        "day_after": datetime.date(2026, 1, 1),
    }
    return {
        name: factories.make_article(issue, slug=name.replace("_", "-"), published_on=day, pdf=True)
        for name, day in days.items()
    }


def test_perpetual_access_keeps_what_appeared_from_the_first_through_the_last_day_of_the_licence(
    perpetual_institution: Institution, published_around_last_year: dict[str, Article], frozen_today: datetime.date
) -> None:
    """Bibliotheek Zeeland's licence ended on 31 December 2025; what appeared in 2025 stays readable on its network."""
    on_campus = Visitor(ip=ZEELAND_IP)
    for name, article in published_around_last_year.items():
        kept = name in {"first_day", "last_day"}
        message = "Toegang via Bibliotheek Zeeland (blijvende toegang)." if kept else ""
        decision = _assert_reads(on_campus, article, granted=kept, message=message)
        assert decision.reason is (Reason.PERPETUAL_ACCESS if kept else Reason.LOGIN_REQUIRED), name
        assert decision.institution_name == ZEELAND


def test_perpetual_access_begins_the_day_after_the_licence_ends(
    perpetual_institution: Institution, published_around_last_year: dict[str, Article]
) -> None:
    """On its last day the licence itself still opens everything; from the next day only what appeared while it ran."""
    for day, expected in [
        (LAST_YEAR[1], dict.fromkeys(published_around_last_year, Reason.INSTITUTION)),
        (
            datetime.date(2026, 1, 1),
            {
                "day_before": Reason.LOGIN_REQUIRED,
                "first_day": Reason.PERPETUAL_ACCESS,
                "last_day": Reason.PERPETUAL_ACCESS,
                "day_after": Reason.LOGIN_REQUIRED,
            },
        ),
    ]:
        reader = Visitor(ip=ZEELAND_IP).reader()
        got = {name: decide(article=a, reader=reader, on=day).reason for name, a in published_around_last_year.items()}
        assert got == expected, day
        readable = set(readable_articles(reader, on=day).values_list("pk", flat=True))
        assert readable == {a.pk for name, a in published_around_last_year.items() if expected[name] in GRANTS}, day


def test_a_personal_subscription_with_perpetual_access_keeps_what_appeared_while_it_ran(
    reader: User, journal: Journal, published_around_last_year: dict[str, Article], frozen_today: datetime.date
) -> None:
    factories.make_subscription(reader, journal, starts_on=LAST_YEAR[0], ends_on=LAST_YEAR[1], perpetual_access=True)
    roos = Visitor(user=reader)
    for name, article in published_around_last_year.items():
        kept = name in {"first_day", "last_day"}
        decision = _assert_reads(roos, article, granted=kept)
        assert decision.reason is (Reason.PERPETUAL_ACCESS if kept else Reason.SUBSCRIPTION_EXPIRED), name
        assert decision.institution_id is None
        assert decision.message == str(decision.reason.label)


def test_on_campus_the_institutions_licence_is_preferred_to_a_personal_subscription(
    subscriber: User, institution: Institution, article: Article, frozen_today: datetime.date
) -> None:
    """Sem reads at Hogeschool Rijnland: usage counts for the institution that pays; at home he reads with his own."""
    licence = Subscription.objects.get(institution=institution)
    at_school = _assert_reads(
        Visitor(user=subscriber, ip=CAMPUS_IPV4), article, granted=True, message="Toegang via Hogeschool Rijnland."
    )
    assert at_school.reason is Reason.INSTITUTION
    assert (at_school.institution_id, at_school.institution_name) == (institution.pk, RIJNLAND)
    assert at_school.subscription_id == licence.pk

    at_home = _assert_reads(Visitor(user=subscriber, ip=OFF_CAMPUS_IP), article, granted=True)
    assert at_home.reason is Reason.SUBSCRIPTION
    assert (at_home.institution_id, at_home.institution_name) == (None, "")
    assert at_home.subscription_id == Subscription.objects.get(user=subscriber).pk


def test_a_linked_institution_is_preferred_to_a_personal_subscription(
    subscriber: User, institution: Institution, article: Article, frozen_today: datetime.date
) -> None:
    factories.make_member(institution, subscriber)
    decision = decide(article=article, reader=Visitor(user=subscriber, ip=OFF_CAMPUS_IP).reader())
    assert decision.reason is Reason.INSTITUTION
    assert decision.institution_name == RIJNLAND


def test_a_personal_subscription_is_preferred_to_an_institutions_trial(
    subscriber: User, trial_institution: Institution, article: Article, frozen_today: datetime.date
) -> None:
    decision = decide(article=article, reader=Visitor(user=subscriber, ip=OOSTERHOUT_IP).reader())
    assert decision.reason is Reason.SUBSCRIPTION
    assert decision.trial_ends_on is None


def test_a_trial_is_preferred_to_perpetual_access(
    trial_user: User, perpetual_institution: Institution, articles: dict[str, Article], frozen_today: datetime.date
) -> None:
    decision = decide(article=articles["during_period"], reader=Visitor(user=trial_user, ip=ZEELAND_IP).reader())
    assert decision.reason is Reason.TRIAL
    assert decision.trial_ends_on == TRIAL_ENDS_ON


def test_an_inactive_institution_grants_nothing(
    journal: Journal, article: Article, frozen_today: datetime.date
) -> None:
    """Instituut Oud stopped; its licence still runs in the records, but neither its network nor its members read."""
    dormant = factories.make_institution("Instituut Oud", ranges=("203.0.113.192/26",), is_active=False)
    factories.make_institution_subscription(
        dormant, journal, starts_on=TODAY - datetime.timedelta(days=30), ends_on=TODAY + datetime.timedelta(days=30)
    )
    member = factories.make_user("olaf@instituut-oud.example.org", name="Olaf Oud")
    factories.make_member(dormant, member)
    _ranges_changed()

    by_address = _assert_reads(Visitor(ip=DORMANT_IP), article, granted=False)
    assert by_address.reason is Reason.LOGIN_REQUIRED
    assert (by_address.institution_id, by_address.institution_name) == (None, "")
    assert shared_page_audience(Visitor(ip=DORMANT_IP).reader()) == "anonymous"
    for where in (OFF_CAMPUS_IP, DORMANT_IP):
        by_membership = _assert_reads(Visitor(user=member, ip=where), article, granted=False)
        assert by_membership.reason is Reason.NO_SUBSCRIPTION, where
        assert by_membership.institution_id is None


@pytest.mark.parametrize("reason", list(Reason))
def test_no_license_is_a_denial_for_want_of_a_licence_not_for_an_article_that_is_not_there(reason: Reason) -> None:
    decision = Decision(reason in GRANTS, reason)
    assert decision.no_license is (
        reason in {Reason.LOGIN_REQUIRED, Reason.NO_SUBSCRIPTION, Reason.SUBSCRIPTION_EXPIRED}
    )


def test_access_type_is_open_for_open_access_and_controlled_for_what_a_licence_opens(
    subscriber: User,
    editor: User,
    institution: Institution,
    article: Article,
    open_article: Article,
    frozen_today: datetime.date,
) -> None:
    free = factories.make_article(article.issue, access=Article.Access.OPEN, license=Article.License.ALL_RIGHTS)
    cases = [
        (Visitor(), free, AccessType.FREE_TO_READ),
        (Visitor(user=editor), free, AccessType.FREE_TO_READ),
        (Visitor(), open_article, AccessType.OPEN),
        (Visitor(user=subscriber), open_article, AccessType.OPEN),
        (Visitor(user=subscriber), article, AccessType.CONTROLLED),
        (Visitor(ip=CAMPUS_IPV4), article, AccessType.CONTROLLED),
        (Visitor(user=editor), article, AccessType.CONTROLLED),
        (Visitor(user=editor), open_article, AccessType.OPEN),
        (Visitor(), article, None),
    ]
    for visitor, item, expected in cases:
        assert decide(article=item, reader=visitor.reader()).access_type is expected, (visitor, item)


# --- Who may be given the shared page --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "ip", "audience"),
    [
        ("anonymous", None, "anonymous"),
        ("anonymous", OFF_CAMPUS_IP, "anonymous"),
        ("anonymous", "2001:db8:ffff::7", "anonymous"),
        ("anonymous", CAMPUS_IPV4, None),
        ("anonymous", CAMPUS_IPV6, None),
        ("anonymous", f"::ffff:{CAMPUS_IPV4}", None),
        ("reader", None, None),
        ("reader", OFF_CAMPUS_IP, None),
        ("reader", CAMPUS_IPV4, None),
    ],
)
def test_only_an_anonymous_reader_off_every_campus_gets_the_shared_page(
    request: pytest.FixtureRequest, who: str, ip: str | None, audience: str | None, institution: Institution
) -> None:
    visitor = Visitor(user=_user(request, who), ip=ip)
    assert shared_page_audience(visitor.reader()) == audience


def _normalised(content: bytes) -> bytes:
    """A page without the parts that differ on every request (the masked CSRF token)."""
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def test_denied_pdf_of_a_published_article_sends_the_reader_to_its_page(
    client: Client, article: Article, frozen_today: datetime.date
) -> None:
    """Anonymous Anna follows a PDF link from a search engine: the article page tells her how to get in.

    The page is public anyway, so the redirect gives away nothing; it is private, as it depends on who asks.
    """
    denied = client.get(article.get_pdf_url())
    _assert_pdf_denied(denied, article)
    assert "no-cache" in denied["Cache-Control"]
    assert "Cookie" in denied["Vary"]


def test_pdf_of_an_unpublished_article_answers_exactly_like_a_missing_one(
    client: Client, issue: Issue, frozen_today: datetime.date
) -> None:
    """Anonymous Anna cannot tell the PDF of a draft from one that is not there."""
    draft = factories.make_article(issue, slug="concept", status=Article.Status.DRAFT, pdf=True)
    url = draft.get_pdf_url()
    denied = client.get(url)
    Article.objects.filter(pk=draft.pk).update(slug="weg")
    missing = client.get(url)
    no_such_journal = client.get(url.replace("/ouderschapskennis/", "/bestaat-niet/"))

    assert denied.status_code == missing.status_code == no_such_journal.status_code == 404
    assert _normalised(denied.content) == _normalised(missing.content)
    ignore = {"Content-Length"}
    assert {k: v for k, v in denied.headers.items() if k not in ignore} == {
        k: v for k, v in missing.headers.items() if k not in ignore
    }


def test_open_article_without_pdf_answers_404_for_its_pdf(client: Client, issue: Issue) -> None:
    article = factories.make_article(issue, access=Article.Access.OPEN, pdf=False)
    assert client.get(article.get_pdf_url()).status_code == 404


# --- Caching -----------------------------------------------------------------------------------


def _cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_anonymous_article_page_is_public_and_cacheable(
    client: Client, article: Article, open_article: Article, frozen_today: datetime.date
) -> None:
    for page in (article, open_article):
        response = client.get(page.get_absolute_url())
        assert response.status_code == 200
        control = _cache_control(response)
        assert "public" in control
        assert any(part.startswith("max-age=") and int(part.split("=")[1]) > 0 for part in control)
        assert "private" not in control
        assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("who", ["reader", "subscriber", "expired_subscriber", "editor"])
def test_pages_for_a_logged_in_reader_are_private(
    request: pytest.FixtureRequest, who: str, article: Article, open_article: Article, frozen_today: datetime.date
) -> None:
    client = _client_for(request.getfixturevalue(who))
    for url in (article.get_absolute_url(), open_article.get_absolute_url(), article.issue.get_absolute_url()):
        control = _cache_control(client.get(url))
        assert "private" in control, url
        assert "public" not in control, url


def test_staff_preview_of_an_unpublished_article_is_private(
    client: Client, editor: User, issue: Issue, frozen_today: datetime.date
) -> None:
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    response = login(client, editor).get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "private" in _cache_control(response)


@pytest.mark.parametrize("who", ["subscriber", "editor", "anonymous"])
def test_pdf_is_private_and_never_stored(
    request: pytest.FixtureRequest, who: str, article: Article, open_article: Article, frozen_today: datetime.date
) -> None:
    client = _client_for(_user(request, who))
    readable = open_article if who == "anonymous" else article
    response = client.get(readable.get_pdf_url())
    assert response.status_code == 200
    assert {"private", "no-store"} <= _cache_control(response)
    assert "public" not in _cache_control(response)
    assert response["X-Content-Type-Options"] == "nosniff"
    _read_pdf(response)


# --- The URL walk ----------------------------------------------------------------------------------


@pytest.fixture
def small_site(
    publisher: Publisher, journal: Journal, other_journal: Journal, open_journal: Journal, issue: Issue
) -> list[Article]:
    """Three journals with published and unpublished issues, open-access and subscription articles, drafts."""
    coming = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    open_issue = factories.make_issue(open_journal, volume=3, number="2", year=2024)
    other_issue = factories.make_issue(other_journal, volume=9, number="4", year=2023)
    factories.make_journal(publisher, title="Gestopt Blad", slug="gestopt-blad", is_active=False)
    made = [
        factories.make_article(issue, slug="voor-abonnees", section="Onderzoek", authors=2, pdf=True),
        factories.make_article(issue, slug="vrij-artikel", section="Onderzoek", access=Article.Access.OPEN, pdf=True),
        factories.make_article(issue, slug="concept", status=Article.Status.DRAFT, pdf=True),
        factories.make_article(issue, slug="open-concept", status=Article.Status.DRAFT, access=Article.Access.OPEN),
        factories.make_article(coming, slug="volgend-nummer", pdf=True),
        factories.make_article(coming, slug="volgend-nummer-open", access=Article.Access.OPEN, pdf=True),
        factories.make_article(open_issue, slug="vrij-tijdschrift", pdf=True),
        factories.make_article(open_issue, slug="vrij-concept", status=Article.Status.DRAFT, pdf=True),
        factories.make_article(other_issue, slug="waarden", pdf=True),
        # Editorials are free to read in the journal, but not in the other one.
        factories.make_article(issue, slug="van-de-redactie", article_type=Article.Type.EDITORIAL, pdf=True),
        factories.make_article(other_issue, slug="redactioneel", article_type=Article.Type.EDITORIAL, pdf=True),
    ]
    journal.set_free_types([Article.Type.EDITORIAL])
    journal.save()
    for article in made:
        # A figure whose bytes carry the article's marker: served (or zipped) only where its text may be read.
        figure = ArticleFile(article=article, name="fig1.png", content_type="image/png")
        figure.file.save("fig1.png", ContentFile(f"PNG {_marker(article)}".encode()), save=True)
    return made


# How to produce every URL of the reading pages. A new page in journals/urls.py fails the walk
# until it is listed here, so it cannot slip past the leak check.
JOURNAL_URLS: dict[str, Callable[[], list[str]]] = {
    "publisher_home": lambda: [reverse("journals:publisher_home")],
    "journal": lambda: [j.get_absolute_url() for j in Journal.objects.all()],
    "archive": lambda: [j.get_archive_url() for j in Journal.objects.all()],
    "issue": lambda: [i.get_absolute_url() for i in Issue.objects.select_related("journal")],
    "article": lambda: [a.get_absolute_url() for a in Article.objects.select_related("issue__journal")],
    "article_pdf": lambda: [a.get_pdf_url() for a in Article.objects.select_related("issue__journal")],
    "article_jats": lambda: [
        reverse("journals:article_jats", kwargs=a.url_kwargs())
        for a in Article.objects.select_related("issue__journal")
    ],
    "issue_jats": lambda: [
        reverse("journals:issue_jats", kwargs=i.url_kwargs()) for i in Issue.objects.select_related("journal")
    ],
    "article_file": lambda: [
        f.get_absolute_url() for f in ArticleFile.objects.select_related("article__issue__journal")
    ],
    "accent_css": lambda: [reverse("journals:accent_css")],
    "journal_cover": lambda: [
        reverse("journals:journal_cover", kwargs={"journal": j.slug}) for j in Journal.objects.all()
    ],
    "issue_cover": lambda: [
        reverse("journals:issue_cover", kwargs=i.url_kwargs()) for i in Issue.objects.select_related("journal")
    ],
}


def _unpacked(body: bytes) -> bytes:
    """A zip's members one after the other (its compressed bytes would hide a marker), else the body."""
    if not body.startswith(b"PK\x03\x04"):
        return body
    with zipfile.ZipFile(io.BytesIO(body)) as package:
        return b"".join(package.read(name) for name in package.namelist())


def _named_patterns(patterns: list[URLPattern | URLResolver], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from _named_patterns(pattern.url_patterns, namespace)
        elif pattern.name:
            yield prefix + pattern.name


def every_site_url() -> set[str]:
    """Every URL without arguments the URLconf can reverse, and every reading page of every object."""
    names = set(_named_patterns(get_resolver().url_patterns))
    journal_names = {name.removeprefix("journals:") for name in names if name.startswith("journals:")}
    assert journal_names == set(JOURNAL_URLS), "teach the URL walk about the new reading page"
    urls = {"/", "/health/"}
    for name in names:
        try:
            urls.add(reverse(name))
        except NoReverseMatch:
            continue  # needs arguments; the reading pages are produced per object below
    for produce in JOURNAL_URLS.values():
        urls.update(produce())
    return urls


def _oai_id(article: Article) -> str:
    from oai.records import identifier_for

    return identifier_for(article.pk)


def _links(response) -> set[str]:
    if not response.get("Content-Type", "").startswith("text/html") or not response.content.strip():
        return set()
    document = html.fromstring(response.content)
    found = set()
    for href in document.xpath("//a/@href | //form/@action | //link/@href"):
        parts = urlsplit(urljoin("http://testserver" + response.request["PATH_INFO"], href))
        if parts.netloc == "testserver" and not parts.path.startswith("/static/"):
            found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


@pytest.mark.parametrize("who", ["anonymous", "reader", "subscriber", "expired_subscriber"])
def test_no_url_of_the_site_leaks_text_the_decision_denies(
    request: pytest.FixtureRequest, who: str, small_site: list[Article], frozen_today: datetime.date
) -> None:
    user = _user(request, who)
    reader = Reader(user=user)
    articles = list(Article.objects.select_related("issue__journal"))
    granted = {a.pk for a in articles if decide(article=a, reader=reader)}
    assert set(readable_articles(Reader(user=user)).values_list("pk", flat=True)) == granted
    denied_markers = {_marker(a).encode() for a in articles if a.pk not in granted}
    assert denied_markers, "the site must hold something this reader may not read"
    readable_pdfs = {a.get_pdf_url() for a in articles if a.pk in granted and a.pdf}

    # Search too: every article is indexed, and the walk starts from searches for words that occur
    # only in the full texts (next to each marker), over all journals, per journal and per access.
    index_articles(a.pk for a in articles)
    searches = ["/zoeken/?q=volledige+tekst", "/zoeken/?q=volledige&toegang=leesbaar", "/zoeken/?q=tekst&sorteer=datum"]
    searches += [reverse("search:journal_results", args=[j.slug]) + "?q=volledige" for j in Journal.objects.all()]
    # The machine surfaces: sitemaps, feeds, OAI-PMH (both formats, every record), DOIs, citation exports.
    for journal in Journal.objects.all():
        searches += [reverse(f"export:journal_{kind}", args=[journal.slug]) for kind in ("rss", "atom")]
        searches.append(reverse("discovery:journal_sitemap", args=[journal.slug]))
    for prefix in ("oai_dc", "jats"):
        searches.append(f"/oai?verb=ListRecords&metadataPrefix={prefix}")
        searches += [f"/oai?verb=GetRecord&metadataPrefix={prefix}&identifier={_oai_id(a)}" for a in articles]
    searches += [f"/doi/{a.doi}" for a in articles if a.doi]
    for kind in ("ris", "bib", "json"):
        searches += [reverse("export:article_citation", args=[a.pk, kind]) for a in articles]
        searches += [reverse("export:issue_citation", args=[i.pk, kind]) for i in Issue.objects.all()]

    client = _client_for(user)
    queue = deque(sorted(every_site_url()) + searches)
    seen: set[str] = set()
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        assert len(seen) < 1000, "the walk does not end"
        response = client.get(url)
        assert response.status_code < 500, url
        body = _unpacked(_read_pdf(response) if response.streaming else response.content)
        leaked = set(MARKER_RE.findall(body)) & denied_markers
        assert not leaked, f"{url} shows denied full text {leaked}"
        if response.get("Content-Type") == "application/pdf":
            assert urlsplit(url).path in readable_pdfs, f"{url} sent a PDF this reader may not read"
        if response.status_code in (301, 302, 303, 307, 308):
            queue.append(urljoin(url, response["Location"]).removeprefix("http://testserver"))
        # Links from a results page to other searches (facets, sorts, pages) combine without end.
        queue.extend(link for link in _links(response) - seen if "zoeken/?" not in link)

    # The walk reached every reading page of every object, and every readable PDF.
    for produce in JOURNAL_URLS.values():
        assert set(produce()) <= seen
    assert readable_pdfs <= seen


def test_a_members_denial_at_home_is_reported_to_their_institution(
    institution: Institution, other_journal: Journal, frozen_today: datetime.date
) -> None:
    member = factories.make_user("joris@rijnland.example.org")
    factories.make_member(institution, member)
    unlicensed = factories.make_article(factories.make_issue(other_journal, year=2025))
    decision = decide(article=unlicensed, reader=Visitor(user=member, ip=OFF_CAMPUS_IP).reader())
    assert (decision.granted, decision.reason, decision.institution_id) == (
        False,
        Reason.NO_SUBSCRIPTION,
        institution.pk,
    )
    # Someone with no link to an institution is reported to none.
    stranger = factories.make_user("kim@example.org")
    assert decide(article=unlicensed, reader=Visitor(user=stranger, ip=OFF_CAMPUS_IP).reader()).institution_id is None


# --- Article types a journal makes free to read -------------------------------------------------------


@pytest.fixture
def editorials(journal: Journal, other_journal: Journal, issue: Issue) -> tuple[Article, Article]:
    """Ouderschapskennis lets everyone read its editorials; Waardenwerk does not."""
    journal.set_free_types([Article.Type.EDITORIAL, Article.Type.BOOK_REVIEW])
    journal.save()
    other_issue = factories.make_issue(other_journal, volume=9, number="1", year=2024)
    free = factories.make_article(issue, slug="van-de-redactie", article_type=Article.Type.EDITORIAL, pdf=True)
    closed = factories.make_article(other_issue, slug="redactioneel", article_type=Article.Type.EDITORIAL, pdf=True)
    return free, closed


def test_anonymous_reads_an_editorial_where_the_journal_sets_it_free_and_not_elsewhere(
    client: Client, editorials: tuple[Article, Article], frozen_today: datetime.date
) -> None:
    free, closed = editorials
    decision = decide(article=free, reader=Reader())
    assert (decision.granted, decision.reason, decision.access_type) == (
        True,
        Reason.FREE_TO_READ,
        AccessType.FREE_TO_READ,
    )
    assert not decision.is_personal  # the page with its text may be shared
    assert str(Reason.FREE_TO_READ.label) != str(Reason.OPEN_ACCESS.label)
    page = client.get(free.get_absolute_url())
    body = page.content.decode()
    assert _marker(free) in body and 'class="paywall"' not in body
    assert escape(decision.message) in body
    assert "public" in page["Cache-Control"]
    assert _read_pdf(client.get(free.get_pdf_url())) == factories.PDF_BYTES

    assert decide(article=closed, reader=Reader()).reason is Reason.LOGIN_REQUIRED
    denied = client.get(closed.get_absolute_url()).content.decode()
    assert _marker(closed) not in denied and 'class="paywall"' in denied
    _assert_pdf_denied(client.get(closed.get_pdf_url()), closed)


def test_free_types_change_with_the_journal_and_the_cached_page_follows(
    client: Client,
    editorials: tuple[Article, Article],
    frozen_today: datetime.date,
    django_capture_on_commit_callbacks: Any,
) -> None:
    free, _closed = editorials
    assert _marker(free) in client.get(free.get_absolute_url()).content.decode()
    journal = free.issue.journal
    journal.set_free_types([Article.Type.BOOK_REVIEW])
    with django_capture_on_commit_callbacks(execute=True):
        journal.save()  # the cached pages are forgotten once the change commits
    assert not decide(article=Article.objects.get(pk=free.pk), reader=Reader()).granted
    assert not readable_articles(Reader()).filter(pk=free.pk).exists()
    page = client.get(free.get_absolute_url()).content.decode()
    assert _marker(free) not in page and 'class="paywall"' in page


def test_readable_articles_costs_one_query_whatever_the_free_types(
    django_assert_num_queries: Any, editorials: tuple[Article, Article], other_journal: Journal
) -> None:
    with django_assert_num_queries(1):
        few = set(readable_articles(Reader()).values_list("pk", flat=True))
    other_journal.set_free_types([value for value, _label in Article.Type.choices])
    other_journal.save()
    with django_assert_num_queries(1):
        more = set(readable_articles(Reader()).values_list("pk", flat=True))
    assert few < more and editorials[1].pk in more


def test_free_types_are_stored_in_a_fixed_order_and_read_back_as_a_set(journal: Journal) -> None:
    journal.set_free_types(["book-review", "editorial", "book-review"])
    assert journal.free_article_types == ",editorial,book-review,"
    assert journal.free_types == {"editorial", "book-review"}
    journal.set_free_types([])
    assert journal.free_article_types == "" and journal.free_types == frozenset()


def test_counter_access_type_of_each_kind(
    editorials: tuple[Article, Article], issue: Issue, open_journal: Journal
) -> None:
    free, closed = editorials
    licensed = factories.make_article(issue, access=Article.Access.OPEN, license=Article.License.CC_BY)
    licensed_editorial = factories.make_article(
        issue, article_type=Article.Type.EDITORIAL, license=Article.License.CC_BY_NC
    )
    unlicensed = factories.make_article(issue, access=Article.Access.OPEN)
    open_issue = factories.make_issue(open_journal, volume=1, number="1", year=2024)
    cases = [
        (licensed, AccessType.OPEN),  # Creative Commons: Open
        (unlicensed, AccessType.FREE_TO_READ),  # open access without a licence
        (free, AccessType.FREE_TO_READ),  # a free type
        (licensed_editorial, AccessType.FREE_TO_READ),  # a free type with a licence is still not open access
        (factories.make_article(open_issue), AccessType.FREE_TO_READ),  # an open journal, no licence
        (closed, AccessType.CONTROLLED),
    ]
    for article, expected in cases:
        assert article_access_type(Article.objects.select_related("issue__journal").get(pk=article.pk)) is expected


def test_search_counts_a_free_type_as_readable_by_everyone_and_follows_the_journal(
    editorials: tuple[Article, Article], django_capture_on_commit_callbacks: Any
) -> None:
    from search.models import Entry

    free, closed = editorials
    index_articles([free.pk, closed.pk])
    assert dict(Entry.objects.values_list("article_id", "is_open")) == {free.pk: True, closed.pk: False}
    journal = closed.issue.journal
    journal.set_free_types([Article.Type.EDITORIAL])
    with django_capture_on_commit_callbacks(execute=True):
        journal.save()
    assert Entry.objects.get(article_id=closed.pk).is_open
