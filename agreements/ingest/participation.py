"""Signers listed in a sentence of their own that says they take part in the agreement: '협약에는 A,
B, C 등 9개 공공기관이 참여했다', '협약식에는 A(대표 NAME), B(대표 NAME) 등 3개 기업이 참여했다'.
Each item of the list, its head's bracket set aside, is a body whatever its ending; the noun after
'등' says what sort. A list naming fewer than it counts ('A, B 등 12개 기업') names members of a group
that signs as one: the group signs, and so does each member named (one alone leaves the group whole).
Also the other ways a page lists who signs: after the body the list starts from ('시를 비롯해 A, B
등이 참여했다'), each with its head ('협약기관은 A(서장 NAME), … 등이다'; 'A(대표 NAME), B(대표 NAME) 등
2개 기업의 대표가 참석한 가운데'), by the heads who sign ('NAME 가람교육지원청 교육장 등이 서명했다'),
and by heads the signing sentence counts and the next ones name ('7명의 시장·군수가', 'NAME 가람시장')."""

from __future__ import annotations

import re

from . import gazetteer
from .entities import org_kind
from .heads_signing import heads_signed_by, heads_signing
from .list_items import (
    HEADED_PAIR_RE,
    LEAD_RE,
    first_pair_split,
    items_of,
    last_pair_split,
    lead_split,
    unlabelled,
    unplaced,
    unstaffed,
)
from .person_words import ACTING_AFTER, TITLE_RE, UNIT_HEAD_RE
from .signers import TITLE_KINDS
from .signing import sentences
from .spans import span_at

# '협약에는', '협약식에는', '이번 협약에는', '이번 협약은', 'OO 분야에는' … the list … '등 9개 공공기관이 참여했다'
PARTICIPATION_RE = re.compile(
    r"(?:협약|협약식|업무\s?협약|MOU|협정|협약\s?체결식|(?<=\s)(?P<field>분야))(?:에는|에|은)\s(?P<list>[^.\n]{4,400}?)"
    r"(?:\s등\s(?:(?:총\s|모두\s)?(?P<n>\d{1,3})\s?(?:개|곳)(?:의)?\s?)?"  # '… 등 3곳의 중견기업이'
    r"(?P<noun>[가-힣]{0,6}\s?(?:기관|기업|업체|단체|대학|병원|공공기관|시·군|시군)(?:·(?:기관|기업|단체))?)"  # '3개 지역 단체가', '기관·단체가'
    r"(?:이|가|들이|\s(?:관계자|대표|대표자|임직원)(?:들)?(?:이|가)"  # '… 등 총 8개 기업 관계자가 참여했다'
    r"|(?:과|와)(?=\s[^.\n]{0,20}?(?:체결|맺)))?"  # '협약은 A, B 등 9개 기관과 체결했다'

    # or the list ended by '등' alone: '협약에는 시를 비롯해 A, B, C 등이 참여했다'
    r"|\s등(?:이|도)"
    # or the list alone, its last item taking the subject's particle: '협약에는 A, B, C가 참여했다'
    r"|(?<=[가-힣A-Za-z0-9)])(?:이|가)"
    # or the list of bodies whose heads came: '협약식에는 A, B, C 대표 및 임원들이 함께했다'
    r"|\s(?P<heads>대표|대표자|기관장)(?:\s및\s(?:임원|직원|임직원|관계자))?(?:들)?(?:이|가))"
    # '… 참여했다', or joining in what the agreement is for: '… 동네 일자리에 뜻을 같이한다'; or the names
    # put to it: '… 등 5개 기관이 이름을 올렸다'
    r"\s(?:[^.\n]{0,20}?(?:참여|참석|참가|함께|동참)|[^.\n]{0,60}?뜻을\s?(?:함께|같이)|[^.\n]{0,20}?(?:체결|맺)|이름을\s?올)"
    r"(?:했|한다|하였|해|하기로|었|렸|린다)"
)
HEAD_BRACKET_RE = re.compile(r"\([^()\n]{1,80}\)")
# the list as what those who took part are, counted: '협약에 참여한 곳은 A, B, C 등 음식점 3곳이다', '협약에 이름을 올린
# 곳은 … 등 음식점 3곳과 배달대행업체 D이다' (what they do before it set aside: '가람면에서 장사하는 A, …')
TOOK_PART_ARE_RE = re.compile(
    r"협약에\s(?:참여한|이름을\s올린)\s곳은\s(?:[^\s,.\n]+에서\s[^\s,.\n]+는\s)?"
    r"(?P<list>[^.\n]{4,300}?)\s등\s(?P<noun>[가-힣]{1,6})\s(?P<n>\d{1,3})\s?(?:개|곳)"
    r"(?:[과와]\s(?P<sort>[가-힣]{2,8})\s(?P<more>[가-힣A-Za-z0-9㈜]{2,20}))?이다\."
    r"(?P<heads>)(?P<field>)"  # (empty: read in the same loop as ``PARTICIPATION_RE``, which has them)
)
ITEM_SPLIT_RE = re.compile(r"\s?,\s?|\s?·\s?")
# (a bullet inside a list of commas starts the next sort; '와' after a head's bracket the next item: 'A(회장
# NAME)와 B(점장 NAME), …')
COMMA_RE = re.compile(r"\s?,\s?|\s(?=[▲△])|(?<=\))[와과]\s")
OF_AFTER_BRACKET_RE = re.compile(r"(?<=\))의$")
NOUN_KINDS = {
    "기업": "company",
    "업체": "company",
    "업소": "company",
    "가게": "company",
    "음식점": "company",
    "점포": "company",
    "대학": "university",
    "시·군": "government",
    "시군": "government",
}


