"""Figures about something other than the agreement, told beside it: a release's fact box on a signing
firm, a field a line, its label often spaced to fill a column ('○ 매 출 액: 412억 원(2023년)', '○ 임 직 원:
136명'); a plan quoted as the source of its figures ('… 개발계획에 따르면 2030년까지 들어갈 총사업비는 17조
4000억 원이며'); a standing fund's goal ('장학기금 200억원 조성을 추진하고 있다'); a body's sales or losses; a
nationwide sum (a local pact spends none); and figures that tell how things stand (``standing``)."""

from __future__ import annotations

import re

from .standing import standing_figure

# a profile's field from its line's start: its bullet, the spaced label and a colon
PROFILE_FIELD_RE = re.compile(
    r"(?:^|\n)[ \t]*[○◦·▪•\-]?[ \t]*"
    r"(?:매[ \t]*출[ \t]*액?|임[ \t]*직[ \t]*원|종[ \t]*업[ \t]*원|직[ \t]*원(?:[ \t]*수)?|자[ \t]*본[ \t]*금"
    r"|설[ \t]*립|상시[ \t]*근로자(?:[ \t]*수)?|연[ \t]*매[ \t]*출)[ \t]*[:：][^\n]*$"
)
FIELD_REACH = 80  # characters before a figure searched for its line's label
# a plan or a report quoted as the source, earlier in the figure's sentence, and no agreement named there
# (a place's or a programme's plan, not a firm's business plan for this deal: '㈜A의 사업계획에 따르면 …')
PLAN_SOURCE_RE = re.compile(
    r"(?:(?:개발|기본|종합|중장기|장기|광역|도시|관리|마스터)\s?계획|자료|보고서|통계|조사)에\s따르면\s"
    r"(?:(?!협약|MOU|양해각서)[^.\n])*$"
)
SOURCE_REACH = 120
# a fund's goal, and what it holds so far: '… 기금 200억원 조성을 추진하고 있다', '현재 162억원(81%)이 마련됐고'
FUND_GOAL_AFTER_RE = re.compile(
    r"\s?(?:의\s)?(?:조성|적립|모금)(?:을|를)?\s(?:추진|목표)|(?:을|를)\s(?:모으|조성하|마련하)는\s것을\s목표"
)
FUND_BEFORE_RE = re.compile(r"(?:기금|장학금|성금)\s?(?:총\s?|모두\s?)?$")


# what a body sold or lost, and a nationwide figure: '지난해 655억원어치를 팔았고', '… 9억 원 가까운 적자를',
# '교육부는 이 사업에 올해 전국적으로 1조4000억 원을 배정했고'
SOLD_OR_LOST_AFTER_RE = re.compile(r"(?:어치)?(?:를|을)\s(?:팔았|판매했|수출했)|\s?(?:가까운|넘는|이상의|규모의)?\s?적자")
NATIONWIDE_BEFORE_RE = re.compile(r"(?<![가-힣])전국(?:적으로|에|\s?\d{1,3}\s?곳에)\s(?:[^\s.\n]+\s)?$")  # (not '전국 최초로')


def in_profile_field(text: str, at: int) -> bool:
    """Whether a figure stands in a profile's field line ('○ 매 출 액: 412억 원'): what a body is."""
    return bool(PROFILE_FIELD_RE.search(text, max(0, at - FIELD_REACH), at))


def about_something_else(text: str, span: tuple[int, int]) -> bool:
    """Whether a figure is told of something other than the agreement: a firm's fact box, a plan quoted
    as its source, a body's sales or losses, a nationwide sum, a standing fund's goal."""
    start, end = span
    if in_profile_field(text, start) or PLAN_SOURCE_RE.search(text, max(0, start - SOURCE_REACH), start):
        return True
    if standing_figure(text, span):
        return True  # a share held, a change gone by, a yardstick, a supposition
    if SOLD_OR_LOST_AFTER_RE.match(text, end) or NATIONWIDE_BEFORE_RE.search(text, max(0, start - 16), start):
        return True  # a firm's sales or a line's losses; a nationwide sum
    # '장학기금 200억원 조성을 추진하고 있다' (what it holds so far is a sum reached: effects.SUM_REACHED_AFTER_RE)
    return bool(FUND_BEFORE_RE.search(text, max(0, start - 8), start) and FUND_GOAL_AFTER_RE.match(text, end))
