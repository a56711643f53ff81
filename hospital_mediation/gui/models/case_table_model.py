"""The case list: one row per case summary, with its next deadline; filtered by a proxy."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from hospital_mediation.domain.deadlines import Deadline, DeadlineState, WorkingDayCalendar, next_open_deadline
from hospital_mediation.domain.model import CaseSummary, reference_order
from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.labels import label, local_date, short_level
from hospital_mediation.gui.models.base import Index, RowTableModel
from hospital_mediation.progress import Progress
from hospital_mediation.store.rows import Pauses, no_garbage_collection
from hospital_mediation.store.search import case_texts

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


class CaseColumn(IntEnum):
    REFERENCE = 0
    OPENED = 1
    CATEGORY = 2
    LEVEL = 3
    UNIT = 4
    STATUS = 5
    DEADLINE = 6


CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DEADLINE_STATE_ROLE = Qt.ItemDataRole.UserRole + 3

_HEADERS: dict[CaseColumn, Any] = {
    CaseColumn.REFERENCE: QT_TRANSLATE_NOOP("CaseTableModel", "Reference"),
    CaseColumn.OPENED: QT_TRANSLATE_NOOP("CaseTableModel", "Opened"),
    CaseColumn.CATEGORY: QT_TRANSLATE_NOOP("CaseTableModel", "Category"),
    CaseColumn.LEVEL: QT_TRANSLATE_NOOP("CaseTableModel", "ONVS"),
    CaseColumn.UNIT: QT_TRANSLATE_NOOP("CaseTableModel", "Unit"),
    CaseColumn.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    CaseColumn.DEADLINE: QT_TRANSLATE_NOOP("CaseTableModel", "Next deadline"),
}
_COLOURS = {DeadlineState.OVERDUE: QColor("#b3261e"), DeadlineState.DUE_SOON: QColor("#a05a00")}


_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, so "resume" finds "Résumé" (other scripts are kept as they are)."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))


@lru_cache(maxsize=65536)
def _fold_cell(text: str) -> str:  # the cells of a list repeat (statuses, categories, units, dates)
    return fold(text)


def _searchable(cells: tuple[str, ...], summary: CaseSummary, text: str) -> str:
    return " ".join([*map(_fold_cell, cells), _fold_cell(label(summary.outcome)), text])


_NextDeadline = tuple[Deadline | None, DeadlineState | None, str]


def searchable_texts(vault: Vault, case_ids: list[uuid.UUID], progress: Progress | None = None
                     ) -> dict[uuid.UUID, str]:
    """The full text of these cases (report, journal, records, attachment names), folded for the search,
    for :meth:`CaseTableModel.add_search_text`: run it in a worker (folding 10 000 texts takes long)."""
    texts = case_texts(vault, case_ids, progress)
    pause = Pauses()
    folded = {}
    for case_id, text in texts.items():
        pause()
        folded[case_id] = fold(text)
    return folded


@dataclass(slots=True)
class CaseRow:
    summary: CaseSummary
    deadline: Deadline | None
    state: DeadlineState | None
    cells: tuple[str, ...]
    search: str  # folded text of every decrypted field known for this case: the cells, then ``text``
    keys: dict[int, Any] = field(default_factory=dict)  # sort key by column, computed at the first sort by it
    text: str = ""  # folded full text (report, journal, records, attachment names), once decrypted


class CaseTableModel(RowTableModel[CaseRow]):
    """Rows are :class:`CaseRow`; cell texts are computed once, when rows are set.

    Signals:
        search_text_added(): more of the cases' text became searchable.
    """

    search_text_added = Signal()
    COLUMNS = CaseColumn
    HEADERS = _HEADERS
    CONTEXT = "CaseTableModel"

    def __init__(self, calendar: WorkingDayCalendar | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.calendar = calendar or WorkingDayCalendar()
        self._by_id: dict[uuid.UUID, int] = {}
        self.changes = 0  # counts changes of the rows: rows rebuilt in a worker from older ones are stale
        self.sort_column, self.sort_order = CaseColumn.REFERENCE, Qt.SortOrder.DescendingOrder  # the newest first

    # --- filling ------------------------------------------------------------------------------

    def _next_deadline(self, summary: CaseSummary, today: date, memo: dict[tuple[Any, ...], _NextDeadline]
                       ) -> _NextDeadline:
        """The next open deadline, its state and its cell text; ``memo`` keeps them by the dates they
        depend on (cases received on the same day share them)."""
        key = (summary.status, summary.received_on, summary.acknowledged_on, summary.feedback_on, summary.anonymous)
        found = memo.get(key)
        if found is None:
            deadline = next_open_deadline(summary.deadlines(self.calendar))
            state = deadline.state(today) if deadline else None
            deadline_text = ""
            if deadline is not None and state is not None:
                deadline_text = f"{label(deadline.kind)} · {local_date(deadline.due_on)}"
                if state in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):  # first: a narrow column shows it
                    said = label(state)
                    deadline_text = f"{said[:1].upper()}{said[1:]} · {deadline_text}"
            found = memo[key] = (deadline, state, deadline_text)
        return found

    def _row(self, summary: CaseSummary, today: date, text: str = "",
             memo: dict[tuple[Any, ...], _NextDeadline] | None = None) -> CaseRow:
        deadline, state, deadline_text = self._next_deadline(summary, today, {} if memo is None else memo)
        cells = (summary.reference, local_date(summary.opened_on), label(summary.category),
                 short_level(summary.onvs_level), summary.unit, label(summary.status), deadline_text)
        return CaseRow(summary, deadline, state, cells, _searchable(cells, summary, text), text=text)

    def build_rows(self, summaries: list[CaseSummary], today: date | None = None) -> list[CaseRow]:
        """The rows of ``summaries`` in the model's sort order, without touching the model: safe in a
        background thread (the GUI thread then only swaps them in)."""
        return self._built([(summary, "") for summary in summaries], today or date.today())

    def rebuilt_rows(self, rows: list[CaseRow]) -> list[CaseRow]:
        """The same cases, their texts and deadlines built again (another language, another holiday
        calendar) from what is already decrypted, keeping their full text: safe in a worker."""
        return self._built([(row.summary, row.text) for row in rows], date.today())

    def _built(self, cases: list[tuple[CaseSummary, str]], today: date) -> list[CaseRow]:
        memo: dict[tuple[Any, ...], _NextDeadline] = {}
        pause = Pauses()  # a worker's loop: the window keeps the interpreter lock now and then
        rows = []
        for summary, text in cases:
            pause()
            rows.append(self._row(summary, today, text, memo))
        self._sort_rows(rows, self.sort_column, self.sort_order)
        return rows

    def decrypt_rows(self, vault: Vault, progress: Callable[[int, int], object] | None = None) -> list[CaseRow]:
        """Every case of ``vault`` decrypted and made into rows: run it in a worker (``progress``: the
        decryption's, see :meth:`CaseRepository.list_summaries`)."""
        with no_garbage_collection():  # the rows too, not only the summaries
            return self.build_rows(vault.cases.list_summaries(progress))

    def _sort_rows(self, rows: list[CaseRow], column: int, order: Qt.SortOrder) -> None:
        for row in rows:
            if column not in row.keys:
                row.keys[column] = self._sort_key(row, CaseColumn(column))
        rows.sort(key=lambda row: row.keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, summaries: list[CaseSummary], today: date | None = None) -> None:
        self.replace_rows(self.build_rows(summaries, today))

    def replace_rows(self, rows: list[CaseRow]) -> None:
        """Show rows built by :meth:`build_rows` (in the GUI thread)."""
        self._reset_rows(rows)

    def _index_rows(self) -> None:
        self._by_id = {row.summary.id: n for n, row in enumerate(self.rows)}
        self.changes += 1

    def upsert(self, summary: CaseSummary, today: date | None = None) -> None:
        """Add a new case or refresh one after it changed."""
        today = today or date.today()
        self.changes += 1
        position = self._by_id.get(summary.id)
        if position is None:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self._by_id[summary.id] = len(self.rows)
            self.rows.append(self._row(summary, today))
            self.endInsertRows()
            return
        self.rows[position] = self._row(summary, today, self.rows[position].text)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(CaseColumn) - 1))

    def remove(self, case_id: uuid.UUID) -> None:
        """Forget a deleted case."""
        position = self._by_id.get(case_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self._index_rows()
        self.endRemoveRows()

    def add_search_text(self, texts: dict[uuid.UUID, str]) -> None:
        """Make the full text of cases searchable (reports, journals), once decrypted and folded in the
        background (:func:`searchable_texts`); a case's text replaces what was known of it (after an
        edit, the old words no longer match)."""
        self.changes += 1  # rows rebuilt meanwhile from the older ones would lose it
        for case_id, text in texts.items():
            position = self._by_id.get(case_id)
            if position is not None:
                row = self.rows[position]
                row.text = text
                row.search = _searchable(row.cells, row.summary, row.text)
        self.search_text_added.emit()

    def row_of(self, case_id: uuid.UUID) -> int | None:
        return self._by_id.get(case_id)

    # --- Qt's interface ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == CASE_ID_ROLE:
            return row.summary.id
        if role == SORT_ROLE:
            return self._sort_key(row, CaseColumn(column))
        if role == DEADLINE_STATE_ROLE:
            return row.state
        if role == Qt.ItemDataRole.ForegroundRole and column == CaseColumn.DEADLINE and row.state in _COLOURS:
            return QBrush(_COLOURS[row.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.LEVEL and row.summary.onvs_level:
            return label(row.summary.onvs_level)
        if role == Qt.ItemDataRole.ToolTipRole and column == CaseColumn.DEADLINE and row.cells[column]:
            return row.cells[column]  # whole, where the column is too narrow for it
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, with Python's sort: a proxy would call data() n·log n times."""
        if not 0 <= column < len(CaseColumn):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = CaseColumn(column), order
        before = {id(row): n for n, row in enumerate(self.rows)}
        self._sort_rows(self.rows, column, order)
        moved = {before[id(row)]: n for n, row in enumerate(self.rows)}
        self._index_rows()
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    @staticmethod
    def _sort_key(row: CaseRow, column: CaseColumn) -> Any:
        summary = row.summary
        if column == CaseColumn.OPENED:
            return summary.opened_on.toordinal()
        if column == CaseColumn.LEVEL:
            return int(summary.onvs_level or 0)
        if column == CaseColumn.DEADLINE:
            return row.deadline.due_on.toordinal() if row.deadline else 10**9
        if column == CaseColumn.REFERENCE:
            return reference_order(summary.reference)
        return _fold_cell(row.cells[column])


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Search words (all must appear, accents ignored), status, category, overdue only.

    The rows a filter accepts are computed in one pass when it changes (filterAcceptsRow then only
    looks them up), and sorting is the source model's: with 10 000 cases, both stay well under a
    keystroke's budget.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: Status | None = None
        self._category: Category | None = None
        self._overdue_only = False
        self._accepted: set[int] | None = None  # id() of the accepted rows: sorting does not change them
        self._rows: list[CaseRow] = []  # the source model's rows (the same list, sorted in place)
        self._searched: tuple[list[str], set[int]] | None = None  # the last search, to refine while typing
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        # Connected before Qt's own handling (connected by the base class): the accepted rows are those
        # of the new rows when Qt asks filterAcceptsRow about them.
        model.modelReset.connect(self._on_source_changed)
        model.rowsInserted.connect(self._on_source_changed)
        model.rowsRemoved.connect(self._on_source_changed)
        model.dataChanged.connect(self._on_source_changed)
        if isinstance(model, CaseTableModel):
            model.search_text_added.connect(self._on_source_search_text_added)
        super().setSourceModel(model)
        self._recompute()

    def _on_source_search_text_added(self) -> None:
        self._searched = None
        if self._words:  # without a search, what is shown does not depend on the text
            self._refilter(lambda: None)

    def _on_source_changed(self) -> None:
        self._searched = None
        self._recompute()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def _recompute(self) -> None:
        """One pass over the rows, only with the criteria in use; typing more of a word refines the
        previous result instead of scanning every row again."""
        model = self.sourceModel()
        if isinstance(model, CaseTableModel):
            self._rows = model.rows  # a new list after a reset: filterAcceptsRow looks there
        status, category, overdue, words = self._status, self._category, self._overdue_only, self._words
        if not isinstance(model, CaseTableModel) or (status is None and category is None and not overdue
                                                        and not words):
            self._accepted = None
            self._searched = None
            return
        rows: list[CaseRow] = model.rows
        if words:
            previous = self._searched
            if previous is not None and len(previous[0]) == len(words) and all(
                    old in new for old, new in zip(previous[0], words, strict=True)):
                candidates = [row for row in rows if id(row) in previous[1]]
            else:
                candidates = rows
            for word in words:
                candidates = [row for row in candidates if word in row.search]
            self._searched = (list(words), {id(row) for row in candidates})
            rows = candidates
        else:
            self._searched = None
        if status is not None:
            rows = [row for row in rows if row.summary.status is status]
        if category is not None:
            rows = [row for row in rows if row.summary.category is category]
        if overdue:
            rows = [row for row in rows if row.state is DeadlineState.OVERDUE]
        self._accepted = {id(row) for row in rows}

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_words", fold(text).split()))

    def set_status(self, status: Status | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def set_category(self, category: Category | None) -> None:
        self._refilter(lambda: setattr(self, "_category", category))

    def set_overdue_only(self, overdue_only: bool) -> None:
        self._refilter(lambda: setattr(self, "_overdue_only", overdue_only))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt's name
        accepted, rows = self._accepted, self._rows  # called once per row of the list: no call into Qt
        return accepted is None or (source_row < len(rows) and id(rows[source_row]) in accepted)
