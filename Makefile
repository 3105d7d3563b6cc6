# Leeszaal: `make demo` runs the site with demo data at http://127.0.0.1:8000, `make test` runs the tests.
# Both set up everything they need on a fresh Debian machine (as root or with sudo).

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTHON ?= $(shell command -v python3.13 || command -v python3)
SCHEMAS ?= $(abspath ../shared/testdata/schemas)
DEMO_ENV := DEBUG=1 LEESZAAL_HTTPS=0 TRUSTED_PROXIES=127.0.0.1,::1
PYTEST_ARGS ?=

.PHONY: demo test lint check bench lighthouse messages clean system-deps browser

demo: $(VENV)/.installed
	$(DEMO_ENV) $(PY) manage.py migrate --no-input
	$(DEMO_ENV) $(PY) manage.py load_demo
	@echo "Leeszaal draait op http://127.0.0.1:8000 (Ctrl-C stopt). Demo-logins: zie README.md."
	$(DEMO_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: $(VENV)/.installed-dev browser
	XML_CATALOG_FILES="$(SCHEMAS)/catalog.xml" LEESZAAL_SCHEMAS="$(SCHEMAS)" \
		$(PY) -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy .
	$(DEMO_ENV) $(PY) manage.py makemigrations --check --dry-run

bench: $(VENV)/.installed-dev
	bench/run.sh

# Lighthouse (mobile) on the reading pages of the demo under gunicorn; fails below 95 (bench/README.md).
LIGHTHOUSE_ARGS ?=
# bench/lighthouse.py installs node, npm and the pinned Lighthouse itself when they are missing or stale.
lighthouse: $(VENV)/.installed-dev browser
	$(PY) -m bench.lighthouse $(LIGHTHOUSE_ARGS)

# Recompile the translation catalogs (needs gettext's msgfmt; the compiled .mo files are committed).
messages: $(VENV)/.installed
	$(DEMO_ENV) $(PY) manage.py makemessages --locale en --no-obsolete --ignore ".venv/*" --ignore "var/*" --ignore "bench/*" --ignore "tests/*"
	$(DEMO_ENV) $(PY) manage.py compilemessages --locale en --locale nl --ignore ".venv/*"

system-deps:
	@$(PYTHON) -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 13))' 2>/dev/null || { \
		echo "Installing Python 3.13 with venv from Debian's packages"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y python3 python3-venv python3-dev; }

browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

$(VENV)/.installed: requirements.txt constraints.txt | system-deps
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

clean:
	rm -rf $(VENV) var
