"""Split a page (or a press release) into articles: headline, sub-headline, byline and body paragraphs.

A newspaper page is a run of articles, each closed by its byline (``홍길동 기자``, ``홍길동 기자
gildong@example.com``) or by a source credit (``<글> 어느 기관 제공``, which is not a byline: the
article's byline stays empty). Everything after one byline up to the next belongs to one article, so a
photo caption printed above an article's headline goes with that article, where it is recognised as a
repeat of the lead and dropped.

Inside an article, the header is the run of short lines that do not end a sentence and are followed by
the body: one line is the headline, two are headline and sub-headline. A longer run is a column with
labels above its title: the title is the line the first sentence is about (it opens with it), or else
the shorter of the last two lines. A document with no such run (a press release pasted without its
title) has no headline. A page without bylines is cut before each headline (strictly recognised) that
follows a finished sentence; a document with neither is one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import gazetteer, korean, layout
from .headers import (
    BOARD_TITLE,
    BOXED_HEADLINE,
    CAPTION_MARK,
    DASHED,
    HEADLINE_MAX_CHARS,
    JOINED_HEADLINE_RE,
    board_title,
    masthead_end,
    title_of,
)

HEADER_LINE_MAX_CHARS = 150
PREAMBLE_MAX = 2
REPEATED_TITLE_MIN_CHARS = 15
MID_HEADER_MAX_LINES = 2  # headline and sub-headline; longer runs inside a text are labels
_HANGING_TAGS = ("JKS", "JKO", "JKG", "JC", "JKC")
_COMITATIVE = ("과", "와", "하고", "랑", "이랑")  # 'with': Kiwi may tag it JKB, but it waits for a partner
_PLACE_PARTICLES = ("에", "에서", "에게")  # 'at', 'in', 'to': a headline does not end on them

_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NAMES = r"[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*"
BYLINE = re.compile(
    # '2019년 06월 14일 | NAME 기자': a broadcaster's date first
    r"^(?:(?:19|20)\d{2}(?:년\s?|[.\-/]\s?)\d{1,2}(?:월\s?|[.\-/]\s?)\d{1,2}일?\.?(?:\s+\d{1,2}:\d{2})?\s*\|\s*)?"
    rf"[/=•·]?\s*(?:[가-힣]{{1,10}}\s*=\s*)?(?P<name>{_NAMES})\s?(?:선임|수습|객원|인턴)?\s?기자"
    rf"(?:\s*[,/(<|]?\s*(?P<email>{_EMAIL})\s*[)>]?)?"
    # '오영태 기자 | name@mail.net | 2025.03.20 17:15:13': the page's date and time after it
    r"(?:\s*\|?\s*\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?"
    # 'NAME 기자 | 입력 2012-08-16 | 조회 1,204': the page's time line and its count of readers after it
    # ('NAME 기자  |  댓글 0': the count of comments last)
    r"(?:\s*\|\s*(?:입력|등록|수정|승인)\s?:?\s?\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)*"
    r"(?:\s*\|\s*조회(?:수)?\s?:?\s?[\d,]+)?(?:\s*\|\s*댓글\s?\d+)?"
    # a broadcaster's programme after the time: 'NAME 기자 | 2022-10-14 07:50 | 뉴스투데이'
    r"(?:\s*\|\s*[가-힣A-Za-z0-9]{1,8}(?:뉴스|투데이|데스크|리포트))?\s*$"
)
INLINE_BYLINE = re.compile(
    r"^[\[【(]\s*(?:[가-힣A-Za-z0-9]{1,10}\s?[ㅣ|│]\s?)?[가-힣]{1,10}\s*=\s*(?:[가-힣A-Za-z0-9]{2,10}\s)?(?P<name>[가-힣]{2,4})\s?기자\s*[\]】)]\s*"
    # a news agency's dateline: '[OO=연합뉴스] 이름 기자 = 본문…'
    # ('(OO=연합뉴스) 이름 기자 = 본문…', '(OO=뉴스1) …' in parentheses too)
    r"|^[\[【(]\s*[가-힣]{1,10}\s*=\s*[가-힣A-Za-z0-9]{2,10}\s*[\]】)]\s*(?P<agency>[가-힣]{2,4})\s?기자\s*=\s*"
    # a local paper's '[OO일보 이름 기자]본문…', without the '=', and with its bureau ('[OO경제 영남취재본부 이름 기자]')
    r"|^[\[【]\s*(?:[가-힣A-Za-z0-9]{2,12}\s){1,3}(?P<paper>[가-힣]{2,4})\s?기자\s*[\]】]\s*"
)
# an outlet's mark glued to the lead, with no reporter in it: '【OO타임즈】가람시는 …', '[OO뉴스] 가람시는 …'
OUTLET_MARK = re.compile(
    r"^\s*[\[【]\s*[가-힣A-Za-z0-9]{1,12}"
    r"(?:뉴스|신문|일보|타임즈|타임스|투데이|저널|데일리|미디어|통신|포스트|방송|경제|닷컴|코리아)\s*[\]】]\s*(?=\S)"
    # a bureau's place in lenticular brackets, a regional daily's dateline: '【OO】OO시는 …'
    r"|^\s*[◇◆■□▶▷]?\s*【\s*[가-힣]{1,6}\s*】\s*(?=[가-힣])"
)
SIGN_OFF = re.compile(rf"^\s*{_EMAIL}\s*$")
CREDIT = re.compile(
    r"^(?:<\s*글\s*>|글\s*[=:·])\s*\S.{0,40}$"
)  # a column's author; photo credits are captions


@dataclass
class RawArticle:
    """One article's parts before repair: ``preamble`` are sentences printed above its headline."""

    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    preamble: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def byline_of(paragraph: str) -> str | None:
    """The byline a paragraph consists of (``이름 기자`` plus an e-mail if printed), else None."""
    match = BYLINE.match(paragraph.strip())
    if not match:
        return None
    name = f"{match['name']} 기자"
    return f"{name} {match['email']}" if match["email"] else name


