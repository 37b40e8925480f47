"""What ``check`` verifies of the records themselves: every current row against the content
hash its last audit record carries, every signature against the key of the user named, and
that the signed chain still reaches the heads this machine has seen.

A row changed, added or removed with the data key but outside CaseDesk no longer matches
its audit record; an audit record re-hashed to match is no longer covered by a valid
signature of its author (only their passphrase opens their key); a chain cut short at the
end leaves rows no signature covers, or loses a head a signature once covered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, func, select

from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.storage import tables as t
from casedesk.storage.audit import (
    GENESIS,
    RETIRED_COLUMNS,
    AuditWriter,
    _digest,
    _fields,
    content_columns,
    signed_digest,
    signed_from,
    stored_content_hashes,
)
from casedesk.storage.signing import Verifier

if TYPE_CHECKING:
    from casedesk.storage.migrations import Rewrite

# The tables whose rows are records (the audit trail itself is verified as a chain).
SETTING_PREFIX = "setting:"
# Record kinds only a supervisor (or the owner) may sign: a sign-off by anyone else is
# not one. (Sign-offs arrive with "Assessments, supervision..."; the rule is here now.)
SUPERVISOR_ONLY = {"sign_offs": ("supervisor", "owner")}
WHAT = {
    "chronology_entries": QT_TRANSLATE_NOOP("integrity", "chronology entry"),
    "cases": QT_TRANSLATE_NOOP("integrity", "case"),
    "people": QT_TRANSLATE_NOOP("integrity", "person"),
    "meta": QT_TRANSLATE_NOOP("integrity", "setting"),
}


def signing_expected(connection: Connection) -> bool:
    """True when the file's records are signed (schema 12 on): its signing keys' table is
    there, whatever ``meta`` says."""
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signing_keys'"
    ).first()
    return found is not None


def current_users(connection: Connection) -> dict[str, str]:
    """The file's users not removed: folded name -> role."""
    return {
        str(row.name).casefold(): str(row.role)
        for row in connection.execute(select(t.users).where(t.users.c.removed_at.is_(None)))
    }


def verified_tables() -> list[Table]:
    """Every table of records (not the audit trail)."""
    return [table for table in t.metadata.sorted_tables if table is not t.audit_log]


def _rows(
    connection: Connection, table: Table, only: set[str] | None = None
) -> Iterator[tuple[str, str]]:
    """Each record of ``table`` (or of those named ``only``) as (how the audit trail names
    it, its content hash)."""
    # The driver's own cursor: SQLAlchemy's result adds a call per row, and a large file
    # has 150,000 rows to read here.
    raw = connection.connection.dbapi_connection
    assert raw is not None
    # A file of an earlier version (``check`` reads one as it is) may lack a table or a
    # column of this version: a column it lacks holds no content, so no hash changes.
    present = {row[1] for row in raw.execute(f"PRAGMA table_info({table.name})")}
    if not present:
        return
    names = [name for name in content_columns(table) if name in present]
    names += [c[0] for c in RETIRED_COLUMNS.get(table.name, ()) if c[0] in present]
    keys = ["id"] if "id" in table.c else [column.name for column in table.primary_key.columns]
    at = [names.index(k) for k in keys]
    select_all = f"SELECT {', '.join(names)} FROM {table.name}"  # noqa: S608 - schema names
    rows: list[tuple[Any, ...]] = []
    if only is not None and len(keys) == 1:
        wanted = sorted(only)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows += raw.execute(f"{select_all} WHERE {keys[0]} IN ({marks})", chunk).fetchall()
    else:
        rows = list(raw.execute(select_all))
    if table is t.meta:  # the schema version and file id are the upgrade's own
        rows = [r for r in rows if str(r[names.index("key")]).startswith(SETTING_PREFIX)]
    for values, digest in zip(rows, stored_content_hashes(table, rows, names), strict=True):
        yield ":".join(str(values[i]) for i in at), digest


