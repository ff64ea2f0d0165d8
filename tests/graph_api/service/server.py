"""A real `parlgraph serve` process on a free loopback port, for tests that speak HTTP to it."""

from __future__ import annotations

import os
import signal
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
def running(
    *arguments: str, cwd: Path | None = None
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run `parlgraph ARGUMENTS` with `PARLGRAPH_PORT` set to a free port; once /healthz answers,
    yield the root URL and the process; stop it with Ctrl-C (SIGINT) at the end."""
    port = free_port()
    process = subprocess.Popen(
        [PARLGRAPH, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env={
            **os.environ,
            "PARLGRAPH_PORT": str(port),
            "PARLGRAPH_BASE": "https://w3id.org/parlgraph/",
        },
    )
    root = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                _, error = process.communicate()
                raise RuntimeError(f"parlgraph {arguments[0]} stopped: {error.decode()}")
            try:
                if httpx.get(root + "healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"parlgraph {arguments[0]} did not answer within 120 s")
        yield root, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def serving(store: Path, *options: str) -> Iterator[str]:
    """`parlgraph serve` on the store; yields its root URL (ending with a slash)."""
    with running("serve", "--store", str(store), *options) as (root, _):
        yield root
