"""The case detail window, through its real widgets on a demo vault: loading, saving, conflicts,
the workflow's steps and their refusals, follow-up records, closing and locking (what is saved then,
and what is dropped)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from hospital_mediation.domain.deadlines import DeadlineState
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.settings import DirectoryEntry, ServiceKind
from hospital_mediation.domain.taxonomy import Outcome, PartyRelation, RecordKind, ReporterRole, ViolenceOrigin
from hospital_mediation.domain.workflow import Status, allowed_transitions
from hospital_mediation.gui.case_detail_window import CaseDetailWindow
from hospital_mediation.gui.models.party_table_model import PartyColumn
from hospital_mediation.gui.models.record_table_model import RecordColumn
from hospital_mediation.gui.models.transition_table_model import TransitionColumn
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks


@pytest.fixture
def session(demo_vault: Vault) -> VaultSession:
    return VaultSession(demo_vault)


def pick(vault: Vault, wanted: Callable[[CaseSummary], bool]) -> CaseSummary:
    return next(s for s in sorted(vault.cases.list_summaries(), key=lambda s: s.reference) if wanted(s))


def filed_named(vault: Vault) -> CaseSummary:
    """A filed report that is not anonymous (so it owes an acknowledgement)."""
    return pick(vault, lambda s: s.status is Status.FILED and not s.anonymous)


def filed_anonymous(vault: Vault) -> CaseSummary:
    """A filed anonymous report (no acknowledgement owed: it may go straight to review)."""
    return pick(vault, lambda s: s.status is Status.FILED and s.anonymous)


def open_window(qtbot: Any, session: VaultSession, summary: CaseSummary) -> CaseDetailWindow:
    window = CaseDetailWindow(session, summary.id)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    assert window.case is not None and window.case.id == summary.id
    return window


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def deadline_lines(group: QWidget) -> list[QLabel]:
    """The lines the group's layout holds now (replaced ones are only deleted later)."""
    layout = group.layout()
    items = (layout.itemAt(i).widget() for i in range(layout.count()))
    return [item for item in items if isinstance(item, QLabel)]