def _kind_of(noun: str) -> str:
    """The kind the noun after a count says the listed bodies are: '기업' firms, '대학' universities."""
    if noun.endswith("사"):
        return "company"  # '3개사', '7개 항공사
    return next((kind for end, kind in NOUN_KINDS.items() if noun.endswith(end)), "public_institution")


# bodies each written with its head in brackets, then counted, at the ceremony: 'A(대표 NAME), B(대표
# NAME) 등 2개 기업의 대표가 참석한 가운데 투자협약을 맺었다', also quoted and paired: '‘A’(대표 NAME)와 ‘B’(대표
# NAME) 2개 업소가 나눔가게 결연사업에 함께하면서'
HEADED_BODY = r"[가-힣A-Za-z0-9㈜&][가-힣A-Za-z0-9㈜&().]{1,19}?"
_QUOTED_BODY = rf"[‘'“\"]?{HEADED_BODY}[’'”\"]?"
HEAD_IN_BRACKETS = r"\((?:대표이사|대표|회장|사장|총장|원장|이사장)\s[가-힣]{2,4}\)"
HEADED_ITEM = _QUOTED_BODY + HEAD_IN_BRACKETS
HEADED_ITEM_RE = re.compile(rf"[‘'“\"]?(?P<body>{HEADED_BODY})[’'”\"]?{HEAD_IN_BRACKETS}")
HEADED_COUNTED_RE = re.compile(
    rf"(?P<list>{HEADED_ITEM}(?:(?:\s?,\s?|[와과]\s){HEADED_ITEM}){{1,30}})\s(?:등\s)?(?P<n>\d{{1,2}})\s?개\s?(?:의\s)?"
    r"(?P<noun>기업|업체|기관|대학|단체|사|업소|가게|점포)(?:의\s)?(?:\s?대표|\s?관계자|\s?기관장|\s?총장)?(?:들)?"
    r"(?:이|가|과|와)\s[^.\n]{0,30}?(?:참석|참여|함께|협약|체결|서명|맺)"
)
# firms each with its head in brackets, told apart by where they invest, then counted: '가람군에 투자하는
# A(대표 NAME)과 나래군에 투자하는 B(대표 NAME), C(대표 NAME) 등 3개 업체와 … 투자협약을 맺었다'
COUNTED_AFTER_HEADED_RE = re.compile(r"\s등\s(?P<n>\d{1,2})\s?개\s?업체와\s[^.\n]{0,40}?협약")
# the signers listed each with its head in brackets after saying who they are, a body of several words
# among them: '이날 협약기관은 가람소방서(서장 NAME), 농협 가람군지부(지부장 NAME), … 등이다'; or after their count,
# joined by middle dots: '5개 단체는 A(회장 NAME)·B(단장 NAME)·…이다'
_LISTED_BODY = r"[^,()\n]{2,30}?"
# any head's title and name in brackets: '(서장 NAME)', '(사장직무대행 NAME)'
HEAD_AND_NAME_IN_BRACKETS = rf"\([가-힣]{{1,8}}{ACTING_AFTER}\s[가-힣]{{2,4}}\)"
_LISTED_ITEM = _LISTED_BODY + HEAD_AND_NAME_IN_BRACKETS
LISTED_HEADED_RE = re.compile(
    r"(?:(?:협약|참여)\s?(?:공공\s?)?(?:기관|기업|업체|단체)(?:\(\d{1,2}\s?개\))?"
    r"|\d{1,2}\s?개\s?(?:단체|마을))(?:은|는)\s"
    rf"(?P<list>(?:{_LISTED_ITEM}\s?[,·]\s?){{1,30}}{_LISTED_ITEM})"
    r"(?:\s?등(?:이다|이며|으로|이\s)|이다\.)"
)
LISTED_ITEM_RE = re.compile(rf"(?P<body>{_LISTED_BODY}){HEAD_AND_NAME_IN_BRACKETS}")
# bodies listed before the count of their heads who sign: '…를 비롯해 A군, B군, C시 3개 지자체장들이
#서명했다', 'A시, B군 2개 시·군 단체장이 협약서에 서명했다'
HEADS_SIGNED_RE = re.compile(
    r"(?P<list>(?:[가-힣A-Za-z0-9㈜]{2,20}\s?,\s?)+[가-힣A-Za-z0-9㈜]{2,20})\s(?P<n>\d{1,2})\s?개\s?"
    r"(?:[가-힣·]{1,6}\s)?(?:지자체장|단체장|기관장|자치단체장|시장·군수|대표)들?(?:이|가|은|는)\s"
    r"[^.\n]{0,30}?(?:서명|체결)(?:했|하였|한다)"
)


