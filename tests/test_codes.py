"""Activation codes for print subscribers: Roos redeems the code from her letter, Daan makes the batches.

The story: the publisher prints one code per print subscriber (a batch, made in the back office,
exported as CSV for the mail merge). Roos types hers on /account/code/ and reads the journal
online until the batch's end. A mistyped, unknown, used or expired code is refused with a clear
sentence and changes nothing; two readers racing for one code get one subscription between them.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import threading
from typing import Any

import pytest
from django.conf import settings
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from access import code_actions
from access.code_actions import MAX_BATCH_SIZE, RedeemError, RedeemFailure, batch_create, code_redeem
from access.codes import ALPHABET, CODE_LENGTH, check_character, check_code, format_code, new_code, normalize_code
from access.models import ActivationCode, CodeBatch, Subscription
from accounts.models import User
from journals.models import Journal
from tests import factories
from tests.conftest import PASSWORD, TODAY, login

pytestmark = pytest.mark.django_db

REDEEM_URL = "/account/code/"
END_OF_YEAR = datetime.date(2026, 12, 31)


def sample_codes(count: int = 200) -> list[str]:
    return [new_code() for _ in range(count)]


def first_code(batch: CodeBatch) -> ActivationCode:
    code = batch.codes.order_by("pk").first()
    assert code is not None
    return code


def typed_by_hand(code: str) -> str:
    """How a reader might type a code from the letter: lower case, spaces, no dashes."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()


def state() -> tuple[int, list[tuple[Any, ...]]]:
    """Everything a redemption may change: the subscriptions and each code's redemption fields."""
    codes = ActivationCode.objects.order_by("pk").values_list("code", "redeemed_at", "redeemed_by", "subscription")
    return Subscription.objects.count(), list(codes)


def mistype(code: str) -> str:
    """``code`` with its fifth character replaced by another character of the alphabet."""
    other = ALPHABET[(ALPHABET.index(code[4]) + 1) % len(ALPHABET)]
    return code[:4] + other + code[5:]


# The code itself: alphabet, check character, how it is written


def test_the_alphabet_has_no_characters_that_are_easily_confused() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 30
    assert not set(ALPHABET) & set("01OILU")
    assert ALPHABET.isupper()


def test_a_new_code_is_twelve_random_characters_and_a_check_character() -> None:
    codes = sample_codes(500)
    assert len(set(codes)) == 500
    for code in codes:
        assert len(code) == CODE_LENGTH == 13
        assert set(code) <= set(ALPHABET)
        assert code[-1] == check_character(code[:-1])
        assert check_code(code)


def test_every_single_mistyped_character_is_caught() -> None:
    for code in sample_codes():
        for position, char in itertools.product(range(CODE_LENGTH), ALPHABET):
            if char != code[position]:
                typo = code[:position] + char + code[position + 1 :]
                assert not check_code(typo), (code, typo)


def test_every_swap_of_two_neighbouring_characters_is_caught() -> None:
    for code in sample_codes():
        for position in range(CODE_LENGTH - 1):
            swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
            if swapped != code:
                assert not check_code(swapped), (code, swapped)


def test_the_one_swap_luhn_mod_n_misses_never_occurs_in_a_new_code() -> None:
    # Luhn mod N cannot tell "2Z" from "Z2" (the alphabet's first and last characters): new codes avoid the pair.
    payload = "2Z" + "A" * 10
    code = payload + check_character(payload)
    assert check_code(code) and check_code("Z2" + code[2:])
    for code in sample_codes(2000):
        assert "2Z" not in code and "Z2" not in code


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ABCD",  # too short
        "ABCDEFGHJKMNPQ",  # too long
        "0BCDEFGHJKMNP",  # zero is not in the alphabet
        "abcdefghjkmnp",  # not normalised
    ],
)
def test_check_code_refuses_what_is_not_a_code(bad: str) -> None:
    assert not check_code(bad)


