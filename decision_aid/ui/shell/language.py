"""The UI language: Qt translators for the chrome, and the content language for clinical texts.

Switching installs or removes the translators; Qt then sends ``QEvent.LanguageChange`` to every
widget, and each widget retranslates itself (chrome through ``tr()``, content from the library in
:attr:`Language.code`). Nothing is rebuilt, so no answer is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

if TYPE_CHECKING:
    # Types only: the window's first paint comes before the content library (pydantic) is loaded.
    from decision_aid.domain.content import Lang

LANGUAGES: tuple[Lang, ...] = ("en", "zh")
# Each language is named in itself, so the switch reads correctly whichever language is showing.
LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "zh": "中文"}
APP_CATALOGUE = "decision_aid_zh_CN.qm"


def system_language() -> Lang:
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Language(QObject):
    """The current language; ``changed`` fires after the translators are in place."""

    changed = Signal(str)

    def __init__(self, translations_dir: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dir = translations_dir
        self._code: Lang = "en"
        self._translators: list[QTranslator] = []

    @property
    def code(self) -> Lang:
        return self._code

    def set_code(self, code: Lang) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        if code == self._code and (code == "en" or self._translators):
            return
        self._code = code
        app = QCoreApplication.instance()
        assert app is not None, "the language is switched inside a running application"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if code == "zh":
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            for folder, name in (
                (self._dir, APP_CATALOGUE),
                (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase_zh_CN.qm"),
            ):
                translator = QTranslator(self)
                if folder is not None and translator.load(str(folder / name)):
                    app.installTranslator(translator)
                    self._translators.append(translator)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if not self._translators:
            # Removing or installing nothing sends no event: tell the widgets ourselves.
            QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        # Deliver now rather than on the next turn of the event loop, so callers see the new texts.
        QCoreApplication.sendPostedEvents(app, QEvent.Type.LanguageChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(code)
