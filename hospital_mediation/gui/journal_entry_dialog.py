"""Writing a journal entry, or a new version of one: the date of the event (or "unknown"), the text,
files to attach. The recorded time is never asked: the store sets it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStringListModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from hospital_mediation.domain.model import AttachmentInfo, JournalEntry, NewJournalEntry
from hospital_mediation.gui.attachments_panel import file_problem
from hospital_mediation.gui.forms.ui_journal_entry_dialog import Ui_JournalEntryDialog
from hospital_mediation.gui.labels import local_date_time
from hospital_mediation.store.attachments import DEFAULT_MAX_SIZE

_EARLIEST = QDate(1950, 1, 1)


class JournalEntryDialog(QDialog):
    """Open it with :meth:`open`; on ``accepted``, read :meth:`new_entry` and :meth:`files`.

    With ``previous``, the entry written is a new version of it (it supersedes it; the previous
    one stays in the journal).

    Signals: those of QDialog (accepted, rejected, finished).
    """

    def __init__(self, parent: QWidget | None = None, previous: JournalEntry | None = None,
                 max_size_bytes: int = DEFAULT_MAX_SIZE) -> None:
        super().__init__(parent)
        self.form = Ui_JournalEntryDialog()
        self.form.setupUi(self)
        self.previous = previous
        self.max_size_bytes = max_size_bytes
        self._files: list[Path] = []
        self._stored: list[AttachmentInfo] = []
        self._files_model = QStringListModel(self)
        self.form.filesView.setModel(self._files_model)
        today = QDate.currentDate()
        self.form.eventDateEdit.setDateRange(_EARLIEST, today)
        self.form.eventDateEdit.setDate(today)
        self.form.eventDateEdit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if previous is None:
            self.setWindowTitle(self.tr("New journal entry"))
            ok.setText(self.tr("&Record"))
            self.form.introLabel.setText(self.tr(
                "The time you record this entry is set by the application and sealed: it cannot be changed "
                "later. Write what you remember now; you can add a new version later, and this one will stay."))
        else:
            self.setWindowTitle(self.tr("New version of a journal entry"))
            ok.setText(self.tr("&Record the new version"))
            intro = self.tr("You are writing a new version of the entry recorded on %1. The earlier version stays "
                            "in the journal, marked as superseded, with its own seal.")
            self.form.introLabel.setText(intro.replace("%1", local_date_time(previous.recorded_at)))
        ok.setAccessibleName(ok.text().replace("&", ""))
        self.form.dateUnknownCheck.toggled.connect(self._on_date_unknown_check_toggled)
        self.form.textEdit.textChanged.connect(self._update_buttons)
        self.form.addFilesButton.clicked.connect(self._on_add_files_button_clicked)
        self.form.removeFilesButton.clicked.connect(self._on_remove_files_button_clicked)
        self.form.filesView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.form.buttonBox.accepted.connect(self._on_button_box_accepted)
        if previous is not None:
            self.set_content(NewJournalEntry(previous.text, previous.event_on), [], [])
        self._show_message("")
        self._update_buttons()
        self.form.textEdit.setFocus()

    # --- content ------------------------------------------------------------------------------------

    def set_content(self, entry: NewJournalEntry, files: list[Path], stored: list[AttachmentInfo]) -> None:
        """Fill the form (to try again after a failure: ``stored`` files are already in the vault)."""
        self.form.textEdit.setPlainText(entry.text)
        self.form.dateUnknownCheck.setChecked(entry.event_on is None)
        if entry.event_on is not None:
            self.form.eventDateEdit.setDate(QDate(entry.event_on.year, entry.event_on.month, entry.event_on.day))
        self._files = list(files)
        self._stored = list(stored)
        self._refresh_files()

    def event_on(self) -> date | None:
        if self.form.dateUnknownCheck.isChecked():
            return None
        value = self.form.eventDateEdit.date()
        return date(value.year(), value.month(), value.day())

    def new_entry(self) -> NewJournalEntry:
        """The entry as written, with the files already stored (the others: :meth:`files`)."""
        return NewJournalEntry(text=self.form.textEdit.toPlainText().strip(), event_on=self.event_on(),
                               attachment_ids=[info.id for info in self._stored],
                               supersedes=self.previous.id if self.previous else None)

    def files(self) -> list[Path]:
        """The files still to encrypt into the vault."""
        return list(self._files)

    def stored(self) -> list[AttachmentInfo]:
        return list(self._stored)

    def add_files(self, paths: list[Path]) -> None:
        refused = []
        for path in paths:
            problem = file_problem(path, self.max_size_bytes)
            if problem:
                refused.append(problem)
            elif path not in self._files:
                self._files.append(path)
        self._refresh_files()
        self._show_message("\n".join(refused))

    def _refresh_files(self) -> None:
        stored = [self.tr("%1 (already in the vault)").replace("%1", info.filename) for info in self._stored]
        self._files_model.setStringList(stored + [path.name for path in self._files])
        self._update_buttons()

    # --- slots ------------------------------------------------------------------------------------------

    def _on_date_unknown_check_toggled(self, unknown: bool) -> None:
        self.form.eventDateEdit.setEnabled(not unknown)

    def _on_add_files_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(  # Qt's own dialog: not in the desktop's recent files
            self, self.tr("Files to attach to the entry"), options=QFileDialog.Option.DontUseNativeDialog)
        if paths and self.isVisible():  # still open: the vault did not lock meanwhile (that closed it)
            self.add_files([Path(path) for path in paths])

    def _on_remove_files_button_clicked(self) -> None:
        rows = sorted((index.row() for index in self.form.filesView.selectionModel().selectedRows()), reverse=True)
        for row in rows:
            if row < len(self._stored):
                del self._stored[row]  # stays in the case's attachments, no longer linked to this entry
            else:
                del self._files[row - len(self._stored)]
        self._refresh_files()

    def _on_button_box_accepted(self) -> None:
        if not self.form.textEdit.toPlainText().strip():
            self._show_message(self.tr("Write what happened before recording the entry."))
            return
        self.accept()

    def _update_buttons(self) -> None:
        has_text = bool(self.form.textEdit.toPlainText().strip())
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has_text)
        self.form.removeFilesButton.setEnabled(self.form.filesView.selectionModel().hasSelection())

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
