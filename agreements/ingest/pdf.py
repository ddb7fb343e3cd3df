"""A PDF's text in reading order, as the pipeline reads pasted text, from the geometry of its characters.

Read with pypdfium2 (PDFium): every character with its box and font size, and every image's bounds,
as the page is shown (a page turned by /Rotate, its text drawn turned the other way, has its boxes
turned with it; where each character is a text object of its own, as Hancom Office exports, the
boxes are all that count). Then, page by page:

- characters are grouped into lines (same baseline, no wide jump), lines into a reading order by a
  recursive XY cut: the page is cut across at a wide empty band first (under a headline set over
  several columns, between stacked stories), else down at an empty gutter (columns, left to right),
  and so on down to single runs of lines read top to bottom. Images and dropped lines still take up
  room in the cut, so a photo in one column never opens a false band across the page;
- a page's furniture is left out first: the row at its very top or foot, set apart, that is a page
  number, a dated running head, or (at the top) the same words on several pages;
- a line whose font is clearly larger than the body's (the body is the commonest size in the
  document) is a headline or sub-headline: a run of them in one size is one line of the output, and
  the article starts there;
- text printed on a picture is its label, and a caption is recognised by its place: small print
  just under, over or beside a picture, or a short block in body size directly under one and set
  apart from what follows; both are dropped;
- body lines make paragraphs: a line starts a new one when it is indented, or when the line before
  it stopped short although the next line's first word would have fitted (a deliberate break), or
  when it begins another block after a finished sentence. Otherwise the line continues the one
  before it, across a column, a picture or a page: without a space when the line before reaches the
  column's right edge and no space was printed after it (Korean is broken mid-word, '인|허가'; a
  printed space that PDFium leaves out of the text is still seen as an empty run of text after the
  line), unless punctuation says otherwise (a space after a comma or a sentence's end, none before a
  closing mark, straight quotes paired); with a space when it stopped short, and at every line end
  of a text wrapped only between words (a justified release from an office program: its full lines
  often had room for one more character once justification's extra space is taken back out), but
  for a line ending in a figure, before a line beginning in Hangul whose first word it had no room
  for: it was broken between a number and its unit ('450|억원을'), as line breakers do, and is joined.
  What geometry cannot settle (a broken paragraph across articles, a caption without a picture) is
  left to ``layout``.

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

from .pagetext import Line, assemble
from .reading import DocumentError
from .xycut import Box

MAX_PAGES = 50  # a newspaper section or a long press release; a 500-page file is an archive
MAX_CHARS_PER_PAGE = 20_000  # a dense broadsheet page holds about 10,000; 50 full pages read in ~2 s
FULL_PAGE_IMAGE = 0.5  # an image over half the page is a background (a scan under its text layer)
AUTOSPACE = 0.45  # in font sizes: wider, a gap PDFium filled in with a space is a word space
_HANGUL = re.compile("[\uac00-\ud7a3]")
_LATIN = re.compile("[0-9A-Za-z]")
GARBLED_SHARE = 0.3  # a text layer this much junk (see _JUNK) is refused, not read as noise
_LATIN_KEPT = "\u00a0·×°±©®§¶¹²³¼½¾÷µ"  # Latin-1 signs a Korean text does use

_LOCK = threading.Lock()  # PDFium keeps global state: one document at a time in a process


@dataclass(frozen=True)
class PdfText:
    """A PDF's articles as text, and the offset in it where each page begins."""

    text: str
    page_starts: tuple[int, ...]


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
            tally = [0, 0]  # characters printed, and of them those no text can hold
            pages = [_read_page(document, number, name, tally) for number in range(count)]
        except pdfium.PdfiumError:
            raise DocumentError(name, "손상된 PDF입니다. 쪽을 읽을 수 없습니다.") from None
        finally:
            document.close()
    printed, junk = tally
    if printed and junk > GARBLED_SHARE * printed:
        raise DocumentError(
            name,
            f"글자 층이 깨진 PDF입니다(글자 {printed:,}자 가운데 {junk:,}자가 제어 문자나 사용자 정의 문자 같은 "
            "엉뚱한 부호로 읽힙니다. 글꼴에 글자 대응표가 없는 것입니다). 원본 문서에서 PDF를 다시 만들거나 "
            "OCR(광학 문자 인식)을 거쳐 올려 주세요.",
        )
    if not any(lines for lines, _ in pages):
        raise DocumentError(
            name,
            "글자 층이 없는 PDF입니다(스캔한 그림뿐). 글자를 읽으려면 먼저 OCR(광학 문자 인식)을 거쳐야 합니다.",
        )
    text, page_starts = assemble(pages)
    return PdfText(text, page_starts)


