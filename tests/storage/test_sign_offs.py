"""A sign-off no one can forge, tested at the storage level with a worker's key only: a
worker can neither make one through CaseDesk nor file one with the data key (signed with
their own key, or with a "supervisor" key they filed themselves), cannot alter one, and
cannot copy one from another case."""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from casedesk.domain import record_kinds as k
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.sign_offs import ASSESSMENT, SignOffState
from casedesk.services.case_file import CaseFile
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sign_off import SignOffRequest, sign_off, sign_off_checks
from casedesk.storage.audit import content_hash
from casedesk.storage.engine import connect_raw
from casedesk.storage.signing import SigningKey, new_signing_key
from casedesk.storage.tables import sign_offs as sign_offs_table
from tests.services.test_oversight import (
    SUPERVISOR,
    SUPERVISOR_PASSPHRASE,
    WORKER_PASSPHRASE,
    _submitted,
)
from tests.services.test_oversight import path as path
from tests.storage import forging
from tests.storage.test_signed_records import _append_unit

# Their case files' clocks are set to 30 November 2026: so is the audit trail's.
pytestmark = pytest.mark.usefixtures("audit_on_the_clocks_day")


def _open(path: Path, passphrase: str = WORKER_PASSPHRASE) -> CaseFile:
    case_file = CaseFile.open(path, passphrase)
    case_file.set_clock(lambda: datetime(2026, 11, 30, 12, tzinfo=UTC))
    return case_file


def _signed_off(path: Path) -> tuple[str, str]:
    """DEMO-0001 with an assessment a supervisor signed off; DEMO-0002 with one submitted
    and not signed. Returns their assessment ids."""
    with _open(path) as case_file:
        editor = RecordEditor(case_file)
        first = _submitted(editor)
        sign_off(
            case_file,
            case_file.case_record("DEMO-0001"),
            SignOffRequest(ASSESSMENT, first.id),
            SUPERVISOR_PASSPHRASE,
        )
    with _open(path) as case_file:
        editor = RecordEditor(case_file)
        record = case_file.case_record("DEMO-0002")
        from casedesk.domain.assessments import Assessment, AssessmentKind

        editor.add_assessment(
            record,
            Assessment(
                "",
                record.case.id,
                AssessmentKind.CHILD_AND_FAMILY,
                date(2026, 10, 1),
                date(2026, 12, 3),
            ),
        )
        second = case_file.case_record("DEMO-0002").assessments[-1]
    return first.id, second.id


def _worker_with_data_key(path: Path) -> tuple[sqlite3.Connection, SigningKey]:
    """The database and signing key as the worker has them: their own passphrase opens
    the data key and their own signing key, nothing of anyone else's."""
    with _open(path) as case_file:
        store = case_file._store  # type: ignore[attr-defined]
        key, signing = store._require_key(), store.signing_key
    assert signing is not None
    return connect_raw(path / "case.db", key), signing


def _states(path: Path, reference: str) -> list[tuple[SignOffState, str]]:
    with _open(path) as case_file:
        record = case_file.case_record(reference)
        return [(c.state, c.why) for c in sign_off_checks(case_file, record)]


def _check_problems(path: Path) -> list[str]:
    with _open(path) as case_file:
        return case_file.check().problems


def _row(connection: sqlite3.Connection, where: str, *args: object) -> dict[str, object]:
    cursor = connection.execute(f"SELECT * FROM sign_offs WHERE {where}", args)  # noqa: S608
    names = [d[0] for d in cursor.description]
    return dict(zip(names, cursor.fetchone(), strict=True))


def _insert(
    connection: sqlite3.Connection, row: dict[str, object], actor: str, key: object
) -> None:
    """File a sign-off row and an audit unit for it, signed with ``key``, as someone with
    the data key could."""
    marks = ", ".join("?" for _ in row)
    connection.execute(
        f"INSERT INTO sign_offs ({', '.join(row)}) VALUES ({marks})",  # noqa: S608
        list(row.values()),
    )
    change = json.dumps({"before": None, "after": row, "reason": ""}, sort_keys=True)
    digest = content_hash(sign_offs_table, row)
    _append_unit(
        connection, actor, "Sign off", [("sign_offs", str(row["id"]), digest, change)], key
    )
    connection.commit()


def test_a_worker_cannot_make_a_sign_off_through_casedesk(path: Path) -> None:
    first, _ = _signed_off(path)
    with _open(path) as case_file:
        record = case_file.case_record("DEMO-0001")
        with pytest.raises(CaseDeskError, match="is a worker"):
            sign_off(case_file, record, SignOffRequest(ASSESSMENT, first))
        existing = record.sign_offs[0]
        with (
            pytest.raises(CaseDeskError, match="not a supervisor"),
            case_file.transaction("Sign off") as work,
        ):
            work.add_sign_off(replace(existing, id=""))


