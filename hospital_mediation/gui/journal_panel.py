"""The evidence journal of one case: dated entries, the recorded time set and sealed by the store,
edits recorded as new versions (the earlier ones stay, marked superseded), files attached."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.model import AttachmentInfo, JournalEntry, NewJournalEntry
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_journal_panel import Ui_JournalPanel
from hospital_mediation.gui.journal_entry_dialog import JournalEntryDialog
from hospital_mediation.gui.labels import human_size, local_date, local_date_time
from hospital_mediation.gui.models.journal_table_model import (
    ENTRY_ID_ROLE,
    SORT_ROLE,
    JournalColumn,
    JournalTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.tables import size_columns
from hospital_mediation.gui.workers import Task, permille, start
from hospital_mediation.progress import Progress
from hospital_mediation.store import Vault
from hospital_mediation.store.attachments import DEFAULT_MAX_SIZE


@dataclass
class JournalData:
    entries: list[JournalEntry]
    attachments: dict[uuid.UUID, AttachmentInfo]


def load_journal(vault: Vault, case_id: uuid.UUID) -> JournalData:
    """Everything the panel shows, decrypted together (in the background)."""
    return JournalData(vault.journal.list(case_id), {a.id: a for a in vault.attachments.list(case_id)})


class RecordFailed(Exception):
    """Recording stopped part-way: ``stored`` files were already encrypted into the vault."""

    def __init__(self, error: BaseException, stored: list[AttachmentInfo]) -> None:
        super().__init__(str(error))
        self.error = error
        self.stored = stored


def record_entry(vault: Vault, case_id: uuid.UUID, entry: NewJournalEntry, files: list[Path],
                 max_size_bytes: int = DEFAULT_MAX_SIZE,
                 progress: Progress | None = None) -> tuple[JournalEntry, list[AttachmentInfo]]:
    """Encrypt the files into the case, then record the entry naming them (the core wants the ids
    at creation); returns the entry and the files stored."""
    sizes = []
    for path in files:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)  # add_file says why it cannot read it
    total, base = max(1, sum(sizes)), 0
    stored: list[AttachmentInfo] = []
    for path, size in zip(files, sizes, strict=True):

        def step(done: int, _total: int, offset: int = base) -> None:
            if progress is not None:
                progress(offset + done, total)

        try:
            stored.append(vault.attachments.add_file(case_id, path, progress=step, max_size=max_size_bytes))
        except Exception as error:
            raise RecordFailed(error, stored) from error
        base += size
    try:
        recorded = vault.journal.add(case_id, replace(entry, attachment_ids=[*entry.attachment_ids,
                                                                            *(info.id for info in stored)]))
    except Exception as error:
        raise RecordFailed(error, stored) from error
    if progress is not None:
        progress(total, total)
    return recorded, stored


@dataclass
class _Pending:
    entry: NewJournalEntry
    files: list[Path]
    stored: list[AttachmentInfo]
    previous: JournalEntry | None


class JournalPanel(QWidget):
    """The journal of one case.

    Signals:
        journal_changed(): an entry (or a new version of one) was recorded.
    """

    journal_changed = Signal()

    def __init__(self, session: VaultSession, case_id: uuid.UUID, max_size_bytes: int = DEFAULT_MAX_SIZE,
                 parent: QWidget | None = None) -> None:
        """``max_size_bytes``: the vault's attachment size limit (its settings, which the application holds)."""
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.max_size_bytes = max_size_bytes
        self.form = Ui_JournalPanel()
        self.form.setupUi(self)
        self.model = JournalTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.history_model = JournalTableModel(self)
        self.attachments: dict[uuid.UUID, AttachmentInfo] = {}
        self.entry_dialog: JournalEntryDialog | None = None
        self._pending: _Pending | None = None
        self._load_task: Task | None = None
        self._record_task: Task | None = None
        view = self.form.entriesView
        view.setModel(self.proxy)
        view.sortByColumn(JournalColumn.EVENT_DATE, Qt.SortOrder.AscendingOrder)
        self.form.historyView.setModel(self.history_model)
        for table in (view, self.form.historyView):
            size_columns(table, {JournalColumn.EVENT_DATE: 110, JournalColumn.RECORDED_AT: 150,
                                 JournalColumn.TEXT: 330, JournalColumn.VERSION: 160})
        self.form.splitter.setStretchFactor(0, 3)
        self.form.splitter.setStretchFactor(1, 2)
        self.form.busyBar.hide()
        self.form.newEntryButton.clicked.connect(self._on_new_entry_button_clicked)
        self.form.editEntryButton.clicked.connect(self._on_edit_entry_button_clicked)
        view.selectionModel().selectionChanged.connect(self._on_entries_selection_changed)
        self.form.historyView.activated.connect(self._on_history_view_activated)
        self.form.historyView.clicked.connect(self._on_history_view_activated)
        session.locked.connect(self._on_session_locked)  # its window closes then: it never sees an unlock
        self._show_message("")
        self._show_details(None)
        self.refresh()

    # --- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the entries (decrypted in the background)."""
        if not self.session.vault.is_unlocked:
            return
        self._load_task = start(load_journal, self.session.vault, self.case_id,
                                succeeded=self._on_load_task_succeeded, failed=self._on_load_task_failed)

    def _on_load_task_succeeded(self, data: JournalData) -> None:
        if self.sender() is not self._load_task or not self.session.vault.is_unlocked:
            return
        self._load_task = None
        self.attachments = data.attachments
        self._set_entries(data.entries)

    def _on_load_task_failed(self, error: BaseException) -> None:
        if self.sender() is self._load_task:
            self._load_task = None
            self._show_message(messages.describe(error))

    def _set_entries(self, entries: list[JournalEntry], select: uuid.UUID | None = None) -> None:
        selected = self.selected_entry()
        current = select or (selected.id if selected else None)
        self.model.set_entries(entries)
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        self.form.countLabel.setText(self.tr("%n entry(ies)", "", len(entries)))
        if current is not None:
            self.select(current)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the form, the tables, the count and the entry shown."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            self.history_model.retranslate()
            self.form.countLabel.setText(self.tr("%n entry(ies)", "", self.model.rowCount()))
            self._show_details(self.selected_entry())
        super().changeEvent(event)

    # --- selection and details -------------------------------------------------------------------------

    def selected_entry(self) -> JournalEntry | None:
        rows = self.form.entriesView.selectionModel().selectedRows()
        entry_id = rows[0].data(ENTRY_ID_ROLE) if rows else None
        return self.model.entry(entry_id) if entry_id is not None else None

    def select(self, entry_id: uuid.UUID) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.form.entriesView.selectRow(index.row())
            self.form.entriesView.scrollTo(index)

    def _on_entries_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details(self.selected_entry())
        self._update_buttons()

    def _on_history_view_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id is not None:
            self.select(entry_id)

    def _show_details(self, entry: JournalEntry | None) -> None:
        if entry is None:
            self.form.detailsLabel.setText(self.tr("Select an entry to read it in full."))
            self.form.textView.clear()
            self.form.filesLabel.clear()
            self.form.filesLabel.hide()
            self.history_model.clear()
            return
        parts = [self.tr("Event: %1").replace("%1", local_date(entry.event_on) if entry.event_on
                                               else self.tr("date unknown")),
                 self.tr("Recorded: %1 (set by the application, cannot be changed)")
                 .replace("%1", local_date_time(entry.recorded_at))]
        if entry.audit_seq is not None:
            parts.append(self.tr("Sealed in audit entry %1").replace("%1", str(entry.audit_seq)))
        history = self.model.history(entry.id)
        if history and history[-1].id != entry.id:
            parts.append(self.tr("Superseded by the version recorded on %1")
                         .replace("%1", local_date_time(history[-1].recorded_at)))
        self.form.detailsLabel.setText(" · ".join(parts))
        self.form.textView.setPlainText(entry.text)
        files = []
        for attachment_id in entry.attachment_ids:
            info = self.attachments.get(attachment_id)
            files.append(self.tr("%1 (%2) SHA-256 %3").replace("%1", info.filename)
                         .replace("%2", human_size(info.size)).replace("%3", info.sha256) if info
                         else self.tr("a file no longer in the vault"))
        self.form.filesLabel.setText(self.tr("Attached files:") + "\n" + "\n".join(files) if files else "")
        self.form.filesLabel.setVisible(bool(files))
        self.history_model.set_entries(history)
        row = self.history_model.row_of(entry.id)
        if row is not None:
            self.form.historyView.selectRow(row)

    def _update_buttons(self) -> None:
        idle = self._record_task is None and self.session.vault.is_unlocked
        self.form.newEntryButton.setEnabled(idle)
        self.form.editEntryButton.setEnabled(idle and self.selected_entry() is not None)

    # --- writing ----------------------------------------------------------------------------------------

    def _on_new_entry_button_clicked(self) -> None:
        self._open_dialog(None)

    def _on_edit_entry_button_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._record_task is None:
            self._open_dialog(self.model.latest_version(entry.id))  # an old version: edit the current one

    def _open_dialog(self, previous: JournalEntry | None, retry: _Pending | None = None) -> None:
        if self.entry_dialog is not None:
            self.entry_dialog.raise_()
            return
        dialog = JournalEntryDialog(self, previous, self.max_size_bytes)
        if retry is not None:
            dialog.set_content(retry.entry, retry.files, retry.stored)
        elif previous is not None:  # the new version keeps the files of the previous one, unless removed
            kept = [self.attachments[i] for i in previous.attachment_ids if i in self.attachments]
            dialog.set_content(NewJournalEntry(previous.text, previous.event_on), [], kept)
        dialog.accepted.connect(self._on_entry_dialog_accepted)
        dialog.finished.connect(self._on_entry_dialog_finished)
        self.entry_dialog = dialog
        dialog.open()

    def _on_entry_dialog_finished(self, _result: int) -> None:
        if self.entry_dialog is not None:
            self.entry_dialog.deleteLater()
            self.entry_dialog = None

    def _on_entry_dialog_accepted(self) -> None:
        dialog = self.entry_dialog
        if dialog is None:
            return
        self._pending = _Pending(dialog.new_entry(), dialog.files(), dialog.stored(), dialog.previous)
        self.form.busyBar.setValue(0)
        self.form.busyBar.show()
        self._show_message(self.tr("Recording the entry…"))
        self._record_task = start(record_entry, self.session.vault, self.case_id, self._pending.entry,
                                  self._pending.files, self.max_size_bytes,
                                  succeeded=self._on_record_task_succeeded, failed=self._on_record_task_failed,
                                  progressed=self._on_record_task_progressed)
        self._update_buttons()

    def _on_record_task_progressed(self, done: int, total: int) -> None:  # a method: disconnected with the panel
        self.form.busyBar.setValue(permille(done, total))

    def _on_record_task_succeeded(self, result: tuple[JournalEntry, list[AttachmentInfo]]) -> None:
        if self.sender() is not self._record_task:
            return
        self._record_task = None
        self._pending = None
        self.form.busyBar.hide()
        if not self.session.vault.is_unlocked:
            self._update_buttons()
            return
        entry, stored = result
        self.attachments.update({info.id: info for info in stored})
        self._set_entries([*(row.entry for row in self.model.rows), entry], select=entry.id)
        text = self.tr("Recorded at %1.").replace("%1", local_date_time(entry.recorded_at))
        if entry.audit_seq is not None:
            text += " " + self.tr("Sealed in audit entry %1.").replace("%1", str(entry.audit_seq))
        self._show_message(text)
        self.journal_changed.emit()

    def _on_record_task_failed(self, error: BaseException) -> None:
        if self.sender() is not self._record_task:
            return
        self._record_task = None
        self.form.busyBar.hide()
        pending, self._pending = self._pending, None
        self._update_buttons()
        cause = error.error if isinstance(error, RecordFailed) else error
        self._show_message(self.tr("The entry was not recorded:") + " " + messages.describe(cause))
        if pending is None or not self.session.vault.is_unlocked:
            return
        stored = error.stored if isinstance(error, RecordFailed) else []
        if stored:
            self.attachments.update({info.id: info for info in stored})
            self.journal_changed.emit()  # files were added to the case
        # Nothing typed is lost: the dialog opens again as it was, the files already stored kept.
        retry = _Pending(pending.entry, pending.files[len(stored):], [*pending.stored, *stored], pending.previous)
        self._open_dialog(pending.previous, retry)

    # --- locking --------------------------------------------------------------------------------------

    def _on_session_locked(self) -> None:
        self._load_task = None
        if self.entry_dialog is not None:
            self.entry_dialog.reject()
        self.attachments = {}
        self.model.clear()
        self._show_details(None)
        self._show_message("")
        self.form.countLabel.clear()
        self._update_buttons()

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
