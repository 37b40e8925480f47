"""Rule packs: the timescales a case is held to, as data an agency can read and change.

A pack is a TOML file (resources/rules/*.toml; docs/rule-packs.md describes it): its region
(whose bank holidays count) and its rules. Each rule says what starts the clock (a kind of
chronology event, or the expected date of a pregnancy), how long (working days, calendar
days, weeks or months, after the start or before an expected date), whether it is
statutory, what meets it, and whether it repeats. Reading a pack never half-succeeds: it is
a ``RulePack`` or a list of problems, each naming the file, the line and the field.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass

from casedesk.domain.health_rules import DEFAULT_HEALTH, HealthRules, parse_health
from casedesk.domain.intervals import Unit
from casedesk.domain.oversight_rules import DEFAULT_OVERSIGHT, OversightRules, parse_oversight
from casedesk.domain.wording import translate
from casedesk.domain.working_days import REGIONS

__all__ = ["EXPECTED_DATE", "PackProblem", "Rule", "RulePack", "Unit", "parse_pack"]


# What can start a clock besides a chronology category: the expected date of delivery
# (pre-birth rules count back from it).
EXPECTED_DATE = "expected date"  # i18n: a word of the pack's file format


@dataclass(frozen=True)
class Rule:
    """One timescale."""

    id: str
    name: str
    starts: str  # a chronology category, or EXPECTED_DATE
    amount: int
    unit: Unit
    before: bool = False  # counted back from the start (pre-birth: weeks before the EDD)
    statutory: bool = False
    met_by: str = ""  # the category of the entry that meets it ("" : recorded by hand)
    child_seen: bool = False  # met only by an entry where the child was seen
    then_every: int = 0  # repeats: the next is due this long after the last was met
    then_unit: Unit | None = None
    # From the second repeat on, a longer interval (looked-after reviews: 20 working days,
    # then 3 months, then every 6 months); 0 keeps ``then_every``.
    later_every: int = 0
    later_unit: Unit | None = None
    while_status: str = ""  # only while the case has this legal status
    first: bool = False  # only the first such event starts it (an initial conference)
    note: str = ""


@dataclass(frozen=True)
class RulePack:
    """A region's timescales."""

    name: str
    region: str
    rules: tuple[Rule, ...]
    source: str = ""
    oversight: OversightRules = DEFAULT_OVERSIGHT  # supervision, escalation, sign-off
    health: HealthRules = DEFAULT_HEALTH  # the case health check's thresholds

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError if none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


@dataclass(frozen=True)
class PackProblem:
    """Why a pack cannot be used: the file, the line, the field and what is wrong."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = (
            translate("rule_packs", "{file}, line {line}").format(file=self.file, line=self.line)
            if self.line
            else self.file
        )
        if self.field:
            return translate("rule_packs", "{where}, {field}: {message}").format(
                where=where, field=self.field, message=self.message
            )
        return translate("rule_packs", "{where}: {message}").format(
            where=where, message=self.message
        )


_FIELDS = {
    "id",
    "name",
    "starts",
    "after",
    "before",
    "unit",
    "statutory",
    "met_by",
    "child_seen",
    "then_every",
    "then_unit",
    "later_every",
    "later_unit",
    "while_status",
    "first",
    "note",
}
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")


class _Lines:
    """Where things are in the text, for problems that name a line (tomllib does not)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.rules = [i + 1 for i, line in enumerate(self.lines) if line.strip() == "[[rule]]"]

    def of_rule(self, index: int, key: str = "") -> int:
        if index >= len(self.rules):
            return 0
        start = self.rules[index]
        end = self.rules[index + 1] if index + 1 < len(self.rules) else len(self.lines) + 1
        if key:
            pattern = re.compile(rf"\s*{re.escape(key)}\s*=")
            for number in range(start, end - 1):
                if pattern.match(self.lines[number]):
                    return number + 1
        return start

    def of_key(self, table: str, key: str) -> int:
        inside = False
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                inside = stripped == f"[{table}]"
            elif inside and re.match(rf"{re.escape(key)}\s*=", stripped):
                return number
        return 0


