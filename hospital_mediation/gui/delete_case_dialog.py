"""Confirming the deletion of a case: what crypto-shredding means, and the reference typed to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from hospital_mediation.gui.forms.ui_delete_case_dialog import Ui_DeleteCaseDialog


class DeleteCaseDialog(QDialog):
    """Explains that deletion is for good and accepts only once the case reference is typed exactly.

    Open it with :meth:`open` (window-modal, non-blocking); ``accepted``/``rejected`` tell the answer.
    """

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.form = Ui_DeleteCaseDialog()
        self.form.setupUi(self)
        self.form.titleLabel.setText(self.tr("Delete case %1 for good?").replace("%1", reference))
        self.form.confirmLabel.setText(self.tr("To confirm, &type the reference of the case: %1")
                                       .replace("%1", reference))
        self.form.referenceEdit.textChanged.connect(self._on_reference_edit_text_changed)
        self.form.referenceEdit.returnPressed.connect(self._on_delete_button_clicked)
        self.form.deleteButton.clicked.connect(self._on_delete_button_clicked)
        self.form.cancelButton.clicked.connect(self.reject)
        self._on_reference_edit_text_changed(self.form.referenceEdit.text())
        self.form.referenceEdit.setFocus()

    def confirmed(self) -> bool:
        """The reference typed matches (surrounding spaces and letter case aside)."""
        typed: str = self.form.referenceEdit.text()
        return typed.strip().casefold() == self.reference.casefold()

    def _on_reference_edit_text_changed(self, _text: str) -> None:
        confirmed = self.confirmed()
        self.form.deleteButton.setEnabled(confirmed)
        # Enter deletes only once the reference is right; before that it does nothing.
        self.form.deleteButton.setDefault(confirmed)

    def _on_delete_button_clicked(self) -> None:
        if self.confirmed():
            self.accept()