def participants(text: str, counted: int = 0) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body a participation sentence lists, and of each body whose head
    is counted among those who sign ('A군, B군, C시 3개 지자체장들이 서명했다'). ``counted`` is how many
    signers the signing sentence counted without naming ('관내 대학교 4곳과'): a list of that many names
    is theirs, whatever their endings ('가람대학교와 GIST, …가 참여했다')."""
    found = []
    for match in HEADED_COUNTED_RE.finditer(text):  # 'A(대표 NAME), B(대표 NAME) 등 2개 기업의 대표가'
        listed = HEADED_ITEM_RE.finditer(text, *match.span("list"))
        items = [(item["body"], item.start("body")) for item in listed]
        if len(items) == int(match["n"]):
            noun = match["noun"]
            default = _kind_of(noun)
            found += [(name, org_kind(name, True) or default, (at, at + len(name))) for name, at in items]
    counted_after = list(COUNTED_AFTER_HEADED_RE.finditer(text))  # '가람군에 투자하는 A(대표 NAME)과 … 등 3개 업체와'
    spans = sentences(text) if counted_after else []  # split once, and only for a page that counts firms so
    for match in counted_after:
        opening = span_at(spans, match.start(), (match.start(), match.end()))[0]
        items = [(item["body"], item.start("body")) for item in HEADED_ITEM_RE.finditer(text, opening, match.start())]
        if len(items) == int(match["n"]):
            found += [(name, org_kind(name, True) or "company", (at, at + len(name))) for name, at in items]
    for match in LISTED_HEADED_RE.finditer(text):  # '협약기관은 A(서장 NAME), B C(지사장 NAME) 등이다'
        for item in LISTED_ITEM_RE.finditer(text, *match.span("list")):
            name = item["body"].strip(" ·")
            at = item.start("body") + item["body"].index(name)
            found.append((name, org_kind(name, True) or "public_institution", (at, at + len(name))))
    found += heads_signed_by(text)  # 'NAME 가람군수, NAME 나래교육지원청 교육장 등이 서명했다'
    for match in ALSO_SIGNED_RE.finditer(text):  # 'A, B, C 등도 X와 공동으로 협약을 맺었다'
        items = items_of(text, match, COMMA_RE)
        if len(items) >= 2 and all(org_kind(name.strip(), True) for name, _ in items):
            found += [(name.strip(), org_kind(name.strip(), True), (at, at + len(name.strip()))) for name, at in items]
    found += heads_signing(text)  # '… 가운데 NAME 가람시장과 NAME OO재단 이사장, …이 서명했다'
    found += _bulleted_parties(text)  # '협약에는 시와 A와 함께 △B △C △D 등이 참여했다', '또 △E △F △G 등도 …'
    for match in HEADS_SIGNED_RE.finditer(text):
        items = items_of(text, match, COMMA_RE)
        if len(items) == int(match["n"]) and all(org_kind(name, True) for name, _ in items):
            found += [(name, org_kind(name, True), (start, start + len(name))) for name, start in items]
    for match in [*PARTICIPATION_RE.finditer(text), *TOOK_PART_ARE_RE.finditer(text)]:
        # '협약에는 시와 관내 3개 대학(A, B, C), 2개 기업(D, E) 등 6개 기관이 참여했다': the groups' members
        found += counted_in_brackets(text, match.start("list"), match.end("list") + 1, etc=True)
        noun = match["noun"] or ""
        bulleted = BULLETS_RE.match(match["list"])
        if not noun and "," not in match["list"] and not bulleted:
            continue  # '협약에는 NAME 시장이 참석했다': one name, no list
        default = _kind_of(noun)
        if bulleted:  # '▲A ▲B ▲C가 …': each bullet one item, whatever its name holds
            splitter = BULLETS_RE
        else:
            splitter = COMMA_RE if "," in match["list"] else ITEM_SPLIT_RE  # 'OO레저·태권도조직위원회, …'
        # (the last item's bracket, then the heads it stands for: '…, C(점장 NAME)의 대표가 참석해')
        raw = [(OF_AFTER_BRACKET_RE.sub("", name), at) for name, at in items_of(text, match, splitter)]
        raw = [(name, at) for name, at in raw if name]
        # 'A대(총장 NAME)': a bracket with a head's title and name vouches for the item as a body of its kind
        headed = {
            HEAD_BRACKET_RE.sub("", name).strip(): TITLE_KINDS[head["title"]]
            for name, _ in raw
            if (head := HEADED_BRACKET_RE.search(name))
        }
        items = [(HEAD_BRACKET_RE.sub("", name).strip(), start) for name, start in raw]
        if counted:  # the firms a signing counted, their staff at the ceremony: '…, C㈜(대표 NAME) 관계자 등이'
            items = [unstaffed(name, start) for name, start in items]
        if bulleted:  # '△식품 제조업체 A △전자부품 업체 B': each firm after what it makes
            items = [_untraded(name, start) for name, start in items]
        paired = bool(raw and HEADED_PAIR_RE.match(raw[0][0].strip()))  # 'A(대표 NAME)와 B(대표 NAME), …'
        items = first_pair_split(lead_split(items), int(match["n"]) if match["n"] else counted or None, paired)
        items = [unplaced(*unlabelled(name, start)) for name, start in last_pair_split(items)]
        shortest = 1 if match["heads"] else 2  # '… 솔, B 대표 및 임원들이': heads vouch for any name
        # 'A 및 B 지회' inside a list is one body's name: the list joins only its last item with '및'
        if any(not shortest <= len(name) <= 24 or len(JOINED_RE.sub(" ", name).split()) > 3 for name, _ in items):
            continue  # a phrase, not a plain list of names
        lead = LEAD_RE.match(raw[0][0]) if raw else None
        if (match["heads"] or lead and lead["with"]) and any(map(_headed, items)):
            continue  # 'NAME 가람대 총장, NAME 나래군수, NAME OO 대표가 참석했다', 'NAME 시장과 A NAME 원장, …':
            # people, each with a title
        if match["heads"] or match["field"]:  # '… 분야에는 A(…), B(…) 등이 참여한다': who takes part
            default = "company"
        elif not noun and not all(org_kind(name, True) or name in headed for name, _ in items):
            listed = bulleted and len(items) >= 3 or fills_count(len(items), counted)
            if len(items) < 2 or not listed or any(map(_headed, items)):
                continue  # with no '등 N개 기관' to say so, every item must read as a body ('NAME 시장' is none)
        if match["n"] and len(items) < min(int(match["n"]), MEMBERS_NAMED):
            continue  # '다솜 등 12개 기업': one firm of a counted group, which signs as one
        found += [
            (name, org_kind(name, True) or headed.get(name) or default, (start, start + len(name)))
            for name, start in items
        ]
        if match.re is TOOK_PART_ARE_RE and match["more"]:
            more = match["more"]
            found.append((more, org_kind(more, True) or _kind_of(match["sort"]), match.span("more")))
    return found


# bodies each after a bullet that take part, after the bodies the list starts from or in a sentence of
# their own after such a list: '이번 협약에는 시와 A, B와 함께 △C △D △E 등이 참여했다', '또 △F △G △H 등도
# 협약에 이름을 올렸다'
BULLETED_PARTIES_RE = re.compile(
    r"(?:협약에는\s[^.\n△▲]{0,60}?[와과]\s함께\s|(?:^|(?<=[.\n]))\s*또\s|협약에는\s)"
    # (or counted after the sort of the last ones: '… △D·E·F 등 도내 직업계고 4곳이 참여했다')
    r"(?P<list>[△▲][^.\n]{2,600}?)\s등(?:\s[가-힣]{1,6}\s[가-힣]{1,8}\s\d{1,3}곳)?"
    r"(?:이\s참여|도\s협약에\s이름을\s?올)(?:했|렸)"
)

# or listed after the words that say they follow, each with its head in brackets: '투자협약 체결 업체는 다음과
# 같다. ▲㈜A(대표 NAME) ▲B(주)(대표 NAME)'
FOLLOWING_PARTIES_RE = re.compile(
    r"(?:협약|체결|참여)\s?(?:업체|기업|기관)(?:는|은)\s다음과\s같다\.?\s*"
    r"(?P<list>(?:[△▲][^△▲\n]{1,40}?(?:\([^()\n]{1,20}\))+\s?){2,40})"
)


def _bulleted_parties(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each bulleted body that takes part, its head's bracket set aside."""
    found = []
    for match in [*BULLETED_PARTIES_RE.finditer(text), *FOLLOWING_PARTIES_RE.finditer(text)]:
        items = [(HEAD_BRACKET_RE.sub("", name).strip(), at) for name, at in items_of(text, match, BULLETS_RE) if name]
        items = [part for item in items for part in _dotted(*item)]
        if any(len(name.split()) > 3 for name, _ in items):
            continue  # a phrase, not a list of bodies
        found += [(name, org_kind(name, True) or "public_institution", (at, at + len(name))) for name, at in items]
    return found


