"""Words in a list of signers that are places or heads rather than bodies: a bare place name ('가평,
OO연구원과 MOU'), which is no body unless a list of them ends in a government's full name
('홍천·횡성·영월군' → 홍천군); a government's head by fused title ('NAME 가람군수와'), the person, not a
firm; a place or a person's title ahead, which makes a word no partner."""

from __future__ import annotations

import re

from . import gazetteer
from .orgwords import GOVERNOR_RE, LOCAL_PLACE_RE, REGIONS, SUFFIX_RE
from .person_words import korean_name
from .words import Word

PLACE_LIST_GAPS = ("·", "ㆍ", ",", ", ", " ")  # '홍천·횡성·영월군', '마포 은평 서대문구'


def _listed_place(words: list[Word], i: int, text: str) -> str | None:
    """A bare place name in a list that ends in a government's full name ('홍천·횡성·영월군'): the
    place with that ending ('홍천군'), when the gazetteer knows it as a government; or in a list that
    ends in a place's body ('가평, 연천, 양평문화재단과'): the place's body of that kind ('가평문화재단')."""
    for j in range(i + 1, min(len(words), i + 12)):
        gap = text[words[j - 1].end : words[j].start]
        if gap not in PLACE_LIST_GAPS or not words[j - 1].bare:
            return None
        if gap == " " and j == i + 1 and words[i].stem in REGIONS:
            return None  # '제주 서귀포시 동홍동 …': the province says where the city is, no member of a list
        stem = words[j].stem
        if stem.endswith(("시", "군", "구")) and len(stem) >= 2:
            full = words[i].stem + stem[-1]
            return full if gazetteer.kind_of(full) == "government" else None
        body = _place_body_ending(stem)
        if body:
            return words[i].stem + body
    return None


def _place_body_ending(stem: str) -> str | None:
    """The body a place's name leads ('양평문화재단' → '문화재단'), when what follows the place is a body's
    ending of two syllables or more."""
    for cut in range(2, min(4, len(stem) - 2) + 1):
        rest = stem[cut:]
        if gazetteer.is_place(stem[:cut]) and SUFFIX_RE.search(rest) and not gazetteer.is_place(rest):
            return rest
    return None


def _head_of_government(words: list[Word], i: int) -> bool:
    """A government's head by title, fused with the place ('가람군수', 'NAME 나래시장', 'NAME 경남지사'): the
    person, whose body the head rules read; a '가람시장' with no name before it may be a market."""
    stem = words[i].stem
    if stem.endswith(("군수", "구청장", "도지사")) and len(stem) >= 4 or GOVERNOR_RE.fullmatch(stem):
        return True
    named = i > 0 and korean_name(words[i - 1].stem) and words[i - 1].bare
    return stem.endswith("시장") and len(stem) >= 4 and named


def _place_or_title(words: list[Word], i: int) -> bool:
    """A place name ('OO군과', '전북과 전남의'), a person's title ahead ('OO과 … 시장') or a genitive
    conjunct ('A와 B의 상생') is no partner."""
    if LOCAL_PLACE_RE.fullmatch(words[i].stem) or words[i].stem in REGIONS:
        return True
    if gazetteer.is_place(words[i].stem):  # '가평, OO연구원과 MOU 체결': the county by its bare place name
        return True
    if i + 1 < len(words) and words[i + 1].text[len(words[i + 1].stem) :] == "의":
        return True
    return (
        i + 1 < len(words)
        and bool(TITLE_WORD_RE.search(words[i + 1].stem))
        and not PLACE_OF_WORK_RE.search(words[i + 1].stem)  # '누리코리아와 생산공장 건립을': a factory
    )


TITLE_WORD_RE = re.compile(r"(?:장|대표|사장|회장|이사|위원|교수|총장|군수|지사)$")
# nouns ending in 장 that name a place, not a head: '공장', '현장', '사업장', '매장', '주차장'
PLACE_OF_WORK_RE = re.compile(
    r"(?:공|현|광|목|농|매|작업|사업|주차|처리|정류|공연|경기|운동|전시|시험|양식|도축|선착|골프|스키|행사|예식|장례)장$"
)
