"""About: versions, intended use, and the licences of the bundled fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from decision_aid import __version__
from decision_aid.domain.content import ContentLibrary
from decision_aid.ui.common.retranslate import Retranslating

FONT_LICENCES = (
    ("WenQuanYi Micro Hei", "LICENSE-wqy-microhei.txt"),
    ("DejaVu Sans", "LICENSE-dejavu.txt"),
)


class AboutDialog(Retranslating, QDialog):
    def __init__(self, content: ContentLibrary, fonts_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self._fonts_dir = fonts_dir
        self.tabs = QTabWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary.setContentsMargins(12, 12, 12, 12)
        self.tabs.addTab(self.summary, "")
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setTabChangesFocus(True)
        self.tabs.addTab(self.licences, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(640, 460)

    def _licence_text(self) -> str:
        parts = []
        for family, name in FONT_LICENCES:
            path = self._fonts_dir / name
            try:
                body = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                body = self.tr("(licence file not found: %1)").replace("%1", name)
            parts.append(f"== {family} ({name}) ==\n\n{body.strip()}\n")
        return "\n\n".join(parts)

    def retranslate(self) -> None:
        c = self._content
        self.setWindowTitle(self.tr("About the SCS decision aid"))
        lines = [
            self.tr("Spinal cord stimulation decision aid"),
            self.tr("App version %1 (Qt %2)").replace("%1", __version__).replace("%2", qVersion()),
            self.tr("Content version %1, updated %2, content hash %3")
            .replace("%1", c.version)
            .replace("%2", c.meta.updated)
            .replace("%3", c.short_hash),
            "",
            self.tr("Intended use"),
            self.tr(
                "Decision support for clinicians (pain physicians, neurosurgeons, rehabilitation doctors) "
                "assessing whether a patient may be a candidate for spinal cord stimulation. It shows the "
                "criteria, the evidence and what is still missing. It is not a substitute for the judgement "
                "of a multidisciplinary team, and it must not be used to make decisions without one."
            ),
            "",
            self.tr("Fonts"),
            self.tr(
                "Chinese text uses WenQuanYi Micro Hei (Apache License %1, or GPL %2 or later with the font "
                "exception); Latin text uses DejaVu Sans (Bitstream Vera licence). Their licences are on the "
                "next tab."
            )
            .replace("%1", "2.0")
            .replace("%2", "3"),
        ]
        self.summary.setText("\n".join(lines))
        self.tabs.setTabText(0, self.tr("&About"))
        self.tabs.setTabText(1, self.tr("&Font licences"))
        self.licences.setPlainText(self._licence_text())
        self.licences.setAccessibleName(self.tr("Font licences"))
