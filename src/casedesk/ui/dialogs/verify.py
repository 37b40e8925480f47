"""File > Verify a signed summary: is this PDF what its signers signed, and are they
people the reader chose to trust?

The answer is one verdict line, an icon and words together (never colour alone), then
each signature as the PDF states it. Only the certificates chosen here are trusted, and
the users of the open case file (whose own summaries are theirs to trust); nothing is
fetched, and no case file is needed. ``VerdictView`` is shared with the countersign
dialog, which shows the same verdict before a supervisor signs.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CaseDeskError
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.export.pdf_signatures import (
    CHANGED,
    NOT_SIGNED,
    NOT_TRUSTED,
    TRUSTED,
    SignatureReport,
    Verification,
)
from casedesk.ui.busy import Busy
from casedesk.ui.dates import shown_date

# The verdict in words, and the icon beside it (the words carry the meaning).
VERDICTS = {
    TRUSTED: (
        QT_TRANSLATE_NOOP("verify", "Valid and trusted"),
        QStyle.StandardPixmap.SP_DialogApplyButton,
    ),
    NOT_TRUSTED: (
        QT_TRANSLATE_NOOP("verify", "Valid, but the signer is not trusted"),
        QStyle.StandardPixmap.SP_MessageBoxWarning,
    ),
    CHANGED: (
        QT_TRANSLATE_NOOP("verify", "Changed after signing"),
        QStyle.StandardPixmap.SP_MessageBoxCritical,
    ),
    NOT_SIGNED: (
        QT_TRANSLATE_NOOP("verify", "Not signed, or the signature is broken"),
        QStyle.StandardPixmap.SP_MessageBoxCritical,
    ),
}
PDF_FILTER = QT_TRANSLATE_NOOP("verify", "PDF documents (*.pdf);;All files (*)")
CERTIFICATE_FILTER = QT_TRANSLATE_NOOP(
    "verify", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"
)


def fingerprint_lines(fingerprint: str) -> str:
    """A fingerprint in two lines of sixteen pairs: easier to read aloud, and narrow."""
    pairs = fingerprint.split(":")
    return "\n".join(":".join(pairs[i : i + 16]) for i in range(0, len(pairs), 16))


def buddy(text: str, field: QWidget) -> QLabel:
    """A form label whose mnemonic (``&``) moves to ``field`` (a row whose field is a
    layout gets no buddy from QFormLayout, and would show the ``&``)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Size ``dialog`` to ``width`` x ``height``, or smaller to fit the screen it is on."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(width, height)


def _mono() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def _when(moment: datetime) -> str:
    return translate("verify", "{day} at {time}").format(
        day=shown_date(moment.date()), time=f"{moment:%H:%M}"
    )


def _signature_html(number: int, report: SignatureReport) -> str:
    who = report.identity
    role = ", ".join(html.escape(p) for p in (who.role, who.agency) if p)
    name = html.escape(who.name or translate("verify", "(no name)"))
    if number == 1:
        by = translate("verify", "<b>{number}. Signed by {name}</b>").format(
            number=number, name=name
        )
    else:
        by = translate("verify", "<b>{number}. Countersigned (approved) by {name}</b>").format(
            number=number, name=name
        )
    if report.signing_time:
        when = _when(report.signing_time.astimezone())
    else:
        when = translate("verify", "not given")
    reason = html.escape(report.reason or translate("verify", "(none)"))
    if report.trusted:
        trusted = translate("verify", "Trusted: yes")
    else:
        problem = report.trust_problem or translate("verify", "no certificate you trust issued it")
        trusted = translate("verify", "Trusted: no: {problem}").format(problem=html.escape(problem))
    lines = [
        by + (f" — {role}" if role else ""),
        translate("verify", "Signing time (as the signer claims): {when}").format(when=when),
        translate("verify", "Reason: {reason}").format(reason=reason)
        if number == 1
        else translate("verify", "Comment: {reason}").format(reason=reason),
        translate("verify", "Certificate fingerprint:<br><tt>{fingerprint}</tt>").format(
            fingerprint=html.escape(fingerprint_lines(report.fingerprint)).replace("\n", "<br>")
        ),
        trusted,
    ]
    return "<br>".join(lines)


