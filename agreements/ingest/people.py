"""People named in an article, with the title they hold and the organisation they hold it at.

Korean news names a person in a few fixed orders: 'NAME ORG TITLE' (홍길동 OO협회 회장),
'NAME ORGTITLE' (홍길동 OO시장: the org is OO시), 'ORG TITLE NAME' (OO군 군수 홍길동) and 'NAME TITLE'.
A title may be a chain (OO시장 권한대행 부시장). Kiwi has no name recognition, so a name is found by
its place (a 2–4 syllable word right before an organisation or a title), not from a list of names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import gazetteer
from .countries import COUNTRIES
from .entities import org_kind
from .headed_lists import headed_lists
from .heads import MARKET_NAME_RE, body_of_title, known_body_name, province_of
from .orgwords import (
    GOVERNOR_RE,
    LOCAL_PLACE_RE,
    NUMBERED_PLACE_RE,
    OFFICE_TITLES,
    VILLAGE_BODIES,
    portfolio_deputy,
    titled_body,
)
from .people_bodies import branch_of, branch_org, org_before, party_word, party_words, unknown_body
from .people_forms import (
    COMPANY_HEADS,
    POSITION_RE,
    after_position,
    bracketed,
    listed_on,
    org_in_brackets,
    org_title_name,
    positioned,
    shared_title,
    title_then_name,
    with_headed_body,
)
from .people_heads import glossed_heads, glued_heads
from .people_sides import (
    acting_roles,
    by_side,
    guests,
    in_association,
    leading_their_body,
    second_titles,
    unit_of_title,
)
from .person_names import (
    _given_name,
    _is_name,
    _named_by_title,
    _positional_name,
    _read_as_verb,
    name_before_body,
)
from .person_words import BODY_HEAD_RE, TITLE_RE, TITLES, UNIT_HEAD_RE, korean_name
from .townships import TOWNSHIP_RE, VILLAGE_RE, office_named, township_head
from .words import Mention, Word


@dataclass
class Person:
    name: str
    title: str
    org: str | None
    start: int
    end: int


ABBREVIATION_RE = re.compile(r"\([A-Za-z&]{2,8}\)\s")
# the short name the article will use, declared after the body: 'NAME 다인사료주식회사(이하 다인사료) 대표이사'
ALIAS_BRACKET_RE = re.compile(r"\(이하\s?[^()\n]{1,20}\)\s")
WORKS_RE = re.compile(r"[가-힣]{1,8}(?:공장|사업장|지사|지점|본부|연구소)")
# a market's body after its name: 'OO큰시장 상인회장' heads the market's 상인회, not a city 'OO큰시'
MARKET_HEAD_RE = re.compile(r"\s(?:상인회|상인연합회|번영회)장")
# the heads of places, whose titles end common words too ('운동장', '공장장')
PLACE_HEADS = {"동장", "면장", "읍장", "이장", "장장"}
LIST_GOES_ON_RE = re.compile(r"\s등(?:\s|이|과|와|의)")


def _titled(words: list[Word], i: int, text: str) -> bool:
    """Whether words[i] reads as someone's title: a particle, a comma or another title follows it
    ('OO시장은', 'OO시장, ', 'OO시장 권한대행'), not a noun ('OO시장 상인회관', '해외시장을')."""
    if MARKET_NAME_RE.fullmatch(words[i].stem):
        return False
    if not words[i].bare or text[words[i].end : words[i].end + 1] in (",", ")", "·", "", "\n"):
        return True
    if LIST_GOES_ON_RE.match(text, words[i].end) or POSITION_RE.match(text, words[i].end):
        return True  # 'NAME 가람시장 등 5개 시·군 단체장', 'NAME 교육감(오른쪽 세 번째)과'
    return i + 1 < len(words) and bool(TITLE_RE.search(words[i + 1].stem))


def _title_chain(words: list[Word], i: int, text: str) -> tuple[str, int]:
    """The title words starting at words[i] ('OO시장 권한대행 부시장'), and the index after them."""
    parts = []
    while i < len(words) and (TITLE_RE.search(words[i].stem) or _org_title(words[i].stem)):
        parts.append(words[i].stem)
        i += 1
        if not words[i - 1].bare or i >= len(words) or text[words[i - 1].end : words[i].start] != " ":
            break
    return " ".join(parts), i


def _placed_head(words: list[Word], i: int, text: str) -> bool:
    """Whether words[i] is a bare place name and the word after it a head's title: '울산 중구청장'."""
    if i + 1 >= len(words) or not words[i].bare or text[words[i].end : words[i + 1].start] != " ":
        return False
    if not gazetteer.is_place(words[i].stem):
        return False  # below: '청도 군의장', '청도 교육장' name the place's council and education office
    return bool(body_of_title(words[i + 1].stem) or titled_body(words[i].stem + words[i + 1].stem))


