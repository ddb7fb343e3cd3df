"""Figures that tell how a place or a thing stands, not what an agreement will make: a place's
population told as a topic ('김천시 인구는 14만2천여 명이지만'), a count that is all there is
('공공임대주택은 412호에 불과해', '병상은 모두 610개에 머문다'), a yardstick a figure is measured by
('… 약 120MW의 4.5배에 이른다'), and the people a household equivalent stands for ('18만 가구(약 60만 명)가 쓰는')."""

from __future__ import annotations

import re

# the topic of a place's size: '인구는', '인구가' before the figure
POPULATION_TOPIC_BEFORE_RE = re.compile(r"(?<![가-힣])인구(?:는|가|도)\s(?:약\s|모두\s|현재\s)?$")
# all there is: '… 412호에 불과해', '610개에 머문다', '2곳뿐이다', '30%에 그쳤다'
ONLY_SO_MANY_AFTER_RE = re.compile(r"^\s?(?:여|남짓|가량)?\s?(?:에|으로|로)?\s?(?:불과|머문|머물|머무|그친|그쳐|그치|뿐)")
# a yardstick: '… 약 120MW의 4.5배에 이른다', '… 3천㎡의 두 배'
TIMES_AFTER_RE = re.compile(r"^\)?\s?의\s?(?:약\s?)?(?:[\d.]+|두|세|네|다섯|열)\s?배")
# the people a household equivalent stands for, in brackets: '18만 가구(약 60만 명)가'
HOUSEHOLDS_BEFORE_RE = re.compile(r"\d\s?(?:만|천)?\s?(?:가구|세대)\s?\((?:약\s?)?$")


def how_it_stands(text: str, span: tuple[int, int], unit: str) -> bool:
    """Whether the figure at ``span`` tells how something stands rather than what a deal will make."""
    after = text[span[1] : span[1] + 30]
    before = text[max(0, span[0] - 16) : span[0]]
    if ONLY_SO_MANY_AFTER_RE.match(after) or TIMES_AFTER_RE.match(after):
        return True
    if unit == "명" and (POPULATION_TOPIC_BEFORE_RE.search(before) or HOUSEHOLDS_BEFORE_RE.search(before)):
        return True
    return False