def _dotted(name: str, at: int) -> list[tuple[str, int]]:
    """A bullet's bodies joined by middle dots, each one a body ('A공업고·B정보고'), else the bullet whole."""
    parts = [(part, at + name.index(part)) for part in name.split("·")]
    return parts if len(parts) > 1 and all(org_kind(part, True) for part, _ in parts) else [(name, at)]


JOINED_RE = re.compile(r"\s및\s")
BULLETS_RE = re.compile(r"\s?[▲△■●◆▷▶]\s?")


# a firm's trade written before its name in a bulleted list: '물류 서비스 기업 A', '식품 제조업체 B'
TRADE_BEFORE_RE = re.compile(r"^(?:[^\s]+\s){0,3}?[가-힣]{0,6}(?:기업|업체|회사|제조사)\s(?=\S)")


def _untraded(name: str, start: int) -> tuple[str, int]:
    trade = TRADE_BEFORE_RE.match(name)
    return (name[trade.end() :], start + trade.end()) if trade else (name, start)


def _headed(item: tuple[str, int]) -> bool:
    """Whether a list item is a person with a title ('NAME 시장', 'NAME 봉사회 대표', 'NAME 지킴이회장')."""
    words = item[0].split()
    return len(words) > 1 and bool(TITLE_RE.search(words[-1]) or UNIT_HEAD_RE.fullmatch(words[-1]))