def _village_head(words: list[Word], i: int, text: str) -> str | None:
    """'OO동 주민자치회장': the village body ('OO동 주민자치회') whose head the next two words name."""
    if i + 1 >= len(words) or not words[i].bare or text[words[i].end : words[i + 1].start] != " ":
        return None
    place, head = words[i].stem, words[i + 1].stem
    if not (LOCAL_PLACE_RE.fullmatch(place) or NUMBERED_PLACE_RE.fullmatch(place)) or not head.endswith("장"):
        return None
    # a committee's head is its 위원장: 'OO동 주민자치위원장' heads 'OO동 주민자치위원회'
    body = head[:-1] + "회" if head.endswith("위원장") else head[:-1]
    return f"{place} {body}" if body in VILLAGE_BODIES else None


# a title that is a unit's name with 장, after its parent: 'NAME 가람대학교 새솔병원장'
# the bare titles of a place's offices: 'NAME 청도 군의장', 'NAME 청도 교육장'
OFFICE_HEADS = {title for title, _ in OFFICE_TITLES} | {"교육감"}  # and 'NAME 가람도 교육감'
# a body of its own named with a government, its head's title fused with it: '구청장협의회장', '체육회장'
COUNCIL_OF_RE = re.compile(r"(?P<unit>[가-힣]{1,12}(?:협의회|위원회|연합회|체육회|협회))장")
FUSED_UNIT_RE = re.compile(r"(?P<unit>[가-힣A-Za-z0-9]{1,15}(?:병원|의료원|센터|연구원|진흥원|복지관))장")


def _org_title(stem: str) -> str | None:
    """The body a head's title names: '완주군수' → '완주군', 'OO센터장' → 'OO센터' ('부군수' names none)."""
    if stem in TITLES or MARKET_NAME_RE.fullmatch(stem):
        return None
    if portfolio_deputy(stem):
        return None  # '정무부시장' is a deputy by portfolio, not the head of an '정무부시' ('다온시부시장' is)
    if GOVERNOR_RE.fullmatch(stem):
        return stem[:-2] + "도"  # '전남지사' → '전남도'
    headed = titled_body(stem)
    if headed:
        return headed
    match = TITLE_RE.search(stem)
    if match and match.start() > 0 and org_kind(stem[: match.start()], True):
        head, whole = org_kind(stem[: match.start()], True), org_kind(stem[:-1], True)
        if stem.endswith("장") and whole and whole != head:
            return stem[:-1]  # 'OO대학교병원장': the head of the hospital, a body of another kind
        return stem[: match.start()]
    if stem.endswith("장") and org_kind(stem[:-1], True):  # OO은행장, OO개발청장, OO센터장
        return stem[:-1]
    return township_head(stem)  # 'OO면장', 'OO2리장': the head of an office below the county


