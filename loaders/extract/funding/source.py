"""Where the money comes from: a programme or project mention the sentence names as its source.

- after a cue of source: "dans le cadre du", "au titre de", "financé par", "via", "issus du",
  with or without the class noun before the name ("financés par le plan Wallonie cyclable");
- as the subject of the sentence: "Le FTJ alloue", "La programmation du FEDER … comprend";
- right after the amount: "3,2 millions d'euros du FEDER";
- "au titre de ce fonds", "du même programme", "dans ce dispositif": the programme (or project)
  last named in this sentence or the eight before;
- a purpose that is a named project: "pour le projet « Escaut vivant »".
A project wins over a programme: the project says which part of the programme pays.
"""

from __future__ import annotations

import re

from loaders.extract.funding.frames import (
    MONEY_NOUNS,
    RECEIVED_FROM_STEMS,
    listed,
    phrases,
    words,
)
from loaders.extract.funding.recipient import receiving_programme
from loaders.extract.funding.sentences import (
    AGENT,
    DE,
    GIVING_VERB,
    RECEIVING_VERB,
    TO_THE,
    FundingText,
)
from loaders.record import Mention

# A participle of being listed in a scheme, right before its name: "inscrite au plan", "imputés
# sur le fonds". It names the source of the money of its own sentence, but where an item is
# listed, not what the sentences after it go on about (`_governs`).
_LISTED = r"(?:inscrit|imputé)e?s?\s+(?:au|aux|à|dans|sur)"
_ARTICLE = r"\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?"
# The guillemet that opens a scheme's quoted name after its class noun: "le programme « X »".
_QUOTE = r"(?:[«\"“]\s*)?"
# A verb of belonging to a scheme: "Les indemnités X relèvent du programme P", "s'inscrivent
# dans le plan P", "émargent au fonds F": the scheme pays what the subject names.
_BELONGS = rf"(?:relev|relèv)\w*\s+{DE}|s['’]\s*inscri\w*\s+dans|émarg\w*\s+(?:à|au|aux|sur)"
# A part of the scheme between the cue and the scheme, with its number, title or period: "au
# titre de l'axe 3 du", "dans le cadre du pilier « X » d'", "relève de la programmation
# 2007-2013 du" (`scheme-components.txt`).
_COMPONENT_NOUNS = "|".join(re.escape(w) for w in listed("scheme-components.txt"))
_COMPONENT = (
    rf"(?:(?:{_COMPONENT_NOUNS})s?"
    r"(?:\s+(?:n°\s*)?(?:\d{4}\s*[-–]\s*\d{2,4}|\d[\w.]*|[IVX]+|[A-Z]|[«\"“][^»”\"]{1,100}[»”\"]))?"
    rf"\s*{DE}{_ARTICLE})?"
)
# A cue of source, then the programme: "au titre du", "financés par le plan", "cofinancé à 40 %
# par le FEDER", "les crédits du", a listing participle.
_SOURCE_CUE = re.compile(
    rf"(?:dans\s+le\s+cadre\s+{DE}|au\s+titre\s+{DE}|{AGENT}\s+|via\s+"
    rf"|grâce\s+(?:à|au|aux)\s+|issue?s?\s+{DE}|(?:en\s+)?provena\w*\s+{DE}|provien\w*\s+{DE}"
    rf"|bénéfici\w*\s+{DE}|à\s+charge\s+{DE}|{MONEY_NOUNS}(?:(?:\s+\w+)?\s+{DE}|\s+)"
    rf"|(?<![\w-])programme\s+{_QUOTE}|part\s+{DE}|{_LISTED}|{_BELONGS}){_ARTICLE}{_COMPONENT}"
    rf"(?:(?:plan|programme|fonds|dispositif|mécanisme|instrument|volet"
    rf"|initiative(?:\s+communautaire)?|appel(?:\s+à\s+(?:projets|candidatures))?)\s+{_QUOTE})?$",
    re.IGNORECASE,
)
# A programme as the subject: "Le FTJ alloue", "La programmation du FEDER … comprend", after a
# short opening phrase ("Pour la période 2021-2027, le FEDER prévoit"); or as
# the topic the sentence opens with: "Pour le FEDER, …", "Concernant le plan P, …".
_SUBJECT_START = re.compile(
    r"^(?:(?:[A-ZÀ-Ý][\w '’-]{0,40}|Dans\s+ce\s+cadre|À\s+ce\s+titre),\s*)?"
    r"(?:(?:pour|concernant|quant\s+(?:à|au|aux)|en\s+ce\s+qui\s+concerne"
    r"|s['’]agissant\s+d(?:e|u|es|['’]))\s*)?"
    r"(?:(?:le|la|les|l['’])\s*)?(?:(?:programme|programmation|plan|fonds|volet|enveloppe|budget"
    rf"|appel(?:\s+à\s+(?:projets|candidatures))?|{_COMPONENT_NOUNS})(?:\s+\w+)?\s+(?:du\s+"
    rf"|de\s+la\s+|de\s+l['’]|des\s+|d['’]|[«\"“]\s*)?){{0,2}}$",
    re.IGNORECASE,
)
# "au titre de ce fonds", "du même programme": the programme last named before; so is a
# scheme's class noun with the definite article and no name or complement after it ("les
# moyens octroyés dans le cadre de l'appel se répartissent").
_SOURCE_ANAPHOR = re.compile(
    r"(?<!\w)(?:(?:ce|cet|cette|ces|même|ledit|ladite)\s+"
    r"(?P<noun>fonds|plans?|programmes?|programmation|dispositifs?|projets?|mesures?)"
    r"|(?:l['’]|le\s+|la\s+|du\s+|au\s+)(?P<definite>appel|plan|programme|fonds|dispositif)"
    r"(?!\s*(?:[«\"“(\d]|(?-i:[A-ZÀ-Ý])|(?:de|du|des|d['’]|à|pour|en)(?!\w))))(?!\w)",
    re.IGNORECASE,
)
# How many sentences back an anaphor ("ce fonds", "du même programme") may name its scheme.
_ANAPHOR_REACH = 8
# Besides the cues of source, what puts money or an actor inside an anaphoric programme: "ont
# joué un rôle central dans ce dispositif", "soutenus par ce programme".
_IN_ANAPHOR = re.compile(rf"(?:dans|par|via|{RECEIVED_FROM_STEMS}\w*)\s*$", re.IGNORECASE)
# "le plan P, doté d'une enveloppe de N", "le plan P, pour un montant de N", "le plan P, d'un
# budget de N": the programme the amount endows.
_ENDOWED = re.compile(
    r"\s*[»”\"]?\s*,?\s*(?:(?:(?:qui\s+)?(?:est|sera|était|a\s+été)\s+)?dotée?s?(?!\w)"
    rf"|(?:pour\s+)?(?:un|une)\s+{MONEY_NOUNS}\s+(?:\w+\s+)?(?:de|d['’]|non)(?!\w))",
    re.I,
)
# A sentence's opening words before its subject project: "Le ", "Le projet ".
_PROJECT_OPENS = re.compile(r"(?:le|la|l['’]|ce|cet)\s*(?:projet\s+)?", re.IGNORECASE)
# The endowment apposed to a scheme's name: "l'appel « A », doté de N" (not "le fonds F, qui
# finance les plans P, est doté de N", whose subject is endowed).
_APPOSED_ENDOWMENT = re.compile(r"\s*[»”\"]?\s*,\s*dotée?s?(?!\w)", re.I)
# "pour le projet « Escaut vivant »", "destinés au projet X": a purpose that is a named project is
# that project, the part of its programme that pays.
_FOR_PROJECT = re.compile(
    r"(?<!\w)(?:pour|(?:destiné|consacré|affecté|réservé)e?s?\s+(?:à|au|aux))\s*"
    r"(?:(?:le|la|les|l['’]|son|sa|ses)\s*)?(?:projets?\s+)?[«\"“]?\s*$",
    re.IGNORECASE,
)
# What sets a programme aside: "hors", "en dehors de", "à l'exception de", "sauf", "excepté".
_EXCEPT = re.compile(
    rf"(?<!\w)(?:hors|en\s+dehors\s+{DE}|à\s+l['’]exception\s+{DE}|sauf|excepté)\s*"
    r"(?:(?:la|le|les|l['’])\s*)?(?:(?:plan|programme|fonds|dispositif)\s+)?$",
    re.IGNORECASE,
)
# What names a scheme only to set another against it: "À la différence du régime UREBA
# classique, qui subventionne …", "contrairement au plan P": the text goes on about the other.
_CONTRAST = re.compile(
    rf"(?<!\w)(?:à\s+la\s+différence\s+{DE}|contrairement\s+(?:à|au|aux))\s*"
    r"(?:(?:la|le|les|l['’])\s*)?(?:(?:plan|programme|fonds|dispositif|régime|appel)\s+)?$",
    re.IGNORECASE,
)
# A purpose before a scheme's name, in its clause: "en faveur de", "réservés aux" (not "pour",
# which also joins a noun to its complement: "le point de contact pour Horizon Europe").
_PURPOSE_BEFORE = re.compile(
    r"(?<!\w)(?:en\s+faveur\s+d\S*|(?:réservé|destiné|consacré|affecté)e?s?\s+(?:à|au|aux))"
    r"\s[^,;.]*$",
    re.IGNORECASE,
)
# "consacrera 40 millions d'euros au Plan P": money given to a programme.
_TO_PROGRAMME = re.compile(rf"\s*{TO_THE}")


