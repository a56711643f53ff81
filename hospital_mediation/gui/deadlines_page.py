"""Deadlines: the cases whose legal deadline (acknowledgement, feedback) is overdue or due soon."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from hospital_mediation.domain.deadlines import DUE_SOON_DAYS, DeadlineState
from hospital_mediation.domain.model import reference_order
from hospital_mediation.gui.forms.ui_deadlines_page import Ui_DeadlinesPage
from hospital_mediation.gui.models.case_table_model import (
    CASE_ID_ROLE,
    CaseColumn,
    CaseTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.tables import size_columns

URGENT = (DeadlineState.OVERDUE, DeadlineState.DUE_SOON)


class UrgentDeadlineModel(CaseTableModel):
    """The rows of a :class:`CaseTableModel` whose next deadline is overdue or due soon, in its own order
    (earliest deadline first unless the user sorts otherwise).

    Not a QSortFilterProxyModel: a proxy asks ``data()`` of every row to filter and n·log n times to
    sort, seconds with 10 000 cases. The rows are picked and sorted in Python each time the case model
    changes (the same :class:`CaseRow` objects, with their cached sort keys): milliseconds.
    """

    def __init__(self, source: CaseTableModel, parent: Any = None) -> None:
        super().__init__(source.calendar, parent)
        self.source = source
        self.sort_column, self.sort_order = CaseColumn.DEADLINE, Qt.SortOrder.AscendingOrder
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved, source.dataChanged,
                       source.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Pick the urgent rows of the case model again; the same cases in the same order only update."""
        urgent = [row for row in self.source.rows if row.state in URGENT]
        urgent.sort(key=lambda row: row.keys.get(CaseColumn.REFERENCE) or reference_order(row.summary.reference))
        self._sort_rows(urgent, self.sort_column, self.sort_order)  # stable: equal keys stay by reference,
        # whatever the order of the case list (sorting it must not reorder this list and lose its selection)
        if [row.summary.id for row in urgent] == [row.summary.id for row in self.rows]:
            self.rows = urgent  # their texts or states may be new
            self._index_rows()
            if urgent:
                self.dataChanged.emit(self.index(0, 0), self.index(len(urgent) - 1, len(CaseColumn) - 1))
            return
        self.replace_rows(urgent)

    def count(self, state: DeadlineState) -> int:
        """How many rows have their next deadline in ``state``."""
        return sum(1 for row in self.rows if row.state is state)


class DeadlinesPage(QWidget):
    """The main window's case model, reduced to overdue and due-soon deadlines, earliest first (an
    :class:`UrgentDeadlineModel` that follows it).

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
        self.urgent = UrgentDeadlineModel(case_model, self)
        table = self.form.tableView
        table.setModel(self.urgent)
        table.sortByColumn(CaseColumn.DEADLINE, Qt.SortOrder.AscendingOrder)
        size_columns(table, {CaseColumn.REFERENCE: 110, CaseColumn.DEADLINE: 280, CaseColumn.OPENED: 100,
                             CaseColumn.CATEGORY: 170, CaseColumn.UNIT: 200})
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(CaseColumn.DEADLINE), 1)  # what this page is about, up front
        table.setColumnHidden(CaseColumn.LEVEL, True)
        table.doubleClicked.connect(self._on_table_view_double_clicked)
        table.activated.connect(self._on_table_view_double_clicked)
        self.form.openButton.clicked.connect(self._on_open_button_clicked)
        for signal in (self.urgent.modelReset, self.urgent.layoutChanged, self.urgent.dataChanged):
            signal.connect(self._update_count)
        self._update_count()

    def selected_case_id(self) -> uuid.UUID | None:
        rows = self.form.tableView.selectionModel().selectedRows()
        return rows[0].data(CASE_ID_ROLE) if rows else None

    def _update_count(self) -> None:
        overdue = self.urgent.count(DeadlineState.OVERDUE)
        soon = self.urgent.count(DeadlineState.DUE_SOON)
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
