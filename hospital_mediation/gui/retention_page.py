"""Retention: closed cases due for deletion, and their deletion by crypto-shredding (after confirmation)."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.retention import Tombstone
from hospital_mediation.gui import messages, workers
from hospital_mediation.gui.delete_case_dialog import DeleteCaseDialog
from hospital_mediation.gui.forms.ui_retention_page import Ui_RetentionPage
from hospital_mediation.gui.models.case_table_model import CASE_ID_ROLE, SORT_ROLE
from hospital_mediation.gui.models.due_deletion_table_model import DueDeletionColumn, DueDeletionTableModel
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.forms import show_message
from hospital_mediation.gui.widgets.tables import size_columns
from hospital_mediation.store import Vault

DELETION_REASON = "retention"  # the audit log's short code for this deletion


def load_retention(vault: Vault, today: date | None = None) -> tuple[list[tuple[CaseSummary, date]], int]:
    """The cases due for deletion and the number of tombstones kept (decrypts every summary: run it in the
    background)."""
    return vault.retention.due(today), len(vault.retention.tombstones())


class RetentionPage(QWidget):
    """The "due for deletion" list; "Delete…" asks for the reference, then crypto-shreds the case.

    Signals:
        case_deleted(object): the id of the case just deleted (its tombstone is kept).
    """

    case_deleted = Signal(object)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_RetentionPage()
        self.form.setupUi(self)
        self.model = DueDeletionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSourceModel(self.model)
        table = self.form.tableView
        table.setModel(self.proxy)
        table.sortByColumn(DueDeletionColumn.DUE, Qt.SortOrder.AscendingOrder)
        size_columns(table, {DueDeletionColumn.REFERENCE: 120, DueDeletionColumn.CLOSED: 120,
                             DueDeletionColumn.OUTCOME: 260})
        self.delete_dialog: DeleteCaseDialog | None = None
        self.tombstone_count: int | None = None
        self._deleting: tuple[uuid.UUID, str] | None = None
        self._busy = False
        self._stale = False
        self.form.deleteButton.clicked.connect(self._on_delete_button_clicked)
        self.form.refreshButton.clicked.connect(self._on_refresh_button_clicked)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        for signal in (self.model.modelReset, self.model.rowsRemoved):
            signal.connect(self._update_counts)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)
        self._set_busy(False)
        self._update_counts()
        if session.vault.is_unlocked:
            self.refresh()

    # --- the list ---------------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """A case or the retention periods changed: look again now if the list is on screen, else
        when it is next shown (finding the cases due means reading every case)."""
        self._stale = True
        if self.isVisible() and self.session.vault.is_unlocked:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale and self.session.vault.is_unlocked:
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Find the cases due for deletion on ``today`` (default: today), in the background."""
        if self._busy:
            return
        self._stale = False
        self._set_busy(True)
        show_message(self.form.messageLabel, self.tr("Looking for cases due for deletion…"))
        workers.start(load_retention, self.session.vault, today,
                      succeeded=self._on_load_task_succeeded, failed=self._on_task_failed)

    def _on_load_task_succeeded(self, result: tuple[list[tuple[CaseSummary, date]], int]) -> None:
        self._set_busy(False)
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile
        due, self.tombstone_count = result
        self.model.set_rows(due)
        show_message(self.form.messageLabel, "")

    def selected_case(self) -> tuple[uuid.UUID, str] | None:
        """The id and reference of the selected case."""
        rows = self.form.tableView.selectionModel().selectedRows(DueDeletionColumn.REFERENCE)
        return (rows[0].data(CASE_ID_ROLE), rows[0].data()) if rows else None

    # --- deleting ---------------------------------------------------------------------------------

    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_case()
        if selected is None or self._busy:
            return
        self._deleting = selected
        dialog = DeleteCaseDialog(selected[1], self)
        dialog.accepted.connect(self._on_delete_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        self.delete_dialog = dialog
        dialog.open()

    def _on_delete_dialog_accepted(self) -> None:
        self.delete_dialog = None
        if self._deleting is None or not self.session.vault.is_unlocked:
            return
        case_id, reference = self._deleting
        self._set_busy(True)
        show_message(self.form.messageLabel, self.tr("Deleting case %1…").replace("%1", reference))
        # The case travels with the task: it was deleted even if the vault is locked before the answer comes.
        workers.start(self.session.vault.retention.delete_case, case_id, DELETION_REASON,
                      succeeded=partial(self._on_delete_task_succeeded, case_id, reference),
                      failed=self._on_task_failed)

    def _on_delete_task_succeeded(self, case_id: uuid.UUID, reference: str, _tombstone: Tombstone) -> None:
        self._set_busy(False)
        self._deleting = None
        self.model.remove_case(case_id)
        show_message(self.form.messageLabel, self.tr(
            "Case %1 was deleted for good; an anonymous line is kept for statistics.").replace("%1", reference))
        self.case_deleted.emit(case_id)
        if self.tombstone_count is not None:  # None once locked
            self.tombstone_count += 1
            self._update_counts()

    def _on_task_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._deleting = None
        if not self.session.vault.is_unlocked:
            return  # locked meanwhile: nothing to say on an empty page
        show_message(self.form.messageLabel, messages.describe(error), error=True)

    def _on_refresh_button_clicked(self) -> None:
        if self.session.vault.is_unlocked:
            self.refresh()

    # --- state ------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.busyBar.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        unlocked = self.session.vault.is_unlocked
        self.form.refreshButton.setEnabled(unlocked and not self._busy)
        self.form.deleteButton.setEnabled(unlocked and not self._busy and self.selected_case() is not None)

    def _update_counts(self) -> None:
        due = self.model.rowCount()
        self.form.countLabel.setText(self.tr("%n case(s) due for deletion", "", due) if due
                                     else self.tr("No case is due for deletion."))
        self.form.tombstoneLabel.setText(
            "" if self.tombstone_count is None
            else self.tr("%n anonymous line(s) kept for statistics", "", self.tombstone_count))
        self._update_buttons()

    def _on_session_unlocked(self) -> None:
        self.mark_stale()

    def _on_session_locked(self) -> None:
        if self.delete_dialog is not None:
            self.delete_dialog.reject()
            self.delete_dialog = None
        self._deleting = None
        self.tombstone_count = None
        self.model.clear()
        show_message(self.form.messageLabel, "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            self._update_counts()
        super().changeEvent(event)