def is_credit(paragraph: str) -> bool:
    """A source credit such as ``<글> 기관 제공`` closes a column but names no reporter."""
    return bool(CREDIT.match(paragraph.strip()))


def split_articles(paragraphs: list[str], script: bool = False) -> list[RawArticle]:
    """Articles of a page, in order; a document without bylines, or a broadcast's script, is one article."""
    chunks: list[tuple[list[str], str | None, int | None]] = []
    current: list[str] = []
    top: str | None = None  # a web page's byline under the headline, before any sentence
    below: int | None = None  # where that byline stood: the header ends there
    for p in paragraphs:
        byline = byline_of(p)
        if byline and current and not any(_prose(q) and not _caption(q) for q in current):
            top, below = byline, len(current)  # it opens the article it heads, it does not close one (a
            # photo's caption above it is no sentence of a body: '(사진) … 기념촬영을 하고 있다.(OO도 제공)')
            continue
        if byline or is_credit(p) or SIGN_OFF.match(p):  # a wire item ends on its reporter's e-mail
            chunks.append((current, byline or top, below))
            current, top, below = [], None, None
        else:
            current.append(p)
    if any(layout.ends_sentence(p) for p in current) or not chunks:
        chunks.append((current, top, below))
    elif current and chunks:
        last, byline, at = chunks[-1]
        chunks[-1] = (last + current, byline, at)
    articles: list[RawArticle] = []
    for chunk, byline, at in chunks:
        for index, (last, part) in enumerate(_script_parts(chunk) if script else _split_at_headlines(chunk)):
            if part:
                previous = articles[-1].body[: layout.CAPTION_WINDOW] if articles else []
                articles.append(
                    _article(part, byline if last else None, previous, at if index == 0 else None, script)
                )
    _drop_captions_of_next(articles)
    return articles or [RawArticle()]


def _caption(p: str) -> bool:
    """A photo's caption, credited or told as one ('… 단체 사진을 찍고 있다.')."""
    return layout.is_photo_caption(p) or bool(layout.PHOTO_MARK.search(p))


def _prose(p: str) -> bool:
    """A paragraph of the article, not of its header: a finished sentence, and not a headline that
    asks ('… 활력 시동?') or exclaims."""
    return layout.ends_sentence(p) and not (len(p) <= HEADLINE_MAX_CHARS and p.rstrip().endswith(("?", "!")))


