"""Importing an institution's IP ranges from CSV: all or nothing, every error with its line number.

The same function (``access.imports.import_ranges``) serves ``manage.py import_ip_ranges`` and the
back office's "IP-bereiken importeren (CSV)" page on the institution.
"""

from __future__ import annotations

import io
import ipaddress
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from access.imports import Entry, import_ranges, overlaps_within
from access.ipindex import institutions_at
from access.ipranges import parse_range
from access.models import Institution, IPRange
from accounts.models import User
from tests import factories
from tests.conftest import login
from tests.test_admin import admin_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def oost(db: None) -> Institution:
    """Universiteit Oost, no ranges yet."""
    return factories.make_institution("Universiteit Oost", ror="03yrm5c26")


@pytest.fixture(autouse=True)
def _production_rules(settings: Any) -> None:
    """Private and documentation ranges are refused, as in production."""
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = False


def csv_file(text: str, *, encoding: str = "utf-8") -> io.BytesIO:
    return io.BytesIO(text.encode(encoding))


def stored(institution: Institution) -> list[tuple[str, str]]:
    return list(institution.ip_ranges.order_by("first").values_list("text", "note"))


GOOD = "range,note\n131.211.0.0/16,campus\n2001:610:108::/48,\n145.107.10.0 - 145.107.10.99,bibliotheek\n"


def test_import_saves_every_row_normalised(oost: Institution) -> None:
    result = import_ranges(oost, csv_file(GOOD))
    assert result.ok, result.errors
    assert (result.rows, result.created, result.replaced) == (3, 3, 0)
    assert stored(oost) == [
        ("131.211.0.0/16", "campus"),
        ("145.107.10.0-145.107.10.99", "bibliotheek"),
        ("2001:610:108::/48", ""),
    ]
    span = parse_range("131.211.0.0/16")
    assert oost.ip_ranges.filter(first=span.first_key, last=span.last_key).exists()


def test_one_bad_row_saves_nothing_and_every_error_names_its_line(
    settings: Any, institution: Institution, oost: Institution
) -> None:
    text = (
        "range,note\n"
        "131.211.0.0/16,goed\n"  # 2
        "131.212.4.7/16,host bits\n"  # 3
        "192.0.2.128/25,van Rijnland en documentatie\n"  # 4
        "131.211.8.0-131.211.9.255,overlapt met regel 2\n"  # 5
        "\n"  # 6: blank, skipped
        "10.1.0.0/16,privé\n"  # 7
        "campus,onzin\n"  # 8
    )
    result = import_ranges(oost, csv_file(text))
    assert not result.ok
    assert result.created == 0
    assert not oost.ip_ranges.exists()
    messages = [str(error) for error in result.errors]
    assert messages == [
        "Regel 3: 131.212.4.7/16 is geen netwerkadres; bedoelt u 131.212.0.0/16?",
        "Regel 4: 192.0.2.128/25 is een privé-, loopback- of documentatiebereik en geeft op internet niemand toegang.",
        "Regel 5: 131.211.8.0/23 overlapt met 131.211.0.0/16 op regel 2.",
        "Regel 7: 10.1.0.0/16 is een privé-, loopback- of documentatiebereik en geeft op internet niemand toegang.",
        "Regel 8: campus is geen geldig IP-bereik. Schrijf het als 192.0.2.0/24, 2001:db8::/32 of 192.0.2.10-192.0.2.99.",
    ]


