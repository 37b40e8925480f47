"""An agency's oversight settings, kept in its rule pack beside the timescales.

How often a case must be supervised (and more often for a newly qualified worker), the
local escalation procedure (its stages, each with the working days the other side has to
respond, and the stage immediate risk starts at), and how long a supervisor has to sign
off an assessment or a plan. OVERSIGHT_FACTS.md sections 4 and 5 give the sources; where
no national figure exists the defaults below are one local procedure's, and a pack can set
its own in ``[supervision]``, ``[[escalation.stage]]`` and ``[sign_off]``
(docs/rule-packs.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casedesk.domain.intervals import Interval, Unit
from casedesk.domain.wording import translate

MONTHLY = Interval(1, Unit.MONTHS)
FIVE_WORKING_DAYS = Interval(5, Unit.WORKING_DAYS)


@dataclass(frozen=True)
class Phase:
    """For a newly qualified worker: supervision at least ``every`` until ``until`` after
    they started."""

    until: Interval
    every: Interval


@dataclass(frozen=True)
class SupervisionRules:
    """At least ``every``; for a newly qualified worker, each phase's interval in turn."""

    every: Interval = MONTHLY
    newly_qualified: tuple[Phase, ...] = (
        Phase(Interval(6, Unit.WEEKS), Interval(1, Unit.WEEKS)),
        Phase(Interval(6, Unit.MONTHS), Interval(2, Unit.WEEKS)),
    )


@dataclass(frozen=True)
class EscalationStage:
    """One stage of the procedure: who takes it up, and how long they have to respond."""

    number: int
    name: str
    respond_within: Interval


@dataclass(frozen=True)
class EscalationProcedure:
    """A local procedure for resolving professional differences."""

    name: str
    stages: tuple[EscalationStage, ...]
    immediate_risk_stage: int

    def stage(self, number: int) -> EscalationStage:
        """The stage with this number (the last one for a number beyond it)."""
        for stage in self.stages:
            if stage.number == number:
                return stage
        return self.stages[-1]

    @property
    def last(self) -> int:
        """The highest stage."""
        return self.stages[-1].number


# Lincolnshire's four stages (OVERSIGHT_FACTS.md section 4): the only procedure found with
# a response time at every stage. Stage 4 gives none; 5 working days is our default.
DEFAULT_ESCALATION = EscalationProcedure(
    # The names are rule data, as a pack's own are (a pack's file gives its own in words).
    "Resolving professional differences (4 stages)",  # i18n: rule data
    (
        EscalationStage(
            1,
            "Practitioner to practitioner",  # i18n: rule data
            Interval(2, Unit.WORKING_DAYS),
        ),
        EscalationStage(
            2,
            "Line manager to line manager",  # i18n: rule data
            Interval(5, Unit.WORKING_DAYS),
        ),
        EscalationStage(
            3,
            "Senior manager to senior manager",  # i18n: rule data
            Interval(2, Unit.WORKING_DAYS),
        ),
        EscalationStage(
            4,
            "Independently chaired partnership meeting",  # i18n: rule data
            Interval(5, Unit.WORKING_DAYS),
        ),
    ),
    immediate_risk_stage=3,
)


@dataclass(frozen=True)
class SignOffRules:
    """A sign-off is due ``within`` of an assessment's submission or a plan's meeting;
    ``plan_categories`` are the chronology events that record a plan to be approved."""

    within: Interval = FIVE_WORKING_DAYS
    plan_categories: tuple[str, ...] = (
        "conference",
        "core group",  # i18n: a category's stored name
        "looked-after review",  # i18n: a category's stored name
    )


@dataclass(frozen=True)
class OversightRules:
    """Supervision, escalation and sign-off, as one pack sets them."""

    supervision: SupervisionRules = SupervisionRules()
    escalation: EscalationProcedure = DEFAULT_ESCALATION
    sign_off: SignOffRules = SignOffRules()


DEFAULT_OVERSIGHT = OversightRules()

Bad = Callable[[str, str, str], None]  # (table, field, message)


def interval_field(
    data: dict[str, Any], amount_key: str, unit_key: str, where: str, bad: Bad
) -> Interval | None:
    amount = data.get(amount_key)
    if not isinstance(amount, int) or isinstance(amount, bool) or not 1 <= amount <= 366:
        bad(where, amount_key, translate("oversight_rules", "should be a whole number, 1 to 366"))
        return None
    try:
        unit = Unit(data.get(unit_key))
    except ValueError:
        allowed = ", ".join(u.value for u in Unit)
        bad(
            where,
            unit_key,
            translate("oversight_rules", "{value} is not one of: {allowed}").format(
                value=repr(data.get(unit_key)), allowed=allowed
            ),
        )
        return None
    return Interval(amount, unit)


