"""PDF pages the tests make themselves: Korean text in columns, with headlines, photos and captions.

Laid out the way a Korean newspaper sets a page: text is broken at any character when a line is full
(so a word is split at a column end, mid-syllable-run), a paragraph's first line is indented by one
character, a photo sits in its column with a caption in a smaller font under it, and a byline is set
apart at the right. Written with reportlab and a Nanum font (fonts-nanum), never downloaded.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype/nanum")
BODY_FONT = "NanumMyeongjo"
HEAD_FONT = "NanumGothicBold"
for _font in (BODY_FONT, HEAD_FONT):
    if _font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_font, str(FONT_DIR / f"{_font}.ttf")))

BODY_SIZE = 9.5
LEADING = 1.5  # line height in font sizes
CAPTION_SIZE = 8.0
MARGIN = 36.0
GUTTER = 14.0
BROADSHEET = (700.0, 1000.0)


@dataclass(frozen=True)
class Headline:
    text: str
    size: float = 20.0
    span: bool = False  # across all columns, above the text that follows


@dataclass(frozen=True)
class Sub:
    text: str
    size: float = 13.0


@dataclass(frozen=True)
class Photo:
    caption: str | None = None
    labels: tuple[str, ...] = ()  # printed inside the picture
    height: float = 90.0
    caption_size: float = CAPTION_SIZE
    form: bool = False  # drawn inside a form XObject, as page-layout programs place pictures
    beside: bool = False  # the caption set to the right of a picture 60% of the column wide


@dataclass(frozen=True)
class Para:
    text: str
    photo: Photo | None = None  # a picture that interrupts the paragraph after ``photo_after`` lines
    photo_after: int = 1


@dataclass(frozen=True)
class Byline:
    text: str


def _picture(width: float, height: float) -> ImageReader:
    from PIL import Image

    image = Image.new("RGB", (max(1, int(width)), max(1, int(height))))
    image.putdata(
        [(60 + x % 120, 90 + y % 100, 140) for y in range(image.height) for x in range(image.width)]
    )
    return ImageReader(image)


def wrap(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """Lines of ``text`` broken at any character when full; a space at a break stays on the line's end."""
    lines, line, room = [], "", width - indent
    for char in text:
        if line and char != " " and pdfmetrics.stringWidth(line + char, font, size) > room:
            lines.append(line)
            line, room = "", width
            if char == " ":
                continue
        if not line and char == " " and lines:
            continue
        line += char
    if line:
        lines.append(line)
    return lines


class _Flow:
    """A cursor running down the columns of a page, and on to the next page."""

    def __init__(
        self, pdf: canvas.Canvas, columns: int, pagesize: tuple[float, float], head: str | None = None
    ):
        self.pdf, self.columns, self.head = pdf, columns, head
        self.width, self.height = pagesize
        self.column_width = (self.width - 2 * MARGIN - (columns - 1) * GUTTER) / columns
        self.band_top = self.height - MARGIN
        self.column, self.y = 0, self.band_top
        self.lowest = self.y
        self.drawn: list[tuple[int, int, str]] = []  # (page, column, line) as set

    def left(self) -> float:
        return MARGIN + self.column * (self.column_width + GUTTER)

    def room(self, height: float) -> None:
        """Move to the next column (or page) unless ``height`` fits below the cursor."""
        if self.y - height >= MARGIN:
            return
        if self.column + 1 < self.columns:
            self.column += 1
        else:
            self.end_page()
            self.column, self.band_top = 0, self.height - MARGIN
            self.lowest = self.band_top
        self.y = self.band_top

    def end_page(self) -> None:
        """The page's furniture, if asked for (a running head over the text, its number at the foot)."""
        if self.head:
            number = self.pdf.getPageNumber()
            self.pdf.setFont(BODY_FONT, BODY_SIZE)
            self.pdf.drawString(MARGIN, self.height - MARGIN / 2, f"{self.head}  {number}")
            self.pdf.drawCentredString(self.width / 2, MARGIN / 2, str(number))
        self.pdf.showPage()

    def moved(self) -> None:
        self.lowest = min(self.lowest, self.y)

    def lines(
        self, lines, font: str, size: float, indent: float = 0.0, right: bool = False, photo=None, after=0
    ):
        for k, line in enumerate(lines):
            if photo is not None and k == after:
                self.photo(photo)
            self.room(size * LEADING)
            self.y -= size * LEADING
            self.pdf.setFont(font, size)
            x = self.left() + (indent if k == 0 else 0.0)
            if right:
                x = self.left() + self.column_width - pdfmetrics.stringWidth(line, font, size)
            self.pdf.drawString(x, self.y + size * 0.3, line)
            self.drawn.append((self.pdf.getPageNumber(), self.column, line))
            self.moved()

    def gap(self, height: float) -> None:
        self.y -= height
        self.moved()

    def span_headline(self, item: Headline) -> None:
        self.y = self.lowest
        lines = wrap(item.text, HEAD_FONT, item.size, self.width - 2 * MARGIN)
        self.column = 0
        self.room(item.size * LEADING * (len(lines) + 1))
        self.gap(item.size * 0.5)
        for line in lines:
            self.y -= item.size * LEADING
            self.pdf.setFont(HEAD_FONT, item.size)
            self.pdf.drawString(MARGIN, self.y + item.size * 0.3, line)
        self.gap(item.size * 0.5)
        self.band_top = self.y

    def photo(self, item: Photo) -> None:
        width = self.column_width * (0.6 if item.beside else 1.0)
        caption_width = self.column_width - width - GUTTER / 2 if item.beside else self.column_width
        caption = wrap(item.caption, BODY_FONT, item.caption_size, caption_width) if item.caption else []
        self.room(item.height + len(caption) * item.caption_size * LEADING + BODY_SIZE)
        self.gap(BODY_SIZE * 0.5)
        x, top = self.left(), self.y
        picture = _picture(width, item.height)
        if item.form:
            name = f"photo{len(self.drawn)}"
            self.pdf.beginForm(name)
            self.pdf.drawImage(picture, x, top - item.height, width, item.height)
            self.pdf.endForm()
            self.pdf.doForm(name)
        else:
            self.pdf.drawImage(picture, x, top - item.height, width, item.height)
        self.pdf.setFillColorRGB(1, 1, 1)
        self.pdf.setFont(HEAD_FONT, BODY_SIZE)
        for k, label in enumerate(item.labels):
            self.pdf.drawString(x + 6, top - 14 - k * BODY_SIZE * LEADING, label)
        self.pdf.setFillColorRGB(0, 0, 0)
        if item.beside:
            self.pdf.setFont(BODY_FONT, item.caption_size)
            for k, line in enumerate(caption):
                y = top - item.height + (len(caption) - k - 1) * item.caption_size * LEADING + 2
                self.pdf.drawString(x + width + GUTTER / 2, y, line)
            self.gap(item.height + BODY_SIZE)
            return
        self.gap(item.height + 2)
        self.lines(caption, BODY_FONT, item.caption_size)
        self.gap(BODY_SIZE)


