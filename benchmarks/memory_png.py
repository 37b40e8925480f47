"""Peak memory of a PNG export of the 200-person genogram of bench_genogram.

python benchmarks/memory_png.py     (prints the time, and the peak RSS before and after
the export; target under 200 MB for the export)
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def main() -> int:
    """Build the genogram, note the peak RSS, export it to PNG, note it again."""
    sys.path.insert(0, str(Path(__file__).parent))
    import bench_genogram
    from casedesk.export.png import to_png

    drawing = bench_genogram._drawing()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    data = to_png(drawing)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"PNG of {len(bench_genogram._record().people)} people: {elapsed * 1000:.0f} ms, "
        f"{len(data) / 1024:.0f} KiB; peak RSS {before:.0f} MB before, {after:.0f} MB after "
        f"(the export: {after - before:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
