"""Categories and reference lists of a report (DOMAIN.md §6 and "Fields of a report").

Values are stable lowercase identifiers stored inside encrypted records; the GUI shows
translated labels. Docstrings give the plain meaning the guided report explains.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Category(StrEnum):
    """Decree 2020-256 categories, plus workplace conflict (not every conflict is harassment)."""

    VIOLENCE = "violence"
    DISCRIMINATION = "discrimination"
    MORAL_HARASSMENT = "moral_harassment"
    SEXUAL_HARASSMENT = "sexual_harassment"
    SEXIST_ACT = "sexist_act"
    WORKPLACE_CONFLICT = "workplace_conflict"


class OnvsLevel(IntEnum):
    """ONVS severity for attacks on persons, graded on penal-code lines."""

    INSULTS = 1  # insults, provocation, discriminatory or sexual remarks, nuisance
    THREATS = 2  # threats to physical integrity, death threats, carrying a weapon
    VIOLENCE = 3  # wilful violence: pushing, spitting, blows, strangling
    SERIOUS_VIOLENCE = 4  # armed violence, rape, sequestration


class ViolenceOrigin(StrEnum):
    """INRS: between people of the establishment, or from outside (patients, visitors)."""

    INTERNAL = "internal"
    EXTERNAL = "external"


class Channel(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"
    MEETING = "meeting"


class ReporterRole(StrEnum):
    VICTIM = "victim"
    WITNESS = "witness"


class PartyRelation(StrEnum):
    PRESUMED_AUTHOR = "presumed_author"
    VICTIM = "victim"
    WITNESS = "witness"
    OTHER = "other"


class Profession(StrEnum):
    NURSE = "nurse"
    NURSING_ASSISTANT = "nursing_assistant"
    DOCTOR = "doctor"
    INTERN = "intern"
    MIDWIFE = "midwife"
    PHARMACIST = "pharmacist"
    MEDICAL_TECHNICIAN = "medical_technician"
    REHABILITATION = "rehabilitation"
    PSYCHOLOGIST = "psychologist"
    SOCIAL_WORKER = "social_worker"
    STUDENT = "student"
    ADMINISTRATIVE = "administrative"
    TECHNICAL = "technical"
    MANAGER = "manager"
    DIRECTOR = "director"
    OTHER = "other"


class Outcome(StrEnum):
    """How a case was closed; retention periods depend on it."""

    INADMISSIBLE = "inadmissible"
    NOT_SUBSTANTIATED = "not_substantiated"
    MEASURES_TAKEN = "measures_taken"
    MEDIATION_AGREEMENT = "mediation_agreement"
    MEDIATION_FAILED = "mediation_failed"
    REDIRECTED = "redirected"
    WITHDRAWN = "withdrawn"
    DISCIPLINARY_PROCEEDINGS = "disciplinary_proceedings"
    JUDICIAL_PROCEEDINGS = "judicial_proceedings"


class RecordKind(StrEnum):
    """Items kept beside a case's report."""

    ORIENTATION = "orientation"  # towards support (occupational health, psychologist) or an authority
    MEASURE = "measure"  # protection, inquiry, sanction, mediation
    NOTE = "note"
    EXCHANGE = "exchange"  # a message to or from the reporting person
