#!/usr/bin/env bash
# Install CaseDesk in .venv and start it. With no arguments it opens the start page;
# pass a case file to open it. Without a display it runs offscreen (nothing to see, but
# it proves the install); set QT_QPA_PLATFORM yourself to choose.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh
if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .

if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found: starting CaseDesk offscreen; it paints its window and quits."
  export QT_QPA_PLATFORM=offscreen CASEDESK_BENCH_EXIT_ON_PAINT=1
fi
exec .venv/bin/casedesk "$@"
