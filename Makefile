# The two commands a newcomer needs: `make run` and `make test`.
# Both create .venv with the standard library's venv + pip when it is missing
# or older than pyproject.toml, so a fresh clone needs only Python 3.11+ and make.
# pip's and setuptools' chatter goes to .venv/install.log (shown if it fails), so
# the one line that matters on a first run, "back up the key file", stays visible.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOG := $(VENV)/install.log

.PHONY: run test test-full lint typecheck bench report-preview clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CRE Bot needs Python 3.11 or newer (found " + sys.version.split()[0] + ")")'
	@echo "Setting up $(VENV) (the first time takes a minute or two; details in $(LOG))..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@{ $(BIN)/python -m pip install --disable-pip-version-check --upgrade pip \
	  && $(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]'; } > $(LOG) 2>&1 \
	  || { tail -n 40 $(LOG); echo "Setting up $(VENV) failed: the whole story is in $(LOG)"; exit 1; }
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/cre-admin init --quiet
	@$(BIN)/cre-bot

# The suite runs on every core (pytest-xdist), the long tests at a short budget;
# test-full runs them at full length (tests/support/budget.py).
test: $(STAMP) lint typecheck
	@$(BIN)/python -m pytest -n auto

test-full: $(STAMP) lint typecheck
	@CRE_TEST_FULL=1 $(BIN)/python -m pytest -n auto

lint: $(STAMP)
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .

typecheck: $(STAMP)
	@$(BIN)/mypy

bench: $(STAMP)
	@$(BIN)/python -m bench

# Renders a made-up annual report in headless Chromium to PNG pages (build/report-preview/);
# needs Debian's chromium and poppler-utils (see the README).
report-preview: $(STAMP)
	@$(BIN)/python -m tools.report_preview

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build
