"""Every record signed by who made it: each tamper the issue names is caught by ``check``
with its own plain sentence, and signing keys survive a passphrase change, a user added
and a data key rotated."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.storage.audit import GENESIS, _digest, content_hash, signed_digest
from casedesk.storage.engine import connect_raw
from tests.storage.conftest import OWNER, PASSPHRASE

Maker = Callable[..., tuple[Path, str]]
WORKER_PASSPHRASE = "plum otter cabinet river"


def _raw(path: Path) -> sqlite3.Connection:
    """The database as someone with the data key (but no user's passphrase) has it."""
    with CaseFile.open(path, PASSPHRASE) as case_file:
        key = case_file._store._require_key()
    connection = connect_raw(path / "case.db", key)
    connection.row_factory = _row
    return connection


def _row(cursor: object, values: tuple[object, ...]) -> dict[str, object]:
    """Rows by column name (sqlite3.Row does not take SQLCipher's cursor)."""
    names = [d[0] for d in cursor.description]  # type: ignore[attr-defined]
    row = dict(zip(names, values, strict=True))
    return _Both(row, values)


class _Both(dict):  # type: ignore[type-arg]
    """A row read by name or by position."""

    def __init__(self, row: dict[str, object], values: tuple[object, ...]) -> None:
        super().__init__(row)
        self._values = values

    def __getitem__(self, key: object) -> object:
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)


def _problems(path: Path) -> list[str]:
    with CaseFile.open(path, PASSPHRASE, read_only=True) as case_file:
        report = case_file.check()
    assert not report.ok
    return report.problems


def test_a_clean_file_verifies_every_record_and_signature(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        report = case_file.check()
    assert report.ok, report.problems
    assert any("signature(s)" in f and "verify" in f for f in report.findings)


def test_a_row_changed_outside_casedesk_is_named(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    connection = _raw(path)
    connection.execute(
        "UPDATE chronology_entries SET description = 'Nothing happened' WHERE id = "
        "(SELECT id FROM chronology_entries ORDER BY rowid LIMIT 1)"
    )
    connection.execute("UPDATE cases SET original_concern = 'None' WHERE id = 'c2-000001'")
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any("chronology entry" in p and "changed outside CaseDesk" in p for p in problems)
    assert any("case c2-000001 was changed outside CaseDesk" in p for p in problems)


def test_deleting_the_newest_audit_rows_leaves_records_no_signature_covers(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    with (
        CaseFile.open(path, PASSPHRASE) as case_file,
        case_file.transaction("Amend original concern") as work,
    ):
        work.amend_columns("cases", "c2-000001", {"original_concern": "Later"}, "typo")
    connection = _raw(path)
    connection.execute("DROP TRIGGER audit_log_no_delete")
    connection.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any("case c2-000001 was changed outside CaseDesk" in p for p in problems)


def _rehash_from(connection: sqlite3.Connection, seq: int, signer: object = None) -> None:
    """Recompute every hash from ``seq`` on, as someone with the data key could."""
    rows = connection.execute("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", (seq,))
    previous = connection.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq - 1,)).fetchone()
    prev = previous["hash"] if previous else GENESIS
    for row in list(rows):
        fields = {
            name: row[name]
            for name in (
                "seq",
                "at",
                "actor",
                "action",
                "record_type",
                "record_id",
                "change",
                "content_hash",
                "key_id",
            )
        }
        fields["prev_hash"] = prev
        digest = _digest(fields)
        signature = row["signature"]
        if signature and signer is not None:
            signature = signer.sign(bytes.fromhex(digest))  # type: ignore[attr-defined]
        connection.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ?, signature = ? WHERE seq = ?",
            (prev, digest, signature, row["seq"]),
        )
        prev = digest


