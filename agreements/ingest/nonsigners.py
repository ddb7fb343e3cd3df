"""Bodies a signing sentence names that do not sign: the province of the venue ('경기도 안산에 있는
OO관리단에서'), a body in the name of the event where the signing took place ('…에서 열린 충남도와
시·군 합동 투자협약 체결식에서'), a head's name in a body's bracket that Kiwi reads as a place
('OO(대표이사 NAME)과', NAME ending in 구), a place's short name that qualifies a project ('완도
금일해상풍력 추진을 위한'), a ministry named before its programme ('OO부 공모사업'); and a body that
arranged the deal between others ('시의 주선하에'), which attends without signing."""

from __future__ import annotations

import re

from . import gazetteer
from .dates import EARLIER_DEAL_AFTER_RE
from .names import Names
from .orgwords import OFFICIAL_TITLES
from .signers import PLACE_OF_VENUE_RE
from .signing import EARLIER_DEAL_RE
from .townships import names_an_office
from .words import Mention, Word

# the body that founded the one that signs, named before it: '… 누리그룹이 설립한 누리코리아와'
PARENT_RE = re.compile(r"\s(?:산하|소속|(?:출연|출자|산하|소속)\s?기관인)\s")  # and 'OO시 출연기관인 OO재단'
FOUNDER_RE = re.compile(r"[이가의]\s(?:설립한|세운|만든|출자한|100%\s?출자한|자회사인)\s")
# who the news comes from: '군에 따르면 …'
ACCORDING_TO_RE = re.compile(r"(?:\([^()\n]{1,30}\))?에\s?(?:따르면|의하면)\s")  # and 'OO군(군수 NAME)에 따르면'
# a pair of others as the subject after it: '… ㈜A와 B마을이', '… A(대표 NAME)와 OO면 B마을(이장 NAME)이'
OTHERS_AS_SUBJECT_RE = re.compile(r"[^\s.\n]+[와과]\s(?:[^\s.\n]+\s){0,2}?[^\s.\n]+?[이가]\s")
# one other body as the topic after it, who signs with someone: '… 가람면 주민자치회(회장 NAME)는 … B와'
OTHER_TOPIC_RE = re.compile(
    r"(?:(?:이날|최근|지난\s?\d{1,2}일)\s)?(?P<topic>(?:[^\s.\n]+\s){0,6}?[^\s.\n]+?)(?:\([^()\n]{1,30}\))?(?:은|는)\s"
)
# a topic that is heads ('NAME 지사와 NAME 교육감은') or the pact ('이번 업무협약은 … B와 체결한 것으로')
NOT_OTHER_TOPIC_RE = re.compile(r"(?:지사|시장|군수|구청장|교육감)$|협약")
PARTNER_RE = re.compile(r"[가-힣A-Za-z0-9)㈜][와과]\s")


def told_by(text: str, end: int) -> bool:
    """Whether the body ending at ``end`` is who the news comes from ('군에 따르면'), with others the subject
    of the signing after it: a pair ('… A와 B가'), or one other body that signs with a partner ('가람군에
    따르면 가람면 주민자치회는 … 나래동 주민자치회와 … 맺었다'); '해솔시에 따르면 이날 A, B와 협약을
    체결했다' has the city sign."""
    according = ACCORDING_TO_RE.match(text, end)
    if not according:
        return False
    stop = text.find(".", end)
    stop = len(text) if stop < 0 else stop
    if OTHERS_AS_SUBJECT_RE.search(text, end, stop):
        return True
    topic = OTHER_TOPIC_RE.match(text, according.end(), stop)
    return bool(
        topic
        and not NOT_OTHER_TOPIC_RE.search(topic.group("topic"))
        and (PARTNER_RE.search(topic.group("topic")) or PARTNER_RE.search(text, topic.end(), stop))
    )


