"""Storage: schema, engines, the vault, and the repositories that seal and open rows."""

from hospital_mediation.paths import default_vault_path
from hospital_mediation.store.database import VaultLocation
from hospital_mediation.store.vault import Vault

__all__ = ["Vault", "VaultLocation", "default_vault_path"]
