"""Who attends for which side, where the article says it in so many words: 'A에서는 NAME 총장과 NAME
처장 등이, B에서는 NAME 회장 등이 참석했다' — each side's people work for the body that opens it —
and a second title written after a slash ('NAME 교무처장/혁신본부장')."""

from __future__ import annotations

import re

from .orgwords import ASSOCIATION_BRANCH_RE, OFFICIAL_TITLES
from .signing import sentences
from .spans import span_at

# 'A에서는 …': one side's list, up to the next side or the end of the sentence
SIDE_RE = re.compile(r"(?P<body>[가-힣A-Za-z0-9·]{2,20})(?:에서는|에서도|측에서는|측은)\s")
SIDE_END_RE = re.compile(r"[가-힣A-Za-z0-9·]{2,20}(?:에서는|에서도|측에서는|측은)\s|(?<=[다요])\.(?:\s|$)|\n")
# a second title after a slash: '/국고사업총괄본부장'
SECOND_TITLE_RE = re.compile(r"/(?P<title>[가-힣]{2,15}장)")


def second_titles(people, text: str) -> None:
    """'NAME 산학협력단장/국고사업총괄본부장': both titles are the person's, as written."""
    for person in people:
        match = SECOND_TITLE_RE.match(text, person.end)
        if match and person.title.split()[-1] == text[person.end - len(person.title.split()[-1]) : person.end]:
            person.title = f"{person.title}/{match.group('title')}"
            person.end = match.end()


def by_side(people, text: str, resolve, bodies: set[str], unit_of) -> None:
    """A person with no body of their own (or only the unit their title heads) listed after
    'A에서는' works for A, when A is a body of the article."""
    for side in SIDE_RE.finditer(text):
        body = resolve(side.group("body"))
        if body not in bodies:  # 'OO면에서는' of 'OO군 OO면'
            body = next((b for b in sorted(bodies) if b.split()[-1] == side.group("body")), None)
        if body is None:
            continue
        end = SIDE_END_RE.search(text, side.end())
        end = end.start() if end else len(text)
        for person in people:
            if side.end() <= person.start < end and (person.org is None or unit_of(person)):
                person.org = body


def in_association(people, associations: set[str]) -> None:
    """'NAME OO도회 회장' at a signing of one association: its branch in the province
    ('OO협회 OO도회'), not a body of its own."""
    if len(associations) != 1:
        return
    (association,) = associations
    for person in people:
        if person.org and ASSOCIATION_BRANCH_RE.fullmatch(person.org):
            person.org = f"{association} {person.org}"


UNIT_TITLE_RE = re.compile(r"[가-힣]{2,10}(?:처|단|센터|팀|실|국|과)장")


def unit_of_title(person, bodies: set[str]) -> bool:
    """Whether the person's body is only the unit their title heads ('교무처' of '교무처장'), named
    nowhere else as a body."""
    title = person.title.split()[-1].split("/")[0]  # '교무처장/혁신본부장': the first unit
    return bool(
        person.org and UNIT_TITLE_RE.fullmatch(title) and title[:-1] == person.org and person.org not in bodies
    )


# 'NAME 원장을 비롯한 OO병원 주요 임원진': the body the head leads the list of
LEADS_RE = re.compile(r"[을를]\s비롯(?:한|해)\s")


def leading_their_body(people, text: str, bodies: set[str]) -> None:
    """A head with no body of their own named at the front of their body's people ('NAME 원장을
    비롯한 가람대학교병원 임원진') works for that body, when it is a body of the article."""
    names = sorted(bodies, key=len, reverse=True)
    for person in people:
        lead = LEADS_RE.match(text, person.end) if person.org is None else None
        if lead:
            person.org = next((b for b in names if text.startswith(b, lead.end())), None)


# a legislator's title: '국회의원', '도의원', '시의원', '의원' (a member of a council, never a signer)
LEGISLATOR_RE = re.compile(r"의원$")
COUNCIL_CHAIR_RE = re.compile(r"(?:부의장|의장)$")
COUNCIL_IN_TITLE_RE = re.compile(r"의회\s?(?:부의장|의장)$")


