"""Sanitised article HTML back into JATS 1.4 (Journal Publishing): the inverse of ``jats.render``.

Two kinds of HTML arrive here. What ``jats.render`` wrote (its vocabulary is in that module's docstring:
``section id="sec-…"`` with h2..h6, ``figure class="fig|table-wrap|…"``, ``div class="fn"``, the end notes,
``a href="#ref-…"``, MathML) goes back to the elements it came from, so that rendering the result gives
the same HTML again. What an editor typed in the back office (any tag ``journals.html.ALLOWED_TAGS``
lets through) goes to the nearest JATS: headings open nested ``sec``s, stray inline content is wrapped
in ``p``, and anything JATS has no place for becomes its text.

Whatever comes in, what goes out is valid against the JATS 1.4 XSD: an element goes only where the tag
set allows it; where it may not stand, a block is wrapped in a ``p`` (which may hold lists, quotes,
figures and tables) or moved to the end of the section before it (keeping the reading order), and an
inline element gives way to its content. ``finish`` then drops cross-references to ids the document
does not hold and duplicate ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

import lxml.html
from django.utils.translation import gettext as _
from lxml import etree

from jats.render import doi_of
from journals.html import MATH_TAGS
from journals.identifiers import FILE_NAME

XLINK = "http://www.w3.org/1999/xlink"
MML = "http://www.w3.org/1998/Math/MathML"
ALI = "http://www.niso.org/schemas/ali/1.0/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
HREF = f"{{{XLINK}}}href"
MATH = f"{{{MML}}}math"
#: Where the rendered body finds the article's files (``jats.render.FILES_URL``).
FILES_URL = "bestanden/"

type Element = etree._Element
type Node = etree._Element | str


#: A DOI resolver at the start of a link's text: 'https://doi.org/', 'http://dx.doi.org/'.
_RESOLVER = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/")


def sub(parent: Element, tag: str, text: str | None = None, attrib: dict[str, str] | None = None) -> Element:
    """A new child ``tag`` of ``parent`` with ``text`` and attributes."""
    element = etree.SubElement(parent, tag, {name: xml_text(value) for name, value in (attrib or {}).items()})
    if text:
        element.text = xml_text(text)
    return element


_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can carry (control characters dropped)."""
    return _NOT_XML.sub("", text)


_ID_START = re.compile(r"^[A-Za-z_]")
_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def xml_id(value: str, fallback: str) -> str:
    """``value`` as an XML ID (an NCName), or ``fallback`` when nothing of it is left."""
    value = _ID_CHARS.sub("-", "".join(value.split()))
    if not value:
        return fallback
    return value if _ID_START.match(value) else f"id-{value}"


# What may stand where ------------------------------------------------------------------------------
# A subset of the JATS 1.4 content models: the inline children each element this module fills allows,
# and for block containers the order in which their kinds of children must come ("zones").


def _words(names: str) -> frozenset[str]:
    return frozenset(names.split())


_EMPHASIS = frozenset({"bold", "italic", "monospace", "sc", "underline", "overline", "strike", "roman", "sans-serif"})
_SUBSUP = frozenset({"sub", "sup"})
_PHRASE = frozenset({"named-content", "styled-content", "ruby"})
_LINKS = frozenset({"ext-link", "xref", "uri", "email", "inline-supplementary-material"})
_RICH = (
    _EMPHASIS
    | _SUBSUP
    | _PHRASE
    | _LINKS
    | {"abbrev", "inline-formula", MATH, "tex-math", "inline-graphic", "target", "fn"}
)
_TITLE = _RICH | {"break"}
#: Blocks a paragraph may hold (JATS lets p contain lists, quotes, figures and tables).
_IN_P = _words(
    "list def-list disp-quote fig fig-group table-wrap table-wrap-group boxed-text disp-formula "
    "disp-formula-group preformat code supplementary-material media graphic array speech statement verse-group "
    "chem-struct-wrap"
)
_P = _RICH | {"code"} | _IN_P
_CELL = _TITLE | {"code", "p", "list", "def-list", "disp-quote", "disp-formula", "preformat", "graphic", "hr"}
_LINK_TEXT = _EMPHASIS | _SUBSUP | _PHRASE

INLINE: dict[str, frozenset[str]] = {
    "p": _P,
    "license-p": _P,
    "td": _CELL,
    "th": _CELL,
    "title": _TITLE,
    "article-title": _TITLE,
    "subtitle": _TITLE,
    "trans-title": _TITLE,
    "trans-subtitle": _TITLE,
    "attrib": _RICH,
    "term": _RICH | {"code"},
    "named-content": _P,
    "styled-content": _P,
    "target": _LINK_TEXT,
    "ext-link": _LINK_TEXT,
    "xref": _LINK_TEXT,
    "inline-supplementary-material": _LINK_TEXT | {"ext-link", "uri", "email"},
    "kwd": _LINK_TEXT,
    "term-head": _LINK_TEXT,
    "def-head": _LINK_TEXT,
    "label": _EMPHASIS | _SUBSUP | {"inline-formula", "inline-graphic", "ruby"},
    "mixed-citation": _EMPHASIS | _SUBSUP | _PHRASE | {"uri", "email", "pub-id", "abbrev", "inline-formula"},
    "code": _EMPHASIS | _SUBSUP | _PHRASE | {"ext-link", "xref", "uri", "email", "abbrev", "fn", "target"},
    "preformat": _EMPHASIS | _SUBSUP | _PHRASE | {"ext-link", "uri", "email", "abbrev"},
    "inline-formula": _EMPHASIS | _SUBSUP | _PHRASE | {MATH, "tex-math", "inline-graphic", "inline-formula"},
    "disp-formula": _EMPHASIS | _SUBSUP | _PHRASE | {MATH, "tex-math", "graphic", "label", "break"},
    "verse-line": _EMPHASIS | _SUBSUP | _PHRASE | {"xref", "abbrev", "inline-formula", "inline-graphic", "target"},
    "sig": _EMPHASIS | _SUBSUP | _PHRASE | {"break", "inline-graphic"},
    "speaker": frozenset({"xref", "target"}),
    "long-desc": frozenset(),
    "abbrev": frozenset(),
}
for _name in _EMPHASIS | _SUBSUP:
    INLINE[_name] = _RICH
INLINE["subject"] = _EMPHASIS | _SUBSUP | _PHRASE | {"inline-formula"}

_PARA_LEVEL = frozenset(_IN_P | {"p", MATH, "tex-math"})
_SEC_BACK = frozenset({"fn-group", "glossary", "ref-list"})
_HEAD = frozenset(
    {"object-id", "label", "title", "subtitle", "caption", "sec-meta", "alt-text", "long-desc", "speaker"}
)
_FIG_CONTENT = _words(
    "p list def-list table-wrap disp-formula disp-formula-group disp-quote speech statement verse-group "
    "chem-struct-wrap alternatives array code graphic media preformat xref"
)
_BACK_MATTER = frozenset({"attrib", "permissions"})

#: Block containers: the kinds of children they take, zone by zone, in the order the tag set wants them.
ZONES: dict[str, tuple[frozenset[str], ...]] = {
    "body": (_PARA_LEVEL, frozenset({"sec"}), frozenset({"sig-block"})),
    "sec": (_PARA_LEVEL, frozenset({"sec"}), _SEC_BACK),
    "app": (_PARA_LEVEL, frozenset({"sec"}), _SEC_BACK, frozenset({"permissions"})),
    "notes": (_PARA_LEVEL, frozenset({"sec"}), _SEC_BACK),
    "bio": (_PARA_LEVEL, frozenset({"sec"}), _SEC_BACK),
    "boxed-text": (_PARA_LEVEL, frozenset({"sec"}), _SEC_BACK, _BACK_MATTER),
    "ack": (frozenset({"p"}), frozenset({"sec"}), frozenset({"ref-list"})),
    "abstract": (frozenset({"p"}), frozenset({"sec"})),
    "trans-abstract": (frozenset({"p"}), frozenset({"sec"})),
    "app-group": (_PARA_LEVEL, frozenset({"app", "ref-list"})),
    "glossary": (_PARA_LEVEL, frozenset({"glossary"})),
    "disp-quote": (_PARA_LEVEL, _BACK_MATTER),
    "back": (frozenset({"ack", "app-group", "bio", "fn-group", "glossary", "notes", "ref-list", "sec"}),),
    "floats-group": (
        _words(
            "boxed-text chem-struct-wrap code fig fig-group graphic media preformat supplementary-material "
            "table-wrap table-wrap-group"
        ),
    ),
    "fn-group": (frozenset({"fn"}),),
    "fn": (frozenset({"p"}),),
    "def": (frozenset({"p"}),),
    "caption": (frozenset({"p"}),),
    "list-item": (frozenset({"p", "list", "def-list"}),),
    "speech": (frozenset({"p"}),),
    "statement": (frozenset({"p", "statement"}), _BACK_MATTER),
    "table-wrap-foot": (frozenset({"p", "fn-group", "fn"}), _BACK_MATTER),
    "td": (_CELL - {"break"},),
    "th": (_CELL - {"break"},),
    "fig": (_FIG_CONTENT, _BACK_MATTER),
    "fig-group": (frozenset({"fig", "alternatives", "graphic", "media", "xref"}),),
    "table-wrap": (
        frozenset({"table", "graphic", "alternatives", "media", "preformat", "code", "list", "def-list", "xref"}),
        frozenset({"table-wrap-foot"}) | _BACK_MATTER,
    ),
    "table-wrap-group": (frozenset({"table-wrap", "xref"}),),
    "supplementary-material": (_FIG_CONTENT | {"table-wrap"}, _BACK_MATTER),
    "chem-struct-wrap": (
        frozenset({"graphic", "alternatives", "media", "preformat", "code", "chem-struct"}),
        _BACK_MATTER,
    ),
    "disp-formula-group": (frozenset({"disp-formula", "disp-formula-group"}),),
}
_FLOATS = ZONES["floats-group"][0]
#: The credits and descriptions (``p class="attrib"`` ...) each float or box takes, as the renderer shows them.
_EXTRAS = {
    "fig": _words("attrib permissions object-id long-desc"),
    "table-wrap": _words("attrib permissions object-id long-desc"),
    "supplementary-material": _words("attrib permissions object-id long-desc"),
    "boxed-text": _words("attrib permissions object-id"),
    "disp-quote": _words("attrib permissions"),
    "statement": _words("attrib permissions"),
    "chem-struct-wrap": _words("attrib permissions object-id long-desc"),
    "fig-group": _words("object-id long-desc"),
    "table-wrap-group": _words("object-id long-desc"),
}
#: The child that takes a block for a container that takes no paragraphs.
_WRAPPERS = {
    "back": "notes",
    "fn-group": "fn",
    "fig-group": "fig",
    "table-wrap-group": "table-wrap",
    "table-wrap": "table-wrap-foot",
    "floats-group": "boxed-text",
    "chem-struct-wrap": "chem-struct",
    "disp-formula-group": "disp-formula",
}
#: Containers in which an HTML heading opens a ``sec``; elsewhere it becomes a paragraph in bold.
_SECTIONED = frozenset({"body", "sec", "app", "boxed-text", "notes", "bio", "ack", "abstract", "trans-abstract"})