@dataclass(frozen=True)
class Made:
    data: bytes
    drawn: list[tuple[int, int, str]]  # (page, column, line) in the order they were set

    def column_ends(self) -> list[tuple[str, str]]:
        """(last line of a column, first line of the next) for each column break inside the text."""
        return [(a[2], b[2]) for a, b in zip(self.drawn, self.drawn[1:], strict=False) if a[:2] != b[:2]]


def newspaper_pdf(items, **kwargs) -> bytes:
    """A page (or pages) set in columns from Headline, Sub, Para, Photo and Byline items."""
    return newspaper(items, **kwargs).data


def newspaper(
    items,
    *,
    columns: int = 2,
    pagesize=BROADSHEET,
    encrypt: str | None = None,
    head: str | None = None,
    writer=canvas.Canvas,
) -> Made:
    """The PDF and the lines as set, so that a test can see where a word was split; ``head`` is a
    running head printed over each page, with the page's number at its foot; ``writer`` is the
    canvas class that draws it (tests/pdf_drawn.py has some that draw as other programs do)."""
    out = io.BytesIO()
    security = StandardEncryption(encrypt, ownerPassword=encrypt + "-owner") if encrypt else None
    pdf = writer(out, pagesize=pagesize, encrypt=security)
    flow = _Flow(pdf, columns, pagesize, head)
    for item in items:
        if isinstance(item, Headline) and item.span:
            flow.span_headline(item)
        elif isinstance(item, (Headline, Sub)):
            flow.gap(item.size * 0.4)
            flow.lines(wrap(item.text, HEAD_FONT, item.size, flow.column_width), HEAD_FONT, item.size)
            flow.gap(item.size * 0.3)
        elif isinstance(item, Para):
            lines = wrap(item.text, BODY_FONT, BODY_SIZE, flow.column_width, BODY_SIZE)
            flow.lines(lines, BODY_FONT, BODY_SIZE, BODY_SIZE, photo=item.photo, after=item.photo_after)
        elif isinstance(item, Photo):
            flow.photo(item)
        elif isinstance(item, Byline):
            flow.gap(BODY_SIZE * 0.5)
            flow.lines([item.text], BODY_FONT, BODY_SIZE, right=True)
            flow.gap(BODY_SIZE * 1.5)
    flow.end_page()
    pdf.save()
    return Made(out.getvalue(), flow.drawn)


