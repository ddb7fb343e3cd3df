"""A word before a title that is a person's name, though it ends like a body: 'NAME OO시농업기술센터
소장' (a person and the body they serve), '박남구 회장', '박성구 군수', 'NAME 괴산군의회 부의장', '이상대 OO구
새마을회장' (a name ending like a university's short name)."""

from __future__ import annotations

import re

from . import gazetteer
from .orgwords import DEPUTY_TITLES, HEAD_TITLES
from .person_words import SURNAMES, TITLE_RE
from .words import Word

HANGUL_WORD_RE = re.compile(r"[가-힣]{2,5}")
# endings no person's given name has: a body's
BODY_ENDINGS = ("은행", "공사", "공단", "그룹", "재단", "협회", "병원", "학교", "조합", "금고", "농협", "수협")


def _person_before_title(words: list[Word], head: int, i: int) -> bool:
    """'NAME BODY TITLE': the word before the body is a person's name when a title follows the body."""
    name = words[head].stem
    if not (2 <= len(name) <= 4 and name[0] in SURNAMES and HANGUL_WORD_RE.fullmatch(name)):
        return False
    if name.endswith(BODY_ENDINGS):
        return False  # '강산은행 가람지점 지점장': a bank and its branch, '강' no surname here
    return i + 1 < len(words) and bool(TITLE_RE.fullmatch(words[i + 1].stem))


# titles a district, city or county never holds: after one of them, a '박남구' is a person
PERSON_ONLY_TITLES = (
    "회장",
    "부회장",
    "대표",
    "대표이사",
    "사장",
    "부사장",
    "이사",
    "이사장",
    "상무",
    "전무",
    "교수",
    "원장",
    "센터장",
    "소장",
    "국장",
    "과장",
    "팀장",
    "위원장",
    "위원",
    "단장",
    "총장",
    "의원",
    # a unit's commander: '제OO부대 3대대 박남구 대대장'
    "대대장",
    "연대장",
    "여단장",
    "사단장",
    "군단장",
    "부대장",
    "중대장",
    "사령관",
    "함장",
)


def _name_before_title(words: list[Word], i: int) -> bool:
    stem = words[i].stem
    if len(stem) != 3 or stem[0] not in SURNAMES or not words[i].bare or i + 1 >= len(words):
        return False
    title = words[i + 1].stem
    # 'NAME 군수' where NAME ends like a district ('박성구 군수'): a head's title of another kind of
    # body than the ending says cannot be the district's own ('OO구 구청장' is)
    if title in PERSON_ONLY_TITLES or title in OTHER_HEADS.get(stem[-1], ()):
        return True
    # 'OO병원 NAME 의무부총장': a name ending like a district the gazetteer does not know, before a
    # head's title that is not the district's own
    if stem[-1] == "구" and gazetteer.kind_of(stem) is None and title.endswith("장") and len(title) >= 3:
        if title not in ("구청장", "부구청장") and not title.startswith(stem):
            return True
    # 'NAME 괴산군의회 부의장': a name, then a council of a county the gazetteer knows, its title;
    # no district stands before another county's council
    council = words[i + 1].stem
    return (
        _person_before_title(words, i, i + 1)
        and words[i + 1].bare
        and council.endswith("의회")
        and bool(gazetteer.lookup(council[:-2], places=True))
        and not gazetteer.lookup(stem, places=True)
    )


# for a name ending like a district, city or county: the heads' titles of every other kind of body
OTHER_HEADS = {
    ending: tuple(t for t, body in HEAD_TITLES + DEPUTY_TITLES if body != ending) + ("지사", "교육장")
    for ending in ("구", "시", "군")
}


# the titles a university's people hold: after its short name, '가람대 총장' is the university's head
UNIVERSITY_TITLE_RE = re.compile(r"(?:총장|학장|교수|처장|단장|원장|이사장|병원장|의료원장)$")
HEAD_TITLE_END_RE = re.compile(r"(?:장|대표|대표이사)$")


def name_like_university(words: list[Word], i: int) -> bool:
    """'이상대 OO구 새마을회장', '박종대 회장': a person's name that ends like a university's short name,
    told by a head's title of no university right after it or after one word between."""
    stem = words[i].stem
    if len(stem) != 3 or stem[0] not in SURNAMES or not words[i].bare:
        return False
    for j in (i + 1, i + 2):
        if j < len(words) and HEAD_TITLE_END_RE.search(words[j].stem):
            return not UNIVERSITY_TITLE_RE.search(words[j].stem)
        if j < len(words) and not words[j].bare:
            return False
    return False
