"""allauth speaks the site's Dutch: formal (u/uw), with the site's words (Inloggen, Uitloggen, Registreren).

allauth's own nl catalog says "je", "Aanmelden" and "Afmelden"; locale/nl/LC_MESSAGES/django.po overrides
those msgids, and supplies the Dutch of Django's msgids that Django's own Dutch catalogs lack. These tests read the pages, messages and e-mails a reader meets, in Dutch and in English.
"""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import allauth
import django_tasks_db
import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from lxml import html

from accounts.models import User
from tests.catalogs import DJANGO_CATALOGS, po_msgids, translated_keys
from tests.conftest import PASSWORD, login

INFORMAL = re.compile(r"\b(je|jij|jouw|aanmelden|afmelden)\b", re.IGNORECASE)


def informal_words(content: str) -> list[str]:
    return INFORMAL.findall(content)


def visible(response) -> str:
    """The page as a reader sees it: its text plus the texts in placeholders, labels and titles."""
    assert response.status_code == 200, response.status_code
    document = html.fromstring(response.content)
    attributes = document.xpath("//@placeholder | //@aria-label | //@title | //input[@type='submit']/@value")
    return " ".join([*document.text_content().split(), *attributes])


def messages_on(response) -> list[str]:
    document = html.fromstring(response.content)
    return [" ".join(item.text_content().split()) for item in document.xpath("//li[contains(@class, 'message')]")]


def assert_formal(content: str) -> None:
    assert not informal_words(content), (informal_words(content), content)


def mail_text(message: mail.EmailMessage) -> str:
    return f"{message.subject}\n{message.body}"


def path_in_mail(message: mail.EmailMessage, path: str) -> str:
    match = re.search(re.escape(settings.SITE_URL) + "(" + re.escape(path) + r"\S+)", str(message.body))
    assert match, message.body
    return match.group(1)


# --- Pages ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/account/login/", ["Inloggen", "Wachtwoord vergeten?", "Ingelogd blijven", "Hebt u nog geen account?"]),
        ("/account/signup/", ["Registreren", "E-mailadres", "Wachtwoord (bevestigen)", "Hebt u al een account?"]),
        ("/account/password/reset/", ["Wachtwoord opnieuw instellen", "Vul hieronder uw e-mailadres in"]),
    ],
)
def test_the_entrance_pages_are_formal_dutch(client: Client, db: None, url: str, expected: list[str]) -> None:
    page = visible(client.get(url))
    assert_formal(page)
    for words in expected:
        assert words in page
    assert "Sign In" not in page
    assert "Aanmelden" not in page


def test_the_login_page_title_and_button_say_inloggen(client: Client, db: None) -> None:
    document = html.fromstring(client.get("/account/login/").content)
    assert " ".join(document.findtext(".//title").split()).startswith("Inloggen ·")
    assert " ".join(document.xpath("//h1")[0].text_content().split()) == "Inloggen"
    buttons = [" ".join(b.text_content().split()) for b in document.xpath("//form[@action='/account/login/']//button")]
    assert buttons == ["Inloggen"]


def test_the_account_pages_of_a_logged_in_reader_are_formal_dutch(client: Client, reader: User) -> None:
    login(client, reader)
    email_page = visible(client.get("/account/email/"))
    assert_formal(email_page)
    assert "E-mailadres wijzigen" in email_page
    assert "Huidig e-mailadres" in email_page

    password_page = visible(client.get("/account/password/change/"))
    assert_formal(password_page)
    for words in ("Wachtwoord wijzigen", "Huidig wachtwoord", "Nieuw wachtwoord (bevestigen)", "Wachtwoord vergeten?"):
        assert words in password_page

    logout_page = visible(client.get("/account/logout/"))
    assert_formal(logout_page)
    assert "Weet u zeker dat u wilt uitloggen?" in logout_page
    assert "Uitloggen" in logout_page


def test_a_wrong_password_gives_the_formal_error(client: Client, reader: User) -> None:
    response = client.post("/account/login/", {"login": reader.email, "password": "niet-mijn-wachtwoord"})
    page = visible(response)
    assert "Het opgegeven e-mailadres en/of wachtwoord klopt niet." in page
    assert "door jou" not in page
    assert_formal(page)


def test_signup_with_mismatched_passwords_gives_formal_errors(client: Client, db: None) -> None:
    response = client.post(
        "/account/signup/", {"email": "nina@example.org", "password1": "een-nieuw-wachtwoord", "password2": "anders"}
    )
    page = visible(response)
    assert "Vul twee keer hetzelfde wachtwoord in." in page
    assert_formal(page)