def test_overlap_with_another_institution_names_it(settings: Any, institution: Institution, oost: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True  # Rijnland's ranges are documentation ranges
    result = import_ranges(oost, csv_file("bereik\n131.211.0.0/16\n::ffff:192.0.2.0/120\n2001:db8:1:2::/64\n"))
    assert [str(error) for error in result.errors] == [
        "Regel 3: ::ffff:192.0.2.0/120 overlapt met 192.0.2.0/24 van Hogeschool Rijnland.",
        "Regel 4: 2001:db8:1:2::/64 overlapt met 2001:db8:1::/48 van Hogeschool Rijnland.",
    ]
    assert not oost.ip_ranges.exists()


def test_a_range_twice_in_the_file_is_an_overlap(oost: Institution) -> None:
    result = import_ranges(oost, csv_file("range\n131.211.0.0/16\n145.107.0.0/16\n131.211.0.0 /16\n"))
    assert [str(error) for error in result.errors] == [
        "Regel 4: 131.211.0.0/16 overlapt met 131.211.0.0/16 op regel 2."
    ]


def test_a_note_that_is_too_long_is_named(oost: Institution) -> None:
    result = import_ranges(oost, csv_file(f"range,note\n131.211.0.0/16,{'x' * 201}\n"))
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith("Regel 2: notitie: ")


def test_replace_swaps_the_institution_ranges_in_one_go(settings: Any, institution: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    text = "range,note\n192.0.2.0/25,kleiner dan eerst\n198.51.100.0/24,nieuw\n"
    without = import_ranges(institution, csv_file(text))
    assert [str(error) for error in without.errors] == [
        "Regel 2: 192.0.2.0/25 overlapt met 192.0.2.0/24 van Hogeschool Rijnland."
    ]
    result = import_ranges(institution, csv_file(text), replace=True)
    assert result.ok, result.errors
    assert (result.created, result.replaced) == (2, 2)
    assert stored(institution) == [("192.0.2.0/25", "kleiner dan eerst"), ("198.51.100.0/24", "nieuw")]


def test_replace_that_fails_keeps_the_old_ranges(settings: Any, institution: Institution) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    result = import_ranges(institution, csv_file("range\n198.51.100.0/24\nniet-goed\n"), replace=True)
    assert not result.ok
    assert (result.created, result.replaced) == (0, 0)
    assert stored(institution) == [("192.0.2.0/24", ""), ("2001:db8:1::/48", "")]


def test_replace_still_refuses_other_institutions_ranges(
    settings: Any, institution: Institution, oost: Institution
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    IPRange.objects.create(institution=oost, text="131.211.0.0/16")
    result = import_ranges(oost, csv_file("range\n192.0.2.0/24\n"), replace=True)
    assert [str(error) for error in result.errors] == [
        "Regel 2: 192.0.2.0/24 overlapt met 192.0.2.0/24 van Hogeschool Rijnland."
    ]
    assert stored(oost) == [("131.211.0.0/16", "")]


def test_excel_file_with_bom_semicolons_and_dutch_headers(oost: Institution) -> None:
    text = "\ufeffBereik;Notitie\r\n131.211.0.0/16;Gebouw A, vleugel 2\r\n2001:610:108::/48;\r\n"
    result = import_ranges(oost, csv_file(text))
    assert result.ok, result.errors
    assert stored(oost) == [("131.211.0.0/16", "Gebouw A, vleugel 2"), ("2001:610:108::/48", "")]


def test_excel_sep_line_names_the_delimiter(oost: Institution) -> None:
    result = import_ranges(oost, csv_file("sep=;\nnotitie;bereik\nhoofdgebouw;131.211.0.0/16\nx;kapot\n"))
    assert [str(error) for error in result.errors] == [
        "Regel 4: kapot is geen geldig IP-bereik. Schrijf het als 192.0.2.0/24, 2001:db8::/32 of 192.0.2.10-192.0.2.99."
    ]


def test_text_file_objects_work_too(oost: Institution) -> None:
    assert import_ranges(oost, io.StringIO("range\n131.211.0.0/16\n")).created == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "Het bestand is leeg."),
        (b"range,note\n", "geen IP-bereiken, alleen een kopregel"),
        (
            b"adres,note\n131.211.0.0/16,x\n",
            "Regel 1: De kopregel mist de kolom 'range' (of 'bereik'). Gevonden: 'adres', 'note'.",
        ),
        ("range,note\n131.211.0.0/16,café\n".encode("latin-1"), "Regel 2: Dit is geen UTF-8-tekst."),
        (b"PK\x03\x04\x00\x00range", "binair bestand"),
    ],
    ids=["empty", "header-only", "no-range-column", "latin-1", "binary"],
)
def test_unreadable_files_get_a_clear_error(oost: Institution, content: bytes, words: str) -> None:
    result = import_ranges(oost, io.BytesIO(content))
    assert not result.ok
    assert words in str(result.errors[0])
    assert not oost.ip_ranges.exists()


