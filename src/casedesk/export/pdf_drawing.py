"""A diagram as a reportlab vector drawing, for the PDF summary (and a PDF of its own).

Reportlab's y axis grows upwards; the diagram's grows downwards, so every y is flipped.
Text uses the bundled DejaVu Sans, embedded in the PDF, so any name in it prints.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.shapes import Drawing, Ellipse, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from casedesk.domain import diagram as d
from casedesk.export.pdf_text import BOLD, REGULAR, label_font, markup, register_fonts, visual

MAX_SCALE = 1.6


def _pen(pen: d.Pen | None) -> dict[str, object]:
    if pen is None:
        return {"strokeColor": None}
    style: dict[str, object] = {
        "strokeColor": HexColor(pen.colour),
        "strokeWidth": pen.width,
        "strokeLineCap": 1,
        "strokeLineJoin": 1,
    }
    if pen.dash:
        style["strokeDashArray"] = list(pen.dash)
    return style


def to_reportlab(drawing: d.Drawing) -> Drawing:
    """The diagram as a reportlab Drawing of the same size, in points."""
    register_fonts()
    h = drawing.height
    out = Drawing(drawing.width, h)
    for p in drawing.primitives:
        if isinstance(p, d.Path):
            flat = [v for x, y in p.points for v in (x, h - y)]
            if p.closed:
                fill = HexColor(p.fill) if p.fill else None
                out.add(Polygon(flat, fillColor=fill, **_pen(p.pen)))
            else:
                out.add(PolyLine(flat, **_pen(p.pen)))
        elif isinstance(p, d.Ellipse):
            fill = HexColor(p.fill) if p.fill else None
            out.add(
                Ellipse(p.centre[0], h - p.centre[1], p.rx, p.ry, fillColor=fill, **_pen(p.pen))
            )
        else:
            text = visual(p.text)
            font = label_font(text, p.bold)
            width = pdfmetrics.stringWidth(text, font, p.size)
            left = p.at[0] - width / 2 if p.centred else p.at[0]
            if p.background:
                out.add(
                    Rect(
                        left - 1,
                        h - p.at[1] - p.size * 0.3,
                        width + 2,
                        p.size * 1.25,
                        fillColor=HexColor(p.background),
                        strokeColor=None,
                    )
                )
            out.add(
                String(
                    p.at[0],
                    h - p.at[1],
                    text,
                    fontName=font,
                    fontSize=p.size,
                    fillColor=HexColor(p.colour),
                    textAnchor="middle" if p.centred else "start",
                )
            )
    return out


def fitted(drawing: d.Drawing, width: float, height: float) -> Drawing:
    """The drawing as a flowable scaled to fit ``width`` x ``height`` (a small one grows,
    but not so much that its text looks shouted)."""
    out = to_reportlab(drawing)
    scale = min(MAX_SCALE, width / drawing.width, height / drawing.height)
    out.scale(scale, scale)
    out.width, out.height = drawing.width * scale, drawing.height * scale
    return out


def pdf_bytes(drawing: d.Drawing, sections: list[tuple[str, list[str]]] | None = None) -> bytes:
    """An A4 PDF: the drawing on the first page (landscape if it is wide), then the same
    content as text, so the file can be read aloud or searched."""
    register_fonts()
    landscape = drawing.width > drawing.height
    size = (A4[1], A4[0]) if landscape else A4
    margin = 36.0
    out = BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=drawing.title,
        author="CaseDesk",
    )
    styles = getSampleStyleSheet()
    body = ParagraphStyle(
        "CaseDeskBody",  # i18n: a style's name
        parent=styles["BodyText"],
        fontName=REGULAR,
        fontSize=9,
    )
    heading = ParagraphStyle(
        "CaseDeskHeading",  # i18n: a style's name
        parent=styles["Heading3"],
        fontName=BOLD,
    )
    story: list[Flowable] = [fitted(drawing, size[0] - 2 * margin, size[1] - 2 * margin - 12)]
    if sections:
        story.append(PageBreak())
        for title, lines in sections:
            story.append(Paragraph(markup(title), heading))
            story.extend(Paragraph(markup(line), body) for line in lines)
            story.append(Spacer(1, 6))
    document.build(story)
    return out.getvalue()
