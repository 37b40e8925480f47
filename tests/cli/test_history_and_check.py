"""``casedesk history`` says who made each change and that it is signed; ``casedesk check``
names a row changed outside CaseDesk, exits non-zero and writes nothing, and the file
still opens read-only so what is sound can be exported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from casedesk.services.case_file import CaseFile
from casedesk.storage.engine import connect_raw
from tests.cli.conftest import PASSPHRASE, Ran


def test_history_shows_who_when_why_and_that_each_signature_verifies(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    rows = tmp_path / "one.csv"
    rows.write_text(
        "date,category,description,source,source_type\n"
        "2026-01-02,home visit,Visit: Qzx seen alone,Social care,professional observation\n"
    )
    assert cli("chronology", "import", case_path, rows, "--case", "DEMO-0001").code == 0
    ran = cli("history", case_path, "--case", "DEMO-0001", "--json")
    assert ran.code == 0, ran.err
    changes = json.loads(ran.out)
    imported = [c for c in changes if c["action"] == "Import chronology from CSV"]
    assert imported and all(c["by"] == "Sam Worker" and c["verified"] for c in imported)
    assert all(c["signature"] == "signed by Sam Worker (owner), verified" for c in imported)
    one = imported[0]["record_id"]
    only = json.loads(
        cli("history", case_path, "--case", "DEMO-0001", "--record", one, "--json").out
    )
    assert {c["record_id"] for c in only} == {one}
    text = cli("history", case_path, "--case", "DEMO-0001", "--record", one)
    assert "signature [ok]: signed by Sam Worker (owner), verified" in text.out
    missing = cli("history", case_path, "--case", "DEMO-0001", "--record", "nope")
    assert missing.code == 1 and "no record with the id 'nope'" in missing.err


def test_check_names_a_tampered_row_exits_non_zero_and_the_rest_still_exports(
    cli: Callable[..., Ran], case_path: Path, tmp_path: Path
) -> None:
    assert cli("check", case_path).code == 0
    with CaseFile.open(case_path, PASSPHRASE) as case_file:
        key = case_file._store._require_key()
    connection = connect_raw(case_path / "case.db", key)
    connection.execute(
        "UPDATE cases SET original_concern = 'Nothing' WHERE reference = 'DEMO-0001'"
    )
    connection.commit()
    connection.close()
    before = {p.name: p.read_bytes() for p in case_path.iterdir() if p.is_file()}
    ran = cli("check", case_path)
    assert ran.code == 1
    assert "PROBLEM  records: case" in ran.out and "was changed outside CaseDesk" in ran.out
    after = {p.name: p.read_bytes() for p in case_path.iterdir() if p.is_file()}
    assert after == before, "check writes nothing"
    out = tmp_path / "sound.json"
    assert cli("export", case_path, out, "--case", "DEMO-0002").code == 0
    assert json.loads(out.read_text())["cases"][0]["reference"] == "DEMO-0002"
    history = cli("history", case_path, "--case", "DEMO-0001")
    assert history.code == 1 and "it was changed outside CaseDesk since" in history.out
