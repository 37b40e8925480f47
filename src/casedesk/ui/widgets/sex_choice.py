"""The one "Sex" choice every dialog that asks uses: it starts at "Unknown / not recorded",
never at a guess (a worker who skips the field must not record a man by default)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from casedesk.domain.people import Sex
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.widgets.combo import index_of

# The order and words of the choice; unknown first, as it is the default.
SEX_CHOICES = (
    (Sex.UNKNOWN, QT_TRANSLATE_NOOP("sex_choice", "Unknown / not recorded")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("sex_choice", "Female")),
    (Sex.MALE, QT_TRANSLATE_NOOP("sex_choice", "Male")),
    (Sex.OTHER, QT_TRANSLATE_NOOP("sex_choice", "Other")),
)
DEFAULT_SEX = Sex.UNKNOWN


def sex_choice(parent: QWidget | None = None) -> QComboBox:
    """A sex choice set to ``DEFAULT_SEX`` (drawn as a diamond on the genogram)."""
    combo = QComboBox(parent)
    combo.setAccessibleName(translate("sex_choice", "Sex (genogram symbol)"))
    for sex, text in SEX_CHOICES:
        combo.addItem(translate("sex_choice", text), sex)

    combo.setCurrentIndex(index_of(combo, DEFAULT_SEX))
    return combo
