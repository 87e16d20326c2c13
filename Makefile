# Two commands matter: `make run` (the site on this machine) and `make test` (the whole suite).
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test bench lint messages system-packages venv dev-venv clean

## System packages (Debian): PostgreSQL for the test suite, gettext for the Khmer catalogue, Chromium for
## the browser tests (driven by Playwright; no browser is downloaded).
system-packages:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v msgfmt >/dev/null 2>&1 || missing="$$missing gettext"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
dev-venv: $(VENV)/.installed-dev

## make run: the site on http://127.0.0.1:$(PORT) with embedded SQLite and the demo content.
run: system-packages venv
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) load_demo --users
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: dev-venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

## make test: lint, migrations check, and the pytest suite on a throwaway PostgreSQL server.
test: system-packages dev-venv lint
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	DJANGO_SETTINGS_MODULE=aple_site.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

## make bench: the benchmarks in tests/bench (figures printed and kept in tests/bench/results/).
bench: system-packages dev-venv
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	$(BIN)/pytest tests/bench -o python_files="bench_*.py" -s -q

## make messages: update the Khmer catalogue from the code and templates (then translate what is new).
messages: venv
	$(MANAGE) makemessages --locale km --ignore=.venv --ignore=tests --no-obsolete

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache .ruff_cache
