"""What the About box shows: the version, and the licence of every bundled library."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Any

from casedesk import __version__

BUNDLED = (
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "sqlcipher3",
    "cryptography",
    "platformdirs",
    "holidays",
    "reportlab",
    "pyHanko",
    "pyhanko-certvalidator",
    "asn1crypto",
    "pillow",
)


@dataclass(frozen=True)
class LibraryLicence:
    """One bundled library, its installed version and its licence as it declares it."""

    name: str
    version: str
    licence: str


# Packages whose metadata does not name their licence; checked against their licence files.
_KNOWN = {
    "sqlcipher3": "zlib (pysqlite code); SQLCipher itself: BSD-3-Clause",
}


def casedesk_version() -> str:
    """The running version of CaseDesk."""
    return __version__


def _licence_of(meta: Any) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.rsplit("::", 1)[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and c.count("::") >= 2
    ]
    if classifiers:
        return ", ".join(classifiers)
    known = _KNOWN.get(str(meta["Name"]).lower())
    if known:
        return known
    declared = (meta.get("License") or "").strip()
    # Some packages paste the whole licence text here; the first line names it.
    return declared.splitlines()[0][:80] if declared else "see the package's own licence file"


def bundled_licences() -> list[LibraryLicence]:
    """Every bundled library that is installed, with version and licence."""
    found: list[LibraryLicence] = []
    for name in BUNDLED:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(LibraryLicence(meta["Name"], meta["Version"], _licence_of(meta)))
    # Not a package: the typeface bundled for drawings and PDFs (resources/fonts).
    found.append(LibraryLicence("DejaVu Sans (font)", "2.37", "Bitstream Vera licence (free)"))
    return found
