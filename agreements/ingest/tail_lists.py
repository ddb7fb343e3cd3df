"""The lists a news page prints after an article, as a pasted page keeps them: related and popular
articles under their heading ('관련기사', '많이 본 뉴스', 'WEEKLY HOT'), the heading with its list on one line,
previous/next links, and a bare run of related headlines ('· OO구, 한파 쉼터 48곳 지정 · …'). Their figures
and names are other articles', never the page's pact's (``chrome`` blanks them)."""

from __future__ import annotations

import re

TAIL_WORDS = (
    r"(?:관련\s?뉴스|관련\s?기사|많이\s?본\s?(?:기사|뉴스)|인기\s?기사|주요\s?기사|주요\s?뉴스|추천\s?기사|"
    r"오늘의\s?이슈픽|지금\s?뜨는\s?뉴스|이\s?시각\s?주요\s?뉴스|포토\s?뉴스|핫\s?이슈|댓글\s?목록|최신\s?기사|랭킹\s?뉴스|"
    r"에디터스\s?픽.*|댓글\s?많은\s?뉴스|(?:이\s?기사와\s?)?함께\s?본\s?(?:뉴스|기사)|다른\s?(?:뉴스|기사)(?:\s?보기)?|관련\s?영상|(?:이전|다음)\s?포토\s?뉴스|"
    r"(?:WEEKLY|DAILY|TODAY'?S?)\s?(?:HOT|BEST|NEWS)|MOST\s?(?:VIEWED|READ)|HOT\s?NEWS|"  # 'WEEKLY HOT'
    # a portal's link to the outlet, its headlines listed under it: 'OO에서 직접 확인하세요. 해당 언론사로 이동합니다.'
    r"[^.\n]{0,30}확인하세요\.\s?(?:해당\s?)?언론사로\s?이동합니다\.?)"
)
# the lists a page may name after its own name or a section's ('NAME 기자의 다른기사 보기' is a byline's link)
TAIL_LISTS = r"(?:관련\s?(?:기사|뉴스|보도\s?자료)(?:\s?목록)?|많이\s?본\s?(?:기사|뉴스|보도\s?자료)|인기\s?기사|주요\s?(?:기사|뉴스)|추천\s?기사|최신\s?기사|랭킹\s?뉴스|포토\s?뉴스)"
# what a page sets before the heading: '이 기사와 함께 많이 본 뉴스', '이 시각 많이 본 뉴스', the outlet's or a
# section's name ('OO일보 주요 뉴스', '■ 경제 많이 본 뉴스', '[OO군] 많이 본 뉴스', '사회·경제 관련기사목록'), at most
# two words
TAIL_BEFORE = r"(?:(?:이\s?기사와\s?함께|이\s?시각|실시간|[\[【]?[가-힣A-Za-z·]{1,10}[\]】]?(?:\s[가-힣]{1,4})?)\s)?"
# (and a reporter's list heading with no link word after it: 'NAME 기자의 다른 기사')
TAIL_HEADING = re.compile(
    r"^[\s•·\-*■□▶]*[\[【<]?\s?(?:" + TAIL_WORDS + "|" + TAIL_BEFORE + TAIL_LISTS + r")\s?[\]】>]?\s*$"  # '[관련기사]'
    r"|^[가-힣]{2,4}\s기자의\s다른\s?기사$"
)
# a reporter's link to their other news ('기자 다른기사보기', the name a link copied apart or not at all; 'NAME
# 기자의 다른기사 보기'): a tail list's heading after the article, a byline's link above it
REPORTER_LIST_HEADING = re.compile(r"^(?:[가-힣]{2,4}\s)?기자(?:의)?\s?다른\s?기사(?:\s?(?:더\s?)?보기)?$")
# the same heading with its list on one line: '[관련기사] OO군, … 돌파 / OO도, 상반기 투자유치 1조 원 넘어서',
# '많이 본 뉴스 | OO시, …', '많이 본 뉴스  1. … 2. …'
TAIL_INLINE = re.compile(
    r"^[\s•·\-*]*(?:[\[<【(]\s*(?:[가-힣A-Za-z]{1,10}\s)?(?:관련\s?기사|관련\s?뉴스|많이\s?본\s?(?:기사|뉴스)|추천\s?기사)"
    r"\s*[\]>】)]\s*\S"  # and the outlet's name in the bracket: '[OO신문 관련기사] · …'
    r"|(?:관련\s?기사|관련\s?뉴스|많이\s?본\s?(?:기사|뉴스)|추천\s?기사)\s?(?:\||\s\d{1,2}[.)]?\s))"
)
PREV_NEXT = re.compile(  # '이전글 OO시, … 다음글 …', and after the board's list link: '목록 | 이전글: …'
    r"^[\s•·\-*]*(?:목록\s*\|?\s*)?(?:이전\s?기사|다음\s?기사|(?:이전|다음)\s?글(?![가-힣]))"
)
LIST_ITEM = re.compile(r"^\s*(?:[-•·*▶▷►]|\d{1,2}[.)])\s*\S")
TAIL_ITEM_MAX_CHARS = 90

# related headlines run on one line after a bullet, parted by middle dots, none of them a sentence:
# '· OO구, 겨울철 한파 쉼터 48곳 지정 · OO역 일대 보행환경 개선 공사 마무리'
HEADLINE_ITEMS_RE = re.compile(r"^[·•]\s?(?P<first>[^·•\n]{4,70})(?:\s[·•]\s[^·•\n]{4,70}){1,9}$")
# a headline opens on the place or body it is about and a comma: 'OO구, …'
HEADLINE_SUBJECT_RE = re.compile(r"^[가-힣A-Za-z0-9]{2,12},\s")
SENTENCE_END_RE = re.compile(r"[다요]\.(?:\s|$)")


def headline_items(line: str) -> bool:
    """Whether a line is a run of related headlines ('· OO구, … 지정 · OO역 일대 … 마무리')."""
    match = HEADLINE_ITEMS_RE.match(line)
    return bool(match) and bool(HEADLINE_SUBJECT_RE.match(match["first"])) and not SENTENCE_END_RE.search(line)