# --- Flash messages ---------------------------------------------------------------------------------------


def test_logging_in_and_out_is_reported_formally(client: Client, reader: User) -> None:
    logged_in = client.post("/account/login/", {"login": reader.email, "password": PASSWORD}, follow=True)
    assert any(message.startswith("U bent ingelogd als") for message in messages_on(logged_in)), messages_on(logged_in)

    logged_out = client.post("/account/logout/", follow=True)
    assert "U bent uitgelogd." in messages_on(logged_out)


# --- Signup and its e-mails -------------------------------------------------------------------------------


def test_signup_sends_a_formal_confirmation_mail_and_page(client: Client, db: None) -> None:
    response = client.post(
        "/account/signup/",
        {"email": "nina@example.org", "password1": "een-nieuw-wachtwoord", "password2": "een-nieuw-wachtwoord"},
        follow=True,
    )
    page = visible(response)
    assert_formal(page)
    assert "Bevestig uw e-mailadres" in page
    assert "Er is een bevestigingsmail gestuurd naar nina@example.org." in messages_on(response)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[Leeszaal] Bevestig uw e-mailadres"
    assert "U ontvangt deze e-mail omdat gebruiker" in message.body
    assert f"Bevestig uw e-mailadres via {settings.SITE_URL}/account/confirm-email/" in message.body  # not the Host
    assert_formal(mail_text(message))

    confirm_path = path_in_mail(message, "/account/confirm-email/")
    confirm_page = visible(client.get(confirm_path))
    assert_formal(confirm_page)
    assert "Bevestig e-mailadres" in confirm_page
    confirmed = client.post(confirm_path, follow=True)
    assert "U hebt nina@example.org bevestigd." in messages_on(confirmed)


