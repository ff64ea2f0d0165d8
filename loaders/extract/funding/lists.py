"""Lists of allocations: a lead sentence ending with a colon, then one line per item.

"Les montants octroyés en 2022 se répartissent comme suit :" then "- Commune de Wavre : 1.102.000
euros ;", "BioWin : 2.800.000 euros", "Année 2019 : 1.184.000 euros", "1° la commune de X : N
euros". Each item is a line of its own (a paragraph, a bulleted line, or a line of a paragraph).
What the lead says (recipient, programme, period, purpose) holds for every item; the item's
label, the words before its colon, says what differs: a year is its period, a programme its
source, a party its recipient. A label written as a proper name that the reference data does not
know still names the recipient, so the lead's recipient is not carried to it (None, not a guess).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.funding.frames import GRANT_NOUNS, ITEM_NOUNS, phrases
from loaders.extract.funding.sentences import (
    BULLET,
    DE,
    DETERMINER,
    ESTABLISHMENT,
    LABEL,
    RECIPIENT_GAP,
    TITLE,
    FundingText,
)
from loaders.extract.money_rows import column_header
from loaders.extract.text import CELL_GAP
from loaders.record import Mention

# A label that is a year: "2019", "Année 2019", "En 2020", "Exercice 2021".
_YEAR_LABEL = re.compile(
    r"(?:(?:l['’]\s*)?(?:année|exercice|en|pour)\s+)?(?P<year>(?:19|20)\d\d)", re.IGNORECASE
)
# A proper name: a capital after the first letter ("BioWin", "AB 41.01.30 (Liege Airport)"), or
# one capitalised word ("Skywin"); "Formation des demandeurs d'emploi" is a common noun phrase.
_PROPER = re.compile(r"(?<=\w)[A-ZÀ-Ý]|\s[A-ZÀ-Ý(]|^[A-ZÀ-Ý][\w\-]*$")
_LEAD_END = re.compile(r":\s*$")
# What separates a row's label from its amount: "Bastogne, 1.486.212 euros", "X – 40.000 €".
_ROW_SEPARATORS = " \t,:;|–-"
# Where a label's head noun ends and its complement begins: "Relais social | de Charleroi",
# "la cité des Haies | à Marcinelle"; a title's "de" ("Ville de Mons") does not.
_COMPLEMENT = re.compile(
    r"(?<!commune)(?<!ville)(?<!province)(?<!région)\s+(?:de|d['’]|du|des|à|au|aux|en)(?=\s|['’])",
    re.IGNORECASE,
)
# A row's cell after its party that names a thing: a capitalised or determined noun phrase.
_NOUN_PHRASE = re.compile(r"[A-ZÀ-Ý]|(?i:(?:la|le|les|un|une|des)\s|l['’])")
_WORD = re.compile(r"[^\W\d]{3,}")
# A row that opens with the "à" of the lead's verb, in lower case as the lead's sentence goes
# on: "- à la Ville d'Eupen, 312.000 euros pour …" under "le Gouvernement a octroyé les
# subventions suivantes :" ("À Châtelet, …" opening a sentence is a place, not a dative).
_TO_LABEL = re.compile(r"^\s*(?:à|aux|au)(?!\w)")
# The item a label opens with, then its owner: "le projet « X » de l'", "deux projets en
# imagerie médicale de l'" (up to three words or a quoted title between); or the grant, then
# who gets it: "la dotation de la".
_OWNED_ITEM = re.compile(
    rf"\s*(?:(?:le|la|les|l['’]|un|une|deux|trois|quatre|cinq|\d+)\s*)?"
    rf"(?:{ITEM_NOUNS}|{GRANT_NOUNS}|{ESTABLISHMENT})"
    r"(?:\s+[^\W\d]+){0,3}?\s*(?:[«“\"][^»”\"]{1,80}[»”\"]\s*)?"
    rf"{DE}(?:la\s+|l['’]\s*)?",
    re.IGNORECASE,
)
# An establishment's title (`establishments.txt`) before the name it holds.
_ESTABLISHMENT_BEFORE = re.compile(rf"{ESTABLISHMENT}\s*$", re.IGNORECASE)
# Between an establishment's name and the body that runs it, the name's lower-case end included:
# "Le Val | fleuri de l'intercommunale | Senior Hesbaye".
_OF_OWNER = re.compile(
    rf"(?:\s+[^\W\d]+){{0,2}}?\s*{DE}(?:la\s+|l['’]\s*)?(?:{TITLE}\s+)?", re.IGNORECASE
)
# A table's total row names every party above it, so none: "Total", "Sous-total".
_TOTAL = re.compile(r"(?:sous-)?total(?!\w)", re.IGNORECASE)
# A table's header of the column that names who receives: "Bénéficiaire", "Opérateur".
_RECEIVING_HEADER = phrases("receiving-headers.txt", ending="s?")
_OTHER_ROLE_HEADER = phrases("other-role-headers.txt", ending="s?")
# What separates a row's label from its amount; a figure in a cell.
_CELLS_GAP = re.compile(rf"[{re.escape(_ROW_SEPARATORS)}\u00a0]*")
_FIGURE = re.compile(r"\d")
# The end of a whole cell of a table row: what stands after it starts another cell, if any; the
# name may keep its acronym and where it stands ("Intercommunale X (ISPPC)", "asbl Y, à Ciney").
_CELL_AFTER = re.compile(
    rf"(?:\s*\([^()\t\n]{{1,20}}\))?(?:,\s*(?:à|au|aux|en)\s+[^\t\n,;]{{1,40}}?)?"
    rf"(?:{CELL_GAP}.*)?[ \t]*",
    re.DOTALL,
)


@dataclass(frozen=True)
class Item:
    """One line of a list: its lead sentence (None without one) and what its label says.

    `written` says the label ends with a colon, a tab or a bar (a label the writer set apart,
    which may name the purpose: "Formation des demandeurs d'emploi : N euros"); a row without
    one ("Bastogne, 1.486.212 euros", "Ville de Namur Hall omnisports 1.312.400 €") has the
    words before its amount as its label."""

    lead: int | None
    label: tuple[int, int] | None
    year: str | None
    proper_name: bool
    written: bool = True
    # The year of the table column the amount stands in ("Commune<TAB>2019<TAB>2020").
    column_year: str | None = None


def is_item(line: str) -> bool:
    """Whether a line has the shape of a list item: a bullet, or a short label then a colon."""
    return bool(BULLET.match(line) or LABEL.match(line))


def listed_lead(doc: FundingText, index: int) -> int | None:
    """The lead of the list whose line sentence `index` is (a bulleted line, a labelled line, a
    table's row), else None."""
    return _lead(doc, index) if is_item(doc.sentence(index)) or doc.is_row(index) else None


def leads_list(doc: FundingText, index: int) -> bool:
    """Whether sentence `index` is a list's lead: it ends with a colon and a line of the list
    follows, maybe after a table's header ("Le Gouvernement en a arrêté la répartition
    suivante :")."""
    return _LEAD_END.search(doc.sentence(index)) is not None and any(
        listed_lead(doc, line) == index
        for line in range(index + 1, min(index + 3, len(doc.sentences)))
    )


def item(doc: FundingText, index: int, amount_start: int) -> Item | None:
    """Sentence `index` read as a list item holding the amount at `amount_start`, else None."""
    start, _ = doc.sentences[index]
    line = doc.sentence(index)
    bullet = BULLET.match(line)
    offset = bullet.end() if bullet else 0
    label = LABEL.match(line, offset)
    label_span: tuple[int, int] | None = None
    written = True
    lead = _lead(doc, index)
    if label and start + label.end() <= amount_start:
        label_span = (start + label.start("label"), start + label.end("label"))
    elif lead is not None and (doc.is_row(index) or offset):
        written = False
        before = doc.text[start + offset : amount_start].rstrip(_ROW_SEPARATORS)
        label_span = (start + offset, start + offset + len(before)) if before else None
    elif not offset:
        return None
    if lead is None and not label_span:
        return None
    year = proper = None
    if label_span:
        text = DETERMINER.sub("", doc.text[label_span[0] : label_span[1]])
        year_match = _YEAR_LABEL.fullmatch(text)
        year = year_match.group("year") if year_match else None
        head = _COMPLEMENT.split(text, maxsplit=1)[0]
        proper = (bool(_PROPER.search(head)) or bool(_TOTAL.match(text))) and year is None
    # a table's column of a year: "Commune<TAB>2019<TAB>2020"
    header = column_header(doc.text, amount_start)
    column = _YEAR_LABEL.fullmatch(header.strip()) if header else None
    column_year = column.group("year") if column else None
    return Item(lead, label_span, year, bool(proper), written, column_year)


def label_party(doc: FundingText, start: int, end: int) -> Mention | None:
    """The party a label names: an organisation or place that opens it (after the "à" of the
    lead's verb, determiners and a title: "à la Ville de Mons", "Commune de Wavre") or stands in
    its brackets ("AB 12.03 (Pôle A)"), else the body that owns the item the label opens with
    ("le projet « X » de l'ULB", "deux projets en imagerie médicale de l'ULg"; not a
    competitiveness cluster, which labels the projects of its members). A name further
    in qualifies or locates the item ("Relais social de Charleroi", "la cité des Haies à
    Marcinelle", "Sambre et Biesme"): it is not who receives."""
    inside = [m for m in doc.recipients if start <= m.start and m.end <= end and m.id]
    cells = _cells(doc, inside, start, end)
    operator = _role_column(cells)
    if operator is not None:
        return operator
    for mention in inside:
        before = _TO_LABEL.sub("", doc.text[start : mention.start], count=1)
        if RECIPIENT_GAP.match(before) or before.rstrip().endswith("("):
            if not _ESTABLISHMENT_BEFORE.search(before):
                return mention
            # "la maison de repos Résidence du Parc du CPAS de Binche": its owner receives
            owner = (m for m in inside if m.type == "organisation" and m.start >= mention.end)
            return next(
                (m for m in owner if _OF_OWNER.fullmatch(doc.text, mention.end, m.start)), mention
            )
    owning = next(
        (
            m
            for m in inside
            if m.type == "organisation"
            and _OWNED_ITEM.fullmatch(doc.text, start, m.start)
            and doc.kind_of(m.id) != "cluster"
        ),
        None,
    )
    return owning or _cell_party(cells, start)


@dataclass(frozen=True)
class _Cell:
    """A name that fills a table row's cell: the cell's start, the title before the name in it
    ("Ville de", "intercommunale"), and the header of its column (None without a header row)."""

    mention: Mention
    start: int
    title: str
    header: str | None


def _cells(doc: FundingText, inside: list[Mention], start: int, end: int) -> list[_Cell]:
    """The names of a row's label that fill a cell each, with their column's header when the
    table has a header row: the first line's cell above the row's amount holds no figure
    ("Montant", "Subside"); a table without one starts with an allocation, which heads
    nothing."""
    gap = _CELLS_GAP.match(doc.text, end)
    above_amount = column_header(doc.text, gap.end() if gap else end)
    headed = above_amount is not None and not _FIGURE.search(above_amount)
    found = []
    for mention in inside:
        cells = list(re.finditer(CELL_GAP, doc.text[start : mention.start]))
        cell_start = start + cells[-1].end() if cells else start
        title = doc.text[cell_start : mention.start]
        if RECIPIENT_GAP.match(title) and _CELL_AFTER.fullmatch(doc.text, mention.end, end):
            header = column_header(doc.text, cell_start) if headed else None
            found.append(_Cell(mention, cell_start, title, header))
    return found


def _role_column(cells: list[_Cell]) -> Mention | None:
    """The name that fills a table row's cell under a header of the receiving role
    (`receiving-headers.txt`: "Commune    Opérateur    Opération    Subside", then "Wanze    CPAS
    de Wanze    …"): the row's money goes to the operator, not to the town the first cell
    names."""
    return next(
        (c.mention for c in cells if c.header and _RECEIVING_HEADER.fullmatch(c.header.strip())),
        None,
    )


def _cell_party(cells: list[_Cell], start: int) -> Mention | None:
    """A table row's cell that is a body's name and nothing else, maybe after its title, after a
    first cell that names none ("projet 71 « Soutenir les PME »    SOWALFIN    120.000.000",
    "Ancienne cokerie    intercommunale SPI    2.850.000", "Îlot X, à Liège    Ville de Liège
    3.600.000", "Sciences du vivant    BioWin    23,8" under "Domaine    Pôle    Aides"): the
    body the row's money goes to (its operator, its beneficiary), not a qualifier of the item;
    not under a header of another role (`other-role-headers.txt`: "Pouvoir subsidiant",
    "Auteur de projet", "Entreprise": who gives, designs or builds). A town is a party only
    with its title (a bare one locates)."""
    for cell in cells:
        if cell.start == start or (
            cell.header is not None and _OTHER_ROLE_HEADER.search(cell.header.strip())
        ):
            continue
        if cell.mention.type == "organisation" or (
            cell.mention.type == "place" and cell.title.strip()
        ):
            return cell.mention
    return None


def label_item(doc: FundingText, listed: Item, party: Mention | None) -> str | None:
    """What a label says is financed: the label itself ("la halle technique : N", "l'atelier
    de soudage à Seraing : N"), or what follows the party in a row ("Ville d'Arlon Athénée
    communal N": "Athénée communal"). None for a year, a total, an unknown party's name, a
    programme, or a row's other cells (counts, "reçoit")."""
    if listed.label is None or listed.year or (listed.proper_name and party is None):
        return None
    start, end = listed.label
    if party is not None:
        if not RECIPIENT_GAP.match(doc.text[start : party.start]):
            return None  # "AB 12.03 (Pôle A)": the words around the party are no item
        start = party.end
    if any(start <= m.start < end for m in doc.sources):
        return None
    text = DETERMINER.sub("", doc.text[start:end].strip(_ROW_SEPARATORS + "()"))
    phrase = listed.written or bool(_NOUN_PHRASE.match(doc.text[start:end].lstrip(" ,")))
    return text if phrase and _WORD.search(text) else None


def _lead(doc: FundingText, index: int) -> int | None:
    """The sentence ending with a colon that the item lines before `index` follow; a table's
    header row without an amount may stand between them ("Bénéficiaire Bâtiment Subside")."""
    j = index - 1
    while j >= 0:
        # a row's "dont" parts ("…, dont 11,1 millions pour le parc") and what is left of the
        # row after them (" ;")
        if j in doc.totals and not doc.has_amount(j) and _LEAD_END.search(doc.sentence(j)):
            return j  # "En 2012, X a engagé N au titre de P, dont :": the rows are its parts
        if j in doc.totals or (j in doc.rests.values() and not doc.has_amount(j)):
            j -= 1
            continue
        sentence = doc.sentence(j)
        if _LEAD_END.search(sentence):
            return j
        header = j > 0 and not doc.has_amount(j) and _LEAD_END.search(doc.sentence(j - 1))
        if header and not sentence.endswith("."):
            return j - 1
        if not (is_item(sentence) or doc.is_row(j)) or not doc.has_amount(j):
            return None
        j -= 1
    return None
