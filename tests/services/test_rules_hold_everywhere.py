"""What the dialogs refuse is refused on every path (the editor, whole-document import,
CSV), and records made before schema 10 can still be changed and exchanged."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from casedesk.domain.actions import Action, worker_owner
from casedesk.domain.chronology import ChildSeen
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.evidence import NOT_NAMED, Corroboration
from casedesk.domain.ids import CaseId
from casedesk.domain.sharing import BASIS_NOT_RECORDED, Consent, SharingDecision
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.chronology_csv import check_csv, export_csv, import_csv
from casedesk.services.demo import write_data
from casedesk.services.record_editor import RecordEditor
from casedesk.services.synthetic import generate

FIXTURES = Path(__file__).parents[1] / "fixtures"
OLD = "fixture passphrase one"
TODAY = date(2026, 11, 25)


@pytest.fixture
def editor(tmp_path: Path) -> Iterator[RecordEditor]:
    case_file, _ = CaseFile.create(
        tmp_path / "e.casedesk", "kettle mango violin harbour", "Sam Worker", kdf=FLOOR
    )
    write_data(case_file, generate(seed=8, cases=2, entries=10, as_of=date(2026, 11, 1)))
    with case_file:
        case_file.set_clock(lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC))
        yield RecordEditor(case_file)


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[CaseFile]:
    """The file version 9 wrote, opened (and so upgraded) by this version."""
    shutil.copytree(FIXTURES / "schema-v9.casedesk", tmp_path / "v9.casedesk")
    with CaseFile.open(tmp_path / "v9.casedesk", OLD) as case_file:
        yield case_file


def test_what_version_9_never_asked_is_marked_not_invented_and_still_exchanges(
    upgraded: CaseFile, tmp_path: Path
) -> None:
    record = upgraded.case_record("DEMO-0001")
    marked = [e for e in record.entries if e.corroborating_source == NOT_NAMED]
    assert marked, "'corroborated' entries with nothing named are marked as such"
    assert all(e.corroboration is not Corroboration.UNVERIFIED for e in marked)
    # Still unsupported: a 'corroborated' self-report with nothing named rests on it.
    assert all(e.rests_on_self_report for e in marked if e.source_type.value == "self-reported")
    told = [d for d in record.sharing if d.shared and d.consent is Consent.NOT_RECORDED]
    assert all(d.lawful_basis == BASIS_NOT_RECORDED for d in told)
    history = upgraded.history("chronology_entries", marked[0].id)
    # The last change is the upgrade to signed records vouching for its content as it was.
    *earlier, signed = history
    assert signed.action == "Upgrade case file" and signed.verified
    assert earlier[-1].action == "Upgrade to schema 10", "the marking is in the audit trail"
    assert earlier[-1].verified is None  # made before records were signed
    document = upgraded.export_document(["DEMO-0001"])
    fresh, _ = CaseFile.create(tmp_path / "n.casedesk", OLD, "O", kdf=FLOOR, check_strength=False)
    with fresh:
        assert fresh.import_document(document) == ["DEMO-0001"]
    out = tmp_path / "c.csv"
    export_csv(upgraded, "DEMO-0001", out)
    assert check_csv(upgraded, "DEMO-0002", out).ok
    assert upgraded.check().ok


def test_an_old_record_can_be_changed_without_inventing_what_bore_it_out(
    upgraded: CaseFile,
) -> None:
    editor = RecordEditor(upgraded)
    record = upgraded.case_record("DEMO-0001")
    old = next(e for e in record.entries if e.corroborating_source == NOT_NAMED)
    editor.amend_entry(record, old, replace(old, description=old.description + "."), "typo")


def _document(**case: Any) -> dict[str, Any]:
    child = {
        "id": "px-child",
        "given_names": "Amy",
        "family_name": "Pond",
        "sex": "female",
        "birth": {"date": "2020-01-01", "precision": "exact", "evidence": None},
    }
    base = {
        "id": "cx-1",
        "reference": "PROBE-1",
        "subject_child": "px-child",
        "original_concern": "probe",
        "opened_on": "2026-01-01",
        "legal_status": "child in need",
        "people": [child],
    }
    return {"format": "casedesk-interchange", "version": 1, "cases": [base | case]}


@pytest.mark.parametrize(
    ("case", "where"),
    [
        (
            {
                "people": [
                    {
                        "id": "px-child",
                        "given_names": "Amy",
                        "family_name": "Pond",
                        "sex": "female",
                        "birth": {
                            "date": "2020-01-01",
                            "precision": "exact",
                            "evidence": {
                                "source": "Mother",
                                "source_type": "self-reported",
                                "corroboration": "corroborated",
                            },
                        },
                    }
                ]
            },
            "/cases/0/people/0/birth",
        ),
        (
            {
                "information_sharing": [
                    {
                        "id": "s",
                        "decided_on": "2026-02-02",
                        "shared_with": "GP",
                        "shared": True,
                        "what": "x",
                        "recorded_by": "x",
                    }
                ]
            },
            "/cases/0/information_sharing/0",
        ),
        (
            {
                "information_sharing": [
                    {
                        "id": "s",
                        "decided_on": "2099-02-02",
                        "shared_with": "GP",
                        "shared": False,
                        "what": "x",
                        "reason": "no",
                        "recorded_by": "x",
                    }
                ]
            },
            "/cases/0/information_sharing/0/decided_on",
        ),
        (
            {
                "actions": [
                    {
                        "id": "a",
                        "what": "x",
                        "owner": "p-stranger",
                        "agreed_on": "2026-02-01",
                        "due_on": "2026-03-01",
                        "recorded_by": "x",
                    }
                ]
            },
            "/cases/0/actions/0/owner",
        ),
    ],
)
def test_a_whole_document_is_refused_for_what_the_dialogs_refuse(
    editor: RecordEditor, case: dict[str, Any], where: str
) -> None:
    with pytest.raises(CaseDeskError, match=re.escape(where)):
        editor.case_file.import_document(_document(**case))


def test_sharing_and_actions_keep_their_rules_in_the_editor(editor: RecordEditor) -> None:
    record = editor.case_file.case_record("DEMO-0001")
    case = CaseId(record.case.id)
    unsaid = SharingDecision("", case, TODAY, "GP", True, "x", "", "Sam")
    with pytest.raises(CaseDeskError, match="with consent"):
        editor.record_sharing([unsaid])
    later = replace(unsaid, consent=Consent.GIVEN, shared_on=TODAY + timedelta(days=3))
    with pytest.raises(CaseDeskError, match="future"):
        editor.record_sharing([later])
    stranger = editor.case_file.case_record("DEMO-0002").subject_child.id
    with pytest.raises(CaseDeskError, match="people, team or workers"):
        editor.add_action(record, Action("", case, "x", str(stranger), TODAY, TODAY))
    with pytest.raises(CaseDeskError, match="not a worker"):
        editor.add_action(record, Action("", case, "x", worker_owner("Anybody"), TODAY, TODAY))
    editor.add_action(record, Action("", case, "x", worker_owner("Sam Worker"), TODAY, TODAY))


def test_a_csv_keeps_what_a_visit_found_both_ways(tmp_path: Path) -> None:
    case_file, _ = CaseFile.create(
        tmp_path / "v.casedesk", OLD, "O", kdf=FLOOR, check_strength=False
    )
    with case_file:
        write_data(case_file, generate(seed=8, cases=1, entries=80, as_of=date(2026, 11, 1)))
        record = case_file.case_record("DEMO-0001")
        out = tmp_path / "c.csv"
        export_csv(case_file, "DEMO-0001", out)
    visits = [e for e in record.entries if e.child_seen is not ChildSeen.NOT_RECORDED]
    assert visits, "the demo has visits"
    fresh, _ = CaseFile.create(tmp_path / "f.casedesk", OLD, "O", kdf=FLOOR, check_strength=False)
    with fresh:
        write_data(fresh, generate(seed=8, cases=1, entries=0, as_of=date(2026, 11, 1)))
        import_csv(fresh, "DEMO-0001", out, TODAY)
        again = {(e.occurred_on, e.description): e for e in fresh.case_record("DEMO-0001").entries}
    for v in visits:
        copy = again[(v.occurred_on, v.description)]
        assert (copy.child_seen, copy.others_present, copy.child_words, copy.home_observations) == (
            v.child_seen,
            v.others_present,
            v.child_words,
            v.home_observations,
        )
