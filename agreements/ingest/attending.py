"""Bodies named where their people attend the ceremony ('이날 협약식에는 … 등이 참석했다').

A signing sentence often counts its signers without naming them ('기업 2개사와 투자협약을 체결했다',
'지역 병원 5곳과'); the article names them where their heads attend, by name and title ('NAME ㈜A
대표', 'NAME 가람대학교 새솔병원장') or by the body alone. Those fill the count, in the order written;
any other body attending is a participant ('NAME OO공사 OO지사장': the branch attends)."""

from __future__ import annotations

import re

from .counted import uncounted_firms
from .counted_lists import PARTNER_RE
from .entities import org_kind
from .headed_lists import headed_lists
from .person_words import SURNAMES
from .signers import AREA_AFTER_RE, named_heads, place_of_next, sector_before
from .signing import sentences
from .spans import words_between

ATTEND_RE = re.compile(
    r"참석한\s?가운데|참석해|참석했|참석하|자리한\s?가운데|함께한\s?가운데|참여한\s?가운데|함께했|자리했"
    r"|지켜보는\s?가운데|참관한\s?가운데|입회한\s?가운데"  # a witness: '… NAME 경상북도지사가 지켜보는 가운데'
    r"|(?<=[이가]\s)나왔(?:으며|고|다)"  # '이 자리에는 … ㈜A NAME 대표이사가 나왔으며'
    r"|(?<=[이가]\s)(?:자리한다|참석한다|참석할\s예정|나온다)"  # a preview's: '협약식에는 … 관계자들이 자리한다'
)
BRANCH_HEAD_RE = re.compile(
    r"\s([가-힣]{1,8}(?:지역본부|본부|지사|지점|지부|공장|사업단|센터))장(?:이|은|과|와|의|도)?(?![가-힣])"
)
SIGNED_AFTER_RE = re.compile(r"(?:협약서|협정서|양해각서|MOU)[에를을]?\s?(?:서명|날인|교환)|서명|체결")
EVENT_RE = re.compile(r"협약식|체결식|서명식|협약에는|협약은|보고회|회의|행사|설명회|간담회|출범식|개소식|기탁식|전달식|기부식|(?:이|이날)\s자리에는")

# a council named for its chair or members among those attending: 'NAME OO군의회 의장', 'OO도의회 의원'
# or a committee's chair, a name between: 'OO도의회 NAME 사회문화위원장'
COUNCIL_GUEST_RE = re.compile(r"\s(?:[가-힣]{2,4}\s)?(?:부?의장|의원|[가-힣]{0,8}위원장)")


def is_person(word: str) -> bool:
    """A person's name written before a body and a head's title ('NAME 다온 대표이사')."""
    return 2 <= len(word) <= 4 and word[0] in SURNAMES and not org_kind(word, True)


# a head's name in a body's bracket, whatever its ending: '㈜A(대표 NAME) 관계자들이'
HEAD_IN_BRACKET_RE = re.compile(r"\((?:대표|대표이사|회장|사장|이사장|원장|조합장)\s?$")
# a body named as the ceremony's venue: '가람시 나래구청 상황실에서', '나래구청에서'
VENUE_AFTER_RE = re.compile(r"(?:청|청사)?(?:\s[가-힣0-9]{1,10}){0,2}에서\s")


