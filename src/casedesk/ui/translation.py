"""The worker's language for the whole application: CaseDesk's own words, Qt's (its
standard buttons and text-field menus), and the domain's sentences and dates.

Qt looks for ``resources/i18n/casedesk_<language>.qm`` by the locale's list of languages
(``en-GB``, then ``en``), so a translation saved as ``casedesk_de.ts`` and compiled by
``scripts/update_translations.py`` is used on a German system with nothing else to change.
English is the source; its file holds only the singular and plural forms of sentences
that depend on a count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casedesk.domain.wording import use_translator
from casedesk.services.resources import resource
from casedesk.ui.dates import shown_date


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Install the translations for ``locale`` (the system's) into ``app``, and the
    domain's hook for its sentences and dates; returns the files loaded."""
    locale = locale or QLocale()
    loaded: list[str] = []
    for name, folder in (
        ("casedesk", str(resource("i18n"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)  # parented: it lives as long as the application
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            loaded.append(translator.filePath())
    use_translator(QCoreApplication.translate, shown_date)
    return loaded
