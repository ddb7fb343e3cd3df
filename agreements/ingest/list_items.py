"""The items of a list of signers, as a participation sentence writes them: split at its separators outside
brackets; the first item without the body the list starts from ('시를 비롯해 A') or the purpose told
before it ('… 위해 체결한 것으로 A'); a first item 'A와 B' read as two bodies; a sort label ('민간기업은
A'), a province before its city ('경북 가람시') and a city before a body named for its own district set
aside."""

from __future__ import annotations

import re

from . import gazetteer
from .entities import org_kind

# the body the list starts from, written before it: '시를 비롯해 A, B, C 등이 참여했다'
LEAD_RE = re.compile(
    r"(?P<lead>[가-힣A-Za-z0-9㈜()]{1,20})(?:을|를)\s(?:비롯해|비롯하여|비롯해서|비롯한)\s"
    # or the head of the body the list starts from: 'NAME 군수를 비롯해 ㈜A(대표 NAME), …'
    r"|(?:[가-힣]{2,4}\s)(?P<head>[가-힣]{0,8}(?:시장|군수|구청장|지사|도지사|청장|교육감))"
    r"(?:(?:을|를)\s(?:비롯해|비롯하여|비롯한)|(?P<with>와|과))\s"  # or with it: 'NAME 군수와 ㈜A(대표 NAME), …'

    # or a clause on it that ends before the list: '협약은 … 키우기 위해 마련됐으며 시와 A, B, … 등 8개 기관이'
    r"|[^,]{0,160}(?:됐|했|였|었)(?:으며|고)\s"
    # or what the agreement is for, told before the list: '협약은 … 조성하기 위해 체결한 것으로 A, B, … 등 8개 기관이'
    r"|[^,]{0,160}\s(?:것으로|위해서?)\s"
)


LEAD_ALONE_RE = re.compile(r"(?P<lead>[가-힣A-Za-z0-9㈜()]{2,20})(?:을|를)\s비롯(?:해|하여|해서)?")


# the sort of the bodies that follow, said once in the list: '… B공사, 민간기업은 C(엔지니어링), D(펌프) 등',
# '참여기업인 ㈜A, ㈜B ▲참여기관 C, D 등'
SORT_LABEL_RE = re.compile(
    r"^(?:(?:민간\s?)?(?:기업|업체|대학|기관|단체|공공기관|민간)(?:은|는)|[▲△]?\s?참여\s?(?:기업|기관)(?:인)?)\s"
)


def unplaced(name: str, start: int) -> tuple[str, int]:
    """An item without the city written before a body named for its own district: '부산광역시
    사하구한의사회' → '사하구한의사회' (a province's own institute keeps it: '가람도 경제진흥원')."""
    place, _, rest = name.partition(" ")
    if gazetteer.kind_of(rest) == "government" and gazetteer.lies_in(rest, place):
        return rest, start + len(place) + 1  # '경북 가람시': the city, its province saying where it lies
    district = OWN_DISTRICT_RE.match(rest)
    if district and gazetteer.kind_of(place) == "government" and gazetteer.kind_of(district.group()) == "government":
        return rest, start + len(place) + 1
    return name, start


OWN_DISTRICT_RE = re.compile(r"[가-힣]{1,4}(?:구|군|시)(?=[가-힣]{2,})")


# the staff a list's last body sent: '…, C㈜(대표 NAME) 관계자 등이 자리를 함께한다'
STAFF_AFTER_RE = re.compile(r"\s(?:관계자|임직원|직원)들?$")


def unstaffed(name: str, start: int) -> tuple[str, int]:
    staff = STAFF_AFTER_RE.search(name)
    return (name[: staff.start()], start) if staff and staff.start() >= 2 else (name, start)


def unlabelled(name: str, start: int) -> tuple[str, int]:
    label = SORT_LABEL_RE.match(name)
    return (name[label.end() :], start + label.end()) if label and name[label.end() :] else (name, start)


def lead_split(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The first item without the body the list starts from ('시를 비롯해 A' → 'A'), and that body
    as an item of its own when it is named rather than only '시' or '군' (the article's own, found
    by the signing sentence already); or the first item that is that body alone, a comma after it
    ('A를 비롯, B, C')."""
    alone = LEAD_ALONE_RE.fullmatch(items[0][0]) if items else None
    if alone:
        return [(alone["lead"], items[0][1]), *items[1:]]
    lead = LEAD_RE.match(items[0][0]) if items else None
    if not lead:
        return items
    name, start = items[0]
    rest = [(name[lead.end() :], start + lead.end()), *items[1:]]
    return [(lead["lead"], start), *rest] if lead["lead"] and org_kind(lead["lead"], True) else rest


# the list's first two bodies joined by 과/와: 'A교육지원청과 B대학교, C대학교 …'
PAIR_RE = re.compile(r"^(?P<a>\S{2,20}?)(?:과|와)\s(?P<b>\S.{1,22})$")


# the list's first body with its head in brackets, then 와/과 and the next: '㈜A(대표 NAME)와 ㈜B(대표 NAME)'
HEADED_PAIR_RE = re.compile(r"^(?:\([주유]\))?[^()\s]{2,24}(?:\([주유]\))?\([^()\n]{1,30}\)(?:과|와)\s\S")


def first_pair_split(
    items: list[tuple[str, int]], count: int | None = None, headed: bool = False
) -> list[tuple[str, int]]:
    """The first item read as two bodies when it is 'A과 B' and both read as bodies, or when the list
    counts one more than its items ('A와 B, C, D 등 총 4개 기업': firms whose names end any way), or when
    the first has its head in brackets before 와 (``headed``: 'A(대표 NAME)와 B(대표 NAME), …')."""
    pair = PAIR_RE.match(items[0][0]) if items else None
    if not pair:
        return items
    if not (org_kind(pair["a"], True) and org_kind(pair["b"], True)) and count != len(items) + 1 and not headed:
        return items
    start = items[0][1]
    return [(pair["a"], start), (pair["b"], start + pair.start("b")), *items[1:]]


def last_pair_split(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The last item read as two bodies when it is 'C와 D' after others ('A, B, C와 D가 참여했다'): a list
    joins its last two items so ('… 나래의용소방대와 다온 퀵서비스가')."""
    pair = PAIR_RE.match(items[-1][0]) if len(items) >= 2 else None
    if not pair or pair["b"].startswith(("함께", "같이")):
        return items
    start = items[-1][1]
    return [*items[:-1], (pair["a"], start), (pair["b"], start + pair.start("b"))]


def items_of(text: str, match, splitter) -> list[tuple[str, int]]:
    """The pieces of a match's list, each with where it starts in the text."""
    items, at = [], match.start("list")
    for piece in _outside_brackets(match["list"], splitter):
        start = text.index(piece, at) if piece else at
        items.append((piece, start))
        at = start + len(piece)
    return items


def _outside_brackets(listed: str, splitter) -> list[str]:
    """The list split at its separators outside brackets: 'A(보청기 지원 75명, 수술 150명), B' is two items."""
    pieces, start, depth = [], 0, 0
    for at, char in enumerate(listed):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            gap = splitter.match(listed, at)
            if gap and gap.end() > at:
                pieces.append(listed[start:at])
                start = gap.end()
    return [*pieces, listed[start:]]
