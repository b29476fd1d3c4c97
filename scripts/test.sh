#!/usr/bin/env bash
# The README's second command: set up a virtualenv, install the project with its test extras,
# check the dependency set, run the tests. Exit code: pytest's (0 pass, 1 failures, 5 none ran).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/python -m pip check
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 MPLBACKEND=Agg
# In parallel (pytest-xdist): the suite is CPU-bound, and on a 2-CPU machine two workers halve it
# (819 s serial, 437 s with -n 2, same 6,547 tests). At most 4 workers, since each holds its own
# copy of the models its tests load; pass "-n 0" to run serially.
exec .venv/bin/python -m pytest -q -n auto --maxprocesses 4 "$@"
