"""A case summary as an A4 PDF (reportlab, no Qt): the cover, the chosen sections and a
verification page with room for the worker's signature and a supervisor's
countersignature.

Every page carries the case reference, the document id and "Page X of Y". The fonts are
embedded; the text layer is real text (searchable, readable aloud). The metadata says
what the document is and who made it, and nothing from the case beyond its reference.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from casedesk.domain.demonstration import DEMO_MARK
from casedesk.domain.wording import shown_value, translate
from casedesk.export import pdf_signatures as sig
from casedesk.export import summary_sections as s
from casedesk.export.pdf_text import BOLD, REGULAR, register_fonts
from casedesk.services.summary import SummaryData

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 42.0
WIDTH = PAGE_WIDTH - 2 * MARGIN
# Where the signatures go on the verification page (x1, y1, x2, y2 in points).
SIGNATURE_BOX = (MARGIN, 96.0, MARGIN + 248.0, 176.0)
COUNTERSIGNATURE_BOX = sig.COUNTERSIGNATURE_BOX  # where verification allows one
DOCUMENT_ID_KEY = "CaseDeskDocumentId"  # i18n: a PDF key, part of the file format

Progress = Callable[[str], None]


class _Info(PDFInfo):  # type: ignore[misc]
    """The document information dictionary, with the document id as its own entry (so a
    verifier can name the document without reading its pages)."""

    document_id = ""

    def format(self, document: Any) -> bytes:
        text: bytes = super().format(document)
        extra: bytes = PDFDictionary({DOCUMENT_ID_KEY: PDFString(self.document_id)}).format(
            document
        )
        # Both are "<< ... >>": splice the extra entry into the standard dictionary.
        spliced: bytes = text.rstrip()[:-2] + extra.strip()[2:]
        return spliced


def _numbered_canvas(footer: str, demo: bool) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Draws "Page X of Y" once the number of pages is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(s.MUTED)
            self.drawString(MARGIN, 24, footer)
            self.drawRightString(
                PAGE_WIDTH - MARGIN,
                24,
                translate("summary_pdf", "Page {number} of {total}").format(
                    number=number, total=total
                ),
            )
            if demo:
                self.setFont(BOLD, 8)
                self.setFillColor(s.ALERT)
                self.drawCentredString(
                    PAGE_WIDTH / 2, PAGE_HEIGHT - 26, translate("demonstration", DEMO_MARK)
                )
            self.restoreState()

    return NumberedCanvas


def _verification_page(canvas: Canvas, _document: Any) -> None:
    """The signature areas' labels (the signatures themselves are added when signing)."""
    canvas.saveState()
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(s.INK)
    canvas.drawString(SIGNATURE_BOX[0], SIGNATURE_BOX[3] + 6, translate("summary_pdf", "Signed by"))
    canvas.drawString(
        COUNTERSIGNATURE_BOX[0],
        COUNTERSIGNATURE_BOX[3] + 6,
        translate("summary_pdf", "Countersigned by (a supervisor)"),
    )
    canvas.setStrokeColor(s.RULE)
    canvas.setDash(2, 2)
    x1, y1, x2, y2 = COUNTERSIGNATURE_BOX
    canvas.rect(x1, y1, x2 - x1, y2 - y1)
    canvas.restoreState()


