"""Case keys are opened lazily; a key that arrived by HPKE is re-wrapped locally on first use."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import delete, select, update

from hospital_mediation.crypto import key_wrap
from hospital_mediation.domain.model import NewCase, NewJournalEntry, Report
from hospital_mediation.errors import AuditIntegrityError, DecryptionError
from hospital_mediation.store import Vault, VaultLocation
from hospital_mediation.store.schema import CaseKeyWrap, Counter, Member, VaultHeader
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


def _share_to_self(vault: Vault, case_id: object, signed: bool) -> VaultLocation:
    """Replace the case's local wrap by an HPKE wrap, as another member sharing it would write."""
    key = vault.keys.case_key(case_id)  # type: ignore[arg-type]
    signer = vault.keys.secrets.signing_key
    location = vault.location
    vault.close()
    with raw(location) as connection:
        member_id, public = connection.execute(select(Member.id, Member.x25519_public)).one()
        vault_id = connection.execute(select(VaultHeader.vault_id)).scalar_one()
        context = key_wrap.wrap_context(vault_id, "case", case_id, member_id)  # type: ignore[arg-type]
        shared = key_wrap.wrap_for_public_key(key, X25519PublicKey.from_public_bytes(public), context)
        signature = signer.sign(key_wrap.share_statement(context, shared)) if signed else None
        connection.execute(update(CaseKeyWrap).values(method="hpke", wrapped=shared,
                                                      sharer_id=member_id if signed else None, signature=signature))
    return location


def test_signed_hpke_wrap_is_rewrapped_locally_once_opened(vault: Vault) -> None:
    case = vault.cases.create(NewCase(report=Report(unit="Partagé")))
    location = _share_to_self(vault, case.id, signed=True)
    with reopen(location) as again:
        assert again.cases.list_summaries()[0].unit == "Partagé"
        assert again.audit.entries()[-1].action == "case.key_rewrapped"
    with raw(location) as connection:
        assert connection.execute(select(CaseKeyWrap.method)).scalar_one() == "local"
    with reopen(location) as again:
        assert again.cases.get(case.id).report.unit == "Partagé"


def test_unsigned_hpke_wrap_is_refused(vault: Vault) -> None:
    """Anyone can encrypt to a member's public key: a wrap no member signed is not trusted."""
    case = vault.cases.create(NewCase(report=Report(unit="Vrai")))
    location = _share_to_self(vault, case.id, signed=False)
    with reopen(location) as again:
        assert again.cases.list_summaries() == []
        assert "not shared by a member" in again.cases.damaged[case.id]
        with pytest.raises(DecryptionError, match="not shared by a member"):
            again.cases.get(case.id)
    with raw(location) as connection:
        assert connection.execute(select(CaseKeyWrap.method)).scalar_one() == "hpke"  # nothing trusted it


def test_deleted_wrap_is_detected(vault: Vault) -> None:
    case = vault.cases.create(NewCase())
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(delete(CaseKeyWrap).where(CaseKeyWrap.case_id == case.id))
    with reopen(location) as again:
        assert again.cases.list_summaries() == []
        with pytest.raises(AuditIntegrityError, match="case_key_wraps was deleted outside"):
            again.audit.verify()


def test_rolled_back_counter_is_detected(vault: Vault) -> None:
    vault.cases.create(NewCase())
    location = vault.location
    vault.close()
    with raw(location) as connection:
        connection.execute(update(Counter).values(value=0))
    with reopen(location) as again, pytest.raises(AuditIntegrityError, match="counters"):
        again.audit.verify()
