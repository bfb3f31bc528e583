# Two commands for a newcomer: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast test-browser browser-deps check setup run poll bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# Byte-compiled once, as pip does for an installed package: start-up stays quick even
	@# where PYTHONDONTWRITEBYTECODE is set.
	$(BIN)/python -m compileall -q cli demo extract ingest storage tui
	@# The extractor's compiled regular expressions and the towns' name index, kept the same
	@# way (extract.pattern_cache, extract.gazetteer).
	$(BIN)/python -m extract.pattern_cache
	$(BIN)/python -c "from extract.gazetteer import gazetteer; gazetteer().index"
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/sitrep demo

run: $(STAMP)
	$(BIN)/sitrep

# Three workers on two cores: many tests wait on a local server, a subprocess or the dashboard's
# timers, and a third worker fills those waits; work stealing keeps the slow tests from ending
# the run on one worker.
test: $(STAMP)
	$(BIN)/python -m pytest -n 3 --dist worksteal -q

# The inner loop: everything but the slow end-to-end tests (real servers, subprocesses, the
# dashboard), in well under half a minute.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 3 --dist worksteal -q -m "not slow" tests/extract tests/storage

# The headless-browser test of `sitrep serve` (tests/cli/test_cli_serve_browser.py) needs
# Debian's chromium and chromium-driver and selenium. `make test` runs it when they are
# installed and skips it, with the reason, when not; this target installs them (network, root).
browser-deps: $(STAMP)
	apt-get install -y chromium chromium-driver
	$(BIN)/python -m pip install --quiet -e '.[dev,browser]'

test-browser: $(STAMP)
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
		$(BIN)/python -m pytest -q -rs tests/cli/test_cli_serve_browser.py; \
	else \
		echo "test-browser skipped: chromium and chromium-driver are not installed (make browser-deps)"; \
	fi

check: $(STAMP)
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --no-cache --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
