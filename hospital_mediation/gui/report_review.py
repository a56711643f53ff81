"""The report wizard's review page: one titled section of plain text per page of questions, in the order
they were asked, each with a "Change" button back to its page.

Functions over the wizard's generated form; the wizard says when to fill the page. Their texts keep the
wizard's translation context, "ReportWizard".
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizardPage

from hospital_mediation.domain.model import Report
from hospital_mediation.domain.taxonomy import Category, PartyRelation, ReporterRole
from hospital_mediation.gui.forms.ui_report_wizard import Ui_ReportWizard
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.gui.models.report_party_table_model import relation_label
from hospital_mediation.gui.widgets.layouts import empty_layout

translate = QCoreApplication.translate  # lupdate finds translate("ReportWizard", "...")


def show_review(form: Ui_ReportWizard, report: Report, unanswered: Collection[str],
                go_to_page: Callable[[QWizardPage], None], day_count: Callable[[int], str]) -> None:
    """Show ``report`` on the review page, ``unanswered`` being its choices not made; "Change" calls
    ``go_to_page`` with the page of its section. ``day_count``: see :func:`review_sections`."""
    clear_review(form)
    grid = form.reviewGrid
    row = 0
    for page, text in review_sections(form, report, unanswered, day_count):
        title = page.title()
        if page is form.impactPage:
            title = translate("ReportWizard", "%1 (health information)").replace("%1", title)
        heading = QLabel(title, form.reviewContents)
        heading.setStyleSheet("font-weight: 600;")
        change = QPushButton(translate("ReportWizard", "Change"), form.reviewContents)
        change.setObjectName(f"change_{page.objectName()}")
        change.setAccessibleName(translate("ReportWizard", "Change: %1").replace("%1", title))
        change.clicked.connect(lambda _checked=False, target=page: go_to_page(target))
        value = QLabel(text, form.reviewContents)
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


def clear_review(form: Ui_ReportWizard) -> None:
    """Nothing left on the review page."""
    empty_layout(form.reviewGrid)


def review_sections(form: Ui_ReportWizard, report: Report, unanswered: Collection[str],
                    day_count: Callable[[int], str]) -> list[tuple[QWizardPage, str]]:
    """One (page, plain text) per page of questions, in the order they were asked; a choice not made
    shows as not said.

    ``day_count`` says a number of days: the wizard's ``tr("%n day(s)")``, as lupdate marks a plural
    in ``tr()`` only, never in ``translate()``.
    """
    f, facts, impact = form, report.facts, report.impact
    not_given = translate("ReportWizard", "Not given")
    pair = translate("ReportWizard", "%1: %2", "a question and its answer, on the review page")
    not_said = translate("ReportWizard", "Not said")

    def lines(*pairs: tuple[str, str]) -> str:
        given = [pair.replace("%1", name).replace("%2", value) if name else value
                 for name, value in pairs if value]
        return "\n".join(given) or not_given

    def yes(flag: bool) -> str:
        return translate("ReportWizard", "yes") if flag else ""

    def days(value: int | None) -> str:
        return "" if value is None else day_count(value)

    def chosen(text: str) -> str:
        return text or not_said

    involved = [" · ".join(part for part in (
        relation_label(p.relation), p.role, p.name,
        translate("ReportWizard", "your superior") if p.is_hierarchical_superior else "") if part)
        for p in report.parties if p.relation is not PartyRelation.WITNESS]
    witnesses = [" · ".join(part for part in (
        p.name, p.role, translate("ReportWizard", "agrees to be contacted") if p.consents_to_be_contacted else "")
        if part)
        for p in report.parties if p.relation is PartyRelation.WITNESS]
    sections = [
        (f.whatPage, lines(("", facts.description), (translate("ReportWizard", "Circumstances"), facts.circumstances))),
        (f.whenPage, lines((translate("ReportWizard", "Date"), local_date(facts.occurred_on)),
                           (translate("ReportWizard", "Time"),
                            facts.occurred_at.strftime("%H:%M") if facts.occurred_at else ""),
                           (translate("ReportWizard", "It happened more than once"), yes(facts.repeated)),
                           (translate("ReportWizard", "First time"), local_date(facts.first_occurred_on)))),
        (f.wherePage, lines((translate("ReportWizard", "Where exactly"), facts.place),
                            (translate("ReportWizard", "Unit"), report.unit),
                            (translate("ReportWizard", "Pôle"), report.pole),
                            (translate("ReportWizard", "Establishment"), report.establishment))),
        (f.involvedPage, "\n".join(involved) or not_given),
        (f.witnessesPage, "\n".join(witnesses) or not_given),
        (f.impactPage, lines(("", impact.description),
                             (translate("ReportWizard", "Sick leave"), yes(impact.sick_leave)),
                             (translate("ReportWizard", "Days of sick leave"), days(impact.sick_leave_days)),
                             (translate("ReportWizard", "Declared as a work accident"),
                              yes(impact.work_accident_declared)),
                             (translate("ReportWizard", "ITT"), days(impact.itt_days)))),
        (f.actionsPage, report.actions_taken or not_given),
        (f.wishesPage, report.expectations or not_given),
        (f.categoryPage, lines((translate("ReportWizard", "Closest kind"), not_said if "category" in unanswered
                                else label(report.category) or translate("ReportWizard", "not sure")),
                               (translate("ReportWizard", "People involved"),
                                chosen(label(report.origin))))),
    ]
    if report.category is Category.VIOLENCE:
        sections.append((f.onvsPage, not_said if "onvs_level" in unanswered
                         else label(report.onvs_level) or translate("ReportWizard", "Not sure")))
    reporter = report.reporter
    anonymous = (translate("ReportWizard", "Anonymous: no acknowledgement can be sent to you") if report.anonymous
                 else "")
    sections += [
        (f.aboutPage, lines(("", anonymous),
                            (translate("ReportWizard", "Name"), reporter.name),
                            (translate("ReportWizard", "Contact"), reporter.contact),
                            (translate("ReportWizard", "Profession"), label(reporter.profession)),
                            (translate("ReportWizard", "Unit"), reporter.unit),
                            (translate("ReportWizard", "You are"),
                             chosen(_role_text(report.reporter_role))),
                            (translate("ReportWizard", "The report arrives"),
                             chosen(label(report.channel))))),
        (f.helperPage, report.facilitator or not_given),
    ]
    return sections


def _role_text(role: ReporterRole | None) -> str:
    if role is ReporterRole.WITNESS:
        return translate("ReportWizard", "someone who saw or heard it")
    if role is ReporterRole.VICTIM:
        return translate("ReportWizard", "the person it happened to")
    return ""
