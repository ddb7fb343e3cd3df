"""PDFs drawn the way other programs draw them, for the PDF reader's tests: a release justified and
wrapped between words whose line breaker may also break between a number and the Hangul after it
(UAX #14 allows it), a page turned by /Rotate, and text set glyph by glyph (each character a text
object of its own, at its own position, as Hancom Office's PDF export writes it). Written with
reportlab and a Nanum font (fonts-nanum), never downloaded; the texts are invented.
"""

from __future__ import annotations

import io
import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from tests.pdf_files import BODY_FONT, HEAD_FONT

A4 = (595.0, 842.0)
SIZE = 11.0
LEADING = 17.0
LEFT = 72.0
_BREAK = re.compile(r"(?<=\d)(?=[\uac00-\ud7a3])|(?<= )")  # after a space, or between a digit and Hangul


def _segments(text: str) -> list[str]:
    return [piece for piece in _BREAK.split(text) if piece]


def word_wrap(text: str, width: float, font: str = BODY_FONT, size: float = SIZE) -> list[str]:
    """Lines of ``text`` broken between words, or between a number and the Hangul after it, where
    the next piece does not fit; a space at a break is dropped, as office programs do."""
    lines, line = [], ""
    for piece in _segments(text):
        if line and pdfmetrics.stringWidth((line + piece).rstrip(), font, size) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def justified_release_pdf(title: str, paragraphs: list[list[str]], width: float = 300.0) -> bytes:
    """A one-column release: the title, then each paragraph as the lines given, every line but a
    paragraph's last spread to ``width`` by widening its word spaces (no space drawn at a line end)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    y = A4[1] - 72
    pdf.setFont(HEAD_FONT, 18)
    pdf.drawString(LEFT, y, title)
    y -= 36
    for lines in paragraphs:
        for k, line in enumerate(lines):
            text = pdf.beginText(LEFT, y)
            text.setFont(BODY_FONT, SIZE)
            spaces = line.count(" ")
            if k < len(lines) - 1 and spaces:
                text.setWordSpace((width - pdfmetrics.stringWidth(line, BODY_FONT, SIZE)) / spaces)
            text.textOut(line)
            pdf.drawText(text)
            y -= LEADING
        y -= 6
    pdf.showPage()
    pdf.save()
    return out.getvalue()
