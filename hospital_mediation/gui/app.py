"""Starting the desktop application: the first window appears before the heavy modules load.

The unlock window needs only Qt and a few light modules; the storage stack (SQLAlchemy, Alembic,
cryptography) and the main window are imported after it is on screen, and the vault is opened in
the background meanwhile.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtWidgets import QApplication, QWidget

from hospital_mediation import __version__
from hospital_mediation.gui import i18n
from hospital_mediation.gui.unlock_window import UnlockWindow
from hospital_mediation.paths import default_vault_path


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hospital-mediation", description="Open the desktop application.")
    parser.add_argument("--vault", metavar="PATH",
                        help="the vault file, or a postgresql+psycopg:// URL (default: $HOSPITAL_MEDIATION_VAULT, "
                             "else the file in your data folder)")
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


def chosen_vault(args: argparse.Namespace) -> str:
    """--vault, else HOSPITAL_MEDIATION_VAULT (as for the command line), else the default file."""
    return str(args.vault or os.environ.get("HOSPITAL_MEDIATION_VAULT") or default_vault_path())


def is_url(vault: str) -> bool:
    return "://" in vault


def shown_name(vault: str) -> str:
    """The vault as the unlock window names it: a database URL without its password."""
    if not is_url(vault):
        return str(Path(vault).expanduser())
    parts = urlsplit(vault)
    if parts.password is None:
        return vault
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def show_first_window(vault: str) -> QWidget | None:
    """The unlock window, shown at once, when the vault exists (the first run has a wizard instead)."""
    if not is_url(vault) and not Path(vault).expanduser().exists():
        return None
    window = UnlockWindow(location=shown_name(vault))
    window.show()
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    qt = qt_application()
    i18n.install(args.language or i18n.chosen_language())
    vault = chosen_vault(args)
    first = show_first_window(vault)
    qt.processEvents()  # paint it now

    from hospital_mediation.gui.application import Application
    from hospital_mediation.store import VaultLocation

    location = VaultLocation.parse(vault)
    application = Application(location, first if isinstance(first, UnlockWindow) else None)
    application.start()
    return int(qt.exec())
