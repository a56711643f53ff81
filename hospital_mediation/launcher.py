"""``hospital-mediation``: the desktop application, or a command when one is given.

    hospital-mediation [--vault PATH] [--language fr|en]   opens the application
    hospital-mediation COMMAND ...                          runs a command (see --help)

The core never imports the GUI; this entry point loads it by name only when it is wanted.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

GUI_OPTIONS = {"--vault", "--language"}


def wants_gui(argv: Sequence[str]) -> bool:
    """No command word, only options the application understands."""
    words = list(argv)
    while words:
        word = words.pop(0)
        name = word.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        if "=" not in word and words:
            words.pop(0)  # its value
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(arguments):
        application = importlib.import_module("hospital_mediation.gui.app")
        return int(application.main(arguments))
    from hospital_mediation import cli  # the storage stack: not before the application's first window

    return cli.main(arguments)
