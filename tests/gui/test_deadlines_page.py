"""Deadlines: only the cases overdue or due soon, earliest deadline first, counted; opening a case."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from hospital_mediation.domain.deadlines import DUE_SOON_DAYS, DeadlineState, WorkingDayCalendar, next_open_deadline
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.deadlines_page import DeadlinesPage
from hospital_mediation.gui.models.case_table_model import (
    CASE_ID_ROLE,
    DEADLINE_STATE_ROLE,
    SORT_ROLE,
    CaseColumn,
    CaseTableModel,
)
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault


def a_day_with_both_states(vault: Vault) -> date:
    """A day when the latest open deadline of the demo is due in two days, earlier ones being overdue."""
    calendar = WorkingDayCalendar()
    due = sorted(d.due_on for s in vault.cases.list_summaries()
                 if (d := next_open_deadline(s.deadlines(calendar))) is not None)
    return due[-1] - timedelta(days=2)


def expected_states(vault: Vault, today: date) -> dict[str, DeadlineState]:
    """Reference -> state of the next deadline, computed by the domain, for the cases the page must show."""
    calendar = WorkingDayCalendar()
    result = {}
    for summary in vault.cases.list_summaries():
        deadline = next_open_deadline(summary.deadlines(calendar))
        if deadline is not None and deadline.state(today) in (DeadlineState.OVERDUE, DeadlineState.DUE_SOON):
            result[summary.reference] = deadline.state(today)
    return result


def make_page(qtbot: Any, vault: Vault, today: date) -> DeadlinesPage:
    model = CaseTableModel()
    model.set_rows(vault.cases.list_summaries(), today=today)
    page = DeadlinesPage(VaultSession(vault), model)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_only_overdue_and_due_soon_cases_earliest_first(qtbot: Any, demo_vault: Vault) -> None:
    today = a_day_with_both_states(demo_vault)
    page = make_page(qtbot, demo_vault, today)
    expected = expected_states(demo_vault, today)
    proxy = page.urgent
    shown = {proxy.index(r, CaseColumn.REFERENCE).data(): proxy.index(r, 0).data(DEADLINE_STATE_ROLE)
             for r in range(proxy.rowCount())}
    assert shown == expected
    assert 0 < proxy.rowCount() < page.model.rowCount()  # some cases have no urgent deadline
    due_days = [proxy.index(r, CaseColumn.DEADLINE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert due_days == sorted(due_days)
    overdue = sum(state is DeadlineState.OVERDUE for state in expected.values())
    soon = sum(state is DeadlineState.DUE_SOON for state in expected.values())
    assert overdue and soon
    assert page.form.countLabel.text() == f"{overdue} overdue, {soon} due within {DUE_SOON_DAYS} days"
    assert proxy.index(0, CaseColumn.DEADLINE).data().startswith("Overdue · ")


def test_the_list_follows_the_case_model(qtbot: Any, demo_vault: Vault) -> None:
    page = make_page(qtbot, demo_vault, a_day_with_both_states(demo_vault))
    assert page.urgent.rowCount() > 0
    page.model.set_rows(demo_vault.cases.list_summaries(), today=date(2020, 1, 1))  # everything far ahead
    assert page.urgent.rowCount() == 0
    assert page.form.countLabel.text().startswith("No deadline overdue")
    assert not page.form.openButton.isEnabled()
    page.model.clear()  # locked
    assert page.urgent.rowCount() == 0


def test_a_case_saved_elsewhere_leaves_or_stays_in_the_list(qtbot: Any, demo_vault: Vault) -> None:
    from dataclasses import replace

    today = a_day_with_both_states(demo_vault)
    page = make_page(qtbot, demo_vault, today)
    first, second = page.urgent.rows[0].summary, page.urgent.rows[1].summary
    page.form.tableView.selectRow(1)
    page.model.upsert(replace(first, unit="Autre unité"), today)  # still urgent: the list updates in place
    assert page.urgent.rows[0].cells[CaseColumn.UNIT] == "Autre unité" and page.selected_case_id() == second.id
    page.model.upsert(replace(first, status=Status.CLOSED), today)  # a closed case owes nothing
    assert first.id not in [row.summary.id for row in page.urgent.rows]


def test_double_click_and_open_button_ask_to_open_the_case(qtbot: Any, demo_vault: Vault) -> None:
    page = make_page(qtbot, demo_vault, a_day_with_both_states(demo_vault))
    table = page.form.tableView
    index = page.urgent.index(1, CaseColumn.REFERENCE)
    wanted = index.data(CASE_ID_ROLE)
    centre = table.visualRect(index).center()
    with qtbot.waitSignal(page.case_open_requested, check_params_cb=lambda case_id: case_id == wanted):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click starts so
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    table.selectRow(0)
    first = page.urgent.index(0, 0).data(CASE_ID_ROLE)
    with qtbot.waitSignal(page.case_open_requested, check_params_cb=lambda case_id: case_id == first):
        page.form.openButton.click()


def test_urgent_model_passes_qt_model_tester(qtmodeltester: Any, qtbot: Any, demo_vault: Vault) -> None:
    page = make_page(qtbot, demo_vault, a_day_with_both_states(demo_vault))
    qtmodeltester.check(page.urgent)


def test_sorting_the_case_list_keeps_this_list_and_its_selection(qtbot: Any, demo_vault: Vault) -> None:
    page = make_page(qtbot, demo_vault, a_day_with_both_states(demo_vault))
    order = [row.summary.id for row in page.urgent.rows]
    page.form.tableView.selectRow(2)
    selected = page.selected_case_id()
    for column in (CaseColumn.UNIT, CaseColumn.CATEGORY, CaseColumn.REFERENCE):
        page.model.sort(column, Qt.SortOrder.AscendingOrder)
        assert [row.summary.id for row in page.urgent.rows] == order
        assert page.selected_case_id() == selected
