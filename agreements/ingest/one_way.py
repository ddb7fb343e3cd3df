"""A repaired paragraph written one way: stock codes dropped, a transcript's stops put back, an acting
head's post parted from the title, '이 날', '(대표 : NAME)' and 'A (대표 NAME)' written as the rules read them, middle dots
made one (split from ``layout``, whose ``repair`` calls ``one_way`` on each paragraph)."""

from __future__ import annotations

import re

# a KRX code of six digits after a name, with its market's name or not: '(123450)', '(코스닥:123450)'
STOCK_CODE_RE = re.compile(
    r"(?<=[가-힣A-Za-z0-9)㈜])\s?\((?:(?:코스닥|코스피|유가증권|KOSDAQ|KOSPI|KRX|KQ|KS)\s?[:：]?\s?)?\d{6}\)"
)


# the middle dots a list may be written with: '시․군' (one dot leader), '・', '‧' are '·'
MIDDLE_DOTS = str.maketrans({"\u2024": "·", "\u30fb": "·", "\u2027": "·", "\uff65": "·"})


def one_way(paragraph: str) -> str:
    """A paragraph with its stock codes dropped and its stops, '이날', heads' brackets and dots written one way."""
    paragraph = UNSTOPPED_RE.sub(".", STOCK_CODE_RE.sub("", paragraph))
    paragraph = FUSED_ACTING_RE.sub(r"\1 \2", paragraph)  # 'OO군수권한대행' is 'OO군수 권한대행'
    paragraph = HEAD_COLON_RE.sub(lambda m: f"({m['title'] or m['spaced']} ", THIS_DAY_SPACED_RE.sub("이날", paragraph))
    paragraph = SPACED_HEAD_BRACKET_RE.sub("(", paragraph)  # '삼봉정공 (대표 NAME)' is '삼봉정공(대표 NAME)'
    return paragraph.translate(MIDDLE_DOTS)


# an acting head's post fused to the title: 'OO군수권한대행', 'OO시장직무대행', '원장직무대행'
FUSED_ACTING_RE = re.compile(r"(군수|시장|구청장|도지사|지사|교육감|원장|사장|이사장|총장|청장|회장)(권한대행|직무대행|직무대리)")
# a head's title in brackets with a colon or a run of spaces: '(대표 : NAME)', '(지점장  NAME)' is '(대표 NAME)'
HEAD_COLON_RE = re.compile(
    r"\((?P<title>대표이사|대표|회장|사장|이사장|원장|총장|센터장|조합장)\s?[:：]\s?(?=[가-힣])"
    r"|\((?P<spaced>[가-힣]{1,8}장|대표|대표이사)\s{2,}(?=[가-힣])"
)
# a head's bracket written apart from the body's name: '삼봉정공 (대표 NAME)', '삼봉정공 ( 대표 NAME)'
SPACED_HEAD_BRACKET_RE = re.compile(r"(?<=[가-힣A-Za-z0-9㈜)])\s\(\s?(?=(?:대표이사|대표|이장|[가-힣]{1,6}장)\s[가-힣]{2,4}\))")
# 'that day' written in two words: '이 날 두 지자체는 …' is '이날 …'
THIS_DAY_SPACED_RE = re.compile(r"(?<![가-힣])이\s날(?=\s)")


# a broadcast's transcript ends its sentences on '…습니다' and no full stop: '…맺었습니다 다온은 …'
# (the stop is put back, so that the sentences are sentences)
UNSTOPPED_RE = re.compile(r"(?<=[가-힣]니다)(?=\s+[^\s.,!?…\"”’'」』)\]])")