def attending(text: str, mentions, names, context, found: dict, quotes, add) -> tuple[int, bool]:
    """Add the bodies that attend: as signers while the signing sentence's count of unnamed signers
    lasts, else as participants. Returns (signers still unnamed, whether the count takes in bodies of
    any kind but governments)."""
    unnamed, any_body = uncounted_firms(text, context, found, quotes) if context else (0, False)
    # '시는 … 지역 의료기관과 협약을 체결했다' then '협약식에는 NAME 시장과 A의원 NAME 원장, B한의원 NAME 원장
    # 등이 참석했다': the partner named only by its sort is the bodies whose heads came
    told = _partner_told(text, context) if context and not unnamed else None
    generic = bool(told)
    # (or as many as a 'N자 협약' leaves: 'A는 B, 지역 농업법인과 3자 업무협약을 맺었다')
    sides = SIDES_RE.search(text, *told) if told else None
    most = SIDES.get(sides["n"], 2) - 1 if sides else 1
    generic = generic and sum(1 for p in found.values() if p.role == "party") <= most
    if context and not unnamed and PEOPLE_PARTNER_RE.search(text, context[0], context[1]):
        _heads_at_ceremony(text, context, quotes, add)  # '군은 관내 농업인과 … 협약을 맺었다'
    for sentence_start, sentence_end in sentences(text):  # '이날 협약식에는 … 등이 참석했다'
        if context and sentence_start == context[0] and not (told and told[0] != context[0]):
            continue  # (but the ceremony's sentence after a lead that named the partner by its sort)
        attend = ATTEND_RE.search(text, sentence_start, sentence_end)
        # 'NAME 군수와 ㈜A NAME 대표, B㈜ NAME 대표는 … 참석한 가운데 협약서에 서명했다': the heads of firms
        # the signing sentence only counts sign again in a sentence of their own
        signs_again = unnamed and attend and SIGNED_AFTER_RE.search(text, attend.end(), sentence_end)
        if attend and (EVENT_RE.search(text, sentence_start, attend.start()) or signs_again):
            for name, kind, span in named_heads(
                text, sentence_start, attend.start(), quotes, None, is_person
            ):
                counted = kind == "company" or any_body and kind != "government" or any_body == "all"
                if unnamed and counted and names.resolve(name) not in found:
                    add(name, kind, "party", span)
                    unnamed -= 1
                elif generic and kind != "government" and names.resolve(name) not in found:
                    add(name, kind, "party", span)
            for name, kind, span in bodies_before_heads(text, sentence_start, attend.start()) if generic else ():
                if names.resolve(name) not in found:
                    add(name, kind, "party", span)
            for mention in words_between(mentions, sentence_start, attend.start()):
                if VENUE_AFTER_RE.match(text, mention.end):
                    continue  # '5일 가람시 나래구청 상황실에서 열린 협약식에는': where, not who attends
                if HEAD_IN_BRACKET_RE.search(text, max(0, mention.start - 8), mention.start):
                    continue  # '㈜A(대표 NAME) 관계자들이': the head's name, no body
                if not mention.loose:
                    full = names.resolve(mention.name)
                    if place_of_next(text, mention, mentions) or AREA_AFTER_RE.match(text, mention.end):
                        continue
                    if sector_before(text, mention):
                        continue  # '컨택센터 인 ㈜A', '항법기술 전문회사 ㈜B': what the firm is, not a body
                    if mention.name.endswith("의회") and COUNCIL_GUEST_RE.match(text, mention.end):
                        continue  # 'NAME OO군의회 의장': a guest
                    counted = mention.kind == "company" or any_body and mention.kind != "government"
                    counted = counted or any_body == "all"  # '7개 군부대 및 기관과': units of the state
                    if any(p.span[0] <= mention.start < p.span[1] for p in found.values()):
                        continue  # '가람대학교' of 'NAME 가람대학교 새솔병원장': the hospital is the party
                    if unnamed and counted and full not in found:
                        add(full, mention.kind, "party", (mention.start, mention.end))
                        unnamed -= 1
                        continue
                    if owns_ceremony(text, mention.end):  # 'A과 B의 투자협약식에 참석했다': A and B sign
                        add(full, mention.kind, "party", (mention.start, mention.end))
                        continue
                    head = BRANCH_HEAD_RE.match(text, mention.end)
                    if head and found.get(full, None) and found[full].role == "party":
                        continue  # 'NAME KT&G 인천본부장' of KT&G that signs: the party is there already
                    if head and mention.kind != "government":  # 'NAME OO공사 OO지사장': the branch attends
                        full = names.resolve(f"{full} {head.group(1)}")
                    # 'OO공사 OO지사장': the body whose branch signs is there through its branch
                    if full not in found and not any(n.startswith(full + " ") for n in found):
                        add(full, mention.kind, "participant", (mention.start, mention.end))
    return unnamed, any_body


