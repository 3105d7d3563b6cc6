"""Sanitising article HTML: only the structural and inline tags a scholarly text needs survive.

Article HTML (a body, an abstract, a title, a citation) is sanitised once, when it is stored: the
``save()`` of ``Article`` and ``Reference`` call ``sanitize_html``, and so must any other path that
writes such a field (a bulk load sanitises its rows itself). Pages then print it as it is. The
allow-list keeps what ``jats.render`` writes (its output passes through unchanged, which the tests
hold it to): ids for anchors, the classes of its vocabulary, figures, tables, footnotes, MathML.

Never kept: script, style, event handlers, forms, frames, SVG, ``javascript:`` and other schemes than
http, https and mailto, and protocol-relative addresses (``//elsewhere.example/pixel.gif``) that would
fetch from another site. Relative addresses (``bestanden/fig1.png``, ``#ref-3``) stay.
"""

from __future__ import annotations

import html
import re

import nh3


def _words(names: str) -> frozenset[str]:
    return frozenset(names.split())


#: The MathML elements and attributes ``jats.render`` passes through (presentation markup).
MATH_TAGS = _words(
    "math maction maligngroup malignmark menclose merror mfenced mfrac mi mlabeledtr mmultiscripts mn "
    "mo mover mpadded mphantom mprescripts mroot mrow ms mspace msqrt mstyle msub msubsup msup mtable "
    "mtd mtext mtr munder munderover none semantics annotation"
)
MATH_ATTRIBUTES = _words(
    "accent accentunder actiontype align alttext bevelled close columnalign columnlines columnspacing "
    "columnspan denomalign depth dir display displaystyle encoding equalcolumns equalrows fence form "
    "frame framespacing height largeop linebreak linethickness lspace mathsize mathvariant maxsize "
    "minsize movablelimits notation numalign open rowalign rowlines rowspacing rowspan rspace "
    "scriptlevel selection separator separators stretchy subscriptshift superscriptshift symmetric "
    "voffset width"
)

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "div",
    "blockquote",
    "pre",
    "code",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "em",
    "strong",
    "i",
    "b",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "abbr",
    "cite",
    "q",
    "span",
    "ruby",
    "rt",
    "rp",
    "a",
    "figure",
    "figcaption",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "section",
    "aside",
} | MATH_TAGS

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"id"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "type"},
} | {tag: set(MATH_ATTRIBUTES) for tag in MATH_TAGS}

#: Attributes allowed with one value only: a scrollable table can take the keyboard focus; a decorative
#: arrow is hidden from screen readers.
ALLOWED_VALUES = {"div": {"tabindex": {"0"}}, "span": {"aria-hidden": {"true"}}}

#: The classes of the rendered body's vocabulary (``jats.render``); the site's own (``button``, ``paywall``,
#: ...) cannot be put on article content.
BODY_CLASSES = _words(
    "ack app app-group attrib backlink bio boxed-text caption-title chem-struct-wrap code def-list "
    "disp-formula disp-formula-group disp-quote fig fig-group fn fn-group fn-ref footnotes formula-graphic "
    "glossary graphic head inline-formula inline-graphic label labelled list-title long-desc media notes "
    "object-id overline permissions preformat roman sans-serif sc sig sig-block simple speaker speech "
    "statement supplementary-material table-foot table-scroll table-wrap table-wrap-group tex-math "
    "verse-group verse-line visually-hidden align-left align-center align-right"
)
_CLASSED = _words(
    "section div figure figcaption aside blockquote p span sup a code pre img ul ol dl dt dd strong th td"
)


def _relative_url(url: str) -> str | None:
    """A relative address stays, unless it starts like one to another host (``//host``, ``/\\host``)."""
    if url.startswith(("//", "/\\", "\\")):
        return None
    return url


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    tag_attribute_values=ALLOWED_VALUES,
    allowed_classes={tag: set(BODY_CLASSES) for tag in _CLASSED},
    url_schemes={"http", "https", "mailto"},
    url_relative=_relative_url,
    # No target is allowed, so no link opens a window that could reach back (noopener), and the site's
    # Referrer-Policy (same-origin) already keeps the address from other sites.
    link_rel=None,
)


def sanitize_html(value: str) -> str:
    return _CLEANER.clean(value)


_BLOCK_END = re.compile(
    r"</(?:p|h[2-6]|li|dt|dd|blockquote|pre|tr|caption|figcaption|section|table|div|figure|aside)>|<br\s*/?>",
    re.I,
)
#: Runs of blanks to fold into one space (a single space is left alone: replacing it costs time for nothing).
_SPACES = re.compile(r"[ \t\r\f\v]{2,}|[\t\r\f\v]")
_TEXT_ONLY = nh3.Cleaner(tags=set(), attributes={})


def html_to_text(value: str) -> str:
    """The plain text of (sanitised) article HTML, one line per block, for the search index."""
    if not value:
        return ""
    marked = _BLOCK_END.sub(lambda match: match.group() + "\n", value)
    text = _SPACES.sub(" ", html.unescape(_TEXT_ONLY.clean(marked)))
    return "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)
