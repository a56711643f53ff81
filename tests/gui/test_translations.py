"""French and English are complete, up to date with the code, and built into the .qm Qt loads."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET  # noqa: S405 - our own .ts files
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from hospital_mediation.gui.i18n import LANGUAGES, TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
_PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
_MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


def _messages(path: Path) -> list[Message]:
    tree = ET.parse(path)  # noqa: S314
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.findall("numerusform")) if numerus \
                else (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                 numerus, translation.get("type") is None, forms))
    return found


def _ts(language: str) -> Path:
    return SOURCES / f"hospital_mediation_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    messages = _messages(_ts(language))
    assert len(messages) > 500
    unfinished = [m.source for m in messages if not m.finished or not all(form.strip() for form in m.forms)]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    wrong = []
    for message in _messages(_ts(language)):
        wanted = sorted(_PLACEHOLDER.findall(message.source))
        for form in message.forms:
            if message.numerus:  # a singular may spell the number out, the plural must carry it
                ok = set(_PLACEHOLDER.findall(form)) <= set(wanted) and (
                    form is message.forms[0] or sorted(_PLACEHOLDER.findall(form)) == wanted)
            else:
                ok = sorted(_PLACEHOLDER.findall(form)) == wanted
            if not ok or len(_MNEMONIC.findall(form)) != len(_MNEMONIC.findall(message.source)):
                wrong.append((message.context, message.source, form))
            if message.source != message.source.strip() and form.strip() and (
                    message.source[0].isspace() != form[0].isspace()):
                wrong.append((message.context, message.source, form))
    assert wrong == []


def test_every_string_has_its_screen() -> None:
    """lupdate gives a string no context when it cannot see the class: Qt would then never find it."""
    assert [m.source for m in _messages(_ts("fr")) if not m.context] == []


def _unextractable_calls(source: str) -> list[int]:
    """Lines where a literal text is translated in a context lupdate cannot read (a variable), or
    where the text is chosen by an expression (lupdate extracts neither branch)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name == "translate" and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            hidden_context = isinstance(text, ast.Constant) and not isinstance(context, ast.Constant)
            if isinstance(text, ast.IfExp) or hidden_context:
                lines.append(node.lineno)
        elif name in ("tr", "QT_TR_NOOP") and isinstance(node.args[0], ast.IfExp):
            lines.append(node.lineno)
    return lines


def test_every_translated_text_can_be_extracted() -> None:
    found = {}
    for path in sorted((ROOT / "hospital_mediation" / "gui").rglob("*.py")):
        if "forms" not in path.parts and (lines := _unextractable_calls(path.read_text())):
            found[path.name] = lines
    assert found == {}


def test_the_extraction_check_finds_a_hidden_text() -> None:
    assert _unextractable_calls('translate(CONTEXT, "Yes")\ntranslate("M", "a" if x else "b")\n') == [1, 2]
    assert _unextractable_calls('translate("M", "Yes")\ntranslate(CONTEXT, str(name))\n') == []


def test_french_and_english_have_the_same_strings() -> None:
    def keys(language: str) -> set[tuple[str, str, str]]:
        return {(m.context, m.source, m.comment) for m in _messages(_ts(language))}

    assert keys("fr") == keys("en")


def test_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    program = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    assert program, "pyside6-lupdate is part of PySide6-Essentials"
    copy = tmp_path / "check.ts"
    shutil.copy(_ts("fr"), copy)
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "hospital_mediation" / "gui").rglob("*.py"))
               if "forms" not in p.parts]
    forms = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui").glob("*.ui"))]
    subprocess.run([program, "-no-obsolete", "-locations", "none", "-target-language", "fr_FR",
                    *sources, *forms, "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
    fresh = {(m.context, m.source, m.comment) for m in _messages(copy)}
    committed = {(m.context, m.source, m.comment) for m in _messages(_ts("fr"))}
    assert fresh - committed == set(), "run `make translations` and translate the new strings"
    assert committed - fresh == set(), "run `make translations`: these strings are gone from the code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_built_translation_is_what_the_source_says(qapp: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"hospital_mediation_{language}.qm")), "run `make qm`"
    stale = []
    for message in _messages(_ts(language)):
        comment = message.comment or None
        if message.numerus:
            got = (translator.translate(message.context, message.source, comment, 1),
                   translator.translate(message.context, message.source, comment, 5))
            wanted: tuple[str, ...] = (message.forms[0], message.forms[-1])
        else:
            got = (translator.translate(message.context, message.source, comment),)
            wanted = message.forms
        if got != wanted:
            stale.append((message.context, message.source))
    assert stale == []


def test_dates_follow_the_system_when_it_speaks_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from hospital_mediation.gui import i18n

    monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("en_US"))
    assert i18n.locale_for("en").name() == "en_US"  # an American's dates
    assert i18n.locale_for("fr").name() == "fr_FR"  # French chosen on an English system
    monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("fr_CA"))
    assert i18n.locale_for("fr").name() == "fr_CA"
    monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale.c())
    assert (i18n.locale_for("fr").name(), i18n.locale_for("en").name()) == ("fr_FR", "en_GB")


def test_qt_own_texts_follow_the_language(qapp: object) -> None:
    """Standard buttons and the wizard's Next come from Qt's translations, installed with ours."""
    from PySide6.QtCore import QCoreApplication

    from hospital_mediation.gui import i18n

    try:
        i18n.install("fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Suivant >"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
