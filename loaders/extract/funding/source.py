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
    GIVEN_TO_STEMS,
    MONEY_NOUNS,
    RECEIVED_FROM_STEMS,
    listed,
    participle,
    phrases,
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
# A part of the scheme between the cue and the scheme, with its number, title (or both) or
# period: "au titre de l'axe 3 du", "dans le cadre du pilier « X » d'", "au titre de la mesure
# 4.2 « Y » du", "relève de la programmation 2007-2013 du" (`scheme-components.txt`).
_COMPONENT_NOUNS = "|".join(re.escape(w) for w in listed("scheme-components.txt"))
_COMPONENT = (
    rf"(?:(?:{_COMPONENT_NOUNS})s?"
    r"(?:\s+(?:n°\s*)?(?:\d{4}\s*[-–]\s*\d{2,4}|\d[\w.]*|[IVX]+|[A-Z]))?"
    r"(?:\s*[«\"“][^»”\"]{1,100}[»”\"])?"
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
# A programme as the subject: "Le FTJ alloue", "La programmation du FEDER … comprend", "Un
# appel à projets « X » a été lancé", after a short opening phrase ("Pour la période 2021-2027,
# le FEDER prévoit"); or as the topic the sentence opens with: "Pour le FEDER, …", "Concernant
# le plan P, …", "Pour la programmation 2014-2019 du plan P, …".
_SUBJECT_START = re.compile(
    r"^(?:(?:[A-ZÀ-Ý][\w '’-]{0,40}|Dans\s+ce\s+cadre|À\s+ce\s+titre),\s*)?"
    r"(?:(?:pour|concernant|quant\s+(?:à|au|aux)|en\s+ce\s+qui\s+concerne"
    r"|s['’]agissant\s+d(?:e|u|es|['’]))\s*)?"
    r"(?:(?:le|la|les|l['’]|un|une)\s*)?(?:(?:programme|programmation|plan|fonds|volet|enveloppe"
    rf"|budget|appel(?:\s+à\s+(?:projets|candidatures))?|{_COMPONENT_NOUNS})(?:\s+[\w-]+)?\s+(?:du\s+"
    rf"|de\s+la\s+|de\s+l['’]|des\s+|d['’]|[«\"“]\s*)?){{0,2}}$",
    re.IGNORECASE,
)
# A part of a scheme picked by its rank, number or title, with no scheme named after it: "au
# titre du premier volet", "Le deuxième axe, doté de N", "dans le cadre de la mesure 2.3" (not
# "la programmation 2021-2027", "l'édition 2022" or "l'objectif 1", which are schemes or their
# editions in their own right).
_ORDINAL = rf"(?:{'|'.join(re.escape(w) for w in listed('ordinals.txt'))}|\d+\s*(?:er|re|e|ème))s?"
_PART_NOUN = "|".join(
    re.escape(w)
    for w in listed("scheme-components.txt")
    if w not in ("programmation", "édition", "objectif")
)
_PART_NUMBER = r"(?:\s+(?:n°\s*)?(?:\d[\d.]*|[IVX]+)(?!\w))"
_PART_TITLE = r"(?:\s*[«\"“][^»”\"]{1,100}[»”\"])"
_PART = (
    rf"(?:{_ORDINAL}\s+(?:{_PART_NOUN})s?{_PART_NUMBER}?{_PART_TITLE}?"
    rf"|(?:{_PART_NOUN}){_PART_NUMBER}{_PART_TITLE}?|(?:{_PART_NOUN}){_PART_TITLE})"
)
# A part of a scheme the sentences before named, with no scheme named after it: "au titre du
# premier volet" names no source of its own (`governing.governing_programme`).
PART_ONLY = re.compile(
    rf"\s*(?:{DE}|à\s+|au\s+|aux\s+)?(?:la\s+|le\s+|l['’]\s*)?{_PART}"
    r"(?!\s*(?:(?:du|de|des)\s|d['’]))",
    re.IGNORECASE,
)
# "au titre de ce fonds", "du même programme", "à ce titre": the programme last named before;
# so is a scheme's class noun with the definite article and no name or complement after it
# ("les moyens octroyés dans le cadre de l'appel se répartissent"; not "du programme
# opérationnel « X »", whose name follows an adjective).
_SOURCE_ANAPHOR = re.compile(
    r"(?<!\w)(?:(?:ce|cet|cette|ces|même|ledit|ladite)\s+"
    r"(?P<noun>fonds|plans?|programmes?|programmation|dispositifs?|projets?|mesures?|appels?)"
    r"|(?:l['’]|le\s+|la\s+|du\s+|au\s+)(?P<definite>appel|plan|programme|fonds|dispositif)"
    r"(?!\s*(?:(?-i:[a-zà-ÿ]+)\s+)?(?:[«\"“(\d]|(?-i:[A-ZÀ-Ý])|(?:de|du|des|d['’]|à|pour|en)(?!\w)))"
    r"|(?P<title>à\s+ce\s+titre))(?!\w)",
    re.IGNORECASE,
)
# How many sentences back an anaphor ("ce fonds", "du même programme") may name its scheme.
_ANAPHOR_REACH = 8
# Besides the cues of source, what puts money or an actor inside an anaphoric programme: "ont
# joué un rôle central dans ce dispositif", "soutenus par ce programme", "aurait prêté N à X
# pour ce programme" (money for a scheme is the scheme's, as "consacrera N au plan P").
_IN_ANAPHOR = re.compile(rf"(?:dans|par|via|pour|{RECEIVED_FROM_STEMS}\w*)\s*$", re.IGNORECASE)
# "le plan P, doté d'une enveloppe de N", "le plan P, pour un montant de N", "le plan P, d'un
# budget de N", "le plan P (PP), qui mobilise N": the programme the amount endows.
_ENDOWED = re.compile(
    r"\s*[»”\"]?\s*(?:\([^()]{1,20}\)\s*)?,?\s*"
    r"(?:(?:(?:qui\s+)?(?:est|sera|était|a\s+été)\s+)?dotée?s?(?!\w)|qui\s+mobilis\w*"
    rf"|(?:pour\s+)?(?:un|une)\s+{MONEY_NOUNS}\s+(?:\w+\s+)?(?:de|d['’]|non)(?!\w))",
    re.I,
)
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
# "consacrera 40 millions d'euros au Plan P", "Le solde, soit N, est réservé à l'appel à
# projets « P »": money given to a programme.
_TO_PROGRAMME = re.compile(
    rf"\s*(?:,?\s*(?:est|sont|sera|seront|a\s+été|ont\s+été)\s+{participle(GIVEN_TO_STEMS)}\s+)?"
    rf"{TO_THE}(?:(?:appel\s+à\s+projets|plan|programme|fonds|dispositif)\s*[«\"“]?\s*)?",
    re.IGNORECASE,
)


CONTINUES = phrases("continuations.txt")
LISTED_IN = re.compile(rf"{_LISTED}{_ARTICLE}$", re.IGNORECASE)
_OF_AFTER_AMOUNT = re.compile(r"\s*(?:du|de\s+la|de\s+l['’]|des|d['’])\s*")
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
        and not contrasted(doc, index, m)
    ]


