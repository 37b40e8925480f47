#!/usr/bin/env bash
# Build CaseDesk as a self-contained Linux application: a folder holding `casedesk` and
# `casedesk-gui` with Python, Qt and every library inside (no Python needed where it runs),
# packed as dist/CaseDesk-<version>-linux-x86_64.tar.gz with the menu entry, the icon, and
# install.sh / uninstall.sh for the user's applications menu.
#
# Usage: installer/build.sh            (from anywhere; needs python3 >= 3.11 and pip access)
# Prints the tarball's path last. Build files go to build/bundle-*, output to dist/.
#
# Reproducible: the same commit, Python and pins (installer/requirements-build.txt) give the
# same tarball. Everything is built from a copy of the tracked (and new, not ignored) files,
# never from stale build/ leftovers; PYTHONHASHSEED is fixed; the tar is sorted, with one
# mtime (SOURCE_DATE_EPOCH, by default the last commit's time), owner root, and gzip without
# a name or time stamp.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/casedesk/__init__.py)"
[[ -n "$version" ]] || { echo "No __version__ in src/casedesk/__init__.py" >&2; exit 1; }
arch="$(uname -m)"
name="CaseDesk-$version-linux-$arch"

export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
export PYTHONHASHSEED=0
export PIP_DISABLE_PIP_VERSION_CHECK=1

# PyInstaller reads and strips the libraries with binutils (objdump, strip); install it when
# missing, as scripts/install-system-deps.sh does for the app's own needs.
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "Installing system package: binutils (PyInstaller needs objdump and strip)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi

python="${PYTHON:-python3}"
venv="$root/build/bundle-venv"
source_copy="$root/build/bundle-source"
work="$root/build/bundle-work"
out="$root/build/bundle-dist"

echo "== CaseDesk $version: build venv (pinned by installer/requirements-build.txt)"
if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
pins="$root/installer/requirements-build.txt"
"$venv/bin/python" -m pip install --quiet -c "$pins" pyinstaller pyinstaller-hooks-contrib \
  setuptools wheel

echo "== CaseDesk $version: install from a clean copy of the source"
rm -rf "$source_copy"
mkdir -p "$source_copy"
git ls-files -z --cached --others --exclude-standard \
  | xargs -0 -I{} sh -c 'test -e "$1" && printf "%s\0" "$1" || true' _ {} \
  | tar --null -T - -cf - | tar -xf - -C "$source_copy"
# Not editable: resources/ must install as casedesk.resources for the bundle to carry it.
"$venv/bin/python" -m pip install --quiet --no-build-isolation -c "$pins" "$source_copy"
site="$("$venv/bin/python" -c 'import casedesk, pathlib; print(pathlib.Path(casedesk.__file__).parent)')"
if [[ ! -f "$site/resources/help/index.md" ]]; then
  echo "the installed CaseDesk has no resources (pyproject's packages list?)" >&2
  exit 1
fi

echo "== CaseDesk $version: PyInstaller"
rm -rf "$work" "$out"
(cd "$source_copy" && "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --workpath "$work" --distpath "$out" installer/casedesk.spec)

bundle="$out/CaseDesk"
# One program, two names: launcher.py opens the GUI when started as casedesk-gui.
ln -sfn casedesk "$bundle/casedesk-gui"
echo "== CaseDesk $version: licences, menu entry, install scripts"
"$venv/bin/python" "$root/installer/collect_licences.py" "$bundle"
install -m 0644 "$root/installer/casedesk.desktop" "$bundle/casedesk.desktop"
install -m 0644 "$root/installer/casedesk.svg" "$bundle/casedesk.svg"
install -m 0755 "$root/installer/linux/install.sh" "$bundle/install.sh"
install -m 0755 "$root/installer/linux/uninstall.sh" "$bundle/uninstall.sh"
install -m 0644 "$root/installer/linux/README.txt" "$bundle/README.txt"
printf '%s\n' "$version" > "$bundle/VERSION"

echo "== CaseDesk $version: tarball"
mkdir -p "$root/dist"
tarball="$root/dist/$name.tar.gz"
# Permissions as a fresh unpack should have them, whatever this machine's umask was.
find "$bundle" -type d -exec chmod 0755 {} +
find "$bundle" -type f -perm /u+x -exec chmod 0755 {} +
find "$bundle" -type f ! -perm /u+x -exec chmod 0644 {} +
# Build-time .pyc caches or editor leftovers never belong in the tarball.
find "$bundle" -name '__pycache__' -prune -exec rm -rf {} +
tar --sort=name --format=gnu --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 \
  --numeric-owner -C "$out" -cf - CaseDesk | gzip -n > "$tarball.part"
mv "$tarball.part" "$tarball"

echo "== CaseDesk $version: done"
du -sh "$bundle" | sed 's/^/folder: /'
du -sh "$tarball" | sed 's/^/tarball: /'
sha256sum "$tarball"
echo "$tarball"
