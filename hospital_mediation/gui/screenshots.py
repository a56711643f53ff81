"""``make screenshots``: the main screens rendered offscreen to PNG, in French and in English.

    python -m hospital_mediation.gui.screenshots DIRECTORY

Uses a throw-away demo vault of invented cases in a temporary folder (deleted afterwards).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QTabWidget, QWidget  # noqa: E402

from hospital_mediation.crypto import recovery_key  # noqa: E402
from hospital_mediation.demo import populate  # noqa: E402
from hospital_mediation.gui import i18n  # noqa: E402
from hospital_mediation.gui.app import qt_application  # noqa: E402
from hospital_mediation.gui.workers import busy  # noqa: E402
from hospital_mediation.store import Vault  # noqa: E402

PASSPHRASE = "screenshots only, invented cases"  # noqa: S105
ANCHOR = date(2026, 11, 20)
SIZE = (1200, 780)


def settle(milliseconds: int = 300) -> None:
    """Let background tasks finish and the windows paint."""
    for _ in range(400):
        loop = QEventLoop()
        QTimer.singleShot(25, loop.quit)
        loop.exec()
        if not busy():
            break
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, directory: Path, name: str) -> Path:
    path = directory / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def shoot(directory: Path, language: str, vault_path: Path) -> None:
    from hospital_mediation.gui.application import Application
    from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
    from hospital_mediation.gui.report_wizard import ReportWizard
    from hospital_mediation.gui.unlock_window import UnlockWindow
    from hospital_mediation.store import VaultLocation

    i18n.install(language)
    out = directory / language
    out.mkdir(parents=True, exist_ok=True)

    wizard = CreateVaultWizard(vault_path.with_name("new.hmv"))
    wizard.resize(*SIZE)
    wizard.form.nameEdit.setText("Claire D.")
    wizard.show()
    settle()
    save(wizard, out, "01-create-vault-welcome")
    wizard.next()
    wizard.form.passphraseEdit.setText("coquelicot marathon tisane boussole")
    wizard.form.confirmEdit.setText("coquelicot marathon tisane boussole")
    settle()
    save(wizard, out, "02-create-vault-passphrase")
    wizard.form.recoveryKeyLabel.setText(recovery_key.format_recovery_key(bytes(range(32))))
    wizard.setCurrentId(wizard.pageIds()[2])
    settle()
    save(wizard, out, "03-create-vault-recovery-key")
    wizard.close()

    unlock = UnlockWindow(location=str(vault_path))
    unlock.resize(520, 340)
    unlock.show()
    settle()
    save(unlock, out, "04-unlock")
    unlock.close()

    application = Application(VaultLocation(path=vault_path))
    application.start()
    settle()
    assert application.unlock_window is not None  # noqa: S101
    application.unlock_window.form.passphraseEdit.setText(PASSPHRASE)
    application.unlock_window.form.unlockButton.click()
    settle(1500)
    window = application.main_window
    window.resize(*SIZE)
    settle()
    save(window, out, "05-case-list")
    pages = window.form.pages
    for index in range(1, pages.count()):
        window.form.navigation.setCurrentRow(index)
        settle()
        item = window.form.navigation.item(index).data(Qt.ItemDataRole.UserRole) or f"section-{index}"
        save(window, out, f"06-{index}-{str(item).lower()}")
    window.form.navigation.setCurrentRow(0)

    case_id = window.case_model.rows[0].summary.id
    for row in window.case_model.rows:  # a case that went through the workflow
        if row.summary.status.value == "measures":
            case_id = row.summary.id
            break
    application._on_case_open_requested(case_id)
    settle(800)
    case_window = application.case_windows[case_id]
    case_window.resize(*SIZE)
    tabs = case_window.findChild(QTabWidget)
    if tabs is not None:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            save(case_window, out, f"07-{index}-case-{_slug(tabs.tabText(index))}")
    case_window.close()

    assert application.session is not None  # noqa: S101
    report = ReportWizard(application.session)
    report.resize(*SIZE)
    report.form.descriptionEdit.setPlainText(
        "Lors des transmissions du matin, la cadre m'a reproché devant l'équipe de ne pas savoir faire mon "
        "travail. C'est la troisième fois ce mois-ci.")
    report.show()
    settle()
    for number in range(len(report.pageIds())):  # forward through every page, up to the review
        settle(150)
        save(report, out, f"08-{number:02d}-report-{_slug(report.currentPage().objectName())}")
        if report.currentPage() is report.form.reviewPage:
            break
        report.next()
    report.close()
    application.session.lock()
    settle()
    application.quit()
    settle()


def _slug(text: str) -> str:
    cleaned = "".join(c.lower() if c.isalnum() else "-" for c in text.replace("&", ""))
    return "-".join(part for part in cleaned.split("-") if part)[:40] or "page"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0] if args else "screenshots").resolve()
    app = qt_application()
    work = Path(tempfile.mkdtemp(prefix="hm-screenshots-"))
    try:
        vault_path = work / "demo.hmv"
        vault, _ = Vault.create(vault_path, PASSPHRASE, "Claire D.", "Centre hospitalier de démonstration")
        with vault:
            populate(vault, 60, 3, ANCHOR)
        for language in i18n.LANGUAGES:
            shoot(directory, language, vault_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
