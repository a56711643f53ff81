"""Safety on a shared computer: idle lock, lock, hide now, the clipboard."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QMessageBox, QWidget

from hospital_mediation.gui.main_window import MainWindow
from hospital_mediation.gui.session import HIDE_KEYS, LOCK_KEYS, VaultSession
from hospital_mediation.store import Vault


def test_idle_lock(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault, idle_minutes=5)
    session._idle.setInterval(200)  # the countdown itself, shortened: the setting's floor is one minute
    session.mark_unlocked()
    with qtbot.waitSignal(session.locked, timeout=5_000):
        pass
    assert not demo_vault.is_unlocked


def test_hide_now_hides_every_window_and_locks(qtbot: Any, demo_vault: Vault) -> None:
    session = VaultSession(demo_vault)
    windows = [QWidget(), QWidget()]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    session.mark_unlocked()
    with qtbot.waitSignals([session.hidden, session.locked]):
        session.hide_now()
    assert not any(window.isVisible() for window in windows)
    assert not demo_vault.is_unlocked


def test_clipboard_is_cleared_only_if_unchanged(qtbot: Any, demo_vault: Vault,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))  # copies come from elsewhere
    session = VaultSession(demo_vault)
    clipboard = QGuiApplication.clipboard()
    session.copy_to_clipboard("2026-0001")
    assert clipboard.text() == "2026-0001"
    session._clipboard_timer.setInterval(100)
    session._clipboard_timer.start()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5_000)
    session.copy_to_clipboard("secret")
    clipboard.setText("something the user copied")
    session.clear_clipboard()
    assert clipboard.text() == "something the user copied"
    session.lock()


# --- Ctrl+L and Ctrl+Shift+H under a modal dialog; the dialogs close when the vault locks ---------------

NewSession = Callable[..., VaultSession]


@pytest.fixture
def new_session(demo_vault: Vault) -> Iterator[NewSession]:
    """``new_session(**options)``: a session of the demo vault, closed after the test (its event
    filter and clipboard watch go with it)."""
    sessions: list[VaultSession] = []

    def make(**options: Any) -> VaultSession:
        sessions.append(VaultSession(demo_vault, **options))
        return sessions[-1]

    yield make
    for session in sessions:
        session.close()


# The static functions themselves, taken before the modal guard replaces them for each test.
_REAL_WARNING = inspect.getattr_static(QMessageBox, "warning")


def when_a_modal_dialog_opens(action: Callable[[QWidget], object]) -> QTimer:
    """Call ``action(dialog)`` once a modal dialog is on screen (from inside its exec()). A dialog
    still open 5 s later is closed, so that a test that fails ends instead of hanging. Keep the
    timer returned until the dialog is gone."""
    clock = QElapsedTimer()
    clock.start()
    acted: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and not acted:
            acted.append(True)
            action(dialog)
        elif isinstance(dialog, QDialog) and clock.elapsed() > 5_000:
            dialog.done(0)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_lock_and_hide_keys_are_the_main_window_shortcuts(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.form.actionLock.shortcut() == LOCK_KEYS
    assert window.form.actionHideNow.shortcut() == HIDE_KEYS


def test_ctrl_l_under_a_modal_dialog_locks_and_closes_it(qtbot: Any, new_session: NewSession,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the application: the main window's Lock action (blocked by the dialog), and a window that
    is closed and deleted on lock, whose child opened the dialog from a static call."""
    monkeypatch.setattr(QMessageBox, "warning", _REAL_WARNING)
    session = new_session()
    main = MainWindow()
    qtbot.addWidget(main)
    main.lock_requested.connect(session.lock)
    main.show()
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    panel = QWidget(window)
    session.locked.connect(window.close)
    window.show()
    session.mark_unlocked()
    locks: list[QWidget | None] = []
    session.locked.connect(lambda: locks.append(QApplication.activeModalWidget()))
    watch = when_a_modal_dialog_opens(
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
    answer = QMessageBox.warning(panel, "Open with another program", "lettre.pdf",
                                 QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                                 QMessageBox.StandardButton.Cancel)
    watch.stop()
    assert answer != QMessageBox.StandardButton.Open  # returned as cancelled
    assert not session.vault.is_unlocked
    assert locks == [None]  # locked once, and no dialog left on screen by then
    assert QApplication.activeModalWidget() is None


def test_ctrl_shift_h_under_a_modal_dialog_hides_everything_and_locks(qtbot: Any, new_session: NewSession,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", _REAL_WARNING)
    session = new_session()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    session.mark_unlocked()
    hidden: list[bool] = []
    session.hidden.connect(lambda: hidden.append(True))
    watch = when_a_modal_dialog_opens(lambda dialog: qtbot.keyClick(
        dialog, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    QMessageBox.warning(window, "Export", "lettre.pdf")
    watch.stop()
    assert hidden == [True] and not session.vault.is_unlocked
    assert not window.isVisible() and QApplication.activeModalWidget() is None


def test_other_keys_under_a_modal_dialog_and_the_keys_while_locked_do_nothing(qtbot: Any,
                                                                               new_session: NewSession) -> None:
    session = new_session()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert session.vault.is_unlocked and dialog.isVisible()
    session.lock()
    assert not dialog.isVisible()
    dialog.show()  # a dialog of the unlock window, say: the keys are not ours to take there
    locked: list[bool] = []
    session.locked.connect(lambda: locked.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked == [] and dialog.isVisible()


def test_idle_lock_closes_a_modal_dialog_opened_from_a_static_call(qtbot: Any, new_session: NewSession,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning", _REAL_WARNING)
    session = new_session()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    session.mark_unlocked()
    session._idle.setInterval(300)
    on_screen_at_lock: list[QWidget | None] = []
    session.locked.connect(lambda: on_screen_at_lock.append(QApplication.activeModalWidget()))
    watch = when_a_modal_dialog_opens(lambda dialog: None)  # only the safety net: the idle lock closes it
    QMessageBox.warning(window, "Open with another program", "lettre.pdf")
    watch.stop()
    assert on_screen_at_lock == [None] and not session.vault.is_unlocked


# --- text copied with Ctrl+C ------------------------------------------------------------------------------

def copy_from_a_field(qtbot: Any, text: str) -> QLineEdit:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field)
    field.setText(text)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text
    return field


def test_text_copied_from_a_field_is_cleared_at_lock(qtbot: Any, new_session: NewSession) -> None:
    session = new_session()
    copy_from_a_field(qtbot, "Mme R. insultée devant les patients")
    session.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_text_copied_from_a_field_is_cleared_after_30_seconds(qtbot: Any, new_session: NewSession) -> None:
    session = new_session(clipboard_ms=100)  # 30 s in the application
    copy_from_a_field(qtbot, "Mme R. insultée devant les patients")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)
    assert session.vault.is_unlocked


def test_text_another_program_copied_is_left_alone(qtbot: Any, new_session: NewSession,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    session = new_session(clipboard_ms=100)
    copy_from_a_field(qtbot, "Mme R. insultée devant les patients")
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))  # the other program has the focus
    QGuiApplication.clipboard().setText("copied in the spreadsheet")
    session.lock()
    assert QGuiApplication.clipboard().text() == "copied in the spreadsheet"
    QGuiApplication.clipboard().clear()


def test_text_selected_in_our_fields_is_cleared_from_the_primary_selection_at_lock(
        qtbot: Any, new_session: NewSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """X11: selecting text puts it in the primary selection (pasted with the middle button elsewhere)."""
    session = new_session()
    cleared: list[QClipboard.Mode] = []
    monkeypatch.setattr(QClipboard, "supportsSelection", lambda _self: True)
    monkeypatch.setattr(QClipboard, "ownsSelection", lambda _self: True)
    monkeypatch.setattr(QClipboard, "clear", lambda _self, mode=QClipboard.Mode.Clipboard: cleared.append(mode))
    session.lock()
    assert cleared == [QClipboard.Mode.Selection]


def test_lock_closes_a_popup_too(qtbot: Any, new_session: NewSession) -> None:
    """A menu or a completer's list could show what was typed over the unlock window."""
    session = new_session()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    menu = QMenu(window)
    menu.addAction("Mme R.")
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    session.lock()
    assert not menu.isVisible() and QApplication.activePopupWidget() is None


def test_where_the_clipboard_never_says_who_copied_ctrl_c_does(qtbot: Any, new_session: NewSession,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS: ownsClipboard() is always false, and another program's copy is announced when our
    window comes to the front. Only a Ctrl+C in our window makes the next change ours."""
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "cocoa"))
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda _self: False)
    session = new_session()
    field = copy_from_a_field(qtbot, "Mme R. insultée devant les patients")  # Ctrl+C: ours
    assert session._copied == "Mme R. insultée devant les patients"
    assert QApplication.activeWindow() is field
    QGuiApplication.clipboard().setText("copied in the spreadsheet")  # our window in front, not our copy
    assert session._copied == "Mme R. insultée devant les patients"  # not taken for ours
    session.lock()
    assert QGuiApplication.clipboard().text() == "copied in the spreadsheet"
    QGuiApplication.clipboard().clear()
