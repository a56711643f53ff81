"""The main window: sections on the left (cases, and the others as they exist), actions on top."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QProgressBar, QWidget

from hospital_mediation.gui.case_list_page import CaseListPage
from hospital_mediation.gui.forms.ui_main_window import Ui_MainWindow
from hospital_mediation.gui.models.case_table_model import CaseTableModel
from hospital_mediation.gui.workers import permille


class MainWindow(QMainWindow):
    """Signals:
        lock_requested(), hide_requested(), new_report_requested(),
        case_open_requested(object): the id of a case.
        close_requested(): the user closed the window (the application quits).
    """

    lock_requested = Signal()
    hide_requested = Signal()
    new_report_requested = Signal()
    case_open_requested = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.case_model = CaseTableModel(parent=self)
        self.cases_page = CaseListPage(self.case_model, self)
        self.add_section(QT_TRANSLATE_NOOP("MainWindow", "Cases"), self.cases_page)
        self.form.navigation.currentRowChanged.connect(self.form.pages.setCurrentIndex)
        self.form.navigation.setCurrentRow(0)
        self.cases_page.case_open_requested.connect(self.case_open_requested)
        self.form.actionLock.triggered.connect(self.lock_requested)
        self.form.actionHideNow.triggered.connect(self.hide_requested)
        self.form.actionNewReport.triggered.connect(self.new_report_requested)
        self.progress_bar = QProgressBar(self)  # long work of the whole vault (decrypting the cases)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.hide()
        self.statusBar().addPermanentWidget(self.progress_bar)

    def show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(permille(done, total))
        self.progress_bar.show()

    def hide_progress(self) -> None:
        self.progress_bar.hide()

    def add_section(self, title: object, page: QWidget) -> None:
        """A section of the navigation; only sections that do something are added.

        ``title`` is the English source text: it is translated here, and again after a change of
        language (:meth:`changeEvent`)."""
        item = QListWidgetItem(self.tr(str(title)))
        item.setData(Qt.ItemDataRole.UserRole, title)
        self.form.navigation.addItem(item)
        self.form.pages.addWidget(page)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the form, the section titles and the list's headers (the sections
        translate themselves; the list's cells are rebuilt by the application)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self.progress_bar.setAccessibleName(self.tr("Progress"))
            for row in range(self.form.navigation.count()):
                item = self.form.navigation.item(row)
                item.setText(self.tr(item.data(Qt.ItemDataRole.UserRole)))
            self.case_model.retranslate()
        super().changeEvent(event)

    def clear(self) -> None:
        """Drop everything decrypted (the vault was locked)."""
        self.case_model.clear()
        self.cases_page.form.searchEdit.clear()
        self.statusBar().clearMessage()
        self.hide_progress()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.close_requested.emit()
        super().closeEvent(event)
