"""File > Countersign a summary: a supervisor approves a summary a worker signed.

The PDF is verified first and the verdict shown (the same one Verify gives); a summary
changed after signing, or not signed, cannot be countersigned. The supervisor chooses
themselves from the case file's users and types their own passphrase at the worker's
desk (as for a sign-off): it opens their signing key for this one signature and is never
kept. The countersigned copy is a new file; the worker's signature in it stays exactly
as it was.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.disclosures import Disclosure
from casedesk.domain.errors import CaseDeskError
from casedesk.export.pdf_signatures import CHANGED, NOT_SIGNED, NOT_TRUSTED, Verification
from casedesk.ui.busy import Busy
from casedesk.ui.dialogs.buttons import ok_cancel
from casedesk.ui.dialogs.passphrase_fields import PassphraseEntry
from casedesk.ui.dialogs.verify import PDF_FILTER, VERDICTS, VerdictView, buddy, fit_to_screen
from casedesk.ui.look import warning_colour
from casedesk.ui.widgets.problems import show_problems
from casedesk.ui.widgets.text_box import text_box

# check(pdf) -> the verdict, or raises CaseDeskError (a file that cannot be read).
CheckCallback = Callable[[Path], Verification]
# sign(source, out, supervisor, passphrase, comment) -> an error sentence, or None.
SignCallback = Callable[[Path, Path, str, str, str], str | None]


def countersigned_name(source: Path) -> Path:
    """Where the countersigned copy goes by default: beside the worker's copy."""
    return source.with_name(f"{source.stem}-countersigned.pdf")


def recorded_sentence(logged: Disclosure, reference: str = "") -> str:
    """What recording a countersigned summary put on the case, in words."""
    case = f"case {reference}" if reference else "the case"
    when = logged.countersigned_on
    lines = [
        f"Recorded: {logged.countersigned_by} reviewed and countersigned summary "
        f"{logged.document_id}" + (f" on {when.day} {when:%b %Y}" if when else "") + ".",
        f"It was shared with {logged.recipient} on {logged.made_on.day} "
        f"{logged.made_on:%b %Y} for {logged.purpose}.",
    ]
    if logged.countersign_comment:
        lines.append(f"Their comment: {logged.countersign_comment}")
    lines.append(
        f"Added to {case}: the review on its sharing log, a supervision record, and a "
        "chronology entry."
    )
    return "\n\n".join(lines)


