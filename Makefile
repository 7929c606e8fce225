# Two commands matter: `make run` (set up and start the app) and `make test` (set up and run
# every check CI runs). Both work from a fresh clone, repeatedly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-install

.PHONY: run test lint typecheck layers pytest bench setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	sh tools/ensure_qt_libs.sh
	$(BIN)/coach

lint: $(STAMP)
	$(BIN)/ruff check coach tests bench
	$(BIN)/ruff format --check coach tests bench

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

bench: $(STAMP)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.store
	$(BIN)/python -m bench.gui
	$(BIN)/python -m bench.chart

clean:
	rm -rf $(VENV) build *.egg-info
