"""The typed record a source parser produces: the contract between sources and everything else.

Its JSON form is the one CONTRACT.md fixes for `parlgraph parse FILE --format json`; field names
here match it one to one so that `to_json()` is a plain conversion, not a second schema.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

Part = Literal["question", "answer"]
AnswerStatus = Literal["answered", "provisional", "declined", "redirected"]
MentionType = Literal[
    "organisation", "site", "place", "programme", "project", "person", "party", "topic"
]
Approximation = Literal["exact", "about", "more_than", "less_than", "up_to"]
BudgetKind = Literal["structural", "complementary", "exceptional"]
# How the money reaches its recipient: given (a grant, subsidy, allocation, envelope), lent, its
# repayment guaranteed, invested in its capital, or advanced to be repaid on success.
Instrument = Literal["grant", "loan", "guarantee", "equity", "repayable_advance"]
INSTRUMENTS: tuple[Instrument, ...] = get_args(Instrument)
DocType = Literal["written_question", "oral_question", "interpellation", "topical_question"]


@dataclass
class PersonRef:
    """A person as printed on the page, resolved to an IRI when reference data knows them.

    `role` is the title as printed; `party`, `post` and `post_id` are what the person held on the
    question's date (CONTRACT.md), filled by `loaders.resolve`."""

    name: str
    as_written: str
    id: str | None = None
    role: str | None = None
    party: str | None = None
    post: str | None = None
    post_id: str | None = None


@dataclass
class Question:
    date: str | None
    text: str
    askers: list[PersonRef] = field(default_factory=list)
    addressees: list[PersonRef] = field(default_factory=list)


@dataclass
class Answer:
    date: str | None
    status: AnswerStatus
    text: str
    responders: list[PersonRef] = field(default_factory=list)
    redirected_to: list[PersonRef] = field(default_factory=list)
    annex: str | None = None


@dataclass
class Mention:
    type: MentionType
    label: str
    id: str | None
    part: Part
    start: int
    end: int
    text: str
    method: str = "gazetteer"
    confidence: float = 1.0


@dataclass
class Amount:
    text: str
    value: float
    currency: str
    approximation: Approximation
    part: Part
    start: int
    end: int
    method: str = "rules"
    confidence: float = 1.0
    # A range ("de 5 à 10 millions d'euros") keeps its low end in `value` and its high end here;
    # a rate ("1,5 €/kW", "150 euros par habitant") names what one unit of it is per.
    high: float | None = None
    per: str | None = None


@dataclass
class Period:
    start: str
    end: str


@dataclass
class Funding:
    amount: int
    recipient: str | None
    programme: str | None
    period: Period | None
    purpose: str | None
    funder: str | None = None
    # The kind of budget the text gives the money ("budget structurel", "budgets
    # complémentaires", "budget exceptionnel"), else None.
    budget: BudgetKind | None = None
    # How the money reaches the recipient: `grant` unless the text lends it ("un prêt de N",
    # the lender is the funder and the borrower the recipient), guarantees it, takes a stake
    # with it ("une participation de N au capital de X") or advances it to be repaid.
    instrument: Instrument = "grant"
    # The index in the record's `funding` of the fact this one is a part of ("10 millions à X,
    # dont 4 pour Y"; a row of a list whose lead gives the money the rows share), else None. A
    # part keeps its own recipient only when its clause names one: the money reaches the total's
    # recipient otherwise, and no recipient is given the same money twice.
    part_of: int | None = None
    part: Part = "answer"
    start: int = 0
    end: int = 0
    text: str = ""
    method: str = "rules"
    confidence: float = 1.0


@dataclass
class Entity:
    """What the graph says about a thing a mention points to (from reference data or the text).

    Carried beside the mentions so that the mapping can describe each entity a document uses
    without looking anything up again.
    """

    id: str
    type: MentionType
    label: str
    aliases: list[str] = field(default_factory=list)
    classification: str | None = None
    level: str | None = None
    part_of: str | None = None
    located_in: str | None = None
    financed_by: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    number: str | None = None
    source: str | None = None


@dataclass
class Record:
    source: str
    parliament: str
    doc_type: DocType
    title: str
    session: str
    number: str
    reference: str
    question: Question
    answer: Answer | None = None
    # Answers the page shows before `answer`, oldest first: a provisional answer that the final
    # one replaces. `answer` is the current one (the final answer, else the latest).
    earlier_answers: list[Answer] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    source_iri: str | None = None
    sha256: str | None = None
    id: str | None = None
    iddoc: str | None = None

    def text_of(self, part: Part) -> str:
        """The text a span's offsets point into."""
        if part == "question":
            return self.question.text
        return self.answer.text if self.answer else ""

    def reached_recipient(self, fact: Funding) -> str | None:
        """The body a funding fact's money reaches: its own recipient, else, for a part whose
        clause names none, its total's (up the chain of totals)."""
        seen: set[int] = set()
        while fact.recipient is None and fact.part_of is not None and fact.part_of not in seen:
            seen.add(fact.part_of)
            fact = self.funding[fact.part_of]
        return fact.recipient

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON: the question's IRI and the parliament's iddoc first."""
        data = asdict(self)
        return {"id": data.pop("id"), "iddoc": data.pop("iddoc"), **data}