def _drop_captions_of_next(articles: list[RawArticle]) -> None:
    """A caption printed at the foot of an article that repeats the next article's lead goes."""
    for article, following in zip(articles, articles[1:], strict=False):
        lead = [layout.Shape(p) for p in following.body[: layout.CAPTION_WINDOW]]
        shapes = [layout.Shape(p) for p in article.body]
        article.body = [
            p
            for i, p in enumerate(article.body)
            if not (shapes[i].repeats_any(lead) and not shapes[i].repeats_any(shapes[:i]))
        ]


def _script_parts(paras: list[str]) -> list[tuple[bool, list[str]]]:
    """A broadcast's script is one report, its lines broken short with no headlines among them; a digest
    of a region's news is cut at its places' marks ('[울진]', '[영양]'), the anchor's opening going with
    the first (its own mark is dropped there: no sentence, and no headline inside a body)."""
    marks = [i for i, p in enumerate(paras) if (m := PLACE_MARK.match(p)) and gazetteer.is_place(m["place"])]
    if marks:
        paras = paras[: marks[0]] + paras[marks[0] + 1 :]
        marks = [i - 1 for i in marks]
    cuts = [0, *marks[1:], len(paras)]
    return [(end == len(paras), paras[start:end]) for start, end in zip(cuts, cuts[1:], strict=False)]


# a digest's mark of the place its next item is from, on a line of its own: '[울진]', '[봉화]'
PLACE_MARK = re.compile(r"^\s*\[(?P<place>[가-힣]{2,5})\]\s*$")


def _split_at_headlines(paras: list[str]) -> list[tuple[bool, list[str]]]:
    """Parts of a byline-less run cut before each headline found after a finished sentence.

    The byline, if any, goes with the last part (``True``). A headline here is stricter than at the
    top of an article: a short line with no topic particle (은/는: that starts a sentence), not all
    labels, followed by a sentence that does not continue it.
    """
    cuts = [0]
    for i in range(1, len(paras)):
        if (
            layout.ends_sentence(paras[i - 1])
            and _starts_article(paras, i)
            and _has_body(paras[cuts[-1] : i], paras[i:])
            and not _repeats_headline(paras[i], paras[cuts[-1] : i])
            # '… 협약을 체결했다고 7일 밝혔다.' then 'OO시-OO기관, … 협약': the page's title printed under its lead
            and not any(layout.said_in(paras[i], p) for p in paras[cuts[-1] : i][-layout.CAPTION_WINDOW :])
        ):
            cuts.append(i)
    cuts.append(len(paras))
    return [(end == len(paras), paras[start:end]) for start, end in zip(cuts, cuts[1:], strict=False)]


def _repeats_headline(line: str, part: list[str]) -> bool:
    """The line says again what the part's own header says: a photo's caption under the lead that
    repeats the headline in other words, not the headline of a new article."""
    header = []
    for p in part:
        if _prose(p):
            break
        header.append(p)
    header = header[: PREAMBLE_MAX + MID_HEADER_MAX_LINES + 1]
    same = " ".join(line.split())
    # the same words as the headline, long enough to be its own ('업무협약 체결' may head the next release)
    printed_again = len(same) >= REPEATED_TITLE_MIN_CHARS and any(same == " ".join(h.split()) for h in header)
    # a photo's title over its caption, marked as one: '[사진] 가람군, ㈜A와 투자협약', the headline's words
    photo = PHOTO_TITLE_RE.match(line)
    words = line[photo.end() :].split() if photo else []
    photo_title = bool(words) and any(all(word in h for word in words) for h in header)
    return printed_again or photo_title or layout.repeats_any(line, header)


PHOTO_TITLE_RE = re.compile(r"^\s*[\[(<]\s*(?:사진|포토)\s*[\])>]\s*")


