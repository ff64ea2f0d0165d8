"""Whatever the input, the loader returns a record or raises LoaderError with a one-line reason."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.errors import LoaderError
from loaders.record import Record
from loaders.sources.walloon import DEFAULT_MAX_BYTES, parse_bytes, parse_document

FIXTURES = Path(__file__).parent / "fixtures"
VALID = sorted(
    p.name
    for p in FIXTURES.iterdir()
    if p.suffix in (".txt", ".html")
    and not p.name.startswith(("empty", "truncated", "blog", "not-a", "other"))
)
SEED = Path(__file__).parents[4] / "loaders/sources/walloon/sample"
PAGES = {name: (FIXTURES / name).read_bytes() for name in VALID}
PAGES.update({p.name: p.read_bytes() for p in sorted(SEED.glob("*.txt"))[:3]})


def outcome(data: bytes, source: str = "fuzzed") -> Record | LoaderError:
    """Parse and check the contract: a record, or the loader's own error with a clear message."""
    started = time.monotonic()
    try:
        result: Record | LoaderError = parse_bytes(data, source)
    except LoaderError as err:
        message = str(err)
        assert message.startswith(f"{source}: ") and len(message) > len(source) + 5
        assert "\n" not in message
        assert "unexpected parser failure" not in message, message
        result = err
    assert time.monotonic() - started < 2.0
    return result


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(PAGES[draw(st.sampled_from(sorted(PAGES)))])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        end = draw(st.integers(at, min(len(data), at + 200)))
        action = draw(st.sampled_from(["cut", "delete", "insert", "replace", "duplicate"]))
        if action == "cut":
            del data[at:]
        elif action == "delete":
            del data[at:end]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        elif action == "replace":
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = data[at:end]
    return bytes(data)


@st.composite
def reshuffled_lines(draw: st.DrawFn) -> bytes:
    """Structural damage: lines dropped, repeated or swapped, keeping the encoding valid."""
    name = draw(st.sampled_from(sorted(n for n in PAGES if n.endswith(".txt"))))
    lines = PAGES[name].decode("utf-8", errors="replace").splitlines()
    for _ in range(draw(st.integers(1, 5))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "swap"]))
        if action == "drop":
            del lines[i]
        elif action == "repeat":
            lines.insert(j, lines[i])
        else:
            lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines).encode("utf-8")


FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(mutated())
def test_mutated_pages(data: bytes) -> None:
    outcome(data)


@FUZZ
@given(reshuffled_lines())
def test_reshuffled_lines(data: bytes) -> None:
    outcome(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    outcome(text.encode("utf-8"))


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_truncation_of_a_valid_page_is_handled(name: str) -> None:
    data = PAGES[name]
    for cut in range(0, len(data), max(1, len(data) // 60)):
        outcome(data[:cut])


def test_file_of_50_mb_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "huge.html"
    with big.open("wb") as handle:
        handle.write(PAGES["same-print.html"])
        chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
        for _ in range(50):
            handle.write(chunk)
    started = time.monotonic()
    with pytest.raises(LoaderError, match="too large"):
        parse_document(big)
    assert time.monotonic() - started < 0.5
    with pytest.raises(LoaderError, match="too large"):
        parse_bytes(b"x" * (DEFAULT_MAX_BYTES + 1), "big")


def test_binary_file_refused_from_its_head(tmp_path: Path) -> None:
    # 15 MB, under the size cap: refused from its first bytes, not read whole.
    binary = tmp_path / "scan.html"
    with binary.open("wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.write(bytes(range(256)) * (15 * 4096))
    started = time.monotonic()
    with pytest.raises(LoaderError, match="binary file"):
        parse_document(binary)
    assert time.monotonic() - started < 0.2


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP/Office)"),
        (b"abc\x00def\x00" * 10, "binary file (NUL bytes)"),
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
    ],
)
def test_binary_and_empty_inputs(data: bytes, reason: str) -> None:
    with pytest.raises(LoaderError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        parse_bytes(data, "input")


def test_missing_file_is_a_loader_error(tmp_path: Path) -> None:
    with pytest.raises(LoaderError, match="cannot read file"):
        parse_document(tmp_path / "absent.txt")
    with pytest.raises(LoaderError, match="cannot read file"):
        parse_document(tmp_path)


def test_large_valid_page_under_the_cap_is_read_in_linear_time() -> None:
    page = PAGES["same-print.html"].decode("utf-8")
    paragraph = (
        "Un paragraphe inventé, répété pour grossir la page jusqu'à quelques mégaoctets. " * 6
    )
    filler = (paragraph + "<br/><br/>\n") * 10_000
    data = page.replace("Je reste attentif", filler + "Je reste attentif").encode("utf-8")
    assert len(data) > 4_000_000
    started = time.monotonic()
    record = parse_bytes(data, "large")
    assert time.monotonic() - started < 10.0
    assert record.answer is not None and record.answer.text.count("\n\n") > 10_000


def test_control_characters_in_html_are_dropped_not_fatal() -> None:
    """Regression (found by fuzzing): a control character in the text of a removed element's tail
    made lxml raise ValueError."""
    page = (FIXTURES / "same-print.html").read_bytes()
    broken = page.replace(b"</h4>", b"</h4><script>x</script>\x01\x0b", 1)
    clean = parse_bytes(page, "same-print.html")
    assert parse_bytes(broken, "same-print.html").question.text == clean.question.text
