"""File > Region and Closure Days: what the case file's working days are."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from casedesk.domain.date_parsing import DateFormatError
from casedesk.domain.wording import translate
from casedesk.domain.working_days import REGIONS
from casedesk.services.deadlines import TimescaleSettings
from casedesk.ui.dates import shown_date
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.widgets.date_field import read_date
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box


class TimescaleSettingsDialog(QDialog):
    """The region (whose bank holidays are not working days) and the agency's closure days."""

    help_page = "deadlines-and-supervision"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        settings: TimescaleSettings,
        pack_name: str,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("timescale_settings", "Region and closure days"))
        about = QLabel(
            translate(
                "timescale_settings",
                "Deadlines are counted in working days: weekends, the region's bank holidays "
                "and the days below are not. Timescales come from the {pack} rule pack. "
                "Deadlines already recorded are not counted again by themselves: each case "
                "shows what would change, for its worker to confirm.",
            ).format(pack=pack_name)
        )
        about.setWordWrap(True)
        self.region = QComboBox()
        for region in REGIONS:  # shown in the worker's language, kept by its own name
            self.region.addItem(translate("working_days", region), region)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.region)))
        self.region.setAccessibleName(translate("timescale_settings", "Region"))
        self.pack_note = QLabel()
        self.pack_note.setWordWrap(True)
        self.region.currentIndexChanged.connect(lambda _: self._say_pack(self.region.currentData()))
        self._region_before = settings.region
        self.closures = text_box()
        self.closures.setTabChangesFocus(True)
        self.closures.setAccessibleName(translate("timescale_settings", "Closure days"))
        self.closures.setPlaceholderText(
            translate("timescale_settings", "one day a line, e.g. 2026-12-24")
        )
        self.closures.setPlainText("\n".join(shown_date(d) for d in sorted(settings.closures)))
        self.why = QLineEdit()
        self.why.setAccessibleName(translate("timescale_settings", "Why the change"))
        self.why.setPlaceholderText(
            translate("timescale_settings", "e.g. the office closes between Christmas and New Year")
        )
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(translate("timescale_settings", "Region:"), self.region)
        form.addRow(self.pack_note)
        form.addRow(translate("timescale_settings", "Closure days:"), self.closures)
        form.addRow(translate("timescale_settings", "Why:"), self.why)
        form.addRow(self.problems)
        buttons, self.ok = ok_cancel(self, translate("timescale_settings", "Save"))
        form.addRow(buttons)
        for widget in (self.region, self.closures, self.why):
            widget.setEnabled(not read_only)
        self.closures.textChanged.connect(self.validate)
        self.resize(520, 380)
        self.validate()

    def _say_pack(self, region: str) -> None:
        """Changing the region changes the rule pack, not only the bank holidays."""
        if region == self._region_before:
            self.pack_note.clear()
            return
        self.pack_note.setText(
            translate(
                "timescale_settings",
                "⚠ The timescales become {region}'s own rule pack. Deadlines {region}'s rules "
                "call for are recorded; those of {before}'s rules that {region}'s do not have "
                "are proposed, case by case, for you to cancel (Actions & deadlines).",
            ).format(
                region=translate("working_days", region),
                before=translate("working_days", self._region_before),
            )
        )

    def settings(self) -> TimescaleSettings | str:
        """The settings as typed, or the one sentence that stops them."""
        days: set[date] = set()
        for number, line in enumerate(self.closures.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            try:
                days.add(read_date(line.strip())[0])
            except DateFormatError as error:
                return translate(
                    "timescale_settings", "Closure days, line {number}: {error}"
                ).format(number=number, error=error)
        return TimescaleSettings(self.region.currentData(), frozenset(days))

    def reason(self) -> str:
        """Why (kept in the history), or a plain default."""
        return self.why.text().strip() or translate(
            "timescale_settings", "Region or closure days changed"
        )

    def validate(self, *_args: object) -> None:
        """Say what stops saving."""
        found = self.settings()
        show_problems(self.problems, self.ok, [found] if isinstance(found, str) else [])