def fills_count(named: int, count: int) -> bool:
    """Whether that many names are the count's members: as many as counted, or one fewer of a long
    count ('8개사' of which the article names seven)."""
    return named == count or count >= 4 and named == count - 1


HEADED_BRACKET_RE = re.compile(rf"\((?P<title>{'|'.join(sorted(TITLE_KINDS, key=len, reverse=True))})\s[가-힣]{{2,4}}\)")


# '다솜, 한빛텍 등 12개 기업 대표가 참석했다': two or more members named of a group that signs as one are
# signers beside the group (the labelling guide's convention since the thirteenth round)
MEMBERS_NAMED = 2


ETC_END_RE = re.compile(r"\s?등$")
# a counted group named in brackets: '관내 4개 대학교(A대학교, B대학교, C대학교, D대학교)와'
COUNTED_BRACKET_RE = re.compile(
    r"(?P<n>\d{1,2})\s?(?:개\s?)?(?P<noun>(?:[가-힣]{1,6}\s(?:및\s)?){0,2}[가-힣]{0,6}"
    r"(?:대학교|대학|기업|기관|업체|단체|시·군|시군|병원|곳|사))"
    r"\s?\((?P<list>[^()\n]{4,300})\)(?:와|과|이|가|은|는|,|\s)"
)


