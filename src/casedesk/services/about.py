"""What Help > About shows: the version, and every third-party component with its licence.

The list is worked out, not kept by hand: every distribution CaseDesk depends on, directly or
through another (read from ``importlib.metadata``, so a new dependency is listed the day it is
added), the typefaces in ``resources/fonts`` (from their LICENSE files), and what a
distribution carries inside it under its own licence (Qt in PySide6, SQLCipher in
sqlcipher3). The application bundle (installer/build.sh) adds the Python runtime and the
system libraries it copied from the build machine; it lists them in ``licenses/bundle.json``
beside the licence texts, and this module reads that list when CaseDesk runs from a bundle.
"""

from __future__ import annotations

import json
import platform
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from casedesk import __version__
from casedesk.domain.wording import QT_TRANSLATE_NOOP, translate
from casedesk.services.resources import resource

CASEDESK_LICENCE = "GPL-3.0-or-later"

# The folder of licence texts inside a bundle, and the list of what only the bundle adds.
LICENCES_FOLDER = "licenses"
BUNDLE_MANIFEST = "bundle.json"


@dataclass(frozen=True)
class Component:
    """One third-party component: its name, version, licence, and its licence texts."""

    name: str
    version: str
    licence: str
    texts: tuple[Path, ...] = ()
    # The distribution this is part of, for what one carries inside it (Qt in PySide6).
    part_of: str = ""

    def licence_text(self) -> str:
        """The licence texts, one after another, each headed by its file name."""
        parts = []
        for path in self.texts:
            try:
                body = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            parts.append(f"==> {path.name} <==\n\n{body.strip()}\n")
        return "\n".join(parts)


# Packages that contain another project's code under that project's licence.
_CONTAINED = {
    "pyside6-essentials": (("Qt", "LGPL-3.0-only"),),
    "sqlcipher3": (
        ("SQLCipher", "BSD-3-Clause"),
        ("SQLite", QT_TRANSLATE_NOOP("about", "public domain")),
    ),
    "cryptography": (("OpenSSL", "Apache-2.0"),),  # i18n: a project and its licence's id
}

# Distributions whose metadata names no licence; checked against their licence files.
_UNDECLARED = {"sqlcipher3": "Zlib"}  # i18n: a licence's SPDX id

_LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice)", re.IGNORECASE)


def casedesk_version() -> str:
    """The running version of CaseDesk."""
    return __version__


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _required_names(requirements: Iterable[str], extras: frozenset[str]) -> Iterator[str]:
    """Names of the requirements that apply: those not tied to an extra, and those of the
    extras asked for. Platform and Python-version markers are left to the installer: what
    does not apply here is not installed, and is skipped as missing."""
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        wanted = re.findall(r"""extra\s*==\s*["']([^"']+)["']""", marker)
        if wanted and not extras.intersection(_normal(e) for e in wanted):
            continue
        name = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?", spec)
        if name:
            asked = frozenset(_normal(e) for e in (name.group(2) or "[]")[1:-1].split(",") if e)
            yield name.group(1) + ("[" + ",".join(sorted(asked)) + "]" if asked else "")


def runtime_distributions(root: str = "casedesk") -> list[metadata.Distribution]:
    """Every installed distribution ``root`` runs on, directly or indirectly, by name."""
    found: dict[str, metadata.Distribution] = {}
    to_visit: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    visited: set[tuple[str, frozenset[str]]] = set()
    while to_visit:
        name, extras = to_visit.pop()
        if (_normal(name), extras) in visited:
            continue
        visited.add((_normal(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not installed here (another platform's, or left out of a bundle)
        if _normal(name) != _normal(root):
            found[_normal(name)] = dist
        for required in _required_names(dist.requires or [], extras):
            base, _, asked = required.partition("[")
            to_visit.append((base, frozenset(asked.rstrip("]").split(",")) - {""}))
    return [found[key] for key in sorted(found)]


def licence_of(meta: Any) -> str:
    """A distribution's licence as its metadata declares it (an SPDX expression if any)."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    known = _UNDECLARED.get(_normal(str(meta["Name"])))
    if known:
        return known
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []  # i18n: a package metadata field
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return " / ".join(classifiers)
    declared = (meta.get("License") or "").strip()
    # Some packages paste the whole licence text here; then the first line names it.
    if declared:
        return declared.splitlines()[0][:80]
    return translate("about", "see its licence file")


def _licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    paths = []
    for file in dist.files or []:
        in_metadata = ".dist-info" in str(file.parent) or ".egg-info" in str(file.parent)
        if in_metadata and _LICENCE_FILE.match(file.name):
            located = Path(str(file.locate()))
            if located.is_file():
                paths.append(located)
    return tuple(sorted(paths))


def bundle_folder() -> Path | None:
    """The folder of a running application bundle (PyInstaller) that holds ``licenses/``,
    or None when CaseDesk runs from source. Beside the programs on Linux and Windows (the
    folder a user sees); in a macOS app, PyInstaller's own folder (``Contents/Frameworks``)."""
    if not getattr(sys, "frozen", False):
        return None
    candidates = [Path(sys.executable).parent, Path(getattr(sys, "_MEIPASS", "."))]
    for folder in candidates:
        if (folder / LICENCES_FOLDER).is_dir():
            return folder
    return candidates[0]


def _bundle_texts(name: str) -> tuple[Path, ...]:
    """Texts the bundle carries for ``name`` beyond what its metadata holds."""
    folder = bundle_folder()
    if folder is None:
        return ()
    texts = folder / LICENCES_FOLDER / name
    return tuple(sorted(p for p in texts.glob("*") if p.is_file())) if texts.is_dir() else ()


def _font_components() -> list[Component]:
    components = []
    for licence_file in sorted(resource("fonts").glob("LICENSE-*.txt")):
        family = licence_file.stem.removeprefix("LICENSE-")
        text = licence_file.read_text(encoding="utf-8", errors="replace")
        spdx = re.search(r"^License:\s*(\S+)", text, re.MULTILINE)
        components.append(
            Component(
                translate("about", "{family} (font)").format(family=family),
                "",
                spdx.group(1) if spdx else translate("about", "see its licence file"),
                (licence_file,),
            )
        )
    return components


def _bundle_components() -> list[Component]:
    """The Python runtime and the system libraries a bundle carries (from its manifest)."""
    folder = bundle_folder()
    if folder is None:
        return []
    python = "Python"  # i18n: a product name
    components = [Component(python, platform.python_version(), "PSF-2.0", _bundle_texts(python))]

    manifest = folder / LICENCES_FOLDER / BUNDLE_MANIFEST
    try:
        listed = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        listed = []
    for entry in listed:
        components.append(
            Component(
                str(entry["name"]),
                str(entry.get("version", "")),
                str(entry.get("licence") or translate("about", "see its licence file")),
                _bundle_texts(str(entry["name"])),
            )
        )
    return components


def bundled_components() -> list[Component]:
    """Every third-party component CaseDesk runs on, with its licence, by name."""
    components = []
    for dist in runtime_distributions():
        name, version = str(dist.metadata["Name"]), str(dist.version)
        # A bundle keeps every text in its licences folder, its metadata's copies included.
        texts = _bundle_texts(name) or _licence_files(dist)
        components.append(Component(name, version, licence_of(dist.metadata), texts))
        for part, licence in _CONTAINED.get(_normal(name), ()):
            shown = translate("about", licence)  # an SPDX id comes back as it is
            components.append(Component(part, "", shown, _bundle_texts(part), part_of=name))
    components += _font_components()
    components += _bundle_components()
    return sorted(components, key=lambda c: c.name.lower())
