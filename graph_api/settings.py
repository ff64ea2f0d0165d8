"""Settings from the environment, overridden by command-line options."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """`PARLGRAPH_STORE`, `PARLGRAPH_BASE`, … ; see docs/configuration in the README."""

    model_config = SettingsConfigDict(env_prefix="PARLGRAPH_")

    store: Path = Path("parlgraph-data")
    base: str = "https://w3id.org/parlgraph/"
    demo_store: Path = Path("parlgraph-demo")
