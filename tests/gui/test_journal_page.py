"""The Journal section: choosing a case, starting a new journal (a draft case), its panel."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui.journal_page import JournalPage
from hospital_mediation.gui.session import VaultSession
from tests.gui.conftest import wait_for_tasks
from tests.gui.test_accessibility import unnamed


def make_page(qtbot: Any, session: VaultSession) -> JournalPage:
    page = JournalPage(session)
    page.set_cases(session.vault.cases.list_summaries())  # as the application hands them over
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    wait_for_tasks(qtbot)
    return page


def test_cases_are_offered_with_reference_unit_and_status(qtbot: Any, session: VaultSession) -> None:
    page = make_page(qtbot, session)
    combo = page.form.caseCombo
    summaries = session.vault.cases.list_summaries()
    assert combo.count() == len(summaries) == 30
    assert page.current_case_id() is None and page.panel is None  # nothing chosen for the user
    assert not page.form.openCaseButton.isEnabled()
    newest = max(summaries, key=lambda s: s.reference)
    assert combo.itemText(0).startswith(newest.reference + " · ")
    draft = next(s for s in summaries if s.status is Status.DRAFT)
    assert combo.itemText(page.index_of(draft.id)).endswith(" · Draft")
    page.select_case(draft.id)
    assert page.panel is not None and page.panel.case_id == draft.id
    with qtbot.waitSignal(page.case_open_requested) as requested:
        page.form.openCaseButton.click()
    assert requested.args == [draft.id]
    wait_for_tasks(qtbot)


def test_start_a_new_journal_creates_a_draft_case_and_selects_it(qtbot: Any, session: VaultSession) -> None:
    page = make_page(qtbot, session)
    with qtbot.waitSignal(page.case_created, timeout=10_000) as created:
        page.form.newJournalButton.click()
    wait_for_tasks(qtbot)
    summary = created.args[0]
    assert summary.status is Status.DRAFT
    stored = session.vault.cases.get(summary.id)
    assert stored.workflow.status is Status.DRAFT and stored.workflow.received_on is None  # not filed
    assert len(session.vault.cases.list_summaries()) == 31
    assert page.current_case_id() == summary.id
    assert page.form.caseCombo.currentText().startswith(summary.reference)
    assert page.panel is not None and page.panel.case_id == summary.id
    assert "draft" in page.form.messageLabel.text()
    # Its journal works at once.
    page.panel.form.newEntryButton.click()
    dialog = page.panel.entry_dialog
    assert dialog is not None
    dialog.form.textEdit.setPlainText("Premier incident")
    with qtbot.waitSignal(page.journal_changed, timeout=10_000) as changed:
        dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert changed.args == [summary.id]
    wait_for_tasks(qtbot)
    assert [e.text for e in session.vault.journal.list(summary.id)] == ["Premier incident"]


def test_switching_cases_replaces_the_panel_and_lock_clears(qtbot: Any, session: VaultSession) -> None:
    page = make_page(qtbot, session)
    first, second = (page.case_id_at(n) for n in (0, 1))
    page.select_case(first)
    old = page.panel
    page.select_case(second)
    assert page.panel is not old and page.panel is not None and page.panel.case_id == second
    wait_for_tasks(qtbot)
    session.lock()
    assert page.form.caseCombo.count() == 0 and page.panel is None
    assert not page.form.newJournalButton.isEnabled()


def test_each_item_stays_with_its_case_as_cases_come_and_go(qtbot: Any, session: VaultSession) -> None:
    from dataclasses import replace

    page = make_page(qtbot, session)
    summaries = {s.id: s for s in session.vault.cases.list_summaries()}
    shown = page.case_id_at(3)
    assert shown is not None
    page.select_case(shown)
    older = min(summaries.values(), key=lambda s: s.reference)
    page.remove_case(page.case_id_at(0))  # the newest, above the one shown
    page.upsert_case(replace(older, unit="Réanimation B"))
    newcomer = replace(older, id=uuid.uuid4(), reference="2026-9999")
    summaries[newcomer.id] = newcomer
    page.upsert_case(newcomer)
    combo = page.form.caseCombo
    assert page.case_id_at(0) == newcomer.id and page.current_case_id() == shown
    assert all(combo.itemText(n).startswith(summaries[page.case_id_at(n)].reference + " · ")  # type: ignore[index]
               for n in range(combo.count()))
    assert "Réanimation B" in combo.itemText(page.index_of(older.id))
    wait_for_tasks(qtbot)


def test_every_interactive_widget_is_named(qtbot: Any, session: VaultSession) -> None:
    page = make_page(qtbot, session)
    page.select_case(page.case_id_at(0))
    wait_for_tasks(qtbot)
    assert page.panel is not None
    page.panel.form.newEntryButton.click()
    dialog = page.panel.entry_dialog
    assert dialog is not None
    assert unnamed(page) == [] and unnamed(dialog) == []
    dialog.reject()
