"""Deadlines: the cases whose legal deadline (acknowledgement, feedback) is overdue or due soon."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.deadlines import DUE_SOON_DAYS, DeadlineState
from hospital_mediation.gui.forms.ui_deadlines_page import Ui_DeadlinesPage
from hospital_mediation.gui.models.case_table_model import (
    CASE_ID_ROLE,
    DEADLINE_STATE_ROLE,
    SORT_ROLE,
    CaseColumn,
    CaseTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.tables import size_columns

Index = QModelIndex | QPersistentModelIndex
URGENT = (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)


class UrgentDeadlineProxyModel(QSortFilterProxyModel):
    """Keeps the cases whose next deadline is overdue or due soon; sorts by the case list's sort keys."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        return self.sourceModel().index(source_row, 0, source_parent).data(DEADLINE_STATE_ROLE) in URGENT

    def count(self, state: DeadlineState) -> int:
        """How many rows shown have their next deadline in ``state``."""
        return sum(1 for row in range(self.rowCount()) if self.index(row, 0).data(DEADLINE_STATE_ROLE) == state)


class DeadlinesPage(QWidget):
    """The main window's case model, reduced to overdue and due-soon deadlines, earliest first.

    ``session`` is not needed: the main window fills and empties the model (unlock, lock).

    Signals:
        case_open_requested(object): the id of the case to open.
    """

    case_open_requested = Signal(object)

    def __init__(self, session: VaultSession, case_model: CaseTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_DeadlinesPage()
        self.form.setupUi(self)
        self.model = case_model
        self.proxy = UrgentDeadlineProxyModel(self)
        self.proxy.setSourceModel(case_model)
        table = self.form.tableView
        table.setModel(self.proxy)
        table.sortByColumn(CaseColumn.DEADLINE, Qt.SortOrder.AscendingOrder)
        size_columns(table, {CaseColumn.REFERENCE: 110, CaseColumn.DEADLINE: 280, CaseColumn.OPENED: 100,
                             CaseColumn.CATEGORY: 170, CaseColumn.UNIT: 200})
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(CaseColumn.DEADLINE), 1)  # what this page is about, up front
        table.setColumnHidden(CaseColumn.LEVEL, True)
        table.doubleClicked.connect(self._on_table_view_double_clicked)
        table.activated.connect(self._on_table_view_double_clicked)
        self.form.openButton.clicked.connect(self._on_open_button_clicked)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged, self.proxy.dataChanged):
            signal.connect(self._update_count)
        self._update_count()

    def selected_case_id(self) -> uuid.UUID | None:
        rows = self.form.tableView.selectionModel().selectedRows()
        return rows[0].data(CASE_ID_ROLE) if rows else None

    def _update_count(self) -> None:
        overdue = self.proxy.count(DeadlineState.OVERDUE)
        soon = self.proxy.count(DeadlineState.DUE_SOON)
        if overdue or soon:
            text = self.tr("%1 overdue, %2 due within %3 days").replace("%1", str(overdue)) \
                .replace("%2", str(soon)).replace("%3", str(DUE_SOON_DAYS))
        else:
            text = self.tr("No deadline overdue or due within %1 days.").replace("%1", str(DUE_SOON_DAYS))
        self.form.countLabel.setText(text)
        self.form.openButton.setEnabled(overdue + soon > 0)

    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.case_open_requested.emit(case_id)

    def _on_open_button_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.case_open_requested.emit(case_id)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.form.retranslateUi(self)
            self._update_count()
        super().changeEvent(event)
