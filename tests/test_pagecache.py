"""Anonymous readers get whole pages from the cache; nobody else does, and edits show at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from journals.models import Article
from journals.pagecache import pages_generation
from tests.conftest import login


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
    queries, body = _queries(english, article.get_absolute_url())
    assert queries > 0, "the English page is not the cached Dutch one"
    assert b"Abstract" in body


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
