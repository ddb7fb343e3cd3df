"""Whether an article tells a signing as its own news: a page that reports one says it in its lead, or
dates it (the day, `이날`, `오늘`, the hour) in the sentence that tells it further down, or tells it as
done or attended at the event its lead dates. A page that only mentions agreements (a follow-up, a
council's bill, a pact planned for a month, a programme an old pact began) names them further down
with no day of their own."""

from __future__ import annotations

import re

from .spans import previous_in_paragraph, span_at

# a day, a time or a date of the event in the sentence that tells it
OWN_DAY_RE = re.compile(
    r"(?<!\d)\d{1,2}\s?일(?![가-힣]{0,1}간)|이날|오늘|어제|그제|최근|이번|이달|오는|지난달|다음\s?달|내달|(?:이번|다음|지난)\s?주"
    r"|오전|오후|\d{1,2}:\d\d|\d{1,2}\s?시(?:\s|부터|에)|(?:19|20)\d\d\s?[.-]\s?\d{1,2}\s?[.-]\s?\d{1,2}"
)
# a signing told as done, in a sentence of the event the lead dates: '… 박람회를 가졌다. … 군은 박람회장에서 … 업무협약도
# 맺었다', '이 자리에서 3개 시는 … 협약을 맺었다', '협약식에는 … 130여명이 자리했다'
DONE_RE = re.compile(r"맺었|맺습니|가졌|열었|(?:자리|참석|함께|참여)했|(?:체결|서명|교환|협약|개최)(?:했|하였)|손(?:을)?\s?(?:맞)?잡았")
# a signing told beside the event the lead dates, whatever its tense: '성금 전달에 앞서 두 단체장은 … 협약에
# 서명한다', '이 자리에서 두 기관은 … 협약을 체결한다'
BESIDE_EVENT_RE = re.compile(r"[가-힣]에\s?앞서\s|이\s?자리에서\s")
LEAD_SENTENCES = 2  # the lead: up to the second sentence of some length (a dateline or a subhead may come first)
SOME_LENGTH = 15  # Hangul letters


def told_as_news(text: str, spans, mentions) -> bool:
    """Whether any of the mentions (matches in ``text``, an iterable read only as far as needed) stands in
    the article's lead, is dated in its sentence, or is told as done in an article whose lead is dated."""
    lead_end = lead_dated = None
    for m in mentions:
        if lead_end is None:  # read once, at the first mention: most pages of no signing have none
            lead_end = _lead_end(text, spans)
            lead_dated = bool(OWN_DAY_RE.search(text, 0, lead_end))
        if m.start() < lead_end:
            return True
        start, end = span_at(spans, m.start()) or (max(0, m.start() - 100), m.end() + 100)
        if OWN_DAY_RE.search(text, start, end):
            return True
        if lead_dated and (DONE_RE.search(text, m.start(), end) or BESIDE_EVENT_RE.search(text, start, m.start())):
            return True
        if DONE_RE.search(text, m.start(), end) and _dated_just_before(text, spans, start):
            return True  # '… 지사는 10일 … 대표와 마주 앉았다. NAME 시장도 … 투자협약(MOU)에 서명했다'
    return False


def _dated_just_before(text: str, spans, start: int) -> bool:
    """Whether the sentence before the one at ``start``, in the same paragraph, is dated: the signing
    told as done goes on with the event it dates."""
    before = previous_in_paragraph(text, spans, start)
    return before is not None and bool(OWN_DAY_RE.search(text, *before))


def _lead_end(text: str, spans) -> int:
    """Where the lead ends: after its second sentence of some length (the whole text if it has fewer)."""
    seen = 0
    for start, end in spans:
        seen += len(re.findall(r"[가-힣]", text[start:end])) >= SOME_LENGTH
        if seen == LEAD_SENTENCES:
            return end
    return len(text)
