"""How a sentence meant for the worker reaches their language: the one door every layer
goes through for the words it shows and the dates in them.

English is the source language. Each sentence is written once, in full, with its
changing parts as named fields (``translate("Deadlines", "Due on {day}.").format(day=...)``)
so a translator sees the whole sentence and can move the fields; a sentence that depends
on a count passes it as ``n`` and writes ``%n`` where the number goes, so a language with
other plural rules can have its own forms. Qt Linguist's ``lupdate`` finds every call by
its name (``translate``, and ``QT_TRANSLATE_NOOP`` for a sentence defined before it is
shown, such as an enumeration's label): ``scripts/update_translations.py`` writes them
to ``resources/i18n/casedesk.ts``, the file a translator works in.

The domain cannot import Qt (it is plain Python, used by the command line too), so this
module keeps a hook: until the desktop application installs Qt's translator with
:func:`use_translator`, text comes back as written. Dates work the same way: a sentence
writes a day with :func:`shown_day`, which is ``09 Mar 2025`` until the application
installs the worker's locale (``30/06/2026`` in the UK, ``6/30/2026`` in the US). Files
(JSON, CSV) never go through here: they keep ISO 8601.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

Translator = Callable[[str, str, "str | None", int], str]
DayWriter = Callable[[date], str]


class HasValue(Protocol):
    """An enumeration's member, or anything else with a value to show."""

    @property
    def value(self) -> Any: ...


_PLURAL = re.compile(r"\((e?s)\)")


def _as_written(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return text
    # English's own singular and plural, as resources/i18n/casedesk_en.ts writes them for
    # the desktop: "%n day(s)" is "1 day", "2 days".
    counted = _PLURAL.sub("" if n == 1 else r"\1", text)
    return counted.replace("%n", str(n))


def _day_as_written(day: date) -> str:
    return f"{day:%d %b %Y}"


_translator: Translator = _as_written
_day_writer: DayWriter = _day_as_written


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (English, as written in the code) in the worker's language, found by
    ``context`` (the screen or module it belongs to); ``n``, a count, replaces ``%n``."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate finds
    """Marks ``text`` for translation where it is defined (a label in a table, an
    enumeration's name) and returns it unchanged: it is translated where it is shown,
    with ``translate(context, text)``, so a change of language needs no restart of the
    module that defined it."""
    return text


def shown_value(member: HasValue) -> str:
    """An enumeration's member (or a chronology category) as the worker reads it: its
    value translated in the context of its class's name, where its definition marks the
    value with ``QT_TRANSLATE_NOOP("<class name>", "<value>")``. A value the worker typed
    (a category of their own) has no translation and comes back as written."""
    value = member.value
    return translate(type(member).__name__, value if isinstance(value, str) else str(value))


def shown_day(day: date | None) -> str:
    """``day`` as the worker's locale writes it; no day, nothing."""
    return _day_writer(day) if day is not None else ""


def use_translator(translator: Translator | None, day_writer: DayWriter | None = None) -> None:
    """Install the application's translator and date writer (the desktop's Qt ones);
    ``None`` puts back the text and dates as written."""
    global _translator, _day_writer
    _translator = translator or _as_written
    _day_writer = day_writer or _day_as_written
