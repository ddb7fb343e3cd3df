"""The other orders a person is named in: the head in brackets after the body ('OO군(군수 NAME)'),
'ORG TITLE NAME' ('OO군 군수 NAME'), and the body a bare title names ('NAME 군수' of the article's 군)."""

from __future__ import annotations

import re

from . import people as _people  # people imports this module first; its names are read at call time
from .orgwords import OFFICE_TITLES, portfolio_deputy
from .person_names import _is_name, _named_by_title
from .person_words import ACTING_POSTS, NOT_NAMES, SURNAMES, TITLE_RE
from .words import Mention

# a rank written after an officer's name: '(단장 NAME 대령)'
RANKS = set("대령 중령 소령 준장 소장 중장 대장 대위 중위 소위 원사 상사 중사 하사".split())

CLOSING_QUOTES = ("’", "'", "”", '"')  # a body's quoted name closed before its head's bracket: '‘A’(대표 NAME)'
BRACKETED_RE = re.compile(  # '(군수 NAME)', and with a middle dot between them: '(원장·NAME)'
    r"\(\s*(?P<title>[가-힣]{1,8})(?:\s|\s?[·ㆍ]\s?)"
    r"(?P<name>[가-힣]{2,4}|[가-힣][○◯＊*]{1,3}|[가-힣]{2,6}(?:\s[가-힣]{2,6}){1,2})\s*"
    r"(?:,\s?이하\s?[^()\n]{1,20})?"  # '(이사장 NAME, 이하 공단)': the alias after the head
    # what the body does after the head: '(대표 NAME/농기계)', '(대표 NAME, 펌프 제조)'
    r"(?:\s?/\s?[^()/\n]{1,40}|,\s?(?![가-힣]{2,4}\))[^()\n]{3,40})?\)"
)
# a body written before its head in brackets that no rule reads as a body, told by the ending the
# head's title fits: 'OO구청(구청장 NAME)', 'OO군청(군수 NAME)', 'OO마을(이장 NAME)'
OFFICE_ENDINGS = {"구청장": ("구청",), "군수": ("군청",), "시장": ("시청",), "이장": ("마을", "리")}
OFFICE_BRACKET_RE = re.compile(r"(?<![가-힣])(?P<body>[가-힣]{2,12})\((?P<title>구청장|군수|시장|이장)\s")
# a firm's head, or its joint heads, named in brackets after the title: '㈜OO 대표(NAME, NAME)'
HEADS_BRACKETED_AFTER_RE = re.compile(
    r"\s(?P<title>대표이사|공동대표|대표|회장|사장)\((?P<names>[가-힣]{2,4}(?:\s?,\s?[가-힣]{2,4}){0,3})\)"
)
NAME_IN_LIST_RE = re.compile(r"[가-힣]{2,4}")
HEAD_OF_RE = re.compile(r"(센터|조합|본부|재단|협회|협의회|공사|공단|연구원|진흥원|병원|은행|대학교|청)장$")
COMPANY_HEADS = set("대표 대표이사 공동대표 사장 부사장 CEO".split())
HEADED_BODY = {
    "시장": "시",
    "지사": "도",
    "군수": "군",
    "구청장": "구",
    "도지사": "도",
    "교육감": "교육청",
    "교육장": "교육지원청",
    "총장": ("대학교", "대학", "대"),
    "서장": ("소방서", "경찰서", "세무서"),
    "부시장": "시",
    "부군수": "군",
    "부구청장": "구",
    "부지사": "도",
    "행정부지사": "도",
    "경제부지사": "도",
    "부교육감": "교육청",
}
# 'NAME 경찰서장': a station's head, the title written with the office it heads
HEADED_BODY |= {title: body for title, body in OFFICE_TITLES if title.endswith("서장")}


