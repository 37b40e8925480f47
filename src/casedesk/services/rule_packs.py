"""Finding and reading the rule pack a case file uses.

CaseDesk ships a pack per nation (resources/rules/). An agency replaces one by putting its
own file of the same name in the ``rules`` folder of CaseDesk's settings folder. A broken
agency pack is never used half-read: its problems are said (file, line, field) and the last
good copy of it is used instead (kept beside it each time it reads well), or, failing that,
the pack CaseDesk ships.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from casedesk.domain.rule_packs import PackProblem, RulePack, parse_pack
from casedesk.domain.wording import translate
from casedesk.services.app_dirs import app_dirs
from casedesk.services.resources import resource

PACK_FILES = {
    "England": "england.toml",  # i18n: region key
    "Wales": "wales.toml",  # i18n: region key
    "Scotland": "scotland.toml",  # i18n: region key
    "Northern Ireland": "northern-ireland.toml",  # i18n: region key
}


@dataclass(frozen=True)
class LoadedPack:
    """The pack in use, where it came from, and what was wrong with a newer one."""

    pack: RulePack
    path: Path
    problems: list[PackProblem] = field(default_factory=list)


def agency_rules_dir() -> Path:
    """Where an agency puts its own packs (in CaseDesk's settings folder)."""
    return app_dirs().config / "rules"


def shipped_pack(region: str = "England") -> LoadedPack:  # i18n: region key
    """The pack CaseDesk ships for ``region`` (the demo is dated by it everywhere)."""
    shipped = resource(f"rules/{PACK_FILES.get(region, PACK_FILES['England'])}")
    pack = parse_pack(shipped.read_text(encoding="utf-8"), shipped.name)
    if not isinstance(pack, RulePack):  # the shipped packs are tested: this is a bug
        raise RuntimeError("; ".join(str(p) for p in pack))
    return LoadedPack(pack, shipped)


def load_pack(region: str = "England", folder: Path | None = None) -> LoadedPack:  # i18n: key
    """The rule pack for ``region``: the agency's if it reads well, else its last good copy,
    else the one CaseDesk ships (which the tests hold to be valid)."""
    name = PACK_FILES.get(region, PACK_FILES["England"])
    shipped = resource(f"rules/{name}")
    own = (folder or agency_rules_dir()) / name
    last_good = own.with_name(f".{name}.last-good")
    problems: list[PackProblem] = []
    if own.is_file():
        try:
            text = own.read_text(encoding="utf-8", errors="replace")
        except OSError as error:  # unreadable: said, and the last good copy used
            text = ""
            unreadable = translate("rule_packs", "cannot be read ({reason})").format(
                reason=error.strerror
            )
            problems = [PackProblem(str(own), 0, "", unreadable)]
        result = parse_pack(text, str(own)) if text else problems
        if isinstance(result, RulePack):
            try:
                if not last_good.is_file() or last_good.read_text(encoding="utf-8") != text:
                    last_good.write_text(text, encoding="utf-8")
            except OSError:
                pass  # no copy kept this time; the pack itself is good and used
            return LoadedPack(result, own)
        problems = result
        if last_good.is_file():
            kept = parse_pack(last_good.read_text(encoding="utf-8"), str(last_good))
            if isinstance(kept, RulePack):
                return LoadedPack(kept, last_good, problems)
    return LoadedPack(shipped_pack(region).pack, shipped, problems)
