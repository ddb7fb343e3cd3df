"""Signers as real articles name them, beyond 'X는 Y와 협약을 체결했다'.

- Heads as the subjects: 'NAME OO시장과 NAME OO군수는 … 체결했다' (the city and the county sign).
- The two sides of a quoted title: "'A-B 간 상생발전 협약'을 체결한다".
- Firms the signing sentence only counts ('기업 2개사와'), named where the signing is attended, or
  listed right before the count ('A, B 2개사와'); a counted group not named one by one ('도내 5개
  시·군', '13개 기업 대표') is one party; the bodies a counted group lists by name ('목포시·여수시').
- Heads named with their body ('NAME 다온 대표이사와', 'NAME 가람대 부총장이'); a market's traders'
  body ('OO큰시장 상인회와'), whose name ends like a mayor's title.
- Words that look like bodies and are not: a trade before a firm ('컨택센터 인 ㈜A'), a province
  before its district ('대구 중구'), the place a firm is in ('영등포와 광진구에 있는 ㈜A'), an area
  ('OO읍 기지시 일원에서').
"""

from __future__ import annotations

import re
from itertools import islice

from .entities import org_kind
from .orgwords import PROVINCES, REGIONS
from .signing import in_any, sentences
from .spans import in_sorted, words_between
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
        found.append((place + HEAD_SUFFIX[m.group("title")], m.span("place")))
    return found


# the two sides in the agreement's own title: "'OO시-OO도 OO군 간 상생발전 협약'을 체결했다"
TITLED_PAIR_RE = re.compile(
    r"(?P<a>[가-힣A-Za-z0-9㈜]{2,15}(?:\s[가-힣A-Za-z0-9㈜]{2,15})?)\s?[-–·]\s?"
    r"(?P<b>[가-힣A-Za-z0-9㈜]{2,15}(?:\s[가-힣A-Za-z0-9㈜]{2,15})?)\s?간\s"
)


