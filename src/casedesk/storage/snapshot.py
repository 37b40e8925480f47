"""What one read of a case file can see: records and summaries, never a connection.

``CaseStore.read()`` hands out a ``Snapshot`` over one connection; services read only
through it, so nothing above storage sees SQL, tables or columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import PersonId
from casedesk.domain.people import Person
from casedesk.domain.sign_offs import SignOff
from casedesk.domain.wording import translate
from casedesk.storage import certificates as certs
from casedesk.storage import loading, queries
from casedesk.storage import tables as t
from casedesk.storage.as_recorded import case_record_as_recorded
from casedesk.storage.oversight_queries import (
    CaseOversightRow,
    actors_of,
    last_seqs,
    oversight_from,
    oversight_rows,
)
from casedesk.storage.queries import CaseSummaryRow, HistoryRow, OpenItem
from casedesk.storage.sign_offs import verify_sign_offs


class Snapshot:
    """Reads of one open case file (see the module notes)."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def _case_id(self, reference: str) -> str:
        """The id of the case with this reference, or refused in one sentence."""
        case_id = loading.find_case_id(self._connection, reference)
        if case_id is None:
            raise CaseDeskError(
                translate("snapshot", "There is no case with the reference '{reference}'.").format(
                    reference=reference
                )
            )
        return case_id

    def case_record(self, reference: str, with_chronology: bool = True) -> CaseRecord:
        """The whole record of the case with this reference."""
        return loading.load_case_record(self._connection, self._case_id(reference), with_chronology)

    def read_case_page(self, reading: loading.CaseReading, rest: bool = False) -> CaseRecord | None:
        """The next page of a case read a page at a time (``loading.CaseReading``;
        ``rest``: all that is left): its record once the last page is read, None
        before."""
        return reading.step(self._connection, self.last_change(), self._case_id, rest)

    def last_change(self) -> int:
        """The number of the newest entry in the audit trail: every change writes one."""
        return int(self._connection.execute(select(func.max(t.audit_log.c.seq))).scalar() or 0)

    def case_record_as_recorded(self, reference: str, moment: str) -> CaseRecord | None:
        """The case's record as it was at ``moment`` (ISO, UTC), rebuilt from the audit
        trail; None when it had not been recorded yet."""
        return case_record_as_recorded(self._connection, self._case_id(reference), moment)

    def oversight_rows(self, plan_categories: Sequence[str] = ()) -> list[CaseOversightRow]:
        """Every open case's last supervision, and assessments and its latest plan
        awaiting sign-off."""
        children = queries.children_of_cases(self._connection)
        return oversight_rows(self._connection, children, plan_categories)

    def oversight_from(self) -> date | None:
        """The day the file began to record sign-offs."""
        return oversight_from(self._connection)

    def last_seqs(
        self, records: set[tuple[str, str]], action: str = ""
    ) -> dict[tuple[str, str], int]:
        """The newest audit entry of each record (of that action, if given)."""
        return last_seqs(self._connection, records, action)

    def actors_of(self, records: set[tuple[str, str]]) -> set[str]:
        """Everyone the audit trail shows making or changing any of ``records``."""
        return actors_of(self._connection, records)

    def verify_sign_offs(self, file_id: str, sign_offs: list[SignOff]) -> dict[str, str]:
        """For each sign-off, "" when its signature holds, else why not."""
        return verify_sign_offs(self._connection, file_id, sign_offs)

    def certificate(self, key_id: str) -> certs.StoredCertificate | None:
        """The certificate filed for a signing key, if any."""
        return certs.read_certificate(self._connection, key_id)

    def certificates(self) -> list[certs.StoredCertificate]:
        """Every user's certificate in the file."""
        return certs.all_certificates(self._connection)

    def public_keys(self) -> list[certs.PublicKey]:
        """Every public signing key the file has issued (a summary's signer is matched to
        a user of the file by their key)."""
        return certs.public_keys(self._connection)

    def case_id(self, reference: str) -> str | None:
        """The id of the case with this reference, if there is one."""
        return loading.find_case_id(self._connection, reference)

    def records(self, kind: k.RecordKind, case_id: str, keys: list[str] | None = None) -> list[Any]:
        """A case's shown records of one kind (only those with ``keys``, if given)."""
        return loading.records_of(self._connection, kind, case_id, keys)

    def entry_ids_on(self, case_id: str, day: date) -> list[str]:
        """A case's entries on one day, in the order the chronology lists them."""
        return loading.entry_ids_on(self._connection, case_id, day)

    def case_references(self) -> list[str]:
        """Every case reference, sorted."""
        return loading.case_references(self._connection)

    def case_summaries(self, today: date | None = None) -> list[CaseSummaryRow]:
        """Every case with its counts, for the case list."""
        return queries.case_summaries(self._connection, today)

    def search_entries(self, case_id: str, text: str) -> set[str]:
        """Ids of a case's entries matching every word of ``text``."""
        return queries.search_entries(self._connection, case_id, text)

    def person(self, person_id: str) -> Person:
        """One person as stored now."""
        return loading.load_person(self._connection, person_id)

    def all_people(self) -> list[Person]:
        """Everyone in the file who is shown (not merged away, not entered in error)."""
        return loading.all_people(self._connection)

    def custom_categories(self) -> list[str]:
        """The chronology categories this file added, in the order they were added."""
        return loading.custom_categories(self._connection)

    def diagram_positions(self, case_id: str, diagram: str) -> dict[PersonId, tuple[float, float]]:
        """Where people were placed by hand on one of a case's diagrams."""
        return loading.diagram_positions(self._connection, case_id, diagram)

    def existing_values(self, kind: k.RecordKind, attr: str, values: list[str]) -> set[str]:
        """Which of ``values`` a field of a kind already holds (import conflicts)."""
        return loading.existing_values(self._connection, kind, attr, values)

    def open_items(self, due_by: date | None = None) -> list[OpenItem]:
        """Every open deadline and action of every open case (due by ``due_by``)."""
        return queries.open_items(self._connection, due_by=due_by)

    def setting(self, key: str) -> str | None:
        """One of the case file's own settings (its region, its closure days), or None."""
        return self._connection.execute(
            select(t.meta.c.value).where(t.meta.c.key == f"setting:{key}")
        ).scalar()

    def records_history(self, records: set[tuple[str, str]]) -> list[HistoryRow]:
        """Every change to any of ``records`` ((kind, id) pairs), oldest first."""
        return queries.records_history(self._connection, records)

    def history(self, kind_name: str, record_id: str) -> list[HistoryRow]:
        """Every audited change to one record, oldest first."""
        return queries.record_history(self._connection, kind_name, record_id)