@pytest.mark.parametrize(
    "raw",
    [
        "abcd-efgh-jkmn-p",
        "  ABCD EFGH JKMN P  ",
        "abcd–efgh—jkmn‑p",  # en dash, em dash, non-breaking hyphen from a word processor
        "ABCD\u2212EFGH\u2010JKMN\u2011P",  # minus sign, hyphen
        "abcd\tefgh\u00a0jkmn\u202fp",  # tab, no-break spaces
        "ＡＢＣＤ－ＥＦＧＨ－ＪＫＭＮ－Ｐ",  # full width
        "AbCd-EfGh-\u200bJkMn-P",  # a zero-width space pasted along
    ],
)
def test_normalize_code_ignores_case_spaces_and_every_kind_of_dash(raw: str) -> None:
    assert normalize_code(raw) == "ABCDEFGHJKMNP"


def test_format_code_groups_by_four() -> None:
    assert format_code("ABCDEFGHJKMNP") == "ABCD-EFGH-JKMN-P"
    code = new_code()
    assert normalize_code(format_code(code)) == code


def test_a_stored_code_shows_as_printed(journal: Journal) -> None:
    code = first_code(factories.make_code_batch(journal, count=1))
    assert str(code) == format_code(code.code)


# Making a batch


def test_batch_create_makes_count_distinct_valid_codes(journal: Journal, editor: User) -> None:
    batch = batch_create(
        journal=journal,
        label="Printabonnees 2027",
        starts_on=datetime.date(2027, 1, 1),
        ends_on=datetime.date(2027, 12, 31),
        count=250,
        created_by=editor,
    )
    codes = list(batch.codes.values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == 250
    assert all(check_code(code) for code in codes)
    assert batch.created_by == editor
    assert not batch.codes.filter(redeemed_at__isnull=False).exists()


def test_batch_create_draws_again_when_a_code_is_taken(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    taken = first_code(factories.make_code_batch(journal, count=1)).code
    fresh = [new_code() for _ in range(3)]
    draws = iter([taken, fresh[0], fresh[0], taken, fresh[1], fresh[2]])
    monkeypatch.setattr(code_actions, "new_code", lambda: next(draws))

    batch = batch_create(
        journal=journal, label="Herdruk", starts_on=TODAY, ends_on=END_OF_YEAR, count=3, created_by=None
    )

    assert sorted(batch.codes.values_list("code", flat=True)) == sorted(fresh)
    assert ActivationCode.objects.filter(code=taken).count() == 1


@pytest.mark.parametrize("count", [0, -1, MAX_BATCH_SIZE + 1])
def test_batch_create_refuses_a_count_out_of_bounds(journal: Journal, count: int) -> None:
    with pytest.raises(ValidationError) as raised:
        batch_create(
            journal=journal, label="Te veel", starts_on=TODAY, ends_on=END_OF_YEAR, count=count, created_by=None
        )
    assert "count" in raised.value.message_dict
    assert not CodeBatch.objects.exists()


def test_batch_create_refuses_a_period_that_ends_before_it_starts(journal: Journal) -> None:
    with pytest.raises(ValidationError) as raised:
        batch_create(journal=journal, label="Omgekeerd", starts_on=END_OF_YEAR, ends_on=TODAY, count=1, created_by=None)
    assert "ends_on" in raised.value.message_dict
    assert not CodeBatch.objects.exists() and not ActivationCode.objects.exists()


# Redeeming, as a plain function


def test_code_redeem_gives_a_personal_subscription_until_the_end_of_the_batch(
    journal: Journal, reader: User, frozen_today: datetime.date
) -> None:
    code = first_code(factories.make_code_batch(journal))

    subscription = code_redeem(user=reader, raw_code=typed_by_hand(code.code))

    assert (subscription.user, subscription.institution, subscription.journal) == (reader, None, journal)
    assert subscription.source == Subscription.Source.CODE
    assert (subscription.starts_on, subscription.ends_on) == (TODAY, END_OF_YEAR)
    assert format_code(code.code) in subscription.note
    code.refresh_from_db()
    assert code.redeemed_by == reader
    assert code.subscription == subscription
    assert code.redeemed_at is not None and abs(code.redeemed_at - timezone.now()) < datetime.timedelta(seconds=5)


def test_a_batch_that_starts_later_gives_access_from_its_start(
    journal: Journal, reader: User, frozen_today: datetime.date
) -> None:
    batch = factories.make_code_batch(journal, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 12, 31))
    subscription = code_redeem(user=reader, raw_code=first_code(batch).code)
    assert (subscription.starts_on, subscription.ends_on) == (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))


