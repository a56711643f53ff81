"""The files of one case: added from a dialog or by drag and drop (encrypted in the background),
previewed in memory, exported on request, or opened with another program after a warning."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from hospital_mediation.domain.model import AttachmentInfo
from hospital_mediation.gui import messages
from hospital_mediation.gui.attachment_preview import AttachmentPreview
from hospital_mediation.gui.external_open import NoProgramError, opener_for
from hospital_mediation.gui.forms.ui_attachments_panel import Ui_AttachmentsPanel
from hospital_mediation.gui.labels import human_size
from hospital_mediation.gui.models.attachment_table_model import (
    ATTACHMENT_ID_ROLE,
    SORT_ROLE,
    AttachmentColumn,
    AttachmentTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.tables import size_columns
from hospital_mediation.gui.workers import Task, permille, start


def file_problem(path: Path, max_size_bytes: int) -> str:
    """Why ``path`` cannot be attached (too large, not a file, unreadable), checked before reading; "" if it can."""
    try:
        status = path.stat()
    except OSError as error:
        text = QCoreApplication.translate("AttachmentsPanel", "Cannot read %1: %2")
        return text.replace("%1", path.name).replace("%2", error.strerror or type(error).__name__)
    if not stat.S_ISREG(status.st_mode):
        return QCoreApplication.translate("AttachmentsPanel", "%1 is not a file; it was not added.").replace(
            "%1", path.name)
    if status.st_size > max_size_bytes:
        text = QCoreApplication.translate("AttachmentsPanel",
                                          "%1 is larger than the attachment size limit (%2); it was not added.")
        return text.replace("%1", path.name).replace("%2", human_size(max_size_bytes))
    return ""


def local_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag (web links and the like are ignored)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


@dataclass
class _Running:
    row: QWidget
    bar: QProgressBar
    name: str
    exporting: bool


class AttachmentsPanel(QWidget):
    """The attachments of one case.

    Signals:
        attachments_changed(): an attachment was added.
    """

    attachments_changed = Signal()

    def __init__(self, session: VaultSession, case_id: uuid.UUID, max_size_bytes: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.max_size_bytes = max_size_bytes
        self.form = Ui_AttachmentsPanel()
        self.form.setupUi(self)
        self.model = AttachmentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        view = self.form.attachmentsView
        view.setModel(self.proxy)
        view.sortByColumn(AttachmentColumn.ADDED_AT, Qt.SortOrder.AscendingOrder)
        size_columns(view, {AttachmentColumn.FILE_NAME: 200, AttachmentColumn.SIZE: 80,
                            AttachmentColumn.ADDED_AT: 130, AttachmentColumn.SHA256: 160})
        self.form.shaEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.form.splitter.setStretchFactor(0, 3)
        self.form.splitter.setStretchFactor(1, 2)
        self.preview = AttachmentPreview(session, self.form, self)
        self.opener = opener_for(session)
        self._running: dict[Task, _Running] = {}
        self._external_rows: dict[str, tuple[QWidget, QProgressBar]] = {}  # by the copy's path
        self._load_task: Task | None = None
        self.setAcceptDrops(True)
        self.form.addButton.clicked.connect(self._on_add_button_clicked)
        self.form.exportButton.clicked.connect(self._on_export_button_clicked)
        self.form.openExternallyButton.clicked.connect(self._on_open_externally_button_clicked)
        self.form.copyShaButton.clicked.connect(self._on_copy_sha_button_clicked)
        view.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self.proxy.modelReset.connect(self._update_selection)
        self.opener.progressed.connect(self._on_opener_progressed)
        self.opener.opened.connect(self._on_opener_opened)
        self.opener.failed.connect(self._on_opener_failed)
        session.locked.connect(self._on_session_locked)  # a case window closes then: it never sees an unlock
        self._update_selection()
        self._show_message("")
        self.refresh()

    # --- the list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (decrypting the metadata in the background)."""
        if not self.session.vault.is_unlocked:
            return
        self._load_task = start(self.session.vault.attachments.list, self.case_id,
                                succeeded=self._on_load_task_succeeded)
        self._load_task.failed.connect(self._on_load_task_failed)

    def _on_load_task_succeeded(self, attachments: list[AttachmentInfo]) -> None:
        if self.sender() is not self._load_task or not self.session.vault.is_unlocked:
            return
        self._load_task = None
        self.model.set_attachments(attachments)

    def _on_load_task_failed(self, error: BaseException) -> None:
        if self.sender() is self._load_task:
            self._load_task = None
            self._show_message(messages.describe(error))

    def selected_attachment(self) -> AttachmentInfo | None:
        index = self.form.attachmentsView.selectionModel().currentIndex()
        attachment_id = index.data(ATTACHMENT_ID_ROLE) if index.isValid() else None
        return self.model.attachment(attachment_id) if attachment_id is not None else None

    def select(self, attachment_id: uuid.UUID) -> None:
        row = self.model.row_of(attachment_id)
        if row is not None:
            self.form.attachmentsView.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _on_selection_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_selection()
        self.preview.show_attachment(self.selected_attachment())

    def _update_selection(self) -> None:
        info = self.selected_attachment()
        for button in (self.form.exportButton, self.form.openExternallyButton, self.form.copyShaButton):
            button.setEnabled(info is not None)
        self.form.shaEdit.setText(info.sha256 if info else "")
        if info is None:
            self.preview.show_attachment(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the form and the table (a message already shown stays as it was said)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.model.retranslate()
            if self.selected_attachment() is None:
                self.preview.show_attachment(None)  # its invitation to select a file
        super().changeEvent(event)

    # --- adding -------------------------------------------------------------------------------------

    def add_files(self, paths: Iterable[Path]) -> int:
        """Start encrypting these files into the vault; refuse at once those that cannot be.

        Returns how many were started.
        """
        refused, started = [], 0
        for path in paths:
            problem = file_problem(path, self.max_size_bytes)
            if problem:
                refused.append(problem)
                continue
            task = start(self.session.vault.attachments.add_file, self.case_id, path, max_size=self.max_size_bytes)
            self._track(task, path.name, exporting=False)
            started += 1
        self._show_message("\n".join(refused))
        return started

    def running_tasks(self) -> int:
        return len(self._running)

    def _track(self, task: Task, name: str, exporting: bool) -> None:
        text = self.tr("Exporting %1") if exporting else self.tr("Encrypting %1")
        row, bar = self._add_progress_row(text.replace("%1", name))
        task.progressed.connect(self._on_running_task_progressed)  # a method: Qt disconnects it with the panel
        self._running[task] = _Running(row, bar, name, exporting)
        task.succeeded.connect(self._on_running_task_succeeded)
        task.failed.connect(self._on_running_task_failed)

    def _add_progress_row(self, text: str) -> tuple[QWidget, QProgressBar]:
        """A line under the table: what is being done, and a progress bar (in thousandths)."""
        row = QWidget(self.form.importsArea)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, row)
        label.setTextFormat(Qt.TextFormat.PlainText)
        bar = QProgressBar(row)
        bar.setRange(0, 1000)
        bar.setAccessibleName(text)
        layout.addWidget(label, 1)
        layout.addWidget(bar, 2)
        self.form.importsLayout.addWidget(row)
        return row, bar

    @staticmethod
    def _remove_progress_row(row: QWidget) -> None:
        row.hide()
        row.deleteLater()

    def _on_running_task_progressed(self, done: int, total: int) -> None:
        sender = self.sender()
        running = self._running.get(sender) if isinstance(sender, Task) else None
        if running is not None:
            running.bar.setValue(permille(done, total))

    def _finish(self) -> _Running | None:
        sender = self.sender()
        running = self._running.pop(sender, None) if isinstance(sender, Task) else None
        if running is not None:
            self._remove_progress_row(running.row)
        return running

    def _on_running_task_succeeded(self, info: AttachmentInfo) -> None:
        running = self._finish()
        if running is None or not self.session.vault.is_unlocked:
            return
        if running.exporting:
            self._show_message(self.tr("%1 was exported. This copy is NOT encrypted: anyone who can open it can "
                                       "read it. Delete it when you no longer need it.").replace("%1", info.filename))
            return
        self.model.add(info)
        self._show_message(self.tr("%1 was added (%2). SHA-256: %3").replace("%1", info.filename)
                           .replace("%2", human_size(info.size)).replace("%3", info.sha256))
        self.attachments_changed.emit()

    def _on_running_task_failed(self, error: BaseException) -> None:
        running = self._finish()
        if running is None:
            return
        what = self.tr("%1 was not exported:") if running.exporting else self.tr("%1 was not added:")
        self._show_message(what.replace("%1", running.name) + " " + messages.describe(error))

    def _on_add_button_clicked(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(  # Qt's own dialog: not in the desktop's recent files
            self, self.tr("Files to encrypt into the vault"), options=QFileDialog.Option.DontUseNativeDialog)
        if paths and self.session.vault.is_unlocked:  # locked while the dialog was open: it was closed
            self.add_files(Path(path) for path in paths)

    # --- drag and drop --------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # --- leaving the vault: export, another program, the SHA-256 --------------------------------------

    def _on_export_button_clicked(self) -> None:
        info = self.selected_attachment()
        if info is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a readable copy: anyone who can open the exported file can read it"),
            os.path.join(folder, info.filename),
            options=QFileDialog.Option.DontUseNativeDialog)  # Qt's own: not in the desktop's recent files
        if not chosen or not self.session.vault.is_unlocked:
            return
        task = start(self.session.vault.attachments.export_to_path, info.id, Path(chosen))
        self._track(task, info.filename, exporting=True)

    def _on_open_externally_button_clicked(self) -> None:
        info = self.selected_attachment()
        if info is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Open with another program"),
            self.tr("To open %1 with another program, a decrypted copy is written to a private temporary folder "
                    "on this computer. It exists on disk while the program uses it, and that program may keep "
                    "its own copies (recent files, autosave).\n\nThe temporary copy is overwritten and deleted "
                    "when the vault locks or the application closes.\n\nOpen it?").replace("%1", info.filename),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Open or not self.session.vault.is_unlocked:
            return
        path = str(self.opener.open_attachment(info))
        self._external_rows[path] = self._add_progress_row(
            self.tr("Decrypting %1 to a temporary file…").replace("%1", info.filename))

    def _on_opener_progressed(self, path: str, done: int, total: int) -> None:
        row = self._external_rows.get(path)
        if row is not None:
            row[1].setValue(permille(done, total))

    def _forget_external(self, path: str) -> bool:
        """Whether this panel asked for the copy at ``path`` (its progress line goes)."""
        row = self._external_rows.pop(path, None)
        if row is not None:
            self._remove_progress_row(row[0])
        return row is not None

    def _on_opener_opened(self, path: str) -> None:
        if self._forget_external(path):
            self._show_message(self.tr("%1 was opened with another program. The temporary copy will be deleted "
                                       "when the vault locks or the application closes.")
                               .replace("%1", Path(path).name))

    def _on_opener_failed(self, path: str, error: BaseException) -> None:
        if not self._forget_external(path):
            return
        if isinstance(error, NoProgramError):
            text = self.tr("No program is set up to open this kind of file; the temporary copy was deleted.")
        else:
            text = self.tr("The file could not be opened:") + " " + messages.describe(error)
        self._show_message(text)

    def _on_copy_sha_button_clicked(self) -> None:
        info = self.selected_attachment()
        if info is not None:
            self.session.copy_to_clipboard(info.sha256)
            self._show_message(self.tr("SHA-256 of %1 copied; it is cleared from the clipboard after 30 seconds.")
                               .replace("%1", info.filename))

    # --- locking ----------------------------------------------------------------------------------------

    def _on_session_locked(self) -> None:
        self._load_task = None
        self.preview.clear()
        self.model.clear()
        for path in list(self._external_rows):
            self._forget_external(path)
        self._show_message("")

    def _show_message(self, text: str) -> None:
        self.form.messageLabel.setText(text)
        self.form.messageLabel.setVisible(bool(text))
