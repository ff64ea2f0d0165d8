"""Loading is a transaction per document: read, map, validate, then swap the graph in.

A document that cannot be read or fails SHACL is not stored; its original is kept under the
store's `rejected/` with a `.reason` file and the batch goes on. Loaded originals are kept under
`sources/`, named by content hash, so no input is ever lost and reloading tells unchanged files.
"""

from __future__ import annotations

import glob
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pyoxigraph import RdfFormat, Triple, parse
from rdflib import Graph

from graph_api.claims import conflict, goes_backwards, stored_question
from graph_api.earlier_answers import Carried, carry_earlier_answers
from graph_api.messages import one_line
from graph_api.pruning import conforming_graph
from graph_api.repo.base import Repo, RepoError
from graph_api.validation import validate_triples
from loaders.errors import LoaderError
from loaders.mapping import graph_iri, question_iri, record_to_graph
from loaders.mapping.layout import split
from loaders.process import file_sha256, read_document
from loaders.record import Record
from loaders.sources import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from loaders.version import loader_version
from ontology import ONTOLOGY_IRI, load_ontology


class Outcome(Enum):
    LOADED = "loaded"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"
    REREAD = "re-read"
    REJECTED = "rejected"
    CONFLICT = "in conflict"


@dataclass
class LoadReport:
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    rejections: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome, reason: str | None = None) -> None:
        self.counts[outcome] += 1
        if reason:
            (self.conflicts if outcome is Outcome.CONFLICT else self.rejections).append(reason)

    def problems(self) -> list[str]:
        """One line per rejected or conflicting document, for the user."""
        return [f"rejected: {one_line(r)}" for r in self.rejections] + [
            f"conflict: {one_line(c)}" for c in self.conflicts
        ]

    def summary(self) -> str:
        return ", ".join(f"{self.counts[o]} {o.value}" for o in Outcome)


RDF_SUFFIXES = frozenset({".ttl", ".nt"})


def expand_inputs(
    arguments: Iterable[str], *, raw_rdf: bool = False
) -> tuple[list[Path], list[str]]:
    """Files, folders (recursively) and globs to the documents they name, and the arguments that
    name nothing (reported to the user, never ignored), with the links inside folders that lead
    nowhere. A folder contributes the files a loader reads: pages, or with `raw_rdf` Turtle and
    N-Triples files."""
    suffixes = RDF_SUFFIXES if raw_rdf else TEXT_SUFFIXES
    found: list[Path] = []
    missing: list[str] = []
    for argument in arguments:
        matches = [Path(p) for p in sorted(glob.glob(argument, recursive=True))] or [Path(argument)]
        named = False
        for match in matches:
            if match.is_dir():
                found += _folder_files(match, suffixes, missing, frozenset({match.resolve()}))
                named = True
            elif match.is_file():
                found.append(match)
                named = True
        if not named:
            missing.append(argument)
    return found, missing


def _folder_files(
    folder: Path, suffixes: frozenset[str], missing: list[str], above: frozenset[Path]
) -> list[Path]:
    """The loadable files under a folder, in path order. Linked folders are followed unless they
    lead back to a folder being read (a loop); such links, and links to nothing (dangling, or
    looping on themselves), are reported with the inputs that name nothing."""
    files: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            real = entry.resolve()
            if real in above:
                missing.append(f"{entry} (a link back to a folder it is in)")
            else:
                files += _folder_files(entry, suffixes, missing, above | {real})
        elif entry.is_file():
            if entry.suffix.lower() in suffixes:
                files.append(entry)
        elif entry.is_symlink():
            missing.append(f"{entry} (a link that leads nowhere)")
    return files


def to_oxigraph_triples(graph: Graph) -> list[Triple]:
    data = graph.serialize(format="nt", encoding="utf-8")
    return [quad.triple for quad in parse(data, format=RdfFormat.N_TRIPLES)]


