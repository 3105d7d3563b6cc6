"""Institutions as the publisher's back office and Lieke the librarian see them.

Identifiers (ROR), IP ranges (parsing, what production refuses, overlap), the address index,
the institution's page in the back office, and the librarian's own page under /account/.
"""

from __future__ import annotations

import datetime
import ipaddress
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from access.identifiers import normalize_ror
from access.ipindex import AddressIndex, institutions_at
from access.ipranges import address_number, parse_range
from access.models import Institution, InstitutionMember, IPRange, Subscription
from accounts.models import User
from journals.models import Journal
from tests import factories
from tests.conftest import TODAY, login
from tests.test_admin import admin_url, errors_of, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db: None) -> User:
    """Femke, who runs the publisher's back office and may change institutions."""
    return factories.make_user("femke@uitgeverij.example.org", name="Femke Beheer", is_staff=True, is_superuser=True)


@pytest.fixture
def other_institution(db: None) -> Institution:
    return factories.make_institution("Universiteit Oost", ror="03yrm5c26")


def refusal(make: Any) -> str:
    """The message of the ValidationError that ``make()`` raises."""
    with pytest.raises(ValidationError) as raised:
        make()
    return " ".join(raised.value.messages)


# ROR identifiers


@pytest.mark.parametrize("ror", ["04dkp9463", "03yrm5c26", "05dxps055"])
def test_real_ror_ids_pass(ror: str) -> None:
    assert normalize_ror(ror) == ror


@pytest.mark.parametrize(
    "written", ["https://ror.org/04dkp9463", "HTTPS://ROR.ORG/04DKP9463/", "ror.org/04dkp9463", " 04DKP9463 "]
)
def test_ror_url_and_upper_case_are_normalised(written: str) -> None:
    assert normalize_ror(written) == "04dkp9463"


def test_ror_with_a_typo_fails_its_checksum() -> None:
    message = refusal(lambda: normalize_ror("04dkp9464"))
    assert "controlegetal" in message
    assert "04dkp9464" in message


@pytest.mark.parametrize("written", ["14dkp9463", "04dkp946", "04dkp94633", "04dkl9463", "hogeschool", ""])
def test_ror_of_the_wrong_shape_is_refused_with_an_example(written: str) -> None:
    assert "zoals 04dkp9463" in refusal(lambda: normalize_ror(written))


def test_institution_stores_the_normalised_ror_and_refuses_one_taken(institution: Institution) -> None:
    other = Institution(name="Universiteit Oost", ror="03YRM5C26")
    other.full_clean()
    assert other.ror == "03yrm5c26"
    twin = Institution(name="Dubbel", ror="04dkp9463")
    with pytest.raises(ValidationError) as raised:
        twin.full_clean()
    assert "hoort al bij een andere instelling" in str(raised.value.message_dict["ror"])


def test_institution_refuses_bad_contact_addresses_and_tidies_good_ones() -> None:
    institution = Institution(name="Hogeschool", contact_emails=" bieb@example.org \n\n geen-adres\n")
    with pytest.raises(ValidationError) as raised:
        institution.full_clean()
    assert "geen-adres" in str(raised.value.message_dict["contact_emails"])
    institution.contact_emails = " bieb@example.org \n\nict@example.org"
    institution.full_clean()
    assert institution.contact_email_list == ["bieb@example.org", "ict@example.org"]


# Parsing ranges


@pytest.mark.parametrize(
    ("written", "first", "last", "text"),
    [
        ("131.211.0.0/16", "131.211.0.0", "131.211.255.255", "131.211.0.0/16"),
        ("2001:610:108::/48", "2001:610:108::", "2001:610:108:ffff:ffff:ffff:ffff:ffff", "2001:610:108::/48"),
        ("145.107.10.10-145.107.10.99", "145.107.10.10", "145.107.10.99", "145.107.10.10-145.107.10.99"),
        ("145.107.10.0 – 145.107.10.255", "145.107.10.0", "145.107.10.255", "145.107.10.0/24"),
        ("2001:610::1-2001:610::ff", "2001:610::1", "2001:610::ff", "2001:610::1-2001:610::ff"),
        ("131.211.4.7", "131.211.4.7", "131.211.4.7", "131.211.4.7"),
        ("2001:610::7", "2001:610::7", "2001:610::7", "2001:610::7"),
    ],
    ids=["cidr-v4", "cidr-v6", "start-end", "dash-with-spaces", "start-end-v6", "single-v4", "single-v6"],
)
def test_ranges_are_parsed_and_written_shortest(written: str, first: str, last: str, text: str) -> None:
    span = parse_range(written)
    assert (str(span.first), str(span.last), span.text) == (first, last, text)


