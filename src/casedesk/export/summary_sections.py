"""The sections of a case summary, as reportlab flowables, from already redacted data.

Every text goes through ``pdf_text.markup`` (any script prints, right-to-left names read
right); long tables are cut into blocks so laying out a chronology of thousands of entries
stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from casedesk.domain import ecomap as em
from casedesk.domain import ecomap_drawing, genogram_drawing
from casedesk.domain import genogram as gm
from casedesk.domain.ages import age_text
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.chronology import ChronologyEntry
from casedesk.domain.evidence import Corroboration, Significance
from casedesk.domain.people import Identification, Person
from casedesk.domain.redaction import SummarySection
from casedesk.domain.relationships import RelationshipKind
from casedesk.domain.sign_offs import SignOffCheck
from casedesk.export.pdf_drawing import fitted
from casedesk.export.pdf_text import BOLD, REGULAR, markup
from casedesk.services.summary import SummaryData

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
ALERT = colors.HexColor("#9b1c1c")
BLOCK = 60  # table rows per block: a reportlab table splits in time quadratic in its rows

BODY = ParagraphStyle("Body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)
SMALL = ParagraphStyle("Small", parent=BODY, fontSize=7.5, leading=9.5)
CELL = ParagraphStyle("Cell", parent=BODY, fontSize=8, leading=10)
HEAD_CELL = ParagraphStyle("HeadCell", parent=CELL, fontName=BOLD)
H1 = ParagraphStyle("H1", parent=BODY, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6)
# Headings stay with what follows them (never alone at the foot of a page).
H2 = ParagraphStyle(
    "H2",
    parent=BODY,
    fontName=BOLD,
    fontSize=12,
    leading=15,
    spaceBefore=10,
    spaceAfter=5,
    keepWithNext=1,
)
H3 = ParagraphStyle(
    "H3", parent=BODY, fontName=BOLD, fontSize=9.5, spaceBefore=6, spaceAfter=2, keepWithNext=1
)
FLAG = ParagraphStyle("Flag", parent=BODY, leftIndent=10, bulletIndent=0, textColor=ALERT)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped and made printable in any script)."""
    return Paragraph(markup(text), style)


def day(value: date | None) -> str:
    """A date as the whole document writes it."""
    return f"{value:%-d %b %Y}" if value else ""


class Bookmark(Flowable):  # type: ignore[misc]
    """A section's entry in the PDF's outline (its heading only: never case content)."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title, self.key = title, key
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


def heading(section: SummarySection) -> list[Flowable]:
    """A section's heading, with its bookmark."""
    return [Bookmark(section.title, section.value), para(section.title, H2)]