def titled_pair(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies a quoted agreement title names as its two sides ('A-B 간 … 협약'), each kept only
    when its ending makes it a body; a province before a county is where the county is."""
    found = []
    for q_start, q_end in quotes:
        if not start <= q_start < verb:
            continue
        pair = TITLED_PAIR_RE.search(text, q_start, q_end)
        if not pair or pair.start() > q_start + 2:
            continue
        for side in ("a", "b"):
            name = pair.group(side)
            first, _, rest = name.partition(" ")
            if rest and org_kind(first, True) == "government" and org_kind(rest, True) == "government":
                name = rest
            kind = org_kind(name, True)
            if kind:
                found.append((name, kind, pair.span(side)))
    return found


# the words between a count and the bodies it counts that say what they are: '3개 부품 생산기업'
WHAT_THEY_ARE = r"(?:[가-힣]{1,8}\s){1,2}[가-힣]{0,6}?"
# a count of firms: '기업 2개사와', '3개 기업과', '업체 4곳과'
FIRM_COUNT_RE = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s?(?:개\s?(?:사|기업|업체|회사|(?P<bodies>대학|기관|단체|병원|군부대|부대))|곳"
    rf"|개\s{WHAT_THEY_ARE}(?:기업|업체))"  # '3개 부품 생산기업과': the firms' trade between
    r"(?=과|와|이|가|은|는|,|·|\s)"
)  # '7개 대학과': bodies of any kind but governments, as '대학 7곳과'; '7개 군부대': units of the state
SECTOR_COUNT_RE = re.compile(
    r"\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)(?![가-힣])|\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)[와과이가은는,·]"
)


# the trade a firm is introduced by: '컨택센터 인 ㈜A' (written apart), '… 전문회사 ㈜B'
SECTOR_RE = re.compile(r"\s?인\s")


def sector_before(text: str, mention: Mention) -> bool:
    return bool(SECTOR_RE.match(text, mention.end)) and not text[mention.end : mention.end + 1].strip()


# a place a firm is in, before the firm: '영등포와 광진구에 있는 ㈜A와'
WHERE_FIRM_IS_RE = re.compile(
    r"(?:(?:와|과|·|,)\s?[가-힣]{1,10})*에\s?(?:있는|위치한|소재한|자리한|본사를\s?둔)\s"
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
    return (
        any(
            m.start == mention.end + 1 and m.kind == "government" and m.name.endswith(("시", "군", "구"))
            for m in mentions
        )
        and text[mention.end : mention.end + 1] == " "
    )


# the sort of a counted '곳' that takes in bodies of any kind: '공공기관·단체 6곳과', '유관기관 4곳과'
BODIES_COUNTED_RE = re.compile(r"(?:기관|단체|대학|학교|병원|의료원|센터)\s?$")


def uncounted_firms(text: str, context, found: dict, quotes) -> tuple[int, bool | str]:
    """How many firms the signing sentence counts but does not name, and whether the count takes in
    bodies of any kind but governments ('공공기관·단체 6곳과'), not firms only — or, for army units
    ('7개 군부대 및 기관과'), bodies of any kind ("all")."""
    start, verb = context[0], context[1]
    counts = [m for m in FIRM_COUNT_RE.finditer(text, start, verb) if not in_any(m.start(), quotes)]
    bodies = any(
        m.group("bodies")
        or m.group().endswith("곳")
        and BODIES_COUNTED_RE.search(text, max(0, m.start() - 8), m.start())
        for m in counts
    )
    # '7개 대학과', '대학 3곳과': universities, so the subject (a city's institute, say) is none of them
    universities = any(
        m.group("bodies") == "대학" or text[max(0, m.start() - 3) : m.start()].strip().endswith("대학")
        for m in counts
    )
    named = sum(
        1
        for p in found.values()
        if p.role == "party"
        and (
            p.kind == "university"
            if universities
            else p.kind != "government"
            if bodies
            else p.kind == "company"
        )
    )
    # '㈜A 외 2개 업체와': the count is of the others, A besides
    besides = sum(1 for m in counts if BESIDES_RE.search(text, max(0, m.start() - 3), m.start()))
    if any(m.group("bodies") in ("군부대", "부대") for m in counts):
        bodies = "all"
    return max(0, sum(int(m.group("n")) for m in counts) + besides - named), bodies


BESIDES_RE = re.compile(r"외\s?$")
# a sentence that ends a list by its count: '… ㈜A, B㈜, C㈜ 3곳이다', '… 공사, 공단 등이다'
COUNT_END_RE = re.compile(r"(?:\d+\s?(?:곳|개사|개\s?(?:기관|기업|업체|단체|회사))|\s등)(?:이다|다)\.?\s*$")


def counted_later(text: str, mentions: list[Mention], after: int, any_body: bool) -> list[Mention]:
    """The bodies listed in a sentence after ``after`` that ends by counting them ('이전 기관은 A, B,
    … 11곳이다'): firms, or any body but a government when the signing sentence counted bodies."""
    found = []
    for start, end in sentences(text):
        if start <= after or not COUNT_END_RE.search(text[start:end]):
            continue
        for mention in words_between(mentions, start, end):
            if not mention.loose and (mention.kind == "company" or any_body and mention.kind != "government"):
                if LIST_ITEM_END_RE.match(text, mention.end):  # an item of the list, not '… 견학과'
                    found.append(mention)
    return found


# how an item of a plain list ends: 'A와 B, C·D 등이다', '… E 3곳이다'
LIST_ITEM_END_RE = re.compile(r"\s?[,·ㆍ△]|[와과]\s|\s등|\s\d+\s?(?:곳|개)|(?:이|)다\.?(?:\s|$)")


# a counted group of signers: '도내 5개 시·군', '13개 기업 대표', '12개 제조기업과', '중소기업 9개 대표', '4개 군부대와'
GROUP_RE = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})\s?개\s?(?P<noun>시\s?[·ㆍ]\s?군|시\s군|시군|(?:[가-힣]{1,4}?)?(?:기업|업체)|회사"
    r"|(?:발전|협력|계열|건설|제약|시행|통신|보험|증권|카드|물류|유통|항공|해운|철강|정유)사|사|기관|공공기관|군부대|부대|대학"
    r"|자치구|시\s?[·ㆍ]\s?군\s?[·ㆍ]\s?구|(?:지역\s?)?(?:농협|수협|축협))"
    r"(?=\s?(?:대표|단체장|시장|기관장|총장|학장|이사장|과\s|와\s|이\s|가\s|은\s|는\s|,|\s?등))"
    r"|(?<![가-힣])(?P<noun2>중소기업|기업|업체)\s(?P<n2>\d{1,3})\s?(?:개|곳)(?=\s?(?:대표|과\s|와\s|이\s|가\s|은\s|는\s))"
    # with what they are between: '7개 혁신도시 입주 공공기관과', '3개 부품 생산기업과'
    rf"|(?<![\d.,])(?P<n3>\d{{1,3}})\s?개\s(?P<words3>{WHAT_THEY_ARE}(?P<noun3>공공기관|기관|기업|업체))"
    r"(?=\s?(?:대표|과\s|와\s|이\s|가\s|은\s|는\s|,))"
)
GROUP_KINDS = {"시·군": "government", "기관": "public_institution", "공공기관": "public_institution"}
GROUP_KINDS |= {"군부대": "government", "부대": "government", "대학": "university", "자치구": "government"}
GROUP_KINDS |= {"시·군·구": "government", "농협": "cooperative", "수협": "cooperative", "축협": "cooperative"}
GROUP_KINDS |= {"지역 농협": "cooperative", "지역농협": "cooperative"}
GROUP_ENDINGS = {"시·군": ("시", "군"), "군부대": ("부대", "사단", "여단", "연대", "군단"), "부대": ("부대",)}
GROUP_ENDINGS |= {"대학": ("대학교", "대학", "대"), "대학교": ("대학교", "대학", "대")}  # '누리대' is a 대학


