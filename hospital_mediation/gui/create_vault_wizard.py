"""First run: where the vault goes, who you are, a passphrase, and the recovery key (kept, and checked)."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from hospital_mediation.crypto import recovery_key
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_create_vault_wizard import Ui_CreateVaultWizard
from hospital_mediation.gui.widgets.passphrase_strength import PassphraseStrength
from hospital_mediation.gui.workers import run_in_background
from hospital_mediation.paths import default_vault_path
from hospital_mediation.store import Vault
from hospital_mediation.store.database import remove_vault_files


class CreateVaultWizard(QWizard):
    """Creates a vault; the recovery key is shown once, must be kept, and one group retyped.

    Signals:
        vault_created(object): the new, unlocked :class:`Vault` (emitted when the wizard finishes).
    """

    vault_created = Signal(object)

    def __init__(self, location: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CreateVaultWizard()
        self.form.setupUi(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.form.locationEdit.setText(str(location or default_vault_path()))
        self.form.browseButton.clicked.connect(self._on_browse_button_clicked)
        self.form.creatingBar.hide()
        self._creating = False
        self._strength = PassphraseStrength(self.form.passphraseEdit, self.form.confirmEdit, self.form.strengthBar,
                                            self.form.strengthLabel, self)
        self._strength.changed.connect(lambda _ok: self.form.passphrasePage.completeChanged.emit())
        self.form.passphrasePage.isComplete = lambda: self._strength.acceptable and not self._creating
        self.form.passphrasePage.validatePage = self._validate_passphrase_page
        self.form.introPage.isComplete = lambda: bool(
            self.form.locationEdit.text().strip() and self.form.nameEdit.text().strip())
        self.form.locationEdit.textChanged.connect(self.form.introPage.completeChanged)
        self.form.nameEdit.textChanged.connect(self.form.introPage.completeChanged)
        self.form.recoveryPage.isComplete = lambda: self.form.keptCheck.isChecked()
        self.form.keptCheck.toggled.connect(self.form.recoveryPage.completeChanged)
        self.form.checkPage.isComplete = self._group_matches
        self.form.groupEdit.textChanged.connect(self._on_group_edit_text_changed)
        self.form.savePdfButton.clicked.connect(self._on_save_pdf_button_clicked)
        self.form.printButton.clicked.connect(self._on_print_button_clicked)
        self.vault: Vault | None = None
        self.recovery_text = ""
        self.check_group = secrets.randbelow(recovery_key.GROUPS)  # which group the user retypes
        self.form.groupLabel.setText(self.tr("Type &group %1 of your recovery key").replace(
            "%1", str(self.check_group + 1)))

    # --- creating ------------------------------------------------------------------------------

    def _validate_passphrase_page(self) -> bool:
        if self.vault is not None:
            return True
        if self._creating:
            return False
        self._creating = True
        self.form.passphrasePage.completeChanged.emit()
        self.form.creatingBar.show()
        self.form.creatingLabel.setText(self.tr("Creating the vault: measuring this computer to set the cost of "
                                                "guessing your passphrase (a few seconds)…"))
        location = Path(self.form.locationEdit.text().strip()).expanduser()
        task = run_in_background(Vault.create, location, self.form.passphraseEdit.text(),
                                 self.form.nameEdit.text().strip(), self.form.organisationEdit.text().strip())
        task.succeeded.connect(self._on_create_succeeded)
        task.failed.connect(self._on_create_failed)
        return False

    def _on_create_succeeded(self, result: tuple[Vault, bytes]) -> None:
        self.vault, key = result
        self.recovery_text = recovery_key.format_recovery_key(key)
        self.form.recoveryKeyLabel.setText(self.recovery_text)
        self.form.passphraseEdit.clear()
        self.form.confirmEdit.clear()
        self._creating = False
        self.form.creatingBar.hide()
        self.form.creatingLabel.clear()
        self.next()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)  # the vault exists now
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Cancel deletes the new vault: it holds nothing yet, and its recovery key was not kept."))

    def _on_create_failed(self, error: BaseException) -> None:
        self._creating = False
        self.form.creatingBar.hide()
        self.form.creatingLabel.setText(messages.describe(error))
        self.form.passphrasePage.completeChanged.emit()

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Where to keep the vault"),
                                              self.form.locationEdit.text(), self.tr("Vaults (*.hmv)"),
                                              options=QFileDialog.Option.DontUseNativeDialog)  # no recent files
        if name:
            self.form.locationEdit.setText(name if name.endswith(".hmv") else name + ".hmv")

    # --- the recovery key --------------------------------------------------------------------------

    def _group_matches(self) -> bool:
        groups = self.recovery_text.split("-")
        typed = recovery_key.normalise(self.form.groupEdit.text())
        return bool(groups) and len(groups) > self.check_group and typed == groups[self.check_group]

    def _on_group_edit_text_changed(self) -> None:
        typed = self.form.groupEdit.text().strip()
        if len(typed) >= 5 and not self._group_matches():
            self.form.checkMessageLabel.setText(self.tr("This is not group %1. Look at the key you kept.").replace(
                "%1", str(self.check_group + 1)))
        else:
            self.form.checkMessageLabel.clear()
        self.form.checkPage.completeChanged.emit()

    def paint_recovery_sheet(self, device: QPagedPaintDevice) -> None:
        """The printed sheet: what the key is for, the key in large type, where the vault is."""
        painter = QPainter(device)
        try:
            area = QRectF(painter.viewport())
            title = QFont("DejaVu Sans", 16, QFont.Weight.Bold)
            body = QFont("DejaVu Sans", 11)
            mono = QFont("DejaVu Sans Mono", 15)
            painter.setFont(title)
            painter.drawText(area.adjusted(0, 0, 0, -area.height() * 0.85), Qt.AlignmentFlag.AlignLeft
                             | Qt.TextFlag.TextWordWrap, self.tr("Hospital Mediation — recovery key"))
            painter.setFont(body)
            painter.drawText(area.adjusted(0, area.height() * 0.12, 0, -area.height() * 0.6),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             self.tr("This key opens your vault if you forget your passphrase. Keep this sheet "
                                     "away from the computer. Anyone who has it can open the vault.\n\nVault: %1")
                             .replace("%1", self.form.locationEdit.text()))
            painter.setFont(mono)
            painter.drawText(area.adjusted(0, area.height() * 0.42, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                             "\n".join(" ".join(self.recovery_text.split("-")[i:i + 5])
                                       for i in range(0, recovery_key.GROUPS, 5)))
        finally:
            painter.end()

    def save_recovery_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
        writer.setTitle(self.tr("Recovery key"))
        self.paint_recovery_sheet(writer)
        path.chmod(0o600)

    def _on_save_pdf_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                              str(Path.home() / "recovery-key.pdf"), self.tr("PDF (*.pdf)"),
                                              options=QFileDialog.Option.DontUseNativeDialog)  # no recent files
        if name:
            self.save_recovery_pdf(Path(name))

    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint_recovery_sheet(printer)

    # --- finishing ------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancelled after the vault was made but before its recovery key was confirmed kept: the new
        vault, still empty, is deleted rather than left behind with a key nobody has."""
        if self.vault is not None and self.result() != QWizard.DialogCode.Accepted:
            path = self.vault.location.path
            self.vault.close()
            self.vault = None
            if path is not None:
                remove_vault_files(path)
        self.recovery_text = ""
        self.form.recoveryKeyLabel.clear()
        super().reject()

    def accept(self) -> None:
        super().accept()
        self.recovery_text = ""
        self.form.recoveryKeyLabel.clear()
        if self.vault is not None:
            self.vault_created.emit(self.vault)
