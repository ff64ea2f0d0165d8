"""The colours of nodes, shared by the page and the picture (`colours.json` beside this module).

Apart from `picture` so that the page, and so every command and the service, do not import
matplotlib (0.6 s) to look a colour up.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

COLOURS = Path(__file__).with_name("colours.json")


@cache
def palette() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(COLOURS.read_text(encoding="utf-8"))
    return {"kinds": data["kinds"], "parties": data["parties"]}


def colour(kind: str, party: str) -> str:
    """A deputy's or party's colour is its (first) party's; any other node's, its kind's."""
    colours = palette()
    first = party.split(" / ")[0].casefold()
    if kind in ("deputy", "party") and first in colours["parties"]:
        return colours["parties"][first]
    return colours["kinds"].get(kind, "#9e9e9e")
