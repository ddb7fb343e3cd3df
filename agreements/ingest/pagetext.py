"""A page's lines, with their boxes and font sizes, to text in reading order (see ``pdf.py``).

The lines are cut into reading order by ``xycut``; a line whose font is clearly larger than the body's
is a headline; text printed on a picture and captions under or beside one are dropped; the rest make
paragraphs, joined across line, column and page ends with or without a space as the geometry says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout
from .native import is_label
from .xycut import Box, reading_order

HEADLINE_RATIO = 1.15  # a font this much larger than the body's is a headline
SMALL_RATIO = 0.92  # a font this much smaller is small print (captions, credits)
CAPTION_GAP = 1.5  # in body sizes: how close under a picture a caption starts
CAPTION_MAX_LINES = 3  # a block in body size under a picture longer than this is body text
BAND = 0.9  # in body sizes: an empty band this high across the page cuts it in two
GUTTER = 0.8  # and an empty gutter this wide down it
LABEL_COLUMN = 6.0  # a column narrower than this, level with the next, is a table's labels
WRAP_SAMPLE = 3  # full lines needed to tell how a text is wrapped
WRAP_ROOMY = 0.3  # share of full lines with room for one more character in text wrapped between words
_WORD = re.compile("[\uac00-\ud7a3A-Za-z0-9]")  # Hangul, Latin letters and digits run on within a word
_HANGUL = re.compile("[\uac00-\ud7a3]")
_SPACED_AFTER = ",.;:!?…"
_CLOSING = ",.;:!?)]}”’」』%·…"
_OPENING = "([{“‘「『·"
_QUOTES = "'\""
_PAGE_NUMBER = re.compile(r"^[-–—\s]*\d{1,4}[-–—\s]*$")
_FIGURES = re.compile(r"\d+")


@dataclass
class Line:
    """A run of characters on one baseline; coordinates from the page's top-left, in points."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float  # the bottom of its characters' boxes, descent included
    size: float
    first_word: float  # width of the first word, to tell a deliberate break from a wrap
    spaced: bool = False  # a space was printed after its last character
    gaps: tuple[float, ...] = ()  # the width of each space between its words, as set
    cell: float | None = None  # in a table's row: where its last cell's text begins
    edge: float | None = None  # the nearest rule drawn right of it (a table cell's border)

    def box(self) -> Box:
        return Box(self.x0, self.top, self.x1, self.bottom, self)


def _body_size(pages) -> float:
    weights: dict[float, int] = {}
    for lines, _ in pages:
        for line in lines:
            key = round(line.size, 1)
            weights[key] = weights.get(key, 0) + len(line.text)
    return max(weights, key=weights.get)


def assemble(pages) -> tuple[str, tuple[int, ...]]:
    """The text of pages given as (lines, pictures), and the offset where each page begins."""
    body = _body_size(pages)
    furniture = _furniture(pages, body)
    ordered = []  # (line, its column's frame, its block) in reading order, page by page
    for number, (lines, images) in enumerate(pages):
        lines = [line for line in lines if id(line) not in furniture]
        dropped = _captions_and_labels(lines, images, body)
        boxes = [line.box() for line in lines] + images
        ordered.append(
            [
                (line, frame, (number, block))
                for block, (frame, items) in enumerate(
                    reading_order(boxes, BAND * body, GUTTER * body, LABEL_COLUMN * body)
                )
                for line in _rows([line for line in items if id(line) not in dropped])
            ]
        )
    out = _Writer(body, _natural_space([row for page in ordered for row in page], body))
    for number, rows in enumerate(ordered):
        out.page(number)
        for line, frame, block in rows:
            out.line(line, frame, block)
    return out.text(), tuple(out.page_starts)


def _furniture(pages, body: float) -> set[int]:
    """Ids of the lines a page prints around its text: the row at its very top or foot, set apart,
    that is a page number ('7', '- 7 -'), a dated running head ('2026년 3월 14일 토요일 지역 7'), or
    at the top, the same words on more than one page. They are left out before the XY cut: a number centred
    at the foot would close the gutter between the columns."""
    edges = []  # (page, the row's lines, its words without figures)
    for number, (lines, _) in enumerate(pages):
        ordered = sorted(lines, key=lambda ln: ln.top)
        for row, head in (
            (_edge_row(ordered, body), True),
            (_edge_row(ordered[::-1], body, foot=True), False),
        ):
            if row and all(line.size < HEADLINE_RATIO * body for line in row):
                words = _FIGURES.sub("", " ".join(line.text for line in row)).strip()
                edges.append((number, row, words if head else ""))  # a byline may end two pages
    repeated = {words for _, _, words in edges if words} if len({n for n, _, _ in edges}) > 1 else set()
    repeated = {w for w in repeated if len({n for n, _, words in edges if words == w}) > 1}
    furniture: set[int] = set()
    for _, row, words in edges:
        text = " ".join(line.text for line in row)
        if _PAGE_NUMBER.match(text) or not layout.paragraphs(text) or words in repeated:
            furniture |= {id(line) for line in row}
    return furniture