def test_a_mistyped_code_is_refused_before_any_query(journal: Journal, reader: User) -> None:
    code = first_code(factories.make_code_batch(journal))
    with CaptureQueriesContext(connection) as queries, pytest.raises(RedeemError) as raised:
        code_redeem(user=reader, raw_code=mistype(code.code))
    assert raised.value.reason == RedeemFailure.MISTYPED
    assert len(queries) == 0


def test_the_last_day_of_a_batch_still_counts(journal: Journal, reader: User) -> None:
    code = first_code(factories.make_code_batch(journal, ends_on=TODAY))
    subscription = code_redeem(user=reader, raw_code=code.code, on=TODAY)
    assert (subscription.starts_on, subscription.ends_on) == (TODAY, TODAY)


def test_a_failed_grant_leaves_the_code_unused(journal: Journal, reader: User, monkeypatch: pytest.MonkeyPatch) -> None:
    code = first_code(factories.make_code_batch(journal))
    before = state()

    def refuse(**kwargs: Any) -> Subscription:
        raise ValidationError("nee")

    monkeypatch.setattr(code_actions, "subscription_grant", refuse)
    with pytest.raises(ValidationError):
        code_redeem(user=reader, raw_code=code.code, on=TODAY)
    assert state() == before


# Redeeming on the page


def test_reader_redeems_a_code_and_reads_until_the_end_of_the_batch(
    client: Client, journal: Journal, reader: User, frozen_today: datetime.date
) -> None:
    code = first_code(factories.make_code_batch(journal))
    login(client, reader)

    response = client.post(REDEEM_URL, {"code": typed_by_hand(code.code)})

    assert response.status_code == 302
    assert response["Location"] == journal.get_absolute_url()
    subscription = Subscription.objects.get(user=reader)
    assert subscription.source == Subscription.Source.CODE
    assert (subscription.journal, subscription.starts_on, subscription.ends_on) == (journal, TODAY, END_OF_YEAR)
    code.refresh_from_db()
    assert (code.redeemed_by, code.subscription) == (reader, subscription)

    home = client.get(response["Location"])
    assert "Uw code is ingewisseld: u hebt toegang tot Ouderschapskennis tot en met 31 december 2026." in [
        str(message) for message in home.context["messages"]
    ]

    account = client.get("/account/")
    assert account.context["current"] == [subscription]
    assert "geldig van 25 november 2026 tot en met 31 december 2026" in account.content.decode()


def test_a_code_for_next_year_says_when_access_starts(
    client: Client, journal: Journal, reader: User, frozen_today: datetime.date
) -> None:
    batch = factories.make_code_batch(journal, starts_on=datetime.date(2027, 1, 1), ends_on=datetime.date(2027, 12, 31))
    login(client, reader)
    response = client.post(REDEEM_URL, {"code": format_code(first_code(batch).code)}, follow=True)
    assert [str(message) for message in response.context["messages"]] == [
        "Uw code is ingewisseld: u hebt toegang tot Ouderschapskennis van 1 januari 2027 tot en met 31 december 2027."
    ]


def _unknown(batch: CodeBatch, reader: User, subscriber: User) -> str:
    return new_code()