def group_name(match) -> tuple[str, str, int]:
    """(name, noun, count) of a counted group as the text writes it, '시ㆍ군' and '시 군' as '시·군'."""
    if match.group("noun2"):
        return f"{match.group('noun2')} {match.group('n2')}개", match.group("noun2"), int(match.group("n2"))
    if match.group("noun3"):
        return f"{match.group('n3')}개 {match.group('words3')}", match.group("noun3"), int(match.group("n3"))
    noun = re.sub(r"\s?[·ㆍ]\s?|(?<=시)\s(?=군)|(?<=군)\s(?=구)|(?<=시)(?=군)", "·", match.group("noun"))
    n = int(match.group("n"))
    return (f"{n}개사" if noun == "사" else f"{n}개 {noun}"), noun, n


def counted_groups(
    text: str, start: int, verb: int, quotes, parties
) -> list[tuple[str, str, tuple[int, int]]]:
    """The counted groups a signing sentence names ('도는 5개 시·군, 13개 기업과 투자협약을 체결했다')
    whose members the article does not all name: each is one group party. ``parties`` are (name,
    kind) of the parties found so far; a group of N firms with N firms among them is named already, and
    so is a group of four or more with one fewer named (the article lists them '… 등')."""
    found = []
    for match in GROUP_RE.finditer(text, start, verb):
        if in_any(match.start(), quotes):
            continue
        name, noun, n = group_name(match)
        kind = GROUP_KINDS.get(noun, "company")
        endings = GROUP_ENDINGS.get(noun)
        named = sum(
            1
            for party, party_kind in parties
            if (party.endswith(endings) if endings else party_kind == kind)
            and not (kind == "government" and party.endswith("도"))
        )
        if named < n - (1 if n >= 4 else 0):  # '6개사' of which the article names five: they are the group
            found.append((name, kind, match.span()))
    return found


# 'NAME ORG 대표이사와', 'NAME ORG 부총장이': a head named with the body they sign for
TITLE_KINDS = {"총장": "university", "부총장": "university", "학장": "university", "대표": "company"}
TITLE_KINDS |= {"대표이사": "company", "사장": "company", "회장": "company", "이사장": "public_institution"}
TITLE_KINDS |= {"원장": "other", "병원장": "other", "센터장": "other"}  # 'NAME 다온재활센터 원장과'
NAMED_HEAD_RE = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}(?:\([^()\n]{1,8}\))?\s(?P<org>[가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,19}(?:\((?:주|유)\)|㈜)?)\s"
    rf"(?P<title>{'|'.join(sorted(TITLE_KINDS, key=len, reverse=True))}|[가-힣]{{2,4}}본부장)"
    r"(?:\([^()\n]{1,8}\))?(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s등)"
)


