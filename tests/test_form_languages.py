"""Every error a reader can meet in a form speaks the page's language: Dutch on Dutch pages, English on English ones.

Each case below makes one mistake in one reader-facing form (sign-up, login, password reset and change,
e-mail addresses, account deletion, activation codes, alerts, the order form, an institution's usage
reports) and renders it twice: with the language switch's cookie on Dutch and on English. The texts of the
errors are read from the rendered HTML, as a reader sees them (Django's error lists, the error summary of
``includes/form_errors.html``, allauth's pages and alerts). Two checks decide the language:

* the Dutch and the English rendering of the same error must differ (an untranslated message reads the same);
* each text holds a common word of its language and none of the other's (``DUTCH_WORDS``, ``ENGLISH_WORDS``).

Many messages are Django's or allauth's (English msgids); where their Dutch catalog lacks one, or says "je",
``locale/nl/LC_MESSAGES/django.po`` supplies it (see ``accounts/third_party_messages.py``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone
from lxml import html

from access.models import ActivationCode, Institution
from accounts.models import User
from journals.models import Journal
from sales.models import Plan
from tests import factories
from tests.conftest import PASSWORD

# Words that occur in almost every sentence of their language and not in the other's. Kept to words an
# error message uses; "is", "in", "e-mail", "code", "account" and "link" are left out: both languages have them.
DUTCH_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "niet",
        "geen",
        "moet",
        "moeten",
        "mag",
        "kan",
        "kunt",
        "te",
        "van",
        "voor",
        "met",
        "op",
        "om",
        "dat",
        "dit",
        "deze",
        "die",
        "er",
        "al",
        "nog",
        "uw",
        "u",
        "ten",
        "minste",
        "minimaal",
        "hoogstens",
        "wachtwoord",
        "wachtwoorden",
        "tekens",
        "teken",
        "veld",
        "verplicht",
        "geldig",
        "ongeldig",
        "klopt",
        "controleer",
        "vul",
        "voer",
        "kies",
        "probeer",
        "opnieuw",
        "bestaat",
        "bekend",
        "gebruikt",
        "verlopen",
        "hetzelfde",
        "twee",
        "keer",
        "maand",
        "maanden",
        "rapport",
        "tijdschrift",
        "adres",
        "e-mailadres",
        "e-mailadressen",
        "inloggen",
        "gebruiker",
        "gebruikers",
        "alleen",
        "cijfers",
        "algemeen",
        "lijkt",
        "veel",
        "wacht",
        "over",
        "hier",
        "ongeldige",
    ]
)
ENGLISH_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "must",
        "should",
        "cannot",
        "can't",
        "can",
        "not",
        "your",
        "you",
        "are",
        "be",
        "been",
        "has",
        "have",
        "least",
        "at",
        "characters",
        "character",
        "password",
        "passwords",
        "field",
        "required",
        "please",
        "enter",
        "valid",
        "invalid",
        "incorrect",
        "same",
        "twice",
        "too",
        "short",
        "common",
        "numeric",
        "entirely",
        "similar",
        "already",
        "another",
        "address",
        "addresses",
        "try",
        "again",
        "later",
        "many",
        "attempts",
        "specified",
        "correct",
        "match",
        "matches",
        "does",
        "doesn't",
        "don't",
        "user",
        "users",
        "month",
        "months",
        "report",
        "journal",
        "only",
        "with",
        "for",
        "to",
    ]
)
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)


def words_of(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(text)}


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def error_texts(response: Any) -> list[str]:
    """The error messages on a page as a reader meets them, each once, in the order of the page.

    Django's error lists (field and non-field, allauth's forms included), the error summary above a form
    (``includes/form_errors.html``; its links read "label: error"), anything marked as an alert, and the
    texts that an invalid field's ``aria-describedby`` points at, apart from its help text.
    """
    document = html.fromstring(response.content)
    for dead in document.xpath("//script | //style"):
        dead.drop_tree()
    found: list[str] = []
    found += [_text(item) for item in document.xpath("//ul[contains(concat(' ', @class, ' '), ' errorlist ')]/li")]
    found += [_text(item) for item in document.xpath("//*[contains(@class, 'error-summary')]//li")]
    found += [_text(item) for item in document.xpath("//*[@role='alert' and not(contains(@class, 'error-summary'))]")]
    for described in document.xpath("//*[@aria-invalid='true']/@aria-describedby"):
        for ident in described.split():
            found += [_text(target) for target in document.xpath(f"//*[@id='{ident}' and not(contains(@id, 'help'))]")]
    unique: list[str] = []
    for text in found:
        if text and text not in unique:
            unique.append(text)
    return unique


def page_message(response: Any) -> list[str]:
    """For a page that is itself the error (a bad link): its heading and its first paragraph."""
    document = html.fromstring(response.content)
    main = (document.xpath("//main") or [document])[0]
    return [_text(element) for element in main.xpath(".//h1 | .//h1/following::p[1]")]


# --- The world the cases play in ---------------------------------------------------------------------------


@dataclass
class World:
    reader: User
    other: User
    journal: Journal
    plan: Plan
    institution: Institution
    librarian: User
    unused_code: str
    used_code: str
    expired_code: str


@pytest.fixture
def world(db: None, settings: Any) -> World:
    settings.MOLLIE_API_KEY = "test_leeszaal"  # the order form is shown only when the shop can sell
    publisher = factories.make_publisher(name="Uitgeverij Leeszaal", slug="leeszaal")
    journal = factories.make_journal(publisher, title="Ouderschapskennis", slug="ouderschapskennis")
    reader = factories.make_user("roos@example.org", name="Roos de Lezer")
    other = factories.make_user("sem@example.org", name="Sem Abonnee")
    today = timezone.localdate()
    current = factories.make_code_batch(
        journal, count=2, starts_on=today - datetime.timedelta(days=10), ends_on=today + datetime.timedelta(days=300)
    )
    unused, used = ActivationCode.objects.filter(batch=current).order_by("pk")
    ActivationCode.objects.filter(pk=used.pk).update(redeemed_at=timezone.now(), redeemed_by=other)
    old = factories.make_code_batch(
        journal, count=1, starts_on=datetime.date(2020, 1, 1), ends_on=datetime.date(2020, 12, 31)
    )
    expired = ActivationCode.objects.get(batch=old)
    institution = factories.make_institution("Hogeschool Rijnland")
    librarian = factories.make_user("lieke@bibliotheek.example.org", name="Lieke Bibliothecaris")
    factories.make_member(institution, librarian, is_admin=True)
    plan = Plan.objects.create(journal=journal, name="Jaarabonnement", period_months=12, price_cents=8900)
    return World(
        reader=reader,
        other=other,
        journal=journal,
        plan=plan,
        institution=institution,
        librarian=librarian,
        unused_code=unused.code,
        used_code=used.code,
        expired_code=expired.code,
    )


def _as(client: Client, user: User) -> Client:
    client.force_login(user)
    return client


def _reset_form_url(client: Client, user: User) -> str:
    """Follow a valid reset link as the mail gives it; allauth sends the reader on to a keyless URL."""
    key = default_token_generator.make_token(user)
    response = client.get(f"/account/password/reset/key/{user_pk_to_url_str(user)}-{key}/")
    assert response.status_code == 302, response.status_code
    return str(response["Location"])


def _reset_post(data: dict[str, str]) -> Callable[[Client, World], Any]:
    def run(client: Client, world: World) -> Any:
        return client.post(_reset_form_url(client, world.reader), data)

    return run


def _throttled_login(client: Client, world: World) -> Any:
    for _attempt in range(3):
        client.post("/account/login/", {"login": world.reader.email, "password": "niet-mijn-wachtwoord"})
    return client.post("/account/login/", {"login": world.reader.email, "password": "niet-mijn-wachtwoord"})


def _signup(email: str, password1: str, password2: str | None = None) -> Callable[[Client, World], Any]:
    data = {"email": email, "password1": password1, "password2": password1 if password2 is None else password2}
    return lambda client, world: client.post("/account/signup/", data)


def _login(data: dict[str, str]) -> Callable[[Client, World], Any]:
    return lambda client, world: client.post("/account/login/", data)


def _change(data: dict[str, str]) -> Callable[[Client, World], Any]:
    return lambda client, world: _as(client, world.reader).post("/account/password/change/", data)


def _email(data: dict[str, str]) -> Callable[[Client, World], Any]:
    return lambda client, world: _as(client, world.reader).post("/account/email/", {"action_add": "", **data})


def _delete(data: dict[str, str]) -> Callable[[Client, World], Any]:
    return lambda client, world: _as(client, world.reader).post("/account/verwijderen/", data)


def _redeem(code: Callable[[World], str]) -> Callable[[Client, World], Any]:
    return lambda client, world: _as(client, world.reader).post("/account/code/", {"code": code(world)})


def _follow(data: dict[str, str]) -> Callable[[Client, World], Any]:
    return lambda client, world: client.post(f"/attenderingen/{world.journal.slug}/volgen/", data)


def _order(data: dict[str, str]) -> Callable[[Client, World], Any]:
    def run(client: Client, world: World) -> Any:
        echoed = {"plan": str(world.plan.pk), "price_cents": str(world.plan.price_cents)}
        return _as(client, world.reader).post(f"/abonneren/{world.plan.pk}/", {**echoed, **data})

    return run


def _usage(query: str) -> Callable[[Client, World], Any]:
    return lambda client, world: _as(client, world.librarian).get(
        f"/account/instelling/{world.institution.pk}/gebruik/?{query}"
    )


ORDER = {
    "billing_name": "Roos de Lezer",
    "billing_street": "Breestraat 1",
    "billing_postcode": "2311 CS",
    "billing_city": "Leiden",
    "billing_country": "NL",
    "consent": "on",
}

CASES: dict[str, Callable[[Client, World], Any]] = {
    # Sign-up (allauth's form, Django's password validators).
    "signup: nothing filled in": _signup("", "", ""),
    "signup: no e-mail address": _signup("", "een-nieuw-wachtwoord"),
    "signup: not an e-mail address": _signup("geen-adres", "een-nieuw-wachtwoord"),
    "signup: an address without a domain": _signup("nina@localhost", "een-nieuw-wachtwoord"),
    "signup: password too short": _signup("nina@example.org", "kort"),
    "signup: password too common": _signup("nina@example.org", "1q2w3e4r5t"),
    "signup: password entirely numeric": _signup("nina@example.org", "8302749165"),
    "signup: password like the e-mail address": _signup("ninavandermeer@example.org", "ninavandermeer"),
    "signup: passwords differ": _signup("nina@example.org", "een-nieuw-wachtwoord", "een-ander-wachtwoord"),
    "signup: second password missing": _signup("nina@example.org", "een-nieuw-wachtwoord", ""),
    # Login.
    "login: wrong password": _login({"login": "roos@example.org", "password": "niet-mijn-wachtwoord"}),
    "login: unknown account": _login({"login": "niemand@example.org", "password": "een-lang-wachtwoord"}),
    "login: nothing filled in": _login({"login": "", "password": ""}),
    "login: not an e-mail address": _login({"login": "roos", "password": "een-lang-wachtwoord"}),
    "login: too many wrong passwords": _throttled_login,
    "login by code: not an e-mail address": lambda client, world: client.post(
        "/account/login/code/", {"email": "geen-adres"}
    ),
    # Password reset (an unknown address is not revealed: allauth mails its owner instead).
    "password reset: not an e-mail address": lambda client, world: client.post(
        "/account/password/reset/", {"email": "geen-adres"}
    ),
    "password reset: nothing filled in": lambda client, world: client.post("/account/password/reset/", {"email": ""}),
    "password reset from key: passwords differ": _reset_post(
        {"password1": "een-nieuw-wachtwoord", "password2": "een-ander-wachtwoord"}
    ),
    "password reset from key: too short": _reset_post({"password1": "kort", "password2": "kort"}),
    "password reset from key: too common": _reset_post({"password1": "1q2w3e4r5t", "password2": "1q2w3e4r5t"}),
    # Password change.
    "password change: wrong current password": _change(
        {
            "oldpassword": "niet-mijn-wachtwoord",
            "password1": "een-nieuw-wachtwoord",
            "password2": "een-nieuw-wachtwoord",
        }
    ),
    "password change: passwords differ": _change(
        {"oldpassword": PASSWORD, "password1": "een-nieuw-wachtwoord", "password2": "een-ander-wachtwoord"}
    ),
    "password change: too short": _change({"oldpassword": PASSWORD, "password1": "kort", "password2": "kort"}),
    "password change: nothing filled in": _change({"oldpassword": "", "password1": "", "password2": ""}),
    # E-mail addresses.
    "e-mail: not an e-mail address": _email({"email": "geen-adres"}),
    "e-mail: the reader's own address": _email({"email": "roos@example.org"}),
    "e-mail: an address without a domain": _email({"email": "roos@intranet"}),
    "e-mail: nothing filled in": _email({"email": ""}),
    # Account deletion.
    "delete: wrong password": _delete({"password": "niet-mijn-wachtwoord"}),
    "delete: no password": _delete({"password": ""}),
    # Activation codes.
    "code: malformed": _redeem(lambda world: "ABCD-EFGH"),
    "code: unknown": _redeem(lambda world: "ABCD-EFGH-JKMN-P"),
    "code: used": _redeem(lambda world: world.used_code),
    "code: expired": _redeem(lambda world: world.expired_code),
    "code: nothing filled in": _redeem(lambda world: ""),
    # E-mail alerts of new issues.
    "alerts: not an e-mail address": _follow({"email": "geen-adres"}),
    "alerts: nothing filled in": _follow({"email": ""}),
    # The order form.
    "order: nothing filled in": _order({}),
    "order: not a VAT number": _order({**ORDER, "vat_number": "123"}),
    "order: no consent": _order({key: value for key, value in ORDER.items() if key != "consent"}),
    "order: not a country": _order({**ORDER, "billing_country": "XX"}),
    # An institution's usage reports (its librarian's page).
    "usage: not a month": _usage("begin=januari&end=2026-02&report=TR_J1"),
    "usage: months the wrong way round": _usage("begin=2026-03&end=2026-01&report=TR_J1"),
    "usage: not a report": _usage("begin=2026-01&end=2026-02&report=XX"),
}


def render_in(language: str, case: str, world: World) -> Any:
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = CASES[case](client, world)
    assert response.status_code in {200, 400, 429}, (case, response.status_code)
    assert response.headers.get("Content-Language") == language
    return response


def assert_speaks(language: str, texts: list[str]) -> None:
    own, other = (DUTCH_WORDS, ENGLISH_WORDS) if language == "nl" else (ENGLISH_WORDS, DUTCH_WORDS)
    wrong = {text: sorted(words_of(text) & other) for text in texts if words_of(text) & other}
    assert not wrong, f"{language} page shows text of the other language: {wrong}"
    mute = [text for text in texts if not words_of(text) & own]
    assert not mute, f"{language} page shows text without a single {language} word: {mute}"


@pytest.mark.parametrize("case", list(CASES))
def test_every_form_error_speaks_the_pages_language(case: str, world: World, settings: Any) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,2/5m/key"}
    dutch = error_texts(render_in("nl", case, world))
    english = error_texts(render_in("en", case, world))
    assert dutch, f"{case}: no error shown"
    assert len(dutch) == len(english), (dutch, english)
    same = [text for text in dutch if text in english]
    assert not same, f"{case}: the same text in Dutch and in English: {same}"
    assert_speaks("nl", dutch)
    assert_speaks("en", english)


def test_a_bad_reset_link_speaks_the_pages_language(db: None) -> None:
    pages = {}
    for language in ("nl", "en"):
        client = Client()
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        pages[language] = page_message(client.get("/account/password/reset/key/0-onzin/", follow=True))
    assert pages["nl"] and pages["en"], pages
    assert not set(pages["nl"]) & set(pages["en"]), pages
    assert_speaks("nl", pages["nl"])
    assert_speaks("en", pages["en"])


# --- The checks themselves --------------------------------------------------------------------------------


def test_the_word_lists_tell_the_bug_of_issue_12() -> None:
    """The English message Django 6.1.3 showed on Dutch sign-up pages fails the Dutch check."""
    with pytest.raises(AssertionError):
        assert_speaks("nl", ["Wachtwoord: This password is too short. It must contain at least 10 characters."])
    assert_speaks("nl", ["Wachtwoord: Dit wachtwoord is te kort. Het moet ten minste 10 tekens bevatten."])
    with pytest.raises(AssertionError):
        assert_speaks("en", ["Dit veld is verplicht."])
    assert not DUTCH_WORDS & ENGLISH_WORDS


def test_error_texts_reads_lists_summaries_and_alerts() -> None:
    page = HttpResponse(
        "<main><div class='error-summary' role='alert'><h2>Kop</h2><ul><li><a>E-mailadres: Fout.</a></li></ul></div>"
        "<ul class='errorlist'><li>Fout.</li></ul><p role='alert'>Let op.</p>"
        "<input aria-invalid='true' aria-describedby='id_x_error id_x_helptext'>"
        "<span id='id_x_error'>Fout.</span><span id='id_x_helptext'>Hulp</span><script>var a='the';</script></main>"
    )
    assert error_texts(page) == ["Fout.", "E-mailadres: Fout.", "Let op."]
