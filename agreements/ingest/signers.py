"""Signers as real articles name them, beyond 'X는 Y와 협약을 체결했다'.

- Heads as the subjects: 'NAME OO시장과 NAME OO군수는 … 체결했다' (the city and the county sign).
- The two sides of a quoted title: "'A-B 간 상생발전 협약'을 체결한다".
- Heads named with their body ('NAME 다온 대표이사와', 'NAME 가람대 부총장이'); a market's traders'
  body ('OO큰시장 상인회와'), whose name ends like a mayor's title.
- Words that look like bodies and are not: a trade before a firm ('컨택센터 인 ㈜A'), a province
  before its district ('대구 중구'), the place a firm is in ('영등포와 광진구에 있는 ㈜A'), an area
  ('OO읍 기지시 일원에서').
"""

from __future__ import annotations

import re

from . import gazetteer
from .entities import org_kind
from .heads import MARKET_NAME_RE
from .orgwords import PROVINCES, REGIONS
from .person_names import glued_name
from .signing import in_any, sentences
from .spans import words_between
from .words import Mention, Word

# an official who signs for the body they head: 'NAME OO시장과 NAME OO군수는 … 체결했다' (the city and
# the county sign), 'NAME 충남지사는 … 체결했다' (the province); a head's title names the body's kind
HEADED_BODY_RE = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}\s(?:[가-힣]{2,8}(?:특별자치도|광역시|특별시|도)\s)?"
    r"(?P<place>[가-힣]{1,6}?)(?P<title>도지사|지사|시장|군수|구청장)(?:\s권한대행)?"
    r"(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s?등)"
)
HEAD_SUFFIX = {"도지사": "도", "지사": "도", "시장": "시", "군수": "군", "구청장": "구"}


def headed_bodies(text: str, start: int, verb: int, quotes, clause) -> list[tuple[str, tuple[int, int]]]:
    """The bodies whose heads are the subjects of a signing sentence (not those in its attendance
    clause): '이춘희 OO시장과 박영수 OO군수가 … 서명했다' gives OO시 and OO군."""
    found = []
    for m in HEADED_BODY_RE.finditer(text, start, verb):
        place = m.group("place")
        if in_any(m.start(), quotes) or (clause and clause[0] <= m.start() < clause[1]):
            continue
        if len(place) < 2 and m.group("title") != "구청장" or place.endswith(("부", "전")):
            continue  # '과학부시장' is a deputy, '전 시장' a former one: neither signs for a body
        if m.group("title") == "지사" and place not in PROVINCES:
            continue  # 'OO공사 부산지사' is a branch; only a province has a 지사 for its head
        if MARKET_NAME_RE.fullmatch(place + m.group("title")):
            continue  # 'OO 전통시장이': a market, not the mayor of a city 'OO전통시'
        if glued_name(place, HEAD_SUFFIX[m.group("title")], text, m.start("place")):
            continue  # '시청에서 NAME시장과': the mayor's name written against his title, no city 'NAME시'
        found.append((place + HEAD_SUFFIX[m.group("title")], m.span("place")))
    return found


# the sides in the agreement's own title: "'OO시-OO도 OO군 간 상생발전 협약'을 체결했다", "'A군-B교육지원청
# -C경찰서-D소방서 간 … 협약식'을 열었다"
# each word a name's, not a number's ('3자간': the count of sides; '2027-2029년 간': years)
_SIDE = r"[가-힣A-Za-z㈜][가-힣A-Za-z0-9㈜]{1,14}(?:\s[가-힣A-Za-z㈜][가-힣A-Za-z0-9㈜]{1,14})?"
TITLED_PAIR_RE = re.compile(rf"(?P<sides>{_SIDE}(?:\s?[-–·]\s?{_SIDE}){{1,9}})\s?(?:\d자\s?)?간\s")
SIDE_RE = re.compile(_SIDE)
# a quoted title that opens with its sides joined by dashes, no '간': "'A시-B도 C군 상생발전을 위한 …협약'"
QUOTED_SIDES_RE = re.compile(rf"(?P<sides>{_SIDE}(?:\s?[-–]\s?{_SIDE}){{1,5}})\s")
# the same unquoted in the signing sentence, the sides joined by dashes: 'A군-B영농법인-㈜C 3자간 업무협약을'
DASHED_SIDES_RE = re.compile(rf"(?P<sides>{_SIDE}(?:\s?[-–]\s?{_SIDE}){{1,9}})\s?(?:\d자\s?)?간\s")


