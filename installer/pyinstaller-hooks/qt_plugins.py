"""Which Qt files the CaseDesk bundle keeps (used by the hooks here and by casedesk.spec)."""

from __future__ import annotations

# Platforms: X11 and Wayland desktops, offscreen (tests, smoke.sh), Windows, macOS.
PLATFORMS = ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa")

UNWANTED = (
    "/imageformats/libqpdf",  # would pull in QtPdf; CaseDesk draws no PDF with Qt
    "/imageformats/qpdf",
    "/platformthemes/libqgtk3",  # would bundle the build machine's GTK, cairo and pango
    "/egldeviceintegrations/",  # eglfs (no desktop) only
    "/sqldrivers/",
    "/tls/",
    "/networkinformation/",
    "/qmltooling/",
    "/designer/",
)


def wanted(destination: str) -> bool:
    """False for a Qt file CaseDesk never loads: translations (CaseDesk is in English),
    platforms without a desktop (eglfs, linuxfb, vnc), and the plugins named above."""
    path = destination.replace("\\", "/")
    if "/translations/" in path or path.endswith(".qm"):
        return False
    if "/platforms/" in path:
        return any(name in path for name in PLATFORMS)
    return not any(part in path for part in UNWANTED)