def contrasted(doc: FundingText, index: int, mention: Mention) -> bool:
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
    """ "au titre de ce fonds", "dans ce dispositif", "Ce fonds finance", "L'appel est doté de
    N": the programme last named before in this sentence or the eight before (an anaphor may
    reach back over sentences about something else: "Les indemnités relèvent du Programme P …
    [two sentences] … Sa subvention atteint N, à charge du même programme"), of the anaphor's
    class when one was named with it ("du même programme" is the Programme P, not the fund F
    named after it); "dans le cadre de l'appel": the last one named with that noun ("L'appel à
    projets « X »", "le plan X")."""
    start, end = doc.sentences[index]
    for match in _SOURCE_ANAPHOR.finditer(doc.text, start, end):
        before = doc.text[max(start, match.start() - 40) : match.start()]
        # "Ce Fonds finance, d'une part, X", "L'appel est doté de N": the anaphor as the
        # subject of a verb of giving, or endowed
        subject = not before.strip() and (
            GIVING_VERB.search(doc.text, match.end(), end)
            or _ENDOWED.match(doc.text, match.end(), end)
        )
        if match.group("title"):
            named_just_before = _scheme_of_sentence_before(doc, index)
            if named_just_before is not None:
                return named_just_before
            continue
        # the cue ends with the article the anaphor opens with: "dans le cadre du plan"
        noun_at = match.start("definite") if match.group("definite") else match.start()
        cue = doc.text[max(start, match.start() - 40) : noun_at]
        if not (_SOURCE_CUE.search(cue) or _IN_ANAPHOR.search(before) or subject):
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


def _scheme_of_sentence_before(doc: FundingText, index: int) -> str | None:
    """What "à ce titre" stands for: the source the sentence before names ("La mesure 7.2 du
    programme soutient … X a bénéficié à ce titre de N"), else the first scheme it names ("Les
    GAL s'inquiètent de la fin du programme P. Le GAL X aurait bénéficié à ce titre de N"; "le
    volet « V » du FSE+, qui a succédé au FEAD": the FSE+). Not further back: "à ce titre" also
    means "in that capacity" ("Les subsides aux communes s'élèvent à 0,50 euro par habitant. La
    commune de X perçoit à ce titre N")."""
    if index == 0:
        return None
    named = programme(doc, index - 1)
    if named is not None:
        return named
    schemes = [m for m in doc.within(doc.sources, index - 1) if m.type == "programme"]
    return schemes[0].id if schemes else None


def _titled(doc: FundingText, mention: Mention, noun: str) -> bool:
    """Whether the programme's name, or the words just before it, hold the class noun: "L'appel
    à projets « X »" for "l'appel", "le Plan X" for "le plan"."""
    titled = doc.text[max(0, mention.start - 25) : mention.end].lower()
    return noun.lower() in re.findall(r"\w+", titled)


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
