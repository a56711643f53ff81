"""Where a case stands, as its window shows it in the Summary and Workflow tabs: the dates, the
deadlines, the history and the buttons of the next steps (disabled, with the core's reason, when it
would refuse them now).

Functions over the window's generated form; the window keeps the buttons and refusals they return.
Their texts keep the window's translation context, "CaseDetailWindow".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QWidget

from hospital_mediation.domain.deadlines import DeadlineState, WorkingDayCalendar
from hospital_mediation.domain.model import Case
from hospital_mediation.domain.workflow import Status, allowed_transitions
from hospital_mediation.gui import messages
from hospital_mediation.gui.forms.ui_case_detail_window import Ui_CaseDetailWindow
from hospital_mediation.gui.labels import label, local_date
from hospital_mediation.gui.models.transition_table_model import TransitionTableModel
from hospital_mediation.gui.transition_dialog import step_refusal
from hospital_mediation.gui.widgets.layouts import empty_layout

translate = QCoreApplication.translate  # lupdate finds translate("CaseDetailWindow", "...")

# The same colours as the case list; the state is always written out too.
_DEADLINE_STYLES = {DeadlineState.OVERDUE: "color: #b3261e; font-weight: 600;",
                    DeadlineState.DUE_SOON: "color: #a05a00; font-weight: 600;"}
DeadlineLine = tuple[str, DeadlineState | None]  # what the window says of a deadline, and its state (None: no deadline)


def show_summary(form: Ui_CaseDetailWindow, case: Case, deadlines: list[DeadlineLine]) -> None:
    """The Summary tab for ``case``, with the lines of :func:`deadline_texts`."""
    f, workflow, report = form, case.workflow, case.report

    def day(value: date | None) -> str:
        return local_date(value) if value is not None else translate("CaseDetailWindow", "not yet")

    f.referenceValue.setText(case.reference)
    f.statusValue.setText(label(workflow.status))
    f.openedValue.setText(day(case.opened_on))
    f.receivedValue.setText(day(workflow.received_on))
    f.acknowledgedValue.setText(day(workflow.acknowledged_on))
    f.feedbackValue.setText(day(workflow.feedback_on))
    f.closedValue.setText(day(workflow.closed_on))
    f.outcomeValue.setText(label(workflow.outcome) or translate("CaseDetailWindow", "none yet"))
    f.categoryValue.setText(label(report.category) or translate("CaseDetailWindow", "not classified yet"))
    f.levelValue.setText(label(report.onvs_level) or translate("CaseDetailWindow", "not graded"))
    f.unitValue.setText(report.unit or translate("CaseDetailWindow", "not given"))
    show_deadlines(f.summaryDeadlinesLayout, deadlines)


def deadline_texts(case: Case, calendar: WorkingDayCalendar, today: date | None = None) -> list[DeadlineLine]:
    """One line per deadline of ``case``, with its state written out (colour only repeats it)."""
    today = today or date.today()
    deadlines = case.summary().deadlines(calendar)
    if not deadlines:
        if case.workflow.status is Status.DRAFT:
            return [(translate("CaseDetailWindow", "No deadline yet: the report has not been filed."), None)]
        return [(translate("CaseDetailWindow", "No deadline: the case is closed."), None)]
    lines: list[DeadlineLine] = []
    for deadline in deadlines:
        state = deadline.state(today)
        if deadline.met_on is not None:
            text = translate("CaseDetailWindow", "%1: %2 on %3 (due on %4)").replace(
                "%1", label(deadline.kind)).replace("%2", label(state)).replace(
                "%3", local_date(deadline.met_on)).replace("%4", local_date(deadline.due_on))
        else:
            text = translate("CaseDetailWindow", "%1: due on %2 — %3").replace("%1", label(deadline.kind)).replace(
                "%2", local_date(deadline.due_on)).replace("%3", label(state))
        lines.append((text, state))
    return lines


def show_deadlines(layout: QLayout, deadlines: list[DeadlineLine]) -> None:
    """The lines of :func:`deadline_texts`."""
    empty_layout(layout)
    parent = layout.parentWidget()
    for text, state in deadlines:
        line = QLabel(text, parent)
        line.setWordWrap(True)
        line.setStyleSheet(_DEADLINE_STYLES.get(state, "") if state is not None else "")
        layout.addWidget(line)


def show_workflow(form: Ui_CaseDetailWindow, case: Case, deadlines: list[DeadlineLine],
                  transition_model: TransitionTableModel, member_id: uuid.UUID,
                  open_step: Callable[[Status], None]) -> tuple[dict[Status, QPushButton], dict[Status, str]]:
    """The Workflow tab for ``case``: its history, deadlines and a button per step it may take next,
    which calls ``open_step`` with its target. Returns the buttons and, for the steps the core would
    refuse now, why (target -> text)."""
    f = form
    transition_model.set_transitions(case.workflow.history, member_id)
    f.transitionsView.scrollToBottom()
    show_deadlines(f.workflowDeadlinesLayout, deadlines)
    empty_layout(f.nextStepsLayout)
    buttons: dict[Status, QPushButton] = {}
    refusals: dict[Status, str] = {}
    current = case.workflow.status
    previous: QWidget = f.transitionsView
    for target in (status for status in Status if status in allowed_transitions(current)):
        button = QPushButton(_step_text(current, target), f.nextStepsGroup)
        button.setAccessibleName(translate("CaseDetailWindow", "Move the case to: %1").replace("%1", label(target)))
        refusal = step_refusal(case, target)
        if refusal is not None:  # shown, disabled, with the core's reason: the order of the steps is learnt
            refusals[target] = messages.describe(refusal)
            button.setToolTip(refusals[target])
            button.setAccessibleDescription(refusals[target])
        button.clicked.connect(partial(open_step, target))
        f.nextStepsLayout.addWidget(button)
        buttons[target] = button
        QWidget.setTabOrder(previous, button)
        previous = button
    f.nextStepsLayout.addStretch(1)
    QWidget.setTabOrder(previous, f.feedbackButton)
    return buttons, refusals


def _step_text(current: Status, target: Status) -> str:
    if current is Status.CLOSED:
        return translate("CaseDetailWindow", "Re&open the case…")
    if target is Status.UNDER_REVIEW:
        return translate("CaseDetailWindow", "Start the re&view…") if current in (Status.FILED, Status.ACKNOWLEDGED) \
            else translate("CaseDetailWindow", "Back to re&view…")
    return {
        Status.FILED: translate("CaseDetailWindow", "File the report…"),
        Status.ACKNOWLEDGED: translate("CaseDetailWindow", "&Acknowledge the report…"),
        Status.ORIENTATION: translate("CaseDetailWindow", "Move to orient&ation…"),
        Status.MEASURES: translate("CaseDetailWindow", "Move to &measures…"),
        Status.REFERRED_TO_MEDIATION: translate("CaseDetailWindow", "Refer to me&diation…"),
        Status.CLOSED: translate("CaseDetailWindow", "&Close the case…"),
    }.get(target, label(target))


def clear(form: Ui_CaseDetailWindow) -> None:
    """The Summary and Workflow tabs emptied of what the case showed: values, deadlines and step
    buttons (the history is the window's model, cleared with it)."""
    for layout in (form.summaryDeadlinesLayout, form.workflowDeadlinesLayout, form.nextStepsLayout):
        empty_layout(layout)
    for value in form.summaryTab.findChildren(QLabel):
        if value.objectName().endswith("Value"):
            value.clear()
