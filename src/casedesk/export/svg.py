"""A diagram as SVG: text stays text (searchable, readable by screen readers), lines stay
vectors. The document carries a <title> and <desc> (the text listing) for accessibility."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from casedesk.domain import diagram as d
from casedesk.export.bidi_text import starts_right_to_left
from casedesk.export.fonts import SVG_FAMILY, text_width


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _stroke(pen: d.Pen | None) -> str:
    if pen is None:
        return 'stroke="none"'
    dash = f' stroke-dasharray="{" ".join(_num(v) for v in pen.dash)}"' if pen.dash else ""
    return (
        f'stroke="{pen.colour}" stroke-width="{_num(pen.width)}"'
        f' stroke-linecap="round" stroke-linejoin="round"{dash}'  # i18n: SVG markup
    )


def _element(p: d.Primitive) -> str:
    if isinstance(p, d.Path):
        points = " ".join(f"{_num(x)},{_num(y)}" for x, y in p.points)
        tag = "polygon" if p.closed else "polyline"
        fill = p.fill if (p.closed and p.fill) else "none"
        return f'<{tag} points="{points}" fill="{fill}" {_stroke(p.pen)}/>'  # i18n: SVG markup
    if isinstance(p, d.Ellipse):
        return (
            f'<ellipse cx="{_num(p.centre[0])}" cy="{_num(p.centre[1])}" rx="{_num(p.rx)}"'
            f' ry="{_num(p.ry)}" fill="{p.fill or "none"}" {_stroke(p.pen)}/>'  # i18n: SVG markup
        )
    width = text_width(p.text, p.size, p.bold)
    left = p.at[0] - width / 2 if p.centred else p.at[0]
    parts = []
    if p.background:
        parts.append(
            f'<rect x="{_num(left - 1)}" y="{_num(p.at[1] - p.size * 0.95)}"'  # i18n: SVG markup
            f' width="{_num(width + 2)}" height="{_num(p.size * 1.25)}" fill="{p.background}"/>'
        )
    # The text stays in reading (logical) order: the viewer lays it out. A label whose
    # first letter is right to left is a right-to-left line (its start is on the right).
    rtl = starts_right_to_left(p.text)
    anchor = "middle" if p.centred else ("end" if rtl else "start")
    weight = ' font-weight="bold"' if p.bold else ""
    direction = ' direction="rtl" unicode-bidi="embed"' if rtl else ""  # i18n: SVG markup
    parts.append(
        f'<text x="{_num(p.at[0])}" y="{_num(p.at[1])}"'
        f' font-size="{_num(p.size)}" text-anchor="{anchor}" fill="{p.colour}"'
        f"{weight}{direction}>{escape(p.text)}</text>"  # i18n: SVG markup
    )
    return "".join(parts)


def to_svg(drawing: d.Drawing, description: str = "") -> str:
    """The whole drawing as an SVG document (white background, sized in points)."""
    w, h = _num(drawing.width), _num(drawing.height)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',  # i18n: SVG markup
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}pt" height="{h}pt"'
        f' viewBox="0 0 {w} {h}" role="img" font-family={quoteattr(SVG_FAMILY)}>',
        f"<title>{escape(drawing.title)}</title>",
    ]
    if description:
        lines.append(f"<desc>{escape(description)}</desc>")
    lines.append(f'<rect width="{w}" height="{h}" fill="#ffffff"/>')  # i18n: SVG markup
    lines.extend(_element(p) for p in drawing.primitives)
    lines.append("</svg>")
    return "\n".join(lines) + "\n"
