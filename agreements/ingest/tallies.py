"""Reports of deals counted over a span — the year's, a term's, the years gone by — which talk of
agreements without signing one: '올해 들어 N개 기업과 투자협약을 맺어 …', '민선 7기 들어 맺은 투자협약 기업
20곳 가운데 …'. Kept apart from ``detection``, which tells look-alikes sentence by sentence."""

from __future__ import annotations

import re

from .detection import DAY_RE, NEWS_DAY_RE, SIGNED_WORD_RE
from .signing import sentences

# a year's deals summed up: '도는 올해 해외 23개 기업과 … 양해각서를 체결했다 … 지난해에 비해 35% 증가'
YEAR_OF_DEALS_RE = re.compile(
    r"(?:올해|올\s?한\s?해|금년)(?:\s?들어|에만|만)?\s[^.\n]{0,80}?\d{1,3}\s?(?:개|곳|건)"  # '올 한 해에만 21개사와'
    # the deals counted as of a date: '11월 말 기준 군은 13개 기업과 … 투자협약을 체결했다'
    r"|(?:\d{1,2}월\s?(?:말|초|중순)|현재)\s?기준(?:으로)?,?\s[^.\n]{0,60}?\d{1,3}\s?(?:개|곳|건)"
)
YEAR_COMPARED_RE = re.compile(r"지난해(?:에)?\s?(?:비해|보다|대비)|전년\s?(?:대비|보다|에\s?비해)")
# the year's deals broken down or added to a running count: '업종별로는 … 가장 많았고 … 뒤를 이었다', '누적
# 투자협약 실적은'
TALLY_BREAKDOWN_RE = re.compile(r"(?:업종|분야|산업)별로는\s|뒤를\s?이었다|누적\s(?:투자\s?)?(?:협약\s)?(?:실적|건수)")


YEAR_SPAN_OF_DEALS_RE = re.compile(
    r"(?:지난|올|(?:19|20)\d\d년)\s?한\s?해\s?동안\s(?:총\s)?\d{1,3}\s?(?:개\s?)?(?:기업|업체|개사|곳)"
    # '올 들어 지난 4월까지 4개월 동안 97개 기업과': the deals since the year began, summed up
    r"|(?:올\s?들어|올해\s?들어|연초부터|올해\s?초부터)[^.\n]{0,40}?(?:까지|동안)\s(?:총\s)?\d{1,3}\s?(?:개\s?)?"
    r"(?:기업|업체|개사|곳)"
    # 'OO년부터 OO년 6월까지 215개 기업과': the deals of the years between two dates, summed up
    r"|\d{2,4}년(?:\s?\d{1,2}월)?\s?부터\s[^.\n]{0,20}?까지\s(?:총\s)?\d{1,4}\s?(?:개\s?)?(?:기업|업체|개사|곳)"
    # '지난 1년 동안 14개 기업과 투자협약을 맺었고': the deals of the years gone by
    r"|지난\s?\d{1,2}\s?년\s?(?:간|동안)\s(?:총\s)?\d{1,3}\s?(?:개\s?)?(?:기업|업체|개사|곳)"
    # '올해 1∼9월 맺어진 투자협약 금액이': the deals of this year's span of months
    r"|올해?\s?\d{1,2}\s?[∼~]\s?\d{1,2}\s?월\s"
    # '… N개 시·군이 이 기간 협약서를 주고받은 기업은 N곳': the deals of the span told before
    r"|이\s기간\s"
)
TALLIED_RE = re.compile(r"집계(?:됐|되었|했|한\s?결과)|것으로\s?(?:집계|나타났|파악)|(?:기울인|노력한|힘쓴)\s?결과")


# a share of the deals counted before, no day of its own: '이 가운데 18개 업체는 … 투자협약을 맺었고'
SHARE_OF_COUNT_RE = re.compile(r"\s*이\s?(?:가운데|중)\s\d{1,4}\s?(?:개\s?(?:업체|기업)|곳)(?:은|는|이|가)\s")


def _dated(text: str, span) -> bool:
    """Whether a sentence gives a day of its own or the news day ('이날', '14일')."""
    return bool(DAY_RE.search(text, span[0], span[1]) or NEWS_DAY_RE.search(text, span[0], span[1]))


