"""A counted group of firms told as what invests, right after a signing that names no firm.

Broadcast scripts and short reports write an investment signing with firms in general as the partner,
or with none ('도와 시는 오늘 기업들과 투자협약을 체결했습니다', '시는 시청에서 협약식을 갖고'), and count
the firms where they say what they bring: '부품업체 ㈜A 등 4개 기업이 … 520억 원을 투자하고', '… 등 5개
기업에서 모두 430억 원을 유치해'. The group is the partner that signs (one party, as a group the
signing sentence counts); its one named member stands beside it only when the rest are named too,
which other rules read.
"""

from __future__ import annotations

import re

from .investors import ELSEWHERE_RE
from .running import RUNNING_RE
from .spans import index_at

# the counted firms as the subject of an investment, or where the amount comes from
GROUP_INVESTS_RE = re.compile(
    r"(?<![\d.,])(?P<group>(?P<n>\d{1,2})\s?개\s?(?P<noun>기업|업체|회사|사))(?:들)?(?:이|가|은|는|에서)\s"
)
INVESTS_RE = re.compile(r"투자|투입|유치|들여|들이")


def investing_group(text: str, spans, context, found: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the counted group of firms that invests in the signing sentence, after its
    verb, or in the sentence after it — when no firm signs yet (``found`` holds no company party) and
    the group is counted, not listed: '… 등 4개 기업이 520억원을 투자하고'."""
    if not context or any(p.role == "party" and p.kind == "company" for p in found.values()):
        return []
    at = index_at(spans, context[0])
    if at < 0:
        return []
    for index in range(at, min(at + 2, len(spans))):
        start, end = spans[index]
        start = max(start, context[1]) if index == at else start
        sentence = text[start:end]
        if not INVESTS_RE.search(sentence) or ELSEWHERE_RE.search(sentence) or RUNNING_RE.search(sentence):
            continue  # '이로써 올해 12개 기업이 …': the year's tally, not the signers
        for match in GROUP_INVESTS_RE.finditer(text, start, end):
            noun, n = match.group("noun"), int(match.group("n"))
            name = f"{n}개사" if noun == "사" else f"{n}개 {noun}"
            return [(name, "company", match.span("group"))]
    return []
