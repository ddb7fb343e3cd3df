"""Targets: what the agreement is to reach, and by when.

A target is either a deadline governing a planned action ('2028년까지 … 신설', '내년 3월부터 시행',
'2027년 준공을 목표로') or a number counted with a unit ('8척', '40곳', '25%', '3.5MW'), or both
at once when the count is what is due ('2031년까지 2천호를 공급'). Money and dates are not
counted quantities; attendee counts, ordinals ('5대 목표', '제26회'), the signers' own number
('3곳과 협약을 체결') and per-unit caps ('업체당 최대 3개') are not targets either.
"""

from __future__ import annotations

import re

from .not_targets import not_a_target
from .numbers import PER_UNIT_RE, find_quantities
from .signing import sentences
from .spans import Marks, in_sorted
from .target_bodies import counted_bodies, participants_by_kind, signer_counts
from .target_deadlines import AFTER_WINDOW, PROMISED_RE, _deadline_targets, _sentence_of
from .target_words import (
    AREA_UNITS,
    CLAUSES_AFTER_RE,
    area_repeat,
    counted_noun,
    dedupe,
    in_parentheses,
    inside_a_name,
    parts_of_a_count,
    parts_of_a_total,
    phrase_end,
    qualifier_start,
    shares_of_a_whole,
)
from .words import Word

