"""Every check of the case health check, on cases the synthetic generator made: one that
passes and one that fails, the failing one changed from the generated case the way a
record goes wrong in practice (a father never asked about, a visit missed, a decision on
sharing never made)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from casedesk.domain.actions import Action
from casedesk.domain.assessments import ConcernAnswered
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import Category, ChildSeen, ChronologyEntry
from casedesk.domain.escalation import Escalation
from casedesk.domain.evidence import Corroboration, Evidence, Significance, SourceType
from casedesk.domain.health import CHECKS, HealthInputs, Status, Theme, health_check
from casedesk.domain.identification import IdentificationAttempt
from casedesk.domain.ids import CaseId, EntryId, PersonId
from casedesk.domain.people import Identification
from casedesk.domain.sharing import SharingDecision
from casedesk.domain.sign_offs import (
    ASSESSMENT,
    SignOff,
    SignOffCheck,
    SignOffDecision,
    SignOffState,
)
from casedesk.domain.supervision import Supervision
from casedesk.services.case_file import FLOOR, CaseFile
from casedesk.services.demo import write_data
from casedesk.services.health import health_of
from casedesk.services.rule_packs import load_pack
from casedesk.services.synthetic import generate

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, CaseRecord]]:
    """Three generated cases, written and read back as the file holds them."""
    path = tmp_path_factory.mktemp("health") / "h.casedesk"
    case_file, _ = CaseFile.create(path, "health check passphrase", "Sam Worker", kdf=FLOOR)
    with case_file:
        write_data(case_file, generate(seed=4, cases=3, as_of=TODAY, oversight=True))
        yield {r: case_file.case_record(r) for r in case_file.case_references()}


def _born(records: dict[str, CaseRecord]) -> CaseRecord:
    """A case whose child is born, with an assessment and a father."""
    return next(
        r
        for r in records.values()
        if not r.subject_child.is_unborn and r.assessments and r.father_recorded()
    )


def _run(record: CaseRecord, check: str, sign_offs: tuple[SignOffCheck, ...] = ()) -> Status:
    inputs = HealthInputs(record, TODAY, load_pack().pack, sign_offs=sign_offs)
    found = [r for r in health_check(inputs) if r.check == check]
    assert len(found) == 1
    result = found[0]
    assert result.explanation.strip(), "every answer says what was found"
    if result.status is Status.FAIL:
        assert result.next_step.strip(), "every failed check says what to do next"
    return result.status


def _entry(record: CaseRecord, n: int, **changes: object) -> ChronologyEntry:
    base = ChronologyEntry(
        EntryId(f"e-health-{n}"),
        record.case.id,
        TODAY - timedelta(days=3),
        Category.HOME_VISIT,
        "Home visit.",
        Evidence("Sam Worker", SourceType.PROFESSIONAL_OBSERVATION),
        "Sam Worker",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _father(record: CaseRecord) -> PersonId:
    return next(k.person.id for k in record.key_adults() if "father" in k.role)


# -- each check: (make a passing record, make a failing record) ---------------------------

Variant = Callable[[CaseRecord], CaseRecord]


def _no_fathers(r: CaseRecord) -> CaseRecord:
    fathers = {k.person.id for k in r.key_adults() if "father" in k.role}
    return replace(
        r, relationships=tuple(x for x in r.relationships if x.from_person not in fathers)
    )


def _all_identified(r: CaseRecord) -> CaseRecord:
    people = tuple(replace(p, identification=Identification.IDENTIFIED) for p in r.people)
    return replace(r, people=people)


def _father_stalled(r: CaseRecord) -> CaseRecord:
    father = _father(r)
    people = tuple(
        replace(p, identification=Identification.NOT_IDENTIFIED) if p.id == father else p
        for p in r.people
    )
    return replace(r, people=people, identification_attempts=())


def _father_worked_on(r: CaseRecord) -> CaseRecord:
    r = _father_stalled(r)
    attempt = IdentificationAttempt(
        "ia-h",
        r.case.id,
        _father(r),
        TODAY - timedelta(days=7),
        "home visit",
        "Sam Worker",
        "the mother",
        "She gave his first name.",
        next_step="Ask the GP by 10 Dec 2026",
    )
    return replace(r, identification_attempts=(attempt,))


def _refusals(count: int, escalated: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        father = _father(r)
        attempts = tuple(
            IdentificationAttempt(
                f"ia-r{n}",
                r.case.id,
                father,
                TODAY - timedelta(days=30 - n),
                "home visit",
                "Sam Worker",
                "the mother",
                "Would not say.",
                reluctance="refused to name him",
            )
            for n in range(count)
        )
        steps: tuple[Escalation, ...] = ()
        if escalated:
            steps = (
                Escalation(
                    "es-h",
                    r.case.id,
                    TODAY - timedelta(days=2),
                    "Sam Worker",
                    "Team manager",
                    "Mother refuses to name the father",
                    2,
                    TODAY + timedelta(days=5),
                ),
            )
        return replace(r, identification_attempts=attempts, escalations=steps)

    return make


def _adult_checks(done: bool) -> Variant:
    """Every adult the assessment must consider, considered in full (or with no checks)."""

    def make(r: CaseRecord) -> CaseRecord:
        from casedesk.domain.assessment_gaps import adults_to_consider
        from casedesk.domain.assessments import AdultConsidered

        latest = max(r.assessments, key=lambda a: (a.started_on, a.id))
        adults = tuple(
            AdultConsidered(
                f"ac-{n}",
                r.case.id,
                latest.id,
                a.person.id,
                "named by the mother",
                latest.started_on + timedelta(days=3),
                checks="Police: nothing known" if done else "",
                checked_on=latest.started_on + timedelta(days=4) if done else None,
            )
            for n, a in enumerate(adults_to_consider(r, TODAY))
        )
        return replace(r, adults_considered=adults)

    return make


def _adults_left_out(r: CaseRecord) -> CaseRecord:
    return replace(r, adults_considered=())


def _self_report(analysed: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        old = _entry(
            r,
            1,
            occurred_on=TODAY - timedelta(days=90),
            category=Category.DISCLOSURE,
            description="Mother said the father no longer visits.",
            significance=Significance.SIGNIFICANT,
            evidence=Evidence("Mother", SourceType.SELF_REPORTED),
            analysis="Rests on her word: we asked the school (see its entry)." if analysed else "",
        )
        kept = tuple(
            e
            for e in r.entries
            if not (e.significance >= Significance.SIGNIFICANT and e.rests_on_self_report)
        )
        return replace(r, entries=(*kept, old))

    return make


def _contradiction(analysed: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        kept = tuple(
            replace(e, analysis=e.analysis or "Weighed: the school's record is preferred.")
            if e.corroboration is Corroboration.CONTRADICTED
            else e
            for e in r.entries
        )
        said = _entry(
            r,
            2,
            category=Category.DISCLOSURE,
            description="Father said he has moved out.",
            evidence=Evidence("Father", SourceType.SELF_REPORTED, Corroboration.CONTRADICTED, ""),
            corroborating_source="Police: seen at the address last week",
            analysis="" if not analysed else "His account is contradicted; treat him as resident.",
        )
        return replace(r, entries=(*kept, said))

    return make


def _seen(days_ago: int, alone: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        kept = tuple(
            replace(e, child_seen=ChildSeen.NOT_RECORDED)
            if e.occurred_on > TODAY - timedelta(days=400)
            else e
            for e in r.entries
        )
        visit = _entry(
            r,
            3,
            occurred_on=TODAY - timedelta(days=days_ago),
            child_seen=ChildSeen.SEEN_ALONE if alone else ChildSeen.SEEN_NOT_ALONE,
        )
        return replace(r, entries=(*kept, visit))

    return make


def _family_action(done: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        parent = next(k.person.id for k in r.key_adults())
        action = Action(
            "ac-h",
            r.case.id,
            "Take the child to the dentist",
            parent,
            TODAY - timedelta(days=60),
            TODAY - timedelta(days=10),
            completed_on=TODAY - timedelta(days=12) if done else None,
        )
        others = tuple(a for a in r.actions if not r.is_family(a.owner))
        return replace(r, actions=(*others, action))

    return make


def _avoidance(avoiding: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        visits = tuple(
            _entry(
                r,
                100 + n,
                occurred_on=TODAY - timedelta(days=7 * n),
                category=Category.NO_ACCESS_VISIT if avoiding and n < 4 else Category.HOME_VISIT,
                description="No answer at the door." if avoiding and n < 4 else "Home visit.",
            )
            for n in range(1, 20)
        )
        return replace(r, entries=visits)

    return make


def _assessment(**changes: object) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        latest = max(r.assessments, key=lambda a: (a.started_on, a.id))
        changed = replace(latest, **changes)  # type: ignore[arg-type]
        return replace(r, assessments=tuple(changed if a is latest else a for a in r.assessments))

    return make


def _sources(answered: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        from casedesk.domain.assessments import SourceConsulted

        latest = max(r.assessments, key=lambda a: (a.started_on, a.id))
        sources = tuple(
            SourceConsulted(
                f"sc-{n}",
                r.case.id,
                latest.id,
                p.id,
                "",
                latest.started_on,
                latest.started_on + timedelta(days=5) if answered or n else None,
                "No concerns." if answered or n else "",
            )
            for n, p in enumerate(r.professionals)
        )
        return replace(r, sources_consulted=sources)

    return make


def _supervised(every_days: int) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        start = TODAY - timedelta(days=200)
        held = tuple(
            Supervision(
                f"sv-{n}",
                r.case.id,
                start + timedelta(days=every_days * n),
                "Kim Supervisor",
                r.case.allocated_worker,
                decisions="Carry on.",
            )
            for n in range(200 // every_days + 1)
        )
        return replace(r, case=replace(r.case, opened_on=start), supervisions=held)

    return make


def _submitted(signed: bool) -> tuple[Variant, Callable[[CaseRecord], tuple[SignOffCheck, ...]]]:
    def make(r: CaseRecord) -> CaseRecord:
        r = _assessment(submitted_on=TODAY - timedelta(days=30))(r)
        return replace(r, sign_offs=())

    def checks(r: CaseRecord) -> tuple[SignOffCheck, ...]:
        return ()

    if not signed:
        return make, checks

    def make_signed(r: CaseRecord) -> CaseRecord:
        r = make(r)
        latest = max(r.assessments, key=lambda a: (a.started_on, a.id))
        sign_off = SignOff(
            "so-h",
            r.case.id,
            ASSESSMENT,
            latest.id,
            SignOffDecision.APPROVED,
            TODAY - timedelta(days=28),
            "Kim Supervisor",
            "supervisor",
            "k",
            "{}",
            "h",
            1,
            "h",
        )
        return replace(r, sign_offs=(sign_off,))

    def signed_checks(r: CaseRecord) -> tuple[SignOffCheck, ...]:
        return tuple(SignOffCheck(s, SignOffState.CURRENT, "verified") for s in r.sign_offs)

    return make_signed, signed_checks


def _escalated(answered: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        step = Escalation(
            "es-x",
            r.case.id,
            TODAY - timedelta(days=20),
            "Sam Worker",
            "School DSL",
            "The school has not shared its attendance record",
            1,
            TODAY - timedelta(days=15),
            responded_on=TODAY - timedelta(days=16) if answered else None,
            response="Sent it." if answered else "",
            outcome="Shared." if answered else "",
            resolved=answered,
        )
        return replace(r, escalations=(step,))

    return make


def _lead(named: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        team = tuple(
            replace(p, lead=named and n == 0, involved_to=None)
            for n, p in enumerate(r.professionals)
        )
        return replace(r, professionals=team)

    return make


def _shared(decided: bool) -> Variant:
    def make(r: CaseRecord) -> CaseRecord:
        event = _entry(
            r,
            4,
            occurred_on=TODAY - timedelta(days=30),
            category=Category.POLICE_CALL_OUT,
            description="Police called to the address.",
            significance=Significance.SIGNIFICANT,
        )
        entries = (*r.entries, event)
        decisions = [
            SharingDecision(
                f"sd-{e.id}",
                r.case.id,
                e.occurred_on,
                "School DSL",
                True,
                "what happened",
                entry=e.id,
            )
            for e in entries
            if e.significance >= Significance.SIGNIFICANT and (decided or e.id != event.id)
        ]
        return replace(r, entries=entries, sharing=tuple(decisions))

    return make


def _same(r: CaseRecord) -> CaseRecord:
    return r


CASES: dict[str, tuple[Variant, Variant]] = {
    "father-recorded": (_same, _no_fathers),
    "adults-identified": (_father_worked_on, _father_stalled),
    "refusals-challenged": (_refusals(2, escalated=True), _refusals(2, escalated=False)),
    "adult-checks": (_adult_checks(True), _adult_checks(False)),
    "self-report-corroborated": (_self_report(True), _self_report(False)),
    "contradictions": (_contradiction(True), _contradiction(False)),
    "child-seen": (_seen(3, alone=True), _seen(60, alone=False)),
    "actions-done": (_family_action(True), _family_action(False)),
    "avoidance": (_avoidance(False), _avoidance(True)),
    "assessment-timescale": (
        _assessment(completed_on=TODAY - timedelta(days=40), due_on=TODAY - timedelta(days=30)),
        _assessment(completed_on=None, due_on=TODAY - timedelta(days=3)),
    ),
    "assessment-history": (_same, _assessment(history=())),
    "assessment-agencies": (_sources(True), _sources(False)),
    "assessment-adults": (_adult_checks(True), _adults_left_out),
    "concern-answered": (
        _assessment(concern_answered=ConcernAnswered.ANSWERED, concern_answer="Borne out."),
        _assessment(concern_answered=ConcernAnswered.PARTLY, concern_answer="Not the father."),
    ),
    "supervision-interval": (_supervised(21), _supervised(75)),
    "escalations": (_escalated(True), _escalated(False)),
    "team-lead": (_lead(True), _lead(False)),
    "sharing-decisions": (_shared(True), _shared(False)),
}


def test_every_check_is_covered_here() -> None:
    ids = {check.__name__ for check in CHECKS}
    assert len(ids) == len(CHECKS)
    inputs_ids = {"sign-offs", *CASES}
    assert len(inputs_ids) == len(CHECKS)


@pytest.mark.parametrize("check", sorted(CASES))
def test_each_check_passes_and_fails(records: dict[str, CaseRecord], check: str) -> None:
    passing, failing = CASES[check]
    base = _born(records)
    assert _run(passing(base), check) is Status.PASS
    assert _run(failing(base), check) is Status.FAIL


def test_sign_offs_in_time_pass_and_one_awaited_past_its_time_fails(
    records: dict[str, CaseRecord],
) -> None:
    base = _born(records)
    make, checks = _submitted(signed=True)
    signed = make(base)
    assert _run(signed, "sign-offs", checks(signed)) is Status.PASS
    make, checks = _submitted(signed=False)
    awaited = make(base)
    assert _run(awaited, "sign-offs", checks(awaited)) is Status.FAIL
    # Approved, then changed: the sign-off is of an earlier version.
    make, checks = _submitted(signed=True)
    changed = make(base)
    earlier = tuple(replace(c, state=SignOffState.EARLIER_VERSION) for c in checks(changed))
    assert _run(changed, "sign-offs", earlier) is Status.FAIL


def test_checks_without_anything_to_check_say_not_applicable(
    records: dict[str, CaseRecord],
) -> None:
    base = _born(records)
    bare = replace(base, escalations=(), assessments=(), identification_attempts=())
    results = {r.check: r for r in health_check(HealthInputs(bare, TODAY, load_pack().pack))}
    for check in ("escalations", "assessment-timescale", "concern-answered", "refusals-challenged"):
        assert results[check].status is Status.NOT_APPLICABLE, check
        assert results[check].explanation


def test_every_result_has_a_stable_id_a_theme_and_records_for_failures(
    records: dict[str, CaseRecord],
) -> None:
    for record in records.values():
        results = health_check(HealthInputs(record, TODAY, load_pack().pack))
        assert [r.check for r in results] == [r.check for r in results if r.check]
        assert {r.theme for r in results} == set(Theme)
        for r in results:
            if r.status is Status.FAIL and r.check not in ("father-recorded", "team-lead"):
                assert r.records, f"{r.check}: the records behind a failure are one click away"


def test_the_pack_sets_the_thresholds(records: dict[str, CaseRecord]) -> None:
    base = _born(records)
    pack = load_pack().pack
    two_refusals = _refusals(2, escalated=False)(base)
    relaxed = replace(pack, health=replace(pack.health, refusals_to_challenge=3))
    strict = HealthInputs(two_refusals, TODAY, pack)
    lenient = HealthInputs(two_refusals, TODAY, relaxed)
    by = {r.check: r.status for r in health_check(strict)}
    assert by["refusals-challenged"] is Status.FAIL
    assert {r.check: r.status for r in health_check(lenient)}["refusals-challenged"] is Status.PASS


def test_health_of_a_stored_case_uses_its_verified_sign_offs(tmp_path: Path) -> None:
    case_file, _ = CaseFile.create(
        tmp_path / "s.casedesk", "health check passphrase", "Sam", kdf=FLOOR
    )
    with case_file:
        write_data(case_file, generate(seed=9, cases=1, as_of=TODAY, oversight=True))
        reference = case_file.case_references()[0]
        health = health_of(case_file, case_file.case_record(reference), TODAY)
    assert len(health.results) == len(CHECKS)
    assert health.failed == sum(1 for r in health.results if r.status is Status.FAIL)
    assert CaseId(health.reference)


def test_a_grandfather_is_not_the_father(records: dict[str, CaseRecord]) -> None:
    from casedesk.domain.relationships import Relationship, RelationshipKind

    base = _no_fathers(_born(records))
    elder = next(
        p for p in base.people if p.sex.value == "male" and p.id != base.case.subject_child
    )
    grandfather = Relationship(
        "r-gf",  # type: ignore[arg-type]
        RelationshipKind.SIGNIFICANT_ADULT,
        elder.id,
        base.case.subject_child,
        role="grandfather",
    )
    with_grandfather = replace(base, relationships=(*base.relationships, grandfather))
    assert _run(with_grandfather, "father-recorded") is Status.FAIL


def test_a_baby_born_in_a_pre_birth_case_is_due_a_visit_from_birth_not_seen_alone(
    records: dict[str, CaseRecord],
) -> None:
    from casedesk.domain.dates import FuzzyDate

    base = _seen(60, alone=False)(_born(records))
    child = base.subject_child
    newborn = replace(child, birth=FuzzyDate(TODAY - timedelta(days=4)), expected_on=None)
    record = replace(
        base,
        case=replace(base.case, opened_on=TODAY - timedelta(days=200)),
        people=tuple(newborn if p.id == child.id else p for p in base.people),
        entries=tuple(e for e in base.entries if e.child_seen is ChildSeen.NOT_RECORDED),
    )
    assert _run(record, "child-seen") is Status.PASS  # born 4 days ago: not yet due


def test_a_decide_later_with_its_decision_made_is_not_pending(
    records: dict[str, CaseRecord],
) -> None:
    base = _shared(True)(_born(records))
    event = next(e for e in base.entries if e.id == "e-health-4")
    later = SharingDecision(
        "sd-later",
        base.case.id,
        TODAY - timedelta(days=29),
        "",
        False,
        "decide later",
        entry=event.id,
        pending=True,
    )
    assert _run(replace(base, sharing=(*base.sharing, later)), "sharing-decisions") is Status.PASS


def test_working_days_are_counted_back_one_working_day_at_a_time() -> None:
    from casedesk.domain.intervals import Unit, back

    assert back(date(2026, 11, 30), 10, Unit.WORKING_DAYS) == date(2026, 11, 16)
