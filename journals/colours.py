"""Journal accent colours: parsing and the WCAG 2.2 contrast check made when an editor saves one.

The accent is used as text and link colour on the page background and as the background of
buttons and the journal bar with white text on it, so it must reach 4.5:1 against white (WCAG AA
for normal text, success criterion 1.4.3). Dark text on the accent is never used.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

#: The site's own accent, for journals that set none.
DEFAULT_ACCENT = "#1d4f73"
WHITE = "#ffffff"
#: WCAG AA for normal-size text.
MINIMUM_CONTRAST = 4.5

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def parse_hex(value: str) -> tuple[int, int, int]:
    if not _HEX.match(value):
        raise ValueError(value)
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def relative_luminance(value: str) -> float:
    """WCAG 2.2's relative luminance of an sRGB colour written as #rrggbb."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in parse_hex(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(colour: str, other: str, share: float) -> str:
    """``colour`` with ``share`` (0 to 1) of ``other`` mixed in: tints for backgrounds and borders."""
    first, second = parse_hex(colour), parse_hex(other)
    channels = (round(a * (1 - share) + b * share) for a, b in zip(first, second, strict=True))
    return "#" + "".join(f"{c:02x}" for c in channels)


def validate_accent(value: str) -> None:
    if not _HEX.match(value or ""):
        raise ValidationError(_("Geef een kleur als #rrggbb, bijvoorbeeld #1d4f73."), code="invalid")
    ratio = contrast_ratio(value, WHITE)
    if ratio < MINIMUM_CONTRAST:
        raise ValidationError(
            _(
                "Deze kleur heeft een contrast van %(ratio).1f:1 met wit; WCAG AA vraagt minstens 4,5:1. "
                "Kies een donkerdere tint."
            ),
            code="low_contrast",
            params={"ratio": ratio},
        )
