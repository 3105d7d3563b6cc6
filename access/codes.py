"""Activation codes for print subscribers: the alphabet, the check character, how codes are written.

A code is 12 random characters and one check character, 13 in all, printed in groups of four
(``ABCD-EFGH-JKMN-P``). The alphabet leaves out what is easily misread or misheard: 0/O, 1/I/L and U
(U and V). The check character is Luhn mod N (N = 30, the size of the alphabet), so a reader's
mistyped character is caught before any database query, and so is a swap of two neighbours: Luhn
mod N misses only the swap of the alphabet's first and last characters ("2Z" and "Z2"), and
``new_code`` never writes those two next to each other.

Codes are stored normalised (``normalize_code``): upper case, no spaces, no dashes.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
PAYLOAD_LENGTH = 12
CODE_LENGTH = PAYLOAD_LENGTH + 1
GROUP = 4

_N = len(ALPHABET)
_INDEX = {char: index for index, char in enumerate(ALPHABET)}
# The one adjacent swap Luhn mod N cannot see: the characters worth 0 and N-1 both add 0 when doubled or not.
_BLIND_PAIRS = (ALPHABET[0] + ALPHABET[-1], ALPHABET[-1] + ALPHABET[0])
# Dashes a reader may type or paste (word processors turn "-" into these), besides Unicode's dash punctuation.
_MINUS_SIGNS = frozenset("\u2212\u2796\ufe63\uff0d")


def _luhn_sum(chars: str, *, double_first: bool) -> int:
    """Luhn mod N over ``chars`` from the right, doubling every second value (the rightmost one if asked)."""
    total = 0
    double = double_first
    for char in reversed(chars):
        value = _INDEX[char] * (2 if double else 1)
        total += value // _N + value % _N
        double = not double
    return total


def check_character(payload: str) -> str:
    """The Luhn mod N check character for ``payload`` (characters of ``ALPHABET``)."""
    return ALPHABET[-_luhn_sum(payload, double_first=True) % _N]


def new_code() -> str:
    """A fresh, random, normalised code: 12 characters from ``secrets`` and the check character."""
    while True:
        payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_LENGTH))
        code = payload + check_character(payload)
        if not any(pair in code for pair in _BLIND_PAIRS):
            return code


def normalize_code(raw: str) -> str:
    """A code as typed or pasted, in stored form: upper case, without spaces and dashes of any kind.

    Full-width and other compatibility forms become plain letters and digits (NFKC) first. What is
    left is not checked here: ``check_code`` says whether it is a well-formed code.
    """
    text = unicodedata.normalize("NFKC", raw)
    kept = (
        char
        for char in text
        if not char.isspace() and unicodedata.category(char) not in ("Pd", "Cf") and char not in _MINUS_SIGNS
    )
    return "".join(kept).upper()


def check_code(normalised: str) -> bool:
    """Whether ``normalised`` is a well-formed code: its length, its alphabet and its check character.

    No database query: a code that passes may still be unknown, used or expired.
    """
    if len(normalised) != CODE_LENGTH or any(char not in _INDEX for char in normalised):
        return False
    return _luhn_sum(normalised, double_first=False) % _N == 0


def format_code(normalised: str) -> str:
    """A normalised code as printed and shown: groups of four joined by dashes (``ABCD-EFGH-JKMN-P``)."""
    return "-".join(normalised[start : start + GROUP] for start in range(0, len(normalised), GROUP))