def sign_content_as_it_stands(connection: Connection, audit: AuditWriter) -> int:
    """Append, for every record, its content hash as it stands (the upgrade to signed
    records: what was made before is vouched for by whoever upgrades). Returns how many."""
    count = 0
    for table in verified_tables():
        for key, digest in _rows(connection, table):
            audit.append(
                table.name,
                key,
                None,
                None,
                translate(
                    "integrity",
                    "made before records were signed; its content as it stood at the upgrade",
                ),
                digest,
            )
            count += 1
    return count


def append_rewrites(
    connection: Connection, audit: AuditWriter, rewrites: Sequence[Rewrite]
) -> None:
    """Append each record an upgrade step changed, with its content hash as it now stands
    (so the record matches its newest audit entry, and its history says what changed)."""
    tables = {table.name: table for table in verified_tables()}
    for rewrite in rewrites:
        found = dict(_rows(connection, tables[rewrite.table], {rewrite.key}))
        audit.append(
            rewrite.table,
            rewrite.key,
            rewrite.before,
            rewrite.after,
            rewrite.reason,
            found[rewrite.key],
        )


@dataclass
class IntegrityReport:
    """What the verification found: plain sentences, each naming where."""

    problems: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    # The problems that name one audit entry (the trail's own), apart from those of the
    # records, so the check can say which is which in any language.
    entries: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Key:
    user: str
    role: str
    public: str


def _where(record_type: str, record_id: str) -> str:
    what = WHAT.get(record_type)
    if what is None:
        words = record_type.replace("_", " ")
        what = words[:-3] + "y" if words.endswith("ies") else words.removesuffix("s")
    else:
        what = translate("integrity", what)
    if record_type == "meta":
        record_id = record_id.removeprefix(SETTING_PREFIX)
    return translate("integrity", "{what} {id}").format(what=what, id=record_id)


@dataclass(frozen=True)
class _Row:
    seq: int
    actor: str
    action: str
    record_type: str
    key_id: str
    record_id: str = ""
    change: str = ""  # kept only for the rows that issue keys, add users or remove them


KEY_ROWS = {"signing_keys", "users", "case_file"}


class _Keys:
    """Which signing keys may sign, from the order the audit trail issued them in.

    A key is valid from the unit of work that issued it until a later key is issued to the
    same user, or the user is removed. It is issued by a valid owner's (or the recovery
    key's) key; or by itself only when it is the first key of the file (its creation) or,
    in a file upgraded from before records were signed, the first key of a user the file
    has (in its ``users``, with that role, not removed), at their first opening. A key in
    ``signing_keys`` issued any other way (filed there with the data key alone) signs
    nothing.
    """

    def __init__(
        self,
        table: dict[str, _Key],
        upgraded: bool,
        report: IntegrityReport,
        users: dict[str, str] | None = None,
    ) -> None:
        self.table = table
        self.upgraded = upgraded
        # In an upgraded file, who may issue themselves a first key: the users the file
        # has (folded name -> role; their rows are verified against the audit trail).
        self.users = users or {}
        self.report = report
        self.valid: dict[str, _Key] = {}
        self.current: dict[str, str] = {}  # user (folded) -> their valid key id
        self.removed: set[str] = set()
        self.first_unit = True

    def signer(self, key_id: str, rows: list[_Row]) -> _Key | None:
        """The key that signs this unit, if it may; issue the keys the unit issues."""
        issues = [r for r in rows if r.record_type == "signing_keys"]
        key = self.valid.get(key_id)
        self_issued = key is None and any(r.record_id == key_id for r in issues)
        if self_issued:
            candidate = self.table.get(key_id)
            creating = self.first_unit and any(
                r.record_type == "case_file" and '"owner"' in r.change for r in rows
            )
            first_of_user = (
                candidate is not None
                and candidate.user.casefold() not in self.current
                and candidate.user.casefold() not in self.removed
                and self.upgraded
                # a user of the file with that very role (the recovery key's holder can
                # do anything the key allows already)
                and (
                    candidate.role == "recovery"
                    or self.users.get(candidate.user.casefold()) == candidate.role
                )
            )
            if candidate is not None and (creating or first_of_user):
                key = candidate
                self._issue(key_id, candidate)
        self.first_unit = False
        if key is None:
            return None
        for row in issues:
            if row.record_id != key_id:
                issued = self.table.get(row.record_id)
                if issued is None:
                    continue
                if key.role in ("owner", "recovery"):
                    self._issue(row.record_id, issued)
                else:
                    self.report.entries.append(
                        translate(
                            "integrity",
                            "audit entry {seq}: a signing key for {user} issued by {issuer}, "
                            "who may not issue keys: it signs nothing",
                        ).format(seq=row.seq, user=issued.user, issuer=key.user)
                    )
        for row in rows:
            if row.record_type == "users" and row.change:
                after = json.loads(row.change).get("after") or {}
                if after.get("removed_at"):
                    self._remove(row.record_id)
        return key

    def _issue(self, key_id: str, key: _Key) -> None:
        user = key.user.casefold()
        old = self.current.get(user)
        if old is not None:
            self.valid.pop(old, None)  # a newer key replaces it from here on
        self.valid[key_id] = key
        self.current[user] = key_id
        self.removed.discard(user)

    def _remove(self, user: str) -> None:
        old = self.current.pop(user.casefold(), None)
        if old is not None:
            self.valid.pop(old, None)
        self.removed.add(user.casefold())


