"""A real `parlgraph serve` process on a free loopback port, for tests that speak HTTP to it."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.graph_api.conftest import PARLGRAPH


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """Start the server on the store, wait until /healthz answers, yield its root URL, stop it."""
    port = free_port()
    process = subprocess.Popen(
        [PARLGRAPH, "serve", "--store", str(store), "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PARLGRAPH_BASE": "https://w3id.org/parlgraph/"},
    )
    root = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if process.poll() is not None:
                _, error = process.communicate()
                raise RuntimeError(f"parlgraph serve stopped: {error.decode()}")
            try:
                if httpx.get(root + "healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError("parlgraph serve did not answer within 60 s")
        yield root
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
