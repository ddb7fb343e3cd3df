"""A PDF's text in reading order, as the pipeline reads pasted text, from the geometry of its characters.

Read with pypdfium2 (PDFium): every character with its box and font size, and every image's bounds.
Then, page by page:

- characters are grouped into lines (same baseline, no wide jump), lines into a reading order by a
  recursive XY cut: the page is cut across at a wide empty band first (under a headline set over
  several columns, between stacked stories), else down at an empty gutter (columns, left to right),
  and so on down to single runs of lines read top to bottom. Images and dropped lines still take up
  room in the cut, so a photo in one column never opens a false band across the page;
- a line whose font is clearly larger than the body's (the body is the commonest size in the
  document) is a headline or sub-headline: a run of them in one size is one line of the output, and
  the article starts there;
- text printed on a picture is its label, and a caption is recognised by its place: small print
  just under, over or beside a picture, or a short block in body size directly under one and set
  apart from what follows; both are dropped;
- body lines make paragraphs: a line starts a new one when it is indented, or when the line before
  it stopped short although the next line's first word would have fitted (a deliberate break), or
  when it begins another block after a finished sentence. Otherwise the line continues the one
  before it, across a column, a picture or a page: without a space when the line before ends at the
  column's right edge between two Hangul syllables (or two digits) and no space was printed there,
  which is how Korean text is broken mid-word; with a space otherwise. What geometry cannot settle
  (a broken paragraph across articles, a caption without a picture) is left to ``layout``.

The output is headline, blank line, paragraphs, as in ``fixtures/documents/``; ``page_starts`` are the
offsets in it where each page's text begins. Refused with ``DocumentError`` and a one-line reason: a
PDF that PDFium cannot open (corrupt, truncated), one locked by a password, one of more than
``MAX_PAGES`` pages (counted before any page is read), one whose pages hold no text (a scan: OCR is
needed first, and is not done here), and a page of more than ``MAX_CHARS_PER_PAGE`` characters.
"""

from __future__ import annotations

import ctypes
import re
import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import layout
from .reading import DocumentError
from .xycut import Box, reading_order

MAX_PAGES = 50  # a newspaper section or a long press release; a 500-page file is an archive
MAX_CHARS_PER_PAGE = 100_000  # a dense broadsheet page holds about 10,000
HEADLINE_RATIO = 1.15  # a font this much larger than the body's is a headline
SMALL_RATIO = 0.92  # a font this much smaller is small print (captions, credits)
CAPTION_GAP = 1.5  # in body sizes: how close under a picture a caption starts
CAPTION_MAX_LINES = 3  # a block in body size under a picture longer than this is body text
BAND = 0.9  # in body sizes: an empty band this high across the page cuts it in two
GUTTER = 0.8  # and an empty gutter this wide down it
FULL_PAGE_IMAGE = 0.5  # an image over half the page is a background (a scan under its text layer)

_WORD = re.compile("[\uac00-\ud7a3A-Za-z0-9]")  # Hangul, Latin letters and digits run on within a word
_SPACED_AFTER = ",.;:!?…"
_CLOSING = ",.;:!?)]}”’」』%·…"
_OPENING = "([{“‘「『·"
_QUOTES = "'\""
_LOCK = threading.Lock()  # PDFium keeps global state: one document at a time in a process


@dataclass(frozen=True)
class PdfText:
    """A PDF's articles as text, and the offset in it where each page begins."""

    text: str
    page_starts: tuple[int, ...]