def _cover(data: SummaryData) -> list[Flowable]:
    record, choices = data.record, data.choices
    child = record.subject_child
    out: list[Flowable] = [
        s.para(translate("summary_pdf", "Case summary"), s.H1),
        s.para(
            translate("summary_pdf", "Case {reference}: {child}").format(
                reference=record.case.reference, child=child.display_name
            ),
            s.H2,
        ),
    ]
    pieces = s.chunks(record.case.original_concern, s.CELL_LIMIT)
    concern = Table(
        [
            [s.para(translate("summary_pdf", "The original concern"), s.HEAD_CELL)],
            *([s.para(p)] for p in pieces),
        ],
        colWidths=[WIDTH],
        repeatRows=1,
    )
    concern.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, s.ALERT),
                ("BACKGROUND", (0, 0), (-1, 0), s.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    out += [Spacer(1, 6), concern, Spacer(1, 10)]
    if data.agency:
        author = translate("summary_pdf", "{name} ({role}, {agency})").format(
            name=data.author, role=data.author_role, agency=data.agency
        )
    else:
        author = translate("summary_pdf", "{name} ({role})").format(
            name=data.author, role=data.author_role
        )
    sections = "; ".join(translate("redaction", section.title) for section in choices.sections)
    facts = [
        (translate("summary_pdf", "For"), choices.recipient),
        (translate("summary_pdf", "Purpose"), choices.purpose),
        (
            translate("summary_pdf", "Lawful basis"),
            choices.lawful_basis or translate("summary_pdf", "not stated"),
        ),
        (translate("summary_pdf", "Made by"), author),
        (translate("summary_pdf", "Made on"), s.day(data.made_on)),
        (translate("summary_pdf", "Case opened"), s.day(record.case.opened_on)),
        (translate("summary_pdf", "Legal status"), shown_value(record.case.legal_status)),
        (translate("summary_pdf", "Chronology"), choices.chronology_words()),
        (translate("summary_pdf", "Sections"), sections),
        (translate("summary_pdf", "Document id"), data.document_id),
    ]
    if data.withheld_note:
        facts.append((translate("summary_pdf", "Withheld"), data.withheld_note))
    out += s.table(None, facts, (0.22 * WIDTH, 0.78 * WIDTH))[:1]
    out.append(
        s.para(
            translate(
                "summary_pdf",
                "This summary is signed: its last page says how to check that it is whole and "
                "who signed it. It holds personal information about a child and family: keep it "
                "securely and share it no further than its purpose needs.",
            ),
            s.SMALL,
        )
    )
    return out


def _verification(data: SummaryData, signer: str, fingerprint: str) -> list[Flowable]:
    seq, digest = data.audit_head
    facts = [
        (translate("summary_pdf", "Document id"), data.document_id),
        (translate("summary_pdf", "Signed by"), signer),
        (translate("summary_pdf", "Certificate fingerprint (SHA-256)"), fingerprint),
        (
            translate("summary_pdf", "Case file's audit trail at signing"),
            translate("summary_pdf", "entry {entry}, hash {hash}").format(
                entry=f"{seq:,}", hash=digest
            ),
        ),
    ]
    return [
        s.Bookmark(translate("summary_pdf", "Verification"), "verification"),
        s.para(translate("summary_pdf", "Verification"), s.H2),
        s.para(
            translate(
                "summary_pdf",
                "The signature below covers every page of this document. Any change to it after "
                "signing, even one added on top by a PDF editor, is reported by 'casedesk verify' "
                "(and by PDF readers that check signatures). To know the signer is who they say, "
                "trust their agency's root certificate, or their own, and compare this "
                "fingerprint with them by phone:",
            )
        ),
        Spacer(1, 6),
        *s.table(None, facts, (0.34 * WIDTH, 0.66 * WIDTH)),
        Spacer(1, 6),
        s.para(
            translate(
                "summary_pdf",
                "The audit trail entry lets the case file's owner show that its history has not "
                "been rewritten since this summary was made.",
            ),
            s.SMALL,
        ),
    ]


def summary_pdf(
    data: SummaryData, signer: str, fingerprint: str, progress: Progress | None = None
) -> bytes:
    """The summary's PDF, unsigned, with a verification page naming ``signer`` and their
    certificate's ``fingerprint`` (the signature is added by ``export.summary``)."""
    register_fonts()
    say = progress or (lambda _message: None)
    out = BytesIO()
    frame = Frame(MARGIN, 40, WIDTH, PAGE_HEIGHT - 40 - MARGIN, id="body")
    last_frame = Frame(MARGIN, 200, WIDTH, PAGE_HEIGHT - 200 - MARGIN, id="verification")
    document = BaseDocTemplate(
        out,
        pagesize=A4,
        title=translate("summary_pdf", "Case summary {reference}").format(
            reference=data.record.case.reference
        ),
        author=data.author,
        subject=translate("summary_pdf", "CaseDesk case summary {document}").format(
            document=data.document_id
        ),
        creator="CaseDesk",
        producer="CaseDesk (reportlab)",  # i18n: the producing software's name
        keywords="",
        lang="en-GB",
    )
    document.addPageTemplates(
        [
            PageTemplate("body", [frame]),
            PageTemplate("verification", [last_frame], onPage=_verification_page),
        ]
    )
    story: list[Flowable] = _cover(data)
    for section in data.choices.sections:
        say(
            translate("summary_pdf", "Laying out: {section}").format(
                section=translate("redaction", section.title).lower()
            )
        )
        story += [PageBreak()] if section is data.choices.sections[0] else [Spacer(1, 6)]
        story += s.SECTIONS[section](data, WIDTH)
    story += [NextPageTemplate("verification"), PageBreak()]
    story += _verification(data, signer, fingerprint)
    reference = data.record.case.reference
    footer = translate("summary_pdf", "Case {reference} · Document {document}").format(
        reference=reference, document=data.document_id
    )
    say(translate("summary_pdf", "Writing the pages"))

    def canvasmaker(*args: Any, **kwargs: Any) -> Canvas:
        canvas = _numbered_canvas(footer, data.demo)(*args, **kwargs)
        info = _Info()
        info.__dict__.update(canvas._doc.info.__dict__)
        info.document_id = data.document_id
        canvas._doc.info = info
        return canvas

    document.build(story, canvasmaker=canvasmaker)
    return out.getvalue()
