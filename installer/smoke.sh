#!/usr/bin/env bash
# Smoke test of the Linux application bundle, as a user without Python would use it.
#
# Usage: installer/smoke.sh [TARBALL]
#   Without TARBALL it runs installer/build.sh first and tests what that made.
#
# Everything runs from the unpacked tarball alone: a fresh HOME, `env -i` with a PATH that
# holds nothing (so no python3, venv or system Python package can be reached) and no
# PYTHON* variables. It checks: --version; a case file made with `casedesk init` and the demo
# made with `casedesk demo`, each `casedesk check`ed; working days (holidays), a signed
# summary verified (reportlab, pyHanko), a genogram PNG (pillow); the GUI painting its window
# offscreen (and on X11 under Xvfb when xvfb-run is here); the menu entry install.sh adds; and
# an upgrade in place (the tarball unpacked over the installed folder) that keeps the case
# files and the settings made before it. Any failure exits non-zero. Timings are printed.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ge 1 ]]; then
  tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
  tarball="$(bash installer/build.sh | tail -1)"
fi
[[ -f "$tarball" ]] || { echo "smoke: no tarball at $tarball" >&2; exit 1; }
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/casedesk/__init__.py)"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/casedesk-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
home="$scratch/home"
apps="$home/Applications"
docs="$home/Documents"
empty_path="$scratch/empty-path"
mkdir -p "$apps" "$docs" "$empty_path"
chmod 0700 "$home"
app="$apps/CaseDesk"

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "== smoke: $*"; }

# Run a program of the bundle with nothing of this machine's Python within reach.
bundle() {
  env -i HOME="$home" PATH="$empty_path" LANG=C.UTF-8 TMPDIR="$scratch" \
    QT_QPA_PLATFORM=offscreen "$@"
}

# The install scripts are shell scripts: they get the ordinary system PATH, nothing more.
as_user() {
  env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 "$@"
}

seconds() { # seconds COMMAND...: run it, print its wall time to stderr
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "   (%.2f s)\n", e - s }' >&2
}

step "unpack $(basename "$tarball") into a fresh HOME"
tar -xzf "$tarball" -C "$apps"
[[ -x "$app/casedesk" && -L "$app/casedesk-gui" ]] || fail "the tarball has no CaseDesk/casedesk"

step "casedesk --version"
shown="$(seconds bundle "$app/casedesk" --version)"
[[ "$shown" == *"$version"* ]] || fail "--version said '$shown', expected $version"
echo "   $shown"

step "casedesk init and check (passphrase from a file, as automation gives it)"
printf 'smoke test passphrase - nothing real\n' > "$scratch/passphrase"
chmod 0600 "$scratch/passphrase"
bundle "$app/casedesk" init "$docs/smoke.casedesk" --owner "Smoke Tester" \
  --passphrase-file "$scratch/passphrase" > /dev/null
bundle "$app/casedesk" check "$docs/smoke.casedesk" --passphrase-file "$scratch/passphrase" \
  || fail "check of a new case file"

step "casedesk demo, check, due (bank holidays)"
demo_passphrase="demo case file - fictional people only"
printf '%s\n' "$demo_passphrase" > "$scratch/demo-passphrase"
seconds bundle "$app/casedesk" demo "$docs/demo.casedesk" --cases 3 > /dev/null
bundle "$app/casedesk" check "$docs/demo.casedesk" --passphrase-file "$scratch/demo-passphrase" \
  > /dev/null || fail "check of the demo case file"
bundle "$app/casedesk" due "$docs/demo.casedesk" --passphrase-file "$scratch/demo-passphrase" \
  --within 20 > /dev/null || fail "due"

step "signed summary (reportlab, pyHanko) verified; genogram PNG (pillow)"
mkdir -p "$docs/out"
bundle "$app/casedesk" summary "$docs/demo.casedesk" --passphrase-file "$scratch/demo-passphrase" \
  --case DEMO-0001 --out "$docs/out/summary.pdf" --recipient "Health visitor" \
  --purpose "Smoke test" 2> /dev/null || fail "summary"
bundle "$app/casedesk" certificate "$docs/demo.casedesk" \
  --passphrase-file "$scratch/demo-passphrase" --user "Demo Worker" \
  --out "$docs/out/worker.pem" > /dev/null || fail "certificate"