# a body, its head's name and title: 'A의원 NAME 원장', 'B한의원 NAME 원장'
BODY_NAME_TITLE_RE = re.compile(
    r"(?<![가-힣])(?P<org>[가-힣A-Za-z㈜][가-힣A-Za-z0-9㈜]{1,14})\s(?P<name>[가-힣]{1,3}[가-힣](?<![의은는과와들]))\s"
    r"(?:원장|대표|대표이사|회장|이사장|관장|교장|소장|지점장|조합장|센터장|병원장)(?=[,·과와은는이가]|\s등)"
)


def bodies_before_heads(text: str, start: int, end: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body named before its head's name and title ('A의원 NAME 원장, B약국
    NAME 대표 등이 참석했다'), whatever its ending; not a government, which its head's title names."""
    found = []
    for match in BODY_NAME_TITLE_RE.finditer(text, start, end):
        org = match.group("org")
        if not is_person(match.group("name")) or is_person(org) or org.endswith(("시", "군", "구", "도")):
            continue
        if TITLE_JOINED_RE.search(org):
            continue  # 'NAME 삼척시장과 NAME 병원장': a head's title and '과', not a body's name
        kind = org_kind(org, True) or "other"
        if kind != "government":
            found.append((org, kind, match.span("org")))
    return found


TITLE_JOINED_RE = re.compile(r"(?:시장|군수|구청장|지사|교육감|총장|대표)[과와]$")


# a partner named only by its sort: '지역 의료기관과', '관내 학교들과'
GENERIC_PARTNER_RE = re.compile(
    r"(?<![가-힣])(?:(?:지역|관내|도내|시내|군내|구내|인근)\s?)?(?:의료기관|병원|의원|기업|업체|단체|기관|학교|농업법인|영농법인)"
    r"(?:들)?(?:과|와)\s"
)


def _partner_told(text: str, context) -> tuple[int, int] | None:
    """Where the signing names its partner only by its sort: the signing sentence, or the lead before a
    ceremony's sentence ('A는 … 지역 농업법인과 3자 업무협약을 맺었다. 협약식은 … 열렸으며 …')."""
    if GENERIC_PARTNER_RE.search(text, context[0], context[1]):
        return context[0], context[1]
    before = [span for span in sentences(text) if span[1] <= context[0]]
    if before and LEAD_SIGNS_RE.search(text, *before[-1]) and GENERIC_PARTNER_RE.search(text, *before[-1]):
        return before[-1]
    return None


LEAD_SIGNS_RE = re.compile(r"협약[을를]\s?(?:맺었|체결했)")
# how many sides sign, counted: '3자 업무협약', '삼자 협약'
SIDES_RE = re.compile(r"(?P<n>\d|삼|사|세|네)\s?자\s?(?:간\s)?(?:업무\s?|상생\s?)?협약")
SIDES = {"2": 2, "3": 3, "4": 4, "5": 5, "삼": 3, "사": 4, "세": 3, "네": 4}


# a head's title after the body: 'OO공사 가람지사장', 'OO㈜ 대표이사', 'OO재단 이사장'
HEAD_AFTER_RE = re.compile(r"\s?[가-힣]{0,10}(?:장|대표|대표이사|사장|회장|총장)(?:이|가|은|는|과|와|도)?(?![가-힣])")


def lone_subjects_partners(text: str, mentions, clause, names, found: dict, add) -> None:
    """For a subject that names no partner ('가람시는 22일 NAME 가람시장, NAME OO공사 가람지사장 및 NAME
    OO안전공사 나래지사장이 참석한 가운데 … 협약을 체결했다'), the bodies other than governments whose heads
    attend in the signing sentence: its partners, a branch for a branch's head ('OO공사 가람지사'), not the
    company the branch belongs to."""
    for mention in words_between(mentions, clause[0], clause[1]):
        if mention.loose or mention.kind == "government" or not HEAD_AFTER_RE.match(text, mention.end):
            continue  # 'NAME OO연구원 연구위원' attends for its work, not as the body's head
        whole = names.resolve(mention.name)
        head = BRANCH_HEAD_RE.match(text, mention.end)
        body = names.resolve(f"{whole} {head.group(1)}") if head else whole
        add(body, mention.kind, "party", (mention.start, mention.end))
        if body != whole and whole in found and found[whole].role == "participant":
            del found[whole]
    for name, kind, span in bodies_before_heads(text, clause[0], clause[1]):  # 'A텍 NAME 대표 등이 참석한'
        if names.resolve(name) not in found:
            add(name, kind, "party", span)


def partnerless_heads(text: str, signing, clause, quotes, names, found: dict, add) -> None:
    """For a subject with no partner before or after its attendance clause ('도는 … NAME 도지사, NAME
    B발전 사장, NAME C에너지 대표이사가 참석한 가운데 … 협약식을 체결했다'), the bodies named between
    their heads' names and titles, whatever their endings: they sign."""
    if PARTNER_RE.search(text, signing[0], clause[0]) or PARTNER_RE.search(text, clause[1], signing[1]):
        return
    for name, kind, span in named_heads(text, clause[0], clause[1], quotes, None, is_person):
        if names.resolve(name) not in found:
            add(name, kind, "party", span)


def _heads_at_ceremony(text: str, context, quotes, add) -> None:
    """For a signing sentence that names no partner but a kind of people ('군은 관내 농업인과 함께 …
    협약을 맺었다'), the bodies whose heads the ceremony names ('협약식에는 NAME 다온유통 대표, NAME
    가람군농업인연합회장 등이 참여해'): they are the partners."""
    for sentence_start, sentence_end in sentences(text):
        if sentence_start == context[0]:
            continue
        attend = ATTEND_RE.search(text, sentence_start, sentence_end) or PARTOOK_RE.search(
            text, sentence_start, sentence_end
        )
        if attend and EVENT_RE.search(text, sentence_start, attend.start()):
            for name, kind, span in named_heads(text, sentence_start, attend.end(), quotes, None, is_person):
                add(name, kind, "party", span)
            return


# a kind of people as the partner, not a body: '관내 농업인과 함께', '지역 주민들과'
PEOPLE_PARTNER_RE = re.compile(r"(?:지역|관내|도내|시내|군내|구내)\s[가-힣]{2,8}(?:들)?(?:과|와)\s")
PARTOOK_RE = re.compile(r"등이\s?참여해|등이\s?참여했")
AGREEMENT_WORD_RE = re.compile(r"협약|MOU|양해각서|협정")


def headed_attendees(text: str, context, found: dict, add, unnamed: int) -> None:
    """Bodies listed with their heads in brackets where the agreement's attendance is told ('이날
    협약에는 OO시장(NAME), OO상점가(NAME)의 상인회장과 …점(NAME) 점장 등이 함께했다') sign with a subject
    that has no partner of its own, or fill the signing sentence's count of unnamed signers."""
    alone = sum(1 for p in found.values() if p.role == "party") == 1
    if not (alone or unnamed):
        return
    for start, end in sentences(text):
        if context and start == context[0]:
            continue
        attend = ATTEND_RE.search(text, start, end)
        if not attend or not AGREEMENT_WORD_RE.search(text, start, attend.start()):
            continue
        for item in headed_lists(text, start, attend.start()):
            kind = org_kind(item.body, True) or ("company" if item.body.endswith("점") else "association")
            add(item.body, kind, "party", item.span)


# the bodies whose ceremony a guest attends: '… 나래케미칼과 충청북도, 청주시의 투자협약식에 참석했다'
OWNED_CEREMONY_RE = re.compile(
    r"(?:\s?[와과,·]\s?[^.\n]{1,40}?)?의\s(?:[^\s.\n]{1,15}\s){0,3}?[^\s.\n]{0,12}(?:협약식|체결식)에\s?(?:참석|참여)"
)


def owns_ceremony(text: str, end: int) -> bool:
    """Whether a body named in an attendance clause is one of those whose signing ceremony is attended
    (they sign; the guest who attends does not)."""
    return OWNED_CEREMONY_RE.match(text, end) is not None
