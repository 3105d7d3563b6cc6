"""The figures and supplementary files of an article's full text: served like the PDF, only to whom may read it.

Sem (``subscriber``) reads the journal; Roos (``reader``) has an account but no subscription; an
anonymous visitor has neither; Lieke's hogeschool (``institution``) licenses the journal for its network;
Daan (``editor``) works at the publisher and also sees drafts.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from access.models import Institution
from accounts.models import User
from journals.models import Article, ArticleFile, Issue
from tests import factories
from tests.conftest import CAMPUS_IPV4, login

pytestmark = pytest.mark.usefixtures("frozen_today")

# A 1x1 PNG: what a figure's bytes look like, with its real signature.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cfc0f01f0005050201a5b1e2d80000000049454e44ae426082"
)
CSV = b"wijk;ouders\nNoord;12\nZuid;9\n"


def add_file(article: Article, name: str, data: bytes, content_type: str, kind: str = "figure") -> ArticleFile:
    stored = ArticleFile(article=article, name=name, kind=kind, content_type=content_type, label=name)
    stored.file.save(name, ContentFile(data), save=False)
    stored.save()
    return stored


def file_url(article: Article, name: str) -> str:
    return reverse("journals:article_file", kwargs={**article.url_kwargs(), "name": name})


@pytest.fixture
def figure(article: Article) -> ArticleFile:
    return add_file(article, "fig1.png", PNG, "image/png")


@pytest.fixture
def supplement(article: Article) -> ArticleFile:
    return add_file(article, "data1.csv", CSV, "text/csv", kind=ArticleFile.Kind.SUPPLEMENT)


def content(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_subscriber_gets_the_figure_with_its_type(client: Client, subscriber: User, figure: ArticleFile) -> None:
    response = login(client, subscriber).get(figure.get_absolute_url())
    assert response.status_code == 200
    assert content(response) == PNG
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_supplement_downloads_as_an_attachment(client: Client, subscriber: User, supplement: ArticleFile) -> None:
    response = login(client, subscriber).get(supplement.get_absolute_url())
    assert response.status_code == 200
    assert content(response) == CSV
    assert response["Content-Type"] == "text/csv"
    assert response["Content-Disposition"] == 'attachment; filename="data1.csv"'


def test_the_file_url_is_relative_to_the_article_page(article: Article, figure: ArticleFile) -> None:
    """The rendered body refers to ``bestanden/<name>``: from the article page that is this view."""
    assert figure.get_absolute_url() == f"{article.get_absolute_url()}bestanden/fig1.png"


def test_a_campus_visitor_gets_the_figure(institution: Institution, figure: ArticleFile) -> None:
    response = Client(REMOTE_ADDR=CAMPUS_IPV4).get(figure.get_absolute_url())
    assert response.status_code == 200
    assert content(response) == PNG


def test_anyone_gets_the_figure_of_an_open_access_article(client: Client, open_article: Article) -> None:
    add_file(open_article, "fig1.png", PNG, "image/png")
    response = client.get(file_url(open_article, "fig1.png"))
    assert response.status_code == 200
    assert content(response) == PNG


@pytest.mark.parametrize("who", ["anonymous", "reader", "expired_subscriber"])
def test_a_reader_without_access_is_sent_to_the_article_page(
    client: Client, request: pytest.FixtureRequest, who: str, article: Article, figure: ArticleFile
) -> None:
    if who != "anonymous":
        login(client, request.getfixturevalue(who))
    response = client.get(figure.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert PNG not in response.content
    assert "private" in response["Cache-Control"]


def test_a_denied_reader_cannot_tell_which_names_exist(client: Client, reader: User, figure: ArticleFile) -> None:
    login(client, reader)
    known = client.get(figure.get_absolute_url())
    unknown = client.get(file_url(figure.article, "bestaat-niet.png"))
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_an_unknown_name_is_not_found(client: Client, subscriber: User, figure: ArticleFile) -> None:
    response = login(client, subscriber).get(file_url(figure.article, "fig2.png"))
    assert response.status_code == 404


def test_a_file_of_another_article_is_not_found_under_this_one(
    client: Client, subscriber: User, issue: Issue, figure: ArticleFile
) -> None:
    other = factories.make_article(issue, title="Ander artikel", slug="ander-artikel")
    response = login(client, subscriber).get(file_url(other, "fig1.png"))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "tail",
    [
        "..%2F..%2Fpdf%2Fgeheim.pdf",
        "%2e%2e%2ffig1.png",
        "..%2Ffig1.png",
        "fig1.png%2F",
        "%2Ffig1.png",
        "..",
        ".fig1.png",
        "fig1.png%00",
        "fig1.png%0A",
        "fig1.png%5C..%5Cfig1.png",
        "sub%2Ffig1.png",
    ],
)
def test_path_tricks_find_nothing(client: Client, editor: User, figure: ArticleFile, tail: str) -> None:
    """Even staff, who may read everything, get nothing but 404 for a name that is not a plain file name."""
    url = f"{figure.article.get_absolute_url()}bestanden/{tail}"
    response = login(client, editor).get(url)
    assert response.status_code == 404


def test_a_draft_article_has_no_files_for_readers(client: Client, subscriber: User, editor: User, issue: Issue) -> None:
    draft = factories.make_article(issue, title="Nog niet af", slug="nog-niet-af", status=Article.Status.DRAFT)
    add_file(draft, "fig1.png", PNG, "image/png")
    url = file_url(draft, "fig1.png")
    assert Client().get(url).status_code == 404
    assert login(Client(), subscriber).get(url).status_code == 404
    staff = login(Client(), editor).get(url)
    assert staff.status_code == 200
    assert content(staff) == PNG


def test_an_article_in_an_unpublished_issue_has_no_files_for_readers(
    client: Client, subscriber: User, editor: User, journal
) -> None:
    hidden = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    article = factories.make_article(hidden, title="Volgend nummer", slug="volgend-nummer")
    add_file(article, "fig1.png", PNG, "image/png")
    url = file_url(article, "fig1.png")
    assert login(client, subscriber).get(url).status_code == 404
    assert login(Client(), editor).get(url).status_code == 200


def _zip_names(response) -> set[str]:
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return set(package.namelist())


def test_the_issue_zip_carries_figures_only_for_a_reader_who_may_read_them(
    client: Client, subscriber: User, reader: User, issue: Issue, article: Article, figure: ArticleFile
) -> None:
    url = reverse("journals:issue_jats", kwargs=issue.url_kwargs())
    slug = article.slug
    assert f"{slug}/fig1.png" in _zip_names(login(Client(), subscriber).get(url))
    for denied in (Client(), login(Client(), reader)):
        names = _zip_names(denied.get(url))
        assert names == {f"{slug}/{slug}.xml"}


def test_a_file_gone_from_storage_is_not_found_and_leaves_the_zip_whole(
    client: Client, subscriber: User, issue: Issue, article: Article, figure: ArticleFile
) -> None:
    assert figure.file.name
    figure.file.storage.delete(figure.file.name)
    login(client, subscriber)
    assert client.get(figure.get_absolute_url()).status_code == 404
    names = _zip_names(client.get(reverse("journals:issue_jats", kwargs=issue.url_kwargs())))
    assert f"{article.slug}/{article.slug}.xml" in names and f"{article.slug}/fig1.png" not in names
