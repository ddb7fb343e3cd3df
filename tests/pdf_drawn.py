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


def justified_release_pdf(
    title: str, paragraphs: list[list[str]], width: float = 300.0, justify: bool = True
) -> bytes:
    """A one-column release: the title, then each paragraph as the lines given, every line but a
    paragraph's last spread to ``width`` by widening its word spaces unless ``justify`` is false
    (no space drawn at a line end)."""
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
            if justify and k < len(lines) - 1 and spaces:
                text.setWordSpace((width - pdfmetrics.stringWidth(line, BODY_FONT, SIZE)) / spaces)
            text.textOut(line)
            pdf.drawText(text)
            y -= LEADING
        y -= 6
    pdf.showPage()
    pdf.save()
    return out.getvalue()


class GlyphCanvas(canvas.Canvas):
    """Sets each character as a text object of its own at its place, as Hancom Office's PDF export
    does."""

    def drawString(self, x, y, text, *args, **kwargs):
        for char in text:
            super().drawString(x, y, char)
            x += pdfmetrics.stringWidth(char, self._fontname, self._fontsize)


def turned(degrees: int):
    """A canvas class whose pages carry /Rotate ``degrees`` (90, 180 or 270), their content drawn
    turned the other way, so that it reads upright once a viewer turns the page: a landscape page
    kept as a portrait one, as a scanner or a 'rotate page' command leaves it."""

    class TurnedCanvas(canvas.Canvas):
        def __init__(self, out, pagesize, **kwargs):
            super().__init__(out, pagesize=pagesize, **kwargs)  # reportlab swaps the box for 90 and 270
            self._turn()

        def _turn(self):
            width, height = self._pagesize  # as shown
            self.setPageRotation(degrees)
            # where the point (x, y) of the page as shown is kept on the page as stored
            self.transform(
                *{90: (0, 1, -1, 0, height, 0), 180: (-1, 0, 0, -1, width, height), 270: (0, -1, 1, 0, 0, width)}[
                    degrees
                ]
            )
            self._turned = list(self._code)

        def showPage(self):
            super().showPage()
            self._turn()

        def save(self):
            if self._code == self._turned:  # nothing drawn after the last page but the turn
                self._code = []
            super().save()

    return TurnedCanvas


def glyph_release_pdf(title: str, paragraphs: list[list[str]], width: float = 300.0) -> bytes:
    """``justified_release_pdf`` set as Hancom Office exports it: each character a text object of
    its own at its place, word spaces left as gaps (justified ones wider), no space drawn."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)

    def draw(line: str, font: str, size: float, y: float, spread: float = 0.0) -> None:
        x = LEFT
        pdf.setFont(font, size)
        for char in line:
            if char != " ":
                pdf.drawString(x, y, char)
            x += pdfmetrics.stringWidth(char, font, size) + (spread if char == " " else 0.0)

    y = A4[1] - 72
    draw(title, HEAD_FONT, 18, y)
    y -= 36
    for lines in paragraphs:
        for k, line in enumerate(lines):
            spaces = line.count(" ")
            full = k < len(lines) - 1 and spaces
            draw(line, BODY_FONT, SIZE, y, (width - pdfmetrics.stringWidth(line, BODY_FONT, SIZE)) / spaces if full else 0.0)
            y -= LEADING
        y -= 6
    pdf.showPage()
    pdf.save()
    return out.getvalue()
