# Two commands matter: `make run` (set up and start the app) and `make test` (set up and run
# every check CI runs). Both work from a fresh clone, repeatedly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.stamp-install

.PHONY: run test lint typecheck layers pytest bench setup native clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

# The scoring hot path compiled to C with mypyc (see coach/native.py). Optional: without it
# the same code runs from source. The build script itself decides whether the build is
# current (coach/native.py's check, which knows what it depends on), so make always asks.
native: $(STAMP)
	$(BIN)/python tools/build_native.py

run: $(STAMP)
	sh tools/ensure_qt_libs.sh
	$(MAKE) --no-print-directory native || echo "native build failed: scoring runs from source"
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
# COACH_REQUIRE_NATIVE: the suite tests the compiled build, as shipped (tests/test_native.py).
pytest: $(STAMP) native
	QT_QPA_PLATFORM=offscreen COACH_REQUIRE_NATIVE=1 bash tools/with_postgres.sh $(BIN)/python -m pytest -q

test: lint typecheck layers pytest

bench: $(STAMP) native
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.store
	$(BIN)/python -m bench.gui
	$(BIN)/python -m bench.chart

clean:
	rm -rf $(VENV) build *.egg-info