def _mistyped(batch: CodeBatch, reader: User, subscriber: User) -> str:
    return mistype(first_code(batch).code)


def _used_by_someone_else(batch: CodeBatch, reader: User, subscriber: User) -> str:
    code = first_code(batch).code
    code_redeem(user=subscriber, raw_code=code)
    return code


def _used_by_the_reader(batch: CodeBatch, reader: User, subscriber: User) -> str:
    code = first_code(batch).code
    code_redeem(user=reader, raw_code=code)
    return code


def _expired(batch: CodeBatch, reader: User, subscriber: User) -> str:
    CodeBatch.objects.filter(pk=batch.pk).update(ends_on=datetime.date(2026, 11, 24))
    return first_code(batch).code


REFUSALS = {
    "mistyped": (
        _mistyped,
        "Deze code klopt niet. Controleer of u hem goed hebt overgenomen: een code heeft 13 tekens, "
        "bijvoorbeeld ABCD-EFGH-JKMN-P.",
    ),
    "unknown": (
        _unknown,
        "Deze code is niet bekend. Controleer de code op uw brief of neem contact op met de uitgever.",
    ),
    "used-by-someone-else": (
        _used_by_someone_else,
        "Deze code is al gebruikt. Elke code kan één keer worden ingewisseld.",
    ),
    "used-by-the-reader": (
        _used_by_the_reader,
        "Deze code is al gebruikt. Elke code kan één keer worden ingewisseld.",
    ),
    "expired": (_expired, "Deze code is verlopen: hij was te gebruiken tot en met 24 november 2026."),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_a_code_that_cannot_be_redeemed_is_refused_clearly_and_changes_nothing(
    client: Client, journal: Journal, reader: User, subscriber: User, frozen_today: datetime.date, case: str
) -> None:
    prepare, message = REFUSALS[case]
    typed = prepare(factories.make_code_batch(journal), reader, subscriber)
    login(client, reader)
    before = state()

    response = client.post(REDEEM_URL, {"code": typed})

    assert response.status_code == 200
    assert response.context["form"].errors["code"] == [message]
    page = response.content.decode()
    assert message in page
    assert 'class="error-summary" role="alert"' in page
    assert state() == before


def test_the_refusal_is_in_english_for_an_english_reader(
    client: Client, journal: Journal, reader: User, frozen_today: datetime.date
) -> None:
    # The English translation comes later: this test holds whatever it says to the form.
    factories.make_code_batch(journal)
    login(client, reader)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.post(REDEEM_URL, {"code": new_code()})

    assert response.status_code == 200
    with translation.override("en"):
        expected = RedeemError(RedeemFailure.UNKNOWN).message
    assert response.context["form"].errors["code"] == [expected]
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert expected in page


def test_an_empty_code_is_asked_for(client: Client, reader: User) -> None:
    login(client, reader)
    response = client.post(REDEEM_URL, {"code": "   "})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert Subscription.objects.count() == 0


def test_the_form_is_accessible_and_leaves_the_code_alone(client: Client, reader: User) -> None:
    login(client, reader)
    response = client.get(REDEEM_URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_code">Activeringscode:</label>' in page
    for attribute in ('autocomplete="off"', 'autocapitalize="characters"', 'spellcheck="false"'):
        assert attribute in page
    assert 'aria-describedby="id_code_helptext"' in page
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_link_with_a_code_fills_in_the_form(client: Client, reader: User) -> None:
    code = new_code()
    login(client, reader)
    response = client.get(REDEEM_URL, {"code": code.lower()})
    assert response.context["form"]["code"].value() == format_code(code)
    odd = client.get(REDEEM_URL, {"code": "  niet-een-code "})
    assert odd.context["form"]["code"].value() == "niet-een-code"


def test_an_anonymous_visitor_logs_in_and_comes_back_to_the_form_with_the_code(
    client: Client, reader: User, journal: Journal
) -> None:
    code = format_code(first_code(factories.make_code_batch(journal)).code)
    link = f"{REDEEM_URL}?code={code}"

    response = client.get(link)

    assert response.status_code == 302
    login_url = reverse("account_login")
    assert response["Location"] == f"{login_url}?next=/account/code/%3Fcode%3D{code}"
    # The login page offers registration with the same way back.
    login_page = client.get(response["Location"])
    assert "/account/signup/?next=%2Faccount%2Fcode%2F%3Fcode%3D" in login_page.content.decode()

    logged_in = client.post(response["Location"], {"login": reader.email, "password": PASSWORD, "next": link})
    assert logged_in.status_code == 302
    assert logged_in["Location"] == link
    form_page = client.get(logged_in["Location"])
    assert form_page.status_code == 200
    assert f'value="{code}"' in form_page.content.decode()


# Throttling


def test_too_many_attempts_from_one_address_are_refused_with_429(
    client: Client, reader: User, subscriber: User, journal: Journal, settings: Any
) -> None:
    settings.CODE_REDEEM_RATE = "3/m/ip,100/h/user"
    code = first_code(factories.make_code_batch(journal)).code
    other = Client()
    login(client, reader)
    login(other, subscriber)

    for attempt in (client, other, client):
        assert attempt.post(REDEEM_URL, {"code": new_code()}).status_code == 200
    before = state()
    throttled = other.post(REDEEM_URL, {"code": code})  # even a good code waits

    assert throttled.status_code == 429
    message = "U hebt te vaak een code geprobeerd. Wacht een paar minuten en probeer het dan opnieuw."
    assert throttled.context["form"].non_field_errors() == [message]
    assert message in throttled.content.decode()
    assert state() == before
    # Another address is not held back.
    assert other.post(REDEEM_URL, {"code": code}, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_too_many_attempts_by_one_reader_are_refused_from_any_address(
    client: Client, reader: User, settings: Any
) -> None:
    settings.CODE_REDEEM_RATE = "100/m/ip,2/h/user"
    login(client, reader)
    assert client.post(REDEEM_URL, {"code": new_code()}, REMOTE_ADDR="198.51.100.1").status_code == 200
    assert client.post(REDEEM_URL, {"code": new_code()}, REMOTE_ADDR="198.51.100.2").status_code == 200
    assert client.post(REDEEM_URL, {"code": new_code()}, REMOTE_ADDR="198.51.100.3").status_code == 429


def test_the_throttle_counts_the_client_address_behind_a_trusted_proxy(
    client: Client, reader: User, subscriber: User, settings: Any
) -> None:
    settings.CODE_REDEEM_RATE = "1/m/ip"
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    other = login(Client(), subscriber)
    login(client, reader)
    # Two readers behind the same proxy are two addresses, not one.
    assert client.post(REDEEM_URL, {"code": new_code()}, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 200
    assert other.post(REDEEM_URL, {"code": new_code()}, HTTP_X_FORWARDED_FOR="198.51.100.2").status_code == 200
    assert client.post(REDEEM_URL, {"code": new_code()}, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429


def test_opening_the_form_does_not_count_as_an_attempt(client: Client, reader: User, settings: Any) -> None:
    settings.CODE_REDEEM_RATE = "1/m/ip,1/h/user"
    login(client, reader)
    for _ in range(3):
        assert client.get(REDEEM_URL).status_code == 200
    assert client.post(REDEEM_URL, {"code": new_code()}).status_code == 200


# Two readers at once


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs concurrent transactions (PostgreSQL)")
@pytest.mark.django_db(transaction=True)
def test_two_readers_racing_for_one_code_get_one_subscription_between_them(journal: Journal) -> None:
    today = timezone.localdate()  # the threads redeem on the real day: time-machine does not reach them all
    batch = factories.make_code_batch(journal, count=1, starts_on=today, ends_on=today + datetime.timedelta(days=30))
    code = first_code(batch).code
    readers = [factories.make_user(f"lezer{n}@example.org") for n in range(4)]
    barrier = threading.Barrier(len(readers))
    outcomes: dict[str, str] = {}

    def redeem(user: User) -> None:
        try:
            barrier.wait(timeout=10)
            code_redeem(user=user, raw_code=code)
            outcomes[user.email] = "redeemed"
        except RedeemError as error:
            outcomes[user.email] = error.reason
        finally:
            connections.close_all()

    threads = [threading.Thread(target=redeem, args=(user,)) for user in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == ["redeemed"] + [RedeemFailure.USED] * (len(readers) - 1), outcomes
    subscription = Subscription.objects.get()
    winner = ActivationCode.objects.get(code=code)
    assert winner.subscription == subscription
    assert winner.redeemed_by == subscription.user
    assert outcomes[subscription.user.email] == "redeemed"  # type: ignore[union-attr]


# The back office


def admin_url(model: type[Any], view: str = "changelist", *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def superuser(db: None) -> User:
    return factories.make_user("beheer@uitgeverij.example.org", is_staff=True, is_superuser=True)


@pytest.fixture
def code_editor(editor: User) -> User:
    """Daan with every permission on codes the editors group should hold (journals.permissions gives
    the group view on codes; withdrawing an unused code, and deleting a batch with codes, need delete)."""
    wanted = ["add_codebatch", "change_codebatch", "delete_codebatch", "view_codebatch"]
    wanted += ["view_activationcode", "delete_activationcode"]
    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="access", codename__in=wanted))
    return User.objects.get(pk=editor.pk)  # a fresh instance: no cached permissions


@pytest.mark.parametrize("who", ["code_editor", "superuser"])
def test_staff_make_a_batch_with_a_number_of_codes(
    client: Client, journal: Journal, request: pytest.FixtureRequest, who: str
) -> None:
    staff: User = request.getfixturevalue(who)
    login(client, staff)
    add_url = admin_url(CodeBatch, "add")
    form_page = client.get(add_url)
    assert form_page.status_code == 200
    assert list(form_page.context["adminform"].form.fields) == ["journal", "label", "starts_on", "ends_on", "count"]

    response = client.post(
        add_url,
        {
            "journal": journal.pk,
            "label": "Printabonnees 2027",
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
            "count": "25",
        },
        follow=True,
    )

    assert response.status_code == 200
    batch = CodeBatch.objects.get()
    assert (batch.journal, batch.label, batch.created_by) == (journal, "Printabonnees 2027", staff)
    assert (batch.starts_on, batch.ends_on) == (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    codes = list(batch.codes.values_list("code", flat=True))
    assert len(set(codes)) == 25 and all(check_code(code) for code in codes)
    assert "25 activeringscodes aangemaakt." in [str(message) for message in response.context["messages"]]


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"count": "0"}, "count"),
        ({"count": str(MAX_BATCH_SIZE + 1)}, "count"),
        ({"starts_on": "2027-12-31", "ends_on": "2027-01-01"}, "ends_on"),
    ],
)
def test_the_add_form_refuses_a_bad_count_or_period(
    client: Client, journal: Journal, superuser: User, fields: dict[str, str], error_field: str
) -> None:
    data = {"journal": journal.pk, "label": "Fout", "starts_on": "2027-01-01", "ends_on": "2027-12-31", "count": "5"}
    response = login(client, superuser).post(admin_url(CodeBatch, "add"), {**data, **fields})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors[error_field]
    assert not CodeBatch.objects.exists()


def test_a_batch_page_shows_its_counts_and_links_to_its_codes(
    client: Client, journal: Journal, reader: User, superuser: User
) -> None:
    batch = factories.make_code_batch(journal, count=3)
    code_redeem(user=reader, raw_code=first_code(batch).code, on=TODAY)
    login(client, superuser)

    listing = client.get(admin_url(CodeBatch)).content.decode()
    codes_url = f"{admin_url(ActivationCode)}?batch__id__exact={batch.pk}"
    assert f'<a href="{codes_url}">1 / 3</a>' in listing

    page = client.get(admin_url(CodeBatch, "change", batch.pk)).content.decode()
    assert "1 van 3 codes gebruikt" in page
    assert reverse("admin:access_codebatch_csv", args=[batch.pk]) in page

    codes = client.get(codes_url)
    assert codes.context["cl"].result_count == 3
    shown = codes.content.decode()
    assert format_code(first_code(batch).code) in shown and reader.email in shown


def test_the_batch_list_costs_the_same_queries_for_one_batch_and_many(
    client: Client, journal: Journal, other_journal: Journal, superuser: User, reader: User
) -> None:
    login(client, superuser)
    factories.make_code_batch(journal, count=2)

    def measure() -> CaptureQueriesContext:
        with CaptureQueriesContext(connection) as context:
            assert client.get(admin_url(CodeBatch)).status_code == 200
        return context

    one = measure()
    for number in range(15):
        batch = factories.make_code_batch(other_journal if number % 2 else journal, count=5, label=f"Reeks {number}")
        batch.created_by = superuser
        batch.save()
        code_redeem(user=reader, raw_code=first_code(batch).code, on=TODAY)
    many = measure()

    if len(one) != len(many):
        sql = "\n".join(f"  {query['sql']}" for query in many.captured_queries)
        pytest.fail(f"{len(one)} queries with one batch, {len(many)} with many:\n{sql}", pytrace=False)


def _csv_rows(response: Any) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_csv_export_lists_every_code_with_its_link_and_redemption(
    client: Client, journal: Journal, reader: User, superuser: User, frozen_today: datetime.date
) -> None:
    batch = factories.make_code_batch(journal, count=3)
    used = first_code(batch)
    code_redeem(user=reader, raw_code=used.code)
    login(client, superuser)

    response = client.post(admin_url(CodeBatch), {"action": "export_csv", ACTION_CHECKBOX_NAME: [batch.pk]})

    assert (
        response["Content-Disposition"] == f'attachment; filename="activeringscodes-ouderschapskennis-{batch.pk}.csv"'
    )
    header, *rows = _csv_rows(response)
    assert header == [
        "code",
        "tijdschrift",
        "toegang vanaf",
        "toegang tot en met",
        "link om in te wisselen",
        "gebruikt",
        "gebruikt op",
        "gebruikt door (e-mailadres)",
    ]
    codes = list(batch.codes.order_by("pk"))
    assert [row[0] for row in rows] == [format_code(code.code) for code in codes]
    first, *others = rows
    assert first == [
        format_code(used.code),
        "Ouderschapskennis",
        "2026-01-01",
        "2026-12-31",
        f"{settings.SITE_URL}/account/code/?code={format_code(used.code)}",
        "ja",
        "2026-11-25 13:00",  # noon UTC, in Amsterdam
        reader.email,
    ]
    for row in others:
        assert row[5:] == ["nee", "", ""]


def test_csv_export_from_the_batch_page_and_of_several_batches(
    client: Client, journal: Journal, other_journal: Journal, superuser: User, frozen_today: datetime.date
) -> None:
    one = factories.make_code_batch(journal, count=2)
    two = factories.make_code_batch(other_journal, count=3)
    login(client, superuser)

    link = client.get(reverse("admin:access_codebatch_csv", args=[one.pk]))
    assert len(_csv_rows(link)) == 1 + 2
    action = client.post(
        admin_url(CodeBatch, "change", one.pk), {"CHANGE_FORM-action": "export_csv", ACTION_CHECKBOX_NAME: [one.pk]}
    )
    assert len(_csv_rows(action)) == 1 + 2

    both = client.post(admin_url(CodeBatch), {"action": "export_csv", ACTION_CHECKBOX_NAME: [one.pk, two.pk]})
    assert both["Content-Disposition"] == 'attachment; filename="activeringscodes-2026-11-25.csv"'
    assert {row[1] for row in _csv_rows(both)[1:]} == {"Ouderschapskennis", "Waardenwerk"}


def test_csv_cells_never_become_spreadsheet_formulas(client: Client, publisher: Any, superuser: User) -> None:
    journal = factories.make_journal(publisher, title='=HYPERLINK("https://example.org")')
    batch = factories.make_code_batch(journal, count=1)
    response = login(client, superuser).get(reverse("admin:access_codebatch_csv", args=[batch.pk]))
    assert _csv_rows(response)[1][1] == '\'=HYPERLINK("https://example.org")'


def test_csv_export_needs_permission_on_batches(client: Client, journal: Journal) -> None:
    batch = factories.make_code_batch(journal, count=1)
    staff = factories.make_user("stagiair@uitgeverij.example.org", is_staff=True)  # in no group
    response = login(client, staff).get(reverse("admin:access_codebatch_csv", args=[batch.pk]))
    assert response.status_code == 403


def test_codes_are_found_however_the_search_is_written(client: Client, journal: Journal, superuser: User) -> None:
    batch = factories.make_code_batch(journal, count=5)
    wanted = first_code(batch)
    login(client, superuser)

    for term in (format_code(wanted.code)[:9].lower(), format_code(wanted.code), wanted.code[2:11].lower()):
        found = client.get(admin_url(ActivationCode), {"q": term})
        assert [code.pk for code in found.context["cl"].result_list] == [wanted.pk], term


def test_codes_are_filtered_by_batch_and_by_use(
    client: Client, journal: Journal, reader: User, superuser: User
) -> None:
    batch = factories.make_code_batch(journal, count=3)
    other = factories.make_code_batch(journal, count=2, label="Andere reeks")
    used = first_code(batch)
    code_redeem(user=reader, raw_code=used.code, on=TODAY)
    login(client, superuser)

    def listed(**params: Any) -> set[int]:
        response = client.get(admin_url(ActivationCode), params)
        return {code.pk for code in response.context["cl"].result_list}

    assert listed(gebruikt="ja") == {used.pk}
    assert listed(gebruikt="nee", batch__id__exact=batch.pk) == set(
        batch.codes.exclude(pk=used.pk).values_list("pk", flat=True)
    )
    assert listed(batch__id__exact=other.pk) == set(other.codes.values_list("pk", flat=True))
    # A reader is found by e-mail address too.
    search = client.get(admin_url(ActivationCode), {"q": reader.email})
    assert [code.pk for code in search.context["cl"].result_list] == [used.pk]


def test_codes_are_read_only_and_a_redeemed_one_cannot_be_deleted(
    client: Client, journal: Journal, reader: User, code_editor: User
) -> None:
    batch = factories.make_code_batch(journal, count=2)
    used, unused = batch.codes.order_by("pk")
    code_redeem(user=reader, raw_code=used.code, on=TODAY)
    login(client, code_editor)

    assert client.get(admin_url(ActivationCode, "add")).status_code == 403
    page = client.get(admin_url(ActivationCode, "change", used.pk))
    assert page.status_code == 200
    assert not page.context["has_change_permission"] and not page.context["has_delete_permission"]
    assert client.post(admin_url(ActivationCode, "delete", used.pk), {"post": "yes"}).status_code == 403
    assert ActivationCode.objects.filter(pk=used.pk).exists()

    # An unused code may be withdrawn (when it leaked, say).
    assert client.post(admin_url(ActivationCode, "delete", unused.pk), {"post": "yes"}).status_code == 302
    assert not ActivationCode.objects.filter(pk=unused.pk).exists()