_AUDIT_COLUMNS = (
    "seq, at, actor, action, record_type, record_id, change, prev_hash, hash, "  # i18n: SQL
    "content_hash, key_id, signature"
)


def verify_records(
    connection: Connection, anchors: Sequence[tuple[int, str]] = ()
) -> IntegrityReport:
    """Verify the chain, the signatures, every record's content and the anchors, in one
    pass over the audit trail (raw rows: a 100,000-entry file has 150,000 of them)."""
    report = IntegrityReport()
    keys = {
        row.key_id: _Key(row.user, row.role, row.public_key)
        for row in connection.execute(select(t.signing_keys))
    }
    first = signed_from(connection) or 0
    if first == 0 and signing_expected(connection):
        report.problems.append(
            translate(
                "integrity",
                "the case file's record of where signed audit entries begin was removed outside "
                "CaseDesk (meta signed_from_seq): no signature can be trusted until it is "
                "restored from a backup",
            )
        )
    issuing = _Keys(keys, first > 1, report, current_users(connection))
    verifier = Verifier()
    last: dict[tuple[str, str], tuple[int, str]] = {}
    unsigned: list[_Row] = []
    signatures = units = 0
    hashes: dict[int, str] = {}
    expected_prev, expected_seq = GENESIS, 1
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor = raw.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log ORDER BY seq")  # noqa: S608
    for (
        seq,
        at,
        actor,
        action,
        record_type,
        record_id,
        change,
        prev_hash,
        digest,
        content,
        key_id,
        signature,
    ) in cursor:
        if seq != expected_seq:
            report.entries.append(
                translate("audit", "audit entry {seq} is missing (next found: {found})").format(
                    seq=expected_seq, found=seq
                )
            )
        if prev_hash != expected_prev:
            report.entries.append(
                translate("audit", "audit entry {seq} does not follow the one before it").format(
                    seq=seq
                )
            )
        if seq >= first:
            actual = signed_digest(
                seq, at, actor, action, record_type, record_id, change, prev_hash, content, key_id
            )
        else:
            actual = _digest(
                {
                    "seq": seq,
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "record_type": record_type,
                    "record_id": record_id,
                    "change": change,
                    "prev_hash": prev_hash,
                }
            )
        if actual != digest:
            report.entries.append(
                translate("audit", "audit entry {seq} was changed after it was written").format(
                    seq=seq
                )
            )
        expected_prev, expected_seq = digest, seq + 1
        hashes[seq] = digest
        if seq < first:
            continue  # made before records were signed: kept, and only chained
        last[(record_type, record_id)] = (seq, content)
        row = _Row(
            seq,
            actor,
            action,
            record_type,
            key_id,
            record_id,
            change if record_type in KEY_ROWS else "",
        )
        if not signature:
            unsigned.append(row)
            continue
        units += 1
        known = keys.get(key_id)
        key = issuing.signer(key_id, [*unsigned, row])
        if known is None:
            report.entries.append(
                translate(
                    "integrity",
                    "audit entry {seq} ({action}) is signed with a key the case file does not know",
                ).format(seq=seq, action=action)
            )
        elif known.user.casefold() != actor.casefold():
            report.entries.append(
                translate(
                    "integrity",
                    "audit entry {seq} ({action}, by {actor}) is signed with {user}'s key, "
                    "not {actor}'s",
                ).format(seq=seq, action=action, actor=actor, user=known.user)
            )
        elif key is None:
            report.entries.append(
                translate(
                    "integrity",
                    "audit entry {seq} ({action}, by {actor}) is signed with a key that may not "
                    "sign then: never issued by the owner, replaced by a newer key of "
                    "{user}'s, or {user} had been removed",
                ).format(seq=seq, action=action, actor=actor, user=known.user)
            )
        elif not verifier.verify(key.public, signature, bytes.fromhex(digest)):
            report.entries.append(
                translate(
                    "integrity",
                    "audit entry {seq} ({action}, by {actor}): its signature does not verify "
                    "(the entry, or one before it, was changed after it was signed)",
                ).format(seq=seq, action=action, actor=actor)
            )
        else:
            signatures += 1
        for covered in [*unsigned, row]:
            if covered.actor != row.actor or covered.key_id != row.key_id:
                report.entries.append(
                    translate(
                        "integrity",
                        "audit entry {seq} ({action}, by {actor}) is not covered by a signature "
                        "of its author (the next signed entry, {next}, is {signer}'s)",
                    ).format(
                        seq=covered.seq,
                        action=covered.action,
                        actor=covered.actor,
                        next=row.seq,
                        signer=row.actor,
                    )
                )
            allowed = SUPERVISOR_ONLY.get(covered.record_type)
            if allowed and (key is None or key.role not in allowed):
                report.entries.append(
                    translate(
                        "integrity",
                        "audit entry {seq}: a {what} recorded by {actor}, who is not a "
                        "supervisor, is not a sign-off",
                    ).format(
                        seq=covered.seq,
                        what=_where(covered.record_type, "").strip(),
                        actor=covered.actor,
                    )
                )
        unsigned = []
    if unsigned:
        if len(unsigned) == 1:
            newest = translate(
                "integrity",
                "the newest 1 audit entry is (from {seq}) not signed: added outside CaseDesk, "
                "or the file was cut short",
            ).format(seq=unsigned[0].seq)
        else:
            newest = translate(
                "integrity",
                "the newest %n audit entries are (from {seq}) not signed: added outside "
                "CaseDesk, or the file was cut short",
                None,
                len(unsigned),
            ).format(seq=unsigned[0].seq)
        report.problems.append(newest)

    content_problems = 0
    seen: set[tuple[str, str]] = set()
    rows = 0
    for table in verified_tables():
        for record_id, digest in _rows(connection, table):
            rows += 1
            seen.add((table.name, record_id))
            recorded = last.get((table.name, record_id))
            if recorded is None:
                content_problems += 1
                report.problems.append(
                    translate(
                        "integrity",
                        "{record} is not in the audit trail: it was added outside CaseDesk",
                    ).format(record=_where(table.name, record_id))
                )
            elif recorded[1] and recorded[1] != digest:
                content_problems += 1
                report.problems.append(
                    translate(
                        "integrity",
                        "{record} was changed outside CaseDesk (it no longer matches audit "
                        "entry {seq})",
                    ).format(record=_where(table.name, record_id), seq=recorded[0])
                )
    for (record_type, record_id), (seq, digest) in last.items():
        if digest and (record_type, record_id) not in seen and record_type in t.metadata.tables:
            report.problems.append(
                translate(
                    "integrity",
                    "{record} was removed outside CaseDesk (audit entry {seq} recorded it)",
                ).format(record=_where(record_type, record_id), seq=seq)
            )
    for seq, digest in anchors:
        if hashes.get(seq) != digest:
            report.problems.append(
                translate(
                    "integrity",
                    "the audit trail no longer holds entry {seq} as this computer last saw it "
                    "signed: the case file was rolled back or replaced by an earlier copy",
                ).format(seq=seq)
            )
    if not report.problems and not report.entries:
        report.findings.append(
            translate(
                "integrity",
                "records: {rows} verified against their signed audit entries; "
                "{signatures} signature(s) of {units} unit(s) of work verify",
            ).format(rows=f"{rows:,}", signatures=f"{signatures:,}", units=f"{units:,}")
        )
    return report


