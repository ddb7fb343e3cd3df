"""Which line of an article's header is its title: the headline and sub-headline among a site's masthead,
menus, breadcrumbs, labels, photo credits and the reporter's name printed above or between them."""

from __future__ import annotations

import re

from . import layout
from .person_words import korean_name

HEADLINE_MAX_CHARS = 55
# a brief's headline on a page of 단신, marked with a box: '■ OO시, OO대와 청년 정착 협약'
BOXED_HEADLINE = re.compile(r"^[■◆□◇]\s?(?P<text>[^\s,]{2,15}(?:,|\s?[-·]\s?)\s?\S.{4,})$")
DASHED = re.compile(r"^-\s*(.+?)\s*-$")  # a press release's sub-headline: - 850억원 투입 -
# a headline and its sub-headlines run together on one line: 'OO시, A와 협약 체결...보증 우대 지원'
JOINED_HEADLINE_RE = re.compile(rf"^(?P<head>[^.\n]{{8,{HEADLINE_MAX_CHARS}}}?)(?:\.{{3}}|…)\s?(?P<rest>\S.*)$")


# a photo credit printed between the headline and the body: '[사진=OO군 제공]', '(사진 = OO시)'
PHOTO_CREDIT = re.compile(r"^\s*[\[(<]?\s*(?:사진|그래픽|자료|영상)\s*(?:[=:]|제공)")
# a caption's marks anywhere in a line: its credit, who stands where, a table cell's closing bar
CAPTION_MARK = re.compile(
    r"[\[(<]\s*사진\s*(?:[=:]|제공)|^\s*[(\[]?\s*(?:왼쪽|오른쪽|좌측|우측)(?:부터|에서)?\s*[)\]]|\s\|\s*$"
    # a file photo's credit at the end: '… 조성 현장 [OO통신 자료사진]', '(OO일보 DB)'
    r"|[\[(]\s*[^\[\]()\n]{0,12}(?:자료\s?사진|DB)\s*[\])]\s*$"
)


# a site's menu of sections parted by bars, four items or more of a word or two, no figures: '홈 | 사회 | 정치 | 경제'
MENU_BAR = re.compile(r"^(?:[^\s|\d.]{1,8}(?:\s[^\s|\d.]{1,8})?\s?\|\s?){3,}[^\s|\d.]{1,8}(?:\s[^\s|\d.]{1,8})?$")
# a site's navigation: items parted by two bars or more, a breadcrumb's arrow ('지역소식 > 돌나루')
NAVIGATION_RE = re.compile(r"\S\s*\|\s*\S[^|]*\|\s*\S|\S\s+[>›»]\s+\S")  # (spaced wide or not: '홈  >  경제')
# a site's sections parted by runs of spaces, '정치  경제  사회  지역  문화', or a section and its region: '전국 | 충청'
SPACED_MENU_RE = re.compile(r"^\s*(?:(?:[^\s.]{1,6}\s{2,}){3,}[^\s.]{1,6}|[^\s.|]{1,6}\s?\|\s?[^\s.|]{1,6})\s*$")
# one short word alone, a site's label or name ('전국', '뉴스온'), above the headline
LABEL_RE = re.compile(r"^\s*\S{1,8}\s*$")
# the outlet's name on a line of its own, as a portal prints it under the headline: 'OO중앙일보', 'OO뉴스'
OUTLET_ALONE = re.compile(
    r"^\s*(?:(?:[A-Za-z]{2,6}\s)?[가-힣A-Za-z]{2,10}(?:뉴스|신문|일보|타임즈|타임스|투데이|저널|데일리|미디어|통신|방송|닷컴)"
    r"(?:\s(?:TV|라디오)?\s?뉴스)?"  # a broadcaster's news site: 'OO방송 뉴스', 'OO방송 TV뉴스'
    r"|[가-힣A-Za-z0-9]{2,10}\s?(?:뉴스센터|뉴스룸|보도국))\s*$"  # a broadcaster's newsroom: 'OOTV 뉴스센터'
)


# the header of a press release, not its title: 'OO시 보도자료', '[보도자료]', '보도참고자료'
RELEASE_HEADER = re.compile(r"^\s*(?:[가-힣]{2,15}\s)?[\[<【]?\s*보도\s?(?:참고\s?)?자료\s*[\]>】]?\s*$")


