"""Where settings live, and what the About box reports."""

from __future__ import annotations

import stat
from pathlib import Path

from casedesk.services.about import bundled_components
from casedesk.services.app_dirs import app_dirs, ensure_private_dir


def test_folders_follow_the_environment_overrides(isolated_dirs: dict[str, Path]) -> None:
    dirs = app_dirs()
    assert dirs.config == isolated_dirs["config"]
    assert dirs.log == isolated_dirs["log"]
    assert dirs.settings_file.parent == isolated_dirs["config"]


def test_private_folders_are_owner_only(tmp_path: Path) -> None:
    folder = ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_about_names_the_licence_of_each_core_library() -> None:
    licences = {lib.name.lower().replace("_", "-"): lib.licence for lib in bundled_components()}
    assert "MIT" in licences["sqlalchemy"]
    assert "LGPL" in licences["pyside6-essentials"]
    assert licences["sqlcipher3"] == "Zlib"  # SPDX, from its licence file
    assert all(licence for licence in licences.values())
