"""The guided report: every page filled and filed, autosaved drafts that survive closing the app,
the anonymous option, the one requirement, the ONVS page only for violence, no answer given in
advance, errors that lose nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QRadioButton, QWizard

from hospital_mediation.crypto import kdf
from hospital_mediation.domain import codec
from hospital_mediation.domain.model import Facts, Impact, Party, Person, Report
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    PartyRelation,
    Profession,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import VaultUnavailableError
from hospital_mediation.gui.models.delegates import CHOICES_ROLE
from hospital_mediation.gui.models.report_party_table_model import PartyField, ReportPartyTableModel
from hospital_mediation.gui.report_drafts import CHOICE_FIELDS
from hospital_mediation.gui.report_wizard import AUTOSAVE_MS, ReportWizard
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_for_tasks
from tests.gui.test_accessibility import unnamed

TODAY = date.today()
HAPPENED = TODAY - timedelta(days=12)
FIRST = TODAY - timedelta(days=60)


@pytest.fixture
def session(sqlite_vault: Vault) -> Iterator[VaultSession]:
    yield VaultSession(sqlite_vault)


def open_wizard(qtbot: Any, session: VaultSession, draft_id: Any = None) -> ReportWizard:
    wizard = ReportWizard(session, draft_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def button(wizard: ReportWizard, which: QWizard.WizardButton) -> QPushButton:
    found = wizard.button(which)
    assert isinstance(found, QPushButton)
    return found


def next_page(wizard: ReportWizard) -> None:
    button(wizard, QWizard.WizardButton.NextButton).click()


def walk_to(wizard: ReportWizard, page: Any) -> None:
    for _ in range(len(wizard.pageIds())):
        if wizard.currentPage() is page:
            return
        next_page(wizard)
    raise AssertionError(f"never reached {page.objectName()}")


def set_cell(model: ReportPartyTableModel, row: int, field: PartyField, value: Any) -> None:
    assert model.setData(model.index(row, model.column_of(field)), value)


def ticked(wizard: ReportWizard) -> list[str]:
    """The radio buttons ticked in every choice of the wizard."""
    f = wizard.form
    return [button.objectName() for box in (f.categoryBox, f.onvsBox, f.originBox, f.roleBox, f.channelBox)
            for button in box.findChildren(QRadioButton) if button.isChecked()]


def test_every_page_filled_is_reviewed_then_filed_with_exactly_those_values(
        qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    assert wizard.currentPage() is f.whatPage
    qtbot.keyClicks(f.descriptionEdit, "He shouted at me in front of patients.")
    f.circumstancesEdit.setPlainText("Handover, night shift.")
    next_page(wizard)
    f.dateKnownCheck.setChecked(True)
    f.dateEdit.setDate(QDate(HAPPENED.year, HAPPENED.month, HAPPENED.day))
    f.timeKnownCheck.setChecked(True)
    f.timeEdit.setTime(QTime(14, 30))
    f.repeatedCheck.setChecked(True)
    f.firstDateKnownCheck.setChecked(True)
    f.firstDateEdit.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    next_page(wizard)
    assert wizard.focusWidget() is f.placeEdit  # keyboard users start on the page's first question
    f.placeEdit.setText("Break room")
    f.unitEdit.setText("Cardiology")
    f.poleEdit.setText("Heart and lungs")
    f.establishmentEdit.setText("CHU Nord")
    next_page(wizard)
    f.addInvolvedButton.click()  # through the view: the new row's name cell is being edited
    involved = wizard.involved_model
    relation = involved.index(0, involved.column_of(PartyField.RELATION))
    f.involvedView.setCurrentIndex(relation)  # closes the name's editor
    f.involvedView.edit(relation)
    combo = f.involvedView.viewport().findChild(QComboBox)
    assert combo is not None  # the choice delegate's editor
    combo.setCurrentIndex(combo.findData(PartyRelation.PRESUMED_AUTHOR.value))
    f.involvedView.commitData(combo)
    set_cell(involved, 0, PartyField.ROLE, "Head nurse")
    set_cell(involved, 0, PartyField.SUPERIOR, True)
    f.addInvolvedButton.click()
    set_cell(involved, 1, PartyField.ROLE, "   ")  # a blank row is left out
    next_page(wizard)
    f.addWitnessButton.click()
    witnesses = wizard.witness_model
    set_cell(witnesses, 0, PartyField.NAME, "Sam")
    set_cell(witnesses, 0, PartyField.ROLE, "Nursing assistant")
    assert witnesses.setData(witnesses.index(0, witnesses.column_of(PartyField.CONSENT)),
                             Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    next_page(wizard)
    assert wizard.currentPage() is f.impactPage
    f.impactEdit.setPlainText("I cannot sleep.")
    assert not f.sickLeaveDaysSpin.isEnabled()
    f.sickLeaveCheck.setChecked(True)
    f.sickLeaveDaysSpin.setValue(10)
    f.workAccidentCheck.setChecked(True)
    f.ittSpin.setValue(3)
    next_page(wizard)
    f.actionsEdit.setPlainText("Told my manager.")
    next_page(wizard)
    f.expectationsEdit.setPlainText("That it stops.")
    next_page(wizard)
    f.moralHarassmentRadio.setChecked(True)
    f.externalRadio.setChecked(True)
    next_page(wizard)
    assert wizard.currentPage() is f.aboutPage  # no ONVS level for harassment
    f.reporterNameEdit.setText("Claire D.")
    f.contactEdit.setText("claire@example.org")
    f.professionCombo.setCurrentIndex(f.professionCombo.findData(Profession.NURSE.value))
    f.reporterUnitEdit.setText("Cardiology")
    f.witnessRadio.setChecked(True)
    f.oralRadio.setChecked(True)
    next_page(wizard)
    f.facilitatorEdit.setText("CGT union")
    next_page(wizard)
    assert wizard.currentPage() is f.reviewPage
    shown = wizard.review_text()
    for text in ("He shouted at me in front of patients.", "Handover, night shift.", "Break room", "CHU Nord",
                 "Person whose behaviour is reported · Head nurse · your superior", "Sam · Nursing assistant",
                 "agrees to be contacted", "I cannot sleep.", "10 days", "Told my manager.", "That it stops.",
                 "Moral harassment", "From outside", "Claire D.", "claire@example.org", "Nurse", "Oral",
                 "CGT union", "14:30", "(health information)"):
        assert text in shown, text
    assert "How serious it was" not in shown
    assert "not said" not in shown and wizard.unanswered() == ["onvs_level"]  # not asked about harassment
    assert not f.requirementLabel.isVisible()
    file_button = button(wizard, QWizard.WizardButton.CommitButton)
    assert file_button.isEnabled() and "File the report" in file_button.text()

    with qtbot.waitSignal(wizard.report_filed, timeout=20_000) as filed:
        file_button.click()
    wait_for_tasks(qtbot)
    case = filed.args[0]
    assert wizard.currentPage() is f.donePage
    assert case.reference in f.referenceLabel.text()
    stored = session.vault.cases.get(case.id)
    assert stored.report == Report(
        channel=Channel.ORAL, anonymous=False,
        reporter=Person("Claire D.", "claire@example.org", Profession.NURSE, "Cardiology"),
        reporter_role=ReporterRole.WITNESS, establishment="CHU Nord", unit="Cardiology", pole="Heart and lungs",
        category=Category.MORAL_HARASSMENT, onvs_level=None, origin=ViolenceOrigin.EXTERNAL,
        facts=Facts(occurred_on=HAPPENED, occurred_at=time(14, 30), place="Break room",
                    description="He shouted at me in front of patients.", circumstances="Handover, night shift.",
                    repeated=True, first_occurred_on=FIRST),
        parties=[Party(PartyRelation.PRESUMED_AUTHOR, "", "Head nurse", None, True, False),
                 Party(PartyRelation.WITNESS, "Sam", "Nursing assistant", None, None, True)],
        impact=Impact("I cannot sleep.", True, 10, True, 3),
        actions_taken="Told my manager.", expectations="That it stops.", facilitator="CGT union",
    )
    assert stored.workflow.status is Status.FILED and stored.workflow.received_on == TODAY
    assert session.vault.drafts.list() == []  # the draft went with the filing


def test_typing_autosaves_a_draft_that_survives_closing_the_app(qtbot: Any, tmp_path: Path,
                                                                 fast_kdf: kdf.KdfPolicy) -> None:
    vault, _ = Vault.create(tmp_path / "vault.hmv", PASSPHRASE, "Claire D.")
    location = vault.location
    try:
        wizard = open_wizard(qtbot, VaultSession(vault))
        assert wizard.autosave_timer.interval() == AUTOSAVE_MS <= 2000
        qtbot.keyClicks(wizard.form.descriptionEdit, "It started in March")
        next_page(wizard)
        next_page(wizard)
        wizard.form.placeEdit.setText("Break room")
        qtbot.waitUntil(lambda: any(d.content["report"]["facts"]["place"] == "Break room"
                                    for d in vault.drafts.list()), timeout=10_000)
        (draft,) = vault.drafts.list()
        assert draft.content["report"]["facts"]["description"] == "It started in March"
        assert draft.content["page"] == "wherePage"
        qtbot.waitUntil(lambda: wizard.form.placeEdit.text() and "Saved a moment ago" in wizard.status_label.text())
        wizard.close()
        assert not wizard.isVisible()
        wait_for_tasks(qtbot)
    finally:
        vault.close()

    with Vault.open(location) as reopened:
        reopened.unlock(PASSPHRASE)
        restored = open_wizard(qtbot, VaultSession(reopened), draft.id)
        qtbot.waitUntil(lambda: restored.currentPage() is restored.form.wherePage, timeout=10_000)
        assert restored.form.descriptionEdit.toPlainText() == "It started in March"
        assert restored.form.placeEdit.text() == "Break room"
        assert restored.draft_id == draft.id
        restored.form.unitEdit.setText("Cardiology")  # the same draft is updated, not a second one
        qtbot.waitUntil(lambda: reopened.drafts.list()[0].content["report"]["unit"] == "Cardiology",
                        timeout=10_000)
        assert [d.id for d in reopened.drafts.list()] == [draft.id]
        restored.close()
        wait_for_tasks(qtbot)


def test_save_and_continue_later_saves_at_once_and_closes(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    wizard.form.descriptionEdit.setPlainText("Not finished yet")
    assert button(wizard, QWizard.WizardButton.CustomButton1).isVisible()
    with qtbot.waitSignal(wizard.draft_saved, timeout=10_000):
        button(wizard, QWizard.WizardButton.CustomButton1).click()  # before the autosave countdown ends
    qtbot.waitUntil(lambda: not wizard.isVisible())
    (draft,) = session.vault.drafts.list()
    assert draft.content["report"]["facts"]["description"] == "Not finished yet"


def test_an_empty_form_makes_no_draft_and_cannot_be_filed(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    walk_to(wizard, f.reviewPage)
    assert not wizard.autosave_timer.isActive() and wizard.draft_id is None
    file_button = button(wizard, QWizard.WizardButton.CommitButton)
    assert not file_button.isEnabled()
    assert f.requirementLabel.isVisible() and "what happened" in f.requirementLabel.text()
    change = f.reviewContents.findChild(QPushButton, "change_whatPage")
    change.click()  # back to the first page, with a way straight back to the review
    assert wizard.currentPage() is f.whatPage
    back_to_review = button(wizard, QWizard.WizardButton.CustomButton2)
    assert back_to_review.isVisible()
    f.descriptionEdit.setPlainText("A colleague keeps mocking me.")
    back_to_review.click()
    assert wizard.currentPage() is f.reviewPage
    assert file_button.isEnabled() and not f.requirementLabel.isVisible()
    assert not button(wizard, QWizard.WizardButton.CustomButton2).isVisible()
    f.descriptionEdit.clear()
    f.sexistActRadio.setChecked(True)  # a category alone is enough too
    assert wizard.meets_minimum() and file_button.isEnabled()
    f.categoryUnsureRadio.setChecked(True)
    assert not wizard.meets_minimum() and not file_button.isEnabled()
    wizard.close()
    wait_for_tasks(qtbot)


def test_no_answer_is_given_in_advance(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    assert ticked(wizard) == [] and wizard.unanswered() == list(CHOICE_FIELDS)
    f.descriptionEdit.setPlainText("He blocked the door of the office.")
    f.violenceRadio.setChecked(True)  # the ONVS page is asked, and left without a choice too
    walk_to(wizard, f.onvsPage)
    assert ticked(wizard) == ["violenceRadio"]
    walk_to(wizard, f.reviewPage)
    shown = wizard.review_text()
    assert "not sure" not in shown.lower()  # "I am not sure" was never chosen
    assert "You are: the person it happened to" not in shown
    for answer in ("Closest kind: Violence", "People involved: Not said", "You are: Not said",
                   "The report arrives: Not said"):
        assert answer in shown, answer
    level = f.reviewContents.findChild(QLabel, "review_onvsPage")
    assert level is not None and level.text() == "Not said"

    with qtbot.waitSignal(wizard.report_filed, timeout=20_000) as filed:
        button(wizard, QWizard.WizardButton.CommitButton).click()
    wait_for_tasks(qtbot)
    stored = session.vault.cases.get(filed.args[0].id).report
    assert (stored.category, stored.onvs_level) == (Category.VIOLENCE, None)  # None: the domain's "not said"
    assert (stored.origin, stored.reporter_role, stored.channel) == (None, None, None)  # not said, as the review said


def test_the_review_says_what_was_not_said(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    wizard.form.descriptionEdit.setPlainText("Des remarques devant l'equipe.")
    walk_to(wizard, wizard.form.reviewPage)
    shown = wizard.review_text()
    assert "Closest kind: Not said" in shown and "People involved: Not said" in shown


def test_a_draft_keeps_the_choices_not_made(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    f.violenceRadio.setChecked(True)
    f.witnessRadio.setChecked(True)
    f.writtenRadio.setChecked(True)
    with qtbot.waitSignal(wizard.draft_saved, timeout=10_000) as saved:
        button(wizard, QWizard.WizardButton.CustomButton1).click()
    wait_for_tasks(qtbot)
    assert saved.args[0].content["unanswered"] == ["onvs_level", "origin"]

    restored = open_wizard(qtbot, session, saved.args[0].id)
    qtbot.waitUntil(lambda: "Draft opened" in restored.status_label.text(), timeout=10_000)
    assert ticked(restored) == ["violenceRadio", "witnessRadio", "writtenRadio"]
    assert restored.unanswered() == ["onvs_level", "origin"]
    restored.form.externalRadio.setChecked(True)
    restored.form.categoryUnsureRadio.setChecked(True)  # "I am not sure" is an answer, kept as one
    restored.save_and_close()
    qtbot.waitUntil(lambda: not restored.isVisible(), timeout=10_000)
    wait_for_tasks(qtbot)
    (draft,) = session.vault.drafts.list()
    assert draft.content["unanswered"] == ["onvs_level"]

    again = open_wizard(qtbot, session, draft.id)
    qtbot.waitUntil(lambda: "Draft opened" in again.status_label.text(), timeout=10_000)
    assert ticked(again) == ["categoryUnsureRadio", "externalRadio", "witnessRadio", "writtenRadio"]
    session.lock()  # nothing stays ticked either
    assert ticked(again) == []
    wait_for_tasks(qtbot)


def test_choosing_only_an_answer_starts_a_draft(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    walk_to(wizard, wizard.form.aboutPage)
    assert not wizard.autosave_timer.isActive()
    wizard.form.writtenRadio.setChecked(True)
    assert wizard.report() == Report(channel=Channel.WRITTEN) and wizard.autosave_timer.isActive()
    wizard.close()
    wait_for_tasks(qtbot)


def test_a_format_1_draft_does_not_count_its_ticked_in_advance_answers(qtbot: Any, session: VaultSession) -> None:
    report = Report(channel=Channel.MEETING, facts=Facts(description="Older draft"))  # role and origin as ticked
    old = session.vault.drafts.save({"format": 1, "page": "aboutPage", "report": codec.encode(report)})
    wizard = open_wizard(qtbot, session, old.id)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.form.aboutPage, timeout=10_000)
    assert ticked(wizard) == ["meetingRadio"]
    assert wizard.unanswered() == ["category", "onvs_level", "origin", "reporter_role"]
    wizard.close()
    wait_for_tasks(qtbot)


@pytest.mark.parametrize("unanswered", ["channel", ["channel", "colour"], [["channel"]]])
def test_a_draft_with_a_damaged_list_of_choices_is_not_opened(qtbot: Any, session: VaultSession,
                                                              unanswered: Any) -> None:
    damaged = session.vault.drafts.save({"format": 2, "page": "whatPage", "report": codec.encode(Report()),
                                         "unanswered": unanswered})
    wizard = open_wizard(qtbot, session, damaged.id)
    qtbot.waitUntil(lambda: "could not be opened" in wizard.status_label.text(), timeout=10_000)
    assert wizard.draft_id is None and ticked(wizard) == []
    wizard.close()
    wait_for_tasks(qtbot)


def test_anonymous_report_hides_and_ignores_identity(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    f.descriptionEdit.setPlainText("Remarks about my accent")
    walk_to(wizard, f.aboutPage)
    f.reporterNameEdit.setText("Claire D.")
    f.contactEdit.setText("06 00 00 00 00")
    assert f.identityBox.isVisible()
    f.anonymousCheck.setChecked(True)
    assert not f.identityBox.isVisible()
    assert "no acknowledgement" in f.anonymousHelp.text()
    walk_to(wizard, f.reviewPage)
    assert "Claire D." not in wizard.review_text() and "Anonymous" in wizard.review_text()
    with qtbot.waitSignal(wizard.report_filed, timeout=20_000) as filed:
        button(wizard, QWizard.WizardButton.CommitButton).click()
    wait_for_tasks(qtbot)
    stored = session.vault.cases.get(filed.args[0].id)
    assert stored.report.anonymous is True
    assert stored.report.reporter == Person()


def test_onvs_level_is_asked_only_about_violence(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    walk_to(wizard, f.categoryPage)
    steps = wizard.sideWidget()
    f.violenceRadio.setChecked(True)
    assert any(step.text() == f.onvsPage.title() and step.isVisibleTo(steps) for step in wizard.steps.values())
    next_page(wizard)
    assert wizard.currentPage() is f.onvsPage
    f.onvs2Radio.setChecked(True)
    assert wizard.report().onvs_level is OnvsLevel.THREATS
    assert "threats" in f.onvs2Radio.accessibleDescription().lower()
    button(wizard, QWizard.WizardButton.BackButton).click()
    f.discriminationRadio.setChecked(True)
    assert not wizard.steps[f.onvsPage].isVisibleTo(steps)
    assert wizard.report().onvs_level is None  # a level chosen before does not stick to another category
    next_page(wizard)
    assert wizard.currentPage() is f.aboutPage
    walk_to(wizard, f.reviewPage)
    assert f.onvsPage.title() not in wizard.review_text()
    wizard.close()
    wait_for_tasks(qtbot)


def test_a_filing_error_is_shown_and_nothing_is_lost(qtbot: Any, session: VaultSession,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    vault = session.vault
    real_create = vault.cases.create

    def unreachable(*args: Any, **kwargs: Any) -> Any:
        raise VaultUnavailableError("connection refused")

    monkeypatch.setattr(vault.cases, "create", unreachable)
    wizard = open_wizard(qtbot, session)
    f = wizard.form
    f.descriptionEdit.setPlainText("Pushed in the lift")
    walk_to(wizard, f.reviewPage)
    file_button = button(wizard, QWizard.WizardButton.CommitButton)
    file_button.click()
    qtbot.waitUntil(lambda: bool(f.fileErrorLabel.text()), timeout=10_000)
    wait_for_tasks(qtbot)
    assert "cannot be reached" in f.fileErrorLabel.text() and "draft is kept" in f.fileErrorLabel.text()
    assert wizard.currentPage() is f.reviewPage and file_button.isEnabled()
    (draft,) = vault.drafts.list()
    assert draft.content["report"]["facts"]["description"] == "Pushed in the lift"
    assert vault.cases.list_summaries() == []

    monkeypatch.setattr(vault.cases, "create", real_create)
    with qtbot.waitSignal(wizard.report_filed, timeout=20_000):
        file_button.click()
    wait_for_tasks(qtbot)
    assert vault.drafts.list() == [] and len(vault.cases.list_summaries()) == 1


def test_a_draft_that_cannot_be_read_is_kept_and_a_new_one_started(qtbot: Any, session: VaultSession) -> None:
    damaged = session.vault.drafts.save({"format": 1, "page": "wherePage", "report": {"no such field": 1}})
    wizard = open_wizard(qtbot, session, damaged.id)
    qtbot.waitUntil(lambda: "could not be opened" in wizard.status_label.text(), timeout=10_000)
    assert wizard.draft_id is None and wizard.currentPage() is wizard.form.whatPage
    wizard.form.descriptionEdit.setPlainText("Starting again")
    qtbot.waitUntil(lambda: len(session.vault.drafts.list()) == 2, timeout=10_000)
    assert session.vault.drafts.get(damaged.id).content == damaged.content  # untouched
    wizard.close()
    wait_for_tasks(qtbot)


def test_locking_forgets_what_was_typed_and_closes(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    wizard.form.descriptionEdit.setPlainText("Something private")
    session.lock()
    assert not wizard.isVisible()
    assert wizard.form.descriptionEdit.toPlainText() == ""
    assert not wizard.autosave_timer.isActive()
    wait_for_tasks(qtbot)


def test_every_interactive_widget_is_named(qtbot: Any, session: VaultSession) -> None:
    wizard = open_wizard(qtbot, session)
    wizard.form.descriptionEdit.setPlainText("x")
    wizard.form.addInvolvedButton.click()
    walk_to(wizard, wizard.form.reviewPage)  # the review's "Change" buttons exist now
    assert unnamed(wizard) == []
    wizard.close()
    wait_for_tasks(qtbot)


@pytest.mark.parametrize("witnesses", [False, True])
def test_party_model(qtmodeltester: Any, witnesses: bool) -> None:
    model = ReportPartyTableModel(witnesses=witnesses)
    model.set_parties([Party(PartyRelation.WITNESS if witnesses else PartyRelation.VICTIM, "Ana", "Doctor")])
    model.add_party()
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.parties() == [model.rows[0]]  # the blank new row is left out
    name = model.index(0, model.column_of(PartyField.NAME))
    assert model.setData(name, "  Ana B. ") and model.parties()[0].name == "Ana B."
    assert not model.setData(name, 42)
    if not witnesses:
        relation = model.index(0, model.column_of(PartyField.RELATION))
        assert [value for _text, value in relation.data(CHOICES_ROLE)] == ["presumed_author", "victim", "other"]
        assert not model.setData(relation, "witness")  # witnesses have their own page
        assert not model.setData(relation, "nonsense")
        superior = model.index(0, model.column_of(PartyField.SUPERIOR))
        assert model.setData(superior, False) and superior.data() == "No"
        assert not model.setData(superior, "maybe")
    model.remove_party(0)
    model.remove_party(5)  # out of range: ignored
    assert model.rowCount() == 1


def test_what_was_typed_just_before_a_lock_is_kept(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault)
    wizard = ReportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.form.descriptionEdit.setPlainText("Juste avant le verrouillage")
    assert wizard.autosave_timer.isActive()  # the autosave has not run yet
    session.lock()  # Ctrl+L at once
    demo_vault.unlock(PASSPHRASE)
    (draft,) = demo_vault.drafts.list()
    assert draft.content["report"]["facts"]["description"] == "Juste avant le verrouillage"
