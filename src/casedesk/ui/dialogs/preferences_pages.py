"""The Preferences pages that reach beyond this computer's settings: the region (a personal
default; each case file keeps its own), the signing certificate (kept inside the open
case file), and the certificate files trusted when verifying a summary."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.domain.working_days import REGIONS
from casedesk.services.preferences import Preferences, TrustedFile, read_trusted_file
from casedesk.ui.look import warning_colour

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile

CERTIFICATE_FILTER = QT_TRANSLATE_NOOP(
    "preferences_pages", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"
)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("EmptyHint")
    return label


class RegionPage(QWidget):
    """The region new case files start with, and the open file's own, to change there."""

    def __init__(
        self,
        settings: Preferences,
        case_file: CaseFile | None,
        edit_file_region: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.region = QComboBox()
        for region in REGIONS:  # shown in the worker's language, kept by its own name
            self.region.addItem(translate("working_days", region), region)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.default_region())))
        self.region.setAccessibleName(translate("preferences_pages", "Region for new case files"))
        form = QFormLayout(self)
        form.addRow(translate("preferences_pages", "Region for &new case files:"), self.region)
        form.addRow(
            _note(
                translate(
                    "preferences_pages",
                    "Deadlines count working days by a region's bank holidays and rule pack. "
                    "Each case file keeps its own region and closure days, shared by everyone "
                    "who opens it and kept in its history; this choice only starts new ones.",
                )
            )
        )
        self.file_region = QLabel()
        self.file_region.setWordWrap(True)
        self.edit_file = QPushButton(
            translate("preferences_pages", "Region and closure days of this case file…")
        )
        self.edit_file.clicked.connect(edit_file_region)
        if case_file is None:
            self.file_region.setText(translate("preferences_pages", "No case file is open."))
            self.edit_file.setEnabled(False)
        else:
            loaded = case_file.timescales()
            from casedesk.services.rule_packs import shipped_pack

            shipped = loaded.pack_path == shipped_pack(loaded.settings.region).path
            if shipped:
                pack = translate("preferences_pages", "as CaseDesk ships it")
            else:
                pack = translate("preferences_pages", "your agency's own, {path}").format(
                    path=loaded.pack_path
                )
            self.file_region.setText(
                translate(
                    "preferences_pages",
                    "{file} counts deadlines by {region} (rule pack: {pack}; {closures} "
                    "closure days).",
                ).format(
                    file=case_file.path.name,
                    region=translate("working_days", loaded.settings.region),
                    pack=pack,
                    closures=len(loaded.settings.closures),
                )
            )
            self.edit_file.setEnabled(not case_file.read_only)
        form.addRow(translate("preferences_pages", "Open case file:"), self.file_region)
        form.addRow("", self.edit_file)


