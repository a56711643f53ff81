"""Every file dialog of the application is Qt's own: the desktop's (GTK, or the portal) adds the files
chosen to the system's list of recently used files (~/.local/share/recently-used.xbel), where anyone
at this computer could read the names of exported attachments."""

from __future__ import annotations

import ast
from pathlib import Path

import hospital_mediation.gui

GUI = Path(hospital_mediation.gui.__file__).parent


def file_dialog_calls() -> list[tuple[str, ast.Call]]:
    """The calls ``QFileDialog.get…(…)`` in the GUI's modules (the generated forms have none)."""
    calls = []
    for module in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "QFileDialog"
                    and node.func.attr.startswith("get")):
                calls.append((f"{module.relative_to(GUI)}:{node.lineno}", node))
    return calls


def test_every_file_dialog_is_qt_s_own() -> None:
    calls = file_dialog_calls()
    assert len(calls) >= 5  # add files, export, a journal entry's files, the vault's place, the recovery key
    native = [where for where, call in calls
              if not any(keyword.arg == "options" and "DontUseNativeDialog" in ast.unparse(keyword.value)
                         for keyword in call.keywords)]
    assert native == []