def bracketed(
    text: str, orgs: list[Mention], resolve, seen: set[str], parties=frozenset()
) -> list[_people.Person]:
    """'OO군(군수 NAME)은', 'OO공사(사장 NAME)와': the head named in brackets after the body, also
    after a party no ending marks as a body ('OO상인회연합(회장 NAME)')."""
    found = []
    known = {org.name for org in orgs}
    orgs = list(orgs) + [
        Mention(party, "other", at.start(), at.end(), -1, -1)
        for party in sorted(parties)
        if party not in known and len(party) >= 2
        for at in re.finditer(re.escape(party) + r"(?=[’'”\"]?\()", text)  # also quoted: '‘A’(대표 NAME)'
    ]
    orgs += [
        Mention(at.group("body"), "other", at.start("body"), at.end("body"), -1, -1)
        for at in OFFICE_BRACKET_RE.finditer(text)
        if at.group("body").endswith(OFFICE_ENDINGS[at.group("title")]) and at.group("body") not in known
    ]
    # the longest body ending at a bracket is the head's: '햇살마루 영농조합법인(대표 NAME)', not its form alone
    first_at_end = {}
    for org in orgs:
        first_at_end[org.end] = min(first_at_end.get(org.end, org.start), org.start)
    for org in orgs:
        if org.start != first_at_end[org.end]:
            continue
        end = org.end + 1 if text[org.end : org.end + 1] in CLOSING_QUOTES else org.end
        match = BRACKETED_RE.match(text, end)
        heads = None if match else HEADS_BRACKETED_AFTER_RE.match(text, end)
        for at in NAME_IN_LIST_RE.finditer(heads.group("names")) if heads else ():
            name = at.group()  # '㈜OO 대표(NAME, NAME)': the heads named in brackets after their title
            if name[0] in SURNAMES and name not in NOT_NAMES:
                seen.add(name)
                person = _people.Person(name, heads.group("title"), resolve(org.name), org.start, heads.end() - 1)
                found.append(person)
        title = match.group("title") if match else ""
        if TITLE_RE.search(title) or title in OFFICE_ENDINGS:  # '(대표 …)', '(은행장 …)', '(이장 …)'
            # told once with its body by _once
            name, title = match.group("name"), match.group("title")
            if " " in name and name.split(" ", 1)[0] in ACTING_POSTS:
                acting, name = name.split(" ", 1)  # '(시장 권한대행 NAME)': the title goes on to the acting post
                title = f"{title} {acting}"
            if " " in name and name.rsplit(" ", 1)[1] in RANKS:
                name = name.rsplit(" ", 1)[0]  # '(단장 NAME 대령)': the rank is no part of the name
            elif " " in name and TITLE_RE.search(name.rsplit(" ", 1)[1]):
                name = name.rsplit(" ", 1)[0]  # '(이사장 NAME 가람군수)': the post the head holds it by
            seen.add(name)
            found.append(
                _people.Person(name, title, resolve(org.name), org.start, match.end() - 1)
            )
    return found


def with_headed_body(
    person: _people.Person, orgs: list[Mention], resolve, parties=frozenset(), province=None
) -> _people.Person:
    """A head's bare title ('NAME 군수') names the body of that sort the article names first, or the
    one party of that sort, or for a governor ('NAME 지사') the province of the article's cities."""
    title = person.title.split()[-1]
    title = portfolio_deputy(title) or title  # '정무부지사' is a 부지사 of the province
    if person.org or (title not in HEADED_BODY and not HEAD_OF_RE.search(title)):
        return person
    ending = HEADED_BODY.get(title) or HEAD_OF_RE.search(title).group(1)
    bodies = [m for m in orgs if m.name.endswith(ending) and " " not in m.name]
    signers = [p for p in parties if p.endswith(ending) and " " not in p]
    if bodies:
        person.org = resolve(bodies[0].name)
    elif len(signers) == 1:
        person.org = signers[0]
    elif ending == "도" and province:
        person.org = resolve(province)
    return person


