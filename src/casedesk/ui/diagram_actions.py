"""The controller's work on the genogram and ecomap tabs: keeping dragged positions,
Re-layout, exporting a drawing, and adding or changing ecomap links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.ids import PersonId
from casedesk.domain.team import Support
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.ui.case_actions import CaseActions

GENOGRAM = "genogram"
EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "diagram_actions", "SVG drawing (*.svg);;PNG image (*.png);;PDF document (*.pdf)"
)


class DiagramActions(CaseActions):
    """Mixed into ``Controller``: the diagram tabs' requests."""

    def connect_diagrams(self) -> None:
        """Connect the tabs' signals (called once by the controller)."""
        view = self.window.case_view
        view.genogram.person_placed.connect(self.place_person)
        view.genogram.relayout_requested.connect(self.relayout)
        view.genogram.export_requested.connect(self.export_diagram)
        view.ecomap.export_requested.connect(self.export_diagram)
        view.ecomap.add_support_requested.connect(self.add_support)
        view.ecomap.edit_support_requested.connect(self.edit_support)

    def place_person(self, person: str, x: float, y: float) -> None:
        """Keep a dragged person's position (the drawing has already moved)."""
        record = self.window.case_view.record
        if self.editor is None or record is None:
            return
        try:
            self.editor.place_person(record, GENOGRAM, PersonId(person), (x, y))
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("diagram_actions", "Position not kept"), str(error)
            )

    def relayout(self) -> None:
        """Return everyone to the automatic layout."""
        record = self.window.case_view.record
        if self.editor is None or record is None or self.case_file is None:
            return
        try:
            self.editor.relayout(record, GENOGRAM)
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("diagram_actions", "Not laid out again"), str(error)
            )
            return
        # Positions are how the drawing is presented, not facts: only the drawing changes.
        self.window.case_view.genogram.show_record(record, {}, self.case_file.read_only)

    def export_diagram(self, kind: str) -> None:
        """Save the genogram or ecomap, as shown, to a file the worker chooses."""
        view = self.window.case_view
        tab = view.genogram if kind == GENOGRAM else view.ecomap
        made = tab.drawing()
        record = view.record
        if made is None or record is None:
            return
        suggested = Path.home() / f"{record.case.reference}-{kind}-{tab.day():%Y-%m-%d}.svg"
        title = (
            translate("diagram_actions", "Export the genogram")
            if kind == GENOGRAM
            else translate("diagram_actions", "Export the ecomap")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), translate("diagram_actions", EXPORT_FILTERS)
        )
        if not path:
            return
        # Loaded on first use: reportlab and Pillow need not slow start-up.
        from casedesk.export.diagrams import write_diagram

        try:
            demo = self.case_file is not None and self.case_file.is_demo(record.case.reference)
            write_diagram(made[0], made[1], Path(path), record.case, demo)
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("diagram_actions", "Not exported"), str(error)
            )
            return
        if kind == GENOGRAM:
            saved = translate(
                "diagram_actions",
                "The genogram was saved to {path}. It is not encrypted: keep it as safely as "
                "the case file, and delete it when it has been shared.",
            ).format(path=path)
        else:
            saved = translate(
                "diagram_actions",
                "The ecomap was saved to {path}. It is not encrypted: keep it as safely as "
                "the case file, and delete it when it has been shared.",
            ).format(path=path)
        self.window.statusBar().showMessage(saved, 15000)

    def add_support(self) -> None:
        """Add a link to the ecomap."""
        from casedesk.ui.dialogs.support import SupportDialog

        record = self.window.case_view.record
        if record is None:
            return
        dialog = SupportDialog(record, self._today(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            support = dialog.support()
            self._run_edit(lambda e: e.add_support(record, support))

    def edit_support(self, old: object) -> None:
        """Change an ecomap link, with the reason."""
        from casedesk.ui.dialogs.support import SupportDialog

        record = self.window.case_view.record
        if record is None or not isinstance(old, Support):
            return
        dialog = SupportDialog(record, self._today(), self.window, existing=old)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, reason = dialog.support(), dialog.reason.text()
            self._run_edit(lambda e: e.amend_link(old, new, reason))
