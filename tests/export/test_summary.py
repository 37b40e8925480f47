"""Signed summaries made the way a worker makes them: from a real case file, redacted,
signed with the worker's own key, checked by pyHanko and by poppler, and logged."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casedesk.domain.chronology import Category, ChronologyEntry
from casedesk.domain.consent import ConsentState
from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.errors import CaseDeskError
from casedesk.domain.evidence import Evidence, Significance, SourceType
from casedesk.domain.ids import EntryId, PersonId, RelationshipId
from casedesk.domain.people import Person, Sex
from casedesk.domain.redaction import (
    ChronologyScope,
    Redaction,
    SummaryChoices,
    SummarySection,
)
from casedesk.domain.relationships import Relationship, RelationshipKind
from casedesk.domain.wording import shown_day
from casedesk.export import pdf_signatures as sig
from casedesk.export.sharing import (
    countersign,
    import_countersigned,
    make_summary,
    verify_file,
)
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import (
    DEMO_OWNER,
    DEMO_PASSPHRASE,
    DEMO_SUPERVISOR_PASSPHRASE,
    create_demo,
)
from casedesk.services.record_editor import RecordEditor
from casedesk.services.sharing import credentials, trusted_in_file

CHINESE = ("秀英", "王")
ARABIC = ("أحمد", "الخطيب")
POLISH = ("Zofia", "Wójcik-Łęcka")
CONCERN_MARK = "Sharing-test concern"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo case file, with people named in Chinese, Arabic and Polish added to its
    first case through the record editor, and an entry marked third-party."""
    path = tmp_path_factory.mktemp("summary") / "demo.casedesk"
    create_demo(path, seed=3, cases=2, kdf=FLOOR)
    with CaseFile.open(path, DEMO_PASSPHRASE) as case_file:
        reference = case_file.case_references()[0]
        record = case_file.case_record(reference)
        editor = RecordEditor(case_file)
        for pid, (given, family), sex in (
            ("p-test-zh", CHINESE, Sex.FEMALE),
            ("p-test-ar", ARABIC, Sex.MALE),
            ("p-test-pl", POLISH, Sex.FEMALE),
        ):
            person = Person(PersonId(pid), given, family, sex)
            editor.add_person(record, person, not_a_duplicate=True)
            record = case_file.case_record(reference)
        editor.add_relationship(
            record,
            Relationship(
                RelationshipId("r-test-ar"),
                RelationshipKind.SIGNIFICANT_ADULT,
                PersonId("p-test-ar"),
                record.case.subject_child,
                role="uncle",
            ),
        )
        record = case_file.case_record(reference)
        entry = ChronologyEntry(
            id=EntryId("e-test-3p"),
            case=record.case.id,
            occurred_on=date(2026, 9, 1),
            category=Category.DISCLOSURE,
            description="A neighbour, Mrs Ingrid Thistlewood, said she hears shouting at night.",
            evidence=Evidence("Ingrid Thistlewood", SourceType.SELF_REPORTED),
            recorded_by="",
            significance=Significance.SIGNIFICANT,
            third_party=True,
        )
        editor.add_entry(record, entry)
    return path


@pytest.fixture
def case_file(prepared: Path, tmp_path: Path) -> Iterator[CaseFile]:
    copy = tmp_path / "copy.casedesk"
    shutil.copytree(prepared, copy)
    with CaseFile.open(copy, DEMO_PASSPHRASE) as opened:
        yield opened


def _reference(case_file: CaseFile) -> str:
    return case_file.case_references()[0]


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    # The text layer holds Arabic in its joined (presentation) forms: readers map them back.
    return unicodedata.normalize("NFKC", out.stdout.decode("utf-8"))


def _choices(**kwargs: object) -> SummaryChoices:
    base = SummaryChoices(recipient="Dr A. Lee, Riverside Medical Practice", purpose="GP report")
    return replace(base, **kwargs)  # type: ignore[arg-type]


