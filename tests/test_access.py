"""Who may read what: the access matrix, the subscription calendar, caching, and a walk over every URL.

The matrix below is the rule as a table: each cell names the Reason ``decide()`` must give.
Every cell is also checked on the two surfaces that show full text (the article page, with
the body marker "GEHEIME-VOLTEKST", and the PDF) and against ``readable_articles()``.
"""

from __future__ import annotations

import datetime
import re
from collections import deque
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from lxml import html  # type: ignore[import-untyped]

from access.decision import Reader, Reason, decide, readable_articles
from accounts.models import User
from journals.models import Article, Issue, Journal, Publisher
from tests import factories
from tests.conftest import login

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MARKER = "GEHEIME-VOLTEKST"
MARKER_RE = re.compile(rb"GEHEIME-VOLTEKST-\d+")

# Readers down, articles across. "subscriber" and "expired_subscriber" hold (or held) a
# subscription to the journal of the subscription article, not to the open-access journal.
MATRIX = """
                     subscription          open_article   open_journal   draft           unpublished_issue
anonymous            login_required        open_access    open_access    not_published   not_published
reader               no_subscription       open_access    open_access    not_published   not_published
subscriber           subscription          open_access    open_access    not_published   not_published
expired_subscriber   subscription_expired  open_access    open_access    not_published   not_published
editor               staff                 staff          staff          staff           staff
"""


def _parse_matrix(table: str) -> dict[tuple[str, str], Reason]:
    header, *rows = (line.split() for line in table.strip().splitlines())
    return {(row[0], kind): Reason(cell) for row in rows for kind, cell in zip(header, row[1:], strict=True)}


EXPECTED = _parse_matrix(MATRIX)
READERS = ["anonymous", "reader", "subscriber", "expired_subscriber", "editor"]
ARTICLES = ["subscription", "open_article", "open_journal", "draft", "unpublished_issue"]


@pytest.fixture
def open_journal(publisher: Publisher) -> Journal:
    return factories.make_journal(publisher, title="Open Pedagogiek", slug="open-pedagogiek", open_access=True)


@pytest.fixture
def articles(journal: Journal, issue: Issue, open_journal: Journal) -> dict[str, Article]:
    """One article of every kind the matrix knows, each with a PDF."""
    open_issue = factories.make_issue(open_journal, volume=3, number="1", year=2024)
    coming_issue = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    return {
        "subscription": factories.make_article(issue, slug="voor-abonnees", pdf=True),
        "open_article": factories.make_article(issue, slug="vrij-artikel", access=Article.Access.OPEN, pdf=True),
        "open_journal": factories.make_article(open_issue, slug="vrij-tijdschrift", pdf=True),
        "draft": factories.make_article(issue, slug="concept", status=Article.Status.DRAFT, pdf=True),
        "unpublished_issue": factories.make_article(coming_issue, slug="volgend-nummer", pdf=True),
    }


def _user(request: pytest.FixtureRequest, who: str) -> User | None:
    return None if who == "anonymous" else request.getfixturevalue(who)


def _client_for(user: User | None) -> Client:
    client = Client()
    return login(client, user) if user is not None else client


def _marker(article: Article) -> str:
    match = re.search(r"GEHEIME-VOLTEKST-\d+", article.body)
    assert match, article.body
    return match.group(0)


def _read_pdf(response) -> bytes:
    """Read a streamed response to the end; the test client then closes it as a WSGI server would."""
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("kind", ARTICLES)
@pytest.mark.parametrize("who", READERS)
def test_access_matrix(
    request: pytest.FixtureRequest, who: str, kind: str, articles: dict[str, Article], frozen_today: datetime.date
) -> None:
    user = _user(request, who)
    article = articles[kind]
    expected = EXPECTED[(who, kind)]
    grants = expected in {Reason.STAFF, Reason.OPEN_ACCESS, Reason.SUBSCRIPTION}

    decision = decide(article=article, reader=Reader(user=user))
    assert decision.reason is expected
    assert decision.granted is grants

    # The other face of the same rule: the queryset holds the article exactly when decide() grants it.
    readable = readable_articles(Reader(user=user)).filter(pk=article.pk).exists()
    assert readable is grants, f"decide() says {decision.reason}, readable_articles() says {readable}"

    client = _client_for(user)
    page = client.get(article.get_absolute_url())
    if expected is Reason.NOT_PUBLISHED:
        assert page.status_code == 404  # not published: as if it did not exist
    else:
        assert page.status_code == 200
    assert (_marker(article).encode() in page.content) is grants

    pdf = client.get(article.get_pdf_url())
    if grants:
        assert pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert _read_pdf(pdf) == factories.PDF_BYTES
    else:
        assert pdf.status_code == 404


@pytest.mark.parametrize("who", READERS)
def test_decide_and_readable_articles_agree_on_every_article(
    request: pytest.FixtureRequest, who: str, articles: dict[str, Article], frozen_today: datetime.date
) -> None:
    user = _user(request, who)
    granted_by_decide = {a.pk for a in Article.objects.all() if decide(article=a, reader=Reader(user=user))}
    assert set(readable_articles(Reader(user=user)).values_list("pk", flat=True)) == granted_by_decide


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
    assert client.get(elsewhere.get_pdf_url()).status_code == 404


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
        assert client.get(article.get_pdf_url()).status_code == 404

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
        assert client.get(article.get_pdf_url()).status_code == 404


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


def _normalised(content: bytes) -> bytes:
    """A page without the parts that differ on every request (the masked CSRF token)."""
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def test_denied_pdf_answers_exactly_like_a_missing_one(
    client: Client, article: Article, frozen_today: datetime.date
) -> None:
    """Anonymous Anna cannot tell a PDF she may not read from one that is not there."""
    url = article.get_pdf_url()
    denied = client.get(url)
    Article.objects.filter(pk=article.pk).update(slug="weg")
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
    ]
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
}


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

    client = _client_for(user)
    queue = deque(sorted(every_site_url()))
    seen: set[str] = set()
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        assert len(seen) < 1000, "the walk does not end"
        response = client.get(url)
        assert response.status_code < 500, url
        body = _read_pdf(response) if response.streaming else response.content
        leaked = set(MARKER_RE.findall(body)) & denied_markers
        assert not leaked, f"{url} shows denied full text {leaked}"
        if response.get("Content-Type") == "application/pdf":
            assert urlsplit(url).path in readable_pdfs, f"{url} sent a PDF this reader may not read"
        if response.status_code in (301, 302, 303, 307, 308):
            queue.append(urljoin(url, response["Location"]).removeprefix("http://testserver"))
        queue.extend(_links(response) - seen)

    # The walk reached every reading page of every object, and every readable PDF.
    for produce in JOURNAL_URLS.values():
        assert set(produce()) <= seen
    assert readable_pdfs <= seen
