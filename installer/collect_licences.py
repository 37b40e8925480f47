"""Put every licence text into a built bundle: ``licenses/<component>/`` and ``bundle.json``.

Run by installer/build.sh after PyInstaller, with the build venv's Python (where CaseDesk is
installed), as ``collect_licences.py BUNDLE_FOLDER``. The components are those Help > About
lists (casedesk.services.about), less the distributions PyInstaller left out; to them this adds
the texts their packages do not carry (installer/licenses), the Python runtime's licence, and
each system library PyInstaller copied from this machine, with its Debian copyright file. The
list of those libraries goes to ``licenses/bundle.json``, which About reads inside the bundle.
A library nobody can name the licence of stops the build.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from casedesk.services.about import (
    BUNDLE_MANIFEST,
    LICENCES_FOLDER,
    bundled_components,
)

HERE = Path(__file__).resolve().parent
EXTRA = HERE / "licenses"

# Texts a component's own package does not carry (file names in installer/licenses).
EXTRA_TEXTS = {
    "CaseDesk": ("GPL-3.0.txt",),
    "PySide6_Essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "Qt": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "SQLCipher": ("SQLCipher-BSD-3-Clause.txt",),
    "SQLite": ("SQLite-public-domain.txt",),
    "OpenSSL": ("Apache-2.0.txt",),
    "DroidSansFallback (font)": ("Apache-2.0.txt",),
}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _copy(sources: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        target = folder / source.name
        if target.exists() and target.read_bytes() != source.read_bytes():
            target = folder / f"{source.parent.name}-{source.name}"
        shutil.copyfile(source, target)


def _system_libraries(internal: Path) -> list[dict[str, str]]:
    """The shared libraries PyInstaller copied from this system, by Debian package."""
    by_package: dict[str, dict[str, str]] = {}
    unknown = []
    for library in sorted(internal.glob("*.so*")):
        if library.is_symlink():
            continue  # a link to a library a Python package carries (PySide6, pillow)
        if library.name.startswith("libpython"):
            continue  # the Python runtime, listed as Python
        if ".cpython-" in library.name or ".abi3." in library.name:
            continue  # a Python extension module, part of its package
        found = subprocess.run(
            ["dpkg-query", "-S", f"*/{library.name}"], capture_output=True, text=True, check=False
        )
        if found.returncode != 0:
            unknown.append(library.name)
            continue
        package = found.stdout.split(":", 1)[0].strip()
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        entry = by_package.setdefault(
            package,
            {
                "name": package,
                "version": version,
                "licence": "see its copyright file",
                "copyright": f"/usr/share/doc/{package}/copyright",
                "libraries": "",
            },
        )
        entry["libraries"] = " ".join(filter(None, [entry["libraries"], library.name]))
    if unknown:
        sys.exit(
            "No licence known for these libraries in the bundle (not from a Debian package): "
            + ", ".join(unknown)
        )
    return [by_package[name] for name in sorted(by_package)]


def main(bundle: Path) -> int:
    """Write ``licenses/`` into ``bundle``."""
    internal = bundle / "_internal"
    licences = bundle / LICENCES_FOLDER
    shutil.rmtree(licences, ignore_errors=True)
    shipped = {
        _normal(dist.metadata["Name"]) for dist in metadata.distributions(path=[str(internal)])
    }
    kept_names = []
    for component in bundled_components():
        container = component.part_of or component.name
        is_font = component.name.endswith("(font)")
        if not is_font and _normal(container) not in shipped:
            continue  # left out of the bundle (installer/casedesk.spec NOT_BUNDLED)
        extra = [EXTRA / name for name in EXTRA_TEXTS.get(component.name, ())]
        _copy([*component.texts, *extra], licences / component.name)
        kept_names.append(component.name)
    _copy([EXTRA / name for name in EXTRA_TEXTS["CaseDesk"]], licences / "CaseDesk")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    _copy([python_licence], licences / "Python")

    system = _system_libraries(internal)
    for entry in system:
        _copy([Path(entry["copyright"])], licences / entry["name"])
    (licences / BUNDLE_MANIFEST).write_text(
        json.dumps(system, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    empty = [p.name for p in licences.iterdir() if p.is_dir() and not any(p.iterdir())]
    if empty:
        sys.exit("No licence text for: " + ", ".join(sorted(empty)))
    print(
        f"licences: {len(kept_names)} components, {len(system)} system packages, "
        f"Python, CaseDesk -> {licences}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
