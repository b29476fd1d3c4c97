#!/usr/bin/env bash
# The README's first command: set up a virtualenv, install the project, extract the sample
# corpus into out/ (or the directory given as the first argument).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out}"
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/newsfacts extract corpus -o "$out"
echo "output written to $(cd "$out" && pwd)"