YEAR_RE = re.compile(r"((?:19|20)\d\d)년")
# '2014년 설립된', '2016년 누리사업장을 개설한': the year a body or its site began
FOUNDED_AFTER_RE = re.compile(
    r"\s?(?:\d{1,2}월\s?)?(?:에\s)?(?:[가-힣]{1,12}(?:을|를)\s)?(?:설립|창업|창립|문을\s?연|개교|개원|개설|개소|출범|세운\s|세워진)"
)
PAST_CONTEXT_RE = re.compile(
    r"지난해|작년|그동안|지금까지|현재|누적|역대|기준으로|당시|(?:한|된|던)\s?바\s?있"  # '…을 준공한 바 있다'
)
# what was done at the ceremony, right after the signing: '이날 협약식에 이어 …', '협약식을 마친 뒤 …'
AFTER_CEREMONY_RE = re.compile(r"\s*(?:이날\s)?협약식(?:에\s?이어|을\s?마친\s?뒤)\s")
# a sentence of what the pact sets: '협약에 따라 네 기관은 …'
TERMS_OPENING_RE = re.compile(r"\s*협약에\s?따라\s")
# a firm's present headcount: '상시 고용 인원은 85명', '상시근로자 수는 약 120명'
STAFF_NOW_BEFORE_RE = re.compile(
    r"상시\s?(?:고용\s?)?(?:인원|근로자|직원|종업원)(?:\s?수)?(?:은|는|이|가)?\s?(?:약\s?|총\s?)?$"
)
# (but a headcount planned: '상시 근로자는 24명으로 계획되어 있다')
STAFF_PLANNED_AFTER_RE = re.compile(r"\s?(?:여\s?)?(?:으로|로)\s?(?:계획|예정|늘|늘어날|늘릴)")
# '30명이 참석': attendees; not '40명의 참가비로' (the fee of those served)
HEADS_AFTER_RE = re.compile(r"^\s?의\s(?:시장·군수|시장|군수|구청장|단체장|자치단체장|기관장|총장|대표)")
# a figure the project is measured against, and the difference: '80MW보다 20MW가 더 큰', '에 비해'
COMPARED_AFTER_RE = re.compile(r"^\s?(?:보다|에\s?비해|대비)|^\s?(?:이|가)\s?더\s(?:크|큰|많|높|넓|늘)")
# '30여명이 가람을 방문하였다', '등 100여명이 참여했다': the party that came, not those a programme serves
ATTENDANCE_AFTER_RE = re.compile(
    r"^\s?(?:이|가|의)?\s?(?:[가-힣]{1,10}(?:을|를|에)\s)?(?:참석|참가(?!비)|자리|방문|다녀|찾았)"
    r"|^\s?(?:이|가)\s(?:참여|함께)(?:했|하였|한\s가운데)"
    r"|^\s?(?:과|와)\s(?:[가-힣]{1,6}(?:을|를)\s)?(?:함께하|간담회)"  # '귀어인 10여 명과 저녁을 함께하며': whom a head meets
)
# '60여개사를 초청해 … 소개했다', '대표 30여명을 초청해 간담회를 가졌다': the guests of the day, in a
# sentence that reports it done (not '매년 주민 30명을 초청하기로 했다', a promise)
INVITED_AFTER_RE = re.compile(
    r"^\s?(?:여\s?)?(?:[가-힣]{0,6}(?:기업|업체|기관|단체))?들?(?:을|를)\s(?:[^.\n]{0,12}?\s)?(?:초청|초대|초빙)(?:해|하여|하고|한)"
)
# a team told by its members, in a report of what was done: '12개 기관 70여명으로 TF팀을 구성해 … 제공했다'
TEAM_AFTER_RE = re.compile(
    r"^\s?(?:[가-힣]{1,6}\s)?(?:\d[\d,]*\s?여?\s?명\s?)?(?:으로|로)\s[^.\n]{0,20}?(?:을|를)\s?(?:구성|꾸려|꾸렸)"
)
# the firms counted as those who invest: '신재생에너지 기업 12곳이 … 1083억원을 투자하기로 했다'
INVESTING_AFTER_RE = re.compile(r"^\s?(?:이|가|은|는)\s[^.\n]{0,50}?투자(?:하기로|키로|한다|할|했|하는)")
# the two sides of a ratio: '1대1', '1대 1'
RATIO_AFTER_RE = re.compile(r"^\s?\d")
RATIO_BEFORE_RE = re.compile(r"\d\s?대\s?$")
ORDINAL_DAE_RE = re.compile(r"^(?:\s[가-힣]|의\s|·)")
# '3개 기업은', '3개 기관과', '5개 시가': the bodies that sign, not '선발된 15개 기업에는' that benefit
COUNTED_BODIES_RE = re.compile(
    # '9개 문화재단이', '3개 소속기관,', '8개 협약 기관간': bodies, counted
    r"^\s?(?:(?:[가-힣]{1,4}(?=기업|업체|재단|공단|협회|병원|연구원|조합|기관)|협약\s(?=기관|기업|업체|대학|단체))?"
    r"(?:기업|기관|업체|단체|사|곳|대학|지자체|재단|공단|협회|병원|연구원|조합)들?"
    r"(?:은|는|이|가|과|와|의|간|\)|,|$|\s(?:총·?학장|총장|학장|대표|기관장|단체장))"  # '11개 대학 총장이'
    # the bodies a headline counts before the agreement: '2개 기업 투자협약'
    r"|(?:기업|기관|업체|대학)\s(?:투자\s?|업무\s?|상생\s?)?(?:협약|MOU|양해각서)"
    # '2개 기업을 유치하는 투자협약': the firms the agreement brings are those that sign it
    r"|의\s(?:회사|기업|업체|기관|대학|단체)|의\s[가-힣]{1,4}(?:회사|기업|업체)들"  # '이 4곳의 회사는', '7개의 우량회사들을'
    r"|(?:기업|업체)들?을\s유치하는\s[^.\n]{0,10}(?:협약|양해각서|MOU)"
    # '3개 기업을 동시에 투자 유치했다': the firms the news brought in, counted
    r"|(?:기업|업체)들?을\s(?:[^.\n\d]{0,12}\s)?(?:투자\s?)?유치(?:했|하였|하고)"
    r"|(?:시·군·구|시·군|시군|시|군|구)(?:은|는|이|가|과|와|의|도|에|\s|,|·|\)|$))"  # '5개 시 부시장', not '5개 시설'
)
SIGNING_FIRMS_AFTER_RE = re.compile(r"^(?:은|는|이|가|과|와)(?![가-힣])")
# 'N번째' and 'OO당 최대 N': an ordinal or a cap for each firm, household or person
ORDINAL_BEFORE_RE = re.compile(r"제\s?$")
PER_UNIT_BEFORE_RE = PER_UNIT_RE
# what a plant makes a month ('월 3만톤의 사료 생산') is its capacity, not an allowance paid each month
MONTHLY_BEFORE_RE = re.compile(r"(?<![가-힣\d])(?:매월|월)\s?$")
OUTPUT_UNITS = {"톤", "t", "kWh", "MWh", "GWh"}
# the signers counted in the signing sentence: '소재기업 3곳과 … 협약을 체결했다'
SIGNERS_AFTER_RE = re.compile(  # '기업 4곳과', '3곳의 금고와'
    r"^(?:\s?(?:기업|기관|업체|단체|대학|지자체|사)|의\s[가-힣]{2,10})?(?:과|와)\s"
)
SIGNING_RE = re.compile(r"체결|맺었|맺고|서명|협약|MOU|양해각서")  # '기업 4곳과 519억원 투자 협약'
# a breakdown by installation: '25.2MW(4.2MW×6기)', '40MW 3기': the size of each and how many
TIMES_AFTER_RE = re.compile(r"\s?[×xX*]\s?\d")
TIMES_BEFORE_RE = re.compile(r"[×xX*]\s?$")
SIZE_UNITS = {"MW", "㎿", "kW", "㎾", "GW", "MWh", "kWh", "GWh", "톤", "t", "㎡"}
INSTALLED_UNITS = {"기", "대", "개소"}
INSTALLED_AFTER_RE = re.compile(r"^\s?\d{1,3}\s?(?:기|대|개소)(?![가-힣])|^\s?\d{1,3}\s?(?:기|대|개소)(?:와|과|를|을|가|이|씩|,)")
# ('32MW급 전산동 3기': the size of each, what they are, then how many)
SIZE_BEFORE_RE = re.compile(r"\d\s?(?:MW|㎿|kW|㎾|GW|MWh|kWh|톤|t)(?:급\s?(?:[가-힣]{1,6}\s)?)?\s?$")
PAREN_AFTER_SIZE_RE = re.compile(
    r"\d\s?(?P<unit>MW|㎿|kW|㎾|GW|MWh|kWh|GWh|톤|t|㎡|명|개|곳)(?:급|\s?규모)?\s?\(\s?$"
)
COUNTED_UNITS = {"곳", "개", "개소"}
FIELD_BEFORE_RE = re.compile(r"(?:분야|업종|부문)(?:에서|에|는|은)\s?$")
COUNT_OF_ITEMS_AFTER_RE = re.compile(r"^\s?(?:이다|이며|이었다|으로\s(?:모두|총)?)")
# a list of bodies closed by their count: '협약을 맺은 기업은 A, B, C 등 총 3개다'
LIST_TOTAL_BEFORE_RE = re.compile(r"(?:등|모두|총)\s?(?:총\s?)?$")
LIST_TOTAL_AFTER_RE = re.compile(r"^\s?(?:이)?다(?![가-힣])")
SIGNERS_LISTED_RE = re.compile(r"(?:기업|업체|기관|단체|대학|회사)(?:은|는)\s")
BODY_UNITS = {"개", "개사", "개교", "곳"}  # what may count bodies: '6개사', '7개 기업', '4개교', '기관 5곳'

