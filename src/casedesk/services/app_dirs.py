"""Where CaseDesk keeps its settings, logs and caches (never case content).

Folders follow the platform's conventions (platformdirs). Each can be moved with an
environment variable, which is how the tests keep every run under a temporary folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "CaseDesk"

_OVERRIDES = {
    "config": "CASEDESK_CONFIG_DIR",
    "data": "CASEDESK_DATA_DIR",
    "cache": "CASEDESK_CACHE_DIR",
    "log": "CASEDESK_LOG_DIR",
}


@dataclass(frozen=True)
class AppDirs:
    """The folders of one user's CaseDesk installation."""

    config: Path
    data: Path
    cache: Path
    log: Path

    @property
    def settings_file(self) -> Path:
        """The settings file: window geometry, recent case files, preferences."""
        return self.config / "settings.ini"

    def all(self) -> tuple[Path, ...]:
        """Every folder, for the checks that scan them for leaked case content."""
        return (self.config, self.data, self.cache, self.log)


def app_dirs() -> AppDirs:
    """Resolve the folders now, honouring CASEDESK_*_DIR overrides."""
    import platformdirs

    defaults = {
        "config": platformdirs.user_config_dir(APP_NAME, appauthor=False),
        "data": platformdirs.user_data_dir(APP_NAME, appauthor=False),
        "cache": platformdirs.user_cache_dir(APP_NAME, appauthor=False),
        "log": platformdirs.user_log_dir(APP_NAME, appauthor=False),
    }
    resolved = {
        kind: Path(os.environ.get(variable) or defaults[kind])
        for kind, variable in _OVERRIDES.items()
    }
    return AppDirs(**resolved)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def login_name() -> str:
    """The person's login name, as a default owner name."""
    for variable in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    return "owner"