LEGAL_BRACKET_RE = re.compile(r"\((?:주|유|사|재|합)\)")
# a head whose title is the body's name with 장, after the head's name: 'NAME 가람대학교 새솔병원장',
# 'NAME 누리시의료원장', 'NAME 다온재활센터장' (the word before the body is the body's parent, if any)
FUSED_HEAD_RE = re.compile(
    r"(?<![가-힣])[가-힣]{2,4}\s(?P<org>(?:[가-힣A-Za-z0-9]{2,15}\s)?[가-힣A-Za-z0-9]{1,15}"
    r"(?:병원|의료원|센터|연구원|진흥원|복지관))장(?=과\s|와\s|이\s|가\s|은\s|는\s|,|\s등|을\s비롯)"
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
        title = match.groupdict().get("title")
        kind = org_kind(org, True) or TITLE_KINDS.get(
            title, "company" if title else "other"
        )  # 'OO 경영본부장'
        found.append((org, kind, match.span("org")))
    return found


# 'A, B 2개사와', 'A·B·C 3개 기업과': firms listed before their count, each a name whatever its ending
COUNTED_LIST_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9㈜)])(?!\d{1,2}일\s)(?P<run>[△▲■●◆]?\s?[가-힣A-Za-z0-9㈜()&.]{2,15}"
    r"(?:(?:\s?[,·ㆍ]\s?|\s[△▲■●◆]\s?)[가-힣A-Za-z0-9㈜()&.]{2,15}){1,9})"
    r"\s(?:등\s)?(?P<n>\d{1,2})\s?개\s?(?:사|기업|업체|회사)(?:와|과|이|가|은|는)\s"
)  # also bulleted ('▲A ▲B ▲C 3개 기업과') and closed by '등' ('A, B, C 등 3개 기업과')
LIST_SPLIT_RE = re.compile(r"\s?[,·ㆍ]\s?|\s?[△▲■●◆]\s?")


def counted_list(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a signing sentence lists right before it counts them ('㈜A, B 2개사와'): exactly as
    many names as the count, so the count is of these firms, not a trade ('컨택센터 3개사와')."""
    found = []
    for match in COUNTED_LIST_RE.finditer(text, start, verb):
        if in_any(match.start(), quotes):
            continue
        items = [item for item in LIST_SPLIT_RE.split(match.group("run")) if item]
        if len(items) != int(match.group("n")):
            continue
        at = match.start("run")
        for item in items:
            at = text.index(item, at)
            found.append((item, org_kind(item, True) or "company", (at, at + len(item))))
            at += len(item)
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


# 'N개 시와', '5개 시·군이', '3개 기관과': a counted group of bodies the text has listed by name
COUNTED_GROUP_RE = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s?개\s?(?P<noun>시·군·구|시·군|시군|시|군|구|기관|대학|기업|업체|단체)"
    r"(?:와|과|이|가|는|은|,|·|\s?등)"
)
LIST_GAP_RE = re.compile(r"\s?[·,]\s?|[와과]\s")


PLACE_NOUNS = ("시·군·구", "시·군", "시군", "시", "군", "구")
COUNTED_KINDS = {"대학": ("university",), "기업": ("company",), "업체": ("company",)}


def _counted_fits(mention: Mention, noun: str) -> bool:
    """Whether a body is of the counted sort: a 시 for '시', a 시 or a 군 for '시·군', any for '기관'."""
    if noun in PLACE_NOUNS:
        endings = ("시", "군") if noun == "시군" else tuple(noun.split("·"))
        return mention.kind == "government" and mention.name.endswith(endings)
    wanted = COUNTED_KINDS.get(noun)
    return not wanted or mention.kind in wanted


def listed_group(text: str, mentions: list[Mention], start: int, verb: int, quotes) -> list[Mention]:
    """The bodies a signing sentence counts ('도는 5개 시와 협약을 체결했다'): the last run of exactly
    that many names listed together ('목포시·여수시·…' or 'A, B와 C') before the count, each of the
    counted sort."""
    found: list[Mention] = []
    for count in COUNTED_GROUP_RE.finditer(text, start, verb):
        if in_sorted(count.start(), quotes):
            continue
        n, noun = int(count.group("n")), count.group("noun")
        before = [m for m in mentions if m.end <= count.start() and not m.loose]
        best: list[Mention] = []
        for i in range(len(before)):
            run = [before[i]]
            for m in islice(before, i + 1, None):  # no copy of the rest for each start
                if not LIST_GAP_RE.fullmatch(text[run[-1].end : m.start]):
                    break
                run.append(m)
            run = [m for m in run if _counted_fits(m, noun)]
            if len(run) == n:
                best = run
        found += best
    return found


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
