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
from casedesk.domain.wording import translate
from casedesk.export.pdf_signatures import CHANGED, NOT_SIGNED, NOT_TRUSTED, Verification
from casedesk.ui.busy import Busy
from casedesk.ui.dates import shown_date
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
    when = logged.countersigned_on
    who, document = logged.countersigned_by, logged.document_id
    lines = [
        translate(
            "countersign", "Recorded: {who} reviewed and countersigned summary {document} on {day}."
        ).format(who=who, document=document, day=shown_date(when))
        if when
        else translate(
            "countersign", "Recorded: {who} reviewed and countersigned summary {document}."
        ).format(who=who, document=document),
        translate("countersign", "It was shared with {recipient} on {day} for {purpose}.").format(
            recipient=logged.recipient, day=shown_date(logged.made_on), purpose=logged.purpose
        ),
    ]
    if logged.countersign_comment:
        lines.append(
            translate("countersign", "Their comment: {comment}").format(
                comment=logged.countersign_comment
            )
        )
    lines.append(
        translate(
            "countersign",
            "Added to case {reference}: the review on its sharing log, a supervision record, "
            "and a chronology entry.",
        ).format(reference=reference)
        if reference
        else translate(
            "countersign",
            "Added to the case: the review on its sharing log, a supervision record, and a "
            "chronology entry.",
        )
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
        self.setWindowTitle(translate("countersign", "Countersign a summary"))
        self._check, self._sign, self._folder = check, sign, start_folder
        self.result_shown: Verification | None = None
        self._read_error = ""
        self._suggested = ""
        intro = QLabel(
            translate(
                "countersign",
                "A supervisor approves a summary a worker signed. It is verified first; your "
                "signature and comment are then added to a copy, and the worker's signature "
                "stays exactly as it was.",
            )
        )
        intro.setWordWrap(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(translate("countersign", "The summary to countersign"))
        self.source.setPlaceholderText(translate("countersign", "the signed summary (a .pdf file)"))
        choose = QPushButton(translate("countersign", "Choose…"))
        choose.clicked.connect(self._choose_source)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(choose)
        self.verdict = VerdictView()
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(translate("countersign", "Supervisor countersigning"))
        self.supervisor.addItems(list(dict.fromkeys(supervisors)))
        self.passphrase_entry = PassphraseEntry(
            translate("countersign", "The supervisor's own passphrase")
        )
        self.passphrase = self.passphrase_entry.field
        self.passphrase.setPlaceholderText(
            translate("countersign", "the supervisor's own passphrase (not the worker's)")
        )
        self.comment = text_box(
            translate("countersign", "what you approve, or why (printed with your signature)"), 3
        )
        self.comment.setAccessibleName(translate("countersign", "Comment"))
        self.out = QLineEdit()
        self.out.setAccessibleName(translate("countersign", "Save the countersigned copy as"))
        choose_out = QPushButton(translate("countersign", "Choose…"))
        choose_out.clicked.connect(self._choose_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(choose_out)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        buttons, self.ok = ok_cancel(self, translate("countersign", "Countersign"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self._on_sign)

        top = QFormLayout()
        top.addRow(buddy(translate("countersign", "&Summary:"), self.source), source_row)
        form = QFormLayout()
        form.addRow(translate("countersign", "Super&visor:"), self.supervisor)
        form.addRow(translate("countersign", "&Passphrase:"), self.passphrase_entry)
        form.addRow(translate("countersign", "&Comment:"), self.comment)
        form.addRow(buddy(translate("countersign", "Save &as:"), self.out), out_row)
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
            self,
            translate("countersign", "Countersign a summary"),
            self.source.text() or str(self._folder),
            PDF_FILTER,
        )
        if path:
            self.choose_pdf(Path(path))

    def _choose_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("countersign", "Save the countersigned copy as"),
            self.out.text(),
            translate("countersign", "PDF documents (*.pdf)"),
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
            self.verdict.show_result(
                None, translate("countersign", "Choose the signed summary to countersign.")
            )
        else:
            try:
                with Busy():
                    self.result_shown = self._check(Path(text))
            except CaseDeskError as error:
                self._read_error = str(error)
                self.verdict.show_result(None, translate("countersign", "Not verified"))
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
            errors.append(translate("countersign", "Choose the summary to countersign."))
        elif result is None:
            errors.append(
                self._read_error or translate("countersign", "The summary could not be checked.")
            )
        elif result.code in (CHANGED, NOT_SIGNED):
            # The verdicts are marked for translation where ui/dialogs/verify.py defines them.
            verdict = translate("verify", VERDICTS[result.code][0]).lower()
            errors.append(
                translate("countersign", "It cannot be countersigned: {verdict}.").format(
                    verdict=verdict
                )
            )
        elif len(result.signatures) > 1:
            errors.append(translate("countersign", "This summary is already countersigned."))
        elif result.code == NOT_TRUSTED:
            warnings.append(
                translate(
                    "countersign",
                    "The worker's signature is valid, but not one you or this case file trust: "
                    "make sure who signed it before you approve it.",
                )
            )
        if not self.supervisor.currentText():
            errors.append(
                translate(
                    "countersign", "No supervisor can countersign: add one in Case > Users & Keys."
                )
            )
        if not self.comment.toPlainText().strip():
            errors.append(translate("countersign", "Say what you approve, or why, in the comment."))
        if not self.passphrase.text():
            errors.append(
                translate(
                    "countersign", "The supervisor types their own passphrase to countersign."
                )
            )
        out = self.out_path()
        if out is None:
            errors.append(translate("countersign", "Choose where to save the countersigned copy."))
        else:
            source = self.source.text().strip()
            if source and out.absolute() == Path(source).expanduser().absolute():
                errors.append(
                    translate(
                        "countersign",
                        "Save the countersigned copy under another name: the worker's copy is "
                        "kept as it was.",
                    )
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
                f"<span style='color:{warning_colour().name()}'>✗ "  # i18n: HTML markup
                + translate("countersign", "Not countersigned: {error}").format(
                    error=html.escape(error)
                )
                + "</span>"
                + (f"<br>{said}" if said else "")
            )
            return
        self.accept()

    def saved_to(self) -> Path | None:
        """Where the countersigned copy was written."""
        return self.out_path()