# '기' counts built structures ('하부구조물 100기를'), but '1기 신도시', '2기 위원회' is a generation
GENERATION_AFTER_RE = re.compile(r"\s(?!규모|분량|씩)[가-힣]")
TERM_BEFORE_RE = re.compile(r"(?:민선|제)\s?$")
# the bodies counted right before the number: '부품기업 3곳', '협력 기관 5곳'
BODIES_BEFORE_RE = re.compile(r"(?:기업|업체|기관|회사|단체)\s?$")
# a sentence that reports what was done: its last predicate in the past ('…을 유치했다.')
DONE_RE = re.compile(r"(?:었|았|였|했|됐|졌|렸|냈)다\.?\s*$")
# '앞으로 5년간 청년 100명': the years a count is reached over belong to it, not a goal of their own
# (not a day: '2년간 적립하는 협약을 맺었다고 14일 밝혔다' gives the day of the news)
COUNT_SPAN_AFTER_RE = re.compile(
    r"^간\s(?:[^.\n\d]{0,30}?\s)?\d[\d,.]*(?![\d,.]|\s?(?:일|월|년|시)|\s?(?:조|억|천만|백만|만|천)?\s?원|\s?(?:조|억))"
)
# a share held or a threshold passed: '전국 생산량의 70% 이상을 차지', '근로자가 1만명을 넘어서면서'
FACT_AFTER_RE = re.compile(
    r"^\s?(?:이상|가량|정도|남짓|안팎)?(?:을|를|이|가)?\s?(?:차지(?:하|한|해|했)|넘어서(?:면서|며|자|고)|넘으면서|돌파하면서"
    r"|넘어섰|넘겼|돌파(?:했|\s?$))"  # '투자협약은 벌써 40건을 넘어섰습니다', '분양률 60% 돌파': a mark passed
    # how things stand now: '4천여가구에 이른다', '60여곳이 입주해 있지만', '31명까지 늘었다'
    r"|^\s?에\s?(?:이른다|이르고|이르며|이르지만|이르렀|달한다|달하고|달하며|달하지만|달했)"
    # what a body is made of: '이장협의회는 관내 24개 마을 이장으로 꾸려져 있다'
    r"|^\s?(?:[가-힣]{1,6}\s)?[가-힣]{0,6}(?:으로|로)\s(?:꾸려져|구성돼)\s?있"
    r"|^\s?(?:이|가)\s?(?:입주|거주|근무|재직|재학|일|살)(?:해|하고|고)\s?있"
    # what so many do now, the count the subject: '직원 350명이 물티슈를 만들고 있는데'
    r"|^\s?(?:여\s?)?(?:이|가)\s(?:[^\s.\n]+\s){0,3}?[가-힣]+고\s있(?:는데|다|으며|지만|어)"
    r"|^\s?(?:까지|으로|로)\s?(?:늘었|줄었|불어났|늘어났|줄어들었)"
    # where things are now: '업체 82.6%, 산업단지 78.3%가 도심에 몰려 있다'
    r"|^\s?(?:,\s?[^.\n]{0,20}?\d[\d.]*\s?%)?\s?(?:이|가)\s[^.\n]{0,40}?(?:몰려|집중돼|집중되어|분포해|분포돼)\s?있"
    # the visitors who come now, told against what is missing: '해마다 70만 명 넘게 찾아오지만 … 숙소는 …'
    r"|^\s?(?:여\s?)?(?:이|가)?\s?(?:넘게\s)?(?:찾아오지만|찾지만)"
    # the time it took: '4개월여 만에 협약 체결에 성공했다'
    r"|^\s?(?:여\s?)?만에\s"
    # what there is: '18개 대학 26개 전문계고가 있는', '공장 3곳이 있으며'
    r"|^\s?(?:[가-힣]{1,8}\s\d[\d,]*\s?개\s)?[가-힣]{0,8}(?:이|가)\s있(?:는|다|으며|고|어)"
)
# what is built, as the subject its size is told of: '건축 연면적이 …', '부지 면적은 약 …'
SIZE_SUBJECT_BEFORE_RE = re.compile(r"(?:연면적|건축면적|부지\s?면적|부지)(?:이|은|는|가)\s(?:약\s|총\s)?$")
# what is built, summed up: '설비용량은 모두 합쳐 180㎿에 이른다'
CAPACITY_SUBJECT_BEFORE_RE = re.compile(r"(?:설비\s?용량|발전\s?용량|용량)(?:이|은|는|가)\s(?:모두\s|총\s)?(?:합쳐\s|합하면\s)?(?:약\s)?$")
# a short phrase in single quotes or corner brackets names a programme or an agreement
NAME_QUOTE_RE = re.compile(r"'[^'\n]{1,25}'|‘[^’\n]{1,25}’|「[^」\n]{1,25}」|『[^』\n]{1,25}』")
# the unit a rate is counted by: '1병을 팔 때마다', '10㎏이 팔릴 때마다'
EACH_TIME_AFTER_RE = re.compile(r"^[^\d,.\n]{0,15}?때마다")
# 'N%' of an interest rate ('연 2%', '금리 3%') is a rate of the loan, not a goal
RATE_BEFORE_RE = re.compile(r"(?:연|금리|이자|이율|연리)\s?(?:최대|최저|최고)?\s?$")
# 'N%' in a sentence that shares something out ('지분은 시가 49%, 공사가 51%', '분담 비율은 …') is a split
SHARE_SENTENCE_RE = re.compile(
    r"지분|출자\s?비율|분담\s?비율|부담\s?비율|배분\s?비율|투자\s?비율"
    r"|부담(?:하|한|해|했|키로)|(?<![가-힣])(?:국비|지방비|도비|시비|군비)\s|기금\s?\(\s?\d"  # '국비 20%, …를 부담'
)