def table(
    header: Sequence[str] | None, rows: Iterable[Sequence[str]], widths: Sequence[float]
) -> list[Flowable]:
    """A ruled table with a header row repeated on every page (``None``: a two-column
    list of facts, no header), in blocks of ``BLOCK`` rows."""
    head = [[para(h, HEAD_CELL) for h in header]] if header else []
    body = [[para(cell, CELL) for cell in row] for row in _split_long(rows)]
    if not body:
        return [para("None recorded.", SMALL)]
    out: list[Flowable] = []
    for start in range(0, len(body), BLOCK):
        block = Table(
            [*head, *body[start : start + BLOCK]], colWidths=list(widths), repeatRows=len(head)
        )
        shade = (
            [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
            if head
            else [("LINEABOVE", (0, 0), (-1, 0), 0.3, RULE)]
        )
        block.setStyle(
            TableStyle(
                [
                    *shade,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out.append(block)
    return out


CELL_LIMIT = 1200  # characters: a longer cell goes on in rows below (a row cannot split)


def _split_long(rows: Iterable[Sequence[str]]) -> Iterator[Sequence[str]]:
    """Each row, and after a row with a cell too long for one page, rows that carry the
    rest of that cell (a table row taller than a page cannot be laid out)."""
    for row in rows:
        if all(len(cell) <= CELL_LIMIT for cell in row):
            yield row
            continue
        pieces = [chunks(cell, CELL_LIMIT) for cell in row]
        for n in range(max(len(p) for p in pieces)):
            yield [p[n] if n < len(p) else "" for p in pieces]


def chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most about ``limit`` characters, cut at spaces."""
    found: list[str] = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = limit if cut < 0 else cut
        found.append(text[:cut] + " …")
        text = "… " + text[cut:].lstrip()
    return [*found, text]


def _relationship(record: CaseRecord, person: Person) -> str:
    child = record.case.subject_child
    if person.id == child:
        return "the child the case is about"
    for key in record.key_adults():
        if key.person.id == person.id:
            return key.role
    parents_of: dict[str, set[str]] = {}
    for rel in record.relationships:
        if rel.kind.is_parental:
            parents_of.setdefault(rel.to_person, set()).add(rel.from_person)
    shared = parents_of.get(person.id, set()) & parents_of.get(child, set())
    if shared:
        whole = parents_of.get(person.id) == parents_of.get(child)
        return "sibling" if whole else "half-sibling"
    if child in {p for parents in parents_of.get(person.id, set()) for p in [parents]}:
        return "the child's child"
    names = {p.id: p.display_name for p in record.people}
    for rel in record.relationships:
        if rel.kind.is_parental or rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
            continue
        other = rel.to_person if rel.from_person == person.id else rel.from_person
        if person.id in (rel.from_person, rel.to_person) and other in parents_of.get(child, set()):
            return f"{rel.kind.value}: {names.get(other, 'a parent')}"
    return "family or household member"


def _born(person: Person, today: date) -> str:
    if person.is_unborn:
        return f"unborn, due {day(person.expected_on)}"
    if person.birth is None:
        return "not known"
    shown = f"{person.birth} ({age_text(person.birth.value, today)})"
    if person.died_on:
        shown += f", died {day(person.died_on)}"
    return shown


def people(data: SummaryData, width: float) -> list[Flowable]:
    """Key people, the genogram (vector, with its key) and the genogram in words."""
    record, today = data.record, data.made_on
    rows = [
        (
            p.display_name + (f" (known as {p.known_as})" if p.known_as else ""),
            _relationship(record, p),
            p.sex.value,
            _born(p, today),
            p.identification.value,
        )
        for p in record.people
    ]
    out = heading(SummarySection.PEOPLE)
    out += table(
        ("Name", "To the child", "Sex", "Born", "Identification"),
        rows,
        (0.28 * width, 0.22 * width, 0.1 * width, 0.24 * width, 0.16 * width),
    )
    genogram = gm.build(record, today, data.genogram_positions or None)
    drawing = genogram_drawing.drawing(genogram)
    out += [Spacer(1, 8), KeepTogether([para("Genogram", H3), fitted(drawing, width, 560)])]
    return out


def identification(data: SummaryData, width: float) -> list[Flowable]:
    """Fathers and significant adults: who is identified, and every attempt made."""
    record = data.record
    out = heading(SummarySection.IDENTIFICATION)
    if not record.father_recorded():
        out.append(para(f"No father is recorded for {record.subject_child.display_name}.", FLAG))
    refusals = record.refusals()
    for key in record.key_adults():
        person = key.person
        status = person.identification.value
        line = f"{person.display_name}, {key.role}: {status}."
        if person.id in refusals:
            count = len(refusals[person.id])
            line += f" Refused or reluctant to be named {count} time(s)."
        style = BODY if person.identification is Identification.IDENTIFIED else FLAG
        out.append(para(line, style))
        attempts = [a for a in record.identification_attempts if a.person == person.id]
        if attempts:
            out += table(
                ("Date", "How", "Asked", "Answer", "Outcome and next step"),
                (
                    (
                        day(a.attempted_on),
                        a.method,
                        f"{a.asked_by} asked {a.asked_whom}",
                        a.answer + (f" ({a.reluctance})" if a.reluctance else ""),
                        "; ".join(x for x in (a.outcome, a.next_step) if x),
                    )
                    for a in attempts
                ),
                (0.13 * width, 0.15 * width, 0.2 * width, 0.27 * width, 0.25 * width),
            )
    if not record.key_adults():
        out.append(para("No parents or significant adults are recorded.", SMALL))
    return out


def team(data: SummaryData, width: float) -> list[Flowable]:
    """The team around the family, and the ecomap."""
    record, today = data.record, data.made_on
    rows = [
        (
            p.name + (" (lead professional)" if p.lead else ""),
            p.agency,
            p.role,
            f"{day(p.involved_from)} to {day(p.involved_to) or 'now'}",
            p.consent_to_share.text(),
            p.contact,
        )
        for p in record.professionals
    ]
    out = heading(SummarySection.TEAM)
    out += table(
        ("Name", "Agency", "Role", "Involved", "Consent to share", "Contact"),
        rows,
        tuple(width * f for f in (0.18, 0.15, 0.13, 0.16, 0.22, 0.16)),
    )
    if not any(p.lead and p.involved_to is None for p in record.professionals):
        out.append(para("No lead professional is named.", FLAG))
    ecomap = em.build(record, today)
    drawing = ecomap_drawing.drawing(ecomap)
    out += [Spacer(1, 8), KeepTogether([para("Ecomap", H3), fitted(drawing, width, 460)])]
    return out


def _source(entry: ChronologyEntry) -> str:
    words = (
        f"{entry.source} ({entry.source_type.value})" if entry.source else entry.source_type.value
    )
    corroboration = entry.corroboration
    if corroboration is not Corroboration.UNVERIFIED:
        by = entry.borne_out_by
        words += f"; {corroboration.value}" + (f" by {by}" if by else "")
    elif entry.rests_on_self_report:
        words += "; self-report only"
    return words


def _event(entry: ChronologyEntry) -> str:
    text = entry.description
    if entry.child_words:
        text += f'\nThe child said: "{entry.child_words}"'
    if entry.impact_on_child:
        text += f"\nImpact on the child: {entry.impact_on_child}"
    if entry.action_taken:
        text += f"\nAction taken: {entry.action_taken}"
    return text


def _when(entry: ChronologyEntry) -> str:
    shown = day(entry.occurred_on)
    if entry.until:
        shown += f" to {day(entry.until)}"
    if entry.precision.value != "exact":
        shown += f" ({entry.precision.value})"
    return shown


def chronology(data: SummaryData, width: float) -> list[Flowable]:
    """The chronology, in the worker's layout or the court's (Practice Direction 12A)."""
    choices = data.choices
    entries = choices.chronology(data.record.entries)
    out = heading(SummarySection.CHRONOLOGY)
    out.append(para(f"Entries: {choices.chronology_words()} ({len(entries)} listed).", SMALL))
    if choices.court_layout:
        out += table(
            ("No.", "Date", "Event detail", "Witness or document reference"),
            ((str(n), _when(e), _event(e), _source(e)) for n, e in enumerate(entries, start=1)),
            (0.06 * width, 0.14 * width, 0.52 * width, 0.28 * width),
        )
        return out
    out += table(
        ("Date", "What", "What happened", "Source and corroboration"),
        (
            (
                _when(e),
                e.category.value
                + (" (significant)" if e.significance > Significance.ROUTINE else ""),
                _event(e),
                _source(e),
            )
            for e in entries
        ),
        (0.13 * width, 0.15 * width, 0.47 * width, 0.25 * width),
    )
    return out


def assessments(data: SummaryData, width: float) -> list[Flowable]:
    """Assessments (where each stands, what is missing, its sign-off) and plans."""
    out = heading(SummarySection.ASSESSMENTS)
    views = data.oversight.assessments
    for view in views:
        a = view.assessment
        status = _signed(data, view.sign_off) if view.sign_off else data.scrub(view.status)
        lines = [para(a.title + f", due {day(a.due_on)}", H3), para(status)]
        if a.decision:
            lines.append(para(f"Decision: {a.decision}"))
        lines.append(
            para(
                f"The original concern: {a.concern_answered.value}"
                + (f": {a.concern_answer}" if a.concern_answer else ".")
            )
        )
        for gap in view.gaps:
            lines.append(para(f"Missing: {gap.sentence}", FLAG))
        out.append(KeepTogether(lines))
    for plan in data.oversight.plans:
        words = f"{plan.entry.category.value.capitalize()} on {day(plan.entry.occurred_on)}: "
        words += _signed(data, plan.sign_off) if plan.sign_off else "not signed off"
        if plan.sign_off is None and plan.due:
            words += f" (due {day(plan.due)})"
        out.append(para(words))
    if not views and not data.oversight.plans:
        out.append(para("No assessments or plans are recorded.", SMALL))
    return out


def _signed(data: SummaryData, check: SignOffCheck) -> str:
    """A sign-off in words for sharing: without what changed since (those differences
    quote the record cut short, where a withheld name could be cut past scrubbing)."""
    return data.scrub(replace(check, differences=()).sentence())


def deadlines(data: SummaryData, width: float) -> list[Flowable]:
    """Every deadline and where it stands on the day the summary was made."""
    out = heading(SummarySection.DEADLINES)
    rows = [
        (
            d.name + (" (statutory)" if d.statutory else ""),
            day(d.started_on),
            day(d.due) + (f" (extended from {day(d.due_on)})" if d.extended_to else ""),
            d.status(data.made_on).value + (f" on {day(d.met_on)}" if d.met_on else ""),
            d.reason,
        )
        for d in sorted(data.record.deadlines, key=lambda d: d.due)
    ]
    out += table(
        ("Deadline", "Started", "Due", "Status", "Reason (late, extended, cancelled)"),
        rows,
        tuple(width * f for f in (0.27, 0.13, 0.18, 0.17, 0.25)),
    )
    return out


def supervision(data: SummaryData, width: float) -> list[Flowable]:
    """Supervision decisions on the case, and any gap past the agency's interval."""
    out = heading(SummarySection.SUPERVISION)
    view = data.oversight.supervision
    rows = [
        (
            day(s.held_on),
            f"{s.supervisor} with {s.worker}",
            s.decisions,
            s.not_to_act,
        )
        for s in view.supervisions
    ]
    out += table(
        ("Held on", "Who", "Decisions", "Decided not to act, and why"),
        rows,
        (0.13 * width, 0.22 * width, 0.4 * width, 0.25 * width),
    )
    for gap in view.gaps:
        until = day(gap.until) if gap.until else "the day of this summary"
        out.append(
            para(
                f"No supervision from {day(gap.since)} to {until}: {gap.days_over} days past "
                "the interval.",
                FLAG,
            )
        )
    return out


def sign_offs(data: SummaryData, width: float) -> list[Flowable]:
    """Every sign-off, as verified when the summary was made."""
    out = heading(SummarySection.SIGN_OFFS)
    checks = [v.sign_off for v in data.oversight.assessments if v.sign_off]
    checks += [p.sign_off for p in data.oversight.plans if p.sign_off]
    for check in checks:
        if check is not None:
            out.append(para(_signed(data, check)))
    if not checks:
        out.append(para("No sign-offs are recorded.", SMALL))
    return out


def escalations(data: SummaryData, width: float) -> list[Flowable]:
    """Every escalation step: with whom, about what, and where it stands."""
    out = heading(SummarySection.ESCALATIONS)
    rows = [
        (
            f"{view.stage_name} (stage {view.step.stage})",
            f"{day(view.step.raised_on)} by {view.step.raised_by} with {view.step.with_whom}",
            view.step.concern,
            f"due {day(view.step.response_due)}; {view.status.value}"
            + (f", {view.days_overdue} days overdue" if view.days_overdue else ""),
            "; ".join(x for x in (view.step.response, view.step.outcome) if x),
        )
        for view in data.oversight.escalations
    ]
    out += table(
        ("Stage", "Raised", "Concern", "Response", "Response and outcome"),
        rows,
        tuple(width * f for f in (0.14, 0.2, 0.26, 0.18, 0.22)),
    )
    return out


def flags(data: SummaryData, width: float) -> list[Flowable]:
    """The practice flags CaseDesk raised on the day the summary was made."""
    out = heading(SummarySection.FLAGS)
    out += [para(line, FLAG) for line in data.flags] or [para("None.", SMALL)]
    return out


MARKS = {"pass": "Passes", "fail": "FAILS", "not_applicable": "Does not apply"}


def health(data: SummaryData, width: float) -> list[Flowable]:
    """The case health check on the day the summary was made (withheld names scrubbed)."""
    out = heading(SummarySection.HEALTH)
    failed = sum(1 for r in data.health if r.failed)
    out.append(
        para(
            f"{failed} of {len(data.health)} checks fail. Each asks what serious case "
            "reviews keep finding; the themes are those of the review.",
            SMALL,
        )
    )
    ordered = sorted(data.health, key=lambda r: (not r.failed, r.theme))
    out += table(
        ("Theme", "Check", "Result", "What was found, and what to do next"),
        (
            (
                f"{int(r.theme)}. {r.theme.title}",
                r.question,
                MARKS[r.status.value],
                data.scrub(r.explanation)
                + (f"\nNext: {data.scrub(r.next_step)}" if r.next_step else ""),
            )
            for r in ordered
        ),
        (0.16 * width, 0.26 * width, 0.11 * width, 0.47 * width),
    )
    return out


def sharing_log(data: SummaryData, width: float) -> list[Flowable]:
    """Summaries shared before this one (when, to whom, why; never what was withheld)."""
    out = heading(SummarySection.SHARING_LOG)
    rows = [
        (
            day(d.made_on),
            d.recipient,
            d.purpose,
            d.document_id,
            f"{d.countersigned_by}, {day(d.countersigned_on)}" if d.countersigned_by else "",
        )
        for d in data.shared_before
    ]
    out += table(
        ("Shared on", "With", "Purpose", "Document", "Countersigned"),
        rows,
        tuple(width * f for f in (0.13, 0.22, 0.3, 0.18, 0.17)),
    )
    return out


SECTIONS: dict[SummarySection, Callable[[SummaryData, float], list[Flowable]]] = {
    SummarySection.PEOPLE: people,
    SummarySection.IDENTIFICATION: identification,
    SummarySection.TEAM: team,
    SummarySection.CHRONOLOGY: chronology,
    SummarySection.ASSESSMENTS: assessments,
    SummarySection.DEADLINES: deadlines,
    SummarySection.SUPERVISION: supervision,
    SummarySection.SIGN_OFFS: sign_offs,
    SummarySection.ESCALATIONS: escalations,
    SummarySection.FLAGS: flags,
    SummarySection.HEALTH: health,
    SummarySection.SHARING_LOG: sharing_log,
}