def titled_pair(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies a quoted agreement title names as its sides ('A-B 간 … 협약', 'A-B-C 간'), or the signing
    sentence joined by dashes ('A-B-C 3자간 협약'), each kept only
    when its ending makes it a body; a province before a county is where the county is, and a word after the
    last side that names no body is the title's topic."""
    found = []
    pairs = []
    for q_start, q_end in quotes:
        if not start <= q_start < verb:
            continue
        pair = TITLED_PAIR_RE.search(text, q_start, q_end)
        if pair and pair.start() <= q_start + 2:
            pairs.append(pair)
            continue
        dashed = QUOTED_SIDES_RE.match(text, q_start + 1, q_end)  # "'A시-B도 C군 상생발전을 위한 …협약'"
        if dashed:
            pairs.append(dashed)
    pairs += [m for m in DASHED_SIDES_RE.finditer(text, start, verb) if not in_any(m.start(), quotes)]
    for pair in pairs:
        for side in SIDE_RE.finditer(text, *pair.span("sides")):
            name = side.group()
            first, _, rest = name.partition(" ")
            if rest and org_kind(first, True) == "government" and org_kind(rest, True) == "government":
                name = rest
            end = side.end()
            if rest and org_kind(first, True) not in (None, "government") and not org_kind(rest, True):
                name, end = first, side.start() + len(first)  # "'A도-㈜B 전기버스 충전 … 협약'": the title's topic
            kind = org_kind(name, True)
            if kind:
                found.append((name, kind, (end - len(name), end)))
    return found


# the trade a firm is introduced by: '컨택센터 인 ㈜A' (written apart), '… 전문회사 ㈜B'
SECTOR_RE = re.compile(r"\s?인\s")


def sector_before(text: str, mention: Mention) -> bool:
    return bool(SECTOR_RE.match(text, mention.end)) and not text[mention.end : mention.end + 1].strip()


# a place a firm is in, before the firm: '영등포와 광진구에 있는 ㈜A와'
WHERE_FIRM_IS_RE = re.compile(
    r"(?:(?:와|과|·|,)\s?[가-힣]{1,10})*에\s?(?:있는|위치한|소재한|자리한|본사를\s?둔)\s"
    r"|\s?입주\s?(?:기업|업체|회사)(?:인|이자)\s"  # 'OO공단 입주 기업인 ㈜A와': where ㈜A is
    # a district before its neighbourhood, where the venue is: '서울 중구 남산동의 한 호텔 연회장에서'
    r"|\s[가-힣]{1,6}(?:동|읍|면)(?:\d가)?(?:의|에\s(?:있는|위치한))\s"
)
# a province before the town where the venue is: '경기도 안산에 있는 OO관리단에서'
PLACE_OF_VENUE_RE = re.compile(r"\s[가-힣]{1,8}에\s?(?:있는|위치한|소재한|자리한)\s")
# an area named after a word: 'OO읍 기지시 일원에서' (a village that ends like a city)
AREA_AFTER_RE = re.compile(r"\s(?:일원|일대)(?![가-힣])|\s(?:일원|일대)(?:에서|에|의|을|를)")
HIGHER_PLACE_RE = re.compile(r"(?:특별자치도|광역시|특별시|도)$")


def place_of_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A province or metropolitan city written right before a city, county or district in it."""
    if mention.kind != "government":
        return False
    if mention.name not in REGIONS and not HIGHER_PLACE_RE.search(mention.name):
        return False
    if text[mention.end : mention.end + 1] != " ":
        return False
    return any(
        # and before a township named with its county: '경상남도 하동군 악양면'
        m.start == mention.end + 1 and m.kind == "government" and m.name.split()[0].endswith(("시", "군", "구"))
        for m in mentions
    ) or _province_of_head(text, mention)


# a head of a city, county or district by the title their body names: 'NAME 충청남도 태안군수와'
LOCAL_HEAD_RE = re.compile(r"[가-힣]{1,6}(?:시장|군수|구청장)(?![가-힣]{2})")


def _province_of_head(text: str, mention: Mention) -> bool:
    """Whether a province is written right before a title that names a city, county or district in it."""
    title = LOCAL_HEAD_RE.match(text, mention.end + 1)
    headed = gazetteer.headed(title.group()) if title else None
    return bool(headed) and any(body.name == headed[0].parent for body in gazetteer.lookup(mention.name))


def place_of_firm(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A city or county written bare right before a firm or a co-op in it: '전남 완도 A농협(조합장 NAME)과'."""
    return (
        mention.kind == "government"
        and text[mention.end : mention.end + 1] == " "
        and any(m.start == mention.end + 1 and m.kind in ("company", "cooperative") for m in mentions)
    )


# 'NAME ORG 대표이사와', 'NAME ORG 부총장이': a head named with the body they sign for
TITLE_KINDS = {"총장": "university", "부총장": "university", "학장": "university", "대표": "company"}
TITLE_KINDS |= {"대표이사": "company", "사장": "company", "회장": "company", "이사장": "public_institution"}
TITLE_KINDS |= {"원장": "other", "병원장": "other", "센터장": "other"}  # 'NAME 다온재활센터 원장과'
NAMED_HEAD_RE = re.compile(
    r"(?<![가-힣0-9])[가-힣]{2,4}(?:\([^()\n]{1,8}\))?\s(?P<org>[가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,19}(?:\((?:주|유)\)|㈜)?)\s"
    rf"(?P<title>{'|'.join(sorted(TITLE_KINDS, key=len, reverse=True))}|[가-힣]{{2,4}}본부장)"
    r"(?:\([^()\n]{1,8}\))?(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s등)"
)


LEGAL_BRACKET_RE = re.compile(r"\((?:주|유|사|재|합)\)")
HEADS_BRACKET_BEFORE_RE = re.compile(r"\(회장\s$")
# a head whose title is the body's name with 장, after the head's name: 'NAME 가람대학교 새솔병원장',
# 'NAME 누리시의료원장', 'NAME 다온재활센터장' (the word before the body is the body's parent, if any)
FUSED_HEAD_RE = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}\s(?P<org>(?:[가-힣A-Za-z0-9]{2,15}\s)?[가-힣A-Za-z0-9]{1,15}"
    r"(?:병원|의료원|센터|연구원|진흥원|복지관|연합회|협의회|협회|조합))장(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s등|을\s비롯)"
)


