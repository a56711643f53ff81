"""The guided report: one plain question per page, kept as an encrypted draft, filed at the end.

Trauma-informed, after Spot's cognitive interview and GOV.UK's "one thing per page": open,
non-leading questions in a calm order (what happened, when, where, who was involved, who saw
it, how it has affected you, what you have done, what you would like), then help to classify
it, the reporting person, someone helping them, and a review page before anything is filed.

What a report needs to be registered, and nothing more: a few words about what happened (the
description or the circumstances, first page) OR a category. Without either there is nothing
anyone could handle; every other question may be left unanswered, and the "File the report"
button says so on the review page instead of blocking any earlier page.

No answer is given in advance: every choice (category, level, origin, the person's role, how the
report arrives) starts with nothing ticked. Left unchosen, a field the domain allows empty stays
None; the channel, the role and the origin cannot be empty in a report, so they are filed with the
domain's default and the review page says "not said — recorded as: …" instead of an answer.

Drafts: ``vault.drafts`` keeps ``{"format": 2, "page": <object name of the page>, "report":
codec.encode(Report), "unanswered": [<names of the choice fields left unchosen>]}``, saved in the
background 1.5 s after the last edit, on "Save and continue later" and when the window is closed.
The draft holds what would be filed, so the draft of an anonymous report never holds the
reporter's name. Filing creates the case (received today) and deletes the draft; if filing fails,
the message is shown on the review page and the draft stays.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Collection
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hospital_mediation.domain import codec
from hospital_mediation.domain.model import Case, Facts, Impact, NewCase, Person, Report
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    PartyRelation,
    Profession,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.errors import HospitalMediationError, ValidationError
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_report_wizard import Ui_ReportWizard
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.gui.models.delegates import ChoiceDelegate
from hospital_mediation.gui.models.report_party_table_model import PartyField, ReportPartyTableModel, relation_label
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.widgets.forms import (
    chosen,
    days,
    fill_combo,
    optional_date,
    pytime,
    qdate,
    qtime,
    relabel_combo,
    select,
    show_days,
    watch_edits,
)
from hospital_mediation.gui.widgets.layouts import empty_layout
from hospital_mediation.gui.workers import Task, finish_pending, start
from hospital_mediation.store import Vault
from hospital_mediation.store.drafts import Draft

AUTOSAVE_MS = 1500
DRAFT_FORMAT = 2
_EARLIEST = QDate(1900, 1, 1)
# The report's fields asked as a choice of radio buttons, in the order of the pages.
CHOICE_FIELDS = ("category", "onvs_level", "origin", "reporter_role", "channel")
# What the form ticked in advance when it wrote format-1 drafts: there, such a value does not show a choice.
_FORMAT_1_PRESELECTED: dict[str, Any] = {"category": None, "onvs_level": None, "origin": ViolenceOrigin.INTERNAL,
                                         "reporter_role": ReporterRole.VICTIM, "channel": Channel.WRITTEN}


def save_draft(vault: Vault, report: Report, unanswered: Collection[str], page: str, draft_id: uuid.UUID | None,
               version: int) -> Draft:
    """Seal the wizard's state as a draft (in a worker thread)."""
    content = {"format": DRAFT_FORMAT, "page": page, "report": codec.encode(report),
               "unanswered": [name for name in CHOICE_FIELDS if name in unanswered]}
    return vault.drafts.save(content, draft_id, version)


def read_draft(content: dict[str, Any]) -> tuple[Report, list[str]]:
    """The report a draft holds and its choice fields left unchosen; :class:`ValidationError` if damaged."""
    report = codec.decode(Report, content.get("report"), "report")
    unanswered = content.get("unanswered")
    if unanswered is None:  # format 1
        return report, [name for name, value in _FORMAT_1_PRESELECTED.items() if getattr(report, name) == value]
    if not isinstance(unanswered, list) or any(not isinstance(name, str) or name not in CHOICE_FIELDS
                                               for name in unanswered):
        raise ValidationError("unanswered", f"expected a list of {', '.join(CHOICE_FIELDS)}")
    return report, unanswered


def file_report(vault: Vault, report: Report, draft_id: uuid.UUID | None,
                today: date) -> tuple[Case, BaseException | None]:
    """Create the case, then remove its draft; a draft that cannot be removed does not undo the filing."""
    case = vault.cases.create(NewCase(report=report, received_on=today), today=today)
    if draft_id is not None:
        try:
            vault.drafts.delete(draft_id)
        except Exception as error:  # noqa: BLE001 - reported on the confirmation page
            return case, error
    return case, None


