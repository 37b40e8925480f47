"""The audit trail, amendments, backups and restores."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casedesk.domain.errors import CaseDeskError, CaseFileExistsError, DamagedCaseFileError
from casedesk.services.case_file import CaseFile, restore
from casedesk.storage.engine import connect_raw
from tests.storage.conftest import PASSPHRASE, snapshot

Maker = Callable[..., tuple[Path, str]]


def test_an_amendment_keeps_the_earlier_value_in_the_audit_trail(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        with case_file.transaction("Amend original concern") as work:
            before = work.amend_columns(
                "cases", "c2-000001", {"original_concern": "Amended text"}, reason="typo"
            )
        assert work.changes.name == "Amend original concern"
        assert work.changes.records == {"cases": {"c2-000001"}}
        with case_file._store.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT actor, action, record_type, record_id, change FROM audit_log "
                "ORDER BY seq DESC LIMIT 1"
            ).one()
        assert case_file.check().ok
    assert row.actor == "Sam Worker" and row.action == "Amend original concern"
    change = json.loads(row.change)
    assert change["before"] == before and change["after"] == {"original_concern": "Amended text"}
    assert change["reason"] == "typo"


def test_the_audit_trail_refuses_edits_and_deletes(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file, case_file._store.connect() as connection:
        for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="audit trail cannot be changed"):
                connection.exec_driver_sql(statement)


def test_check_finds_a_tampered_audit_entry(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        key = case_file._store._require_key()
    connection = connect_raw(path / "case.db", key)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET actor = 'Someone Else' WHERE seq = 3")
    connection.commit()
    connection.close()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        report = case_file.check()
    assert not report.ok
    assert any("audit entry 3 was changed" in p for p in report.problems)


def test_every_write_is_audited_in_one_chain(make_case_file: Maker) -> None:
    path, _ = make_case_file(entries=50)
    with CaseFile.open(path, PASSPHRASE) as case_file, case_file._store.connect() as connection:
        audited = connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
        entries = connection.exec_driver_sql("SELECT count(*) FROM chronology_entries").scalar_one()
    assert entries == 50
    assert audited > entries


def test_backup_is_one_file_that_restores_with_passphrase_or_recovery_key(
    make_case_file: Maker, tmp_path: Path
) -> None:
    path, recovery_key = make_case_file()
    out = tmp_path / "work.cdbackup"
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.backup(out)
    assert out.is_file() and oct(out.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".*snapshot*")), "no temporary copy is left behind"
    restore(out, tmp_path / "restored.casedesk", PASSPHRASE)
    restore(out, tmp_path / "restored2.casedesk", recovery_key)
    with CaseFile.open(tmp_path / "restored.casedesk", PASSPHRASE) as restored:
        assert restored.check().ok
        with restored._store.connect() as connection:
            count = connection.exec_driver_sql(
                "SELECT count(*) FROM chronology_entries"
            ).scalar_one()
    assert count == 200


def test_restore_refuses_to_overwrite_unless_forced(make_case_file: Maker, tmp_path: Path) -> None:
    path, _ = make_case_file()
    other, _ = make_case_file("other", entries=10)
    out = tmp_path / "work.cdbackup"
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.backup(out)
    before = snapshot(other)
    with pytest.raises(CaseFileExistsError, match="--force"):
        restore(out, other, PASSPHRASE)
    assert snapshot(other) == before
    restore(out, other, PASSPHRASE, force=True)
    with CaseFile.open(other, PASSPHRASE) as replaced, replaced._store.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT count(*) FROM chronology_entries").scalar_one()
            == 200
        )
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_damaged_backup_is_refused_and_writes_nothing(
    make_case_file: Maker, tmp_path: Path
) -> None:
    path, _ = make_case_file()
    out = tmp_path / "work.cdbackup"
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.backup(out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out.write_bytes(bytes(data))
    with pytest.raises(DamagedCaseFileError, match="backup is damaged"):
        restore(out, tmp_path / "x.casedesk", PASSPHRASE)
    out.write_bytes(bytes(data[:-5000]))
    with pytest.raises(DamagedCaseFileError, match="cut short"):
        restore(out, tmp_path / "x.casedesk", PASSPHRASE)
    assert not (tmp_path / "x.casedesk").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x")]
    (tmp_path / "not-a-backup").write_bytes(b"hello")
    with pytest.raises(CaseDeskError, match="not a CaseDesk backup"):
        restore(tmp_path / "not-a-backup", tmp_path / "y.casedesk", PASSPHRASE)


def test_the_backup_header_is_covered_by_its_checksum_and_old_backups_still_restore(
    make_case_file: Maker, tmp_path: Path
) -> None:
    import hashlib
    import struct

    from casedesk.storage import backup as b

    path, _ = make_case_file(entries=20)
    out = tmp_path / "work.cdbackup"
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.backup(out)
    data = bytearray(out.read_bytes())
    version_at = len(b.MAGIC) + 3  # the low byte of the version
    for flipped in (data[version_at] ^ 0x01, 0):
        bad = bytearray(data)
        bad[version_at] = flipped
        bad_path = tmp_path / "bad.cdbackup"
        bad_path.write_bytes(bytes(bad))
        with pytest.raises(DamagedCaseFileError, match="backup is damaged"):
            restore(bad_path, tmp_path / "x.casedesk", PASSPHRASE)
    # A version 1 backup (checksum over the key file and database only) restores.
    _, keys_len, db_len, _ = b._HEADER.unpack_from(data, len(b.MAGIC))
    body = bytes(data[len(b.MAGIC) + b._HEADER.size :])
    old = b.MAGIC + struct.pack(">IQQ32s", 1, keys_len, db_len, hashlib.sha256(body).digest())
    (tmp_path / "old.cdbackup").write_bytes(old + body)
    assert restore(tmp_path / "old.cdbackup", tmp_path / "old.casedesk", PASSPHRASE)


def test_users_can_be_added_and_removed_by_the_owner_only(make_case_file: Maker) -> None:
    from casedesk.services.case_file import FLOOR

    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as owner:
        owner.add_user("Pat Supervisor", "supervisor", "plum otter cabinet river", kdf=FLOOR)
        assert [u.role for u in owner.users()] == ["owner", "recovery", "supervisor"]
    with CaseFile.open(path, "plum otter cabinet river") as supervisor:
        assert supervisor.user == "Pat Supervisor" and supervisor.role == "supervisor"
        with pytest.raises(CaseDeskError, match="Only the owner"):
            supervisor.remove_user("Sam Worker")
    with CaseFile.open(path, PASSPHRASE) as owner:
        with pytest.raises(CaseDeskError, match="owner cannot be removed"):
            owner.remove_user("Sam Worker")
        owner.remove_user("Pat Supervisor")
    with pytest.raises(CaseDeskError, match="passphrase is not right"):
        CaseFile.open(path, "plum otter cabinet river")


def test_weak_passphrases_are_refused_with_a_reason(tmp_path: Path) -> None:
    from casedesk.domain.errors import WeakPassphraseError

    for weak in ("password123", "short", "Sam Worker 2024"):
        with pytest.raises(WeakPassphraseError, match="easy to guess"):
            CaseFile.create(tmp_path / "w.casedesk", weak, "Sam Worker")
    assert not (tmp_path / "w.casedesk").exists()


def test_rotating_the_data_key_locks_out_old_keys_and_keeps_the_data(
    make_case_file: Maker, tmp_path: Path
) -> None:
    from casedesk.services.case_file import FLOOR
    from casedesk.storage import keyslots

    path, old_recovery = make_case_file()
    old_keys = (path / "keys.json").read_bytes()
    with CaseFile.open(path, PASSPHRASE) as owner:
        owner.add_user("Pat Supervisor", "supervisor", "plum otter cabinet river", kdf=FLOOR)
        old_keys = (path / "keys.json").read_bytes()
        owner.remove_user("Pat Supervisor")
        result = owner.rotate_data_key(PASSPHRASE, kdf=FLOOR)
        assert owner.check().ok  # the same object carries on with the new key
        with owner.transaction("After rotation") as work:
            work.amend_columns("cases", "c2-000001", {"allocated_worker": "Kim"}, reason="handover")
    assert result.dropped_users == []
    assert result.recovery_key != old_recovery
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".work")]
    with CaseFile.open(path, result.recovery_key) as reopened:
        assert reopened.check().ok
        with reopened._store.connect() as connection:
            assert (
                connection.exec_driver_sql("SELECT count(*) FROM chronology_entries").scalar_one()
                == 200
            )
    with pytest.raises(CaseDeskError, match="recovery key does not open"):
        CaseFile.open(path, old_recovery)
    # A removed user who kept the old key file still cannot open the new database.
    stolen = keyslots.parse_key_file(old_keys)
    old_key = stolen.unlock("plum otter cabinet river").data_key
    with pytest.raises(Exception, match="not a database"):
        connect_raw(path / "case.db", old_key).execute("SELECT count(*) FROM cases").fetchone()


def test_an_interrupted_swap_puts_the_original_back(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    aside = path.with_name(f".{path.name}.old-1234")
    path.rename(aside)  # as if the machine died between the two renames
    with CaseFile.open(path, PASSPHRASE) as case_file:
        assert case_file.check().ok
    assert not aside.exists()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), keep_header=st.booleans())
def test_any_backup_bytes_are_restored_or_refused_plainly_leaving_nothing(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, keep_header: bool
) -> None:
    from casedesk.storage import backup as b

    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "in.cdbackup"
    source.write_bytes((b.MAGIC if keep_header else b"") + data)
    with pytest.raises(CaseDeskError):
        restore(source, folder / "out.casedesk", PASSPHRASE)
    assert sorted(p.name for p in folder.iterdir()) == ["in.cdbackup"]