def title_of(header: list[str], body: list[str]) -> tuple[str, str | None]:
    """Headline and sub-headline of a header run; extra lines above a column's title are labels,
    a photo credit is none of them, nor is the site's masthead above its menu of sections."""
    menus = [i for i, line in enumerate(header) if MENU_BAR.match(line.strip())]
    if menus and menus[-1] + 1 < len(header):
        header = header[menus[-1] + 1 :]  # '동남매일' / '뉴스 | 정치 | 경제 | …' / the headline
    header = [
        line
        for line in header
        if not (PHOTO_CREDIT.match(line) or RELEASE_HEADER.match(line) or not_a_title(line))
    ] or header
    # a short word alone above the headline is a label ('전국', '뉴스온'); the last line may be a column's title
    header = [line for line in header[:-1] if not LABEL_RE.match(line)] + header[-1:]
    header = [BOXED_HEADLINE.sub(r"\g<text>", line) for line in header]
    if len(header) == 1:
        joined = JOINED_HEADLINE_RE.match(header[0]) if len(header[0]) > HEADLINE_MAX_CHARS else None
        return (joined["head"].strip(), joined["rest"]) if joined else (header[0], None)
    dashed = [bool(DASHED.match(line)) for line in header]
    header = [DASHED.sub(r"\1", line) for line in header]
    if len(header) == 2 or not dashed[0] and all(dashed[1:]):  # '- 연구비 전액 시 부담 -': sub-headlines
        return header[0], " ".join(header[1:])
    lead = body[0] if body else ""
    for i, line in enumerate(header):
        if lead.startswith(line) and len(line) < len(lead):
            return line, (" ".join(header[i + 1 :]) or None)
    if len(header[-1]) < len(header[-2]):
        return header[-1], None
    return header[-2], header[-1]


def not_a_title(line: str) -> bool:
    """A header line that is no headline: the reporter's name alone, the outlet's name alone or beside its
    motto, a line of the site's navigation (items parted by bars, a breadcrumb)."""
    if line.count("|") == 1 and any(OUTLET_ALONE.match(side) for side in line.split("|")):
        return True  # the outlet's name beside its motto: 'OO통신 | 공감하는 뉴스'
    return _reporter_alone(line) or bool(
        OUTLET_ALONE.match(line)
        or NAVIGATION_RE.search(line)
        or SPACED_MENU_RE.match(line)
    )


def _reporter_alone(line: str) -> bool:
    """A line that is only a person's name ('홍길동'): the reporter, printed under the headline
    without '기자'."""
    name = line.strip()
    return len(name) == 3 and korean_name(name)


def board_title(paras: list[str]) -> int | None:
    """Where a board's post is titled with a label ('제목 : OO시, … 협약 체결') above its text, its site's
    menus before it; None when no such line stands before the first sentence."""
    for i, p in enumerate(paras[:BOARD_SCAN_LINES]):
        if BOARD_TITLE.match(p):
            return i
        if layout.ends_sentence(p) and not layout.is_bulleted(p):
            return None
    return None


BOARD_SCAN_LINES = 60
# ('제목  OO군, …': the label parted by a run of spaces, as a board's table copies)
BOARD_TITLE = re.compile(r"^\s*제\s?목(?:\s?[:|]\s?|\s{2,}|\t)(?=\S.{4,}$)")


def masthead_end(paras: list[str]) -> int:
    """Where a site's masthead ends when a bulleted menu of sections runs under it: 'OO방송', '홈 | 뉴스 | …',
    '• 정치', '• 경제', …, a breadcrumb; 0 unless a bulleted item is among those lines and a line follows."""
    end = 0
    while end < len(paras) and (
        not_a_title(paras[end]) or MENU_BAR.match(paras[end].strip()) or _menu_item(paras[end])
    ):
        end += 1
    if end < len(paras) and any(_menu_item(p) for p in paras[:end]):
        return end
    return 0


def _menu_item(line: str) -> bool:
    """Bulleted words: items of a site's menu, one a line or several ('• 정치·행정', '- NEWS', '• 뉴스  • 날씨')."""
    items = [item.strip() for item in _MENU_BULLET.split(line)]
    return (
        layout.is_bulleted(line)
        and not layout.ends_sentence(line)
        and all(len(item) <= MENU_ITEM_MAX_CHARS for item in items)
    )


MENU_ITEM_MAX_CHARS = 8
_MENU_BULLET = re.compile(r"(?:^|\s)[•·\-*▶▷►]\s?")
