"""The back office (/beheer/) as Daan the editor uses it: lists, forms, publishing, clear errors."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django import forms
from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models import Model
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import html

from access.models import Subscription
from accounts.models import User
from journals.actions import article_publish, article_unpublish, issue_publish, issue_unpublish
from journals.models import Article, Author, Issue, Journal, Publisher
from journals.permissions import EDITORS_PERMISSIONS, editors_group_ensure
from tests import factories
from tests.conftest import TODAY, login

pytestmark = pytest.mark.django_db

VALID_ORCID = "0000-0002-1825-0097"
BAD_ORCID = "0000-0002-1825-0098"


def admin_url(model: type[Any], view: str = "changelist", *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_data(response: Any) -> dict[str, Any]:
    """The POST data a browser would send for an admin add/change page as it was rendered (files left out)."""
    data: dict[str, Any] = {}
    all_forms: list[forms.BaseForm] = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        all_forms.append(inline.formset.management_form)
        all_forms.extend(inline.formset.forms)
    for form in all_forms:
        for bound in form:
            if isinstance(bound.field, forms.FileField):
                continue
            value = bound.value()
            if isinstance(bound.field, forms.BooleanField):
                if value:
                    data[bound.html_name] = "on"
                continue
            if value is None:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(item) for item in value]
            elif isinstance(value, datetime.date):
                data[bound.html_name] = value.isoformat()
            else:
                data[bound.html_name] = str(value)
    return data


def errors_of(response: Any) -> str:
    """Every error on the page (form and inline forms), for assertion messages."""
    messages = [str(response.context["adminform"].form.errors)]
    for inline in response.context["inline_admin_formsets"]:
        messages.append(str(inline.formset.errors) + str(inline.formset.non_form_errors()))
    return " ".join(messages)


# The editors group


def test_editors_group_exists_after_migrate_with_the_editors_permissions(editor: User) -> None:
    group = Group.objects.get(name=settings.EDITORS_GROUP)
    granted = {
        f"{perm.content_type.app_label}.{perm.codename}" for perm in group.permissions.select_related("content_type")
    }
    expected = {
        f"{app_label}.{action}_{model}"
        for (app_label, model), actions in EDITORS_PERMISSIONS.items()
        for action in actions
    }
    assert granted == expected
    assert "journals.change_publisher" in granted
    assert "journals.add_publisher" not in granted
    assert "journals.delete_publisher" not in granted
    assert "accounts.view_user" in granted
    assert "accounts.change_user" not in granted
    assert editor.is_staff
    assert not editor.is_superuser
    assert editor.groups.filter(pk=group.pk).exists()
    assert editor.has_perm("journals.add_issue")
    assert editor.has_perm("access.change_subscription")
    assert not editor.has_perm("accounts.change_user")


def test_editors_group_ensure_is_idempotent_and_keeps_additions() -> None:
    group = editors_group_ensure()
    extra = group.permissions.model.objects.get(codename="view_group")
    group.permissions.add(extra)
    before = set(group.permissions.values_list("pk", flat=True))
    again = editors_group_ensure()
    assert again.pk == group.pk
    assert set(again.permissions.values_list("pk", flat=True)) == before
    assert Group.objects.filter(name=settings.EDITORS_GROUP).count() == 1


@pytest.mark.parametrize(
    "model", [Publisher, Journal, Issue, Article, Author, Subscription, User], ids=lambda model: model.__name__
)
def test_editor_opens_changelists(
    client: Client, editor: User, article: Article, subscriber: User, model: type
) -> None:
    response = login(client, editor).get(admin_url(model))
    assert response.status_code == 200


@pytest.mark.parametrize("model", [Journal, Issue, Article, Author, Subscription], ids=lambda model: model.__name__)
def test_editor_opens_add_forms(client: Client, editor: User, model: type) -> None:
    response = login(client, editor).get(admin_url(model, "add"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", [Publisher, User], ids=lambda model: model.__name__)
def test_editor_may_not_add_publishers_or_users(client: Client, editor: User, model: type) -> None:
    assert login(client, editor).get(admin_url(model, "add")).status_code == 403


def test_editor_opens_change_forms(client: Client, editor: User, article: Article, subscriber: User) -> None:
    login(client, editor)
    for url in (
        admin_url(Journal, "change", article.issue.journal.pk),
        admin_url(Issue, "change", article.issue.pk),
        admin_url(Article, "change", article.pk),
        admin_url(Author, "change", article.authors[0].pk),
        admin_url(Subscription, "change", subscriber.subscriptions.get().pk),
        admin_url(User, "change", subscriber.pk),
    ):
        assert client.get(url).status_code == 200, url


def test_readers_are_refused_the_back_office(client: Client, reader: User) -> None:
    response = login(client, reader).get(admin_url(Issue), follow=True)
    assert response.status_code == 403
    assert "U hebt geen toegang" in response.content.decode()


def test_visitors_log_in_to_the_back_office_through_the_one_throttled_login(client: Client, editor: User) -> None:
    response = client.get("/beheer/", follow=True)
    assert response.redirect_chain[-1][0] == "/account/login/?next=%2Fbeheer%2F"
    assert response.status_code == 200
    response = client.post(
        "/account/login/?next=/beheer/", {"login": editor.email, "password": "een-lang-wachtwoord", "next": "/beheer/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/beheer/"
    assert client.get("/beheer/").status_code == 200


def test_view_on_site_previews_a_draft_article(client: Client, editor: User, issue: Issue) -> None:
    draft = factories.make_article(issue, title="Nog niet af", slug="nog-niet-af", status=Article.Status.DRAFT)
    page = login(client, editor).get(admin_url(Article, "change", draft.pk))
    assert page.context["has_absolute_url"]
    redirect = client.get(reverse("admin:view_on_site", args=[page.context["content_type_id"], draft.pk]))
    assert redirect.status_code == 302
    assert redirect["Location"].endswith(draft.get_absolute_url())
    assert client.get(draft.get_absolute_url()).status_code == 200
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


# Making and publishing an issue


def test_editor_adds_an_issue_with_its_articles_and_publishes_it(
    client: Client, editor: User, journal: Journal, frozen_today: datetime.date
) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Issue, "add")))
    data.update(
        {
            "journal": str(journal.pk),
            "volume": "28",
            "number": "1",
            "year": "2026",
            "title": "Ouders en school",
            "articles-0-position": "1",
            "articles-0-title": "De ouder als partner",
            "articles-0-slug": "de-ouder-als-partner",
            "articles-0-section": str(journal.sections.create(name="Onderzoek").pk),
            "articles-0-first_page": "3",
            "articles-0-last_page": "12",
            "_save": "Opslaan",
        }
    )
    response = client.post(admin_url(Issue, "add"), data)
    assert response.status_code == 302, errors_of(response)
    issue = Issue.objects.get(journal=journal, year=2026, number="1")
    assert not issue.is_published
    article = issue.articles.get()
    assert (article.title, article.slug, article.status) == ("De ouder als partner", "de-ouder-als-partner", "draft")

    response = client.post(admin_url(Issue), {"action": "publish", ACTION_CHECKBOX_NAME: [issue.pk]}, follow=True)
    assert response.status_code == 200
    assert "1 nummer staat online; 1 conceptartikel gepubliceerd." in [str(m) for m in response.context["messages"]]
    issue.refresh_from_db()
    article.refresh_from_db()
    assert issue.is_published
    assert issue.published_on == TODAY
    assert article.status == Article.Status.PUBLISHED
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_issue_unpublish_action_takes_issue_offline(client: Client, editor: User, article: Article) -> None:
    response = login(client, editor).post(
        admin_url(Issue), {"action": "unpublish", ACTION_CHECKBOX_NAME: [article.issue.pk]}, follow=True
    )
    assert response.status_code == 200
    assert not Issue.objects.get(pk=article.issue.pk).is_published
    assert Article.objects.get(pk=article.pk).status == Article.Status.PUBLISHED


def test_article_actions_from_the_change_form(client: Client, editor: User, article: Article) -> None:
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    assert b"CHANGE_FORM-action" in client.get(url).content
    response = client.post(url, {"CHANGE_FORM-action": "unpublish", ACTION_CHECKBOX_NAME: [article.pk]}, follow=True)
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT
    response = client.post(url, {"CHANGE_FORM-action": "publish", ACTION_CHECKBOX_NAME: [article.pk]}, follow=True)
    assert Article.objects.get(pk=article.pk).status == Article.Status.PUBLISHED
    assert "1 artikel gepubliceerd." in [str(m) for m in response.context["messages"]]


def test_publishing_an_article_in_an_offline_issue_warns(client: Client, editor: User, journal: Journal) -> None:
    issue = factories.make_issue(journal, is_published=False, published_on=None)
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    response = login(client, editor).post(
        admin_url(Article), {"action": "publish", ACTION_CHECKBOX_NAME: [draft.pk]}, follow=True
    )
    shown = [str(m) for m in response.context["messages"]]
    assert "1 artikel gepubliceerd." in shown
    assert any("nog niet online" in message for message in shown)


# Clear errors, nothing saved


def test_invalid_issn_is_refused_with_a_clear_error(client: Client, editor: User, publisher: Publisher) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Journal, "add")))
    data.update(
        {
            "publisher": str(publisher.pk),
            "title": "Nieuw",
            "slug": "nieuw",
            "description": "Over iets.",
            "issn_online": "1234-5678",
            "language": "nl",
        }
    )
    response = client.post(admin_url(Journal, "add"), data)
    assert response.status_code == 200
    assert "Het controlecijfer van ISSN 1234-5678 klopt niet." in response.content.decode()
    assert not Journal.objects.filter(slug="nieuw").exists()


def test_an_issn_already_in_use_is_refused(client: Client, editor: User, journal: Journal) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Journal, "add")))
    data.update(
        {
            "publisher": str(journal.publisher_id),
            "title": "Nieuw",
            "slug": "nieuw",
            "description": "Over iets.",
            "issn_online": journal.issn_online.replace("-", ""),
            "language": "nl",
        }
    )
    response = client.post(admin_url(Journal, "add"), data)
    assert response.status_code == 200
    assert "is al in gebruik bij een ander tijdschrift" in response.content.decode()
    assert not Journal.objects.filter(slug="nieuw").exists()


def test_invalid_doi_is_refused_with_a_clear_error(client: Client, editor: User, article: Article) -> None:
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    data = form_data(client.get(url))
    data["doi"] = "doi-zonder-prefix"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Een DOI begint met 10." in response.content.decode()
    assert Article.objects.get(pk=article.pk).doi == ""


def test_doi_is_normalised_and_duplicates_are_refused(client: Client, editor: User, article: Article) -> None:
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    data = form_data(client.get(url))
    data["doi"] = "https://doi.org/10.1234/ok.2024.3"
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    assert Article.objects.get(pk=article.pk).doi == "10.1234/ok.2024.3"

    other = factories.make_article(article.issue)
    url = admin_url(Article, "change", other.pk)
    data = form_data(client.get(url))
    data["doi"] = "10.1234/ok.2024.3"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "is al toegekend aan een ander artikel" in response.content.decode()


def test_invalid_orcid_is_refused_and_an_orcid_address_is_normalised(client: Client, editor: User) -> None:
    login(client, editor)
    base = form_data(client.get(admin_url(Author, "add")))
    response = client.post(
        admin_url(Author, "add"), {**base, "given_names": "Kim", "surname": "Nys", "orcid": BAD_ORCID}
    )
    assert response.status_code == 200
    assert f"Het controlecijfer van ORCID iD {BAD_ORCID} klopt niet." in response.content.decode()
    assert not Author.objects.filter(surname="Nys").exists()

    response = client.post(
        admin_url(Author, "add"),
        {**base, "given_names": "Kim", "surname": "Nys", "orcid": f"https://orcid.org/{VALID_ORCID}"},
    )
    assert response.status_code == 302
    assert Author.objects.get(surname="Nys").orcid == VALID_ORCID

    response = client.post(
        admin_url(Author, "add"), {**base, "given_names": "Ander", "surname": "Nys", "orcid": VALID_ORCID}
    )
    assert response.status_code == 200
    assert "hoort al bij een andere auteur" in response.content.decode()


def test_a_non_pdf_uploaded_as_pdf_is_refused(client: Client, editor: User, issue: Issue) -> None:
    article = factories.make_article(issue, title="Zonder PDF", slug="zonder-pdf")
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    data = form_data(client.get(url))
    fake = SimpleUploadedFile("artikel.pdf", b"<html>geen pdf</html>", content_type="application/pdf")
    response = client.post(url, {**data, "pdf": fake})
    assert response.status_code == 200
    assert "Dit bestand is geen PDF. Upload een PDF-bestand." in response.content.decode()
    assert not Article.objects.get(pk=article.pk).pdf

    real = SimpleUploadedFile("artikel.pdf", factories.PDF_BYTES, content_type="application/pdf")
    response = client.post(url, {**data, "pdf": real})
    assert response.status_code == 302, errors_of(response)
    stored = Article.objects.get(pk=article.pk)
    assert stored.pdf
    assert stored.pdf.read().startswith(b"%PDF-")
    page = client.get(url).content.decode()
    assert stored.get_pdf_url() in page  # the widget links to the access-checked view, not to private storage


def test_last_page_before_first_page_is_refused(client: Client, editor: User, article: Article) -> None:
    login(client, editor)
    url = admin_url(Article, "change", article.pk)
    data = form_data(client.get(url))
    data.update({"first_page": "20", "last_page": "5"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "De laatste pagina ligt voor de eerste." in response.content.decode()
    assert Article.objects.get(pk=article.pk).last_page == 10


def test_the_issue_page_lists_its_articles_compactly_with_a_link_to_each(
    client: Client, editor: User, issue: Issue
) -> None:
    first = factories.make_article(issue, title="Eerste", position=1, section="Onderzoek")
    factories.make_article(issue, title="Tweede", position=2)
    page = login(client, editor).get(admin_url(Issue, "change", issue.pk))
    assert page.status_code == 200
    tree = html.fromstring(page.content.decode())
    [table] = tree.xpath("//div[@id='articles-group']//table")
    headings = [" ".join(th.text_content().split()) for th in table.xpath("./thead/tr/th")]
    # Django's narrow first column, then order, move, title, type, section, status, access and the delete box:
    # it fits a 1,061-pixel column (it was 1,526 pixels with slug and pages in it).
    assert len(headings) <= 9, headings
    assert headings[1:4] == ["Volgorde", "Verplaatsen", "Titel"]
    assert not table.xpath(".//input[contains(@name, 'first_page') or contains(@name, 'slug')]")
    links = table.xpath(".//td[contains(@class, 'field-title_link')]//a")
    assert next((a.text, a.get("href")) for a in links) == ("Eerste", admin_url(Article, "change", first.pk))
    # The section select offers this journal's sections only, by their name.
    options = table.xpath(".//select[contains(@name, 'section')][1]/option/text()")
    assert "Onderzoek" in options


def test_editor_moves_an_article_up_and_down_without_javascript(client: Client, editor: User, issue: Issue) -> None:
    one = factories.make_article(issue, title="Een", position=1)
    two = factories.make_article(issue, title="Twee", position=2)
    three = factories.make_article(issue, title="Drie", position=3)
    login(client, editor)
    page = client.get(admin_url(Issue, "change", issue.pk))
    up = reverse("admin:journals_issue_move", args=[issue.pk, three.pk, "up"])
    assert f'formaction="{up}"' in page.content.decode()  # a submit button of the issue's own form

    response = client.post(up)
    assert response.status_code == 302 and response["Location"].startswith(admin_url(Issue, "change", issue.pk))
    order = list(issue.articles.order_by("position").values_list("pk", flat=True))
    assert order == [one.pk, three.pk, two.pk]

    client.post(reverse("admin:journals_issue_move", args=[issue.pk, one.pk, "down"]))
    assert list(issue.articles.order_by("position").values_list("pk", flat=True)) == [three.pk, one.pk, two.pk]
    # At the top already: nothing changes.
    client.post(reverse("admin:journals_issue_move", args=[issue.pk, three.pk, "up"]))
    assert list(issue.articles.order_by("position").values_list("pk", flat=True)) == [three.pk, one.pk, two.pk]
    # Only by POST; another issue's article, or a made-up direction, is not there.
    assert client.get(up).status_code == 405
    other = factories.make_issue(issue.journal, number="4")
    assert client.post(reverse("admin:journals_issue_move", args=[other.pk, one.pk, "up"])).status_code == 404
    assert client.post(reverse("admin:journals_issue_move", args=[issue.pk, one.pk, "sideways"])).status_code == 404


def test_moving_follows_the_order_the_inline_shows(client: Client, editor: User, issue: Issue) -> None:
    """Articles added without a position all have 0: the list and the buttons both read them by first page."""
    late = factories.make_article(issue, slug="laat", position=0, first_page=20, last_page=24)
    early = factories.make_article(issue, slug="vroeg", position=0, first_page=5, last_page=9)
    login(client, editor)
    page = client.get(admin_url(Issue, "change", issue.pk)).content.decode()
    assert page.index(early.title) < page.index(late.title)
    client.post(reverse("admin:journals_issue_move", args=[issue.pk, early.pk, "down"]))
    assert list(issue.articles.in_reading_order().values_list("slug", flat=True)) == ["laat", "vroeg"]


def test_moving_needs_staff_rights_and_a_csrf_token(client: Client, editor: User, reader: User, issue: Issue) -> None:
    one = factories.make_article(issue, position=1)
    two = factories.make_article(issue, position=2)
    url = reverse("admin:journals_issue_move", args=[issue.pk, two.pk, "up"])
    assert client.post(url).status_code == 302  # to the login page
    login(client, reader)
    response = client.post(url)
    assert response.status_code == 302 and "login" in response["Location"]
    assert list(issue.articles.order_by("position").values_list("pk", flat=True)) == [one.pk, two.pk]
    checked = Client(enforce_csrf_checks=True)
    login(checked, editor)
    assert checked.post(url).status_code == 403
    assert list(issue.articles.order_by("position").values_list("pk", flat=True)) == [one.pk, two.pk]


def test_an_editor_without_the_change_right_may_not_move(client: Client, issue: Issue) -> None:
    one = factories.make_article(issue, position=1)
    two = factories.make_article(issue, position=2)
    viewer = factories.make_user("kijker@example.org", is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_issue", "view_article"]))
    login(client, viewer)
    assert client.post(reverse("admin:journals_issue_move", args=[issue.pk, two.pk, "up"])).status_code == 403
    assert list(issue.articles.order_by("position").values_list("pk", flat=True)) == [one.pk, two.pk]


def test_the_article_list_is_short(client: Client, editor: User, issue: Issue) -> None:
    factories.make_article(issue, title="Een titel " * 20, authors=4, section="Onderzoek")
    page = login(client, editor).get(admin_url(Article))
    tree = html.fromstring(page.content.decode())
    assert len(tree.xpath("//table[@id='result_list']/thead/tr/th")) <= 8
    [title] = tree.xpath("//table[@id='result_list']/tbody/tr[1]/th//a/text()")
    assert len(title) <= 70 and title.endswith("…")
    assert "e.a." in tree.xpath("string(//td[contains(@class, 'field-authors_display')])")
    assert tree.xpath("string(//td[contains(@class, 'field-issue_short')])") == f"{issue.journal.display_name} 2024/3"


def test_sections_are_edited_on_the_journal_page(client: Client, editor: User, journal: Journal) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Journal, "change", journal.pk)))
    data.update({"sections-0-name": "Praktijk", "sections-0-name_en": "Practice", "sections-0-position": "2"})
    data["free_types"] = ["editorial", "book-review"]
    response = client.post(admin_url(Journal, "change", journal.pk), data)
    assert response.status_code == 302, errors_of(response)
    journal.refresh_from_db()
    assert [(s.name, s.name_en, s.position) for s in journal.sections.all()] == [("Praktijk", "Practice", 2)]
    assert journal.free_types == {"editorial", "book-review"}
    tree = html.fromstring(client.get(admin_url(Journal, "change", journal.pk)).content.decode())
    assert tree.xpath("//input[@name='free_types'][@checked]/@value") == ["editorial", "book-review"]


def test_subscription_ending_before_it_starts_is_refused(
    client: Client, editor: User, journal: Journal, reader: User
) -> None:
    login(client, editor)
    data = form_data(client.get(admin_url(Subscription, "add")))
    data.update(
        {"user": str(reader.pk), "journal": str(journal.pk), "starts_on": "2026-02-01", "ends_on": "2026-01-01"}
    )
    response = client.post(admin_url(Subscription, "add"), data)
    assert response.status_code == 200
    assert "De einddatum ligt voor de ingangsdatum." in response.content.decode()
    assert not Subscription.objects.filter(user=reader).exists()


# Query counts do not grow with rows


def _changelist_queries(client: Client, url: str) -> CaptureQueriesContext:
    client.get(url)  # warm caches (content types, sessions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return queries


def _assert_same_queries(one: CaptureQueriesContext, many: CaptureQueriesContext) -> None:
    if len(one) != len(many):
        print("\n--- 1 row ---")  # noqa: T201
        print("\n".join(query["sql"] for query in one.captured_queries))  # noqa: T201
        print("\n--- 15 rows ---")  # noqa: T201
        print("\n".join(query["sql"] for query in many.captured_queries))  # noqa: T201
    assert len(one) == len(many)


def _make_issue(n: int) -> Issue:
    journal = factories.make_journal(factories.make_publisher())
    return factories.make_issue(journal, number=str(n))


def _make_article(n: int) -> Article:
    return factories.make_article(_make_issue(n), authors=2)


def _make_subscription(n: int) -> Subscription:
    user = factories.make_user(f"lezer{n}@example.org")
    journal = factories.make_journal(factories.make_publisher())
    return factories.make_subscription(user, journal, starts_on=TODAY, ends_on=TODAY + datetime.timedelta(days=30 * n))


def _make_user(n: int) -> User:
    return factories.make_user(f"gebruiker{n}@example.org", name=f"Gebruiker {n}")


@pytest.mark.parametrize(
    ("model", "make", "initial"),
    [
        (Issue, _make_issue, 1),
        (Article, _make_article, 1),
        (Subscription, _make_subscription, 1),
        (User, _make_user, 0),
    ],
    ids=["issue", "article", "subscription", "user"],
)
def test_changelist_queries_do_not_grow_with_rows(
    client: Client, editor: User, model: type[Model], make: Any, initial: int
) -> None:
    # The editor is a user too: the user list starts with one row, Daan.
    login(client, editor)
    for n in range(initial):
        make(n)
    assert model._default_manager.count() == 1
    one = _changelist_queries(client, admin_url(model))
    for n in range(initial, initial + 14):
        make(n)
    assert model._default_manager.count() == 15
    many = _changelist_queries(client, admin_url(model))
    _assert_same_queries(one, many)


# The state changes themselves


def test_issue_publish_publishes_drafts_and_sets_the_date(journal: Journal, frozen_today: datetime.date) -> None:
    issue = factories.make_issue(journal, is_published=False, published_on=None)
    drafts = [factories.make_article(issue, status=Article.Status.DRAFT) for _ in range(2)]
    published = factories.make_article(issue)
    assert issue_publish(issue=issue) == 2
    issue.refresh_from_db()
    assert issue.is_published
    assert issue.published_on == frozen_today
    assert all(Article.objects.get(pk=a.pk).status == Article.Status.PUBLISHED for a in [*drafts, published])
    assert set(Article.objects.published().in_issue(issue)) == {*drafts, published}


def test_issue_publish_keeps_an_existing_date_and_can_leave_drafts(journal: Journal) -> None:
    issue = factories.make_issue(journal, is_published=False, published_on=datetime.date(2024, 3, 1))
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    assert issue_publish(issue=issue, publish_articles=False) == 0
    issue.refresh_from_db()
    assert issue.is_published
    assert issue.published_on == datetime.date(2024, 3, 1)
    assert Article.objects.get(pk=draft.pk).status == Article.Status.DRAFT


def test_issue_unpublish_hides_the_issue_and_its_articles(article: Article) -> None:
    issue_unpublish(issue=article.issue)
    assert not Issue.objects.get(pk=article.issue.pk).is_published
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_article_publish_and_unpublish(issue: Issue) -> None:
    article = factories.make_article(issue, status=Article.Status.DRAFT)
    article_publish(article=article)
    assert Article.objects.published().filter(pk=article.pk).exists()
    article_unpublish(article=article)
    assert Article.objects.get(pk=article.pk).status == Article.Status.DRAFT
