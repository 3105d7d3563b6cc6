"""Scholarly identifiers: ISSN (ISO 3297), DOI (ISO 26324 syntax) and ORCID iD (ISO 7064 MOD 11-2).

Each ``normalize_*`` function returns the canonical form or raises ``ValidationError``
with a message in the user's language; the model validators call them.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_ISSN = re.compile(r"^(\d{4})-?(\d{3}[\dX])$")
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_ORCID = re.compile(r"^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$")
_DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")
_ORCID_PREFIXES = ("https://orcid.org/", "http://orcid.org/")


def issn_check_digit(first_seven: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first_seven, range(8, 1, -1), strict=True))
    remainder = (11 - total % 11) % 11
    return "X" if remainder == 10 else str(remainder)


def normalize_issn(value: str) -> str:
    match = _ISSN.match(value.strip().upper())
    if not match:
        raise ValidationError(
            _("Een ISSN bestaat uit acht tekens: NNNN-NNNC, bijvoorbeeld 1234-5679."), code="issn_format"
        )
    digits = match.group(1) + match.group(2)
    if issn_check_digit(digits[:7]) != digits[7]:
        raise ValidationError(
            _("Het controlecijfer van ISSN %(value)s klopt niet."), code="issn_check", params={"value": value}
        )
    return f"{digits[:4]}-{digits[4:]}"


def normalize_doi(value: str) -> str:
    doi = value.strip()
    for prefix in _DOI_PREFIXES:
        if doi.lower().startswith(prefix):
            doi = doi[len(prefix) :]
            break
    if not _DOI.match(doi):
        raise ValidationError(
            _(
                "Een DOI begint met 10., een prefix van vier tot negen cijfers, een schuine streep en een suffix, "
                "bijvoorbeeld 10.1234/abc.2024.3."
            ),
            code="doi_format",
        )
    return doi


def orcid_check_digit(base_digits: str) -> str:
    total = 0
    for digit in base_digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def normalize_orcid(value: str) -> str:
    orcid = value.strip().upper()
    for prefix in _ORCID_PREFIXES:
        if orcid.lower().startswith(prefix):
            orcid = orcid[len(prefix) :]
            break
    match = _ORCID.match(orcid)
    if not match:
        raise ValidationError(
            _("Een ORCID iD bestaat uit vier groepen van vier tekens, bijvoorbeeld 0000-0002-1825-0097."),
            code="orcid_format",
        )
    digits = "".join(match.groups())
    if orcid_check_digit(digits[:15]) != digits[15]:
        raise ValidationError(
            _("Het controlecijfer van ORCID iD %(value)s klopt niet."), code="orcid_check", params={"value": value}
        )
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def validate_issn(value: str) -> None:
    normalize_issn(value)


def validate_doi(value: str) -> None:
    normalize_doi(value)


def validate_orcid(value: str) -> None:
    normalize_orcid(value)


#: The names an article's file may have (``ArticleFile.name``): also what JATS links and file URLs accept.
FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def validate_file_name(value: str) -> None:
    if not FILE_NAME.fullmatch(value):
        raise ValidationError(
            _("Alleen letters, cijfers, punt, streepje en liggend streepje; begin met een letter of cijfer."),
            code="invalid",
        )
