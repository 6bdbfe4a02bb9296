"""HTML markup to a cleaned lxml tree and a flat list of text lines.

Every later step (title, fields, body) works on ``Line`` objects: the text of
one visual line in document order, how much of it is link text, and the
block element that holds it. Flattening once keeps the scorers simple and
fast, and lets them reason about "the lines between the headline and the
first paragraph" the way a reader does.

Broken markup: libxml2 stops building the tree at a stray ``</html>`` or
``</body>`` in a header template, losing the article. Those end tags carry
no structure, so they are removed before parsing.
"""
from __future__ import annotations

import re
import threading

from lxml import etree

BLOCK_TAGS = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 td th tr table tbody thead tfoot section article "
    "header footer nav aside main blockquote center pre form hr figure figcaption address caption "
    "fieldset legend details summary".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
JUNK_TAGS = ("script", "style", "noscript", "iframe", "select", "option", "button", "textarea",
             "input", "svg", "canvas", "audio", "video", "object", "embed", "map", "head", "template")
_END_TAGS = re.compile(r"</\s*(?:html|body)\s*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LABEL_START = re.compile(r"\s*[\u4e00-\u9fff]{1,5}\s*[:：]")
_NONE = re.compile(r"display\s*:\s*none", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WS = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")


class Line:
    """One line of visible text with where it came from.

    A plain slotted class (a page makes about a hundred; a dataclass with a
    ``__post_init__`` cost three times as much to build).
    """

    __slots__ = ("text", "links", "el", "heading", "index", "weight", "size", "link_ratio")

    def __init__(self, text: str, links: int, el: etree._Element, heading: bool = False,
                 index: int = 0, weight: float = 0.0, size: int | None = None) -> None:
        self.text = text
        self.links = links  # characters of the text inside <a>
        self.el = el  # the block element holding the text
        self.heading = heading
        self.index = index
        self.weight = weight
        if size is None:
            size = len(text) - text.count(" ")  # characters without spaces
        self.size = size
        self.link_ratio = links / (size if size > 1 else 1)

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.text[:30]!r}, links={self.links}, heading={self.heading})"


def squash(text: str) -> str:
    """Collapse runs of whitespace (incl. ideographic space) to one space."""
    return _WS.sub(" ", text).strip()


def load_tree(html: str, warnings: list[str] | None = None) -> etree._Element:
    """Parse markup leniently; never lose the body to stray end tags or deep nesting."""
    html = _XML_DECL.sub("", html)
    html = _END_TAGS.sub("", html)
    html = html.replace("\x00", "")
    parser = _parser()
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:  # empty or unparseable document
        root = etree.fromstring("<html><body></body></html>", parser)
    elif _depth_limit_hit(parser):
        # libxml2 silently drops everything nested deeper than 255 elements; such
        # markup has no useful structure, so parse it again without the wrappers
        flat = _WRAPPERS.sub(" ", html)
        root = etree.fromstring(flat, parser) if flat.strip() else root
        if warnings is not None:
            warnings.append("markup nested too deep; page read without its layout elements")
    return root


_WRAPPERS = re.compile(r"</?\s*(?:div|span|font|section|center|table|tbody|tr|td|th|article|main|b|i|em|strong)\b[^>]*>", re.I)


_LOCAL = threading.local()
_STYLED = etree.XPath("descendant-or-self::*[@style]")  # compiled once; cheaper than //*[@style]


def _parser() -> etree.HTMLParser:
    """One lenient HTML parser per thread (making one costs a seventh of a parse; sharing one
    between threads is unsafe)."""
    p = getattr(_LOCAL, "parser", None)
    if p is None:
        # comments stay in the tree: clean_tree removes them (joining the text around them,
        # as libxml2 would); a site rule reads a copy in which they still separate texts
        p = _LOCAL.parser = etree.HTMLParser(remove_comments=False, remove_pis=True, recover=True)
    return p


def _depth_limit_hit(parser: etree.HTMLParser) -> bool:
    """libxml2 logs a resource-limit error when it drops elements nested too deep.

    Reading the parser's log costs nothing; walking the tree to measure its
    depth cost a third of the parse.
    """
    for err in parser.error_log:
        if err.type_name == "ERR_RESOURCE_LIMIT" or "depth" in err.message.lower():
            return True
    return False


def head_info(root: etree._Element) -> tuple[str | None, dict[str, str]]:
    """The ``<title>`` text and the ``<meta>`` name/property -> content map (lower-case keys).

    ``<link rel=canonical>`` is added under the key ``canonical``.
    """
    title = None
    for t in root.iter("title"):
        s = squash("".join(t.itertext()))
        if s:
            title = s
            break
    metas: dict[str, str] = {}
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            metas["canonical"] = link.get("href").strip()
            break
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        val = m.get("content")
        if key and val is not None and key not in metas:
            metas[key] = val.strip()
    return title, metas


