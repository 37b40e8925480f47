#!/usr/bin/env bash
# Add this CaseDesk folder to your applications menu and your PATH (for you alone; no
# administrator needed). Run it again after moving the folder. Your case files and settings
# are not in this folder, so upgrading (unpacking a newer CaseDesk over it) keeps them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"

# The menu entry starts this folder's casedesk-gui, wherever the folder is.
quoted="\"${here//\"/\\\"}/casedesk-gui\""
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps" "$bin"
sed "s|^Exec=.*|Exec=$quoted %f|" "$here/casedesk.desktop" > "$data/applications/casedesk.desktop.new"
chmod 0644 "$data/applications/casedesk.desktop.new"
mv "$data/applications/casedesk.desktop.new" "$data/applications/casedesk.desktop"
install -m 0644 "$here/casedesk.svg" "$data/icons/hicolor/scalable/apps/casedesk.svg"
ln -sfn "$here/casedesk" "$bin/casedesk"
ln -sfn "$here/casedesk-gui" "$bin/casedesk-gui"
if command -v update-desktop-database >/dev/null; then
  update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
echo "CaseDesk $(cat "$here/VERSION") is in your applications menu."
echo "In a terminal, 'casedesk' runs it (log out and in again if $bin was not on your PATH)."
