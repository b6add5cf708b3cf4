# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test faults dist lint bench demo screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP) $@

## Open the app: your last journal; with none yet, the welcome screen (your journal or the demo).
run: $(STAMP)
	$(BIN)/symptom-journal

## Lint, check the architecture's contracts, then every test, offscreen.
test: $(TEST_STAMP)
	$(BIN)/ruff check journal tests benchmarks packaging
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## kill -9 at random moments of imports and backups, round after round (minutes on two
## cores, so not part of `make test`). FAULT_ROUNDS and FAULT_SEED repeat a run exactly.
faults: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m faults -s -q

$(DIST_STAMP): pyproject.toml $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dist]"
	touch $@

## A standalone build in dist/symptom-journal/ (runs without Python), then a smoke test
## that starts the built program offscreen in a temporary home.
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/symptom-journal.spec
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist -q tests/test_standalone_build.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check journal tests benchmarks packaging
	$(BIN)/ruff format --check journal tests benchmarks packaging

## Speed against floors measured in the same run, on 1, 3 and 10 years of journal (made once,
## then cached); prints the tables and writes them outside the project. BENCH_QUICK=1 to try.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

## The texts to translate, gathered from the code into translations/*.ts (the window's and the
## domain's), then compiled into the package, where the program loads them. The .qm files are
## committed: an install from source needs no Qt tools.
QM_DIR := journal/resources/translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find journal/ui -name '*.py') -ts translations/ui_de.ts -locations none -no-obsolete
	$(BIN)/pyside6-lupdate $$(find journal -name '*.py' -not -path 'journal/ui/*' -not -path 'journal/commands/*') -ts translations/domain_de.ts -locations none -no-obsolete
	mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease translations/ui_de.ts -qm $(QM_DIR)/ui_de.qm
	$(BIN)/pyside6-lrelease translations/domain_de.ts -qm $(QM_DIR)/domain_de.qm

## Regenerate the README screenshots.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
