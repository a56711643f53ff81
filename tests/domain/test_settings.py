"""Vault settings: the calendar of working days they give."""

from __future__ import annotations

from datetime import date

from hospital_mediation.domain.settings import VaultSettings


def test_the_calendar_follows_the_holiday_subdivision() -> None:
    assert VaultSettings().calendar().subdivision is None
    moselle = VaultSettings(holiday_subdivision="57").calendar()
    assert moselle.subdivision == "57"
    assert moselle.is_holiday(date(2026, 12, 26))  # Saint Stephen's day, in Alsace-Moselle only
    assert not VaultSettings().calendar().is_holiday(date(2026, 12, 26))


def test_an_unknown_subdivision_falls_back_to_national_holidays() -> None:
    calendar = VaultSettings(holiday_subdivision="nowhere").calendar()
    assert calendar.subdivision is None
    assert calendar.is_holiday(date(2026, 11, 11))
