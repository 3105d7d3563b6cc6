"""Research Organization Registry identifiers: ``0`` + six Crockford base-32 characters + two check digits.

The check digits are ISO 7064 MOD 97-10 over the number the first seven characters encode.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford: no i, l, o, u
_ROR = re.compile(r"^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$")


def ror_checksum(prefix: str) -> str:
    number = 0
    for char in prefix:
        number = number * 32 + _ALPHABET.index(char)
    return f"{98 - (number * 100) % 97:02d}"


def normalize_ror(value: str) -> str:
    """``https://ror.org/04DKP9463`` or ``04dkp9463`` → ``04dkp9463``; a ValidationError when it is no ROR id."""
    text = value.strip().lower()
    for prefix in ("https://ror.org/", "http://ror.org/", "ror.org/"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    text = text.strip("/")
    if not _ROR.match(text):
        raise ValidationError(
            _("%(value)s is geen ROR-id: een 0, zes tekens en twee cijfers, zoals 04dkp9463."),
            code="ror_format",
            params={"value": value.strip()},
        )
    if ror_checksum(text[:7]) != text[7:]:
        raise ValidationError(
            _("Het controlegetal van ROR-id %(value)s klopt niet: controleer het op een typefout."),
            code="ror_checksum",
            params={"value": value.strip()},
        )
    return text
