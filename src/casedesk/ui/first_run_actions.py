"""The welcome page's buttons: the first case file, in the folder chosen, and the demo.

The first case file goes through the usual New case file dialog and its recovery-key
step; the demo is made (once) in the same folder and opened with its public passphrase,
which is said as it opens (the file asks for it again after a lock).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from casedesk.domain.demonstration import DEMO_PASSPHRASE
from casedesk.domain.errors import CaseDeskError, WrongPassphraseError
from casedesk.domain.wording import translate
from casedesk.ui.busy import Busy
from casedesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from casedesk.services.case_file import CaseFile


class FirstRunActions:
    """Mixed into ``Controller``: what the welcome page asks for."""

    window: MainWindow
    case_file: CaseFile | None

    if TYPE_CHECKING:  # the Controller's own

        def new_case_file(self, folder: Path | None = None) -> bool: ...
        def open_case_file(self, path: Path, locked: bool = False) -> bool: ...
        def close_case_file(self) -> None: ...
        def _opened(self, case_file: CaseFile) -> None: ...

    def connect_first_run(self) -> None:
        """Wire the welcome page's buttons."""
        start = self.window.start_page
        start.first_file_requested.connect(self.start_first_case_file)
        start.demo_requested.connect(self.try_demo)

    def _use_folder(self, folder: Path, remember: bool = True) -> Path | None:
        """Check ``folder`` for case files (made if need be) and, if ``remember``, keep it
        in the preferences; on the welcome page, say why not."""
        from casedesk.services.case_folder import prepare_case_file_folder

        try:
            if remember:
                return self.window.settings.set_case_file_folder(folder)
            return prepare_case_file_folder(folder)
        except CaseDeskError as error:
            welcome = self.window.start_page.welcome
            if welcome is not None:
                welcome.show_problem(str(error))
            else:
                QMessageBox.warning(
                    self.window, translate("first_run_actions", "Case-file folder"), str(error)
                )
            return None

    def start_first_case_file(self, folder: Path) -> None:
        """Create my first case file: in ``folder``, with the recovery-key step; the folder
        is kept for case files only once a case file is made (Cancel keeps nothing)."""
        chosen = self._use_folder(folder, remember=False)
        if chosen is not None and self.new_case_file(chosen):
            self._use_folder(chosen)

    def try_demo(self, folder: Path) -> None:
        """Try the demo: make it in ``folder`` the first time, then open it."""
        from casedesk.services.case_file import CaseFile
        from casedesk.services.demo import DEMO_FILE_NAME, create_demo

        chosen = self._use_folder(folder)
        if chosen is None:
            return
        path = chosen / DEMO_FILE_NAME
        try:
            with Busy():
                if not path.exists():
                    create_demo(path)
                case_file = CaseFile.open(path, DEMO_PASSPHRASE)
        except WrongPassphraseError:
            # Not the demo after all (a file of the person's own by that name): asked for.
            self.open_case_file(path)
            return
        except (CaseDeskError, OSError) as error:
            QMessageBox.warning(
                self.window,
                translate("first_run_actions", "Demo case file"),
                translate("first_run_actions", "The demo did not open: {error}").format(
                    error=error
                ),
            )
            return
        self.close_case_file()
        self._opened(case_file)
        QMessageBox.information(
            self.window,
            translate("first_run_actions", "Demo case file"),
            translate(
                "first_run_actions",
                "This is the demo case file, {path}: every person in it is invented, for "
                "practice only. It locks like any case file; its passphrase is public: "
                "“{passphrase}”. When you are ready, make your own with File > New "
                "Case File.",
            ).format(path=path, passphrase=DEMO_PASSPHRASE),
        )
