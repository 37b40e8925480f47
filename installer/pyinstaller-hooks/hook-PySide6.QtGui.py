# Replaces PyInstaller's own hook for PySide6.QtGui (a hook in hookspath wins): the same Qt
# plugins, less those CaseDesk never loads (installer/pyinstaller-hooks/qt_plugins.py). Left
# out here, before analysis, their libraries are not pulled in either: the GTK theme alone
# would bring the build machine's cairo, pango and atk.
from __future__ import annotations

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qt_plugins import wanted

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if wanted(entry[1] + "/" + Path(entry[0]).name)]
datas = [entry for entry in datas if wanted(entry[1] + "/" + Path(entry[0]).name)]
