# PlanDesk build/setup plumbing.  Everything a fresh Debian 12 machine needs
# is done by `make test` or `make run`; see `make help`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
ARGS ?=
PYTEST_ARGS ?=

# One stamp per set of extras; re-installed only when pyproject.toml is newer.
# Installing any extras also satisfies the base stamp.
STAMP_BASE := $(VENV)/.stamp-install-base
STAMP_TEST := $(VENV)/.stamp-install-test
STAMP_DIST := $(VENV)/.stamp-install-dist

LINT_PATHS := $(wildcard desktop tests benchmarks)
WORKFLOWS  := $(wildcard .github/workflows/*.yml)
TS_FILES   := $(wildcard resources/translations/*.ts)
QM_FILES   := $(TS_FILES:.ts=.qm)

.PHONY: help venv install deps deps-test deps-gui deps-dist translations lint test \
        run check-display dist dist-smoke bench clean distclean

help:
	@echo "make test    venv + system packages + translations + ruff + mypy + pytest (PYTEST_ARGS=...)"
	@echo "make run     venv + Qt/X11 libs + CJK font, then python -m desktop (ARGS=...)"
	@echo "make lint    ruff check + ruff format --check + mypy + actionlint on .github/workflows"
	@echo "make ts      update the translation files from the sources (then fill new strings)"
	@echo "make venv    create $(VENV) and install the project with test extras"
	@echo "make deps    install the Debian packages the tests need (scripts/system_deps.sh test)"
	@echo "make dist    PyInstaller bundle from build.spec"
	@echo "make bench   benchmarks/run_all.py"
	@echo "make clean   remove build artefacts and caches (distclean also removes $(VENV))"
	@echo "without make (Windows, macOS): python scripts/dev.py run|test  (README)"

# --- virtualenv -------------------------------------------------------------
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_BASE): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[test]'
	touch $@ $(STAMP_BASE)

$(STAMP_DIST): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[dist]'
	touch $@ $(STAMP_BASE)

venv: $(STAMP_TEST)
install: $(STAMP_BASE)

# --- Debian packages ---------------------------------------------------------
deps: deps-test
deps-test:
	bash scripts/system_deps.sh test
deps-gui:
	bash scripts/system_deps.sh gui fonts
deps-dist:
	bash scripts/system_deps.sh gui fonts dist

# --- translations (skipped while there are no .ts files) ---------------------
translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP_BASE)
	$(BIN)/pyside6-lrelease $< -qm $@

# Re-extract the UI strings into the .ts files (keeps translations; see the scripts' docs),
# then fill the new ones from resources/translations/glossary.json.
.PHONY: ts
ts: $(STAMP_BASE)
	$(PY) scripts/update_translations.py
	$(PY) scripts/fill_translations.py || \
	  echo "ts: translate the strings listed above (scripts/fill_translations.py --help)"

# --- checks --------------------------------------------------------------------
# mypy checks the packages [tool.mypy] in pyproject.toml lists (everything but the GUI).
lint: $(STAMP_TEST)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(PY) -m mypy
	$(BIN)/actionlint $(WORKFLOWS)

test: $(STAMP_TEST) deps-test translations
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(PY) -m mypy
	$(BIN)/actionlint $(WORKFLOWS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	@if [ -n "$${CI:-}" ]; then $(MAKE) dist-smoke; fi

# --- running -------------------------------------------------------------------
check-display:
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" && -z "$${QT_QPA_PLATFORM:-}" ]]; then \
		echo "make run: no display available (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are all unset)." >&2; \
		echo "  Use a virtual X server:  xvfb-run -a make run   (apt-get install xvfb)" >&2; \
		echo "  or run without a screen: QT_QPA_PLATFORM=offscreen make run" >&2; \
		exit 1; \
	fi

run: check-display $(STAMP_BASE) deps-gui translations
	$(PY) -m desktop $(ARGS)

bench: $(STAMP_TEST) deps-test translations
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) benchmarks/run_all.py

dist: $(STAMP_DIST) deps-dist translations
	@test -f build.spec || { echo "make dist: build.spec not found" >&2; exit 1; }
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# The built program starts: prints its version, opens a workspace offscreen and quits
# (scripts/dist_smoke.py; the release workflow runs the same on Windows and macOS).
dist-smoke: dist
	$(PY) scripts/dist_smoke.py dist/plandesk/plandesk

# --- cleaning ------------------------------------------------------------------
clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