def test_a_sign_off_filed_with_the_data_key_and_the_workers_own_key_is_not_one(
    path: Path,
) -> None:
    first, _ = _signed_off(path)
    connection, worker_key = _worker_with_data_key(path)
    row = _row(connection, "target_id = ?", first)
    row["id"] = "so-forged"
    _insert(connection, row, "Jo Worker", worker_key)
    connection.close()
    states = dict((why, state) for state, why in _states(path, "DEMO-0001"))
    assert SignOffState.CURRENT in states.values()  # the supervisor's own still holds
    forged = [why for why, state in states.items() if state is SignOffState.NOT_VALID]
    assert forged == ["it was recorded with a worker's key, not a supervisor's"]
    assert any("who is not a supervisor, is not a sign-off" in p for p in _check_problems(path))


def test_a_supervisor_key_the_worker_filed_themselves_signs_nothing(path: Path) -> None:
    first, _ = _signed_off(path)
    connection, _worker_key = _worker_with_data_key(path)
    forged = new_signing_key()
    connection.execute(
        "INSERT INTO signing_keys VALUES (?,?,?,?,?,?,?)",
        (
            forged.key_id,
            SUPERVISOR,
            "supervisor",
            base64.b64encode(forged.public_der).decode(),
            "2026-11-30T10:00:00+00:00",
            "Agency Owner",
            "a new key",
        ),
    )
    connection.commit()
    row = _row(connection, "target_id = ?", first)
    row |= {"id": "so-forged", "key_id": forged.key_id, "comment": "Approved (forged)."}
    from casedesk.storage.sign_offs import signed_bytes

    domain = k.from_row(k.SIGN_OFFS, row)
    row["signature"] = forged.sign(signed_bytes(_file_id(path), domain))
    _insert(connection, row, SUPERVISOR, forged)
    connection.close()
    whys = [why for state, why in _states(path, "DEMO-0001") if state is SignOffState.NOT_VALID]
    assert whys == [
        "it was recorded with a key that may not sign (not issued by the case file's owner)"
    ]
    assert _check_problems(path)


def _file_id(path: Path) -> str:
    with _open(path) as case_file:
        return case_file.file_id


def test_a_sign_off_copied_from_another_case_does_not_verify(path: Path) -> None:
    first, second = _signed_off(path)
    connection, worker_key = _worker_with_data_key(path)
    row = _row(connection, "target_id = ?", first)
    other_case = connection.execute(
        "SELECT case_id FROM assessments WHERE id = ?", (second,)
    ).fetchone()[0]
    row |= {"id": "so-copied", "case_id": other_case, "target_id": second}
    _insert(connection, row, "Jo Worker", worker_key)
    connection.close()
    ((state, why),) = _states(path, "DEMO-0002")
    assert state is SignOffState.NOT_VALID
    assert why == "it was recorded with a worker's key, not a supervisor's"


def test_a_sign_off_copied_in_a_supervisors_own_unit_still_does_not_verify(path: Path) -> None:
    """Even re-filed under the supervisor's own key (as if they had recorded it), a copy
    names another case and assessment than the ones it signed."""
    first, second = _signed_off(path)
    with _open(path, SUPERVISOR_PASSPHRASE) as case_file:
        store = case_file._store  # type: ignore[attr-defined]
        key, supervisor_key = store._require_key(), store.signing_key
    connection = connect_raw(path / "case.db", key)
    row = _row(connection, "target_id = ?", first)
    other_case = connection.execute(
        "SELECT case_id FROM assessments WHERE id = ?", (second,)
    ).fetchone()[0]
    row |= {"id": "so-copied", "case_id": other_case, "target_id": second}
    _insert(connection, row, SUPERVISOR, supervisor_key)
    connection.close()
    ((state, why),) = _states(path, "DEMO-0002")
    assert state is SignOffState.NOT_VALID
    assert why.startswith("its signature does not verify")


def test_a_sign_off_altered_with_the_data_key_does_not_verify(path: Path) -> None:
    first, _ = _signed_off(path)
    connection, _worker_key = _worker_with_data_key(path)
    connection.execute(
        "UPDATE sign_offs SET comment = 'Approved without reservation.' WHERE target_id = ?",
        (first,),
    )
    connection.commit()
    connection.close()
    ((state, why),) = _states(path, "DEMO-0001")
    assert state is SignOffState.NOT_VALID
    assert why == "it was changed outside CaseDesk (it no longer matches its audit entry)"
    assert any("changed outside CaseDesk" in p for p in _check_problems(path))


