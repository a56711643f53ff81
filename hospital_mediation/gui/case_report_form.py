"""The Report tab of a case window: its choices, a :class:`Report` shown in its fields and read back.

Functions over the window's generated form; the window keeps the state (the case last read, whether
the form is being filled). Their texts keep the window's translation context, "CaseDetailWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout

from hospital_mediation.domain.model import Report
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    Profession,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.gui.forms.ui_case_detail_window import Ui_CaseDetailWindow
from hospital_mediation.gui.models.party_table_model import PartyTableModel
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
    show_optional_date,
    watch_edits,
)

translate = QCoreApplication.translate  # lupdate finds translate("CaseDetailWindow", "...")


def set_up_report_form(form: Ui_CaseDetailWindow, party_model: PartyTableModel,
                       on_edited: Callable[..., object]) -> None:
    """The choices filled, each optional field enabled by its tick box, the labels aligned, no facts
    dated in the future; ``on_edited`` is called on any change of the report or the parties."""
    f = form
    for combo, kind, none_text in _enum_combos(f):
        fill_combo(combo, kind, none_text)
    for check, editor in ((f.occurredOnCheck, f.occurredOnEdit), (f.occurredAtCheck, f.occurredAtEdit),
                          (f.firstOccurredCheck, f.firstOccurredEdit), (f.sickLeaveCheck, f.sickLeaveDaysSpin)):
        check.toggled.connect(editor.setEnabled)
    align_report_labels(f)
    today = qdate(date.today())
    f.occurredOnEdit.setMaximumDate(today)
    f.firstOccurredEdit.setMaximumDate(today)
    watch_edits(f.reportContents, on_edited, [party_model])  # any change marks it unsaved


def _enum_combos(form: Ui_CaseDetailWindow) -> list[tuple[QComboBox, type[Enum], str | None]]:
    """The report's choices from the domain's enumerations, with the text of "no choice" if any."""
    f = form
    not_said = translate("CaseDetailWindow", "Not said")
    return [(f.channelCombo, Channel, not_said), (f.reporterRoleCombo, ReporterRole, not_said),
            (f.originCombo, ViolenceOrigin, not_said),
            (f.reporterProfessionCombo, Profession, translate("CaseDetailWindow", "Not given")),
            (f.categoryCombo, Category, translate("CaseDetailWindow", "Not classified yet")),
            (f.levelCombo, OnvsLevel, translate("CaseDetailWindow", "Not graded (does not apply)"))]


def relabel_report_choices(form: Ui_CaseDetailWindow) -> None:
    """The report's choices named again in the current language; the choices made stay."""
    for combo, kind, none_text in _enum_combos(form):
        relabel_combo(combo, kind, none_text)


def align_report_labels(form: Ui_CaseDetailWindow) -> None:
    """One label column for the report's groups, so their fields line up."""
    labels = []
    for layout in form.reportContents.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    for widget in labels:
        widget.setMinimumWidth(0)  # measured again in another language
    width = max((widget.sizeHint().width() for widget in labels), default=0)
    for widget in labels:
        widget.setMinimumWidth(width)


