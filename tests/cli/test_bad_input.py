"""A corpus of bad input fed to the command line, and property-based fuzzing of every
reader of outside data: each is refused with one plain sentence and a documented code,
never "something went wrong" (exit 70), and nothing is written."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.domain.errors import CaseDeskError
from casedesk.services import interchange_reading
from casedesk.services.json_input import parse_json_text
from casedesk.storage.keyslots import parse_key_file
from tests.cli.conftest import Ran

TODAY = date(2026, 3, 1)


def files_of(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("case.db", "keys.json")}


@pytest.fixture
def document(cli: Callable[..., Ran], case_path: Path, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "one.json"
    assert cli("export", case_path, out, "--case", "DEMO-0001").code == 0
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def _bad_documents(good: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(name, text) of documents a careless tool or a hostile sender might produce."""
    text = json.dumps(good)
    yield "empty", ""
    yield "truncated", text[: len(text) // 2]
    yield "deeply nested", "[" * 100_000 + "]" * 100_000
    yield "a number of 5,000 digits", text.replace('"version": 1', '"version": ' + "9" * 5000)
    yield "NaN", text.replace('"version": 1', '"version": NaN')
    yield "duplicate keys", text.replace('"version": 1', '"version": 1, "version": 1', 1)
    yield "no cases", json.dumps({"format": good["format"], "version": 1})
    yield "empty cases", json.dumps({"format": good["format"], "version": 1, "cases": []})
    yield "an object", "{}"
    yield "a list", "[]"
    for name, change in (
        ("lone surrogate", lambda c: c["chronology"][0].update(description="\ud800x")),
        ("entry used twice", lambda c: c["chronology"].append(dict(c["chronology"][0]))),
        ("time 25:99", lambda c: c["chronology"][0].update(time="25:99")),
        ("significance true", lambda c: c["chronology"][0].update(significance=True)),
        ("significance 2.0", lambda c: c["chronology"][0].update(significance=2.0)),
        ("year 9999", lambda c: c["chronology"][0].update(occurred_on="9999-12-31")),
        ("compact date", lambda c: c["chronology"][0].update(occurred_on="20260101")),
        ("future event", lambda c: c["chronology"][0].update(occurred_on="2099-01-01")),
        ("closed before opened", lambda c: c.update(closed_on="1990-01-01")),
        ("2 MB description", lambda c: c["chronology"][0].update(description="x" * 2_000_000)),
        ("100,000-character name", lambda c: c["people"][0].update(given_names="A" * 100_000)),
        ("line break in a reference", lambda c: c.update(reference="A\nB")),
        ("escape sequence in a name", lambda c: c["people"][0].update(family_name="\x1b[2J")),
        ("unknown person", lambda c: c["chronology"][0].update(people=["nobody"])),
        (
            "person linked to themselves",
            lambda c: c["relationships"][0].update(to=c["relationships"][0]["from"]),
        ),
    ):
        bad = copy.deepcopy(good)
        change(bad["cases"][0])
        yield name, json.dumps(bad, ensure_ascii=True)


def test_every_bad_document_is_refused_plainly_and_writes_nothing(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path, document: dict[str, Any]
) -> None:
    before = files_of(case_path)
    for name, text in _bad_documents(document):
        source = tmp_path / "bad.json"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        for command in (
            ("import", case_path, source),
            ("chronology", "import", case_path, source, "--case", "DEMO-0002"),
        ):
            ran = cli(*command)
            assert ran.code in (1, 2), (name, command[0], ran.code, ran.err[-300:])
            assert "went wrong" not in ran.err and "Traceback" not in ran.err, name
    source = tmp_path / "latin1.json"
    source.write_bytes(json.dumps(document).replace("DEMO", "DÉMO").encode("latin-1"))
    assert cli("import", case_path, source).code == 2
    assert cli("import", case_path, tmp_path).code == 2  # a folder
    assert files_of(case_path) == before


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):
            yield from _leaves(item, (*path, index))
    else:
        yield path