def image_only_pdf() -> bytes:
    """A scanned page: one picture, no text layer."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=BROADSHEET)
    pdf.drawImage(_picture(200, 280), MARGIN, MARGIN, 600, 900)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    """``pages`` pages of one short line each: cheap to make, too long to read."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=BROADSHEET)
    for number in range(pages):
        pdf.setFont(BODY_FONT, BODY_SIZE)
        pdf.drawString(MARGIN, 500, f"{number + 1}쪽 본문입니다.")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


SAMPLE_PAGE = Path(__file__).resolve().parent.parent / "fixtures" / "documents" / "jeonju-daily-page.txt"


def sample_page_items() -> list:
    """The sample page (its text file, paragraph by paragraph) as the newspaper set it: each photo
    with its caption under it, the sentences the caption broke whole again, the column's picture
    labels printed on its picture."""
    p = [line.strip() for line in SAMPLE_PAGE.read_text(encoding="utf-8").splitlines() if line.strip()]

    def paras(*numbers):
        return [Para(p[n]) for n in numbers]

    return [
        Headline(p[0], span=True),
        Sub(p[1]),
        *paras(2, 3, 4),
        Para(p[5] + p[7], photo=Photo(p[6])),  # '…인' + '허가 등…': the photo broke the word
        *paras(8, 9, 10, 11),
        Byline(p[12]),
        Photo(p[13]),
        Headline(p[14]),
        Sub(p[15]),
        *paras(16, 17, 18),
        Para(f"{p[19]} {p[20]}"),
        *paras(21, 22),
        Byline(p[23]),
        Headline(p[24]),
        Sub(p[25]),
        *paras(26, 27, 28),
        Para(f"{p[29]} {p[30]}"),
        *paras(31, 32),
        Para(p[33] + p[35], photo=Photo(p[34])),
        Para(f"{p[36]} {p[37]}"),
        Para(p[38]),
        Byline(p[39]),
        Headline(p[40]),
        Para(p[41]),
        Para(p[42] + p[43]),
        Para(p[44] + p[45] + p[46]),
        Para(p[47]),
        Byline(p[48]),
        Sub(p[49], size=11.0),
        Sub(p[50]),
        Headline(p[51]),
        *paras(52, 53, 54, 55),
        Photo(labels=tuple(p[56:61]), height=110.0),
        *paras(61, 62, 63, 64),
        Byline(p[65]),
    ]


def text_on_scan_pdf(lines: list[str]) -> bytes:
    """A scan with a text layer (what OCR software writes): the page's picture under its text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=BROADSHEET)
    pdf.drawImage(_picture(100, 140), 0, 0, *BROADSHEET)
    pdf.setFont(BODY_FONT, BODY_SIZE)
    for k, line in enumerate(lines):
        pdf.drawString(MARGIN, BROADSHEET[1] - MARGIN - (k + 1) * 3 * BODY_SIZE, line)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def press_release_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A press release as an office program prints it: A4, one column, justified, wrapped between words."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle(
        "body", fontName=BODY_FONT, fontSize=11, leading=17, alignment=TA_JUSTIFY, spaceAfter=6
    )
    heading = ParagraphStyle("title", fontName=HEAD_FONT, fontSize=18, leading=24, spaceAfter=10)
    out = io.BytesIO()
    SimpleDocTemplate(out).build([Paragraph(title, heading)] + [Paragraph(p, body) for p in paragraphs])
    return out.getvalue()


def dense_pdf(pages: int, chars_per_page: int) -> bytes:
    """Pages packed with tiny text: ``chars_per_page`` characters each, 200 to a line."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=BROADSHEET)
    line = ("가나다라마바사아자차" * 20)[:200]
    for _ in range(pages):
        pdf.setFont(BODY_FONT, 2)
        for k in range(chars_per_page // 200 + 1):
            pdf.drawString(MARGIN, BROADSHEET[1] - MARGIN - k * 2.2, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def without_unicode_maps(data: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode maps unlinked (blanked to the same length, so that the
    cross-reference table still holds): what a producer writes when it embeds a font subset and no
    map back to Unicode. The codes drawn are then the subset's glyph numbers."""
    return re.sub(rb"/ToUnicode \d+ 0 R", lambda found: b" " * len(found[0]), data)


def misencoded_pdf(lines: list[str]) -> bytes:
    """Korean text set in a Western font as its CP949 bytes, so that each byte reads as a Latin-1
    sign ('서울시' as '¼­¿ï½Ã'): a Korean font's 8-bit encoding taken for a Western one."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=BROADSHEET)
    pdf.setFont("Helvetica", BODY_SIZE)
    for k, line in enumerate(lines):
        garbled = "".join(c for c in line.encode("cp949").decode("latin-1") if c == " " or c >= "\xa1")
        pdf.drawString(MARGIN, BROADSHEET[1] - MARGIN - (k + 1) * 2 * BODY_SIZE, garbled)
    pdf.showPage()
    pdf.save()
    return out.getvalue()