def find_targets(text: str, words: list[Word], published, within=None) -> list[dict]:
    """Deadlines and project quantities, each with the words it was read from; ``within`` (start, end) keeps
    to one agreement's part of the article before a figure told twice is kept once."""
    bounds = sentences(text)
    targets = _deadline_targets(text, words, published, bounds)
    facts = _SentenceFacts(text)
    brackets = Marks(text, ("(", ")"))
    merged = {t.pop("counted") for t in targets if "counted" in t}
    word_at = {w.start: w for w in words}
    word_ending = {w.end: w for w in words}
    previous = None
    quantities = find_quantities(text)
    shares = (
        shares_of_a_whole(quantities, bounds)
        | parts_of_a_count(text, quantities, bounds)
        | parts_of_a_total(text, quantities, bounds)
        | participants_by_kind(text, quantities, bounds)
    )
    named = [m.span() for m in NAME_QUOTE_RE.finditer(text)]
    signers = signer_counts(text, bounds)
    for quantity in quantities:
        start, end = quantity.span
        repeated = area_repeat(text, previous, quantity)
        previous = quantity
        if (
            start in merged
            or repeated
            or quantity.span in shares
            or inside_a_name(quantity, word_at)
            or in_sorted(start, named)  # "'1% 나눔 캠페인'": the figure is part of a programme's name
            or quantity.unit in BODY_UNITS and counted_bodies(text, quantity.span, signers)
            or not _counts_for_the_project(text, quantity, bounds, published, facts)
        ):
            continue
        unit = quantity.unit
        noun = counted_noun(text, quantity)
        if noun:
            unit, end = noun
        start = qualifier_start(text, start, word_ending)
        end = phrase_end(text, end, words, word_at)
        targets.append(
            {
                "text": text[start:end],
                "due": None,
                "value": quantity.value,
                "unit": unit,
                "span": [start, end],
            }
        )
    if within:  # (a '3년' of another agreement's part is no repeat of this one's)
        targets = [t for t in targets if within[0] <= t["span"][0] < within[1]]
    # deadlines first, then the project's measures; a number in parentheses is an aside, so last
    targets.sort(
        key=lambda t: (
            0
            if t["due"] is not None or t["value"] is None
            else 2
            if in_parentheses(brackets, t["span"][0])
            else 1
        )
    )
    return dedupe(targets, text)


