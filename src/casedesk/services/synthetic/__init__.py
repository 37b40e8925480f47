"""Realistic but clearly fictional case data, deterministic from a seed.

Used by ``casedesk demo``, by the tests and by the benchmarks. Every family has three
generations, a half-sibling by the mother's former partner, a new partner of the mother,
often a father not yet identified (and the attempts to identify him), the team around the
family, and years of chronology from mixed sources with runs of no-access visits.

The family is meant to be believed by a social worker reading it: ages fit (a mother 17 to
40 at each birth), names agree with the genogram symbol, no two families in a file share a
family name, nothing about the child happens before the child is born, antenatal events
fall in a pregnancy, agencies record only children of the age they work with (the health
visitor under five, a school its own pupils in term time), professionals work on working
days (only incidents happen on any day), social care works with the family only in an
episode the record shows opening (and closing), at most one visit a day, visits say whether
the child was seen and alone, what is done (a visit's deadline, an action) is done as the
record shows, what bears a fact out or contradicts it fits it, deadlines are counted in
working days with England's bank holidays, and nothing is dated after ``as_of`` except what
is due or expected. References start with ``DEMO-`` and every original concern says it is
fictional.

With ``oversight`` the supervisor's side is there too, as the chronology has it: each
case's assessment starts after the referral that called for it, is due when its deadline
is and completed when that was met (with the deadline's reason when late), considers
earlier entries only, asks every member of the team involved while it ran and every adult
it must consider; supervision is held on working days about monthly while social care has
the case, agreeing actions done only by the people involved then; and one case each has
an assessment signed off late, one completed with what is missing, a supervision missed,
and an escalation overdue at stage 2. It is drawn from streams of its own: the rest of the
data is the same with it or without.

The package: ``phrases`` (the words), ``family`` (people, links, case, team, timeline),
``entries`` (the chronology and what visits found), ``records`` (attempts, concerns,
sharing, actions, the ecomap), ``oversight`` (with ``assessments``, ``supervision`` and
``oversight_words``) and ``data`` (what is made, its ids, and what the families of one file
share).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.ids import CaseId
from casedesk.domain.working_days import WorkingCalendar
from casedesk.services.synthetic.data import PlannedSignOff, SyntheticData, _Ids, _Shared
from casedesk.services.synthetic.family import Family
from casedesk.services.synthetic.oversight import Oversight
from casedesk.services.synthetic.phrases import (
    DEFAULT_AS_OF,
    GIVEN_NAMES,
    MAX_CASES,
    MAX_ENTRIES,
    REGION,
    WORKER,
)

__all__ = [
    "DEFAULT_AS_OF",
    "GIVEN_NAMES",
    "MAX_CASES",
    "MAX_ENTRIES",
    "REGION",
    "WORKER",
    "PlannedSignOff",
    "SyntheticData",
    "generate",
    "iter_case_entries",
]


def generate(
    seed: int = 1,
    cases: int = 3,
    entries: int | None = None,
    as_of: date = DEFAULT_AS_OF,
    oversight: bool = False,
) -> SyntheticData:
    """Generate ``cases`` fictional cases with ``entries`` chronology entries in all (and
    with ``oversight``, their assessments, supervision and escalation)."""
    if not 1 <= cases <= MAX_CASES:
        raise ValueError(f"cases must be between 1 and {MAX_CASES}")
    total_entries = 60 * cases if entries is None else entries
    if not 0 <= total_entries <= MAX_ENTRIES:
        raise ValueError(f"entries must be between 0 and {MAX_ENTRIES}")
    rng = random.Random(seed)
    ids = _Ids(seed)
    data = SyntheticData()
    calendar = WorkingCalendar(REGION)
    shared = _Shared(seed, calendar, as_of)
    per_case, extra = divmod(total_entries, cases)
    # Made from streams of its own: the rest of the data is the same with it or without.
    made = Oversight(data) if oversight else None
    for number in range(1, cases + 1):
        family = Family(rng, ids, data, number, as_of, calendar, shared)
        family.build(per_case + (1 if number <= extra else 0))
        if made is not None:
            made.add(family)
    if made is not None:
        made.finish()
    return data


def iter_case_entries(data: SyntheticData, case: CaseId) -> Iterator[ChronologyEntry]:
    """The entries of one case, in the order they were generated."""
    return (entry for entry in data.entries if entry.case == case)
