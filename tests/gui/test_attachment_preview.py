"""The attachment preview follows the room it has."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from hospital_mediation.gui.session import VaultSession
from tests.gui.conftest import ModalGuard
from tests.gui.test_attachments_panel import add_via_dialog, make_panel, png_bytes


def test_a_large_picture_fits_the_preview_again_when_it_grows(qtbot: Any, session: VaultSession,
                                                               case_id: uuid.UUID, modal_guard: ModalGuard,
                                                               tmp_path: Path) -> None:
    panel = make_panel(qtbot, session, case_id)
    panel.resize(700, 400)
    (tmp_path / "plan.png").write_bytes(png_bytes(3000, 2000))
    add_via_dialog(qtbot, panel, modal_guard, tmp_path / "plan.png")
    with qtbot.waitSignal(panel.preview.preview_shown, timeout=10_000):
        panel.select(panel.model.rows[0].info.id)
    small = panel.form.imageLabel.pixmap().width()
    assert small < 3000
    panel.resize(1600, 1000)
    qtbot.waitUntil(lambda: panel.form.imageLabel.pixmap().width() > small)  # scaled again, not stretched
    assert panel.form.imageLabel.pixmap().width() <= panel.form.previewStack.width()
