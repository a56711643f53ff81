# Hospital Mediation: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
UI := $(wildcard ui/*.ui)
FORMS := $(patsubst ui/%.ui,hospital_mediation/gui/forms/ui_%.py,$(UI))
TS := resources/translations/hospital_mediation_fr.ts resources/translations/hospital_mediation_en.ts
QM := $(patsubst resources/translations/%.ts,hospital_mediation/gui/translations/%.qm,$(TS))
GUI_SOURCES := $(shell find hospital_mediation/gui -name '*.py' -not -path '*/forms/*' 2>/dev/null)
DEMO_VAULT ?= .demo/demo.hmv
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run demo test lint bench screenshots forms translations qm clean venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	@if [ ! -x $(BIN)/python ]; then \
	  $(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	    rm -rf $(VENV); \
	    if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && $(PYTHON) -m venv $(VENV); \
	    else \
	      echo "Python's venv module is missing: run 'sudo apt install python3-venv' and try again." >&2; exit 1; \
	    fi; }; \
	fi
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

# Designer forms compiled by pyside6-uic (committed; a test fails when one is stale). uic imports
# every class a form might use; ruff drops the unused ones (each costs start-up time in PySide6).
forms: $(FORMS)
hospital_mediation/gui/forms/ui_%.py: ui/%.ui $(STAMP)
	$(BIN)/pyside6-uic $< -o $@
	$(BIN)/ruff check --isolated --select F401 --fix --quiet $@

# Translations: `make translations` refreshes the .ts sources from the code; .qm are built from them.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -target-language fr_FR $(GUI_SOURCES) $(UI) -ts resources/translations/hospital_mediation_fr.ts
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -target-language en_GB $(GUI_SOURCES) $(UI) -ts resources/translations/hospital_mediation_en.ts
	$(BIN)/python resources/translations/complete_english.py resources/translations/hospital_mediation_en.ts

qm: $(QM)
hospital_mediation/gui/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p hospital_mediation/gui/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The application on your vault (a first run creates it); VAULT=path to open another one.
run: $(STAMP) $(QM)
	@$(BIN)/python -m hospital_mediation.gui.system_check
	$(BIN)/hospital-mediation $(if $(VAULT),--vault "$(VAULT)")

# The application on a vault of invented cases (passphrase: demo-passphrase-not-secret).
demo: $(STAMP) $(QM)
	@$(BIN)/python -m hospital_mediation.gui.system_check
	@mkdir -p $(dir $(DEMO_VAULT))
	$(BIN)/hospital-mediation demo --replace --vault "$(DEMO_VAULT)"
	$(BIN)/hospital-mediation --vault "$(DEMO_VAULT)"

test: $(STAMP) $(QM)
	$(OFFSCREEN) $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check hospital_mediation tests bench
	$(BIN)/mypy

bench: $(STAMP) $(QM)
	$(OFFSCREEN) $(BIN)/python bench/vault.py
	$(OFFSCREEN) $(BIN)/python bench/gui.py

screenshots: $(STAMP) $(QM)
	$(OFFSCREEN) $(BIN)/python -m hospital_mediation.gui.screenshots screenshots

clean:
	rm -rf $(VENV) .demo build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache hospital_mediation/gui/translations
