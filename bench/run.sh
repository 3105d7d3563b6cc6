#!/usr/bin/env bash
# The benchmarks in one command (what `make bench` calls): corpus, gunicorn, wrk, figures.
# Arguments go to bench/load.py, e.g. bench/run.sh --duration 10 --configs sync:5 --articles 20000.
# Needs: the venv (make's .installed-dev), Debian's wrk, PostgreSQL on 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
if ! command -v wrk >/dev/null; then
  echo "Installing Debian's wrk"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
# PostgreSQL runs on this kind of machine; start the cluster if it stopped (as .ci/run does).
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
exec "$PY" -m bench.load "$@"
