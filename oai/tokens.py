"""Resumption tokens of OAI-PMH 2.0 that carry their own state: no session is kept on the server.

A token is the verb's arguments (metadataPrefix, from, until, set), the position in the list
(the last ``(datestamp, id)`` returned: keyset pagination), the cursor, the complete list size
and its expiry, signed with ``SECRET_KEY`` (``django.core.signing``): it survives a restart,
and a token that was changed or has expired is refused (``badResumptionToken``).
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass

from django.core import signing

SALT = "oai.resumption-token"
#: How long a harvester may take between two pages.
LIFETIME = datetime.timedelta(hours=24)


class TokenError(Exception):
    """The token is not one of ours, was changed, or has expired."""


@dataclass(frozen=True)
class Position:
    verb: str
    metadata_prefix: str
    from_: str  # ISO datetimes in UTC, "" for none
    until: str
    set_spec: str
    after_datestamp: str  # ISO datetime with microseconds of the last record returned
    after_id: int
    cursor: int  # records returned before the next page
    complete_size: int
    expires: int  # UNIX time


def dump(position: Position) -> str:
    return signing.dumps(asdict(position), salt=SALT, compress=True)


def load(token: str, *, verb: str, now: datetime.datetime) -> Position:
    """The position in ``token``, issued for ``verb``; TokenError when it is not valid now."""
    try:
        data = signing.loads(token, salt=SALT)
        position = Position(**data)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise TokenError("not a resumption token of this repository") from error
    if position.verb != verb:
        raise TokenError("the token belongs to another verb")
    if position.expires <= now.timestamp():
        raise TokenError("the token has expired")
    return position


def expiry(now: datetime.datetime) -> datetime.datetime:
    return (now + LIFETIME).replace(microsecond=0)
