"""Legal deadlines: French working days, month arithmetic, report and referral deadlines, states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hospital_mediation.domain.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineState,
    WorkingDayCalendar,
    add_months,
    next_open_deadline,
    referral_deadlines,
    report_deadlines,
)

FRANCE = WorkingDayCalendar()
ALSACE_MOSELLE = WorkingDayCalendar("57")


# --- working days -----------------------------------------------------------------------


def test_acknowledgement_skips_the_11_november_holiday() -> None:
    received = date(2026, 11, 2)
    assert received.weekday() == 0  # a Monday
    due = FRANCE.add_working_days(received, 7)
    assert due == date(2026, 11, 12)
    assert due.weekday() == 3  # a Thursday


def test_working_days_skip_weekends() -> None:
    friday = date(2026, 10, 16)
    assert FRANCE.add_working_days(friday, 1) == date(2026, 10, 19)  # the Monday
    assert FRANCE.add_working_days(friday, 5) == date(2026, 10, 23)
    assert FRANCE.add_working_days(date(2026, 10, 17), 1) == date(2026, 10, 19)  # from a Saturday


def test_start_day_is_not_counted_and_zero_days_is_the_start() -> None:
    assert FRANCE.add_working_days(date(2026, 10, 14), 1) == date(2026, 10, 15)
    assert FRANCE.add_working_days(date(2026, 11, 11), 0) == date(2026, 11, 11)


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="count must not be negative"):
        FRANCE.add_working_days(date(2026, 1, 5), -1)


def test_easter_monday_is_skipped() -> None:
    # Thursday 2 April 2026: Fri 3 (1), Easter Monday 6 skipped, Tue 7 (2) ... Tue 14 (7).
    assert FRANCE.add_working_days(date(2026, 4, 2), 7) == date(2026, 4, 14)
    assert FRANCE.add_working_days(date(2026, 4, 3), 1) == date(2026, 4, 7)


def test_good_friday_is_a_working_day_outside_alsace_moselle() -> None:
    good_friday = date(2026, 4, 3)
    assert FRANCE.is_working_day(good_friday)
    assert not ALSACE_MOSELLE.is_working_day(good_friday)
    assert ALSACE_MOSELLE.is_holiday(good_friday)


def test_alsace_moselle_over_easter() -> None:
    # Good Friday and Easter Monday both skipped: one more day than elsewhere.
    assert ALSACE_MOSELLE.add_working_days(date(2026, 4, 2), 7) == date(2026, 4, 15)


def test_26_december_is_a_holiday_only_in_alsace_moselle() -> None:
    assert ALSACE_MOSELLE.is_holiday(date(2026, 12, 26))
    assert not FRANCE.is_holiday(date(2026, 12, 26))
    assert WorkingDayCalendar("6AE").is_holiday(date(2026, 12, 26))


def test_christmas_week_across_the_new_year() -> None:
    # Tuesday 23 December 2025: 25 December and 1 January are holidays everywhere,
    # Friday 26 December only in Alsace-Moselle.
    assert FRANCE.add_working_days(date(2025, 12, 23), 7) == date(2026, 1, 5)
    assert ALSACE_MOSELLE.add_working_days(date(2025, 12, 23), 7) == date(2026, 1, 6)


@pytest.mark.parametrize(
    "holiday",
    [date(2026, 1, 1), date(2026, 5, 1), date(2026, 5, 8), date(2026, 5, 14), date(2026, 7, 14),
     date(2026, 11, 11), date(2026, 12, 25)],
)
def test_french_public_holidays_on_weekdays_are_not_working_days(holiday: date) -> None:
    assert holiday.weekday() < 5
    assert FRANCE.is_holiday(holiday)
    assert not FRANCE.is_working_day(holiday)


def test_weekends_are_not_working_days() -> None:
    assert not FRANCE.is_working_day(date(2026, 10, 17))
    assert not FRANCE.is_working_day(date(2026, 10, 18))
    assert FRANCE.is_working_day(date(2026, 10, 19))


# --- months -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 11, 12), 3, date(2027, 2, 12)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 10, 31), 3, date(2027, 1, 31)),
        (date(2026, 5, 31), 12, date(2027, 5, 31)),
        (date(2026, 1, 15), 0, date(2026, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --- report deadlines -------------------------------------------------------------------

RECEIVED = date(2026, 11, 2)
ACK_DUE = date(2026, 11, 12)


def _by_kind(deadlines: list[Deadline]) -> dict[DeadlineKind, Deadline]:
    kinds = [d.kind for d in deadlines]
    assert len(kinds) == len(set(kinds))
    return {d.kind: d for d in deadlines}


def test_report_not_yet_acknowledged() -> None:
    deadlines = report_deadlines(RECEIVED, None, None, anonymous=False, calendar_=FRANCE)
    assert deadlines == [
        Deadline(DeadlineKind.ACKNOWLEDGEMENT, ACK_DUE, None),
        Deadline(DeadlineKind.FEEDBACK, date(2027, 2, 12), None),
    ]


def test_feedback_counts_from_an_early_acknowledgement() -> None:
    acknowledged = date(2026, 11, 5)
    found = _by_kind(report_deadlines(RECEIVED, acknowledged, None, anonymous=False, calendar_=FRANCE))
    assert found[DeadlineKind.ACKNOWLEDGEMENT] == Deadline(DeadlineKind.ACKNOWLEDGEMENT, ACK_DUE, acknowledged)
    assert found[DeadlineKind.FEEDBACK].due_on == date(2027, 2, 5)


def test_feedback_counts_from_the_acknowledgement_on_its_due_day() -> None:
    found = _by_kind(report_deadlines(RECEIVED, ACK_DUE, None, anonymous=False, calendar_=FRANCE))
    assert found[DeadlineKind.FEEDBACK].due_on == date(2027, 2, 12)
    assert found[DeadlineKind.ACKNOWLEDGEMENT].state(date(2027, 1, 1)) is DeadlineState.MET


def test_late_acknowledgement_does_not_push_feedback_back() -> None:
    late = date(2026, 11, 20)
    found = _by_kind(report_deadlines(RECEIVED, late, None, anonymous=False, calendar_=FRANCE))
    assert found[DeadlineKind.FEEDBACK].due_on == date(2027, 2, 12)
    assert found[DeadlineKind.ACKNOWLEDGEMENT].state(late) is DeadlineState.MET_LATE


def test_anonymous_report_owes_no_acknowledgement() -> None:
    deadlines = report_deadlines(RECEIVED, None, None, anonymous=True, calendar_=FRANCE)
    assert deadlines == [Deadline(DeadlineKind.FEEDBACK, date(2027, 2, 12), None)]


def test_feedback_given_marks_the_deadline_met() -> None:
    given = date(2027, 1, 20)
    found = _by_kind(report_deadlines(RECEIVED, date(2026, 11, 4), given, anonymous=False, calendar_=FRANCE))
    assert found[DeadlineKind.FEEDBACK].met_on == given
    assert found[DeadlineKind.FEEDBACK].state(date(2027, 6, 1)) is DeadlineState.MET


def test_report_not_received_has_no_deadlines() -> None:
    assert report_deadlines(None, None, None, anonymous=False, calendar_=FRANCE) == []


def test_report_deadlines_follow_the_calendar() -> None:
    received = date(2026, 4, 2)
    france = _by_kind(report_deadlines(received, None, None, anonymous=False, calendar_=FRANCE))
    alsace = _by_kind(report_deadlines(received, None, None, anonymous=False, calendar_=ALSACE_MOSELLE))
    assert france[DeadlineKind.ACKNOWLEDGEMENT].due_on == date(2026, 4, 14)
    assert alsace[DeadlineKind.ACKNOWLEDGEMENT].due_on == date(2026, 4, 15)
    assert alsace[DeadlineKind.FEEDBACK].due_on == date(2026, 7, 15)


# --- referral deadlines -----------------------------------------------------------------


def test_referral_deadlines() -> None:
    sent, consent = date(2026, 3, 10), date(2026, 3, 31)
    assert referral_deadlines(sent, None, consent, None) == [
        Deadline(DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT, date(2026, 3, 18), None),
        Deadline(DeadlineKind.MEDIATION, date(2026, 6, 30), None),
    ]


def test_mediator_acknowledgement_counts_calendar_days_over_holidays() -> None:
    # Eight calendar days, weekends and 11 November included.
    found = _by_kind(referral_deadlines(date(2026, 11, 6), None, None, None))
    assert found == {
        DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT: Deadline(
            DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT, date(2026, 11, 14), None
        )
    }


def test_referral_deadlines_record_when_they_were_met() -> None:
    acknowledged, concluded = date(2026, 3, 12), date(2026, 7, 2)
    found = _by_kind(referral_deadlines(date(2026, 3, 10), acknowledged, date(2026, 3, 31), concluded))
    assert found[DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT].met_on == acknowledged
    assert found[DeadlineKind.MEDIATION].state(concluded) is DeadlineState.MET_LATE


def test_referral_without_dates_has_no_deadlines() -> None:
    assert referral_deadlines(None, None, None, None) == []
    assert [d.kind for d in referral_deadlines(None, None, date(2026, 1, 31), None)] == [DeadlineKind.MEDIATION]
    assert referral_deadlines(None, None, date(2026, 11, 30), None)[0].due_on == date(2027, 2, 28)


# --- states -----------------------------------------------------------------------------

DUE = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("met_on", "today", "state"),
    [
        (date(2026, 6, 1), date(2026, 12, 1), DeadlineState.MET),
        (DUE, DUE, DeadlineState.MET),
        (DUE + timedelta(days=1), DUE, DeadlineState.MET_LATE),
        (date(2026, 7, 1), date(2026, 5, 1), DeadlineState.MET_LATE),
        (None, DUE + timedelta(days=1), DeadlineState.OVERDUE),
        (None, date(2027, 1, 1), DeadlineState.OVERDUE),
        (None, DUE, DeadlineState.DUE_SOON),
        (None, DUE - timedelta(days=3), DeadlineState.DUE_SOON),
        (None, DUE - timedelta(days=4), DeadlineState.PENDING),
        (None, date(2026, 1, 1), DeadlineState.PENDING),
    ],
)
def test_deadline_state(met_on: date | None, today: date, state: DeadlineState) -> None:
    deadline = Deadline(DeadlineKind.FEEDBACK, DUE, met_on)
    assert deadline.state(today) is state
    assert deadline.open is (met_on is None)


def test_next_open_deadline_is_the_earliest_unmet() -> None:
    early_met = Deadline(DeadlineKind.ACKNOWLEDGEMENT, date(2026, 1, 10), date(2026, 1, 9))
    later = Deadline(DeadlineKind.FEEDBACK, date(2026, 4, 10))
    earlier = Deadline(DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT, date(2026, 3, 1))
    assert next_open_deadline([early_met, later, earlier]) is earlier
    assert next_open_deadline([later]) is later


def test_next_open_deadline_when_none_is_open() -> None:
    assert next_open_deadline([]) is None
    assert next_open_deadline([Deadline(DeadlineKind.FEEDBACK, date(2026, 4, 10), date(2026, 4, 1))]) is None


def test_next_open_deadline_of_a_real_report() -> None:
    deadlines = report_deadlines(RECEIVED, None, None, anonymous=False, calendar_=FRANCE)
    nearest = next_open_deadline(deadlines)
    assert nearest is not None
    assert (nearest.kind, nearest.due_on) == (DeadlineKind.ACKNOWLEDGEMENT, ACK_DUE)
    acknowledged = report_deadlines(RECEIVED, date(2026, 11, 3), None, anonymous=False, calendar_=FRANCE)
    nearest = next_open_deadline(acknowledged)
    assert nearest is not None
    assert (nearest.kind, nearest.due_on) == (DeadlineKind.FEEDBACK, date(2027, 2, 3))


def test_subdivision_aliases_and_unknown_codes() -> None:
    from hospital_mediation.errors import ValidationError

    assert WorkingDayCalendar("Moselle").subdivision == "57"
    with pytest.raises(ValidationError, match="unknown French subdivision '67'"):
        WorkingDayCalendar("67")
