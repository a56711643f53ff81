"""Compiled Designer forms are never edited by hand and never stale."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _without_header(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if "Created by: Qt User Interface Compiler" not in line)


def _tool(name: str) -> str:
    path = ROOT / ".venv" / "bin" / name
    return str(path) if path.exists() else name


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_compiled_form_is_up_to_date(form: Path, tmp_path: Path) -> None:
    """As `make forms` makes it: pyside6-uic, then ruff removes the imports the form does not use."""
    compiled_path = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([_tool("pyside6-uic"), str(form), "-o", str(compiled_path)], check=True, cwd=ROOT)
    subprocess.run([_tool("ruff"), "check", "--isolated", "--select", "F401", "--fix", "--quiet", str(compiled_path)],
                   check=True, cwd=ROOT)
    compiled = compiled_path.read_text()
    committed = ROOT / "hospital_mediation" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert committed.exists(), f"run `make forms`: {committed.name} is missing"
    assert _without_header(committed.read_text()) == _without_header(compiled), f"run `make forms`: {committed.name}"


def test_every_compiled_form_has_its_ui_file() -> None:
    compiled = {p.stem.removeprefix("ui_") for p in (ROOT / "hospital_mediation" / "gui" / "forms").glob("ui_*.py")}
    assert compiled == {f.stem for f in FORMS}
