"""The controller's work on signed summaries: share one from the case shown, verify one
(no case file needed), countersign one as a supervisor at the worker's desk, and record
a countersigned one on the case it came from.

The four File menu items are made here and put in the File menu beside Back Up; each is
enabled when what it needs is open (the menu asks as it opens, and again when a case is
shown). The certificate files a reader chose to trust are kept for this session only.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from casedesk.domain import record_kinds as k
from casedesk.domain.case_record import CaseRecord
from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.domain.redaction import SummaryChoices
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.case_file import Changes
from casedesk.services.sign_off import SIGNING_ROLES
from casedesk.ui.busy import Busy
from casedesk.ui.case_actions import CaseActions

READ_ONLY = QT_TRANSLATE_NOOP(
    "sharing_actions",
    "This case file is open read-only: open it for writing to share a summary (what is "
    "shared is logged in it).",
)


def documents_folder() -> Path:
    """The user's documents folder (their home when there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class SharingActions(CaseActions):
    """Mixed into ``Controller``: File > Share, Verify, Countersign, Record."""

    def connect_sharing(self) -> None:
        """Add the sharing items to the File menu and wire them."""
        window = self.window
        self.trusted_paths: list[Path] = []  # certificate files trusted, this session only

        def item(text: str, tip: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, window)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.share_action = item(
            translate("sharing_actions", "&Share a Signed Summary…"),
            translate(
                "sharing_actions", "A signed PDF summary of the case shown, logged on the case"
            ),
            self.share_summary,
        )
        self.verify_action = item(
            translate("sharing_actions", "&Verify a Signed Summary…"),
            translate(
                "sharing_actions", "Check a signed summary and who signed it (no case file needed)"
            ),
            self.verify_summary,
        )
        self.countersign_action = item(
            translate("sharing_actions", "Coun&tersign a Summary…"),
            translate("sharing_actions", "A supervisor approves a summary a worker signed"),
            self.countersign_summary,
        )
        self.record_countersigned_action = item(
            translate("sharing_actions", "&Record a Countersigned Summary…"),
            translate(
                "sharing_actions",
                "Record a supervisor's countersignature on the case that shared the summary",
            ),
            self.record_countersigned,
        )
        menu = window.file_menu
        separator = menu.insertSeparator(window.close_action)
        menu.insertActions(
            separator,
            [
                self.share_action,
                self.verify_action,
                self.countersign_action,
                self.record_countersigned_action,
            ],
        )
        menu.aboutToShow.connect(self.enable_sharing)
        self.enable_sharing()

    def enable_sharing(self) -> None:
        """Enable what the open case file (and the case shown) allow; Verify always."""
        writable = self.case_file is not None and not self.case_file.read_only
        shown = self.window.case_view.record is not None
        self.share_action.setEnabled(writable and shown)
        self.countersign_action.setEnabled(writable)
        self.record_countersigned_action.setEnabled(writable)
        self.verify_action.setEnabled(True)

    def case_shown(self, record: CaseRecord, touched: Set[str] | None) -> None:
        """A case shown can be shared (then the other mixins' views are shown)."""
        self.enable_sharing()
        super().case_shown(record, touched)

    def _session_certificates(self) -> list[bytes]:
        """The certificates in the files trusted this session (a bad file is said)."""
        from casedesk.services.certificates import load_certificates

        found: list[bytes] = []
        for path in self.trusted_paths:
            try:
                found += load_certificates(path)
            except CaseDeskError as error:
                self.window.statusBar().showMessage(
                    translate("sharing_actions", "Not trusted: {problem}").format(problem=error),
                    10000,
                )
        return found

    # -- sharing --------------------------------------------------------------------------

    def share_summary(self) -> None:
        """Share a signed summary of the case shown: choose, build, sign, save, log."""
        from casedesk.ui.dialogs.share_summary import ShareSummaryDialog, suggested_name
        from casedesk.ui.dialogs.verify import fingerprint_lines

        record = self.window.case_view.record
        case_file = self.case_file
        if case_file is None or record is None:
            QMessageBox.information(
                self.window,
                translate("sharing_actions", "Share a signed summary"),
                translate("sharing_actions", "Open the case to share first."),
            )
            return
        if case_file.read_only:
            QMessageBox.information(
                self.window,
                translate("sharing_actions", "Share a signed summary"),
                translate("sharing_actions", READ_ONLY),
            )
            return
        from casedesk.export.sharing import MadeSummary, make_summary
        from casedesk.services.sharing import agency_name, set_agency_name

        reference = record.case.reference
        made: list[MadeSummary] = []

        def make(
            choices: SummaryChoices, out: Path, agency: str, progress: Callable[[str], None]
        ) -> str | None:
            # The file open now: after a lock and unlock it is another CaseFile.
            current = self.case_file
            if current is None:
                return translate(
                    "sharing_actions",
                    "The case file is closed: open it again to share the summary.",
                )
            try:
                if agency != agency_name(current):
                    set_agency_name(current, agency)
                made.append(make_summary(current, reference, choices, out, progress))
            except CaseDeskError as error:
                return str(error)
            except OSError as error:  # a failure the service did not put in words
                return translate("sharing_actions", "The PDF was not written: {problem}.").format(
                    problem=error.strerror or error
                )
            return None

        suggested = documents_folder() / suggested_name(reference, case_file.today())
        dialog = ShareSummaryDialog(record, agency_name(case_file), suggested, make, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not made:
            return
        summary = made[0]
        logged = summary.disclosure
        self.apply(
            Changes(
                translate("sharing_actions", "Share summary {document}").format(
                    document=logged.document_id
                ),
                {k.DISCLOSURES.name: {logged.id}},
            )
        )
        self.window.case_view.show_sharing(summaries=True)
        file, folder = summary.path.name, summary.path.parent
        if summary.pages == 1:
            saved = translate(
                "sharing_actions", "Saved {file} (%n page) in {folder}.", None, 1
            ).format(file=file, folder=folder)
        else:
            saved = translate(
                "sharing_actions", "Saved {file} (%n pages) in {folder}.", None, summary.pages
            ).format(file=file, folder=folder)
        paragraphs = [
            saved,
            translate("sharing_actions", "Document {document}, signed by {signer}.").format(
                document=logged.document_id, signer=logged.signed_by
            ),
            translate(
                "sharing_actions",
                "Your certificate's fingerprint (a recipient who does not yet trust you "
                "compares it with you by phone):\n{fingerprint}",
            ).format(fingerprint=fingerprint_lines(logged.fingerprint)),
            translate(
                "sharing_actions",
                "It is logged in the case's sharing log (Information sharing tab).",
            ),
            translate(
                "sharing_actions",
                "The PDF is not encrypted: send it securely, keep it as safely as the case file, "
                "and delete it when it has been shared.",
            ),
        ]
        QMessageBox.information(
            self.window, translate("sharing_actions", "Summary shared"), "\n\n".join(paragraphs)
        )

    # -- verifying ------------------------------------------------------------------------

    def verify_summary(self) -> None:
        """Verify a signed summary against the certificates chosen (and the open file's
        users)."""
        from casedesk.ui.dialogs.verify import VerifyDialog

        file_trust: list[bytes] = []
        name = ""
        if self.case_file is not None:
            from casedesk.services.sharing import trusted_in_file

            file_trust, name = trusted_in_file(self.case_file), self.case_file.path.name
        # The certificate files trusted in Preferences, then those added this session.
        saved = self.window.settings.trusted_now()
        for problem in saved.problems:
            self.window.statusBar().showMessage(
                translate("sharing_actions", "Not trusted: {problem}").format(problem=problem),
                15000,
            )
        starting = saved.paths + [p for p in self.trusted_paths if p not in saved.paths]
        dialog = VerifyDialog(starting, file_trust, name, self.window)
        dialog.exec()
        self.trusted_paths = [p for p in dialog.trusted.paths() if p not in saved.paths]

    # -- countersigning -------------------------------------------------------------------

    def _countersigners(self) -> list[str]:
        """Who can countersign: supervisors first, then the owner; the user at the desk
        last (the worker who signed cannot countersign their own summary)."""
        assert self.case_file is not None
        me = self.case_file.user.casefold()
        users = [u for u in self.case_file.users() if u.role in SIGNING_ROLES]
        users.sort(key=lambda u: (u.name.casefold() == me, u.role != "supervisor"))
        return [u.name for u in users]

    def countersign_summary(self) -> None:
        """A supervisor countersigns a summary with their own passphrase, typed here."""
        from casedesk.export.sharing import countersign, verify_file
        from casedesk.services.sharing import credentials, trusted_in_file
        from casedesk.ui.dialogs.countersign import CountersignDialog

        case_file = self.case_file
        if case_file is None:
            QMessageBox.information(
                self.window,
                translate("sharing_actions", "Countersign a summary"),
                translate(
                    "sharing_actions",
                    "Open a case file first: a supervisor countersigns with their own key, kept "
                    "in the case file.",
                ),
            )
            return
        trust = trusted_in_file(case_file) + self._session_certificates()

        def sign(source: Path, out: Path, user: str, secret: str, comment: str) -> str | None:
            current = self.case_file  # after a lock and unlock, another CaseFile
            if current is None:
                return translate(
                    "sharing_actions", "The case file is closed: open it again to countersign."
                )
            try:
                mine = credentials(current, secret, user)
            except WrongPassphraseError:
                return translate(
                    "sharing_actions",
                    "That passphrase is not {user}'s: nothing was signed. The supervisor "
                    "types their own passphrase.",
                ).format(user=user)
            except CaseDeskError as error:
                return str(error)
            try:
                countersign(source, out, mine, comment, trust)
            except CaseDeskError as error:
                return str(error)
            return None

        dialog = CountersignDialog(
            self._countersigners(),
            lambda path: verify_file(path, trust),
            sign,
            documents_folder(),
            self.window,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        out = dialog.saved_to()
        if out is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("sharing_actions", "Countersigned"),
            translate(
                "sharing_actions",
                "Countersigned by {user} and saved to {file}.\n\n"
                "Record the review in this case file now? It is added to the sharing log of the "
                "case the summary came from, with a supervision record and a chronology entry.",
            ).format(user=dialog.user(), file=out),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.record_countersigned_file(out)

    def record_countersigned(self) -> None:
        """Choose a countersigned summary and record the review on its case."""
        from casedesk.ui.dialogs.verify import PDF_FILTER

        if self.case_file is None or self.case_file.read_only:
            QMessageBox.information(
                self.window,
                translate("sharing_actions", "Record a countersigned summary"),
                translate(
                    "sharing_actions",
                    "Open the case file the summary came from, for writing, first.",
                ),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("sharing_actions", "Record a countersigned summary"),
            str(documents_folder()),
            translate("verify", PDF_FILTER),
        )
        if path:
            self.record_countersigned_file(Path(path))

    def record_countersigned_file(self, path: Path) -> None:
        """Record the supervisor's review in ``path`` on the case that shared it."""
        from casedesk.export.sharing import import_countersigned
        from casedesk.ui.dialogs.countersign import recorded_sentence

        if self.case_file is None:
            return
        try:
            with Busy():
                logged = import_countersigned(self.case_file, path, self._session_certificates())
        except CaseDeskError as error:
            QMessageBox.warning(
                self.window, translate("sharing_actions", "Not recorded"), str(error)
            )
            return
        reference = next(
            (r.reference for r in self.case_file.case_summaries() if r.id == logged.case), ""
        )
        if self.current_reference:
            self.show_case(self.current_reference)  # a supervision and an entry were added
            if self.window.case_view.record and self.window.case_view.record.case.id == logged.case:
                self.window.case_view.show_sharing(summaries=True)
        else:
            self.refresh()
        QMessageBox.information(
            self.window,
            translate("sharing_actions", "Countersignature recorded"),
            recorded_sentence(logged, reference),
        )
