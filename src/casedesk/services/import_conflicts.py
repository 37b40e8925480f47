"""Where a document being imported would collide with what the case file already holds
(``CaseFile.import_document`` refuses it, listing every collision, before anything is
written)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.wording import translate

if TYPE_CHECKING:
    from casedesk.services.store import Snapshot


def import_conflicts(snapshot: Snapshot, records: list[CaseRecord]) -> list[str]:
    """Problems where the document would collide with what the file already holds: a case
    reference, or the id of any record with an id of its own (people are linked instead).
    The file is asked once per kind for the whole document (it was once per kind and
    case: 3,200 queries for 200 cases)."""
    checks: list[tuple[k.RecordKind, str, Callable[[CaseRecord], list[str]], str]] = [
        (
            k.CASE,
            "reference",
            lambda r: [r.case.reference],
            translate("case_file", "a case with this reference"),
        ),
        (k.CASE, "id", lambda r: [r.case.id], translate("case_file", "a case with this id")),
    ]
    for kind in k.CASE_RECORD_KINDS:
        if kind.key_attr == "id" and kind is not k.PEOPLE:
            what = (
                translate("case_file", "an {kind} id").format(kind=kind.what)
                if kind.what[0] in "aeiou"
                else translate("case_file", "a {kind} id").format(kind=kind.what)
            )
            checks.append((kind, "id", _ids_of(kind.record_field), what))
    held = [
        snapshot.existing_values(kind, attr, [v for r in records for v in values_of(r)])
        for kind, attr, values_of, _what in checks
    ]
    found: list[str] = []
    for index, record in enumerate(records):
        for (_kind, _attr, values_of, what), clashes in zip(checks, held, strict=True):
            for clash in sorted(clashes.intersection(values_of(record))):
                found.append(
                    translate(
                        "case_file",
                        "/cases/{index}: {what} ('{clash}') is already in the case file",
                    ).format(index=index, what=what, clash=clash)
                )
    return found


def _ids_of(field: str) -> Callable[[CaseRecord], list[str]]:
    """The ids of a case record's records of one kind (its ``field``)."""
    return lambda record: [str(r.id) for r in getattr(record, field)]
