"""CaseDesk: offline, encrypted case recording for safeguarding and outreach workers."""

from __future__ import annotations

__version__ = "0.1.0"
