"""A trip told day by day: after the first signing, '이튿날인 10일에는 ㈜C 본사에서 투자협약을 맺었다', '11일에는
D대학교를 찾아 NAME 총장과 … 양해각서를 교환했다'. Each later day that signs is an agreement of its own
(``several``), signed by the traveller and by the body the day calls on."""

from __future__ import annotations

import re

# a day of its own opening a clause or a sentence, what day of a trip it is or the subject before it: '28일에는',
# '이튿날인 10일에는', '한 지사는 23일에는', '마지막 공식 일정인 17일(현지시각)에는'
TRIP_DAY_RE = re.compile(r"\s*(?:[가-힣]{1,6}\s){0,3}(?P<day>\d{1,2})일(?:\(현지\s?(?:시간|시각)\))?에는\s")
# the body a day calls on: 'C를 찾아', 'C를 방문해', '㈜C 본사에서', 'C 청사에서'
CALLED_ON_RE = re.compile(r"[을를]\s(?:찾아|방문해)|\s(?:본사|청사)에서")


def called_on(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the body a trip's day calls on."""
    return CALLED_ON_RE.match(text, end) is not None


def visited(text: str, start: int, verb: int, mentions) -> list:
    """The bodies a trip's day (a sentence opening on ``TRIP_DAY_RE``) calls on before its signing verb."""
    if not TRIP_DAY_RE.match(text, start):
        return []
    return [m for m in mentions if start <= m.start < verb and called_on(text, m.end)]