def parse_pack(text: str, file: str) -> RulePack | list[PackProblem]:
    """Read a rule pack from TOML ``text`` (``file`` names it in problems)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(error))) else 0
        return [
            PackProblem(
                file,
                line,
                "",
                translate("rule_packs", "not valid TOML ({error})").format(error=error),
            )
        ]
    where = _Lines(text)
    problems: list[PackProblem] = []

    def problem(line: int, field: str, message: str) -> None:
        problems.append(PackProblem(file, line, field, message))

    pack = data.get("pack")
    if not isinstance(pack, dict):
        problem(
            0,
            "[pack]",
            translate("rule_packs", "a pack needs a [pack] table with its name and region"),
        )
        pack = {}
    name = pack.get("name")
    if not isinstance(name, str) or not name.strip():
        problem(
            where.of_key("pack", translate("rule_packs", "name")),
            "name",
            translate("rule_packs", "the pack needs a name"),
        )
    region = pack.get("region", "England")
    if region not in REGIONS:
        problem(
            where.of_key("pack", "region"),
            "region",
            translate("rule_packs", "{region} is not one of {regions}").format(
                region=repr(region), regions=", ".join(REGIONS)
            ),
        )
    rules_data = data.get("rule", [])
    if not isinstance(rules_data, list) or not rules_data:
        problem(0, "[[rule]]", translate("rule_packs", "a pack needs at least one [[rule]]"))
        rules_data = []
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(rules_data):
        rule = _rule(item, index, where, problem, seen)
        if rule is not None:
            rules.append(rule)

    def oversight_problem(table: str, key: str, message: str) -> None:
        line = where.of_key(table.split(" ")[0], key) if key else 0
        problem(line, f"[{table}] {key}".strip(), message)

    oversight = parse_oversight(data, oversight_problem)
    health = parse_health(data, oversight_problem)
    if problems:
        return problems
    return RulePack(
        str(name).strip(),
        str(region),
        tuple(rules),
        str(pack.get("source", "")),
        oversight,
        health,
    )


Say = Callable[[int, str, str], None]  # (line, field, message)


def _rule(item: object, index: int, where: _Lines, say: Say, seen: set[str]) -> Rule | None:
    """One [[rule]] table checked; None (with problems said) when it cannot be used."""
    if not isinstance(item, dict):
        say(where.of_rule(index), "[[rule]]", translate("rule_packs", "a rule must be a table"))
        return None
    ok = True

    def bad(field: str, message: str) -> None:
        nonlocal ok
        ok = False
        say(where.of_rule(index, field), field, message)

    for key in item:
        if key not in _FIELDS:
            bad(
                key,
                translate(
                    "rule_packs", "is not a field of a rule (the fields are: {fields})"
                ).format(fields=", ".join(sorted(_FIELDS))),
            )
    rule_id = item.get("id")
    if not isinstance(rule_id, str) or not _ID.fullmatch(rule_id):
        bad(
            "id",
            translate(
                "rule_packs",
                "say an id of lower-case letters, digits and hyphens, e.g. 'first-core-group'",
            ),
        )
        rule_id = f"rule-{index + 1}"
    elif rule_id in seen:
        bad(
            "id",
            translate("rule_packs", "{id} is used by an earlier rule").format(id=repr(rule_id)),
        )
    seen.add(rule_id)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        bad(
            "name",
            translate(
                "rule_packs",
                "say what the timescale is for, e.g. 'Initial child protection conference'",
            ),
        )
    starts = item.get("starts")
    if not isinstance(starts, str) or not starts.strip():
        bad(
            "starts",
            translate(
                "rule_packs", "say what starts the clock: a chronology category or 'expected date'"
            ),
        )
    after, before_count = item.get("after"), item.get("before")
    if (after is None) == (before_count is None):
        bad(
            "after",
            translate(
                "rule_packs", "say either 'after = N' (from the start) or 'before = N' (before it)"
            ),
        )
    amount = after if after is not None else before_count
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= 3660:
        bad(
            "after" if after is not None else "before",
            translate("rule_packs", "should be a whole number, 0 to 3660"),
        )
        amount = 0
    unit = _unit(item.get("unit"), "unit", bad)
    then_every = item.get("then_every", 0)
    if not isinstance(then_every, int) or isinstance(then_every, bool) or then_every < 0:
        bad(
            "then_every",
            translate("rule_packs", "should be a whole number (0: the rule does not repeat)"),
        )
        then_every = 0
    then_unit = _unit(item.get("then_unit"), "then_unit", bad) if then_every else None
    later_every = item.get("later_every", 0)
    if not isinstance(later_every, int) or isinstance(later_every, bool) or later_every < 0:
        bad(
            "later_every",
            translate(
                "rule_packs", "should be a whole number (0: every repeat is 'then_every' apart)"
            ),
        )
        later_every = 0
    if later_every and not then_every:
        bad(
            "later_every",
            translate(
                "rule_packs", "needs 'then_every': it changes the interval after the first repeat"
            ),
        )
    later_unit = _unit(item.get("later_unit"), "later_unit", bad) if later_every else None
    flags = {}
    for flag in ("statutory", "child_seen", "first"):
        value = item.get(flag, False)
        if not isinstance(value, bool):
            bad(flag, translate("rule_packs", "should be true or false"))
            value = False
        flags[flag] = value
    texts = {}
    for text_field in ("met_by", "while_status", "note"):
        value = item.get(text_field, "")
        if not isinstance(value, str):
            bad(text_field, translate("rule_packs", "should be text in quotes"))
            value = ""
        texts[text_field] = value.strip()
    if before_count is not None and starts != EXPECTED_DATE:
        bad(
            "before",
            translate("rule_packs", "only a rule that starts from the 'expected date' counts back"),
        )
    if not ok or unit is None:
        return None
    return Rule(
        str(rule_id),
        str(name).strip(),
        " ".join(str(starts).split()).lower(),
        int(amount),
        unit,
        before=before_count is not None,
        statutory=flags["statutory"],
        met_by=texts["met_by"].lower(),
        child_seen=flags["child_seen"],
        then_every=int(then_every),
        then_unit=then_unit,
        later_every=int(later_every),
        later_unit=later_unit,
        while_status=texts["while_status"].lower(),
        first=flags["first"],
        note=texts["note"],
    )


def _unit(value: object, field: str, bad: Callable[[str, str], None]) -> Unit | None:
    try:
        return Unit(value)
    except ValueError:
        bad(
            field,
            translate("rule_packs", "{value} is not one of: {units}").format(
                value=repr(value), units=", ".join(u.value for u in Unit)
            ),
        )
        return None
