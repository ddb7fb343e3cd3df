"""Repair of text pasted from a PDF page: dropped photo captions, labels, and words split across breaks.

A PDF page pasted as text breaks a sentence wherever the column or a photo broke it. Three repairs:

- A paragraph that does not end a sentence is continued by the next paragraph (a caption or an
  image label in between is skipped). Whether the two pieces meet with or without a space is for Kiwi
  to say: the junction window is read both ways, and the pieces are joined when the joined reading is
  clearly more probable (a word such as 인 + 허가 becomes one morpheme) or when the right-hand piece
  cannot start a word (it begins with a particle, an ending or a suffix, or holds no content morpheme).
  Otherwise the space stays: two nouns, or a particle followed by a new word, read the same either way.
- A photo caption repeats an article's lead sentence. Of two near-duplicates (the same characters once
  parenthesised aliases and spacing are set aside), the one that interrupts a broken sentence, or
  else the shorter, is dropped.
- A listed firm's stock code in brackets (``에스엠씨(123450)바이오``, ``대성정밀(코스닥 123450)은``) is
  dropped: it splits a name in two or stands between a name and its particle.
- Short image labels in the middle of the text (a noun phrase of a few syllables with no particle
  other than 의 and no ending) are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from . import korean
from .one_way import one_way
from .word_joins import join, opens_sentence, should_join  # noqa: F401 - layout.join is the module's API

BULLETS = "□■◆◇○●◎▶▷►-•*※△▲▽▼☞①②③④⑤⑥⑦⑧⑨⑩"
LABEL_MAX_CHARS = 20
BULLETED_PROSE_CHARS = 30  # a bulleted paragraph this long is prose (□ 시는 …), broken off if unfinished
CAPTION_MIN_CHARS = 15
CAPTION_CONTAINED = 0.8  # share of the caption's character pairs found in the lead sentence
CAPTION_COVERS = 0.6  # share of the lead sentence's character pairs found in the caption
CAPTION_WINDOW = 10  # compare with the first and the preceding paragraphs only, to stay linear
WRAP_MIN_LINES = 3  # a block of this many lines may be one hard-wrapped paragraph
WRAP_MIN_WIDTH = 30  # columns (a Hangul syllable is two)
WRAP_WIDTH_SHARE = 0.9  # a wrapped line is at least this share of the block's median line

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n")
_FINAL = re.compile(r"(?:다|요)$")  # a quote closed after 다 without a period goes on: "…하겠다"고
_PUNCT_FINAL = re.compile(r"[.?!。][\"'”’」』)\]]*$")
# (and a photo's who-stands-where, however long, its firms' '(주)' and the bar a page may print after it
# included: '… 체결했다. <사진 왼쪽부터 NAME OO국장, …>', '… 체결했다. <사진 왼쪽 세번째부터 (주)A NAME 사장> |')
_TRAILING_PAREN = re.compile(
    r"\s*[(\[][^()\[\]]{0,40}[)\]]$"
    r"|\s*[<(\[]\s?사진\s?(?:왼쪽|오른쪽|좌|우)(?:[^<>()\[\]]|\([^()]{1,3}\)){0,160}[>)\]](?:\s?\|)?$"
)
# a photo's credit after its caption, unbracketed: '… 이사.  /가람시 제공', '… 있다. 사진=가람군 제공'
_TRAILING_CREDIT = re.compile(r"\s*(?:/|사진\s?=|사진\s?제공\s?[=:]?)\s?[^/\n.]{1,20}?(?:\s?제공)?$")
_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NON_WORD = re.compile(r"[\W_]+")
_SENTENCES = re.compile(r"(?<=[.?!])[\"'”’]?\s+")
# a newspaper page's running header: its date with the weekday, the section, the page number
# ('2026년 7월 8일 수요일      지역  11'); it heads the page, not an article
_PAGE_HEADER = re.compile(
    r"^\s*\d{4}년\s?\d{1,2}월\s?\d{1,2}일\s?\(?[월화수목금토일](?:요일)?\)?"
    r"(?:\s+[가-힣A-Za-z·]{1,10}){0,2}(?:\s+[A-Z]?\d{1,3}(?:면)?)?\s*$"
)
# a line that is only an image's credit: '사업조감도/제공=가람군', '사진제공=OO시', '제공: OO공사'
_CREDIT_ONLY = re.compile(r"^[^\s/=:]{0,12}/?\s?(?:사진\s?)?제공\s?[=:]\s?[^\s/=:]{1,20}(?:\s[^\s/=:]{1,10})?$")
# a caption's credit run into the lead that follows it, with no space: '… 협약 체결. 가람시 제공가람시는 …'
_CREDIT_RUN_IN = re.compile(r"(?<=[.。]\s)[^\s.]{2,20}(?:\s[^\s.]{2,10})?\s제공(?=[가-힣A-Za-z㈜])")
_PHOTO_CREDIT_LINE = re.compile(r"^[<(\[]?\s*(?:사진|그림|자료\s?사진)\s*(?:[>)\]]|[=:])")
_PHOTO_CREDIT_END = re.compile(
    r"[(\[]\s*(?:사진|그림)\s*[=:][^()\[\]]{0,40}[)\]]\s*$"
    r"|(?<=다\.)\s+[가-힣A-Za-z·]{2,15}(?:\s[가-힣A-Za-z]{2,10})?\s?제공\.?\s*$"  # '… 하고 있다. 가람군 제공'
)
# a caption's full sentence ('… 기념촬영을 하고 있다'), and the names it lists after it ('(왼쪽부터 …)')
_CAPTION_SENTENCE = re.compile(r"(?:있다|했다|였다|한다)\s*(?:\([^()]*\))?\.?$")
_CAPTION_SIGNING = re.compile(r"(?:협약|협정|MOU|양해각서)(?:\s?\(MOU\))?[’'”\"」』]?[을를이가]?\s?(?:체결|맺)|협약서에\s?서명")
_PEOPLE_FROM_LEFT = re.compile(r"\((?:사진\s?)?(?:왼쪽|오른쪽|좌|우)(?:부터|에서)[^()]*\)\s*\.?$")

_DEPENDENT_TAGS = ("J", "E", "XS", "VCP", "VCN")
_CLAUSE_TAGS = ("EF", "EC", "JKS", "JKC", "JKO", "JKB", "JKV", "JKQ", "JX", "JC")
_NOUN_TAGS = ("NN", "NP", "NR", "XSN", "SL", "SN", "SH")


# a widget's mark left after a sentence's end: '… 체결했다고 밝혔다.     ㆍ'
_STRAY_MARK_AFTER_END = re.compile(r"(?<=[.!?])\s+ㆍ$")


def paragraphs(text: str, script: bool = False) -> list[str]:
    """Non-empty lines of a document, stripped; a pasted page has one paragraph a line.

    A block of lines hard-wrapped at a fixed width (most lines as long as the longest and not ending a
    sentence) is one paragraph: its lines are joined here, so that a wrapped lead is not read as a
    sub-headline. A page cued as a broadcast's script (``script``) may break its lines wider.
    """
    width = SCRIPT_CUED_MAX_WIDTH if script else SCRIPT_MAX_WIDTH
    out: list[str] = []
    for block in _BLANK_LINES.split(_CREDIT_RUN_IN.sub("\\g<0>\n", text)):
        lines = [line.strip() for line in block.split("\n") if line.strip() and not _PAGE_HEADER.match(line)]
        lines = [_STRAY_MARK_AFTER_END.sub("", line) for line in lines]
        if _is_script(lines, width):
            out.extend(_script_sentences(lines))
        else:
            out.extend(_unwrap(lines) if len(lines) >= WRAP_MIN_LINES else lines)
    return out


# a broadcast script's block: short lines broken between phrases, its sentences ending '…니다.', '…요.'
SCRIPT_MAX_WIDTH = 40  # columns (a Hangul syllable is two)
SCRIPT_CUED_MAX_WIDTH = 60  # in a page with a script's cues ('◀ANC▶'): a line of some 30 syllables
# (an interview's words in brackets end the same: '(… 챙기겠습니다.)')
_SCRIPT_END = re.compile(r"(?:니다|요)[.?!][\"'”’)]?$")


def _is_script(lines: list[str], width: int = SCRIPT_MAX_WIDTH) -> bool:
    """Whether a block of lines is a broadcast script's ('대산푸드는 지난 2017년 가을 / 의성의 한 농공단지에 /
    … / 군과 협약을 맺었습니다.'): every line short, and every sentence it ends ending as speech does."""
    if len(lines) < 2 or any(_display_width(line) > width or is_bulleted(line) for line in lines):
        return False
    ends = [line for line in lines if ends_sentence(line)]
    return bool(ends) and all(_SCRIPT_END.search(line) for line in ends)


