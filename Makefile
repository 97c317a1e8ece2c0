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

## bench: every benchmark (prints figures; writes content/performance.md). About two
## hours on 2 cores: the 10,000-article site alone takes an hour to extract and build twice.
bench: $(STAMP)
	@if [ "$$(id -u)" = 0 ]; then $(MAKE) --no-print-directory browser; fi
	$(BIN)/python bench/extract.py --articles 1000 --jobs 2
	$(BIN)/python bench/site.py --sizes 100 1000 --repeat 2
	$(BIN)/python bench/site.py --sizes 10000 --repeat 1 --keep .bench/site-10000
	$(BIN)/python bench/search.py --project .bench/site-10000
	$(BIN)/python bench/serve.py --articles 5000
	$(BIN)/python bench/site.py --sizes --write-page

## serve: live preview; edits under data/ and seeds/ reload the browser
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty

clean:
	rm -rf site $(VENV)
