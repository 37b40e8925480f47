"""Plain-Python rules and types of CaseDesk: no Qt, no database, no I/O."""
