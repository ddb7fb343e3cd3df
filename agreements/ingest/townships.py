"""The offices below a city or county that sign agreements of their own: a 읍, 면 or 동 named after
its county or city ('OO군 OO면', 'OO시 OO동 행정복지센터'), or before its head in brackets
('OO면(면장 NAME)'), a 면 or 읍 office ('OO면사무소'), and a numbered village ('OO2리'); also the
county a cooperative or firm is in ('OO군 OO농협'), which does not sign, and a university its
president in brackets vouches for ('OO대(총장 NAME)')."""

from __future__ import annotations

import re

from .orgwords import CITY_RE, DISTRICT_RE, PLACE_NAME_RE, WARD_RE
from .words import Word

# the office's own forms after the place: 'OO면', 'OO2동', 'OO면사무소', 'OO동 행정복지센터' (one word)
TOWNSHIP_RE = re.compile(r"[가-힣]{1,6}\d{0,2}(?P<unit>읍|면|동)(?:사무소|행정복지센터|주민센터)?")
# a village numbered within its 리: 'OO2리', 'OO1리'
VILLAGE_RE = re.compile(r"[가-힣]{1,4}\d{1,2}리")
HEAD_IN_BRACKETS_RE = re.compile(r"\((?:읍장|면장|동장)[\s·ㆍ]")
SIGNER_PARTICLES = ("은", "는", "이", "가", "과", "와")


def own_unit(word: Word) -> bool:
    """Whether the 읍/면/동 ending is a morpheme of its own ('가람/면', '화양2/동'), not the end of
    a common word Kiwi reads whole ('측면', '활동'), or the word is a proper noun of that form."""
    if word.proper:
        return True
    if not word.tags:
        return False
    last = word.tags[-1][0]
    return last in ("읍", "면", "동") or any(tag == "SN" for _, tag in word.tags)


def township(words: list[Word], i: int, text: str, strict_kind) -> int | None:
    """The index of the first word of the office words[i] ends, or None: the county or city
    before it when the text names it ('OO군 OO면'), else words[i] alone when its head follows in
    brackets ('OO면(면장 NAME)'), is its own office ('OO면사무소') or a numbered village ('OO2리')."""
    word = words[i]
    particle = word.text[len(word.stem) :]
    following = words[i + 1] if i + 1 < len(words) and text[word.end : words[i + 1].start] == " " else None
    if word.bare and following is not None and (following.stem.endswith("마을") or VILLAGE_RE.fullmatch(following.stem)):
        return None  # 'OO군 OO면 OO마을(이장 NAME)과': where the village is, not an office that signs
    if not word.bare and particle not in SIGNER_PARTICLES and not HEAD_IN_BRACKETS_RE.match(text, word.stem_end):
        return None  # 'OO시 OO면은 … OO동과': the office as a subject or partner, not '… 측면에서'
    county = _county_before_head(words, i, text, strict_kind)
    if county is not None and TOWNSHIP_RE.fullmatch(word.stem) and own_unit(word):
        return county  # 'OO구(구청장 NAME) OO1동은': the office named with its district, whose head is bracketed
    if not word.bare and particle in SIGNER_PARTICLES and not (i and words[i - 1].bare):
        return None
    if VILLAGE_RE.fullmatch(word.stem):
        return i
    match = TOWNSHIP_RE.fullmatch(word.stem)
    if not match or not (own_unit(word) or _dong_of_ward(words, i, text, strict_kind)):
        return None
    if i and text[words[i - 1].end : word.start] == " " and words[i - 1].bare:
        previous = words[i - 1].stem
        if (CITY_RE.fullmatch(previous) or DISTRICT_RE.fullmatch(previous) or WARD_RE.fullmatch(previous)) and (
            strict_kind(words[i - 1]) == "government"
        ):
            return i - 1
    if word.stem.endswith(("사무소", "행정복지센터", "주민센터")) or HEAD_IN_BRACKETS_RE.match(text, word.stem_end):
        return i
    return None


OFFICE_WORDS = ("행정복지센터", "주민센터", "사무소")


def township_office(previous: Word, word: Word) -> bool:
    """Whether ``word`` is the office of the 읍, 면 or 동 right before it: 'OO동 주민센터', 'OO면 행정복지센터'."""
    return word.stem in OFFICE_WORDS and TOWNSHIP_RE.fullmatch(previous.stem) is not None and own_unit(previous)


# common words that end like a 동 and follow a place ('OO구 공동 …', 'OO구 활동')
COMMON_DONG = ("활동", "운동", "공동", "행동", "이동", "노동", "감동", "협동", "합동", "연동", "가동", "출동", "변동", "자동")


def _dong_of_ward(words: list[Word], i: int, text: str, strict_kind) -> bool:
    """'OO시 OO구 다솜동은': a 동 of three syllables or more right after its district, though Kiwi reads
    the name as one common noun."""
    word = words[i]
    if i == 0 or len(word.stem) < 3 or not word.stem.endswith("동") or word.stem.endswith(COMMON_DONG):
        return False
    previous = words[i - 1]
    return (
        text[previous.end : word.start] == " "
        and previous.bare
        and WARD_RE.fullmatch(previous.stem) is not None
        and strict_kind(previous) == "government"
    )