def test_loading_shows_the_reference_status_and_deadlines(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    form = window.form
    assert summary.reference in form.titleLabel.text()
    assert summary.reference in window.windowTitle() and summary.unit not in window.windowTitle()
    assert form.statusValue.text() == "Filed"
    assert form.unitValue.text() == summary.unit
    assert form.unitEdit.text() == summary.unit
    lines = deadline_lines(form.summaryDeadlinesGroup)
    texts = [line.text() for line in lines]
    assert any(t.startswith("Acknowledgement: due on") for t in texts)
    assert any(t.startswith("Feedback: due on") for t in texts)
    # Received months before the anchor and never acknowledged: overdue, in words and in red.
    overdue = next(line for line in lines if line.text().startswith("Acknowledgement"))
    assert overdue.text().endswith("— overdue") and "#b3261e" in overdue.styleSheet()
    assert [line.text() for line in deadline_lines(form.workflowDeadlinesGroup)] == texts
    assert set(window.transition_buttons) == set(allowed_transitions(Status.FILED))
    assert window.transition_model.rowCount() == 2  # draft, then filed
    assert window.transition_model.index(1, TransitionColumn.ACTOR).data() == "you"
    assert not window.dirty and not form.saveButton.isEnabled()


def test_a_deadline_due_soon_is_said_in_words_and_colour(qtbot: Any, session: VaultSession) -> None:
    window = open_window(qtbot, session, filed_named(session.vault))
    assert window.case is not None
    acknowledgement = window.case.summary().deadlines(window.calendar)[0]
    text, state = window.deadline_texts(window.case, today=acknowledgement.due_on - timedelta(days=2))[0]
    assert state is DeadlineState.DUE_SOON
    assert text.startswith("Acknowledgement: due on") and text.endswith("— due soon")
    assert window.deadline_texts(window.case, today=acknowledgement.due_on - timedelta(days=30))[0][1] \
        is DeadlineState.PENDING


def test_editing_the_unit_and_saving_persists(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    form = window.form
    form.tabWidget.setCurrentWidget(form.reportTab)
    form.unitEdit.clear()
    qtbot.keyClicks(form.unitEdit, "Cardiologie B")
    assert window.dirty and window.isWindowModified() and form.saveButton.isEnabled()
    assert form.unsavedLabel.isVisible()
    with qtbot.waitSignal(window.case_changed, timeout=20_000) as changed:
        qtbot.mouseClick(form.saveButton, Qt.MouseButton.LeftButton)
    assert changed.args[0].unit == "Cardiologie B" and changed.args[0].id == summary.id
    wait_for_tasks(qtbot)
    stored = session.vault.cases.get(summary.id)
    assert stored.report.unit == "Cardiologie B"
    assert stored.version == summary.version + 1
    assert form.unitValue.text() == "Cardiologie B"
    assert form.messageLabel.text() == "Saved."
    assert not window.dirty and not window.isWindowModified() and not form.saveButton.isEnabled()


def test_a_choice_the_reporter_did_not_make_shows_and_stays_not_said(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    case = session.vault.cases.get(summary.id)
    session.vault.cases.save(replace(case, report=replace(case.report, channel=None, reporter_role=None,
                                                          origin=ViolenceOrigin.EXTERNAL)))
    window = open_window(qtbot, session, summary)
    form = window.form
    assert (form.channelCombo.currentText(), form.reporterRoleCombo.currentText()) == ("Not said", "Not said")
    assert form.originCombo.currentText() == "From outside (patients, visitors)" and not window.dirty
    form.originCombo.setCurrentIndex(form.originCombo.findData(None))  # back to not said
    form.reporterRoleCombo.setCurrentIndex(form.reporterRoleCombo.findData(ReporterRole.WITNESS))
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        window.save()
    wait_for_tasks(qtbot)
    stored = session.vault.cases.get(summary.id).report
    assert (stored.channel, stored.reporter_role, stored.origin) == (None, ReporterRole.WITNESS, None)


def test_a_change_of_language_is_no_edit(qtbot: Any, session: VaultSession) -> None:
    from PySide6.QtWidgets import QApplication

    from hospital_mediation.gui import i18n

    summary = pick(session.vault, lambda s: bool(session.vault.cases.get(s.id).report.parties))
    window = open_window(qtbot, session, summary)
    assert window.party_model.rowCount() > 0 and not window.dirty
    try:
        i18n.install("fr")
        QApplication.processEvents()
        assert window.form.saveButton.text() == "&Enregistrer"
        assert not window.dirty and not window.form.saveButton.isEnabled()
    finally:
        i18n.install("en")
        QApplication.processEvents()
    assert not window.dirty


def test_parties_are_edited_in_the_table_and_saved_with_the_report(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    before = session.vault.cases.get(summary.id).report.parties
    window = open_window(qtbot, session, summary)
    form, model = window.form, window.party_model
    form.tabWidget.setCurrentWidget(form.partiesTab)
    qtbot.mouseClick(form.addPartyButton, Qt.MouseButton.LeftButton)
    row = model.rowCount() - 1
    assert model.setData(model.index(row, PartyColumn.RELATION), PartyRelation.WITNESS)
    assert model.setData(model.index(row, PartyColumn.ROLE), "infirmière de nuit")
    assert model.setData(model.index(row, PartyColumn.CONSENT), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert window.dirty
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        form.saveButton.click()
    wait_for_tasks(qtbot)
    parties = session.vault.cases.get(summary.id).report.parties
    assert len(parties) == len(before) + 1
    assert (parties[-1].relation, parties[-1].role, parties[-1].consents_to_be_contacted) == \
        (PartyRelation.WITNESS, "infirmière de nuit", True)
    form.partiesView.setCurrentIndex(model.index(0, PartyColumn.NAME))
    qtbot.mouseClick(form.removePartyButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        form.saveButton.click()
    wait_for_tasks(qtbot)
    assert len(session.vault.cases.get(summary.id).report.parties) == len(before)


def test_a_stale_edit_shows_the_conflict_keeps_the_text_and_reload_fetches_theirs(
        qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    form = window.form
    theirs = session.vault.cases.get(summary.id)
    theirs.report.unit = "Unité modifiée ailleurs"
    session.vault.cases.save(theirs)  # another editor saved first
    form.unitEdit.setText("Mon unité")
    form.descriptionEdit.setPlainText("Ce que j'ai tapé")
    changed: list[object] = []
    window.case_changed.connect(changed.append)
    form.saveButton.click()
    wait_for_tasks(qtbot)
    assert "Someone else saved this" in form.messageLabel.text()
    assert form.messageFrame.isVisible() and form.reloadButton.isVisible()
    assert form.unitEdit.text() == "Mon unité"  # nothing typed is lost
    assert form.descriptionEdit.toPlainText() == "Ce que j'ai tapé"
    assert window.dirty and not changed
    assert session.vault.cases.get(summary.id).report.unit == "Unité modifiée ailleurs"
    qtbot.mouseClick(form.reloadButton, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot)
    assert form.unitEdit.text() == "Unité modifiée ailleurs"
    assert not window.dirty and not form.reloadButton.isVisible()
    assert window.case is not None and window.case.version == summary.version + 1


def _step(qtbot: Any, window: CaseDetailWindow, target: Status | None) -> Any:
    if target is None:
        qtbot.mouseClick(window.form.feedbackButton, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(window.transition_buttons[target], Qt.MouseButton.LeftButton)
    dialog = window.transition_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _confirm(qtbot: Any, dialog: Any) -> None:
    dialog.form.buttonBox.accepted.emit()
    wait_for_tasks(qtbot)


def test_the_workflow_moves_step_by_step(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    assert summary.received_on is not None
    window = open_window(qtbot, session, summary)
    window.form.tabWidget.setCurrentWidget(window.form.workflowTab)
    today = date.today()

    dialog = _step(qtbot, window, Status.ACKNOWLEDGED)
    assert dialog.form.dateEdit.date() == qdate(today)
    assert dialog.form.dateEdit.maximumDate() == qdate(today)  # never in the future
    assert dialog.form.dateEdit.minimumDate() == qdate(summary.received_on)  # never before the receipt
    assert not dialog.form.outcomeCombo.isVisible()
    acknowledged_on = min(today, summary.received_on + timedelta(days=3))
    dialog.form.dateEdit.setDate(qdate(acknowledged_on))
    with qtbot.waitSignal(window.case_changed, timeout=20_000) as changed:
        _confirm(qtbot, dialog)
    assert changed.args[0].status is Status.ACKNOWLEDGED
    assert window.transition_dialog is None
    stored = session.vault.cases.get(summary.id)
    assert stored.workflow.status is Status.ACKNOWLEDGED and stored.workflow.acknowledged_on == acknowledged_on
    assert stored.workflow.history[-1].actor == session.vault.member_id
    assert window.form.statusValue.text() == "Acknowledged"
    assert window.transition_model.index(2, TransitionColumn.TO).data() == "Acknowledged"
    assert window.transition_model.index(2, TransitionColumn.ACTOR).data() == "you"
    assert any(line.text().startswith("Acknowledgement: met")
               for line in deadline_lines(window.form.summaryDeadlinesGroup))
    assert set(window.transition_buttons) == set(allowed_transitions(Status.ACKNOWLEDGED))

    _confirm(qtbot, _step(qtbot, window, Status.UNDER_REVIEW))
    assert session.vault.cases.get(summary.id).workflow.status is Status.UNDER_REVIEW

    dialog = _step(qtbot, window, Status.CLOSED)
    assert dialog.form.outcomeCombo.isVisible()
    _confirm(qtbot, dialog)  # no outcome chosen
    assert dialog.isVisible() and "Choose the outcome" in dialog.form.messageLabel.text()
    assert session.vault.cases.get(summary.id).workflow.status is Status.UNDER_REVIEW
    dialog.form.outcomeCombo.setCurrentIndex(dialog.form.outcomeCombo.findText("Withdrawn"))
    _confirm(qtbot, dialog)
    stored = session.vault.cases.get(summary.id)
    assert (stored.workflow.status, stored.workflow.outcome) == (Status.CLOSED, Outcome.WITHDRAWN)
    assert window.form.outcomeValue.text() == "Withdrawn"
    assert set(window.transition_buttons) == {Status.UNDER_REVIEW}

    dialog = _step(qtbot, window, Status.UNDER_REVIEW)  # reopening
    assert "required" in dialog.form.reasonLabel.text()
    _confirm(qtbot, dialog)
    assert dialog.isVisible() and "reason for reopening" in dialog.form.messageLabel.text()
    assert session.vault.cases.get(summary.id).workflow.status is Status.CLOSED
    qtbot.keyClicks(dialog.form.reasonEdit, "Nouveaux faits signales")
    _confirm(qtbot, dialog)
    stored = session.vault.cases.get(summary.id)
    assert stored.workflow.status is Status.UNDER_REVIEW and stored.workflow.outcome is None
    assert stored.workflow.history[-1].reason == "Nouveaux faits signales"
    last = window.transition_model.rowCount() - 1
    assert window.transition_model.index(last, TransitionColumn.REASON).data() == "Nouveaux faits signales"


def test_the_models_of_a_loaded_case_pass_qt_model_tester(qtbot: Any, qtmodeltester: Any,
                                                          session: VaultSession) -> None:
    summary = filed_named(session.vault)
    session.vault.records.add(summary.id, RecordKind.NOTE, "Entretien", "Notes")
    window = open_window(qtbot, session, summary)
    assert window.party_model.rowCount() and window.transition_model.rowCount() and window.record_model.rowCount()
    for model in (window.party_model, window.transition_model, window.record_model):
        qtmodeltester.check(model)


def test_a_step_on_a_case_changed_elsewhere_offers_to_reload(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    session.vault.cases.save(session.vault.cases.get(summary.id))  # another editor saved first
    dialog = _step(qtbot, window, Status.ACKNOWLEDGED)
    _confirm(qtbot, dialog)
    assert dialog.isVisible() and "Someone else saved this" in dialog.form.messageLabel.text()
    assert session.vault.cases.get(summary.id).workflow.status is Status.FILED
    assert window.form.reloadButton.isVisible() and "Someone else saved" in window.form.messageLabel.text()
    dialog.reject()
    window.form.reloadButton.click()
    wait_for_tasks(qtbot)
    assert window.case is not None and window.case.version == summary.version + 1
    _confirm(qtbot, _step(qtbot, window, Status.ACKNOWLEDGED))
    assert session.vault.cases.get(summary.id).workflow.status is Status.ACKNOWLEDGED


def test_start_the_review_waits_for_the_acknowledgement_of_a_named_report(
        qtbot: Any, session: VaultSession) -> None:
    window = open_window(qtbot, session, filed_named(session.vault))
    review = window.transition_buttons[Status.UNDER_REVIEW]
    assert review.text() == "Start the re&view…"
    assert not review.isEnabled()  # shown, so the order of the steps is learnt
    assert "Acknowledge the report first" in review.toolTip()
    assert review.accessibleDescription() == review.toolTip()
    for target in (Status.ACKNOWLEDGED, Status.CLOSED):
        assert window.transition_buttons[target].isEnabled() and not window.transition_buttons[target].toolTip()
    window.save()  # busy, then shown again (new buttons): the refused step stays disabled
    assert window.busy and not review.isEnabled()
    wait_for_tasks(qtbot)
    assert not window.busy and not window.transition_buttons[Status.UNDER_REVIEW].isEnabled()
    assert window.transition_buttons[Status.ACKNOWLEDGED].isEnabled()

    window = open_window(qtbot, session, filed_anonymous(session.vault))
    review = window.transition_buttons[Status.UNDER_REVIEW]
    assert review.isEnabled() and not review.toolTip() and not review.accessibleDescription()
    _confirm(qtbot, _step(qtbot, window, Status.UNDER_REVIEW))
    assert window.case is not None and window.case.workflow.status is Status.UNDER_REVIEW


def test_a_step_the_core_refuses_shows_its_message(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    changed: list[object] = []
    window.case_changed.connect(changed.append)
    window.open_transition_dialog(Status.UNDER_REVIEW)  # its button is disabled: the core still decides
    dialog = window.transition_dialog
    assert dialog is not None
    _confirm(qtbot, dialog)
    assert dialog.isVisible()
    assert "Acknowledge the report first" in dialog.form.messageLabel.text()
    assert session.vault.cases.get(summary.id).workflow.status is Status.FILED and not changed
    dialog.reject()
    assert window.transition_dialog is None


def test_feedback_to_the_reporter_is_recorded(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    dialog = _step(qtbot, window, None)
    assert "feedback" in dialog.form.dateLabel.text()
    qtbot.keyClicks(dialog.form.reasonEdit, "Courrier de retour envoye")
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        _confirm(qtbot, dialog)
    stored = session.vault.cases.get(summary.id)
    assert stored.workflow.feedback_on == date.today() and stored.workflow.status is Status.FILED
    assert window.form.feedbackValue.text() != "not yet"
    assert "feedback to the reporter was recorded" in window.form.messageLabel.text()


def test_drafts_cannot_record_feedback(qtbot: Any, session: VaultSession) -> None:
    window = open_window(qtbot, session, pick(session.vault, lambda s: s.status is Status.DRAFT))
    assert not window.form.feedbackButton.isEnabled()
    assert set(window.transition_buttons) == {Status.FILED}
    assert "not been filed" in deadline_lines(window.form.summaryDeadlinesGroup)[0].text()


def test_an_orientation_is_chosen_from_the_directory(qtbot: Any, session: VaultSession) -> None:
    settings, version = session.vault.settings.get()
    settings.directory.append(DirectoryEntry("Référent harcèlement", ServiceKind.AUTHORITY, "poste 4242"))
    session.vault.settings.save(settings, version)
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    form = window.form
    form.tabWidget.setCurrentWidget(form.followUpTab)
    qtbot.mouseClick(form.addOrientationButton, Qt.MouseButton.LeftButton)
    dialog = window.record_dialog
    assert dialog is not None and dialog.isVisible()
    combo = dialog.form.titleCombo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items.index("Support services") < items.index("Médecine du travail") < items.index("Authorities") \
        < items.index("Protection fonctionnelle") < items.index("Référent harcèlement")
    heading = combo.model().index(items.index("Authorities"), 0)
    assert not combo.model().flags(heading) & Qt.ItemFlag.ItemIsEnabled  # a heading is never chosen
    dialog.form.buttonBox.accepted.emit()  # nothing chosen yet
    assert "service or authority" in dialog.form.messageLabel.text()
    combo.setCurrentIndex(items.index("Référent harcèlement"))
    qtbot.keyClicks(dialog.form.textEdit, "Orientee vers le referent")
    with qtbot.waitSignal(window.records_changed, timeout=20_000):
        dialog.form.buttonBox.accepted.emit()
        wait_for_tasks(qtbot)
    (record,) = session.vault.records.list(summary.id)
    assert (record.kind, record.title, record.text, record.on) == \
        (RecordKind.ORIENTATION, "Référent harcèlement", "Orientee vers le referent", date.today())
    assert window.record_model.rowCount() == 1
    assert window.record_model.index(0, RecordColumn.KIND).data() == "Orientation"
    assert window.record_dialog is None


def test_a_measure_and_a_note_are_added(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    for button, title in ((window.form.addMeasureButton, "Changement d'équipe"),
                          (window.form.addNoteButton, "Appel du cadre")):
        button.click()
        dialog = window.record_dialog
        assert dialog is not None
        dialog.form.titleCombo.setEditText(title)
        dialog.form.buttonBox.accepted.emit()
        wait_for_tasks(qtbot)
    kinds = [(r.kind, r.title) for r in session.vault.records.list(summary.id)]
    assert kinds == [(RecordKind.MEASURE, "Changement d'équipe"), (RecordKind.NOTE, "Appel du cadre")]


def test_editing_a_record_someone_else_changed(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    note = session.vault.records.add(summary.id, RecordKind.NOTE, "Entretien", "Première version")
    window = open_window(qtbot, session, summary)
    window.form.recordsView.selectRow(0)
    assert window.form.editRecordButton.isEnabled()
    window.form.editRecordButton.click()
    dialog = window.record_dialog
    assert dialog is not None and dialog.form.textEdit.toPlainText() == "Première version"
    session.vault.records.save(replace(note, text="Leur version"))
    dialog.form.textEdit.setPlainText("Ma version")
    dialog.form.buttonBox.accepted.emit()
    wait_for_tasks(qtbot)
    assert dialog.isVisible() and "Someone else saved" in dialog.form.messageLabel.text()
    assert dialog.form.textEdit.toPlainText() == "Ma version"  # kept until the user reloads
    assert dialog.form.reloadButton.isVisible()
    dialog.form.reloadButton.click()
    wait_for_tasks(qtbot)
    assert dialog.form.textEdit.toPlainText() == "Leur version"
    dialog.form.textEdit.setPlainText("Ma version, refaite")
    dialog.form.buttonBox.accepted.emit()
    wait_for_tasks(qtbot)
    assert session.vault.records.list(summary.id)[0].text == "Ma version, refaite"
    assert window.record_model.rowCount() == 1
    assert window.record_model.index(0, RecordColumn.TEXT).data() == "Ma version, refaite"


def test_an_anonymous_report_cannot_name_its_reporter(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    window.form.anonymousCheck.setChecked(True)
    window.save()
    assert "anonymous report cannot name its reporter" in window.form.messageLabel.text()
    assert not window.busy and window.dirty
    assert not session.vault.cases.get(summary.id).report.anonymous
    window.form.reporterNameEdit.clear()
    window.form.reporterContactEdit.clear()
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        window.save()
    wait_for_tasks(qtbot)
    assert session.vault.cases.get(summary.id).report.anonymous


def test_closing_with_unsaved_changes_asks_first(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    window.form.unitEdit.setText("Unité à garder")
    window.close()
    assert window.isVisible()
    box = window.close_question
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(window.case_changed, timeout=20_000):
        box.button(QMessageBox.StandardButton.Save).click()
    wait_for_tasks(qtbot)
    assert not window.isVisible()
    assert session.vault.cases.get(summary.id).report.unit == "Unité à garder"


def test_closing_and_discarding(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    window.form.unitEdit.setText("Unité à jeter")
    window.close()
    assert window.close_question is not None
    window.close_question.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible() and window.case is None
    assert session.vault.cases.get(summary.id).report.unit == summary.unit


def test_locking_closes_the_window_and_drops_the_data(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    window.form.unitEdit.setText("Pas encore enregistré")  # saved at the lock, without asking
    window.close()
    assert window.close_question is not None
    window.form.addNoteButton.click()
    dialog = window.record_dialog
    assert dialog is not None
    dialog.form.titleCombo.setEditText("Note tapée, jamais enregistrée")
    with qtbot.waitSignal(window.closed):
        session.lock()
    assert not window.isVisible() and window.close_question is None
    assert window.case is None and window.record_dialog is None
    assert window.party_model.rowCount() == window.transition_model.rowCount() == window.record_model.rowCount() == 0
    assert window.form.descriptionEdit.toPlainText() == "" and window.form.unitEdit.text() == ""
    assert window.form.unitValue.text() == "" and window.form.titleLabel.text() == ""
    assert window.form.categoryCombo.currentIndex() == 0 and not window.form.occurredOnCheck.isChecked()
    assert summary.reference not in window.windowTitle() and not window.transition_buttons
    assert not deadline_lines(window.form.summaryDeadlinesGroup)
    wait_for_tasks(qtbot)
    session.vault.unlock(PASSPHRASE)
    assert session.vault.records.list(summary.id) == []  # a record is never added on the user's behalf


def test_locking_saves_the_typed_report_and_parties(qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    parties = len(session.vault.cases.get(summary.id).report.parties)
    window = open_window(qtbot, session, summary)
    form = window.form
    qtbot.keyClicks(form.unitEdit, " B")
    form.descriptionEdit.setPlainText("Tapé juste avant le verrouillage")
    form.addPartyButton.click()
    assert window.dirty
    with qtbot.waitSignal(window.closed):
        session.lock()
    assert not window.isVisible() and window.case is None and form.unitEdit.text() == ""
    wait_for_tasks(qtbot)
    session.vault.unlock(PASSPHRASE)
    stored = session.vault.cases.get(summary.id)
    assert stored.version == summary.version + 1  # saved over the version read, as by the Save button
    assert stored.report.unit == summary.unit + " B"
    assert stored.report.facts.description == "Tapé juste avant le verrouillage"
    assert len(stored.report.parties) == parties + 1


def test_a_save_on_its_way_at_the_lock_ends_first_and_later_typing_is_saved_after_it(
        qtbot: Any, session: VaultSession) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    window.form.unitEdit.setText("Saisie 1")
    window.save()
    assert window.busy
    window.form.placeEdit.setText("Saisie 2")  # typed while the first save runs
    with qtbot.waitSignal(window.closed):
        session.lock()
    wait_for_tasks(qtbot)
    session.vault.unlock(PASSPHRASE)
    stored = session.vault.cases.get(summary.id)
    assert (stored.report.unit, stored.report.facts.place) == ("Saisie 1", "Saisie 2")
    assert stored.version == summary.version + 2


@pytest.mark.parametrize("refusal", ["someone else saved first", "an anonymous report names its reporter"])
def test_an_edit_the_core_would_refuse_at_the_lock_is_dropped_quietly(
        qtbot: Any, session: VaultSession, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str],
        refusal: str) -> None:
    summary = filed_named(session.vault)
    window = open_window(qtbot, session, summary)
    before = session.vault.cases.get(summary.id)
    if refusal == "someone else saved first":
        before = session.vault.cases.save(replace(before, report=replace(before.report, unit="Leur unité")))
    else:
        window.form.anonymousCheck.setChecked(True)
    window.form.descriptionEdit.setPlainText("Texte confidentiel tapé")
    caplog.set_level(logging.DEBUG)
    with qtbot.waitSignal(window.closed):
        session.lock()  # no exception, no dialog: pytest-qt and the modal guard would fail the test
    assert not window.isVisible() and window.case is None
    assert window.form.descriptionEdit.toPlainText() == ""
    assert not caplog.records  # nothing logged
    out, err = capfd.readouterr()
    assert "Texte confidentiel" not in out + err
    wait_for_tasks(qtbot)
    session.vault.unlock(PASSPHRASE)
    assert session.vault.cases.get(summary.id) == before  # the stored case is unchanged


def test_other_panels_are_added_as_tabs(qtbot: Any, session: VaultSession) -> None:
    window = open_window(qtbot, session, filed_named(session.vault))
    count = window.form.tabWidget.count()
    panel = QWidget()
    window.add_tab(panel, "&Journal")
    assert window.form.tabWidget.count() == count + 1
    assert window.form.tabWidget.widget(count) is panel and window.form.tabWidget.tabText(count) == "&Journal"
