#!/usr/bin/env bash
# Add CaseDesk to the desktop's application menu for the current user (Linux).
# Run after installing CaseDesk so that `casedesk-gui` is on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -D -m 0644 "$here/casedesk.desktop" "$data/applications/casedesk.desktop"
install -D -m 0644 "$here/casedesk.svg" "$data/icons/hicolor/scalable/apps/casedesk.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "CaseDesk added to your applications menu."
