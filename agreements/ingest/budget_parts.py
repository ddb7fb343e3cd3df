"""Amounts that are a part of a sum or a rate, not an agreement's money: what each person or household gets,
each body's share, a first payment, a year's share, a month's range, a share told as such, a scheme's cap, a
goal, a price per thing; and an earlier deal's sum told with its month."""

from __future__ import annotations

import re

from .numbers import parse_krw
from .rough_budgets import YEARLY_BEFORE_RE, larger_amount_in

EACH_RECIPIENT_BEFORE_RE = re.compile(r"에게\s?(?:각각|각|1인당|1명당|한\s?명당|한\s?사람당)\s?$")
EACH_BODY_BEFORE_RE = re.compile(r"(?:업체|기업|회사|대학|기관|단체|학교)(?:별로는?|마다)\s(?:[^\s.\n]+\s){0,2}?$")
SHARE_OF_TOTAL_BEFORE_RE = re.compile(r"의\s?\d[\d.]*\s?%\s?(?:인|에\s?해당하는)\s?$")
CAP_AFTER_RE = re.compile(r"\s?(?:이내|한도)\s?\)|\s?한도(?:에서|로|\s?내)")  # and '3만원 한도에서'
SUBSIDY_BEFORE_RE = re.compile(r"보조금(?:은|는|이|도)\s(?:각각\s)?$")
GOAL_BEFORE_RE = re.compile(r"목표(?:액|치)?(?:인|는|은)?\s$")
MONTHLY_BEFORE_RE = re.compile(r"(?:매달|매월|월|달마다)\s?$")
PER_UNIT_BEFORE_RE = re.compile(  # '한 모가 팔릴 때마다 20원', '한 모당 적립액은 10원', '세대마다 달마다 최대 3만원'
    r"(?:[가-힣]당|때마다|개마다|병마다|(?:세대|가구|가정|명|사람|곳|달)마다)\s(?:[가-힣]{1,6}(?:은|는|이|가|을|를|으로|로)?\s){0,2}$"
    r"|(?:한|1)\s?(?:대|개|명|가구|세대|채)(?:에|당)\s(?:약\s)?$"  # '돌봄센서는 한 대에 18만 원 안팎이며': a price
)

# the first of several payments, the sum told after it: '올해 3억5천만원을 시작으로 2011년까지 9억5천만원'
STARTING_AFTER_RE = re.compile(r"\s?(?:을|를)\s시작으로\s[^.\n]{0,40}?\d")
# a year's share: '올해부터 3년 동안 해마다 5000만원씩' (a year's word as ``rough_budgets`` reads it; not '연간 N원씩
# M년간 모두 …'); a month's range: '매달 2만 원에서 15만 원까지'
MONTHLY_RANGE_BEFORE_RE = re.compile(r"(?:매달|매월)\s?(?:\d[\d,.]*\s?(?:만|천|억)?\s?원에서\s)?$")
RANGE_AFTER_RE = re.compile(r"\s?(?:에서|까지)")
# a total's years told after it: '… 4억원이다. 시는 이를 올해 1억5000만원, 내년 2억5000만원으로 나눠 내준다'
SPLIT_AFTER_RE = re.compile(r"[^.\n]{0,30}?(?:으로|로)\s?나눠")
# each year's part, the whole told after it (not '올해 4억 원을 내놓은 데 이어 …': a first payment of its own)
EVERY_YEAR_BEFORE_RE = re.compile(r"(?:매년|해마다)\s?$")
# a guess told as a range: '적게는 4억원에서 많게는 8억원까지'
GUESSED_RANGE_BEFORE_RE = re.compile(r"(?:적게는|많게는)\s?$")
# a listed part's cost in brackets after its measure, the whole's told later in the sentence: '△A 7.0㏊(261억 원)
# △B 4.2㏊(137억 원)로, 둘을 합치면 총 11.2㏊에 사업비 398억 원'
MEASURE_BRACKET_BEFORE_RE = re.compile(r"\d[\d,.]*\s?[^\s\d()]{1,3}\s?\($")
# whose part an amount is, in brackets after it, another part or the whole to come: '1천500만원(A농협)과 …'
WHO_BRACKET_AFTER_RE = re.compile(r"\s?\([^()\n\d]{2,15}\)\s?(?:과|와|,|및|등)")
WHOLE_WORD_RE = re.compile(r"(?:총|모두|합계|전체|합치면|합하면|더하면)\s")
SENTENCE_END_RE = re.compile(r"\.(?:\s|$)|\n")
# an earlier deal's sum, its month and pact told with it in brackets: '㈜A(40억 원, 지난해 10월 협약)'
EARLIER_DEAL_AFTER_RE = re.compile(r",\s?(?:지난해|작년|올해?|\d{4}년)?\s?\d{1,2}월\s?(?:협약|MOU|체결)\)")


