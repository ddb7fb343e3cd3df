"""The forms a page writes a party in: with its places before it ('부산 사하구', '울산 울주군 두서면
이장협의회', '사천 지역 9개 제조기업'), or with its body's abbreviation ('한국토지주택공사(LH) 전북지역본부').
They are kept as aliases beside the name the extractor reads, so a person sees the body as the page
wrote it (a district's name alone, '중구', names several places)."""

from __future__ import annotations

import re

from .branches import BRACKETED_ABBREVIATION_RE
from .orgwords import LOCAL_PLACE_RE, REGIONS

PLACE = rf"(?:{'|'.join(sorted(REGIONS, key=len, reverse=True))}|{LOCAL_PLACE_RE.pattern})"
# one to three places before the name, each a word of its own, then '지역' at most: '부산 ', '사천 지역 '
PLACES_BEFORE_RE = re.compile(rf"(?<![가-힣\d])((?:{PLACE}\s){{1,3}}(?:지역\s)?)$")
# a clause's conditional ends like a township: '따르면', '보면', '완공되면'
CONDITIONAL_RE = re.compile(r"(?:르|보|되|하|으|다|이|라|려|지|오|가|나|우|치|기|니|세|해)면\s")
# the name as part of a head's title or an office: '나주시장', '가람군수', '가람구청'
TITLE_AFTER_RE = re.compile(r"장|수|청|민")
LOOK_BACK = 30
MENTIONS_LOOKED_AT = 5


def place_written_forms(text: str, name: str) -> list[str]:
    """The forms '<places> <name>' the text writes ``name`` in, in text order, without repeats."""
    forms: list[str] = []
    if len(name) < 2:
        return forms
    for k, m in enumerate(re.finditer(re.escape(name), text)):
        if k >= MENTIONS_LOOKED_AT:
            break
        before = PLACES_BEFORE_RE.search(text, max(0, m.start() - LOOK_BACK), m.start())
        if not before or CONDITIONAL_RE.search(before.group(1)) or not _places(before.group(1).split()):
            continue
        if TITLE_AFTER_RE.match(text, m.end()):
            continue  # 'NAME 나주시장': a head's title, the name before it a person's
        form = before.group(1) + name
        if form not in forms and not name.startswith(before.group(1).split()[0]):
            forms.append(form)
    return forms


def _places(words: list[str]) -> bool:
    """Whether the words before a name are places: a province or a city, county or district of two
    syllables or more (not '우리', '자매도시'); a village ('OO리') only under a place before it."""
    if words and words[-1] == "지역":
        words = words[:-1]
    first = words[0]
    if first in REGIONS:
        return True
    return len(first) >= 3 and not first.endswith("도시") and not (first.endswith("리") and len(words) == 1)


# a township named with its county or city: '남해군 창선면', '가람시 나래동'
TOWNSHIP_NAME_RE = re.compile(r"[가-힣]{1,4}[시군구]\s(?P<own>[가-힣]{1,6}\d{0,2}[읍면동])")


def township_forms(text: str, name: str) -> list[str]:
    """The township's own name when the page also writes it alone ('창선면은 …' after '남해군 창선면은 …')."""
    township = TOWNSHIP_NAME_RE.fullmatch(name)
    if not township:
        return []
    county = name.split(" ", 1)[0]
    alone = re.compile(rf"(?<![가-힣]){township['own']}")
    if any(not text.endswith(county + " ", 0, m.start()) for m in alone.finditer(text)):
        return [township["own"]]
    return []


def abbreviated_forms(text: str, name: str) -> list[str]:
    """The form a page writes a branch in with its body's abbreviation between ('한국토지주택공사(LH)
    전북지역본부' for '한국토지주택공사 전북지역본부'), once."""
    body, _, branch = name.partition(" ")
    if not branch:
        return []
    found = re.search(rf"{re.escape(body)}{BRACKETED_ABBREVIATION_RE.pattern}{re.escape(branch)}", text)
    return [found.group()] if found else []
