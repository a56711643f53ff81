"""Passphrase strength feedback (zxcvbn) and confirmation, for the create and recovery flows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar
from zxcvbn import zxcvbn

from hospital_mediation.store.vault import MIN_PASSPHRASE_LENGTH

MIN_SCORE = 3  # zxcvbn: "safely unguessable: moderate protection from offline slow-hash scenario"

# zxcvbn's own warnings (English), by their beginning, and what we show instead (translated).
_FEEDBACK = {
    "Straight rows of keys": QT_TRANSLATE_NOOP("PassphraseStrength", "Straight rows of keys are easy to guess."),
    "Short keyboard patterns": QT_TRANSLATE_NOOP("PassphraseStrength", "Short keyboard patterns are easy to guess."),
    "Repeats like": QT_TRANSLATE_NOOP("PassphraseStrength", "Repeated characters are easy to guess."),
    "Sequences like": QT_TRANSLATE_NOOP("PassphraseStrength", "Sequences like abc or 6543 are easy to guess."),
    "Recent years": QT_TRANSLATE_NOOP("PassphraseStrength", "Recent years are easy to guess."),
    "Dates are often": QT_TRANSLATE_NOOP("PassphraseStrength", "Dates are easy to guess."),
    "This is a top-": QT_TRANSLATE_NOOP("PassphraseStrength", "This is one of the most common passwords."),
    "This is a very common": QT_TRANSLATE_NOOP("PassphraseStrength", "This is a very common password."),
    "This is similar to": QT_TRANSLATE_NOOP("PassphraseStrength", "This is close to a common password."),
    "A word by itself": QT_TRANSLATE_NOOP("PassphraseStrength", "A single word is easy to guess: add more words."),
    "Names and surnames": QT_TRANSLATE_NOOP("PassphraseStrength", "Names on their own are easy to guess."),
    "Common names": QT_TRANSLATE_NOOP("PassphraseStrength", "Common names are easy to guess."),
}


translate = QCoreApplication.translate  # lupdate finds translate("PassphraseStrength", "...")


def _translated_feedback(english: str) -> str:
    for beginning, ours in _FEEDBACK.items():
        if english.startswith(beginning):
            return translate("PassphraseStrength", str(ours))
    return ""


def assess(passphrase: str) -> tuple[int, str]:
    """A score from 0 to 4 and a sentence to show under the field."""
    if not passphrase:
        return 0, ""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        sentence = translate("PassphraseStrength",
                             "Too short: at least %1 characters. Several unrelated words are easiest to remember.")
        return 0, sentence.replace("%1", str(MIN_PASSPHRASE_LENGTH))
    result = zxcvbn(passphrase[:100])  # zxcvbn is slow on very long input; 100 characters say enough
    score = int(result["score"])
    words = [translate("PassphraseStrength", "Very weak."), translate("PassphraseStrength", "Weak."),
             translate("PassphraseStrength", "Fair, but easy to guess with a computer."),
             translate("PassphraseStrength", "Good."), translate("PassphraseStrength", "Strong.")]
    advice = _translated_feedback(result["feedback"].get("warning") or "")
    return score, " ".join(part for part in (words[score], advice) if part)


class PassphraseStrength(QObject):
    """Watches a passphrase field and its confirmation; tells whether both are acceptable.

    Signals:
        changed(bool): whether the passphrase is strong enough and confirmed.
    """

    changed = Signal(bool)

    def __init__(self, edit: QLineEdit, confirm: QLineEdit, meter: QProgressBar, label: QLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit, self._confirm, self._meter, self._label = edit, confirm, meter, label
        meter.setRange(0, 4)
        meter.setTextVisible(False)
        edit.textChanged.connect(self._on_edit_text_changed)
        confirm.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed()

    @property
    def acceptable(self) -> bool:
        text = self._edit.text()
        return assess(text)[0] >= MIN_SCORE and text == self._confirm.text()

    def _on_edit_text_changed(self) -> None:
        score, sentence = assess(self._edit.text())
        self._meter.setValue(score)
        if self._confirm.text() and self._confirm.text() != self._edit.text():
            differ = translate("PassphraseStrength", "The two passphrases differ.")
            sentence = " ".join(filter(None, (sentence, differ)))
        self._label.setText(sentence)
        self.changed.emit(self.acceptable)
