"""Languages: French and English, Qt's own translations too, chosen by the system or the user.

The choice is one of the two values kept in QSettings (with window geometry): nothing about
cases is ever written there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("fr", "en")
TRANSLATIONS = Path(__file__).resolve().parent / "translations"  # .qm built by `make` from resources/translations/*.ts
_installed: list[QTranslator] = []
generation = 0  # bumped at every change of language: caches of translated texts key on it
current: str | None = None  # the language installed, which may differ from the saved one (--language)


def chosen_language() -> str:
    """The language of the settings, else of the system when we have it, else French."""
    value = QSettings().value("language", "")
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "fr"


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    QSettings().setValue("language", language)


def _system_locale() -> QLocale:
    return QLocale.system()


def locale_for(language: str) -> QLocale:
    """Dates and numbers as the system writes them when it speaks ``language`` (fr_BE, fr_CA, en_US...),
    else as in France or in the United Kingdom."""
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    system = _system_locale()
    if system.language() == wanted:
        return system
    return QLocale(wanted, QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom)


def install(language: str) -> None:
    """Replace the installed translators by those of ``language`` (Qt's and ours)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    qt = QTranslator()
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS / f"hospital_mediation_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    global generation, current  # noqa: PLW0603 - the application's one language
    generation += 1
    current = language
