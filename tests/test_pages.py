"""The reading pages and the account pages, as the people who use them see them."""

from __future__ import annotations

import datetime
import re
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.test import Client
from lxml import html

from access.models import Subscription
from accounts.models import User
from journals.models import Article, Author, Contribution, EditorialBoardMember, Issue, Journal, Publisher
from tests import factories
from tests.conftest import PASSWORD, TODAY, login


def _xpath(css: str) -> str:
    """The few CSS selectors these tests use (tag, .class, #id, descendants) as XPath, without cssselect."""
    steps = []
    for part in css.split():
        match = re.fullmatch(r"([a-z0-9]*)((?:[.#][-\w]+)*)", part)
        assert match, css
        conditions = []
        for kind, name in re.findall(r"([.#])([-\w]+)", match.group(2)):
            if kind == "#":
                conditions.append(f"@id='{name}'")
            else:
                conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
        steps.append((match.group(1) or "*") + "".join(f"[{c}]" for c in conditions))
    return "descendant-or-self::" + "//".join(steps)


def select(element: html.HtmlElement, css: str) -> list[html.HtmlElement]:
    return element.xpath(_xpath(css))


def page(response) -> html.HtmlElement:
    assert response.status_code == 200, response.status_code
    return html.fromstring(response.content)


def text(element: html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def texts(document: html.HtmlElement, css: str) -> list[str]:
    return [text(element) for element in select(document, css)]


def hrefs(document: html.HtmlElement) -> list[str]:
    return document.xpath(".//a/@href")


def logged_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


# --- Publisher and journal ------------------------------------------------------------------


def test_publisher_home_lists_the_active_journals(client: Client, publisher: Publisher) -> None:
    """A visitor to the publisher's site sees each journal with its description and a link to its own website."""
    factories.make_journal(
        publisher,
        title="Ouderschapskennis",
        slug="ouderschapskennis",
        position=1,
        description="Over opvoeden en opgroeien.",
        website="https://ouderschapskennis.example.nl/",
    )
    factories.make_journal(
        publisher,
        title="Waardenwerk",
        slug="waardenwerk",
        position=2,
        description="Over humanisme en zingeving.",
        website="https://waardenwerk.example.nl/",
    )
    factories.make_journal(publisher, title="Gestopt Blad", slug="gestopt-blad", is_active=False)

    document = page(client.get("/"))
    cards = select(document, ".journal-card")
    assert [text(select(card, "h3")[0]) for card in cards] == ["Ouderschapskennis", "Waardenwerk"]
    assert "Over opvoeden en opgroeien." in text(cards[0])
    assert "Over humanisme en zingeving." in text(cards[1])
    assert "/ouderschapskennis/" in hrefs(cards[0])
    website = cards[1].xpath(".//a[@href='https://waardenwerk.example.nl/']")
    assert website
    assert text(website[0]).startswith("Naar de website")
    assert "Gestopt Blad" not in text(document)
    assert "/gestopt-blad/" not in hrefs(document)


def test_journal_home_shows_latest_issue_aims_board_archive_and_other_journals(
    client: Client, journal: Journal, other_journal: Journal
) -> None:
    Journal.objects.filter(pk=journal.pk).update(aims_scope="Wetenschap en praktijk van het ouderschap.")
    older = factories.make_issue(journal, volume=26, number="4", year=2023)
    latest = factories.make_issue(journal, volume=27, number="2", year=2024, title="Vaders")
    factories.make_issue(journal, volume=27, number="3", year=2024, is_published=False)
    factories.make_article(latest, title="Vaderschap vandaag")
    factories.make_article(older, title="Een ouder artikel")
    EditorialBoardMember.objects.create(journal=journal, name="Prof. dr. A. de Vries", role="hoofdredacteur")
    EditorialBoardMember.objects.create(journal=journal, name="Dr. B. Bakker", role="redacteur", position=2)

    document = page(client.get(journal.get_absolute_url()))
    assert texts(document, "h1") == ["Ouderschapskennis"]
    latest_section = document.xpath("//section[@aria-labelledby='latest-title']")[0]
    assert latest.get_absolute_url() in hrefs(latest_section)
    assert "Jaargang 27, nummer 2 (2024): Vaders" in text(latest_section)
    assert "Vaderschap vandaag" in text(latest_section)
    assert "Een ouder artikel" not in text(latest_section)
    assert "Jaargang 27, nummer 3" not in text(document)  # not online yet
    assert journal.get_archive_url() in hrefs(latest_section)
    assert "Wetenschap en praktijk van het ouderschap." in text(document.get_element_by_id("doel"))
    assert texts(document, "#redactie .board li") == [
        "Prof. dr. A. de Vries, hoofdredacteur",
        "Dr. B. Bakker, redacteur",
    ]
    other = select(document, ".other-journals")[0]
    assert other_journal.get_absolute_url() in hrefs(other)
    assert journal.get_absolute_url() not in hrefs(other)


def test_archive_groups_issues_by_year_with_article_counts(client: Client, journal: Journal) -> None:
    spring = factories.make_issue(journal, volume=27, number="1", year=2024)
    summer = factories.make_issue(journal, volume=27, number="2", year=2024)
    old = factories.make_issue(journal, volume=26, number="4", year=2023)
    factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    for _ in range(3):
        factories.make_article(spring)
    factories.make_article(spring, status=Article.Status.DRAFT)  # not counted for readers
    factories.make_article(summer)

    document = page(client.get(journal.get_archive_url()))
    years = select(document, "section.archive-year")
    assert [text(select(year, "h2")[0]) for year in years] == ["2024", "2023"]
    assert texts(years[0], "li") == ["Jaargang 27, nummer 2 (1 artikel)", "Jaargang 27, nummer 1 (3 artikelen)"]
    assert texts(years[1], "li") == ["Jaargang 26, nummer 4 (0 artikelen)"]
    issue_urls = {issue.get_absolute_url() for issue in (spring, summer, old)}
    assert [href for href in hrefs(document) if href in issue_urls] == [
        summer.get_absolute_url(),
        spring.get_absolute_url(),
        old.get_absolute_url(),
    ]
    assert "2025" not in texts(document, "h2")


def test_issue_toc_groups_articles_by_section_with_authors_and_pages(client: Client, issue: Issue) -> None:
    factories.make_article(issue, title="Woord vooraf", section="Redactioneel", position=1, first_page=1, last_page=2)
    research = factories.make_article(
        issue, title="Ouders in groepen", section="Onderzoek", position=2, authors=0, first_page=3, last_page=14
    )
    for position, (given, surname) in enumerate([("Anna", "Jansen"), ("Bram", "de Boer"), ("Cas", "Visser")]):
        Contribution.objects.create(
            article=research, author=factories.make_author(given_names=given, surname=surname), position=position
        )
    factories.make_article(issue, title="Vaders in beeld", section="Onderzoek", position=3, first_page=15, last_page=15)
    factories.make_article(issue, title="Nog niet klaar", section="Onderzoek", position=4, status=Article.Status.DRAFT)

    document = page(client.get(issue.get_absolute_url()))
    sections = select(document, "section.toc-section")
    assert [text(select(section, "h2")[0]) for section in sections] == ["Redactioneel", "Onderzoek"]
    assert texts(sections[1], ".article-title") == ["Ouders in groepen", "Vaders in beeld"]
    first = select(sections[1], ".article-item")[0]
    assert text(select(first, ".authors")[0]) == "Anna Jansen, Bram de Boer en Cas Visser"
    assert text(select(first, ".pages")[0]) == "p. 3-14"
    assert texts(sections[1], ".pages")[1] == "p. 15"
    assert research.get_absolute_url() in hrefs(first)
    assert "Nog niet klaar" not in text(document)


@pytest.fixture
def full_article(issue: Issue) -> Article:
    article = factories.make_article(
        issue,
        authors=0,
        title="Groepswerk met ouders",
        subtitle="Een verkenning",
        slug="groepswerk-met-ouders",
        abstract="Wat werkt in groepen?",
        keywords="ouderschap, groepswerk , preventie",
        doi="10.12345/ok.2024.3.1",
        first_page=12,
        last_page=20,
    )
    josiah = Author.objects.create(given_names="Josiah", surname="Carberry", orcid="0000-0002-1825-0097")
    Contribution.objects.create(article=article, author=josiah, position=0, affiliation="Brown University")
    Contribution.objects.create(
        article=article, author=factories.make_author(given_names="Anne Marie", surname="de Wit"), position=1
    )
    return article


def test_article_page_has_the_full_record(client: Client, full_article: Article, frozen_today: datetime.date) -> None:
    document = page(client.get(full_article.get_absolute_url()))
    assert texts(document, "h1") == ["Groepswerk met ouders: Een verkenning"]
    assert texts(document, ".subtitle") == [": Een verkenning"]
    assert texts(document, ".author-name") == ["Josiah Carberry", "Anne Marie de Wit"]
    orcid = select(document, ".authors-full a.orcid")
    assert [link.get("href") for link in orcid] == ["https://orcid.org/0000-0002-1825-0097"]
    assert "Wat werkt in groepen?" in text(select(document, ".abstract")[0])
    assert texts(document, ".keywords li") == ["ouderschap", "groepswerk", "preventie"]
    assert texts(document, ".citation") == [
        "Carberry, J., & de Wit, A. M. (2024). Groepswerk met ouders: Een verkenning. "
        "Ouderschapskennis, 27(3), 12–20. https://doi.org/10.12345/ok.2024.3.1"
    ]
    assert select(document, ".citation i")[0].text == "Ouderschapskennis"
    assert "https://doi.org/10.12345/ok.2024.3.1" in hrefs(document)


def test_anonymous_reader_is_asked_to_log_in_or_register_and_comes_back(
    client: Client, article: Article, frozen_today: datetime.date
) -> None:
    document = page(client.get(article.get_absolute_url()))
    paywall = select(document, ".paywall")[0]
    assert "Log in of registreer om verder te lezen." in text(paywall)
    links = [urlsplit(href) for href in hrefs(paywall)]
    assert [link.path for link in links] == ["/account/login/", "/account/signup/"]
    assert all(parse_qs(link.query) == {"next": [article.get_absolute_url()]} for link in links)
    assert not select(document, ".fulltext")


def test_subscriber_who_logs_in_from_the_prompt_lands_on_the_article(
    client: Client, subscriber: User, article: Article, frozen_today: datetime.date
) -> None:
    login_url = select(page(client.get(article.get_absolute_url())), ".paywall a")[0].get("href")
    response = client.post(login_url, {"login": subscriber.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert b"GEHEIME-VOLTEKST" in client.get(article.get_absolute_url()).content


def test_reader_without_subscription_is_told_so(
    client: Client, reader: User, article: Article, frozen_today: datetime.date
) -> None:
    document = page(login(client, reader).get(article.get_absolute_url()))
    assert "U hebt geen abonnement op dit tijdschrift." in text(select(document, ".paywall")[0])


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_unpublished_issue_and_article_do_not_exist_for_readers(
    request: pytest.FixtureRequest, client: Client, who: str, journal: Journal, issue: Issue
) -> None:
    if who != "anonymous":
        login(client, request.getfixturevalue(who))
    coming = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    in_coming = factories.make_article(coming)
    draft = factories.make_article(issue, status=Article.Status.DRAFT)
    for url in (coming.get_absolute_url(), in_coming.get_absolute_url(), draft.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Deze pagina bestaat niet" in response.content.decode()


def test_editor_previews_unpublished_issue_and_article(
    client: Client, editor: User, journal: Journal, issue: Issue
) -> None:
    login(client, editor)
    coming = factories.make_issue(journal, volume=28, number="1", year=2025, is_published=False)
    in_coming = factories.make_article(coming, title="Komt eraan")
    draft = factories.make_article(issue, title="Nog een concept", status=Article.Status.DRAFT)

    issue_page = page(client.get(coming.get_absolute_url()))
    assert texts(issue_page, ".notice") == ["Voorbeeld: dit nummer staat nog niet online."]
    assert "Komt eraan" in text(issue_page)
    for article in (in_coming, draft):
        article_page = page(client.get(article.get_absolute_url()))
        assert texts(article_page, ".notice") == ["Voorbeeld: dit artikel staat nog niet online."]
        assert texts(article_page, "h1") == [article.title]

    published_page = page(client.get(issue.get_absolute_url()))
    assert not select(published_page, ".notice")


# --- Language ---------------------------------------------------------------------------------


def test_language_switch_sets_the_cookie_and_the_page_follows(client: Client, journal: Journal) -> None:
    first = client.get(journal.get_absolute_url())
    assert page(first).get("lang") == "nl"
    assert first["Content-Language"] == "nl"

    response = client.get(f"/taal/en/?next={journal.get_absolute_url()}")
    assert response.status_code == 302
    assert response["Location"] == journal.get_absolute_url()
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"

    after = client.get(journal.get_absolute_url())
    assert page(after).get("lang") == "en"
    assert after["Content-Language"] == "en"
    assert page(after).xpath("//nav[contains(@class, 'language-switch')]//a[@aria-current='true']/@lang") == ["en"]

    client.get("/taal/nl/?next=/")
    assert page(client.get("/")).get("lang") == "nl"


def test_language_switch_refuses_unknown_languages_and_foreign_redirects(client: Client, journal: Journal) -> None:
    assert client.get("/taal/xx/?next=/").status_code == 404
    response = client.get("/taal/en/?next=https://elders.example.com/")
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_anonymous_pages_set_no_cookie_so_shared_caches_may_keep_them(client: Client, article: Article) -> None:
    for url in (
        "/",
        article.issue.journal.get_absolute_url(),
        article.issue.get_absolute_url(),
        article.get_absolute_url(),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies, f"{url} set {list(response.cookies)}"
        assert "public" in response["Cache-Control"]


def test_browser_language_alone_does_not_switch_the_site_to_english(client: Client, journal: Journal) -> None:
    """A Dutch publisher's site is Dutch first; only the language switch changes that."""
    response = client.get(journal.get_absolute_url(), headers={"accept-language": "en-GB,en;q=0.9"})
    assert page(response).get("lang") == "nl"
    assert response["Content-Language"] == "nl"


def test_unknown_language_in_the_cookie_falls_back_to_dutch(client: Client, journal: Journal) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx"
    response = client.get(journal.get_absolute_url())
    assert page(response).get("lang") == "nl"
    assert response["Content-Language"] == "nl"


# --- Accounts ---------------------------------------------------------------------------------


def _link_in_mail(message: mail.EmailMessage, path: str) -> str:
    # Links in mail start with SITE_URL, whatever Host the request that sent it named.
    match = re.search(re.escape(settings.SITE_URL) + "(" + re.escape(path) + r"[^\s]*)", str(message.body))
    assert match, message.body
    return match.group(1)


# Frozen: allauth signs a fresh key (with the current second) each time it renders one, so the form's key
# equals the mailed key only while the clock stands still.
@time_machine.travel(datetime.datetime(2026, 11, 20, 10, 0, tzinfo=datetime.UTC), tick=False)
def test_registration_with_email_verification_then_login(client: Client, db: None) -> None:
    """Nina registers, cannot read as a user until she confirms her address, confirms, and is logged in."""
    response = client.post(
        "/account/signup/",
        {"email": "Nina@Example.org", "password1": "een-nieuw-wachtwoord", "password2": "een-nieuw-wachtwoord"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/account/confirm-email/"
    assert logged_in_user_id(client) is None
    nina = User.objects.get(email="nina@example.org")
    assert not EmailAddress.objects.get(user=nina).verified

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nina@example.org"]
    assert mail.outbox[0].subject.startswith("[Leeszaal] ")
    confirm_url = _link_in_mail(mail.outbox[0], "/account/confirm-email/")

    # Logging in before confirming sends her back to the confirmation step.
    other = Client()
    refused = other.post("/account/login/", {"login": "nina@example.org", "password": "een-nieuw-wachtwoord"})
    assert refused.status_code == 302
    assert refused["Location"] == "/account/confirm-email/"
    assert other.session.get("_auth_user_id") is None

    form = client.get(confirm_url)  # a GET only shows the button (mail scanners follow links)
    assert form.status_code == 200
    assert not EmailAddress.objects.get(user=nina).verified
    form_page = html.fromstring(form.content)
    assert form_page.xpath(f"//form[@method='post' and @action='{confirm_url}']"), form_page.text_content()

    confirmed = client.post(confirm_url)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=nina).verified
    assert logged_in_user_id(client) == str(nina.pk)
    assert "nina@example.org" in text(page(client.get("/account/")))

    client.post("/account/logout/")
    assert logged_in_user_id(client) is None
    again = client.post("/account/login/", {"login": "nina@example.org", "password": "een-nieuw-wachtwoord"})
    assert again.status_code == 302
    assert logged_in_user_id(client) == str(nina.pk)


def test_signup_with_a_weak_password_is_refused_with_an_error_summary(client: Client, db: None) -> None:
    response = client.post("/account/signup/", {"email": "kort@example.org", "password1": "kort", "password2": "kort"})
    assert response.status_code == 200
    assert not User.objects.filter(email="kort@example.org").exists()
    assert len(mail.outbox) == 0


def test_password_reset_sends_mail_and_the_new_password_works(client: Client, reader: User) -> None:
    response = client.post("/account/password/reset/", {"email": "roos@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["roos@example.org"]
    reset_url = _link_in_mail(mail.outbox[0], "/account/password/reset/key/")

    form_url = client.get(reset_url)["Location"]  # allauth moves the key out of the URL
    done = client.post(
        form_url, {"password1": "roos-haar-nieuwe-wachtwoord", "password2": "roos-haar-nieuwe-wachtwoord"}
    )
    assert done.status_code == 302
    reader.refresh_from_db()
    assert reader.check_password("roos-haar-nieuwe-wachtwoord")


def test_password_reset_for_an_unknown_address_sends_no_reset_link(client: Client, db: None) -> None:
    response = client.post("/account/password/reset/", {"email": "niemand@example.org"})
    assert response.status_code == 302  # the same answer as for a known address
    assert all("/account/password/reset/key/" not in message.body for message in mail.outbox)


def test_account_overview_lists_current_upcoming_and_expired_subscriptions(
    client: Client,
    reader: User,
    journal: Journal,
    other_journal: Journal,
    publisher: Publisher,
    frozen_today: datetime.date,
) -> None:
    future_journal = factories.make_journal(publisher, title="Jeugdzorg Nu", slug="jeugdzorg-nu")
    factories.make_subscription(
        reader, journal, starts_on=datetime.date(2026, 1, 1), ends_on=datetime.date(2026, 12, 31)
    )
    factories.make_subscription(
        reader, other_journal, starts_on=datetime.date(2025, 1, 1), ends_on=datetime.date(2025, 12, 31)
    )
    factories.make_subscription(
        reader, future_journal, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 12, 31)
    )

    document = page(login(client, reader).get("/account/"))
    assert texts(document, "ul.subscriptions li") == [
        "Ouderschapskennis — geldig van 1 januari 2026 tot en met 31 december 2026"
    ]
    headings = document.xpath("//h3")
    assert [text(h) for h in headings] == ["Nog niet ingegaan", "Verlopen"]
    upcoming, expired = (h.getnext() for h in headings)
    assert texts(upcoming, "li") == ["Jeugdzorg Nu — gaat in op 1 januari 2027"]
    assert texts(expired, "li") == ["Waardenwerk — verlopen op 31 december 2025"]


def test_account_overview_without_subscriptions(client: Client, reader: User, frozen_today: datetime.date) -> None:
    document = page(login(client, reader).get("/account/"))
    assert "U hebt op dit moment geen lopend abonnement." in text(document)
    assert "roos@example.org" in text(document)


def test_account_pages_ask_anonymous_visitors_to_log_in(client: Client, db: None) -> None:
    for url in ("/account/", "/account/verwijderen/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"/account/login/?next={url}"


def test_account_deletion_needs_the_right_password(client: Client, subscriber: User) -> None:
    login(client, subscriber)
    wrong = client.post("/account/verwijderen/", {"password": "niet-mijn-wachtwoord"})
    assert wrong.status_code == 200
    assert "Dit wachtwoord klopt niet." in text(select(html.fromstring(wrong.content), ".error-summary")[0])
    assert User.objects.filter(pk=subscriber.pk).exists()
    assert logged_in_user_id(client) == str(subscriber.pk)

    right = client.post("/account/verwijderen/", {"password": PASSWORD})
    assert right.status_code == 302
    assert right["Location"] == "/"
    assert not User.objects.filter(pk=subscriber.pk).exists()
    assert not Subscription.objects.filter(user_id=subscriber.pk).exists()
    assert not EmailAddress.objects.filter(email="sem@example.org").exists()
    assert logged_in_user_id(client) is None
    assert "Uw account is verwijderd." in text(page(client.get("/")))


def test_account_overview_dates_use_amsterdam_days(client: Client, reader: User, journal: Journal) -> None:
    """Half past midnight in Amsterdam it is still the last day in UTC; the overview counts Amsterdam days."""
    factories.make_subscription(reader, journal, starts_on=datetime.date(2026, 1, 1), ends_on=TODAY)
    day_after_in_amsterdam = datetime.datetime.combine(
        TODAY + datetime.timedelta(days=1), datetime.time(0, 30), tzinfo=ZoneInfo("Europe/Amsterdam")
    )
    with time_machine.travel(day_after_in_amsterdam, tick=False):
        document = page(login(client, reader).get("/account/"))
    assert not select(document, "ul.subscriptions")
    assert "verlopen op 25 november 2026" in text(document)
