"""How long a closed case is kept, by outcome (DOMAIN.md §4), and what survives its deletion.

Defaults, editable in the vault settings:

* an inadmissible report is destroyed 2 months after closure (CNIL 2019-139, arrêté 22/04/2025);
* an admissible one without proceedings is kept 12 months after closure, the ministerial
  practice of one year after the last message to the reporter (closure is that message or
  comes after it);
* with disciplinary or judicial proceedings, until they end: no automatic date, the handler
  decides (``None``).

Deletion crypto-shreds the case and keeps an anonymous tombstone that statistics still count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hospital_mediation.domain.deadlines import add_months
from hospital_mediation.domain.model import CaseSummary
from hospital_mediation.domain.taxonomy import Category, OnvsLevel, Outcome
from hospital_mediation.domain.workflow import Status

DEFAULT_RETENTION_MONTHS: dict[Outcome, int | None] = {
    Outcome.INADMISSIBLE: 2,
    Outcome.NOT_SUBSTANTIATED: 12,
    Outcome.MEASURES_TAKEN: 12,
    Outcome.MEDIATION_AGREEMENT: 12,
    Outcome.MEDIATION_FAILED: 12,
    Outcome.REDIRECTED: 12,
    Outcome.WITHDRAWN: 12,
    Outcome.DISCIPLINARY_PROCEEDINGS: None,
    Outcome.JUDICIAL_PROCEEDINGS: None,
}


@dataclass
class RetentionPolicy:
    """Months to keep a closed case, by outcome; ``None``: until a handler decides."""

    months: dict[Outcome, int | None] = field(default_factory=lambda: dict(DEFAULT_RETENTION_MONTHS))

    def deletion_due_on(self, outcome: Outcome | None, closed_on: date | None) -> date | None:
        if outcome is None or closed_on is None:
            return None
        months = self.months.get(outcome, DEFAULT_RETENTION_MONTHS[outcome])
        return None if months is None else add_months(closed_on, months)

    def due_for_deletion(self, summary: CaseSummary, today: date) -> bool:
        if summary.status is not Status.CLOSED:
            return False
        due = self.deletion_due_on(summary.outcome, summary.closed_on)
        return due is not None and due <= today


@dataclass(frozen=True)
class Tombstone:
    """What remains of a deleted case: no id, no reference, no names, no text, no exact date."""

    month: str  # YYYY-MM the case was opened
    category: Category | None
    onvs_level: OnvsLevel | None
    unit: str
    outcome: Outcome | None
    deleted_on: date
    filed: bool = True  # False: a draft, never a report, which statistics do not count