class _SentenceFacts:
    """What the number rules ask of a whole sentence, read once per sentence (a sentence with many
    numbers in it is not searched again for each)."""

    def __init__(self, text: str):
        self.text = text
        self._known: dict[tuple[int, int], tuple] = {}

    def __call__(self, s_start: int, s_end: int) -> tuple:
        found = self._known.get((s_start, s_end))
        if found is None:
            sentence = self.text[s_start:s_end]
            # the year a body was founded says nothing of when its figures fall ('2014년 설립된 ㈜A는 …')
            years = [
                int(m[1]) for m in YEAR_RE.finditer(sentence) if not FOUNDED_AFTER_RE.match(sentence, m.end())
            ]
            signing = [m.start() for m in SIGNING_RE.finditer(sentence)]
            done = bool(DONE_RE.search(sentence)) and not PROMISED_RE.search(sentence)
            found = (
                # (not in the pact's terms, told as to come: '협약에 따라 네 기관은 지난해 3월 산불로 나무가 타버린
                # 국유림 4.6ha에 … 1만5천 그루를 심고 가꾼다' names the past only to say which forest)
                bool(PAST_CONTEXT_RE.search(sentence)) and not (TERMS_OPENING_RE.match(sentence) and not done),
                max(years) if years else None,
                signing[-1] if signing else -1,  # a signing word at or after a position: the last one
                done,
                bool(SHARE_SENTENCE_RE.search(sentence)),
                done and bool(AFTER_CEREMONY_RE.match(sentence)),
            )
            self._known[(s_start, s_end)] = found
        return found


