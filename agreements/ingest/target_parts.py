"""Figures that are one part of a whole the sentence also tells, not the agreement's own (split from
``not_targets``): the parts a whole is made of or split into ('국민임대 70호와 … 행복주택 20호로 구성되며',
'1구역 70㎿, 2구역 50㎿로 나눠'), a ranking, a year's part of a total told after it, a part named as
included in the whole ('급속충전기 44기를 포함한 충전시설 58기') and a list's parts before its total ('△A 5.8㏊
△B 3.4㏊ 등 모두 9.2㏊', '… 특수학교 9개를 더한 521개교')."""

from __future__ import annotations

import re

from .numbers import UNIT_SIGNS

# the parts a whole is made of, or a ranking of the signers' figures: '국민임대 70호와 영구임대 20호, 행복주택 20호로
# 구성되며', '채용 계획은 A가 65명으로 가장 많고 B 38명, C 21명 순이다'
# (or split into: '설비는 1구역 70㎿, 2구역 50㎿로 나눠 배치된다')
PARTS_RE = re.compile(
    r"(?:와|과|,)\s?[^.\n]{0,30}?\d[\d,.]*\s?[가-힣]{1,3}(?:으로|로)\s?(?:구성|이뤄|이루어)|가장\s?많고[^.\n]*?순이다"
    r"|,\s?[^.\n]{0,30}?\d[\d,.]*\s?(?:[가-힣]{1,3}|[A-Za-z㎿㎾㎡]{1,3})(?:으로|로)\s?(?:나눠|나누어|나뉘어|나뉜다)"
)
# a year's part of a total told after it: '해마다 40명을 골라 … 4년 동안 모두 160명'
PER_YEAR_BEFORE_RE = re.compile(r"(?:해마다|매년|매해|한\s?해에?|(?<![가-힣])연(?:간)?)\s(?:[가-힣]{1,6}\s)?$")
TOTAL_COUNT_RE = re.compile(r"(?:모두|총|합계|전체)\s?(?:약\s?)?\d[\d,.]*\s?(?:만|천)?\s?(?:여\s?)?")


def _total_after(text: str, start: int, end: int, unit: str, total=None) -> bool:
    """Whether the rest of the sentence gives a total of the same unit: '… 모두 160명', '총 1만명'."""
    signs = (unit, *(sign for sign, same in UNIT_SIGNS.items() if same == unit))  # '9.2㏊' is 9.2 ha
    return any(text.startswith(signs, m.end()) for m in (total or TOTAL_COUNT_RE).finditer(text, start, end))


# a part named as included in the whole that follows: '… 44기를 포함한 충전시설 58기'
INCLUDED_AFTER_RE = re.compile(r"^\s?(?:을|를)\s포함(?:한|해|하여)\s")
TOTAL_NEAR_RE = re.compile(r"(?<=\s)(?:[가-힣]{1,8}\s)?\d[\d,.]*\s?(?=\S)")
# a list's parts before its total: '… 3.4㏊(118억 원) 등 모두 9.2㏊'
LIST_TOTAL_AFTER_RE = re.compile(
    r"\s?(?:\([^()\n]{1,20}\))?\s?(?:[,·ㆍ]|△|등\s|[^.\n]{0,40}?등\s(?:모두|총)|(?:을|를)\s(?:더한|합한|합친)\s"
    r"|(?:으로|로)?,?\s(?:[가-힣]{1,4}[을를]\s)?(?:합치면|합하면|더하면)\s)"
)
# (or added up: '초등학교 252개, 중학교 136개 … 특수학교 9개를 더한 521개교', '… 4.2㏊로, 둘을 합치면 총 11.2㏊')
LISTED_TOTAL_RE = re.compile(
    r"(?:등\s(?:모두|총|전체)|(?:을|를)\s(?:더한|합한|합친)|(?:합치면|합하면|더하면)\s(?:모두|총|전체)?)\s?(?:약\s?)?\d[\d,.]*\s?"
)


def part_of_whole(text: str, span: tuple[int, int], unit: str, sentence: str, end: int) -> bool:
    """Whether the figure at ``span`` is a part of a whole its sentence (ending at ``end``) also tells."""
    after = text[span[1] : span[1] + 40]
    if PARTS_RE.search(sentence):
        return True  # '국민임대 70호와 … 행복주택 20호로 구성되며', '… 65명으로 가장 많고 … 순이다': parts, a ranking
    if PER_YEAR_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) and _total_after(text, span[1], end, unit):
        return True  # '해마다 40명을 골라 … 4년 동안 모두 160명': a year's part of the total told after it
    if INCLUDED_AFTER_RE.match(after) and _total_after(text, span[1], end, unit, TOTAL_NEAR_RE):
        return True  # '급속충전기 44기를 포함한 충전시설 58기': a part of the whole told after it
    # '△A 5.8㏊(212억 원) △B 3.4㏊(118억 원) 등 모두 9.2㏊': the parts before the total (each firm's jobs before
    # their sum stay: the team's sets count them, the labelling question left to the owner)
    return unit != "명" and bool(
        LIST_TOTAL_AFTER_RE.match(text, span[1]) and _total_after(text, span[1], end, unit, LISTED_TOTAL_RE)
    )
