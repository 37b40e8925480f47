"""What an installed CaseDesk carries: every package of src/ and the resources folder, and
every resource file (a wheel once had none of them: icons, stylesheet, rule packs, fonts
and help were missing from anything but an editable install)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict[str, object]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return project["tool"]["setuptools"]  # type: ignore[no-any-return]


def test_every_package_is_listed_for_installing() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT / "src").parts)
        for path in (ROOT / "src" / "casedesk").rglob("__init__.py")
    }
    assert set(_setuptools()["packages"]) == found | {"casedesk.resources"}  # type: ignore[call-overload]


def test_every_resource_file_is_installed() -> None:
    patterns = _setuptools()["package-data"]["casedesk.resources"]  # type: ignore[index]
    files = [
        path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".py"
    ]
    assert files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert not missing, f"resources a wheel would leave out: {missing}"