def test_the_approved_content_swapped_for_the_current_one_does_not_verify(path: Path) -> None:
    """Rewriting what was approved (to hide a later change) breaks its signed hash."""
    first, _ = _signed_off(path)
    connection, _worker_key = _worker_with_data_key(path)
    approved = json.loads(str(_row(connection, "target_id = ?", first)["approved"]))
    approved["assessment"]["decision"] = "Something else entirely."
    connection.execute(
        "UPDATE sign_offs SET approved = ? WHERE target_id = ?",
        (json.dumps(approved, sort_keys=True, separators=(",", ":")), first),
    )
    connection.commit()
    connection.close()
    ((state, why),) = _states(path, "DEMO-0001")
    assert state is SignOffState.NOT_VALID
    assert why == "it was changed outside CaseDesk (it no longer matches its audit entry)"


# -- after an independent hostile review ---------------------------------------------------


def _approved(path: Path, reference: str, target: str) -> tuple[str, str]:
    from casedesk.domain.approval import approved_content
    from casedesk.storage.sign_offs import canonical_text

    with forging.open_file(path) as case_file:
        record = case_file.case_record(reference)
        content = approved_content(record, ASSESSMENT, target)
        assert content is not None
        return record.case.id, canonical_text(content)


def test_a_supervisors_public_key_swapped_in_its_table_signs_nothing(path: Path) -> None:
    first, second = _signed_off(path)
    case, approved = _approved(path, "DEMO-0002", second)
    connection, _key, file_id = forging.data_key_access(path)
    supervisor_key = connection.execute(
        "SELECT key_id FROM signing_keys WHERE user = ?", (SUPERVISOR,)
    ).fetchone()[0]
    forged = new_signing_key()
    connection.execute(
        "UPDATE signing_keys SET public_key = ? WHERE key_id = ?",
        (base64.b64encode(forged.public_der).decode(), supervisor_key),
    )
    template = forging.row_of(connection, "sign_offs", "target_id = ?", first)
    row = forging.forged_sign_off(
        file_id,
        template,
        forged,
        supervisor_key,
        SUPERVISOR,
        "supervisor",
        forging.head(connection),
        id="so-forged",
        case_id=case,
        target_id=second,
        approved=approved,
    )
    forging.insert_row(connection, "sign_offs", row)
    unit = [("sign_offs", row["id"], content_hash(sign_offs_table, row), forging.change_of(row))]
    forging.append_unit(connection, SUPERVISOR, unit, supervisor_key, None)
    connection.commit()
    connection.close()
    ((state, why),) = forging.states(path, "DEMO-0002")
    assert state is SignOffState.NOT_VALID
    assert why == "the key it names was changed outside CaseDesk"
    assert forging.check_problems(path)


def test_a_workers_own_key_given_the_supervisor_role_in_its_table_signs_nothing(
    path: Path,
) -> None:
    first, second = _signed_off(path)
    case, approved = _approved(path, "DEMO-0002", second)
    connection, worker_key, file_id = forging.data_key_access(path)
    connection.execute(
        "UPDATE signing_keys SET role = 'supervisor' WHERE key_id = ?", (worker_key.key_id,)
    )
    template = forging.row_of(connection, "sign_offs", "target_id = ?", first)
    row = forging.forged_sign_off(
        file_id,
        template,
        worker_key,
        worker_key.key_id,
        "Jo Worker",
        "supervisor",
        forging.head(connection),
        id="so-forged",
        case_id=case,
        target_id=second,
        approved=approved,
    )
    forging.insert_row(connection, "sign_offs", row)
    unit = [("sign_offs", row["id"], content_hash(sign_offs_table, row), forging.change_of(row))]
    forging.append_unit(connection, "Jo Worker", unit, worker_key.key_id, worker_key)
    connection.commit()
    connection.close()
    ((state, why),) = forging.states(path, "DEMO-0002")
    assert state is SignOffState.NOT_VALID
    assert why == "the key it names was changed outside CaseDesk"


def test_the_signing_marker_removed_verifies_nothing_and_check_says_so(path: Path) -> None:
    _signed_off(path)
    connection, _key, _file_id = forging.data_key_access(path)
    connection.execute("DELETE FROM meta WHERE key = 'signed_from_seq'")
    connection.commit()
    connection.close()
    ((state, why),) = forging.states(path, "DEMO-0001")
    assert state is SignOffState.NOT_VALID and "where signing begins was removed" in why
    assert any(
        "where signed audit entries begin was removed" in p for p in forging.check_problems(path)
    )


