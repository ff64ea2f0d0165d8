"""The service's settings: `PARLGRAPH_*` environment variables, overridden by `serve` options."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MEBIBYTE = 1024 * 1024
PUBLIC_DOMAIN_MARK = "https://creativecommons.org/publicdomain/mark/1.0/"


class ServiceSettings(BaseSettings):
    """Each limit of the public endpoint, configurable (CONTRACT.md, HTTP)."""

    model_config = SettingsConfigDict(env_prefix="PARLGRAPH_")

    store: Path = Path("parlgraph-data")
    base: str = "https://w3id.org/parlgraph/"
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    query_deadline: float = Field(default=30.0, gt=0, description="seconds a query may run")
    body_limit: int = Field(default=MEBIBYTE, gt=0, description="largest request body, bytes")
    queries_in_flight: int = Field(default=16, gt=0, description="queries run at once")
    dumps_in_flight: int = Field(default=2, gt=0, description="dumps sent at once")
    row_limit: int = Field(default=100_000, gt=0, description="rows (or triples) per answer")
    query_workers: int = Field(default=4, gt=0, description="worker processes running queries")
    retry_after: int = Field(default=1, ge=0, description="seconds told to a client over the cap")
    data_licence: str = PUBLIC_DOMAIN_MARK
