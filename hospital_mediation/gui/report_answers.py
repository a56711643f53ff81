"""The answers on the report wizard's pages: the :class:`Report` they make, and a report shown in them.

The widgets are the wizard's generated form; this sets up its questions (the choices, none ticked in
advance; the fields a tick box enables; the tables of people) and reads and fills them. The wizard keeps
the state (loading, restoring, filing) and says when. Texts keep the wizard's translation context,
"ReportWizard".
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QRadioButton, QTableView, QWidget, QWizardPage

from hospital_mediation.domain.model import Facts, Impact, Person, Report
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    PartyRelation,
    Profession,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.gui.forms.ui_report_wizard import Ui_ReportWizard
from hospital_mediation.gui.models.delegates import ChoiceDelegate
from hospital_mediation.gui.models.report_party_table_model import PartyField, ReportPartyTableModel
from hospital_mediation.gui.report_drafts import CHOICE_FIELDS
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
)

translate = QCoreApplication.translate  # lupdate finds translate("ReportWizard", "...")

_EARLIEST = QDate(1900, 1, 1)


class ReportAnswers:
    """The questions of ``form``, the people involved in ``involved_model`` and the witnesses in ``witness_model``."""

    def __init__(self, form: Ui_ReportWizard, involved_model: ReportPartyTableModel,
                 witness_model: ReportPartyTableModel) -> None:
        self.form = form
        self.involved_model = involved_model
        self.witness_model = witness_model
        self._set_up_choices()
        self._set_up_fields()
        self._set_up_people(form.involvedView, involved_model, form.addInvolvedButton, form.removeInvolvedButton)
        self._set_up_people(form.witnessesView, witness_model, form.addWitnessButton, form.removeWitnessButton)

    # --- setting up ----------------------------------------------------------------------------------

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
        fill_combo(f.professionCombo, Profession, translate("ReportWizard", "Not said"))

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

    def retranslate(self) -> None:
        """The choices' explanations, the professions and the people tables named in the current language;
        the answers stay."""
        self._describe_choices()
        relabel_combo(self.form.professionCombo, Profession, translate("ReportWizard", "Not said"))
        for model in (self.involved_model, self.witness_model):
            model.retranslate()

    # --- the report and the widgets -------------------------------------------------------------------

    def report(self) -> Report:
        """The report as it would be filed now (identity left out when anonymous; a choice not made
        stays None: not said, see :meth:`unanswered`)."""
        f = self.form
        repeated = f.repeatedCheck.isChecked()
        category = _checked(self._categories)
        anonymous = f.anonymousCheck.isChecked()
        reporter = Person()
        if not anonymous:
            reporter = Person(f.reporterNameEdit.text().strip(), f.contactEdit.text().strip(),
                              chosen(f.professionCombo, Profession), f.reporterUnitEdit.text().strip())
        sick_leave = f.sickLeaveCheck.isChecked()
        return Report(
            channel=_checked(self._channels),
            anonymous=anonymous,
            reporter=reporter,
            reporter_role=_checked(self._roles),
            establishment=f.establishmentEdit.text().strip(),
            unit=f.unitEdit.text().strip(),
            pole=f.poleEdit.text().strip(),
            category=category,
            onvs_level=_checked(self._levels) if category is Category.VIOLENCE else None,
            origin=_checked(self._origins),
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

    def unanswered(self, report: Report | None = None) -> list[str]:
        """The fields of :data:`CHOICE_FIELDS` the person made no choice for: their value in the report
        only means "not said". ``report``: what :meth:`report` just returned, if at hand.

        A level ticked for violence and left behind when the category changed is not an answer either.
        """
        report = report if report is not None else self.report()
        return [name for name, choices in self._choices.items()
                if not any(button.isChecked() and value == getattr(report, name) for button, value in choices.items())]

    def show(self, report: Report, unanswered: Collection[str] = ()) -> None:
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
            _check(choices, getattr(report, name), name not in unanswered)
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
        return _checked(self._categories) is Category.VIOLENCE

    def meets_minimum(self) -> bool:
        """What a report needs to be registered: a few words about what happened, or a category."""
        f = self.form
        return bool(f.descriptionEdit.toPlainText().strip() or f.circumstancesEdit.toPlainText().strip()
                    or _checked(self._categories) is not None)

    def focus_first_question(self, page: QWizardPage | None) -> None:
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


def _checked(choices: dict[QRadioButton, Any]) -> Any:
    return next((value for button, value in choices.items() if button.isChecked()), None)


def _check(choices: dict[QRadioButton, Any], value: Any, chosen: bool) -> None:
    """Tick the button of ``value``, or none when nothing was chosen."""
    for button, choice in choices.items():
        button.setAutoExclusive(False)  # the ticked button of an exclusive group cannot be unticked
        button.setChecked(chosen and choice == value)
        button.setAutoExclusive(True)
