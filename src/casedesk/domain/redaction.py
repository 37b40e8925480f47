"""Redaction for sharing: what a shared summary leaves out, applied to the data itself.

A summary is built from the record ``redact`` returns, never by covering text: a withheld
person is not in it (nor any record that names them, nor any entry about them, nor their
name in any text that remains); withheld contact details are gone with their addresses
and identifiers, and scrubbed from text; withheld entries are gone, and so is every entry
marked as holding third-party information, unless the worker chose to include it. Names
and addresses left in free text are replaced by "[withheld]", erring towards withholding
(a given name shared with someone kept is left alone only when it is not part of a
withheld full name).
"""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.errors import CaseDeskError, UsageError
from casedesk.domain.evidence import Significance
from casedesk.domain.people import Person
from casedesk.domain.team import Professional
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, shown_value, translate

WITHHELD = "[withheld]"
# A UK postcode ("NV3 4QT"), scrubbed wherever it is quoted apart from its address.
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)


class SummarySection(enum.Enum):
    """A part of a summary the worker can include or leave out."""

    PEOPLE = "people"
    IDENTIFICATION = "identification"
    TEAM = "team"
    CHRONOLOGY = "chronology"
    ASSESSMENTS = "assessments"
    DEADLINES = "deadlines"
    SUPERVISION = "supervision"
    SIGN_OFFS = "sign-offs"
    ESCALATIONS = "escalations"
    FLAGS = "flags"
    HEALTH = "health-check"
    SHARING_LOG = "sharing-log"

    @property
    def title(self) -> str:
        """Its heading in the document, in the worker's language."""
        return translate("redaction", _TITLES[self])


_TITLES = {
    SummarySection.PEOPLE: QT_TRANSLATE_NOOP("redaction", "Key people and the genogram"),
    SummarySection.IDENTIFICATION: QT_TRANSLATE_NOOP(
        "redaction", "Fathers and significant adults: identification"
    ),
    SummarySection.TEAM: QT_TRANSLATE_NOOP(
        "redaction", "The team around the family and the ecomap"
    ),
    SummarySection.CHRONOLOGY: QT_TRANSLATE_NOOP("redaction", "Chronology"),
    SummarySection.ASSESSMENTS: QT_TRANSLATE_NOOP("redaction", "Assessments and plans"),
    SummarySection.DEADLINES: QT_TRANSLATE_NOOP("redaction", "Deadlines"),
    SummarySection.SUPERVISION: QT_TRANSLATE_NOOP("redaction", "Supervision decisions"),
    SummarySection.SIGN_OFFS: QT_TRANSLATE_NOOP("redaction", "Sign-offs"),
    SummarySection.ESCALATIONS: QT_TRANSLATE_NOOP("redaction", "Escalations"),
    SummarySection.FLAGS: QT_TRANSLATE_NOOP("redaction", "Practice flags"),
    SummarySection.HEALTH: QT_TRANSLATE_NOOP("redaction", "Case health check"),
    SummarySection.SHARING_LOG: QT_TRANSLATE_NOOP("redaction", "Information shared before"),
}

ALL_SECTIONS = tuple(SummarySection)
# What a summary holds unless the worker chooses: the health check is an optional section
# (it is about the practice around the case as much as about the family).
DEFAULT_SECTIONS = tuple(s for s in SummarySection if s is not SummarySection.HEALTH)


def parse_sections(names: Iterable[str]) -> tuple[SummarySection, ...]:
    """Sections named on a command line (``people,chronology``), in document order."""
    wanted: set[SummarySection] = set()
    for name in names:
        for part in name.split(","):
            part = part.strip().lower()
            if not part:
                continue
            try:
                wanted.add(SummarySection(part))
            except ValueError:
                known = ", ".join(s.value for s in SummarySection)
                raise UsageError(
                    translate(
                        "redaction",
                        "'{part}' is not a section of a summary; the sections are: {known}.",
                    ).format(part=part, known=known)
                ) from None
    return tuple(s for s in SummarySection if s in wanted)


class ChronologyScope(enum.Enum):
    """Which chronology entries a summary lists."""

    ALL = "all"
    SIGNIFICANT = "significant"