def _open_reason(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "암호가 걸린 PDF입니다. 암호를 풀어 저장한 PDF를 올려 주세요."
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "읽을 수 없는 보안 방식으로 잠긴 PDF입니다. 잠금을 풀어 저장한 PDF를 올려 주세요."
    return "손상되었거나 잘린 PDF입니다. 열 수 없습니다."


# --- characters and lines ----------------------------------------------------------------------


def _read_page(document, number: int, name: str, tally: list[int]) -> tuple[list[Line], list[Box]]:
    """The lines of one page in content order, and the bounds of its pictures; ``tally`` counts the
    page's printed characters and those of them that are junk (``_JUNK``)."""
    page = document[number]
    try:
        crop = page.get_cropbox()  # what is shown: marks and slugs printed outside it are not text
        width, height = crop[2] - crop[0], crop[3] - crop[1]
        view = _View(crop, pdfium_c.FPDFPage_GetRotation(page.raw))
        textpage = page.get_textpage()
        try:
            count = pdfium_c.FPDFText_CountChars(textpage)
            if count > MAX_CHARS_PER_PAGE:
                raise DocumentError(
                    name,
                    f"{number + 1}쪽에 글자가 너무 많습니다({count:,}자, 한 쪽에 {MAX_CHARS_PER_PAGE:,}자까지).",
                )
            lines = _lines(textpage, count, number, view, tally)
        finally:
            textpage.close()
        images, blanks, rules = [], [], []
        for kind, bounds in _objects(page.raw):
            left, bottom, right, top = bounds
            if right < crop[0] or left > crop[2] or top < crop[1] or bottom > crop[3]:
                continue
            x0, y0, x1, y1 = view.box(*bounds)  # as shown: y down from the top
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if x1 - x0 < 0.01:  # a run of nothing but spaces, which PDFium leaves out of the text
                    blanks.append((x0, y1))
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                if x1 - x0 < 2 and y1 - y0 > 6:  # a vertical rule: a cell's or column's border
                    rules.append(((x0 + x1) / 2, y0, y1))
            elif (right - left) * (top - bottom) < FULL_PAGE_IMAGE * width * height:
                images.append(Box(x0, y0, x1, y1))
        _mark_spaced(lines, blanks)
        _mark_edges(lines, rules)
        return lines, images
    finally:
        page.close()


def _objects(page):
    """(kind, bounds) of the page's text runs and pictures; a form that holds a picture is one."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, bottom, right, top)]
    get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    for i in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = get_object(page, i)
        kind = get_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and _holds_image(obj):
            kind = pdfium_c.FPDF_PAGEOBJ_IMAGE
        if kind in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH):
            if pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                yield kind, (left.value, bottom.value, right.value, top.value)


def _holds_image(form, depth: int = 0) -> bool:
    for i in range(min(pdfium_c.FPDFFormObj_CountObjects(form), 64)):
        child = pdfium_c.FPDFFormObj_GetObject(form, i)
        kind = pdfium_c.FPDFPageObj_GetType(child)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE or (
            kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 3 and _holds_image(child, depth + 1)
        ):
            return True
    return False


def _junk_class() -> re.Pattern:
    """Characters no text in a Korean document is made of: what a font without a ToUnicode map gives
    (its glyph numbers as control characters, private-use characters), what PDFium could not map, or
    Latin-1 letters (a Korean encoding read as a Western one: '¼­¿ï½Ã' for '서울시')."""
    latin = "".join(chr(code) for code in range(0xA1, 0x100) if chr(code) not in _LATIN_KEPT)
    return re.compile(
        f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{latin}\ud800-\uf8ff\ufffd-\uffff\U000f0000-\U0010ffff]"
    )


_JUNK = _junk_class()
_BLANK = re.compile(r"\s")


class _View:
    """The page as a viewer shows it: a box of user space (left, bottom, right, top) turned as the
    page's /Rotate says (quarter turns clockwise) and given as (x0, top, x1, bottom), y measured down
    from the top of the crop box as shown. A landscape page kept upright with /Rotate 90 has its
    text drawn turned anticlockwise; shown, it reads in lines like any other."""

    def __init__(self, crop, quarter_turns: int):
        self.crop, self.turns = crop, max(quarter_turns, 0) % 4  # PDFium gives -1 on a failure

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        crop_left, crop_bottom, crop_right, crop_top = self.crop
        if self.turns == 1:  # the page's left edge is shown at the top, its foot at the left
            return bottom - crop_bottom, left - crop_left, top - crop_bottom, right - crop_left
        if self.turns == 2:
            return crop_right - right, bottom - crop_bottom, crop_right - left, top - crop_bottom
        if self.turns == 3:
            return crop_top - top, crop_right - right, crop_top - bottom, crop_right - left
        return left, crop_top - top, right, crop_top - bottom


def _lines(textpage, count: int, page: int, view: _View, tally: list[int]) -> list[Line]:
    crop = view.crop
    handle = textpage.raw
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: count * 2].decode("utf-16-le", errors="replace")  # one unit a character
    tally[0] += len(text) - len(_BLANK.findall(text))  # printed: spaces and line breaks aside
    tally[1] += len(_JUNK.findall(text))
    # whether the page's producer writes its word spaces as characters (not only as gaps)
    writes_spaces = any(not pdfium_c.FPDFText_IsGenerated(handle, m.start()) for m in re.finditer(" ", text))
    loose_box, font_size = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_GetFontSize
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    lines: list[Line] = []
    chars: list[tuple[str, float, float, float, float, float]] = []  # char, x0, x1, top, bottom, size

    def close():
        if chars:
            line = _line(chars, page)
            if line:
                lines.append(line)
            chars.clear()

    for i, char in enumerate(text):
        if char == " ":  # printed, or put by PDFium between words set apart without one
            if chars and writes_spaces and _autospaced(text, i, chars[-1], handle, rect, view):
                continue
            if chars:
                last = chars[-1]
                chars.append((" ", last[2], last[2], last[3], last[4], last[5]))
            continue
        if char < " " or char in "\ufffd\ufffe\uffff" or "\ud800" <= char <= "\udfff":
            continue  # PDFium's line breaks, and characters it could not map
        loose_box(handle, i, rect_ref)
        x, y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
        if not (crop[0] <= x <= crop[2] and crop[1] <= y <= crop[3]):
            continue  # outside the crop box: crop marks, a slug line, what the page does not show
        x0, top, x1, bottom = view.box(rect.left, rect.bottom, rect.right, rect.top)
        size = font_size(handle, i) or (bottom - top)
        if chars:
            last = chars[-1]
            scale = max(size, last[5])
            if (
                abs(bottom - last[4]) > 0.4 * scale  # another line
                or x0 < last[1] - 0.5 * scale  # back to the left: a new line
                or x0 - last[2] > 1.5 * scale  # a wide jump: another column on this line
            ):
                close()
        chars.append((char, x0, x1, top, bottom, size))
    close()
    return lines


def _autospaced(text: str, i: int, last, handle, rect, view: _View) -> bool:
    """Whether the space PDFium put at ``i`` is an office program's extra spacing between Hangul and
    Latin letters or digits (LibreOffice's 'spacing between Asian and non-Asian text': '450 억원'):
    on a page whose word spaces are written as characters, a gap PDFium filled in at such a boundary
    that is narrower than a word space."""
    if i + 1 >= len(text) or not pdfium_c.FPDFText_IsGenerated(handle, i):
        return False
    before, after = last[0], text[i + 1]
    if not (_HANGUL.match(before) and _LATIN.match(after) or _LATIN.match(before) and _HANGUL.match(after)):
        return False
    pdfium_c.FPDFText_GetLooseCharBox(handle, i + 1, ctypes.byref(rect))
    return view.box(rect.left, rect.bottom, rect.right, rect.top)[0] - last[2] < AUTOSPACE * last[5]


def _mark_spaced(lines: list[Line], blanks: list[tuple[float, float]]) -> None:
    """A line followed on its baseline by a run of spaces ends with a printed space."""
    at: dict[int, list[float]] = {}
    for x, y in blanks:
        at.setdefault(round(x), []).append(y)
    for line in lines:
        column = round(line.x1)
        near = at.get(column - 1, []) + at.get(column, []) + at.get(column + 1, [])
        if any(line.top <= y <= line.bottom for y in near):
            line.spaced = True


def _mark_edges(lines: list[Line], rules: list[tuple[float, float, float]]) -> None:
    """Each line's nearest vertical rule to its right, beside it (a table cell's border)."""
    for line in lines:
        right = [
            x for x, top, bottom in rules if x >= line.x1 - 1 and top <= line.top and bottom >= line.bottom
        ]
        line.edge = min(right, default=None)


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
    sizes = sorted(c[5] for c in chars)
    space = next((c for c in chars if c[0].isspace()), None)
    x0 = chars[0][1]
    gaps, previous, spaced_run = [], None, False  # the width of each space between words
    for c in chars:
        if c[0].isspace():
            spaced_run = True
            continue
        if spaced_run and previous is not None:
            gaps.append(c[1] - previous)
        previous, spaced_run = c[2], False
    return Line(
        page=page,
        text=" ".join(text.split()),
        x0=x0,
        x1=max(c[2] for c in chars),
        top=min(c[3] for c in chars),
        bottom=max(c[4] for c in chars),
        baseline=sorted(c[4] for c in chars)[len(chars) // 2],
        size=sizes[len(sizes) // 2],
        first_word=(space[1] if space else chars[-1][2]) - x0,
        spaced=spaced,
        gaps=tuple(gaps),
    )
