"""A plain `pip install .` (no extras) must run: the code imports only what the runtime
dependencies install. Checked two ways, both fast: every import in the installed packages against
the runtime dependency closure read from the package metadata, and the command line started in a
process where the test-only packages cannot be imported."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loaders", "graph_api", "ontology", "queries")


def closure(extra: str | None) -> set[str]:
    """Distributions a plain install brings (extra None), or the extra's requirements too."""
    wanted: set[str] = set()
    pending = [("parlgraph", extra)]
    while pending:
        name, chosen = pending.pop()
        try:
            lines = requires(name) or []
        except PackageNotFoundError:
            continue  # an optional dependency not installed here
        for line in lines:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is not None and not marker.evaluate({"extra": chosen or ""}):
                continue
            key = canonicalize_name(requirement.name)
            if key not in wanted:
                wanted.add(key)
                pending.append((key, None))
    return wanted


def top_level_imports(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def test_every_import_comes_from_a_runtime_dependency() -> None:
    runtime = closure(None)
    owners = packages_distributions()
    outside: list[str] = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for module in top_level_imports(path):
                if module in sys.stdlib_module_names or module in PACKAGES:
                    continue
                dists = {canonicalize_name(d) for d in owners.get(module, [module])}
                if not dists & runtime:
                    outside.append(f"{path.relative_to(ROOT)}: {module}")
    assert outside == [], "imports of packages a plain install lacks"


BLOCKED_START = """
import importlib, pkgutil, sys
blocked = set(sys.argv[1:])

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ModuleNotFoundError(f"test-only package imported: {name}")
        return None

sys.meta_path.insert(0, Blocker())
for package in ("loaders", "graph_api", "ontology", "queries"):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + "."):
        importlib.import_module(info.name)
sys.argv = ["parlgraph", "--help"]
from graph_api.cli import main
main()
"""


def test_the_command_line_starts_without_the_test_extras() -> None:
    runtime = closure(None)
    test_only = closure("test") - runtime
    names = sorted(
        module
        for module, dists in packages_distributions().items()
        if {canonicalize_name(d) for d in dists} <= test_only
    )
    assert "pytest" in names
    started = subprocess.run(
        [sys.executable, "-c", BLOCKED_START, *names],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    assert "Usage" in started.stdout
