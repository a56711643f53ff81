"""Case keys are opened lazily; a key that arrived by HPKE is re-wrapped locally on first use."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select, update

from hospital_mediation.crypto import key_wrap
from hospital_mediation.domain.model import NewCase, NewJournalEntry, Report
from hospital_mediation.store import Vault
from hospital_mediation.store.schema import CaseKeyWrap, Member, VaultHeader
from tests.store.test_tamper import raw, reopen


def test_keys_open_on_first_use(vault: Vault) -> None:
    first = vault.cases.create(NewCase(report=Report(unit="A"), journal=[NewJournalEntry("x")]))
    vault.cases.create(NewCase(report=Report(unit="B")))
    location = vault.location
    vault.close()
    with reopen(location) as again:
        assert again.keys.loaded_case_ids() == []
        assert [e.text for e in again.journal.list(first.id)] == ["x"]  # opens only this key
        assert again.keys.loaded_case_ids() == [first.id]
        assert len(again.cases.list_summaries()) == 2
        assert sorted(again.keys.loaded_case_ids()) == sorted(s.id for s in again.cases.list_summaries())


def test_hpke_wrap_is_rewrapped_locally_once_opened(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Partagé")))
    key = vault.keys.case_key(case.id)
    location = vault.location
    vault.close()
    with raw(location) as connection:
        member_id, public = connection.execute(select(Member.id, Member.x25519_public)).one()
        vault_id = connection.execute(select(VaultHeader.vault_id)).scalar_one()
        shared = key_wrap.wrap_for_public_key(key, X25519PublicKey.from_public_bytes(public),
                                              key_wrap.wrap_context(vault_id, "case", case.id, member_id))
        connection.execute(update(CaseKeyWrap).values(method="hpke", wrapped=shared))
    with reopen(location) as again:
        assert again.cases.list_summaries()[0].unit == "Partagé"
    with raw(location) as connection:
        assert connection.execute(select(CaseKeyWrap.method)).scalar_one() == "local"
    with reopen(location) as again:
        assert again.cases.get(case.id).report.unit == "Partagé"
