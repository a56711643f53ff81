"""Where things live on this computer (platformdirs); cheap to import, no storage code."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "hospital-mediation"
VAULT_SUFFIX = ".hmv"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    """The vault used when none is named: ``vault.hmv`` in the user's data folder."""
    return data_dir() / f"vault{VAULT_SUFFIX}"