def named_but_not_signing(text: str, mention: Mention, words: list[Word], names, start: int) -> bool:
    """Whether a body named before the signing verb is there for another reason than signing."""
    if mention.kind == "government" and PLACE_OF_VENUE_RE.match(text, mention.end):
        return True
    if mention.kind == "government" and VILLAGE_ADDRESS_AFTER_RE.match(text, mention.end):
        return True  # 'OO군 OO면 OO마을(이장 NAME)과': where the village is
    if mention.kind == "government" and _in_address(text, mention):
        return True  # 'B사(가람시 동구 소재)에서': where the venue is
    if VENUE_WITH_ADDRESS_RE.match(text, mention.end):
        return True  # 'OO주민센터(OO로 12)에서는': the venue, its street address in brackets
    if mention.kind == "government" and VENUE_OF_PLACE_RE.match(text, mention.end):
        return True  # 'OO시 실내체육관에서': the hall the city has, where the signing was
    if HELD_EVENT_RE.search(text, max(start, mention.start - 40), mention.start) and EVENT_AT_RE.match(
        text, mention.end
    ):
        return True
    if told_by(text, mention.end):
        return True  # '군에 따르면 … A와 B가 … 협약서를 주고받았다': who tells of the signing
    if HOSTED_BY_AFTER_RE.match(text, mention.end) or ORGANISED_AFTER_RE.match(text, mention.end):
        return True  # '충청북도 주최로 열린 …', '충청북도가 … 마련한 합동 투자협약식에서': who held the ceremony
    if PROGRAMME_AFTER_RE.match(text, mention.end):
        return True  # 'OO부 공모사업 선정을 위해': the ministry whose programme the signers take up
    if SET_UP_FOR_RE.match(text, mention.end):
        return True  # '… 기관과 OO혁신협의회 운영을 위한 업무협약': the body the agreement sets going
    if FOUNDER_RE.match(text, mention.end) or PARENT_RE.match(text, mention.end):
        # '… 누리그룹이 설립한 누리코리아와', 'OO재단 산하 OO복지관은': the founder or parent describes the body
        return True  # that signs
    if SERVES_AS_RE.match(text, mention.end):
        return True  # 'OO시의회 OO위원회 부위원장으로 활동하고 있는 NAME 의원은': a person's post
    if HEAD_IN_BRACKET_RE.search(text, max(0, mention.start - 10), mention.start) and text[
        mention.end : mention.end + 1
    ] in (")", ","):
        return True
    return _place_before_noun(text, mention, words, names)


def _place_before_noun(text: str, mention: Mention, words: list[Word], names) -> bool:
    """The short name of a city, county or district the article names in full ('완도' of 완도군), as one
    bare word before a bare noun: it qualifies the noun ('완도 금일해상풍력 추진을 위한')."""
    if mention.kind != "government" or mention.first != mention.last or not words[mention.last].bare:
        return False
    if not any(n[:-1] == mention.name and n[-1] in "시군구" for n in names):
        return False
    after = [w for w in words if w.start == mention.end + 1]
    return bool(after) and after[0].bare and text[mention.end] == " "


# the post a person holds in the body, told before the person: '… 부위원장으로 활동하고 있는 NAME 의원은',
# '… 위원장인 NAME 의원은'
SERVES_AS_RE = re.compile(
    r"\s?[가-힣]{0,8}(?:위원장|위원|의원|의장|회장|이사|대표)(?:으로|로)\s?(?:활동|재직|일하)[가-힣]{0,6}\s"
    r"|\s?[가-힣]{0,8}(?:위원장|의장)인\s[가-힣]{2,4}\s"
)


# an address in brackets after a body: '(가람시 동구 소재)', '(OO시 OO동 위치)'
# or where it lies: 'OO시청(OO도 OO시 소재)에서'
VENUE_WITH_ADDRESS_RE = re.compile(
    r"\((?:[^()\n]{0,30}\d[^()\n]{0,10}|[^()\n]{0,30}\s(?:소재|위치))\)\s?에서(?:는|도)?(?![가-힣])"
)
# a hall of the place, where the signing is held: 'OO군 실내체육관에서', 'OO시 문화예술회관 대강당에서'
VENUE_OF_PLACE_RE = re.compile(r"\s(?:[가-힣A-Za-z0-9]{1,12}\s)?[가-힣A-Za-z0-9]{1,12}에서(?:는|도)?\s")
ADDRESS_OPEN_RE = re.compile(r"\([^()\n]{0,20}$")
ADDRESS_CLOSE_RE = re.compile(r"[^()\n]{0,20}?\s?(?:소재|위치)\s?\)")


def _in_address(text: str, mention: Mention) -> bool:
    return bool(
        ADDRESS_OPEN_RE.search(text, max(0, mention.start - 20), mention.start)
        and ADDRESS_CLOSE_RE.match(text, mention.end)
    )