def test_files_over_the_limit_are_refused_before_reading(oost: Institution) -> None:
    result = import_ranges(oost, csv_file(GOOD), max_bytes=20)
    assert [str(error) for error in result.errors] == [
        "Het bestand is groter dan 20\xa0bytes. Splits het op in kleinere bestanden."
    ]


def test_import_makes_the_address_index_rebuild(oost: Institution, django_capture_on_commit_callbacks: Any) -> None:
    address = ipaddress.ip_address("131.211.4.7")
    assert institutions_at(address) == ()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert import_ranges(oost, csv_file(GOOD)).ok
    assert callbacks, "bulk_create sends no signals: the import must bump the access generation itself"
    assert institutions_at(address) == ((oost.pk, "Universiteit Oost"),)


def test_overlaps_within_pairs_each_later_row_with_an_earlier_one() -> None:
    entries = [
        Entry(str(n), parse_range(text))
        for n, text in enumerate(["131.211.0.0/16", "145.107.0.0/16", "131.211.4.0/24", "145.106.255.255-145.107.0.0"])
    ]
    assert [(later.label, earlier.label) for later, earlier in overlaps_within(entries)] == [("2", "0"), ("3", "1")]
    assert overlaps_within([]) == []


# The management command


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bereiken.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_command_imports_and_summarises(tmp_path: Path, oost: Institution) -> None:
    out = io.StringIO()
    call_command("import_ip_ranges", str(oost.pk), str(write(tmp_path, GOOD)), stdout=out)
    output = out.getvalue()
    assert "IP-bereiken van Universiteit Oost importeren uit" in output
    assert "3 IP-bereiken geïmporteerd voor Universiteit Oost in" in output
    assert len(stored(oost)) == 3