class VerdictView(QFrame):
    """One verdict line (icon and words), the checker's sentence, the fingerprint to
    compare by phone when the signer is not trusted, and each signature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        self.words = QLabel()
        self.words.setAccessibleName(translate("verify", "Verdict"))
        font = self.words.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setWordWrap(True)
        line = QHBoxLayout()
        line.addWidget(self.icon)
        line.addWidget(self.words, 1)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setAccessibleName(translate("verify", "What the check found"))
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare = QLabel(
            translate(
                "verify",
                "Ring the signer on a number you already have (not one from the document) and "
                "read this fingerprint together. If it matches, ask them for their certificate "
                "file and add it to the certificates you trust.",
            )
        )
        self.compare.setWordWrap(True)
        self.fingerprint = QLabel()
        mono = _mono()
        mono.setPointSizeF(mono.pointSizeF() * 1.15)
        mono.setBold(True)
        self.fingerprint.setFont(mono)
        self.fingerprint.setAccessibleName(translate("verify", "Signer's certificate fingerprint"))
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(translate("verify", "Signatures"))
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.details)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("verify", "Signatures"))
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.sentence)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.compare)
        layout.addWidget(scroll, 1)
        self.show_result(None)

    def show_result(self, result: Verification | None, waiting: str = "") -> None:
        """Show ``result``, or ``waiting`` (what to do first) when there is none."""
        untrusted = (
            next((r for r in result.signatures if not r.trusted), None)
            if result is not None and result.code == NOT_TRUSTED
            else None
        )
        self.compare.setVisible(untrusted is not None)
        self.fingerprint.setVisible(untrusted is not None)
        self.fingerprint.setText(fingerprint_lines(untrusted.fingerprint) if untrusted else "")
        # The fingerprint to compare is shown once, set apart, below the sentence.
        sentence = result.sentence if result is not None else ""
        if untrusted is not None and untrusted.fingerprint in sentence:
            sentence = sentence.replace(untrusted.fingerprint, "").rstrip(" :") + ":"
        self.icon.setVisible(result is not None)
        if result is None:
            self.icon.clear()
            self.words.setText(waiting)
            self.sentence.clear()
            self.details.clear()
            return
        verdict, icon = VERDICTS.get(result.code, VERDICTS[NOT_SIGNED])
        words = translate("verify", verdict)
        size = self.words.fontMetrics().height() * 2
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setAccessibleName(words)
        self.words.setText(words)
        self.sentence.setText(sentence)
        parts = (
            [translate("verify", "<b>Document</b> {id}").format(id=html.escape(result.document_id))]
            if result.document_id
            else []
        )
        parts += [_signature_html(n, r) for n, r in enumerate(result.signatures, 1)]
        self.details.setText("<br><br>".join(parts))


class TrustedCertificates(QWidget):
    """The certificate files the reader chose to trust: those trusted in Preferences, and
    any added here (kept for this session only)."""

    def __init__(self, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("verify", "Certificate files you trust"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        add = QPushButton(translate("verify", "Add…"))
        add.setToolTip(
            translate(
                "verify", "A certificate file (.pem or .der) the signer or their agency gave you"
            )
        )
        add.clicked.connect(self._add)
        self.remove = QPushButton(translate("verify", "Remove"))
        self.remove.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._paths: list[Path] = []
        self.on_change: Callable[[], object] = lambda: None
        for path in paths:
            self.add_path(path)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self._enable()

    def paths(self) -> list[Path]:
        """The files chosen, in the order added."""
        return list(self._paths)

    def certificates(self) -> list[bytes]:
        """Every certificate in the files chosen (CaseDeskError names a bad file)."""
        from casedesk.services.certificates import load_certificates

        found: list[bytes] = []
        for path in self._paths:
            found += load_certificates(path)
        return found

    def add_path(self, path: Path) -> None:
        """Trust the certificates in ``path`` too."""
        if path in self._paths:
            return
        self._paths.append(path)
        self.list.addItem(path.name)
        self.list.item(self.list.count() - 1).setToolTip(str(path))
        self._enable()

    def _add(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            translate("verify", "Certificates you trust"),
            str(Path.home()),
            translate("verify", CERTIFICATE_FILTER),
        )
        for name in chosen:
            self.add_path(Path(name))
        if chosen:
            self.on_change()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        del self._paths[row]
        self._enable()
        self.on_change()

    def _enable(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0)


def file_trust_words(file_name: str, count: int) -> str:
    """What the open case file adds to the certificates trusted."""
    if not file_name:
        return translate(
            "verify", "No case file is open: only the certificate files above are trusted."
        )
    if not count:
        return translate(
            "verify", "Also trusted: the users of {file}, once they have signed a summary."
        ).format(file=file_name)
    # English chooses "certificate" or "certificates"; a translation has its own forms of %n.
    if count == 1:
        return translate(
            "verify",
            "Also trusted: the users of the open case file {file} (%n certificate), whose own "
            "summaries are theirs to trust.",
            None,
            count,
        ).format(file=file_name)
    return translate(
        "verify",
        "Also trusted: the users of the open case file {file} (%n certificates), whose own "
        "summaries are theirs to trust.",
        None,
        count,
    ).format(file=file_name)


class VerifyDialog(QDialog):
    """Choose a PDF and the certificates to trust; see the verdict and the signatures."""

    help_page = "verify-summary"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        trusted_paths: Sequence[Path],
        file_trust: Sequence[bytes] = (),
        file_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``file_trust``: the open case file's users' certificates (``file_name``)."""
        super().__init__(parent)
        self.setWindowTitle(translate("verify", "Verify a signed summary"))
        self._file_trust = list(file_trust)
        intro = QLabel(
            translate(
                "verify",
                "Check that a signed summary is exactly what was signed, and who signed it. "
                "Nothing is sent anywhere.",
            )
        )
        intro.setWordWrap(True)
        self.pdf = QLineEdit()
        self.pdf.setAccessibleName(translate("verify", "The PDF to verify"))
        self.pdf.setPlaceholderText(translate("verify", "the signed summary (a .pdf file)"))
        choose = QPushButton(translate("verify", "Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.pdf, 1)
        where.addWidget(choose)
        self.trusted = TrustedCertificates(trusted_paths)
        self.trusted.on_change = self.verify
        self.file_note = QLabel(file_trust_words(file_name, len(self._file_trust)))
        self.file_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(buddy(translate("verify", "&Summary:"), self.pdf), where)
        form.addRow(
            buddy(translate("verify", "Certificates\nyou &trust:"), self.trusted.list), self.trusted
        )
        form.addRow("", self.file_note)
        self.verdict = VerdictView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.check = buttons.addButton(
            translate("verify", "Verify again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check.clicked.connect(self.verify)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.verdict, 1)
        layout.addWidget(buttons)
        self.pdf.editingFinished.connect(self.verify)
        fit_to_screen(self, 680, 680)
        self.verify()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("verify", "Verify a signed summary"),
            self.pdf.text() or str(Path.home()),
            translate("verify", PDF_FILTER),
        )
        if path:
            self.pdf.setText(path)
            self.verify()

    def choose_pdf(self, path: Path) -> None:
        """Verify ``path`` (as if chosen)."""
        self.pdf.setText(str(path))
        self.verify()

    def verify(self) -> Verification | None:
        """Check the chosen PDF against the chosen certificates; show and return the result."""
        from casedesk.export.sharing import verify_file

        text = self.pdf.text().strip()
        self.check.setEnabled(bool(text))
        if not text:
            self.verdict.show_result(
                None, translate("verify", "Choose the signed summary to verify.")
            )
            return None
        try:
            with Busy():
                trusted = self._file_trust + self.trusted.certificates()
                result = verify_file(Path(text), trusted)
        except CaseDeskError as error:
            self.verdict.show_result(None, translate("verify", "Not verified"))
            self.verdict.sentence.setText(str(error))
            return None
        self.verdict.show_result(result)
        return result
