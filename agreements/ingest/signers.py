"""Signers as real articles name them, beyond 'X는 Y와 협약을 체결했다'.

- Heads as the subjects: 'NAME OO시장과 NAME OO군수는 … 체결했다' (the city and the county sign).
- The two sides of a quoted title: "'A-B 간 상생발전 협약'을 체결한다".
- Firms the signing sentence only counts ('기업 2개사와'), named where the signing is attended.
- Words that look like bodies and are not: a trade before a firm ('컨택센터 인 ㈜A'), a province
  before its district ('대구 중구'), the place a firm is in ('영등포와 광진구에 있는 ㈜A'), an area
  ('OO읍 기지시 일원에서').
"""

from __future__ import annotations

import re

from .entities import Mention, org_kind
from .orgwords import PROVINCES, REGIONS
from .signing import in_any

# an official who signs for the body they head: 'NAME OO시장과 NAME OO군수는 … 체결했다' (the city and
# the county sign), 'NAME 충남지사는 … 체결했다' (the province); a head's title names the body's kind
HEADED_BODY_RE = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}\s(?:[가-힣]{2,8}(?:특별자치도|광역시|특별시|도)\s)?"
    r"(?P<place>[가-힣]{1,6}?)(?P<title>도지사|지사|시장|군수|구청장)(?:\s권한대행)?"
    r"(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s?등)"
)
HEAD_SUFFIX = {"도지사": "도", "지사": "도", "시장": "시", "군수": "군", "구청장": "구"}


def headed_bodies(text: str, start: int, verb: int, quotes, clause) -> list[tuple[str, tuple[int, int]]]:
    """The bodies whose heads are the subjects of a signing sentence (not those in its attendance
    clause): '이춘희 OO시장과 박영수 OO군수가 … 서명했다' gives OO시 and OO군."""
    found = []
    for m in HEADED_BODY_RE.finditer(text, start, verb):
        place = m.group("place")
        if in_any(m.start(), quotes) or (clause and clause[0] <= m.start() < clause[1]):
            continue
        if len(place) < 2 and m.group("title") != "구청장" or place.endswith(("부", "전")):
            continue  # '과학부시장' is a deputy, '전 시장' a former one: neither signs for a body
        if m.group("title") == "지사" and place not in PROVINCES:
            continue  # 'OO공사 부산지사' is a branch; only a province has a 지사 for its head
        found.append((place + HEAD_SUFFIX[m.group("title")], m.span("place")))
    return found


# the two sides in the agreement's own title: "'OO시-OO도 OO군 간 상생발전 협약'을 체결했다"
TITLED_PAIR_RE = re.compile(
    r"(?P<a>[가-힣A-Za-z0-9㈜]{2,15}(?:\s[가-힣A-Za-z0-9㈜]{2,15})?)\s?[-–·]\s?"
    r"(?P<b>[가-힣A-Za-z0-9㈜]{2,15}(?:\s[가-힣A-Za-z0-9㈜]{2,15})?)\s?간\s"
)


def titled_pair(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies a quoted agreement title names as its two sides ('A-B 간 … 협약'), each kept only
    when its ending makes it a body; a province before a county is where the county is."""
    found = []
    for q_start, q_end in quotes:
        if not start <= q_start < verb:
            continue
        pair = TITLED_PAIR_RE.search(text, q_start, q_end)
        if not pair or pair.start() > q_start + 2:
            continue
        for side in ("a", "b"):
            name = pair.group(side)
            first, _, rest = name.partition(" ")
            if rest and org_kind(first, True) == "government" and org_kind(rest, True) == "government":
                name = rest
            kind = org_kind(name, True)
            if kind:
                found.append((name, kind, pair.span(side)))
    return found


# a count of firms: '기업 2개사와', '3개 기업과', '업체 4곳과'
FIRM_COUNT_RE = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s?(?:개\s?(?:사|기업|업체|회사)|곳)(?=과|와|이|가|은|는|,|·|\s)"
)
SECTOR_COUNT_RE = re.compile(
    r"\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)(?![가-힣])|\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)[와과이가은는,·]"
)


# the trade a firm is introduced by: '컨택센터 인 ㈜A' (written apart), '… 전문회사 ㈜B'
SECTOR_RE = re.compile(r"\s?인\s")


def sector_before(text: str, mention: Mention) -> bool:
    return bool(SECTOR_RE.match(text, mention.end)) and not text[mention.end : mention.end + 1].strip()


# a place a firm is in, before the firm: '영등포와 광진구에 있는 ㈜A와'
WHERE_FIRM_IS_RE = re.compile(
    r"(?:(?:와|과|·|,)\s?[가-힣]{1,10})*에\s?(?:있는|위치한|소재한|자리한|본사를\s?둔)\s"
)
# an area named after a word: 'OO읍 기지시 일원에서' (a village that ends like a city)
AREA_AFTER_RE = re.compile(r"\s(?:일원|일대)(?![가-힣])|\s(?:일원|일대)(?:에서|에|의|을|를)")
HIGHER_PLACE_RE = re.compile(r"(?:특별자치도|광역시|특별시|도)$")


def place_of_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A province or metropolitan city written right before a city, county or district in it."""
    if mention.kind != "government":
        return False
    if mention.name not in REGIONS and not HIGHER_PLACE_RE.search(mention.name):
        return False
    return (
        any(
            m.start == mention.end + 1 and m.kind == "government" and m.name.endswith(("시", "군", "구"))
            for m in mentions
        )
        and text[mention.end : mention.end + 1] == " "
    )


def uncounted_firms(text: str, context, found: dict, quotes) -> int:
    """How many firms the signing sentence counts but does not name."""
    start, verb = context[0], context[1]
    counted = sum(
        int(m.group("n")) for m in FIRM_COUNT_RE.finditer(text, start, verb) if not in_any(m.start(), quotes)
    )
    named = sum(1 for p in found.values() if p.kind == "company" and p.role == "party")
    return max(0, counted - named)
