"""What marks a case as a demonstration, and the words that say so wherever it shows.

A case file made by ``casedesk demo`` (or the welcome page's demo button) records in itself,
encrypted, that it holds fictional people (``services.demo``); a demo case carried into
another file by an export keeps its ``DEMO-`` reference. Either marks it: the title bar,
the case list, and every export and printout then carry ``DEMO_MARK``.
"""

from __future__ import annotations

from casedesk.domain.wording import QT_TRANSLATE_NOOP

# Translated where shown: ``translate("demonstration", DEMO_MARK)``.
DEMO_MARK = QT_TRANSLATE_NOOP(
    "demonstration", "DEMONSTRATION — fictional people, for training only"
)
# In the title bar, beside the file's name.
DEMO_TITLE = QT_TRANSLATE_NOOP("demonstration", "DEMONSTRATION (fictional people)")
# Published in the README on purpose: the demo holds fictional people only.
DEMO_PASSPHRASE = "demo case file - fictional people only"  # noqa: S105  # i18n: passphrase
DEMO_REFERENCE_PREFIX = "DEMO-"


def is_demo_reference(reference: str) -> bool:
    """A reference the demo generator gives: ``DEMO-0001``."""
    return reference.upper().startswith(DEMO_REFERENCE_PREFIX)
