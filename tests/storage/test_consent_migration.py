"""Schema 15: a team member's consent-to-share tick box becomes a consent state. A file
written by schema 14 opens, ticked members read 'given' (day not known), unticked 'not yet
asked'; the file still checks, the change is in each record's history, and documents
written before (with the old true/false) still import."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from casedesk.domain.consent import ConsentState
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.storage.migrations import CONSENT_UPGRADED

FIXTURES = Path(__file__).parents[1] / "fixtures"
PASSPHRASE = "fixture passphrase one"


def ticked_in_schema_14(path: Path) -> dict[str, int]:
    """Each team member's old tick box, read straight from the file as schema 14 wrote it."""
    with (
        CaseFile.open(path, PASSPHRASE, read_only=True, allow_older=True) as old,
        old._store.connect() as connection,
    ):
        rows = connection.exec_driver_sql("SELECT id, consent_to_share FROM professionals")
        return {str(key): int(ticked) for key, ticked in rows}


def test_a_schema_14_file_opens_with_each_tick_box_as_a_consent_state(tmp_path: Path) -> None:
    path = tmp_path / "v14.casedesk"
    shutil.copytree(FIXTURES / "schema-v14.casedesk", path)
    before = ticked_in_schema_14(path)
    assert set(before.values()) == {0, 1}, "the fixture has members ticked and not"
    with CaseFile.open(path, PASSPHRASE) as upgraded:
        members = [
            member
            for reference in upgraded.case_references()
            for member in upgraded.case_record(reference).professionals
        ]
        assert {m.id: m.consent for m in members} == {
            key: ConsentState.GIVEN if ticked else ConsentState.NOT_YET_ASKED
            for key, ticked in before.items()
        }
        # Nothing invented: by whom and when were never asked.
        assert {(m.consent_by, m.consent_on, m.consent_basis) for m in members} == {("", None, "")}
        assert upgraded.check().ok, "each changed record matches its newest audit entry"
        ticked = next(key for key, value in before.items() if value)
        *_, last = upgraded.history("professionals", ticked)
        assert last.action == "Upgrade case file" and last.reason == CONSENT_UPGRADED
    with CaseFile.open(path, PASSPHRASE) as reopened:
        assert reopened.check().ok


def test_a_document_with_the_old_tick_box_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "v15.casedesk"
    shutil.copytree(FIXTURES / "schema-v15.casedesk", path)
    with CaseFile.open(path, PASSPHRASE) as case_file:
        document = case_file.export_document(["DEMO-0001"])
    team = document["cases"][0]["team"]
    assert {m["consent"] for m in team} >= {"given", "not yet asked"}
    # As a document written before schema 15 says it.
    for member in team:
        member["consent_to_share"] = member.pop("consent") == "given"
        for key in ("consent_by", "consent_on", "consent_basis"):
            member.pop(key, None)
    was_ticked = {m["id"]: m["consent_to_share"] for m in team}
    fresh, _ = CaseFile.create(
        tmp_path / "n.casedesk", PASSPHRASE, "O", kdf=FLOOR, check_strength=False
    )
    with fresh:
        assert fresh.import_document(json.loads(json.dumps(document))) == ["DEMO-0001"]
        members = fresh.case_record("DEMO-0001").professionals
        assert {m.id: m.consent is ConsentState.GIVEN for m in members} == was_ticked
        assert {m.consent for m in members if not was_ticked[m.id]} == {ConsentState.NOT_YET_ASKED}
