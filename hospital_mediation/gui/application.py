"""The running application: first-run creation, unlock, the main window and its sections,
case windows, the guided report, locking.

Everything decrypted lives in widgets and models that are emptied or closed when the vault locks.
"""

from __future__ import annotations

import uuid
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from hospital_mediation.domain.model import Case
from hospital_mediation.domain.settings import VaultSettings
from hospital_mediation.gui import external_open, messages
from hospital_mediation.gui.attachments_panel import AttachmentsPanel
from hospital_mediation.gui.case_detail_window import CaseDetailWindow
from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
from hospital_mediation.gui.deadlines_page import DeadlinesPage
from hospital_mediation.gui.journal_page import JournalPage
from hospital_mediation.gui.journal_panel import JournalPanel
from hospital_mediation.gui.labels import local_date_time
from hospital_mediation.gui.main_window import MainWindow
from hospital_mediation.gui.models.case_table_model import CaseRow, searchable_texts
from hospital_mediation.gui.recovery_dialog import RecoveryDialog
from hospital_mediation.gui.report_wizard import ReportWizard
from hospital_mediation.gui.retention_page import RetentionPage
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.settings_page import SettingsPage
from hospital_mediation.gui.unlock_window import UnlockWindow
from hospital_mediation.gui.workers import start, wait_for_all
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.drafts import Draft

MIB = 1024 * 1024
SEARCH_TEXT_DELAY_MS = 300


