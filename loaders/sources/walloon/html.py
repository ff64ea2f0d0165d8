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
from collections.abc import Callable
from urllib.parse import urljoin

import lxml.etree
import lxml.html
from lxml.html import HtmlElement as Element

from loaders.errors import LoaderError
from loaders.sources.walloon.page import (
    FIELD,
    HEADING,
    IDDOC,
    PAGE_URL,
    RawPage,
    heading_kind,
    squash,
)
from loaders.sources.walloon.text import read_text

# Elements whose text a browser does not show; navigation stays (it only precedes the content).
_JUNK = ("script", "style", "noscript", "template")
# Control characters that HTML text cannot hold (lxml refuses them in tree edits); a browser shows
# nothing for them, so neither does the record.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = frozenset(
    {"p", "div", "section", "article", "main", "table", "tbody", "thead", "tr", "td", "th"}
    | {"ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "address"}
    | {"hr", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# First letters of headings and header fields (also of their mangled forms).
_STARTS = frozenset("QRISANqrisan")
_ANSWERS = ("answer", "provisional_answer")
_WS = re.compile(r"[\t\r\n\f\v][ \t\r\n\f\v]*| [ \t\r\n\f\v]+")  # runs, not lone spaces


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
        clean = _CONTROL.sub("", text)
        root = lxml.html.document_fromstring(clean.encode("utf-8"), parser=parser)
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


def _is_field(element: Element) -> bool:
    text = element.text_content()
    return len(text) < 120 and FIELD.match(squash(text)) is not None


def _holders(elements: list[Element], test: Callable[[Element], object]) -> list[Element]:
    """The innermost elements passing `test`, in document order.

    Only elements whose own text starts with a letter a heading or field can start with are tried,
    then up to three small ancestors (a heading may be split: `<h5>Réponse du <span>…</span>`), so
    the search stays linear on pages of many megabytes.
    """
    found: list[Element] = []
    seen: set[int] = set()
    for element in elements:
        start = (element.text or "").lstrip()[:1]
        if not start or start not in _STARTS:
            continue
        candidate: Element | None = element
        for _ in range(4):
            if candidate is None or id(candidate) in seen or len(candidate) > 12:
                break
            seen.add(id(candidate))
            if test(candidate):
                found.append(candidate)
                break
            candidate = candidate.getparent()
    return found


def _common_ancestor(elements: list[Element]) -> Element | None:
    if not elements:
        return None
    chain = [elements[0], *elements[0].iterancestors()]
    for element in elements[1:]:
        ancestors = {id(element), *(id(a) for a in element.iterancestors())}
        chain = [c for c in chain if id(c) in ancestors]
    return chain[0] if chain else None


def _child_towards(scope: Element, element: Element) -> Element | None:
    """The child of scope that holds element (None when element is scope's own child)."""
    for ancestor in element.iterancestors():
        if ancestor.getparent() is scope:
            return ancestor
    return None


def _annex(links: list[Element], base: str | None) -> str | None:
    """The annex link among a block's links: labelled 'Annexe' or pointing to a PDF."""
    for link in links:
        target = (link.get("href") or "").strip()
        if target and ("annexe" in link.text_content().lower() or target.lower().endswith(".pdf")):
            try:
                return urljoin(base, target) if base else target
            except ValueError:  # a malformed base URL: keep the link as printed
                return target
    return None


def declared_url(root: Element) -> str | None:
    """The URL the page declares for itself (`<link rel=canonical>`, else `og:url`)."""
    for xpath in (
        '//link[contains(concat(" ", normalize-space(@rel), " "), " canonical ")]/@href',
        '//meta[@property="og:url"]/@content',
    ):
        values = root.xpath(xpath)
        if values:
            return str(values[0]).strip() or None
    return None


def document_url(root: Element, declared: str | None) -> str | None:
    """The document's page URL: the declared one when it names the document (the site's pages
    declare the home page as canonical), else built from the iddoc of the page's print link."""
    if declared and IDDOC.search(declared):
        return declared
    for href in root.xpath("//a/@href"):
        if "interp-questions-voir" in str(href):
            match = IDDOC.search(str(href))
            if match and "print" in str(href):
                return PAGE_URL.format(match.group(1))
    return None


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
    elements = list(root.iter())  # document order; keeps the element proxies alive
    headings = _holders(elements, _match_heading)
    fields = _holders(elements, _is_field)
    position = {id(e): i for i, e in enumerate(elements)}
    first_field = position[id(fields[0])] if fields else None
    scope = root.get_element_by_id("print_container", None)
    if scope is None:
        anchors = headings + ([elements[first_field]] if first_field is not None else [])
        scope = _common_ancestor(anchors)
    if scope is None:
        scope = root
    # Render up to the end of the part holding the blocks: what follows is the site's furniture.
    stop = _child_towards(scope, headings[-1]) if headings else None
    page = read_text(_render(scope, stop))
    if first_field is not None:
        page.title = _title_before(elements, first_field) or page.title
    page.declared_url = declared_url(root)
    page.source_iri = document_url(root, page.declared_url)
    starts = [position[id(h)] for h in headings]
    answer_blocks = iter(b for b in page.blocks if b.kind in _ANSWERS)
    for heading, start, end in zip(headings, starts, [*starts[1:], len(elements)], strict=False):
        if _match_heading(heading) in _ANSWERS:
            links = [e for e in elements[start:end] if e.tag == "a"]
            block = next(answer_blocks, None)
            if block is not None:
                block.annex = _annex(links, page.source_iri or base)
    return page
