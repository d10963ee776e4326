"""Look and feel: a calm light palette, verdict and status colours, and painted status icons.

Colour never carries meaning alone: every coloured verdict or status also shows its words and a
distinct shape (tick, cross, question mark, exclamation mark, diamond).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette

from decision_aid import palette as pal
from decision_aid.palette import ACCENT, TONES, Tone

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication

# The painting classes and PySide6's ``Qt`` namespace are imported where the icons are painted:
# apply_style runs before the window's first paint, which needs neither (docs/benchmarks.md).

__all__ = ["ACCENT", "TONES", "Tone", "pal", "status_pixmap", "tone"]


def tone(key: str) -> Tone:
    return TONES.get(key, TONES["unknown"])


def _paint_shape(painter: QPainter, shape: str, rect: QRectF, colour: QColor) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QFont, QPainterPath, QPen

    pen = QPen(colour, rect.width() * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if shape == "tick":
        path = QPainterPath(QPointF(x + 0.27 * w, y + 0.52 * h))
        path.lineTo(x + 0.44 * w, y + 0.69 * h)
        path.lineTo(x + 0.74 * w, y + 0.33 * h)
        painter.drawPath(path)
    elif shape == "cross":
        painter.drawLine(QPointF(x + 0.32 * w, y + 0.32 * h), QPointF(x + 0.68 * w, y + 0.68 * h))
        painter.drawLine(QPointF(x + 0.68 * w, y + 0.32 * h), QPointF(x + 0.32 * w, y + 0.68 * h))
    elif shape == "diamond":
        painter.setBrush(colour)
        path = QPainterPath(QPointF(x + 0.5 * w, y + 0.26 * h))
        for px, py in ((0.74, 0.5), (0.5, 0.74), (0.26, 0.5)):
            path.lineTo(x + px * w, y + py * h)
        path.closeSubpath()
        painter.drawPath(path)
    elif shape == "dots":
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        for px in (0.3, 0.5, 0.7):
            painter.drawEllipse(QPointF(x + px * w, y + 0.5 * h), w * 0.07, h * 0.07)
    else:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(1, int(h * 0.62)))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "?" if shape == "question" else "!")


def status_pixmap(key: str, size: int = 18, ratio: float = 1.0) -> QPixmap:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPen, QPixmap

    t = tone(key)
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, size - 2, size - 2)
    painter.setPen(QPen(QColor(t.border), 1.2))
    painter.setBrush(QColor(t.bg))
    painter.drawEllipse(rect)
    _paint_shape(painter, t.shape, rect, QColor(t.fg if key != "red_flag" else pal.WHITE))
    painter.end()
    return pixmap


def status_icon(key: str, size: int = 18) -> QIcon:
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for ratio in (1.0, 2.0):
        icon.addPixmap(status_pixmap(key, size, ratio))
    return icon


def apply_style(app: QApplication, with_style_sheet: bool = True) -> None:
    """Fusion with a light palette and the style sheet: the same calm look on every platform and in
    screenshots. The desktop app's start leaves the style sheet out until the window has painted
    (:func:`decision_aid.ui.shell.app.run_gui`)."""
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: pal.WINDOW,
        QPalette.ColorRole.WindowText: pal.TEXT,
        QPalette.ColorRole.Base: pal.WHITE,
        QPalette.ColorRole.AlternateBase: pal.ALTERNATE_BASE,
        QPalette.ColorRole.Text: pal.TEXT,
        QPalette.ColorRole.Button: pal.BUTTON,
        QPalette.ColorRole.ButtonText: pal.TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: pal.WHITE,
        QPalette.ColorRole.ToolTipBase: pal.WHITE,
        QPalette.ColorRole.ToolTipText: pal.TEXT,
        QPalette.ColorRole.Link: pal.LINK,
        QPalette.ColorRole.PlaceholderText: pal.PLACEHOLDER,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(pal.DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(pal.DISABLED_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(pal.DISABLED_TEXT))
    app.setPalette(palette)
    if with_style_sheet:
        app.setStyleSheet(style_sheet())


def style_sheet() -> str:
    """The app's style sheet (titles, intros, hints, group boxes, the side panel, focus rings)."""
    return (
        f"QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; color: {pal.TEXT}; }}"
        f"QLabel#pageIntro {{ color: {pal.HINT}; }}"
        f"QGroupBox {{ font-weight: 600; border: 1px solid {pal.FRAME}; border-radius: 6px;"
        f" margin-top: 1.4em; padding: 8px 8px 6px 8px; background: {pal.WHITE}; }}"
        "QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }"
        "QLabel#question { font-weight: normal; }"
        f"QLabel#hint {{ color: {pal.HINT}; font-weight: normal; }}"
        f"QFrame#sidePanel {{ background: {pal.WHITE}; border-right: 1px solid {pal.FRAME}; }}"
        # A focus ring that is seen: Fusion's dotted rectangle round a check box is easy to miss.
        "QCheckBox { border: 2px solid transparent; border-radius: 3px; padding: 1px 2px; }"
        f"QCheckBox:focus {{ border-color: {pal.FOCUS_RING}; }}"
    )
