"""Starting the desktop application: the first window appears before the heavy modules load.

The unlock window needs only Qt and a few light modules; the storage stack (SQLAlchemy, Alembic,
cryptography) and the main window are imported after it is on screen, and the vault is opened in
the background meanwhile.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from hospital_mediation import __version__
from hospital_mediation.gui import i18n
from hospital_mediation.gui.unlock_window import UnlockWindow
from hospital_mediation.paths import default_vault_path


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hospital-mediation", description="Open the desktop application.")
    parser.add_argument("--vault", metavar="PATH", help="the vault file (default: your data folder)")
    parser.add_argument("--language", choices=i18n.LANGUAGES, help="fr or en (default: the system's)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def qt_application() -> QApplication:
    existing = QApplication.instance()
    qt = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qt.setApplicationName("hospital-mediation")
    qt.setOrganizationName("hospital-mediation")
    qt.setApplicationDisplayName("Hospital Mediation")
    return qt


def show_first_window(path: Path) -> QWidget | None:
    """The unlock window, shown at once, when the vault exists (the first run has a wizard instead)."""
    if not path.exists():
        return None
    window = UnlockWindow(location=str(path))
    window.show()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    qt = qt_application()
    i18n.install(args.language or i18n.chosen_language())
    path = Path(args.vault).expanduser() if args.vault else default_vault_path()
    first = show_first_window(path)
    qt.processEvents()  # paint it now

    from hospital_mediation.gui.application import Application
    from hospital_mediation.store import VaultLocation

    application = Application(VaultLocation(path=path), first if isinstance(first, UnlockWindow) else None)
    application.start()
    return int(qt.exec())
