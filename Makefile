# Two commands for a fresh machine: `make demo` and `make test`; `make serve` runs it in production.
# See README.md.
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: demo serve test setup setup-dev browser lint bench soak clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev

# The end-to-end tests drive Debian's chromium through Playwright (no browser download);
# a Korean font makes their screenshots legible.
browser:
	@command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi nanum || { \
	  echo "Installing Debian's chromium and a Korean font for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum >/dev/null; }

demo: setup
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py ingest fixtures/jeonju-daily-page.json
	DEBUG=1 $(PY) manage.py demo_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@echo "The import worker (manage.py db_worker) runs beside it and stops with it."
	DEBUG=1 $(PY) manage.py db_worker --no-reload --verbosity 0 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL … from the environment (README "Operating it").
# Gathers static files for whitenoise, applies migrations, then serves with gunicorn on BIND.
serve: setup
	$(PY) manage.py check --deploy --fail-level ERROR
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py migrate --noinput
	$(VENV)/bin/gunicorn -c config/gunicorn.py config.wsgi

test: setup-dev browser
	$(VENV)/bin/pytest

lint: setup-dev
	$(VENV)/bin/ruff check .

bench: setup-dev
	$(PY) bench/extract.py

# Not in CI: 10 minutes of mixed traffic under gunicorn (bench/soak.py --help; BENCHMARKS.md).
soak: setup-dev
	$(PY) bench/soak.py

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
