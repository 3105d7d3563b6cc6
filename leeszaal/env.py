"""Typed settings from the environment.

Every reader takes the variable's name and a safe default; a malformed value
fails loudly at start-up instead of silently turning into something else
(``bool("False")`` is ``True``; ``env_bool("X")`` is not).
"""

from __future__ import annotations

import os
from email.headerregistry import Address
from email.utils import getaddresses

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {raw!r}")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_addresses(name: str) -> list[str]:
    """E-mail addresses separated by commas, each bare or with a name: ``Naam <a@example.nl>, b@example.nl``.

    A name that holds a comma goes in double quotes (``"Jansen, Piet" <p@example.nl>``). Anything that is
    not such a list, an empty item included, stops the start.
    """
    raw = os.environ.get(name, "")
    if not raw.strip():
        return []
    addresses = []
    for display, address in getaddresses([raw]):
        try:
            validate_email(address)
        except ValidationError:
            raise ImproperlyConfigured(
                f"{name} must be e-mail addresses separated by commas (Naam <adres>, ...), not {raw!r}"
            ) from None
        addresses.append(str(Address(display_name=display, addr_spec=address)))
    return addresses
