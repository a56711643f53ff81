"""The desktop application: first-run creation, unlock, the main window, locking."""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hospital_mediation import __version__
from hospital_mediation.gui import i18n, messages
from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
from hospital_mediation.gui.main_window import MainWindow
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.unlock_window import UnlockWindow
from hospital_mediation.gui.workers import run_in_background, wait_for_all
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.search import case_texts


class Application(QObject):
    """Owns the windows and the vault session; decides what is shown when."""

    def __init__(self, location: VaultLocation) -> None:
        super().__init__()
        self.location = location
        self.session: VaultSession | None = None
        self.unlock_window: UnlockWindow | None = None
        self.wizard: CreateVaultWizard | None = None
        self.main_window = MainWindow()
        self.main_window.lock_requested.connect(self._on_lock_requested)
        self.main_window.hide_requested.connect(self._on_hide_requested)
        self.main_window.close_requested.connect(self.quit)
        self.main_window.case_open_requested.connect(self._on_case_open_requested)
        self.open_windows: list[QWidget] = []

    # --- starting ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.location.path is not None and not self.location.path.exists():
            self.wizard = CreateVaultWizard(self.location.path)
            self.wizard.vault_created.connect(self._on_vault_created)
            self.wizard.rejected.connect(self.quit)
            self.wizard.show()
            return
        try:
            vault = Vault.open(self.location)
        except Exception as error:  # noqa: BLE001 - shown to the user, then we quit
            self._fatal(messages.describe(error))
            return
        self._use(vault)
        self._show_unlock()

    def _use(self, vault: Vault) -> None:
        self.session = VaultSession(vault, parent=self)
        self.session.locked.connect(self._on_session_locked)

    def _on_vault_created(self, vault: Vault) -> None:
        self._use(vault)
        self._on_unlocked()

    def _show_unlock(self) -> None:
        assert self.session is not None  # noqa: S101 - set by _use before
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.session.vault)
            self.unlock_window.unlocked.connect(self._on_unlocked)
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    # --- unlocked ------------------------------------------------------------------------------------

    def _on_unlocked(self) -> None:
        assert self.session is not None  # noqa: S101
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.session.mark_unlocked()
        self.main_window.show()
        self.main_window.statusBar().showMessage(self.tr("Decrypting the cases…"))
        task = run_in_background(self.session.vault.cases.list_summaries)
        task.succeeded.connect(self._on_summaries_loaded)
        task.failed.connect(self._on_background_failed)

    def _on_summaries_loaded(self, summaries: list) -> None:  # type: ignore[type-arg]
        assert self.session is not None  # noqa: S101
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile
        self.main_window.cases_page.show_cases(summaries)
        damaged = self.session.vault.cases.damaged
        if damaged:
            self.main_window.statusBar().showMessage(self.tr("%n case(s) could not be read: run a verification.",
                                                             "", len(damaged)))
        else:
            self.main_window.statusBar().clearMessage()
        task = run_in_background(case_texts, self.session.vault, [s.id for s in summaries])
        task.succeeded.connect(self._on_search_texts_ready)

    def _on_search_texts_ready(self, texts: dict[uuid.UUID, str]) -> None:
        if self.session is not None and self.session.vault.is_unlocked:
            self.main_window.case_model.add_search_text(texts)

    def _on_background_failed(self, error: BaseException) -> None:
        self.main_window.statusBar().showMessage(messages.describe(error))

    def _on_case_open_requested(self, case_id: uuid.UUID) -> None:
        self.main_window.statusBar().showMessage(str(case_id))

    # --- locking -------------------------------------------------------------------------------------

    def _on_lock_requested(self) -> None:
        if self.session is not None:
            self.session.lock()

    def _on_hide_requested(self) -> None:
        if self.session is not None:
            self.session.hide_now()

    def _on_session_locked(self) -> None:
        for window in self.open_windows:
            window.close()
        self.open_windows.clear()
        self.main_window.clear()
        self.main_window.hide()
        self._show_unlock()

    # --- leaving ----------------------------------------------------------------------------------------

    def _fatal(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Hospital Mediation"), text)
        box.finished.connect(self.quit)
        box.open()
        self._fatal_box = box

    def quit(self) -> None:
        wait_for_all()
        if self.session is not None:
            self.session.close()
            self.session = None
        QTimer.singleShot(0, QApplication.quit)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hospital-mediation", description="Open the desktop application.")
    parser.add_argument("--vault", metavar="PATH", help="the vault file (default: your data folder)")
    parser.add_argument("--language", choices=i18n.LANGUAGES, help="fr or en (default: the system's)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    existing = QApplication.instance()
    qt = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qt.setApplicationName("hospital-mediation")
    qt.setOrganizationName("hospital-mediation")
    qt.setApplicationDisplayName("Hospital Mediation")
    i18n.install(args.language or i18n.chosen_language())
    application = Application(VaultLocation.parse(Path(args.vault).expanduser() if args.vault else None))
    application.start()
    return int(qt.exec())
