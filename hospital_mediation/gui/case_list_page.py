"""The case list: search over every decrypted field, filters, sorting, deadlines in colour."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.forms.ui_case_list_page import Ui_CaseListPage
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.models.case_table_model import (
    CASE_ID_ROLE,
    CaseColumn,
    CaseFilterProxyModel,
    CaseRow,
    CaseTableModel,
)
from hospital_mediation.gui.widgets.tables import size_columns


class CaseListPage(QWidget):
    """Signals:
        case_open_requested(object): the id of the case to open.
    """

    case_open_requested = Signal(object)

    def __init__(self, model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_CaseListPage()
        self.form.setupUi(self)
        self.model = model
        self.proxy = CaseFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        table = self.form.tableView
        table.setModel(self.proxy)
        table.sortByColumn(CaseColumn.REFERENCE, Qt.SortOrder.DescendingOrder)
        size_columns(table, {CaseColumn.REFERENCE: 100, CaseColumn.OPENED: 95, CaseColumn.CATEGORY: 160,
                             CaseColumn.LEVEL: 50, CaseColumn.UNIT: 180, CaseColumn.STATUS: 140})
        self.form.statusFilter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.form.statusFilter.addItem(label(status), status)
        self.form.categoryFilter.addItem(self.tr("All categories"), None)
        for category in Category:
            self.form.categoryFilter.addItem(label(category), category)
        self.form.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        self.form.statusFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.form.categoryFilter.currentIndexChanged.connect(self._on_filter_changed)
        self.form.overdueCheck.toggled.connect(self._on_filter_changed)
        table.doubleClicked.connect(self._on_table_view_double_clicked)
        table.activated.connect(self._on_table_view_double_clicked)
        self.form.openButton.clicked.connect(self._on_open_button_clicked)
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def show_rows(self, rows: list[CaseRow]) -> None:
        """Rows built in the background (:meth:`CaseTableModel.build_rows`), sorted as the header says."""
        self.model.replace_rows(rows)
        header = self.form.tableView.horizontalHeader()
        wanted = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if wanted != (self.model.sort_column, self.model.sort_order):  # rows come sorted as the model was
            self.model.sort(*wanted)

    def selected_case_id(self) -> uuid.UUID | None:
        rows = self.form.tableView.selectionModel().selectedRows()
        return rows[0].data(CASE_ID_ROLE) if rows else None

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_filter_changed(self) -> None:
        status, category = self.form.statusFilter.currentData(), self.form.categoryFilter.currentData()
        self.proxy.set_status(Status(status) if status else None)  # Qt hands the enumeration back as its text
        self.proxy.set_category(Category(category) if category else None)
        self.proxy.set_overdue_only(self.form.overdueCheck.isChecked())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n case(s)", "", total)
        else:
            text = self.tr("%1 of %2 cases").replace("%1", str(shown)).replace("%2", str(total))
        self.form.countLabel.setText(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Another language: the form, the filters' choices and the count."""
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            for combo, everything, values in ((self.form.statusFilter, self.tr("All statuses"), list(Status)),
                                              (self.form.categoryFilter, self.tr("All categories"), list(Category))):
                combo.setItemText(0, everything)
                for index, value in enumerate(values, 1):
                    combo.setItemText(index, label(value))
            self._update_count()
        super().changeEvent(event)

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(case_id)

    def _on_open_button_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.case_open_requested.emit(case_id)

