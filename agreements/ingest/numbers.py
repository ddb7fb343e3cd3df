"""Korean amounts of money and quantities with units.

Korean groups digits by myriads: 만 (10^4), 억 (10^8), 조 (10^12). Inside a myriad a number is
written in digits ("4,800"), with digit-and-word mixes ("6천", "2천5백") or in hangul numerals
("삼천"). Money is always returned as an integer number of won.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from .funding import funding_source

BIG_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4}
# The most one agreement of a city can commit: 1,000조원, about twice the national budget. A figure
# above it in an article is an economy or a market, not a budget; the loader and the budget form
# refuse it, and with it no sum of budgets can pass a 64-bit integer.
MAX_BUDGET_KRW = 10**15
SMALL_UNITS = {"천": 1000, "백": 100, "십": 10}
HANGUL_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# '2천5백', and '3천 2백' written with a space before the next place ('3천 2백 ㎡' is 3200), or the
# hundreds of a myriad group after their thousand ('2천 318억 원' is 2318억)
_SMALL_MIXED = rf"(?:(?:{_NUM})?[천백십](?:\s(?=\d{{1,2}}[백십])|(?<=천)\s(?=\d{{1,3}}\s?[조억만]))?)+(?:{_NUM})?|{_NUM}"
_HANGUL_NUM = r"[일이삼사오육칠팔구천백십]+"
# One myriad group: a small number followed by a big unit.
_GROUP = rf"(?:{_SMALL_MIXED})여?\s?[조억만]"  # '2600여억 원': about 2600억
# a bare 조/억 that begins a word is no unit: '더현대 2.0 조성', '3 조합'
_NOT_A_BIG_UNIT = r"(?<=조)[성합사례건치직정기선명류림세약항문업화회경작언달종각형제]|(?<=억)[제압울지]"
_HGROUP = rf"(?:{_HANGUL_NUM})[조억만]"

# Money in running text: myriad groups ending in 원 (or 억/조 standing alone), or digits then 원.
AMOUNT_RE = re.compile(
    rf"(?:(?<![\w.,])|(?<=[약총]))(?:"  # '약900여명', '총1,774억원': a figure fused to 약 or 총
    rf"(?:(?:{_GROUP})\s?)+(?:{_NUM})?\s?(?:여\s?)?원"  # 4800억원, 2500만 원, 1조 2000억원, 7억7000만원
    rf"|(?:(?:{_GROUP})\s?)*(?:{_SMALL_MIXED})\s?[억조]여?(?!\s?(?:[\d㎡²%A-Za-z]|명|달러|유로|엔|위안|파운드|개|톤|배|년)|{_NOT_A_BIG_UNIT})"  # 4,800억 / 12.5억 alone
    rf"|(?:(?:{_HGROUP}))+(?:{_HANGUL_NUM})?\s?여?\s?원"  # 삼천만원, 오백억원
    rf"|(?:{_NUM})원"  # 5000원
    rf")(?!\s?[가-힣]*(?:달러|유로|엔|위안|파운드))"
)
ABOUT_RE = re.compile(r"여(?=\s?[조억만])")
AMOUNT_TAIL_RE = re.compile(r"\s?(?:여\s?)?원?$")
AMOUNT_HEAD_RE = re.compile(r"^(?:[₩￦]|총|약|총\s?약)\s*")  # ₩ as typed from a spreadsheet
# a minus sign written against the figure ('-3억원', '−3억원', '마이너스 3억원'), not a range ('2억-3억원')
NEGATIVE_HEAD_RE = re.compile(r"^\s*(?:[-−–]|마이너스\s?)")
NEGATIVE_BEFORE_RE = re.compile(r"(?:(?<![\w)])[-−–]|마이너스\s?)$")
QUANTITY_HEAD_RE = re.compile(r"^(?:총|약|최대|최소)\s*")
NUM_RE = re.compile(_NUM)
SMALL_PART_RE = re.compile(rf"{_NUM}|[천백십일이삼사오육칠팔구]")
WHOLE_NUMBER_RE = re.compile(
    rf"(?:(?:{_SMALL_MIXED}|{_HANGUL_NUM})?[조억만])*(?:{_SMALL_MIXED}|{_HANGUL_NUM})?"
)
GROUP_PART_RE = re.compile(r"([^조억만]*)([조억만])")
BEFORE_LAST_UNIT_RE = re.compile(r".*[조억만]")
SPACE_RE = re.compile(r"\s+")
NUMERAL_RE = re.compile(r"[\d일이삼사오육칠팔구십백천만억조]")
DIGIT_RE = re.compile(r"\d")
PLACE_UNIT_RE = re.compile(r"[조억만천백십]")
CLAUSE_BREAK_RE = re.compile(r",\s|(?:하고|되고|이고|하며|되며|으며)\s")
# a cap for each firm, household or person is not money spent on the agreement
# ('경로당', '식당', '정당' end in 당 too, so the counted thing is named)
PER_WHAT = (
    r"(?:업체|기업|가구|세대|농가|점포|가게|학교|기관|단체|회사|개사|팀|가정|아동|학생|사람|인|명|곳|개소|개|건|회"
    r"|대|호|일|주|월|년|㏊|ha|㎡|평|[kKM][wW]h?|㎾|㎿|톤|㎏|kg)"
)
# the counted receivers of a sum given to each: '학생 30명에게 100만원씩', '농가 200곳에 50만원씩'
PER_HEAD_RE = re.compile(
    r"\d[\d,]*\s?(?:명|가구|세대|곳|개소|농가|팀|개사|개\s?기업)(?:에게|에|씩)?\s(?:각각\s|최대\s)?$"
)
PER_UNIT_RE = re.compile(
    rf"(?:{PER_WHAT}당\s?(?:최대|최고|최소|평균|연간|연|월)?|(?<![가-힣\d])(?:매월|월)\s?(?:최대|최고)?)\s?$"
)  # '월 최대 30만원': an allowance each month, not a sum spent on the agreement
# more plain digits before 억 or 만 than anyone writes there: '2025180억' (a year run into '180억')
RUN_TOGETHER_RE = re.compile(r"\d{6,}\s?억|\d{9,}\s?만")
# another currency: 'US$ 3억', '3억 달러', '500만 유로'
FOREIGN_BEFORE_RE = re.compile(r"(?:\$|US\$|USD|€|EUR|£|¥)\s?$")
FOREIGN_AFTER_RE = re.compile(r"\s?(?:달러|유로|엔|위안|파운드|불)")
EACH_THEN_TOTAL_RE = re.compile(r"^\s?씩\s(?:모두|총|합계)\s$")


class Match(NamedTuple):
    text: str
    amount_krw: int
    span: tuple[int, int]
    source: str | None


class Quantity(NamedTuple):
    value: int | float
    unit: str


class QuantityMatch(NamedTuple):
    text: str
    value: int | float
    unit: str
    span: tuple[int, int]


def _decimal(digits: str) -> Decimal:
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation as error:
        raise ValueError(f"숫자가 아닙니다: {digits!r}") from error


def _small(text: str) -> Decimal:
    """Read a number below one myriad: '4,800', '12.5', '6천', '2천5백', '삼천이백'."""
    if not text:
        return Decimal(1)
    if NUM_RE.fullmatch(text):
        return _decimal(text)
    total = Decimal(0)
    pending = None  # a coefficient waiting for its 천/백/십
    for part in SMALL_PART_RE.findall(text):
        if part in SMALL_UNITS:
            total += (pending if pending is not None else Decimal(1)) * SMALL_UNITS[part]
            pending = None
        elif pending is not None:
            raise ValueError(f"숫자 읽기에 실패했습니다: {text!r}")
        elif part in HANGUL_DIGITS:
            pending = Decimal(HANGUL_DIGITS[part])
        else:
            pending = _decimal(part)
    if pending is not None:
        total += pending
    return total


def _number(text: str) -> Decimal:
    """Read a whole Korean number with myriad units, without the currency."""
    compact = SPACE_RE.sub("", text)
    if not compact:
        raise ValueError("금액이 비어 있습니다.")
    if not WHOLE_NUMBER_RE.fullmatch(compact):
        raise ValueError(f"금액으로 읽을 수 없습니다: {text!r}")
    total = Decimal(0)
    last_unit = None
    for small, unit in GROUP_PART_RE.findall(compact):
        if last_unit is not None and BIG_UNITS[unit] >= last_unit:
            raise ValueError(f"단위의 순서가 맞지 않습니다: {text!r}")
        last_unit = BIG_UNITS[unit]
        total += _small(small) * BIG_UNITS[unit]
    rest = BEFORE_LAST_UNIT_RE.sub("", compact)
    if rest:
        total += _small(rest)
    return total


class NegativeAmountError(ValueError):
    """An amount written with a minus sign: never read as the positive amount after it."""


def parse_krw(text: str) -> int:
    """Read an amount of money ('4800억원', '1조 2000억원', '삼천만원') as integer won."""
    body = text.strip()
    if NEGATIVE_HEAD_RE.match(body):
        raise NegativeAmountError(f"음수 금액입니다: {text!r}")
    body = AMOUNT_HEAD_RE.sub("", body)
    body = AMOUNT_TAIL_RE.sub("", body).strip()
    body = ABOUT_RE.sub("", body)  # '2600여억': the figure is about 2600억
    if not body or not NUMERAL_RE.search(body):
        raise ValueError(f"금액이 아닙니다: {text!r}")
    if not DIGIT_RE.search(body) and not PLACE_UNIT_RE.search(body):
        raise ValueError(f"금액이 아닙니다 (자릿수 단위가 없는 한글 숫자): {text!r}")
    if body in BIG_UNITS and not text.strip().endswith("원"):
        raise ValueError(f"금액이 아닙니다 (숫자가 없습니다): {text!r}")
    value = _number(body)
    if value != value.to_integral_value():
        raise ValueError(f"원 단위로 떨어지지 않는 금액입니다: {text!r}")
    return int(value)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, min(right_candidates) if right_candidates else len(text)


def find_amounts(text: str) -> list[Match]:
    """Every amount of money spent in running text, with where it is and who pays if the text says.
    A cap for each firm or person ('업체당 최대 3천만원') is not spent on the agreement."""
    found = []
    for match in AMOUNT_RE.finditer(text):
        words = match.group().rstrip()
        if PER_UNIT_RE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if text.startswith("씩", match.start() + len(words)) and PER_HEAD_RE.search(
            text, max(0, match.start() - 14), match.start()
        ):
            continue  # '학생 30명에게 100만원씩': what each one gets, not a sum spent
        if FOREIGN_BEFORE_RE.search(text, max(0, match.start() - 5), match.start()) or (
            not words.endswith("원") and FOREIGN_AFTER_RE.match(text, match.start() + len(words))
        ):
            continue  # 'US$ 3억', '10억 달러': not won
        if RUN_TOGETHER_RE.match(words):
            continue  # '기간 2024~2025180억 원': a flattened table's cells run together, no one sum
        if NEGATIVE_BEFORE_RE.search(text, max(0, match.start() - 6), match.start()):
            continue  # '-3억원' is a decrease, not a sum spent; read without its sign it would be +3억원
        try:
            amount = parse_krw(words)
        except ValueError:
            continue
        if amount == 0 or amount > MAX_BUDGET_KRW:
            continue  # '999999조원' is no city's budget
        found.append(Match(words, amount, (match.start(), match.start() + len(words)), None))
    sourced = []
    for index, match in enumerate(found):
        left, right = _sentence_bounds(text, *match.span)
        clause = (
            CLAUSE_BREAK_RE.split(text[left : match.span[0]])[-1],
            CLAUSE_BREAK_RE.split(text[match.span[1] : right])[0],
            text[left : match.span[0]],
        )
        if index and found[index - 1].span[1] > left:
            left = found[index - 1].span[1]
        if index + 1 < len(found) and found[index + 1].span[0] < right:
            right = found[index + 1].span[0]
        before, after = text[left : match.span[0]], text[match.span[1] : right]
        # each amount's own clause: cut at the comma or connective that ends the clause before it
        before = CLAUSE_BREAK_RE.split(before)[-1]
        after = CLAUSE_BREAK_RE.split(after)[0]
        sourced.append(match._replace(source=funding_source(before, after, clause)))
    return _totals(text, sourced)


def _totals(text: str, found: list[Match]) -> list[Match]:
    """A total takes the sources of the sums it adds up, written before it ('국비 … 도비 … 등 총 240억원'
    is public, '도비 4억원과 후원금 1억원 등 총 5억원' mixed) or after it ('총 300억원 중 국비 …, 시비 …');
    '각각 15억 원씩 모두 30억 원' takes its part's."""
    for index, match in enumerate(found):
        if match.source is not None:
            continue
        previous = found[index - 1] if index else None
        if previous and EACH_THEN_TOTAL_RE.match(text[previous.span[1] : match.span[0]]):
            found[index] = match._replace(source=previous.source)
            continue
        left, right = _sentence_bounds(text, *match.span)
        for run in (reversed(found[:index]), found[index + 1 :]):
            source = _sum_source(match, run, left, right)
            if source:
                found[index] = match._replace(source=source)
                break
    # the same sum told again (a summary line, then the body) is the same money
    known = {m.amount_krw: m.source for m in found if m.source is not None}
    return [m._replace(source=known.get(m.amount_krw)) if m.source is None else m for m in found]