def _has_body(part: list[str], rest: list[str]) -> bool:
    """The part holds a sentence of its own, not only captions of what follows ('NAME 회장(사진 왼쪽에서
    두번째)은 …', '… 관계자들이 기념촬영을 하고 있다')."""
    window = rest[: layout.CAPTION_WINDOW + MID_HEADER_MAX_LINES]
    return any(  # ('… 농협과 손잡다!' is a headline that exclaims, no sentence of a body)
        _prose(p) and not layout.repeats_any(p, window) and not layout.PHOTO_MARK.search(p) for p in part
    )


def _starts_article(paras: list[str], i: int) -> bool:
    end = i
    while end < len(paras) and _header_line(paras[end]):
        end += 1
    run = paras[i:end]
    if (
        not run
        or len(run) > MID_HEADER_MAX_LINES
        or end >= len(paras)
        or not layout.ends_sentence(paras[end])
    ):
        return False
    first = run[0]
    if CAPTION_MARK.search(first):
        return False  # '(왼쪽부터) A 이사장, B 본부장 [사진=OO] |': a photo's caption, not a headline
    if not _headline_like(first) or any(t.tag == "JX" for t in korean.tokenize(first)):
        return False
    if all(layout.is_label(line) for line in run):
        return False
    if any(_hangs(line) for line in run):
        return False  # a broadcast's sentence broken over short lines: '제조업 기반이 약한' / '북부 지역에는'
        # (its last line too: '그리고 ㈜A 관계자들이' / '차례로 … 서명합니다.')

    if REFERS_BACK_RE.match(paras[end]):
        return False  # '이들 기업은 …' goes on with the story before: the line is its title printed again
    return bool(BOXED_HEADLINE.match(first)) or not layout.should_join(run[-1], paras[end])


# a sentence that points back to what was told before cannot open an article: '이들 기업은 …', '이번 협약으로 …'
# ('협약에 따라 두 회사는 …', '양 기관은 …': the agreement and the signers told before)
REFERS_BACK_RE = re.compile(
    r"^\s*(?:이들|이에|이번|이와|이로써|이어|이밖에|이\s|또한|또\s|그러나|하지만|특히|협약에\s?따라"
    r"|(?:두|세|네|양)\s?(?:회사|기관|기업|업체|단체|대학|도시|시군|사)(?:는|은|가|이|도)\s)"
)


def _headline_like(p: str) -> bool:
    """Short, and not ending in a particle that leaves the sentence hanging (…과, …를, …의)."""
    joined = JOINED_HEADLINE_RE.match(p) if len(p) > HEADLINE_MAX_CHARS else None
    if joined:
        p = joined["head"]
    if len(p) > HEADLINE_MAX_CHARS:
        return False
    return not _hangs(p)


def _hangs(p: str) -> bool:
    """Whether a line ends in a particle that leaves its sentence hanging (…과, …를, …의)."""
    if p.rstrip().endswith(","):
        return True  # '경상북도와 영주시,': a line broken after a comma; no headline ends on one
    tokens = korean.tokenize(p)
    if not tokens:
        return False
    last = tokens[-1]
    # (an ending written as a syllable of its own: 'ᆫ' fused into '가온' is Kiwi misreading a place name)
    if last.tag == "ETM" and "가" <= last.form[:1] <= "힣" or last.tag == "JKB" and last.form in _PLACE_PARTICLES:
        return True  # a broadcast's line broken mid-phrase: '… 대기업이 없는', '… 참빛 지역 경제에'
    if last.tag == "EC" and any(t.tag == "JKO" for t in tokens):
        return True  # '분양가를 대폭 낮추고': a clause with its object, going on in the next line
    previous = tokens[-2].tag if len(tokens) >= 2 else ""
    if last.tag == "ETM" and previous in ("VA", "VCP", "XSA"):
        return True  # '… 기반이 약한', '… 업체인': an adjective or a copula that qualifies the next line's noun
    if last.tag == "JX" and previous == "JKB":
        return True  # '… 북부 지역에는': where, with the sentence's topic still to come
    return last.tag.startswith(_HANGING_TAGS) or (last.tag == "JKB" and last.form in _COMITATIVE)


# a quote opened and not closed on its line: a speech going on, no headline
OPEN_QUOTE_RE = re.compile(r'^\s*(?:"[^"\n]*|“[^”\n]*)$')


