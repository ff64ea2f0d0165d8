"""Which scheme governs a fact by the text's structure, when its own sentence names none as
its source (`source.programme`): the scheme an answer names once and goes on about
(`governing_programme`, the ruling of `tests/corpus/README.md`), the one the text is about when a
sentence continues it (`topic_programme`), the question's (`asked_programme`); and whether a
scheme lends (`lends`).
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import phrases, words
from loaders.extract.funding.lists import leads_list
from loaders.extract.funding.not_given import not_given
from loaders.extract.funding.recipient import receiving_programme
from loaders.extract.funding.sentences import GIVING_VERB, RECEIVING_VERB, FundingText
from loaders.extract.funding.source import (
    CONTINUES,
    LISTED_IN,
    PART_ONLY,
    contrasted,
    named_after_another_amount,
    programme,
)
from loaders.record import Mention

# A sentence's opening words before its subject project: "Le ", "Le projet ".
_PROJECT_OPENS = re.compile(r"(?:le|la|l['’]|ce|cet)\s*(?:projet\s+)?", re.IGNORECASE)
_NAMES_SOURCE = phrases("source-cues.txt")
# A cue of source right before a name: "Dans le cadre du projet 217 du plan P, …".
_CUED = re.compile(
    rf"{_NAMES_SOURCE.pattern}\s*(?:du|de\s+la|de\s+l['’]|des|de|d['’])?\s*$", re.IGNORECASE
)
# A co-financing share before the scheme that pays it: "cofinancé à 40 % par le FEDER".
# So does a verb of co-financing, whose other sources stand beside the one named: "Chaque plan
# est cofinancé par le FEADER, par la Région et par les communes".
_SHARE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|pour\s*cent)(?!\w)[^,;.]*|cofinanc\w*\s+(?:à\s+\S+\s+)?par\s+(?:la|le|les|l['’])?\s*)$",
    re.IGNORECASE,
)
# A list's lead that speaks of the money of what the sentence before named: "Le Gouvernement en
# a arrêté la répartition suivante :", "Ce montant se répartit comme suit :" (not "Les
# subventions octroyées hors Plan sont les suivantes :").
_REFERS_BACK = re.compile(
    r"(?<!\w)(?:en\s+(?:a|ont|avait|avaient|sera)(?!\w)|(?:ce|cet|cette|ces|sa|son|ses)\s+"
    r"(?:montants?|enveloppes?|budgets?|moyens|crédits|répartition|dotations?))",
    re.IGNORECASE,
)
# A singular pronoun as a sentence's subject, standing for the subject of the sentence before.
_IT = re.compile(r"\s*(?:il|elle|celui-ci|celle-ci)\s", re.IGNORECASE)
# A scheme named after a noun of lending is a scheme of loans: "le prêt « Digital X »".
_LENDING_NOUN = re.compile(
    rf"(?<!\w){words(lambda f: f.pos == 'noun' and f.instrument == 'loan')}\s*[«\"“]?\s*$",
    re.IGNORECASE,
)


def topic_programme(doc: FundingText, index: int) -> str | None:
    """The programme the text is about when a sentence of giving names none but says it
    continues what came before (`continuations.txt`: "ainsi", "notamment", "parmi"): the one
    that one of the three sentences before opens with as its subject ("L'appel à projets « X »
    a été lancé … Le Forem a ainsi attribué N à Y", "Un nouvel appel X, doté de N, a été lancé.
    L'ONG Y a notamment obtenu M")."""
    start, end = doc.sentences[index]
    if not (
        GIVING_VERB.search(doc.text, start, end) or RECEIVING_VERB.search(doc.text, start, end)
    ) or not CONTINUES.search(doc.text, start, end):
        return None
    for before in range(index - 1, max(-1, index - 4), -1):
        opening = doc.opening(before)
        if opening is not None and opening in doc.sources:
            return opening.id if opening.type == "programme" else None
        # A programme that is the subject of a verb of receiving after an opening phrase
        # ("Dans le cadre du programme P, la mesure « M » dispose d'une enveloppe de N").
        receiving = receiving_programme(doc, before)
        if receiving is not None:
            return receiving
    return None


def governing_programme(doc: FundingText, index: int, near: int | None = None) -> str | None:
    """The programme that governs sentence `index` by the text's structure: an answer names a
    scheme once ("Ils sont financés sur les crédits du Plan P.", "Le plan P est doté de N.",
    "… se répartissent comme suit dans le cadre du plan P :") and the facts of the paragraphs
    and lists that follow are that scheme's, until a sentence names another scheme (or sets
    one aside: "En dehors du plan Q, …") or turns to another matter ("Par ailleurs, …", "X a
    en outre reçu …", "Quant à …": `turns.txt` at a sentence's start, `asides.txt` anywhere in
    it). "Le plan P mobilise N. Il est en partie financé par le fonds F.": the pronoun is the
    plan, and F funds the plan; P governs what follows, not F. A sentence that names a source
    of its own by a cue (`source-cues.txt`), known or not, is governed by none. One that names
    a part of a scheme alone ("Au titre du premier volet", "Le deuxième axe, doté de N") is the
    scheme's named before, even past a turn to another matter. An aside ("en outre") turns
    only the clause it stands in: that of the money at `near`, or of a sentence's first amount.
    (The gold ruling of `tests/corpus/README.md`, "A programme named once governs what
    follows".)"""
    start, end = doc.sentences[index]
    # for each cue of source, whether only a part of a scheme follows it
    cues = [
        PART_ONLY.match(doc.text, cue.end(), end) is not None
        for cue in _NAMES_SOURCE.finditer(doc.text, start, end)
    ]
    if not all(cues):
        return None  # "Dans le cadre du plan de relance, X a reçu N": a source of its own
    # "Au titre du premier volet, …", "Le deuxième volet, doté de N": a part of the scheme the
    # text is about, which still governs
    part = any(cues) or PART_ONLY.match(doc.text, start, end) is not None
    for before in range(index, -1, -1):
        start, end = doc.sentences[before]
        if before < index and before in doc.totals:
            continue  # "(dont FEADER : 487 k€)": a part's own fund, not the rows' scheme
        if before < index:
            # the sentence before, whole: a "dont" part's is its total's
            subject = doc.opening(doc.totals.get(before - 1, before - 1)) if before else None
            if _IT.match(doc.text, start, end) and subject and subject.type == "programme":
                return subject.id
            named = programme(doc, before)
            if named is not None and not _shared(doc, before, named):
                return named if _governs(doc, before, named) else None
        # an aside counts in the clause of the money: the amount's own, or a sentence before's
        # first ("Pour X, le montant s'élève à N ; la ville y consacre en outre M")
        anchor = near if before == index else next((a.start for a in doc.amounts_in(before)), None)
        if doc.turns_away(before, anchor) and not part:
            return None
        if any(
            m.type == "programme" and not _shared(doc, before, m.id)
            for m in doc.within(doc.sources, before)
            if not contrasted(doc, before, m)
        ):
            return None  # a scheme named without a cue of source, or set aside
    return None


def _shared(doc: FundingText, index: int, named: str | None) -> bool:
    """Whether sentence `index` names the scheme only for a co-financing share ("dont 60 % sont
    couverts par le FEDER", "cofinancé à 40 % par le FEADER"): a share of the money of what the
    text is about, which leaves the scheme named before it governing."""
    start, _ = doc.sentences[index]
    mentions = [m for m in doc.within(doc.sources, index) if m.id == named]
    return bool(mentions) and all(
        _SHARE_BEFORE.search(doc.text, max(start, m.start - 40), m.start) for m in mentions
    )


def _governs(doc: FundingText, index: int, named: str) -> bool:
    """Whether the scheme sentence `index` names as its source is the source of all that
    sentence speaks of, which the text may go on about: not a project (unless named after a cue
    of source, "Dans le cadre du projet 217 du plan P, …", or opening with its money or its
    list), nor a scheme an item is
    listed in ("inscrit au plan P"), nor a scheme named for a share ("Le projet est cofinancé à
    40 % par le FEDER") or for a second amount only ("20 millions …, complétée par 45 millions
    au titre du plan P"): other money stands beside it."""
    start, end = doc.sentences[index]
    mentions = [m for m in doc.within(doc.sources, index) if m.id == named]
    if not mentions:  # named by an anaphor: "dans le cadre de l'appel", "au titre de ce fonds"
        return any(m.id == named and m.type == "programme" for m in doc.sources)
    if (
        mentions[0].type != "programme"
        and not _opens_with(doc, index, mentions[0])
        and not _CUED.search(doc.text, max(start, mentions[0].start - 40), mentions[0].start)
    ):
        return False  # a project named for what it does, not as the money's source
    first = min(mentions, key=lambda m: m.start)
    if _SHARE_BEFORE.search(doc.text, max(start, first.start - 40), first.start):
        return False
    if LISTED_IN.search(doc.text, max(start, first.start - 40), first.start):
        return False  # "Il est inscrit au plan P": listed in a scheme, not money it gives
    # the sentence's first money given: not one it denies ("Il n'est pas doté de 6 millions
    # mais de 4,85 millions, imputés sur les crédits du plan P")
    near = next(
        (a.start for a in doc.amounts if start <= a.start < end and not not_given(doc.text, a)),
        None,
    )
    return near is None or not named_after_another_amount(doc, index, named, near)


def _opens_with(doc: FundingText, index: int, mention: Mention) -> bool:
    """Whether sentence `index` opens with the project as its subject and gives its money ("Le
    projet 97 du plan P, « T », mobilise N") or a list right after it splits its money ("Le
    projet 84 du plan P finance X. Le Gouvernement en a arrêté la répartition suivante :", a
    lead that refers back to it): the text is about that project's money. A project named
    without money, and not followed by its list ("Le projet 23 finance des formations"), says
    what it does, not whose money comes after."""
    start, end = doc.sentences[index]
    return _PROJECT_OPENS.fullmatch(doc.text, start, mention.start) is not None and (
        any(start <= a.start < end for a in doc.amounts)
        or (
            index + 1 < len(doc.sentences)
            and leads_list(doc, index + 1)
            and _REFERS_BACK.search(doc.sentence(index + 1)) is not None
        )
    )


def asked_programme(doc: FundingText, index: int) -> str | None:
    """The scheme the question is about, when the answer names none: "Le programme communal
    d'actions 2007-2008 devait accélérer …" asked, "Le Gouvernement a approuvé les programmes
    d'ancrage … La SWL a notifié un subside de N" answered: the answer's money is the scheme's,
    until it turns to another matter ("Par ailleurs, …"). The question opens with the scheme as
    its subject and names no other; one named in passing ("des prêts « écopack »" in a question
    about a lender, real row 50032) is not what the answer's money is. Not when the answer
    names a scheme or a project of its own (it says its sources itself)."""
    if doc.asked is None or doc.sources or any(doc.turns_away(i) for i in range(index + 1)):
        return None
    asked = {m.id for m in doc.asked.sources if m.type == "programme"}
    topic = doc.asked.opening(0) if doc.asked.sentences else None
    return topic.id if len(asked) == 1 and topic is not None and topic.id in asked else None


def lends(doc: FundingText, programme_id: str) -> bool:
    """Whether the text names the scheme as a loan ("le prêt « X », doté de N"): its money is
    lent, so the loans after it may be its own, while a scheme of grants that governs what
    follows is not the source of a borrower's loan (the gold rulings of held-out 5 and 6)."""
    return any(
        m.id == programme_id and _LENDING_NOUN.search(doc.text, max(0, m.start - 25), m.start)
        for m in doc.sources
    )
