"""The open vault of the running application, and what keeps it safe on a shared computer.

* Idle lock: no keyboard or mouse input in the application for ``idle_minutes`` locks it.
* Lock (Ctrl+L) and hide now (Ctrl+Shift+H, or the toolbar): keys and decrypted models are
  dropped; "hide now" also hides every window at once. Both keys work under a modal dialog too,
  and locking closes the dialogs (a static ``QFileDialog``/``QMessageBox`` call returns as cancelled).
* Text copied from the application (Copy SHA-256, or Ctrl+C in any field) is cleared from the
  clipboard after 30 s, and at lock, if it is still what was copied.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hospital_mediation.store import Vault

CLIPBOARD_SECONDS = 30
_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
}
_KEY_EVENTS = {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress}
# The shortcuts of the main window's Lock and Hide now actions (ui/main_window.ui). Qt does not
# deliver them while a modal dialog is open, so the session's event filter recognises them there.
LOCK_KEYS = QKeySequence("Ctrl+L")
HIDE_KEYS = QKeySequence("Ctrl+Shift+H")
_CANNOT_TELL_OWNER = frozenset({"offscreen", "minimal"})  # platforms whose clipboard never says who copied
_COPY_KEYS_S = 1.0  # the clipboard changes within this after Ctrl+C
_MAX_DIALOGS = 20  # dialogs opened over dialogs: a handful at most; the bound guards against one that stays


class VaultSession(QObject):
    """Owns the :class:`Vault` while the application runs.

    Signals:
        unlocked(): the vault was unlocked; models may load.
        about_to_lock(): the keys are still there: save what must not be lost, quickly.
        locked(): the vault was locked; every model must be emptied and windows closed.
        hidden(): everything was hidden at once (and locked).
    """

    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()
    hidden = Signal()

    def __init__(self, vault: Vault, idle_minutes: int = 5, parent: QObject | None = None,
                 clipboard_ms: int = CLIPBOARD_SECONDS * 1000) -> None:
        super().__init__(parent)
        self.vault = vault
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle_timeout)
        self.set_idle_minutes(idle_minutes)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.setInterval(clipboard_ms)
        self._clipboard_timer.timeout.connect(self._on_clipboard_timer_timeout)
        self._copied: str | None = None
        self._copy_keys_at = -1.0  # time.monotonic() of the last Ctrl+C / Ctrl+X in one of our windows
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    # --- unlocking and locking ----------------------------------------------------------------

    def mark_unlocked(self) -> None:
        """Called once the (background) unlock succeeded."""
        self._idle.start()
        self.unlocked.emit()

    def lock(self) -> None:
        if self.vault.is_unlocked:
            self.about_to_lock.emit()  # dialogs still open: a step being saved in one finishes first
            self.vault.lock()
            close_modal_dialogs()  # before the windows close: never delete the parent of a dialog in exec()
        self._idle.stop()
        self.clear_clipboard()
        self.locked.emit()

    def hide_now(self) -> None:
        """Hide every window at once, then lock."""
        for window in QApplication.topLevelWidgets():
            window.hide()
        self.hidden.emit()
        self.lock()

    def close(self) -> None:
        self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            QGuiApplication.clipboard().dataChanged.disconnect(self._on_clipboard_data_changed)
        self.vault.close()

    # --- idle lock ------------------------------------------------------------------------------

    def set_idle_minutes(self, minutes: int) -> None:
        self._idle.setInterval(max(1, minutes) * 60_000)
        if self._idle.isActive():
            self._idle.start()

    @property
    def idle_interval_ms(self) -> int:
        return self._idle.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS and self._idle.isActive():
            self._idle.start()  # restart the countdown
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and (event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut))):
            self._copy_keys_at = time.monotonic()  # the clipboard changes next: our text (see below)
        if (event.type() in _KEY_EVENTS and isinstance(event, QKeyEvent)
                and QApplication.activeModalWidget() is not None and self.vault.is_unlocked):
            # Under a modal dialog Qt blocks the main window's shortcuts, and the dialog may have its
            # own (Qt's file dialog: Ctrl+Shift+H shows hidden files): ours are taken first, when Qt
            # asks the focused widget whether it wants the keys (ShortcutOverride).
            keys = QKeySequence(event.keyCombination())
            for ours, act in ((LOCK_KEYS, self.lock), (HIDE_KEYS, self.hide_now)):
                if keys.matches(ours) == QKeySequence.SequenceMatch.ExactMatch:
                    event.accept()  # no shortcut of the dialog fires
                    act()
                    return True
        return False

    def _on_idle_timeout(self) -> None:
        if self.vault.is_unlocked:
            self.lock()

    # --- clipboard --------------------------------------------------------------------------------

    def copy_to_clipboard(self, text: str) -> None:
        """Copy ``text``; it is cleared after 30 s unless the user copied something else meanwhile."""
        QGuiApplication.clipboard().setText(text)
        self._remember_copied(text)

    def clear_clipboard(self) -> None:
        """Clear the clipboard if it still holds what was copied from the application; at lock, also
        the text selected in our fields (X11's primary selection, pasted with the middle button)."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self._clipboard_timer.stop()
        if not self.vault.is_unlocked and clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def _remember_copied(self, text: str) -> None:
        self._copied = text
        self._clipboard_timer.start()

    def _on_clipboard_data_changed(self) -> None:
        """Text copied from any of our fields (Ctrl+C, a context menu) is cleared like Copy SHA-256.

        Ours when the platform says we own the clipboard (X11, Wayland, Windows); or just after Ctrl+C
        or Ctrl+X was pressed in one of our windows (macOS never says, and announces another program's
        copy when our window comes to the front: the active window proves nothing there); or, where
        the platform cannot tell at all (offscreen), when one of our windows is active."""
        clipboard = QGuiApplication.clipboard()
        just_copied = time.monotonic() - self._copy_keys_at < _COPY_KEYS_S
        self._copy_keys_at = -1.0  # one change per Ctrl+C: the next one may be another program's
        ours = (clipboard.ownsClipboard() or just_copied
                or (QGuiApplication.platformName() in _CANNOT_TELL_OWNER and QApplication.activeWindow() is not None))
        if not self.vault.is_unlocked or not ours:
            return  # and another program's text is never fetched: its owner may be slow to answer
        text = clipboard.text()
        if text:
            self._remember_copied(text)

    def _on_clipboard_timer_timeout(self) -> None:
        self.clear_clipboard()


def close_modal_dialogs() -> None:
    """Close the modal dialogs and popups on screen, the topmost first, without confirming them.

    A static call (``QFileDialog.getSaveFileName``, ``QMessageBox.warning``) then returns as cancelled.
    ``done()`` rather than ``reject()``: a dialog's own ``reject()`` may wait for work under way or save.
    """
    for _ in range(_MAX_DIALOGS):
        widget: QWidget | None = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.done(QDialog.DialogCode.Rejected.value)
        else:
            widget.close()
        if widget.isVisible():  # it refused to close: at least nothing stays on screen
            widget.hide()
