"""Who takes part in an agreement, and how: signers, consortium members, sponsors, certifiers, attendees.

The signing sentence ('X와 Y는 … 협약을 체결했다', 'X는 Y와 협력해 … 추진한다') names the parties before
its verb; an attendance clause inside it ('… 등 N명이 참석한 가운데') names attendees, or consortium
members when it says 컨소시엄. Sponsors, certifiers and funders are found by their own words
anywhere in the article ('X의 후원', 'X 인증', 'X의 지원으로').
"""

from __future__ import annotations

import re

from . import gazetteer
from .anaphors import anaphor_of, sort_named
from .attending import (
    COUNCIL_GUEST_RE,
    attending,
    headed_attendees,
    is_person,
    lone_subjects_partners,
    partnerless_heads,
)
from .counted import (
    GROUP_RE,
    SECTOR_COUNT_RE,
    SHARED_SORT_RE,
    counted_groups,
    counted_later,
    group_name,
    listed_group,
    shared_sort_bodies,
)
from .counted_lists import bulleted_after, counted_list, later_counted_list, later_partners
from .counted_named import counted_subjects, described_subjects, listed_members, run_subjects
from .glossed import glossed_names
from .heads import signing_heads
from .heads_signing import counted_heads
from .investing_groups import investing_group
from .investors import bracketed_investors, investors
from .names import Names, strip_marks
from .nonsigners import (
    announcer_of_others,
    arrangers_attend,
    earlier_partners,
    guests_attend,
    named_but_not_signing,
    offices_announced,
    tells_of_sorts,
    told_by,
)
from .participation import (
    counted_in_brackets,
    etc_partners,
    firms_after_signing_clause,
    participants,
)
from .party import Party
from .party_names import (
    placed_district,
    placed_district_name,
)
from .signers import (
    AREA_AFTER_RE,
    WHERE_FIRM_IS_RE,
    has_subject,
    headed_bodies,
    lead_subject,
    market_bodies,
    named_heads,
    place_of_firm,
    place_of_next,
    titled_pair,
)
from .signing import QUOTE_RE, in_any, lead_sentences, sentences
from .signing_context import _signs
from .spans import in_sorted, span_at, words_between
from .told_partners import (
    also_signed,
    counted_after_list,
    described_partners,
    listed_parties,
    paired_sides,
)
from .worded import donation_roles, tasked_bodies, worded_roles
from .words import Mention, Word

ROLE_ORDER = {
    "party": 0,
    "consortium": 1,
    "sponsor": 2,
    "funder": 3,
    "certifier": 4,
    "participant": 5,
    "other": 6,
}


