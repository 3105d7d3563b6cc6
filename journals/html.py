"""Sanitising article HTML: only the structural and inline tags a scholarly text needs survive."""

from __future__ import annotations

import html
import re

import nh3

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
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
    "sub",
    "sup",
    "small",
    "abbr",
    "cite",
    "q",
    "span",
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
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "type"},
    "section": {"id"},
    "h2": {"id"},
    "h3": {"id"},
    "p": {"id"},
}


def sanitize_html(value: str) -> str:
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


_BLOCK_END = re.compile(r"</(?:p|h[2-6]|li|dt|dd|blockquote|pre|tr|caption|figcaption|section|table)>|<br\s*/?>", re.I)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\s*\n\s*")


def html_to_text(value: str) -> str:
    """The plain text of (sanitised) article HTML, one line per block, for the search index."""
    if not value:
        return ""
    marked = _BLOCK_END.sub(lambda match: match.group() + "\n", value)
    text = html.unescape(nh3.clean(marked, tags=set(), attributes={}))
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip()
