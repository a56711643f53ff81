"""An orientation, a measure, a note or an exchange of a case: added or edited, saved in the background."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from hospital_mediation.domain.model import CaseRecord
from hospital_mediation.domain.settings import DirectoryEntry, ServiceKind
from hospital_mediation.domain.taxonomy import RecordKind
from hospital_mediation.errors import ConcurrentEditError
from hospital_mediation.gui import messages, workers
from hospital_mediation.gui.forms.ui_record_dialog import Ui_RecordDialog
from hospital_mediation.gui.widgets.forms import optional_date, show_message, show_optional_date
from hospital_mediation.store import Vault


def _add_heading(combo: QComboBox, text: str) -> None:
    """A group heading in a combo box: shown, never chosen (the keyboard skips it too)."""
    combo.addItem(text)
    model = combo.model()
    if isinstance(model, QStandardItemModel):
        item = model.item(combo.count() - 1)
        item.setEnabled(False)
        font = item.font()
        font.setBold(True)
        item.setFont(font)


class RecordDialog(QDialog):
    """Adds a record of ``kind`` to the case ``case_id``, or edits ``record`` (whose kind then applies).

    An orientation's title is chosen from the vault's directory of support services and
    authorities, grouped, or typed. When someone else saved the record first, the message
    says so and the typed text stays until the user reloads.

    When the vault locks, the window that opened the dialog closes it without saving: a record is
    only added or changed when the user says so, and what was typed here cannot be kept
    unencrypted, so it is dropped.

    Signals:
        record_saved(object): the :class:`CaseRecord` as stored (the dialog then closes).
    """

    record_saved = Signal(object)

    def __init__(self, vault: Vault, case_id: uuid.UUID, kind: RecordKind, record: CaseRecord | None = None,
                 directory: Sequence[DirectoryEntry] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_RecordDialog()
        self.form.setupUi(self)
        self._vault = vault
        self.case_id = case_id
        self.kind = record.kind if record is not None else kind
        self.record = record
        self.busy = False
        self.form.busyBar.hide()
        self.form.reloadButton.hide()
        self.form.messageLabel.hide()
        self.form.dateCheck.toggled.connect(self.form.dateEdit.setEnabled)
        self.setWindowTitle(self.tr("%1 — Hospital Mediation").replace("%1", self._title()))
        self._fill_titles(directory)
        self._show_record(record)
        self.form.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.reloadButton.clicked.connect(self._on_reload_button_clicked)

    def _title(self) -> str:
        adding = self.record is None
        return {
            RecordKind.ORIENTATION: self.tr("New orientation") if adding else self.tr("Orientation"),
            RecordKind.MEASURE: self.tr("New measure") if adding else self.tr("Measure"),
            RecordKind.NOTE: self.tr("New note") if adding else self.tr("Note"),
            RecordKind.EXCHANGE: self.tr("New exchange with the reporter") if adding else self.tr("Exchange"),
        }[self.kind]

    def _fill_titles(self, directory: Sequence[DirectoryEntry]) -> None:
        combo = self.form.titleCombo
        if self.kind is RecordKind.ORIENTATION:
            for kind, heading in ((ServiceKind.SUPPORT, self.tr("Support services")),
                                  (ServiceKind.AUTHORITY, self.tr("Authorities"))):
                entries = [entry for entry in directory if entry.kind is kind]
                if entries:
                    _add_heading(combo, heading)
                for entry in entries:
                    combo.addItem(entry.name, entry.name)
                    if entry.contact:
                        combo.setItemData(combo.count() - 1, entry.contact, Qt.ItemDataRole.ToolTipRole)
            self.form.titleLabel.setText(self.tr("&Directed to"))
            combo.setAccessibleName(self.tr("Service or authority the person was directed to"))
            combo.lineEdit().setPlaceholderText(self.tr("Choose from the directory or type…"))
        else:
            if self.kind is RecordKind.MEASURE:
                for suggestion in (self.tr("Protection"), self.tr("Inquiry"), self.tr("Sanction"),
                                   self.tr("Mediation")):
                    combo.addItem(suggestion, suggestion)
            self.form.directoryHintLabel.hide()
        combo.setCurrentIndex(-1)

    def _show_record(self, record: CaseRecord | None) -> None:
        show_optional_date(self.form.dateCheck, self.form.dateEdit, record.on if record is not None else date.today())
        self.form.titleCombo.setEditText(record.title if record is not None else "")
        self.form.textEdit.setPlainText(record.text if record is not None else "")

    # --- saving --------------------------------------------------------------------------------------

    def _show_message(self, text: str, error: bool = True) -> None:
        show_message(self.form.messageLabel, text, error)
        self.form.messageLabel.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.form.busyBar.setVisible(busy)
        for widget in (*self.form.buttonBox.buttons(), self.form.reloadButton, self.form.titleCombo,
                       self.form.textEdit, self.form.dateCheck):
            widget.setEnabled(not busy)
        self.form.dateEdit.setEnabled(not busy and self.form.dateCheck.isChecked())

    def _on_button_box_accepted(self) -> None:
        if self.busy:
            return
        title = self.form.titleCombo.currentText().strip()
        text = self.form.textEdit.toPlainText().strip()
        on = optional_date(self.form.dateCheck, self.form.dateEdit)
        if self.kind is RecordKind.ORIENTATION and not title:
            self._show_message(self.tr("Choose or type the service or authority the person was directed to."))
            self.form.titleCombo.setFocus()
            return
        if not title and not text:
            self._show_message(self.tr("Write a title or a text first."))
            self.form.titleCombo.setFocus()
            return
        self.form.messageLabel.hide()
        self._set_busy(True)
        if self.record is None:
            workers.start(self._vault.records.add, self.case_id, self.kind, title, text, on,
                       succeeded=self._on_save_succeeded, failed=self._on_save_failed)
        else:
            workers.start(self._vault.records.save, replace(self.record, title=title, text=text, on=on),
                       succeeded=self._on_save_succeeded, failed=self._on_save_failed)

    def _on_save_succeeded(self, record: CaseRecord) -> None:
        self._set_busy(False)
        self.record = record
        self.record_saved.emit(record)
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_message(messages.describe(error))
        if isinstance(error, ConcurrentEditError):
            self.form.reloadButton.show()
            self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.form.reloadButton.setFocus()

    # --- reloading after a conflict ------------------------------------------------------------------

    def _on_reload_button_clicked(self) -> None:
        self._set_busy(True)
        workers.start(self._vault.records.list, self.case_id, succeeded=self._on_reload_succeeded,
                   failed=self._on_reload_failed)

    def _on_reload_succeeded(self, records: list[CaseRecord]) -> None:
        self._set_busy(False)
        current = next((r for r in records if self.record is not None and r.id == self.record.id), None)
        if current is None:
            self._on_reload_failed(None)
            return
        self.record = current
        self._show_record(current)
        self.form.reloadButton.hide()
        self._show_message(self.tr("This is the version saved by someone else. Apply your changes again, then save."),
                           error=False)

    def _on_reload_failed(self, error: BaseException | None) -> None:
        self._set_busy(False)
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._show_message(messages.describe(error) if error is not None
                           else self.tr("This record no longer exists."))

    def reject(self) -> None:
        if not self.busy:  # a record being saved finishes first: the window must learn of it
            super().reject()
