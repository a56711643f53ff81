"""What the forms share: dates and times between Qt and Python, optional numbers and dates, combo boxes
of a domain enumeration, watching every editor for changes, and messages in the error colour."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QDate, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hospital_mediation.gui import labels

E = TypeVar("E", bound=Enum)

ERROR_COLOUR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


# --- dates and times ---------------------------------------------------------------------------------


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def qtime(moment: time) -> QTime:
    """To the minute, as the forms show it."""
    return QTime(moment.hour, moment.minute)


def pytime(moment: QTime) -> time:
    """To the minute, as the forms show it."""
    return time(moment.hour(), moment.minute())


def show_optional_date(check: QCheckBox, edit: QDateEdit, value: date | None) -> None:
    """Tick ``check`` when there is a date; ``edit`` shows it (today otherwise) and is enabled with it."""
    check.setChecked(value is not None)
    edit.setEnabled(value is not None)
    edit.setDate(qdate(value or date.today()))


def optional_date(check: QCheckBox, edit: QDateEdit) -> date | None:
    return pydate(edit.date()) if check.isChecked() else None


# --- numbers -----------------------------------------------------------------------------------------


def days(spin: QSpinBox) -> int | None:
    """A spin box whose -1 shows "not given"."""
    return None if spin.value() < 0 else spin.value()


def show_days(spin: QSpinBox, value: int | None) -> None:
    spin.setValue(-1 if value is None else value)


# --- combo boxes of an enumeration --------------------------------------------------------------------


def fill_combo(combo: QComboBox, values: Iterable[Enum], none_text: str | None = None) -> None:
    """The translated names of ``values``, after ``none_text`` (for None) when given."""
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(labels.label(value), value)


def relabel_combo(combo: QComboBox, kind: type[Enum], none_text: str | None = None) -> None:
    """The items of :func:`fill_combo` named again in the current language (the choice stays)."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if data is None:
            if none_text is not None:
                combo.setItemText(index, none_text)
        else:
            combo.setItemText(index, labels.label(kind(data)))


def select(combo: QComboBox, value: object) -> None:
    """Make the item holding ``value`` current (the first item when none does)."""
    combo.setCurrentIndex(next((i for i in range(combo.count()) if combo.itemData(i) == value), 0))


def chosen(combo: QComboBox, kind: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else kind(data)


# --- changes and messages ----------------------------------------------------------------------------


def watch_edits(root: QWidget, slot: Callable[..., object], models: Iterable[QAbstractItemModel] = ()) -> None:
    """Call ``slot`` on every change made in an editor under ``root`` and in the rows of ``models``."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box: its owner reports the change
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(slot)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(slot)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(slot)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(slot)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(slot)
    for model in models:
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(slot)


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """``text`` in ``label``, in the error colour when ``error``."""
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
