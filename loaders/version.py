"""The loader's version as stored on every document graph (`pg:loaderVersion`).

A load skips a page whose bytes and loader version the store already holds. The package
version alone never changed while the rules did, so an upgraded parlgraph kept serving graphs
its older rules had made (and a store from before funding instruments stopped validating). The
version therefore carries a fingerprint of everything that decides what a page becomes: the
code and data of the `loaders` package (sources, extraction, word lists, reference data,
mapping) and of the `ontology` (vocabulary, shapes). Any change to them makes the next load
read every page again, and the load says how many it re-read.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version
from pathlib import Path

import loaders
import ontology

_PACKAGES = (Path(loaders.__file__).parent, Path(ontology.__file__).parent)


def rules_fingerprint(packages: tuple[Path, ...] = _PACKAGES) -> str:
    """Twelve hex digits of a sha256 over the files of `packages`, path and bytes, in a fixed
    order (compiled caches left out: they differ between machines for the same rules)."""
    digest = hashlib.sha256()
    for package in packages:
        for path in sorted(package.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            digest.update(f"{package.name}/{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:12]


@cache
def loader_version() -> str:
    """Computed on the first load, not at import: every `parlgraph` command imports the loader,
    and only loads need the fingerprint (152 files read and hashed, about 8 ms)."""
    return f"parlgraph {version('parlgraph')} rules {rules_fingerprint()}"
