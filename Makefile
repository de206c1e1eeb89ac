# newsfacet — every entry point a newcomer needs. See README.md.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NEWSFACET_INDEX ?= $(CURDIR)/data
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install browsers run index test test-fast lint eval bench clean

# Re-installs only when the dependency files change (the stamp is newer otherwise).
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Browser tests drive Debian's Chromium through Playwright (Playwright's own browser download cannot work
# offline). Installs it only when missing; fails loudly if it cannot, so the browser tests never skip green.
browsers:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null; }
	@command -v chromium >/dev/null 2>&1 || { echo "chromium is missing: the browser tests cannot run" >&2; exit 1; }

# Index the seeds the first time only; serve with gunicorn.
run: install
	@test -d "$(NEWSFACET_INDEX)/whoosh" || $(BIN)/newsfacet index seeds --index "$(NEWSFACET_INDEX)"
	$(BIN)/newsfacet serve --index "$(NEWSFACET_INDEX)" --host $(HOST) --port $(PORT)

index: install
	$(BIN)/newsfacet index seeds --index "$(NEWSFACET_INDEX)"

# Both cores (pytest-xdist): one process leaves a core idle while the other waits on subprocesses, servers
# and Chromium. --dist loadfile keeps each test file in one worker, so a module's fixtures are built once;
# each worker builds its own session fixtures (the seed index) under its own tmp dir.
TEST_WORKERS ?= 2
test: install browsers
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# The rule set and why lives in pyproject.toml [tool.ruff]; CI runs it before the tests.
lint: install
	$(BIN)/ruff check search web indexer tests bench eval

test-fast: install
	$(BIN)/python -m pytest -m 'not slow'

eval: install
	$(BIN)/python -m indexer.evaluate

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data .pytest_cache
