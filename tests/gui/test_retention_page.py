"""Retention: closed cases due for deletion appear; deleting one needs its reference typed, crypto-shreds it
and keeps an anonymous tombstone."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from hospital_mediation.domain.deadlines import add_months
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.taxonomy import Outcome
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.delete_case_dialog import DeleteCaseDialog
from hospital_mediation.gui.models.case_table_model import CASE_ID_ROLE
from hospital_mediation.gui.models.due_deletion_table_model import DueDeletionColumn, DueDeletionTableModel
from hospital_mediation.gui.retention_page import RetentionPage
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault
from tests.gui.conftest import wait_for_tasks


def close_an_old_case(vault: Vault) -> CaseSummary:
    """Acknowledge, review and close as inadmissible a filed case, more than two months ago."""
    today = date.today()
    summary = next(s for s in vault.cases.list_summaries()
                   if s.status is Status.FILED and not s.anonymous and s.received_on is not None
                   and s.received_on <= add_months(today, -3))
    assert summary.received_on is not None
    case = vault.cases.get(summary.id)
    case = vault.cases.transition(case, Status.ACKNOWLEDGED, on=summary.received_on)
    case = vault.cases.transition(case, Status.UNDER_REVIEW, on=summary.received_on)
    closed_on = summary.received_on + timedelta(days=3)
    vault.cases.transition(case, Status.CLOSED, outcome=Outcome.INADMISSIBLE, on=closed_on)
    return vault.cases.find(summary.reference)


def loaded_page(qtbot: Any, vault: Vault) -> RetentionPage:
    page = RetentionPage(VaultSession(vault))
    qtbot.addWidget(page)
    page.show()
    wait_for_tasks(qtbot)
    return page


def select(page: RetentionPage, reference: str) -> None:
    proxy = page.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, DueDeletionColumn.REFERENCE).data() == reference)
    page.form.tableView.selectRow(row)


def test_a_closed_case_past_its_retention_appears(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    assert page.model.rowCount() == 0 and "No case" in page.form.countLabel.text()
    assert not page.form.deleteButton.isEnabled()
    closed = close_an_old_case(demo_vault)
    page.form.refreshButton.click()
    wait_for_tasks(qtbot)
    assert page.model.rowCount() == 1
    row = page.model.rows[0]
    assert row.summary.id == closed.id and row.due_on == add_months(closed.closed_on, 2)  # type: ignore[arg-type]
    assert page.proxy.index(0, DueDeletionColumn.OUTCOME).data() == "Inadmissible"
    assert "1 case" in page.form.countLabel.text()
    assert "0 anonymous line" in page.form.tombstoneLabel.text()


def test_deleting_needs_the_reference_then_keeps_only_a_tombstone(qtbot: Any, demo_vault: Vault) -> None:
    closed = close_an_old_case(demo_vault)
    page = loaded_page(qtbot, demo_vault)
    select(page, closed.reference)
    page.form.deleteButton.click()
    dialog = page.delete_dialog
    assert isinstance(dialog, DeleteCaseDialog) and dialog.isVisible()
    assert "for good" in dialog.form.explanationLabel.text() and "audit log" in dialog.form.explanationLabel.text()
    assert not dialog.form.deleteButton.isEnabled()
    qtbot.keyClicks(dialog.form.referenceEdit, "2020-0001")
    qtbot.keyClick(dialog.form.referenceEdit, Qt.Key.Key_Return)  # a wrong reference: Enter does nothing
    assert dialog.isVisible() and not dialog.form.deleteButton.isEnabled()
    dialog.form.referenceEdit.clear()
    qtbot.keyClicks(dialog.form.referenceEdit, closed.reference)
    assert dialog.form.deleteButton.isEnabled()
    with qtbot.waitSignal(page.case_deleted, timeout=30_000,
                          check_params_cb=lambda case_id: case_id == closed.id):
        dialog.form.deleteButton.click()
        assert page.form.busyBar.isVisible()  # while the case is shredded
    wait_for_tasks(qtbot)
    assert not page.form.busyBar.isVisible()
    assert page.model.rowCount() == 0
    assert closed.id not in {s.id for s in demo_vault.cases.list_summaries()}
    (tombstone,) = demo_vault.retention.tombstones()
    assert (tombstone.outcome, tombstone.unit, tombstone.category) == (Outcome.INADMISSIBLE, closed.unit,
                                                                       closed.category)
    assert tombstone.month == closed.opened_on.strftime("%Y-%m")
    last = demo_vault.audit.entries()[-1]
    assert last.action == "case.deleted" and last.details["reason"] == "retention"
    assert "1 anonymous line" in page.form.tombstoneLabel.text()
    assert closed.reference in page.form.messageLabel.text()


def test_keeping_the_case_deletes_nothing(qtbot: Any, demo_vault: Vault) -> None:
    closed = close_an_old_case(demo_vault)
    page = loaded_page(qtbot, demo_vault)
    select(page, closed.reference)
    page.form.deleteButton.click()
    dialog = page.delete_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.rejected):
        dialog.form.cancelButton.click()
    wait_for_tasks(qtbot)
    assert closed.id in {s.id for s in demo_vault.cases.list_summaries()}
    assert demo_vault.retention.tombstones() == [] and page.model.rowCount() == 1


def test_locking_empties_the_page_and_closes_the_dialog(qtbot: Any, demo_vault: Vault) -> None:
    closed = close_an_old_case(demo_vault)
    page = loaded_page(qtbot, demo_vault)
    select(page, closed.reference)
    page.form.deleteButton.click()
    dialog = page.delete_dialog
    assert dialog is not None
    page.session.lock()
    assert not dialog.isVisible() and page.delete_dialog is None
    assert page.model.rowCount() == 0 and page.form.tombstoneLabel.text() == ""
    assert not page.form.deleteButton.isEnabled() and not page.form.refreshButton.isEnabled()


def test_model_passes_qt_model_tester(qtmodeltester: Any, demo_vault: Vault) -> None:
    close_an_old_case(demo_vault)
    model = DueDeletionTableModel()
    model.set_rows(demo_vault.retention.due())
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    case_id = model.index(0, 0).data(CASE_ID_ROLE)
    model.remove_case(case_id)
    assert model.rowCount() == 0


def test_a_change_elsewhere_is_looked_at_when_the_list_is_next_shown(qtbot: Any, demo_vault: Vault) -> None:
    page = loaded_page(qtbot, demo_vault)
    page.hide()
    closed = close_an_old_case(demo_vault)
    page.mark_stale()
    wait_for_tasks(qtbot)
    assert page.model.rowCount() == 0  # not on screen: nothing read yet
    page.show()
    wait_for_tasks(qtbot)
    assert [row.summary.id for row in page.model.rows] == [closed.id]
    page.mark_stale()  # on screen: at once
    assert page.form.busyBar.isVisible()  # a search is under way
    wait_for_tasks(qtbot)