class CountersignDialog(QDialog):
    """Choose a signed summary, see it verified, and countersign it as a supervisor."""

    help_page = "verify-summary"  # what F1 opens (ui/help.py)

    def __init__(
        self,
        supervisors: Sequence[str],
        check: CheckCallback,
        sign: SignCallback,
        start_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Countersign a summary")
        self._check, self._sign, self._folder = check, sign, start_folder
        self.result_shown: Verification | None = None
        self._read_error = ""
        self._suggested = ""
        intro = QLabel(
            "A supervisor approves a summary a worker signed. It is verified first; your "
            "signature and comment are then added to a copy, and the worker's signature "
            "stays exactly as it was."
        )
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName("The summary to countersign")
        self.source.setPlaceholderText("the signed summary (a .pdf file)")
        choose = QPushButton("Choose…")
        choose.clicked.connect(self._choose_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(choose)
        self.verdict = VerdictView()
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName("Supervisor countersigning")
        self.supervisor.addItems(list(dict.fromkeys(supervisors)))
        self.passphrase_entry = PassphraseEntry("The supervisor's own passphrase")
        self.passphrase = self.passphrase_entry.field
        self.passphrase.setPlaceholderText("the supervisor's own passphrase (not the worker's)")
        self.comment = text_box("what you approve, or why (printed with your signature)", 3)
        self.comment.setAccessibleName("Comment")
        self.out = QLineEdit()
        self.out.setAccessibleName("Save the countersigned copy as")
        choose_out = QPushButton("Choose…")
        choose_out.clicked.connect(self._choose_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(choose_out)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        buttons, self.ok = ok_cancel(self, "Countersign")
        buttons.accepted.disconnect()
        buttons.accepted.connect(self._on_sign)

        top = QFormLayout()
        top.addRow(buddy("&Summary:", self.source), source_row)
        form = QFormLayout()
        form.addRow("Super&visor:", self.supervisor)
        form.addRow("&Passphrase:", self.passphrase_entry)
        form.addRow("&Comment:", self.comment)
        form.addRow(buddy("Save &as:", self.out), out_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.verdict, 1)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.source.editingFinished.connect(self.verify)
        for line in (self.passphrase, self.out):
            line.textChanged.connect(self.validate)
        self.comment.textChanged.connect(self.validate)
        fit_to_screen(self, 680, 660)
        self.verify()

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Countersign a summary", self.source.text() or str(self._folder), PDF_FILTER
        )
        if path:
            self.choose_pdf(Path(path))

    def _choose_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save the countersigned copy as", self.out.text(), "PDF documents (*.pdf)"
        )
        if path:
            self.out.setText(path)

    def choose_pdf(self, path: Path) -> None:
        """Countersign ``path`` (as if chosen): it is verified at once."""
        self.source.setText(str(path))
        self.verify()

    def verify(self) -> None:
        """Check the chosen summary and show the verdict; suggest where the copy goes."""
        text = self.source.text().strip()
        self.result_shown, self._read_error = None, ""
        if not text:
            self.verdict.show_result(None, "Choose the signed summary to countersign.")
        else:
            try:
                with Busy():
                    self.result_shown = self._check(Path(text))
            except CaseDeskError as error:
                self._read_error = str(error)
                self.verdict.show_result(None, "Not verified")
                self.verdict.sentence.setText(self._read_error)
            else:
                self.verdict.show_result(self.result_shown)
            if self.out.text() in ("", self._suggested):
                self._suggested = str(countersigned_name(Path(text)))
                self.out.setText(self._suggested)
        self.validate()

    def out_path(self) -> Path | None:
        """Where the countersigned copy goes (``.pdf`` added when left off)."""
        text = self.out.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def validate(self, *_args: object) -> list[str]:
        """Say what stops the countersignature; Countersign waits until nothing does."""
        from casedesk.services.files import check_output_path

        errors: list[str] = []
        warnings: list[str] = []
        result = self.result_shown
        if not self.source.text().strip():
            errors.append("Choose the summary to countersign.")
        elif result is None:
            errors.append(self._read_error or "The summary could not be checked.")
        elif result.code in (CHANGED, NOT_SIGNED):
            errors.append(f"It cannot be countersigned: {VERDICTS[result.code][0].lower()}.")
        elif len(result.signatures) > 1:
            errors.append("This summary is already countersigned.")
        elif result.code == NOT_TRUSTED:
            warnings.append(
                "The worker's signature is valid, but not one you or this case file trust: "
                "make sure who signed it before you approve it."
            )
        if not self.supervisor.currentText():
            errors.append("No supervisor can countersign: add one in Case > Users & Keys.")
        if not self.comment.toPlainText().strip():
            errors.append("Say what you approve, or why, in the comment.")
        if not self.passphrase.text():
            errors.append("The supervisor types their own passphrase to countersign.")
        out = self.out_path()
        if out is None:
            errors.append("Choose where to save the countersigned copy.")
        else:
            source = self.source.text().strip()
            if source and out.absolute() == Path(source).expanduser().absolute():
                errors.append(
                    "Save the countersigned copy under another name: the worker's copy is "
                    "kept as it was."
                )
            else:
                try:
                    check_output_path(out)
                except CaseDeskError as error:
                    errors.append(str(error))
        show_problems(self.problems, self.ok, errors, warnings)
        return errors

    def user(self) -> str:
        """The supervisor who countersigns."""
        return self.supervisor.currentText()

    def _on_sign(self) -> None:
        out = self.out_path()
        if self.validate() or out is None:
            return
        secret = self.passphrase.text()
        self.passphrase.clear()  # read once; typed again if it was not theirs
        with Busy():
            error = self._sign(
                Path(self.source.text().strip()),
                out,
                self.user(),
                secret,
                " ".join(self.comment.toPlainText().split()),
            )
        if error:
            said = self.problems.text()
            self.problems.setText(
                f"<span style='color:{warning_colour().name()}'>"
                f"✗ Not countersigned: {html.escape(error)}</span>"
                + (f"<br>{said}" if said else "")
            )
            return
        self.accept()

    def saved_to(self) -> Path | None:
        """Where the countersigned copy was written."""
        return self.out_path()
