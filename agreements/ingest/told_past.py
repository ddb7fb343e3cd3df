"""A sentence that tells of an earlier agreement, not the news: an earlier year's or month's with no day of
its own ('지난해 …와 맺은 MOU에 따라', '올해 1월 업무협약을 맺으면서'), the deal a later event counts from
('2001년 자매결연을 체결한 이후'), or one dated a season or more before the page; and a day of last month,
however it is named."""

from __future__ import annotations

import datetime
import re

from .dates import REPORTED_ON_RE
from .signing import SINCE_RE

# an earlier year, or last month as the topic of a background sentence: '지난달에는 A사와 … 협약을 맺었다'
SINCE_YEAR_RE = re.compile(
    r"(?:19|20)\d\d년[^.\n]{0,40}?(?:체결|맺)(?:한|은)\s?(?:이후|이래)"
    # a programme begun by a signing of a year: '… 사업은 2020년 A와 B의 업무협약(MOU) 체결로 시작돼'
    r"|(?:19|20)\d\d년[^.\n]{0,40}?체결(?:로|을\s계기로)\s(?:시작|출발|첫발)"
)
# (a broadcast script writes the year in words and figures: '지난 2천17년')
PAST_YEAR_RE = re.compile(
    r"지난해|작년|지난\s?(?:(?:19|20)\d\d|2천\d{1,2})년|지난\s?달(?:에는|에도)"
    r"|(?<![가-힣])(?:지금|현재|이제)까지\s"  # '지금까지 기업 14곳과 … 맺었고': a tally so far
    # ('31개 마을은 그동안 … 결연식을 갖고 교류를 이어 오고 있다', but not '그동안 논의해 왔으며 이날 협약을 맺었다')
    r"|(?<![가-힣])그동안\s(?![^.\n]*이날)"
    r"|(?<![\d.])(?:\d{1,2}|몇|수)\s?년\s?전(?:에|에는)?\s"  # '3년 전 투자협약을 맺고도 …': years ago
)
# a month of this year with no day: '올해 1월 업무협약을 맺으면서 …' in a December paper
THIS_YEARS_MONTH_RE = re.compile(r"올해\s(\d{1,2})월(?!\s?\d{1,2}일)")
# a month gone by with no day: '두 지역이 지난 8월 … 업무협약을 맺은 뒤 처음 이뤄진 방문' in an October paper (a
# month after the page's is last year's: '지난 11월' in a February paper)
LAST_MONTH_RE = re.compile(r"지난\s?(\d{1,2})월(?!\s?\d{1,2}일)")
# a day of the deal's own, not where something else starts or ends: '이달 10일부터 매달 공급하게 됐다' (nor an
# estate's number: '제3일반산업단지')
# (nor the day of a report: '5일 군에 따르면 지난해 … 각각 결연을 맺었다')
SIGNING_DAY_RE = re.compile(rf"(?<!제)(?<!\d)\d{{1,2}}일(?!반)(?!\s?(?:부터|까지))(?!{REPORTED_ON_RE.pattern})")
YEAR_IN_RE = re.compile(r"((?:19|20)\d\d)년")
# a signing of a month gone by as the means of work still going on: '… 2016년 9월 MOU를 체결하여 … 추진하고 있다'
ONGOING_SINCE_SIGNING_RE = re.compile(
    r"\d{1,2}월\s?(?:MOU|협약|양해각서|업무협약)[을를]?\s?(?:체결하여|체결해|맺어)\s[^.\n]{0,160}?"
    r"(?:하고\s?있다|중이다)\.?\s*$"
)


