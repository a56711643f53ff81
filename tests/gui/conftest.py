"""GUI test fixtures: a guard against unexpected modal dialogs, vaults with demo cases, and waiting
for background tasks (never time.sleep: qtbot.waitUntil / waitSignal)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from hospital_mediation.crypto import kdf
from hospital_mediation.demo import demo_cases
from hospital_mediation.domain.model import NewCase
from hospital_mediation.gui import i18n
from hospital_mediation.gui.session import VaultSession
from hospital_mediation.gui.workers import busy
from hospital_mediation.store import Vault
from tests.conftest import PASSPHRASE


class UnexpectedModal(AssertionError):
    pass


class ModalGuard:
    """Offscreen, a modal dialog nobody answers blocks the test forever: every blocking dialog call
    fails at once unless the test queued an answer with :meth:`expect`."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, Any]] = []
        self.seen: list[str] = []

    def expect(self, kind: str, answer: Any) -> None:
        """Answer the next blocking dialog of ``kind`` (e.g. "QFileDialog.getSaveFileName")."""
        self.answers.append((kind, answer))

    def answer(self, kind: str, *args: Any) -> Any:
        self.seen.append(kind)
        if self.answers and self.answers[0][0] == kind:
            return self.answers.pop(0)[1]
        raise UnexpectedModal(f"unexpected modal dialog: {kind} {args[:2]!r}")


@pytest.fixture(autouse=True, scope="session")
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The language and window geometry the tests choose never reach the user's own settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    return folder


@pytest.fixture(autouse=True, scope="session")
def english(qapp: Any, private_settings: Path) -> None:
    """Tests read the English a user sees (plural forms and all), from the built translations."""
    i18n.install("en")


@pytest.fixture(autouse=True)
def modal_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModalGuard]:
    guard = ModalGuard()

    def blocking(kind: str) -> Callable[..., Any]:
        return lambda *args, **kwargs: guard.answer(kind, *args)

    monkeypatch.setattr(QDialog, "exec", lambda self: guard.answer(f"{type(self).__name__}.exec"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: guard.answer("QMessageBox.exec", self.text()))
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(blocking(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(blocking(f"QFileDialog.{name}")))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(blocking(f"QInputDialog.{name}")))
    yield guard
    assert not guard.answers, f"expected dialogs did not appear: {guard.answers}"


def wait_for_tasks(qtbot: Any, timeout: int = 20_000) -> None:
    """Wait until every background task has finished and delivered its signals."""
    qtbot.waitUntil(lambda: not busy(), timeout=timeout)


@pytest.fixture
def demo_vault(tmp_path: Path, fast_kdf: kdf.KdfPolicy) -> Iterator[Vault]:
    """An unlocked SQLite vault with 30 demo cases (the CLI demo's data, created through the core)."""
    vault, _ = Vault.create(tmp_path / "vault.hmv", PASSPHRASE, "Claire D.")
    anchor = date(2026, 11, 20)
    vault.cases.create_many([demo.case for demo in demo_cases(30, 7, anchor)], today=anchor)
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def session(demo_vault: Vault) -> Iterator[VaultSession]:
    """A session over the demo vault (unlocked); its application-wide event filter goes with it."""
    session = VaultSession(demo_vault)
    yield session
    QApplication.instance().removeEventFilter(session)  # type: ignore[union-attr]


@pytest.fixture
def case_id(demo_vault: Vault) -> uuid.UUID:
    """A new, empty case in the demo vault."""
    return demo_vault.cases.create(NewCase()).id
