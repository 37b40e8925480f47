"""Typed identifiers, so a person's id cannot be passed where a case's is expected."""

from __future__ import annotations

from typing import NewType

CaseId = NewType("CaseId", str)
PersonId = NewType("PersonId", str)
RelationshipId = NewType("RelationshipId", str)
EntryId = NewType("EntryId", str)
ProfessionalId = NewType("ProfessionalId", str)
