"""The named research queries, shipped as `.rq` files beside this module."""

from pathlib import Path

QUERIES_DIR = Path(__file__).parent
