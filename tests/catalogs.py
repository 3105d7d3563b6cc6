"""Reading gettext catalogs in tests: third-party msgids, and which of them a Dutch catalog translates."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import django

DJANGO = Path(django.__file__).parent
#: Django's catalogs of the apps the site uses: (folder holding locale/, domain).
DJANGO_CATALOGS = [
    (DJANGO / "conf", "django"),
    (DJANGO / "contrib" / "admin", "django"),
    (DJANGO / "contrib" / "admin", "djangojs"),
    (DJANGO / "contrib" / "auth", "django"),
    (DJANGO / "contrib" / "contenttypes", "django"),
    (DJANGO / "contrib" / "sessions", "django"),
]


def po_msgids(po: Path) -> set[tuple[str | None, str]]:
    """The (msgctxt, msgid) pairs of a .po file, obsolete entries left out; no library needed."""
    found: set[tuple[str | None, str]] = set()
    context: str | None = None
    msgid: list[str] | None = None
    field = ""

    def finish() -> None:
        if msgid is not None and "".join(msgid):
            found.add((context, "".join(msgid)))

    for line in po.read_text(encoding="utf-8").splitlines():
        if line.startswith("msgctxt "):
            finish()
            context, msgid, field = ast.literal_eval(line[8:]), None, "msgctxt"
        elif line.startswith("msgid "):
            if field != "msgctxt":
                finish()
                context = None
            msgid, field = [ast.literal_eval(line[6:])], "msgid"
        elif line.startswith('"') and field == "msgid" and msgid is not None:
            msgid.append(ast.literal_eval(line))
        elif line.startswith('"') and field == "msgctxt":
            context = (context or "") + ast.literal_eval(line)
        elif not line.startswith('"'):
            field = ""  # msgid_plural, msgstr, a comment or a blank line ends the msgid
    finish()
    return found


def mo_catalog(mo: Path) -> dict[object, str]:
    with mo.open("rb") as handle:
        return gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]


def translated_keys(mo: Path) -> set[tuple[str | None, str]]:
    """The (msgctxt, msgid) pairs a compiled catalog translates (plural entries by their singular)."""
    keys: set[tuple[str | None, str]] = set()
    for key in mo_catalog(mo):
        msgid = str(key[0] if isinstance(key, tuple) else key)
        if not msgid:
            continue
        context, _sep, bare = msgid.rpartition("\x04")
        keys.add((context or None, bare))
    return keys
