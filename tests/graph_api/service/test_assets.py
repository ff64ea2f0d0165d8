"""The editor's browser assets in the package are the pinned npm packages, with their licences:
what `make assets` copies (assets/editor/files.txt) is there, at the locked version."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EDITOR = ROOT / "assets" / "editor"


def copies() -> list[tuple[Path, Path]]:
    """(source inside assets/editor, target in the repo) for each line of files.txt."""
    lines = (EDITOR / "files.txt").read_text(encoding="utf-8").splitlines()
    pairs = [line.split() for line in lines if line.strip() and not line.startswith("#")]
    return [(EDITOR / source, ROOT / target) for source, target in pairs]


def test_every_listed_asset_is_in_the_package_with_a_licence() -> None:
    targets = [target for _, target in copies()]
    assert targets and all(target.is_file() for target in targets), targets
    assert any(target.name.startswith("LICENSE") for target in targets)
    for source, target in copies():
        if source.is_file():  # node_modules is there once `make assets` has run
            assert source.read_bytes() == target.read_bytes(), target


def test_the_packages_are_pinned_and_the_copies_are_the_locked_version() -> None:
    wanted = json.loads((EDITOR / "package.json").read_text(encoding="utf-8"))["dependencies"]
    assert all(re.fullmatch(r"\d+\.\d+\.\d+", version) for version in wanted.values()), wanted
    lock = json.loads((EDITOR / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for name, version in wanted.items():
        assert lock[f"node_modules/{name}"]["version"] == version
        copied = [t for s, t in copies() if s.name == "package.json" and s.parent.name == name]
        assert copied, f"{name}: its package.json is not copied, so its version is not shown"
        assert json.loads(copied[0].read_text(encoding="utf-8"))["version"] == version
