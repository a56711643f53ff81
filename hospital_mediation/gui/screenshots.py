"""``make screenshots``: the main screens rendered offscreen to PNG, in French and in English.

    python -m hospital_mediation.gui.screenshots DIRECTORY

Each language has its own throw-away demo vault of invented cases, in a temporary folder deleted
afterwards: the report filed at the end of the report wizard goes there, and each language's
screens show the same cases. File names come from object names, the same in both languages.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QRect, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from hospital_mediation.crypto import recovery_key  # noqa: E402
from hospital_mediation.demo import populate  # noqa: E402
from hospital_mediation.domain.workflow import Status  # noqa: E402
from hospital_mediation.gui import i18n  # noqa: E402
from hospital_mediation.gui.app import qt_application  # noqa: E402
from hospital_mediation.gui.workers import busy  # noqa: E402
from hospital_mediation.store import Vault  # noqa: E402

PASSPHRASE = "screenshots only, invented cases"  # noqa: S105
ANCHOR = date(2026, 11, 20)
SIZE = (1200, 780)
NOTE = """Notes prises le 12 novembre 2026, après les transmissions du matin.

7 h 05 : la cadre me reproche devant l'équipe de ne pas savoir faire mon travail.
Présents : l'infirmière de nuit, deux aides-soignantes, l'interne.
Troisième fois ce mois-ci (les deux autres : 3 et 7 novembre).
"""


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


def settle_until(condition: Callable[[], bool], what: str) -> None:
    """Let the windows work until ``condition`` holds; rather an error than a screenshot of something else."""
    for _ in range(400):
        if condition():
            return
        settle(50)
    raise RuntimeError(f"screenshots: {what} did not happen")


def save(widget: QWidget, directory: Path, name: str) -> Path:
    path = directory / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def draw_corridor_photo(path: Path) -> Path:
    """A small invented "photo" to attach, saved at ``path`` (PNG): a corridor, a door, a notice board."""
    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe8ee"))
    painter = QPainter(image)
    painter.fillRect(QRect(0, 230, 480, 90), QColor("#9aa7ad"))  # the floor
    painter.fillRect(QRect(60, 90, 90, 140), QColor("#6d8fa6"))  # a door
    painter.fillRect(QRect(300, 110, 120, 60), QColor("#f4f1e8"))  # a notice board
    painter.fillRect(QRect(200, 20, 80, 12), QColor("#fffbe0"))  # the ceiling light
    painter.setPen(QColor("#55636b"))
    painter.drawLine(0, 230, 480, 230)
    painter.end()
    image.save(str(path))
    return path


def create_demo_vault(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """A vault of invented cases at ``path``; returns the case whose window is shown (one that went
    through the workflow, with a photo and a text note attached) and the photo's id."""
    vault, _ = Vault.create(path, PASSPHRASE, "Claire D.", "Centre hospitalier de démonstration")
    with vault:
        populate(vault, 60, 3, ANCHOR)
        summaries = sorted(vault.cases.list_summaries(), key=lambda summary: summary.reference, reverse=True)
        case_id = next((summary.id for summary in summaries if summary.status is Status.MEASURES), summaries[0].id)
        photo = vault.attachments.add_file(case_id, draw_corridor_photo(path.with_name("photo-couloir.png")))
        note = path.with_name("notes-transmissions.txt")
        note.write_text(NOTE, encoding="utf-8")
        vault.attachments.add_file(case_id, note)
    return case_id, photo.id


def shoot(directory: Path, language: str, vault_path: Path, case_id: uuid.UUID, photo_id: uuid.UUID) -> None:
    from hospital_mediation.gui.application import Application
    from hospital_mediation.gui.attachments_panel import AttachmentsPanel
    from hospital_mediation.gui.create_vault_wizard import CreateVaultWizard
    from hospital_mediation.gui.report_wizard import ReportWizard
    from hospital_mediation.gui.unlock_window import UnlockWindow
    from hospital_mediation.store import VaultLocation

    i18n.install(language)
    out = directory / language
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("[0-9][0-9]-*.png"):  # an earlier run's, perhaps under names no longer used
        old.unlink()

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
        save(window, out, f"06-{index}-{pages.widget(index).objectName()}")
    window.form.navigation.setCurrentRow(0)

    application._on_case_open_requested(case_id)
    settle(800)
    case_window = application.case_windows[case_id]
    case_window.resize(*SIZE)
    attachments = case_window.findChild(AttachmentsPanel)
    assert attachments is not None  # noqa: S101
    settle_until(lambda: attachments.model.row_of(photo_id) is not None, "listing the attachments")
    tabs = case_window.form.tabWidget
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.widget(index) is attachments:  # selected once shown: the preview is sized to its room
            attachments.select(photo_id)
            settle_until(lambda: attachments.form.previewStack.currentWidget() is attachments.form.imagePage,
                         "the preview of the photo")
        settle()
        save(case_window, out, f"07-{index}-case-{tabs.widget(index).objectName()}")
    case_window.close()

    assert application.session is not None  # noqa: S101
    report = ReportWizard(application.session)
    report.resize(*SIZE)
    report.form.descriptionEdit.setPlainText(
        "Lors des transmissions du matin, la cadre m'a reproché devant l'équipe de ne pas savoir faire mon "
        "travail. C'est la troisième fois ce mois-ci.")
    report.form.violenceRadio.setChecked(True)  # the ONVS level is asked about violence only
    report.form.onvs1Radio.setChecked(True)
    report.show()
    settle()
    for number in range(len(report.pageIds())):  # forward through every page, up to the confirmation
        settle(150)
        page = report.currentPage()
        save(report, out, f"08-{number:02d}-report-{page.objectName()}")
        if page is report.form.donePage:
            break
        report.next()
        if page is report.form.reviewPage:  # files the report into this demo vault, then confirms
            settle_until(lambda: report.currentPage() is report.form.donePage, "filing the report")
    report.close()
    application.session.lock()
    settle()
    application.quit()
    settle()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0] if args else "screenshots").resolve()
    app = qt_application()
    work = Path(tempfile.mkdtemp(prefix="hm-screenshots-"))
    try:
        for language in i18n.LANGUAGES:  # a vault each: a report filed in one language is not listed in the other
            vault_path = work / language / "demo.hmv"
            vault_path.parent.mkdir()
            shoot(directory, language, vault_path, *create_demo_vault(vault_path))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