def _sum_source(total: Match, run, left: int, right: int) -> str | None:
    """The sources of the neighbouring sums in one sentence that add up exactly to the total."""
    parts, added = [], 0
    for part in run:
        if part.span[0] < left or part.span[0] >= right or added >= total.amount_krw:
            break
        parts.append(part)
        added += part.amount_krw
    sources = {part.source for part in parts}
    if len(parts) < 2 or added != total.amount_krw or None in sources:
        return None
    return sources.pop() if len(sources) == 1 else "mixed"


# a unit spelt out is its sign: broadcasters write '26만 3,800제곱미터' for ㎡, papers '73.2 메가와트(MW)'
UNIT_SIGNS = {
    "제곱미터": "㎡",
    "m2": "㎡",  # a square metre typed without the superscript: "2만7140m2"
    "메가와트시": "MWh",
    "메가와트": "MW",
    "킬로와트시": "kWh",
    "킬로와트": "kW",
    "기가와트시": "GWh",
    "기가와트": "GW",
    # the squared signs of one character are the same units: '240㎿' is 240 MW
    "㎿h": "MWh",
    "㎾h": "kWh",
    "㎿": "MW",
    "㎾": "kW",
}
# Longest units first so that '개소' wins over '개'. Money and dates are not quantities.
QUANTITY_UNITS = (
    "가구 개소 개년 개월 개국 개교 개사 개동 회차 차시 세대 병상 제곱미터 m² ㎡ ㎢ km² MW kW GW MWh kWh GWh ㎿ ㎾ km ㎞ ha ㏊ 평 명 개"
    " 회 차례 대 톤 t 곳 호 척 실 % 주 건 병 석 마리 그루 권 종 장 기 학급 면 채 홀"
).split() + [sign for sign in UNIT_SIGNS if sign not in ("제곱미터", "㎿", "㎾")]
# years count only as a span of time ('3년간', '10년 동안', '3년에 걸쳐'); '2027년' alone is a date
_UNIT_ALT = "|".join(re.escape(unit) for unit in sorted(QUANTITY_UNITS, key=len, reverse=True)) + (
    r"|년(?=\s?간|\s?동안|에\s걸쳐)"
)
# what a unit letter starts when it is not a unit: '개월' aside '개국', '평가', '회의', '대학', '2대대', '명예',
# '호텔·1호점·3호선', '실장', '3주년', '건물', '병원', '석사', '권역', '%p', '장관', '1기업'
_NOT_A_UNIT = (
    r"(?![A-Za-z²]|(?<=평)[가균생등화창택야원]|(?<=회)[의사장원계견복용째성]|(?<=대)[로학상비대]|(?<=명)[예단칭]"
    r"|(?<=호)[텔점선기차실수응]|(?<=호)\s(?:기업|업체|매장|가맹점|고객|사업|회원|투자|협약)|(?<=실)[장무적시행험패천현]|(?<=주)[년기민요택식차말소도관]"
    r"|(?<=건)[물설강축전의]|(?<=병)[원력사동]|(?<=석)[사유탄회]|(?<=권)[역한리고]|(?<=척)[도추]|(?<=면)[적세허담제회역접밀]|(?<=%)p|(?<=홀)[수로딩]"
    r"|(?<=개)[인발선최정편방관통장혁척막]|(?<=채)[소권무용택널식점집굴]|(?<=종)[합료로목사류별교점전래]|(?<=장)[관기소애례학르면비점]|(?<=기)(?!(?:를|을|가|이|의|와|과|씩|로|는|에|도|\s?규모)(?![가-힣]))[가-힣])"
)
QUANTITY_RE = re.compile(
    # a space may follow a myriad: '43만 1212㎡' is one number; a myriad said aloud opens with a bare 만: '만
    # 2천 평' is 12000 평 (not '만 3년', in full three years)
    rf"(?:(?<![\w.,])|(?<=[약총]))(?P<number>(?:(?:{_SMALL_MIXED})[만억]\s?|만\s?(?=\d{{0,3}}\s?[천백]))*(?:{_SMALL_MIXED})"
    rf"|(?:(?:{_SMALL_MIXED})[만억])+)여?"
    rf"\s?(?P<unit>{_UNIT_ALT}){_NOT_A_UNIT}"
)


