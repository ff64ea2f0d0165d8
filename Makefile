# Two commands a user needs: `make demo` and `make test` (see README). Everything installs from
# constraints.txt, which pins every package, direct and indirect, to what CI tested.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: demo test lint typecheck unit eval train bench bench-network lock clean assets browser bench-ner

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/parlgraph demo $(ARGS)

test: $(STAMP) browser lint typecheck unit

# The page tests drive Debian's chromium (Playwright cannot download a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update && apt-get install -y chromium; }

CODE := loaders graph_api ontology queries $(wildcard bench)

lint: $(STAMP)
	$(BIN)/ruff check $(CODE) tests
	$(BIN)/ruff format --check $(CODE) tests

typecheck: $(STAMP)
	$(BIN)/mypy $(CODE)

unit: $(STAMP)
	$(BIN)/pytest

# The development corpus, then the held-out sets written without looking at the rules.
eval: $(STAMP)
	@for corpus in tests/corpus tests/corpus-heldout* tests/corpus-real2013 tests/corpus-real2013-heldout tests/corpus-real2013-heldout-2 tests/corpus-real2013-heldout-3 tests/corpus-real2013-heldout-4 tests/corpus-real2013-heldout-5 $(TRAINING_CORPORA); do \
		echo "== $$corpus"; $(BIN)/python -m loaders.evaluation $$corpus || exit $$?; echo; \
	done

# Corpora written blind only to be learnt from (tests/corpus-train-*: nobody who writes rules
# reads them), so that the models see wording the rules were never fitted to.
TRAINING_CORPORA := $(sort $(wildcard tests/corpus-train-*))

# The funding models learnt from the development and training corpora only (never a blind
# one: once learnt from, a corpus is no longer held out); --folds first scores each corpus with
# models learnt from the others (docs/extraction.md, "Learnt funding models").
DEVELOPMENT_CORPORA := tests/corpus tests/corpus-heldout tests/corpus-heldout-2 tests/corpus-heldout-3 tests/corpus-heldout-4 tests/corpus-heldout-5 tests/corpus-heldout-6 tests/corpus-heldout-9 tests/corpus-heldout-10 tests/corpus-heldout-11 tests/corpus-heldout-18 tests/corpus-heldout-19 tests/corpus-heldout-22 tests/corpus-heldout-23 tests/corpus-heldout-25 tests/corpus-heldout-27 tests/corpus-heldout-28 tests/corpus-heldout-29 tests/corpus-heldout-30 tests/corpus-heldout-31 tests/corpus-heldout-32 tests/corpus-heldout-33 tests/corpus-heldout-34 tests/corpus-heldout-35 tests/corpus-heldout-36 tests/corpus-heldout-37 tests/corpus-heldout-38 tests/corpus-real2013 tests/corpus-real2013-heldout tests/corpus-real2013-heldout-2 tests/corpus-real2013-heldout-3 tests/corpus-real2013-heldout-4 tests/corpus-real2013-heldout-5
train: $(STAMP)
	$(BIN)/python -m loaders.evaluation.training $(DEVELOPMENT_CORPORA) $(TRAINING_CORPORA) --folds

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The network page with 2,000 nodes and 20,000 edges in headless Chromium (about a minute).
bench-network: $(STAMP)
	$(BIN)/python bench/network_page.py

# Browser assets: each assets/NAME/ pins its npm packages (package.json + lock file) and lists in
# files.txt what to copy, with its licence, into the package. The copies are committed, so users
# need only Python; run this after changing a package.json.
assets:
	@for dir in assets/*/; do \
		echo "== $$dir"; (cd $$dir && npm ci --no-audit --no-fund --silent) || exit $$?; \
		grep -v '^#' $$dir/files.txt | while read -r source target; do \
			[ -n "$$source" ] || continue; \
			mkdir -p "$$(dirname "$$target")" && cp "$$dir$$source" "$$target" || exit 1; \
		done || exit $$?; \
	done

# spaCy's French model as a second source of organisations, with and without (docs/evaluation.md).
bench-ner: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[ner]'
	$(BIN)/python bench/ner.py

# Re-pin every dependency after changing pyproject.toml.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) parlgraph-demo *.egg-info
