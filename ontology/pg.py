"""The ontology's terms as a closed namespace: generated from `parlgraph.ttl` by
`python -m ontology.generate`; do not edit by hand (a test compares the two)."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class PG(DefinedNamespace):
    """Every term `https://w3id.org/parlgraph/ontology#…` the ontology declares."""

    _NS = Namespace("https://w3id.org/parlgraph/ontology#")
    _fail = True

    About: URIRef  # about
    Answer: URIRef  # answer
    AnswerStatusScheme: URIRef  # answer statuses
    ApproximationScheme: URIRef  # amount approximations
    BudgetKindScheme: URIRef  # kinds of budget
    Cluster: URIRef  # business cluster
    Community: URIRef  # community (federated entity)
    Company: URIRef  # company
    CompetenceCentre: URIRef  # competence centre
    ComplementaryBudget: URIRef  # complementary budget
    DeputyRole: URIRef  # member of parliament
    EUInstitution: URIRef  # EU institution
    EducationInstitution: URIRef  # education or training institution
    Equity: URIRef  # equity stake
    Exact: URIRef  # exact
    ExceptionalBudget: URIRef  # exceptional budget
    FederatedRegion: URIRef  # region (federated entity)
    FormerMunicipality: URIRef  # former municipality
    Government: URIRef  # government
    Grant: URIRef  # grant
    Guarantee: URIRef  # guarantee
    InstrumentScheme: URIRef  # funding instruments
    Intercommunale: URIRef  # inter-municipal company
    Interpellation: URIRef  # interpellation
    LessThan: URIRef  # less than
    LevelEU: URIRef  # European Union
    LevelNational: URIRef  # national
    LevelRegional: URIRef  # regional
    Loan: URIRef  # loan
    LocalAuthority: URIRef  # local authority
    MinisterRole: URIRef  # minister
    MoreThan: URIRef  # more than
    Municipality: URIRef  # municipality
    Network: URIRef  # network of organisations
    NonProfitOrganisation: URIRef  # non-profit organisation
    OralQuestion: URIRef  # oral question
    OrganisationClassificationScheme: URIRef  # organisation classifications
    ParliamentaryAssembly: URIRef  # parliament
    PartyMemberRole: URIRef  # party member
    PoliticalParty: URIRef  # political party
    ProgrammeLevelScheme: URIRef  # programme levels
    ProgrammeProject: URIRef  # programme project
    Province: URIRef  # province
    PublicBody: URIRef  # public body
    Question: URIRef  # question
    ReferenceData: URIRef  # reference data
    Region: URIRef  # region
    RepayableAdvance: URIRef  # repayable advance
    ResearchCentre: URIRef  # research centre
    RoleScheme: URIRef  # roles
    SourceDocument: URIRef  # source document
    StatusAnswered: URIRef  # answered
    StatusDeclined: URIRef  # declined
    StatusProvisional: URIRef  # provisional
    StatusRedirected: URIRef  # redirected
    StructuralBudget: URIRef  # structural budget
    TopicalQuestion: URIRef  # topical question
    University: URIRef  # university
    UpTo: URIRef  # up to
    WrittenQuestion: URIRef  # written question
    addressedTo: URIRef  # addressed to
    addresseePost: URIRef  # addressee's post
    annex: URIRef  # annex
    answerStatus: URIRef  # answer status
    answeredBy: URIRef  # answered by
    answers: URIRef  # answers
    approximate: URIRef  # approximate
    approximation: URIRef  # approximation
    askedBy: URIRef  # asked by
    askerMandate: URIRef  # asker's mandate
    budgetKind: URIRef  # kind of budget
    confidence: URIRef  # confidence
    delayDays: URIRef  # delay in days
    evidence: URIRef  # evidence
    financedBy: URIRef  # financed by
    hasAnswer: URIRef  # has answer
    iddoc: URIRef  # parliament's document id
    instrument: URIRef  # funding instrument
    isAnswered: URIRef  # is answered
    legislature: URIRef  # legislature
    level: URIRef  # level
    loaderVersion: URIRef  # loader version
    localPath: URIRef  # local path
    locatedIn: URIRef  # located in
    mentions: URIRef  # mentions
    method: URIRef  # method
    nameAsWritten: URIRef  # name as written
    nisCode: URIRef  # NIS code
    number: URIRef  # number
    parliament: URIRef  # parliament
    periodEnd: URIRef  # period end
    periodStart: URIRef  # period start
    programme: URIRef  # programme
    projectNumber: URIRef  # project number
    purpose: URIRef  # purpose
    redirectedTo: URIRef  # redirected to
    referenceId: URIRef  # reference id
    session: URIRef  # session
    sha256: URIRef  # SHA-256
    statedIn: URIRef  # stated in
    storedCopy: URIRef  # stored copy
    usesDescription: URIRef  # uses description
    warning: URIRef  # warning