def _as_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def parse_quantity(text: str) -> Quantity:
    """Read one quantity with its unit: '3만2100㎡' is 32100 ㎡, '총 24명' is 24 명."""
    body = QUANTITY_HEAD_RE.sub("", text.strip())
    match = QUANTITY_RE.fullmatch(body)
    if not match:
        raise ValueError(f"단위가 있는 수량이 아닙니다: {text!r}")
    unit = match.group("unit")
    return Quantity(_as_number(_number(match.group("number"))), UNIT_SIGNS.get(unit, unit))


LONE_NUMERAL_RE = re.compile(r"[일이삼사오육칠팔구십백천만억]")
WORD_GOES_ON_RE = re.compile(r"(?![을를이가은는의과와도씩에로])[가-힣]")
NUMERAL_WORDS = frozenset(("천장", "만장", "만개", "백기", "천기"))  # words that read as a numeral and a unit


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every number-with-unit in running text ('12.5MW', '254,300㎡', '10개년')."""
    found = []
    for match in QUANTITY_RE.finditer(text):
        try:
            value = _as_number(_number(match.group("number")))
        except ValueError:
            continue
        if match.group("unit") == "년" and value >= 100:
            continue  # '2026년 동안' is a year, not a span of years
        if (
            LONE_NUMERAL_RE.fullmatch(match.group("number"))
            and match.end("number") == match.start("unit")
            and (WORD_GOES_ON_RE.match(text, match.end()) or match.group() in NUMERAL_WORDS)
        ):
            continue  # '천장재', '만개한', '천장 마감재': a numeral syllable fused into a word ('백종을' counts)
        unit = UNIT_SIGNS.get(match.group("unit"), match.group("unit"))
        found.append(QuantityMatch(match.group(), value, unit, match.span()))
    for match in TERM_YEARS_RE.finditer(text):  # '협약 기간은 5년이며': the agreement's term, in years
        found.append(QuantityMatch(match.group("years"), int(match.group("n")), "년", match.span("years")))
    return sorted(found, key=lambda q: q.span)


# an agreement's term in whole years, with no '간' or '동안' to mark it a span: '협약 기간은 5년이며',
# '협약기간은 체결일로부터 3년이다', '협력 기간은 협약일부터 2년이며'
TERM_YEARS_RE = re.compile(
    r"기간(?:은|는)\s(?:[가-힣]{2,6}(?:로부터|부터)\s)?(?P<years>(?P<n>\d{1,2})\s?년)(?=이며|이다|으로|이고|,|\.)"
)
