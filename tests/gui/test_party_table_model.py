"""The parties model: Qt's model tester, edits through setData and through the combo-box delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView

from hospital_mediation.domain.model import Party
from hospital_mediation.domain.taxonomy import PartyRelation, Profession
from hospital_mediation.gui.models.delegates import CHOICES_ROLE, ChoiceDelegate
from hospital_mediation.gui.models.party_table_model import PartyColumn, PartyTableModel


def parties() -> list[Party]:
    return [Party(PartyRelation.PRESUMED_AUTHOR, "Dr K.", "praticien", Profession.DOCTOR, True),
            Party(PartyRelation.WITNESS, "", "collègue", None, None, consents_to_be_contacted=True)]


def test_model_passes_qt_model_tester(qtmodeltester: Any) -> None:
    model = PartyTableModel()
    model.set_parties(parties())
    qtmodeltester.check(model)
    model.add_party()
    qtmodeltester.check(model)


def test_cells_say_in_words_what_the_check_boxes_show() -> None:
    model = PartyTableModel()
    model.set_parties(parties())
    assert model.index(0, PartyColumn.RELATION).data() == "Presumed author"
    assert model.index(0, PartyColumn.PROFESSION).data() == "Doctor"
    assert model.index(0, PartyColumn.SUPERIOR).data() == "Yes"
    assert model.index(0, PartyColumn.SUPERIOR).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, PartyColumn.SUPERIOR).data() == "Not known"
    assert model.index(1, PartyColumn.SUPERIOR).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    assert model.index(1, PartyColumn.CONSENT).data() == "Yes"
    assert model.flags(model.index(0, PartyColumn.SUPERIOR)) & Qt.ItemFlag.ItemIsUserTristate
    assert not model.flags(model.index(0, PartyColumn.CONSENT)) & Qt.ItemFlag.ItemIsUserTristate
    assert model.flags(model.index(0, PartyColumn.NAME)) & Qt.ItemFlag.ItemIsEditable


def test_edits_change_a_copy_until_read_back() -> None:
    original = parties()
    model = PartyTableModel()
    model.set_parties(original)
    assert model.setData(model.index(0, PartyColumn.NAME), "Mme B.")
    assert model.setData(model.index(0, PartyColumn.RELATION), "victim")  # a value as text is understood
    assert model.setData(model.index(0, PartyColumn.PROFESSION), None)
    assert model.setData(model.index(0, PartyColumn.SUPERIOR), Qt.CheckState.PartiallyChecked,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(1, PartyColumn.CONSENT), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(0, PartyColumn.RELATION), "nonsense")
    assert original[0].name == "Dr K."  # the report's own objects are untouched
    edited = model.parties()
    assert (edited[0].name, edited[0].relation, edited[0].profession, edited[0].is_hierarchical_superior) == \
        ("Mme B.", PartyRelation.VICTIM, None, None)
    assert edited[1].consents_to_be_contacted is False
    assert model.removeRows(0, 1) and model.rowCount() == 1
    assert not model.removeRows(3, 1)
    model.clear()
    assert model.rowCount() == 0


def test_the_delegate_edits_a_relation_with_a_combo_box(qtbot: Any) -> None:
    model = PartyTableModel()
    model.set_parties(parties())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.show()
    index = model.index(0, PartyColumn.RELATION)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Relation"
    assert editor.currentText() == "Presumed author"
    assert editor.count() == len(index.data(CHOICES_ROLE)) == len(PartyRelation)
    editor.setCurrentIndex(editor.findText("Witness"))
    view.commitData(editor)
    assert model.rows[0].relation is PartyRelation.WITNESS
