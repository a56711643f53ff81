"""Which vault the application opens, and what the first window says about it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from hospital_mediation.gui import app


def arguments(vault: str | None = None) -> argparse.Namespace:
    return app.parse_arguments(["--vault", vault] if vault else [])


def test_the_vault_is_the_option_then_the_environment_then_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOSPITAL_MEDIATION_VAULT", raising=False)
    assert app.chosen_vault(arguments()).endswith("vault.hmv")
    monkeypatch.setenv("HOSPITAL_MEDIATION_VAULT", "/srv/team.hmv")
    assert app.chosen_vault(arguments()) == "/srv/team.hmv"
    assert app.chosen_vault(arguments("/tmp/mine.hmv")) == "/tmp/mine.hmv"


def test_a_database_url_is_named_without_its_password() -> None:
    shown = app.shown_name("postgresql+psycopg://claire:s3cret@db.example.org:5432/vault")
    assert shown == "postgresql+psycopg://claire:***@db.example.org:5432/vault"
    assert app.shown_name("postgresql+psycopg://db.example.org/vault") == "postgresql+psycopg://db.example.org/vault"


def test_the_unlock_window_comes_first_for_a_url_and_an_existing_file(qtbot: Any, tmp_path: Path) -> None:
    assert app.show_first_window(str(tmp_path / "missing.hmv")) is None  # the creation wizard instead
    existing = tmp_path / "vault.hmv"
    existing.write_bytes(b"")
    for vault in (str(existing), "postgresql+psycopg://claire:s3cret@localhost/vault"):
        window = app.show_first_window(vault)
        assert window is not None
        qtbot.addWidget(window)
        assert window.isVisible() and "s3cret" not in window.form.vaultLabel.text()