@dataclass(frozen=True)
class Redaction:
    """What to withhold: people entirely, some people's (or team members') contact
    details, particular entries; third-party entries are withheld unless named in
    ``third_party_included``."""

    people: frozenset[str] = frozenset()
    contact_details: frozenset[str] = frozenset()
    entries: frozenset[str] = frozenset()
    third_party_included: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SummaryChoices:
    """Everything a worker chooses about one summary."""

    recipient: str
    purpose: str
    lawful_basis: str = ""
    sections: tuple[SummarySection, ...] = DEFAULT_SECTIONS
    scope: ChronologyScope = ChronologyScope.ALL
    from_date: date | None = None
    to_date: date | None = None
    court_layout: bool = False
    redaction: Redaction = field(default_factory=Redaction)

    def problems(self) -> list[str]:
        """What must be put right before a summary can be made."""
        found = []
        if not self.recipient.strip():
            found.append(translate("redaction", "Say who the summary is for (the recipient)."))
        if not self.purpose.strip():
            found.append(translate("redaction", "Say what the summary is for (its purpose)."))
        for what, text, limit in (
            (QT_TRANSLATE_NOOP("redaction", "recipient"), self.recipient, 200),
            (QT_TRANSLATE_NOOP("redaction", "purpose"), self.purpose, 500),
            (QT_TRANSLATE_NOOP("redaction", "lawful basis"), self.lawful_basis, 300),
        ):
            named = translate("redaction", what)
            if len(text) > limit:
                found.append(
                    translate(
                        "redaction", "Shorten the {what} to {limit} characters or fewer."
                    ).format(what=named, limit=limit)
                )
            allowed = "\n" if what == "purpose" else ""
            if any(not ch.isprintable() and ch not in allowed for ch in text):
                found.append(
                    translate(
                        "redaction", "The {what} holds a control character; type it again."
                    ).format(what=named)
                )
        if self.from_date and self.to_date and self.from_date > self.to_date:
            found.append(
                translate("redaction", "The chronology's 'from' date is after its 'to' date.")
            )
        if not self.sections:
            found.append(translate("redaction", "Choose at least one section to include."))
        return found

    def includes(self, section: SummarySection) -> bool:
        """True when the section is part of the summary."""
        return section in self.sections

    def chronology(self, entries: Iterable[ChronologyEntry]) -> list[ChronologyEntry]:
        """The entries the chronology section lists, oldest first."""
        chosen = []
        for entry in entries:
            if self.scope is ChronologyScope.SIGNIFICANT and (
                entry.significance is Significance.ROUTINE
            ):
                continue
            if self.from_date and (entry.until or entry.occurred_on) < self.from_date:
                continue
            if self.to_date and entry.occurred_on > self.to_date:
                continue
            chosen.append(entry)
        return chosen

    def chronology_words(self) -> str:
        """Which entries, in words (for the cover and the log)."""
        words = (
            translate("redaction", "significant entries")
            if self.scope is ChronologyScope.SIGNIFICANT
            else translate("redaction", "all")
        )
        if self.from_date or self.to_date:
            start = shown_day(self.from_date) or translate("redaction", "the start")
            end = shown_day(self.to_date) or translate("redaction", "the latest")
            words += translate("redaction", ", {start} to {end}").format(start=start, end=end)
        return words + (translate("redaction", ", court layout") if self.court_layout else "")


@dataclass(frozen=True)
class Redacted:
    """A record with what is withheld taken out, and what was withheld in words (for the
    log: counts and whose, never the withheld content itself)."""

    record: CaseRecord
    withheld: tuple[str, ...]
    scrub: Callable[[str], str]
    withheld_ids: frozenset[str] = frozenset()  # the people and entries left out
    # How many people, people or team members' contact details, and entries were left
    # out (counted, not read back from the words, which are in the worker's language).
    counts: tuple[int, int, int] = (0, 0, 0)

    def rests_on_withheld(self, ids: Iterable[str]) -> bool:
        """True when any of ``ids`` (a finding's records) was left out."""
        return not self.withheld_ids.isdisjoint(ids)


