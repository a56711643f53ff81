"""The persons concerned by a report and its witnesses, edited in place (saved with the report)."""

from __future__ import annotations

import copy
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from hospital_mediation.domain.model import Party
from hospital_mediation.domain.taxonomy import PartyRelation, Profession
from hospital_mediation.gui.labels import label
from hospital_mediation.gui.models.base import Index, RowTableModel
from hospital_mediation.gui.models.delegates import CHOICES_ROLE


class PartyColumn(IntEnum):
    RELATION = 0
    NAME = 1
    ROLE = 2
    PROFESSION = 3
    SUPERIOR = 4
    CONSENT = 5

_HEADERS = {
    PartyColumn.RELATION: QT_TRANSLATE_NOOP("PartyTableModel", "Relation"),
    PartyColumn.NAME: QT_TRANSLATE_NOOP("PartyTableModel", "Name (optional)"),
    PartyColumn.ROLE: QT_TRANSLATE_NOOP("PartyTableModel", "Role"),
    PartyColumn.PROFESSION: QT_TRANSLATE_NOOP("PartyTableModel", "Profession"),
    PartyColumn.SUPERIOR: QT_TRANSLATE_NOOP("PartyTableModel", "Hierarchical superior"),
    PartyColumn.CONSENT: QT_TRANSLATE_NOOP("PartyTableModel", "Agrees to be contacted"),
}
_CHOICE_COLUMNS = (PartyColumn.RELATION, PartyColumn.PROFESSION)
_CHECK_COLUMNS = (PartyColumn.SUPERIOR, PartyColumn.CONSENT)


def _check_state(value: bool | None) -> Qt.CheckState:
    if value is None:
        return Qt.CheckState.PartiallyChecked
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked


class PartyTableModel(RowTableModel[Party]):
    """Rows are copies of the report's :class:`Party` list; :meth:`parties` gives them back."""

    COLUMNS = PartyColumn
    HEADERS = _HEADERS
    CONTEXT = "PartyTableModel"

    # --- filling and reading ---------------------------------------------------------------------

    def set_parties(self, parties: list[Party]) -> None:
        self._reset_rows(copy.deepcopy(parties))

    def parties(self) -> list[Party]:
        """The parties as edited, as new objects (the model keeps its own)."""
        return copy.deepcopy(self.rows)

    def add_party(self, party: Party | None = None) -> int:
        """Append a party (a presumed author by default); returns its row."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(party or Party())
        self.endInsertRows()
        return row

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self.rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.rows[row:row + count]
        self.endRemoveRows()
        return True

    # --- Qt's interface ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column in _CHECK_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            if column == PartyColumn.SUPERIOR:
                flags |= Qt.ItemFlag.ItemIsUserTristate  # "not known" is an answer too
        else:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        party = self.rows[index.row()]
        column = PartyColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(party, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(party, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in _CHECK_COLUMNS:
            return _check_state(self._value(party, column))
        if role == CHOICES_ROLE and column == PartyColumn.RELATION:
            return [(label(relation), relation) for relation in PartyRelation]
        if role == CHOICES_ROLE and column == PartyColumn.PROFESSION:
            not_given = QCoreApplication.translate("PartyTableModel", "Not given")
            return [(not_given, None), *((label(profession), profession) for profession in Profession)]
        return None

    @staticmethod
    def _value(party: Party, column: PartyColumn) -> Any:
        return {
            PartyColumn.RELATION: party.relation,
            PartyColumn.NAME: party.name,
            PartyColumn.ROLE: party.role,
            PartyColumn.PROFESSION: party.profession,
            PartyColumn.SUPERIOR: party.is_hierarchical_superior,
            PartyColumn.CONSENT: party.consents_to_be_contacted,
        }[column]

    def _text(self, party: Party, column: PartyColumn) -> str:
        value = self._value(party, column)
        if column in _CHECK_COLUMNS:  # words beside the check box: its state is not only a picture
            if value is None:
                return QCoreApplication.translate("PartyTableModel", "Not known")
            return QCoreApplication.translate("PartyTableModel", "Yes") if value \
                else QCoreApplication.translate("PartyTableModel", "No")
        if column in _CHOICE_COLUMNS:
            return label(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        party = self.rows[index.row()]
        column = PartyColumn(index.column())
        try:
            if role == Qt.ItemDataRole.CheckStateRole and column in _CHECK_COLUMNS:
                state = Qt.CheckState(value)
                if column == PartyColumn.SUPERIOR:
                    party.is_hierarchical_superior = None if state == Qt.CheckState.PartiallyChecked \
                        else state == Qt.CheckState.Checked
                else:
                    party.consents_to_be_contacted = state == Qt.CheckState.Checked
            elif role == Qt.ItemDataRole.EditRole and column == PartyColumn.NAME:
                party.name = str(value or "")
            elif role == Qt.ItemDataRole.EditRole and column == PartyColumn.ROLE:
                party.role = str(value or "")
            elif role == Qt.ItemDataRole.EditRole and column == PartyColumn.RELATION:
                party.relation = PartyRelation(value)
            elif role == Qt.ItemDataRole.EditRole and column == PartyColumn.PROFESSION:
                party.profession = Profession(value) if value else None
            else:
                return False
        except ValueError:
            return False
        self.dataChanged.emit(index, index)
        return True