def org_title_name(words, text, orgs, resolve, seen) -> list[_people.Person]:
    """'OO군 군수 홍길동': an organisation, a bare title, then the name."""
    found = []
    for org in orgs:
        j = org.last + 1
        if j + 1 >= len(words) or not words[org.last].bare:
            continue
        title_word, name_word = words[j], words[j + 1]
        if text[words[org.last].end : title_word.start] != " ":
            continue  # 'OO(대표 NAME)' is read by _bracketed
        if not (title_word.bare and TITLE_RE.fullmatch(title_word.stem)):
            continue
        if text[title_word.end : name_word.start] != " " or not _is_name(name_word, strict=True):
            continue
        if name_word.stem in seen or text[name_word.end : name_word.end + 3].strip().startswith("기자"):
            continue
        seen.add(name_word.stem)
        found.append(
            _people.Person(name_word.stem, title_word.stem, resolve(org.name), org.start, name_word.stem_end)
        )
    return found


def org_in_brackets(text: str, orgs: list[Mention], resolve, seen: set[str]) -> list[_people.Person]:
    """'NAME 대표이사(㈜OO)': the name and the title, then the body in brackets, a body the article
    names elsewhere too."""
    known = {org.name for org in orgs} | {resolve(org.name) for org in orgs}
    found = []
    for match in ORG_AFTER_TITLE_RE.finditer(text):
        name, title, org = match.group("name"), match.group("title"), match.group("org").strip()
        if name in seen or name[0] not in SURNAMES or not (TITLE_RE.fullmatch(title) or LONG_TITLE_RE.fullmatch(title)):
            continue  # 'NAME 수소사업본부장(OO기술원)': a post named by its unit, the body in brackets
        if org not in known and resolve(org) not in known:
            continue
        seen.add(name)
        found.append(_people.Person(name, title, resolve(org), match.start("name"), match.end()))
    return found


LONG_TITLE_RE = re.compile(r"[가-힣]{2,7}(?:본부장|사업단장|지원단장|단장|부장|실장|센터장|국장|소장)")
ORG_AFTER_TITLE_RE = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{3})\s(?P<title>[가-힣]{2,9})\((?P<org>(?:\([재사]\))?[^()\n]{2,20})\)"
)


# heads a 'TITLE NAME' order names: the body is the one party of that sort (read by the callers)
NAME_ENDS = ("와", "과", "이", "가", "은", "는", "도", ",", "·", "ㆍ", "\n", "")  # the name ends the word
TITLE_FIRST = frozenset("시장 군수 구청장 도지사 지사 교육감 총장 대표 대표이사 사장".split())
_LONGEST_FIRST = tuple(sorted(TITLE_FIRST, key=len, reverse=True))


def title_then_name(words, text, seen) -> list[_people.Person]:
    """'군수 홍길동과 대표 김철수가 참석했다': a head's bare title, then the name; the body is found as
    for 'NAME 군수' (the one party of that sort), so a title that names no party's head gives none."""
    found = []
    for i, word in enumerate(words[:-1]):
        name_word = words[i + 1]
        if not word.bare or text[word.end : name_word.start] != " ":
            continue
        # '군수 NAME', or the body fused with its head's title: '가람군수 NAME, 나래도교육감 NAME'
        title, body = _head_title(word.stem)
        if title is None:
            continue
        if i and text[words[i - 1].end : word.start] == " " and words[i - 1].bare:
            continue  # 'OO군 군수 NAME', 'NAME OO 대표': the word before is the body or the name
        named = _is_name(name_word, strict=True) or _named_by_title(name_word, title)
        if (
            not named
            or name_word.stem in seen
            or text[name_word.stem_end : name_word.stem_end + 1] not in NAME_ENDS
            and not text.startswith(" 등", name_word.stem_end)  # '… 교육감 NAME 등 관계자들이'
        ):
            continue
        seen.add(name_word.stem)
        found.append(_people.Person(name_word.stem, word.stem, body, word.start, name_word.stem_end))
    return found