bundle "$app/casedesk" verify "$docs/out/summary.pdf" --trust "$docs/out/worker.pem" > /dev/null \
  || fail "verify of a summary just signed"
bundle "$app/casedesk" genogram "$docs/demo.casedesk" --passphrase-file "$scratch/demo-passphrase" \
  --case DEMO-0001 --out "$docs/out/genogram.png" > /dev/null || fail "genogram"
[[ "$(head -c 4 "$docs/out/genogram.png" | tail -c 3)" == "PNG" ]] || fail "genogram is not a PNG"

painted() { # painted LABEL OUTPUT: the GUI said it painted its main window
  grep -Eq '^painted [0-9.]+$' <<< "$2" || fail "the GUI ($1) did not paint: $2"
  echo "   $1: $(grep -E '^painted' <<< "$2") s to the painted window"
}
gui_offscreen() {
  bundle CASEDESK_BENCH_EXIT_ON_PAINT=1 "$app/casedesk-gui" 2>&1
}

step "GUI from the bundle"
output="$(gui_offscreen)" || fail "the GUI exited with an error: $output"
painted offscreen "$output"
if command -v xvfb-run > /dev/null; then
  # The X11 platform plugin, and the xcb libraries the bundle carries, on a real X server.
  output="$(xvfb-run -a bash -c 'exec env -i HOME="$1" PATH="$2" LANG=C.UTF-8 \
    DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" QT_QPA_PLATFORM=xcb CASEDESK_BENCH_EXIT_ON_PAINT=1 "$3"' \
    _ "$home" "$empty_path" "$app/casedesk-gui" 2>&1)" || fail "the GUI on X11: $output"
  painted "X11 (Xvfb)" "$output"
else
  echo "   (xvfb-run not installed: X11 not tried)"
fi

step "install.sh: menu entry and commands for this user"
as_user "$app/install.sh" > /dev/null
entry="$home/.local/share/applications/casedesk.desktop"
grep -qF "Exec=\"$app/casedesk-gui\" %f" "$entry" || fail "menu entry does not start $app"
[[ "$(readlink "$home/.local/bin/casedesk")" == "$app/casedesk" ]] || fail "no ~/.local/bin/casedesk"
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$entry" || fail "menu entry is not valid"
fi

step "upgrade in place: unpack over the installed folder; case files and settings stay"
settings="$home/.config/CaseDesk/settings.ini"
mkdir -p "$(dirname "$settings")"
printf '[smoke]\nmade_before_upgrade=yes\n' >> "$settings"
before_settings="$(sha256sum < "$settings")"
before_cases="$(cd "$docs" && find smoke.casedesk demo.casedesk -type f -exec sha256sum {} + | sort)"
tar -xzf "$tarball" -C "$apps"
as_user "$app/install.sh" > /dev/null
[[ "$(sha256sum < "$settings")" == "$before_settings" ]] || fail "the upgrade changed settings"
after_cases="$(cd "$docs" && find smoke.casedesk demo.casedesk -type f -exec sha256sum {} + | sort)"
[[ "$after_cases" == "$before_cases" ]] || fail "the upgrade changed a case file"
bundle "$app/casedesk" check "$docs/smoke.casedesk" --passphrase-file "$scratch/passphrase" \
  > /dev/null || fail "check after the upgrade"
output="$(gui_offscreen)" || fail "the GUI after the upgrade: $output"
painted "offscreen, after the upgrade" "$output"
grep -q '^made_before_upgrade=yes' "$settings" || fail "the GUI dropped a setting made before"

step "uninstall.sh: menu entry gone, case files and settings kept"
as_user "$app/uninstall.sh" > /dev/null
[[ ! -e "$entry" && ! -e "$home/.local/bin/casedesk" ]] || fail "uninstall left the menu entry"
[[ -f "$settings" && -d "$docs/smoke.casedesk" ]] || fail "uninstall removed user data"

step "licences: bundled texts and the list Help > About reads"
[[ -s "$app/licenses/bundle.json" && -s "$app/licenses/Qt/LGPL-3.0.txt" ]] \
  || fail "licence texts missing from the bundle"

echo "smoke: all passed ($(basename "$tarball"), $(du -sh "$app" | cut -f1) unpacked)"
