"""The vault settings: one sealed, versioned, audited row (defaults until first saved)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from hospital_mediation.domain import codec
from hospital_mediation.domain.settings import VaultSettings
from hospital_mediation.errors import ConcurrentEditError
from hospital_mediation.store import rows
from hospital_mediation.store.schema import SETTINGS_ID, SettingsRow

if TYPE_CHECKING:
    from hospital_mediation.store.vault import Vault


class SettingsRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self) -> tuple[VaultSettings, int]:
        """The settings and their version (0: never saved, the defaults)."""
        cipher = self._vault.keys.vault_cipher
        with self._vault.reading() as session:
            row = session.get(SettingsRow, SETTINGS_ID)
            if row is None:
                return VaultSettings(), 0
            data = cipher.open_json(row.payload, "settings", "payload", row.id, row.row_version)
            return rows.decode_stored(VaultSettings, data, "settings"), row.row_version

    def save(self, settings: VaultSettings, version: int) -> int:
        """Save over ``version``; :class:`ConcurrentEditError` if someone saved first. Returns the new version."""
        settings.check()
        cipher = self._vault.keys.vault_cipher
        new_version = version + 1
        payload = cipher.seal_json(codec.encode(settings), "settings", "payload", SETTINGS_ID, new_version)
        values = {"id": SETTINGS_ID, "row_version": new_version, "payload": payload}
        with self._vault.transaction() as tx:
            if version == 0:
                if tx.session.get(SettingsRow, SETTINGS_ID) is not None:
                    raise ConcurrentEditError("settings", "vault settings")
                tx.session.execute(insert(SettingsRow), [values])
            else:
                current = tx.session.execute(
                    select(SettingsRow.__table__).where(SettingsRow.id == SETTINGS_ID)).mappings().first()
                if current is not None and current["row_version"] == version:
                    rows.check_unchanged(tx, "settings", current)
                result = tx.session.execute(
                    update(SettingsRow).where(SettingsRow.id == SETTINGS_ID, SettingsRow.row_version == version)
                    .values(row_version=new_version, payload=payload))
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    raise ConcurrentEditError("settings", "vault settings")
            tx.audit("settings.changed", None, [rows.ref("settings", values)], codec.encode(settings))
        return new_version
