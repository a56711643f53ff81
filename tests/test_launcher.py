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
