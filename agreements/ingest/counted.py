"""Signers a signing sentence counts ('기업 2개사와', '도내 5개 시·군', '5개 시와'): firms counted there
and named elsewhere, where the signing is attended or in a later list that ends with the count; firms
listed right before their count ('A, B 2개사와'); a counted group not named one by one as one party;
the bodies a counted group lists by name ('목포시·여수시·… 5개 시와'); bodies of one sort named short
before the sort they share ('가람·나래 농협과')."""

from __future__ import annotations

import re
from itertools import islice

from . import gazetteer
from .signing import CEREMONY_AS_PLACE_RE, in_any, sentences
from .spans import in_sorted, previous_in_paragraph, words_between
from .words import Mention

# firms named by their trade: '건설사', '여행사'
TRADE_FIRMS = r"(?:발전|협력|계열|건설|제약|시행|통신|보험|증권|카드|물류|유통|항공|해운|철강|정유|여행|운수|택배|출판|방송)사"
# the words between a count and the bodies it counts that say what they are: '3개 부품 생산기업'
# (no word of them a subject or an object: '2개 마을이 기업과' counts villages, not firms)
WHAT_THEY_ARE = r"(?:[가-힣]{1,8}(?<![이가은는을를])\s){1,2}[가-힣]{0,6}?"
# a count of firms: '기업 2개사와', '3개 기업과', '업체 4곳과'
FIRM_COUNT_RE = re.compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s?(?:개\s?(?:사|기업|업체|회사|(?P<bodies>대학교|대학|기관|[가-힣]{0,3}단체|병원|군부대|부대|마을))|곳"
    rf"|개\s{WHAT_THEY_ARE}(?:기업|업체)"  # '3개 부품 생산기업과': the firms' trade between
    r"|개\s[가-힣]{2,4}(?:기업|업체)"  # '6개 제조기업과', '5개 유망기업과': the trade fused with it
    rf"|개\s?{TRADE_FIRMS})"  # '6개 여행사와'
    r"(?=과|와|이|가|은|는|,|·|\s)"
)  # '7개 대학과': bodies of any kind but governments, as '대학 7곳과'; '7개 군부대': units of the state
SECTOR_COUNT_RE = re.compile(
    r"\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)(?![가-힣])|\s?\d{1,2}\s?개\s?(?:사|기업|업체|회사)[와과이가은는,·]"
)


# firms the signing sentence points back to: '군은 … 이들 기업과 투자협약을 맺는다'
THESE_FIRMS_RE = re.compile(r"이들\s(?:기업|업체)(?:과|와)\s")
# the sort of a counted '곳' that takes in bodies of any kind: '공공기관·단체 6곳과', '유관기관 4곳과'
BODIES_COUNTED_RE = re.compile(r"(?:기관|단체|대학|학교|병원|의료원|센터)\s?$")


