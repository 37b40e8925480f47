"""Edit > Preferences: locking, where case files live, the region new files start with,
the signing certificate, the certificates trusted, and the chronology pattern thresholds.

Everything but the certificate is kept in the preferences file ``casedesk preferences``
also reads (no case content); the certificate is kept inside the open case file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.case_folder import EMPTY_FOLDER, folder_problem
from casedesk.ui.dialogs.preferences_pages import RegionPage, SigningPage, TrustPage
from casedesk.ui.look import warning_colour
from casedesk.ui.settings import UiSettings

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile

# The setting's name, its label, the spin box's unit and its largest value; the labels
# and units are translated where the page is built.
DAYS = QT_TRANSLATE_NOOP("preferences", " days")
PATTERN_FIELDS = (
    (
        "avoidance_count",
        QT_TRANSLATE_NOOP("preferences", "Avoidance events that make a pattern:"),
        "",
        20,
    ),
    ("avoidance_window_days", QT_TRANSLATE_NOOP("preferences", "…within:"), DAYS, 730),
    (
        "incident_window_days",
        QT_TRANSLATE_NOOP("preferences", "Compare incidents over windows of:"),
        DAYS,
        730,
    ),
    (
        "contact_gap_days",
        QT_TRANSLATE_NOOP("preferences", "Flag no professional contact for more than:"),
        DAYS,
        365,
    ),
    (
        "new_adult_window_days",
        QT_TRANSLATE_NOOP("preferences", "Flag adults who joined a household in the last:"),
        DAYS,
        730,
    ),
)


class PreferencesDialog(QDialog):
    """The person's preferences, a tab per subject; OK keeps them all, Cancel none."""

    help_page = "preferences"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        settings: UiSettings,
        parent: QWidget | None = None,
        case_file: CaseFile | None = None,
        edit_file_region: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("preferences", "Preferences"))
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general(), translate("preferences", "&General"))
        self.region_page = RegionPage(settings, case_file, edit_file_region)
        self.tabs.addTab(self.region_page, translate("preferences", "&Region"))
        self.signing_page = SigningPage(case_file)
        self.tabs.addTab(self.signing_page, translate("preferences", "&Signing"))
        self.trust_page = TrustPage(settings)
        self.tabs.addTab(self.trust_page, translate("preferences", "&Trusted certificates"))
        self.tabs.addTab(self._patterns(), translate("preferences", "Chronology &patterns"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_colour().name()};")
        self.error.setAccessibleName(translate("preferences", "Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 440)

    def _general(self) -> QWidget:
        page = QWidget()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(translate("preferences", " minutes"))
        self.idle_minutes.setValue(self.settings.idle_lock_minutes())
        self.idle_minutes.setAccessibleName(
            translate("preferences", "Lock after this many minutes without use")
        )
        self.folder = QLineEdit(str(self.settings.case_file_folder()))
        self.folder.setAccessibleName(translate("preferences", "Where your case files live"))
        choose = QPushButton(translate("preferences", "Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout(page)
        form.addRow(translate("preferences", "&Lock when idle for:"), self.idle_minutes)
        form.addRow(
            _hint(
                translate(
                    "preferences",
                    "The case file locks itself after this long without keyboard or mouse "
                    "use, and you press Ctrl+L to lock it at once.",
                )
            )
        )
        where = QLabel(translate("preferences", "&Case files live in:"))
        where.setBuddy(self.folder)
        form.addRow(where, folder_row)
        form.addRow(
            _hint(
                translate(
                    "preferences",
                    "New Case File and Open start here. Case files already elsewhere stay "
                    "where they are.",
                )
            )
        )
        self.folder.textChanged.connect(self._check_folder)
        return page

    def _patterns(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(_hint(translate("preferences", "Your local procedure may set these.")))
        thresholds = self.settings.pattern_thresholds()
        self.pattern_fields: dict[str, QSpinBox] = {}
        for name, label, suffix, limit in PATTERN_FIELDS:
            spin = QSpinBox()
            spin.setRange(1, limit)
            spin.setSuffix(translate("preferences", suffix) if suffix else "")
            spin.setValue(getattr(thresholds, name))
            self.pattern_fields[name] = spin
            form.addRow(translate("preferences", label), spin)
        return page

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("preferences", "Where your case files live"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _check_folder(self) -> None:
        typed = self.folder.text().strip()
        problem = folder_problem(Path(typed)) if typed else translate("case_folder", EMPTY_FOLDER)
        self.error.setText(problem or "")
        # OK would only be refused: it waits for a folder that can be used.
        self.ok_button.setEnabled(problem is None)

    def _save(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if folder != self.settings.case_file_folder():
            try:
                self.settings.set_case_file_folder(folder)
            except CaseDeskError as error:
                self.error.setText(str(error))
                self.tabs.setCurrentIndex(0)
                return  # nothing is kept until the folder can be used
        self.settings.set_idle_lock_minutes(self.idle_minutes.value())
        self.settings.set_default_region(self.region_page.region.currentData())
        self.settings.set_trusted_files(self.trust_page.files)
        self.settings.set_pattern_thresholds(
            replace(
                self.settings.pattern_thresholds(),
                **{name: spin.value() for name, spin in self.pattern_fields.items()},
            )
        )
        self.accept()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("EmptyHint")
    return label