def named_heads(
    text: str, start: int, verb: int, quotes, clause, is_person
) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies whose heads sign as subjects or partners, named between the head's name and title
    ('NAME 가람대 총장과', 'NAME 다온 대표이사와'): a university for 총장, else a company unless its
    ending says otherwise. ``is_person(text)`` tells a person's name written before the body."""
    found = []
    matches = sorted(
        [*NAMED_HEAD_RE.finditer(text, start, verb), *FUSED_HEAD_RE.finditer(text, start, verb)],
        key=lambda m: m.start(),
    )
    for match in matches:
        if in_any(match.start(), quotes) or (clause and clause[0] <= match.start() < clause[1]):
            continue
        org = match.group("org")
        if not is_person(text[match.start() : text.index(" ", match.start())].split("(")[0]):
            continue
        if text[match.start() - 1 : match.start()] in (")", "㈜") or LEGAL_BRACKET_RE.search(
            text, match.start(), match.start("org")
        ):
            continue  # '(주)OO식품 NAME 대표', 'OO산업(주) NAME 대표': the firm, then its head's name
        if org_kind(org, True) == "government" or org in REGIONS or org.endswith(("시", "군", "구", "도")):
            continue  # 'NAME 가람시 부시장': a government is named by the gazetteer and its heads
        if HEADS_BRACKET_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
            continue  # 'A연대(회장 NAME B신문 대표, 이하 …)': the head of the body before the bracket, and his own firm
        title = match.groupdict().get("title")
        kind = org_kind(org, True) or TITLE_KINDS.get(
            title, "company" if title else "other"
        )  # 'OO 경영본부장'
        if title and title.endswith("지역본부장"):  # 'NAME OO공단 남부지역본부장': the regional office signs
            found.append((f"{org} {title[:-1]}", kind, (match.start("org"), match.end("title") - 1)))
            continue
        found.append((org, kind, match.span("org")))
    return found


# a market's traders' body: 'OO큰시장 상인회와' (a market whose name ends like a mayor's title)
MARKET_BODY_RE = re.compile(
    r"(?<![가-힣])(?P<market>[가-힣]{2,12}시장)\s?(?P<body>상인회|상인연합회|번영회|상점가진흥조합)장?"
    r"(?=와\s|과\s|이\s|가\s|은\s|는\s|,|·|\s등)"
)


def market_bodies(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """'OO큰시장 상인회와 … 협약을 체결했다', 'NAME OO큰시장 상인회장은 …': the market's traders' body
    signs (or its head for it), not a city 'OO큰시'."""
    return [
        (text[m.start() : m.end("body")], "association", (m.start(), m.end("body")))  # as written
        for m in MARKET_BODY_RE.finditer(text, start, verb)
        if not in_any(m.start(), quotes)
    ]


def has_subject(words: list[Word], start: int, end: int) -> bool:
    """Whether words between start and end include a subject or topic ('OO군은', 'NAME 시장이')."""
    return any(word.text[len(word.stem) :] in SUBJECT_JOSA for word in words_between(words, start, end))


SUBJECT_JOSA = ("은", "는", "이", "가")


def lead_subject(text: str, mentions: list[Mention], before: int) -> list[Mention]:
    """The body the article's first sentence is about ('경남 OO군이 … 약속받았다'), if it comes before
    ``before``: its first mention taking a subject's particle."""
    first = sentences(text)[0] if sentences(text) else None
    if not first or first[0] >= before:
        return []
    for mention in words_between(mentions, first[0], min(first[1], before)):
        if text[mention.end : mention.end + 1] in SUBJECT_JOSA and not mention.loose:
            return [mention]
    return []
