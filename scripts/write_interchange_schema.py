"""Write docs/interchange.schema.json from the record kinds' declarations.

Run after changing a record kind; a test fails while the file is out of date.
"""

from __future__ import annotations

import json
from pathlib import Path

from casedesk.services.interchange import document_schema

OUT = Path(__file__).resolve().parents[1] / "docs" / "interchange.schema.json"

if __name__ == "__main__":
    OUT.write_text(json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