def uncounted_firms(text: str, context, found: dict, quotes) -> tuple[int, bool | str]:
    """How many firms the signing sentence counts but does not name, and whether the count takes in
    bodies of any kind but governments ('공공기관·단체 6곳과'), not firms only — or, for army units
    ('7개 군부대 및 기관과'), bodies of any kind ("all")."""
    start, verb = context[0], context[1]
    counts = [m for m in FIRM_COUNT_RE.finditer(text, start, verb) if not in_any(m.start(), quotes)]
    pointed = not counts and THESE_FIRMS_RE.search(text, start, verb)
    before = previous_in_paragraph(text, sentences(text), start) if pointed else None
    if before:
        # '… 유망기업 4곳이 … 1480억 원을 투자한다. 군은 … 이들 기업과 투자협약을 맺는다': the count the
        # sentence before gave
        counts = [m for m in FIRM_COUNT_RE.finditer(text, *before) if not in_any(m.start(), quotes)]
    bodies = any(
        m.group("bodies")
        or m.group().endswith("곳")
        and BODIES_COUNTED_RE.search(text, max(0, m.start() - 8), m.start())
        for m in counts
    )
    # '7개 대학과', '대학 3곳과': universities, so the subject (a city's institute, say) is none of them
    universities = any(
        m.group("bodies") in ("대학", "대학교") or text[max(0, m.start() - 3) : m.start()].strip().endswith("대학")
        for m in counts
    )
    named = sum(
        1
        for p in found.values()
        if p.role == "party"
        and not _subject_of(text, p, counts)
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


def _subject_of(text: str, party, counts) -> bool:
    """Whether a party is the subject before the count ('가람대학교는 … 5개 기업단체와'): it is not one of
    the bodies counted."""
    return bool(counts and party.span[1] <= counts[0].start() and TOPIC_AFTER_RE.match(text, party.span[1]))


TOPIC_AFTER_RE = re.compile(r"(?:\([^()\n]{1,30}\))?(?:은|는|이|가)\s")  # and after its head: 가람대(총장 NAME)는
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
# an item's end, its head in brackets first if named: 'A(사장 NAME), B(대표 NAME) 등이다'
LIST_ITEM_END_RE = re.compile(
    r"(?:\((?:[가-힣]{1,6}\s)?[가-힣]{2,4}\))?(?:\s?[,·ㆍ△]|[와과]\s|\s등|\s\d+\s?(?:곳|개)|(?:이|)다\.?(?:\s|$))"
)


# bodies of one sort other than firms and governments, counted: '7개 의료기관', '9개 유관기관', '4개 사회단체',
# '6개 복지관', '20개 마을'
# ('24개 농촌 마을', '29개 기업·단체': firms and associations counted together)
BODY_SORTS = (
    r"(?:의료|금융|유관|교육|연구|보훈|복지|협력|참여)기관|기업\s?[·ㆍ]\s?단체|[가-힣]{0,3}(?:[·ㆍ][가-힣]{1,3})?단체|병원|의원|약국|[가-힣]{0,3}학교|복지관"
    r"|(?:농촌|어촌|산촌|농어촌)\s?마을|마을|[가-힣]{2}시장"
)


# a counted group of signers: '도내 5개 시·군', '13개 기업 대표', '6개 제조기업과', '중소기업 9개 대표', '식품기업 7곳과',
# '4개 군부대와'
GROUP_RE = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3})\s?개\s?(?P<noun>시\s?[·ㆍ]\s?군|시\s군|시군|(?:[가-힣]{1,4}?)?(?:기업|업체)|회사"
    rf"|{TRADE_FIRMS}|사|기관|공공기관|군부대|부대|대학"
    rf"|자치구|시\s?[·ㆍ]\s?군\s?[·ㆍ]\s?구|(?:지역\s?)?(?:농협|수협|축협|신협|농\s?[·ㆍ]?\s?축협)|(?P<bodies>{BODY_SORTS}))"
    r"(?=\s?(?:(?:대표|부단체장|단체장|부시장|시장|부군수|기관장|총장|학장|이사장)(?!협의|포럼)|(?:들)?(?:과\s|와\s|이\s|가\s|은\s|는\s)|,|\s?등"
    r"|\s?(?:간|사이)(?:의|에|에서)?\s|\((?=[^()\n\d]{2,80}[·ㆍ,])))"  # '4개 대학 간의 협약', '5개 단체(A·B·…)와' (not '2개사(120억원, …)')
    r"|(?<![가-힣])(?P<noun2>[가-힣]{0,4}(?:기업|업체)|(?:의료|금융|유관|교육|연구)기관)\s(?P<n2>\d{1,3})\s?(?P<unit2>개소|개|곳)"
    r"(?=\s?(?:대표|과\s|와\s|이\s|가\s|은\s|는\s|의\s(?:대표|기관장)))"
    # with what they are between: '7개 혁신도시 입주 공공기관과', '3개 부품 생산기업과', '12개 지역 대학과'
    rf"|(?<![\d.,])(?P<n3>\d{{1,3}})\s?개\s(?P<words3>{WHAT_THEY_ARE}(?P<noun3>공공기관|기관|기업|업체|대학))"
    r"(?=\s?(?:대표|과\s|와\s|이\s|가\s|은\s|는\s|,))"
)
GROUP_KINDS = {"시·군": "government", "기관": "public_institution", "공공기관": "public_institution"}
GROUP_KINDS |= {"군부대": "government", "부대": "government", "대학": "university", "자치구": "government"}
GROUP_KINDS |= {"시·군·구": "government", "농협": "cooperative", "수협": "cooperative", "축협": "cooperative", "신협": "cooperative"}
GROUP_KINDS |= {"지역 농협": "cooperative", "지역농협": "cooperative", "농·축협": "cooperative", "농축협": "cooperative"}
GROUP_ENDINGS = {"시·군": ("시", "군"), "군부대": ("부대", "사단", "여단", "연대", "군단"), "부대": ("부대",)}
GROUP_ENDINGS |= {"대학": ("대학교", "대학", "대", "캠퍼스"), "대학교": ("대학교", "대학", "대", "캠퍼스")}  # '누리대', a campus