def test_an_edited_row_with_every_later_hash_recomputed_fails_its_signature(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    connection = _raw(path)
    connection.execute("DROP TRIGGER audit_log_no_update")
    row = connection.execute("SELECT * FROM cases WHERE id = 'c2-000001'").fetchone()
    forged = dict(row) | {"original_concern": "Nothing to worry about"}
    from casedesk.storage.tables import cases

    connection.execute(
        "UPDATE cases SET original_concern = ? WHERE id = 'c2-000001'",
        (forged["original_concern"],),
    )
    seq = connection.execute(
        "SELECT max(seq) FROM audit_log WHERE record_type = 'cases' AND record_id = 'c2-000001'"
    ).fetchone()[0]
    connection.execute(
        "UPDATE audit_log SET content_hash = ? WHERE seq = ?", (content_hash(cases, forged), seq)
    )
    _rehash_from(connection, seq)
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any("signature does not verify" in p for p in problems)
    assert not any("hash chain" in p or "was changed after it was written" in p for p in problems)


def test_an_audit_record_re_signed_with_another_users_key_is_named(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user("Kim Supervisor", "supervisor", WORKER_PASSPHRASE, kdf=FLOOR)
    with CaseFile.open(path, WORKER_PASSPHRASE) as kim:
        kim_key = kim._store.signing_key
        kim_id = kim_key.key_id if kim_key else ""
    connection = _raw(path)
    connection.execute("DROP TRIGGER audit_log_no_update")
    last = connection.execute(
        "SELECT seq FROM audit_log WHERE actor = ? AND signature != '' ORDER BY seq LIMIT 1",
        (OWNER,),
    ).fetchone()[0]
    connection.execute("UPDATE audit_log SET key_id = ? WHERE seq <= ?", (kim_id, last))
    _rehash_from(connection, 1 if False else _first_signed(connection), kim_key)
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any(f"is signed with Kim Supervisor's key, not {OWNER}'s" in p for p in problems)


def _first_signed(connection: sqlite3.Connection) -> int:
    return int(
        connection.execute("SELECT value FROM meta WHERE key = 'signed_from_seq'").fetchone()[0]
    )


def test_a_sign_off_shaped_record_inserted_by_a_worker_is_not_a_sign_off(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, kdf=FLOOR)
    with CaseFile.open(path, WORKER_PASSPHRASE) as jo:
        from casedesk.storage.audit import AuditWriter

        with jo._store._begin() as connection:
            audit = AuditWriter(
                connection, "Jo Worker", "Sign off assessment", jo._store.signing_key
            )
            audit.append("sign_offs", "so-1", None, {"assessment": "a-1"}, "", "")
            audit.finish()
    problems = _problems(path)
    assert any("who is not a supervisor, is not a sign-off" in p for p in problems)


def test_records_appended_outside_casedesk_are_not_signed(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    connection = _raw(path)
    top = connection.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    fields = {
        "seq": top["seq"] + 1,
        "at": "2026-11-30T10:00:00",
        "actor": OWNER,
        "action": "Sneak",
        "record_type": "cases",
        "record_id": "c2-000001",
        "change": "{}",
        "prev_hash": top["hash"],
        "content_hash": "",
        "key_id": "",
    }
    connection.execute(
        "INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, change, "
        "prev_hash, hash, content_hash, key_id, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,'')",
        (
            *[
                fields[k]
                for k in (
                    "seq",
                    "at",
                    "actor",
                    "action",
                    "record_type",
                    "record_id",
                    "change",
                    "prev_hash",
                )
            ],
            _digest(fields),
            "",
            "",
        ),
    )
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any(
        "not signed: added outside CaseDesk, or the file was cut short" in p for p in problems
    )


def test_a_rolled_back_chain_is_caught_by_the_head_this_computer_saw(
    make_case_file: Maker, tmp_path: Path
) -> None:
    import shutil

    path, _ = make_case_file()
    earlier = tmp_path / "earlier.casedesk"
    shutil.copytree(path, earlier)
    with CaseFile.open(path, PASSPHRASE) as case_file:
        with case_file.transaction("Amend original concern") as work:
            work.amend_columns("cases", "c2-000001", {"original_concern": "Later"}, "typo")
        head = case_file._store.head()
    shutil.rmtree(path)
    shutil.copytree(earlier, path)  # consistent, earlier: every signature still verifies
    with CaseFile.open(path, PASSPHRASE, read_only=True) as case_file:
        report = case_file._store.check(anchors=[head])
    assert any("rolled back or replaced by an earlier copy" in p for p in report.problems)


def test_signing_keys_survive_a_passphrase_change_a_user_added_and_a_key_rotation(
    make_case_file: Maker,
) -> None:
    path, _recovery = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        first = case_file._store.signing_key
        assert first is not None
        case_file.add_user("Kim Supervisor", "supervisor", WORKER_PASSPHRASE, kdf=FLOOR)
        case_file.change_passphrase("a brand new passphrase here", kdf=FLOOR, check_strength=False)
    with CaseFile.open(path, "a brand new passphrase here") as case_file:
        assert case_file._store.signing_key is not None
        assert case_file._store.signing_key.key_id == first.key_id, "kept"
        case_file.rotate_data_key("a brand new passphrase here", kdf=FLOOR)
        assert case_file._store.signing_key is not None
        assert case_file._store.signing_key.key_id == first.key_id, "kept through rotation"
        assert case_file.check().ok
    with (
        CaseFile.open(path, "a brand new passphrase here", read_only=True) as case_file,
        case_file._store.connect() as connection,
    ):
        keys = connection.exec_driver_sql(
            "SELECT user, role, reason FROM signing_keys ORDER BY issued_at"
        ).all()
    assert ("Kim Supervisor", "supervisor", "first key") in [tuple(k) for k in keys]


def test_a_lost_passphrase_re_issued_by_the_owner_is_a_new_key_and_recorded(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, kdf=FLOOR)
    with CaseFile.open(path, WORKER_PASSPHRASE) as jo:
        assert jo._store.signing_key is not None
        old = jo._store.signing_key.key_id
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.change_passphrase(
            "jo's new passphrase set by owner", user="Jo Worker", kdf=FLOOR, check_strength=False
        )
    with CaseFile.open(path, "jo's new passphrase set by owner") as jo:
        assert jo._store.signing_key is not None and jo._store.signing_key.key_id != old
        assert jo.check().ok
        with jo._store.connect() as connection:
            reason = connection.exec_driver_sql(
                "SELECT reason FROM signing_keys WHERE key_id = ?", (jo._store.signing_key.key_id,)
            ).scalar_one()
    assert reason == f"re-issued: passphrase set by {OWNER}"


def test_a_file_from_before_signing_is_signed_from_its_upgrade(tmp_path: Path) -> None:
    import shutil

    from tests.storage.test_migrations import FIXTURES

    path = tmp_path / "old.casedesk"
    shutil.copytree(FIXTURES / "schema-v11.casedesk", path)
    with CaseFile.open(path, "fixture passphrase one") as case_file:
        report = case_file.check()
        assert report.ok, report.problems
        with case_file._store.connect() as connection:
            first = _first_signed(connection.connection.dbapi_connection)  # type: ignore[arg-type]
            earlier = connection.exec_driver_sql(
                "SELECT count(*) FROM audit_log WHERE seq < ? AND signature = ''", (first,)
            ).scalar_one()
    assert earlier > 0, "made before records were signed: kept as they were"
    connection2 = _raw_with(path, "fixture passphrase one")
    connection2.execute("UPDATE people SET given_names = 'Forged' WHERE rowid = 1")
    connection2.commit()
    connection2.close()
    with CaseFile.open(path, "fixture passphrase one", read_only=True) as case_file:
        assert any("changed outside CaseDesk" in p for p in case_file.check().problems)


def _raw_with(path: Path, passphrase: str) -> sqlite3.Connection:
    with CaseFile.open(path, passphrase) as case_file:
        key = case_file._store._require_key()
    return connect_raw(path / "case.db", key)


@settings(max_examples=300)
@given(
    st.integers(1, 10**9),
    st.lists(st.text(max_size=80), min_size=9, max_size=9),
)
def test_the_fast_digest_of_a_signed_row_is_the_same_bytes_as_its_canonical_json(
    seq: int, texts: list[str]
) -> None:
    names = ("at", "actor", "action", "record_type", "record_id", "change", "prev_hash")
    fields: dict[str, object] = {"seq": seq, **dict(zip(names, texts, strict=False))}
    fields |= {"content_hash": texts[7], "key_id": texts[8]}
    assert signed_digest(seq, *texts) == _digest(fields)


def _append_unit(
    connection: sqlite3.Connection,
    actor: str,
    action: str,
    changes: list[tuple[str, str, str, str]],
    signer: object,
) -> None:
    """Append a unit of work, hashed and signed, as someone with the data key could."""
    top = connection.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = top[0], top[1]
    for index, (record_type, record_id, content, change) in enumerate(changes):
        seq += 1
        at = "2026-11-30T10:00:00.000000+00:00"
        key_id = signer.key_id  # type: ignore[attr-defined]
        digest = signed_digest(
            seq, at, actor, action, record_type, record_id, change, prev, content, key_id
        )
        last = index == len(changes) - 1
        signature = signer.sign(bytes.fromhex(digest)) if last else ""  # type: ignore[attr-defined]
        connection.execute(
            "INSERT INTO audit_log (seq, at, actor, action, record_type, record_id, change, "
            "prev_hash, hash, content_hash, key_id, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                seq,
                at,
                actor,
                action,
                record_type,
                record_id,
                change,
                prev,
                digest,
                content,
                key_id,
                signature,
            ),
        )
        prev = digest


def _forge_with_own_key(path: Path, user: str) -> None:
    """File a key of one's own under ``user``, change a case, and sign the change with it."""
    import base64

    from casedesk.storage.signing import new_signing_key
    from casedesk.storage.tables import cases, signing_keys

    connection = _raw(path)
    key = new_signing_key()
    row = {
        "key_id": key.key_id,
        "user": user,
        "role": "owner",
        "public_key": base64.b64encode(key.public_der).decode(),
        "issued_at": "2026-01-05T10:00:00+00:00",
        "issued_by": user,
        "reason": "first key, at the first opening since records are signed",
    }
    connection.execute(
        "INSERT INTO signing_keys VALUES (:key_id,:user,:role,:public_key,:issued_at,"
        ":issued_by,:reason)",
        row,
    )
    case = dict(connection.execute("SELECT * FROM cases WHERE id = 'c2-000001'").fetchone())
    case["original_concern"] = "No concerns; the case can close."
    connection.execute(
        "UPDATE cases SET original_concern = ? WHERE id = 'c2-000001'", (case["original_concern"],)
    )
    _append_unit(
        connection,
        user,
        "Amend original concern",
        [
            (
                "signing_keys",
                key.key_id,
                content_hash(signing_keys, row),
                json.dumps({"after": row}),
            ),
            ("cases", "c2-000001", content_hash(cases, case), json.dumps({"after": {}})),
        ],
        key,
    )
    connection.commit()
    connection.close()


def test_a_key_filed_under_a_users_name_with_the_data_key_alone_signs_nothing(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    _forge_with_own_key(path, OWNER)
    problems = _problems(path)
    assert any("is signed with a key that may not sign then" in p for p in problems)


def test_a_removed_users_old_key_signs_nothing_after_the_removal(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, kdf=FLOOR)
    old_keys = (path / "keys.json").read_bytes()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.remove_user("Jo Worker")
    (path / "keys.json").write_bytes(old_keys)  # Jo kept a copy of the key file
    with (
        CaseFile.open(path, WORKER_PASSPHRASE) as jo,
        jo.transaction("Amend original concern") as work,
    ):
        work.amend_columns("cases", "c2-000001", {"original_concern": "Closed"}, "done")
    problems = _problems(path)
    assert any("Jo Worker had been removed" in p for p in problems)


def test_empty_text_is_not_nothing_a_record_hidden_that_way_is_named(
    make_case_file: Maker,
) -> None:
    path, _ = make_case_file()
    connection = _raw(path)
    entry = connection.execute("SELECT id FROM chronology_entries LIMIT 1").fetchone()[0]
    connection.execute("UPDATE chronology_entries SET entered_in_error = '' WHERE id = ?", (entry,))
    connection.commit()
    connection.close()
    problems = _problems(path)
    assert any(f"chronology entry {entry} was changed outside CaseDesk" in p for p in problems)


def test_a_lowered_schema_version_is_refused_plainly_and_named_by_check(
    make_case_file: Maker,
) -> None:
    from casedesk.domain.errors import DamagedCaseFileError

    path, _ = make_case_file()
    connection = _raw(path)
    connection.execute("UPDATE meta SET value = '11' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    with pytest.raises(DamagedCaseFileError, match="schema version was changed outside"):
        CaseFile.open(path, PASSPHRASE)
    with CaseFile.open(path, PASSPHRASE, read_only=True, allow_older=True) as case_file:
        report = case_file.check()
    assert any("schema version was changed outside CaseDesk" in p for p in report.problems)


def test_a_signing_key_deleted_from_the_key_file_is_not_replaced_quietly(
    make_case_file: Maker,
) -> None:
    from casedesk.domain.errors import DamagedCaseFileError

    path, _ = make_case_file()
    document = json.loads((path / "keys.json").read_text())
    for slot in document["slots"]:
        slot.pop("signing", None)
    document.pop("checksum")
    from casedesk.storage.keyslots import canonical_json

    document["checksum"] = "sha256:" + hashlib.sha256(canonical_json(document)).hexdigest()
    (path / "keys.json").write_text(json.dumps(document))
    with pytest.raises(DamagedCaseFileError, match="signing key of Sam Worker is missing"):
        CaseFile.open(path, PASSPHRASE)


def test_a_user_removed_and_added_again_signs_with_a_new_key(make_case_file: Maker) -> None:
    path, _ = make_case_file()
    with CaseFile.open(path, PASSPHRASE) as case_file:
        case_file.add_user("Jo Worker", "worker", WORKER_PASSPHRASE, kdf=FLOOR)
        case_file.remove_user("Jo Worker")
        case_file.add_user("Jo Worker", "supervisor", "jo is back again passphrase", kdf=FLOOR)
    with (
        CaseFile.open(path, "jo is back again passphrase") as jo,
        jo.transaction("Amend original concern") as work,
    ):
        work.amend_columns("cases", "c2-000001", {"original_concern": "Reviewed"}, "review")
    with CaseFile.open(path, PASSPHRASE, read_only=True) as case_file:
        assert case_file.check().ok, case_file.check().problems