def guests(people, parties: frozenset[str], text: str) -> list:
    """The people who attend for no party: legislators ('NAME 도의원', 'NAME 국회의원'), whom Korean
    news lists among a signing's guests, and the chair of a council whose own government signs
    ('NAME 가람군의회 의장' at 가람군's signing: the council watches its government sign). The heads of
    other local governments who attend are kept: the signers found are too often incomplete (a
    province's cities signing with it, '… NAME 가람시장, NAME 나래군수 등이 참석했다') to drop them, except
    where a city or county is found signing and they are named only among the guests
    (:func:`other_places_guest`)."""
    found = []
    for person in people:
        title = person.title.split()[-1].split("/")[0]
        if LEGISLATOR_RE.search(title):  # a council member signs for no body, not even the council
            found.append(person)
        elif COUNCIL_IN_TITLE_RE.search(title):  # 'NAME 군 의회의장': the council's chair, a guest
            found.append(person)
        elif COUNCIL_CHAIR_RE.search(title) and person.org and person.org.endswith("의회"):
            government = person.org[: -len("의회")].strip()
            # 'OO구의회' at 'OO시 OO구''s signing: the district named with its city
            if government and any(party.replace(" ", "").endswith(government.replace(" ", "")) for party in parties):
                found.append(person)
    return found


# a city, county or district among the signers, and the heads of such places
PLACE_PARTY_RE = re.compile(r"[가-힣](?:시|군|구)$")
# a province's governor, not a deputy ('행정부지사'): 'NAME 충청북도지사', 'NAME 전남지사'
_GOVERNOR = r"(?<!부)(?:도지사|지사)"
GOVERNOR_TITLE_RE = re.compile(rf"{_GOVERNOR}$")
PLACE_HEAD_RE = re.compile(rf"(?:시장|군수|구청장|{_GOVERNOR})$")  # (a province's governor too)
GUEST_PLACE_RE = re.compile(r"[가-힣](?:시|군|구|도)$")
COUNTED_PLACES_RE = re.compile(r"\d+\s?개\s?(?:시|군|구|시·군|시군|자치구|지자체)")
ATTENDING_RE = re.compile(r"참석|자리를\s?함께|함께했|배석|자리했")
SIGNING_VERB_RE = re.compile(r"체결|서명|맺|협약을\s?(?:했|하였)")


def other_places_guest(org: str | None, title: str, at: tuple[int, int], signers: set[str], text: str) -> bool:
    """Whether a person is the head of another city, county or province who attends a signing that a city or county
    signs ('… NAME 도지사와 ㈜A 대표, NAME 가람시장, NAME 나래시장, NAME 다솜군수 등이 참석한 가운데
    진행됐다' where 가람시 signs): a guest, named only where the ceremony's guests are, not where it is
    signed. Not where no place signs, nor where a counted group of places does (its members' heads sign)."""
    places = {p.replace(" ", "") for p in signers if PLACE_PARTY_RE.search(p.removesuffix("청"))}
    if not places or any(COUNTED_PLACES_RE.search(p) for p in signers):
        return False
    org = (org or "").replace(" ", "")
    official = PROVINCE_OFFICIAL_TITLE_RE.search(title) and org.endswith("도")  # 'NAME 전라남도 에너지산업국장'
    if not org or not (PLACE_HEAD_RE.search(title) or official) or not GUEST_PLACE_RE.search(org):
        return False
    if org in {signer.replace(" ", "") for signer in signers}:
        return False  # '전라북도와 청미군, ㈜A는 …': the governor of a province that signs
    if any(place.removesuffix("청").endswith(org) or org.endswith(place.removesuffix("청")) for place in places):
        return False  # '나래구' of '가람시 나래구', '다솜구' of '다솜구청'
    start, end = span_at(sentences(text), at[0], at)
    if (GOVERNOR_TITLE_RE.search(title) or official) and (
        ATTENDING_RE.search(text, start, end) or AMID_RE.search(text, start, end)
    ):
        return True  # '이날 협약식에는 NAME 충청북도지사, NAME 갈잎군수, … 참여한 가운데 … 맺었다': the province came
    return _came_not_signed(text, start, end)


PROVINCE_OFFICIAL_TITLE_RE = re.compile(rf"(?:{OFFICIAL_TITLES})$")
AMID_RE = re.compile(r"(?:참석|참여|배석|함께)한\s가운데")


# the acting role a deputy's title carries in brackets: '부시장(시장 권한대행)', '부시장(가람시장 권한대행)'
ACTING_RE = re.compile(
    r"\(\s?(?P<role>(?P<head>[가-힣]{0,10}(?:시장|군수|구청장|도지사|지사|교육감|총장|이사장|사장|원장|청장|회장))"
    r"\s?(?:권한대행|직무대행|직무대리))\s?\)"
)


