"""The files a translator works from hold every sentence the application shows, and the
English counts read as English.

``scripts/update_translations.py`` writes them; these tests fail when the code has
words the files do not (run the script), or words not marked for translation at all.
"""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from casedesk.domain.wording import translate, use_translator
from casedesk.ui.translation import install_translations
from tests.i18n_scan import shown_modules, untranslated

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> set[tuple[str, str, bool]]:
    tree = ElementTree.parse(path)  # noqa: S314 - our own file
    return {
        (context.findtext("name") or "", message.findtext("source") or "",
         message.get("numerus") == "yes")
        for context in tree.iter("context")
        for message in context.iter("message")
    }  # fmt: skip


def test_every_word_for_a_person_is_marked_for_translation() -> None:
    left = {
        str(module.name): found for module in shown_modules() if (found := untranslated(module))
    }
    assert not left, "\n".join(
        f"{name}:{line}: {text[:80]!r}" for name, found in left.items() for line, text in found
    )


def test_the_translators_file_holds_every_sentence_the_code_marks(tmp_path: Path) -> None:
    script = _script()
    fresh = tmp_path / "casedesk.ts"
    script.extract(fresh)
    committed = _messages(script.TEMPLATE)
    found = _messages(fresh)
    assert len(found) > 1000, "lupdate found the application's sentences"
    assert found == committed, (
        f"{len(found - committed)} sentences not in resources/i18n/casedesk.ts and "
        f"{len(committed - found)} no longer in the code: run scripts/update_translations.py"
    )


def test_no_sentence_the_code_marks_is_missing_from_the_translators_file() -> None:
    """Read from the code's syntax tree, not by lupdate: its Python reader passes over a
    call whose count has brackets (``len(pages)``), which left 53 sentences untranslatable
    and the English desktop saying "2 page(s)"."""
    script = _script()
    committed = {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in ElementTree.parse(script.TEMPLATE).iter("context")  # noqa: S314
        for m in context.iter("message")
    }
    marked = script.marked_in_code()  # with each one's disambiguation, if any
    assert len(marked) > 1000
    assert not marked - committed, sorted(marked - committed)[:5]
    english = {(c, s) for c, s, counted in _messages(script.ENGLISH) if counted}
    counted = {(context, text) for context, text, _ in marked if "%n" in text}
    assert not counted - english, sorted(counted - english)[:5]


def test_the_compiled_english_file_is_the_one_its_source_makes(tmp_path: Path) -> None:
    script = _script()
    source = tmp_path / "casedesk_en.ts"
    shutil.copy(script.ENGLISH, source)
    compiled = source.with_suffix(".qm")
    script.compile_all(tmp_path)
    assert compiled.read_bytes() == script.ENGLISH.with_suffix(".qm").read_bytes()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[str]]:
    """The application's languages as a British worker's computer installs them."""
    loaded = install_translations(qapp, QLocale(QLocale.Language.English))
    yield loaded
    use_translator(None)


def test_a_count_reads_as_english_in_english(english: list[str]) -> None:
    assert any(path.endswith("casedesk_en.qm") for path in english)
    counted = [m for m in _messages(_script().ENGLISH) if m[2]]
    assert counted, "some sentence depends on a count"
    for context, source, _ in counted:
        one = translate(context, source, None, 1)
        two = translate(context, source, None, 2)
        assert "(s)" not in one + two and "%n" not in one + two, source
    assert QCoreApplication.translate(context, source, None, 1) == one
