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
from casedesk.domain.wording import QT_TRANSLATE_NOOP, shown_day, shown_value, translate
from casedesk.export.pdf_drawing import fitted
from casedesk.export.pdf_text import BOLD, REGULAR, markup
from casedesk.services.summary import SummaryData

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
ALERT = colors.HexColor("#9b1c1c")
BLOCK = 60  # table rows per block: a reportlab table splits in time quadratic in its rows

BODY = ParagraphStyle(
    "Body",  # i18n: a style's name
    fontName=REGULAR,
    fontSize=9,
    leading=12,
    textColor=INK,
)
SMALL = ParagraphStyle("Small", parent=BODY, fontSize=7.5, leading=9.5)  # i18n: a style's name
CELL = ParagraphStyle("Cell", parent=BODY, fontSize=8, leading=10)  # i18n: a style's name
HEAD_CELL = ParagraphStyle("HeadCell", parent=CELL, fontName=BOLD)  # i18n: a style's name
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
FLAG = ParagraphStyle(
    "Flag",  # i18n: a style's name
    parent=BODY,
    leftIndent=10,
    bulletIndent=0,
    textColor=ALERT,
)


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped and made printable in any script)."""
    return Paragraph(markup(text), style)


def day(value: date | None) -> str:
    """A date as the whole document writes it (as the worker's locale writes it)."""
    return shown_day(value)


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
    title = translate("redaction", section.title)
    return [Bookmark(title, section.value), para(title, H2)]


def table(
    header: Sequence[str] | None, rows: Iterable[Sequence[str]], widths: Sequence[float]
) -> list[Flowable]:
    """A ruled table with a header row repeated on every page (``None``: a two-column
    list of facts, no header), in blocks of ``BLOCK`` rows."""
    head = [[para(h, HEAD_CELL) for h in header]] if header else []
    body = [[para(cell, CELL) for cell in row] for row in _split_long(rows)]
    if not body:
        return [para(translate("summary_sections", "None recorded."), SMALL)]
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
        return translate("summary_sections", "the child the case is about")
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
        return (
            translate("summary_sections", "sibling")
            if whole
            else translate("summary_sections", "half-sibling")
        )
    if child in {p for parents in parents_of.get(person.id, set()) for p in [parents]}:
        return translate("summary_sections", "the child's child")
    names = {p.id: p.display_name for p in record.people}
    for rel in record.relationships:
        if rel.kind.is_parental or rel.kind is RelationshipKind.SIGNIFICANT_ADULT:
            continue
        other = rel.to_person if rel.from_person == person.id else rel.from_person
        if person.id in (rel.from_person, rel.to_person) and other in parents_of.get(child, set()):
            return translate("summary_sections", "{relationship}: {person}").format(
                relationship=shown_value(rel.kind),
                person=names.get(other) or translate("summary_sections", "a parent"),
            )
    return translate("summary_sections", "family or household member")


def _born(person: Person, today: date) -> str:
    if person.is_unborn:
        return translate("summary_sections", "unborn, due {day}").format(
            day=day(person.expected_on)
        )
    if person.birth is None:
        return translate("summary_sections", "not known")
    born, age = str(person.birth), age_text(person.birth.value, today)
    if person.died_on:
        return translate("summary_sections", "{born} ({age}), died {day}").format(
            born=born, age=age, day=day(person.died_on)
        )
    return translate("summary_sections", "{born} ({age})").format(born=born, age=age)


def people(data: SummaryData, width: float) -> list[Flowable]:
    """Key people, the genogram (vector, with its key) and the genogram in words."""
    record, today = data.record, data.made_on
    rows = [
        (
            translate("summary_sections", "{name} (known as {known_as})").format(
                name=p.display_name, known_as=p.known_as
            )
            if p.known_as
            else p.display_name,
            _relationship(record, p),
            shown_value(p.sex),
            _born(p, today),
            shown_value(p.identification),
        )
        for p in record.people
    ]
    out = heading(SummarySection.PEOPLE)
    out += table(
        (
            translate("summary_sections", "Name"),
            translate("summary_sections", "To the child"),
            translate("summary_sections", "Sex"),
            translate("summary_sections", "Born"),
            translate("summary_sections", "Identification"),
        ),
        rows,
        (0.28 * width, 0.22 * width, 0.1 * width, 0.24 * width, 0.16 * width),
    )
    genogram = gm.build(record, today, data.genogram_positions or None)
    drawing = genogram_drawing.drawing(genogram)
    out += [
        Spacer(1, 8),
        KeepTogether(
            [para(translate("summary_sections", "Genogram"), H3), fitted(drawing, width, 560)]
        ),
    ]
    return out


def identification(data: SummaryData, width: float) -> list[Flowable]:
    """Fathers and significant adults: who is identified, and every attempt made."""
    record = data.record
    out = heading(SummarySection.IDENTIFICATION)
    if not record.father_recorded():
        out.append(
            para(
                translate("summary_sections", "No father is recorded for {child}.").format(
                    child=record.subject_child.display_name
                ),
                FLAG,
            )
        )
    refusals = record.refusals()
    for key in record.key_adults():
        person = key.person
        status = shown_value(person.identification)
        if person.id in refusals:
            line = translate(
                "summary_sections",
                "{name}, {role}: {status}. Refused or reluctant to be named %n time(s).",
                None,
                len(refusals[person.id]),
            ).format(name=person.display_name, role=key.role, status=status)
        else:
            line = translate("summary_sections", "{name}, {role}: {status}.").format(
                name=person.display_name, role=key.role, status=status
            )
        style = BODY if person.identification is Identification.IDENTIFIED else FLAG
        out.append(para(line, style))
        attempts = [a for a in record.identification_attempts if a.person == person.id]
        if attempts:
            out += table(
                (
                    translate("summary_sections", "Date"),
                    translate("summary_sections", "How"),
                    translate("summary_sections", "Asked"),
                    translate("summary_sections", "Answer"),
                    translate("summary_sections", "Outcome and next step"),
                ),
                (
                    (
                        day(a.attempted_on),
                        a.method,
                        translate("summary_sections", "{asker} asked {asked}").format(
                            asker=a.asked_by, asked=a.asked_whom
                        ),
                        f"{a.answer} ({a.reluctance})" if a.reluctance else a.answer,
                        "; ".join(x for x in (a.outcome, a.next_step) if x),
                    )
                    for a in attempts
                ),
                (0.13 * width, 0.15 * width, 0.2 * width, 0.27 * width, 0.25 * width),
            )
    if not record.key_adults():
        out.append(
            para(
                translate("summary_sections", "No parents or significant adults are recorded."),
                SMALL,
            )
        )
    return out


def team(data: SummaryData, width: float) -> list[Flowable]:
    """The team around the family, and the ecomap."""
    record, today = data.record, data.made_on
    rows = [
        (
            translate("summary_sections", "{name} (lead professional)").format(name=p.name)
            if p.lead
            else p.name,
            p.agency,
            p.role,
            translate("summary_sections", "{start} to {end}").format(
                start=day(p.involved_from),
                end=day(p.involved_to) or translate("summary_sections", "now"),
            ),
            p.consent_to_share.text(),
            p.contact,
        )
        for p in record.professionals
    ]
    out = heading(SummarySection.TEAM)
    out += table(
        (
            translate("summary_sections", "Name"),
            translate("summary_sections", "Agency"),
            translate("summary_sections", "Role"),
            translate("summary_sections", "Involved"),
            translate("summary_sections", "Consent to share"),
            translate("summary_sections", "Contact"),
        ),
        rows,
        tuple(width * f for f in (0.18, 0.15, 0.13, 0.16, 0.22, 0.16)),
    )
    if not any(p.lead and p.involved_to is None for p in record.professionals):
        out.append(para(translate("summary_sections", "No lead professional is named."), FLAG))
    ecomap = em.build(record, today)
    drawing = ecomap_drawing.drawing(ecomap)
    out += [
        Spacer(1, 8),
        KeepTogether(
            [para(translate("summary_sections", "Ecomap"), H3), fitted(drawing, width, 460)]
        ),
    ]
    return out


def _source(entry: ChronologyEntry) -> str:
    kind = shown_value(entry.source_type)
    words = f"{entry.source} ({kind})" if entry.source else kind
    corroboration = entry.corroboration
    by = entry.borne_out_by
    if corroboration is not Corroboration.UNVERIFIED and by:
        return translate("summary_sections", "{source}; {corroboration} by {by}").format(
            source=words, corroboration=shown_value(corroboration), by=by
        )
    if corroboration is not Corroboration.UNVERIFIED:
        return f"{words}; {shown_value(corroboration)}"
    if entry.rests_on_self_report:
        return translate("summary_sections", "{source}; self-report only").format(source=words)
    return words


def _event(entry: ChronologyEntry) -> str:
    text = entry.description
    if entry.child_words:
        text += "\n" + translate("summary_sections", 'The child said: "{words}"').format(
            words=entry.child_words
        )
    if entry.impact_on_child:
        text += "\n" + translate("summary_sections", "Impact on the child: {impact}").format(
            impact=entry.impact_on_child
        )
    if entry.action_taken:
        text += "\n" + translate("summary_sections", "Action taken: {action}").format(
            action=entry.action_taken
        )
    return text


def _when(entry: ChronologyEntry) -> str:
    shown = day(entry.occurred_on)
    if entry.until:
        shown = translate("summary_sections", "{start} to {end}").format(
            start=shown, end=day(entry.until)
        )
    if entry.precision.value != "exact":
        shown += f" ({shown_value(entry.precision)})"
    return shown


def chronology(data: SummaryData, width: float) -> list[Flowable]:
    """The chronology, in the worker's layout or the court's (Practice Direction 12A)."""
    choices = data.choices
    entries = choices.chronology(data.record.entries)
    out = heading(SummarySection.CHRONOLOGY)
    out.append(
        para(
            translate("summary_sections", "Entries: {which} ({count} listed).").format(
                which=choices.chronology_words(), count=len(entries)
            ),
            SMALL,
        )
    )
    if choices.court_layout:
        out += table(
            (
                translate("summary_sections", "No."),
                translate("summary_sections", "Date"),
                translate("summary_sections", "Event detail"),
                translate("summary_sections", "Witness or document reference"),
            ),
            ((str(n), _when(e), _event(e), _source(e)) for n, e in enumerate(entries, start=1)),
            (0.06 * width, 0.14 * width, 0.52 * width, 0.28 * width),
        )
        return out
    out += table(
        (
            translate("summary_sections", "Date"),
            translate("summary_sections", "What"),
            translate("summary_sections", "What happened"),
            translate("summary_sections", "Source and corroboration"),
        ),
        (
            (
                _when(e),
                translate("summary_sections", "{category} (significant)").format(
                    category=shown_value(e.category)
                )
                if e.significance > Significance.ROUTINE
                else shown_value(e.category),
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
        title = translate("summary_sections", "{assessment}, due {day}").format(
            assessment=a.title, day=day(a.due_on)
        )
        lines = [para(title, H3), para(status)]
        if a.decision:
            lines.append(
                para(
                    translate("summary_sections", "Decision: {decision}").format(
                        decision=a.decision
                    )
                )
            )
        answered = shown_value(a.concern_answered)
        if a.concern_answer:
            concern = translate(
                "summary_sections", "The original concern: {answered}: {answer}"
            ).format(answered=answered, answer=a.concern_answer)
        else:
            concern = translate("summary_sections", "The original concern: {answered}.").format(
                answered=answered
            )
        lines.append(para(concern))
        for gap in view.gaps:
            lines.append(
                para(translate("summary_sections", "Missing: {gap}").format(gap=gap.sentence), FLAG)
            )
        out.append(KeepTogether(lines))
    for plan in data.oversight.plans:
        category = shown_value(plan.entry.category).capitalize()
        on = day(plan.entry.occurred_on)
        if plan.sign_off:
            words = translate("summary_sections", "{plan} on {day}: {sign_off}").format(
                plan=category, day=on, sign_off=_signed(data, plan.sign_off)
            )
        elif plan.due:
            words = translate(
                "summary_sections", "{plan} on {day}: not signed off (due {due})"
            ).format(plan=category, day=on, due=day(plan.due))
        else:
            words = translate("summary_sections", "{plan} on {day}: not signed off").format(
                plan=category, day=on
            )
        out.append(para(words))
    if not views and not data.oversight.plans:
        out.append(
            para(translate("summary_sections", "No assessments or plans are recorded."), SMALL)
        )
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
            translate("summary_sections", "{deadline} (statutory)").format(deadline=d.name)
            if d.statutory
            else d.name,
            day(d.started_on),
            translate("summary_sections", "{due} (extended from {was})").format(
                due=day(d.due), was=day(d.due_on)
            )
            if d.extended_to
            else day(d.due),
            translate("summary_sections", "{status} on {day}").format(
                status=shown_value(d.status(data.made_on)), day=day(d.met_on)
            )
            if d.met_on
            else shown_value(d.status(data.made_on)),
            d.reason,
        )
        for d in sorted(data.record.deadlines, key=lambda d: d.due)
    ]
    out += table(
        (
            translate("summary_sections", "Deadline"),
            translate("summary_sections", "Started"),
            translate("summary_sections", "Due"),
            translate("summary_sections", "Status"),
            translate("summary_sections", "Reason (late, extended, cancelled)"),
        ),
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
            translate("summary_sections", "{supervisor} with {worker}").format(
                supervisor=s.supervisor, worker=s.worker
            ),
            s.decisions,
            s.not_to_act,
        )
        for s in view.supervisions
    ]
    out += table(
        (
            translate("summary_sections", "Held on"),
            translate("summary_sections", "Who"),
            translate("summary_sections", "Decisions"),
            translate("summary_sections", "Decided not to act, and why"),
        ),
        rows,
        (0.13 * width, 0.22 * width, 0.4 * width, 0.25 * width),
    )
    for gap in view.gaps:
        if gap.until:
            said = translate(
                "summary_sections",
                "No supervision from {since} to {until}: {days} days past the interval.",
            ).format(since=day(gap.since), until=day(gap.until), days=gap.days_over)
        else:
            said = translate(
                "summary_sections",
                "No supervision from {since} to the day of this summary: {days} days past "
                "the interval.",
            ).format(since=day(gap.since), days=gap.days_over)
        out.append(para(said, FLAG))
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
        out.append(para(translate("summary_sections", "No sign-offs are recorded."), SMALL))
    return out


def escalations(data: SummaryData, width: float) -> list[Flowable]:
    """Every escalation step: with whom, about what, and where it stands."""
    out = heading(SummarySection.ESCALATIONS)
    rows = [
        (
            translate("summary_sections", "{stage_name} (stage {stage})").format(
                stage_name=view.stage_name, stage=view.step.stage
            ),
            translate("summary_sections", "{day} by {raiser} with {whom}").format(
                day=day(view.step.raised_on), raiser=view.step.raised_by, whom=view.step.with_whom
            ),
            view.step.concern,
            translate("summary_sections", "due {day}; {status}, {days} days overdue").format(
                day=day(view.step.response_due),
                status=shown_value(view.status),
                days=view.days_overdue,
            )
            if view.days_overdue
            else translate("summary_sections", "due {day}; {status}").format(
                day=day(view.step.response_due), status=shown_value(view.status)
            ),
            "; ".join(x for x in (view.step.response, view.step.outcome) if x),
        )
        for view in data.oversight.escalations
    ]
    out += table(
        (
            translate("summary_sections", "Stage"),
            translate("summary_sections", "Raised"),
            translate("summary_sections", "Concern"),
            translate("summary_sections", "Response"),
            translate("summary_sections", "Response and outcome"),
        ),
        rows,
        tuple(width * f for f in (0.14, 0.2, 0.26, 0.18, 0.22)),
    )
    return out


def flags(data: SummaryData, width: float) -> list[Flowable]:
    """The practice flags CaseDesk raised on the day the summary was made."""
    out = heading(SummarySection.FLAGS)
    out += [para(line, FLAG) for line in data.flags] or [
        para(translate("summary_sections", "None."), SMALL)
    ]
    return out


MARKS = {
    "pass": QT_TRANSLATE_NOOP("summary_sections", "Passes"),
    "fail": QT_TRANSLATE_NOOP("summary_sections", "FAILS"),
    "not_applicable": QT_TRANSLATE_NOOP("summary_sections", "Does not apply"),
}


def health(data: SummaryData, width: float) -> list[Flowable]:
    """The case health check on the day the summary was made (withheld names scrubbed)."""
    out = heading(SummarySection.HEALTH)
    failed = sum(1 for r in data.health if r.failed)
    out.append(
        para(
            translate(
                "summary_sections",
                "{failed} of {total} checks fail. Each asks what serious case "
                "reviews keep finding; the themes are those of the review.",
            ).format(failed=failed, total=len(data.health)),
            SMALL,
        )
    )
    ordered = sorted(data.health, key=lambda r: (not r.failed, r.theme))
    out += table(
        (
            translate("summary_sections", "Theme"),
            translate("summary_sections", "Check"),
            translate("summary_sections", "Result"),
            translate("summary_sections", "What was found, and what to do next"),
        ),
        (
            (
                f"{int(r.theme)}. {translate('health_core', r.theme.title)}",
                r.question,
                translate("summary_sections", MARKS[r.status.value]),
                data.scrub(r.explanation)
                + (
                    "\n"
                    + translate("summary_sections", "Next: {step}").format(
                        step=data.scrub(r.next_step)
                    )
                    if r.next_step
                    else ""
                ),
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
        (
            translate("summary_sections", "Shared on"),
            translate("summary_sections", "With"),
            translate("summary_sections", "Purpose"),
            translate("summary_sections", "Document"),
            translate("summary_sections", "Countersigned"),
        ),
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