def known_fields(data: dict[str, Any], keys: set[str], where: str, bad: Bad) -> None:
    for key in data:
        if key not in keys:
            bad(
                where,
                key,
                translate(
                    "oversight_rules", "is not a field here (the fields are: {fields})"
                ).format(fields=", ".join(sorted(keys))),
            )


def parse_oversight(data: dict[str, Any], bad: Bad) -> OversightRules:
    """The oversight settings of a pack's parsed TOML (each table optional; what a pack
    leaves out keeps its default). Problems are said through ``bad``."""
    supervision = SupervisionRules()
    table = data.get("supervision")
    if table is not None:
        if not isinstance(table, dict):
            bad("supervision", "", translate("oversight_rules", "should be a table: [supervision]"))
        else:
            known_fields(table, {"every", "unit", "newly_qualified"}, "supervision", bad)
            every = interval_field(table, "every", "unit", "supervision", bad) or supervision.every
            phases = supervision.newly_qualified
            if "newly_qualified" in table:
                items = table["newly_qualified"]
                found: list[Phase] = []
                for index, item in enumerate(items if isinstance(items, list) else [None]):
                    where = f"supervision.newly_qualified {index + 1}"
                    if not isinstance(item, dict):
                        bad(
                            where,
                            "",
                            translate(
                                "oversight_rules",
                                "each phase is a table: {{ for = 6, for_unit = ... }}",
                            ).format(),
                        )
                        continue
                    known_fields(item, {"for", "for_unit", "every", "unit"}, where, bad)
                    until = interval_field(item, "for", "for_unit", where, bad)
                    often = interval_field(item, "every", "unit", where, bad)
                    if until and often:
                        found.append(Phase(until, often))
                phases = tuple(found)
            supervision = SupervisionRules(every, phases)
    escalation = DEFAULT_ESCALATION
    table = data.get("escalation")
    if table is not None:
        if not isinstance(table, dict):
            bad("escalation", "", translate("oversight_rules", "should be a table: [escalation]"))
        else:
            known_fields(table, {"name", "stage", "immediate_risk_stage"}, "escalation", bad)
            stages: list[EscalationStage] = []
            for index, item in enumerate(table.get("stage") or []):
                where = f"escalation.stage {index + 1}"
                if not isinstance(item, dict):
                    bad(
                        where,
                        "",
                        translate("oversight_rules", "each stage is a [[escalation.stage]] table"),
                    )
                    continue
                known_fields(item, {"name", "respond_within", "unit"}, where, bad)
                name = item.get("name")
                if not isinstance(name, str) or not name.strip():
                    bad(
                        where,
                        "name",
                        translate(
                            "oversight_rules", "say who takes the stage up, e.g. 'Line managers'"
                        ),
                    )
                    continue
                within = interval_field(item, "respond_within", "unit", where, bad)
                if within:
                    stages.append(EscalationStage(index + 1, name.strip(), within))
            if not stages:
                bad(
                    "escalation",
                    "stage",
                    translate(
                        "oversight_rules", "a procedure needs at least one [[escalation.stage]]"
                    ),
                )
                stages = list(DEFAULT_ESCALATION.stages)
            immediate = table.get("immediate_risk_stage", min(3, len(stages)))
            if (
                not isinstance(immediate, int)
                or isinstance(immediate, bool)
                or not 1 <= immediate <= len(stages)
            ):
                bad(
                    "escalation",
                    "immediate_risk_stage",
                    translate("oversight_rules", "should be a stage, 1 to {last}").format(
                        last=len(stages)
                    ),
                )
                immediate = 1
            name = table.get("name", DEFAULT_ESCALATION.name)
            escalation = EscalationProcedure(str(name), tuple(stages), immediate)
    sign_off = SignOffRules()
    table = data.get("sign_off")
    if table is not None:
        if not isinstance(table, dict):
            bad("sign_off", "", translate("oversight_rules", "should be a table: [sign_off]"))
        else:
            known_fields(table, {"within", "unit", "plan_categories"}, "sign_off", bad)
            within = interval_field(table, "within", "unit", "sign_off", bad) or sign_off.within
            plans = table.get("plan_categories", list(sign_off.plan_categories))
            if not isinstance(plans, list) or not all(isinstance(p, str) for p in plans):
                bad(
                    "sign_off",
                    "plan_categories",
                    translate("oversight_rules", "should be a list of chronology categories"),
                )
                plans = list(sign_off.plan_categories)
            sign_off = SignOffRules(within, tuple(" ".join(p.split()).lower() for p in plans))
    return OversightRules(supervision, escalation, sign_off)
