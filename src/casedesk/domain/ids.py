"""Typed identifiers, so a person's id cannot be passed where a case's is expected."""

from __future__ import annotations

import secrets
from typing import NewType

CaseId = NewType("CaseId", str)
PersonId = NewType("PersonId", str)
RelationshipId = NewType("RelationshipId", str)
EntryId = NewType("EntryId", str)
ProfessionalId = NewType("ProfessionalId", str)


def new_id(prefix: str) -> str:
    """A fresh, unguessable id for a record (``e-3f9a...``); the prefix says its kind to a
    person reading an export. Records are given one when they are written (the unit of
    work), or earlier where another record must name them first (a new case's child)."""
    return f"{prefix}-{secrets.token_hex(8)}"