def counted_in_brackets(
    text: str, start: int, end: int, counts: set[int] | None = None, etc: bool = False
) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body of a group counted and then named in brackets ('관내 4개 대학교(A, B, C,
    D)와', '7개 항공사(A, B, …)와'), between
    ``start`` and ``end`` (the text up to the signing verb), when the brackets name as many as the count
    (and, given ``counts``, the count is one of them: the signing sentence's group named again later,
    '9개 시·군(강릉, 동해, …)은'); a city or county by its short name is named in full ('강릉' → 강릉시).
    With ``etc``, brackets that end '등' name members of the group, fewer than its count."""
    found = []
    for match in COUNTED_BRACKET_RE.finditer(text, start, end):
        items = [(name.strip(), start) for name, start in items_of(text, match, ITEM_SPLIT_RE)]
        some = etc and len(items) >= MEMBERS_NAMED and ETC_END_RE.search(items[-1][0]) is not None
        if some:  # '9개 유관 기관(A, B 등)': members named of a group that signs
            last, at = items[-1]
            items[-1] = (ETC_END_RE.sub("", last), at)
        if (len(items) != int(match["n"]) and not (some and len(items) < int(match["n"]))) or any(
            not 2 <= len(name) <= 24 for name, _ in items
        ):
            continue
        if any(name[0].isdigit() for name, _ in items):
            continue  # '5개사(2조 1200억원)와': what the group invests, not who it is
        if counts is not None and int(match["n"]) not in counts:
            continue
        noun = match["noun"]
        default = _kind_of(noun)
        default = "university" if noun.startswith("대학") or noun.endswith(("대학", "대학교")) else default
        if some:  # the group signs as one beside its members named
            group = text[match.start() : match.start("list") - 1].strip()
            found.append((group, default, (match.start(), match.start() + len(group))))
        for name, s in items:
            full = (gazetteer.city_or_county(name) or name) if noun in ("시·군", "시군") else name  # '강릉' → 강릉시
            found.append((full, org_kind(full, True) or default, (s, s + len(name))))
    return found


# firms named right after a clause that says they sign: '이번에 투자협약을 체결하는 ㈜A, B㈜, ㈜C가 …'
SIGNING_CLAUSE_LIST_RE = re.compile(
    r"(?:협약|양해각서|MOU)[을를]\s(?:체결하는|체결한|맺는|맺은)\s"
    r"(?P<list>(?:[^,\n]{2,25}?,\s?){1,30}[^,\n]{2,25}?)(?:이|가|와|과|은|는|을|를|에)\s"
)
FIRM_ITEM_RE = re.compile(r"(?:㈜|\(주\)|주식회사\s?)[^\s,]{1,20}|[^\s,]{1,20}(?:㈜|\(주\))")


def firms_after_signing_clause(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """Each firm of a list that a clause introduces as the signers ('… 투자협약을 체결하는 ㈜A, ㈜B,
    C(주), D㈜가 대표 기업으로 성장하도록 …'): only a list whose every item carries a firm's mark, so a
    clause about what is signed ('협약을 맺은 뒤 …') lists nothing."""
    found = []
    for match in SIGNING_CLAUSE_LIST_RE.finditer(text):
        at = match.start("list")
        items = []
        for item in re.split(r"(,\s?)", match["list"]):
            if item.strip(", "):
                items.append((item, at))
            at += len(item)
        if len(items) >= 2 and all(FIRM_ITEM_RE.fullmatch(item) for item, _ in items):
            found += [(item, "company", (start, start + len(item))) for item, start in items]
    return found


# more signers joining the one the lead names: '가람시, 나래도, 다온시 등도 X와 공동으로 협약을 맺었다'
ALSO_SIGNED_RE = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?P<list>[가-힣A-Za-z0-9㈜()]{2,20}(?:\s?,\s?[가-힣A-Za-z0-9㈜()]{2,20}){1,20})\s등도\s"
    r"[^.\n]{0,40}?(?:협약|양해각서|MOU)[을를]?\s?(?:맺었|체결했|체결하였|맺는다|체결한다)"
)


# partners listed with commas and closed by '등과' in the signing sentence: '시는 A부와 B부, C공사, AB E&S, D자동차,
# E파워(E Power) 등과 … 협약을 체결했다'
ETC_PARTNERS_RE = re.compile(r"(?P<list>(?:[^,.\n]{2,30},\s?){2,20}[^,.\n]{2,30}?)\s?등(?:과|와)\s")
ETC_UNKNOWN_MAX = 6  # items of such a list read as firms by their place in it, at most
LATIN_GLOSS_RE = re.compile(r"\s?\([A-Za-z][A-Za-z0-9&.\s]{1,30}\)$")


def etc_partners(text: str, start: int, verb: int) -> list[tuple[str, str, tuple[int, int]]]:
    """Every item of a partner list closed by '등과' whose other items are mostly bodies the extractor
    knows: the items it does not know are firms too ('AB E&S', 'E파워(E Power)'), whatever their ending."""
    found = []
    for match in ETC_PARTNERS_RE.finditer(text, start, verb):
        first, *items = items_of(text, match, COMMA_RE)  # the first carries the sentence's start with it
        known = [name for name, _ in items if org_kind(LATIN_GLOSS_RE.sub("", name.strip()), True)]
        led = bool(org_kind(first[0].split()[-1], True))  # '… A부와 B부': the list opens with a body
        if len(known) + led < 2 or len(items) - len(known) > ETC_UNKNOWN_MAX:
            continue
        for name, at in items:
            name = LATIN_GLOSS_RE.sub("", name.strip())
            if name not in known and 2 <= len(name) <= 20 and len(name.split()) <= 3:
                found.append((name, "company", (at, at + len(name))))
    return found
