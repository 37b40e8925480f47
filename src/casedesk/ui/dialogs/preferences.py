"""Edit > Preferences: how long CaseDesk waits before locking itself."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from casedesk.ui.settings import UiSettings


class PreferencesDialog(QDialog):
    """The idle-lock timeout (other preferences join it as they arrive)."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(" minutes")
        self.idle_minutes.setValue(settings.idle_lock_minutes())
        self.idle_minutes.setAccessibleName("Lock after this many minutes without use")
        note = QLabel(
            "The case file locks itself after this long without keyboard or mouse "
            "use, and you press Ctrl+L to lock it at once."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Lock when idle for:", self.idle_minutes)
        form.addRow(note)
        thresholds = settings.pattern_thresholds()
        self.pattern_fields: dict[str, QSpinBox] = {}
        form.addRow(QLabel("<b>Chronology patterns</b> (your local procedure may set these)"))
        for name, label, suffix, limit in (
            ("avoidance_count", "Avoidance events that make a pattern:", "", 20),
            ("avoidance_window_days", "…within:", " days", 730),
            ("incident_window_days", "Compare incidents over windows of:", " days", 730),
            ("contact_gap_days", "Flag no professional contact for more than:", " days", 365),
            (
                "new_adult_window_days",
                "Flag adults who joined a household in the last:",
                " days",
                730,
            ),
        ):
            spin = QSpinBox()
            spin.setRange(1, limit)
            spin.setSuffix(suffix)
            spin.setValue(getattr(thresholds, name))
            self.pattern_fields[name] = spin
            form.addRow(label, spin)
        form.addRow(buttons)

    def _save(self) -> None:
        self.settings.set_idle_lock_minutes(self.idle_minutes.value())
        self.settings.set_pattern_thresholds(
            replace(
                self.settings.pattern_thresholds(),
                **{name: spin.value() for name, spin in self.pattern_fields.items()},
            )
        )
        self.settings.sync()
        self.accept()