def told_as_past(sentence: str, published=None, lead: bool = False) -> bool:
    """A sentence about an earlier year's agreement with no day of its own ('지난해 …와 맺은 MOU에 따라',
    in a 2022 paper '2020년 1월 설계용역에 착수했다'); '지난해 12월 30일 협약을 체결했다' in a January
    paper is still the news."""
    if SINCE_RE.search(sentence) or SINCE_YEAR_RE.search(sentence):
        return True  # '지난 4월 협약을 맺고 … 7개월 만에 공장 문을 열었다', '2001년 자매결연을 체결한 이후': the
        # deal a later event counts from
    if published and months_back(sentence, published, lead):
        return True  # '… 지난해 9월 24일 도청에서 사업협약을 맺었다' in a March paper: the deal the news follows up
    if SIGNING_DAY_RE.search(sentence):
        return False
    if ONGOING_SINCE_SIGNING_RE.search(sentence):
        return True  # 'A와 2016년 9월 MOU를 체결하여 … 조성사업을 추진하고 있다': the work since, going on
    if PAST_YEAR_RE.search(sentence):
        return True
    months = [int(m) for m in THIS_YEARS_MONTH_RE.findall(sentence) + LAST_MONTH_RE.findall(sentence)]
    if published and months and max(months) <= published.month - 2:
        return True  # two months back or more: an earlier step of the deal the news follows
    if published and any(int(m) > published.month for m in LAST_MONTH_RE.findall(sentence)):
        return True  # '지난 11월' in a February paper: last year's
    years = [int(y) for y in YEAR_IN_RE.findall(sentence)]
    return bool(published and years and max(years) < published.year)


# a full date of an earlier year or a month gone by: '지난해 9월 24일', '2020년 9월 24일', '지난 2월 8일'
# (or a bare date of this year, not one to come: '협약식은 3월 12일 … 열렸다' in a May page)
FULL_PAST_DATE_RE = re.compile(
    r"(?:(?:(?P<last>지난해|작년)|(?P<year>(?:19|20)\d\d)년|(?P<this>지난))\s?|(?P<bare>(?<![\d.])))"
    r"(?P<month>\d{1,2})월\s?(?P<day>\d{1,2})일"
)
NEWS_AGE_DAYS = 90  # a signing this long before the page is no news of it
# '지난 9월 24일 … 맺고' after a lead that tells of something else, in a November page: the deal it follows up
TOLD_AFTER_AGE_DAYS = 40


def months_back(sentence: str, published, lead: bool = False) -> bool:
    """Whether a sentence dates its event a season or more before the page ('지난해 9월 24일' in March,
    '지난 2월 8일' in December, but not in the lead: a release posted late tells its own signing so), or
    this year's day after the lead more than a month back ('지난 9월 24일', or '9월 24일' alone, in
    mid-November)."""
    for m in FULL_PAST_DATE_RE.finditer(sentence):
        if (m["this"] or m["bare"] is not None) and lead:
            continue
        if m["bare"] is not None and int(m["month"]) > published.month:
            continue  # '12월 3일' in a May page: a day to come, or of a year the page does not say
        if m["this"] or m["bare"] is not None:
            # '지난 2월 8일' in a December paper: this year's, or last year's if the month is to come
            year = published.year if int(m["month"]) <= published.month else published.year - 1
        else:
            year = published.year - 1 if m["last"] else int(m["year"])
        try:
            day = datetime.date(year, int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        if (published - day).days > (NEWS_AGE_DAYS if m["last"] or m["year"] else TOLD_AFTER_AGE_DAYS):
            return True
    return False


# a day of an earlier month named: '지난 4월28일', '지난 10월 25일'
EARLIER_MONTH_RE = re.compile(r"지난\s?(?P<month>\d{1,2})월\s?\d{1,2}일")
LAST_MONTHS_DAY_RE = re.compile(r"지난달\s?\d{1,2}일")


def last_months_day(sentence: str, published: datetime.date | None) -> bool:
    """A day of last month: '지난달 27일', or the month named ('지난 10월 25일' in a November page)."""
    if LAST_MONTHS_DAY_RE.search(sentence):
        return True
    named = EARLIER_MONTH_RE.search(sentence)
    return bool(named and published and int(named["month"]) == (published.month - 2) % 12 + 1)