def test_signing_up_again_with_a_known_address_sends_a_formal_mail(client: Client, reader: User) -> None:
    client.post(
        "/account/signup/",
        {"email": reader.email, "password1": "een-nieuw-wachtwoord", "password2": "een-nieuw-wachtwoord"},
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[Leeszaal] Account bestaat al"
    assert "Er bestaat al een account met dit e-mailadres." in message.body
    assert_formal(mail_text(message))


# --- Password reset ---------------------------------------------------------------------------------------


def test_the_password_reset_mail_and_pages_are_formal(client: Client, reader: User) -> None:
    done = client.post("/account/password/reset/", {"email": reader.email}, follow=True)
    assert_formal(visible(done))
    assert "We hebben u een e-mail gestuurd." in visible(done)

    message = mail.outbox[0]
    assert message.subject == "[Leeszaal] Nieuw wachtwoord instellen"
    assert "U ontvangt deze e-mail omdat u of iemand anders heeft gevraagd" in message.body
    assert_formal(mail_text(message))

    key_path = path_in_mail(message, "/account/password/reset/key/")
    form_page = client.get(key_path, follow=True)
    assert_formal(visible(form_page))
    assert "Nieuw wachtwoord (bevestigen)" in visible(form_page)

    changed = client.post(
        form_page.redirect_chain[-1][0],
        {"password1": "roos-haar-nieuwe-wachtwoord", "password2": "roos-haar-nieuwe-wachtwoord"},
        follow=True,
    )
    assert_formal(visible(changed))
    assert "Uw wachtwoord is gewijzigd." in visible(changed)
    assert all(not informal_words(mail_text(sent)) for sent in mail.outbox)


def test_a_reset_for_an_unknown_address_mails_formally(client: Client, db: None) -> None:
    client.post("/account/password/reset/", {"email": "niemand@example.org"})
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[Leeszaal] Onbekend account"
    assert "Was u dat wel? Dan kunt u zich via de link hieronder registreren." in message.body
    assert_formal(mail_text(message))


def test_a_bad_reset_link_is_explained_formally(client: Client, db: None) -> None:
    page = visible(client.get("/account/password/reset/key/0-onzin/", follow=True))
    assert "Ongeldige link" in page
    assert_formal(page)


# --- English stays English --------------------------------------------------------------------------------


def test_the_english_site_keeps_allauths_english_in_the_sites_words(client: Client, reader: User) -> None:
    """English pages say "Log in", "Log out", "Register" and "Remember me", as the header does
    (locale/en overrides allauth's "Sign In", "Sign Up", "Signup" and "Remember Me"; accounts/third_party_messages.py)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    login_page = visible(client.get("/account/login/"))
    assert "Log in" in login_page
    assert "Remember me" in login_page
    assert "Forgot your password?" in login_page
    assert "Wachtwoord vergeten?" not in login_page

    wrong = visible(client.post("/account/login/", {"login": reader.email, "password": "niet-mijn-wachtwoord"}))
    assert "The email address and/or password you specified are not correct." in wrong
    signup_page = visible(client.get("/account/signup/"))
    assert "Register" in signup_page
    assert "Already have an account? Then please log in." in signup_page

    client.force_login(reader)
    assert "Are you sure you want to log out?" in visible(client.get("/account/logout/"))
    for page in (login_page, signup_page):
        assert not re.search(r"Sign[ -]?(In|Up|in|up|Out)|Signup|Remember Me", page), page


# --- The catalog itself -----------------------------------------------------------------------------------


def _catalog(path: Path) -> dict[object, str]:
    with path.open("rb") as mo:
        return gettext.GNUTranslations(mo)._catalog  # type: ignore[attr-defined]


LOCALE = Path(settings.BASE_DIR) / "locale"
OURS = LOCALE / "nl" / "LC_MESSAGES" / "django.mo"
ALLAUTHS = Path(allauth.__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "django.mo"
TASKS_DB_MODELS = Path(django_tasks_db.__file__).parent / "models.py"


def _django_msgids(domain: str = "django") -> set[tuple[str | None, str]]:
    """Every msgid of the Django apps the site uses, from Django's own (source-language) English catalogs."""
    found: set[tuple[str | None, str]] = set()
    for folder, catalog_domain in DJANGO_CATALOGS:
        if catalog_domain == domain:
            found |= po_msgids(folder / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po")
    return found


def test_no_override_is_informal() -> None:
    translations = {msgid: msgstr for msgid, msgstr in _catalog(OURS).items() if msgid}
    assert len(translations) > 150
    assert not {msgid: msgstr for msgid, msgstr in translations.items() if informal_words(msgstr)}


def _msgid(key: object) -> str:
    return str(key[0] if isinstance(key, tuple) else key).rpartition("\x04")[2]


def test_every_override_still_matches_a_third_party_msgid() -> None:
    """After an upgrade a changed msgid would silently fall back to allauth's informal Dutch, or to English.

    Each entry must still be one of allauth's msgids, one of Django's (its English catalogs list them all),
    or, for django_tasks_db, which has no catalogs, appear in its models.
    """
    theirs = {_msgid(key) for key in _catalog(ALLAUTHS)} | {msgid for _ctx, msgid in _django_msgids()}
    tasks_source = TASKS_DB_MODELS.read_text(encoding="utf-8")
    stale = [
        _msgid(key)
        for key in _catalog(OURS)
        if key and _msgid(key) not in theirs and f'_("{_msgid(key)}")' not in tasks_source
    ]
    assert not stale, stale


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_msgid_djangos_dutch_lacks_is_ours(domain: str) -> None:
    """Django 6.1.3 changed "at least %(min_length)d" to "at least %d" without its Dutch catalog, so Dutch
    sign-up pages said "This password is too short…". Whatever Django's nl catalogs miss, ours supplies."""
    djangos_dutch: set[tuple[str | None, str]] = set()
    for folder, catalog_domain in DJANGO_CATALOGS:
        mo = folder / "locale" / "nl" / "LC_MESSAGES" / f"{domain}.mo"
        if catalog_domain == domain and mo.exists():
            djangos_dutch |= translated_keys(mo)
    ours = translated_keys(LOCALE / "nl" / "LC_MESSAGES" / f"{domain}.mo")
    missing = sorted(msgid for key in _django_msgids(domain) - djangos_dutch - ours for _ctx, msgid in [key])
    assert not missing, missing


def test_every_reworded_english_msgid_is_kept_and_translated() -> None:
    """accounts/third_party_messages.py keeps allauth's msgids in the English catalog; each has our English."""
    from accounts.third_party_messages import ENGLISH_REWORDED

    english = _catalog(LOCALE / "en" / "LC_MESSAGES" / "django.mo")
    allauths = {_msgid(key) for key in _catalog(ALLAUTHS)}
    for msgid in ENGLISH_REWORDED:
        assert msgid in allauths, f"allauth no longer has {msgid!r}"
        assert english.get(msgid, msgid) != msgid, f"no English of our own for {msgid!r}"
