#!/usr/bin/env bash
# Install CaseDesk with its test dependencies in .venv, then run the whole suite offscreen.
# Usage: scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"

export QT_QPA_PLATFORM=offscreen
# pytest exits 5 when it collected no tests; that must fail, never pass quietly.
.venv/bin/python -m pytest "$@"