# the deals of a span of time counted: '민선 7기 들어 맺은 투자협약 기업 20곳 가운데 15곳이 …', '2018년 7월부터
# … 체결된 투자협약 227건 중 142건이 …'
TERM_OF_DEALS_RE = re.compile(
    r"(?:민선\s?\d{1,2}기|부터|이후|들어)\s[^.\n]{0,60}?(?:체결한|체결된|맺은)\s[가-힣]{0,6}\s?"
    r"(?:협약|MOU|양해각서)[^.\n]{0,12}?\d{1,4}\s?(?:개|곳|건)"
)


# a term's results counted in the headline or the lead: '시장, 1년 동안 202개 기업 유치', '민선7기 출범 1년
# 동안 7조2천여억 원의 투자유치 … 성과를 거뒀다'
TERM_TALLY_RE = re.compile(
    r"(?:민선\s?\d{1,2}기|\d{1,2}\s?년\s?(?:간|동안))[^.\n]{0,40}?"
    r"(?:\d{1,4}\s?(?:개|곳)\s?(?:기업|업체|사)|\d[\d,.]*\s?(?:조|억)[^.\n]{0,12}?투자\s?유치)"
)
# a signing told there too, or an agreement named: the tally is no tally of its own
SIGNING_WORD_RE = re.compile(SIGNED_WORD_RE.pattern + r"|협약|협정|MOU|양해각서")


# the deals of the years gone by counted in the headline: '지난 5년간 6개 대학 유치 MOU'
PAST_TERM_TALLY_RE = re.compile(r"지난\s?\d{1,2}\s?년\s?(?:간|동안)\s[^.\n]{0,20}?\d{1,4}\s?(?:개|곳|건)")


def term_tally(headline: str | None, text: str) -> bool:
    """An article whose headline or lead counts a term's results, and signs nothing itself there, or
    whose headline counts the deals of the years gone by."""
    if headline and PAST_TERM_TALLY_RE.search(headline):
        return True
    lead = next(iter(sentences(text)), (0, 0))
    for part in (headline or "", text[lead[0] : lead[1]]):
        if TERM_TALLY_RE.search(part) and not SIGNING_WORD_RE.search(part):
            return True
    return False


# the deals counted up to this one: '… 이번 협약까지 17개 기업과 …'
UP_TO_THIS_RE = re.compile(r"(?:이번|이날)\s(?:협약|체결)까지\s[^.\n]{0,20}?\d{1,4}\s?(?:개|곳)")


def counts_term(text: str, span) -> bool:
    """Whether a sentence counts a term's deals ('한편, 군은 민선 7기 들어 이번 협약까지 17개 기업과 …'): its
    signers are the term's, not this agreement's."""
    return bool(TERM_TALLY_RE.search(text, span[0], span[1]) or UP_TO_THIS_RE.search(text, span[0], span[1]))


# the term's count grown by this signing: '… 맺어 올해 들어 맺은 협약이 12건으로 늘었다'
GROWN_BY_THIS_RE = re.compile(r"\s?(?:으로|로)\s(?:늘었|늘어났|증가했)")


def yearly_tally(text: str, sentence) -> bool:
    """A report of the year's agreements counted and compared with last year's, or said to be a tally
    ('올 한 해 … 120개 기업과 … 투자협약을 체결, … 것으로 집계됐다'), or the deals of a term counted
    ('민선 7기 들어 맺은 투자협약 기업 20곳 가운데 15곳이 공장을 돌리고 있다'), or a share of the deals counted
    before ('이 가운데 18개 업체는 … 투자협약을 맺었고'), not an agreement."""
    if not sentence:
        return False
    term = TERM_OF_DEALS_RE.search(text, sentence[0], sentence[1] + 40)
    if term and not GROWN_BY_THIS_RE.match(text, term.end()):
        return True
    if YEAR_SPAN_OF_DEALS_RE.search(text, sentence[0], sentence[1]):
        return True  # '지난 한 해 동안 총 7개 업체가 … 투자협약을 체결했다': a year's deals summed up
    whole = next((span for span in sentences(text) if span[0] <= sentence[0] < span[1]), sentence)
    if SHARE_OF_COUNT_RE.match(text, whole[0]) and not _dated(text, whole):
        return True  # '이 가운데 18개 업체는 … 투자협약을 맺었고': a share of the firms counted before
    if not YEAR_OF_DEALS_RE.search(text, sentence[0], sentence[1]):
        return False
    if not _dated(text, whole):
        return True  # '올해 7개 기업과 투자협약을 체결했다', no day of its own: the year's deals, counted
    return bool(
        YEAR_COMPARED_RE.search(text) or TALLIED_RE.search(text, whole[0], whole[1]) or TALLY_BREAKDOWN_RE.search(text)
    )
