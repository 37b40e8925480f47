"""Finding a combo box item by the value it carries.

``QComboBox.findData`` compares Python objects by identity once they are wrapped, so a
value loaded from the case file (an equal but distinct ``Category``, say) is not found and
the box shows nothing. This compares with Python's ``==`` instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value: object) -> int:
    """The row whose item data equals ``value``, or -1."""
    for row in range(combo.count()):
        if combo.itemData(row) == value:
            return row
    return -1
