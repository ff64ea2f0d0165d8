"""HTML pages of the site: the print view and the full page, read by rendering them as text.

Both pages hold the same words as the text renderings, in the same order, inside different markup
(and, for the full page, inside the site's navigation). Rendering the part of the page that holds
the question the way a browser lays it out (list items as bulleted lines, `<br>` as line breaks,
paragraphs apart) and reading that with the text reader gives the same record for every form by
construction. What the text loses, the markup keeps: the canonical URL and the annex link.

Untrusted input: lxml's HTML parser with network access off, comments and processing instructions
dropped, no huge-tree mode; HTML has no external entities to resolve.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from lxml.html import HtmlElement as Element

from loaders.errors import LoaderError
from loaders.sources.walloon.page import FIELD, HEADING, RawPage, heading_kind, squash
from loaders.sources.walloon.text import read_text

# Elements whose text a browser does not show; navigation stays (it only precedes the content).
_JUNK = ("script", "style", "noscript", "template")
_BREAKS = frozenset(
    {"p", "div", "section", "article", "main", "table", "tbody", "thead", "tr", "td", "th"}
    | {"ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "address"}
    | {"hr", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_TAGS = _TITLE_TAGS | {"strong", "b", "p", "dt", "span", "li", "div"}
_FIELD_TAGS = frozenset({"li", "p", "dd", "td", "span", "div"})
_ANSWERS = ("answer", "provisional_answer")
_WS = re.compile(r"[ \t\r\n\f\v]+")


def looks_like_html(text: str) -> bool:
    """True for markup: starts with a tag and has an html, head, body or div element early on."""
    head = text.lstrip("\ufeff \t\r\n")[:4096].lower()
    return head.startswith("<") and any(t in head for t in ("<html", "<!doctype", "<body", "<div"))


def _parse(source: str, text: str) -> Element:
    stripped = text.lstrip("\ufeff \t\r\n").lower()
    if stripped.startswith(("<!doctype", "<html")) and "</html" not in text[-4096:].lower():
        raise LoaderError(source, "truncated HTML page (no closing </html> tag)")
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        encoding="utf-8",
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as err:
        raise LoaderError(source, f"unreadable HTML: {err}") from None
    for element in list(root.iter(*_JUNK)):
        if isinstance(element, Element) and element.getparent() is not None:
            element.drop_tree()
    return root


def _render(root: Element, stop: Element | None) -> str:
    """The text a browser shows for root, up to the end of `stop` (later text is page furniture)."""
    out: list[str] = []
    stack: list[tuple[Element, bool]] = [(root, False)]
    while stack:
        element, closing = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""
        if closing:
            out.append("\n\n" if tag == "p" else "\n" if tag in _BREAKS or tag == "li" else "")
            if element is stop:
                break
            if element.tail and element is not root:
                out.append(_WS.sub(" ", element.tail))
            continue
        if tag == "br":
            out.append("\n")
        elif tag == "li":
            out.append("\n• ")
        elif tag in _BREAKS:
            out.append("\n\n" if tag == "p" else "\n")
        if element.text and tag:
            out.append(_WS.sub(" ", element.text))
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    return "".join(out)


def _match_heading(element: Element) -> str | None:
    """The block kind when the element's whole text is a heading ('Réponse du 02/02/2023')."""
    text = element.text_content()
    match = HEADING.match(squash(text)) if len(text) < 300 else None
    return heading_kind(match.group("kind")) if match else None


def _innermost(elements: list[Element]) -> list[Element]:
    """Drop elements that contain another element of the list."""
    inner: set[int] = set()
    for element in elements:
        inner.update(id(a) for a in element.iterancestors())
    return [e for e in elements if id(e) not in inner]


def _common_ancestor(elements: list[Element]) -> Element | None:
    if not elements:
        return None
    chain = [elements[0], *elements[0].iterancestors()]
    for element in elements[1:]:
        ancestors = {id(element), *(id(a) for a in element.iterancestors())}
        chain = [c for c in chain if id(c) in ancestors]
    return chain[0] if chain else None


def _block_of(heading: Element, scope: Element) -> Element:
    """The element holding a heading's whole block: its parent, unless that is the whole scope."""
    parent = heading.getparent()
    return parent if parent is not None and parent is not scope else heading


def _annex(block: Element, base: str | None) -> str | None:
    """The block's annex link: an `a` labelled 'Annexe' or pointing to a PDF."""
    for link in block.iter("a"):
        target = (link.get("href") or "").strip()
        if target and ("annexe" in link.text_content().lower() or target.lower().endswith(".pdf")):
            return urljoin(base, target) if base else target
    return None


def canonical_url(root: Element) -> str | None:
    """The page's own URL as it declares it (`<link rel=canonical>`, else `og:url`)."""
    for xpath in (
        '//link[contains(concat(" ", normalize-space(@rel), " "), " canonical ")]/@href',
        '//meta[@property="og:url"]/@content',
    ):
        values = root.xpath(xpath)
        if values:
            return str(values[0]).strip() or None
    return None


def _is_field(element: Element) -> bool:
    text = element.text_content()
    return len(text) < 120 and FIELD.match(squash(text)) is not None


def _title_before(elements: list[Element], first_field: int) -> str | None:
    """The nearest heading element above the header fields: the document's title."""
    for element in reversed(elements[:first_field]):
        if element.tag in _TITLE_TAGS:
            text = squash(element.text_content())
            if text and not _match_heading(element) and not _is_field(element):
                return text
    return None


def read_html(source: str, text: str, base: str | None) -> RawPage:
    """Read a print view or a full site page into a RawPage."""
    root = _parse(source, text)
    url = canonical_url(root)
    elements = list(root.iter())  # document order; keeps the element proxies alive
    headings = _innermost([e for e in elements if e.tag in _HEADING_TAGS and _match_heading(e)])
    first_field = next(
        (i for i, e in enumerate(elements) if e.tag in _FIELD_TAGS and _is_field(e)), None
    )
    scope = root.get_element_by_id("print_container", None)
    if scope is None:
        anchors = headings + ([elements[first_field]] if first_field is not None else [])
        scope = _common_ancestor(anchors)
    if scope is None:
        scope = root
    stop = _block_of(headings[-1], scope) if headings else None
    page = read_text(_render(scope, stop))
    if first_field is not None:
        page.title = _title_before(elements, first_field) or page.title
    page.source_iri = url
    answer_headings = [h for h in headings if _match_heading(h) in _ANSWERS]
    answer_blocks = [b for b in page.blocks if b.kind in _ANSWERS]
    for block, heading in zip(answer_blocks, answer_headings, strict=False):
        block.annex = _annex(_block_of(heading, scope), url or base)
    return page