# a body named before its programme: 'OO부 공모사업', 'OO부의 지원사업', '국토부 공모에 선정된'
PROGRAMME_AFTER_RE = re.compile(r"(?:의)?\s?(?:(?:공모|지원|국비|국책)\s?사업|공모(?:에|를|로|\s))")
# a body the agreement is made to set up or run, named bare before it: 'OO협의회 운영을 위한'
# (or the plant it builds: '… 양극재 전구체 생산공장 신설을 위한 투자협약')
SET_UP_FOR_RE = re.compile(r"\s(?:운영|구성|설립|출범|발족|설치|신설|건립|건설|증설|신축)(?:을|를)?\s?(?:위한|위해)")
# a body named in the name of the event where the signing took place: '열린 A도와 시·군 합동 … 체결식에서'
HELD_EVENT_RE = re.compile(r"(?:열린|개최된|마련된)\s(?:[^\s.\n]+\s){0,2}$")
EVENT_AT_RE = re.compile(r"[^.\n]{0,40}?(?:체결식|협약식|행사|설명회|투자설명회)(?:장)?에서")
# the title that opens a head's bracket after a body: 'OO(대표이사 '
HEAD_IN_BRACKET_RE = re.compile(r"\((?:[가-힣]{1,8}장|대표|대표이사|사장|회장|총장|지사|군수|교육감)\s$")
# a township and its village after a county: 'OO군 OO면 OO마을', 'OO군 OO읍 OO2리'
VILLAGE_ADDRESS_AFTER_RE = re.compile(r"\s[가-힣]{1,5}(?:읍|면)\s[가-힣]{1,8}(?:마을|\d{1,2}리)(?:[(\s,·]|[이가과와은는의]\s)")
# a body that brought the signers together: '시의 주선하에', 'OO군의 중재로'
ARRANGED_RE = re.compile(
    r"(?<![가-힣])(?P<who>[가-힣]{1,12}?)의\s?(?:주선|중재|알선)(?:하에|으로|로|\s?아래|에\s?따라)"
    # its head in brackets, no '의': 'OO농협(조합장 NAME) 주선으로'
    r"|(?<![가-힣])(?P<body>[가-힣]{2,12})\([^()\n]{1,20}\)\s(?:주선|중재|알선)(?:하에|으로|로)"
)


def arrangers_attend(text: str, names: Names, found: dict) -> None:
    """'A시장과 B마트가 시의 주선하에 상생을 약속했다': the city arranged the deal between two others and
    takes part without signing, even where a later sentence has it conclude the agreement."""
    for match in ARRANGED_RE.finditer(text):
        party = found.get(names.resolve(match["who"] or match["body"]))
        signers = sum(1 for p in found.values() if p.role == "party")
        if party and party.role == "party" and signers >= 3:
            party.role = "participant"


def offices_announced(found: dict) -> None:
    """A city or county that tells of its own offices' agreement ('OO군은 OO군 새마을경제과와 나래군 관광과가
    … 협약을 맺었다고 밝혔다') only announces it: the offices sign, not the county besides them."""
    for key, party in list(found.items()):
        if party.role != "party" or party.kind != "government":
            continue
        own = [p for p in found.values() if p.role == "party" and p.name.startswith(f"{party.name} ")]
        offices = all(p.kind == "government" and " " in p.name and names_an_office(p.name) for p in own)
        if own and offices and all(p.span[0] > party.span[0] for p in own):
            del found[key]


# a province's official below its head, named as its guest: 'NAME 전라남도 에너지산업국장', '경상북도 관계자'
PROVINCE_OFFICIAL_RE = re.compile(rf"\s?(?:[가-힣]{{2,12}}\s?)?(?:{OFFICIAL_TITLES})")
# a ceremony held by the body: '… 주최로 열린 합동 투자협약 체결식에서', '… 주관으로 열린 협약식에서'
HOSTED_BY_AFTER_RE = re.compile(
    r"\s?(?:의\s)?(?:주최|주관)(?:로|으로|하에)\s(?:[^\s.\n]+\s){0,2}?(?:열린|개최된|마련된)\s[^.\n]{0,30}?(?:체결식|협약식|행사|설명회)"
)
# the body that held a joint ceremony: '경상북도가 마련한 상반기 합동 투자협약식'
# (its head in brackets between: "농협 OO군지부(지부장 NAME)가 주관한 '… 합동 자매결연식'이")
ORGANISED_AFTER_RE = re.compile(
    r"(?:\([^()\n]{1,20}\))?(?:이|가)\s(?:[^\s.\n]+\s){0,2}?(?:마련한|주관한|주최한)\s[^.\n]{0,20}?(?:협약식|체결식|결연식)"
)
# a council's members, named as guests: '경남도의회 NAME·NAME 의원', 'OO군의회 NAME 부의장'
COUNCIL_MEMBER_RE = re.compile(r"\s?(?:[가-힣]{2,4}(?:·[가-힣]{2,4})*\s)?(?:의원|도의원|시의원|군의원|의장|부의장)")