def find_parties(
    text: str, words: list[Word], mentions: list[Mention], names: Names, context, within=None
) -> list[Party]:
    """The organisations taking part, with their role, in the order the text names them; ``within``
    (start, end) keeps to the sentences of one of the article's agreements."""
    every_word, every_mention = words, mentions
    if within:
        words = words_between(words, within[0], within[1])
        mentions = words_between(mentions, within[0], within[1])
    quotes = [m.span() for m in QUOTE_RE.finditer(text)]
    found: dict[str, Party] = {}

    def add(name: str, kind: str, role: str, span: tuple[int, int]) -> None:
        if context and context[0] <= span[0] < context[1] and _where_it_goes(text, name, kind, span):
            return  # '영동·보은·단양군에 투자할 3개 기업과': where the firms invest, not who signs
        full = names.resolve(name)
        if full not in found:  # '서구' after '대전 서구': the district already named with its city
            full = next((k for k in found if k.endswith(" " + full) and placed_district_name(k)), full)
        kind = names.kinds.get(full, kind)
        current = found.get(full)
        if current is None:
            found[full] = Party(full, kind, role, span)
        elif ROLE_ORDER[role] < ROLE_ORDER[current.role]:
            current.role = role

    for word in words:
        anaphor = anaphor_of(word, text)
        if anaphor and anaphor in names.city:
            names.used_anaphors.add(anaphor)

    if context:
        start, verb, clause, place = context
        for word in words_between(words, start, verb):
            if not in_sorted(word.start, quotes):
                anaphor = anaphor_of(word, text)
                if told_by(text, word.stem_end):
                    continue  # '군에 따르면 …': the county tells of the signing
                if anaphor and anaphor in names.city and not (clause and in_any(word.start, [clause])):
                    add(anaphor, "government", "party", (word.start, word.stem_end))
        for body, span in signing_heads(text, words, every_word, mentions, names, context, quotes):
            add(body, "government", "party", span)  # 'A 경기도지사와 B 수원시장은 … 체결했다'
        for body, span in sort_named(text, start, verb, [names.resolve(m.name) for m in every_mention]):
            if not (clause and clause[0] <= span[0] < clause[1]) and not in_sorted(span[0], quotes):
                add(body, names.kinds.get(names.resolve(body), "other"), "party", span)  # '군과 재단이 … 서명했다'
        # where the reporter files from ('[OO경제(대구)=NAME 기자]가람공사와 …'), a sort shared ('가람·나래 농협과')
        not_bodies = [m.span() for m in DATELINE_IN_RE.finditer(text, start, verb)]
        not_bodies += [m.span("sort") for m in SHARED_SORT_RE.finditer(text, start, verb)]
        for mention in words_between(mentions, start, verb):
            if in_sorted(mention.start, quotes):
                continue
            if in_any(mention.start, not_bodies):
                continue
            if place and place[0] <= mention.start < place[1] + 2:
                continue  # '서울 OO공사 서울센터에서' is where, not who
            if mention.loose and not _signs(mention, text, context, quotes):
                continue
            if SECTOR_COUNT_RE.match(text, mention.end):
                continue  # '컨택센터 3개사와': the firms' trade, counted, is no body
            if AREA_AFTER_RE.match(text, mention.end):
                continue  # 'OO읍 기지시 일원에서': a place named for its area, not a body
            where = WHERE_FIRM_IS_RE.match(text, mention.end)
            if where and (mention.kind == "government" or not where.group().startswith(("와", "과"))):
                continue  # '서울 A와 B구에 있는 ㈜C와': where the firm is ('A마을과 대전에 본사를 둔 ㈜C가': the partner)
            if named_but_not_signing(text, mention, every_word, names.names, start):
                continue  # a venue's province, an event's or a project's name, a head's name (nonsigners.py)
            if place_of_next(text, mention, mentions) or place_of_firm(text, mention, mentions):
                continue  # '대구 중구와', '전라남도 화순군은', '완도 A농협과': the place says where the body is
            if COUNT_BEFORE_RE.search(text, max(0, mention.start - 6), mention.start):
                continue  # '3개 도시공사와': bodies of a kind counted, one group (counted.py), not one body
            if clause and clause[0] <= mention.start < clause[1]:
                if COUNCIL_GUEST_RE.match(text, mention.end) and mention.name.endswith("의회"):
                    continue  # '… OO군의회 의장 등이 참석한 가운데': the council's chair is a guest
                role = "consortium" if "컨소시엄" in text[mention.end : clause[1]] else "participant"
                if names.resolve(mention.name) not in found or role != "participant":
                    add(mention.name, mention.kind, role, (mention.start, mention.end))
            else:
                add(placed_district(text, mention), mention.kind, "party", (mention.start, mention.end))
        for mention in listed_group(text, mentions, start, verb, quotes):
            add(mention.name, mention.kind, "party", (mention.start, mention.end))
        for name, kind, span in glossed_names(text, start, verb, quotes):
            if not any(p.name.replace(" ", "") == name.replace(" ", "") for p in found.values()):
                add(name, kind, "party", span)  # '스텔라 에너지(Stella Energy)와'
        for body, span in headed_bodies(text, start, verb, quotes, clause):
            if not any(p.name == body or p.name.endswith(" " + body) for p in found.values()):
                add(body, "government", "party", span)  # unless the gazetteer named it already
        for name, kind, span in described_partners(text, start, verb):
            add(name, kind, "party", span)  # '… 총장협의체인 ‘OO포럼’과'
        for name, kind, span in etc_partners(text, start, verb):
            add(name, kind, "party", span)  # '… 한국토지주택공사, AB E&S, 나래자동차 등과'
        for name, kind, span in titled_pair(text, start, verb, quotes):
            add(name, kind, "party", span)
        for name, kind, span in market_bodies(text, start, verb, quotes):
            add(name, kind, "party", span)  # 'OO큰시장 상인회와'
        listed = counted_list(text, start, verb, quotes) + shared_sort_bodies(text, start, verb, quotes)
        listed = listed or later_counted_list(text, start, verb, quotes) or bulleted_after(text, start, verb)
        for name, kind, span in listed or later_partners(text, start, verb, found):
            add(name, kind, "party", span)  # 'A, B 2개사와', or a later sentence that names the same count
        for name, kind, span in named_heads(text, start, verb, quotes, clause, is_person):
            if not any(names.resolve(name) == p.name or p.name.startswith(name) for p in found.values()):
                add(name, kind, "party", span)  # 'NAME 다온 대표이사와', 'NAME 가람대 총장과'
        alone = clause and sum(1 for p in found.values() if p.role == "party") == 1
        alone = alone and not PARTNER_RE.search(text, start, clause[0])
        if clause and (GROUP_RE.search(text, clause[0], clause[1]) or alone):
            # '… 지사와 NAME 가람시장 등 5개 시·군 단체장과 13개 기업 대표가 참여한 가운데': a joint
            # signing lists its signers in the attendance clause; so does a subject that signs with no
            # partner of its own ('A는 … NAME A 사장, NAME 가람군수 등이 참석한 가운데 … 체결했다')
            joint = (start, verb, None, place)
            for body, span in signing_heads(text, words, every_word, mentions, names, joint, quotes):
                add(body, "government", "party", span)
            # a subject alone before the clause, not '㈜A 등 4개 기업 대표' nor '… 참석한 가운데 B군과'
            if alone and not GROUP_RE.search(text, clause[0], clause[1]) and has_subject(words, start, clause[0]):
                lone_subjects_partners(text, mentions, clause, names, found, add)
        if clause and has_subject(words, start, clause[0]):  # 'A는 … NAME B발전 사장 등이 참석한 가운데 …'
            partnerless_heads(text, (start, verb), clause, quotes, names, found, add)
        if clause and not has_subject(words, start, clause[0]):
            # '지난 19일 군수실에서 NAME OO군수, ㈜A NAME 대표 등이 참석한 가운데 … 체결했다': no subject of
            # its own; the article's lead names the body that signs, and the firms attending sign with it
            for mention in lead_subject(text, mentions, start):
                add(mention.name, mention.kind, "party", (mention.start, mention.end))
            for body, span in bare_headed(text, clause, names.city):
                add(body, "government", "party", span)  # '… 가운데 NAME 군수와 ㈜A …': the county its head stands for
            for mention in words_between(mentions, clause[0], clause[1]):
                if mention.kind == "company" and not mention.loose and not in_sorted(mention.start, quotes):
                    add(mention.name, mention.kind, "party", (mention.start, mention.end))
        for lead_start, lead_verb in lead_sentences(text, (start, verb)):
            lead = (lead_start, lead_verb, None, None)
            for mention in words_between(mentions, lead_start, lead_verb):
                if tells_of_sorts(text, mention.end, lead_verb):
                    continue  # '군은 관내 기업 두 곳과 마을 두 곳이 … 맺었다고 밝혔다': the county tells of it
                if _signs(mention, text, lead, quotes):
                    add(mention.name, mention.kind, "party", (mention.start, mention.end))
    for joined in JOINED_RE.finditer(text):  # '㈜A(대표 …)와 B㈜(대표 …)도 협약에 참여해'
        sentence = span_at(sentences(text), joined.start())
        if sentence:
            late = (sentence[0], joined.start(), None, None)
            for mention in words_between(mentions, late[0], late[1]):
                if _signs(mention, text, late, quotes) or (
                    late[0] <= mention.start < late[1] and text[mention.end : mention.end + 1] == "도"
                ):
                    add(mention.name, mention.kind, "party", (mention.start, mention.end))
    for name, kind, span in listed_parties(text, every_word, every_mention, names.city):
        add(name, kind, "party", span)  # '협약 기업은 ㈜A, ㈜B, C㈜ 등이다', '시와 함께 서명한 곳은 A, B …'
    for name, kind, span in firms_after_signing_clause(text):  # '협약을 체결하는 ㈜A, B㈜, ㈜C가'
        add(name, kind, "party", span)
    for name, kind, span in counted_after_list(text):  # '협약에 참여한 ㈜A, B㈜ 등 2개 기업은 …'
        if not within or within[0] <= span[0] < within[1]:
            add(name, kind, "party", span)
    for name, kind, span in also_signed(text) + paired_sides(text):  # '… B와도 … 체결했다', '△A-B △C-D가 각각'
        if not within or within[0] <= span[0] < within[1]:
            add(name, kind, "party", span)
    for name, kind, role, span in worded_roles(text, every_word, every_mention, quotes):
        if not within or within[0] <= span[0] < within[1]:
            add(name, kind, role, span)
    for name, kind, role, span in donation_roles(text, every_word, every_mention):
        if not within or within[0] <= span[0] < within[1]:
            add(name, kind, role, span)
    for mention in tasked_bodies(text, mentions):  # 'OO협회가 강의를 맡는다': a body with a part, no signer
        if names.resolve(mention.name) not in found:
            add(mention.name, mention.kind, "participant", (mention.start, mention.end))
    # firms the signing sentence only counts ('기업 2개사와 투자협약을 체결했다') are named where they attend
    unnamed, any_body = attending(text, mentions, names, context, found, quotes, add)
    headed_attendees(text, context, found, add, unnamed)
    for name, kind, span in counted_in_brackets(text, 0, context[1]) if context else ():
        add(name, kind, "party", span)  # '관내 4개 대학교(A, B, C, D)와', up to the signing verb
    for name, kind, span in counted_again(text, context) if context else ():
        add(name, kind, "party", span)  # '9개 시·군은 … 체결했다.' then '협약에 따라 9개 시·군(A, B, …)은'
    for name, kind, span in counted_heads(text, context[0], context[1]) if context else ():
        add(name, kind, "party", span)  # '지사와 7명의 시장·군수가 …' then 'NAME 가람시장, NAME 나래군수, …'
    for name, kind, span in participants(text, unnamed) if context else ():
        if not within or within[0] <= span[0] < within[1]:
            add(name, kind, "party", span)  # '협약에는 A, B, C 등 9개 공공기관이 참여했다'
    for mention in counted_later(text, mentions, context[0], any_body) if unnamed else ():
        full = names.resolve(mention.name)  # '… 2개 업체와 체결했다' then '업체는 ㈜A, B㈜ 2곳이다'
        if unnamed and full not in found:
            add(full, mention.kind, "party", (mention.start, mention.end))
            unnamed -= 1
    one_short = False
    if context and unnamed:  # '3개 기업과 … 체결했다. ㈜A는 …에 투자한다. ㈜B는 …, C㈜은 …'
        spans = sentences(text)
        after = span_at(spans, context[0])[1] if span_at(spans, context[0]) else context[1]
        subjects = counted_subjects(text, mentions, spans, after, unnamed)
        for mention in subjects:
            if names.resolve(mention.name) not in found:
                add(mention.name, mention.kind, "party", (mention.start, mention.end))
                unnamed -= 1
        described = described_subjects(text, spans, after, unnamed) if unnamed and not subjects else []
        described = described or (run_subjects(text, words, spans, after, unnamed) if unnamed and not subjects else [])
        known = {strip_marks(p.name).replace(" ", "") for p in found.values()}  # '㈜A(대표 NAME) 등 … 참석'
        described = described or (listed_members(text, spans, after, unnamed, known) if unnamed and not subjects else [])
        for name, span in described:  # '가구 제조업체인 B는 …, 건축자재 생산업체인 C는 …'
            if names.resolve(name) not in found:
                add(name, "company", "party", span)
                found[names.resolve(name)].kind = "company"  # what it makes says so, not its ending
                unnamed -= 1
        # '8개사' of which seven are told one by one as subjects: the article names the eighth too, where
        # it was missed; a group only partly listed elsewhere signs beside its members (counted_groups)
        one_short = bool(subjects or described) and unnamed == 1
    if context:
        every_investor = investors(text, words, mentions, context[0], unnamed=unnamed)
        for name, kind, span in every_investor + bracketed_investors(text, words, context[0]):
            if names.resolve(name) not in found and not any(strip_marks(p).startswith(name) for p in found):
                add(name, kind, "party", span)  # '㈜A는 … 300억원을 들여': a firm of the joint signing
        signed = [(p.name, p.kind) for p in found.values() if p.role == "party"]
        for name, kind, span in counted_groups(text, context[0], context[1], quotes, signed):
            if not one_short:
                add(name, kind, "party", span)  # '도내 5개 시·군', '13개 기업': one party for the group
        for name, kind, span in investing_group(text, sentences(text), context, found):
            add(name, kind, "party", span)  # '기업들과 … 체결했다. ㈜A 등 4개 기업이 … 투자하고'
    if context and not has_subject(words, context[0], context[1]):
        own = {body for anaphor, body in names.city.items() if anaphor != "도"}
        signed = any(p.role == "party" and p.kind == "government" for p in found.values())
        headed = len(own) == 1 and any(f"{body}{head}" in text for body in own for head in ("수", "장", "청장"))
        if headed and not signed and any(p.role == "party" for p in found.values()):
            # '13일 영상회의실에서 ㈜A, B㈜와 투자 양해각서를 체결했다': the sentence names only the
            # partners; the one city or county the article is about, whose head it names, signs too
            body = own.pop()
            first = next((m for m in every_mention if names.resolve(m.name) == body), None)
            add(body, "government", "party", (first.start, first.end) if first else (context[0], context[0]))
    arrangers_attend(text, names, found)
    guests_attend(text, found)  # 'NAME 전라남도 에너지산업국장', 'OO도의회 NAME 의원' at a county's ceremony
    offices_announced(found)  # 'OO군은 OO군 OO과와 …': the county tells, its office signs
    if context:
        announcer_of_others(text, context[0], context[1], found)  # 'OO군은 ㈜A와 B마을이 … 맺었다고 밝혔다'
        earlier_partners(text, context[0], context[1], found)  # '지난해 A시와 … 맺은 데 이어 15일 B시와 …'
    starting = {m.start: m for m in every_mention}
    for told in SIGNED_THIS_DAY_RE.finditer(text):  # '이날 투자 협약을 체결한 ㈜A는 …': A, attending, signed
        mention = starting.get(told.end())
        current = found.get(names.resolve(mention.name)) if mention else None
        if current and current.role == "participant" and TOPIC_AFTER_RE.match(text, mention.end):
            current.role = "party"
    # a party written inside a longer one is that one: the 농협 of the group '6개 지역 농협과', the
    # '산림조합' of '가람군 산림조합(조합장 NAME)'
    wholes = {p.span for p in found.values() if COUNTED_NAME_RE.match(p.name) or re.search("[ ·]", p.name)}
    for key, party in list(found.items()):
        if any(s <= party.span[0] < e and party.span != (s, e) for s, e in wholes):
            del found[key]
    return sorted(found.values(), key=lambda p: p.span[0])