def _whole_after(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence after a bracketed amount names a whole and a larger amount after it."""
    stop = SENTENCE_END_RE.search(text, span[1])
    rest = text[span[1] : stop.start() if stop else len(text)]
    whole = WHOLE_WORD_RE.search(rest)
    return bool(whole) and larger_amount_in(rest, parse_krw(text[span[0] : span[1]]), whole.end())


def part_of_a_sum(text: str, span: tuple[int, int]) -> bool:
    """Whether the amount at ``span`` is what each gets, each body's share, a part told as a share, a cap, a
    goal or a price per thing."""
    before = text[max(0, span[0] - 30) : span[0]]
    each = text.startswith("씩", span[1])
    if EACH_RECIPIENT_BEFORE_RE.search(before[-12:]):
        return True  # '세 학생에게 각각 150만원씩': what each person got, not the agreement's sum
    if MONTHLY_BEFORE_RE.search(before[-8:]) and each:
        return True  # '4가구에 매달 10만원씩': what each gets a month, not the agreement's sum
    if EACH_BODY_BEFORE_RE.search(before) and each:
        return True  # '대학별로는 해마다 2억 원씩이며': each body's yearly share of the total told before
    if SHARE_OF_TOTAL_BEFORE_RE.search(before[-16:]):
        return True  # '계약액의 20%인 7천200만원': a part of the sum, told as its share
    if STARTING_AFTER_RE.match(text, span[1]) or YEARLY_BEFORE_RE.search(before) and each:
        return True  # '3억5천만원을 시작으로 … 9억5천만원', '해마다 5000만원씩': a part of the sum told with it
    if EVERY_YEAR_BEFORE_RE.search(before) and _whole_after(text, span):
        return True  # '해마다 700만원가량, 10년 동안 모두 7천만원': each year's part, the whole told after it
    if MONTHLY_RANGE_BEFORE_RE.search(before) and RANGE_AFTER_RE.match(text, span[1]):
        return True  # '매달 2만 원에서 15만 원까지': what is paid each month
    if YEARLY_BEFORE_RE.search(before) and SPLIT_AFTER_RE.match(text, span[1]):
        return True  # '올해 1억5000만원, 내년 2억5000만원으로 나눠 내준다': a year's part of the total
    if GUESSED_RANGE_BEFORE_RE.search(before):
        return True  # '적게는 4억원에서 많게는 8억원까지': a guess, not a sum agreed
    if MEASURE_BRACKET_BEFORE_RE.search(before[-14:]) and text.startswith(")", span[1]) and _whole_after(text, span):
        return True  # '△A 7.0㏊(261억 원) △B …, 둘을 합치면 … 398억 원': a part's cost, the whole's told after it
    if EARLIER_DEAL_AFTER_RE.match(text, span[1]):
        return True  # '㈜A(40억 원, 지난해 10월 협약)에 이어 ㈜B(15억 원, 올 2월 MOU)': deals made before
    if WHO_BRACKET_AFTER_RE.match(text, span[1]) and _whole_after(text, span):
        return True  # '상생기금 1천500만원(A농협)과 … 800만원(B농협) 등 모두 2천300만원': each one's part of the whole
    if SUBSIDY_BEFORE_RE.search(before) and text.startswith("까지", span[1]):
        return True  # '고용보조금은 2억원까지, … 보조금은 각각 1억5000만원까지 지원받는다': a scheme's caps
    if CAP_AFTER_RE.match(text, span[1]) or GOAL_BEFORE_RE.search(before[-10:]):
        return True  # '고용보조금(2억원 이내)': a scheme's cap; '민선 8기 목표인 2조원': a goal, no money spent
    # '한 모가 팔릴 때마다 20원', '한 모당 적립액은 10원': a rate per thing, not a sum
    return bool(PER_UNIT_BEFORE_RE.search(before[-14:]))
