"""Named queries: `.rq` files with a grlc-style `#+` YAML header, their parameters typed.

Parameters are bound as typed RDF terms (a VALUES block, see `repo.base.bind_values`), never
pasted into the query text; only `limit` and `offset`, checked to be whole numbers, are written as
the query's LIMIT and OFFSET.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode

from graph_api.repo.base import Term
from queries import QUERIES_DIR

XSD = "http://www.w3.org/2001/XMLSchema#"
DEFAULT_LIMIT = 1000
MAX_PAGE_BOUND = 2**63 - 1


class QueryParameterError(ValueError):
    """A parameter the query does not take, or a value of the wrong type."""


class NamedQueryFileError(ValueError):
    """A `.rq` file whose `#+` header cannot be read: every command that lists the named
    queries would otherwise stop on a YAML traceback that names no file."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str = ""
    default: str | None = None
    variable: str = ""

    @property
    def bound_variable(self) -> str:
        """The query variable the value binds: the parameter's name unless the header gives
        another (when the name is also a result column, as `recipient` in `funding`)."""
        return self.variable or self.name

    def bind(self, raw: str) -> Term:
        """The typed term for a value given on the command line or in a URL."""
        if self.type == "iri":
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+", raw):
                raise QueryParameterError(f"{self.name}: not an absolute IRI: {raw!r}")
            return NamedNode(raw)
        if self.type == "xsd:date":
            try:
                date.fromisoformat(raw)
            except ValueError:
                raise QueryParameterError(
                    f"{self.name}: not a date (YYYY-MM-DD): {raw!r}"
                ) from None
            return Literal(raw, datatype=NamedNode(XSD + "date"))
        if self.type == "xsd:integer":
            if not re.fullmatch(r"[+-]?\d+", raw):
                raise QueryParameterError(f"{self.name}: not a whole number: {raw!r}")
            return Literal(raw, datatype=NamedNode(XSD + "integer"))
        return Literal(raw)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    summary: str
    description: str
    example: str
    text: str
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)

    def bindings(self, values: dict[str, str]) -> tuple[dict[str, Term], int, int]:
        """Typed bindings for the given values plus defaults, and the limit and offset."""
        limit = _whole(values.get("limit", str(DEFAULT_LIMIT)), "limit")
        offset = _whole(values.get("offset", "0"), "offset")
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known) - {"limit", "offset"})
        if unknown:
            accepted = ", ".join([*known, "limit", "offset"])
            raise QueryParameterError(
                f"query '{self.name}' takes no parameter {', '.join(unknown)} (it takes {accepted})"
            )
        bound: dict[str, Term] = {}
        for parameter in self.parameters:
            raw = values.get(parameter.name, parameter.default)
            if raw not in (None, ""):
                bound[parameter.bound_variable] = parameter.bind(str(raw))
        return bound, limit, offset

    def paged_text(self, limit: int, offset: int) -> str:
        return f"{self.text.rstrip()}\nLIMIT {limit}\nOFFSET {offset}\n"

    def prepare(self, values: dict[str, str]) -> tuple[str, dict[str, Term]]:
        """The query text with its page applied and the typed bindings, ready for
        `Repo.query(text, bindings)`: how every caller runs a named query."""
        bindings, limit, offset = self.bindings(values)
        return self.paged_text(limit, offset), bindings


def _whole(raw: str, name: str) -> int:
    """A page bound: SPARQL stores read LIMIT and OFFSET as 64-bit integers, so a larger one
    would reach the store as a syntax error pointing into text the user never wrote."""
    if not re.fullmatch(r"[0-9]+", raw) or int(raw) > MAX_PAGE_BOUND:
        raise QueryParameterError(
            f"{name}: a whole number from 0 to {MAX_PAGE_BOUND} is expected, not {raw!r}"
        )
    return int(raw)


def parse_named_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header = "\n".join(
        line[3:] for line in text.splitlines() if line.startswith("#+ ") or line == "#+"
    )
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (header line {where.line + 1})" if where is not None else ""
        raise NamedQueryFileError(f"{path}: the #+ header is not valid YAML{line}") from None
    if not isinstance(meta, dict):
        raise NamedQueryFileError(f"{path}: the #+ header is not a YAML mapping")
    parameters = tuple(
        Parameter(
            name=str(item["name"]),
            type=str(item.get("type", "xsd:string")),
            description=str(item.get("description", "")),
            default=None if item.get("default") is None else str(item["default"]),
            variable=str(item.get("variable", "")),
        )
        for item in meta.get("params", []) or []
    )
    return NamedQuery(
        name=path.stem,
        path=path,
        summary=str(meta.get("summary", "")),
        description=str(meta.get("description", "")),
        example=str(meta.get("example", "")),
        text=text,
        parameters=parameters,
    )


@cache
def catalogue() -> dict[str, NamedQuery]:
    return {path.stem: parse_named_query(path) for path in sorted(QUERIES_DIR.glob("*.rq"))}
