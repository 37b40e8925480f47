"""Help > About: the version, and the licences of the libraries CaseDesk bundles."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from casedesk.services.about import bundled_licences, casedesk_version


class AboutDialog(QDialog):
    """Shows what version is running and what it is built from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About CaseDesk")
        heading = QLabel(
            f"<h2>CaseDesk {casedesk_version()}</h2>"
            "<p>Offline, encrypted case recording for safeguarding and outreach workers.</p>"
        )
        heading.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
            f"<td>{html.escape(lib.licence)}</td></tr>"
            for lib in bundled_licences()
        )
        self.licences = QTextBrowser()
        self.licences.setHtml(
            "<p><b>Bundled libraries and their licences</b></p>"
            "<table cellpadding='3'><tr><th align='left'>Library</th><th align='left'>Version</th>"
            f"<th align='left'>Licence</th></tr>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.licences)
        layout.addWidget(buttons)
        self.resize(560, 420)
