# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast check setup run poll bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitrep demo

run: $(STAMP)
	$(BIN)/sitrep

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

# The inner loop: everything but the slow end-to-end tests (real servers, subprocesses, the
# dashboard), in well under half a minute.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q -m "not slow" tests/extract tests/storage

check: $(STAMP)
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