def test_command_finds_the_institution_by_ror_and_replaces(
    settings: Any, tmp_path: Path, institution: Institution
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    out = io.StringIO()
    path = write(tmp_path, "range\n198.51.100.0/24\n")
    call_command("import_ip_ranges", "https://ror.org/04dkp9463", str(path), "--replace", stdout=out)
    assert "1 IP-bereik geïmporteerd voor Hogeschool Rijnland" in out.getvalue()
    assert "2 bestaande bereiken vervangen." in out.getvalue()
    assert stored(institution) == [("198.51.100.0/24", "")]


def test_command_reports_progress_on_big_files(tmp_path: Path, oost: Institution) -> None:
    rows = "\n".join(f"20.{n // 256}.{n % 256}.0/24" for n in range(2500))
    out = io.StringIO()
    call_command("import_ip_ranges", str(oost.pk), str(write(tmp_path, f"range\n{rows}\n")), stdout=out)
    output = out.getvalue()
    assert "1000 regels gecontroleerd" in output and "2000 regels gecontroleerd" in output
    assert "2500 IP-bereiken geïmporteerd" in output
    assert oost.ip_ranges.count() == 2500


def test_command_prints_every_error_and_fails(tmp_path: Path, oost: Institution) -> None:
    out, err = io.StringIO(), io.StringIO()
    path = write(tmp_path, "range\n131.211.0.0/16\nkapot\n10.0.0.0/8\n")
    with pytest.raises(CommandError, match=r"Niets geïmporteerd: 2 fouten gevonden\."):
        call_command("import_ip_ranges", str(oost.pk), str(path), stdout=out, stderr=err)
    assert "Regel 3: kapot is geen geldig IP-bereik" in err.getvalue()
    assert "Regel 4: 10.0.0.0/8 is een privé-" in err.getvalue()
    assert not oost.ip_ranges.exists()


@pytest.mark.parametrize("identifier", ["999999", "04dkp9464", "Rijnland"])
def test_command_refuses_an_unknown_institution(tmp_path: Path, oost: Institution, identifier: str) -> None:
    with pytest.raises(CommandError, match="Geen instelling met id of ROR-id"):
        call_command("import_ip_ranges", identifier, str(write(tmp_path, GOOD)))


def test_command_refuses_a_missing_file(tmp_path: Path, oost: Institution) -> None:
    with pytest.raises(CommandError, match=r"Kan .* niet openen"):
        call_command("import_ip_ranges", str(oost.pk), str(tmp_path / "bestaat-niet.csv"))


# The back office


@pytest.fixture
def superuser(db: None) -> User:
    return factories.make_user("femke@uitgeverij.example.org", is_staff=True, is_superuser=True)


def import_url(institution: Institution) -> str:
    return reverse("admin:access_institution_import_ranges", args=[institution.pk])


def upload(content: bytes, name: str = "bereiken.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_institution_page_has_the_import_button(client: Client, superuser: User, oost: Institution) -> None:
    page = login(client, superuser).get(admin_url(Institution, "change", oost.pk)).content.decode()
    assert f'href="{import_url(oost)}"' in page
    assert "IP-bereiken importeren (CSV)" in page


def test_admin_import_saves_and_goes_back_to_the_institution(
    client: Client, superuser: User, oost: Institution
) -> None:
    login(client, superuser)
    assert client.get(import_url(oost)).status_code == 200
    response = client.post(import_url(oost), {"file": upload(GOOD.encode())}, follow=True)
    assert response.redirect_chain[-1][0] == admin_url(Institution, "change", oost.pk)
    assert "3 IP-bereiken geïmporteerd." in response.content.decode()
    assert len(stored(oost)) == 3


def test_admin_import_with_errors_lists_them_and_saves_nothing(
    client: Client, superuser: User, oost: Institution
) -> None:
    login(client, superuser)
    response = client.post(import_url(oost), {"file": upload(b"range\n131.211.0.0/16\nkapot\n")})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Er is niets geïmporteerd: het bestand bevat 1 fout." in page
    assert "Regel 3: kapot is geen geldig IP-bereik." in page
    assert not oost.ip_ranges.exists()


def test_admin_import_replace_checkbox(
    client: Client, superuser: User, settings: Any, institution: Institution
) -> None:
    settings.INSTITUTION_SPECIAL_RANGES_ALLOWED = True
    login(client, superuser)
    response = client.post(
        import_url(institution), {"file": upload(b"range\n192.0.2.0/25\n"), "replace": "on"}, follow=True
    )
    assert "1 IP-bereik geïmporteerd. 2 bestaande bereiken vervangen." in response.content.decode()
    assert stored(institution) == [("192.0.2.0/25", "")]


def test_admin_import_of_a_badly_encoded_file_is_an_error_not_a_crash(
    client: Client, superuser: User, oost: Institution
) -> None:
    login(client, superuser)
    response = client.post(import_url(oost), {"file": upload("range,note\n131.211.0.0/16,café\n".encode("cp1252"))})
    assert response.status_code == 200
    assert "Dit is geen UTF-8-tekst." in response.content.decode()


def test_admin_import_refuses_a_file_over_the_limit(
    client: Client, superuser: User, oost: Institution, monkeypatch: pytest.MonkeyPatch
) -> None:
    import access.admin

    monkeypatch.setattr(access.admin, "MAX_FILE_BYTES", 10)
    login(client, superuser)
    response = client.post(import_url(oost), {"file": upload(GOOD.encode())})
    assert response.status_code == 200
    assert "Het bestand is groter dan 10\xa0bytes." in response.content.decode()
    assert not oost.ip_ranges.exists()


def test_admin_import_needs_permission_and_an_existing_institution(
    client: Client, editor: User, superuser: User, oost: Institution
) -> None:
    staff_only = factories.make_user("alleen-staf@uitgeverij.example.org", is_staff=True)  # no group, no rights
    login(client, staff_only)
    assert client.get(import_url(oost)).status_code == 403
    login(client, editor)  # the editors may manage institutions
    assert client.get(import_url(oost)).status_code == 200
    login(client, superuser)
    assert client.get(reverse("admin:access_institution_import_ranges", args=[oost.pk + 1000])).status_code == 404
