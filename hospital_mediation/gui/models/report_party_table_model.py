"""People named in a guided report: those involved, or those who saw it; edited in place.

Names are optional (a role such as "night-shift nurse" is enough) and the wording is presumed:
nobody is called an author, only a "person whose behaviour is reported".
"""

from __future__ import annotations

from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from hospital_mediation.domain.model import Party
from hospital_mediation.domain.taxonomy import PartyRelation
from hospital_mediation.gui.models.base import Index, RowTableModel
from hospital_mediation.gui.models.delegates import CHOICES_ROLE

_CONTEXT = "ReportPartyTableModel"


class PartyField(IntEnum):
    RELATION = 0
    NAME = 1
    ROLE = 2
    SUPERIOR = 3
    CONSENT = 4


INVOLVED_FIELDS = (PartyField.RELATION, PartyField.NAME, PartyField.ROLE, PartyField.SUPERIOR)
WITNESS_FIELDS = (PartyField.NAME, PartyField.ROLE, PartyField.CONSENT)

_HEADERS: dict[PartyField, Any] = {
    PartyField.RELATION: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Their part in it"),
    PartyField.NAME: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Name (optional)"),
    PartyField.ROLE: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Role or job"),
    PartyField.SUPERIOR: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Your superior?"),
    PartyField.CONSENT: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Agrees to be contacted"),
}
_RELATIONS: dict[PartyRelation, Any] = {  # "presumed" wording: nobody is named an author here
    PartyRelation.PRESUMED_AUTHOR: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Person whose behaviour is reported"),
    PartyRelation.VICTIM: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Person affected"),
    PartyRelation.OTHER: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Other"),
}
_SUPERIOR: dict[bool | None, Any] = {
    None: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Not said"),
    True: QT_TRANSLATE_NOOP("ReportPartyTableModel", "Yes"),
    False: QT_TRANSLATE_NOOP("ReportPartyTableModel", "No"),
}


def _tr(text: Any) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def relation_label(relation: PartyRelation) -> str:
    """A person's part in the facts, in presumed wording."""
    return _tr(_RELATIONS.get(relation, _RELATIONS[PartyRelation.OTHER]))


class ReportPartyTableModel(RowTableModel[Party]):
    """Rows are copies of :class:`Party`; :meth:`parties` gives them back, blank rows left out.

    ``witnesses=True`` lists the people who saw or heard it (name, role, consent to be contacted);
    otherwise the people involved (their part, name, role, whether they are the reporter's superior).
    """

    COLUMNS = PartyField
    HEADERS = _HEADERS
    CONTEXT = _CONTEXT

    def __init__(self, witnesses: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.witnesses = witnesses
        self.fields = self._columns = WITNESS_FIELDS if witnesses else INVOLVED_FIELDS

    # --- filling and reading back ---------------------------------------------------------------

    def new_party(self) -> Party:
        """A row as added: a witness, or someone whose part is not said yet ("Other")."""
        return Party(relation=PartyRelation.WITNESS if self.witnesses else PartyRelation.OTHER)

    def set_parties(self, parties: list[Party]) -> None:
        self._reset_rows([replace(party) for party in parties])

    def parties(self) -> list[Party]:
        """The rows with text stripped; rows where nothing was given are left out."""
        result = []
        for party in self.rows:
            cleaned = replace(party, name=party.name.strip(), role=party.role.strip())
            if cleaned != self.new_party():
                result.append(cleaned)
        return result

    def add_party(self) -> int:
        """Append an empty row; returns its number."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(self.new_party())
        self.endInsertRows()
        return row

    def remove_party(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def column_of(self, field: PartyField) -> int:
        return self.fields.index(field)

    # --- Qt's interface ------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[index.column()] == PartyField.CONSENT:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.fields):
            return None
        party = self.rows[index.row()]
        field = self.fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(party, field)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(party, field)
        if role == Qt.ItemDataRole.CheckStateRole and field == PartyField.CONSENT:
            return Qt.CheckState.Checked if party.consents_to_be_contacted else Qt.CheckState.Unchecked
        if role == CHOICES_ROLE:
            if field == PartyField.RELATION:
                return [(_tr(text), relation.value) for relation, text in _RELATIONS.items()]
            if field == PartyField.SUPERIOR:
                return [(_tr(text), value) for value, text in _SUPERIOR.items()]
        return None

    @staticmethod
    def _value(party: Party, field: PartyField) -> Any:
        if field == PartyField.RELATION:
            return party.relation.value
        if field == PartyField.NAME:
            return party.name
        if field == PartyField.ROLE:
            return party.role
        if field == PartyField.SUPERIOR:
            return party.is_hierarchical_superior
        return party.consents_to_be_contacted

    @staticmethod
    def _text(party: Party, field: PartyField) -> str:
        if field == PartyField.RELATION:
            return relation_label(party.relation)
        if field == PartyField.SUPERIOR:
            return _tr(_SUPERIOR[party.is_hierarchical_superior])
        if field == PartyField.CONSENT:
            return ""  # the check box says it
        return str(ReportPartyTableModel._value(party, field))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        party = self.rows[index.row()]
        field = self.fields[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and field == PartyField.CONSENT:
            party.consents_to_be_contacted = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif field == PartyField.RELATION:
            try:
                relation = PartyRelation(value)
            except ValueError:
                return False
            if relation not in _RELATIONS:
                return False
            party.relation = relation
        elif field == PartyField.SUPERIOR:
            if value not in (None, True, False):
                return False
            party.is_hierarchical_superior = value
        elif field in (PartyField.NAME, PartyField.ROLE) and isinstance(value, str):
            setattr(party, "name" if field == PartyField.NAME else "role", value)
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                             Qt.ItemDataRole.CheckStateRole])
        return True

