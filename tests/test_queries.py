"""Every page costs a fixed number of queries, however many journals, issues, articles or authors it shows.

Each test measures a page with one row, adds many, and measures again: the counts must be
identical and equal to the number pinned in QUERIES. When they are not, the failure prints the
SQL of both runs so the extra query is easy to find.
"""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from access.ipindex import institutions_at
from accounts.models import User
from journals.models import Article, EditorialBoardMember, Issue, Journal, Publisher
from leeszaal import generations
from tests import factories
from tests.conftest import TODAY, login

MAX_QUERIES = 10

# The exact count per page, for one row and for many alike. Lower is welcome: change the number.
QUERIES = {
    "publisher_home": 5,  # publisher (header), active journals with their latest issue's id, those issues,
    # the newest articles with journal and section, their authors
    "journal_home": 6,  # journal+publisher, latest issue, its articles, their authors, board, other journals
    "archive": 2,  # journal+publisher, issues with their article counts
    "archive_editor": 4,  # + session, user
    "issue": 3,  # issue+journal+publisher, articles, their authors
    "issue_editor": 5,  # + session, user
    "article_anonymous": 5,  # article+issue+journal+publisher, its authors, translations, references,
    # the journal's plans on the paywall
    "article_subscriber": 7,  # + session, user, the reader's entitlements (own and institutional, one query)
    "pdf_subscriber": 4,  # session, user, article+issue+journal, the reader's subscriptions
    "account_overview": 7,  # session, user, subscriptions+journals, institution links, orders, follows+journals,
    # publisher (header)
}


def measure(client: Client, url: str) -> CaptureQueriesContext:
    """Fetch ``url`` with cold caches (the page cache too: this counts what rendering costs) and return its queries."""
    for alias in settings.CACHES:
        caches[alias].clear()
    generations.forget_memo()
    # The address index is built once per process and access change, not per page: warm it outside the count.
    institutions_at(ipaddress.ip_address("127.0.0.1"))
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)  # type: ignore[attr-defined]  # the client closes it at the end, as a WSGI server would
    assert response.status_code == 200, (url, response.status_code)
    return context


def _sql(context: CaptureQueriesContext) -> str:
    return "\n".join(f"  {number}. {query['sql']}" for number, query in enumerate(context.captured_queries, 1))


def assert_fixed_queries(name: str, client: Client, url: str, grow: Callable[[], object]) -> None:
    """The page ``name`` runs QUERIES[name] queries before and after ``grow()`` adds many rows."""
    one = measure(client, url)
    grow()
    many = measure(client, url)
    expected = QUERIES[name]
    if not (len(one) == len(many) == expected):
        pytest.fail(
            f"{name} ({url}): expected {expected} queries with one row and with many; "
            f"got {len(one)} and {len(many)}.\n"
            f"With one row:\n{_sql(one)}\nWith many rows:\n{_sql(many)}",
            pytrace=False,
        )
    assert len(many) <= MAX_QUERIES


def add_articles(issue: Issue, count: int = 30, authors: int = 3) -> None:
    for _ in range(count):
        factories.make_article(issue, authors=authors, section="Onderzoek", pdf=False)


def add_journals(publisher: Publisher, count: int = 8) -> list[Journal]:
    return [factories.make_journal(publisher, website="https://example.org/") for _ in range(count)]


def test_publisher_home(client: Client, publisher: Publisher, journal: Journal, issue: Issue, article: Article) -> None:
    def grow() -> None:
        for other in add_journals(publisher):
            add_articles(factories.make_issue(other), count=3)

    assert_fixed_queries("publisher_home", client, "/", grow)


def test_journal_home(client: Client, publisher: Publisher, journal: Journal, issue: Issue, article: Article) -> None:
    def grow() -> None:
        add_articles(issue)
        for number in range(1, 12):
            factories.make_issue(journal, volume=number, number=str(number), year=2010 + number)
        add_journals(publisher)
        for position in range(10):
            EditorialBoardMember.objects.create(journal=journal, name=f"Redacteur {position}", position=position)

    assert_fixed_queries("journal_home", client, journal.get_absolute_url(), grow)


def test_archive(client: Client, journal: Journal, issue: Issue, article: Article) -> None:
    def grow() -> None:
        for number in range(1, 12):
            add_articles(factories.make_issue(journal, volume=number, number=str(number), year=2010 + number), count=2)

    assert_fixed_queries("archive", client, journal.get_archive_url(), grow)


def test_archive_for_an_editor(client: Client, editor: User, journal: Journal, issue: Issue, article: Article) -> None:
    def grow() -> None:
        for number in range(1, 12):
            made = factories.make_issue(
                journal, volume=number, number=str(number), year=2010 + number, is_published=number % 2 == 0
            )
            add_articles(made, count=2)

    assert_fixed_queries("archive_editor", login(client, editor), journal.get_archive_url(), grow)


def test_issue_toc(client: Client, issue: Issue, article: Article) -> None:
    assert_fixed_queries("issue", client, issue.get_absolute_url(), lambda: add_articles(issue))


def test_issue_toc_for_an_editor(client: Client, editor: User, issue: Issue, article: Article) -> None:
    def grow() -> None:
        add_articles(issue)
        for _ in range(5):
            factories.make_article(issue, authors=3, status=Article.Status.DRAFT)

    assert_fixed_queries("issue_editor", login(client, editor), issue.get_absolute_url(), grow)


def _grow_article(article: Article, publisher: Publisher) -> Callable[[], None]:
    def grow() -> None:
        for position in range(1, 8):
            author = factories.make_author(orcid="")
            article.contributions.create(author=author, position=position, affiliation="Universiteit")
        add_journals(publisher)
        add_articles(article.issue, count=10)

    return grow


def test_article_page_for_anonymous(
    client: Client, publisher: Publisher, article: Article, frozen_today: datetime.date
) -> None:
    assert_fixed_queries("article_anonymous", client, article.get_absolute_url(), _grow_article(article, publisher))


@pytest.mark.parametrize(("name", "pdf"), [("article_subscriber", False), ("pdf_subscriber", True)])
def test_article_page_and_pdf_for_a_subscriber(
    client: Client,
    publisher: Publisher,
    subscriber: User,
    article: Article,
    frozen_today: datetime.date,
    name: str,
    pdf: bool,
) -> None:
    grow_article = _grow_article(article, publisher)

    def grow() -> None:
        grow_article()
        for other in add_journals(publisher):
            factories.make_subscription(subscriber, other, starts_on=datetime.date(2020, 1, 1), ends_on=TODAY)

    url = article.get_pdf_url() if pdf else article.get_absolute_url()
    assert_fixed_queries(name, login(client, subscriber), url, grow)


def test_account_overview(client: Client, publisher: Publisher, subscriber: User, frozen_today: datetime.date) -> None:
    def grow() -> None:
        for number, other in enumerate(add_journals(publisher)):
            if number % 3 == 0:
                factories.make_subscription(
                    subscriber, other, starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2021, 1, 1)
                )
            elif number % 3 == 1:
                factories.make_subscription(
                    subscriber, other, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 12, 31)
                )
            else:
                factories.make_subscription(subscriber, other, starts_on=datetime.date(2026, 1, 1), ends_on=TODAY)

    assert_fixed_queries("account_overview", login(client, subscriber), "/account/", grow)