#: What the renderer's section classes were in JATS, and the id prefix each kind's anchors carry.
_SECTION_KINDS = {
    "": "sec",
    "ack": "ack",
    "glossary": "glossary",
    "fn-group": "fn-group",
    "notes": "notes",
    "bio": "bio",
    "app": "app",
    "app-group": "app-group",
}
_ANCHOR_PREFIX = {"app": "app-", "app-group": "app-"}
#: Back matter at the top of the rendered body: where the body ends and the back begins.
_BACK_CLASSES = frozenset({"ack", "glossary", "fn-group", "notes", "bio", "app", "app-group"})

#: Anchor prefix -> xref ref-type (jats.render.ANCHOR_PREFIX, read backwards).
_XREF_TYPES = {
    "ref": "bibr",
    "fn": "fn",
    "fig": "fig",
    "tbl": "table",
    "sec": "sec",
    "app": "app",
    "box": "boxed-text",
    "eq": "disp-formula",
    "supp": "supplementary-material",
    "media": "other",
    "list": "list",
    "def": "other",
    "stmt": "statement",
    "quote": "other",
    "p": "other",
    "chem": "chem",
    "code": "other",
    "x": "other",
}

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE_HTML = _words(
    "a abbr b bdi bdo br cite code del dfn em i img ins kbd mark math q ruby s samp small span strong sub sup "
    "time u var"
)
_EMPHASIS_HTML = {
    "em": "italic",
    "i": "italic",
    "cite": "italic",
    "dfn": "italic",
    "var": "italic",
    "strong": "bold",
    "b": "bold",
    "mark": "bold",
    "sub": "sub",
    "sup": "sup",
    "u": "underline",
    "ins": "underline",
    "s": "strike",
    "del": "strike",
    "code": "monospace",
    "kbd": "monospace",
    "samp": "monospace",
}
_SPAN_CLASSES = ("sc", "overline", "roman", "sans-serif")
_LIST_TYPES = {
    ("ol", ""): "order",
    ("ol", "a"): "alpha-lower",
    ("ol", "A"): "alpha-upper",
    ("ol", "i"): "roman-lower",
    ("ol", "I"): "roman-upper",
}
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.I)
_GENERATED_SECTION = re.compile(r"^sec-\d+$")
_ALIGN_CLASSES = {"align-left": "left", "align-center": "center", "align-right": "right"}


# Parsing the HTML ----------------------------------------------------------------------------------


#: HTML nested deeper than this goes on as text: the JATS stays within what an XML reader accepts
#: (``jats.xmlsafe`` refuses more than 256 levels; one HTML level becomes at most two in JATS).
MAX_HTML_DEPTH = 100


def _parse(html: str) -> Element:
    """The HTML as a tree under one ``div`` (lxml's HTML parser: no network, no entities to fetch)."""
    parser = lxml.html.HTMLParser(huge_tree=True, no_network=True, remove_comments=True, remove_pis=True)
    root = lxml.html.fragment_fromstring(xml_text(html or ""), create_parent="div", parser=parser)
    _flatten_deep(root)
    return root


def _flatten_deep(root: Element) -> None:
    """Elements at ``MAX_HTML_DEPTH`` keep their text and lose the elements inside them."""
    level = [root]
    for _depth in range(MAX_HTML_DEPTH):
        level = [child for element in level for child in element if isinstance(child.tag, str)]
        if not level:
            return
    for element in level:
        text = "".join(element.itertext())
        for child in list(element):
            element.remove(child)
        element.text = text


def _nodes(element: Element) -> list[Node]:
    """The children of ``element`` in order, text as strings (comments and processing instructions skipped)."""
    out: list[Node] = []
    if element.text:
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            out.append(child)
        if child.tail:
            out.append(child.tail)
    return out


def _elements(nodes: Iterable[Node]) -> Iterator[Element]:
    return (node for node in nodes if not isinstance(node, str))


def _tag(node: Element) -> str:
    tag = node.tag
    return tag.lower() if isinstance(tag, str) else ""


def _classes(node: Element) -> set[str]:
    return set((node.get("class") or "").split())


def _has_class(node: Node, name: str) -> bool:
    return not isinstance(node, str) and name in _classes(node)


