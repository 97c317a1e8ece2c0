# Task runner. Every target creates the virtual environment it needs, so on a
# fresh machine with Python 3.11+ `make site` and `make test` are the whole set-up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test lint serve bench browser clean

$(STAMP): pyproject.toml package.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	-command -v npm >/dev/null && npm ci --silent --no-audit --no-fund
	touch $(STAMP)

## browser: Debian's Chromium for the browser tests (needs root; the tests skip without it)
browser:
	command -v chromium >/dev/null || (apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

## site: extract new seed articles into data/, check every record, build site/ (strict)
site: $(STAMP)
	$(BIN)/factsite build

## test: the whole test suite (extraction gate, validation, rendering, strict site build,
## browser tests: Chromium is installed first when we are root, else those tests skip)
test: $(STAMP)
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory browser; fi
	$(BIN)/python -m pytest

## lint: ruff over the package and the tests
lint: $(STAMP)
	$(BIN)/ruff check generator tests

## bench: extraction and site benchmarks (prints figures; writes content/performance.md)
bench: $(STAMP)
	$(BIN)/python bench/extract.py --articles 1000 --jobs 2
	$(BIN)/python bench/site.py --sizes 100 1000 --write-page

## serve: live preview; edits under data/ and seeds/ reload the browser
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty

clean:
	rm -rf site $(VENV)
