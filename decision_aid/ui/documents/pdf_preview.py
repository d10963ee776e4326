"""PDF preview and printing with QtPdf. Imported only when a document is shown or printed, so the
app starts without loading QtPdf (or reportlab, which builds the bytes)."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from decision_aid.storage import PRIVATE_MODE
from decision_aid.ui.common import dialogs

PRINT_DPI = 300
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from memory; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(buffer)
    document.load(buffer)
    return document, buffer


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

    def set_pdf(self, data: bytes) -> None:
        old = (self.pdf, self._buffer)
        self.pdf, self._buffer = load_pdf(data, self)
        self.view.setDocument(self.pdf)
        for obj in old:
            if obj is not None:
                obj.deleteLater()

    def clear(self) -> None:
        """Show nothing (the document it showed is out of date)."""
        old = (self.pdf, self._buffer)
        self.pdf, self._buffer = QPdfDocument(self), None  # empty (no None: QPdfView warns)
        self.view.setDocument(self.pdf)
        for obj in old:
            if obj is not None:
                obj.deleteLater()

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf else 0


def ask_printer(paper: str, title: str, parent: QWidget | None = None) -> QPrinter | None:
    """Ask for a printer (QPrintDialog) set up for ``paper``; None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PRINT_DPI)
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(PAPER_SIZES.get(paper, QPageSize.PageSizeId.A4)),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    dialog = QPrintDialog(printer, parent)
    if dialogs.run_modal(dialog) != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(data: bytes, paper: str, title: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print the very pages of ``data``; False if cancelled. The app calls
    :func:`ask_printer` and runs :func:`render_to_printer` off the GUI thread instead."""
    printer = ask_printer(paper, title, parent)
    if printer is None:
        return False
    render_to_printer(data, printer)
    return True


def render_to_printer(data: bytes, printer: QPrinter) -> int:
    """Paint each PDF page, scaled to fit the printable area; return the number of pages. Safe on a
    worker thread (QPainter may paint on a QPrinter there), as long as nothing else uses ``printer``."""
    document, buffer = load_pdf(data)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = printer.resolution()
    area = printer.pageLayout().paintRectPixels(dpi)
    count = document.pageCount()
    for index in range(count):
        if index:
            printer.newPage()
        points = document.pagePointSize(index)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = document.render(index, size)
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        painter.drawImage(target, image)
    painter.end()
    document.close()
    buffer.close()
    out_file = printer.outputFileName()
    if out_file:
        # Printed to a file: like an exported PDF it holds patient data, so it is the user's alone.
        with contextlib.suppress(OSError):
            os.chmod(out_file, PRIVATE_MODE)
    return count
