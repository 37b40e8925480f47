#!/usr/bin/env bash
# Install CaseDesk in .venv and start it on a demonstration case file of fictional cases
# (created the first time; its passphrase is printed below and in the README).
# Pass a case file to open that instead. Without a display CaseDesk runs offscreen: it
# paints its main window, prints how long that took, and quits, proving the install.
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
  exec .venv/bin/casedesk "$@"
fi

if [[ $# -eq 0 ]]; then
  demo="$(.venv/bin/python -c 'from casedesk.cli.commands.demo import default_demo_path as d; print(d())')"
  if [[ ! -e "$demo" ]]; then
    .venv/bin/casedesk demo
  else
    echo "Demo case file: $demo"
    echo 'Its passphrase is: "demo case file - fictional people only"'
  fi
  exec .venv/bin/casedesk open "$demo"
fi
exec .venv/bin/casedesk "$@"
