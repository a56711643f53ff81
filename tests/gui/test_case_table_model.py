"""The case list model and its filter, tested without a view (and with Qt's model tester)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from hospital_mediation.domain.deadlines import DeadlineState
from hospital_mediation.domain.taxonomy import Category
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.models.case_table_model import (
    CASE_ID_ROLE,
    DEADLINE_STATE_ROLE,
    CaseColumn,
    CaseFilterProxyModel,
    CaseTableModel,
    fold,
)
from hospital_mediation.store import Vault


def loaded(vault: Vault) -> CaseTableModel:
    model = CaseTableModel()
    model.set_rows(vault.cases.list_summaries(), today=date(2026, 11, 29))
    return model


def test_model_passes_qt_model_tester(qtmodeltester: Any, demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    qtmodeltester.check(model)
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_rows_show_translated_text_and_deadlines(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    assert model.rowCount() == 30
    references = {model.index(r, CaseColumn.REFERENCE).data() for r in range(30)}
    assert references == {s.reference for s in demo_vault.cases.list_summaries()}
    states = {model.index(r, 0).data(DEADLINE_STATE_ROLE) for r in range(30)}
    assert DeadlineState.OVERDUE in states  # demo reports received months ago
    overdue = next(r for r in range(30) if model.index(r, 0).data(DEADLINE_STATE_ROLE) == DeadlineState.OVERDUE)
    assert model.index(overdue, CaseColumn.DEADLINE).data().startswith("Overdue · ")  # first: the column may be narrow


def test_filters_and_search(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status(Status.DRAFT)
    drafts = proxy.rowCount()
    assert 0 < drafts < 30
    assert all(proxy.index(r, CaseColumn.STATUS).data() == "Draft" for r in range(drafts))
    proxy.set_status(None)
    proxy.set_category(Category.VIOLENCE)
    assert all(proxy.index(r, CaseColumn.CATEGORY).data() == "Violence" for r in range(proxy.rowCount()))
    proxy.set_category(None)
    proxy.set_search("reanimation")  # accents and case ignored
    found = proxy.rowCount()
    assert found > 0
    assert all("Réanimation" in proxy.index(r, CaseColumn.UNIT).data() for r in range(found))
    proxy.set_search("")
    proxy.set_overdue_only(True)
    assert 0 < proxy.rowCount() < 30


def test_full_text_is_searchable_once_indexed(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    target = model.index(0, 0).data(CASE_ID_ROLE)
    proxy.set_search("zanzibar-unique")
    assert proxy.rowCount() == 0
    changes = model.changes
    model.add_search_text({target: fold("Le rapport mentionne Zanzibar-Unique")})  # as searchable_texts gives
    assert model.changes > changes  # rows rebuilt from before (another language) are built again
    proxy.set_search("zanzibar-unique")
    assert proxy.rowCount() == 1
    model.replace_rows(model.rebuilt_rows(model.rows))  # a change of language keeps the text found
    proxy.set_search("zanzibar-unique")
    assert proxy.rowCount() == 1


def test_clear_forgets_everything(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    model.clear()
    assert model.rowCount() == 0 and model.rows == []


def test_fold() -> None:
    assert fold("Réanimation ÉCOLE") == "reanimation ecole"


def test_typing_refines_and_deleting_widens_the_search(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)

    def expected(text: str) -> int:
        words = fold(text).split()
        return sum(all(word in row.search for word in words) for row in model.rows)

    for text in ("u", "ur", "urg", "urgences", "urg", "", "ped", "pediatrie", "p"):
        proxy.set_search(text)
        assert proxy.rowCount() == expected(text), text


def test_sorting_keeps_the_filter_and_the_selection_rows(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_status(Status.FILED)
    filed = {proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())}
    proxy.sort(CaseColumn.UNIT)
    assert {proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())} == filed
    units = [proxy.index(r, CaseColumn.UNIT).data() for r in range(proxy.rowCount())]
    assert units == sorted(units, key=fold)


def test_each_case_gets_its_own_deadline_when_the_list_shares_the_work(demo_vault: Vault) -> None:
    """Cases received the same day share one computation, but only when every date that counts is equal."""
    from dataclasses import replace

    summaries = demo_vault.cases.list_summaries()
    named = next(s for s in summaries if s.status is Status.FILED and not s.anonymous)
    twins = [named, replace(named, anonymous=True), replace(named, acknowledged_on=named.received_on),
             replace(named, status=Status.CLOSED)]
    today = date(2026, 11, 29)
    shared = {id(row.summary): (row.deadline, row.cells[CaseColumn.DEADLINE])
              for row in CaseTableModel().build_rows(twins, today)}
    alone = [CaseTableModel().build_rows([twin], today)[0] for twin in twins]
    assert [shared[id(twin)] for twin in twins] == [(row.deadline, row.cells[CaseColumn.DEADLINE]) for row in alone]
    assert len({deadline for deadline, _text in shared.values()}) == 4  # four different answers


def test_the_full_text_comes_folded_from_the_worker(demo_vault: Vault) -> None:
    from hospital_mediation.gui.models.case_table_model import searchable_texts
    from hospital_mediation.store.search import case_texts

    ids = [s.id for s in demo_vault.cases.list_summaries()][:3]
    raw, folded = case_texts(demo_vault, ids), searchable_texts(demo_vault, ids)
    assert folded == {case_id: fold(text) for case_id, text in raw.items()} and len(folded) == 3


def test_a_deadline_too_long_for_its_column_is_whole_in_its_tooltip(demo_vault: Vault) -> None:
    model = loaded(demo_vault)
    row = next(r for r in range(model.rowCount()) if model.index(r, CaseColumn.DEADLINE).data())
    index = model.index(row, CaseColumn.DEADLINE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()


def test_a_filter_left_on_survives_new_rows_longer_than_the_old(qtbot: Any, demo_vault: Vault) -> None:
    """A view asks the filter about the new rows during the reset itself: it must know them by then."""
    from PySide6.QtWidgets import QTableView

    model = CaseTableModel()
    proxy = CaseFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()
    summaries = demo_vault.cases.list_summaries()
    model.set_rows(summaries[:3])
    proxy.set_status(Status.FILED)
    model.set_rows(summaries)  # more rows than the filter saw
    shown = {proxy.index(r, CaseColumn.STATUS).data() for r in range(proxy.rowCount())}
    assert proxy.rowCount() == sum(s.status is Status.FILED for s in summaries) and shown == {"Filed"}
    proxy.set_status(None)
    proxy.set_search("zzz-nothing")
    model.clear()
    model.set_rows(summaries)
    assert proxy.rowCount() == 0