@dataclass
class Line:
    """A run of characters on one baseline; coordinates from the page's top-left, in points."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float
    first_word: float  # width of the first word, to tell a deliberate break from a wrap
    spaced: bool = False  # a space was printed after its last character

    def box(self) -> Box:
        return Box(self.x0, self.top, self.x1, self.bottom, self)


def read_pdf(data: bytes, name: str, max_pages: int = MAX_PAGES) -> PdfText:
    """The text of a PDF in reading order, or ``DocumentError`` with a one-line Korean reason."""
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise DocumentError(name, _open_reason(exc)) from None
        try:
            count = len(document)
            if count > max_pages:
                raise DocumentError(
                    name,
                    f"쪽이 너무 많습니다({count:,}쪽, PDF 한 파일에 {max_pages:,}쪽까지 읽습니다). "
                    "기사가 실린 쪽만 나눠서 올려 주세요.",
                )
            if count == 0:
                raise DocumentError(name, "쪽이 하나도 없는 PDF입니다.")
            pages = [_read_page(document, number, name) for number in range(count)]
        except pdfium.PdfiumError:
            raise DocumentError(name, "손상된 PDF입니다. 쪽을 읽을 수 없습니다.") from None
        finally:
            document.close()
    if not any(lines for lines, _ in pages):
        raise DocumentError(
            name,
            "글자 층이 없는 PDF입니다(스캔한 그림뿐). 글자를 읽으려면 먼저 OCR(광학 문자 인식)을 거쳐야 합니다.",
        )
    return _assemble(pages)


def _open_reason(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "암호가 걸린 PDF입니다. 암호를 풀어 저장한 PDF를 올려 주세요."
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "읽을 수 없는 보안 방식으로 잠긴 PDF입니다. 잠금을 풀어 저장한 PDF를 올려 주세요."
    return "손상되었거나 잘린 PDF입니다. 열 수 없습니다."


# --- characters and lines ----------------------------------------------------------------------


def _read_page(document, number: int, name: str) -> tuple[list[Line], list[Box]]:
    """The lines of one page in content order, and the bounds of its pictures."""
    page = document[number]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            count = pdfium_c.FPDFText_CountChars(textpage)
            if count > MAX_CHARS_PER_PAGE:
                raise DocumentError(
                    name,
                    f"{number + 1}쪽에 글자가 너무 많습니다({count:,}자, 한 쪽에 {MAX_CHARS_PER_PAGE:,}자까지).",
                )
            lines = _lines(textpage, count, number, height)
        finally:
            textpage.close()
        images, blanks = [], []
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_TEXT)):
            left, bottom, right, top = obj.get_bounds()
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if right - left < 0.01:  # a run of nothing but spaces, which PDFium leaves out of the text
                    blanks.append((left, height - bottom))
            elif (right - left) * (top - bottom) < FULL_PAGE_IMAGE * width * height:
                images.append(Box(left, height - top, right, height - bottom))
        _mark_spaced(lines, blanks)
        return lines, images
    finally:
        page.close()


def _lines(textpage, count: int, page: int, height: float) -> list[Line]:
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    lines: list[Line] = []
    chars: list[
        tuple[str, float, float, float, float, float, float]
    ] = []  # char, x0, x1, top, bottom, base, size

    def close():
        if chars:
            line = _line(chars, page)
            if line:
                lines.append(line)
            chars.clear()

    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if pdfium_c.FPDFText_IsGenerated(textpage, i):
            if code == 0x20 and chars:  # a space PDFium infers from a gap between words
                last = chars[-1]
                chars.append((" ", last[2], last[2], last[3], last[4], last[5], last[6]))
            continue
        if code < 0x20 or code in (0xFFFD, 0xFFFE, 0xFFFF):
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        size = pdfium_c.FPDFText_GetFontSize(textpage, i) or (rect.top - rect.bottom)
        char = (
            chr(code),
            rect.left,
            rect.right,
            height - rect.top,
            height - rect.bottom,
            height - oy.value,
            size,
        )
        if chars:
            last = chars[-1]
            scale = max(size, last[6])
            if (
                abs(char[5] - last[5]) > 0.4 * scale  # another baseline
                or char[1] < last[1] - 0.5 * scale  # back to the left: a new line
                or char[1] - last[2] > 1.5 * scale  # a wide jump: another column on this baseline
            ):
                close()
        chars.append(char)
    close()
    return lines


def _mark_spaced(lines: list[Line], blanks: list[tuple[float, float]]) -> None:
    """A line followed on its baseline by a run of spaces ends with a printed space."""
    ends = {}
    for x, y in blanks:
        ends.setdefault(round(y), []).append(x)
    for line in lines:
        near = (
            ends.get(round(line.baseline), [])
            + ends.get(round(line.baseline) - 1, [])
            + ends.get(round(line.baseline) + 1, [])
        )
        if any(abs(x - line.x1) < 0.5 * line.size for x in near):
            line.spaced = True


def _line(chars, page: int) -> Line | None:
    spaced = chars[-1][0].isspace()
    while chars and chars[-1][0].isspace():
        chars.pop()
    start = 0
    while start < len(chars) and chars[start][0].isspace():
        start += 1
    chars = chars[start:]
    if not chars:
        return None
    text = "".join(c[0] for c in chars)
    sizes = sorted(c[6] for c in chars)
    space = next((c for c in chars if c[0].isspace()), None)
    x0 = chars[0][1]
    return Line(
        page=page,
        text=" ".join(text.split()),
        x0=x0,
        x1=max(c[2] for c in chars),
        top=min(c[3] for c in chars),
        bottom=max(c[4] for c in chars),
        baseline=sorted(c[5] for c in chars)[len(chars) // 2],
        size=sizes[len(sizes) // 2],
        first_word=(space[1] if space else chars[-1][2]) - x0,
        spaced=spaced,
    )


# --- pages to text -----------------------------------------------------------------------------


def _body_size(pages) -> float:
    weights: dict[float, int] = {}
    for lines, _ in pages:
        for line in lines:
            key = round(line.size, 1)
            weights[key] = weights.get(key, 0) + len(line.text)
    return max(weights, key=weights.get)


def _assemble(pages) -> PdfText:
    body = _body_size(pages)
    out = _Writer(body)
    for number, (lines, images) in enumerate(pages):
        out.page(number)
        dropped = _captions_and_labels(lines, images, body)
        boxes = [line.box() for line in lines] + images
        for block, (frame, items) in enumerate(reading_order(boxes, BAND * body, GUTTER * body)):
            for line in _rows([line for line in items if id(line) not in dropped]):
                out.line(line, frame, (number, block))
    return PdfText(out.text(), tuple(out.page_starts))


def _rows(lines: list[Line]) -> list[Line]:
    """Lines of a block with pieces on one baseline (cells of a table row) joined by a space."""
    rows: list[Line] = []
    for line in lines:
        last = rows[-1] if rows else None
        if last and abs(line.baseline - last.baseline) < 0.4 * line.size and line.x0 >= last.x1:
            rows[-1] = Line(
                page=last.page,
                text=f"{last.text} {line.text}",
                x0=last.x0,
                x1=line.x1,
                top=min(last.top, line.top),
                bottom=max(last.bottom, line.bottom),
                baseline=last.baseline,
                size=max(last.size, line.size),
                first_word=last.first_word,
                spaced=line.spaced,
            )
        else:
            rows.append(line)
    return rows


def _captions_and_labels(lines: list[Line], images: list[Box], body: float) -> set[int]:
    """Ids of lines printed on a picture (labels) or captioning one."""
    dropped: set[int] = set()
    for image in images:
        for line in lines:
            cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
            if image.x0 <= cx <= image.x1 and image.top <= cy <= image.bottom:
                dropped.add(id(line))
        dropped |= _caption_under(lines, image, body)
        small = [line for line in lines if line.size < SMALL_RATIO * body and id(line) not in dropped]
        dropped |= {id(line) for line in _small_print_near(small, image, body)}
    return dropped


def _overlaps(line: Line, image: Box) -> bool:
    return min(line.x1, image.x1) - max(line.x0, image.x0) > 0.5 * (line.x1 - line.x0)


def _caption_under(lines: list[Line], image: Box, body: float) -> set[int]:
    """A block of up to three lines in body size starting just under the picture, with a gap after."""
    below = sorted(
        (ln for ln in lines if _overlaps(ln, image) and ln.top >= image.bottom - 1), key=lambda ln: ln.top
    )
    if not below or below[0].top - image.bottom > CAPTION_GAP * body or below[0].size < SMALL_RATIO * body:
        return set()
    block = [below[0]]
    for line in below[1:]:
        if line.top - block[-1].bottom > 0.6 * line.size:
            if len(block) <= CAPTION_MAX_LINES and layout.ends_sentence(block[-1].text):
                return {id(ln) for ln in block}
            return set()
        block.append(line)
        if len(block) > CAPTION_MAX_LINES:
            return set()
    return set()  # nothing after it: body text running to the column's foot


def _small_print_near(small: list[Line], image: Box, body: float) -> list[Line]:
    """Small print in a run that starts just under, over or beside a picture."""
    reach = CAPTION_GAP * body
    near = [
        ln
        for ln in small
        if (
            _overlaps(ln, image)
            and (-1 <= ln.top - image.bottom <= reach or -1 <= image.top - ln.bottom <= reach)
        )
        or (
            min(ln.bottom, image.bottom) > max(ln.top, image.top)
            and min(abs(ln.x0 - image.x1), abs(image.x0 - ln.x1)) <= reach
        )
    ]
    run = list(near)
    for line in sorted(small, key=lambda ln: ln.top):  # the caption's further lines
        if line not in run and any(
            0 <= line.top - other.bottom <= 0.6 * line.size and abs(line.x0 - other.x0) < 2 * line.size
            for other in run
        ):
            run.append(line)
    return run


class _Writer:
    """Lines in reading order to headline and paragraph lines, remembering where each page starts."""

    def __init__(self, body: float):
        self.body = body
        self.parts: list[str] = []
        self.paragraph = ""  # the paragraph being written
        self.length = 0
        self.page_starts: list[int] = []
        self.last: Line | None = None
        self.last_frame: Box | None = None
        self.last_block = None
        self.last_role = None

    def page(self, number: int) -> None:
        self.page_starts.append(self.length)
        self._page_open = True

    def role(self, line: Line):
        if line.size >= HEADLINE_RATIO * self.body:
            return ("head", round(line.size))
        return ("small",) if line.size < SMALL_RATIO * self.body else ("body",)

    def line(self, line: Line, frame: Box, block) -> None:
        role = self.role(line)
        if self.last is None:
            self._emit("", line.text)
        elif self._continues(line, role, frame, block):
            self._emit(self._joiner(line), line.text)
        else:
            blank = "\n\n\n" if role[0] == "head" and self.last_role[0] != "head" else "\n\n"
            self._emit(blank, line.text)
        self.last, self.last_frame, self.last_block, self.last_role = line, frame, block, role

    def _emit(self, joiner: str, text: str) -> None:
        if self._page_open:  # the page begins at its first character, after the joiner
            self.page_starts[-1] = self.length + len(joiner)
            self._page_open = False
        self.parts.append(joiner + text)
        self.paragraph = self.paragraph + joiner + text if joiner in ("", " ") else text
        self.length += len(joiner) + len(text)

    def _continues(self, line: Line, role, frame: Box, block) -> bool:
        last, last_frame = self.last, self.last_frame
        if role != self.last_role:
            return False
        if role[0] == "head":  # a headline wrapped in its column
            return abs(line.x0 - last.x0) < line.size and -1 < line.top - last.bottom < 0.8 * line.size
        if line.x0 - frame.x0 > 0.5 * line.size:  # indented, or set to the right (a byline)
            return False
        room = last_frame.x1 - last.x1
        if room > line.first_word + 0.3 * line.size:  # the word would have fitted: a deliberate break
            return False
        if block != self.last_block and layout.ends_sentence(last.text):
            return False
        return True

    def _joiner(self, line: Line) -> str:
        last = self.last
        if last.spaced:
            return " "
        if self.last_frame.x1 - last.x1 >= 1.0 * last.size:  # stopped short: it broke between words
            return " "
        # At the column's edge with no space printed: Korean is broken there mid-word. Punctuation
        # says the rest: none before a closing mark or after an opening one, one after a comma or a
        # sentence's end; a straight quote opens or closes as the quotes before it in the paragraph pair.
        a, b = last.text[-1], line.text[0]
        if b in _QUOTES:
            return "" if self.paragraph.count(b) % 2 else " "
        if b in _CLOSING:
            return ""
        if a in _SPACED_AFTER:
            return " "
        if a in _OPENING or (a in _QUOTES and self.paragraph.count(a) % 2):
            return ""
        return "" if _WORD.match(b) else " "

    def text(self) -> str:
        return "".join(self.parts) + "\n"
