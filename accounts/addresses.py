"""The e-mail addresses an account may have: one that fits in the database and can receive mail.

Django's ``EmailValidator`` has already checked the syntax. On top of it:

* length (RFC 5321, section 4.5.3.1): at most 64 characters before the @, and at most 254 in all
  (a path of 256 with its angle brackets), which is also what ``User.email`` stores. Longer addresses
  used to be cut to 254 characters on the way into the database;
* deliverability on the internet: no address literal (``a@[127.0.0.1]``), no name without a dot
  (``a@localhost``, ``a@intranet``) and no special-use name that never resolves in public DNS:
  ``localhost``, ``test``, ``invalid``, ``example`` (RFC 2606, 6761), ``local`` (RFC 6762), ``onion``
  (RFC 7686), ``home.arpa`` (RFC 8375), ``alt`` (RFC 9476) and ``internal`` (ICANN, 2024).

Not refused: the second-level documentation domains (``example.org``, ``example.com``, ``example.net``),
which the demo and the tests use. Whether a real domain accepts mail (its MX records) is not looked up:
that would make signing up wait for DNS.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 254
MAX_LOCAL_LENGTH = 64
SPECIAL_USE_NAMES = ("localhost", "test", "invalid", "example", "local", "onion", "home.arpa", "alt", "internal")


def _is_special_use(domain: str) -> bool:
    return any(domain == name or domain.endswith(f".{name}") for name in SPECIAL_USE_NAMES)


def address_validate(address: str) -> None:
    """Raise ``ValidationError`` for an address an account cannot have; ``address`` is syntactically valid."""
    local, _at, domain = address.rpartition("@")
    if len(address) > MAX_LENGTH:
        raise ValidationError(
            _("Dit e-mailadres is te lang: een adres heeft hoogstens %(max)d tekens."),
            code="email_too_long",
            params={"max": MAX_LENGTH},
        )
    if len(local) > MAX_LOCAL_LENGTH:
        raise ValidationError(
            _("Dit e-mailadres is te lang: voor de @ staan hoogstens %(max)d tekens."),
            code="email_local_part_too_long",
            params={"max": MAX_LOCAL_LENGTH},
        )
    domain = domain.lower().rstrip(".")
    if domain.startswith("[") or "." not in domain or _is_special_use(domain):
        raise ValidationError(
            _("Dit adres kan geen e-mail ontvangen: %(domain)s is geen domein op internet."),
            code="email_undeliverable",
            params={"domain": domain},
        )