def _head_title(stem: str) -> tuple[str | None, str | None]:
    """(bare title, body) of a head's title alone ('군수' → ('군수', None)) or fused with its body
    ('가람군수' → ('군수', '가람군')); (None, None) for any other word."""
    if stem in TITLE_FIRST:
        return stem, None
    title = next((t for t in _LONGEST_FIRST if stem.endswith(t)), None)
    body = _people._org_title(stem) if title else None
    return (title, body) if body else (None, None)


# a photo position after a name: 'NAME(왼쪽) 가람대 총장과', 'NAME(오른쪽 두 번째) 가람구청장이'
POSITION_RE = re.compile(
    r"[(<](?:사진\s?)?(?:〃\s?|같은\s?줄\s?)?"  # '(〃 네 번째)': the same side as the caption's last
    r"(?:왼쪽|오른쪽|가운데|좌측|우측|중앙|앞줄|뒷줄|맨\s?왼쪽|맨\s?오른쪽|[가-힣]{1,2}\s?번째)[^()<>\n]{0,8}[)>]"
)
AFTER_POSITION_RE = re.compile(POSITION_RE.pattern + r"\s$")


def after_position(text: str, at: int) -> bool:
    """Whether a photo position's bracket and a space end right before ``at`` ('NAME(왼쪽) 가람대'), not
    a caption's opening order that the names follow ('(왼쪽부터) NAME 가람시장, …')."""
    position = AFTER_POSITION_RE.search(text[max(0, at - 20) : at])
    return bool(position) and "부터" not in position.group()


def positioned(words, text, orgs: list[Mention], resolve, seen: set[str]) -> list[_people.Person]:
    """'NAME(왼쪽) 가람대 총장과', 'NAME(오른쪽) 가람구청장이': a person a photo caption places, then
    the body and the title (or a head's title that names the body) as they follow the bracket."""
    org_at = {m.first: m for m in orgs}
    found = []
    for i, word in enumerate(words[:-1]):
        position = POSITION_RE.match(text, word.end)
        if not position or not _is_name(word, strict=False) or word.stem in seen:
            continue
        j = next((k for k in range(i + 1, len(words)) if words[k].start > position.end()), None)
        if j is None or text[position.end() : words[j].start] != " ":
            continue
        org, title_at = None, j
        if j in org_at:
            org, title_at = resolve(org_at[j].name), org_at[j].last + 1
        elif (
            words[j].bare
            and j + 1 < len(words)
            and TITLE_RE.fullmatch(words[j + 1].stem)
            and not TITLE_RE.search(words[j].stem)
        ):
            org, title_at = resolve(words[j].stem), j + 1  # a body Kiwi does not know as one
        elif _people._org_title(words[j].stem):
            org = resolve(_people._org_title(words[j].stem))
        if title_at >= len(words) or not (org or TITLE_RE.fullmatch(words[title_at].stem)):
            continue
        title, after = _people._title_chain(words, title_at, text)
        if title:
            seen.add(word.stem)
            found.append(_people.Person(word.stem, title, org, word.start, words[after - 1].stem_end))
    return found


def listed_on(people: list[_people.Person], text: str) -> list[_people.Person]:
    """'ORG의 NAME 회장, NAME 부회장, NAME 사무국장과': a person listed right after another, with a
    title and no body of their own, works for the same body; a head ('NAME 대표', 'NAME 총장') heads
    a body of their own."""
    ordered = sorted(people, key=lambda p: p.start)
    # the body is written before the first of the list ('ORG의 NAME', 'ORG NAME'), not guessed
    stated = {p.start for p in ordered if p.org and _written_before(text, p.start, p.org)}
    # or the first of a list is its head, the body read from the title: 'NAME 군수, NAME 부군수, NAME
    # 기획감사실장과', 'NAME 병원장을 비롯한 NAME 부원장, NAME 사무국장' (a head listed after another
    # head, 'NAME 교육감과 NAME 총장, NAME 과장', leaves the staff's body open)
    listed = {
        p.start
        for p, q in zip(ordered, ordered[1:], strict=False)
        if STAFF_GAP_RE.fullmatch(text[p.end : q.start])
    }
    after_another = {q.start for p, q in zip(ordered, ordered[1:], strict=False) if p.start in listed}
    headed = {
        p.start
        for p in ordered
        if p.org and p.title.split()[-1].endswith(HEADS_OF_STAFF) and p.start not in after_another
    }
    for before, person in zip(ordered, ordered[1:], strict=False):
        gap = text[before.end : person.start]
        if person.org:
            if before.start in headed and person.org == before.org and STAFF_GAP_RE.fullmatch(gap):
                headed.add(person.start)  # 'NAME 군수, NAME 부군수, …': the same body goes on
            continue
        if person.title.split()[-1] in COMPANY_HEADS | HEADED_BODY.keys() | {"회장"}:
            continue
        if before.start in stated and LIST_COMMA_RE.fullmatch(gap):
            person.org = before.org
            stated.add(person.start)
        elif before.start in headed and STAFF_GAP_RE.fullmatch(gap) and STAFF_TITLE_RE.search(person.title):
            person.org = before.org
            headed.add(person.start)
    return people