@pytest.mark.parametrize("name", ["\u0420at Supervisor", "Kim Oldsup", "Nobody Atall"])
def test_in_an_upgraded_file_a_first_key_for_someone_not_a_user_signs_nothing(
    tmp_path: Path, name: str
) -> None:
    """A file upgraded from before signing lets each user issue themselves a first key at
    their first opening: only a user the file has, with their role, not one removed (a
    look-alike name with a Cyrillic 'Р', a removed supervisor, a made-up name)."""
    import shutil

    from casedesk.domain.sign_offs import PLAN
    from casedesk.services.case_file import FLOOR
    from tests.storage.test_migrations import FIXTURES

    upgraded = tmp_path / "old.casedesk"
    shutil.copytree(FIXTURES / "schema-v11.casedesk", upgraded)
    with forging.open_file(upgraded, "fixture passphrase one") as case_file:
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, FLOOR, False)
        case_file.add_user("Kim Oldsup", "supervisor", "gravel pigeon orchard tulip", FLOOR, False)
    with forging.open_file(upgraded, "fixture passphrase one") as case_file:
        case_file.remove_user("Kim Oldsup")
        reference = case_file.case_references()[0]
        record = case_file.case_record(reference)
        plan = next(e for e in reversed(record.entries) if e.category.value == "conference")
        from casedesk.domain.approval import approved_content
        from casedesk.storage.sign_offs import canonical_text

        content = approved_content(record, PLAN, plan.id)
        assert content is not None
        approved, case = canonical_text(content), record.case.id
    connection, _key, file_id = forging.data_key_access(upgraded)
    minted = new_signing_key()
    key_row = {
        "key_id": minted.key_id,
        "user": name,
        "role": "supervisor",
        "public_key": base64.b64encode(minted.public_der).decode(),
        "issued_at": "2026-11-30T10:00:00+00:00",
        "issued_by": name,
        "reason": "first key, at the first opening since records are signed",
    }
    forging.insert_row(connection, "signing_keys", key_row)
    template = {
        "id": "so-minted",
        "case_id": case,
        "target_type": PLAN,
        "target_id": plan.id,
        "decision": "approved",
        "signed_on": "2026-11-30",
        "approved": approved,
        "comment": "Plan approved.",
        "due_on": None,
        "late_by": 0,
        "late_reason": "",
        "recorded_at": "2026-11-30T10:00:00+00:00",
    }
    row = forging.forged_sign_off(
        file_id, template, minted, minted.key_id, name, "supervisor", forging.head(connection)
    )
    forging.insert_row(connection, "sign_offs", row)
    from casedesk.storage.tables import signing_keys

    forging.append_unit(
        connection,
        name,
        [
            (
                "signing_keys",
                minted.key_id,
                content_hash(signing_keys, key_row),
                forging.change_of(key_row),
            ),
            ("sign_offs", row["id"], content_hash(sign_offs_table, row), forging.change_of(row)),
        ],
        minted.key_id,
        minted,
    )
    connection.commit()
    connection.close()
    ((state, why),) = forging.states(upgraded, reference)
    assert state is SignOffState.NOT_VALID
    assert why.startswith("it was recorded with a key that may not sign")
    assert any("may not sign then" in p for p in forging.check_problems(upgraded))


def test_a_passphrase_the_owner_never_issued_opens_nothing_in_a_file_born_signed(
    path: Path,
) -> None:
    """A worker wraps the data key in a slot of their own making ('supervisor'): opening
    with it is refused, so it can make no sign-off (it would not verify either)."""
    from casedesk.domain.errors import DamagedCaseFileError
    from casedesk.storage import keyslots as ks

    with forging.open_file(path) as case_file:
        data_key = case_file._store._require_key()  # type: ignore[attr-defined]
    key_file = ks.read_key_file(path / "keys.json")
    made_up = ks.wrap(
        data_key,
        "my own second passphrase here",
        file_id=key_file.file_id,
        user="Pat Supervisor 2",
        role="supervisor",
        kdf=ks.KdfParams.minimum(),
    )
    ks.write_key_file(path / "keys.json", key_file.with_slots((*key_file.slots, made_up)))
    with pytest.raises(DamagedCaseFileError, match="the case file's owner never issued"):
        CaseFile.open(path, "my own second passphrase here")


def test_a_user_removed_by_a_name_typed_in_other_letters_is_removed_cleanly(path: Path) -> None:
    with forging.open_file(path, "kettle mango violin harbour") as case_file:
        case_file.remove_user("pat supervisor")
        assert SUPERVISOR not in [u.name for u in case_file.users()]
    assert forging.check_problems(path) == []