class Application(QObject):
    """Owns the windows and the vault session; decides what is shown when."""

    def __init__(self, location: VaultLocation, unlock_window: UnlockWindow | None = None) -> None:
        super().__init__()
        self.location = location
        self.session: VaultSession | None = None
        self.unlock_window = unlock_window
        self.wizard: CreateVaultWizard | None = None
        self.settings = VaultSettings()
        self.main_window = MainWindow()
        self.main_window.lock_requested.connect(self._on_lock_requested)
        self.main_window.hide_requested.connect(self._on_hide_requested)
        self.main_window.close_requested.connect(self.quit)
        self.main_window.case_open_requested.connect(self._on_case_open_requested)
        self.main_window.new_report_requested.connect(self._on_new_report_requested)
        self.case_windows: dict[uuid.UUID, CaseDetailWindow] = {}
        self._hidden = False  # "hide now": the unlock window waits minimised, nothing on screen
        self._cases_loaded = False  # decrypted once per unlock
        self._unlocks = 0  # counts the unlocks: work planned for an earlier one is dropped
        self.report_wizards: list[ReportWizard] = []
        start(external_open.cleanup_leftovers)  # plaintext copies a crash may have left behind

    # --- starting ----------------------------------------------------------------------------------

    def start(self) -> None:
        if self.location.path is not None and not self.location.path.exists():
            self.wizard = CreateVaultWizard(self.location.path)
            self.wizard.vault_created.connect(self._on_vault_created)
            self.wizard.rejected.connect(self.quit)
            self.wizard.show()
            return
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(location=str(self.location))
            self.unlock_window.show()
        self._connect_unlock_window()
        start(Vault.open, self.location, succeeded=self._on_vault_opened,  # the window is already shown
              failed=lambda error: self._fatal(messages.describe(error)))

    def _on_vault_opened(self, vault: Vault) -> None:
        self._use(vault)
        assert self.unlock_window is not None  # noqa: S101
        self.unlock_window.attach_vault(vault)
        self.unlock_window.reset()

    def _connect_unlock_window(self) -> None:
        assert self.unlock_window is not None  # noqa: S101
        self.unlock_window.unlocked.connect(self._on_unlocked)
        self.unlock_window.recovery_requested.connect(self._on_recovery_requested)

    def _use(self, vault: Vault) -> None:
        self.session = VaultSession(vault, parent=self)
        self.session.locked.connect(self._on_session_locked)
        self.session.hidden.connect(self._on_session_hidden)
        self._add_sections(self.session)

    def _add_sections(self, session: VaultSession) -> None:
        window = self.main_window
        self.journal_page = JournalPage(session)  # it gets the summaries the list decrypted
        self.journal_page.case_open_requested.connect(self._on_case_open_requested)
        self.journal_page.case_created.connect(self._on_case_changed)
        self.journal_page.journal_changed.connect(self._refresh_search_text)
        window.add_section(QT_TRANSLATE_NOOP("MainWindow", "Journal"), self.journal_page)
        self.deadlines_page = DeadlinesPage(session, window.case_model)
        self.deadlines_page.case_open_requested.connect(self._on_case_open_requested)
        window.add_section(QT_TRANSLATE_NOOP("MainWindow", "Deadlines"), self.deadlines_page)
        self.retention_page = RetentionPage(session)
        self.retention_page.case_deleted.connect(self._on_case_deleted)
        window.add_section(QT_TRANSLATE_NOOP("MainWindow", "Retention"), self.retention_page)
        self.settings_page = SettingsPage(session)
        self.settings_page.settings_loaded.connect(self._on_settings_loaded)  # at each unlock, and Reload
        self.settings_page.settings_saved.connect(self._on_settings_loaded)
        self.settings_page.settings_saved.connect(self.retention_page.mark_stale)
        self.settings_page.language_changed.connect(self._on_language_changed)
        window.add_section(QT_TRANSLATE_NOOP("MainWindow", "Settings"), self.settings_page)

    def _on_vault_created(self, vault: Vault) -> None:
        self._use(vault)
        self._on_unlocked()

    def _show_unlock(self) -> None:
        assert self.session is not None  # noqa: S101 - set by _use before
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.session.vault)
            self._connect_unlock_window()
        self.unlock_window.reset()
        if self._hidden:
            self._hidden = False
            self.unlock_window.showMinimized()
            return
        self.unlock_window.showNormal()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def _on_session_hidden(self) -> None:
        self._hidden = True

    def _on_recovery_requested(self) -> None:
        assert self.session is not None  # noqa: S101
        dialog = RecoveryDialog(self.session.vault, self.unlock_window)
        dialog.recovered.connect(self._on_unlocked)
        dialog.open()

    # --- unlocked ------------------------------------------------------------------------------------

    def _on_unlocked(self) -> None:
        assert self.session is not None  # noqa: S101
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self._cases_loaded = False
        self._unlocks += 1
        self.session.mark_unlocked()  # the Settings page reads the settings: settings_loaded, then the cases
        self.main_window.show()
        self.main_window.statusBar().showMessage(self.tr("Decrypting the cases…"))

    def _on_settings_loaded(self, settings: VaultSettings) -> None:
        """Settings apply everywhere: the calendar of deadlines, the idle lock, the attachment limit.
        The cases are decrypted once per unlock; a new holiday calendar only rebuilds the rows."""
        if self.session is None or not self.session.vault.is_unlocked:
            return
        new_calendar = settings.holiday_subdivision != self.settings.holiday_subdivision
        self.settings = settings
        self.session.set_idle_minutes(settings.idle_lock_minutes)
        limit = settings.attachment_max_mib * MIB
        self.journal_page.attachment_max_bytes = limit
        self.main_window.case_model.calendar = settings.calendar()
        for window in self.case_windows.values():
            window.use_settings(settings)
        holders: list[QWidget] = [self.journal_page, *self.case_windows.values()]
        for holder in holders:  # the panels already open check new files against the new limit
            for panel_type in (JournalPanel, AttachmentsPanel):
                for panel in holder.findChildren(panel_type):
                    cast(JournalPanel | AttachmentsPanel, panel).max_size_bytes = limit
        if not self._cases_loaded:
            self._cases_loaded = True
            self.main_window.show_progress(0, 1)
            start(self.main_window.case_model.decrypt_rows, self.session.vault, succeeded=self._on_rows_built,
                  failed=self._on_background_failed, progressed=self.main_window.show_progress)
        elif new_calendar:
            self._rebuild_rows()

    def _on_rows_built(self, rows: list[CaseRow]) -> None:
        if self.session is None or not self.session.vault.is_unlocked:
            return  # locked meanwhile
        self.main_window.hide_progress()
        self.main_window.cases_page.show_rows(rows)
        self.journal_page.set_cases([row.summary for row in rows])
        damaged = self.session.vault.cases.damaged
        if damaged:
            self.main_window.statusBar().showMessage(self.tr("%n case(s) could not be read: run a verification.",
                                                             "", len(damaged)))
        else:
            self.main_window.statusBar().clearMessage()
        # The full text for the search once the list is on screen: painting it while a worker holds
        # the interpreter lock would take many times longer.
        unlock = self._unlocks
        QTimer.singleShot(SEARCH_TEXT_DELAY_MS,
                          lambda: self._index_search_texts([row.summary.id for row in rows], unlock))

    def _index_search_texts(self, case_ids: list[uuid.UUID], unlock: int) -> None:
        if self.session is not None and self.session.vault.is_unlocked and unlock == self._unlocks:
            start(searchable_texts, self.session.vault, case_ids, succeeded=self._on_search_texts_ready)

    def _rebuild_rows(self) -> None:
        """The list's texts and deadlines again (another language or calendar), from the summaries
        and texts already decrypted."""
        model = self.main_window.case_model
        changes = model.changes
        start(model.rebuilt_rows, list(model.rows),
              succeeded=lambda rows: self._on_rows_rebuilt(rows, changes), failed=self._on_background_failed)

    def _on_rows_rebuilt(self, rows: list[CaseRow], changes: int) -> None:
        if self.session is None or not self.session.vault.is_unlocked:
            return
        if changes != self.main_window.case_model.changes:
            self._rebuild_rows()  # a case changed meanwhile: build from the rows as they are now
            return
        self.main_window.cases_page.show_rows(rows)

    def _on_search_texts_ready(self, texts: dict[uuid.UUID, str]) -> None:
        if self.session is not None and self.session.vault.is_unlocked:
            self.main_window.case_model.add_search_text(texts)

    def _on_background_failed(self, error: BaseException) -> None:
        self.main_window.hide_progress()
        self.main_window.statusBar().showMessage(messages.describe(error))

    def _on_language_changed(self, _language: str) -> None:
        if self.session is not None and self.session.vault.is_unlocked:
            self._rebuild_rows()  # the list's texts are translated when its rows are built

    # --- cases ------------------------------------------------------------------------------------------

    def _on_case_open_requested(self, case_id: uuid.UUID) -> None:
        assert self.session is not None  # noqa: S101
        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseDetailWindow(self.session, case_id, settings=self.settings)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # with its panels: nothing left to reload
            window.case_changed.connect(self._on_case_changed)
            window.records_changed.connect(lambda: self._refresh_search_text(case_id))
            window.closed.connect(lambda: self.case_windows.pop(case_id, None))
            journal = JournalPanel(self.session, case_id, self.settings.attachment_max_mib * MIB)
            journal.journal_changed.connect(lambda: self._refresh_search_text(case_id))
            window.add_tab(journal, QT_TRANSLATE_NOOP("CaseDetailWindow", "&Journal"))
            attachments = AttachmentsPanel(self.session, case_id, self.settings.attachment_max_mib * MIB)
            attachments.attachments_changed.connect(lambda: self._refresh_search_text(case_id))
            window.add_tab(attachments, QT_TRANSLATE_NOOP("CaseDetailWindow", "A&ttachments"))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _on_case_changed(self, summary: Any) -> None:
        self.main_window.case_model.upsert(summary)
        self.journal_page.upsert_case(summary)
        self.retention_page.mark_stale()  # closing a case may make it due
        self._refresh_search_text(summary.id)

    def _refresh_search_text(self, case_id: uuid.UUID) -> None:
        """The search finds what a case says now (its report, journal, records, attachment names)."""
        if self.session is not None and self.session.vault.is_unlocked:
            start(searchable_texts, self.session.vault, [case_id], succeeded=self._on_search_texts_ready)

    def _on_case_deleted(self, case_id: uuid.UUID) -> None:
        window = self.case_windows.pop(case_id, None)
        if window is not None:
            window.close()
        self.main_window.case_model.remove(case_id)
        self.journal_page.remove_case(case_id)

    # --- reports ----------------------------------------------------------------------------------------

    def _on_new_report_requested(self) -> None:
        if self.session is None or not self.session.vault.is_unlocked:
            return  # the shortcut works from every window, the unlock window too
        start(self.session.vault.drafts.list, succeeded=self._on_drafts_listed)

    def _on_drafts_listed(self, drafts: list[Draft]) -> None:
        if not drafts:
            self._open_report_wizard(None)
            return
        menu = QMenu(self.main_window)
        menu.setAccessibleName(self.tr("Start or continue a report"))
        menu.addAction(self.tr("Start a new report"), lambda: self._open_report_wizard(None))
        menu.addSeparator()
        for draft in drafts:
            text = self.tr("Continue the draft saved on %1").replace("%1", local_date_time(draft.saved_at))
            action = QAction(text, menu)
            action.triggered.connect(lambda _checked=False, d=draft.id: self._open_report_wizard(d))
            menu.addAction(action)
        menu.popup(self._menu_position(menu))
        self._drafts_menu = menu

    def _menu_position(self, menu: QMenu) -> QPoint:
        """Under the New report button when the mouse is on it, else the middle of the main window
        (after Ctrl+N the pointer may be anywhere)."""
        window = self.main_window
        button = window.form.toolBar.widgetForAction(window.form.actionNewReport)
        if button is not None and button.underMouse():
            corner: QPoint = button.mapToGlobal(button.rect().bottomLeft())
            return corner
        centre = window.mapToGlobal(window.rect().center())
        hint = menu.sizeHint()
        return QPoint(centre.x() - hint.width() // 2, centre.y() - hint.height() // 2)

    def _open_report_wizard(self, draft_id: uuid.UUID | None) -> None:
        assert self.session is not None  # noqa: S101
        wizard = ReportWizard(self.session, draft_id)
        wizard.report_filed.connect(self._on_report_filed)
        wizard.finished.connect(lambda _result: self.report_wizards.remove(wizard)
                                if wizard in self.report_wizards else None)
        self.report_wizards.append(wizard)
        wizard.show()

    def _on_report_filed(self, case: Case) -> None:
        self._on_case_changed(case.summary())
        self.main_window.statusBar().showMessage(self.tr("Report %1 filed.").replace("%1", case.reference))

    # --- locking -------------------------------------------------------------------------------------

    def _on_lock_requested(self) -> None:
        if self.session is not None:
            self.session.lock()

    def _on_hide_requested(self) -> None:
        if self.session is not None:
            self.session.hide_now()

    def _on_session_locked(self) -> None:
        for window in [*self.case_windows.values(), *self.report_wizards]:
            window.close()
        self.case_windows.clear()
        self.report_wizards.clear()
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

    @property
    def windows(self) -> list[QWidget]:
        """Every window this application has open (screenshots and tests walk them)."""
        return [self.main_window, *self.case_windows.values(), *self.report_wizards]