def test_a_summary_is_signed_verifies_with_pyhanko_and_pdfsig_and_is_logged(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    steps: list[str] = []
    made = make_summary(case_file, _reference(case_file), _choices(), out, steps.append)
    assert "Signing" in steps and made.pages >= 3

    trusted = verify_file(out, trusted_in_file(case_file))
    assert trusted.code == sig.TRUSTED, trusted.sentence
    assert trusted.document_id == made.disclosure.document_id
    stranger = verify_file(out, [])
    assert stranger.code == sig.NOT_TRUSTED
    assert made.disclosure.fingerprint in stranger.sentence

    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in report
        assert "ECDSA" in report or "SHA-256" in report

    logged = case_file.case_record(_reference(case_file)).disclosures
    assert [d.document_id for d in logged] == [made.disclosure.document_id]
    import hashlib

    assert logged[0].sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert logged[0].recipient == "Dr A. Lee, Riverside Medical Practice"
    assert logged[0].recorded_by == DEMO_OWNER


def test_every_page_has_the_reference_document_id_and_page_x_of_y_and_the_concern(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    made = make_summary(case_file, _reference(case_file), _choices(), out)
    pages = _text(out).split("\f")[:-1]
    assert len(pages) == made.pages
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert made.disclosure.document_id in page
        assert _reference(case_file) in page
        assert DEMO_MARK in page, "a demo's printout says on every page its people are invented"
    record = case_file.case_record(_reference(case_file))
    assert record.case.original_concern.split(".")[0][:40] in " ".join(pages[0].split())
    assert "Verification" in pages[-1]
    assert made.disclosure.fingerprint[:20] in pages[-1].replace("\n", "")


def test_chinese_arabic_and_polish_names_are_in_the_text_layer(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    make_summary(case_file, _reference(case_file), _choices(), out)
    text = _text(out)
    assert "王秀英" in text.replace(" ", "") or "秀英 王" in text
    assert " ".join(POLISH) in text
    # The Arabic name reads right to left: both words, each whole.
    for word in ARABIC:
        assert word in text


def test_withheld_people_contact_details_and_entries_are_absent_from_text_metadata_and_outline(
    case_file: CaseFile, tmp_path: Path
) -> None:
    record = case_file.case_record(_reference(case_file))
    father = next(k.person for k in record.key_adults() if "father" in k.role)
    mother = next(k.person for k in record.key_adults() if "mother" in k.role)
    households = [h.household for h in record.households if h.person == mother.id]
    kept_entry = next(e for e in record.entries if not e.third_party and father.id not in e.people)
    withheld_entry = next(
        e for e in record.entries if e.id != kept_entry.id and father.id not in e.people
    )
    out = tmp_path / "summary.pdf"
    redaction = Redaction(
        people=frozenset({father.id}),
        contact_details=frozenset({mother.id}),
        entries=frozenset({withheld_entry.id}),
    )
    made = make_summary(case_file, _reference(case_file), _choices(redaction=redaction), out)
    text = _text(out)
    flat = " ".join(text.split())
    assert father.display_name not in flat and father.family_name not in flat
    assert "Thistlewood" not in flat  # third-party entry withheld by default
    assert withheld_entry.description[:50] not in flat
    assert kept_entry.description[:40] in flat or kept_entry.significance is Significance.ROUTINE
    for household in households:
        for part in household.split(","):
            if any(ch.isdigit() for ch in part):
                assert part.strip() not in flat
    info = subprocess.run(["pdfinfo", "-meta", str(out)], capture_output=True, text=True).stdout
    raw = out.read_bytes()
    for secret in (father.display_name, father.family_name, "Thistlewood"):
        assert secret not in info
        assert secret.encode("utf-8") not in raw  # outline, metadata, drawings: nowhere
    # The outline (bookmarks) names sections only.
    from pyhanko.pdf_utils.reader import PdfFileReader

    with out.open("rb") as handle:
        root = PdfFileReader(handle).root
        titles = []
        item = root["/Outlines"].get("/First")
        while item is not None:
            item = item.get_object()
            titles.append(str(item["/Title"]))
            item = item.get("/Next")
    assert "Verification" in titles and "Chronology" in titles
    assert not any(father.family_name in t for t in titles)
    assert "Withheld for sharing" in flat
    logged = made.disclosure.withheld
    assert any(father.display_name in w for w in logged)  # the log says what, by name
    assert any("third-party information" in w for w in logged)


def test_a_third_party_entry_can_be_chosen_for_inclusion(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    redaction = Redaction(third_party_included=frozenset({"e-test-3p"}))
    make_summary(case_file, _reference(case_file), _choices(redaction=redaction), out)
    assert "Thistlewood" in _text(out)


def test_sections_and_the_court_layout_are_the_workers_choice(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "court.pdf"
    choices = _choices(
        sections=(SummarySection.CHRONOLOGY,),
        scope=ChronologyScope.SIGNIFICANT,
        court_layout=True,
    )
    made = make_summary(case_file, _reference(case_file), choices, out)
    text = _text(out)
    assert "Witness or document" in text and "Event detail" in text
    assert "Key people and the genogram" not in text.split("Sections")[1][:200]
    assert "Practice flags" not in text
    assert made.disclosure.sections == (
        "Chronology",
        "chronology: significant entries, court layout",
    )


def test_a_summary_cannot_be_written_inside_the_case_file_and_nothing_is_logged(
    case_file: CaseFile,
) -> None:
    with pytest.raises(CaseDeskError, match="inside the case file"):
        make_summary(case_file, _reference(case_file), _choices(), case_file.path / "x.pdf")
    assert case_file.case_record(_reference(case_file)).disclosures == ()


def test_a_summary_needs_a_recipient_and_a_purpose(case_file: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(CaseDeskError, match="recipient"):
        make_summary(case_file, _reference(case_file), _choices(recipient=" "), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_child_cannot_be_withheld(case_file: CaseFile, tmp_path: Path) -> None:
    child = case_file.case_record(_reference(case_file)).case.subject_child
    with pytest.raises(CaseDeskError, match="child the case is about"):
        make_summary(
            case_file,
            _reference(case_file),
            _choices(redaction=Redaction(people=frozenset({child}))),
            tmp_path / "x.pdf",
        )


def test_a_supervisors_countersignature_is_recorded_on_the_case(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    made = make_summary(case_file, _reference(case_file), _choices(), out)
    supervisor = credentials(case_file, DEMO_SUPERVISOR_PASSPHRASE)
    signed = tmp_path / "countersigned.pdf"
    first = countersign(
        out, signed, supervisor, "Agreed: share with the GP.", trusted_in_file(case_file)
    )
    assert first.code == sig.TRUSTED
    both = verify_file(signed, trusted_in_file(case_file))
    assert both.code == sig.TRUSTED and len(both.signatures) == 2
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
        assert report.count("Signature is Valid") == 2

    logged = import_countersigned(case_file, signed)
    assert logged.document_id == made.disclosure.document_id
    assert logged.countersigned_by == supervisor.user
    assert logged.countersign_comment == "Agreed: share with the GP."
    record = case_file.case_record(_reference(case_file))
    assert any(
        s.supervisor == supervisor.user and made.disclosure.document_id in s.decisions
        for s in record.supervisions
    )
    assert any(
        e.category == Category.SUPERVISION and made.disclosure.document_id in e.description
        for e in record.entries
    )
    with pytest.raises(CaseDeskError, match="already recorded"):
        import_countersigned(case_file, signed)


def test_a_worker_cannot_countersign_and_a_changed_summary_is_not_countersigned(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    make_summary(case_file, _reference(case_file), _choices(), out)
    supervisor = credentials(case_file, DEMO_SUPERVISOR_PASSPHRASE)
    with pytest.raises(CaseDeskError, match=r"You signed|someone else"):
        countersign(out, tmp_path / "self.pdf", credentials(case_file), "ok")
    changed = tmp_path / "changed.pdf"
    data = bytearray(out.read_bytes())
    at = data.index(b"/Type /Page") + 2
    data[at] = ord("X")
    changed.write_bytes(bytes(data))
    with pytest.raises(CaseDeskError, match="Not countersigned"):
        countersign(changed, tmp_path / "c.pdf", supervisor, "ok")
    assert not (tmp_path / "c.pdf").exists()


def test_the_health_check_is_an_optional_section_checked_on_the_record_as_shared(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "health.pdf"
    record = case_file.case_record(_reference(case_file))
    father = next(k.person for k in record.key_adults() if "father" in k.role)
    choices = _choices(
        sections=(SummarySection.HEALTH,), redaction=Redaction(people=frozenset({father.id}))
    )
    make_summary(case_file, _reference(case_file), choices, out)
    text = " ".join(_text(out).split())
    assert "Case health check" in text and "checks fail" in text
    assert "Is a father recorded for the child?" in text
    assert father.family_name not in text
    default = tmp_path / "default.pdf"
    make_summary(case_file, _reference(case_file), _choices(), default)
    assert "Case health check" not in _text(default)


def test_a_long_entry_lays_out_and_an_overlong_recipient_is_refused_before_anything_is_logged(
    case_file: CaseFile, tmp_path: Path
) -> None:
    record = case_file.case_record(_reference(case_file))
    long_entry = replace(
        record.entries[0],
        id=EntryId("e-test-long"),
        description=" ".join(["The neighbour's account, at length."] * 400),
        third_party=False,
    )
    RecordEditor(case_file).add_entry(record, long_entry)
    out = tmp_path / "long.pdf"
    make_summary(case_file, _reference(case_file), _choices(), out)  # no LayoutError
    assert "The neighbour's account" in _text(out)
    with pytest.raises(CaseDeskError, match="Shorten the recipient"):
        make_summary(
            case_file, _reference(case_file), _choices(recipient="Ab " * 600), tmp_path / "x.pdf"
        )
    assert len(case_file.case_record(_reference(case_file)).disclosures) == 1


def test_a_failed_log_leaves_a_file_already_at_the_output_path_as_it_was(
    case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.services import sharing

    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / "summary.pdf"
    out.write_bytes(b"the earlier summary, kept")

    def refuse(*_args: object) -> None:
        raise CaseDeskError("The disk holding the case file is full, so nothing was changed.")

    monkeypatch.setattr(sharing, "log_disclosure", refuse)
    with pytest.raises(CaseDeskError, match="disk"):
        make_summary(case_file, _reference(case_file), _choices(), out)
    assert out.read_bytes() == b"the earlier summary, kept"
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_a_countersignature_by_someone_who_is_not_a_supervisor_here_is_not_recorded(
    case_file: CaseFile, tmp_path: Path
) -> None:
    """A worker who makes a certificate in the supervisor's name, trusts it, and
    countersigns with it has forged nothing the file will record."""
    from cryptography.hazmat.primitives.asymmetric import ec

    from casedesk.services import certificates as certs
    from casedesk.services.sharing import Credentials

    out = tmp_path / "summary.pdf"
    make_summary(case_file, _reference(case_file), _choices(), out)
    key = ec.generate_private_key(ec.SECP256R1())
    fake = certs.self_signed(
        key, certs.Identity("Demo Supervisor", "supervisor", ""), case_file.now()
    )
    forger = Credentials("Demo Supervisor", "supervisor", key, fake, ())
    forged = tmp_path / "forged.pdf"
    countersign(out, forged, forger, "Approved", [])
    with pytest.raises(CaseDeskError, match="not by a supervisor of this case file"):
        import_countersigned(case_file, forged, [fake])
    assert not case_file.case_record(_reference(case_file)).disclosures[0].countersigned_by
    with pytest.raises(CaseDeskError, match="new name"):
        countersign(out, out, credentials(case_file, DEMO_SUPERVISOR_PASSPHRASE), "ok")


def test_a_review_by_a_supervisor_since_removed_is_not_recorded(
    case_file: CaseFile, tmp_path: Path
) -> None:
    out = tmp_path / "summary.pdf"
    make_summary(case_file, _reference(case_file), _choices(), out)
    supervisor = credentials(case_file, DEMO_SUPERVISOR_PASSPHRASE)
    signed = tmp_path / "countersigned.pdf"
    countersign(out, signed, supervisor, "Agreed", trusted_in_file(case_file))
    case_file.remove_user(supervisor.user)
    with pytest.raises(CaseDeskError, match="not by a supervisor of this case file"):
        import_countersigned(case_file, signed)


def test_the_team_section_says_where_consent_to_share_stands(
    case_file: CaseFile, tmp_path: Path
) -> None:
    record = case_file.case_record(_reference(case_file))
    member = record.professionals[0]
    refused = replace(
        member,
        consent=ConsentState.REFUSED,
        consent_by="Leanne Price",
        consent_on=date(2026, 10, 2),
    )
    RecordEditor(case_file).amend_professional(member, refused, "mother refused at the visit")
    out = tmp_path / "team.pdf"
    make_summary(case_file, _reference(case_file), _choices(sections=(SummarySection.TEAM,)), out)
    words = " ".join(_text(out).split())
    assert "Consent to share" in words
    assert f"refused (by Leanne Price), {shown_day(date(2026, 10, 2))}" in words