def _after(text: str, end: int, skip: str = "") -> str:
    """The text the patterns read after a number (``text[end:].lstrip(skip)``, to the window)."""
    while skip and text.startswith(skip, end):
        end += 1
    return text[end : end + AFTER_WINDOW]


def _counts_for_the_project(text: str, quantity, bounds, published=None, facts=None) -> bool:
    start, end = quantity.span
    after, before = _after(text, end), text[max(0, start - 12) : start]
    s_start, s_end = _sentence_of(bounds, start)
    past, last_year, last_signing, done, share, that_day = (facts or _SentenceFacts(text))(s_start, s_end)
    if past or (published and last_year is not None and last_year < published.year):
        return False  # '지난해 방문객 300만 명': a figure of the past, not of the project
    if that_day:
        return False  # '협약식에 이어 … 봉사자 60여 명은 산벚나무 800그루를 심었다': what was done that day
    if quantity.unit == "명" and ATTENDANCE_AFTER_RE.match(_after(text, end, "여")):
        return False
    if done and (INVITED_AFTER_RE.match(after) or TEAM_AFTER_RE.match(after)):
        return False  # '60여개사를 초청해 … 소개했다': the guests of the day; '… 50명으로 TF를 구성해': a team
    if (
        quantity.unit == "명"
        and STAFF_NOW_BEFORE_RE.search(text, max(0, start - 20), start)
        and not STAFF_PLANNED_AFTER_RE.match(after)
    ):
        return False  # '상시 고용 인원은 85명': the firm's present headcount (not '… 24명으로 계획되어 있다')
    if quantity.unit == "명" and HEADS_AFTER_RE.match(after):
        return False  # '지사와 7명의 시장·군수가 협약을 맺었다': the heads who sign
    if COMPARED_AFTER_RE.match(after):
        return False  # '…발전소의 80MW보다 20MW가 더 큰 규모': another's figure and the difference
    output = quantity.unit in OUTPUT_UNITS and MONTHLY_BEFORE_RE.search(before)
    if ORDINAL_BEFORE_RE.search(before) or PER_UNIT_BEFORE_RE.search(before) and not output:
        return False  # '제26회', '업체당 최대 3개'; not '월 3만톤의 사료 생산', a plant's output
    if quantity.unit in ("개", "곳") and (COUNTED_BODIES_RE.match(after) or CLAUSES_AFTER_RE.match(after)):
        return False  # '3개 기업과' counts the signers, '5개 항을 합의했다' the agreement's clauses
    if quantity.unit == "개사" and SIGNING_FIRMS_AFTER_RE.match(after):
        return False  # '㈜A, ㈜B 등 3개사와', '3개사는': the firms that sign, not '30개사에' that benefit
    if (
        quantity.unit in COUNTED_UNITS
        and SIGNERS_AFTER_RE.match(_after(text, end, "여"))
        and last_signing >= max(0, end - s_start)
    ):
        return False  # '소재기업 3곳과 … 협약을 체결했다'
    if (
        quantity.unit in COUNTED_UNITS | {"개사"}
        and BODIES_BEFORE_RE.search(before)
        and (done or INVESTING_AFTER_RE.match(after))
    ):
        return False  # '부품기업 3곳을 … 유치했다', '기업 12곳이 … 투자하기로': the firms the news is about
    if quantity.unit == "년" and COUNT_SPAN_AFTER_RE.match(after):
        return False  # '5년간 … 100명': the years are the span of the count (but '3년간 90억원' is the term
        # the money is given over, a target as labelled, since the twenty-fourth round)
    if quantity.unit in ("개사", "곳", "개") and FIELD_BEFORE_RE.search(before):
        return False  # '에너지 분야에서 5개사 156억원, 전자 분야에서 3개사 …': the signers by their field
    if quantity.unit in ("개", "개사", "곳") and LIST_TOTAL_BEFORE_RE.search(before) and LIST_TOTAL_AFTER_RE.match(after):
        if SIGNERS_LISTED_RE.search(text, s_start, s_end):
            return False  # '협약을 맺은 기업은 A, B, … 등 총 11개다': the signers, counted
    if quantity.unit == "건" and COUNT_OF_ITEMS_AFTER_RE.match(after):
        return False  # '… 조성사업 2건이다', '협약은 … 등 2건이다': what the article counts, no goal
    if EACH_TIME_AFTER_RE.match(after):
        return False  # '1병을 팔 때마다 30원': a figure a rate is counted by, not a goal
    if FACT_AFTER_RE.match(after) and not (
        quantity.unit in AREA_UNITS and SIZE_SUBJECT_BEFORE_RE.search(before)
        or CAPACITY_SUBJECT_BEFORE_RE.search(text, max(0, start - 20), start)
    ):
        # '70% 이상을 차지하지만', '1만명을 넘어서면서': how things stand, not a goal (but '연면적이 2만㎡에
        # 이르며 … 들어선다' and '설비용량은 모두 합쳐 180㎿에 이른다' are the size of what is built)
        return False
    if quantity.unit == "%" and (RATE_BEFORE_RE.search(before) or share):
        return False
    if TIMES_AFTER_RE.match(after) or TIMES_BEFORE_RE.search(before):
        return False  # '4.2MW×6기': each installation's size and their number
    if quantity.unit in INSTALLED_UNITS and SIZE_BEFORE_RE.search(before) or (
        quantity.unit in SIZE_UNITS and INSTALLED_AFTER_RE.match(after)
    ):
        return False  # '30MW 4기': how many of a size and the size of each, not goals of their own
    inside = PAREN_AFTER_SIZE_RE.search(text, max(0, start - 20), start)
    if inside and inside["unit"] == quantity.unit:
        return False  # '25.2MW(4.2MW …)': a breakdown of the figure before it
    if not_a_target(text, quantity.span, quantity.unit, bounds):
        return False  # see effects: forecasts, counts of signers and places, a body's own size
    if quantity.unit == "기" and (GENERATION_AFTER_RE.match(after) or TERM_BEFORE_RE.search(before)):
        return False  # '1기 신도시', '3기 위원', '민선 8기': a generation or a term, not structures
    if quantity.unit == "대" and (RATIO_AFTER_RE.match(after) or RATIO_BEFORE_RE.search(before)):
        return False  # '1대1 대응투자', '1대 1 매칭': a ratio, not one of anything
    if quantity.unit == "대" and isinstance(quantity.value, int) and ORDINAL_DAE_RE.match(after):
        ordinal = quantity.value <= 20  # '5대 목표': the five major goals
        age = quantity.value % 10 == 0 and quantity.value <= 90  # '30대 청년': people in their thirties
        if ordinal or age:
            return False
    return True
