"""Translated names of the domain's values (statuses, categories, levels, outcomes, deadlines)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from hospital_mediation.domain.deadlines import DeadlineKind, DeadlineState
from hospital_mediation.domain.taxonomy import (
    Category,
    Channel,
    OnvsLevel,
    Outcome,
    PartyRelation,
    Profession,
    RecordKind,
    ReporterRole,
    ViolenceOrigin,
)
from hospital_mediation.domain.workflow import Status
from hospital_mediation.gui import i18n

_CONTEXT = "Labels"

# (value, text) pairs, not a dict: values of different enumerations may be equal strings
# (Status.ORIENTATION and RecordKind.ORIENTATION are both "orientation").
_PAIRS: tuple[tuple[object, Any], ...] = (  # QT_TRANSLATE_NOOP marks them for lupdate; it returns its text
    (Status.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (Status.FILED, QT_TRANSLATE_NOOP("Labels", "Filed")),
    (Status.ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Acknowledged")),
    (Status.UNDER_REVIEW, QT_TRANSLATE_NOOP("Labels", "Under review")),
    (Status.ORIENTATION, QT_TRANSLATE_NOOP("Labels", "Orientation")),
    (Status.MEASURES, QT_TRANSLATE_NOOP("Labels", "Measures")),
    (Status.REFERRED_TO_MEDIATION, QT_TRANSLATE_NOOP("Labels", "Referred to mediation")),
    (Status.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (Category.VIOLENCE, QT_TRANSLATE_NOOP("Labels", "Violence")),
    (Category.DISCRIMINATION, QT_TRANSLATE_NOOP("Labels", "Discrimination")),
    (Category.MORAL_HARASSMENT, QT_TRANSLATE_NOOP("Labels", "Moral harassment")),
    (Category.SEXUAL_HARASSMENT, QT_TRANSLATE_NOOP("Labels", "Sexual harassment")),
    (Category.SEXIST_ACT, QT_TRANSLATE_NOOP("Labels", "Sexist act")),
    (Category.WORKPLACE_CONFLICT, QT_TRANSLATE_NOOP("Labels", "Workplace conflict")),
    (OnvsLevel.INSULTS, QT_TRANSLATE_NOOP("Labels", "Level 1: insults, provocation, remarks")),
    (OnvsLevel.THREATS, QT_TRANSLATE_NOOP("Labels", "Level 2: threats")),
    (OnvsLevel.VIOLENCE, QT_TRANSLATE_NOOP("Labels", "Level 3: physical violence")),
    (OnvsLevel.SERIOUS_VIOLENCE, QT_TRANSLATE_NOOP("Labels", "Level 4: armed or sexual violence, sequestration")),
    (Outcome.INADMISSIBLE, QT_TRANSLATE_NOOP("Labels", "Inadmissible")),
    (Outcome.NOT_SUBSTANTIATED, QT_TRANSLATE_NOOP("Labels", "Not substantiated")),
    (Outcome.MEASURES_TAKEN, QT_TRANSLATE_NOOP("Labels", "Measures taken")),
    (Outcome.MEDIATION_AGREEMENT, QT_TRANSLATE_NOOP("Labels", "Mediation agreement")),
    (Outcome.MEDIATION_FAILED, QT_TRANSLATE_NOOP("Labels", "Mediation failed")),
    (Outcome.REDIRECTED, QT_TRANSLATE_NOOP("Labels", "Redirected to another authority")),
    (Outcome.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (Outcome.DISCIPLINARY_PROCEEDINGS, QT_TRANSLATE_NOOP("Labels", "Disciplinary proceedings")),
    (Outcome.JUDICIAL_PROCEEDINGS, QT_TRANSLATE_NOOP("Labels", "Judicial proceedings")),
    (DeadlineKind.ACKNOWLEDGEMENT, QT_TRANSLATE_NOOP("Labels", "Acknowledgement")),
    (DeadlineKind.FEEDBACK, QT_TRANSLATE_NOOP("Labels", "Feedback")),
    (DeadlineKind.MEDIATOR_ACKNOWLEDGEMENT, QT_TRANSLATE_NOOP("Labels", "Mediator's acknowledgement")),
    (DeadlineKind.MEDIATION, QT_TRANSLATE_NOOP("Labels", "Mediation")),
    (DeadlineState.PENDING, QT_TRANSLATE_NOOP("Labels", "pending")),
    (DeadlineState.DUE_SOON, QT_TRANSLATE_NOOP("Labels", "due soon")),
    (DeadlineState.OVERDUE, QT_TRANSLATE_NOOP("Labels", "overdue")),
    (DeadlineState.MET, QT_TRANSLATE_NOOP("Labels", "met")),
    (DeadlineState.MET_LATE, QT_TRANSLATE_NOOP("Labels", "met late")),
    (Channel.WRITTEN, QT_TRANSLATE_NOOP("Labels", "Written")),
    (Channel.ORAL, QT_TRANSLATE_NOOP("Labels", "Oral")),
    (Channel.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (ReporterRole.VICTIM, QT_TRANSLATE_NOOP("Labels", "Victim")),
    (ReporterRole.WITNESS, QT_TRANSLATE_NOOP("Labels", "Witness")),
    (ViolenceOrigin.INTERNAL, QT_TRANSLATE_NOOP("Labels", "Between staff")),
    (ViolenceOrigin.EXTERNAL, QT_TRANSLATE_NOOP("Labels", "From outside (patients, visitors)")),
    (PartyRelation.PRESUMED_AUTHOR, QT_TRANSLATE_NOOP("Labels", "Presumed author")),
    (PartyRelation.VICTIM, QT_TRANSLATE_NOOP("Labels", "Victim")),
    (PartyRelation.WITNESS, QT_TRANSLATE_NOOP("Labels", "Witness")),
    (PartyRelation.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (RecordKind.ORIENTATION, QT_TRANSLATE_NOOP("Labels", "Orientation")),
    (RecordKind.MEASURE, QT_TRANSLATE_NOOP("Labels", "Measure")),
    (RecordKind.NOTE, QT_TRANSLATE_NOOP("Labels", "Note")),
    (RecordKind.EXCHANGE, QT_TRANSLATE_NOOP("Labels", "Exchange")),
    (Profession.NURSE, QT_TRANSLATE_NOOP("Labels", "Nurse")),
    (Profession.NURSING_ASSISTANT, QT_TRANSLATE_NOOP("Labels", "Nursing assistant")),
    (Profession.DOCTOR, QT_TRANSLATE_NOOP("Labels", "Doctor")),
    (Profession.INTERN, QT_TRANSLATE_NOOP("Labels", "Intern")),
    (Profession.MIDWIFE, QT_TRANSLATE_NOOP("Labels", "Midwife")),
    (Profession.PHARMACIST, QT_TRANSLATE_NOOP("Labels", "Pharmacist")),
    (Profession.MEDICAL_TECHNICIAN, QT_TRANSLATE_NOOP("Labels", "Medical technician")),
    (Profession.REHABILITATION, QT_TRANSLATE_NOOP("Labels", "Rehabilitation professional")),
    (Profession.PSYCHOLOGIST, QT_TRANSLATE_NOOP("Labels", "Psychologist")),
    (Profession.SOCIAL_WORKER, QT_TRANSLATE_NOOP("Labels", "Social worker")),
    (Profession.STUDENT, QT_TRANSLATE_NOOP("Labels", "Student")),
    (Profession.ADMINISTRATIVE, QT_TRANSLATE_NOOP("Labels", "Administrative staff")),
    (Profession.TECHNICAL, QT_TRANSLATE_NOOP("Labels", "Technical staff")),
    (Profession.MANAGER, QT_TRANSLATE_NOOP("Labels", "Manager")),
    (Profession.DIRECTOR, QT_TRANSLATE_NOOP("Labels", "Director")),
    (Profession.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
)
_NAMES: dict[tuple[type, object], Any] = {(type(value), value): text for value, text in _PAIRS}


def label(value: object | None) -> str:
    """The translated name of a domain value; an empty string for None."""
    if value is None:
        return ""
    return _label(value, i18n.generation)


@lru_cache(maxsize=1024, typed=True)
def _label(value: object, _generation: int) -> str:  # tens of thousands of calls when a list is built
    name = _NAMES.get((type(value), value))
    return QCoreApplication.translate(_CONTEXT, str(name)) if name else str(value)


def short_level(level: OnvsLevel | None) -> str:
    return QCoreApplication.translate("Labels", "L%1").replace("%1", str(int(level))) if level else ""


def local_date(value: date | None) -> str:
    """A date in the user's locale (short form)."""
    if value is None:
        return ""
    return _local_date(value, i18n.generation)


@lru_cache(maxsize=8192)
def _local_date(value: date, _generation: int) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def local_date_time(value: datetime) -> str:
    """A moment in the user's time zone and locale (short form); a naive value is taken as local."""
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def human_size(size: int) -> str:
    """A size in the user's locale, in binary units ("1,5 Mio" in French)."""
    return QLocale().formattedDataSize(size, 1)