def test_host_bits_set_suggests_the_network() -> None:
    with pytest.raises(ValidationError) as raised:
        parse_range("131.211.4.7/16")
    assert raised.value.code == "host_bits"
    assert raised.value.messages == ["131.211.4.7/16 is geen netwerkadres; bedoelt u 131.211.0.0/16?"]


@pytest.mark.parametrize(
    ("written", "code", "words"),
    [
        ("145.107.10.99-145.107.10.10", "reversed", "ligt het einde voor het begin"),
        ("145.107.10.1-2001:610::1", "mixed", "niet allebei IPv4 of allebei IPv6"),
        ("hogeschool", "invalid", "geen geldig IP-bereik"),
        ("300.1.2.3", "invalid", "geen geldig IP-bereik"),
        ("131.211.0.0/33", "invalid", "geen geldig IP-bereik"),
        ("1.2.3.4-5.6.7.8-9.9.9.9", "invalid", "geen geldig IP-bereik"),
        ("  ", "empty", "Geef een IP-bereik op"),
    ],
)
def test_bad_ranges_get_a_clear_message(written: str, code: str, words: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_range(written)
    assert raised.value.code == code
    assert words in raised.value.messages[0]


def test_invalid_range_message_shows_how_to_write_one() -> None:
    assert "192.0.2.0/24, 2001:db8::/32 of 192.0.2.10-192.0.2.99" in refusal(lambda: parse_range("campus"))


# Ranges production refuses


@pytest.mark.parametrize(
    "written",
    ["10.0.0.0/8", "192.168.1.0/24", "127.0.0.1", "192.0.2.0/24", "fe80::/64", "2001:db8::/32", "9.255.255.0-10.0.0.5"],
    ids=["private", "private-home", "loopback", "documentation", "link-local", "documentation-v6", "spans-private"],
)
def test_special_ranges_are_refused_in_production(settings: Any, other_institution: Institution, written: str) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    candidate = IPRange(institution=other_institution, text=written)
    message = refusal(candidate.full_clean)
    assert "privé-, loopback- of documentatiebereik" in message


@pytest.mark.parametrize("written", ["10.0.0.0/8", "192.0.2.0/24", "2001:db8::/32"])
def test_special_ranges_are_allowed_where_the_setting_allows_them(
    settings: Any, other_institution: Institution, written: str
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    IPRange(institution=other_institution, text=written).full_clean()


def test_public_range_is_accepted_in_production(settings: Any, other_institution: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    candidate = IPRange(institution=other_institution, text="131.211.0.0/16")
    candidate.full_clean()
    assert (candidate.first, candidate.last) == (
        f"{address_number(ipaddress.ip_address('131.211.0.0')):032x}",
        f"{address_number(ipaddress.ip_address('131.211.255.255')):032x}",
    )


# Overlap


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("192.0.2.128/25", "192.0.2.0/24"),
        ("192.0.1.250-192.0.2.3", "192.0.2.0/24"),
        ("192.0.2.255", "192.0.2.0/24"),
        ("2001:db8:1:5::/64", "2001:db8:1::/48"),
        ("2001:db8::/32", "2001:db8:1::/48"),
        ("::ffff:192.0.2.0/120", "192.0.2.0/24"),
    ],
    ids=["inside-v4", "straddles-start", "last-address", "inside-v6", "around-v6", "ipv4-mapped"],
)
def test_overlap_is_refused_naming_the_other_institution_and_range(
    settings: Any, institution: Institution, other_institution: Institution, written: str, other: str
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    candidate = IPRange(institution=other_institution, text=written)
    message = refusal(candidate.full_clean)
    assert f"overlapt met {other} van Hogeschool Rijnland" in message


def test_ranges_do_not_overlap_within_one_institution_either(settings: Any, institution: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    message = refusal(IPRange(institution=institution, text="192.0.2.0/26").full_clean)
    assert "overlapt met 192.0.2.0/24 van Hogeschool Rijnland" in message


@pytest.mark.parametrize("written", ["192.0.3.0/24", "192.0.1.0/24", "2001:db8:2::/48", "::ffff:192.0.3.0/120"])
def test_neighbouring_ranges_are_fine(
    settings: Any, institution: Institution, other_institution: Institution, written: str
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    IPRange(institution=other_institution, text=written).full_clean()


def test_a_stored_range_may_be_saved_again_unchanged(settings: Any, institution: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    stored = institution.ip_ranges.get(text="192.0.2.0/24")
    stored.note = "hoofdgebouw"
    stored.full_clean()


# The address index


def _number(address: str) -> int:
    return address_number(ipaddress.ip_address(address))


def test_index_lookup_at_the_boundaries_of_a_range() -> None:
    index = AddressIndex.build(
        [
            (_number("192.0.2.0"), _number("192.0.2.255"), 1),
            (_number("198.51.100.10"), _number("198.51.100.99"), 2),
            (_number("2001:db8:1::"), _number("2001:db8:1:ffff:ffff:ffff:ffff:ffff"), 1),
        ],
        {1: "Hogeschool Rijnland", 2: "Universiteit Oost"},
    )
    assert index.lookup(_number("192.0.2.0")) == (1,)
    assert index.lookup(_number("192.0.2.255")) == (1,)
    assert index.lookup(_number("192.0.3.0")) == ()
    assert index.lookup(_number("192.0.1.255")) == ()
    assert index.lookup(_number("198.51.100.9")) == ()
    assert index.lookup(_number("198.51.100.10")) == (2,)
    assert index.lookup(_number("198.51.100.99")) == (2,)
    assert index.lookup(_number("198.51.100.100")) == ()
    assert index.lookup(_number("2001:db8:1:ffff:ffff:ffff:ffff:ffff")) == (1,)
    assert index.lookup(_number("2001:db8:2::")) == ()
    # A client reaching us over IPv6 with an IPv4-mapped address is on the IPv4 network.
    assert index.lookup(_number("::ffff:192.0.2.10")) == (1,)
    assert index.lookup(_number("::ffff:192.0.3.10")) == ()
    assert len(index) == 3


def test_index_on_an_empty_database_finds_nobody(db: None) -> None:
    assert institutions_at(ipaddress.ip_address("192.0.2.10")) == ()
    assert institutions_at(None) == ()


def test_institutions_at_reads_the_stored_ranges(institution: Institution) -> None:
    found = ((institution.pk, "Hogeschool Rijnland"),)
    assert institutions_at(ipaddress.ip_address("192.0.2.10")) == found
    assert institutions_at(ipaddress.ip_address("2001:db8:1::10")) == found
    assert institutions_at(ipaddress.ip_address("198.51.100.7")) == ()


def test_index_is_rebuilt_after_a_range_is_added(
    institution: Institution, other_institution: Institution, django_capture_on_commit_callbacks: Any
) -> None:
    address = ipaddress.ip_address("203.0.113.5")
    assert institutions_at(address) == ()  # builds the index without the new range
    with django_capture_on_commit_callbacks(execute=True):
        IPRange.objects.create(institution=other_institution, text="203.0.113.0/24")
    assert institutions_at(address) == ((other_institution.pk, "Universiteit Oost"),)


def test_index_forgets_a_deleted_range_and_an_inactive_institution(
    institution: Institution, django_capture_on_commit_callbacks: Any
) -> None:
    on_campus = ipaddress.ip_address("192.0.2.10")
    assert institutions_at(on_campus)
    with django_capture_on_commit_callbacks(execute=True):
        institution.ip_ranges.get(text="192.0.2.0/24").delete()
    assert institutions_at(on_campus) == ()
    assert institutions_at(ipaddress.ip_address("2001:db8:1::1"))
    with django_capture_on_commit_callbacks(execute=True):
        institution.is_active = False
        institution.save()
    assert institutions_at(ipaddress.ip_address("2001:db8:1::1")) == ()


# The back office: an institution's page


def _with_new_range_rows(data: dict[str, Any], *rows: str) -> dict[str, Any]:
    """The change form's data with ``rows`` typed into new IP range rows."""
    start = int(data["ip_ranges-INITIAL_FORMS"])
    for offset, text in enumerate(rows):
        data[f"ip_ranges-{start + offset}-text"] = text
        data[f"ip_ranges-{start + offset}-note"] = ""
    data["ip_ranges-TOTAL_FORMS"] = str(start + len(rows))
    return data


def test_adding_an_overlapping_range_on_the_institution_page_shows_the_error_and_saves_nothing(
    client: Client, superuser: User, settings: Any, institution: Institution, other_institution: Institution
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    login(client, superuser)
    url = admin_url(Institution, "change", other_institution.pk)
    data = _with_new_range_rows(form_data(client.get(url)), "192.0.2.128/25")
    data["name"] = "Universiteit Oost (nieuw)"
    response = client.post(url, data)
    assert response.status_code == 200
    assert "192.0.2.128/25 overlapt met 192.0.2.0/24 van Hogeschool Rijnland." in errors_of(response)
    assert "192.0.2.128/25 overlapt met 192.0.2.0/24 van Hogeschool Rijnland." in response.content.decode()
    assert not other_institution.ip_ranges.exists()
    other_institution.refresh_from_db()
    assert other_institution.name == "Universiteit Oost"


def test_two_new_rows_that_overlap_each_other_are_refused(
    client: Client, superuser: User, settings: Any, other_institution: Institution
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    login(client, superuser)
    url = admin_url(Institution, "change", other_institution.pk)
    data = _with_new_range_rows(form_data(client.get(url)), "131.211.0.0/16", "131.211.8.0-131.211.9.255")
    response = client.post(url, data)
    assert response.status_code == 200
    errors = errors_of(response)
    assert "131.211.8.0/23 overlapt met 131.211.0.0/16, dat ook in dit formulier staat." in errors
    assert "mogen elkaar niet overlappen" in errors
    assert not other_institution.ip_ranges.exists()


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("131.211.4.7/16", "bedoelt u 131.211.0.0/16?"),
        ("campus", "geen geldig IP-bereik"),
        ("10.0.0.0/8", "privé-, loopback- of documentatiebereik"),
    ],
)
def test_malformed_and_private_ranges_are_errors_on_their_row(
    client: Client, superuser: User, settings: Any, other_institution: Institution, written: str, words: str
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    login(client, superuser)
    url = admin_url(Institution, "change", other_institution.pk)
    response = client.post(url, _with_new_range_rows(form_data(client.get(url)), written))
    assert response.status_code == 200
    formset = next(
        inline.formset for inline in response.context["inline_admin_formsets"] if inline.formset.prefix == "ip_ranges"
    )
    assert words in str(formset.forms[0].errors["text"])
    assert not other_institution.ip_ranges.exists()


def test_good_ranges_are_saved_normalised_and_the_index_follows(
    client: Client,
    superuser: User,
    settings: Any,
    other_institution: Institution,
    django_capture_on_commit_callbacks: Any,
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    login(client, superuser)
    url = admin_url(Institution, "change", other_institution.pk)
    data = _with_new_range_rows(form_data(client.get(url)), "131.211.0.0 - 131.211.255.255", "2001:610:108::/48")
    assert institutions_at(ipaddress.ip_address("131.211.4.7")) == ()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    assert sorted(other_institution.ip_ranges.values_list("text", flat=True)) == ["131.211.0.0/16", "2001:610:108::/48"]
    assert institutions_at(ipaddress.ip_address("131.211.4.7")) == ((other_institution.pk, "Universiteit Oost"),)


def test_new_institution_with_ranges_and_a_member(client: Client, superuser: User, reader: User, settings: Any) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False
    login(client, superuser)
    url = admin_url(Institution, "add")
    page = client.get(url)
    prefixes = {inline.formset.prefix for inline in page.context["inline_admin_formsets"]}
    assert prefixes == {"ip_ranges", "members"}  # licences once the institution exists
    data = _with_new_range_rows(form_data(page), "145.107.0.0/16")
    data.update(
        {
            "name": "Hogeschool Noord",
            "ror": "https://ror.org/05dxps055",
            "contact_emails": "bieb@noord.example.org",
            "members-0-user": str(reader.pk),
            "members-0-is_admin": "on",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    created = Institution.objects.get(name="Hogeschool Noord")
    assert created.ror == "05dxps055"
    assert list(created.ip_ranges.values_list("text", flat=True)) == ["145.107.0.0/16"]
    assert created.members.get().user == reader


def test_licences_on_the_institution_page_go_through_subscription_grant(
    client: Client, superuser: User, other_institution: Institution, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import access.admin
    from access.actions import subscription_grant

    calls: list[dict[str, Any]] = []

    def recording_grant(**kwargs: Any) -> Subscription:
        calls.append(kwargs)
        return subscription_grant(**kwargs)

    monkeypatch.setattr(access.admin, "subscription_grant", recording_grant)
    login(client, superuser)
    url = admin_url(Institution, "change", other_institution.pk)
    page = client.get(url)
    field = page.context["inline_admin_formsets"][2].formset.empty_form.fields["source"]
    assert [value for value, _label in field.choices] == ["institutional", "trial"]
    data = form_data(page)
    data.update(
        {
            "subscriptions-TOTAL_FORMS": "1",
            "subscriptions-0-journal": str(journal.pk),
            "subscriptions-0-starts_on": "2026-09-01",
            "subscriptions-0-ends_on": "2026-09-30",
            "subscriptions-0-source": "trial",
            "subscriptions-0-perpetual_access": "",
        }
    )
    data.pop("subscriptions-0-perpetual_access")
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    trial = other_institution.subscriptions.get()
    assert (trial.source, trial.starts_on, trial.ends_on) == (
        "trial",
        datetime.date(2026, 9, 1),
        datetime.date(2026, 9, 30),
    )
    assert calls and calls[0]["institution"] == other_institution


def test_institution_list_counts_ranges_and_running_licences_without_extra_queries(
    client: Client, superuser: User, institution: Institution, journal: Journal, frozen_today: datetime.date
) -> None:
    login(client, superuser)
    url = admin_url(Institution)
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        response = client.get(url)
    row = response.context["cl"].result_list[0]
    assert (row.range_count, row.running_count) == (2, 1)
    for n in range(12):
        other = factories.make_institution(f"Instelling {n}")
        IPRange.objects.create(institution=other, text=f"131.{n}.0.0/16")
        factories.make_institution_subscription(
            other, journal, starts_on=TODAY - datetime.timedelta(days=400), ends_on=TODAY - datetime.timedelta(days=30)
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(one) == len(many), "\n".join(query["sql"] for query in many.captured_queries)
    counts = {row.name: (row.range_count, row.running_count) for row in response.context["cl"].result_list}
    assert counts["Hogeschool Rijnland"] == (2, 1)
    assert counts["Instelling 3"] == (1, 0)


def test_institution_search_finds_a_ror_written_as_url(
    client: Client, superuser: User, institution: Institution
) -> None:
    login(client, superuser)
    response = client.get(admin_url(Institution), {"q": "https://ror.org/04DKP9463"})
    assert [row.pk for row in response.context["cl"].result_list] == [institution.pk]
    response = client.get(admin_url(Institution), {"q": "Rijnland", "is_active__exact": "1"})
    assert [row.pk for row in response.context["cl"].result_list] == [institution.pk]


# The back office: subscriptions


def test_subscription_list_filters_by_holder_source_and_period(
    client: Client,
    superuser: User,
    institution: Institution,
    subscriber: User,
    journal: Journal,
    frozen_today: datetime.date,
) -> None:
    trial = factories.make_institution_subscription(
        institution,
        journal,
        starts_on=TODAY + datetime.timedelta(days=10),
        ends_on=TODAY + datetime.timedelta(days=40),
        source=Subscription.Source.TRIAL,
    )
    ended = factories.make_subscription(
        subscriber,
        journal,
        starts_on=datetime.date(2024, 1, 1),
        ends_on=datetime.date(2024, 12, 31),
        perpetual_access=True,
    )
    login(client, superuser)

    def listed(**query: str) -> set[int]:
        response = client.get(admin_url(Subscription), query)
        assert response.status_code == 200
        return {row.pk for row in response.context["cl"].result_list}

    licence = institution.subscriptions.get(source="institutional")
    personal = subscriber.subscriptions.get(ends_on__gt=TODAY)
    assert listed(houder="instelling") == {licence.pk, trial.pk}
    assert listed(houder="lezer") == {personal.pk, ended.pk}
    assert listed(source__exact="trial") == {trial.pk}
    assert listed(looptijd="lopend") == {licence.pk, personal.pk}
    assert listed(looptijd="toekomstig") == {trial.pk}
    assert listed(looptijd="verlopen") == {ended.pk}
    assert listed(perpetual_access__exact="1") == {ended.pk}
    page = client.get(admin_url(Subscription)).content.decode()
    assert "Hogeschool Rijnland" in page and "sem@example.org" in page


def test_new_subscription_in_the_back_office_goes_through_subscription_grant(
    client: Client, superuser: User, institution: Institution, other_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import access.admin
    from access.actions import subscription_grant

    calls: list[dict[str, Any]] = []

    def recording_grant(**kwargs: Any) -> Subscription:
        calls.append(kwargs)
        return subscription_grant(**kwargs)

    monkeypatch.setattr(access.admin, "subscription_grant", recording_grant)
    login(client, superuser)
    data = form_data(client.get(admin_url(Subscription, "add")))
    data.update(
        {
            "institution": str(institution.pk),
            "journal": str(other_journal.pk),
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
            "source": "institutional",
            "perpetual_access": "on",
        }
    )
    response = client.post(admin_url(Subscription, "add"), data)
    assert response.status_code == 302, errors_of(response)
    created = institution.subscriptions.get(journal=other_journal)
    assert created.perpetual_access
    assert response["Location"] == admin_url(Subscription)
    assert [call["institution"] for call in calls] == [institution]


def test_back_office_refuses_a_personal_subscription_for_an_institution(
    client: Client, superuser: User, institution: Institution, other_journal: Journal
) -> None:
    login(client, superuser)
    data = form_data(client.get(admin_url(Subscription, "add")))
    data.update(
        {
            "institution": str(institution.pk),
            "journal": str(other_journal.pk),
            "starts_on": "2027-01-01",
            "ends_on": "2027-12-31",
            "source": "personal",
        }
    )
    response = client.post(admin_url(Subscription, "add"), data)
    assert response.status_code == 200
    assert "Een instelling heeft een instellingslicentie of een proefabonnement." in response.content.decode()
    assert not institution.subscriptions.filter(journal=other_journal).exists()


# The back office: which institution owns this address?


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("192.0.2.10", ["192.0.2.0/24"]),
        ("192.0.2.0", ["192.0.2.0/24"]),
        ("192.0.2.255", ["192.0.2.0/24"]),
        ("192.0.3.0", []),
        ("::ffff:192.0.2.10", ["192.0.2.0/24"]),
        ("2001:db8:1::abcd", ["2001:db8:1::/48"]),
        ("2001:db8::/32", ["2001:db8:1::/48"]),
        ("192.0.2.100-192.0.3.5", ["192.0.2.0/24"]),
        ("Rijnland", ["192.0.2.0/24", "2001:db8:1::/48"]),
    ],
)
def test_ip_range_list_finds_the_range_holding_an_address(
    client: Client, superuser: User, institution: Institution, query: str, expected: list[str]
) -> None:
    factories.make_institution("Universiteit Oost", ranges=("198.51.100.0/24",))
    login(client, superuser)
    response = client.get(admin_url(IPRange), {"q": query})
    assert response.status_code == 200
    assert sorted(row.text for row in response.context["cl"].result_list) == expected


def test_ip_ranges_are_changed_on_their_institution_page_not_on_their_own(
    client: Client, superuser: User, institution: Institution
) -> None:
    login(client, superuser)
    assert client.get(admin_url(IPRange, "add")).status_code == 403
    page = client.get(admin_url(IPRange)).content.decode()
    assert admin_url(Institution, "change", institution.pk) in page


# The librarian's page


def institution_url(institution: Institution) -> str:
    return reverse("institution_detail", args=[institution.pk])


@pytest.fixture
def licences(institution: Institution, journal: Journal, other_journal: Journal) -> None:
    """Beside the running licence: an ended one with perpetual access and an upcoming trial."""
    factories.make_institution_subscription(
        institution,
        other_journal,
        starts_on=datetime.date(2023, 1, 1),
        ends_on=datetime.date(2024, 12, 31),
        perpetual_access=True,
    )
    factories.make_institution_subscription(
        institution,
        other_journal,
        starts_on=TODAY + datetime.timedelta(days=7),
        ends_on=TODAY + datetime.timedelta(days=37),
        source=Subscription.Source.TRIAL,
    )


def test_librarian_sees_her_institution(
    client: Client, librarian: User, reader: User, institution: Institution, licences: None, frozen_today: datetime.date
) -> None:
    factories.make_member(institution, reader)
    response = login(client, librarian).get(institution_url(institution))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Hogeschool Rijnland</h1>" in page
    assert 'href="https://ror.org/04dkp9463"' in page
    assert "<code>192.0.2.0/24</code>" in page and "<code>2001:db8:1::/48</code>" in page
    assert "Ouderschapskennis" in page and "Waardenwerk" in page
    assert "proefabonnement" in page
    assert "1 januari 2023 tot en met 31 december 2024" in page
    assert "ja: wat in deze periode verscheen, blijft leesbaar" in page
    assert [licence.status for licence in response.context["licences"]] == ["running", "upcoming", "ended"]
    assert "lieke@bibliotheek.example.org" in page and "roos@example.org" in page and "Roos de Lezer" in page
    assert "Gebruiksstatistieken" in page and "nog niet beschikbaar" in page
    assert "<caption>" in page and '<th scope="col">' in page
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_contact_addresses_are_shown(client: Client, librarian: User, institution: Institution) -> None:
    institution.contact_emails = "bieb@rijnland.example.org\nict@rijnland.example.org"
    institution.save()
    page = login(client, librarian).get(institution_url(institution)).content.decode()
    assert 'href="mailto:bieb@rijnland.example.org"' in page and "ict@rijnland.example.org" in page


@pytest.mark.parametrize("persona", ["reader", "subscriber"])
def test_readers_get_not_found_not_forbidden(
    client: Client, institution: Institution, persona: str, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(persona)
    response = login(client, user).get(institution_url(institution))
    assert response.status_code == 404
    assert "Hogeschool Rijnland" not in response.content.decode()


def test_a_member_who_is_no_administrator_gets_not_found(
    client: Client, reader: User, institution: Institution
) -> None:
    factories.make_member(institution, reader, is_admin=False)
    assert login(client, reader).get(institution_url(institution)).status_code == 404


def test_librarian_of_one_institution_cannot_see_another(
    client: Client, librarian: User, other_institution: Institution
) -> None:
    login(client, librarian)
    assert client.get(institution_url(other_institution)).status_code == 404
    missing = client.get(reverse("institution_detail", args=[other_institution.pk + 1000]))
    assert missing.status_code == 404


def test_visitors_are_asked_to_log_in(client: Client, institution: Institution) -> None:
    url = institution_url(institution)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]


def test_staff_see_every_institution(
    client: Client, editor: User, institution: Institution, other_institution: Institution
) -> None:
    login(client, editor)
    assert client.get(institution_url(institution)).status_code == 200
    assert client.get(institution_url(other_institution)).status_code == 200


def test_librarian_page_costs_the_same_queries_with_many_rows(
    client: Client, librarian: User, institution: Institution, journal: Journal, frozen_today: datetime.date
) -> None:
    from django.conf import settings
    from django.core.cache import caches

    login(client, librarian)
    url = institution_url(institution)

    def measure() -> CaptureQueriesContext:
        for alias in settings.CACHES:
            caches[alias].clear()
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return context

    one = measure()
    for n in range(10):
        IPRange.objects.create(institution=institution, text=f"131.{n}.0.0/16")
        member = factories.make_user(f"student{n}@rijnland.example.org", name=f"Student {n}")
        InstitutionMember.objects.create(institution=institution, user=member)
        other = factories.make_journal(journal.publisher)
        factories.make_institution_subscription(
            institution, other, starts_on=TODAY - datetime.timedelta(days=n), ends_on=TODAY + datetime.timedelta(days=n)
        )
        factories.make_institution_subscription(
            institution,
            other,
            starts_on=TODAY + datetime.timedelta(days=10),
            ends_on=TODAY + datetime.timedelta(days=20),
            source=Subscription.Source.TRIAL,
        )
    many = measure()
    # session, user, institution, its ranges, its licences with their journals, its members with their users, publisher (header)
    expected = 8  # the last: the active SUSHI credentials
    if not (len(one) == len(many) == expected):
        sql = "\n".join(f"  {query['sql']}" for query in many.captured_queries)
        pytest.fail(
            f"expected {expected} queries with one row and many; got {len(one)} and {len(many)}:\n{sql}", pytrace=False
        )
