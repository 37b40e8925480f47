"""Help > About: the version, and every third-party component CaseDesk carries, with its
licence; choosing one shows its licence text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.wording import translate
from casedesk.services.about import CASEDESK_LICENCE, bundled_components, casedesk_version


class AboutDialog(QDialog):
    """Shows what version is running and what it is built from."""

    # What F1 opens (ui/help.py): the contents, which say what About is for.
    help_page = "index"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about", "About CaseDesk"))
        heading = QLabel(
            f"<h2>CaseDesk {casedesk_version()}</h2><p>"
            + translate(
                "about",
                "Offline, encrypted case recording for safeguarding and outreach workers.",
            )
            + "</p><p>"
            + translate(
                "about",
                "CaseDesk is free software under the GNU General Public License "
                "({licence}). It is built from the components below; choose one to "
                "read its licence.",
            ).format(licence=CASEDESK_LICENCE)
            + "</p>"
        )
        heading.setWordWrap(True)
        self.components = bundled_components()
        rows = "".join(
            f"<tr><td><a href='#{index}'>{html.escape(c.name)}</a>"  # i18n: HTML markup
            + (
                " <i>"
                + translate("about", "(in {whole})").format(whole=html.escape(c.part_of))
                + "</i>"
                if c.part_of
                else ""
            )
            + f"</td><td>{html.escape(c.version)}</td><td>{html.escape(c.licence)}</td></tr>"
            for index, c in enumerate(self.components)
        )
        headers = "".join(
            f"<th align='left'>{heading}</th>"  # i18n: HTML markup around translated headings
            for heading in (
                translate("about", "Component"),
                translate("about", "Version"),
                translate("about", "Licence"),
            )
        )
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(
            translate("about", "Third-party components and their licences")
        )
        self.licences.setOpenLinks(False)
        self.licences.setHtml(
            "<p><b>"
            + translate("about", "Third-party components and their licences ({count})").format(
                count=len(self.components)
            )
            + "</b></p><table cellpadding='3'>"  # i18n: HTML markup
            + f"<tr>{headers}</tr>{rows}</table>"
        )
        self.licences.anchorClicked.connect(self._show_licence)
        self.licence_text = QTextBrowser()
        self.licence_text.setAccessibleName(translate("about", "Licence text"))
        self.licence_text.setPlaceholderText(
            translate("about", "Choose a component above to read its licence.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.licences)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([260, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def show_licence_of(self, name: str) -> None:
        """Show the licence text of the component called ``name``."""
        index = next(i for i, c in enumerate(self.components) if c.name == name)
        self._show_licence(QUrl(f"#{index}"))

    def _show_licence(self, link: QUrl) -> None:
        component = self.components[int(link.fragment())]
        text = component.licence_text()
        self.licence_text.setPlainText(
            f"{component.name} {component.version}: {component.licence}\n\n"
            + (
                text
                or translate(
                    "about", "Its package carries no licence text; the licence is named above."
                )
            )
        )