class ReportWizard(QWizard):
    """A new report, or one continued from the draft ``draft_id``.

    Signals:
        report_filed(object): the :class:`Case` just filed (the wizard then shows its reference).
        draft_saved(object): the :class:`Draft` just saved (autosave, "save and continue later", closing).
    """

    report_filed = Signal(object)
    draft_saved = Signal(object)

    def __init__(self, session: VaultSession, draft_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = Ui_ReportWizard()
        self.form.setupUi(self)
        self.draft_id = draft_id
        self.draft_version = 0
        self.filed_case: Case | None = None
        self._dirty = False  # edited since the last save started
        self._save_task: Task | None = None
        self._after_save: str | None = None  # "close" or "file", once the save in progress is done
        self._filing = False
        self._closing = False
        self._restoring = False
        self._loading = False
        self._returning_to_review = False
        self.involved_model = ReportPartyTableModel(witnesses=False, parent=self)
        self.witness_model = ReportPartyTableModel(witnesses=True, parent=self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._on_autosave_timer_timeout)
        self._saved_timer = QTimer(self)  # "a moment ago" becomes the time of the save
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(60_000)
        self._saved_timer.timeout.connect(self._on_saved_timer_timeout)
        self._saved_at = QTime()
        self._ids = {self.page(page_id).objectName(): page_id for page_id in self.pageIds()}
        self._set_up_buttons()
        self._set_up_choices()
        self._set_up_fields()
        self._set_up_people(self.form.involvedView, self.involved_model, self.form.addInvolvedButton,
                            self.form.removeInvolvedButton)
        self._set_up_people(self.form.witnessesView, self.witness_model, self.form.addWitnessButton,
                            self.form.removeWitnessButton)
        self._set_up_side_panel()
        watch_edits(self, self._on_edited, (self.involved_model, self.witness_model))  # restarts the autosave
        self.currentIdChanged.connect(self._on_current_id_changed)
        session.locked.connect(self._on_session_locked)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        if draft_id is not None:
            self._load_draft(draft_id)

    # --- setting up ----------------------------------------------------------------------------------

    def _set_up_buttons(self) -> None:
        self.setOption(QWizard.WizardOption.NoCancelButton, True)  # closing keeps the draft: see reject()
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)  # shown or not by _update_custom_buttons
        self._name_buttons()
        self._update_custom_buttons()
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        review = self.form.reviewPage
        review.setCommitPage(True)  # once filed, there is no going back to edit
        review.isComplete = self._review_complete
        review.validatePage = self._validate_review_page
        self.form.filingBar.hide()

    def _name_buttons(self) -> None:
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save and continue &later"))
        self.button(QWizard.WizardButton.CustomButton1).setAccessibleName(self.tr("Save and continue later"))
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("Back to the &review"))
        self.button(QWizard.WizardButton.CustomButton2).setAccessibleName(self.tr("Back to the review"))
        self.form.reviewPage.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&File the report"))
        self.form.donePage.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))

    def _set_up_choices(self) -> None:
        f = self.form
        self._categories: dict[QRadioButton, Category | None] = {
            f.categoryUnsureRadio: None, f.violenceRadio: Category.VIOLENCE,
            f.discriminationRadio: Category.DISCRIMINATION, f.moralHarassmentRadio: Category.MORAL_HARASSMENT,
            f.sexualHarassmentRadio: Category.SEXUAL_HARASSMENT, f.sexistActRadio: Category.SEXIST_ACT,
            f.conflictRadio: Category.WORKPLACE_CONFLICT,
        }
        self._levels: dict[QRadioButton, OnvsLevel | None] = {
            f.onvsUnsureRadio: None, f.onvs1Radio: OnvsLevel.INSULTS, f.onvs2Radio: OnvsLevel.THREATS,
            f.onvs3Radio: OnvsLevel.VIOLENCE, f.onvs4Radio: OnvsLevel.SERIOUS_VIOLENCE,
        }
        self._origins = {f.internalRadio: ViolenceOrigin.INTERNAL, f.externalRadio: ViolenceOrigin.EXTERNAL}
        self._roles = {f.victimRadio: ReporterRole.VICTIM, f.witnessRadio: ReporterRole.WITNESS}
        self._channels = {f.writtenRadio: Channel.WRITTEN, f.oralRadio: Channel.ORAL, f.meetingRadio: Channel.MEETING}
        self._choices: dict[str, dict[QRadioButton, Any]] = dict(zip(
            CHOICE_FIELDS, (self._categories, self._levels, self._origins, self._roles, self._channels), strict=True))
        self._explained = [
            (f.violenceRadio, f.violenceHelp), (f.discriminationRadio, f.discriminationHelp),
            (f.moralHarassmentRadio, f.moralHarassmentHelp), (f.sexualHarassmentRadio, f.sexualHarassmentHelp),
            (f.sexistActRadio, f.sexistActHelp), (f.conflictRadio, f.conflictHelp),
            (f.internalRadio, f.internalHelp), (f.externalRadio, f.externalHelp),
            (f.onvs1Radio, f.onvs1Help), (f.onvs2Radio, f.onvs2Help), (f.onvs3Radio, f.onvs3Help),
            (f.onvs4Radio, f.onvs4Help), (f.anonymousCheck, f.anonymousHelp)]
        self._describe_choices()
        fill_combo(f.professionCombo, Profession, self.tr("Not said"))

    def _describe_choices(self) -> None:
        for button, help_label in self._explained:  # screen readers say the explanation with the choice
            button.setAccessibleDescription(help_label.text())

    def _set_up_fields(self) -> None:
        f = self.form
        today = QDate.currentDate()
        for edit in (f.dateEdit, f.firstDateEdit):
            edit.setDateRange(_EARLIEST, today)  # nothing reported can happen in the future
            edit.setDate(today)
        for check in (f.dateKnownCheck, f.timeKnownCheck, f.repeatedCheck, f.firstDateKnownCheck, f.sickLeaveCheck,
                      f.anonymousCheck):
            check.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _set_up_people(self, view: QTableView, model: ReportPartyTableModel, add: QPushButton,
                       remove: QPushButton) -> None:
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        add.clicked.connect(lambda: self._add_person(view, model))
        remove.clicked.connect(lambda: model.remove_party(view.currentIndex().row()))

    def _add_person(self, view: QTableView, model: ReportPartyTableModel) -> None:
        row = model.add_party()
        index = model.index(row, model.column_of(PartyField.NAME))
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _set_up_side_panel(self) -> None:
        """The steps, the current one in bold, and the discreet state of the draft."""
        panel = QWidget(self)
        panel.setObjectName("stepsPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        self.steps: dict[QWizardPage, QLabel] = {}
        for page_id in self.pageIds():
            page = self.page(page_id)
            if page is self.form.donePage:
                continue
            step = QLabel(page.title(), panel)
            step.setWordWrap(True)
            self.steps[page] = step
            layout.addWidget(step)
        layout.addStretch(1)
        self.status_label = QLabel(panel)
        self.status_label.setObjectName("draftStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("State of the draft"))
        layout.addWidget(self.status_label)
        panel.setFixedWidth(200)
        self.setSideWidget(panel)
        self._update_steps()

    # --- the report and the widgets -------------------------------------------------------------------

    def report(self) -> Report:
        """The report as it would be filed now (identity left out when anonymous; a choice not made
        gives the domain's value for "not said", see :meth:`unanswered`)."""
        f = self.form
        unsaid = Report()
        repeated = f.repeatedCheck.isChecked()
        category = self._checked(self._categories)
        anonymous = f.anonymousCheck.isChecked()
        reporter = Person()
        if not anonymous:
            reporter = Person(f.reporterNameEdit.text().strip(), f.contactEdit.text().strip(),
                              chosen(f.professionCombo, Profession), f.reporterUnitEdit.text().strip())
        sick_leave = f.sickLeaveCheck.isChecked()
        return Report(
            channel=self._checked(self._channels) or unsaid.channel,
            anonymous=anonymous,
            reporter=reporter,
            reporter_role=self._checked(self._roles) or unsaid.reporter_role,
            establishment=f.establishmentEdit.text().strip(),
            unit=f.unitEdit.text().strip(),
            pole=f.poleEdit.text().strip(),
            category=category,
            onvs_level=self._checked(self._levels) if category is Category.VIOLENCE else None,
            origin=self._checked(self._origins) or unsaid.origin,
            facts=Facts(
                occurred_on=optional_date(f.dateKnownCheck, f.dateEdit),
                occurred_at=pytime(f.timeEdit.time()) if f.timeKnownCheck.isChecked() else None,
                place=f.placeEdit.text().strip(),
                description=f.descriptionEdit.toPlainText().strip(),
                circumstances=f.circumstancesEdit.toPlainText().strip(),
                repeated=repeated,
                first_occurred_on=optional_date(f.firstDateKnownCheck, f.firstDateEdit) if repeated else None,
            ),
            parties=self.involved_model.parties() + self.witness_model.parties(),
            impact=Impact(
                description=f.impactEdit.toPlainText().strip(),
                sick_leave=sick_leave,
                sick_leave_days=days(f.sickLeaveDaysSpin) if sick_leave else None,
                work_accident_declared=f.workAccidentCheck.isChecked(),
                itt_days=days(f.ittSpin),
            ),
            actions_taken=f.actionsEdit.toPlainText().strip(),
            expectations=f.expectationsEdit.toPlainText().strip(),
            facilitator=f.facilitatorEdit.text().strip(),
        )

    @staticmethod
    def _checked(choices: dict[QRadioButton, Any]) -> Any:
        return next((value for button, value in choices.items() if button.isChecked()), None)

    @staticmethod
    def _check(choices: dict[QRadioButton, Any], value: Any, chosen: bool) -> None:
        """Tick the button of ``value``, or none when nothing was chosen."""
        for button, choice in choices.items():
            button.setAutoExclusive(False)  # the ticked button of an exclusive group cannot be unticked
            button.setChecked(chosen and choice == value)
            button.setAutoExclusive(True)

    def unanswered(self, report: Report | None = None) -> list[str]:
        """The fields of :data:`CHOICE_FIELDS` the person made no choice for: their value in the report
        only means "not said". ``report``: what :meth:`report` just returned, if at hand.

        A level ticked for violence and left behind when the category changed is not an answer either.
        """
        report = report if report is not None else self.report()
        return [name for name, choices in self._choices.items()
                if not any(button.isChecked() and value == getattr(report, name) for button, value in choices.items())]

    def show_report(self, report: Report, unanswered: Collection[str] = ()) -> None:
        """Fill every page from ``report`` (a draft being continued), ticking nothing for ``unanswered``."""
        f = self.form
        facts, impact, reporter = report.facts, report.impact, report.reporter
        f.descriptionEdit.setPlainText(facts.description)
        f.circumstancesEdit.setPlainText(facts.circumstances)
        f.dateKnownCheck.setChecked(facts.occurred_on is not None)
        f.dateEdit.setDate(qdate(facts.occurred_on) if facts.occurred_on else QDate.currentDate())
        f.timeKnownCheck.setChecked(facts.occurred_at is not None)
        f.timeEdit.setTime(qtime(facts.occurred_at or time(0, 0)))
        f.repeatedCheck.setChecked(facts.repeated)
        f.firstDateKnownCheck.setChecked(facts.first_occurred_on is not None)
        f.firstDateEdit.setDate(qdate(facts.first_occurred_on) if facts.first_occurred_on else QDate.currentDate())
        f.placeEdit.setText(facts.place)
        f.unitEdit.setText(report.unit)
        f.poleEdit.setText(report.pole)
        f.establishmentEdit.setText(report.establishment)
        witnesses = [p for p in report.parties if p.relation is PartyRelation.WITNESS]
        self.involved_model.set_parties([p for p in report.parties if p.relation is not PartyRelation.WITNESS])
        self.witness_model.set_parties(witnesses)
        f.impactEdit.setPlainText(impact.description)
        f.sickLeaveCheck.setChecked(impact.sick_leave)
        show_days(f.sickLeaveDaysSpin, impact.sick_leave_days)
        f.workAccidentCheck.setChecked(impact.work_accident_declared)
        show_days(f.ittSpin, impact.itt_days)
        f.actionsEdit.setPlainText(report.actions_taken)
        f.expectationsEdit.setPlainText(report.expectations)
        for name, choices in self._choices.items():
            self._check(choices, getattr(report, name), name not in unanswered)
        f.anonymousCheck.setChecked(report.anonymous)
        f.reporterNameEdit.setText(reporter.name)
        f.contactEdit.setText(reporter.contact)
        select(f.professionCombo, reporter.profession)
        f.reporterUnitEdit.setText(reporter.unit)
        f.facilitatorEdit.setText(report.facilitator)
        self._update_enabled()

    def _update_enabled(self) -> None:
        f = self.form
        f.dateEdit.setEnabled(f.dateKnownCheck.isChecked())
        f.timeEdit.setEnabled(f.timeKnownCheck.isChecked())
        f.firstDateKnownCheck.setEnabled(f.repeatedCheck.isChecked())
        f.firstDateEdit.setEnabled(f.repeatedCheck.isChecked() and f.firstDateKnownCheck.isChecked())
        f.sickLeaveDaysLabel.setEnabled(f.sickLeaveCheck.isChecked())
        f.sickLeaveDaysSpin.setEnabled(f.sickLeaveCheck.isChecked())
        f.identityBox.setVisible(not f.anonymousCheck.isChecked())

    def asks_level(self) -> bool:
        """The ONVS scale grades attacks on persons: asked only about violence (threats included)."""
        return self._checked(self._categories) is Category.VIOLENCE

    def meets_minimum(self) -> bool:
        """What a report needs to be registered: a few words about what happened, or a category."""
        f = self.form
        return bool(f.descriptionEdit.toPlainText().strip() or f.circumstancesEdit.toPlainText().strip()
                    or self._checked(self._categories) is not None)

    # --- pages ----------------------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        if self.currentPage() is self.form.categoryPage and not self.asks_level():
            return self._ids["aboutPage"]
        return super().nextId()

    def current_page_name(self) -> str:
        page = self.currentPage()
        return page.objectName() if page is not None else "whatPage"

    def go_to_page(self, page: QWizardPage) -> None:
        """Back to an earlier page ("Change" on the review page); "Back to the review" returns."""
        target = self.pageIds().index(self._ids[page.objectName()])
        if self._ids[page.objectName()] not in self.visitedIds():
            return
        self._returning_to_review = True
        for _ in range(len(self.pageIds())):
            if self.pageIds().index(self.currentId()) <= target:
                break
            self.back()
        self._update_custom_buttons()

    def _forward_to(self, name: str) -> None:
        """Walk forward to the page called ``name`` (so Back still goes through the earlier pages)."""
        for _ in range(len(self.pageIds())):
            if self.current_page_name() == name or self.currentPage() is self.form.reviewPage:
                return
            self.next()

    def _on_current_id_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.form.reviewPage:
            self._returning_to_review = False
            self._fill_review()
        self._update_steps()
        self._update_custom_buttons()
        self._focus_first_question(page)
        if page is not None and page is not self.form.donePage:
            self._on_edited()  # the page is part of the draft

    def _focus_first_question(self, page: QWizardPage | None) -> None:
        """Keyboard users start on the page's question (Qt would pick the second field of a form)."""
        f = self.form
        first: dict[QWizardPage, QWidget] = {
            f.whatPage: f.descriptionEdit, f.whenPage: f.dateKnownCheck, f.wherePage: f.placeEdit,
            f.involvedPage: f.involvedView, f.witnessesPage: f.witnessesView, f.impactPage: f.impactEdit,
            f.actionsPage: f.actionsEdit, f.wishesPage: f.expectationsEdit, f.aboutPage: f.anonymousCheck,
            f.helperPage: f.facilitatorEdit, f.reviewPage: f.reviewArea, f.donePage: f.referenceLabel,
            f.categoryPage: next((b for b in self._categories if b.isChecked()), f.categoryUnsureRadio),
            f.onvsPage: next((b for b in self._levels if b.isChecked()), f.onvsUnsureRadio),
        }
        widget = first.get(page) if page is not None else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Another language: the questions, the buttons, the steps and the review; the answers stay
        (naming the choices again is no edit: no autosave)."""
        restoring, self._restoring = self._restoring, True
        try:
            self.form.retranslateUi(self)
            self._name_buttons()
            self._describe_choices()
            relabel_combo(self.form.professionCombo, Profession, self.tr("Not said"))
            for model in (self.involved_model, self.witness_model):
                model.retranslate()
        finally:
            self._restoring = restoring
        for page, step in self.steps.items():
            step.setText(page.title())
        self._update_steps()
        self.status_label.setAccessibleName(self.tr("State of the draft"))
        if self.filed_case is not None:
            self.form.referenceLabel.setText(self.tr("Reference: %1").replace("%1", self.filed_case.reference))
        if self.currentPage() is self.form.reviewPage:
            self._fill_review()

    def _update_steps(self) -> None:
        current = self.currentPage()
        self.steps[self.form.onvsPage].setVisible(self.asks_level())
        for page, step in self.steps.items():
            step.setStyleSheet("font-weight: 600;" if page is current else "")
            step.setAccessibleName(self.tr("%1 (current step)").replace("%1", page.title()) if page is current
                                   else page.title())

    def _update_custom_buttons(self) -> None:
        """Show "Save and continue later" until filed, "Back to the review" after a "Change" there."""
        current = self.currentPage()
        buttons = [QWizard.WizardButton.CustomButton1] if self.filed_case is None else []
        buttons.append(QWizard.WizardButton.Stretch)
        if self._returning_to_review and current not in (self.form.reviewPage, self.form.donePage):
            buttons.append(QWizard.WizardButton.CustomButton2)
        buttons += [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                    QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton]
        self.setButtonLayout(buttons)

    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_and_close()
        elif which == QWizard.WizardButton.CustomButton2.value:
            self._forward_to(self.form.reviewPage.objectName())

    # --- the review page ----------------------------------------------------------------------------

    def _clear_review(self) -> None:
        empty_layout(self.form.reviewGrid)

    def _fill_review(self) -> None:
        self._clear_review()
        grid = self.form.reviewGrid
        row = 0
        report = self.report()
        for page, text in self._review_sections(report, self.unanswered(report)):
            title = page.title()
            if page is self.form.impactPage:
                title = self.tr("%1 (health information)").replace("%1", title)
            heading = QLabel(title, self.form.reviewContents)
            heading.setStyleSheet("font-weight: 600;")
            change = QPushButton(self.tr("Change"), self.form.reviewContents)
            change.setObjectName(f"change_{page.objectName()}")
            change.setAccessibleName(self.tr("Change: %1").replace("%1", title))
            change.clicked.connect(lambda _checked=False, target=page: self.go_to_page(target))
            value = QLabel(text, self.form.reviewContents)
            value.setTextFormat(Qt.TextFormat.PlainText)  # what people typed is never read as markup
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"review_{page.objectName()}")
            value.setAccessibleName(title)
            grid.addWidget(heading, row, 0)
            grid.addWidget(change, row, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row + 1, 0, 1, 2)
            grid.setRowMinimumHeight(row + 2, 10)  # air between sections
            row += 3
        grid.setRowStretch(row, 1)
        self._update_requirement()

    def _review_sections(self, report: Report, unanswered: Collection[str]) -> list[tuple[QWizardPage, str]]:
        """One (page, plain text) per page of questions, in the order they were asked; a choice not made
        shows as not given, or as not said with the value the report cannot do without."""
        f, facts, impact = self.form, report.facts, report.impact
        not_given = self.tr("Not given")
        pair = self.tr("%1: %2", "a question and its answer, on the review page")
        recorded = self.tr("not said — recorded as: %1", "a choice left unanswered that a report cannot leave empty")

        def lines(*pairs: tuple[str, str]) -> str:
            given = [pair.replace("%1", name).replace("%2", value) if name else value
                     for name, value in pairs if value]
            return "\n".join(given) or not_given

        def yes(flag: bool) -> str:
            return self.tr("yes") if flag else ""

        def days(value: int | None) -> str:
            return "" if value is None else self.tr("%n day(s)", "", value)

        def chosen(name: str, text: str) -> str:
            return recorded.replace("%1", text) if name in unanswered else text

        involved = [" · ".join(part for part in (
            relation_label(p.relation), p.role, p.name,
            self.tr("your superior") if p.is_hierarchical_superior else "") if part)
            for p in report.parties if p.relation is not PartyRelation.WITNESS]
        witnesses = [" · ".join(part for part in (
            p.name, p.role, self.tr("agrees to be contacted") if p.consents_to_be_contacted else "") if part)
            for p in report.parties if p.relation is PartyRelation.WITNESS]
        sections = [
            (f.whatPage, lines(("", facts.description), (self.tr("Circumstances"), facts.circumstances))),
            (f.whenPage, lines((self.tr("Date"), local_date(facts.occurred_on)),
                               (self.tr("Time"), facts.occurred_at.strftime("%H:%M") if facts.occurred_at else ""),
                               (self.tr("It happened more than once"), yes(facts.repeated)),
                               (self.tr("First time"), local_date(facts.first_occurred_on)))),
            (f.wherePage, lines((self.tr("Where exactly"), facts.place), (self.tr("Unit"), report.unit),
                                (self.tr("Pôle"), report.pole), (self.tr("Establishment"), report.establishment))),
            (f.involvedPage, "\n".join(involved) or not_given),
            (f.witnessesPage, "\n".join(witnesses) or not_given),
            (f.impactPage, lines(("", impact.description),
                                 (self.tr("Sick leave"), yes(impact.sick_leave)),
                                 (self.tr("Days of sick leave"), days(impact.sick_leave_days)),
                                 (self.tr("Declared as a work accident"), yes(impact.work_accident_declared)),
                                 (self.tr("ITT"), days(impact.itt_days)))),
            (f.actionsPage, report.actions_taken or not_given),
            (f.wishesPage, report.expectations or not_given),
            (f.categoryPage, lines((self.tr("Closest kind"), "" if "category" in unanswered
                                    else label(report.category) or self.tr("not sure")),
                                   (self.tr("People involved"), chosen("origin", label(report.origin))))),
        ]
        if report.category is Category.VIOLENCE:
            sections.append((f.onvsPage, not_given if "onvs_level" in unanswered
                             else label(report.onvs_level) or self.tr("Not sure")))
        reporter = report.reporter
        anonymous = self.tr("Anonymous: no acknowledgement can be sent to you") if report.anonymous else ""
        sections += [
            (f.aboutPage, lines(("", anonymous),
                                (self.tr("Name"), reporter.name), (self.tr("Contact"), reporter.contact),
                                (self.tr("Profession"), label(reporter.profession)), (self.tr("Unit"), reporter.unit),
                                (self.tr("You are"), chosen("reporter_role", self._role_text(report.reporter_role))),
                                (self.tr("The report arrives"), chosen("channel", label(report.channel))))),
            (f.helperPage, report.facilitator or not_given),
        ]
        return sections

    def _role_text(self, role: ReporterRole) -> str:
        if role is ReporterRole.WITNESS:
            return self.tr("someone who saw or heard it")
        return self.tr("the person it happened to")

    def review_text(self) -> str:
        """Everything the review page shows, as plain text."""
        return "\n".join(label.text() for label in self.form.reviewContents.findChildren(QLabel))

    def _update_requirement(self) -> None:
        self.form.requirementLabel.setVisible(not self.meets_minimum())

    def _review_complete(self) -> bool:
        return self.meets_minimum() and not self._filing and not self._loading

    # --- autosave -------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._restoring or self._loading or self._filing or self.filed_case is not None:
            return
        self._update_steps()
        self._update_requirement()
        self.form.reviewPage.completeChanged.emit()
        report = self.report()
        if self.draft_id is None and report == Report() and self.unanswered(report) == list(CHOICE_FIELDS):
            return  # nothing typed or chosen yet: no draft for an empty form
        self._dirty = True
        self.autosave_timer.start()  # restarted on every change

    def _on_autosave_timer_timeout(self) -> None:
        if self._save_task is None and self._dirty:
            self._start_save()

    def _start_save(self) -> None:
        self._dirty = False
        self._set_status(self.tr("Saving…"))
        report = self.report()
        self._save_task = start(save_draft, self.session.vault, report, self.unanswered(report),
                                self.current_page_name(), self.draft_id, self.draft_version,
                                succeeded=self._on_save_succeeded, failed=self._on_save_failed)

    def _on_save_succeeded(self, draft: Draft) -> None:
        self._save_task = None
        self.draft_id, self.draft_version = draft.id, draft.version
        self._saved_at = QTime.currentTime()
        self._set_status(self.tr("Saved a moment ago"))
        self._saved_timer.start()
        self.draft_saved.emit(draft)
        if self._dirty and self._after_save is not None:
            self._start_save()  # edited while saving: save that too before closing or filing
            return
        self._continue_after_save()
        if self._dirty and not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _on_save_failed(self, error: BaseException) -> None:
        self._save_task = None
        self._dirty = True
        self._saved_timer.stop()
        self._set_status(self.tr("Not saved: %1").replace("%1", messages.describe(error)))
        if self._after_save == "file":  # the report itself can still be filed
            self._continue_after_save()
        else:
            self._after_save = None

    def _continue_after_save(self) -> None:
        action, self._after_save = self._after_save, None
        if action == "close":
            self._close_now()
        elif action == "file":
            self._start_filing()

    def _on_saved_timer_timeout(self) -> None:
        self._set_status(self.tr("Saved at %1").replace(
            "%1", QLocale().toString(self._saved_at, QLocale.FormatType.ShortFormat)))

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def save_and_close(self) -> None:
        """Save what is not saved yet, then close; the draft stays ("Save and continue later")."""
        self.autosave_timer.stop()
        if self._save_task is not None:
            self._after_save = "close"
        elif self._dirty:
            self._after_save = "close"
            self._start_save()
        else:
            self._close_now()

    def reject(self) -> None:
        """Closing the window (or Escape) keeps the draft, like "Save and continue later"."""
        if self._closing or self._loading or self.filed_case is not None or not self.session.vault.is_unlocked:
            self._close_now()
        elif not self._filing and self._after_save != "close":  # while filing (a moment), stay open
            self.save_and_close()

    def _close_now(self) -> None:
        self._closing = True
        self.autosave_timer.stop()
        QWizard.reject(self)

    # --- opening a draft ----------------------------------------------------------------------------

    def _load_draft(self, draft_id: uuid.UUID) -> None:
        self._loading = True
        self._set_status(self.tr("Opening your draft…"))
        for page_id in self.pageIds():
            self.page(page_id).setEnabled(False)
        start(self.session.vault.drafts.get, draft_id, succeeded=self._on_draft_loaded, failed=self._on_draft_failed)

    def _on_draft_loaded(self, draft: Draft) -> None:
        if self._closing:
            return  # locked or closed meanwhile: decrypted text is not shown any more
        try:
            report, unanswered = read_draft(draft.content)
        except Exception as error:  # noqa: BLE001 - the draft is left as it is; a new one is started
            self._on_draft_failed(error)
            return
        self.draft_id, self.draft_version = draft.id, draft.version
        self._restoring = True
        try:
            self.show_report(report, unanswered)
            if self.currentId() == -1:
                self.restart()
            self._forward_to(str(draft.content.get("page", "")))
        finally:
            self._restoring = False
            self._finish_loading()
        self._set_status(self.tr("Draft opened"))

    def _on_draft_failed(self, error: BaseException) -> None:
        self.draft_id, self.draft_version = None, 0  # never overwrite a draft that could not be read
        self._finish_loading()
        self._set_status(self.tr("This draft could not be opened, a new one is started: %1").replace(
            "%1", messages.describe(error)))

    def _finish_loading(self) -> None:
        self._loading = False
        for page_id in self.pageIds():
            self.page(page_id).setEnabled(True)
        self._update_steps()
        self.form.reviewPage.completeChanged.emit()

    # --- filing -------------------------------------------------------------------------------------

    def _validate_review_page(self) -> bool:
        if self.filed_case is not None:
            return True
        if self._filing or not self.meets_minimum():
            return False
        self._filing = True
        self.form.fileErrorLabel.clear()
        self.form.filingBar.show()
        self.form.reviewPage.completeChanged.emit()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.autosave_timer.stop()
        if self._save_task is not None or self._dirty:
            self._after_save = "file"  # the draft first: if filing fails, nothing is lost
            if self._save_task is None:
                self._start_save()
        else:
            self._start_filing()
        return False

    def _start_filing(self) -> None:
        start(file_report, self.session.vault, self.report(), self.draft_id, date.today(),
              succeeded=self._on_file_succeeded, failed=self._on_file_failed)

    def _on_file_succeeded(self, result: tuple[Case, BaseException | None]) -> None:
        case, draft_error = result
        self.filed_case = case
        self._filing = False
        self._saved_timer.stop()
        self.form.filingBar.hide()
        self.form.referenceLabel.setText(self.tr("Reference: %1").replace("%1", case.reference))
        if draft_error is not None:
            self.form.doneWarningLabel.setText(self.tr("The draft could not be removed: %1").replace(
                "%1", messages.describe(draft_error)))
        else:
            self.draft_id = None
        self._set_status("")
        self.sideWidget().hide()  # every step is done
        self.report_filed.emit(case)
        self.next()

    def _on_file_failed(self, error: BaseException) -> None:
        self._filing = False
        self.form.filingBar.hide()
        kept = self.tr("Nothing was lost: your draft is kept.") if self.draft_id is not None else ""
        self.form.fileErrorLabel.setText(f"{messages.describe(error)} {kept}".strip())
        self.form.reviewPage.completeChanged.emit()
        if self._dirty:
            self.autosave_timer.start()

    # --- locking ------------------------------------------------------------------------------------

    def _on_session_about_to_lock(self) -> None:
        """Keep what was typed in the last seconds before a lock (autosave waits 1.5 s)."""
        if self.filed_case is not None or self._closing:
            return
        if self._save_task is not None:  # let it finish and deliver its result (the draft's id and version)
            finish_pending()
        if not self._dirty:
            return
        self.autosave_timer.stop()
        with contextlib.suppress(HospitalMediationError):  # best effort: the vault is locking
            report = self.report()
            draft = save_draft(self.session.vault, report, self.unanswered(report), self.current_page_name(),
                               self.draft_id, self.draft_version)
            self.draft_id, self.draft_version, self._dirty = draft.id, draft.version, False

    def _on_session_locked(self) -> None:
        """Decrypted text must not outlive the lock: forget it and close."""
        self.autosave_timer.stop()
        self._restoring = True
        self.show_report(Report(), unanswered=CHOICE_FIELDS)
        self._restoring = False
        self._clear_review()
        self.form.referenceLabel.clear()
        self._close_now()