def _header_line(p: str) -> bool:
    if len(p) > HEADER_LINE_MAX_CHARS or _prose(p) or OPEN_QUOTE_RE.match(p):
        return False
    return not layout.is_bulleted(p) or bool(DASHED.match(p)) or bool(BOXED_HEADLINE.match(p))


def _article(
    paras: list[str], byline: str | None, previous: list[str], below: int | None = None, script: bool = False
) -> RawArticle:
    """One article from its paragraphs; ``previous`` is the lead of the article before it, ``below``
    where the byline under its header stood (a broadcast's short lines after it are no header: in a
    ``script`` the header always ends there)."""
    article = RawArticle(byline=byline)
    titled = board_title(paras)  # a board's '제목 : …' under the site's menus
    if titled is not None:
        paras = [BOARD_TITLE.sub("", paras[titled]), *paras[titled + 1 :]]
        below = below - titled if below and below > titled else None
    skip = masthead_end(paras)  # a broadcaster's name, its bar of sections and its bulleted menu
    if skip:
        paras, below = paras[skip:], (below - skip if below and below > skip else None)
    limit = below if script and below else len(paras)
    start = _header_start(paras, previous, limit)
    if start is None and below and not script:  # a header cut at its byline, when running on it finds none
        limit = below
        start = _header_start(paras, previous, limit)
    if start is None:
        article.body = _strip_inline_byline(paras, article)
        return article
    end = start
    while end < limit and _header_line(paras[end]):
        end += 1
    if below and start < below < end and layout.is_photo_caption(paras[below]):
        end = below  # the byline closed the header: a photo's caption after it opens the body
    # Captions above the headline: of this article (dropped later with the body's) or of the last one.
    article.preamble = [p for p in paras[:start] if not layout.repeats_any(p, previous)]
    header, body = paras[start:end], paras[end:]
    article.headline, article.subheadline = title_of(header, body)
    # a page prints its title again over the photo or the body: the headline, not a sentence of the body
    body = [p for p in body if " ".join(p.split()) != " ".join(article.headline.split())]
    article.body = _strip_inline_byline(_script_sentences(body) if script else body, article)
    return article


def _script_sentences(lines: list[str]) -> list[str]:
    """A script's lines joined into its sentences: a broadcast breaks them between words, never inside
    one, and a speaker's name stays on its own line above the quote they say."""
    out: list[str] = []
    for line in lines:
        if (
            out
            and len(out[-1]) < SCRIPT_SENTENCE_MAX_CHARS  # (a run that never ends stays linear)
            and not layout.ends_sentence(out[-1])
            and not layout.SPEECH_OPENING_RE.match(line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


SCRIPT_SENTENCE_MAX_CHARS = 1000


def _header_start(paras: list[str], previous: list[str], limit: int | None = None) -> int | None:
    """Index of the header run: at the top, or after a caption or two repeating this or the last lead;
    the run stops at ``limit``, where a byline stood."""
    limit = len(paras) if limit is None else limit
    for start in range(min(PREAMBLE_MAX, len(paras) - 1) + 1):
        if not _header_line(paras[start]):
            continue
        if not _headline_like(paras[start]):
            return None
        end = start
        while end < limit and _header_line(paras[end]):
            end += 1
        if end >= len(paras):
            return None
        if _hangs(paras[end - 1]):
            return None  # a broadcast's lines broken mid-sentence: '… 약 250억 원 규모의' runs on into the body
        preamble, rest = paras[:start], paras[end:]
        leads = rest[: layout.CAPTION_WINDOW] + previous
        if all(layout.ends_sentence(p) and layout.repeats_any(p, leads) for p in preamble):
            return start
        return None
    return None


def _strip_inline_byline(body: list[str], article: RawArticle) -> list[str]:
    """``[도시=이름 기자] 본문…`` at the start of the lead: the byline (unless one closes the article) goes."""
    body = [OUTLET_MARK.sub("", p, count=1) for p in body]  # the outlet's mark opens the lead, under a sub-headline too
    match = INLINE_BYLINE.match(body[0]) if body else None
    if not match:
        return body
    article.byline = article.byline or f"{match['name'] or match['agency'] or match['paper']} 기자"
    return [body[0][match.end() :], *body[1:]]
