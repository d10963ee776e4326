"""The one retranslation mechanism: a widget mixes this in and implements ``retranslate()``.

Qt sends ``QEvent.LanguageChange`` to every widget when the translators change (see
:mod:`decision_aid.ui.shell.language`); this mixin turns it into a ``retranslate()`` call, so no widget
repeats its own ``changeEvent`` override. List it before the Qt base class.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