CONTINUES = phrases("continuations.txt")
_NAMES_SOURCE = phrases("source-cues.txt")
_LISTED_IN = re.compile(rf"{_LISTED}{_ARTICLE}$", re.IGNORECASE)
# A co-financing share before the scheme that pays it: "cofinancé à 40 % par le FEDER".
# So does a verb of co-financing, whose other sources stand beside the one named: "Chaque plan
# est cofinancé par le FEADER, par la Région et par les communes".
_SHARE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|pour\s*cent)(?!\w)[^,;.]*|cofinanc\w*\s+(?:à\s+\S+\s+)?par\s+(?:la|le|les|l['’])?\s*)$",
    re.IGNORECASE,
)
# A singular pronoun as a sentence's subject, standing for the subject of the sentence before.
_IT = re.compile(r"\s*(?:il|elle|celui-ci|celle-ci)\s", re.IGNORECASE)
_OF_AFTER_AMOUNT = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*")
# A scheme named after a noun of lending is a scheme of loans: "le prêt « Digital X »".
_LENDING_NOUN = re.compile(
    rf"(?<!\w){words(lambda f: f.pos == 'noun' and f.instrument == 'loan')}\s*[«\"“]?\s*$",
    re.IGNORECASE,
)
# An amount's own programme: "N euros du FEDER", "N euros de Fonds européen …" (no article);
# so is one after a noun of money: "N euros de subventions de revitalisation urbaine".
_OWN_SOURCE = re.compile(
    rf"\s*(?:du|de\s+la|de\s+l['’]|des|d['’]|de)\s*(?:{MONEY_NOUNS}\s+(?:{DE}{_ARTICLE})?)?"
)


def programme(doc: FundingText, index: int) -> str | None:
    """The programme or project sentence `index` names as the source of its money."""
    receiving = receiving_programme(doc, index)
    if receiving is not None:
        return receiving
    start, end = doc.sentences[index]
    found: list[Mention] = []
    endowing: list[Mention] = []
    for mention in _sources(doc, index):
        before = doc.text[max(start, mention.start - 160) : mention.start]
        after_amount = any(
            _OF_AFTER_AMOUNT.fullmatch(doc.text[a.end : mention.start])
            for a in doc.amounts
            if a.end <= mention.start
        )
        # A programme's endowment is money it gives; a project's budget is what it costs.
        endowed = mention.type == "programme" and _ENDOWED.match(doc.text, mention.end, end)
        if (
            _SOURCE_CUE.search(before)
            or (mention.type == "project" and _FOR_PROJECT.search(before))
            or _SUBJECT_START.match(doc.text[start : mention.start])
            or after_amount
            or endowed
            or _given_to_programme(doc, index, mention)
        ):
            found.append(mention)
            if endowed and _APPOSED_ENDOWMENT.match(doc.text, mention.end, end):
                endowing.append(mention)
    projects = [m for m in found if m.type == "project"]
    # "Dans le cadre du plan P, X a lancé l'appel « A », doté de N": the scheme the amount
    # endows is its source, not the framework it belongs to
    chosen = projects or endowing or found
    if chosen:
        return chosen[0].id
    return programme_named_before(doc, index) or _only_programme(doc, index)


def _sources(doc: FundingText, index: int) -> list[Mention]:
    """The programmes and projects of sentence `index` but those it sets aside ("Hors PIC, …",
    "en dehors du FEDER", "à l'exception du PIC"): money there comes from elsewhere."""
    start, _ = doc.sentences[index]
    return [
        m
        for m in doc.within(doc.sources, index)
        if not _EXCEPT.search(doc.text, max(start, m.start - 40), m.start)
        and not _contrasted(doc, index, m)
    ]


def _contrasted(doc: FundingText, index: int, mention: Mention) -> bool:
    """Whether sentence `index` names the scheme only to set another against it ("À la
    différence du régime UREBA classique, …"): neither a source nor a turn to another scheme."""
    start, _ = doc.sentences[index]
    return bool(_CONTRAST.search(doc.text, max(start, mention.start - 40), mention.start))


def _only_programme(doc: FundingText, index: int) -> str | None:
    """The one programme a sentence of giving or receiving names, without a cue: a sentence
    about money given that names a single scheme speaks of that scheme's money. Not one the
    money is for ("dont N réservés aux investissements en faveur de … (PIMACI)"): a purpose names
    where money goes, not whence."""
    start, end = doc.sentences[index]
    named = {
        m.id
        for m in _sources(doc, index)
        if m.type == "programme"
        and not _PURPOSE_BEFORE.search(doc.text, max(start, m.start - 80), m.start)
    }
    if len(named) == 1 and (
        GIVING_VERB.search(doc.text, start, end) or RECEIVING_VERB.search(doc.text, start, end)
    ):
        return named.pop()
    return None


def _given_to_programme(doc: FundingText, index: int, mention: Mention) -> bool:
    """ "La Région consacrera 40 millions d'euros au Plan P": a verb of giving, the amount, then
    "à" and the programme."""
    start, end = doc.sentences[index]
    if not GIVING_VERB.search(doc.text, start, end):
        return False
    return any(
        _TO_PROGRAMME.fullmatch(doc.text[a.end : mention.start])
        for a in doc.amounts
        if start <= a.end <= mention.start
    )


def programme_named_before(doc: FundingText, index: int) -> str | None:
    """ "au titre de ce fonds", "dans ce dispositif": the programme last named before in this
    sentence or the eight before (an anaphor may reach back over sentences about something
    else: "Les indemnités relèvent du Programme P … [two sentences] … Sa subvention atteint N, à
    charge du même programme"), of the anaphor's class when one was named with it ("du même
    programme" is the Programme P, not the fund F named after it); "dans le cadre de l'appel":
    the last one named with that noun ("L'appel à projets « X »", "le plan X")."""
    start, end = doc.sentences[index]
    for match in _SOURCE_ANAPHOR.finditer(doc.text, start, end):
        before = doc.text[max(start, match.start() - 40) : match.start()]
        if not (_SOURCE_CUE.search(before) or _IN_ANAPHOR.search(before)):
            continue
        definite = match.group("definite")
        noun = match.group("noun") or definite
        wanted = "project" if noun.lower().startswith("projet") else "programme"
        floor = doc.sentences[max(0, index - _ANAPHOR_REACH)][0]
        named = [m for m in doc.sources if m.type == wanted and floor <= m.start < match.start()]
        if definite:
            named = [m for m in named if _titled(doc, m, definite)]
        elif wanted == "programme":
            # "à charge du même programme" after "le Programme P … cofinancé par le Fonds F":
            # the one of that class when one was named so, the last one named otherwise
            singular = noun.lower().rstrip("s") if noun.lower() != "fonds" else "fonds"
            named = [m for m in named if _titled(doc, m, singular)] or named
        if named:
            return named[-1].id
    return None


def _titled(doc: FundingText, mention: Mention, noun: str) -> bool:
    """Whether the programme's name, or the words just before it, hold the class noun: "L'appel
    à projets « X »" for "l'appel", "le Plan X" for "le plan"."""
    titled = doc.text[max(0, mention.start - 25) : mention.end].lower()
    return noun.lower() in re.findall(r"\w+", titled)


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


def named_after_another_amount(doc: FundingText, index: int, source: str, near: int) -> bool:
    """Whether the sentence names `source` only after another amount that follows the one at
    `near`: "une enveloppe de 20 millions …, complétée par 45 millions au titre du plan P" (the
    plan is the 45 millions' source, not the 20 millions')."""
    named = [m for m in doc.within(doc.sources, index) if m.id == source]
    return bool(named) and all(
        any(near < a.start and a.end <= m.start for a in doc.amounts) for m in named
    )


def programme_of_amount(doc: FundingText, index: int, amount_end: int) -> str | None:
    """The programme named right after an amount by "de" ("dont 15,7 millions d'euros de
    Fonds européen agricole …", "2 millions d'euros du FEDER"): that amount's own source, over
    the one the sentence names for all its money ("Dans le cadre du programme P, …")."""
    for mention in doc.within(doc.sources, index):
        if mention.type == "programme" and _OWN_SOURCE.fullmatch(
            doc.text[amount_end : mention.start]
        ):
            return mention.id
    return None


def governing_programme(doc: FundingText, index: int) -> str | None:
    """The programme that governs sentence `index` by the text's structure: an answer names a
    scheme once ("Ils sont financés sur les crédits du Plan P.", "Le plan P est doté de N.",
    "… se répartissent comme suit dans le cadre du plan P :") and the facts of the paragraphs
    and lists that follow are that scheme's, until a sentence names another scheme (or sets
    one aside: "En dehors du plan Q, …") or turns to another matter ("Par ailleurs, …", "X a
    en outre reçu …", "Quant à …": `turns.txt` at a sentence's start, `asides.txt` anywhere in
    it). "Le plan P mobilise N. Il est en partie financé par le fonds F.": the pronoun is the
    plan, and F funds the plan; P governs what follows, not F. A sentence that names a source
    of its own by a cue (`source-cues.txt`), known or not, is governed by none.
    (The gold ruling of `tests/corpus/README.md`, "A programme named once governs what
    follows".)"""
    start, end = doc.sentences[index]
    if _NAMES_SOURCE.search(doc.text, start, end):
        return None  # "Dans le cadre du plan de relance, X a reçu N": a source of its own
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
        if doc.turns_away(before):
            return None
        if any(
            m.type == "programme" and not _shared(doc, before, m.id)
            for m in doc.within(doc.sources, before)
            if not _contrasted(doc, before, m)
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
    sentence speaks of, which the text may go on about: not a project, nor a scheme an item is
    listed in ("inscrit au plan P"), nor a scheme named for a share ("Le projet est cofinancé à
    40 % par le FEDER") or for a second amount only ("20 millions …, complétée par 45 millions
    au titre du plan P"): other money stands beside it."""
    start, end = doc.sentences[index]
    mentions = [m for m in doc.within(doc.sources, index) if m.id == named]
    if not mentions:  # named by an anaphor: "dans le cadre de l'appel", "au titre de ce fonds"
        return any(m.id == named and m.type == "programme" for m in doc.sources)
    if mentions[0].type != "programme" and not _opens_with(doc, index, mentions[0]):
        return False
    first = min(mentions, key=lambda m: m.start)
    if _SHARE_BEFORE.search(doc.text, max(start, first.start - 40), first.start):
        return False
    if _LISTED_IN.search(doc.text, max(start, first.start - 40), first.start):
        return False  # "Il est inscrit au plan P": listed in a scheme, not money it gives
    near = next((a.start for a in doc.amounts if start <= a.start < end), None)
    return near is None or not named_after_another_amount(doc, index, named, near)


def _opens_with(doc: FundingText, index: int, mention: Mention) -> bool:
    """Whether sentence `index` opens with the project as its subject and gives its money ("Le
    projet 97 du plan P, « T », mobilise N"): the text is about that project's money, and the
    lists after it split it. A project named without money ("Le projet 23 finance des
    formations") says what it does, not whose money comes after."""
    start, end = doc.sentences[index]
    return _PROJECT_OPENS.fullmatch(doc.text, start, mention.start) is not None and any(
        start <= a.start < end for a in doc.amounts
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