def show_report(form: Ui_CaseDetailWindow, party_model: PartyTableModel, report: Report) -> None:
    """Every field of the Report tab, and the parties, from ``report``."""
    f, facts, impact = form, report.facts, report.impact
    select(f.channelCombo, report.channel)
    f.anonymousCheck.setChecked(report.anonymous)
    select(f.reporterRoleCombo, report.reporter_role)
    select(f.originCombo, report.origin)
    f.reporterNameEdit.setText(report.reporter.name)
    f.reporterContactEdit.setText(report.reporter.contact)
    select(f.reporterProfessionCombo, report.reporter.profession)
    f.reporterUnitEdit.setText(report.reporter.unit)
    f.establishmentEdit.setText(report.establishment)
    f.unitEdit.setText(report.unit)
    f.poleEdit.setText(report.pole)
    select(f.categoryCombo, report.category)
    select(f.levelCombo, report.onvs_level)
    show_optional_date(f.occurredOnCheck, f.occurredOnEdit, facts.occurred_on)
    f.occurredAtCheck.setChecked(facts.occurred_at is not None)
    f.occurredAtEdit.setEnabled(facts.occurred_at is not None)
    f.occurredAtEdit.setTime(qtime(facts.occurred_at or time(0, 0)))
    f.placeEdit.setText(facts.place)
    f.descriptionEdit.setPlainText(facts.description)
    f.circumstancesEdit.setPlainText(facts.circumstances)
    f.repeatedCheck.setChecked(facts.repeated)
    show_optional_date(f.firstOccurredCheck, f.firstOccurredEdit, facts.first_occurred_on)
    f.impactDescriptionEdit.setPlainText(impact.description)
    f.sickLeaveCheck.setChecked(impact.sick_leave)
    f.sickLeaveDaysSpin.setEnabled(impact.sick_leave)
    show_days(f.sickLeaveDaysSpin, impact.sick_leave_days)
    f.workAccidentCheck.setChecked(impact.work_accident_declared)
    show_days(f.ittDaysSpin, impact.itt_days)
    f.actionsTakenEdit.setPlainText(report.actions_taken)
    f.expectationsEdit.setPlainText(report.expectations)
    f.facilitatorEdit.setText(report.facilitator)
    party_model.set_parties(report.parties)


def report_from_form(form: Ui_CaseDetailWindow, party_model: PartyTableModel, base: Report) -> Report:
    """The report as typed, over ``base`` (so fields the form does not show are kept)."""
    f = form
    return replace(
        base,
        channel=chosen(f.channelCombo, Channel),
        anonymous=f.anonymousCheck.isChecked(),
        reporter=replace(base.reporter, name=f.reporterNameEdit.text().strip(),
                         contact=f.reporterContactEdit.text().strip(),
                         profession=chosen(f.reporterProfessionCombo, Profession),
                         unit=f.reporterUnitEdit.text().strip()),
        reporter_role=chosen(f.reporterRoleCombo, ReporterRole),
        establishment=f.establishmentEdit.text().strip(),
        unit=f.unitEdit.text().strip(),
        pole=f.poleEdit.text().strip(),
        category=chosen(f.categoryCombo, Category),
        onvs_level=chosen(f.levelCombo, OnvsLevel),
        origin=chosen(f.originCombo, ViolenceOrigin),
        facts=replace(base.facts, occurred_on=optional_date(f.occurredOnCheck, f.occurredOnEdit),
                      occurred_at=pytime(f.occurredAtEdit.time()) if f.occurredAtCheck.isChecked() else None,
                      place=f.placeEdit.text().strip(), description=f.descriptionEdit.toPlainText().strip(),
                      circumstances=f.circumstancesEdit.toPlainText().strip(),
                      repeated=f.repeatedCheck.isChecked(),
                      first_occurred_on=optional_date(f.firstOccurredCheck, f.firstOccurredEdit)),
        parties=party_model.parties(),
        impact=replace(base.impact, description=f.impactDescriptionEdit.toPlainText().strip(),
                       sick_leave=f.sickLeaveCheck.isChecked(),
                       sick_leave_days=days(f.sickLeaveDaysSpin) if f.sickLeaveCheck.isChecked() else None,
                       work_accident_declared=f.workAccidentCheck.isChecked(), itt_days=days(f.ittDaysSpin)),
        actions_taken=f.actionsTakenEdit.toPlainText().strip(),
        expectations=f.expectationsEdit.toPlainText().strip(),
        facilitator=f.facilitatorEdit.text().strip(),
    )


def names_an_anonymous_reporter(report: Report) -> bool:
    """True when ``report`` is anonymous yet names its reporter or gives their contact (never saved)."""
    return report.anonymous and bool(report.reporter.name or report.reporter.contact)
