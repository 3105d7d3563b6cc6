"""Parsing XML from outside without letting it reach anything: the one way ``jats`` reads a document.

Hostile XML is refused before a single element is read. A first pass over the prolog (the bytes
before the root element) refuses a DOCTYPE whose internal subset declares entities (``<!ENTITY``,
which is what every entity expansion bomb and every external entity needs) or refers to parameter
entities (``%name;``); a DOCTYPE with only a public and/or system identifier, as real JATS files
carry, is allowed, and never loaded. Only then does lxml parse, with entity substitution, DTD loading
and network access off and libxml2's own limits on (no ``huge_tree``: at most 256 levels of nesting,
text nodes of at most 10 MB). A document larger than ``settings.JATS_MAX_BYTES`` is refused unread.

A named entity reference that survives (``&nbsp;`` in a file whose DTD would have declared it) is
replaced by its character when HTML5 knows the name (a fixed table, no expansion) and refused
otherwise, so text is never silently dropped.
"""

from __future__ import annotations

import html.entities
import re
import threading

from django.conf import settings
from django.utils.translation import gettext as _
from lxml import etree

__all__ = ["XMLRefused", "parse"]

#: How far into a document the prolog (XML declaration, comments, DOCTYPE) may reach.
PROLOG_MAX_CHARS = 64 * 1024


class XMLRefused(Exception):
    """The document was not read: hostile, too large or not well-formed XML. ``message`` is Dutch."""

    def __init__(self, message: str, line: int | None = None, *, source: str = "") -> None:
        self.message = str(message)
        self.line = line
        self.source = source
        super().__init__(self.message if line is None else f"{self.message} ({_('regel')} {line})")


_parsers = threading.local()


def _parser() -> etree.XMLParser:
    # An lxml parser must not be shared between threads; one per thread is reused.
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = _parsers.parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            attribute_defaults=False,
            huge_tree=False,
            remove_blank_text=False,
        )
    return parser


def parse(data: bytes, *, source: str = "") -> etree._Element:
    """The root element of ``data``, or ``XMLRefused`` with a Dutch message (and the line, where known)."""
    limit: int = settings.JATS_MAX_BYTES
    if len(data) > limit:
        raise XMLRefused(
            _("Het XML-bestand is te groot: %(size)s MB, de grens is %(limit)s MB.")
            % {"size": _megabytes(len(data)), "limit": _megabytes(limit)},
            source=source,
        )
    if not data.strip():
        raise XMLRefused(_("Het XML-bestand is leeg."), source=source)
    _check_prolog(_prolog_text(data), source)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise _syntax_refusal(error, source) from None
    if root is None:  # pragma: no cover - lxml raises for a document without a root
        raise XMLRefused(_("Het XML-bestand heeft geen hoofdelement."), source=source)
    _check_parsed(root, source)
    return root


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


# The prolog ---------------------------------------------------------------------------------------


def _prolog_text(data: bytes) -> str:
    """The start of the document as text, enough to read its prolog whatever its encoding."""
    head = data[: PROLOG_MAX_CHARS * 4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", errors="replace")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", errors="replace")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    # Every other encoding XML allows here is ASCII-compatible in its markup characters: one byte, one char.
    return head.decode("latin-1")


_NAME = re.compile(r"[^\s\[>]+")


def _skip(text: str, position: int) -> int:
    """The position of the first non-space character from ``position``."""
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _check_prolog(text: str, source: str) -> None:
    """Refuse a DOCTYPE that declares entities or uses parameter entities; read nothing beyond the prolog."""
    position = _skip(text, 0)
    while position < len(text):
        if text.startswith("<?", position):
            end = text.find("?>", position + 2)
            position = _after(text, end, 2, source)
        elif text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            position = _after(text, end, 3, source)
        elif text.startswith("<!DOCTYPE", position):
            position = _check_doctype(text, position, source)
        else:
            return  # the root element (or something lxml will refuse as not XML)
        position = _skip(text, position)
    if len(text) >= PROLOG_MAX_CHARS:
        raise XMLRefused(_("De aanhef van het XML-bestand (vóór het hoofdelement) is te lang."), source=source)


def _after(text: str, end: int, length: int, source: str) -> int:
    if end < 0:
        if len(text) >= PROLOG_MAX_CHARS:
            raise XMLRefused(_("De aanhef van het XML-bestand (vóór het hoofdelement) is te lang."), source=source)
        raise XMLRefused(_("Het XML-bestand houdt midden in de aanhef op."), source=source)
    return end + length


