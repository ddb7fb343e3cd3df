"""Governments and their offices as the bodies that act: a government written by its office ('가람구청은',
'부산 사하구청과'), and a township's own council named with the township and its city ('OO시 OO면
주민자치위원회')."""

from __future__ import annotations

import re

from . import gazetteer
from .countries import COUNTRIES
from .orgwords import CITY_RE, DISTRICT_RE, GOVERNMENT_OFFICE_RE
from .person_words import korean_name
from .townships import TOWNSHIP_RE, VILLAGE_RE
from .words import Word

TOWNSHIP_COUNCILS = ("협의체", "협의회", "위원회")
# villages grouped as one area of a programme: 'OO마을권역', 'OO권역'
AREA_RE = re.compile(r"[가-힣]{2,10}권역")


def office_signs(word: Word, text: str) -> bool:
    """Whether the word is a government's office ('가람구청', '나래도청') written as the body that acts:
    as a subject or partner, with its head's bracket, or in a list; not the building a ceremony is
    held in or visited ('군청을 찾아', '도청 대회의실에서')."""
    office = GOVERNMENT_OFFICE_RE.fullmatch(word.stem)
    if not office or gazetteer.kind_of(office["place"]) != "government":
        return False
    after = text[word.stem_end : word.stem_end + 1]
    return after in ("은", "는", "이", "가", "과", "와", "(", ",", "·") and (
        after in ("(", ",", "·") or text[word.stem_end + 1 : word.stem_end + 2] in (" ", "\n")
    )


def office_in_metro(city: str, office: str) -> bool:
    """'부산 사하구청': a district's office after the short name of the metropolitan city it lies in."""
    match = GOVERNMENT_OFFICE_RE.fullmatch(office)
    if not match or not DISTRICT_RE.fullmatch(match["place"]):
        return False
    return gazetteer.lies_in(match["place"], city)


def township_council(words: list[Word], i: int, text: str, strict_kind) -> int | None:
    """The index of the first word of a township's own council that words[i] ends ('OO면
    풍력발전주민협의체', 'OO시 OO면 주민자치위원회'), or None."""
    previous = words[i - 1] if i else None
    if (
        previous is None
        or not previous.bare
        or text[previous.end : words[i].start] != " "
        or not (TOWNSHIP_RE.fullmatch(previous.stem) or VILLAGE_RE.fullmatch(previous.stem) or AREA_RE.fullmatch(previous.stem))
        or not words[i].stem.endswith(TOWNSHIP_COUNCILS)
    ):
        return None
    city = words[i - 2] if i >= 2 else None
    if AREA_RE.fullmatch(previous.stem) and city is not None and city.bare and TOWNSHIP_RE.fullmatch(city.stem):
        return i - 2 if text[city.end : previous.start] == " " else i - 1  # 'OO면 OO마을권역 주민상생협의체'
    if (
        city is not None
        and city.bare
        and text[city.end : previous.start] == " "
        and (CITY_RE.fullmatch(city.stem) or DISTRICT_RE.fullmatch(city.stem))
        and strict_kind(city) == "government"
    ):
        return i - 2
    return i - 1


# a province, a state, a district or a town of a foreign country, after the country: '베트남 OO성과', '베트남
# OO현과', '미국 OO주와', '일본 OO현 OO정과'
FOREIGN_PROVINCE_RE = re.compile(r"[가-힣]{2,8}(?:성|현|주|정)")
# what may stand between the country and its province: where in the country it lies ('폴란드 남동부 OO주와'),
# or the province a town lies in ('일본 OO현 OO정과')
FOREIGN_REGION_RE = re.compile(r"[동서남북중]{1,2}부|[가-힣]{2,8}(?:성|현|주)")


# a name's gloss in Hanja or Latin letters between it and its particle: 'OO정(漢字)과', 'OO주(州)와'
GLOSS_THEN_PARTICLE_RE = re.compile(r"\([^()\n가-힣]{1,30}\)(?:과|와|이|가|은|는|의|,)")


def foreign_province(words: list[Word], i: int, text: str) -> bool:
    """A word ending in 성, 현, 주 or 정 after a country, a particle after it, is that country's province,
    state or town ('베트남 OO성과 … 양해각서를 맺었다', '폴란드 남동부 OO주와', '일본 OO현 OO정과'), a
    government, whether Kiwi reads it as a proper noun or not ('중국 OO성 OO시와': the city signs; alone,
    성, 현, 주 and 정 end many words)."""
    word = words[i]
    if not FOREIGN_PROVINCE_RE.fullmatch(word.stem):
        return False
    if word.bare and not GLOSS_THEN_PARTICLE_RE.match(text, word.end):
        return False
    for before in reversed(words[max(0, i - 2) : i]):
        if before.stem in COUNTRIES:
            return True
        if not before.bare or not FOREIGN_REGION_RE.fullmatch(before.stem):
            return False
    return False


# a foreign government's head's title after its name, apart: '미국 OO주 주지사', '일본 OO현 지사', '중국 OO성 성장'
FOREIGN_HEAD_TITLES = {"주": "주지사", "현": "지사", "성": "성장"}


def foreign_head(previous: Word, word: Word, text: str) -> bool:
    """Whether ``word`` is the title of the head of the foreign state, prefecture or province ``previous``
    names ('NAME NAME OO주 주지사와'): the word before is a government and the title no branch of it; not a
    Korean head's name that ends alike ('NAME 지사와' of a Korean governor whose given name ends in 현)."""
    return (
        previous.bare
        and not korean_name(previous.stem)
        and FOREIGN_PROVINCE_RE.fullmatch(previous.stem) is not None
        and FOREIGN_HEAD_TITLES.get(previous.stem[-1]) == word.stem
        and text[previous.end : word.start] == " "
    )
