"""Scholarly identifiers are real: ISSN check digits, DOI syntax, ORCID checksums, on their own and on the models."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from journals.identifiers import (
    issn_check_digit,
    normalize_doi,
    normalize_issn,
    normalize_orcid,
    orcid_check_digit,
    validate_doi,
    validate_issn,
    validate_orcid,
)
from journals.models import Article, Author, Issue, Journal, Publisher
from tests import factories

# --- ISSN -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "canonical"),
    [
        ("0378-5955", "0378-5955"),  # Hearing Research
        ("2434-561X", "2434-561X"),  # check digit X
        ("2434-561x", "2434-561X"),  # lower-case x
        ("03785955", "0378-5955"),  # without hyphen
        (" 0317-8471 ", "0317-8471"),
    ],
)
def test_valid_issn_is_normalised(value: str, canonical: str) -> None:
    assert normalize_issn(value) == canonical
    validate_issn(value)


def test_issn_check_digit() -> None:
    assert issn_check_digit("0378595") == "5"
    assert issn_check_digit("2434561") == "X"
    assert issn_check_digit("0000000") == "0"


@pytest.mark.parametrize("value", ["0378-5954", "0378-5956", "2434-5610", "2434-5619", "1234-5678"])
def test_issn_with_a_wrong_check_digit_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_issn(value)
    assert caught.value.code == "issn_check"


@pytest.mark.parametrize(
    "value", ["", "0378-595", "0378-59555", "0378_5955", "O378-5955", "X378-5955", "0378-59X5", "ISSN 0378-5955"]
)
def test_issn_in_a_wrong_format_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_issn(value)
    assert caught.value.code == "issn_format"


# --- DOI ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "canonical"),
    [
        ("10.1000/182", "10.1000/182"),
        ("10.12345/ok.2024.3.1", "10.12345/ok.2024.3.1"),
        ("https://doi.org/10.1016/j.heares.2020.108001", "10.1016/j.heares.2020.108001"),
        ("http://dx.doi.org/10.1000/182", "10.1000/182"),
        ("HTTPS://DOI.ORG/10.1000/182", "10.1000/182"),
        ("doi:10.1000/182", "10.1000/182"),
        ("  10.1000/182  ", "10.1000/182"),
        ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", None),
    ],
)
def test_valid_doi_is_normalised(value: str, canonical: str | None) -> None:
    assert normalize_doi(value) == (canonical or value)
    validate_doi(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "10.1000",
        "10.1000/",
        "11.1000/182",
        "10.100/182",
        "10.1234567890/x",
        "10.1000/met spatie",
        "doi.org/10.1000/182",
        "https://example.org/10.1000/182",
        "1O.1000/182",
    ],
)
def test_invalid_doi_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_doi(value)
    assert caught.value.code == "doi_format"


# --- ORCID ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "canonical"),
    [
        ("0000-0002-1825-0097", "0000-0002-1825-0097"),  # Josiah Carberry
        ("0000-0002-1694-233X", "0000-0002-1694-233X"),  # check character X
        ("0000-0002-1694-233x", "0000-0002-1694-233X"),
        ("0000000218250097", "0000-0002-1825-0097"),
        ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
        ("http://orcid.org/0000-0002-1694-233X", "0000-0002-1694-233X"),
        (" https://orcid.org/0000-0002-1825-0097 ", "0000-0002-1825-0097"),
    ],
)
def test_valid_orcid_is_normalised(value: str, canonical: str) -> None:
    assert normalize_orcid(value) == canonical
    validate_orcid(value)


def test_orcid_check_digit() -> None:
    assert orcid_check_digit("000000021825009") == "7"
    assert orcid_check_digit("000000021694233") == "X"


@pytest.mark.parametrize(
    "value", ["0000-0002-1825-0098", "0000-0002-1825-0090", "0000-0002-1694-2330", "0000-0002-1825-009X"]
)
def test_orcid_with_a_wrong_checksum_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_orcid(value)
    assert caught.value.code == "orcid_check"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "0000-0002-1825",
        "0000-0002-1825-00977",
        "0000-0002-182X-0097",
        "https://example.org/0000-0002-1825-0097",
        "orcid.org/0000-0002-1825-0097",
    ],
)
def test_orcid_in_a_wrong_format_is_refused(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_orcid(value)
    assert caught.value.code == "orcid_format"


# --- On the models ------------------------------------------------------------------------------------------


@pytest.fixture
def a_publisher(db: None) -> Publisher:
    return factories.make_publisher()


def _journal(publisher: Publisher, **fields: str) -> Journal:
    return Journal(
        publisher=publisher, title="Ouderschapskennis", slug="ouderschapskennis", description="Over opvoeden.", **fields
    )


@pytest.mark.parametrize(
    ("field", "value"), [("issn_print", "0378-5954"), ("issn_online", "2434-561"), ("issn_online", "abcd-efgh")]
)
def test_journal_with_a_bad_issn_does_not_validate(a_publisher: Publisher, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _journal(a_publisher, **{field: value}).full_clean()
    assert field in caught.value.message_dict


def test_journal_issn_is_stored_in_its_canonical_form(a_publisher: Publisher) -> None:
    journal = _journal(a_publisher, issn_print="03785955", issn_online="2434-561x")
    journal.full_clean()
    assert (journal.issn_print, journal.issn_online) == ("0378-5955", "2434-561X")


def test_author_with_a_bad_orcid_does_not_validate(db: None) -> None:
    with pytest.raises(ValidationError) as caught:
        Author(given_names="Josiah", surname="Carberry", orcid="0000-0002-1825-0098").full_clean()
    assert "orcid" in caught.value.message_dict


def test_author_orcid_is_stored_in_its_canonical_form(db: None) -> None:
    author = Author(given_names="Josiah", surname="Carberry", orcid="0000000218250097")
    author.full_clean()
    assert author.orcid == "0000-0002-1825-0097"
    assert author.orcid_url == "https://orcid.org/0000-0002-1825-0097"


@pytest.fixture
def an_issue(a_publisher: Publisher) -> Issue:
    return factories.make_issue(factories.make_journal(a_publisher), year=2024, number="3")


@pytest.mark.parametrize("doi", ["11.1234/abc", "10.12/abc", "https://doi.org/", "geen doi"])
def test_article_with_a_bad_doi_does_not_validate(an_issue: Issue, doi: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Article(issue=an_issue, title="Een artikel", slug="een-artikel", doi=doi).full_clean()
    assert "doi" in caught.value.message_dict


def test_article_doi_given_as_a_link_is_stored_as_the_bare_doi(an_issue: Issue) -> None:
    article = Article(
        issue=an_issue, title="Een artikel", slug="een-artikel", doi="https://doi.org/10.12345/ok.2024.3.1"
    )
    article.full_clean()
    assert article.doi == "10.12345/ok.2024.3.1"
    assert article.doi_url == "https://doi.org/10.12345/ok.2024.3.1"
