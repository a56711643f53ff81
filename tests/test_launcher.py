"""The same command opens the application, or runs a command when one is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from hospital_mediation import launcher


@pytest.mark.parametrize(("argv", "gui"), [
    ([], True),
    (["--vault", "/tmp/x.hmv"], True),
    (["--vault=/tmp/x.hmv", "--language", "fr"], True),
    (["case", "list"], False),
    (["--vault", "/tmp/x.hmv", "case", "list"], False),
    (["--help"], False),
    (["--version"], False),
    (["demo"], False),
])
def test_wants_gui(argv: list[str], gui: bool) -> None:
    assert launcher.wants_gui(argv) is gui


def test_commands_still_run(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        launcher.main(["--version"])
    assert caught.value.code == 0
    assert "hospital-mediation" in capsys.readouterr().out


def test_the_first_window_does_not_wait_for_the_storage_stack() -> None:
    """The unlock window shows before SQLAlchemy and cryptography load (gui/app.py)."""
    import subprocess
    import sys

    probe = ("import sys, hospital_mediation.launcher, hospital_mediation.gui.app; "
             "print(sorted(m for m in ('sqlalchemy', 'cryptography', 'alembic') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout.strip()
    assert loaded == "[]"


def test_the_unlock_window_shows_before_the_qt_namespace_is_built(tmp_path: Path) -> None:
    """PySide6 builds the enumerations of ``Qt`` (hundreds) at its first use: 15 ms of start-up, half the
    budget over a bare window. The unlock window is shown without it."""
    import subprocess
    import sys

    vault = tmp_path / "vault.hmv"
    vault.write_bytes(b"")  # an existing file: the unlock window, not the creation wizard
    probe = ("import sys; from PySide6 import QtCore; from hospital_mediation.gui import app as start; "
             "application = start.qt_application(); window = start.show_first_window(sys.argv[1]); "
             "application.processEvents(); print(window.isVisible(), 'Qt' in vars(QtCore))")
    shown = subprocess.run([sys.executable, "-c", probe, str(vault)], capture_output=True, text=True, check=True,
                           env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout.split()
    assert shown == ["True", "False"]