def _quoted(text: str, position: int, start: int, source: str) -> int:
    """The position after the quoted literal at ``position``."""
    quote = text[position : position + 1]
    if quote not in ("'", '"'):
        raise XMLRefused(_("De DOCTYPE-declaratie is onleesbaar."), _line(text, start), source=source)
    end = text.find(quote, position + 1)
    return _after(text, end, 1, source)


def _check_doctype(text: str, start: int, source: str) -> int:
    position = _skip(text, start + len("<!DOCTYPE"))
    name = _NAME.match(text, position)
    if name is None:
        raise XMLRefused(_("De DOCTYPE-declaratie is onleesbaar."), _line(text, start), source=source)
    position = _skip(text, name.end())
    # The external identifier: PUBLIC "public id" "system id" or SYSTEM "system id". Allowed, never loaded.
    for keyword, literals in (("PUBLIC", 2), ("SYSTEM", 1)):
        if text.startswith(keyword, position):
            position += len(keyword)
            for index in range(literals):
                position = _skip(text, position)
                if index == 1 and text[position : position + 1] not in ("'", '"'):
                    break  # a PUBLIC id without a system id (SGML style); lxml decides
                position = _quoted(text, position, start, source)
            position = _skip(text, position)
            break
    if text.startswith("[", position):
        position = _check_internal_subset(text, position + 1, source)
        position = _skip(text, position)
    if not text.startswith(">", position):
        if position >= len(text):
            _after(text, -1, 0, source)
        raise XMLRefused(_("De DOCTYPE-declaratie is onleesbaar."), _line(text, start), source=source)
    return position + 1


def _check_internal_subset(text: str, position: int, source: str) -> int:
    """Walk the internal subset up to its ``]``: refuse entity declarations and parameter entity references."""
    while position < len(text):
        char = text[position]
        if char == "]":
            return position + 1
        if text.startswith("<!--", position):
            position = _after(text, text.find("-->", position + 4), 3, source)
        elif text.startswith("<?", position):
            position = _after(text, text.find("?>", position + 2), 2, source)
        elif text.startswith("<!ENTITY", position):
            raise XMLRefused(
                _(
                    "Het XML-bestand declareert eigen entiteiten (<!ENTITY) in zijn DOCTYPE. "
                    "Dat wordt om veiligheidsredenen geweigerd; gebruik tekens of numerieke verwijzingen (&#233;)."
                ),
                _line(text, position),
                source=source,
            )
        elif char == "%":
            raise XMLRefused(
                _("Het XML-bestand gebruikt parameter-entiteiten in zijn DOCTYPE; dat wordt geweigerd."),
                _line(text, position),
                source=source,
            )
        elif char in ("'", '"'):
            position = _quoted(text, position, position, source)
        else:
            position += 1
    return _after(text, -1, 0, source)


# After parsing ------------------------------------------------------------------------------------

_HTML5 = html.entities.html5


def _check_parsed(root: etree._Element, source: str) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _entity in dtd.iterentities()):
        # The prolog check refuses these first; this is a second lock on the same door.
        raise XMLRefused(_("Het XML-bestand declareert eigen entiteiten; dat wordt geweigerd."), source=source)
    entities = list(root.iter(etree.Entity))
    for entity in entities:
        character = _HTML5.get(f"{entity.name};")
        if character is None:
            raise XMLRefused(
                _("Onbekende entiteit &%(name)s; (die zou uit een DTD moeten komen, en DTD's worden niet geladen).")
                % {"name": entity.name},
                entity.sourceline,
                source=source,
            )
        _replace_with_text(entity, character)


def _replace_with_text(node: etree._Entity, text: str) -> None:
    parent = node.getparent()
    if parent is None:  # pragma: no cover - an entity reference always sits in an element
        return
    text += node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(node)


def _syntax_refusal(error: etree.XMLSyntaxError, source: str) -> XMLRefused:
    detail = str(error.msg or error).split(", line ")[0]
    line = error.lineno or None
    if "Excessive depth" in detail:
        return XMLRefused(_("Het XML-bestand is te diep genest (meer dan 256 niveaus)."), line, source=source)
    if "Detected an entity reference loop" in detail or "amplification" in detail:
        return XMLRefused(_("Het XML-bestand bevat een entiteitenbom; het is geweigerd."), line, source=source)
    if "not defined" in detail and detail.startswith("Entity"):
        name = detail.split("'")[1] if detail.count("'") >= 2 else "?"
        return XMLRefused(
            _("Entiteit &%(name)s; is niet gedefinieerd; gebruik het teken zelf of een numerieke verwijzing.")
            % {"name": name},
            line,
            source=source,
        )
    return XMLRefused(_("Geen goedgevormde XML: %(detail)s") % {"detail": detail}, line, source=source)
