"""Counts of reports for indicators (DOMAIN.md, "Indicators for an action-plan PDF"): the cases in
the vault and the tombstones of deleted ones count alike, so that deleting a case at the end of its
retention period does not change last year's figures.

A draft is not a report yet: it is not counted, alive or deleted (tombstones written before they
said so count as filed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hospital_mediation.domain.taxonomy import Category, OnvsLevel, Outcome
from hospital_mediation.domain.workflow import Status
from hospital_mediation.errors import ValidationError

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault

DIMENSIONS = ("month", "category", "onvs_level", "unit", "outcome")  # what a tombstone keeps


@dataclass(frozen=True)
class Counted:
    """A report as the statistics see it: what its tombstone keeps once it is deleted."""

    month: str  # YYYY-MM the case was opened
    category: Category | None
    onvs_level: OnvsLevel | None
    unit: str
    outcome: Outcome | None
    deleted: bool


def counted_cases(vault: Vault) -> list[Counted]:
    """Every report the statistics count: the filed cases of the vault, then the deleted ones."""
    live = [Counted(summary.opened_on.strftime("%Y-%m"), summary.category, summary.onvs_level, summary.unit,
                    summary.outcome, deleted=False)
            for summary in vault.cases.list_summaries() if summary.status is not Status.DRAFT]
    gone = [Counted(t.month, t.category, t.onvs_level, t.unit, t.outcome, deleted=True)
            for t in vault.retention.tombstones() if t.filed]
    return live + gone


def counts(vault: Vault, by: Sequence[str]) -> Counter[tuple[str, ...]]:
    """How many reports for each combination of the ``by`` dimensions (values as stored: an
    enumeration's value, a unit's text, "" when not given)."""
    unknown = [name for name in by if name not in DIMENSIONS]
    if unknown or not by:
        raise ValidationError("by", f"choose among {', '.join(DIMENSIONS)}")
    result: Counter[tuple[str, ...]] = Counter()
    for case in counted_cases(vault):
        values = [getattr(case, name) for name in by]
        result[tuple("" if value is None else str(getattr(value, "value", value)) for value in values)] += 1
    return result
