"""Find CaseDesk's bundled resources (icons, stylesheet, rule packs, demo data).

An installed CaseDesk carries them as the package ``casedesk.resources``; a development
checkout (an editable install) reads them from the repository's ``resources/`` folder,
because setuptools' editable finder does not map sub-packages to other folders.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import casedesk
from casedesk.domain.wording import translate


@cache
def resources_dir() -> Path:
    """The folder holding ``style.qss`` and ``icons/``."""
    try:
        import casedesk.resources as bundled

        return Path(bundled.__file__).parent
    except ImportError:
        checkout = Path(casedesk.__file__).resolve().parents[2] / "resources"
        if checkout.is_dir():
            return checkout
        raise FileNotFoundError(
            translate("resources", "CaseDesk's resources folder is missing; reinstall CaseDesk.")
        ) from None


def resource(relative: str) -> Path:
    """The path of one resource, for example ``icons/casedesk.svg``."""
    return resources_dir() / relative