def guests_attend(text: str, found: dict) -> None:
    """A province that only sent an official to a city's or county's ceremony ('이날 협약식에는 NAME 해람군수를
    비롯해 NAME 전라남도 에너지산업국장, …이 참석했다'), a council whose members came, and a body that only
    held the ceremony, are guests, not bodies that take part; so is the council of a government that signs,
    its chair named beside the heads who sign ('NAME 가람군수와 NAME 나래구청장, NAME 가람군의회 의장 …')."""
    governments = {p.name for p in found.values() if p.kind == "government" and p.role == "party"}
    for key, party in list(found.items()):
        if party.name.endswith("의회") and party.name[:-2] in governments and COUNCIL_MEMBER_RE.match(text, party.span[1]):
            del found[key]  # 'NAME 가람군의회 의장' beside the heads of 가람군 and 나래구 that sign: the council's guest
            continue
        if party.role != "participant":
            continue
        if party.name.endswith("의회") and COUNCIL_MEMBER_RE.match(text, party.span[1]):
            del found[key]
        elif ORGANISED_AFTER_RE.match(text, party.span[1]):
            del found[key]  # '이날 협약식은 경상북도가 마련한 합동 투자협약식으로': it held the ceremony
        elif PROVINCE_OFFICIAL_RE.match(text, party.span[1]) and any(
            body.level == "sido" for body in gazetteer.lookup(party.name)
        ):
            del found[key]


# an earlier year's deal the signing follows: '지난 2006년 4월 A시와 자매결연을 맺은 데 이어 15일 B시와 …'
EARLIER_DEAL_CLAUSE_RE = re.compile(rf"(?:{EARLIER_DEAL_RE.pattern}){EARLIER_DEAL_AFTER_RE.pattern}")


def earlier_partners(text: str, start: int, verb: int, found: dict) -> None:
    """A body the signing sentence names as the partner of an earlier year's deal it follows is no signer."""
    for clause in EARLIER_DEAL_CLAUSE_RE.finditer(text, start, verb):
        for key, party in list(found.items()):
            if clause.start() <= party.span[0] < clause.end():
                del found[key]


# a pair of others as the subject of the signing, then the verb reported: '… A와 B가 … 맺었다고 9일 밝혔다'
PAIR_JOINED_RE = re.compile(r"(?:\([^()\n]{1,30}\))?[와과]\s(?:[가-힣]{1,6}[읍면동]\s)?(?:[가-힣]{1,6}리\s)?")  # (a village's 면, 리)
PAIR_SUBJECT_RE = re.compile(r"(?:\([^()\n]{1,30}\))?[이가]\s")
# the pair is the subject of a clause of its own before the verb ('A와 B가 참석한 가운데'), not of the signing
EMBEDDED_RE = re.compile(r"(?:는|은|한|된|던|할|될|인)\s|가운데|자리|함께|참석|참여|지켜|입회")
# the pair told by its sorts, counted: '관내 2개 기업과 2개 마을이', '기업 두 곳과 마을 두 곳이'
_SORT = r"(?:\d{1,2}\s?개\s)?(?:기업|업체|마을|단체|기관|학교|농가)(?:\s(?:\d{1,2}|두|세|네)\s?곳)?"
PAIR_OF_SORTS_RE = re.compile(rf"(?:(?:관내|지역|도내|군내|시내)\s)?{_SORT}[와과]\s{_SORT}[이가]\s")
# the day and the place told before the pair: '가람군은 지난 11일 군청 소회의실에서 2개 기업과 2개 마을이 …'
WHEN_WHERE_RE = re.compile(
    r"(?:(?:(?:지난|오는)\s?)?\d{1,2}일(?:\s?\([월화수목금토일]\))?\s|이날\s|최근\s)?"
    r"(?:(?:[가-힣0-9·]{1,12}\s){0,3}?[가-힣0-9]{1,12}에서\s)?"
)
# what the pair meant by it, no clause of its own: '서로 돕고 함께 크자는 뜻을 담아'
PURPOSE_RE = re.compile(r"[^.\n]{0,40}?자는\s(?:뜻|취지|의미)(?:을|를|에서|로)\s?(?:담아|모아|살려)?\s?")
REPORTED_RE = re.compile(r"(?:했|었|았|였)다고\s(?:[^\s.\n]+\s){0,2}?(?:밝혔|전했|알렸)")