def _edge_row(ordered: list[Line], body: float, foot: bool = False) -> list[Line]:
    """The first row of lines (the last, from the foot), when a band of space sets it apart."""
    if len(ordered) < 2:
        return []
    first = ordered[0]
    if foot:
        row = [ln for ln in ordered if ln.bottom >= first.top]
        rest = [ln for ln in ordered if ln.bottom < first.top]
        apart = bool(rest) and min(ln.top for ln in row) - max(ln.bottom for ln in rest) >= 0.5 * body
    else:
        row = [ln for ln in ordered if ln.top <= first.bottom]
        rest = [ln for ln in ordered if ln.top > first.bottom]
        apart = bool(rest) and min(ln.top for ln in rest) - max(ln.bottom for ln in row) >= 0.5 * body
    return row if apart else []


def _natural_space(rows, body: float) -> float | None:
    """The width of a word space as set when the text is wrapped between words only (justified or
    not), never inside a word; None when it is not.

    A line broken inside a word is filled to within a character of the column's edge. A line broken
    between words often has room left for one more character, once the space that justification
    added between its words is taken back out (the narrowest spaces of the text are the natural ones).
    """
    lines = [
        (line, frame) for line, frame, _ in rows if SMALL_RATIO * body <= line.size < HEADLINE_RATIO * body
    ]
    gaps = sorted(g for line, _ in lines for g in line.gaps)
    if not gaps:
        return None
    natural = gaps[len(gaps) // 10]
    full = [
        frame.x1 - line.x1 + sum(max(0.0, g - natural) for g in line.gaps)
        for line, frame in lines
        if frame.x1 - line.x1 < line.size and line.gaps
    ]
    roomy = sum(1 for slack in full if slack >= body)
    return natural if len(full) >= WRAP_SAMPLE and roomy >= WRAP_ROOMY * len(full) else None


def _rows(lines: list[Line]) -> list[Line]:
    """Lines of a block with pieces on one baseline (cells of a table row) joined by a space, a
    label and its value as typed ('일시: 2026. 4. 7.', as the HWP readers give a table's row)."""
    rows: list[Line] = []
    for line in lines:
        last = rows[-1] if rows else None
        if last and abs(line.baseline - last.baseline) < 0.4 * line.size and line.x0 >= last.x1:
            labelled = last.cell is None and is_label(last.text)
            rows[-1] = Line(
                page=last.page,
                text=f"{last.text.rstrip(':')}: {line.text}" if labelled else f"{last.text} {line.text}",
                x0=last.x0,
                x1=line.x1,
                top=min(last.top, line.top),
                bottom=max(last.bottom, line.bottom),
                baseline=last.baseline,
                size=max(last.size, line.size),
                first_word=last.first_word,
                spaced=line.spaced,
                cell=line.x0,
                edge=line.edge,
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

    def __init__(self, body: float, natural_space: float | None):
        self.body = body
        self.natural_space = natural_space  # None unless the text is wrapped between words only
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
        if last.cell is not None and abs(line.x0 - last.cell) < 0.5 * line.size:
            return -1 < line.top - last.bottom < 0.8 * line.size  # the cell's text, wrapped in it
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
        if last.cell is not None and last.edge is not None:  # in a table's cell: its border is the edge
            if last.edge - last.x1 >= 1.0 * last.size:
                return " "
        elif self.last_frame.x1 - last.x1 >= 1.0 * last.size:
            return " "  # it stopped short
        elif self.natural_space is not None and not self._full_before_unit(line):
            return " "  # the text is broken between words only (or between a number and its unit)
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

    def _full_before_unit(self, line: Line) -> bool:
        """In a text wrapped between words, a line reaching the column's edge that ends in a figure,
        before a line that begins in Hangul, with no room for that line's first word: broken between a number and its unit or
        particle ('450|억원을'), which line breakers do (UAX #14 lets a line break there), so the
        amount is one word again. The room is what the line had once the extra space that
        justification put between its words is taken back out. A line that stopped short of the
        edge, or had room for the word, broke at a space and keeps it ('1,200 가운데'); a justified one
        with no room may have broken at a space too, but Korean sets units and particles against
        the number."""
        last = self.last
        if not (last.text[-1].isdigit() and _HANGUL.match(line.text[0])):
            return False
        slack = self.last_frame.x1 - last.x1 + sum(max(0.0, g - self.natural_space) for g in last.gaps)
        return slack < line.first_word

    def text(self) -> str:
        return "".join(self.parts) + "\n"