# a city's or county's own offices that its name alone tells apart: 'OO시 보건소', 'OO군 농업기술센터'
CITY_OFFICES = frozenset("보건소 보건의료원 농업기술센터 치매안심센터 보건지소 상하수도사업소 평생학습관".split())
NOT_DEPARTMENTS = ("결과", "효과", "성과", "교과", "사과", "통과", "경과", "부과", "초과", "간과", "학과")


def city_office(previous: Word, word: Word, strict_kind) -> bool:
    """Whether ``word`` right after the city or county ``previous`` is one of its offices: 'OO시 보건소',
    or a department, 'OO군 새마을경제과', 'OO시 관광진흥과' (not '… 결과', '… 효과')."""
    if strict_kind(previous) != "government":
        return False
    nouns = bool(word.tags) and all(tag.startswith("NN") for _, tag in word.tags)
    return word.stem in CITY_OFFICES or _department(word.stem) and nouns


def _department(stem: str) -> bool:
    return len(stem) >= 3 and stem.endswith("과") and not stem.endswith(NOT_DEPARTMENTS)


def names_an_office(name: str) -> bool:
    """Whether a body's name ends in one of its city's offices, not in a district ('OO시 OO구' is one):
    a department, an office named by its sort, a 읍, 면 or 동 office, or a centre named with its city
    ('OO군 장애인복지관')."""
    last = name.rsplit(" ", 1)[-1]
    return (
        last in CITY_OFFICES
        or _department(last)
        or TOWNSHIP_RE.fullmatch(last) is not None
        or last.endswith(("센터", "보건소", "사업소", "복지관", "도서관", "문화원", "학습관"))
    )


# the district's head in brackets between the district and its office: 'OO구(구청장 NAME) OO1동'
COUNTY_HEAD_BETWEEN_RE = re.compile(r"\((?:구청장|시장|군수)\s?[가-힣]{2,4}\)\s$")


def _county_before_head(words: list[Word], i: int, text: str, strict_kind) -> int | None:
    """The index of the city, county or district named before its head's bracket, right before words[i]."""
    if i < 3 or not COUNTY_HEAD_BETWEEN_RE.search(text, max(0, words[i].start - 14), words[i].start):
        return None
    county = words[i - 3]
    if text[county.end : county.end + 1] != "(" or not county.bare:
        return None
    name = county.stem
    places = CITY_RE.fullmatch(name) or DISTRICT_RE.fullmatch(name) or WARD_RE.fullmatch(name)
    return i - 3 if places and strict_kind(county) == "government" else None


# the head of such an office by its fused title: 'OO면장', 'OO2동장', 'OO2리장' (not '운동장', a field)
TOWNSHIP_HEAD_RE = re.compile(r"(?P<place>[가-힣]{1,6}\d{0,2}(?:읍|면|동)|[가-힣]{1,4}\d{1,2}리)장")
NOT_HEADS = {"운동장", "활동장", "이동장", "노동장"}


def township_head(stem: str) -> str | None:
    """The office a fused title heads: 'OO면장' → 'OO면', 'OO2리장' → 'OO2리'."""
    match = TOWNSHIP_HEAD_RE.fullmatch(stem)
    return match.group("place") if match and stem not in NOT_HEADS else None


def office_named(place: str, known) -> str | None:
    """The article's own name for the office a head's title names: 'OO군 OO면사무소' for 'OO면'."""
    for body in sorted(known):
        last = body.split()[-1]
        if last == place or last.startswith(place) and last[len(place) :] in ("사무소", "행정복지센터", "주민센터"):
            return body
    return None


# a university's head in brackets after its name: 'OO대(총장 NAME)', 'OO대학(학장 NAME)'
PRESIDENT_RE = re.compile(r"\((?:총장|학장)[\s·ㆍ][가-힣]{2,4}\)")


def universities_by_head(words: list[Word], text: str) -> set[str]:
    """Names a university's president in brackets vouches for ('OO대(총장 NAME)는'), whatever their
    ending: Kiwi does not know most short names of universities, and 'OO대' also ends common words."""
    return {
        word.stem
        for word in words
        if word.bare and len(word.stem) >= 2 and PRESIDENT_RE.match(text, word.end) and "(" not in word.stem
    }


def placed_before(mentions, words: list[Word], i: int, text: str, kind: str) -> bool:
    """Whether the mention just before words[i] is the bare name of the city or county a firm,
    cooperative, university or association named right after it is in ('OO군 OO농협')."""
    if kind not in ("company", "cooperative", "university", "association") or not mentions or not i:
        return False
    last = mentions[-1]
    return (
        last.first == last.last == i - 1
        and last.kind == "government"
        and words[i - 1].bare
        and text[words[i - 1].end : words[i].start] == " "
        and PLACE_NAME_RE.fullmatch(last.name) is not None
        and not last.name.endswith("도")
    )
