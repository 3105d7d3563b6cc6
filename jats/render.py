"""JATS to HTML: an article's full text, abstracts, titles and citations as the reading page shows them.

Reads JATS 1.1 to 1.4 (Publishing and Archiving tag sets, and NLM 3.0 before them); the elements come
from an lxml tree parsed safely (``jats.xmlsafe``). JATS has no namespace; MathML is passed through
(``mml:math`` with a prefix or as the default namespace) and XLink attributes are read.

The output is HTML that ``journals.html.sanitize_html`` leaves as it is (a test holds every sample to
that): every tag, attribute and class written here is on its allow-list, text is escaped, links are
``http(s)``/``mailto`` or point inside the page (``#...``) or at the article's files (``bestanden/...``).
It is sanitised once, when it is stored (``Article.save``).

What the HTML looks like (``jats.html2jats`` reads it back)::

    sec, ack, app, app-group, glossary,   <section id="sec-ID" class="ack|app|...">  (plain sec: no class), its
    notes, fn-group, bio                  <hN> (h2 at the top, h3..h6 deeper) with <span class="label"> + title;
                                          an app-group without a title: <div class="app-group">
    p                                     <p id="p-ID">, split around the blocks JATS lets a p hold
    list                                  <ol|ul id="list-ID" type= start=> <li><p>..; simple: <ul class="simple">;
                                          items with labels: <ul class="labelled"><li><p><span class="label">
    def-list, def-item                    <p class="list-title">; <dl class="def-list"><dt id="def-ID"><dd>
    fig, fig-group, chem-struct-wrap      <figure id="fig-ID" class="fig|fig-group|chem-struct-wrap">
                                          <img src="bestanden/NAME" alt="..."> <figcaption><p class="caption-title">
                                          <span class="label">..</span> title</p> <p>caption</p> <p class="attrib">
                                          <p class="permissions"> <p class="object-id"><a href="https://doi.org/..">
    table-wrap                            <figure id="tbl-ID" class="table-wrap"> <figcaption> first, then
                                          <div class="table-scroll" tabindex="0"><table> (th with scope) </div>
                                          <div class="table-foot"> with its notes
    fn                                    <div id="fn-ID" class="fn"><p><span class="label">..</span> .. <a
                                          class="backlink" href="#cite-ID">; a fn inside the text: <sup
                                          class="fn-ref"><a> there, the note in <section class="footnotes"> at the end
    xref                                  <a href="#ANCHOR">; the first xref to each target has id="cite-ID"
    boxed-text                            <aside id="box-ID" class="boxed-text"> <hN> label + title, content
    disp-quote                            <figure class="disp-quote"><blockquote>..</blockquote>
                                          <figcaption class="attrib">; without attrib <blockquote class="disp-quote">
    disp-formula                          <div id="eq-ID" class="disp-formula"><math display="block">..</math>
                                          <span class="label">(1)</span></div>
    inline-formula                        <span class="inline-formula"><math>..</math></span>
    tex-math (where there is no MathML)   <code class="tex-math">
    supplementary-material, media         <div id="supp-ID|media-ID" class="supplementary-material|media">
                                          <p class="caption-title"><a href="bestanden/NAME">label</a> title</p>
    statement, verse-group, speech,       <div class="statement|verse-group|speech|sig-block"> with
    sig-block                             <p class="caption-title|verse-line|sig">, <strong class="speaker">
    code, preformat                       <pre class="code|preformat">; code within a line: <code class="code">
    italic bold sc monospace underline    <em> <strong> <span class="sc"> <code> <u>
    strike overline sub sup break         <s> <span class="overline"> <sub> <sup> <br>
    roman sans-serif abbrev               <span class="roman|sans-serif"> <abbr title>
    ext-link uri email                    <a href="http(s)/mailto"> (anything else: the text alone)
    inline-graphic                        <img class="inline-graphic" src="bestanden/NAME">

Ids keep the source's xml ids behind a prefix per kind (``sec-``, ``fig-``, ``tbl-``, ``fn-``, ``ref-``,
``app-``, ``eq-``, ``box-``, ``supp-``, ...), so anchors are stable; a duplicate gets ``-2``. References
are not rendered here: the page lists them from ``journals.Reference`` under ``id="ref-<xml id>"``.

Unknown elements degrade to their text (inline, or a paragraph where a block stands), never to nothing
and never to markup; comments and processing instructions are dropped.

Speed: one pass over the tree, one dictionary look-up per element, strings collected in a list and
joined once; the ids are indexed up front by one ``iter`` over the tags that can carry an anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from lxml import etree

from journals.html import MATH_ATTRIBUTES, MATH_TAGS
from journals.identifiers import FILE_NAME, normalize_doi

type Element = etree._Element

MATHML: Final = "http://www.w3.org/1998/Math/MathML"
_M: Final = "{" + MATHML + "}"
XLINK_HREF: Final = "{http://www.w3.org/1999/xlink}href"
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"

#: Where the article's files are served from, relative to the article page (whose URL ends in ``/``).
FILES_URL: Final = "bestanden/"


@dataclass
class Rendered:
    html: str  # block HTML, safe as sanitize_html leaves it
    cited: set[str] = field(default_factory=set)  # xml ids of the <ref>s the body cites (xref to them)


# --- Escaping -------------------------------------------------------------------------------------------------
# As html5ever (nh3) serialises: so that sanitising the output changes nothing.


def _esc(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\xa0" in text:
        text = text.replace("\xa0", "&nbsp;")
    return text


def _attr(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\xa0" in text:
        text = text.replace("\xa0", "&nbsp;")
    return text


def _all_text(element: Element) -> str:
    """All the text inside an element (lxml gives str for a tree parsed from bytes)."""
    return "".join(cast("Iterator[str]", element.itertext()))


def _plain(element: Element | None) -> str:
    """The text of an element, its whitespace collapsed (for alt text and tests)."""
    if element is None:
        return ""
    return " ".join(_all_text(element).split())


def asset_name(href: str) -> str:
    """The file name under which the article keeps the file an ``xlink:href`` names ('' if it names none).

    ``fig1.jpg`` and ``figures/fig1.jpg`` are ``fig1.jpg``; an address with a scheme (``https:``, PLOS's
    ``info:doi/...``), an absolute path or a fragment names no file of the package (as ``jats.reader``
    decides: it files the package's assets by this name).
    """
    href = href.strip()
    if not href or ":" in href.split("/", 1)[0] or href.startswith(("/", "#", "\\")):
        return ""
    name = href.rsplit("/", 1)[-1]
    return name if FILE_NAME.fullmatch(name) else ""


def safe_url(url: str) -> str:
    """``url`` when it is a web or mail address the page may link to, else ''."""
    url = url.strip()
    lowered = url[:8].lower()
    if lowered.startswith(("https://", "http://")):
        return url.replace(" ", "%20") if len(url) > 8 else ""
    if lowered.startswith("mailto:") and len(url) > 7:
        return url.replace(" ", "%20")
    return ""


def doi_of(text: str) -> str:
    """A normalised, lower-case DOI from ``text`` (a bare DOI, doi:…, or a doi.org address), or ''."""
    text = text.strip()
    if not text:
        return ""
    try:
        return normalize_doi(text).lower()
    except ValidationError:
        return ""


_TEX_DOCUMENT = re.compile(r"\\begin\{document\}(.*?)\\end\{document\}", re.S)


def _tex(source: str) -> str:
    """The formula of a tex-math element, without the LaTeX document some publishers wrap around it."""
    found = _TEX_DOCUMENT.search(source)
    return (found.group(1) if found else source).strip()


def _words(names: str) -> frozenset[str]:
    return frozenset(names.split())


# --- MathML ---------------------------------------------------------------------------------------------------

_MATH_NAMES: Final = {_M + name: name for name in MATH_TAGS}
_MATH_TOKENS: Final = frozenset({_M + name for name in ("mi", "mn", "mo", "ms", "mtext", "annotation")})
_MATH_DROPPED: Final = frozenset({_M + "annotation-xml", _M + "mglyph"})
_MATH_TAGS: Final = (_M + "math", "math")


# --- Which elements are blocks, which carry anchors -----------------------------------------------------------

#: Prefix of the HTML id of each element kind that keeps its xml id (ref: the page's reference list).
ANCHOR_PREFIX: Final = {
    "sec": "sec-",
    "ack": "sec-",
    "glossary": "sec-",
    "notes": "sec-",
    "fn-group": "sec-",
    "bio": "sec-",
    "app": "app-",
    "app-group": "app-",
    "fig": "fig-",
    "fig-group": "fig-",
    "table-wrap": "tbl-",
    "table-wrap-group": "tbl-",
    "fn": "fn-",
    "ref": "ref-",
    "disp-formula": "eq-",
    "disp-formula-group": "eq-",
    "boxed-text": "box-",
    "supplementary-material": "supp-",
    "media": "media-",
    "list": "list-",
    "def-list": "list-",
    "def-item": "def-",
    "statement": "stmt-",
    "disp-quote": "quote-",
    "p": "p-",
    "chem-struct-wrap": "chem-",
    "code": "code-",
    "preformat": "code-",
    "target": "x-",
    "verse-group": "x-",
}

#: Simple inline markup: JATS element -> (opening, closing) HTML.
_WRAP: Final = {
    "italic": ("<em>", "</em>"),
    "bold": ("<strong>", "</strong>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "sc": ('<span class="sc">', "</span>"),
    "monospace": ("<code>", "</code>"),
    "underline": ("<u>", "</u>"),
    "strike": ("<s>", "</s>"),
    "overline": ('<span class="overline">', "</span>"),
    "roman": ('<span class="roman">', "</span>"),
    "sans-serif": ('<span class="sans-serif">', "</span>"),
    "ruby": ("<ruby>", "</ruby>"),
    "rb": ("", ""),
    "rt": ("<rt>", "</rt>"),
    "rp": ("<rp>", "</rp>"),
}
#: Elements whose content is not printed where they stand (read by their parents, or invisible by design).
_SILENT: Final = _words(
    "alt-text index-term index-term-range-end milestone-start milestone-end glyph-data glyph-ref "
    "ref-list object-id processing-meta sec-meta "
)
#: JATS block elements: they close an open paragraph (an HTML <p> cannot hold them).
_BLOCKS_IN_P: Final = _words(
    "p sec list def-list table-wrap table-wrap-group table array fig fig-group graphic boxed-text "
    "disp-quote disp-formula disp-formula-group preformat supplementary-material media statement "
    "verse-group speech chem-struct-wrap fn-group glossary ack app app-group notes bio sig-block "
    "question-wrap question-wrap-group ref-list table-wrap-foot caption title "
)

_LIST_TYPES: Final = {
    "order": ("ol", ""),
    "arabic": ("ol", ""),
    "alpha-lower": ("ol", ' type="a"'),
    "alpha-upper": ("ol", ' type="A"'),
    "roman-lower": ("ol", ' type="i"'),
    "roman-upper": ("ol", ' type="I"'),
    "bullet": ("ul", ""),
    "simple": ("ul", ' class="simple"'),
}
_ALIGN: Final = {"left": ' class="align-left"', "center": ' class="align-center"', "right": ' class="align-right"'}
_NUMBER = re.compile(r"[1-9][0-9]{0,2}\Z")

Out = list[str]
#: A DOI resolver printed just before a DOI: 'https://doi.org/', 'http://dx.doi.org/'.
_RESOLVER_BEFORE = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/$")
BlockHandler = Callable[["_Renderer", Element, Out, int], None]
InlineHandler = Callable[["_Renderer", Element, Out], None]


class _Renderer:
    """One rendering: the anchors of the document, what has been cited, the footnotes still to place.

    ``ids``: write ids and the links that need them (the body); off for titles, abstracts, citations,
    which stand on the page without the body (their xrefs to references still link: the list is public).
    """

    def __init__(self, *, ids: bool) -> None:
        self.ids = ids
        self.anchors: dict[str, str] = {}  # xml id -> html id of its element
        self.kinds: dict[str, str] = {}  # xml id -> JATS element name
        self.elements: dict[str, Element] = {}
        self.taken: set[str] = set()  # html ids written, or planned for elements still to come
        self.written: set[str] = set()
        self.cited_first: set[str] = set()  # xml ids whose first citing xref has its cite- id
        self.cited: set[str] = set()  # xml ids of the references cited
        self.footnotes: list[tuple[Element, str, str]] = []  # inline fns: (fn, html id, cite id)
        self.in_link = False
        self.in_foot = False
        self.generated = 0
        self.reference_ids: set[str] | None = None  # without ids: the doc's <ref>s, looked up on first need

    # --- ids ----------------------------------------------------------------------------------------------

    def index(self, roots: list[Element]) -> None:
        for root in roots:
            for element in root.iter(*ANCHOR_PREFIX):
                xml_id = element.get("id")
                if not xml_id:
                    continue
                xml_id = xml_id.strip()
                if not xml_id or xml_id in self.anchors:
                    continue
                tag = element.tag
                anchor = ANCHOR_PREFIX[tag] + "".join(xml_id.split())
                if anchor in self.taken:
                    anchor = self._fresh(anchor)
                self.anchors[xml_id] = anchor
                self.kinds[xml_id] = tag
                self.elements[xml_id] = element
                self.taken.add(anchor)
                if tag == "ref":
                    self.written.add(anchor)  # the page writes it, with the reference list

    def _fresh(self, base: str) -> str:
        number = 2
        while f"{base}-{number}" in self.taken:
            number += 1
        anchor = f"{base}-{number}"
        self.taken.add(anchor)
        return anchor

    def _id(self, element: Element) -> str:
        """`` id="..."`` for an element whose xml id is indexed, '' otherwise."""
        if not self.ids:
            return ""
        xml_id = element.get("id")
        if not xml_id:
            return ""
        anchor = self.anchors.get(xml_id.strip())
        if anchor is None:
            return ""
        if anchor in self.written:  # a second element with the same xml id
            anchor = self._fresh(anchor)
        self.written.add(anchor)
        return f' id="{_attr(anchor)}"'

    def _section_id(self, element: Element) -> str:
        """Sections always get an id (the table of contents links to them)."""
        if not self.ids:
            return ""
        given = self._id(element)
        if given:
            return given
        self.generated += 1
        anchor = f"sec-{self.generated}"
        if anchor in self.taken:
            anchor = self._fresh(anchor)
        self.taken.add(anchor)
        self.written.add(anchor)
        return f' id="{anchor}"'

    # --- inline -------------------------------------------------------------------------------------------

    def inline(self, element: Element, out: Out) -> None:
        """The mixed content of ``element`` as inline HTML."""
        text = element.text
        if text:
            out.append(_esc(text))
        for child in element:
            tag = child.tag
            if tag.__class__ is str:
                wrap = _WRAP.get(tag)
                if wrap is not None:
                    out.append(wrap[0])
                    self.inline(child, out)
                    out.append(wrap[1])
                else:
                    handler = _INLINE.get(tag)
                    if handler is not None:
                        handler(self, child, out)
                    elif tag not in _SILENT:
                        self.inline(child, out)  # unknown: its text, with its inline markup
            tail = child.tail
            if tail:
                out.append(_esc(tail))

    def _content_or(self, element: Element, out: Out, fallback: str) -> None:
        if (element.text and not element.text.isspace()) or len(element):
            self.inline(element, out)
        else:
            out.append(_esc(fallback))

    def _xref_text(self, element: Element, out: Out, target: str) -> None:
        """An xref's own text, or (an empty xref) the label of what it points to."""
        if (element.text and not element.text.isspace()) or len(element):
            self.inline(element, out)
        else:
            out.append(_esc(self._label_of(target)))

    def _xref(self, element: Element, out: Out) -> None:
        rids = (element.get("rid") or "").split()
        target = rids[0] if rids else ""
        anchor = self.anchors.get(target)
        if not self.ids:
            anchor = f"ref-{target}" if target and target in self._references(element) else None
        if anchor is None or self.in_link:
            self._xref_text(element, out, target)
            return
        cite = ""
        if self.ids:
            for rid in rids:
                if rid not in self.anchors:
                    continue
                if self.kinds[rid] == "ref":
                    self.cited.add(rid)
                if rid not in self.cited_first:
                    self.cited_first.add(rid)
                    if rid == target:
                        cite = f' id="cite-{_attr(rid)}"'
                    else:
                        out.append(f'<span id="cite-{_attr(rid)}"></span>')
        out.append(f'<a{cite} href="#{_attr(anchor)}">')
        self.in_link = True
        self._xref_text(element, out, target)
        self.in_link = False
        out.append("</a>")

    def _references(self, element: Element) -> set[str]:
        if self.reference_ids is None:
            root = element.getroottree().getroot()
            self.reference_ids = {ref.get("id", "") for ref in root.iter("ref")}
        return self.reference_ids

    def _label_of(self, xml_id: str) -> str:
        target = self.elements.get(xml_id)
        label = _plain(target.find("label")) if target is not None else ""
        return label or xml_id or "*"

    def _link(self, element: Element, out: Out, url: str, text: str = "") -> None:
        """A link to ``url`` (already checked) around the element's content, or ``text`` when it has none."""
        if not url or self.in_link:
            self._content_or(element, out, text or url)
            return
        out.append(f'<a href="{_attr(url)}">')
        self.in_link = True
        self._content_or(element, out, text or url)
        self.in_link = False
        out.append("</a>")

    def _ext_link(self, element: Element, out: Out) -> None:
        href = (element.get(XLINK_HREF) or "").strip()
        kind = element.get("ext-link-type", "")
        if kind == "doi" or href.lower().startswith(("doi:", "10.", "http://dx.doi.org/", "https://dx.doi.org/")):
            doi = doi_of(href)
            url = f"https://doi.org/{doi}" if doi else safe_url(href)
        else:
            url = safe_url(href)
        self._link(element, out, url, href)

    def _uri(self, element: Element, out: Out) -> None:
        href = element.get(XLINK_HREF) or _plain(element)
        self._link(element, out, safe_url(href), href)

    def _email(self, element: Element, out: Out) -> None:
        address = (element.get(XLINK_HREF) or _plain(element)).removeprefix("mailto:")
        url = f"mailto:{address}" if "@" in address and not any(c.isspace() for c in address) else ""
        self._link(element, out, url, address)

    def _related(self, element: Element, out: Out) -> None:
        href = element.get(XLINK_HREF) or ""
        url = safe_url(href)
        if not url and element.get("ext-link-type") == "doi":
            doi = doi_of(href)
            url = f"https://doi.org/{doi}" if doi else ""
        self._link(element, out, url, href)

    def _pub_id(self, element: Element, out: Out) -> None:
        if element.get("pub-id-type") == "doi":
            doi = doi_of(_plain(element))
            if doi:
                # 'https://doi.org/<pub-id>10.1/x</pub-id>': the resolver printed before the DOI joins its link.
                prefix = _RESOLVER_BEFORE.search(out[-1]) if out and not self.in_link else None
                if prefix is not None:
                    out[-1] = out[-1][: prefix.start()]
                    url = f"https://doi.org/{doi}"
                    out.append(f'<a href="{_attr(url)}">{_esc(prefix.group() + _plain(element).strip())}</a>')
                    return
                self._link(element, out, f"https://doi.org/{doi}")
                return
        self._link(element, out, safe_url(element.get(XLINK_HREF) or ""))

    def _inline_file(self, element: Element, out: Out) -> None:
        name = self._file(element)
        self._link(element, out, FILES_URL + name if name else "", name)

    def _inline_supplement(self, element: Element, out: Out) -> None:
        """A supplementary file or a media file where only a phrase may stand: a link named by its label."""
        name = self._file(element)
        caption = element.find("caption")
        text = _plain(element.find("label")) or _plain(caption.find("title") if caption is not None else None)
        text = text or name or _plain(element)
        if name and not self.in_link:
            out.append(f'<a href="{FILES_URL}{_attr(name)}">{_esc(text)}</a>')
        else:
            out.append(_esc(text))

    def _file(self, element: Element) -> str:
        name = asset_name(element.get(XLINK_HREF) or "")
        if not name:
            for child in element.iter("media", "graphic", "inline-graphic", "inline-supplementary-material"):
                name = asset_name(child.get(XLINK_HREF) or "")
                if name:
                    break
        return name

    def _img(self, element: Element, out: Out, alt: str, css: str = "") -> None:
        name = asset_name(element.get(XLINK_HREF) or "")
        if not name:
            return
        own = _plain(element.find("alt-text"))
        out.append(f'<img{css} src="{FILES_URL}{_attr(name)}" alt="{_attr(own or alt)}">')

    def _inline_graphic(self, element: Element, out: Out) -> None:
        self._img(element, out, _("afbeelding"), ' class="inline-graphic"')

    def _break(self, element: Element, out: Out) -> None:
        out.append("<br>")

    def _target(self, element: Element, out: Out) -> None:
        anchor = self._id(element)
        if anchor:
            out.append(f"<span{anchor}></span>")
        self.inline(element, out)

    def _abbrev(self, element: Element, out: Out) -> None:
        title = element.get("alt") or element.get("{http://www.w3.org/1999/xlink}title") or ""
        out.append(f'<abbr title="{_attr(title)}">' if title else "<abbr>")
        self.inline(element, out)
        out.append("</abbr>")

    def _inline_code(self, element: Element, out: Out) -> None:
        out.append(f'<code{self._id(element)} class="code">')
        self.inline(element, out)
        out.append("</code>")

    def _fn_marker(self, element: Element, out: Out) -> None:
        """A footnote inside the text: a numbered link here, the note itself at the end of the body."""
        if not self.ids:
            return  # a note in a title or an abstract: not part of their text
        number = str(len(self.footnotes) + 1)
        label = _plain(element.find("label")) or number
        xml_id = (element.get("id") or "").strip()
        anchor_attr = self._id(element)
        if anchor_attr:
            anchor = anchor_attr[5:-1]
        else:
            anchor = self._fresh("fn-" + number)
            self.written.add(anchor)
            xml_id = anchor
        cite = f"cite-{xml_id}"
        mark = f' id="{_attr(cite)}"'
        if xml_id in self.cited_first:
            mark = ""  # an xref cited the note first and holds the cite- id
        self.cited_first.add(xml_id)
        self.footnotes.append((element, anchor, cite))
        if self.in_link:
            out.append(f'<sup class="fn-ref">{_esc(label)}</sup>')
        else:
            out.append(f'<sup class="fn-ref"><a{mark} href="#{_attr(anchor)}">{_esc(label)}</a></sup>')

    def _inline_formula(self, element: Element, out: Out) -> None:
        out.append(f'<span{self._id(element)} class="inline-formula">')
        self._formula(element, out, display=False)
        out.append("</span>")

    def _inline_math(self, element: Element, out: Out) -> None:
        self._math(element, out, display=False)

    def _inline_tex(self, element: Element, out: Out) -> None:
        out.append(f'<code class="tex-math">{_esc(_tex(_all_text(element)))}</code>')

    def _inline_alternatives(self, element: Element, out: Out) -> None:
        chosen = _choose(element)
        if chosen is not None:
            self._inline_child(chosen, out)

    def _inline_child(self, child: Element, out: Out) -> None:
        tag = child.tag
        if tag.__class__ is not str:
            return
        wrap = _WRAP.get(tag)
        if wrap is not None:
            out.append(wrap[0])
            self.inline(child, out)
            out.append(wrap[1])
            return
        handler = _INLINE.get(tag)
        if handler is not None:
            handler(self, child, out)
        elif tag not in _SILENT:
            self.inline(child, out)

    def _name(self, element: Element, out: Out) -> None:
        """A person's name: its parts in source order, a space between them where the source has none."""
        text = element.text
        if text:
            out.append(_esc(text))
        first = True
        for part in element:
            if part.tag.__class__ is not str:
                continue
            if not first and not (out and out[-1][-1:].isspace()):
                out.append(" ")
            self.inline(part, out)
            first = False
            if part.tail:
                out.append(_esc(part.tail))

    def _etal(self, element: Element, out: Out) -> None:
        self._content_or(element, out, "et al.")

    def _citation_inline(self, element: Element, out: Out) -> None:
        if element.tag == "mixed-citation":
            self.inline(element, out)
        else:
            self._element_citation(element, out)

    # --- MathML ---------------------------------------------------------------------------------------

    def _math(self, element: Element, out: Out, *, display: bool) -> None:
        attributes = "".join(
            f' {key}="{_attr(str(value))}"'
            for key, value in element.items()
            if key in MATH_ATTRIBUTES and key != "display"
        )
        shown = element.get("display")
        if shown in ("block", "inline"):
            attributes = f' display="{shown}"' + attributes
        elif display:
            attributes = ' display="block"' + attributes
        out.append(f"<math{attributes}>")
        inside = _serialised_math(element)
        if inside is None:
            self._mathml(element, out, element.tag in _MATH_TOKENS)
        else:
            out.append(inside)
        out.append("</math>")

    def _mathml(self, element: Element, out: Out, token: bool) -> None:
        if token:  # a token (mi, mo, mtext, ...) holds text: any markup inside it is dropped, its text kept
            text = _all_text(element) if len(element) else element.text
            if text:
                out.append(_esc(text))
            return
        text = element.text
        if text and not text.isspace():
            out.append(_esc(text))
        for child in element:
            tag = child.tag
            if tag.__class__ is str and tag not in _MATH_DROPPED:
                name = _MATH_NAMES.get(tag)
                if name is None:
                    # Not presentation MathML (a JATS element, content markup): its text.
                    out.append("<mtext>")
                    self._mathml(child, out, True)
                    out.append("</mtext>")
                else:
                    if len(child.attrib):
                        attributes = "".join(
                            f' {key}="{_attr(str(value))}"' for key, value in child.items() if key in MATH_ATTRIBUTES
                        )
                        out.append(f"<{name}{attributes}>")
                    else:
                        out.append(f"<{name}>")
                    self._mathml(child, out, tag in _MATH_TOKENS)
                    out.append(f"</{name}>")
            tail = child.tail
            if tail and not tail.isspace():
                out.append(_esc(tail))

    def _formula(self, element: Element, out: Out, *, display: bool) -> None:
        """A formula's content: its MathML, else its TeX shown as code, else its graphic, else its text."""
        shown: list[tuple[Element | None, str | None]] = []  # (what to show, the tail that follows it)
        for child in element:
            if child.tag.__class__ is not str or child.tag == "label":
                shown.append((None, child.tail))
            else:
                shown.append((_choose(child) if child.tag == "alternatives" else child, child.tail))
        has_math = any(node is not None and node.tag in _MATH_TAGS for node, _tail in shown)
        text = element.text
        if text and not text.isspace():
            out.append(_esc(text))
        for node, tail in shown:
            if node is not None:
                tag = node.tag
                if tag in _MATH_TAGS:
                    self._math(node, out, display=display)
                elif tag == "tex-math":
                    if not has_math:
                        self._inline_tex(node, out)
                elif tag in ("graphic", "inline-graphic"):
                    if not has_math:
                        self._img(node, out, _plain(element) or _("formule"), ' class="formula-graphic"')
                else:
                    self._inline_child(node, out)
            if tail and not tail.isspace():
                out.append(_esc(tail))

    # --- citations ----------------------------------------------------------------------------------------

    def _element_citation(self, element: Element, out: Out) -> None:
        """An element-citation (no punctuation of its own) as a printed reference: authors (year). Title.
        <em>Source</em>, volume(issue), pages. Publisher. Links. Comments."""
        authors: list[str] = []
        editors: list[str] = []
        parts: dict[str, Element] = {}
        rest: list[Element] = []
        for child in element:
            tag = child.tag
            if tag.__class__ is not str:
                continue
            if tag == "person-group":
                names = editors if child.get("person-group-type") in ("editor", "compiler", "translator") else authors
                for person in child:
                    if person.tag.__class__ is str:
                        names.append(self._html(person, self._person))
            elif tag in ("name", "string-name", "collab", "etal", "name-alternatives"):
                authors.append(self._html(child, self._person))
            elif tag in ("pub-id", "ext-link", "uri", "comment", "annotation", "note", "date-in-citation", "isbn"):
                rest.append(child)
            elif tag not in parts:
                parts[tag] = child
            else:
                rest.append(child)
        segments: list[str] = []
        head = ", ".join(name for name in authors if name)
        year = parts.pop("year", None)
        if year is not None:
            head = f"{head} ({self._html(year)})" if head else f"({self._html(year)})"
        if head:
            segments.append(head)
        for tag in ("article-title", "chapter-title", "part-title", "data-title", "trans-title"):
            if tag in parts:
                segments.append(self._html(parts.pop(tag)))
        source = parts.pop("source", None)
        in_book = ""
        if editors:
            in_book = _("In: %(editors)s (red.)") % {"editors": ", ".join(editors)}
        if source is not None:
            source_html = f"<em>{self._html(source)}</em>"
            segments.append(f"{in_book}, {source_html}" if in_book else source_html)
        elif in_book:
            segments.append(in_book)
        for tag in ("edition", "version", "conf-name", "conf-loc", "conf-date", "series", "trans-source"):
            if tag in parts:
                segments.append(self._html(parts.pop(tag)))
        numbers = ""
        if "volume" in parts:
            numbers = self._html(parts.pop("volume"))
        if "issue" in parts:
            numbers += f"({self._html(parts.pop('issue'))})"
        if "supplement" in parts:
            numbers = f"{numbers} {self._html(parts.pop('supplement'))}".strip()
        pages = ""
        if "fpage" in parts:
            pages = self._html(parts.pop("fpage"))
            if "lpage" in parts:
                pages += "–" + self._html(parts.pop("lpage"))
        elif "elocation-id" in parts:
            pages = self._html(parts.pop("elocation-id"))
        elif "page-range" in parts:
            pages = self._html(parts.pop("page-range"))
        if numbers and pages:
            segments.append(f"{numbers}, {pages}")
        elif numbers or pages:
            segments.append(numbers or pages)
        place = self._html(parts.pop("publisher-loc")) if "publisher-loc" in parts else ""
        publisher = self._html(parts.pop("publisher-name")) if "publisher-name" in parts else ""
        if place and publisher:
            segments.append(f"{place}: {publisher}")
        elif place or publisher:
            segments.append(place or publisher)
        parts.pop("lpage", None)
        for child in list(parts.values()) + rest:
            if child.tag == "pub-id" and child.get("pub-id-type") == "doi":
                continue  # the page links the reference's DOI
            segments.append(self._html(child))
        out.append(_join_sentences(segment for segment in segments if segment))

    def _person(self, element: Element, out: Out) -> None:
        tag = element.tag
        if tag == "name":
            surname = _plain(element.find("surname"))
            given = _plain(element.find("given-names"))
            suffix = _plain(element.find("suffix"))
            prefix = _plain(element.find("prefix"))
            out.append(_esc(" ".join(part for part in (prefix, surname, given, suffix) if part)))
        elif tag == "name-alternatives":
            first = next((child for child in element if child.tag.__class__ is str), None)
            if first is not None:
                self._person(first, out)
        elif tag == "etal":
            self._etal(element, out)
        else:
            self.inline(element, out)

    def _html(self, element: Element, how: Callable[[Element, Out], None] | None = None) -> str:
        out: Out = []
        (how or self.inline)(element, out)
        return "".join(out).strip()

    # --- blocks -------------------------------------------------------------------------------------------

    def flow(
        self,
        element: Element,
        out: Out,
        level: int,
        skip: frozenset[str] = frozenset(),
        *,
        p_id: str = "",
        lead: str = "",
        trail: str = "",
        notes: bool = False,
    ) -> None:
        """The content of ``element`` as blocks: block children by their handlers, runs of text and inline
        markup in paragraphs (``p_id`` on the first, ``lead`` at its start, ``trail`` at the end of the
        last). ``notes``: fn children are footnotes here (fn-group, table-wrap-foot), not markers."""
        is_open = False
        text = element.text
        if text and not text.isspace():
            out.append(f"<p{p_id}>{lead}")
            p_id = lead = ""
            is_open = True
            out.append(_esc(text))
        for child in element:
            tag = child.tag
            if tag.__class__ is str and tag not in skip:
                if tag == "alternatives":
                    chosen = _choose(child)
                    if chosen is None:
                        continue
                    tag = chosen.tag
                    node = chosen
                else:
                    node = child
                handler = _BLOCK.get(tag)
                if handler is None:
                    if notes and tag == "fn":
                        handler = _Renderer._footnote_block
                    elif tag not in _WRAP and tag not in _INLINE and tag not in _SILENT and _has_blocks(node):
                        handler = _Renderer._container  # unknown, holding blocks: a container
                elif tag == "code" and "\n" not in _all_text(node):
                    handler = None  # a line of code in a sentence
                if handler is not None:
                    if is_open:
                        out.append("</p>")
                        is_open = False
                    if lead and tag == "p":  # the label (of a note, a list item) opens the first paragraph
                        self.flow(node, out, level, p_id=self._id(node), lead=lead)
                        p_id = lead = ""
                    else:
                        if lead:
                            out.append(f"<p{p_id}>{lead}</p>")
                            p_id = lead = ""
                        handler(self, node, out, level)
                elif tag not in _SILENT:
                    if is_open:
                        self._inline_child(node, out)
                    else:
                        opened = len(out)
                        out.append(f"<p{p_id}>{lead}")
                        self._inline_child(node, out)
                        if any(out[opened + 1 :]):
                            p_id = lead = ""
                            is_open = True
                        else:
                            del out[opened:]  # it had nothing to show: no empty paragraph
            tail = child.tail
            if tail:
                if is_open:
                    out.append(_esc(tail))
                elif not tail.isspace():
                    out.append(f"<p{p_id}>{lead}")
                    p_id = lead = ""
                    is_open = True
                    out.append(_esc(tail))
        if is_open:
            out.append(f"{trail}</p>")
        elif trail and not lead and out and out[-1] == "</p>":
            out[-1] = f"{trail}</p>"  # the backlink of a note ends its last paragraph
        elif lead or trail:
            out.append(f"<p{p_id}>{lead}{trail}</p>")

    def _container(self, element: Element, out: Out, level: int) -> None:
        self.flow(element, out, level)

    def _silent(self, element: Element, out: Out, level: int) -> None:
        pass

    def _p(self, element: Element, out: Out, level: int) -> None:
        self.flow(element, out, level, p_id=self._id(element))

    def _heading(self, element: Element, out: Out, level: int) -> None:
        label = element.find("label")
        title = element.find("title")
        if label is not None and not _plain(label):
            label = None
        if title is not None and not _plain(title):
            title = None
        if label is None and title is None:
            return
        n = level if level < 6 else 6
        out.append(f"<h{n}>")
        if label is not None:
            out.append('<span class="label">')
            self.inline(label, out)
            out.append("</span> " if title is not None else "</span>")
        if title is not None:
            self.inline(title, out)
        out.append(f"</h{n}>")

    def _section(self, element: Element, out: Out, level: int, css: str = "", heading: str = "") -> None:
        out.append(f"<section{self._section_id(element)}{css}>")
        if heading and element.find("title") is None:
            n = level if level < 6 else 6
            out.append(f"<h{n}>{_esc(heading)}</h{n}>")
        else:
            self._heading(element, out, level)
        self.flow(element, out, level + 1, _HEADED, notes=element.tag == "fn-group")
        out.append("</section>")

    def _sec(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level)

    def _ack(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level, ' class="ack"', _("Dankwoord"))

    def _glossary(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level, ' class="glossary"', _("Verklarende woordenlijst"))

    def _fn_group(self, element: Element, out: Out, level: int) -> None:
        if self.in_foot:  # the notes of a table: under it, without a heading of their own
            self.flow(element, out, level, notes=True)
            return
        self._section(element, out, level, ' class="fn-group"', _("Noten"))

    def _notes(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level, ' class="notes"')

    def _bio(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level, ' class="bio"')

    def _app(self, element: Element, out: Out, level: int) -> None:
        self._section(element, out, level, ' class="app"')

    def _app_group(self, element: Element, out: Out, level: int) -> None:
        if element.find("title") is None and element.find("label") is None:
            out.append(f'<div{self._id(element)} class="app-group">')
            self.flow(element, out, level, _HEADED)
            out.append("</div>")
        else:
            self._section(element, out, level, ' class="app-group"')

    def _list(self, element: Element, out: Out, level: int) -> None:
        title = element.find("title")
        if title is not None:
            out.append('<p class="list-title">')
            self.inline(title, out)
            out.append("</p>")
        items = [child for child in element if child.tag == "list-item"]
        labelled = any(item.find("label") is not None for item in items)
        tag, attributes = _LIST_TYPES.get(element.get("list-type", ""), ("ul", ""))
        if labelled:
            tag, attributes = "ul", ' class="labelled"'
        elif tag == "ol":
            start = self._list_start(element)
            if start > 1:
                attributes += f' start="{start}"'
        out.append(f"<{tag}{self._id(element)}{attributes}>")
        for child in element:
            if child.tag == "list-item":
                label = child.find("label")
                lead = ""
                if label is not None:
                    lead = f'<span class="label">{self._html(label)}</span> '
                out.append("<li>")
                self.flow(child, out, level, _LABELLED, lead=lead)
                out.append("</li>")
            elif child.tag == "list":
                out.append("<li>")
                self._list(child, out, level)
                out.append("</li>")
        out.append(f"</{tag}>")

    def _list_start(self, element: Element) -> int:
        """Where a list that continues another (``continued-from``) takes up the count."""
        start = 1
        seen: set[str] = set()
        previous = element.get("continued-from", "").strip()
        while previous and previous not in seen:
            seen.add(previous)
            before = self.elements.get(previous)
            if before is None:
                break
            start += sum(1 for child in before if child.tag == "list-item")
            previous = before.get("continued-from", "").strip()
        return start

    def _def_list(self, element: Element, out: Out, level: int) -> None:
        title = element.find("title")
        if title is not None:
            out.append('<p class="list-title">')
            self.inline(title, out)
            out.append("</p>")
        out.append(f'<dl{self._id(element)} class="def-list">')
        for child in element:
            tag = child.tag
            if tag in ("term-head", "def-head"):
                out.append(f'<{"dt" if tag == "term-head" else "dd"} class="head">')
                self.inline(child, out)
                out.append("</dt>" if tag == "term-head" else "</dd>")
            elif tag == "def-item":
                anchor = self._id(child)
                for part in child:
                    if part.tag == "term":
                        out.append(f"<dt{anchor}>")
                        anchor = ""
                        self.inline(part, out)
                        out.append("</dt>")
                    elif part.tag == "def":
                        out.append("<dd>")
                        self.flow(part, out, level)
                        out.append("</dd>")
            elif tag == "def-list":
                out.append("<dd>")
                self._def_list(child, out, level)
                out.append("</dd>")
        out.append("</dl>")

    def _caption(self, element: Element, out: Out, level: int, *, figcaption: bool = True) -> None:
        """A float's label, caption title and caption paragraphs (and its credits) in a figcaption."""
        label = element.find("label")
        caption = element.find("caption")
        title = caption.find("title") if caption is not None else None
        extra = [child for child in element if child.tag in ("attrib", "permissions", "object-id", "long-desc")]
        if label is not None and not _plain(label):
            label = None
        if not (label is not None or caption is not None or extra):
            return
        if figcaption:
            out.append("<figcaption>")
        if label is not None or (title is not None and _plain(title)):
            out.append('<p class="caption-title">')
            if label is not None:
                out.append('<span class="label">')
                self.inline(label, out)
                out.append("</span>")
                if title is not None:
                    out.append(" ")
            if title is not None:
                self.inline(title, out)
            out.append("</p>")
        if caption is not None:
            self.flow(caption, out, level, _TITLED)
        for child in extra:
            tag = child.tag
            if tag == "object-id":
                doi = doi_of(_plain(child)) if child.get("pub-id-type") == "doi" else ""
                if doi:
                    out.append(
                        f'<p class="object-id"><a href="https://doi.org/{_attr(doi)}">https://doi.org/{_esc(doi)}</a></p>'
                    )
            elif tag == "permissions":
                self._permissions(child, out, level)
            else:
                out.append(f'<p class="{tag}">')
                self.inline(child, out)
                out.append("</p>")
        if figcaption:
            out.append("</figcaption>")

    def _permissions(self, element: Element, out: Out, level: int) -> None:
        for child in element:
            tag = child.tag
            if tag == "copyright-statement":
                out.append('<p class="permissions">')
                self.inline(child, out)
                out.append("</p>")
            elif tag == "license":
                for part in child:
                    if part.tag == "license-p":
                        out.append('<p class="permissions">')
                        self.inline(part, out)
                        out.append("</p>")

    def _alt(self, element: Element) -> str:
        """A figure's text alternative: its alt-text, else its caption title, else the caption, else the label."""
        own = _plain(element.find("alt-text"))
        if own:
            return own
        caption = element.find("caption")
        if caption is not None:
            title = _plain(caption.find("title"))
            if title:
                return title
            text = _plain(caption)
            if text:
                return text
        label = _plain(element.find("label"))
        if label:
            return label
        for owner in element.iterancestors():  # no words of its own: those of the box or group it is part of
            if owner.tag in ("sec", "body", "back", "app", "floats-group"):
                break
            label = _plain(owner.find("label")) or _plain(owner.find("title"))
            if label:
                return label
        return _("Figuur")

    def _fig(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<figure{self._id(element)} class="fig">')
        alt = self._alt(element)
        graphics = [child for child in element if child.tag == "graphic"]
        screen = [graphic for graphic in graphics if graphic.get("specific-use") != "print"] or graphics[:1]
        for child in element:
            tag = child.tag
            if tag.__class__ is not str or (tag in _FLOAT_PARTS and tag != "alternatives"):
                continue
            node = _choose(child) if tag == "alternatives" else child
            if node is None:
                continue
            if node.tag == "graphic":
                if node is not child or node in screen:
                    self._img(node, out, alt)
            else:
                self.flow_one(node, out, level)
        self._caption(element, out, level)
        out.append("</figure>")

    def _fig_group(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<figure{self._id(element)} class="fig-group">')
        self._caption(element, out, level)
        self.flow(element, out, level, _FLOAT_PARTS)
        out.append("</figure>")

    def _graphic(self, element: Element, out: Out, level: int) -> None:
        if element.find("caption") is not None or element.find("label") is not None:
            out.append('<figure class="fig">')
            self._img(element, out, self._alt(element))
            self._caption(element, out, level)
            out.append("</figure>")
        elif asset_name(element.get(XLINK_HREF) or ""):
            out.append('<p class="graphic">')
            self._img(element, out, _("afbeelding"))
            out.append("</p>")

    def _table_wrap(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<figure{self._id(element)} class="table-wrap">')
        self._caption(element, out, level)
        for child in element:
            tag = child.tag
            if tag == "alternatives":
                chosen = _choose(child)
                if chosen is not None:
                    self._table_part(chosen, out, level, element)
            elif tag.__class__ is str and tag not in _FLOAT_PARTS:
                self._table_part(child, out, level, element)
        out.append("</figure>")

    def _table_part(self, child: Element, out: Out, level: int, wrap: Element) -> None:
        tag = child.tag
        if tag in ("table", "array"):
            self._table(child, out, level)
        elif tag == "graphic":
            self._img(child, out, self._alt(wrap))
        elif tag == "table-wrap-foot":
            self._table_foot(child, out, level)
        else:
            self.flow_one(child, out, level)

    def _table_foot(self, element: Element, out: Out, level: int) -> None:
        out.append('<div class="table-foot">')
        self.in_foot, was = True, self.in_foot
        self.flow(element, out, level, notes=True)
        self.in_foot = was
        out.append("</div>")

    def flow_one(self, child: Element, out: Out, level: int) -> None:
        handler = _BLOCK.get(child.tag)
        if handler is not None:
            handler(self, child, out, level)
        elif child.tag not in _SILENT:
            out.append("<p>")
            self._inline_child(child, out)
            out.append("</p>")

    def _table_block(self, element: Element, out: Out, level: int) -> None:
        self._table(element, out, level)

    def _table(self, table: Element, out: Out, level: int) -> None:
        out.append('<div class="table-scroll" tabindex="0"><table>')
        loose = False
        for child in table:
            tag = child.tag
            if tag == "thead":
                out.append("<thead>")
                self._rows(child, out, level, head=True)
                out.append("</thead>")
            elif tag in ("tbody", "tfoot"):
                if loose:
                    out.append("</tbody>")
                    loose = False
                out.append(f"<{tag}>")
                self._rows(child, out, level, head=False)
                out.append(f"</{tag}>")
            elif tag == "tr":
                if not loose:
                    out.append("<tbody>")
                    loose = True
                self._row(child, out, level, head=False)
        if loose:
            out.append("</tbody>")
        out.append("</table></div>")

    def _rows(self, group: Element, out: Out, level: int, *, head: bool) -> None:
        for row in group:
            if row.tag == "tr":
                self._row(row, out, level, head=head)

    def _row(self, row: Element, out: Out, level: int, *, head: bool) -> None:
        out.append("<tr>")
        for cell in row:
            tag = cell.tag
            if tag != "td" and tag != "th":
                continue
            attributes = ""
            span = cell.get("colspan")
            if span and span != "1" and _NUMBER.match(span):
                attributes = f' colspan="{span}"'
            rows = cell.get("rowspan")
            if rows and rows != "1" and _NUMBER.match(rows):
                attributes += f' rowspan="{rows}"'
            if head or tag == "th":
                name = "th"
                scope = "col" if head else "row"
                if span and span != "1" and head:
                    scope = "colgroup"
                attributes = f' scope="{scope}"' + attributes
            else:
                name = "td"
            align = cell.get("align")
            if align:
                attributes += _ALIGN.get(align, "")
            if len(cell):
                out.append(f"<{name}{attributes}>")
                if _has_blocks(cell):
                    self.flow(cell, out, level)
                else:
                    self.inline(cell, out)
                out.append(f"</{name}>")
            else:
                text = cell.text
                out.append(f"<{name}{attributes}>{_esc(text) if text else ''}</{name}>")
        out.append("</tr>")

    def _table_wrap_group(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<figure{self._id(element)} class="table-wrap-group">')
        self._caption(element, out, level)
        self.flow(element, out, level, _FLOAT_PARTS)
        out.append("</figure>")

    def _footnote_block(self, element: Element, out: Out, level: int) -> None:
        xml_id = (element.get("id") or "").strip()
        anchor = self._id(element)
        cite = f"cite-{xml_id}" if xml_id and xml_id in self.cited_first else ""
        self._footnote(element, out, level, anchor, cite)

    def _footnote(self, element: Element, out: Out, level: int, anchor: str, cite: str) -> None:
        label = element.find("label")
        lead = f'<span class="label">{self._html(label)}</span> ' if label is not None and _plain(label) else ""
        trail = ""
        if cite:
            trail = (
                f' <a class="backlink" href="#{_attr(cite)}"><span aria-hidden="true">↩</span>'
                f'<span class="visually-hidden">{_esc(_("terug naar de tekst"))}</span></a>'
            )
        out.append(f'<div{anchor} class="fn">')
        self.flow(element, out, level, _LABELLED, lead=lead, trail=trail)
        out.append("</div>")

    def end_notes(self, out: Out) -> None:
        """The footnotes met inside the text, after it (a note can hold a note: the list may grow)."""
        if not self.footnotes:
            return
        out.append(f'<section id="{self._fresh("sec-noten")}" class="footnotes">')
        out.append(f"<h2>{_esc(_('Noten'))}</h2>")
        index = 0
        while index < len(self.footnotes):
            element, anchor, cite = self.footnotes[index]
            self._footnote(element, out, 3, f' id="{_attr(anchor)}"', cite)
            index += 1
        out.append("</section>")

    def _boxed_text(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<aside{self._id(element)} class="boxed-text">')
        caption = element.find("caption")
        label = element.find("label")
        title = element.find("title")
        if title is None and caption is not None:
            title = caption.find("title")
        if (label is not None and _plain(label)) or (title is not None and _plain(title)):
            n = level if level < 6 else 6
            out.append(f"<h{n}>")
            if label is not None and _plain(label):
                out.append(f'<span class="label">{self._html(label)}</span>' + (" " if title is not None else ""))
            if title is not None:
                self.inline(title, out)
            out.append(f"</h{n}>")
        if caption is not None:
            self.flow(caption, out, level + 1, _TITLED)
        self.flow(element, out, level + 1, _FLOAT_PARTS | {"title"})
        for child in element:
            if child.tag in ("attrib", "permissions"):
                self._caption_extra(child, out, level)
        out.append("</aside>")

    def _disp_quote(self, element: Element, out: Out, level: int) -> None:
        attribution = element.find("attrib")
        if attribution is None:
            out.append(f'<blockquote{self._id(element)} class="disp-quote">')
            self.flow(element, out, level)
            out.append("</blockquote>")
            return
        out.append(f'<figure{self._id(element)} class="disp-quote"><blockquote>')
        self.flow(element, out, level, frozenset({"attrib"}))
        out.append('</blockquote><figcaption class="attrib">')
        self.inline(attribution, out)
        out.append("</figcaption></figure>")

    def _disp_formula(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<div{self._id(element)} class="disp-formula">')
        self._formula(element, out, display=True)
        label = element.find("label")
        if label is not None and _plain(label):
            out.append(f'<span class="label">{self._html(label)}</span>')
        out.append("</div>")

    def _disp_formula_group(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<div{self._id(element)} class="disp-formula-group">')
        self._caption(element, out, level, figcaption=False)
        self.flow(element, out, level, _FLOAT_PARTS)
        out.append("</div>")

    def _preformat(self, element: Element, out: Out, level: int) -> None:
        css = ' class="code"' if element.tag == "code" else ' class="preformat"'
        out.append(f"<pre{self._id(element)}{css}>")
        start = len(out)
        self.inline(element, out)
        if len(out) > start:
            out[start] = out[start].lstrip("\n")  # a parser drops the first newline of a <pre>
        out.append("</pre>")

    def _supplementary(self, element: Element, out: Out, level: int) -> None:
        css = "media" if element.tag == "media" else "supplementary-material"
        out.append(f'<div{self._id(element)} class="{css}">')
        name = self._file(element)
        label = element.find("label")
        caption = element.find("caption")
        title = caption.find("title") if caption is not None else None
        text = _plain(label) or _plain(title) or name
        out.append('<p class="caption-title">')
        if name:
            out.append(f'<a href="{FILES_URL}{_attr(name)}">{_esc(text)}</a>')
        else:
            out.append(f'<span class="label">{_esc(text)}</span>')
        if title is not None and _plain(label):
            out.append(" ")
            self.inline(title, out)
        out.append("</p>")
        if caption is not None:
            self.flow(caption, out, level, _TITLED)
        self.flow(element, out, level, _FLOAT_PARTS | {"media", "graphic"})
        for child in element:
            if child.tag in ("attrib", "permissions"):
                self._caption_extra(child, out, level)
        out.append("</div>")

    def _caption_extra(self, child: Element, out: Out, level: int) -> None:
        if child.tag == "permissions":
            self._permissions(child, out, level)
        else:
            out.append(f'<p class="{child.tag}">')
            self.inline(child, out)
            out.append("</p>")

    def _statement(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<div{self._id(element)} class="statement">')
        label = element.find("label")
        title = element.find("title")
        if (label is not None and _plain(label)) or (title is not None and _plain(title)):
            out.append('<p class="caption-title">')
            if label is not None:
                out.append(f'<span class="label">{self._html(label)}</span>' + (" " if title is not None else ""))
            if title is not None:
                self.inline(title, out)
            out.append("</p>")
        self.flow(element, out, level, _HEADED)
        out.append("</div>")

    def _verse_group(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<div{self._id(element)} class="verse-group">')
        for child in element:
            tag = child.tag
            if tag == "verse-line":
                out.append('<p class="verse-line">')
                self.inline(child, out)
                out.append("</p>")
            elif tag == "verse-group":
                self._verse_group(child, out, level)
            elif tag in ("title", "subtitle", "label", "attrib"):
                out.append(f'<p class="{"attrib" if tag == "attrib" else "caption-title"}">')
                self.inline(child, out)
                out.append("</p>")
            elif tag.__class__ is str:
                self.flow_one(child, out, level)
        out.append("</div>")

    def _speech(self, element: Element, out: Out, level: int) -> None:
        speaker = element.find("speaker")
        lead = f'<strong class="speaker">{self._html(speaker)}</strong> ' if speaker is not None else ""
        out.append('<div class="speech">')
        self.flow(element, out, level, frozenset({"speaker"}), lead=lead)
        out.append("</div>")

    def _sig_block(self, element: Element, out: Out, level: int) -> None:
        out.append('<div class="sig-block">')
        for child in element:
            if child.tag == "sig":
                out.append('<p class="sig">')
                self.inline(child, out)
                out.append("</p>")
            elif child.tag.__class__ is str:
                self.flow_one(child, out, level)
        out.append("</div>")

    def _chem_struct_wrap(self, element: Element, out: Out, level: int) -> None:
        out.append(f'<figure{self._id(element)} class="chem-struct-wrap">')
        self.flow(element, out, level, _FLOAT_PARTS)
        self._caption(element, out, level)
        out.append("</figure>")

    def _hr(self, element: Element, out: Out, level: int) -> None:
        out.append("<hr>")

    def _stray_title(self, element: Element, out: Out, level: int) -> None:
        out.append('<p class="caption-title">')
        self.inline(element, out)
        out.append("</p>")


#: A start tag of an element that is not kept (or still has a prefix), or of any element inside a token
#: (which holds text only); an attribute that is not kept.
_KEPT_TAGS: Final = "|".join(sorted(MATH_TAGS, key=len, reverse=True))
_KEPT_ATTRIBUTES: Final = "|".join(sorted(MATH_ATTRIBUTES, key=len, reverse=True))
_UNKEPT_TAG = re.compile(rf"<(?!/|(?:{_KEPT_TAGS})[\s>/])|<(?:mi|mn|mo|ms|mtext|annotation)[\s>][^<]*<[^/]")
_UNKEPT_ATTRIBUTE = re.compile(rf'\s(?!(?:{_KEPT_ATTRIBUTES})=")[^\s<>="]+="')
_NAMESPACE = re.compile(r' xmlns(?::[\w.-]+)?="[^"]*"')
_BETWEEN = re.compile(r">[ \t\r\n]+<")


def _serialised_math(math: Element) -> str | None:
    """The inside of a <math> as lxml serialises it, adjusted to HTML (no prefixes, no namespace
    declarations, no self-closing tags, no layout whitespace between elements, which MathML ignores).

    Only when it holds nothing but the presentation elements and attributes that are kept (read from the
    serialised text: two scans in C instead of a look at every node); otherwise None, and the careful
    walk (``_Renderer._mathml``) filters it node by node.
    """
    if not len(math) or (math.text and not math.text.isspace()):
        return None
    source = etree.tostring(math, encoding=str, with_tail=False)
    start = source.find(">") + 1
    end = source.rfind("</")
    if start <= 0 or end < start:
        return None
    inside = source[start:end].strip(" \t\r\n")
    # String methods where they do (a regular expression costs ten times as much), one only where needed.
    prefix = math.prefix
    if prefix:
        inside = inside.replace(f"<{prefix}:", "<").replace(f"</{prefix}:", "</")
    if " xmlns" in inside:
        inside = _NAMESPACE.sub("", inside)
    if "\n" in inside or "> <" in inside:
        inside = _BETWEEN.sub("><", inside)
    if "<!" in inside or "<?" in inside or _UNKEPT_TAG.search(inside) or _UNKEPT_ATTRIBUTE.search(inside):
        return None  # a comment, a processing instruction, an element or attribute that is not kept
    if "/>" in inside:  # only a tag can end so: lxml writes ">" in text and attributes as &gt;
        pieces = inside.split("/>")
        for index in range(len(pieces) - 1):
            piece = pieces[index]
            name = piece[piece.rfind("<") + 1 :].split(None, 1)[0]
            pieces[index] = f"{piece}></{name}>"
        inside = "".join(pieces)
    return inside.replace("\xa0", "&nbsp;") if "\xa0" in inside else inside


def _join_sentences(segments: object) -> str:
    """Segments of a reference joined into sentences, without doubling the punctuation they end in."""
    text = ""
    for segment in segments:  # type: ignore[attr-defined]
        if not text:
            text = segment
            continue
        end = re.sub(r"<[^>]*>", "", text).rstrip()[-1:]
        text += (" " if end in ".?!" else ". ") + segment
    if text and re.sub(r"<[^>]*>", "", text).rstrip()[-1:] not in ".?!":
        text += "."
    return text


def _choose(alternatives: Element) -> Element | None:
    """The one of an alternatives element to show: MathML, a table, a screen graphic, TeX, anything."""
    found: dict[str, Element] = {}
    for child in alternatives:
        tag = child.tag
        if tag.__class__ is not str:
            continue
        key = "math" if tag in _MATH_TAGS else str(tag)
        if key == "graphic" and child.get("specific-use") == "print" and "graphic" in found:
            continue
        if key == "graphic" and "graphic" in found and found["graphic"].get("specific-use") == "print":
            found["graphic"] = child
            continue
        found.setdefault(key, child)
    for key in ("math", "table", "array", "graphic", "tex-math", "inline-graphic", "media", "preformat"):
        if key in found:
            return found[key]
    return next(iter(found.values()), None)


def _has_blocks(element: Element) -> bool:
    for child in element:
        tag = child.tag
        if tag in _BLOCKS_IN_P:
            return True
        if tag == "alternatives":
            chosen = _choose(child)
            if chosen is not None and chosen.tag in _BLOCKS_IN_P:
                return True
    return False


_HEADED: Final = frozenset({"title", "label", "sec-meta"})
_LABELLED: Final = frozenset({"label"})
_TITLED: Final = frozenset({"title"})
_FLOAT_PARTS: Final = frozenset(
    {"label", "caption", "alt-text", "long-desc", "attrib", "permissions", "object-id", "alternatives"}
)

_BLOCK: Final[dict[str, BlockHandler]] = {
    "p": _Renderer._p,
    "sec": _Renderer._sec,
    "ack": _Renderer._ack,
    "app": _Renderer._app,
    "app-group": _Renderer._app_group,
    "glossary": _Renderer._glossary,
    "fn-group": _Renderer._fn_group,
    "notes": _Renderer._notes,
    "bio": _Renderer._bio,
    "list": _Renderer._list,
    "def-list": _Renderer._def_list,
    "fig": _Renderer._fig,
    "fig-group": _Renderer._fig_group,
    "graphic": _Renderer._graphic,
    "table-wrap": _Renderer._table_wrap,
    "table-wrap-group": _Renderer._table_wrap_group,
    "table": _Renderer._table_block,
    "array": _Renderer._table_block,
    "boxed-text": _Renderer._boxed_text,
    "disp-quote": _Renderer._disp_quote,
    "disp-formula": _Renderer._disp_formula,
    "disp-formula-group": _Renderer._disp_formula_group,
    "preformat": _Renderer._preformat,
    "code": _Renderer._preformat,
    "supplementary-material": _Renderer._supplementary,
    "media": _Renderer._supplementary,
    "statement": _Renderer._statement,
    "verse-group": _Renderer._verse_group,
    "speech": _Renderer._speech,
    "sig-block": _Renderer._sig_block,
    "chem-struct-wrap": _Renderer._chem_struct_wrap,
    "hr": _Renderer._hr,
    "ref-list": _Renderer._silent,
    "title": _Renderer._stray_title,
    "caption": _Renderer._container,
    "table-wrap-foot": _Renderer._table_foot,
}

_INLINE: Final[dict[str, InlineHandler]] = {
    "xref": _Renderer._xref,
    "ext-link": _Renderer._ext_link,
    "uri": _Renderer._uri,
    "self-uri": _Renderer._uri,
    "email": _Renderer._email,
    "related-article": _Renderer._related,
    "related-object": _Renderer._related,
    "pub-id": _Renderer._pub_id,
    "inline-supplementary-material": _Renderer._inline_file,
    "supplementary-material": _Renderer._inline_supplement,
    "media": _Renderer._inline_supplement,
    "inline-graphic": _Renderer._inline_graphic,
    "graphic": _Renderer._inline_graphic,
    "break": _Renderer._break,
    "target": _Renderer._target,
    "abbrev": _Renderer._abbrev,
    "code": _Renderer._inline_code,
    "preformat": _Renderer._inline_code,
    "fn": _Renderer._fn_marker,
    "inline-formula": _Renderer._inline_formula,
    "disp-formula": _Renderer._inline_formula,
    "tex-math": _Renderer._inline_tex,
    _M + "math": _Renderer._inline_math,
    "math": _Renderer._inline_math,
    "alternatives": _Renderer._inline_alternatives,
    "name": _Renderer._name,
    "etal": _Renderer._etal,
    "element-citation": _Renderer._citation_inline,
    "nlm-citation": _Renderer._citation_inline,
    "mixed-citation": _Renderer._citation_inline,
}


# --- The module's API -------------------------------------------------------------------------------------------


def inline(element: Element | None) -> str:
    """Inline HTML of an element's mixed content (article-title, subtitle, mixed-citation, kwd, ...)."""
    if element is None:
        return ""
    out: Out = []
    _Renderer(ids=False).inline(element, out)
    return "".join(out).strip()


def blocks(element: Element | None) -> str:
    """Block HTML of an element's children (p, list, sec, table-wrap, ...); sections start at h3."""
    if element is None:
        return ""
    out: Out = []
    _Renderer(ids=False).flow(element, out, 3)
    return "".join(out)


def abstract(element: Element) -> str:
    """An abstract or trans-abstract: its paragraphs; a structured abstract keeps its sections (h3).
    Its own title ('Abstract') is left to the page, which has a heading of its own."""
    out: Out = []
    _Renderer(ids=False).flow(element, out, 3, _HEADED)
    return "".join(out)


def body(article: Element) -> Rendered:
    """The full text of an <article>: its body, floats and back matter without the reference list."""
    renderer = _Renderer(ids=True)
    parts = [article.find(name) for name in ("body", "floats-group", "back")]
    present = [part for part in parts if part is not None]
    renderer.index(present)
    out: Out = []
    # What the renderer adds in words ("Noten", "terug naar de tekst") is in the article's language;
    # JATS's default is English, as jats.reader reads it.
    language = (article.get(XML_LANG) or "en").strip().lower()[:2]
    with translation.override(language if language in _LANGUAGES else None):
        for part in present:
            renderer.flow(part, out, 2, _HEADED)
        renderer.end_notes(out)
    return Rendered(html="".join(out), cited=renderer.cited)


_LANGUAGES: Final = frozenset(code for code, _name in settings.LANGUAGES)


def citation(ref: Element) -> tuple[str, str]:
    """A <ref>: (its citation as printed, inline HTML; its DOI, normalised, or '')."""
    renderer = _Renderer(ids=False)
    citations = [child for child in ref if child.tag in _CITATIONS]
    for alternatives in ref.iter("citation-alternatives"):
        options = [child for child in alternatives if child.tag in _CITATIONS]
        mixed = [child for child in options if child.tag == "mixed-citation"]
        citations.extend((mixed or options)[:1])
    texts: list[str] = []
    for element in citations:
        out: Out = []
        if element.tag == "mixed-citation":
            renderer.inline(element, out)
        else:
            renderer._element_citation(element, out)
        text = " ".join("".join(out).split())
        if text:
            texts.append(text)
    for note in ref.iterchildren("note"):
        texts.append(renderer._html(note))
    if not texts:
        out = []
        renderer.flow(ref, out, 3, _LABELLED)
        texts.append(" ".join("".join(out).removeprefix("<p>").removesuffix("</p>").split()))
    return "; ".join(texts), _reference_doi(ref)


_CITATIONS: Final = frozenset({"mixed-citation", "element-citation", "nlm-citation", "citation"})


def _reference_doi(ref: Element) -> str:
    for pub_id in ref.iter("pub-id", "object-id"):
        if pub_id.get("pub-id-type") == "doi":
            doi = doi_of(_plain(pub_id))
            if doi:
                return doi
    for link in ref.iter("ext-link", "uri"):
        href = link.get(XLINK_HREF) or _plain(link)
        if link.get("ext-link-type") == "doi" or "doi.org/10." in href:
            doi = doi_of(href)
            if doi:
                return doi
    return ""