def group_name(match) -> tuple[str, str, int]:
    """(name, noun, count) of a counted group as the text writes it, '시ㆍ군' and '시 군' as '시·군'."""
    if match.group("noun2"):
        noun = match.group("noun2")  # '식품기업 7곳', as the text counts them
        return f"{noun} {match.group('n2')}{match.group('unit2')}", noun, int(match.group("n2"))
    if match.group("noun3"):
        return f"{match.group('n3')}개 {match.group('words3')}", match.group("noun3"), int(match.group("n3"))
    noun = re.sub(r"\s?[·ㆍ]\s?|(?<=시)\s(?=군)|(?<=군)\s(?=구)|(?<=시)(?=군)", "·", match.group("noun"))
    n = int(match.group("n"))
    return (f"{n}개사" if noun == "사" else f"{n}개 {noun}"), noun, n


# the words that qualify a counted group, right before its count: where the members are from and what
# they are ('국내 우량기업 7개 사', '도내 8개 기업', '가람농공단지 입주업체 7개사', '수도권 7개 기업', '지역 내
# 4개 군부대', '시중 12개 금융기관', '농산업 분야 전국 5개 기업', '가람장터 5개 상인단체')
_QUALIFIER = (
    r"(?:[가-힣]{0,10}(?:기업|업체|기업체|제조업|기관)|도내외|관내외|국내외|도내|관내|국내|해외|지역|지방|외부|유망|우량|중소|중견|이전|입주"
    r"|시중|군내|시내|구내|외지|타지|역외|(?:지역|도|시|군|구|관할)\s내"
    r"|전국|(?!여러\s|다양한\s)[가-힣]{1,8}\s분야|[가-힣]{1,8}(?:권|도시|지역|단지|산단|특구|장터|시장))"
)
GROUP_QUALIFIER_RE = re.compile(rf"(?<![^\s])(?P<words>(?:{_QUALIFIER}\s(?:및\s)?){{1,3}})$")


def counted_groups(
    text: str, start: int, verb: int, quotes, parties
) -> list[tuple[str, str, tuple[int, int]]]:
    """The counted groups a signing sentence names ('도는 5개 시·군, 13개 기업과 투자협약을 체결했다')
    whose members the article does not all name: each is one group party. ``parties`` are (name,
    kind) of the parties found so far; a group of N firms with N bodies other than governments among
    them is named already (a firm Kiwi does not know may read as a body of another kind)."""
    found = []
    for match in GROUP_RE.finditer(text, start, verb):
        if in_any(match.start(), quotes):
            continue
        name, noun, n = group_name(match)
        qualifier = GROUP_QUALIFIER_RE.search(text, max(start, match.start() - 30), match.start())
        if qualifier:  # '국내 우량기업 7개 사와', '수도권 7개 기업과': the group as the text qualifies it
            name = f"{qualifier['words'].strip()} {name}"
        sort = match.group("bodies") or (noun if noun.endswith("기관") and noun not in GROUP_KINDS else None)
        kind = body_sort_kind(sort) if sort else GROUP_KINDS.get(noun, "company")
        endings = GROUP_ENDINGS.get(noun)
        named = sum(
            1
            for party, party_kind in parties
            if (
                party_kind != "government"
                if sort  # '7개 의료기관': clinics, pharmacies and hospitals, whatever their endings say
                else party.endswith(endings)
                if endings
                else party_kind == kind or noun == "기관" or _firm_like(kind, party, party_kind)
            )
            and not (kind == "government" and party.endswith("도"))
        )  # '18개 기관' counts bodies of every kind: a city, a customs office, a bank's branch
        if named < n:  # '5개 기업' of which the article names four: the group signs beside them
            found.append((name, kind, match.span()))
    return found


