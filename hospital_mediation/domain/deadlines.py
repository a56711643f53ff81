"""Legal deadlines, in working days with French public holidays where the law counts so.

* Report acknowledgement: 7 working days after receipt (Sapin II as amended, decree 2022-1284).
* Feedback: 3 months after the acknowledgement, or after the end of the 7-working-day
  period when there was none (Directive 2019/1937 art. 9). A late acknowledgement does
  not push feedback back: we count from the earlier date, which protects the reporter.
* Mediator acknowledgement: 8 calendar days after the referral was sent (decree 2019-897).
* Mediation: 3 months after the parties' written consent (decree 2019-897 art. 13).

Deadlines are not extended when they fall on a holiday: an earlier alert is the safe side.
Working days are Monday to Friday, minus public holidays of France (optionally a
subdivision: "57"/"6AE" for Alsace-Moselle, "971"… for overseas departments).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import holidays
from holidays.countries.france import France

from hospital_mediation.errors import ValidationError

ACKNOWLEDGEMENT_WORKING_DAYS = 7
FEEDBACK_MONTHS = 3
MEDIATOR_ACKNOWLEDGEMENT_DAYS = 8
MEDIATION_MONTHS = 3
DUE_SOON_DAYS = 3


@lru_cache(maxsize=64)
def _holidays_for(subdivision: str | None, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("FR", subdiv=subdivision, years=year).keys())


@lru_cache(maxsize=4096)
def _add_working_days(subdivision: str | None, start: date, count: int) -> date:
    # Cached: the case list computes the deadlines of 10 000 cases received on a few hundred days.
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in _holidays_for(subdivision, day.year):
            count -= 1
    return day


class WorkingDayCalendar:
    """French working days (jours ouvrés); ``subdivision`` is a ``holidays`` France subdivision."""

    def __init__(self, subdivision: str | None = None) -> None:
        if subdivision is not None:
            aliases = getattr(France, "subdivisions_aliases", {})
            subdivision = aliases.get(subdivision, subdivision)
            if subdivision not in France.subdivisions:
                known = ", ".join(s for s in France.subdivisions if not s.startswith("Zone"))
                raise ValidationError("holiday subdivision", f"unknown French subdivision '{subdivision[:20]}' "
                                                             f"(known: {known})")
        self.subdivision = subdivision

    def is_holiday(self, day: date) -> bool:
        return day in _holidays_for(self.subdivision, day.year)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)

    def add_working_days(self, start: date, count: int) -> date:
        """The ``count``-th working day after ``start`` (``start`` itself is not counted)."""
        if count < 0:
            raise ValueError("count must not be negative")
        return _add_working_days(self.subdivision, start, count)


def add_months(start: date, months: int) -> date:
    """Same day-of-month ``months`` later, or the month's last day when it has no such day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


class DeadlineKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    FEEDBACK = "feedback"
    MEDIATOR_ACKNOWLEDGEMENT = "mediator_acknowledgement"
    MEDIATION = "mediation"


class DeadlineState(StrEnum):
    PENDING = "pending"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    MET = "met"
    MET_LATE = "met_late"


@dataclass(frozen=True, slots=True)
class Deadline:
    kind: DeadlineKind
    due_on: date
    met_on: date | None = None

    def state(self, today: date) -> DeadlineState:
        if self.met_on is not None:
            return DeadlineState.MET if self.met_on <= self.due_on else DeadlineState.MET_LATE
        if today > self.due_on:
            return DeadlineState.OVERDUE
        if (self.due_on - today).days <= DUE_SOON_DAYS:
            return DeadlineState.DUE_SOON
        return DeadlineState.PENDING

    @property
    def open(self) -> bool:
        return self.met_on is None


def report_deadlines(
    received_on: date | None,
    acknowledged_on: date | None,
    feedback_on: date | None,
    anonymous: bool,
    calendar_: WorkingDayCalendar,
) -> list[Deadline]:
    """Acknowledgement (not owed to an anonymous reporter) and feedback deadlines of a report."""
    if received_on is None:
        return []
    acknowledgement_due = calendar_.add_working_days(received_on, ACKNOWLEDGEMENT_WORKING_DAYS)
    start = acknowledgement_due
    if acknowledged_on is not None and acknowledged_on < acknowledgement_due:
        start = acknowledged_on
    result = []
    if not anonymous:
        result.append(Deadline(DeadlineKind.ACKNOWLEDGEMENT, acknowledgement_due, acknowledged_on))
    result.append(Deadline(DeadlineKind.FEEDBACK, add_months(start, FEEDBACK_MONTHS), feedback_on))
    return result


def referral_deadlines(
    sent_on: date | None,
    acknowledged_on: date | None,
    consent_on: date | None,
    concluded_on: date | None,
) -> list[Deadline]:
    """The mediator's acknowledgement (8 days) and the mediation's 3 months after consent."""
    result = []
    if sent_on is not None:
        result.append(Deadline(DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT,
                               sent_on + timedelta(days=MEDIATOR_ACKNOWLEDGEMENT_DAYS), acknowledged_on))
    if consent_on is not None:
        result.append(Deadline(DeadlineKind.MEDIATION, add_months(consent_on, MEDIATION_MONTHS), concluded_on))
    return result


def next_open_deadline(deadlines: list[Deadline]) -> Deadline | None:
    """The earliest deadline not yet met."""
    pending = [d for d in deadlines if d.open]
    return min(pending, key=lambda d: d.due_on) if pending else None
