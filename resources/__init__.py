"""Icons, stylesheet and (later) timescale rule packs; installed as casedesk.resources."""
