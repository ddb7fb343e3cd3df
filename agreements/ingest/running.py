"""Running totals of a body's deals, not an agreement's own figures: a sentence with a word of a record or
of the year so far and firms counted ('이로써 올해 실적은 30개 기업, 9천억원이다'), what the body has drawn
in since a day ('취임 이후 … 유치했다', '그동안 끌어온 큰 투자로는 …'), the deals counted up to this one, and a
sentence that breaks such a total down by kind ('분야별로는 …', '나눠 보면 …'). Split from ``effects``."""

from __future__ import annotations

import re

from .spans import index_at

RUNNING_RE = re.compile(
    # ('내년 3월부터', '오는 5월부터': a start to come, no running total)
    r"성과|실적|누적|지금까지|현재까지|그동안|(?:연초|올해\s?초|(?<!내년\s)(?<!내년)(?<!오는\s)\d{1,2}월)부터|집계(?:됐|되었|했)|이로써|올해\s?(?:들어|에만)|민선\s?\d기\s?(?:들어|출범|이후|\d+\s?개월)"
)
# a count of deals so far: '상반기에만 5번째 투자협약', '역대 최대'
DEALS_SO_FAR_RE = re.compile(r"\d+\s?번째|역대")


def _running(sentence: str) -> bool:
    """A running total: a word of a record or of the year so far, with firms counted, or two such words
    ('이로써 … 5번째 투자협약 … 총 5천억원 … 성과')."""
    cues = set(RUNNING_RE.findall(sentence)) | set(DEALS_SO_FAR_RE.findall(sentence))
    # with bodies counted, as firms or as places ('민선 8기 이후 95곳과 …', '끌어온 기업은 1천210곳')
    return bool(cues and COUNTED_BODIES_RE.search(sentence)) or len(cues) >= 2 or bool(TERM_TOTAL_RE.search(sentence))


def running_at(text: str, bounds, position: int) -> bool:
    """Whether the sentence at `position` is a running total, or breaks the one just before it down by
    kind ('이로써 올해 실적은 30개 기업, 9천억원이다. … 분야별로는 제조업 6천억원(67%), …')."""
    index = index_at(bounds, position)
    if index < 0:
        return False
    if _running(text[slice(*bounds[index])]):
        return True
    if not BY_KIND_OPENING_RE.match(text, bounds[index][0]):
        return False
    return any(_running(text[slice(*bounds[j])]) for j in (index - 1, index - 2) if j >= 0)


BY_KIND_OPENING_RE = re.compile(
    r"\s*(?:[가-힣]{1,6}\s)?(?:(?:분야|업종|산업|유형|지역|권역|부문|국가|연도|년도)별로(?:는|\s?보면)?|나눠\s?보면|나누어\s?보면)[\s,]"
)


# what the body has drawn in since a day: '시장이 취임 이후 N원 규모의 투자를 유치했다', '이날까지 N원 규모
# 투자유치를 달성했다'
TERM_TOTAL_RE = re.compile(
    r"(?:취임\s?(?:이후|후)|이날까지|현재까지|지금까지)[^.\n]{0,50}?(?:유치(?:했|하였|를\s?달성)|달성했)"
    r"|(?:올해|올\s?한\s?해|올\s?들어)[^.\n]{0,30}?(?:넘는|달하는)\s?투자를?\s?유치(?:했|하였)"  # '올해 3조원에 달하는 투자를 유치했다'
    # '이번 투자까지 합하면 모두 9천억원에 달한다', '이번 협약을 더해 모두 180억 원', '이번 협약까지 더해 올해 … 95억
    # 원', '9월 말 기준 3천억원이 투자된 것으로 집계됐다'
    r"|(?:합하면|합치면|더하면|이번\s협약(?:을|까지)\s더해)\s[^.\n]{0,30}?\d[\d,.]*\s?(?:천|백)?\s?(?:조|억)"
    r"|기준\s[^.\n]{0,40}?집계(?:됐|되었)"
    # '지난해 하반기 이후 끌어온 투자는 이번 협약까지 5개 업체, 253억 원이며': the deals counted up to this one
    r"|이번\s?(?:협약|투자|체결)까지\s[^.\n]{0,50}?\d+\s?(?:곳|개\s?(?:사|업체|기업)|개사|건)"
    r"|(?:그동안|그간|지금까지|이제까지)\s(?:[^\s.\n]+\s){0,2}?(?:끌어온|유치한|끌어들인|받아낸)\s"  # '그동안 끌어온 큰 투자로는 ㈜A(…)
)


# a count of the body's deals so far: '올해 누적 협약 업체는 총 43곳으로 늘었다'
RUNNING_COUNT_RE = re.compile(r"누적|지금까지|현재까지|올해\s?(?:들어|에만)")
COUNTED_BODIES_RE = re.compile(r"\d+\s?(?:곳|개\s?(?:사|업체|기업)|개사|건)")


def running_count(sentence: str) -> bool:
    """'올해 누적 협약 업체는 총 43곳으로 늘었다': a count of the body's deals so far."""
    return bool(RUNNING_COUNT_RE.search(sentence) and COUNTED_BODIES_RE.search(sentence))
