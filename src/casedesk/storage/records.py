"""What one named transaction can write: records of every kind, and amendments.

``CaseFile.transaction`` hands out a ``CaseWrites``; it is the only way to change a case
file. Every write goes through the unit of work, so each is audited, and nothing is ever
deleted (records are evidence): an amendment keeps the earlier values, a record added in
error is marked so. Rows come from the record kinds (``domain.record_kinds``); no kind is
written by code of its own here.

The unit of work stamps who made a record and when: the user who unlocked the file and
the transaction's clock, never what a caller says (an imported record keeps the
recorder its document names, since another agency recorded it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any

from sqlalchemy import select

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.cases import Case
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import CaseId, PersonId, new_id
from casedesk.domain.people import Person
from casedesk.domain.sign_offs import SignOff
from casedesk.domain.wording import translate
from casedesk.storage import tables as t
from casedesk.storage.audit import last_hash
from casedesk.storage.certificates import StoredCertificate, record_certificate
from casedesk.storage.loading import records_of, table_of
from casedesk.storage.sign_offs import SIGNING_ROLES, seal
from casedesk.storage.unit_of_work import Changes, UnitOfWork

# Fields a unit of work fills in itself: who recorded a record, and when.
_STAMPS = ("recorded_by", "recorded_at")


class CaseWrites:
    """The writes of one named transaction (see the module notes)."""

    def __init__(self, work: UnitOfWork, role: str = "", file_id: str = "") -> None:
        self._work = work
        self._role = role
        self._file_id = file_id

    @property
    def changes(self) -> Changes:
        """What the transaction changed so far (kind name -> ids)."""
        return self._work.changes

    @property
    def actor(self) -> str:
        """The user who unlocked the file."""
        return self._work.actor

    @property
    def now(self) -> str:
        """The transaction's time (ISO 8601, UTC, to the second)."""
        return self._work.now

    def text_indexed_at_end(self) -> AbstractContextManager[None]:
        """For a bulk write: the chronology entries added inside are indexed for search
        in one statement as the block ends (still inside this transaction)."""
        return self._work.text_indexed_at_end()

    # -- adding ---------------------------------------------------------------------------

    def add(self, kind: k.RecordKind, records: Iterable[Any], imported: bool = False) -> int:
        """Add records of one kind; return how many. Who recorded them and when are
        stamped, except that ``imported`` records keep what their document says."""
        stamps = [f.column_name for f in kind.fields if f.attr in _STAMPS]

        def rows() -> Iterable[dict[str, Any]]:
            for record in records:
                row = k.to_row(kind, record)
                if kind.id_prefix and not row.get("id"):
                    row["id"] = new_id(kind.id_prefix)  # a new record is given its id here
                for column in stamps:
                    if not imported or not row.get(column):
                        row[column] = self.actor if column == "recorded_by" else self.now
                yield row

        return self._work.insert_many(table_of(kind), rows())

    def add_cases(
        self,
        cases: Iterable[Case],
        people: Iterable[Person],
        members: Mapping[CaseId, list[PersonId]],
        imported: bool = False,
    ) -> None:
        """Add cases, their people and who belongs to which case."""
        self.add(k.PEOPLE, people, imported)
        self.add(k.CASE, cases, imported)
        self._work.insert_many(
            t.case_people,
            (
                {"case_id": case, "person_id": person}
                for case, ids in members.items()
                for person in ids
            ),
        )

    def add_case_record(self, record: CaseRecord, known_people: set[str]) -> None:
        """Write a whole imported case record; people already in the file
        (``known_people``) are linked, not written again."""
        new_people = [p for p in record.people if p.id not in known_people]
        members = {record.case.id: [p.id for p in record.people]}
        self.add_cases([record.case], new_people, members, imported=True)
        for kind in k.CASE_RECORD_KINDS:
            if kind is not k.PEOPLE and kind.importable:
                self.add(kind, getattr(record, kind.record_field), imported=True)

    def add_sign_off(self, sign_off: SignOff) -> SignOff:
        """Seal a sign-off with this unit's author's own key (their name, role, key and the
        audit chain's head filled in) and record it. Only a supervisor's (or the owner's)
        unit of work can: anyone else's is refused here, and would not verify anyway."""
        key = self._work.signer
        if self._role not in SIGNING_ROLES or key is None:
            raise CaseDeskError(
                translate(
                    "records",
                    "{user} is not a supervisor: only a supervisor (or the case file's owner) "
                    "can sign off, with their own passphrase.",
                ).format(user=self.actor)
            )
        head = self._work.read(last_hash)
        if not sign_off.id:  # its id is signed too, so it is given before sealing
            sign_off = replace(sign_off, id=new_id(k.SIGN_OFFS.id_prefix))
        sealed = seal(sign_off, key, self._file_id, head, self.actor, self._role)
        self.add(k.SIGN_OFFS, [sealed])
        return sealed

    def file_certificate(self, stored: StoredCertificate, reason: str) -> None:
        """File (or replace) a user's certificate for their signing key."""
        record_certificate(self._work, stored, reason)

    def link_person(self, case_id: str, person_id: str) -> None:
        """Add an existing person to another case (a sibling's, say)."""
        self._work.insert(t.case_people, {"case_id": case_id, "person_id": person_id})

    def add_person(self, case_id: str, person: Person) -> None:
        """Add a new person and put them in a case."""
        self.add(k.PEOPLE, [person])
        self.link_person(case_id, person.id)

    def add_categories(self, names: Iterable[str]) -> None:
        """Add chronology categories to the case file's list."""
        self._work.insert_many(
            t.categories, ({"name": n, "added_by": self.actor, "added_at": self.now} for n in names)
        )

    def records(self, kind: k.RecordKind, case_id: str) -> list[Any]:
        """A case's shown records of one kind as they stand inside this unit of work."""
        return self._work.read(lambda connection: records_of(connection, kind, case_id, None))

    def set_setting(self, key: str, value: str, reason: str) -> None:
        """Set one of the case file's own settings; the change is audited like any other."""
        name = f"setting:{key}"
        if self._work.scalars(select(t.meta.c.key).where(t.meta.c.key == name)):
            self._work.amend(t.meta, name, {"value": value}, reason)
        else:
            self._work.insert(t.meta, {"key": name, "value": value}, reason)

    # -- amending -------------------------------------------------------------------------

    def amend(self, kind: k.RecordKind, old: Any, new: Any, reason: str) -> dict[str, Any]:
        """Amend a stored record from ``old`` to ``new``; return the columns changed
        (empty: nothing changed, nothing written). The earlier values are audited."""
        record_id = k.record_key(kind, old)
        if record_id is None:
            raise KeyError(f"{kind.what} not stored yet")  # i18n: programming error
        changed = k.changed_columns(kind, old, new)
        if changed:
            self._work.amend(table_of(kind), record_id, changed, reason)
        return changed

    def amend_columns(
        self, kind_name: str, record_id: str, values: Mapping[str, Any], reason: str
    ) -> dict[str, Any]:
        """Set columns of one record (undo and redo put back what an amendment
        changed); return the earlier values."""
        return self._work.amend(t.metadata.tables[kind_name], record_id, values, reason)

    def mark_entered_in_error(self, kind_name: str, record_id: str, reason: str) -> None:
        """Hide a record added in error (it is kept, marked, never deleted)."""
        self.amend_columns(kind_name, record_id, {"entered_in_error": reason}, reason)

    def clear_entered_in_error(self, kind_name: str, record_id: str, reason: str) -> None:
        """Show again a record that was marked entered in error (redo of its addition)."""
        self.amend_columns(kind_name, record_id, {"entered_in_error": None}, reason)

    def merge_person(self, keep: Person, duplicate: Person, reason: str) -> None:
        """Point every record of ``duplicate`` at ``keep``, add ``duplicate`` to ``keep``'s
        cases, and mark ``duplicate`` as merged (its row stays). Each change is an audited
        amendment with ``reason``."""
        work = self._work
        for kind in k.ALL_KINDS:
            table = table_of(kind)
            for f in k.person_fields(kind):
                column = table.c[f.column_name]
                for row_id in work.scalars(select(table.c.id).where(column == duplicate.id)):
                    work.amend(table, str(row_id), {f.column_name: keep.id}, reason)
        entries = t.chronology_entries
        for row in work.rows(
            select(entries.c.id, entries.c.people).where(entries.c.people.contains(duplicate.id))
        ):
            people = str(row.people).split()
            if duplicate.id not in people:
                continue  # LIKE matched a longer id that merely contains this one
            ids = [keep.id if p == duplicate.id else p for p in people]
            work.amend(entries, str(row.id), {"people": " ".join(dict.fromkeys(ids))}, reason)
        links = t.case_people.c
        keep_cases = set(work.scalars(select(links.case_id).where(links.person_id == keep.id)))
        for case_id in work.scalars(select(links.case_id).where(links.person_id == duplicate.id)):
            if case_id not in keep_cases:
                self.link_person(str(case_id), keep.id)
        aliases = list(keep.aliases)
        # A name the duplicate had (not the placeholder shown for none, in any language).
        known = (duplicate.display_name,) if duplicate.name_known else ()
        for name in (*known, *duplicate.aliases):
            if name not in aliases and name != keep.display_name:
                aliases.append(name)
        if aliases != list(keep.aliases):
            changed = k.changed_columns(k.PEOPLE, keep, replace(keep, aliases=tuple(aliases)))
            work.amend(t.people, keep.id, changed, reason)
        work.amend(t.people, duplicate.id, {"merged_into": keep.id}, reason)

    def place_person(
        self, case_id: str, diagram: str, person_id: str, at: tuple[float, float] | None
    ) -> None:
        """Keep where a worker put a person on a diagram (None: back to automatic layout)."""
        key = f"{case_id}:{diagram}:{person_id}"
        x, y = at if at is not None else (None, None)
        positions = t.diagram_positions
        found = list(self._work.scalars(select(positions.c.id).where(positions.c.id == key)))
        if not found:
            if at is not None:
                self._work.insert(
                    positions,
                    {
                        "id": key,
                        "case_id": case_id,
                        "diagram": diagram,
                        "person_id": person_id,
                        "x": x,
                        "y": y,
                    },
                )
        else:
            reason = (
                translate("records", "moved on the diagram")
                if at is not None
                else translate("records", "laid out automatically again")
            )
            self._work.amend(positions, key, {"x": x, "y": y}, reason)