def announcer_of_others(text: str, start: int, verb: int, found: dict) -> None:
    """A government that tells of an agreement two others signed ('가람군은 ㈜A와 B마을이 자매결연을 맺었다고
    9일 밝혔다') only announces it: the pair after its topic is the signing's subject, not its partners."""
    parties = sorted((p for p in found.values() if p.role == "party"), key=lambda p: p.span[0])
    inside = [p for p in parties if start <= p.span[0] < verb]
    topic = _township_tells_of_list(text, inside, verb)  # told or reported: '… A, B, C가 … 체결했다'
    if topic:
        found.pop(next(k for k, v in found.items() if v is topic))
        return
    if not _reported(text, verb):
        return
    for topic in inside:  # '가람군은 관내 기업 두 곳과 마을 두 곳이 … 맺었다고 밝혔다'
        if topic.kind == "government" and tells_of_sorts(text, topic.span[1], verb):
            found.pop(next(k for k, v in found.items() if v is topic))
            return
    for topic, first, second in zip(inside, inside[1:], inside[2:], strict=False):
        if topic.kind != "government" or not text.startswith(("은 ", "는 "), topic.span[1]):
            continue
        if not PAIR_JOINED_RE.fullmatch(text, first.span[1], second.span[0]):
            continue
        if not PAIR_SUBJECT_RE.match(text, second.span[1]):
            continue
        if EMBEDDED_RE.search(text, second.span[1], verb):
            continue
        found.pop(next(k for k, v in found.items() if v is topic))
        return


def _reported(text: str, verb: int) -> bool:
    end = text.find("\n", verb)
    return bool(REPORTED_RE.search(text, verb, min(len(text) if end < 0 else end, verb + 40)))


def tells_of_sorts(text: str, topic_end: int, verb: int) -> bool:
    """Whether the topic ending at ``topic_end`` tells of a signing by a pair told by its sorts ('가람군은
    관내 기업 두 곳과 마을 두 곳이 … 맺었다고 밝혔다'), the pair the subject of the verb at ``verb``."""
    if not text.startswith(("은 ", "는 "), topic_end):
        return False
    pair = PAIR_OF_SORTS_RE.match(text, WHEN_WHERE_RE.match(text, topic_end + 2).end())
    if not pair:
        return False
    between = PURPOSE_RE.sub(" ", text[pair.end() : verb])
    return not EMBEDDED_RE.search(between) and _reported(text, verb)


# a list of bodies joined by commas or 와/과, then the subject's particle: 'A, B, C가', 'A와 B, C가'
LIST_JOINED_RE = re.compile(r"(?:\([^()\n]{1,30}\))?(?:,\s|[와과]\s)")
# gathered, and what for, before the pact's name: '한자리에 모여 함께 발전해 나가자는 상생협약을'
GATHERED_RE = re.compile(r"한자리에\s?모여\s|[^.\n]{0,40}?자는\s(?=\S*(?:협약|결연|MOU|양해각서))")
TOWNSHIP_TOPIC_RE = re.compile(r"[가-힣]{1,6}[읍면동]$")


def _township_tells_of_list(text: str, inside, verb: int):
    """The township whose topic opens a telling of others signing ('가람군 나래면은 지난 14일 A, B, C가 한자리에
    모여 … 상생협약을 체결했다': the list after the topic is the signing's subject), or None."""
    for k, topic in enumerate(inside[:-2]):
        if topic.kind != "government" or not TOWNSHIP_TOPIC_RE.search(topic.name):
            continue
        if not text.startswith(("은 ", "는 "), topic.span[1]):
            continue
        listed = inside[k + 1 :]
        if WHEN_WHERE_RE.match(text, topic.span[1] + 2).end() != listed[0].span[0]:
            continue
        if not all(LIST_JOINED_RE.fullmatch(text, a.span[1], b.span[0]) for a, b in zip(listed, listed[1:], strict=False)):
            continue
        if not PAIR_SUBJECT_RE.match(text, listed[-1].span[1]):
            continue
        between = GATHERED_RE.sub(" ", PURPOSE_RE.sub(" ", text[listed[-1].span[1] : verb]))
        return None if EMBEDDED_RE.search(between) else topic
    return None