def body_sort_kind(sort: str) -> str:
    """The party kind of a counted group of bodies of one sort: '4개 사회단체' are associations, '12개
    금융기관' firms, '7개 의료기관' and '20개 마을' other bodies."""
    if sort.endswith("단체") or sort == "복지관":
        return "association"
    return "company" if sort.startswith("금융") else "other"


def _firm_like(kind: str, party: str, party_kind: str) -> bool:
    """Whether a party counts among a group of firms: any body but a university or a government the
    gazetteer knows ('다라교구' is a firm whose name ends like a district)."""
    return kind == "company" and party_kind != "university" and gazetteer.kind_of(party) != "government"


# bodies of one sort named short and run together before the sort they share: '가람·나래·다온 농협 등', '가람·나래
# 농협과'
SHARED_SORT_RE = re.compile(
    r"(?<![가-힣])(?P<run>(?:[가-힣]{2,4}\s?[·ㆍ]\s?){1,9}[가-힣]{2,4})\s(?P<sort>농협|수협|축협|신협|새마을금고)"
    r"(?=\s등|과|와|이|가|은|는|,)"
)
SHARED_SORT_KINDS = {"농협": "cooperative", "수협": "cooperative", "축협": "cooperative", "신협": "cooperative"}


def shared_sort_bodies(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The bodies a signing sentence names by their short names before the sort they share ('가람·나래·다온
    농협 등 관내 3개 농협과'): each short name with the sort ('가람농협', '나래농협', '다온농협')."""
    found = []
    for match in SHARED_SORT_RE.finditer(text, start, verb):
        if in_any(match.start(), quotes):
            continue
        at, sort = match.start("run"), match["sort"]
        for place in SHORT_PLACE_SPLIT_RE.split(match["run"].strip()):
            at = text.index(place, at)
            found.append((place + sort, SHARED_SORT_KINDS.get(sort, "other"), (at, at + len(place))))
            at += len(place)
    return found


# 'N개 시와', '5개 시·군이', '3개 기관과': a counted group of bodies the text has listed by name (or cities
# counted in words: '세 도시는', '두 시가')
COUNTED_GROUP_RE = re.compile(
    r"(?:(?<![\d.])(?P<n>\d{1,2})\s?개\s?(?P<noun>시·군·구|시·군|시군|시|군|구|도시|기관|대학|기업|업체|단체)"
    r"|(?<![가-힣])(?P<word>두|세|네|다섯)\s(?P<city>도시|시)(?=는|가|와|과))"
    r"(?:와|과|이|가|는|은|,|·|\s?등)"
)
COUNT_WORDS = {"두": 2, "세": 3, "네": 4, "다섯": 5}
LIST_GAP_RE = re.compile(r"\s?[·,]\s?|[와과]\s")


PLACE_NOUNS = ("시·군·구", "시·군", "시군", "시", "군", "구", "도시")
COUNTED_KINDS = {"대학": ("university",), "기업": ("company",), "업체": ("company",)}


def _counted_fits(mention: Mention, noun: str) -> bool:
    """Whether a body is of the counted sort: a 시 for '시', a 시 or a 군 for '시·군', any for '기관'."""
    if noun in PLACE_NOUNS:
        endings = {"시군": ("시", "군"), "도시": ("시",)}.get(noun) or tuple(noun.split("·"))
        return mention.kind == "government" and mention.name.endswith(endings)
    wanted = COUNTED_KINDS.get(noun)
    return not wanted or mention.kind in wanted


def listed_group(text: str, mentions: list[Mention], start: int, verb: int, quotes) -> list[Mention]:
    """The bodies a signing sentence counts ('도는 5개 시와 협약을 체결했다'): the last run of exactly
    that many names listed together ('목포시·여수시·…' or 'A, B와 C') before the count, each of the
    counted sort. Where the verb is the ceremony the sentence happens at ('… 협약 체결식에서 세 도시는 …
    약속했다'), the count may follow it as the sentence's subject."""
    found: list[Mention] = []
    end = verb
    if text.startswith(("체결식", "협약식"), verb) and CEREMONY_AS_PLACE_RE.match(text, verb + 2):
        end = next((e for s, e in sentences(text) if s <= verb < e), verb)
    for count in COUNTED_GROUP_RE.finditer(text, start, end):
        if count.start() > verb and not count.group().endswith(("는", "은", "이", "가")):
            continue
        if in_sorted(count.start(), quotes):
            continue
        n = int(count["n"]) if count["n"] else COUNT_WORDS[count["word"]]
        noun = "시" if count["city"] else count["noun"].replace("도시", "시")
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
        found += best or _short_places(text, count.start(), n, noun)
    return found


# places named short and run together before their count: '해남.완도.진도 3개 군', '홍천·횡성 2개 군'
SHORT_PLACES_RE = re.compile(r"(?:[가-힣]{2}\s?[.·ㆍ,]\s?){1,11}[가-힣]{2}(?:\s등)?\s?$")  # also '창원, 김해 등 2개 시군'
MIXED_PLACE_NOUNS = ("시·군", "시군", "시·군·구")  # each place a city or a county, as the gazetteer knows it
SHORT_PLACE_SPLIT_RE = re.compile(r"\s?[.·ㆍ,]\s?|[와과]\s")


def _short_places(text: str, at: int, n: int, noun: str) -> list[Mention]:
    """The governments a count of places names by their short names just before it, each the short
    name and the counted noun ('해남.완도 2개 군' → 해남군, 완도군) when the gazetteer knows every one;
    or, with none there, the first such run before it that closes with the noun ('김제·정읍·남원시
    협의회', 'A와 B, C시장이': the places the article named, counted again as '3개 시는')."""
    if noun in MIXED_PLACE_NOUNS:
        run = SHORT_PLACES_RE.search(text, max(0, at - 60), at)
        places = SHORT_PLACE_SPLIT_RE.split(ETC_RE.sub("", run.group()).strip()) if run else []
        full = [gazetteer.city_or_county(place) for place in places]
        if len(places) != n or not all(full):
            return []
    elif noun in ("시", "군", "구"):
        for run in (SHORT_PLACES_RE.search(text, max(0, at - 40), at), _named_run(text, at, n, noun)):
            places = SHORT_PLACE_SPLIT_RE.split(ETC_RE.sub("", run.group()).strip()) if run else []
            if len(places) == n and all(gazetteer.kind_of(place + noun) == "government" for place in places):
                break
        else:
            return []
        full = [place + noun for place in places]
    else:
        return []
    found, position = [], run.start()
    for place, name in zip(places, full, strict=True):
        start = text.index(place, position)
        found.append(Mention(name, "government", start, start + len(place), -1, -1))
        position = start + len(place)
    return found


ETC_RE = re.compile(r"\s?등\s?$")



def _named_run(text: str, at: int, n: int, noun: str):
    """The first run of n short place names before `at` whose last takes the noun ('김제·정읍·남원시')."""
    gap = r"\s?[·ㆍ,]\s?|[와과]\s"
    return re.compile(rf"(?<![가-힣])(?:[가-힣]{{2}}(?:{gap})){{{n - 1}}}[가-힣]{{2}}(?={noun})").search(text, 0, at)
