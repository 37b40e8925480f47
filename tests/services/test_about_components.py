"""Help > About lists every third-party component CaseDesk runs on, with its licence text."""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

import pytest

from casedesk.services import about
from casedesk.services.about import bundled_components


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_requirements(name: str) -> set[str]:
    """Names of ``name``'s installed runtime requirements, found without our own walker."""
    from packaging.requirements import Requirement

    names = set()
    for text in metadata.requires(name) or []:
        requirement = Requirement(text)
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        try:
            metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue
        names.add(_normal(requirement.name))
    return names


def test_every_installed_runtime_dependency_is_listed_with_a_licence() -> None:
    listed = {_normal(c.name): c for c in bundled_components()}
    # Direct and indirect: what casedesk needs, and what each of those needs in turn.
    needed, to_visit = set(), ["casedesk"]
    while to_visit:
        for requirement in _installed_requirements(to_visit.pop()) - needed:
            needed.add(requirement)
            to_visit.append(requirement)
    assert needed, "casedesk's requirements could not be read"
    missing = needed - listed.keys()
    assert not missing, f"not in Help > About: {sorted(missing)}"
    for name in needed:
        assert listed[name].licence, f"{name} has no licence named"
        assert listed[name].version == metadata.version(name)


def test_dev_tools_are_not_listed_as_bundled() -> None:
    listed = {_normal(c.name) for c in bundled_components()}
    assert not listed & {"pytest", "ruff", "mypy", "casedesk"}


def test_each_font_is_listed_with_its_own_licence_text() -> None:
    fonts = {c.name: c for c in bundled_components() if c.name.endswith("(font)")}
    assert set(fonts) == {"DejaVu (font)", "DroidSansFallback (font)"}
    assert "Bitstream" in fonts["DejaVu (font)"].licence_text()
    assert "Apache" in fonts["DroidSansFallback (font)"].licence_text()


def test_what_a_package_carries_inside_it_is_listed_too() -> None:
    parts = {c.name: c for c in bundled_components() if c.part_of}
    assert parts["Qt"].licence == "LGPL-3.0-only"
    assert parts["SQLCipher"].part_of == "sqlcipher3"


def test_a_bundle_adds_python_and_the_system_libraries_it_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bundle as installer/build.sh leaves it: the programs, and beside them
    # licenses/<component>/ and bundle.json.
    licences = tmp_path / about.LICENCES_FOLDER
    (licences / "Python").mkdir(parents=True)
    (licences / "Python" / "LICENSE.txt").write_text("PSF LICENSE AGREEMENT", encoding="utf-8")
    (licences / "libxcb1").mkdir()
    (licences / "libxcb1" / "copyright").write_text("X11 licence text", encoding="utf-8")
    (licences / "Qt").mkdir()
    (licences / "Qt" / "LGPL-3.0.txt").write_text("GNU LESSER GENERAL", encoding="utf-8")
    manifest = [{"name": "libxcb1", "version": "1.15-1", "licence": "see its copyright file"}]
    (licences / about.BUNDLE_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "casedesk"))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)

    listed = {c.name: c for c in bundled_components()}

    assert "PSF LICENSE AGREEMENT" in listed["Python"].licence_text()
    assert listed["libxcb1"].version == "1.15-1"
    assert "X11 licence text" in listed["libxcb1"].licence_text()
    assert "GNU LESSER GENERAL" in listed["Qt"].licence_text()