class SignatureChecker:
    """Whether audit entries are covered by a valid signature of their author, each unit
    of work re-hashed and verified once however many of its entries are asked about."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.first = signed_from(connection)
        self._units: dict[int, tuple[bool, str]] = {}
        self._verifier = Verifier()
        self._missing: bool | None = None

    def _marker_missing(self) -> bool:
        if self._missing is None:
            self._missing = signing_expected(self.connection)
        return self._missing

    def of(self, seq: int) -> tuple[bool | None, str]:
        """(True, "signed by …, verified"), (False, why), or (None, …) for an entry made
        before records were signed."""
        if self.first is None and self._marker_missing():
            return False, translate(
                "integrity",
                "cannot be verified: where signing begins was removed outside CaseDesk",
            )
        if self.first is None or seq < self.first:
            return None, translate("integrity", "made before records were signed")
        a = t.audit_log.c
        signed_seq = self.connection.execute(
            select(func.min(a.seq)).where(a.seq >= seq, a.signature != "")
        ).scalar()
        if signed_seq is None:
            return False, translate(
                "integrity", "not signed: added outside CaseDesk, or the file was cut short"
            )
        if signed_seq not in self._units:
            self._units[signed_seq] = self._unit(signed_seq)
        return self._units[signed_seq]

    def _unit(self, signed_seq: int) -> tuple[bool, str]:
        a = t.audit_log.c
        start = self.connection.execute(
            select(func.max(a.seq)).where(a.seq < signed_seq, a.signature != "")
        ).scalar()
        start = max(int(start or 0) + 1, self.first or 1)
        rows = list(
            self.connection.execute(
                select(t.audit_log).where(a.seq >= start, a.seq <= signed_seq).order_by(a.seq)
            )
        )
        previous = rows[0].prev_hash
        for row in rows:
            if row.prev_hash != previous or _digest(_fields(row, True)) != row.hash:
                return False, translate(
                    "integrity", "changed after it was signed (audit entry {seq})"
                ).format(seq=row.seq)
            previous = row.hash
        signed = rows[-1]
        if any(row.actor != signed.actor for row in rows):
            return False, translate(
                "integrity", "not covered by a signature of its author ({signer} signed)"
            ).format(signer=signed.actor)
        key = self.connection.execute(
            select(t.signing_keys).where(t.signing_keys.c.key_id == signed.key_id)
        ).first()
        if key is None:
            return False, translate("integrity", "signed with a key the case file does not know")
        if key.user.casefold() != signed.actor.casefold():
            return False, translate("integrity", "signed with {user}'s key, not {actor}'s").format(
                user=key.user, actor=signed.actor
            )
        if not self._verifier.verify(key.public_key, signed.signature, bytes.fromhex(signed.hash)):
            return False, translate("integrity", "its signature does not verify")
        return True, translate("integrity", "signed by {user} ({role}), verified").format(
            user=key.user, role=key.role
        )


def current_content_hashes(
    connection: Connection, records: set[tuple[str, str]]
) -> dict[tuple[str, str], str | None]:
    """The content hash of each record as it stands now (None: no such record now)."""
    found: dict[tuple[str, str], str | None] = {}
    by_table: dict[str, set[str]] = {}
    for table_name, record_id in records:
        by_table.setdefault(table_name, set()).add(record_id)
    for table_name, ids in by_table.items():
        table = t.metadata.tables.get(table_name)
        if table is None or table is t.audit_log:
            continue
        for record_id, digest in _rows(connection, table, ids):
            if record_id in ids:
                found[(table_name, record_id)] = digest
        for record_id in ids:
            found.setdefault((table_name, record_id), None)
    return found


@dataclass
class SignOffTrail:
    """What the audit trail says of sign-offs and of the keys that may make them.

    ``signers``: for each sign-off record, the key id that signed its unit of work, the
    role of that key when it may sign then (else None) and the row's sequence number.
    ``last``: the newest audit row (sequence number, content hash) of each sign-off and
    each signing key, to hold their rows to. ``marker_missing``: the file's records are
    signed but where signing begins was removed, so nothing can be verified.
    """

    signers: dict[str, tuple[str, str | None, int]] = field(default_factory=dict)
    last: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    marker_missing: bool = False


def sign_off_trail(connection: Connection) -> SignOffTrail:
    """Follow the keys as ``check`` follows them (``_Keys``: a key filed with the data key
    alone, superseded or of a removed user signs nothing) through the rows that issue
    keys, add or remove users, record sign-offs, and end a unit of work."""
    first = signed_from(connection)
    if first is None:
        return SignOffTrail(marker_missing=signing_expected(connection))
    keys = {
        row.key_id: _Key(row.user, row.role, row.public_key)
        for row in connection.execute(select(t.signing_keys))
    }
    issuing = _Keys(keys, first > 1, IntegrityReport(), current_users(connection))
    raw = connection.connection.dbapi_connection
    assert raw is not None
    kinds = ", ".join(f"'{name}'" for name in (*KEY_ROWS, "sign_offs"))
    columns = (
        "seq, actor, action, record_type, record_id, change, "  # i18n: SQL column names
        "key_id, signature, content_hash"
    )

    # Two indexed reads (the rows of these kinds; each unit's signed row), not the trail.
    cursor = raw.execute(
        f"SELECT {columns} FROM audit_log WHERE record_type IN ({kinds}) AND seq >= ? "  # noqa: S608
        f"UNION SELECT {columns} FROM audit_log WHERE signature != '' AND seq >= ? "
        "ORDER BY seq",
        (first, first),
    )
    trail = SignOffTrail()
    unit: list[_Row] = []
    for seq, actor, action, record_type, record_id, change, key_id, signature, content in cursor:
        if record_type in ("sign_offs", "signing_keys"):
            trail.last[(record_type, record_id)] = (seq, content)
        if record_type in (*KEY_ROWS, "sign_offs"):
            unit.append(
                _Row(
                    seq,
                    actor,
                    action,
                    record_type,
                    key_id,
                    record_id,
                    change if record_type in KEY_ROWS else "",
                )
            )
        if not signature:
            continue
        key = issuing.signer(key_id, unit)
        for row in unit:
            if row.record_type == "sign_offs":
                trail.signers[row.record_id] = (key_id, key.role if key else None, row.seq)
        unit = []
    for row in unit:  # rows no signature covers
        if row.record_type == "sign_offs":
            trail.signers[row.record_id] = ("", None, row.seq)
    return trail
