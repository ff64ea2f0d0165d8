"""The benchmark's results as a plain-text table, the figures docs/performance.md quotes."""

from __future__ import annotations

from typing import Any

MIB = 1024 * 1024


def _row(label: str, *cells: str) -> str:
    return f"  {label:<28}" + "".join(f"{cell:>12}" for cell in cells)


def _latency(timing: dict[str, float]) -> str:
    if "timeout_s" in timing:
        return f">{timing['timeout_s']:.0f} s"
    if "skipped" in timing:
        return "-"
    return f"{timing['median_ms']:.1f}"


def print_report(results: dict[str, Any]) -> None:
    host = results["machine"]
    print(
        f"parlgraph benchmark: {results['documents']} documents ({results['corpus']}), "
        f"commit {host['commit']}{' + local changes' if host['modified'] else ''}"
    )
    print(
        f"  {host['cores']} cores, Python {host['python']}, pyoxigraph {host['pyoxigraph']}, "
        f"rdflib {host['rdflib']}, pyshacl {host['pyshacl']}"
    )

    load = results["load"]
    per = load["per_document"]
    print("\nLoad (Loader.load_all, one process)")
    print(
        f"  {results['documents']} documents in {load['seconds']:.1f} s: "
        f"{load['documents_per_second']:.1f} documents/s; CPU {load['cpu_seconds']:.1f} s "
        f"({1000 * load['cpu_seconds'] / results['documents']:.0f} ms a document)"
    )
    print(
        f"  per document: median {per['median_ms']:.0f} ms, p95 {per['p95_ms']:.0f} ms, "
        f"max {per['max_ms']:.0f} ms; first (cold caches) {load['first_document_ms']:.0f} ms"
    )
    print(
        f"  median of the first tenth {load['first_tenth_median_ms']:.0f} ms, "
        f"of the last tenth {load['last_tenth_median_ms']:.0f} ms"
    )
    print("  outcomes: " + ", ".join(f"{n} {o}" for o, n in load["outcomes"].items() if n))
    for reason in load["rejections"][:3]:
        print(f"    rejected: {reason[:150]}")
    reload = results["reload"]
    print(
        f"  reload, all unchanged: {reload['seconds']:.1f} s "
        f"({reload['documents_per_second']:.1f} documents/s)"
    )

    stages = results["stages"]
    total = sum(s["mean_ms"] for s in stages.values()) or 1.0
    print(f"\nStages per document (sample of {results['stage_sample']}), CPU ms")
    print(_row("stage", "median", "mean", "p95", "share"))
    for stage, figures in stages.items():
        print(
            _row(
                stage,
                f"{figures['median_ms']:.1f}",
                f"{figures['mean_ms']:.1f}",
                f"{figures['p95_ms']:.1f}",
                f"{100 * figures['mean_ms'] / total:.0f}%",
            )
        )
    print(_row("total", "", f"{total:.1f}", "", ""))

    sizes = list(results["queries"])
    print(
        "\nNamed queries by documents loaded: median ms of up to "
        f"{results['query_runs']} runs, each in its own process; rows at the largest size timed"
    )
    print(_row("query", *sizes, "rows"))
    for name in results["queries"][sizes[-1]]:
        timings = [results["queries"][size][name] for size in sizes]
        rows = [str(t["rows"]) for t in timings if "rows" in t][-1:] or ["-"]
        print(_row(name, *map(_latency, timings), rows[0]))

    disk = results["disk"]
    operations = results["store_operations"]
    print("\nStore")
    print(
        f"  on disk: store {disk['store_bytes'] / MIB:.1f} MiB, kept originals "
        f"{disk['kept_sources_bytes'] / MIB:.1f} MiB (corpus {disk['corpus_bytes'] / MIB:.1f} MiB)"
    )
    print(f"  triples: {int(operations['stats']['triples'])}")
    print(
        f"  peak RSS after the load {results['peak_rss_after_load_mib']:.0f} MiB, "
        f"at the end {results['peak_rss_mib']:.0f} MiB"
    )
    print(f"  open the store: {results['open_store_seconds']:.2f} s")
    print(f"  `parlgraph stats` as a command: {results['command_stats_seconds']:.2f} s")
    for name, figures in operations.items():
        size = f" ({figures['bytes'] / MIB:.1f} MiB)" if "bytes" in figures else ""
        cpu = f", CPU {figures['cpu_seconds']:.2f} s" if "cpu_seconds" in figures else ""
        print(f"  {name}: {figures['seconds']:.2f} s{cpu}{size}")
    for message in results["validation_messages"]:
        print(f"    fails validation: {message[:150]}")