class Loader:
    """Loads documents into a repo, keeping every original under the store folder."""

    def __init__(self, repo: Repo, store_dir: Path) -> None:
        self.repo = repo
        self.store_dir = store_dir
        self.sources_dir = store_dir / "sources"
        self.rejected_dir = store_dir / "rejected"
        self._vocabulary_fresh = False

    def _keep(self, path: Path, sha256: str) -> Path:
        target = self.sources_dir / sha256[:2] / f"{sha256}{path.suffix.lower()}"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(path, temporary)
            temporary.replace(target)
        return target

    def _reject(self, path: Path, reason: str) -> str:
        """Keep a rejected input under `rejected/` with a `.reason` file: the one-line reason,
        then where it came from, its size and hash. A file over the size cap is referenced by
        path and hash instead of copied, so one huge file cannot fill the store's disk."""
        self.rejected_dir.mkdir(parents=True, exist_ok=True)
        lines = [reason, f"source: {path}"]
        target = self.rejected_dir / path.name
        try:
            size = path.stat().st_size
            digest = file_sha256(path)
        except OSError:
            lines.append("kept: no (the file could not be read)")
        else:
            lines += [f"bytes: {size}", f"sha256: {digest}"]
            if target.exists() and file_sha256(target) != digest:
                target = self.rejected_dir / f"{path.stem}-{digest[:8]}{path.suffix}"
            if size <= DEFAULT_MAX_BYTES:
                shutil.copyfile(path, target)
                lines.append(f"kept: {target.name}")
            else:
                lines.append("kept: no (over the size limit; referenced by path and sha256)")
        reason_file = target.with_name(target.name + ".reason")
        reason_file.write_text("".join(one_line(line) + "\n" for line in lines), encoding="utf-8")
        return reason

    def load_file(self, path: Path) -> tuple[Outcome, str | None]:
        try:
            if self._unchanged(path):
                return Outcome.UNCHANGED, None
            record = read_document(path)
        except LoaderError as error:
            return Outcome.REJECTED, self._reject(path, str(error))
        except OSError as error:
            return Outcome.REJECTED, self._reject(path, f"{path}: cannot read: {error.strerror}")
        return self.load_record(path, record)

    def load_record(self, path: Path, record: Record) -> tuple[Outcome, str | None]:
        """Store a document read from `path` (kept as its original): the load's transaction."""
        assert record.sha256 is not None
        graph_name = graph_iri(record)
        state = self.repo.document_state(graph_name)
        if state and (state.sha256, state.loader_version) == (record.sha256, loader_version()):
            return Outcome.UNCHANGED, None
        carried = Carried()
        if state and state.sha256 != record.sha256:
            refused = self._check_claim(path, graph_name, record)
            if refused:
                return refused
            carried = carry_earlier_answers(self.repo, graph_name, question_iri(record), record)
        self._refresh_vocabulary()
        stored = self._keep(path, record.sha256)

        def build(read: Record) -> Graph:
            graph = record_to_graph(
                read,
                loader_version=loader_version(),
                stored_copy=stored.relative_to(self.store_dir).as_posix(),
            )
            carried.apply(graph)
            return graph

        graph = build(record)
        triples = to_oxigraph_triples(graph)
        report = validate_triples(triples)
        if not report.conforms:  # a failing extracted fact costs that fact, not the question
            graph, report = conforming_graph(record, graph, report, build)
            triples = to_oxigraph_triples(graph)
        if not report.conforms:
            reason = f"{path}: fails SHACL: " + "; ".join(report.messages[:3])
            return Outcome.REJECTED, self._reject(path, reason)
        read_from_text = [e.id for e in record.entities if e.source == "text"]
        self.repo.write_document(graph_name, split(triples, read_from_text))
        if state is None:
            return Outcome.LOADED, None
        return (Outcome.REREAD if state.sha256 == record.sha256 else Outcome.REPLACED), None

    def _check_claim(
        self, path: Path, graph_name: str, record: Record
    ) -> tuple[Outcome, str] | None:
        """Refuse a file that claims a stored question's key but is another document (a
        conflict), or is a cut or older copy of the same question's page (rejected)."""
        stored = stored_question(self.repo, graph_name, question_iri(record))
        if stored is None:
            return None
        other = conflict(stored, record)
        if other:
            reason = f"{path}: claims {question_iri(record)}, held by another document: {other}"
            return Outcome.CONFLICT, self._reject(path, reason)
        backwards = goes_backwards(stored, record)
        if backwards:
            reason = f"{path}: truncated or older copy of {question_iri(record)}: {backwards}"
            return Outcome.REJECTED, self._reject(path, reason)
        # The same question saved as text after its HTML page: keep the iddoc the page gave.
        record.iddoc = record.iddoc or stored.iddoc
        return None

    def _unchanged(self, path: Path) -> bool:
        """Skip a file already loaded with these exact bytes by this version of parlgraph,
        without parsing it. Files over the size limit are left to the parser to refuse."""
        if path.stat().st_size > DEFAULT_MAX_BYTES:
            return False
        return self.repo.holds_document(file_sha256(path), loader_version())

    def _refresh_vocabulary(self) -> None:
        """Keep the ontology in its own named graph, so that queries read concept notations and
        labels (`pg:About skos:notation "about"`) beside the data. It is small: replacing it once
        per loader costs less than checking whether it changed."""
        if not self._vocabulary_fresh:
            self.repo.replace_graph(ONTOLOGY_IRI, to_oxigraph_triples(load_ontology()))
            self._vocabulary_fresh = True

    def load_all(
        self, paths: list[Path], progress: Callable[[Path], None] | None = None
    ) -> LoadReport:
        report = LoadReport()
        for path in paths:
            try:
                outcome, reason = self.load_file(path)
            except (RepoError, KeyboardInterrupt):
                raise  # the store itself is gone or the user stopped: no use going on
            except Exception as error:  # one bad document never stops a batch
                outcome = Outcome.REJECTED
                reason = self._reject(
                    path,
                    f"{path}: internal error ({type(error).__name__}: {error}); please report it",
                )
            report.add(outcome, reason)
            self.repo.commit()  # a whole document: readers may see it
            if progress:
                progress(path)
        return report
