"""Statistics count the reports of the vault and the tombstones of deleted ones alike."""

from __future__ import annotations

from datetime import date

import pytest

from hospital_mediation.domain.model import NewCase, Report
from hospital_mediation.domain.taxonomy import Category, OnvsLevel
from hospital_mediation.errors import ValidationError
from hospital_mediation.store import Vault
from hospital_mediation.store.statistics import counts


def test_deleting_a_case_leaves_the_counts_unchanged(vault: Vault) -> None:
    received = date(2026, 3, 2)
    for category, unit in ((Category.VIOLENCE, "Urgences"), (Category.VIOLENCE, "Urgences"),
                           (Category.MORAL_HARASSMENT, "Pharmacie")):
        vault.cases.create(NewCase(report=Report(category=category, unit=unit,
                                                 onvs_level=OnvsLevel.THREATS if category is Category.VIOLENCE
                                                 else None),
                                   received_on=received, opened_on=received))
    vault.cases.create(NewCase(report=Report(category=Category.SEXIST_ACT)))  # a draft: not a report yet
    before = counts(vault, ["month", "category", "unit"])
    assert before == {("2026-03", "violence", "Urgences"): 2, ("2026-03", "moral_harassment", "Pharmacie"): 1}
    by_level = counts(vault, ["onvs_level"])
    assert by_level == {("2",): 2, ("",): 1}  # "" : not graded

    victim = next(s for s in vault.cases.list_summaries() if s.unit == "Urgences")
    vault.retention.delete_case(victim.id, reason="manual")
    assert counts(vault, ["month", "category", "unit"]) == before  # the tombstone still counts
    assert counts(vault, ["onvs_level"]) == by_level


def test_only_the_kept_dimensions_can_be_counted(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="choose among month, category"):
        counts(vault, ["reporter"])
    with pytest.raises(ValidationError):
        counts(vault, [])


def test_deleting_a_draft_adds_nothing(vault: Vault) -> None:
    draft = vault.cases.create(NewCase(report=Report(category=Category.SEXIST_ACT)))
    assert counts(vault, ["category"]) == {}
    tombstone = vault.retention.delete_case(draft.id, reason="manual")
    assert not tombstone.filed and counts(vault, ["category"]) == {}