COUNTED_NAME_RE = re.compile(r"\d+개")
BARE_HEAD_RE = re.compile(r"(?<![가-힣])[가-힣]{2,4}\s(?P<title>군수|시장|구청장)(?=와|과|,|\s|\(|을|이|은|는)")


def bare_headed(text: str, clause: tuple[int, int], city: dict[str, str]):
    """(body, span) of the one city, county or district the article is about, when the attendance clause
    of a signing sentence with no subject names its head by the bare title ('NAME 군수와 …')."""
    own = {body for anaphor, body in city.items() if anaphor != "도"}
    head = BARE_HEAD_RE.search(text, *clause)
    if len(own) != 1 or not head:
        return []
    (body,) = own
    return [(body, head.span("title"))] if gazetteer.TITLE_ENDINGS[head["title"]] == body[-1:] else []


# a wire or paper's dateline before the lead: '[OO경제(대구)=NAME 기자]', '(가람=OO뉴스)'
DATELINE_IN_RE = re.compile(r"\[[^\]\n]{1,40}=[^\]\n]{1,40}\]|\([^()\n]{1,20}=[^()\n]{1,20}\)")


def counted_again(text: str, context) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies of a group the signing sentence counts, named in brackets in the sentences right
    after it (within ``COUNTED_AGAIN_WINDOW`` characters)."""
    counts = {group_name(m)[2] for m in GROUP_RE.finditer(text, context[0], context[1])}  # also '9개 민간 의료기관'
    if not counts:
        return []
    here = span_at(sentences(text), context[0])
    end = here[1] if here else context[1]
    return counted_in_brackets(text, end, min(len(text), end + COUNTED_AGAIN_WINDOW), counts)


COUNTED_AGAIN_WINDOW = 400


def _where_it_goes(text: str, name: str, kind: str, span: tuple[int, int]) -> bool:
    """A place, alone or listed with others, that the sentence says something goes to; a place's
    body named from a list ('가평, 연천문화재단과': 가평문화재단) is a body, not its place."""
    if not PLACES_LIST_RE.match(text, span[1]):
        return False
    return kind == "government" or gazetteer.is_place(name)


# a place, or a list of them, where something goes: '영동·보은·단양군에 투자할', 'A·B군에 들어설'
PLACES_LIST_RE = re.compile(
    r"(?:(?:\s?[·ㆍ]\s?|[과와]\s)[가-힣]{1,8})*(?:에|에서)\s(?:각각\s)?"
    r"(?:투자|들어설|입주|이전|공장|생산|사업장|건립|짓|조성|설립|신설|증설|사업비)"  # 'A군과 B군에 각각 사업비 …'
    r"|(?:(?:\s?[·ㆍ]\s?|[과와]\s)[가-힣]{1,8})*에\s각각\s"
    r"|(?:(?:\s?[·ㆍ,]\s?|[과와]\s)[가-힣]{1,8})*\s(?:지역|지역의|소재|소재의|관내|관내의)\s"  # 'A시와 B군 지역 N개 업체와', 'A시 관내 N개 대학과'
)


# a partner named before an attendance clause: 'A는 B와', 'A와 B는'
PARTNER_RE = re.compile(r"[가-힣A-Za-z)㈜](?:와|과)\s")


# a body said to have signed that day, as the subject of what it does next: '이날 투자 협약을 체결한 ㈜A는 …'
SIGNED_THIS_DAY_RE = re.compile(
    r"(?:이날|이번에?|오늘)\s(?:[^\s.\n]+\s){0,2}?(?:협약|MOU|양해각서)[을를]?\s?(?:체결한|맺은)\s"
)
COUNT_BEFORE_RE = re.compile(r"(?<![\d.])\d{1,3}\s?개\s$")
TOPIC_AFTER_RE = re.compile(r"(?:은|는|이|가)\s")
JOINED_RE = re.compile(
    r"(?:협약|양해각서|MOU|협정)에\s?(?:참여|동참|합류)"
    # '…연구원도 이날 협약서에 서명했다', '2대 주주인 B도 함께 서명해': a body told as having signed too
    r"|(?<=도\s)(?:(?:이날|함께|나란히|같이)\s)?(?:(?:협약서|양해각서|협정서)에\s)?서명(?:했|해|하며|하고)"
)
