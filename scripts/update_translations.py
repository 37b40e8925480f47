"""Refresh the translation files from the code: run this after changing any words a
person reads (``python scripts/update_translations.py``).

- ``resources/i18n/casedesk.ts``: every sentence the code marks (``translate``,
  ``QT_TRANSLATE_NOOP``; see ``casedesk/domain/wording.py``), the file a translator opens
  in Qt Linguist and saves as ``casedesk_<language>.ts`` beside it.
- ``resources/i18n/casedesk_en.ts``: English is the source language, so it needs only the
  sentences that depend on a count (``%n``), in their singular and plural forms ("1 visit",
  "2 visits"); forms not yet written are filled from the source's "(s)" and kept after
  that, so a person may correct them by hand.
- every ``casedesk_<language>.ts`` is compiled to the ``.qm`` the application loads.

``tests/test_translation_files.py`` fails when the code has words the files do not.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "casedesk"
I18N = ROOT / "resources" / "i18n"
TEMPLATE = I18N / "casedesk.ts"
ENGLISH = I18N / "casedesk_en.ts"
PLURAL = re.compile(r"\((e?s)\)")


def tool(name: str) -> str:
    """A Qt Linguist tool of the PySide6 beside this Python."""
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def marked_modules() -> list[str]:
    """Every module but the demo's generated content (case data, not the app's words)."""
    return sorted(str(path) for path in SOURCE.rglob("*.py") if "synthetic" not in path.parts)


def extract(target: Path, *options: str) -> None:
    """Write (or bring up to date) ``target`` with the code's marked sentences."""
    subprocess.run(
        [tool("lupdate"), *options, "-locations", "none", "-no-obsolete", "-source-language",
         "en", *marked_modules(), "-ts", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip
    add_missed(target)
    mark_counts(target)


def marked_in_code() -> set[tuple[str, str, str]]:
    """Every (context, sentence, disambiguation) the code marks with a literal context and
    sentence: ``translate(...)`` and ``QT_TRANSLATE_NOOP(...)``, read from the syntax tree."""
    found: set[tuple[str, str, str]] = set()
    for module in marked_modules():
        for node in ast.walk(ast.parse(Path(module).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            literal = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:3]]
            context, text = literal[0], literal[1]
            if isinstance(context, str) and isinstance(text, str):
                comment = literal[2] if len(literal) > 2 and isinstance(literal[2], str) else ""
                found.add((context, text, comment))
    return found


def add_missed(path: Path) -> int:
    """Add the sentences lupdate's Python reader passed over (it loses a call whose count
    is an expression with brackets, ``translate(c, "%n page(s)", None, len(pages))``, and
    every later call in the same statement): without this, 54 sentences never reached a
    translator, and English showed "2 page(s)". Returns how many were added."""
    tree = ElementTree.parse(path)  # noqa: S314 - our own file, as lupdate wrote it
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    present = {
        (name, m.findtext("source") or "", m.findtext("comment") or "")
        for name, context in contexts.items()
        for m in context.iter("message")
    }
    missed = sorted(marked_in_code() - present)
    for name, text, comment in missed:
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ElementTree.SubElement(root, "context")
            context.text, context.tail = "\n    ", "\n"
            label = ElementTree.SubElement(context, "name")
            label.text, label.tail = name, "\n"
        message = ElementTree.Element("message")
        ElementTree.SubElement(message, "source").text = text
        if comment:
            ElementTree.SubElement(message, "comment").text = comment
        ElementTree.SubElement(message, "translation", {"type": "unfinished"})
        # Laid out as lupdate lays out its own: one line each, four spaces a level.
        ElementTree.indent(message, space="    ", level=1)
        context[-1].tail, message.tail = "\n    ", "\n"
        context.append(message)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return len(missed)


def mark_counts(path: Path) -> None:
    """Mark every sentence with a count (``%n``) as having plural forms. lupdate's Python
    reader marks one only when the count is written as a number in the call, never when
    it is a variable (``translate(c, "%n day(s)", None, n)``), so a translator would get
    one form where Welsh needs six."""
    tree = ElementTree.parse(path)  # noqa: S314 - our own file, as lupdate wrote it
    for message in tree.iter("message"):
        translation = message.find("translation")
        if "%n" not in (message.findtext("source") or "") or translation is None:
            continue
        message.set("numerus", "yes")
        if translation.find("numerusform") is None:
            text, translation.text = translation.text, None
            ElementTree.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


def english_counts() -> None:
    """``casedesk_en.ts``: the template's sentences with a count, keeping the English
    forms already written (by the fill below, or corrected by hand)."""
    written: dict[tuple[str, str], ElementTree.Element] = {}
    if ENGLISH.exists():
        for context in ElementTree.parse(ENGLISH).iter("context"):  # noqa: S314
            for message in context.iter("message"):
                key = (context.findtext("name") or "", message.findtext("source") or "")
                written[key] = message
    root = ElementTree.Element(
        "TS", {"version": "2.1", "language": "en_GB", "sourcelanguage": "en"}
    )
    for context in ElementTree.parse(TEMPLATE).iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        counted = [m for m in context.iter("message") if m.get("numerus") == "yes"]
        if not counted:
            continue
        kept = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(kept, "name").text = name
        for message in counted:
            key = (name, message.findtext("source") or "")
            kept.append(written.get(key, message))
    ElementTree.ElementTree(root).write(ENGLISH, encoding="utf-8", xml_declaration=True)


def fill_english_plurals(path: Path) -> int:
    """Give each count-dependent sentence not yet written its English singular and plural
    ("%n visit(s)" -> "%n visit", "%n visits"); returns how many were filled."""
    tree = ElementTree.parse(path)  # noqa: S314 - our own file, as lupdate wrote it
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(ElementTree.SubElement(translation, "numerusform"))
        forms[0].text = PLURAL.sub("", source)
        forms[1].text = PLURAL.sub(r"\1", source)
        del translation.attrib["type"]
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def compile_all(folder: Path = I18N) -> None:
    """Compile every language's ``.ts`` in ``folder`` (not the template) to the ``.qm``
    Qt loads."""
    for ts in sorted(folder.glob("casedesk_*.ts")):
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> int:
    """Extract, fill the English plurals, compile."""
    I18N.mkdir(parents=True, exist_ok=True)
    extract(TEMPLATE)
    english_counts()
    filled = fill_english_plurals(ENGLISH)
    compile_all()
    count = sum(1 for _ in ElementTree.parse(TEMPLATE).iter("message"))  # noqa: S314
    print(f"{count} sentences in {TEMPLATE.relative_to(ROOT)}; {filled} English plurals filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
