# Two commands matter: `make run` (the site on this machine) and `make test` (the whole suite).
PORT ?= 8000
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test bench lighthouse lint messages fonts system-packages venv dev-venv demo-site clean

## System packages (Debian), installed when missing (apt-get; nothing is downloaded otherwise). The site needs only
## gettext (the Khmer catalogue). The tests add PostgreSQL, Chromium (driven by Playwright: no browser is downloaded),
## npm (axe-core, Lighthouse, the HTTP Observatory scanner) and nginx (the production layout on loopback); the
## benchmarks add Redis and wrk.
define install_missing
	@missing=""; for need in $(1); do \
		program=$${need%%=*}; package=$${need#*=}; \
		command -v $$program >/dev/null 2>&1 || [ -x /usr/sbin/$$program ] || ls /usr/lib/postgresql/*/bin/$$program >/dev/null 2>&1 \
			|| missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:$$missing"; \
		SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"; \
		$$SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing >/dev/null; \
	fi
endef
SITE_PACKAGES := msgfmt=gettext
TEST_PACKAGES := $(SITE_PACKAGES) initdb=postgresql chromium=chromium npm=npm nginx=nginx-light
BENCH_PACKAGES := $(TEST_PACKAGES) redis-server=redis-server wrk=wrk

.PHONY: site-packages test-packages bench-packages
site-packages:
	$(call install_missing,$(SITE_PACKAGES))
test-packages:
	$(call install_missing,$(TEST_PACKAGES))
bench-packages system-packages:
	$(call install_missing,$(BENCH_PACKAGES))

## Runs a step quietly: its output is shown only when it fails.
quietly = out=$$( { $(1) ; } 2>&1 ) || { echo "$$out"; exit 1; }

$(BIN)/python:
	@echo "Python: a virtual environment in $(VENV)/"
	@$(call quietly,$(PYTHON) -m venv $(VENV) && $(BIN)/pip install -q --upgrade pip)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	@echo "Python: the site's packages (requirements.txt)"
	@$(call quietly,$(BIN)/pip install -q -r requirements.txt)
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	@echo "Python: the site's, test and lint packages (requirements-dev.txt)"
	@$(call quietly,$(BIN)/pip install -q -r requirements-dev.txt)
	@touch $@ $(VENV)/.installed

venv: $(VENV)/.installed
dev-venv: $(VENV)/.installed-dev

## npm packages (pinned by their package-lock.json): axe-core for the browser tests, Lighthouse for its report.
## No tool may download a browser: they all use Debian's Chromium.
NPM_CI := PUPPETEER_SKIP_DOWNLOAD=1 CHROMEDRIVER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --loglevel=error
tests/browser/node_modules/.installed: tests/browser/package-lock.json
	cd tests/browser && $(NPM_CI)
	touch $@
tools/lighthouse/node_modules/.installed: tools/lighthouse/package-lock.json
	cd tools/lighthouse && $(NPM_CI)
	touch $@
## Mozilla's HTTP Observatory scanner (tests/core/test_observatory.py). Its install scripts would download a CA bundle,
## the HSTS preload list and build a PostgreSQL client it needs only for its web service: skipped; the scanner reads
## an empty preload list instead (no loopback name is on it).
OBSERVATORY := tools/observatory/node_modules/@mdn/mdn-http-observatory
tools/observatory/node_modules/.installed: tools/observatory/package-lock.json
	cd tools/observatory && $(NPM_CI) --ignore-scripts
	echo '{}' > $(OBSERVATORY)/conf/hsts-preload.json
	touch $@

## The demo site in the embedded SQLite database (db.sqlite3), with the staff logins printed.
demo-site: site-packages venv
	@echo "Interface strings: the Khmer catalogue compiled"
	@$(call quietly,$(MANAGE) compilemessages -v0 --locale km --ignore=.venv)
	@echo "Database: db.sqlite3 migrated"
	@$(call quietly,$(MANAGE) migrate --noinput -v0)
	@echo "Demo content: loading"
	@$(MANAGE) load_demo --users

## make run: the site on http://127.0.0.1:$(PORT) with embedded SQLite and the demo content. Our own 404 and 500
## pages, as in production; `make run DEBUG=1` shows Django's technical pages instead.
run: demo-site
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@DEBUG=$(DEBUG) $(MANAGE) runserver 127.0.0.1:$(PORT)

lint: dev-venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports --no-cache
	$(BIN)/bandit -q -r aple_site news resources takeaction -x '*/migrations/*' --severity-level medium

## make test: lint (ruff, djhtml, bandit, import contracts), migrations check, and the pytest suite on a throwaway
## PostgreSQL server per worker (pytest-xdist: one worker per core, whole test files each).
test: test-packages dev-venv lint tests/browser/node_modules/.installed tools/observatory/node_modules/.installed
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	DJANGO_SETTINGS_MODULE=aple_site.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest -n auto --dist loadfile

## make bench: the benchmarks in tests/bench (figures printed and kept in tests/bench/results/).
bench: bench-packages dev-venv
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	$(BIN)/pytest tests/bench -o python_files="bench_*.py" -s -q

## make bench-cluster: the production layout on loopback (PostgreSQL, Redis, two gunicorn servers behind nginx, the
## demo content): requests/s through one server and through both, and how soon a publish shows everywhere.
## Not part of make test; figures printed and kept in tests/bench/results/.
.PHONY: bench-cluster
bench-cluster: bench-packages dev-venv
	$(MANAGE) compilemessages -v0 --locale km --ignore=.venv
	$(BIN)/python -m tests.bench.cluster

## make messages: update the Khmer catalogue from the code and templates (then translate what is new).
messages: venv
	$(MANAGE) makemessages --locale km --ignore=.venv --ignore=tests --no-obsolete

## make lighthouse: Lighthouse (mobile) on the demo site's home page, an article, the oldest article, a resource library and the report
## form, in both languages; scores printed and kept in lighthouse-report/ (with the full reports).
lighthouse: test-packages demo-site tools/lighthouse/node_modules/.installed
	$(BIN)/python tools/lighthouse/run.py

## make fonts: cut the self-hosted web fonts from the full ones in tools/fonts/ (see aple_site/static/fonts/README.md).
fonts: dev-venv
	$(BIN)/python tools/subset_fonts.py

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected .pytest_cache .ruff_cache
