"""Nothing written into a case file appears in plaintext anywhere on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casedesk.domain import record_kinds as k
from casedesk.domain.cases import Case, LegalStatus
from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.dates import DatePrecision, FuzzyDate
from casedesk.domain.evidence import Evidence, SourceType
from casedesk.domain.ids import CaseId, EntryId, PersonId, ProfessionalId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.relationships import HouseholdMembership, Relationship, RelationshipKind
from casedesk.domain.team import LinkStrength, Professional, Support
from casedesk.domain.timescales import Deadline
from casedesk.services.case_file import FLOOR, CaseFile

MARKERS = {
    kind: f"QZX{kind.upper()}MARKER"
    for kind in (
        "reference",
        "concern",
        "given",
        "family",
        "knownas",
        "role",
        "source",
        "household",
        "professional",
        "agency",
        "description",
        "impact",
        "action",
        "deadline",
        "amended",
        "support",
        "supportnote",
    )
}
MARKERS["unicode"] = "Zoë Ñandú QZXUNICODEMARKER"


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def leaks(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in [folder] if folder.is_file() else folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for kind, marker in MARKERS.items():
                probe = marker.split()[-1]
                if any(encoded in data for encoded in _encodings(probe)):
                    found.append(f"{kind} in {path}")
    return found


def fill_every_kind_of_record(case_file: CaseFile) -> None:
    m = MARKERS
    child = Person(
        PersonId("p1"),
        m["given"],
        m["family"],
        Sex.FEMALE,
        FuzzyDate(date(2020, 5, 1), DatePrecision.MONTH),
        known_as=m["knownas"],
    )
    adult = Person(PersonId("p2"), m["unicode"], m["family"], Sex.MALE)
    case = Case(
        CaseId("c1"),
        m["reference"],
        child.id,
        LegalStatus.CHILD_IN_NEED,
        m["concern"],
        date(2025, 1, 2),
        "Sam Worker",
    )
    entries = [
        ChronologyEntry(
            EntryId(f"e{i}"),
            case.id,
            date(2025, 1, 1 + i % 28),
            Category.HOME_VISIT,
            f"{m['description']} {i}",
            Evidence(m["source"], SourceType.SELF_REPORTED),
            "Sam Worker",
            impact_on_child=m["impact"],
            action_taken=m["action"],
        )
        for i in range(3000)
    ]
    with case_file.transaction("Add everything") as work:
        work.add_cases([case], [child, adult], {case.id: [child.id, adult.id]})
        work.add(
            k.RELATIONSHIPS,
            [
                Relationship(
                    RelationshipId("r1"),
                    RelationshipKind.SIGNIFICANT_ADULT,
                    adult.id,
                    child.id,
                    role=m["role"],
                    evidence=Evidence(m["source"]),
                )
            ],
        )
        work.add(k.HOUSEHOLDS, [HouseholdMembership(child.id, m["household"], None)])
        work.add(
            k.PROFESSIONALS,
            [
                Professional(
                    ProfessionalId("t1"),
                    case.id,
                    m["professional"],
                    m["agency"],
                    "GP",
                    date(2024, 1, 1),
                )
            ],
        )
        work.add(k.ENTRIES, entries)
        work.add(
            k.SUPPORTS,
            [Support(case.id, m["support"], "faith", LinkStrength.STRONG, note=m["supportnote"])],
        )
        work.place_person(case.id, "genogram", child.id, (12.5, 99.0))
        work.add(
            k.DEADLINES, [Deadline(case.id, m["deadline"], date(2025, 1, 1), date(2025, 3, 1))]
        )
    with case_file.transaction("Amend a concern") as work:
        work.amend_columns("cases", "c1", {"original_concern": m["amended"]}, reason="correction")
    # Sorting and full-text search use temporary storage: it must stay in memory.
    with case_file._store.connect() as connection:
        connection.exec_driver_sql(
            "SELECT description FROM chronology_entries ORDER BY description DESC, recorded_at"
        ).all()
        connection.exec_driver_sql(
            "SELECT rowid FROM chronology_fts WHERE chronology_fts MATCH 'qzxdescriptionmarker'"
        ).all()


def test_no_marker_in_the_case_file_temp_config_cache_or_log(
    tmp_path: Path, isolated_dirs: dict[str, Path]
) -> None:
    path = tmp_path / "secret.casedesk"
    backup = tmp_path / "secret.cdbackup"
    case_file, _ = CaseFile.create(path, "kettle mango violin harbour", "Sam Worker", kdf=FLOOR)
    with case_file:
        fill_every_kind_of_record(case_file)
        everywhere = [path, *isolated_dirs.values()]
        assert (path / "case.db-wal").exists(), "the WAL is scanned while it holds fresh pages"
        assert leaks(everywhere) == []
        case_file.backup(backup)
        case_file.change_passphrase("plum otter cabinet river", kdf=FLOOR)
        assert case_file.check().ok
    assert leaks([*everywhere, backup]) == []
    # Sanity: the same scan does find a marker written in plaintext.
    (isolated_dirs["log"] / "probe.log").write_text(MARKERS["concern"])
    assert leaks(everywhere) == [f"concern in {isolated_dirs['log'] / 'probe.log'}"]
