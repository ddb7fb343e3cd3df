"""What the parties' names say beyond their signing: the city a mayor's title names, which the
article may call '시' later, and whether a 재단 is a public body (named for a government's place) or a
private foundation."""

from __future__ import annotations

import re

from . import gazetteer
from .heads import body_of_title
from .names import Names, strip_marks
from .orgwords import GOVERNMENT_OFFICE_RE, REGIONS
from .words import Word


def city_of_heads(words: list[Word], names: Names) -> None:
    """'시' is the city whose mayor the article names when it names the city only in the title ('NAME
    가람시장은 … 체결했다. 시는 또 …'): the first head's body the gazetteer knows, for each kind."""
    halls = []
    for word in words:
        found = gazetteer.headed(word.stem) if word.stem.endswith(HEAD_ENDINGS) else None
        body = body_of_title(word.stem) if found else None
        if body and body[-1] in ("시", "군", "구", "도") and " " not in body:
            names.city.setdefault(body[-1], names.resolve(body))
        if word.stem.endswith(HALL_ENDINGS) and gazetteer.kind_of(word.stem[:-1]) == "government":
            halls.append(word.stem[:-1])  # '공사는 가람시청에서 시와 협약식을 가졌다': the hall's city
    for hall in halls:  # after the heads, which name the city first when both do
        names.city.setdefault(hall[-1], names.resolve(hall))


HALL_ENDINGS = ("시청", "군청", "구청", "도청")
HEAD_ENDINGS = ("시장", "군수", "구청장", "도지사", "지사")


GOVERNMENT_ENDING_RE = re.compile(r"(?:특별자치도|특별자치시|광역시|특별시|시|군|구|도)$")
PUBLIC_PREFIXES = ("한국", "국립", "국민", "대한")


def government_places(mentions) -> set[str]:
    """The places the article's governments are named for: '포천' of '포천시', '부산' of '부산광역시'."""
    places = set(REGIONS)
    for mention in mentions:
        if mention.kind == "government" and " " not in mention.name:
            place = GOVERNMENT_ENDING_RE.sub("", mention.name)
            if len(place) >= 2:
                places.add(place)
    return places


def private_foundation(name: str, places: set[str]) -> bool:
    """A foundation not named for a government's place ('OO금융공익재단', 'OO나눔복지재단'): a public
    foundation carries the name of the city, province or country that set it up ('포천문화관광재단',
    '부산신용보증재단', '한국…재단')."""
    plain = strip_marks(name)
    if not plain.endswith("재단") or " " in plain:
        return False
    return not plain.startswith(PUBLIC_PREFIXES) and not any(plain.startswith(place) for place in places)


CITY_BEFORE_RE = re.compile(r"(?<![가-힣])(?P<city>[가-힣]{2,6})\s$")


# the head of a body's branch, unnamed, right after the body: '국가정보원 경남지부장과'
BRANCH_HEAD_AFTER_RE = re.compile(r"\s(?P<branch>[가-힣]{2,8}(?:지부|지사|지역본부|지점|사업소))장(?:과|와|이|가|은|는|,)")


def placed_district(text: str, mention) -> str:
    """A district several cities have, named with the city written before it ('대전 서구와' → '대전 서구'),
    so a reader knows which; a body's branch whose head signs for it ('OO원 경남지부장과' → 'OO원
    경남지부'); any other body keeps its name."""
    branch = BRANCH_HEAD_AFTER_RE.match(text, mention.end) if mention.kind != "government" else None
    if branch:
        return f"{mention.name} {branch['branch']}"
    office = GOVERNMENT_OFFICE_RE.fullmatch(mention.name)  # '부산 사하구청': the district by its office
    district = office["place"] if office else mention.name
    if mention.kind != "government" or len(gazetteer.lookup(district)) < 2:
        return mention.name
    city = CITY_BEFORE_RE.search(text, max(0, mention.start - 8), mention.start)
    if not city:
        return mention.name
    if gazetteer.lies_in(district, city["city"]):
        return f"{city['city']} {mention.name}"
    return mention.name


def placed_district_name(name: str) -> bool:
    """Whether a party's name is a district named with its city by ``placed_district`` ('대전 서구')."""
    city, _, district = name.partition(" ")
    return bool(district) and len(gazetteer.lookup(district)) > 1 and bool(gazetteer.lookup(city, places=True))
