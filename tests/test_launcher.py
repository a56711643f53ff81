"""The same command opens the application, or runs a command when one is given."""

from __future__ import annotations

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
