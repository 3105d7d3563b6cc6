"""When things go wrong: unknown and malformed URLs, wrong methods, a database that does not answer."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import include, path

from accounts.models import User
from journals.models import Article, Issue, Journal
from tests.conftest import login

NOT_FOUND_TITLE = "Deze pagina bestaat niet"
UNAVAILABLE_TITLE = "Tijdelijk niet beschikbaar"


def _boom(request: HttpRequest) -> HttpResponse:
    raise ValueError("a bug, not an outage")


# This module doubles as a URLconf (see ``pytest.mark.urls`` below): the site plus a view that fails.
urlpatterns = [path("-/boem/", _boom), path("", include("leeszaal.urls"))]
handler404 = "leeszaal.views.page_not_found"
handler500 = "leeszaal.views.server_error"


@pytest.fixture
def unreliable_client() -> Client:
    """A browser's view of a failure: the error page, not the exception."""
    return Client(raise_request_exception=False)


@pytest.fixture
def database_down(db: None) -> Iterator[None]:
    """Every new query fails as if the database server had gone away."""

    def refuse(self: BaseDatabaseWrapper) -> None:
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse):
        yield


def _assert_dutch_404(response: Any) -> None:
    assert response.status_code == 404
    body = response.content.decode()
    assert NOT_FOUND_TITLE in body
    assert "Het adres dat u opvroeg, kennen wij niet." in body
    assert '<html lang="nl">' in body


@pytest.mark.parametrize(
    "url",
    [
        "/bestaat-niet/",
        "/ouderschapskennis/bestaat-niet/",
        "/ouderschapskennis/archief/2024/",
        "/ouderschapskennis/2024/3/bestaat-niet/",
        "/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief/pdf/extra/",
        "/account/bestaat-niet/",
        "/media/bestaat-niet.jpg",
        "/media/covers/bestaat-niet.jpg",
    ],
)
def test_unknown_urls_answer_the_dutch_404_page(client: Client, article: Article, url: str) -> None:
    _assert_dutch_404(client.get(url))


@pytest.mark.parametrize(
    "url",
    [
        "/ouderschapskennis/24/3/",  # year too short
        "/ouderschapskennis/20x4/3/",  # year not a number
        "/ouderschapskennis/99999/3/",  # year too long
        "/ouderschapskennis/0000/3/",  # year out of range
        "/ouderschapskennis/2024/drie/",  # number not a number
        "/ouderschapskennis/2024/3-/",  # half a double issue
        "/ouderschapskennis/2024/3-4-5/",  # a triple issue
        "/ouderschapskennis/2024/1234/",  # number too long
        "/ouderschapskennis/2024/-3/",
        "/ouderschapskennis/2024/03/",  # not the issue's number as published
        "/ouderschapskennis/2023/3/",  # the issue is from 2024
        "/ouderschapskennis/2024/3/groepswerk met ouders/",
        "/ouderschapskennis/2024/3/%00/",
        "/ouderschapskennis/2024/3/..%2F..%2Fetc%2Fpasswd/",
        "/ouderschapskennis/2024/3/" + "a" * 500 + "/",
        "/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief%C3%A9/",
        "/ouder%C3%9Fchapskennis/",
        "/ouderschapskennis%00/archief/",
        "/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief/pdf/artikel.pdf",
        "/" + "x" * 300 + "/",
        "/%FF/",
    ],
)
def test_malformed_urls_answer_404_never_500(unreliable_client: Client, article: Article, url: str) -> None:
    response = unreliable_client.get(url, follow=True)
    _assert_dutch_404(response)


def test_the_article_urls_themselves_work(client: Client, article: Article, frozen_today: datetime.date) -> None:
    """The malformed URLs above are near misses: the real ones answer."""
    assert client.get("/ouderschapskennis/2024/3/").status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_reading_pages_are_read_only(
    client: Client, method: str, journal: Journal, issue: Issue, article: Article
) -> None:
    for url in (
        "/",
        journal.get_absolute_url(),
        journal.get_archive_url(),
        issue.get_absolute_url(),
        article.get_absolute_url(),
        article.get_pdf_url(),
        "/health/",
    ):
        response = getattr(client, method)(url)
        assert response.status_code == 405, (method, url, response.status_code)
        assert "GET" in response["Allow"]


def test_head_is_allowed_where_get_is(client: Client, journal: Journal) -> None:
    assert client.head(journal.get_absolute_url()).status_code == 200


def test_health_reports_ok_when_the_database_answers(client: Client, db: None) -> None:
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_reports_the_database_unavailable(unreliable_client: Client, database_down: None) -> None:
    response = unreliable_client.get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize("url", ["/", "/ouderschapskennis/", "/ouderschapskennis/2024/3/"])
def test_a_database_outage_answers_503_with_a_short_message(
    unreliable_client: Client, database_down: None, url: str
) -> None:
    response = unreliable_client.get(url)
    assert response.status_code == 503
    body = response.content.decode()
    assert UNAVAILABLE_TITLE in body
    assert "Probeer het over enkele minuten opnieuw." in body
    assert "Traceback" not in body
    assert "OperationalError" not in body
    assert "5432" not in body
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"


def test_a_database_outage_answers_503_to_a_logged_in_reader_too(
    unreliable_client: Client, subscriber: User, article: Article
) -> None:
    login(unreliable_client, subscriber)
    url = article.get_absolute_url()
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=OperationalError("down")):
        response = unreliable_client.get(url)
    assert response.status_code == 503
    assert UNAVAILABLE_TITLE in response.content.decode()


@pytest.mark.urls("tests.test_errors")
def test_the_500_page_renders_without_the_database(unreliable_client: Client, database_down: None) -> None:
    response = unreliable_client.get("/-/boem/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Er ging iets mis" in body
    assert "Traceback" not in body
    assert "a bug, not an outage" not in body


@pytest.mark.urls("tests.test_errors")
def test_a_bug_is_a_500_even_when_the_database_is_up(unreliable_client: Client, db: None) -> None:
    response = unreliable_client.get("/-/boem/")
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()