def _plain(node: Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def _is_blank(node: Node) -> bool:
    return isinstance(node, str) and not node.strip()


def _content(nodes: list[Node]) -> list[Node]:
    """Nodes without the white space at their two ends."""
    nodes = list(nodes)
    while nodes and _is_blank(nodes[0]):
        nodes.pop(0)
    while nodes and _is_blank(nodes[-1]):
        nodes.pop()
    return nodes


def append_text(parent: Element, text: str) -> None:
    if not text:
        return
    text = xml_text(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _strip_prefix(value: str, prefix: str) -> str:
    return value[len(prefix) :] if value.startswith(prefix) and len(value) > len(prefix) else ""


def _own_id(node: Element, prefix: str) -> str:
    """The xml id behind a rendered anchor ``prefix + id`` ('' when the node has none of that kind)."""
    return _strip_prefix((node.get("id") or "").strip(), prefix)


def _set_id(element: Element, value: str) -> None:
    if value:
        element.set("id", xml_id(value, "id"))


def _asset_name(src: str) -> str:
    """The article's file a rendered ``src``/``href`` refers to: ``bestanden/fig1.jpg`` → ``fig1.jpg`` ('' if none)."""
    name = src.strip().removeprefix(FILES_URL)
    return name if FILE_NAME.fullmatch(name) else ""


def _image_href(src: str) -> str:
    """Where an image is: one of the article's files, or a web address typed in the back office."""
    name = _asset_name(src)
    if name:
        return name
    src = src.strip()
    return src if src.lower().startswith(("https://", "http://")) and len(src) > 8 else ""


def _jats(element: Element) -> str:
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def _jats_plain(element: Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


# The converter -------------------------------------------------------------------------------------


class _Converter:
    """One conversion: the end notes the body's footnote markers refer to, the lists, the article's files."""

    def __init__(self, assets: Mapping[str, tuple[str, str]] | None = None) -> None:
        self.notes: dict[str, Element] = {}  # html id of an end note (fn-…) -> its div
        self.used_notes: set[str] = set()
        #: Ordered lists met so far, for ``continued-from``: (the JATS list, the number of its last item).
        self.ordered_lists: list[tuple[Element, int]] = []
        self.assets = assets or {}  # file name -> (label, caption) as the record has them
        self.pending_rids: list[str] = []
        #: The body, and the floats-group that takes the floats following its last section.
        self.top: Element | None = None
        self.floats: Element | None = None

    # Inline ----------------------------------------------------------------------------------------

    def inline(self, nodes: Iterable[Node], parent: Element) -> None:
        for node in nodes:
            if isinstance(node, str):
                append_text(parent, node)
                if node.strip():
                    self.pending_rids = []
            else:
                self.inline_element(node, parent)

    @staticmethod
    def allowed(parent: Element, tag: str) -> bool:
        allowed = INLINE.get(_jats(parent))
        return allowed is not None and tag in allowed

    def wrap(self, node: Element, parent: Element, tag: str) -> None:
        """``node``'s content inside a new ``tag`` where ``parent`` allows it, else in ``parent`` itself."""
        if self.allowed(parent, tag):
            self.inline(_nodes(node), sub(parent, tag))
        else:
            self.inline(_nodes(node), parent)

    def inline_element(self, node: Element, parent: Element) -> None:
        tag = _tag(node)
        classes = _classes(node)
        if tag == "br":
            if self.allowed(parent, "break"):
                sub(parent, "break")
            else:
                append_text(parent, "\n")
        elif tag == "math":
            self.math(node, parent)
        elif tag == "img":
            self.inline_image(node, parent)
        elif tag == "a":
            self.link(node, parent)
        elif tag == "sup" and "fn-ref" in classes:
            self.footnote_marker(node, parent)
        elif tag == "span":
            self.span(node, parent, classes)
        elif tag == "code" and "tex-math" in classes:
            self.tex(node, parent)
        elif tag == "code" and "code" in classes and self.allowed(parent, "code"):
            code = sub(parent, "code")
            _set_id(code, _own_id(node, "code-"))
            self.inline(_nodes(node), code)
        elif tag == "q":
            append_text(parent, "“")
            self.inline(_nodes(node), parent)
            append_text(parent, "”")
        elif tag == "abbr" and self.allowed(parent, "abbrev"):
            abbrev = sub(parent, "abbrev", _plain(node))
            if node.get("title"):
                abbrev.set("alt", xml_text(node.get("title", "")))
        elif tag == "ruby" and self.allowed(parent, "ruby"):
            self.ruby(node, parent)
        elif tag == "rp":
            return  # the parentheses a browser without ruby shows
        elif tag in _EMPHASIS_HTML:
            self.wrap(node, parent, _EMPHASIS_HTML[tag])
        else:
            # Anything else (or an element that may not stand here): its content, in place.
            self.inline(_nodes(node), parent)

    def span(self, node: Element, parent: Element, classes: set[str]) -> None:
        anchor = (node.get("id") or "").strip()
        if anchor.startswith("cite-") and not len(node) and not (node.text or "").strip():
            # The first citation of a further target of a multi-target xref: the xref that follows names it.
            self.pending_rids.append(anchor[len("cite-") :])
            return
        if "inline-formula" in classes:
            self.formula(node, parent, inline=True)
            return
        for name in _SPAN_CLASSES:
            if name in classes:
                self.wrap(node, parent, name)
                return
        target = _own_id(node, "x-")
        if target and self.allowed(parent, "target"):
            element = sub(parent, "target", attrib={"id": xml_id(target, "x")})
            self.inline(_nodes(node), element)
            return
        self.inline(_nodes(node), parent)

    def link(self, node: Element, parent: Element) -> None:
        href = (node.get("href") or "").strip()
        if "backlink" in _classes(node):
            return  # a note's way back to the text: the renderer writes it again
        rids, self.pending_rids = self.pending_rids, []
        if href.startswith("#"):
            prefix, _dash, target = href[1:].partition("-")
            ref_type = _XREF_TYPES.get(prefix)
            if ref_type and target and self.allowed(parent, "xref"):
                all_rids = [xml_id(target, "x"), *(xml_id(rid, "x") for rid in rids)]
                xref = sub(parent, "xref", attrib={"ref-type": ref_type, "rid": " ".join(dict.fromkeys(all_rids))})
                self.inline(_nodes(node), xref)
                return
        elif href.lower().startswith("mailto:"):
            address = href[len("mailto:") :]
            if self.allowed(parent, "email"):
                text = _plain(node)
                email = sub(parent, "email", text or address)
                if text and text != address:
                    email.set(HREF, xml_text(address))
                return
        elif href.startswith(FILES_URL):
            name = _asset_name(href)
            if name and self.allowed(parent, "inline-supplementary-material"):
                element = sub(parent, "inline-supplementary-material", attrib={HREF: name})
                self.inline(_nodes(node), element)
                return
        elif href:
            doi = _DOI_URL.match(href)
            if doi and self.allowed(parent, "pub-id") and doi_of(_plain(node)) == doi.group(1).lower():
                # The renderer's link for a pub-id: its text, and the DOI's address. A resolver printed
                # before the DOI ('https://doi.org/10.1/x') stays printed text, the pub-id holds the bare DOI.
                text = _plain(node)
                resolver = _RESOLVER.match(text)
                if resolver is not None and resolver.end() < len(text):
                    append_text(parent, xml_text(resolver.group()))
                    text = text[resolver.end() :]
                sub(parent, "pub-id", text, {"pub-id-type": "doi"})
                return
            if self.allowed(parent, "ext-link"):
                link = sub(parent, "ext-link", attrib={"ext-link-type": "uri", HREF: href})
                self.inline(_nodes(node), link)
                return
            if self.allowed(parent, "uri"):
                sub(parent, "uri", _plain(node) or href, {HREF: href})
                return
        self.inline(_nodes(node), parent)

    def math(self, node: Element, parent: Element) -> None:
        if self.allowed(parent, MATH):
            parent.append(_mathml(node))
        elif self.allowed(parent, "inline-formula"):
            sub(parent, "inline-formula").append(_mathml(node))
        else:
            append_text(parent, _plain(node))

    def tex(self, node: Element, parent: Element) -> None:
        if self.allowed(parent, "tex-math"):
            sub(parent, "tex-math", "".join(node.itertext()))
        elif self.allowed(parent, "inline-formula"):
            sub(sub(parent, "inline-formula"), "tex-math", "".join(node.itertext()))
        else:
            append_text(parent, "".join(node.itertext()))

    def inline_image(self, node: Element, parent: Element) -> None:
        href = _image_href(node.get("src") or "")
        if href and self.allowed(parent, "inline-graphic"):
            graphic = sub(parent, "inline-graphic", attrib={HREF: href})
            alt = node.get("alt") or ""
            if alt and alt != _("afbeelding"):
                sub(graphic, "alt-text", alt)
        elif node.get("alt"):
            append_text(parent, node.get("alt", ""))

    def ruby(self, node: Element, parent: Element) -> None:
        base = etree.Element("rb")
        annotation = etree.Element("rt")
        for child in _nodes(node):
            if isinstance(child, str):
                append_text(base, child)
            elif _tag(child) == "rt":
                append_text(annotation, "".join(child.itertext()))
            elif _tag(child) != "rp":
                append_text(base, "".join(child.itertext()))
        ruby = sub(parent, "ruby")
        ruby.append(base)
        ruby.append(annotation)

    def formula(self, node: Element, parent: Element, *, inline: bool) -> Element | None:
        """A rendered formula (``span.inline-formula`` / ``div.disp-formula``) as inline-formula / disp-formula."""
        tag = "inline-formula" if inline else "disp-formula"
        if inline and not self.allowed(parent, tag):
            self.inline(_nodes(node), parent)
            return None
        formula = sub(parent, tag) if inline else etree.Element(tag)
        _set_id(formula, _own_id(node, "eq-"))
        nodes = _nodes(node)
        label = next((n for n in _elements(nodes) if _tag(n) == "span" and "label" in _classes(n)), None)
        if label is not None and not inline:
            self.inline(_nodes(label), sub(formula, "label"))
        images: list[tuple[Element, str]] = []
        for child in nodes:
            if child is label:
                continue
            if isinstance(child, str):
                append_text(formula, child)
            elif _tag(child) == "img" and "formula-graphic" in _classes(child):
                name = _asset_name(child.get("src") or "")
                if name:
                    graphic = sub(formula, "graphic" if not inline else "inline-graphic", attrib={HREF: name})
                    images.append((graphic, child.get("alt") or ""))
            else:
                self.inline_element(child, formula)
        fallback = _jats_plain(formula) or _("formule")
        for graphic, alt in images:
            if alt and alt != fallback:
                sub(graphic, "alt-text", alt)
        return formula

    def footnote_marker(self, node: Element, parent: Element) -> None:
        """An inline footnote's marker: the note itself (from the end notes) goes back where the marker is."""
        link = next((child for child in node if _tag(child) == "a"), None)
        href = (link.get("href") or "") if link is not None else ""
        note = self.notes.get(href[1:]) if href.startswith("#") else None
        if note is None or not self.allowed(parent, "fn"):
            self.inline(_nodes(node), parent)
            return
        self.used_notes.add(href[1:])
        fn = self.footnote(note, parent)
        anchor = href[1:]
        marker_id = link.get("id") if link is not None else None
        if marker_id == f"cite-{anchor}":
            fn.attrib.pop("id", None)  # the renderer numbered a note without an id of its own

    def footnote(self, note: Element, parent: Element) -> Element:
        """A rendered note (``div.fn``: label, paragraphs, a way back) as an ``fn``."""
        fn = sub(parent, "fn")
        _set_id(fn, _own_id(note, "fn-"))
        for backlink in [a for a in note.iter("a") if "backlink" in _classes(a)]:
            _remove_with_space(backlink)
        nodes = _nodes(note)
        label = _take_label(nodes)
        if label is not None:
            self.inline(_nodes(label), sub(fn, "label"))
        self.blocks(nodes, fn)
        _drop_empty_paragraphs(fn)
        if fn.find("p") is None:
            sub(fn, "p")
        return fn

    # Blocks ----------------------------------------------------------------------------------------

    def blocks(self, nodes: list[Node], container: Element) -> None:
        """Block content into ``container``: headings open sections, stray inline content goes into ``p``."""
        # The open sections of typed headings: (element, heading level); the container at the bottom.
        stack: list[tuple[Element, int]] = [(container, 0)]
        pending: list[Node] = []

        def flush() -> None:
            content = _content(pending)
            pending.clear()
            if content:
                paragraph = etree.Element("p")
                self.inline(content, paragraph)
                self.place(stack[-1][0], paragraph)

        index = 0
        while index < len(nodes):
            node = nodes[index]
            index += 1
            if isinstance(node, str) or (_tag(node) in _INLINE_HTML and not _is_display_math(node)):
                pending.append(node)
                continue
            flush()
            tag = _tag(node)
            level = _HEADINGS.get(tag)
            if level is not None:
                if _jats(container) not in _SECTIONED:
                    paragraph = etree.Element("p")
                    self.wrap(node, paragraph, "bold")
                    self.place(stack[-1][0], paragraph)
                    continue
                while len(stack) > 1 and stack[-1][1] >= level:
                    stack.pop()
                section = etree.Element("sec")
                _set_id(section, _own_id(node, "sec-") or (node.get("id") or ""))
                self.heading(node, section)
                self.place(stack[-1][0], section)
                stack.append((section, level))
                continue
            if tag == "p" and "list-title" in _classes(node):
                following = next((n for n in nodes[index:] if not _is_blank(n)), None)
                if following is not None and not isinstance(following, str) and _tag(following) in ("ul", "ol", "dl"):
                    index = nodes.index(following, index) + 1
                    self.place(stack[-1][0], self.make_list(following, title=node))
                    continue
            self.block(node, stack[-1][0])
        flush()

    def heading(self, node: Element, element: Element) -> None:
        """A rendered heading (``<span class="label">1</span> Title``) as label and title of ``element``."""
        nodes = _nodes(node)
        label = _take_label(nodes)
        if label is not None:
            self.inline(_nodes(label), sub(element, "label"))
        content = _content(nodes)
        if content or label is None:
            self.inline(content, sub(element, "title"))

    def place(self, container: Element, element: Element) -> None:
        """Append a block to ``container`` where the tag set allows it.

        A block the container does not take goes into a ``p``, or gives up its wrapper; one that comes
        too late (a paragraph after a section) goes at the end of the section before it, or else just
        before the children that must follow it.
        """
        kind = _jats(container)
        tag = _jats(element)
        zones = ZONES.get(kind)
        if zones is None:
            append_text(container, _jats_plain(element))  # not a block container: the block's text
            return
        if self.floats is not None and tag in _FLOATS and _is_same(container, self.top) and _has_sections(container):
            self.floats.append(element)  # a float after the body's last section: from the floats-group
            return
        zone = next((number for number, allowed in enumerate(zones) if tag in allowed), None)
        if zone is None:
            self.misplaced(container, element, zones)
            return
        # Children are kept in zone order, so the last one is in the latest zone so far.
        last = _zone_of(container[-1], zones) if len(container) else -1
        if zone >= last:
            container.append(element)
            return
        previous = container[-1]
        if _jats(previous) in ZONES and _accepts(previous, tag):
            self.place(previous, element)
            return
        for position, child in enumerate(container):
            if _zone_of(child, zones) > zone:
                container.insert(position, element)
                return
        container.append(element)  # pragma: no cover - a later zone was found above

    def misplaced(self, container: Element, element: Element, zones: tuple[frozenset[str], ...]) -> None:
        """A block ``container`` does not take: in a ``p``, renamed to a section, or its content as paragraphs."""
        tag = _jats(element)
        takes_p = any("p" in allowed for allowed in zones)
        if tag in _IN_P and takes_p:
            paragraph = etree.Element("p")
            paragraph.append(element)
            self.place(container, paragraph)
            return
        if tag in ("ack", "notes", "bio", "app", "glossary", "app-group") and any("sec" in z for z in zones):
            element.tag = "sec"
            _ensure_title(element)
            _fix_children(element)
            self.place(container, element)
            return
        if tag == "app" and any("app-group" in z for z in zones):
            group = etree.Element("app-group")
            group.append(element)
            self.place(container, group)
            return
        if tag == "fn" and any("fn-group" in z for z in zones):
            group = etree.Element("fn-group")
            group.append(element)
            self.place(container, group)
            return
        wrapper = _WRAPPERS.get(_jats(container))
        if not takes_p and wrapper is not None:
            # A container that takes no paragraphs: the block goes into the kind of child it does take.
            holder = container[-1] if len(container) and _jats(container[-1]) == wrapper else None
            if holder is None:
                holder = etree.Element(wrapper)
                self.place(holder, element)
                self.place(container, holder)
            else:
                self.place(holder, element)
            return
        # Its content, block by block (a section in a list item: its title in bold, then its text).
        for child in list(element):
            child_tag = _jats(child)
            if child_tag in ("title", "label"):
                if _jats_plain(child):
                    paragraph = etree.Element("p")
                    bold = sub(paragraph, "bold")
                    _move_content(child, bold)
                    self.place(container, paragraph)
                continue
            if child_tag in _HEAD or child_tag in ("attrib", "permissions", "sec-meta"):
                text = _jats_plain(child)
                if text and takes_p:
                    self.place(container, _paragraph(text))
                continue
            self.place(container, child)
        if element.text and element.text.strip() and takes_p:
            self.place(container, _paragraph(element.text.strip()))

    def block(self, node: Element, container: Element) -> None:
        """One block-level HTML element into ``container``."""
        tag = _tag(node)
        classes = _classes(node)
        if tag == "p":
            self.paragraph(node, container, classes)
        elif tag in ("ul", "ol", "dl"):
            self.place(container, self.make_list(node))
        elif tag == "section":
            self.section(node, container)
        elif tag == "figure":
            self.figure(node, container, classes)
        elif tag == "aside":
            self.boxed_text(node, container)
        elif tag == "blockquote":
            quote = etree.Element("disp-quote")
            _set_id(quote, _own_id(node, "quote-"))
            self.blocks(_nodes(node), quote)
            self.place(container, quote)
        elif tag == "pre":
            self.preformat(node, container, classes)
        elif tag == "table":
            wrap = etree.Element("table-wrap")
            caption = node.find("caption")
            if caption is not None:
                self.caption_element(_nodes(caption), wrap)
            wrap.append(self.table(node))
            self.place(container, wrap)
        elif tag == "img":
            self.place_graphic(container, node, fallback=_("afbeelding"))
        elif tag == "math":
            formula = etree.Element("disp-formula")
            formula.append(_mathml(node))
            self.place(container, formula)
        elif tag == "hr":
            if _jats(container) in ("td", "th"):
                sub(container, "hr")
        elif tag == "div":
            self.division(node, container, classes)
        else:
            # article, header, main, nav, li or dt out of a list, ...: its content, as blocks.
            self.blocks(_nodes(node), container)

    def paragraph(self, node: Element, container: Element, classes: set[str]) -> None:
        if "graphic" in classes:
            images = list(node.iter("img"))
            if images and not _plain(node):
                for image in images:
                    self.place_graphic(container, image, fallback=_("afbeelding"))
                return
        extra = classes & _EXTRAS.get(_jats(container), frozenset())
        if extra:
            self.float_extra(node, container, set(extra))
            return
        paragraph = etree.Element("p")
        _set_id(paragraph, _own_id(node, "p-"))
        self.inline(_nodes(node), paragraph)
        self.place(container, paragraph)

    def division(self, node: Element, container: Element, classes: set[str]) -> None:
        if "disp-formula" in classes:
            formula = self.formula(node, container, inline=False)
            if formula is not None:
                self.place(container, formula)
        elif "disp-formula-group" in classes:
            group = etree.Element("disp-formula-group")
            _set_id(group, _own_id(node, "eq-"))
            self.blocks(_nodes(node), group)
            self.place(container, group)
        elif classes & {"supplementary-material", "media"}:
            self.supplementary(node, container, "media" if "media" in classes else "supplementary-material")
        elif "statement" in classes:
            self.statement(node, container)
        elif "verse-group" in classes:
            self.place(container, self.verse_group(node))
        elif "speech" in classes:
            self.speech(node, container)
        elif "sig-block" in classes:
            self.sig_block(node, container)
        elif "fn" in classes and _jats(container) in ("fn-group", "table-wrap-foot"):
            self.footnote(node, container)
        elif "app-group" in classes:
            group = etree.Element("app-group")
            _set_id(group, _own_id(node, "app-"))
            self.blocks(_nodes(node), group)
            self.place(container, group)
        elif "table-scroll" in classes:
            table = node.find("table")
            if table is not None:
                self.place(container, self.array_or_table(table))
        else:
            self.blocks(_nodes(node), container)

    def section(self, node: Element, container: Element) -> None:
        """A rendered ``section`` as the sec, ack, app, glossary, fn-group, ... it came from."""
        classes = _classes(node)
        kind = next((_SECTION_KINDS[name] for name in classes if name in _SECTION_KINDS), "sec")
        element = etree.Element(kind)
        anchor = (node.get("id") or "").strip()
        if not _GENERATED_SECTION.match(anchor):
            _set_id(element, _strip_prefix(anchor, _ANCHOR_PREFIX.get(kind, "sec-")) or anchor)
        nodes = _content(_nodes(node))
        if nodes and not isinstance(nodes[0], str) and _tag(nodes[0]) in _HEADINGS:
            self.heading(nodes.pop(0), element)
        if kind in ("sec", "app") and element.find("title") is None and element.find("label") is None:
            # sec and app need a title (or a label); an empty one renders as no heading at all.
            element.insert(0, etree.Element("title"))
        if kind == "fn-group":
            for child in nodes:
                if _has_class(child, "fn") and not isinstance(child, str):
                    self.footnote(child, element)
                elif not _is_blank(child):
                    # Anything else in a list of notes becomes a note of its own.
                    note = sub(element, "fn")
                    self.blocks([child], note)
                    if note.find("p") is None:
                        sub(note, "p")
            if element.find("fn") is None:
                sub(sub(element, "fn"), "p")
        else:
            self.blocks(nodes, element)
        self.place(container, element)

    def make_list(self, node: Element, *, title: Element | None = None) -> Element:
        tag = _tag(node)
        if tag == "dl":
            return self.def_list(node, title=title)
        classes = _classes(node)
        if "labelled" in classes or "simple" in classes:
            list_type = "simple"
        elif tag == "ul":
            list_type = "bullet"
        else:
            list_type = _LIST_TYPES.get((tag, node.get("type") or ""), "order")
        element = etree.Element("list", {"list-type": list_type})
        _set_id(element, _own_id(node, "list-"))
        if title is not None:
            self.inline(_nodes(title), sub(element, "title"))
        items = 0
        for child in _nodes(node):
            if isinstance(child, str):
                if child.strip():
                    sub(sub(element, "list-item"), "p", child.strip())
                    items += 1
                continue
            item = sub(element, "list-item")
            items += 1
            nodes = _nodes(child) if _tag(child) == "li" else [child]
            label = _take_label(nodes)
            if label is not None:
                self.inline(_nodes(label), sub(item, "label"))
            self.blocks(nodes, item)
            _drop_empty_paragraphs(item)
            if not any(_jats(part) in ("p", "list", "def-list") for part in item):
                sub(item, "p")
        if not items:
            sub(sub(element, "list-item"), "p")
        if tag == "ol" and list_type != "simple":
            self.continue_list(node, element, items)
        return element

    def continue_list(self, node: Element, element: Element, items: int) -> None:
        """An ordered list that starts past 1 continues the list that ended just before that number."""
        try:
            start = int(node.get("start") or "1")
        except ValueError:
            start = 1
        if start > 1:
            for previous, last in reversed(self.ordered_lists):
                if last == start - 1 and previous.get("id"):
                    element.set("continued-from", previous.get("id", ""))
                    break
            else:
                start = 1
        self.ordered_lists.append((element, start - 1 + items))

    def def_list(self, node: Element, *, title: Element | None = None) -> Element:
        element = etree.Element("def-list")
        _set_id(element, _own_id(node, "list-"))
        if title is not None:
            self.inline(_nodes(title), sub(element, "title"))
        item: Element | None = None
        flat: list[Element] = []
        for child in node:
            if _tag(child) in ("dt", "dd"):
                flat.append(child)
            elif _tag(child) == "div":  # HTML lets a div group a term with its definitions
                flat.extend(part for part in child if _tag(part) in ("dt", "dd"))
        for child in flat:
            tag = _tag(child)
            if "head" in _classes(child) and item is None:
                head = "term-head" if tag == "dt" else "def-head"
                if element.find(head) is None and element.find("def-head") is None:
                    self.inline(_nodes(child), sub(element, head))
                    continue
            if tag == "dt":
                item = sub(element, "def-item")
                _set_id(item, _own_id(child, "def-"))
                self.inline(_nodes(child), sub(item, "term"))
            else:
                if item is None:
                    item = sub(element, "def-item")
                    sub(item, "term")
                definition = sub(item, "def")
                self.blocks(_nodes(child), definition)
                if definition.find("p") is None:
                    sub(definition, "p")
        return element

    # Floats ----------------------------------------------------------------------------------------

    def figure(self, node: Element, container: Element, classes: set[str]) -> None:
        typed_table = not classes and node.find(".//table") is not None and node.find(".//img") is None
        if "table-wrap" in classes or typed_table:
            self.place(container, self.table_wrap(node))
        elif "disp-quote" in classes:
            self.disp_quote(node, container)
        elif "fig-group" in classes or "table-wrap-group" in classes:
            kind = "fig-group" if "fig-group" in classes else "table-wrap-group"
            group = etree.Element(kind)
            _set_id(group, _own_id(node, "fig-" if kind == "fig-group" else "tbl-"))
            nodes = _nodes(node)
            caption = next((n for n in _elements(nodes) if _tag(n) == "figcaption"), None)
            if caption is not None:
                self.float_caption(caption, group)
            self.blocks([n for n in nodes if n is not caption], group)
            if kind == "table-wrap-group" and group.find("table-wrap") is None:
                sub(group, "table-wrap").append(_empty_table())
            self.place(container, group)
        elif "chem-struct-wrap" in classes:
            wrap = etree.Element("chem-struct-wrap")
            _set_id(wrap, _own_id(node, "chem-"))
            nodes = _nodes(node)
            caption = next((n for n in _elements(nodes) if _tag(n) == "figcaption"), None)
            if caption is not None:
                self.float_caption(caption, wrap)
            for image in node.iter("img"):
                self.place_graphic(wrap, image, fallback=_alt_fallback(wrap))
            rest = "".join(
                "".join(n.itertext()) if not isinstance(n, str) else n
                for n in nodes
                if n is not caption and (isinstance(n, str) or _tag(n) != "img")
            ).strip()
            if rest or not len([c for c in wrap if _jats(c) == "graphic"]):
                sub(wrap, "chem-struct", rest)
            self.place(container, wrap)
        else:
            self.place(container, self.fig(node))

    def fig(self, node: Element) -> Element:
        fig = etree.Element("fig")
        _set_id(fig, _own_id(node, "fig-"))
        nodes = _nodes(node)
        caption = next((n for n in _elements(nodes) if _tag(n) == "figcaption"), None)
        if caption is not None:
            self.float_caption(caption, fig)
        fallback = _alt_fallback(fig)
        run: list[Node] = []  # text and other blocks between the images, converted together
        for child in [*(n for n in nodes if n is not caption), None]:
            if child is None or (not isinstance(child, str) and _tag(child) in ("img", "table")):
                self.blocks(run, fig)
                run = []
            if child is None:
                break
            if not isinstance(child, str) and _tag(child) == "img":
                self.place_graphic(fig, child, fallback=fallback)
            elif not isinstance(child, str) and _tag(child) == "table":
                wrap = etree.Element("table-wrap")
                wrap.append(self.table(child))
                self.place(fig, wrap)
            else:
                run.append(child)
        self.move_extras_last(fig)
        return fig

    def graphic(self, image: Element, *, fallback: str) -> Element:
        """An image as a ``graphic`` (an image that names no file: its text alternative, as a paragraph)."""
        href = _image_href(image.get("src") or "")
        alt = image.get("alt") or ""
        if not href:
            return _paragraph(alt)
        graphic = etree.Element("graphic", {HREF: xml_text(href)})
        if alt and alt != fallback:
            sub(graphic, "alt-text", alt)
        return graphic

    def place_graphic(self, container: Element, image: Element, *, fallback: str) -> None:
        graphic = self.graphic(image, fallback=fallback)
        if _jats(graphic) == "graphic" or (graphic.text or "").strip():
            self.place(container, graphic)

    def float_caption(self, caption: Element, element: Element) -> None:
        """A figcaption (caption title with label, caption paragraphs, credits) into a float's parts."""
        nodes = _content(_nodes(caption))
        title_node = next(
            (n for n in nodes if _has_class(n, "caption-title") and not isinstance(n, str) and _tag(n) == "p"), None
        )
        extras: list[Element] = []
        if title_node is not None:
            nodes.remove(title_node)
            parts = _nodes(title_node)
            label = _take_label(parts)
            if label is not None:
                self.inline(_nodes(label), sub(element, "label"))
            content = _content(parts)
        else:
            content = []
        rest: list[Node] = []
        takes = _EXTRAS.get(_jats(element), frozenset())
        for child in nodes:
            if not isinstance(child, str) and _tag(child) == "p" and _classes(child) & takes:
                extras.append(child)
            else:
                rest.append(child)
        if content or any(not _is_blank(n) for n in rest):
            caption_element = sub(element, "caption")
            if content:
                self.inline(content, sub(caption_element, "title"))
            self.blocks(rest, caption_element)
        for extra in extras:
            self.float_extra(extra, element, _classes(extra) & takes)

    def float_extra(self, node: Element, element: Element, classes: set[str] | frozenset[str]) -> None:
        """A float's credit line (attrib), permissions, DOI (object-id) or long description."""
        if "object-id" in classes:
            link = node.find(".//a")
            match = _DOI_URL.match((link.get("href") or "") if link is not None else "")
            if match:
                object_id = etree.Element("object-id", {"pub-id-type": "doi"})
                object_id.text = xml_text(match.group(1))
                element.insert(0, object_id)
                return
        if "long-desc" in classes:
            long_desc = etree.Element("long-desc")
            long_desc.text = xml_text("".join(node.itertext()))
            _insert_head(element, long_desc)
            return
        if "permissions" in classes:
            permissions = element.find("permissions")
            if permissions is None:
                permissions = sub(element, "permissions")
            license = permissions.find("license")
            if license is None:
                license = sub(permissions, "license")
            self.inline(_nodes(node), sub(license, "license-p"))
            return
        attrib = sub(element, "attrib")
        self.inline(_nodes(node), attrib)

    def move_extras_last(self, element: Element) -> None:
        """attrib and permissions close a float (display-back-matter)."""
        for child in [c for c in element if _jats(c) in _BACK_MATTER]:
            element.remove(child)
            element.append(child)

    def table_wrap(self, node: Element) -> Element:
        wrap = etree.Element("table-wrap")
        _set_id(wrap, _own_id(node, "tbl-"))
        nodes = _nodes(node)
        caption = next((n for n in _elements(nodes) if _tag(n) == "figcaption"), None)
        if caption is not None:
            self.float_caption(caption, wrap)
        fallback = _alt_fallback(wrap)
        for child in nodes:
            if child is caption or _is_blank(child):
                continue
            if isinstance(child, str):
                self.place(wrap, _paragraph(child.strip()))
                continue
            tag = _tag(child)
            classes = _classes(child)
            if tag == "div" and "table-scroll" in classes:
                for table in child.iter("table"):
                    self.place(wrap, self.table(table))
                    break
            elif tag == "table":
                self.place(wrap, self.table(child))
            elif tag == "img":
                self.place_graphic(wrap, child, fallback=fallback)
            elif tag == "div" and "table-foot" in classes:
                foot = etree.Element("table-wrap-foot")
                self.blocks(_nodes(child), foot)
                if len(foot):
                    self.place(wrap, foot)
            else:
                self.blocks([child], wrap)
        if not any(_jats(child) in ("table", "graphic", "alternatives", "media") for child in wrap):
            self.place(wrap, _empty_table())
        self.move_extras_last(wrap)
        return wrap

    def array_or_table(self, table: Element) -> Element:
        """A table the renderer wrote without a table-wrap: an ``array`` when it has only body rows."""
        converted = self.table(table)
        if converted.find("thead") is None and converted.find("tfoot") is None:
            array = etree.Element("array")
            for group in converted.findall("tbody"):
                body = sub(array, "tbody")
                for row in group:
                    body.append(row)
            if array.find("tbody") is not None and len(array) == 1:
                return array
        wrap = etree.Element("table-wrap")
        wrap.append(converted)
        return wrap

    def table(self, node: Element) -> Element:
        table = etree.Element("table")
        groups: dict[str, list[Element]] = {"thead": [], "tfoot": [], "tbody": []}
        loose: list[Element] = []
        for child in node:
            tag = _tag(child)
            if tag in groups:
                if loose:
                    groups["tbody"].append(_rows_holder(loose))
                    loose = []
                groups[tag].append(child)
            elif tag == "tr":
                loose.append(child)
        if loose:
            groups["tbody"].append(_rows_holder(loose))
        for tag in ("thead", "tfoot"):
            rows = [row for group in groups[tag] for row in group if _tag(row) == "tr"]
            if rows:
                self.rows(rows, sub(table, tag), head=tag == "thead")
        for group in groups["tbody"]:
            rows = [row for row in group if _tag(row) == "tr"]
            if rows:
                self.rows(rows, sub(table, "tbody"), head=False)
        if table.find("tbody") is None:
            body = sub(table, "tbody")
            sub(sub(body, "tr"), "td")
        return table

    def rows(self, rows: list[Element], target: Element, *, head: bool) -> None:
        for row in rows:
            tr = sub(target, "tr")
            for cell in row:
                tag = _tag(cell)
                if tag not in ("td", "th"):
                    continue
                element = sub(tr, "th" if head else tag)
                for name in ("colspan", "rowspan"):
                    value = (cell.get(name) or "").strip()
                    if value.isdigit() and value != "1":
                        element.set(name, value)
                align = next((_ALIGN_CLASSES[c] for c in _classes(cell) if c in _ALIGN_CLASSES), None)
                if align:
                    element.set("align", align)
                nodes = _nodes(cell)
                if any(not isinstance(n, str) and (_tag(n) not in _INLINE_HTML or _is_display_math(n)) for n in nodes):
                    self.blocks(nodes, element)
                else:
                    self.inline(nodes, element)
            if not len(tr):
                sub(tr, "td")

    def caption_element(self, nodes: list[Node], element: Element) -> None:
        caption = sub(element, "caption")
        self.blocks(nodes, caption)
        if not len(caption):
            element.remove(caption)

    def boxed_text(self, node: Element, container: Element) -> None:
        box = etree.Element("boxed-text")
        _set_id(box, _own_id(node, "box-"))
        nodes = _content(_nodes(node))
        if nodes and not isinstance(nodes[0], str) and _tag(nodes[0]) in _HEADINGS:
            heading = nodes.pop(0)
            assert not isinstance(heading, str)
            parts = _nodes(heading)
            label = _take_label(parts)
            if label is not None:
                self.inline(_nodes(label), sub(box, "label"))
            content = _content(parts)
            if content:
                self.inline(content, sub(sub(box, "caption"), "title"))
        self.blocks(nodes, box)
        self.place(container, box)

    def disp_quote(self, node: Element, container: Element) -> None:
        quote = etree.Element("disp-quote")
        _set_id(quote, _own_id(node, "quote-"))
        for child in _elements(_nodes(node)):
            if _tag(child) == "blockquote":
                self.blocks(_nodes(child), quote)
            elif _tag(child) == "figcaption":
                self.inline(_nodes(child), sub(quote, "attrib"))
            else:
                self.blocks([child], quote)
        self.move_extras_last(quote)
        self.place(container, quote)

    def preformat(self, node: Element, container: Element, classes: set[str]) -> None:
        tag = "code" if "code" in classes else "preformat"
        element = etree.Element(tag)
        _set_id(element, _own_id(node, "code-"))
        element.set(XML_SPACE, "preserve")
        self.inline(_nodes(node), element)
        self.place(container, element)

    def supplementary(self, node: Element, container: Element, kind: str) -> None:
        """A rendered supplementary file or media: its link (or label), caption, content and credits."""
        element = etree.Element(kind)
        _set_id(element, _own_id(node, "supp-" if kind == "supplementary-material" else "media-"))
        nodes = _content(_nodes(node))
        head = nodes.pop(0) if nodes and _has_class(nodes[0], "caption-title") else None
        if head is not None and not isinstance(head, str):
            parts = _nodes(head)
            first = parts[0] if parts else None
            text = ""
            name = ""
            # After the label, a space and the title (which may be empty): "<a>S1 Data</a> Title".
            titled = False
            if first is not None and not isinstance(first, str) and _tag(first) in ("a", "span"):
                parts.pop(0)
                if parts and isinstance(parts[0], str) and parts[0].startswith(" "):
                    parts[0] = parts[0][1:]
                    titled = True
                text = _plain(first)
                if _tag(first) == "a":
                    name = _asset_name(first.get("href") or "")
            if name:
                element.set(HREF, xml_text(name))
            title = _content(parts)
            label, caption = self.assets.get(name, ("", ""))
            if title or titled:
                sub(element, "label", text)
                self.inline(title, sub(sub(element, "caption"), "title"))
            elif text and text != name:
                if label == text or not caption.startswith(text):
                    sub(element, "label", text)
                else:
                    sub(sub(element, "caption"), "title", text)
        rest: list[Node] = []
        for child in nodes:
            if _has_class(child, "attrib") or _has_class(child, "permissions"):
                assert not isinstance(child, str)
                self.float_extra(child, element, _classes(child))
            else:
                rest.append(child)
        caption_element = element.find("caption")
        if rest:
            # Paragraphs right after the link are the caption's; the renderer shows them in that place.
            if caption_element is None:
                caption_element = etree.Element("caption")
                _insert_after_label(element, caption_element)
            self.blocks(rest, caption_element)
            if not len(caption_element):
                element.remove(caption_element)
        self.move_extras_last(element)
        if kind == "media" and element.get(HREF) is None:
            element.tag = "supplementary-material"  # a media element must name its file
        self.place(container, element)

    def statement(self, node: Element, container: Element) -> None:
        element = etree.Element("statement")
        _set_id(element, _own_id(node, "stmt-"))
        nodes = _content(_nodes(node))
        if nodes and _has_class(nodes[0], "caption-title"):
            head = nodes.pop(0)
            assert not isinstance(head, str)
            self.heading(head, element)
        self.blocks(nodes, element)
        if not any(_jats(child) in ("p", "statement") for child in element):
            sub(element, "p")
        self.place(container, element)

    def verse_group(self, node: Element) -> Element:
        group = etree.Element("verse-group")
        _set_id(group, _own_id(node, "x-"))
        titles = 0
        for child in _elements(_nodes(node)):
            classes = _classes(child)
            if _tag(child) == "div" and "verse-group" in classes:
                group.append(self.verse_group(child))
            elif "caption-title" in classes and titles < 2 and not group.xpath("verse-line|verse-group"):
                self.inline(_nodes(child), sub(group, "title" if titles == 0 else "subtitle"))
                titles += 1
            elif "attrib" in classes:
                self.inline(_nodes(child), sub(group, "attrib"))
            else:
                self.inline(_nodes(child), sub(group, "verse-line"))
        attribs = group.findall("attrib")
        for attrib in attribs:
            group.remove(attrib)
        if group.find("verse-line") is None and group.find("verse-group") is None:
            sub(group, "verse-line")
        for attrib in attribs:
            group.append(attrib)
        return group

    def speech(self, node: Element, container: Element) -> None:
        speech = etree.Element("speech")
        nodes = _content(_nodes(node))
        speaker = sub(speech, "speaker")
        first = next(_elements(nodes), None)
        if first is not None and _tag(first) == "p":
            inner = _nodes(first)
            lead = next((n for n in _content(inner)[:1] if _has_class(n, "speaker")), None)
            if lead is not None and not isinstance(lead, str):
                index = inner.index(lead)
                self.inline(_nodes(lead), speaker)
                del inner[index]
                if index < len(inner) and isinstance(inner[index], str):
                    inner[index] = str(inner[index]).removeprefix(" ")
                first_p = etree.Element("p")
                self.inline(_content(inner), first_p)
                if len(first_p) or (first_p.text or "").strip():
                    speech.append(first_p)
                nodes = [n for n in nodes if n is not first]
        self.blocks(nodes, speech)
        _drop_empty_paragraphs(speech)
        if speech.find("p") is None:
            sub(speech, "p")
        self.place(container, speech)

    def sig_block(self, node: Element, container: Element) -> None:
        if _jats(container) != "body":
            self.blocks(_nodes(node), container)
            return
        block = etree.Element("sig-block")
        for child in _elements(_nodes(node)):
            self.inline(_nodes(child), sub(block, "sig"))
        self.place(container, block)


# Helpers -------------------------------------------------------------------------------------------


def _is_same(element: Element, other: Element | None) -> bool:
    return other is not None and element is other


def _has_sections(element: Element) -> bool:
    """Whether the body has begun its sections (they follow its paragraphs, so the last child tells)."""
    return len(element) > 0 and _jats(element[-1]) in ("sec", "sig-block")


def _is_display_math(node: Element) -> bool:
    return _tag(node) == "math" and node.get("display") == "block"


def _take_label(nodes: list[Node]) -> Element | None:
    """Take the label the renderer put first (``<span class="label">a</span> ``) off ``nodes``.

    It may stand alone or at the start of the first paragraph; the paragraph loses it and the space after it.
    """
    index = next((i for i, n in enumerate(nodes) if not _is_blank(n)), None)
    if index is None:
        return None
    first = nodes[index]
    if isinstance(first, str):
        return None
    if _tag(first) == "span" and "label" in _classes(first):
        del nodes[index]
        if index < len(nodes) and isinstance(nodes[index], str):
            nodes[index] = str(nodes[index]).removeprefix(" ")
        return first
    if _tag(first) == "p" and not first.get("class"):
        inner = first
        if inner.text and inner.text.strip():
            return None
        span = next((child for child in inner if isinstance(child.tag, str)), None)
        if span is None or _tag(span) != "span" or "label" not in _classes(span):
            return None
        label = span
        inner.remove(span)
        rest = (span.tail or "").removeprefix(" ")
        if len(inner):
            inner.text = (inner.text or "") + rest
        else:
            inner.text = (inner.text or "") + rest
        if not (inner.text or "").strip() and not len(inner):
            del nodes[index]
        label.tail = None
        return label
    return None


def _remove_with_space(node: Element) -> None:
    """Remove ``node`` (not its tail) and the one space the renderer put before it."""
    previous = node.getprevious()
    parent = node.getparent()
    if parent is None:
        return
    if previous is not None:
        previous.tail = _one_space_less(previous.tail)
    else:
        parent.text = _one_space_less(parent.text)
    tail = node.tail
    parent.remove(node)
    if tail:
        append_html_text(parent, previous, tail)


def _one_space_less(text: str | None) -> str | None:
    return text[:-1] if text and text.endswith(" ") else text


def append_html_text(parent: Element, previous: Element | None, text: str) -> None:
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _drop_empty_paragraphs(element: Element) -> None:
    for paragraph in element.findall("p"):
        if not len(paragraph) and not (paragraph.text or "").strip() and not paragraph.get("id"):
            element.remove(paragraph)


def _paragraph(text: str) -> Element:
    paragraph = etree.Element("p")
    paragraph.text = xml_text(text)
    return paragraph


def _move_content(source: Element, target: Element) -> None:
    """The content of ``source`` into ``target``; children ``target`` may not hold give way to their content."""
    target.text = source.text
    allowed = INLINE.get(_jats(target), frozenset())
    for child in list(source):
        target.append(child)
        if _jats(child) == "break" and "break" not in allowed:
            child.tail = "\n" + (child.tail or "")
            _unwrap(child)
        elif _jats(child) not in allowed:
            _unwrap(child)


def _ensure_title(element: Element) -> None:
    if element.find("title") is None and element.find("label") is None:
        element.insert(0, etree.Element("title"))
    elif element.find("title") is None:
        label = element.find("label")
        assert label is not None
        label.addnext(etree.Element("title"))


def _fix_children(element: Element) -> None:
    """After renaming a back-matter element to ``sec``: children a sec does not take lose their wrapper."""
    for child in list(element):
        if _jats(child) in ("app", "ack", "notes", "bio", "app-group"):
            child.tag = "sec"
            _ensure_title(child)
            _fix_children(child)


def _zone_of(child: Element, zones: tuple[frozenset[str], ...]) -> int:
    tag = _jats(child)
    if tag in _HEAD:
        return -1
    return next((number for number, allowed in enumerate(zones) if tag in allowed), len(zones))


def _accepts(container: Element, tag: str) -> bool:
    zones = ZONES.get(_jats(container))
    return zones is not None and any(tag in allowed for allowed in zones)


def _insert_head(element: Element, head: Element) -> None:
    """Insert ``head`` after the float's label and caption (where access elements go)."""
    position = 0
    for index, child in enumerate(element):
        if _jats(child) in ("object-id", "label", "caption"):
            position = index + 1
    element.insert(position, head)


def _insert_after_label(element: Element, caption: Element) -> None:
    label = element.find("label")
    if label is not None:
        label.addnext(caption)
    else:
        object_ids = element.findall("object-id")
        if object_ids:
            object_ids[-1].addnext(caption)
        else:
            element.insert(0, caption)


def _alt_fallback(element: Element) -> str:
    """The text alternative the renderer gives a float's image that has none of its own."""
    caption = element.find("caption")
    if caption is not None:
        title = _jats_plain(caption.find("title"))
        if title:
            return title
        text = _jats_plain(caption)
        if text:
            return text
    return _jats_plain(element.find("label")) or _("Figuur")


def _rows_holder(rows: list[Element]) -> Element:
    holder = etree.Element("tbody")
    for row in rows:
        holder.append(row)
    return holder


def _empty_table() -> Element:
    table = etree.Element("table")
    sub(sub(sub(table, "tbody"), "tr"), "td")
    return table


# MathML -------------------------------------------------------------------------------------------
# The rendered body passes MathML 3 through as HTML elements without a namespace. Back in JATS it takes
# its namespace again, and what the MathML 3 schema would refuse (typed by hand, or damaged) is mended:
# attributes with a value their type does not allow are dropped, elements of the wrong arity padded or
# grouped, text in a table wrapped in its row and cell, anything that is not MathML kept as its text.

_MATH_TOKENS = _words("mi mn mo ms mtext annotation")
_MATH_ARITY = {"mfrac": 2, "mroot": 2, "msub": 2, "msup": 2, "munder": 2, "mover": 2, "msubsup": 3, "munderover": 3}
_BOOLEAN = _words("true false")
_LENGTH = re.compile(
    r"\s*([+-]?[0-9]*([0-9]\.?|\.[0-9])[0-9]*\s*(%?\s*(height|depth|width)?|e[mx]|in|cm|mm|p[xtc])?"
    r"|(negative)?((very){0,2}thi(n|ck)|medium)mathspace)\s*"
)
_INTEGER = re.compile(r"\s*[+-]?[0-9]+\s*")
_POSITIVE = re.compile(r"\s*\+?0*[1-9][0-9]*\s*")


def _one_of(*values: str) -> frozenset[str]:
    return frozenset(values)


_MATH_ENUMS: dict[str, frozenset[str]] = dict.fromkeys(
    _words(
        "accent accentunder bevelled displaystyle equalcolumns equalrows fence largeop movablelimits separator "
        "stretchy symmetric"
    ),
    _BOOLEAN,
) | {
    "display": _one_of("block", "inline"),
    "dir": _one_of("ltr", "rtl"),
    "form": _one_of("prefix", "infix", "postfix"),
    "linebreak": _words("auto newline nobreak goodbreak badbreak indentingnewline"),
    "mathvariant": _words(
        "normal bold italic bold-italic double-struck bold-fraktur script bold-script fraktur sans-serif "
        "bold-sans-serif sans-serif-italic sans-serif-bold-italic monospace initial tailed looped stretched"
    ),
    "denomalign": _one_of("left", "center", "right"),
    "numalign": _one_of("left", "center", "right"),
    "frame": _one_of("none", "solid", "dashed"),
}
#: Attributes whose value is a list of tokens from a set.
_MATH_TOKEN_LISTS = {
    "columnalign": _one_of("left", "center", "right"),
    "rowalign": _words("top bottom center baseline axis"),
    "columnlines": _one_of("none", "solid", "dashed"),
    "rowlines": _one_of("none", "solid", "dashed"),
}
#: Attributes that are a length, or one of some words.
_MATH_LENGTHS = {
    "linethickness": _one_of("thin", "medium", "thick"),
    "mathsize": _one_of("small", "normal", "big"),
    "maxsize": _one_of("infinity"),
    "minsize": frozenset(),
    "depth": frozenset(),
    "height": frozenset(),
    "lspace": frozenset(),
    "rspace": frozenset(),
    "voffset": frozenset(),
    "width": _one_of("auto"),
    "subscriptshift": frozenset(),
    "superscriptshift": frozenset(),
}


def _math_value_ok(name: str, value: str) -> bool:
    if name in _MATH_ENUMS:
        return value.strip() in _MATH_ENUMS[name]
    if name in _MATH_TOKEN_LISTS:
        return bool(value.split()) and all(token in _MATH_TOKEN_LISTS[name] for token in value.split())
    if name in _MATH_LENGTHS:
        return value.strip() in _MATH_LENGTHS[name] or _LENGTH.fullmatch(value) is not None
    if name == "scriptlevel":
        return _INTEGER.fullmatch(value) is not None
    if name in ("columnspan", "rowspan", "selection"):
        return _POSITIVE.fullmatch(value) is not None
    return True


def _math_element(tag: str) -> Element:
    return etree.Element(f"{{{MML}}}{tag}")


#: Table parts, and the element each must stand in (elsewhere they are rows: mrow).
_MATH_TABLE_PARTS = {"mtr": ("mtable",), "mlabeledtr": ("mtable",), "mtd": ("mtr", "mlabeledtr")}


def _mathml(node: Element) -> Element:
    """An HTML ``math`` element (no namespace) as MathML 3 in its namespace, mended where the schema wants."""
    return _math_convert(node, "math")


def _math_convert(source: Element, tag: str, parent: str = "") -> Element:
    if tag in _MATH_TABLE_PARTS and parent not in _MATH_TABLE_PARTS[tag]:
        tag = "mrow"
    target = _math_element(tag)
    for name, value in source.attrib.items():
        if ":" not in name and not name.startswith("xmlns") and _math_value_ok(name, value):
            target.set(name, xml_text(value))
    token = tag in _MATH_TOKENS
    if source.text:
        _math_text(target, source.text, token)
    for child in source:
        if isinstance(child.tag, str):
            child_tag = _tag(child)
            if token or child_tag not in MATH_TAGS or child_tag == "math":
                _math_text(target, "".join(child.itertext()), token)
            else:
                target.append(_math_convert(child, child_tag, tag))
        if child.tail:
            _math_text(target, child.tail, token)
    _math_mend(target, tag)
    return target


def _math_text(target: Element, text: str, token: bool) -> None:
    """Text in a token element is its content; elsewhere only white space may stand: the rest goes in mtext."""
    if token or not text.strip():
        append_text(target, text)
    else:
        sub(target, f"{{{MML}}}mtext", text.strip())


def _math_mend(target: Element, tag: str) -> None:
    arity = _MATH_ARITY.get(tag)
    if arity is not None:
        children = list(target)
        while len(children) < arity:
            children.append(_math_element("mrow"))
            target.append(children[-1])
        if len(children) > arity:
            group = _math_element("mrow")
            children[arity - 1].addprevious(group)
            for extra in children[arity - 1 :]:
                group.append(extra)
    elif tag == "mtable":
        _math_wrap(target, ("mtr", "mlabeledtr"), "mtr")
        for row in target:
            _math_wrap(row, ("mtd",), "mtd")
    elif tag in ("mtr", "mlabeledtr"):
        _math_wrap(target, ("mtd",), "mtd")


def _math_wrap(parent: Element, allowed: tuple[str, ...], wrapper: str) -> None:
    """Children of ``parent`` that may not stand there go into a ``wrapper`` of their own."""
    for child in list(parent):
        if etree.QName(child).localname not in allowed:
            holder = _math_element(wrapper)
            child.addprevious(holder)
            holder.append(child)
            if wrapper == "mtr":
                _math_wrap(holder, ("mtd",), "mtd")


# The module's API ----------------------------------------------------------------------------------


def inline_into(parent: Element, html: str) -> None:
    """Inline HTML (a title, a citation) as the content of ``parent``."""
    _Converter().inline(_nodes(_parse(html)), parent)


def abstract_into(container: Element, html: str) -> None:
    """Block HTML (an abstract: paragraphs, or sections with headings) as the content of ``container``."""
    _Converter().blocks(_nodes(_parse(html)), container)


@dataclass
class Converted:
    """The rendered full text back in JATS: the body, the floats that followed it, and the back matter."""

    body: Element
    floats: Element
    back: list[Element]


def body(html: str, *, assets: Mapping[str, tuple[str, str]] | None = None) -> Converted:
    """The rendered body HTML (``record.body``) as JATS ``body``, ``floats-group`` and back matter.

    ``assets`` maps the article's file names to their (label, caption), which tell a supplementary file's
    label from its title where the HTML shows only one of them.
    """
    converter = _Converter(assets)
    root = _parse(html)
    nodes = _nodes(root)
    for node in list(_elements(nodes)):
        if _tag(node) == "section" and "footnotes" in _classes(node):
            # The notes of the text's inline footnotes: each goes back to its marker.
            for note in node.iter("div"):
                if "fn" in _classes(note) and note.get("id"):
                    converter.notes[note.get("id", "")] = note
            nodes.remove(node)
    split = next(
        (
            index
            for index, node in enumerate(nodes)
            if not isinstance(node, str)
            and _tag(node) in ("section", "div")
            and _classes(node) & _BACK_CLASSES
            and (_tag(node) == "section" or "app-group" in _classes(node))
        ),
        len(nodes),
    )
    body_element = etree.Element("body")
    floats = etree.Element("floats-group")
    converter.top, converter.floats = body_element, floats
    converter.blocks(nodes[:split], body_element)
    converter.top = converter.floats = None
    back = etree.Element("back")
    converter.blocks(nodes[split:], back)
    orphans = [note for anchor, note in converter.notes.items() if anchor not in converter.used_notes]
    if orphans:
        group = etree.Element("fn-group")
        for note in orphans:
            converter.footnote(note, group)
        converter.place(back, group)
    return Converted(body=body_element, floats=floats, back=list(back))


def finish(article: Element) -> None:
    """Make the document's ids unique, drop references to ids it does not hold (their text stays)."""
    seen: set[str] = {str(value) for value in article.xpath("//@id")}
    taken: set[str] = set()
    for element in article.iter():
        value = element.get("id")
        if value is None:
            continue
        if value in taken:
            # A second element with the same id: cross-references keep pointing at the first.
            number = 2
            while f"{value}-{number}" in seen:
                number += 1
            value = f"{value}-{number}"
            element.set("id", value)
            seen.add(value)
        taken.add(value)
    for xref in list(article.iter("xref")):
        rids = [rid for rid in (xref.get("rid") or "").split() if rid in seen]
        if rids:
            xref.set("rid", " ".join(rids))
        elif xref.get("rid") is not None:
            _unwrap(xref)
    for element in article.iter("list", "def-list"):
        if element.get("continued-from") and element.get("continued-from") not in seen:
            del element.attrib["continued-from"]


def _unwrap(element: Element) -> None:
    """Replace ``element`` by its content."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    text = element.text or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    tail = element.tail or ""
    parent.remove(element)
    if not tail:
        return
    before = children[-1] if children else (parent[index - 1] if index > 0 else None)
    if before is not None:
        before.tail = (before.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def restore_alternatives(article: Element, assets: Mapping[str, tuple[str, str]]) -> None:
    """Give back the images the page does not show: a figure's print version, a table's picture.

    The renderer shows one side of an ``alternatives`` (the screen graphic, the table), so the rendered
    body no longer names the other. The article keeps those files with the label and caption of their
    figure or table; each goes back, as an alternative, to the one float with that label and caption.
    """
    shown = {element.get(HREF, "") for element in article.iter("graphic", "inline-graphic", "media")}
    shown |= {element.get(HREF, "") for element in article.iter("supplementary-material")}
    unplaced = {name: key for name, key in assets.items() if name not in shown and any(key)}
    if not unplaced:
        return
    floats: dict[tuple[str, str], list[Element]] = {}
    for element in article.iter("fig", "table-wrap"):
        key = (_squashed(element.find("label")), _squashed(element.find("caption")))
        floats.setdefault(key, []).append(element)
    for name, (label, caption) in sorted(unplaced.items()):
        matches = floats.get(("".join(label.split()), "".join(caption.split())), [])
        if len(matches) != 1:
            continue
        element = matches[0]
        shown_part = next((child for child in element if _jats(child) in ("graphic", "table", "alternatives")), None)
        if shown_part is None:
            continue
        if _jats(shown_part) != "alternatives":
            alternatives = etree.Element("alternatives")
            shown_part.addprevious(alternatives)
            alternatives.append(shown_part)
            shown_part = alternatives
        other = etree.Element("graphic", {HREF: name})
        if _jats(element) == "fig":
            other.set("specific-use", "print")  # the renderer shows the screen graphic, as before
        shown_part.insert(0, other) if _jats(element) == "table-wrap" else shown_part.append(other)


def _squashed(element: Element | None) -> str:
    return "".join("".join(element.itertext()).split()) if element is not None else ""
