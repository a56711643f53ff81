"""Only hospital_mediation.gui may import Qt: the core must run headless and be testable alone."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import hospital_mediation

ROOT = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(hospital_mediation.__path__, "hospital_mediation."):
        if info.name == "hospital_mediation.gui" or info.name.startswith("hospital_mediation.gui."):
            continue
        if ".migrations." in info.name or info.name.endswith(".__main__"):
            continue  # Alembic scripts run inside Alembic; __main__ runs the CLI
        names.append(info.name)
    return names


def test_core_modules_are_found() -> None:
    names = core_modules()
    assert "hospital_mediation.store.vault" in names
    assert "hospital_mediation.cli" in names


def test_no_core_module_loads_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
        "assert not any(m.startswith('hospital_mediation.gui') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
