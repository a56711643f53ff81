"""What the table models share: a list of rows, one column per member of an enumeration, translated headers."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table of :attr:`rows`, one column per member of ``COLUMNS`` (an enumeration numbered from 0).

    Subclasses set ``COLUMNS``, ``HEADERS`` (column → its title, marked with ``QT_TRANSLATE_NOOP``) and
    ``CONTEXT`` (the translation context of those titles), and give :meth:`data`. They replace their rows
    with :meth:`_reset_rows`; one that keeps something derived from the rows (an id → row map, cell texts)
    rebuilds it in :meth:`_index_rows`.
    """

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[Any, Any]]
    CONTEXT: ClassVar[str]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []
        self._columns: tuple[Any, ...] = tuple(self.COLUMNS)  # the HEADERS key of each column, in order

    def _reset_rows(self, rows: list[RowT]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self.rows = rows
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        """Rebuild what is derived from :attr:`rows` once they were replaced (nothing, by default)."""

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._reset_rows([])

    def retranslate(self) -> None:
        """Views show the texts of the new language (they are computed when asked for)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self._columns) - 1))

    # --- Qt's interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[self._columns[section]]))
        return None