def _script_sentences(lines: list[str]) -> list[str]:
    """A script block's sentences, each of its lines: a script breaks a line between words, never in one."""
    out: list[list[str]] = []  # each sentence's lines, joined once at the end: linear in the block
    for line in lines:
        if out and not ends_sentence(out[-1][-1]):
            out[-1].append(line)
        else:
            out.append([line])
    return [" ".join(parts) for parts in out]


def _unwrap(lines: list[str]) -> list[str]:
    widths = [_display_width(line) for line in lines]
    full = sorted(widths[:-1])[len(widths[:-1]) // 2]  # the median line is a full one when wrapped
    wrapped = [
        w >= WRAP_WIDTH_SHARE * full and not ends_sentence(line)
        for w, line in zip(widths[:-1], lines[:-1], strict=True)
    ]
    if full < WRAP_MIN_WIDTH or sum(wrapped) < len(wrapped) / 2:
        return lines
    out = [lines[0]]
    for was_wrapped, line in zip(wrapped, lines[1:], strict=True):
        if was_wrapped and not is_bulleted(line):
            out[-1] = join(out[-1], line)
        else:
            out.append(line)
    return out


def _display_width(line: str) -> int:
    """Columns a line takes on a page: Hangul and other wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# how much of a paragraph's end tells whether it ends a sentence (its last bracket and credit are short):
# only the end is read, so that a sentence broken over many lines is not read again whole at each one
_END_CHARS = 200


def ends_sentence(paragraph: str) -> bool:
    """Tell whether a paragraph ends a sentence (final punctuation, or a long line ending in 다/요)."""
    paragraph = paragraph.rstrip()
    end = paragraph[-_END_CHARS:]
    p = _TRAILING_PAREN.sub("", end)
    if _PUNCT_FINAL.search(p) or _PUNCT_FINAL.search(_TRAILING_CREDIT.sub("", p)):
        return True
    return len(paragraph) - len(end) + len(p) > 60 and bool(_FINAL.search(p))


def is_bulleted(paragraph: str) -> bool:
    """A list item or intertitle starts with a marker (□, ○, △, -, ① …)."""
    return paragraph[:1] in BULLETS


def is_unfinished(paragraph: str) -> bool:
    """A sentence broken off: no sentence end, and not a short list item (which needs no period)."""
    if ends_sentence(paragraph):
        return False
    if is_bulleted(paragraph) and SUMMED_UP_RE.search(paragraph):
        return False  # '• 9일 가람군, ㈜누리 등과 협약 체결': a summary line under a headline, whole
    return not is_bulleted(paragraph) or len(paragraph) >= BULLETED_PROSE_CHARS


# a headline's or a summary line's last word: the news named, no sentence broken off
SUMMED_UP_RE = re.compile(r"(?:체결|협약|협약식|MOU|맞손|추진|개최|협력|선정|지원|구축|조성)\s*$")


SPEECH_OPENING_RE = re.compile(r"\s*[\"“]")


def is_label(paragraph: str) -> bool:
    """A short noun phrase (no particle but 의, no final or linking ending): an image label, a kicker."""
    p = paragraph.strip()
    if len(p) > LABEL_MAX_CHARS or ends_sentence(p) or is_bulleted(p):
        return False
    tokens = korean.tokenize(p)
    if not tokens or not tokens[-1].tag.startswith(_NOUN_TAGS):
        return False
    return not any(t.tag.startswith(_CLAUSE_TAGS) for t in tokens)


# --- captions ---------------------------------------------------------------------------------


def _pairs(text: str) -> frozenset[str]:
    flat = _NON_WORD.sub("", _PARENS.sub("", text))
    return frozenset(flat[i : i + 2] for i in range(len(flat) - 1))


def said_in(line: str, paragraph: str) -> bool:
    """The line's words are mostly the paragraph's: a title printed again under the lead it sums up."""
    a, b = _pairs(line), _pairs(paragraph)
    return len(a) >= CAPTION_MIN_CHARS and len(a & b) >= CAPTION_CONTAINED * len(a)


def _overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    """``a`` (a caption's pairs) is mostly inside ``b`` and covers most of it."""
    if len(a) < CAPTION_MIN_CHARS or len(b) < CAPTION_CONTAINED * len(a) or len(a) < CAPTION_COVERS * len(b):
        return False
    common = len(a & b)
    return common >= CAPTION_CONTAINED * len(a) and common >= CAPTION_COVERS * len(b)


class Shape:
    """A paragraph's character pairs, whole and sentence by sentence, computed once."""

    def __init__(self, paragraph: str):
        self.whole = _pairs(paragraph)
        sentences = _SENTENCES.split(paragraph)
        self.sentences = [_pairs(s) for s in sentences] if len(sentences) > 1 else []

    def repeats(self, other: Shape) -> bool:
        """This paragraph repeats the other, or one sentence of it."""
        return _overlap(self.whole, other.whole) or any(_overlap(self.whole, s) for s in other.sentences)

    def repeats_any(self, others: list[Shape]) -> bool:
        """This paragraph repeats one of the others, or a sentence of one."""
        return any(self.repeats(other) for other in others)


def repeats_any(paragraph: str, others: list[str]) -> bool:
    """Tell whether a paragraph repeats a whole paragraph or one sentence of any of ``others``."""
    shape = Shape(paragraph)
    return any(shape.repeats(Shape(other)) for other in others)


def is_photo_caption(paragraph: str) -> bool:
    """A photo credit line (``사진=기관 제공``, ``<사진> …``) or a caption ending in one."""
    return bool(_PHOTO_CREDIT_LINE.match(paragraph) or _PHOTO_CREDIT_END.search(paragraph))


def _uncredited(body: list[str]) -> tuple[list[str], list[str]]:
    """Body paragraphs without credited photo captions, except one that tells of the signing: a full
    sentence with its credit and its names from the left cut, kept for the check against the other
    paragraphs and put after them ('… 협약을 맺고 함께 사진을 찍고 있다(왼쪽부터 …). [사진=○○시]'
    may be the only sentence that says the agreement was signed; one that repeats the lead is dropped);
    and the names a caption lists after its order ('(왼쪽부터) NAME 가람시장, …'), for the people."""
    kept, captions = [], []
    for p in body:
        if not is_photo_caption(p):
            kept.append(p)
            continue
        heads = heads_listed(p)
        if heads:  # '… 협약식에서 (왼쪽부터) NAME 가람시장, NAME ㈜A 대표 …': the heads it names, for the people
            captions.append(heads)
        told = _PHOTO_CREDIT_END.sub("", p).rstrip()
        told = _PEOPLE_FROM_LEFT.sub("", told).rstrip()
        if (
            _CAPTION_SENTENCE.search(told)
            and _CAPTION_SIGNING.search(told)
            and not _PHOTO_CREDIT_LINE.match(p)
        ):
            captions.append(told if told.endswith(".") else told + ".")
    return kept, captions


def drop_captions(body: list[str], preamble: list[str] = ()) -> tuple[list[str], list[str]]:
    """Body paragraphs without photo captions: those with a credit, and those repeating another
    paragraph; and, apart, the credited captions that tell of the signing, to be put last (the
    article's own signing sentence, if any, stays the first; a cut-off last paragraph is not mended
    with a caption).

    Preamble paragraphs (printed above the headline) that repeat nothing are kept, first.
    """
    body, captions = _uncredited(body)
    body = body + captions
    preamble = [p for p in preamble if not is_photo_caption(p)]
    shapes = [Shape(p) for p in body]
    window = shapes[:CAPTION_WINDOW]
    kept_preamble = [p for p in preamble if not any(Shape(p).repeats(s) for s in window)]
    paras = kept_preamble + list(body)
    shapes = [Shape(p) for p in kept_preamble] + shapes
    dropped: set[int] = set()
    # a broadcast's script, a clause to a line: most lines are broken off, and none is a caption for it
    clauses = sum(map(is_unfinished, paras)) * 2 > len(paras)
    for i, p in enumerate(paras):
        if len(p) < CAPTION_MIN_CHARS:
            continue
        earlier = sorted(set(range(min(CAPTION_WINDOW, i))) | set(range(max(0, i - CAPTION_WINDOW), i)))
        for j in earlier:
            if j not in dropped and (shapes[i].repeats(shapes[j]) or shapes[j].repeats(shapes[i])):
                dropped.add(_caption_of(paras, j, i, clauses))
                break
    moved = len(paras) - len(captions)  # the captions stand last in ``paras``
    own = [p for k, p in enumerate(paras) if k < moved and k not in dropped]
    # who stands where in a caption that repeats the lead: the heads it names, kept for the people
    heads = [h for h in (heads_listed(paras[k]) for k in sorted(dropped)) if h]
    return own, [p for k, p in enumerate(paras) if k >= moved and k not in dropped] + heads


def _caption_of(paras: list[str], j: int, i: int, clauses: bool = False) -> int:
    """Of near-duplicates ``j < i``: the one that marks who stands where in a photo, else the one
    interrupting a broken sentence (not in a script of a clause to a line, where it goes on the one
    before), else the shorter (its brackets counted last), else ``i``."""
    marked = [k for k in (j, i) if PHOTO_MARK.search(paras[k])]
    if len(marked) == 1:
        return marked[0]  # '… 회장(사진 왼쪽에서 두번째)은 … 기념사진을 촬영하고 있다': the photo's caption
    for k in () if clauses else (i, j):
        if k > 0 and is_unfinished(paras[k - 1]):
            return k
    # the shorter goes; of two that say the same, the one without the brackets that name the heads
    # ('A(관장 NAME)은 … B(원장 NAME)와 …' printed again plain above it)
    return j if (len(_pairs(paras[j])), len(paras[j])) < (len(_pairs(paras[i])), len(paras[i])) else i


# the order a caption names the people in, then the names: '(왼쪽부터) NAME 가람시장, NAME ㈜A 대표 …'
ORDER_OPENS_RE = re.compile(r"[(\[]\s?(?:사진\s?)?(?:왼쪽|오른쪽|좌측|우측)(?:에서)?\s?부터\s?[)\]]\s?(?=[가-힣])")


def heads_listed(caption: str) -> str | None:
    """The part of a caption from its order on, without its credit: the heads it names, else None."""
    order = ORDER_OPENS_RE.search(caption)
    return _PHOTO_CREDIT_END.sub("", caption[order.start() :]).rstrip() if order else None


# what only a photo's caption says: who stands where, or that they pose for it
PHOTO_MARK = re.compile(
    r"\(\s?(?:사진\s?)?(?:왼쪽|오른쪽|가운데|좌측|우측)(?:에서|부터)?[^()\n]{0,8}\)|(?:기념\s?)?(?:사진을\s)?촬영(?:을\s)?하고\s있다"
    r"|사진을\s찍고\s있다\.?\s*$"  # '… 결연식을 마친 뒤 단체 사진을 찍고 있다.'
)


# --- the whole repair -------------------------------------------------------------------------


def join_continuations(paras: list[str]) -> list[str]:
    """Join each unfinished paragraph with the next one; drop image labels standing between sentences.

    A label or a complete sentence (a photo caption) that stands between the two halves of a broken
    sentence is stepped over when the paragraph after it continues the broken word and it does not:
    the label is dropped, the caption kept after the mended sentence.
    """
    out: list[str] = []
    held: list[str] = []
    prose = any(ends_sentence(p) for p in paras)  # a text of nothing but short phrases keeps them
    closed = False
    for i, p in enumerate(paras):
        following = paras[i + 1] if i + 1 < len(paras) else None
        credit = _CREDIT_ONLY.match(p) or following and is_label(p) and _CREDIT_ONLY.match(following)
        if credit:  # '조감도' / '사업조감도/제공=가람군': an image's label and credit, dropped; they end what
            # stood before them unless the paragraph after them goes on with its broken word
            after = next((q for q in paras[i + 1 :] if not _CREDIT_ONLY.match(q)), None)
            closed = closed or not (out and after and should_join(out[-1], after))
            continue
        open_sentence = bool(out) and not closed and is_unfinished(out[-1]) and not opens_sentence(out[-1], p)
        if open_sentence and SPEECH_OPENING_RE.match(p) and is_label(out[-1]):
            open_sentence = False  # a script's speaker, 'NAME OO교육장', then the quote they say
        closed = False
        if open_sentence and not is_bulleted(p):
            if _interrupts(out[-1], p, paras[i + 1] if i + 1 < len(paras) else None):
                if not is_label(p):
                    held.append(p)
                continue
            out[-1] = join(out[-1], p)
        elif prose and is_label(p) and not (following and SPEECH_OPENING_RE.match(following)):
            continue  # (but a script's speaker, 'NAME OO군수' over the quote they say, is kept)
        else:
            out.append(p)
        if held and ends_sentence(out[-1]):
            out.extend(held)
            held.clear()
    return out + held


def _interrupts(left: str, p: str, following: str | None) -> bool:
    """``p`` is a label or caption printed inside ``left``'s broken word, which ``following`` completes."""
    if following is None or is_bulleted(following) or not (is_label(p) or ends_sentence(p)):
        return False
    if opens_sentence(left, following):
        return False
    return should_join(left, following) and not should_join(left, p)


def repair(body: list[str], preamble: list[str] = ()) -> list[str]:
    """An article's paragraphs with captions, labels and stock codes dropped, broken sentences joined
    again, a transcript's sentences stopped, middle dots, '이 날' and '(대표 : NAME)' written one way."""
    kept, captions = drop_captions(body, preamble)
    paragraphs = join_continuations(kept) + captions
    return [one_way(p) for p in paragraphs]