class SigningPage(QWidget):
    """The certificate the open file's user signs summaries with: who it names, its
    fingerprint (read aloud to a recipient), a button to make or refresh it, and a copy
    to give recipients to trust."""

    def __init__(self, case_file: CaseFile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_file = case_file
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(translate("preferences_pages", "Your signing certificate"))
        self.make = QPushButton(translate("preferences_pages", "Make or refresh my certificate"))
        self.make.setToolTip(
            translate(
                "preferences_pages", "After a change of role or of the agency's name, for example"
            )
        )
        self.make.clicked.connect(self._make)
        self.save = QPushButton(translate("preferences_pages", "Save a copy for recipients…"))
        self.save.setToolTip(
            translate(
                "preferences_pages", "A certificate file for the people you send summaries to"
            )
        )
        self.save.clicked.connect(self._save_copy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(
            _note(
                translate(
                    "preferences_pages",
                    "Your certificate and its key are kept inside the case file, encrypted: they "
                    "sign the summaries you share, and recipients check them against the copy "
                    "you gave them, or against your agency's certificate.",
                )
            )
        )
        layout.addStretch(1)
        self.show_identity()

    def show_identity(self) -> None:
        """Fill in who the certificate names, or why there is none."""
        if self.case_file is None:
            self.details.setText(
                translate(
                    "preferences_pages", "Open a case file to see the certificate you sign with."
                )
            )
            self.make.setEnabled(False)
            self.save.setEnabled(False)
            return
        from casedesk.services.sharing import signing_identity

        identity = signing_identity(self.case_file)
        named = identity.named
        writable = not self.case_file.read_only and self.case_file.signing_key is not None
        self.make.setEnabled(writable)
        self.save.setEnabled(named is not None)
        if named is None:
            self.details.setText(
                translate(
                    "preferences_pages",
                    "{user} ({role}) has no certificate in this case file yet: one is made "
                    "the first time you sign a summary, or now.",
                ).format(user=html.escape(identity.user), role=identity.role)
            )
            return
        if identity.issued_by_agency:
            issuer = translate("preferences_pages", "issued by your agency")
        else:
            issuer = translate("preferences_pages", "self-signed")
        prints = identity.fingerprint
        self.details.setText(
            translate(
                "preferences_pages",
                "<b>Name:</b> {name}<br><b>Role:</b> {role}<br><b>Agency:</b> {agency}<br>"
                "<b>Certificate:</b> {issuer}<br><b>Fingerprint:</b> "
                "<code>{first}<br>{second}</code>",
            ).format(
                name=html.escape(named.name),
                role=html.escape(named.role),
                agency=html.escape(named.agency or translate("preferences_pages", "not set")),
                issuer=issuer,
                first=prints[:47],
                second=prints[48:],
            )
        )

    def _make(self) -> None:
        from casedesk.services.sharing import credentials

        assert self.case_file is not None
        try:
            credentials(self.case_file)
        except CaseDeskError as error:
            QMessageBox.warning(
                self, translate("preferences_pages", "Signing certificate"), str(error)
            )
        self.show_identity()

    def _save_copy(self) -> None:
        from casedesk.services.certificates import to_pem
        from casedesk.services.files import write_private_file
        from casedesk.services.sharing import signing_identity

        assert self.case_file is not None
        identity = signing_identity(self.case_file)
        if identity.certificate is None:
            return
        suggested = Path.home() / f"{identity.user} certificate.pem"
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("preferences_pages", "Save your certificate"),
            str(suggested),
            translate("preferences_pages", "Certificates (*.pem)"),
        )
        if not path:
            return
        try:
            write_private_file(Path(path), to_pem(identity.certificate))
        except CaseDeskError as error:
            QMessageBox.warning(self, translate("preferences_pages", "Not saved"), str(error))


class TrustPage(QWidget):
    """Certificate files trusted when verifying a summary (File > Verify and ``casedesk
    verify`` start from them); changed in the dialog, kept on OK."""

    def __init__(self, settings: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files: list[TrustedFile] = settings.trusted_files()
        self.list = QListWidget()
        self.list.setAccessibleName(translate("preferences_pages", "Certificate files you trust"))
        add = QPushButton(translate("preferences_pages", "Add…"))
        add.setToolTip(
            translate(
                "preferences_pages",
                "A certificate file (.pem or .der) a colleague or an agency gave you",
            )
        )
        add.clicked.connect(self._add)
        self.remove = QPushButton(translate("preferences_pages", "Remove"))
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {warning_colour().name()};")
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(
            _note(
                translate(
                    "preferences_pages",
                    "Summaries signed by these certificates (or issued from them) verify as "
                    "trusted. Check a fingerprint with its owner by phone before you add it. "
                    "A file that changes afterwards is not trusted until you choose it again.",
                )
            )
        )
        self._fill()

    def add_path(self, path: Path) -> None:
        """Trust the certificates in ``path`` (a file that holds none is said)."""
        try:
            trusted = read_trusted_file(path)
        except CaseDeskError as error:
            self.error.setText(str(error))
            return
        self.error.clear()
        self.files = [f for f in self.files if f.path != trusted.path] + [trusted]
        self._fill()

    def _add(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            translate("preferences_pages", "Certificates you trust"),
            str(Path.home()),
            translate("preferences_pages", CERTIFICATE_FILTER),
        )
        for name in chosen:
            self.add_path(Path(name))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.files[row]
            self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for trusted in self.files:
            first = trusted.fingerprints[0][:23] if trusted.fingerprints else "?"
            item = QListWidgetItem(f"{trusted.path.name}    —    {first}…    —    {trusted.path}")
            item.setToolTip("\n".join(trusted.fingerprints))
            self.list.addItem(item)
        self.remove.setEnabled(False)