# heads whose staff are listed after them, and the titles of such staff
HEADS_OF_STAFF = ("시장", "군수", "구청장", "도지사", "지사", "교육감", "병원장", "원장", "총장", "청장")
HEADS_OF_STAFF += ("부시장", "부군수", "부구청장", "부지사", "부교육감", "부원장", "부총장", "차장")
STAFF_TITLE_RE = re.compile(
    r"(?:부시장|부군수|부구청장|부지사|부교육감|부원장|부총장|실장|국장|과장|소장|팀장|처장|단장|차장|센터장)$"
)
STAFF_GAP_RE = re.compile(r"\s?,\s?|[과와]\s|[을를]\s비롯(?:한|해|,)\s")


def _written_before(text: str, at: int, org: str) -> bool:
    """Whether the body's name (or its last word) is written right before ``at``: 'ORG의 ', 'ORG '."""
    before = text[max(0, at - len(org) - 3) : at].rstrip()
    before = before[:-1] if before.endswith("의") else before
    return before.endswith(org) or before.endswith(org.split()[-1])


LIST_COMMA_RE = re.compile(r"\s?,\s?")


# 'OO대 NAME·OO대 NAME·OO대 NAME 등 10개 대학 총장': a list of bodies and their heads' names, the title
# written once after the count
SHARED_TITLE_RE = re.compile(
    r"(?P<items>(?:[가-힣A-Za-z]{2,12}\s[가-힣]{2,4}\s?[·,]\s?){1,20}[가-힣A-Za-z]{2,12}\s[가-힣]{2,4})"
    r"\s등\s?(?:\d{1,3}\s?(?:개|곳|명)\s?)?(?:[가-힣]{1,6}\s)?"
    r"(?P<title>총장|학장|대표이사|대표|회장|이사장|사장|원장|교장|시장|군수|구청장|단체장|기관장)"
    r"(?=(?:이|가|은|는|과|와|을|를|의|도|들)?(?:\s|,|\.|$))"
)
ITEM_RE = re.compile(r"(?P<org>[가-힣A-Za-z]{2,12})\s(?P<name>[가-힣]{2,4})")


def shared_title(text: str, resolve, seen: set[str]) -> list[_people.Person]:
    """Each body and head of a list whose one title follows the count ('예가대 NAME·누리대 NAME 등 10개
    대학 총장이 함께했다'): every name holds the title at the body written before it."""
    found = []
    for match in SHARED_TITLE_RE.finditer(text):
        at = match.start("items")
        for item in re.split(r"\s?[·,]\s?", match.group("items")):
            at = text.index(item, at)
            pair = ITEM_RE.fullmatch(item)
            name = pair.group("name") if pair else ""
            if pair and name[0] in SURNAMES and name not in seen and name not in NOT_NAMES:
                if not TITLE_RE.search(pair.group("org")):
                    seen.add(name)
                    org = resolve(pair.group("org"))
                    found.append(_people.Person(name, match.group("title"), org, at, at + len(item)))
            at += len(item)
    return found