def clean_tree(root: etree._Element) -> None:
    """Drop scripts, widgets, comments and hidden elements in place.

    The removals run inside lxml (``strip_elements`` keeps each tail, as
    ``_drop`` does); only elements that carry a ``style`` are looked at in Python.
    """
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *JUNK_TAGS, with_tail=False)
    for el in _STYLED(root):
        style = el.get("style")
        if _HIDDEN.search(style) and el.getparent() is not None:
            # display:none goes; a visibility:hidden block with prose is an article that
            # script reveals on load (WeChat's #js_content is visibility:hidden)
            if _NONE.search(style) or len(_CJK.findall("".join(el.itertext()))) < 80:
                _drop(el)


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _visible_len(text: str) -> int:
    """Characters of ``text`` that are not whitespace (every _WS character but the space is unprintable)."""
    if text.isprintable():
        return len(text) - text.count(" ")
    return len(_WS.sub("", text))


def _squash_line(text: str) -> str:
    """``squash`` with a fast path: a printable text holds no whitespace but the space (all
    other ``_WS`` characters are unprintable), so without a double space only ``strip`` is left."""
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _WS.sub(" ", text).strip()


def text_lines(root: etree._Element) -> list[Line]:
    """Visible text split at block boundaries, in document order.

    A recursive walk over children (cheaper than ``iterwalk`` events): blocks
    and ``<br>`` end the pending line, inline elements add their text and
    tail to it, text inside ``<a>`` counts as link text. A line is a heading
    when its block or one of its three nearest ancestors is an ``<h1>``..``<h6>``;
    the depths of the open headings are kept for that.

    Speed: every element of the page passes here, so the loop keeps to local
    names, counts link characters inline, and squashes a line's whitespace
    with the regex only when the line has any beyond single spaces.
    """
    body = root.find("body")
    if body is None:
        body = root
    out: list[Line] = []
    buf: list[str] = []
    append = buf.append
    links = 0
    label_start = _LABEL_START.match
    blocks = BLOCK_TAGS
    headings = HEADINGS
    open_headings: list[int] = []
    squash_line = _squash_line
    ws_sub = _WS.sub

    def flush(el: etree._Element, d: int) -> None:  # called only with text in buf
        nonlocal links
        text = squash_line("".join(buf))
        buf.clear()
        n = links
        links = 0
        if text:
            heading = False
            if open_headings:
                for h in open_headings:
                    if d - 3 <= h <= d:
                        heading = True
                        break
            size = len(text) - text.count(" ")
            out.append(Line(text, n if n < size else size, el, heading, 0, 0.0, size))

    def walk(el: etree._Element, block: etree._Element, bdepth: int, in_link: bool, depth: int) -> None:
        nonlocal links
        for child in el:
            tag = child.tag
            if tag == "br":
                if buf:
                    flush(block, bdepth)
            elif tag in blocks:
                if buf:
                    flush(block, bdepth)
                is_heading = tag in headings
                if is_heading:
                    open_headings.append(depth)
                text = child.text
                if text and (buf or not text.isspace()):  # leading blanks of a line would be stripped
                    append(text)
                    if in_link:
                        links += (len(text) - text.count(" ")) if text.isprintable() else len(ws_sub("", text))
                if len(child):
                    walk(child, child, depth, in_link, depth + 1)
                if buf:
                    flush(child, depth)
                if is_heading:
                    open_headings.pop()
            else:
                link = in_link or tag == "a"
                text = child.text
                if text and (buf or not text.isspace()):
                    if ("：" in text or ":" in text) and label_start(text):  # a label needs its colon
                        text = " " + text  # <span>作者：甲</span><span>发布时间：…</span> stay two fields
                    append(text)
                    if link:
                        links += (len(text) - text.count(" ")) if text.isprintable() else len(ws_sub("", text))
                if len(child):
                    walk(child, block, bdepth, link, depth + 1)
            tail = child.tail
            if tail and (buf or not tail.isspace()):
                append(tail)
                if in_link:
                    links += (len(tail) - tail.count(" ")) if tail.isprintable() else len(ws_sub("", tail))

    text = body.text
    if text and not text.isspace():
        append(text)
    walk(body, body, 1, False, 2)  # libxml2 nests at most 255 deep: the recursion stays shallow
    if buf:
        flush(body, 1)
    for i, line in enumerate(out):
        line.index = i
    return out
