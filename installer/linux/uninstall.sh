#!/usr/bin/env bash
# Remove CaseDesk's menu entry and commands that install.sh added. Your case files and
# settings are left alone; delete this folder afterwards to remove the program itself.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"

for command in casedesk casedesk-gui; do
  # Only links to this folder: another CaseDesk installed elsewhere keeps its own.
  if [[ -L "$bin/$command" && "$(readlink "$bin/$command")" == "$here/$command" ]]; then
    rm -f "$bin/$command"
  fi
done
if grep -qF "$here/casedesk-gui" "$data/applications/casedesk.desktop" 2>/dev/null; then
  rm -f "$data/applications/casedesk.desktop" "$data/icons/hicolor/scalable/apps/casedesk.svg"
fi
echo "CaseDesk is no longer in your menu. To remove the program, delete $here"
echo "Your case files and settings (~/.config/CaseDesk) were not touched."