def _names_of(person: Person) -> list[str]:
    """Every form of a person's name a record may hold: in full, both ways round
    ("Bradcombe, Callum"), joined as scripts without spaces write it (surname first), as
    known, aliases, earlier names, and each name on its own ("Callum", "Bradcombe")."""
    given, family = person.given_names.strip(), person.family_name.strip()
    # The name as shown, but not the placeholder of a person whose name is not known.
    full = f"{person.given_names} {person.family_name}".strip()
    names = [full, person.known_as, *person.aliases, *person.previous_names]
    if given and family:
        names += [f"{family}, {given}", f"{family} {given}", family + given, given + family]
    names += [*given.split(), family, *person.known_as.split()]
    return [unicodedata.normalize("NFC", n.strip()) for n in names if len(n.strip()) >= 2]


_APOSTROPHES = "'\u2019\u2018\u02bc`"


def _pattern(texts: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for text in sorted(set(texts), key=len, reverse=True):
        # Whole words in scripts that space their words; any occurrence in those that do
        # not (a Chinese name inside a sentence has no word boundary around it). Spaces
        # match any run of spaces or a line break, an apostrophe any of its forms.
        bounded = _spaced_script(text)
        before, after = (r"(?<!\w)", r"(?!\w)") if bounded else ("", "")
        body = "".join(
            r"\s*" if ch.isspace() else f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch)
            for ch in text
        )
        parts.append(f"{before}{body}{after}")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _spaced_script(text: str) -> bool:
    """False for text in a script written without spaces between words (CJK, Thai)."""
    return not any(
        "\u0e00" <= ch <= "\u0e7f" or "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )


def _scrubber(texts: Iterable[str]) -> Callable[[str], str]:
    pattern = _pattern(texts)
    if pattern is None:
        return lambda text: text

    def scrub(text: str) -> str:
        # Matched as composed characters: "Zoë" typed with a separate accent is the same.
        return pattern.sub(WITHHELD, unicodedata.normalize("NFC", text)) if text else text

    return scrub


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> Any:
    """``value`` with every text in it (nested records and lists included) scrubbed."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, tuple):
        return tuple(_scrubbed(v, scrub) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.name in ("id", "case", "record_id") or not f.init:
                continue
            old = getattr(value, f.name)
            new = _scrubbed(old, scrub)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _refs_of(record: Any, kind: k.RecordKind, what: str) -> set[str]:
    found: set[str] = set()
    for f in kind.fields:
        codec = f.codec
        if getattr(codec, "what", None) != what or f.attr == "id":
            continue
        value = getattr(record, f.attr)
        if isinstance(value, str) and value:
            found.add(value)
        elif isinstance(value, tuple):
            found.update(v for v in value if isinstance(v, str))
    return found


def redact(record: CaseRecord, redaction: Redaction) -> Redacted:
    """``record`` with what ``redaction`` withholds taken out (see the module notes)."""
    child = record.case.subject_child
    if child in redaction.people:
        raise CaseDeskError(
            translate(
                "redaction",
                "{child} is the child the case is about, so cannot be withheld from its "
                "summary; withhold particular entries or details instead.",
            ).format(child=record.subject_child.display_name)
        )
    people: dict[str, Person] = {p.id: p for p in record.people}
    gone = {p for p in redaction.people if p in people}
    # A name a kept person also has (a surname shared with the child) is left alone on its
    # own; a withheld person's full name goes whatever a relative shares with it.
    kept_names = {n.lower() for p in record.people if p.id not in gone for n in _names_of(p)}
    secret_texts = [n for p in gone for n in _names_of(people[p]) if n.lower() not in kept_names]
    secret_texts += [unicodedata.normalize("NFC", people[p].display_name) for p in gone]
    contact = set(redaction.contact_details)
    places = [a.address for a in record.addresses if a.person in contact | gone]
    # A household is named by where it lives ("Danielle's flat, 88 Church Street").
    places += [h.household for h in record.households if h.person in contact | gone]
    for address in places:
        if any(ch.isdigit() for ch in address):
            secret_texts.append(address)
        # Its lines with a number (the house and street, the postcode) wherever they are
        # quoted ("Danielle's flat, 88 Church Street"); a town alone names no one.
        secret_texts += [
            part.strip()
            for part in re.split(r"[,\n]", address)
            if any(ch.isdigit() for ch in part) and len(part.strip()) >= 4
        ]
        secret_texts += _POSTCODE.findall(address)  # quoted on its own, too
    secret_texts += [i.value for i in record.identifiers if i.person in contact | gone]
    secret_texts += [
        p.contact for p in record.professionals if p.id in contact and len(p.contact) >= 3
    ]
    scrub = _scrubber(t for t in secret_texts if len(t.strip()) >= 2)

    withheld_entries: dict[str, str] = {}
    for entry in record.entries:
        if entry.id in redaction.entries:
            withheld_entries[entry.id] = "chosen"
        elif entry.third_party and entry.id not in redaction.third_party_included:
            withheld_entries[entry.id] = "third party"  # i18n: a key (words below)
        elif gone & set(entry.people):
            withheld_entries[entry.id] = "about a person withheld"  # i18n: a key (words below)
    values: dict[str, Any] = {}
    for kind in k.CASE_RECORD_KINDS:
        kept = []
        for item in getattr(record, kind.record_field):
            if kind is k.PEOPLE and item.id in gone:
                continue
            if kind is k.ENTRIES and item.id in withheld_entries:
                continue
            if _refs_of(item, kind, "person") & gone:
                continue
            if kind in (k.ADDRESSES, k.IDENTIFIERS) and item.person in contact:
                continue
            if _refs_of(item, kind, "chronology entry") & set(withheld_entries):  # i18n: a key
                continue
            if kind is k.PROFESSIONALS and item.id in contact:
                item = dataclasses.replace(item, contact="")
            if kind is k.SIGN_OFFS:
                # What a supervisor signed stays as signed (a copy scrubbed would no longer
                # verify); only what the summary prints of it is scrubbed.
                item = dataclasses.replace(
                    item, comment=scrub(item.comment), late_reason=scrub(item.late_reason)
                )
            else:
                item = _scrubbed(item, scrub)
            kept.append(item)
        values[kind.record_field] = tuple(kept)
    values["case"] = _scrubbed(record.case, scrub)
    redacted = CaseRecord(**values)
    contacts = len(contact & people.keys() - gone)
    contacts += len(contact & {q.id for q in record.professionals})
    return Redacted(
        redacted,
        _withheld_words(record, gone, contact, withheld_entries),
        scrub,
        frozenset(gone | set(withheld_entries)),
        (len(gone), contacts, len(withheld_entries)),
    )


def _withheld_words(
    record: CaseRecord, gone: set[str], contact: set[str], entries: dict[str, str]
) -> tuple[str, ...]:
    """What was withheld, by name (for the case file's own log, which the people who
    can open the file may read; a shared document says only how much)."""
    people: dict[str, Person] = {p.id: p for p in record.people}
    team: dict[str, Professional] = {p.id: p for p in record.professionals}
    words = [
        translate("redaction", "{name} (withheld entirely)").format(name=people[p].display_name)
        for p in sorted(gone)
    ]
    words += [
        translate("redaction", "the addresses and contact details of {name}").format(
            name=people[p].display_name
        )
        for p in sorted(contact)
        if p in people and p not in gone
    ]
    words += [
        translate("redaction", "the contact details of {name}").format(name=team[p].name)
        for p in sorted(contact)
        if p in team
    ]
    reasons = {
        "chosen": QT_TRANSLATE_NOOP("redaction", "chosen"),
        "third party": QT_TRANSLATE_NOOP("redaction", "third-party information"),  # i18n: key
        "about a person withheld": QT_TRANSLATE_NOOP(  # i18n: the key
            "redaction", "about a person withheld"
        ),
    }
    for entry in record.entries:
        if entry.id in entries:
            words.append(
                translate("redaction", "the {category} entry of {day} ({reason})").format(
                    category=shown_value(entry.category),
                    day=shown_day(entry.occurred_on),
                    reason=translate("redaction", reasons[entries[entry.id]]),
                )
            )
    return tuple(words)


def withheld_counts(redacted: Redacted) -> str:
    """How much was withheld, without saying what (for the shared document's cover)."""
    if not redacted.withheld:
        return ""
    people, contacts, entries = redacted.counts
    parts = []
    if people:
        parts.append(translate("redaction", "%n person(s)", None, people))
    if contacts:
        parts.append(translate("redaction", "the contact details of %n person(s)", None, contacts))
    if entries == 1:
        parts.append(translate("redaction", "%n chronology entry", None, entries))
    elif entries:
        parts.append(translate("redaction", "%n chronology entries", None, entries))
    return translate("redaction", "Withheld for sharing: {parts}.").format(parts=", ".join(parts))