def find_people(
    words: list[Word], text: str, orgs: list[Mention], resolve, parties: frozenset[str] = frozenset()
) -> list[Person]:
    """Every person named with a title; ``resolve`` maps an organisation name to its full name, and
    ``parties`` are the bodies taking part (a loose name among them counts as a body)."""
    orgs = [m for m in orgs if not TITLE_RE.fullmatch(m.name)]  # a title such as 도지사 is no body
    # 'NAME OO중앙회 OO지회장' where NAME ends like a body ('김은행'): the name, not a bank
    name_words = {m.first for m in orgs if m.first == m.last and name_before_body(words, m.first, text)}
    orgs = [m for m in orgs if m.first not in name_words]
    org_at = {m.first: m for m in orgs}
    # 'NAME OO시장' names the mayor when OO시 is a body of the article or the words read as a title
    # ('김해 중앙시장 상인회관' is a market)
    known = {m.name for m in orgs} | {resolve(m.name) for m in orgs}
    in_org = {i for m in orgs for i in range(m.first, m.last + 1)}
    named_parties = party_words(text, parties)
    people: list[Person] = []
    seen = set()
    read_to = 0  # the end of the last person read: 'NAME 한전 OO지사장' has no second name in it
    for i, word in enumerate(words):
        if i + 1 >= len(words) or text[word.end : words[i + 1].start] != " " or i in in_org:
            continue
        if word.start < read_to or after_position(text, word.start):
            continue  # 'NAME(왼쪽) 가람대 총장': the word after a photo position is the body, no name
        nxt = words[i + 1]
        name = _positional_name(word) or (word.stem if i in name_words else None)
        person = None
        if i + 1 not in org_at and nxt.bare and resolve(nxt.stem) != nxt.stem:  # a short form: OO대
            org_at[i + 1] = Mention(nxt.stem, "other", nxt.start, nxt.end, i + 1, i + 1)
        if i + 1 not in org_at and name and nxt.bare and branch_of(words, i + 2) and nxt.proper:
            # NAME COMPANY BRANCH-HEAD: '홍길동 OO자동차 OO공장장', the company named by no suffix
            org_at[i + 1] = Mention(nxt.stem, "company", nxt.start, nxt.end, i + 1, i + 1)
        # the start of a party's name is its body only after a name Kiwi reads whole ('인정된 다온 …')
        party = party_word(nxt.stem, named_parties, whole=not word.bare) if nxt.bare else None
        if i + 1 not in org_at and name and party and i + 2 < len(words):
            # 'NAME 다온 대표이사', 'NAME 하이넷 대표': a party, or its short form, Kiwi does not know
            title = TITLE_RE.search(words[i + 2].stem)  # '군수참모부장', not '운동장'
            if title and (title.start() == 0 or title.group() not in PLACE_HEADS) and text[nxt.end] == " ":
                org_at[i + 1] = Mention(party, "other", nxt.start, nxt.end, i + 1, i + 1)
        korean = len(word.stem) == 3 and korean_name(word.stem)  # not 'NAME NAME 대표' of a foreigner
        if i + 1 not in org_at and name and korean and unknown_body(words, i + 1, text):
            # 'NAME 경기경총 회장', 'NAME 해솔산업 대표': a proper noun between a name and a title is the body
            org_at[i + 1] = Mention(nxt.stem, "other", nxt.start, nxt.end, i + 1, i + 1)
        village = _village_head(words, i + 1, text) if name and i + 1 not in org_at else None
        market = nxt.stem.endswith("시장") and MARKET_HEAD_RE.match(text, nxt.end)
        if name and market and i + 2 < len(words):  # NAME MARKET BODY-HEAD: 'NAME OO시장 상인회장'
            head = words[i + 2]
            person = Person(name, head.stem, f"{nxt.stem} {head.stem[:-1]}", word.start, head.stem_end)
        elif village:  # NAME PLACE BODY-HEAD: '홍길동 OO동 주민자치회장'
            person = Person(name, words[i + 2].stem, resolve(village), word.start, words[i + 2].stem_end)
        elif i + 1 in org_at and name:  # NAME ORG TITLE
            org = org_at[i + 1]
            at = org.last + 1
            abbreviated = bool(ABBREVIATION_RE.match(text, words[org.last].end)) and at + 1 < len(words)
            at += abbreviated  # 'NAME 한국OO공사(KOC) 사업본부장': the body's letters in brackets
            alias = ALIAS_BRACKET_RE.match(text, words[org.last].end)
            if alias:  # past the short name declared in brackets, and a works named after it
                at = next((k for k in range(at, len(words)) if words[k].start >= alias.end()), at)
                if at + 1 < len(words) and WORKS_RE.fullmatch(words[at].stem):
                    at += 1  # 'NAME 다인사료주식회사(이하 다인사료) 영주공장 대표이사': the firm's head
            title, after = _title_chain(words, at, text)
            if title and (abbreviated or alias or text[words[org.last].end : words[org.last + 1].start] == " "):
                org_name = branch_org(org, branch_of(words, at if alias else org.last + 1), resolve, parties)
                unit = FUSED_UNIT_RE.fullmatch(title)
                if unit and org.kind != "government":  # 'NAME 가람대학교 새솔병원장': the hospital
                    org_name = resolve(f"{org_name} {unit.group('unit')}")
                council = COUNCIL_OF_RE.fullmatch(title)
                if council and org.kind == "government":  # 'NAME 서울시 구청장협의회장': the council
                    org_name = resolve(f"{org_name} {council.group('unit')}")
                first = title.split()[
                    0
                ]  # 'NAME 전라북도 부안군수', 'NAME 청도 군의장': the county, its council
                headed = (
                    titled_body(first) or (titled_body(org_name + first) if first in OFFICE_HEADS else None)
                    if org.kind == "government"
                    else None
                )
                if headed and not org_name.endswith(headed):  # 'NAME 전라북도 부안군수': the county
                    org_name = known_body_name(
                        title.split()[0], [org_name], resolve, sorted(known)
                    ) or resolve(headed)
                person = Person(name, title, org_name, word.start, words[after - 1].stem_end)
        elif name and _placed_head(words, i + 1, text):  # NAME PLACE HEAD: '홍길동 울산 중구청장'
            title, after = _title_chain(words, i + 2, text)
            org_name = known_body_name(words[i + 2].stem, [nxt.stem, *sorted(known)], resolve, sorted(known))
            org_name = org_name or resolve(
                _org_title(words[i + 2].stem) or titled_body(nxt.stem + words[i + 2].stem)
            )
            person = Person(name, title, org_name, word.start, words[after - 1].stem_end)
        elif _org_title(nxt.stem) and name and (_org_title(nxt.stem) in known or _titled(words, i + 1, text)):
            title, after = _title_chain(words, i + 1, text)
            org_name = known_body_name(nxt.stem, sorted(known), resolve, sorted(known)) or resolve(
                _org_title(nxt.stem)
            )
            org_name = office_named(org_name, known) or org_name  # 'NAME OO면장' of 'OO군 OO면사무소'
            person = Person(name, title, org_name, word.start, words[after - 1].stem_end)
        elif (
            (word.bare or _read_as_verb(word, nxt.stem))
            and (
                TITLE_RE.fullmatch(nxt.stem)
                or portfolio_deputy(nxt.stem)  # '정무부지사', '행정부시장'
                or nxt.stem == "지사"
                or UNIT_HEAD_RE.fullmatch(nxt.stem)
                or BODY_HEAD_RE.fullmatch(nxt.stem)
            )
            and (_is_name(word, strict=True) or _named_by_title(word, nxt.stem) or not word.bare)
            and resolve(word.stem) == word.stem
            and not any(body.startswith(word.stem) for body in known)  # '가람 대표' of 가람시
        ):  # (ORG) NAME TITLE
            org_name = org_before(words, i, text, orgs, resolve, known | set(parties))
            if org_name or _titled(words, i + 1, text):  # '가람 대표 음식' is no one's title
                title, after = _title_chain(words, i + 1, text) if nxt.stem != "지사" else ("지사", i + 2)
                named = word.stem if word.bare else word.text
                person = Person(named, title, org_name, word.start, words[after - 1].stem_end)
        # (the body written after the name is no short name of the first part: 'NAME NAME OO케미컬 사장', the
        # firm named for the family)
        named_after = person and person.org and text.startswith(person.org, nxt.start)
        written_after = {person.org} if named_after else set()
        if person and i > 0 and _given_name(words, i - 1, text, known - written_after):
            # (not 'NAME 린드 노르빅코리아㈜ 대표' with the party written apart from 린드: a foreign name in two
            # words)
            apart = bool(person.org) and text.count(person.org) > text.count(f"{person.name} {person.org}")
            if korean_name(words[i - 1].stem) and not korean_name(person.name) and not apart:
                # 'NAME 경기신보 이사장', 'NAME 초록우산 어린이재단 본부장': a Korean name, then the body's
                # own word Kiwi did not know; that word begins the body, it is no second name
                person.org = resolve(f"{person.name} {person.org}" if person.org else person.name)
                person.name = words[i - 1].stem
            else:
                person.name = f"{words[i - 1].stem} {person.name}"  # '클라우스 베버 대표'
            person.start = words[i - 1].start
        if person:
            read_to = max(read_to, person.end)
        if person and person.name not in seen:
            seen.add(person.name)
            people.append(person)
        elif person and person.org:  # 'NAME 사장과 …' first, 'NAME 가람공사 사장은' later: the body named
            first = next((p for p in people if p.name == person.name), None)
            if first and not first.org and first.title == person.title:
                first.org = person.org
    people.extend(positioned(words, text, orgs, resolve, seen))
    people.extend(shared_title(text, resolve, seen))
    people.extend(org_title_name(words, text, orgs, resolve, seen))
    people.extend(bracketed(text, orgs, resolve, seen, parties))
    people.extend(title_then_name(words, text, seen))
    people.extend(org_in_brackets(text, orgs, resolve, seen))
    people.extend(glossed_heads(text, orgs, resolve, seen))  # 'NAME NAME(Latin Name) 총회장'
    people.extend(glued_heads(text, parties, seen))  # 'NAME시장과'
    for item in headed_lists(text):  # 'OO시장(NAME), OO상점가(NAME)의 상인회장과 …'
        if item.name not in seen:
            seen.add(item.name)
            people.append(Person(item.name, item.title, resolve(item.body), item.span[0], item.span[1]))
    bodies = [m for m in orgs if not m.loose or resolve(m.name) in parties]
    companies = {resolve(m.name) for m in bodies if m.kind == "company" and resolve(m.name) in parties}
    province = province_of([m.name for m in orgs], words) if any(p.org is None for p in people) else None
    people = [with_headed_body(person, bodies, resolve, parties, province) for person in people]
    chairs = len(companies) == 1 and not any(m.kind == "association" for m in bodies)
    for person in people:  # 'NAME 대표' of the one company that takes part ('NAME 회장' with no association)
        title = person.title.split()[-1]
        if (
            person.org is None
            and (title in COMPANY_HEADS or chairs and title == "회장")
            and len(companies) == 1
        ):
            person.org = next(iter(companies))
        elif person.org is None and title.endswith("위원장"):  # 'NAME 조직위원장' of the one '… 조직위원회'
            committees = [p for p in parties if p.replace(" ", "").endswith(title[:-1] + "회")]
            person.org = committees[0] if len(committees) == 1 else None
    # 'NAME 총장과 NAME 교무처장, NAME 창업지원단장': a unit named only by its head's title is a part
    # of the body the list's head works for, not a body of its own
    associations = {resolve(m.name) for m in orgs if m.kind == "association" and resolve(m.name) in parties}
    in_association(people, associations)  # 'NAME OO도회 회장' of the association that signs
    bodies = known | set(parties)
    second_titles(people, text)  # 'NAME 교무처장/혁신본부장'
    acting_roles(people, text, _org_title, resolve)  # 'NAME 부군수(군수 권한대행)'
    by_side(people, text, resolve, bodies, lambda p: unit_of_title(p, bodies))  # 'A에서는 NAME 처장'
    leading_their_body(people, text, bodies)  # 'NAME 원장을 비롯한 OO병원 임원진'
    units = {id(p): p.org for p in people if unit_of_title(p, bodies)}
    for person in people:
        if id(person) in units:
            person.org = None
    people = listed_on(people, text)
    for person in people:
        person.org = person.org or units.get(id(person))
    away = {id(person) for person in guests(people, parties, text)}
    # a party read as a name ('OO개발 대표에게'), not a head named in brackets after it ('OO(NAME)')
    names = {words[i].stem for i in name_words}
    away |= {id(p) for p in people if party_word(p.name, named_parties) not in (None, p.org) and p.name not in names}
    away |= {id(p) for p in people if _place_as_name(p)}
    # 'NAME 린드 대표는' after 'NAME 린드 다온코리아㈜ 대표': the head named again, the name's last part read as a body
    full = {p.name for p in people}
    away |= {id(p) for p in people if p.org and f"{p.name} {p.org}" in full}
    return _once([person for person in people if id(person) not in away])


def _place_as_name(person: Person) -> bool:
    """A place read as a name: a township in the body's own name ('NAME OO면 이장협의회장' gave the OO면
    이장협의회 a head named 'OO면'), or a country before a foreign province ('… 베트남 OO성 부위원장')."""
    township = TOWNSHIP_RE.fullmatch(person.name) or VILLAGE_RE.fullmatch(person.name)
    township = bool(township) and bool(person.org) and person.name in person.org.split()
    return township or any(word in COUNTRIES for word in person.name.split())


def _once(people: list[Person]) -> list[Person]:
    """Each person once: '베버 대표' is the '클라우스 베버' named in full elsewhere."""
    kept: list[Person] = []
    for person in people:
        same = [p for p in kept if p.name == person.name]
        fuller = [p for p in people if p.name.endswith(" " + person.name)]
        for other in same + fuller:
            other.org = other.org or person.org
        if not same and not fuller:
            kept.append(person)
    return kept