def acting_roles(people, text: str, body_of, resolve) -> None:
    """'NAME 부군수(군수 권한대행)': the person stands in for the head, so holds the bracketed role; a
    role fused with its body ('(가람시장 권한대행)') names the body they act for."""
    for person in people:
        match = ACTING_RE.match(text, person.end)
        if not match:
            continue
        person.title = match.group("role")
        body = body_of(match.group("head"))
        person.org = resolve(body) if body else person.org
        person.end = match.end()


def listed_guest(org: str | None, at: tuple[int, int], signers: set[str], text: str) -> bool:
    """Whether a person named with a body that does not sign stands in a list of those who came, told
    with no signing ('… 구름내마을 NAME 대표와 새터마을 NAME 대표 등 … 14명이 자리를 함께했다'): a guest.
    Not where a counted group signs (its members' people may be listed), nor the head of a body whose
    name begins with a signer's ('가람군농업기술센터' of 가람군)."""
    if not org or len(signers) < 2 or any(COUNTED_PLACES_RE.search(s) or COUNTED_GROUP_NAME_RE.search(s) for s in signers):
        return False
    bare = org.replace(" ", "")
    if any(bare.startswith(s.replace(" ", "")) or s.replace(" ", "").startswith(bare) for s in signers):
        return False
    if GUEST_PLACE_RE.search(bare) or STATE_BODY_RE.search(bare):
        return False  # a government's or the state's people in such a list often sign for it (other_places_guest)
    return _came_not_signed(text, *_clause_at(text, at))


def _clause_at(text: str, at: tuple[int, int]) -> tuple[int, int]:
    """The clause a person stands in: '서명은 A와 B가 했고, C 대표와 D 대표 등 14명이 자리를 함께했다'."""
    start, end = span_at(sentences(text), at[0], at)
    breaks = [m.end() for m in CLAUSE_JOIN_RE.finditer(text, start, end)]
    start = max([b for b in breaks if b <= at[0]], default=start)
    end = min([b for b in breaks if b > at[0]], default=end)
    return start, end


# a guest's part at the ceremony: '… NAME 지부장이 축사를 했다', 'NAME 시장도 이 자리를 찾았다'
GUEST_PART_RE = re.compile(r"(?:축사|격려사)[를을]\s|(?:이\s)?자리를\s찾았")


def speaking_guest(org: str | None, at: tuple[int, int], signers: set[str], text: str) -> bool:
    """Whether a person of a body that does not sign is told giving a guest's speech or coming to the
    ceremony, with no signing in their clause ('… NAME 농협 가람군지부장이 축사를 했다'): a guest."""
    if not org or not signers:
        return False
    bare = org.replace(" ", "")
    if any(bare.startswith(s.replace(" ", "")) or s.replace(" ", "").startswith(bare) for s in signers):
        return False
    start, end = _clause_at(text, at)
    return bool(GUEST_PART_RE.search(text, at[1], end)) and not SIGNING_VERB_RE.search(text, start, end)


def _came_not_signed(text: str, start: int, end: int) -> bool:
    """Whether a stretch tells who came and no signing."""
    return bool(ATTENDING_RE.search(text, start, end)) and not SIGNING_VERB_RE.search(text, start, end)


CLAUSE_JOIN_RE = re.compile(r"(?:했고|하고|했으며|하며|였고),\s")
COUNTED_GROUP_NAME_RE = re.compile(r"\d+\s?(?:개|곳)")  # a signer named as a counted group: '3개 기업'
STATE_BODY_RE = re.compile(r"[가-힣](?:부|처|청)$")


# the office a township's head runs, as an article may write it: 'OO면', 'OO면행정복지센터', 'OO2동 주민센터'
TOWNSHIP_OFFICE_RE = re.compile(r"\s?(?:행정복지센터|사무소|주민센터)$")


def township_guest(org: str | None, title: str, signers: set[str]) -> bool:
    """Whether a person is the head of a 읍, 면 or 동 that does not sign where a body of it does ('이날
    서명식에는 NAME 가람면장과 NAME 나래2동장도 자리했다' at the two places' residents' councils' pact): a
    guest who came, not an official of a signing body."""
    if not org:
        return False
    office = TOWNSHIP_OFFICE_RE.sub("", org.split()[-1])
    if not office.endswith(("읍", "면", "동")) or not title.endswith(f"{office}장"):
        return False
    places = [TOWNSHIP_OFFICE_RE.sub("", signer).split() for signer in signers]
    if any(words[-1] == office for words in places if words):
        return False  # the township signs too: its head is its official ('OO시 OO읍 행정복지센터' as well)
    return any(office in words[:-1] for words in places)  # 'OO면 주민자치회', not 'OO군 OO면'
