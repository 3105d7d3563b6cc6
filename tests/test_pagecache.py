"""Anonymous readers get whole pages from the cache; nobody else does, and edits show at once."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from access.decision import Reason
from access.models import Institution
from accounts.models import User
from journals.actions import issue_unpublish
from journals.models import Article, Journal
from leeszaal import generations
from leeszaal.pagecache import pages_forget, pages_generation
from tests import factories
from tests.conftest import CAMPUS_IPV4, CAMPUS_IPV6, PASSWORD, login

MARKER = b"GEHEIME-VOLTEKST"


def _queries(client: Client, url: str) -> tuple[int, bytes]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context), response.content


def test_an_anonymous_reader_gets_the_second_view_from_the_cache(client: Client, article: Article) -> None:
    first, body = _queries(client, article.get_absolute_url())
    second, cached = _queries(Client(), article.get_absolute_url())
    assert first > 0
    assert second == 0
    assert cached == body


def test_pages_are_cached_per_language(client: Client, article: Article) -> None:
    _queries(client, article.get_absolute_url())
    english = Client()
    english.cookies["django_language"] = "en"
    _count, body = _queries(english, article.get_absolute_url())
    assert b"Abstract" in body, "the English page is not the cached Dutch one"
    assert b"Samenvatting" not in body


def test_a_logged_in_reader_never_gets_a_cached_page(client: Client, article: Article, subscriber: User) -> None:
    _queries(Client(), article.get_absolute_url())
    reader = login(client, subscriber)
    queries, body = _queries(reader, article.get_absolute_url())
    assert queries > 0
    assert b"GEHEIME-VOLTEKST" in body
    again, _body = _queries(reader, article.get_absolute_url())
    assert again > 0, "private pages are not stored"


def test_an_edit_makes_the_cached_pages_stale(
    client: Client, article: Article, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    _queries(client, article.get_absolute_url())
    before = pages_generation()
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Een nieuwe titel"
        article.save()
    assert pages_generation() == before + 1
    queries, body = _queries(Client(), article.get_absolute_url())
    assert queries > 0
    assert b"Een nieuwe titel" in body


def test_a_new_reference_or_translation_makes_the_cached_article_page_stale(
    client: Client, article: Article, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    from journals.models import ArticleTranslation, Reference

    _queries(client, article.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        Reference.objects.create(article=article, position=1, xml_id="r1", citation="Bakker, A. (2021). Nieuwe bron.")
    _, body = _queries(Client(), article.get_absolute_url())
    assert "Nieuwe bron." in body.decode()
    with django_capture_on_commit_callbacks(execute=True):
        ArticleTranslation.objects.create(article=article, language="en", title="Group work with parents")
    _, body = _queries(Client(), article.get_absolute_url())
    assert "Group work with parents" in body.decode()


def test_a_not_found_page_is_not_cached(client: Client, article: Article) -> None:
    client.get("/bestaat-niet/")
    with CaptureQueriesContext(connection) as context:
        assert Client().get("/bestaat-niet/").status_code == 404
    assert len(context) > 0


def test_a_subscriber_gets_the_table_of_contents_from_the_cache(
    client: Client, article: Article, subscriber: User
) -> None:
    reader = login(client, subscriber)
    first, body = _queries(reader, article.issue.get_absolute_url())
    second, again = _queries(reader, article.issue.get_absolute_url())
    assert second < first
    assert article.title.encode() in body
    assert article.title.encode() in again


def test_staff_and_readers_never_share_a_cached_table_of_contents(
    client: Client, article: Article, reader: User, editor: User
) -> None:
    from tests import factories

    draft = factories.make_article(article.issue, title="Nog in de maak", status=Article.Status.DRAFT)
    _queries(login(Client(), editor), article.issue.get_absolute_url())
    _count, seen_by_reader = _queries(login(client, reader), article.issue.get_absolute_url())
    assert draft.title.encode() not in seen_by_reader
    _count, seen_by_staff = _queries(login(Client(), editor), article.issue.get_absolute_url())
    assert draft.title.encode() in seen_by_staff


# --- Two visitors: nothing personal is ever stored or served to another -------------------------------

READING_PAGES: list[Callable[[Article], str]] = [
    lambda article: "/",
    lambda article: article.issue.journal.get_absolute_url(),
    lambda article: article.issue.journal.get_archive_url(),
    lambda article: article.issue.get_absolute_url(),
    lambda article: article.get_absolute_url(),
    lambda article: "/privacy/",
]
PAGE_IDS = ["home", "journal", "archive", "issue", "article", "privacy"]


def _with_pending_message(client: Client, text: str) -> Client:
    """Give ``client`` a message waiting to be shown, as a redirect after an action leaves it (cookie storage)."""
    from django.contrib.messages import constants
    from django.contrib.messages.storage.base import Message
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.http import HttpRequest, HttpResponse

    storage = CookieStorage(HttpRequest())
    response = HttpResponse()
    storage._store([Message(constants.SUCCESS, text)], response)  # type: ignore[attr-defined]  # the storage's own encoding
    client.cookies[CookieStorage.cookie_name] = response.cookies[CookieStorage.cookie_name].value
    return client


@pytest.mark.parametrize("page", READING_PAGES, ids=PAGE_IDS)
def test_a_pending_message_is_never_shown_to_the_next_visitor(page: Callable[[Article], str], article: Article) -> None:
    url = page(article)
    first = _with_pending_message(Client(), "Bericht-voor-bezoeker-een")
    response = first.get(url)
    assert b"Bericht-voor-bezoeker-een" in response.content
    assert "private" in response["Cache-Control"] or response.cookies, "a page with a message is not shareable"
    for _ in range(2):
        other = Client().get(url)
        assert b"Bericht-voor-bezoeker-een" not in other.content
        assert not other.cookies


@pytest.mark.parametrize("page", READING_PAGES, ids=PAGE_IDS)
def test_a_cached_page_is_never_served_to_a_visitor_with_a_message(
    page: Callable[[Article], str], article: Article
) -> None:
    url = page(article)
    Client().get(url)  # fills the cache
    response = _with_pending_message(Client(), "Welkom-terug").get(url)
    assert b"Welkom-terug" in response.content


def test_logging_out_shows_the_message_to_that_visitor_only(client: Client, reader: User) -> None:
    from allauth.account.models import EmailAddress  # noqa: F401  (the reader is verified by the factory)

    client.post(reverse("account_login"), {"login": reader.email, "password": PASSWORD})
    response = client.post(reverse("account_logout"), follow=True)
    assert "U bent uitgelogd" in response.content.decode()
    stranger = Client().get("/")
    assert "U bent uitgelogd" not in stranger.content.decode()
    assert not stranger.cookies
    again = client.get("/")
    assert "U bent uitgelogd" not in again.content.decode(), "a message is shown once"


def test_deleting_an_account_shows_the_message_to_that_visitor_only(client: Client, reader: User) -> None:
    login(client, reader)
    response = client.post(reverse("account_delete"), {"password": PASSWORD}, follow=True)
    assert "Uw account is verwijderd" in response.content.decode()
    for _ in range(2):
        assert "Uw account is verwijderd" not in Client().get("/").content.decode()


def test_the_name_of_a_logged_in_reader_never_reaches_another(
    client: Client, article: Article, subscriber: User
) -> None:
    login(client, subscriber)
    mine = client.get(article.get_absolute_url())
    assert b"Uitloggen" in mine.content and MARKER in mine.content
    stranger = Client().get(article.get_absolute_url())
    assert b"Uitloggen" not in stranger.content
    assert MARKER not in stranger.content
    assert b"csrfmiddlewaretoken" not in stranger.content


def test_the_privacy_statement_of_a_logged_in_reader_never_reaches_another(client: Client, subscriber: User) -> None:
    Client().get("/privacy/")  # an anonymous copy in the cache first
    login(client, subscriber)
    mine = client.get("/privacy/")
    assert b"Uitloggen" in mine.content and b"csrfmiddlewaretoken" in mine.content
    stranger = Client().get("/privacy/")
    assert stranger.status_code == 200
    assert b"Uitloggen" not in stranger.content
    assert b"csrfmiddlewaretoken" not in stranger.content
    assert "private" in mine["Cache-Control"] and "public" in stranger["Cache-Control"]


def test_full_text_is_private_and_never_reaches_a_reader_without_access(
    client: Client, article: Article, subscriber: User, reader: User
) -> None:
    full = login(client, subscriber).get(article.get_absolute_url())
    assert MARKER in full.content
    assert "private" in full["Cache-Control"]
    denied = login(Client(), reader).get(article.get_absolute_url())
    assert MARKER not in denied.content
    assert Client().get(article.get_absolute_url()).content.count(MARKER) == 0


def test_the_second_subscriber_gets_their_own_header_around_the_shared_full_text(
    client: Client, article: Article, subscriber: User, editor: User, journal: Journal
) -> None:
    other = factories.make_user("tweede@example.org", name="Tweede Abonnee")
    factories.make_subscription(
        other, journal, starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2027, 12, 31)
    )
    first = login(client, subscriber).get(article.get_absolute_url())
    second = login(Client(), other).get(article.get_absolute_url())
    token = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
    first_token, second_token = token.search(first.content), token.search(second.content)
    assert first_token and second_token and first_token.group(1) != second_token.group(1)
    assert MARKER in second.content
    # Staff links appear for staff only, not because staff saw the page before.
    login(Client(), editor).get(article.get_absolute_url())
    assert reverse("admin:index").encode() not in login(Client(), other).get(article.get_absolute_url()).content


def test_the_side_column_tells_each_reader_their_own_way_in(
    article: Article, institution: Institution, subscriber: User, settings: Any
) -> None:
    """The access box beside the full text is filled per visitor: a campus reader's licence never reaches a
    subscriber who gets the same stored full text, nor the other way round."""
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    campus_first = Client(REMOTE_ADDR=CAMPUS_IPV4).get(article.get_absolute_url()).content.decode()
    personal = login(Client(REMOTE_ADDR="198.51.100.7"), subscriber).get(article.get_absolute_url()).content.decode()
    campus_again = Client(REMOTE_ADDR=CAMPUS_IPV6).get(article.get_absolute_url()).content.decode()
    for page in (campus_first, campus_again):
        assert page.count("Toegang via Hogeschool Rijnland.") == 2  # the side column and the note above the text
        assert str(Reason.SUBSCRIPTION.label) not in page
    assert MARKER.decode() in personal
    assert personal.count(str(Reason.SUBSCRIPTION.label)) == 2
    assert "Hogeschool Rijnland" not in personal


def test_a_campus_visitor_is_never_given_the_shared_paywalled_page(
    article: Article, institution: Institution, settings: Any
) -> None:
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    off_campus = Client(REMOTE_ADDR="198.51.100.7").get(article.get_absolute_url())
    assert MARKER not in off_campus.content
    assert "public" in off_campus["Cache-Control"]
    for campus in (Client(REMOTE_ADDR=CAMPUS_IPV4), Client(REMOTE_ADDR=CAMPUS_IPV6)):
        response = campus.get(article.get_absolute_url())
        assert MARKER in response.content
        assert "Toegang via Hogeschool Rijnland" in response.content.decode()
        assert "private" in response["Cache-Control"]
    forwarded = Client(REMOTE_ADDR="127.0.0.1").get(article.get_absolute_url(), HTTP_X_FORWARDED_FOR=CAMPUS_IPV4)
    assert MARKER in forwarded.content
    # ... and the campus page was not stored for the next visitor off campus.
    assert MARKER not in Client(REMOTE_ADDR="198.51.100.8").get(article.get_absolute_url()).content


def test_query_strings_share_one_cache_entry(client: Client, article: Article) -> None:
    url = article.get_absolute_url()
    _queries(client, url)
    for query in ("?utm_source=nieuwsbrief", "?utm_source=x&fbclid=abc", "?a=1"):
        count, body = _queries(Client(), url + query)
        assert count == 0, query
        assert b"utm_source" not in body and b"fbclid" not in body


def test_the_generation_never_goes_back_when_its_key_is_evicted() -> None:
    from django.core.cache import caches

    first = pages_generation()
    pages_forget()
    bumped = pages_generation()
    assert bumped > first
    caches["default"].delete("generation:pages")  # evicted
    generations.forget_memo()
    assert pages_generation() > bumped


def test_bulk_updates_and_actions_make_the_cached_pages_stale(
    article: Article, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    url = article.get_absolute_url()
    Client().get(url)
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=article.pk).update(title="Titel via een bulkwijziging")
    assert b"Titel via een bulkwijziging" in Client().get(url).content
    with django_capture_on_commit_callbacks(execute=True):
        issue_unpublish(issue=article.issue)
    assert Client().get(url).status_code == 404


def test_ticking_online_in_the_back_office_publishes_the_issue_with_its_drafts(
    admin_client: Client, journal: Journal
) -> None:
    issue = factories.make_issue(journal, volume=30, number="2", year=2026, is_published=False, published_on=None)
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    url = reverse("admin:journals_issue_change", args=[issue.pk])
    form = {
        "journal": journal.pk,
        "volume": 30,
        "number": "2",
        "year": 2026,
        "title": "",
        "is_published": "on",
        "published_on": "",
        "articles-TOTAL_FORMS": "0",
        "articles-INITIAL_FORMS": "0",
        "articles-MIN_NUM_FORMS": "0",
        "articles-MAX_NUM_FORMS": "1000",
    }
    response = admin_client.post(url, form, follow=True)
    assert response.status_code == 200
    issue.refresh_from_db()
    draft.refresh_from_db()
    assert issue.is_published and issue.published_on is not None
    assert draft.status == Article.Status.PUBLISHED
    assert Client().get(draft.get_absolute_url()).status_code == 200