def test_a_wrong_type_anywhere_is_a_problem_with_its_place_never_a_crash(
    document: dict[str, Any],
) -> None:
    for path in _leaves(document):
        for wrong in (123, [], {}, None, True, "x" * 600):
            bad = copy.deepcopy(document)
            target = bad
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = wrong
            records, problems = interchange_reading.from_document(bad, TODAY)
            assert records or problems


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(json_values)
def test_any_json_value_is_read_or_refused_with_problems(value: Any) -> None:
    records, problems = interchange_reading.from_document(value, TODAY)
    assert problems or records is not None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_parsed_or_refused_plainly(text: str) -> None:
    with contextlib.suppress(CaseDeskError):
        parse_json_text(text, "the document")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_key_file_bytes_are_read_or_refused_plainly(data: bytes) -> None:
    with contextlib.suppress(CaseDeskError):
        parse_key_file(data)


def test_a_key_file_with_its_checksum_made_good_again_is_still_checked(
    case_path: Path,
) -> None:
    """A hostile key file that recomputes its checksum: wrong shapes are damage."""
    import hashlib

    from casedesk.storage.keyslots import canonical_json

    original = json.loads((case_path / "keys.json").read_text())
    original.pop("checksum")
    changes: list[Callable[[dict[str, Any]], None]] = [
        lambda d: d["slots"][0].update(kdf=None),
        lambda d: d["slots"][0].update(kdf=[]),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=1e308),
        lambda d: d["slots"][0]["kdf"].update(iterations="22"),
        lambda d: d["slots"][0].update(nonce=""),
        lambda d: d["slots"][0].update(wrapped="AAAA"),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots=[d["slots"][0], d["slots"][0]]),
        lambda d: d.update(format_version=0),
        lambda d: d.update(format_version=True),
        lambda d: d["slots"][0].update(user=42),
    ]
    for change in changes:
        bad = copy.deepcopy(original)
        change(bad)
        bad["checksum"] = "sha256:" + hashlib.sha256(canonical_json(bad)).hexdigest()
        with pytest.raises(CaseDeskError):
            parse_key_file(json.dumps(bad).encode())


def test_passphrase_files_that_cannot_be_read_say_why(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    cases = {
        "binary": (bytes(range(200, 256)) * 4, "is not UTF-8"),
        "blank first line": (b"\nkettle mango violin harbour\n", "first line"),
        "empty": (b"", "is empty"),
    }
    for name, (content, said) in cases.items():
        path = tmp_path / name.replace(" ", "_")
        path.write_bytes(content)
        ran = cli("check", case_path, "--passphrase-file", path)
        assert ran.code == 2 and said in ran.err, (name, ran.err)
    bom = tmp_path / "bom"
    bom.write_bytes("\ufeffkettle mango violin harbour\n".encode())
    assert cli("check", case_path, "--passphrase-file", bom).code == 0


def test_a_recovery_key_typed_in_lower_case_without_dashes_opens_the_file(
    cli: Callable[..., Ran], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.services.case_file import FLOOR, CaseFile

    path = tmp_path / "r.casedesk"
    case_file, recovery_key = CaseFile.create(path, "kettle mango violin harbour", "Sam", kdf=FLOOR)
    case_file.close()
    monkeypatch.setenv("CASEDESK_PASSPHRASE", recovery_key.replace("-", "").lower())
    assert cli("check", path).code == 0


def test_a_lock_that_is_a_pipe_is_refused(cli: Callable[..., Ran], case_path: Path) -> None:
    import os

    (case_path / "lock").unlink(missing_ok=True)
    os.mkfifo(case_path / "lock")
    ran = cli("passwd", case_path, "--new-passphrase-file", case_path / "keys.json")
    assert ran.code == 4 and "not an ordinary file" in ran.err
