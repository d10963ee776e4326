"""The full references behind a citation key (or several), from the content library."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from decision_aid.domain.content import ContentLibrary


class ReferenceDialog(QDialog):
    def __init__(self, keys: list[str], content: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("References"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        parts = []
        for key in keys:
            ref = content.references.get(key)
            text = ref.formatted() if ref else key
            parts.append(f"<p><b>{html.escape(key)}</b><br>{html.escape(text)}</p>")
        self.browser.setHtml("".join(parts))
        self.browser.setAccessibleName(self.tr("References"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def text(self) -> str:
        return self.browser.toPlainText()
