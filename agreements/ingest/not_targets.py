"""Counts and measures in an agreement article that are not the agreement's targets: the signers or
places counted, a body's own size, who came or was honoured at the ceremony, a share of a whole, a
forecast, an effect's years and where things stand (``effects`` holds the sentence-level reasons it
shares with the budgets)."""

from __future__ import annotations

import re

from .counted import GROUP_RE
from .effects import (
    EFFECT_CLAUSE_RE,
    background,
    background_paragraph,
    forecast,
    told_as_forecast,
)
from .profiles import about_something_else
from .running import running_at
from .spans import index_at, span_at
from .standing import WORKERS_BEFORE_RE, how_it_stands
from .target_parts import part_of_whole
from .target_words import AREA_UNITS, CAPACITY_UNITS

PLACES_AFTER_RE = re.compile(
    r"^\s?(?:산업단지|산단|농공단지|산업\s?\([가-힣]{1,4}\)\s?단지|시\s?[·ㆍ.]\s?군|시군|시\s군|읍\s?[·ㆍ]\s?면|(?:광역\s?)?시\s?[·ㆍ]\s?도|(?:면|읍)(?:에|의|을|를|과|와|이|은|는)?(?![가-힣])"
    # '… 등 4개 지역', '5개 자매도시를': places listed and counted
    r"|[가-힣]{0,4}(?:지역|도시)(?:에서|으로|을|를|에|의|과|와|이|가|은|는|도)?(?![가-힣])"  # '7개 저발전지역에'
    r"|(?:지자체|자치단체|광역자치단체|기초자치단체)(?![가-힣]{2}))"  # '12개 지자체 투자 여건 소개', '8개 지자체에'
)
EACH_BEFORE_RE = re.compile(r"각\s?$")
REPORTED_FIRMS_AFTER_RE = re.compile(r"^\s?(?:사|기업|업체)?(?:으로부터|로부터|를\s포함|을\s포함)")
OWN_SIZE_AFTER_RE = re.compile(
    r"^\s?(?:여\s?)?(?:개)?\s?의?\s?(?:회원사|회원|직원|임직원|조합원|지점|매장)[을를]\s?(?:두고|보유)"
    # what a firm already holds, whatever it is: '150개 가맹점을 보유한 A는', '12개 계열사를 거느린'
    r"|^\s?(?:여\s?)?(?:개|개소|곳)?\s?의?\s?[가-힣]{1,6}[을를]\s?(?:보유|거느리|거느린)"
)
ELIGIBLE_AFTER_RE = re.compile(
    r"^\s?(?:이상|미만|이하|초과)\s[^.\n]{0,20}?(?:중인|거주한|거주하는|근무한|근무하는|운영한|재직한|재직하는)\s"
)
VALID_FOR_AFTER_RE = re.compile(r"^\s?(?:간|동안)?\s?(?:유효|효력)")
# (a count of them after: not '60세대짜리 아파트를 짓는다', the one building's size)
EACH_SIZE_AFTER_RE = re.compile(r"^\s?짜리\s(?:[^\s.\n\d]+\s){0,2}?\d")
SPAN_OF_EFFECT_RE = re.compile(r"^\s?동안\s[^.\n]{0,30}?\d[\d,.]*\s?[조억만천]")


def not_a_target(text: str, span: tuple[int, int], unit: str, bounds) -> bool:
    """A count of the signers or of places, a body's own size, a forecast, or an effect's years."""
    after, before = text[span[1] : span[1] + 40], text[max(0, span[0] - 4) : span[0]]
    start, end = span_at(bounds, span[0], span)
    sentence = text[start:end]
    if running_at(text, bounds, span[0]) or background(sentence) or background_paragraph(text, span[0]):
        return True
    if unit != "%" and EACH_SIZE_AFTER_RE.match(after):
        return True  # '20kW짜리 3개소': the size of each, not the whole (but '수수료 1.5%짜리 앱': its rate)
    if unit == "년" and SPAN_OF_EFFECT_RE.match(after) and EFFECT_CLAUSE_RE.search(sentence):
        return True  # '10년 동안 3천억원의 생산유발 효과': the years an effect is counted over
    if unit in ("년", "개월") and VALID_FOR_AFTER_RE.match(after):
        return True  # '협약은 2년간 유효하고': the agreement's term, not a goal
    if unit in ("년", "개월") and ELIGIBLE_AFTER_RE.match(after):
        return True  # '등록 후 3개월 이상 사업을 운영 중인 소상공인': who qualifies, not a goal
    if unit == "%" and BOUND_AFTER_RE.match(after):
        return True  # '(기준 중위소득 60% 이하)': who qualifies, not a goal
    if UNIT_EXPLAINED_RE.match(sentence):
        return True  # '1MW는 전기밥솥 1000여 개를 돌릴 수 있는 전력이다': what a unit means, no figure of the deal
    if RATE_BASE_AFTER_RE.match(after) or FOUNDED_RE.search(sentence) and PROFILE_END_RE.search(sentence):
        return True  # '1MW당 50명': a rate's base; 'A는 1990년 설립된 … 회사로': the firm's profile
    if AMONG_BEFORE_RE.search(text, max(0, span[0] - 20), span[0]):
        return True  # '기업 12곳 가운데 5곳이': a share of a count, how things stand
    whole = WHOLE_BEFORE_RE.search(text, max(0, span[0] - 12), span[0])
    if AMONG_AFTER_RE.match(after) and not whole or CONTRIBUTES_AFTER_RE.match(after):
        return True  # '11개 과제 중 …': one of many; '정부의 20% 목표 달성에 기여': someone else's goal
    if unit in ("개", "개사", "곳"):
        if (
            PLACES_AFTER_RE.match(after)
            or EACH_BEFORE_RE.search(before)
            or REPORTED_FIRMS_AFTER_RE.match(after)
        ):
            return True
        group = GROUP_RE.match(text, span[0])
        if group and group.end() >= span[1]:
            return True  # '9개 기업 대표', '4개 군부대와': the signers
        if SIGNERS_AFTER_RE.match(after) and SIGNING_WORDS_RE.search(sentence):
            return True  # '33개 조명 및 영상장비 관련 기업과 … 협약': the signers, with their trade
        if _signers_counted_again(text, span, unit):
            return True  # '대학 3곳과 … 협약을 체결했다' … '대학 3곳에 공무원을 파견한다': the signers
    if OWN_SIZE_AFTER_RE.match(after) or PROFILE_AFTER_RE.match(text, span[1], end):
        return True  # '회원 25만명을 확보하고 있는 업체로': what the firm is, not what it commits
    if unit == "명" and VISITORS_BEFORE_RE.search(text, max(0, span[0] - 24), span[0]) and (
        VISITORS_FORECAST_AFTER_RE.match(after) or VISITORS_COUNTED_AFTER_RE.match(after)
    ):  # (or counted so far: '탐방객이 올해 처음으로 3만 명을 넘었다')
        return True  # '관광객이 한 해 80만명 이상 늘어날 것으로': visitors hoped for, an effect
    if unit in ("개", "개사", "곳", "개교") and (JOINED_AFTER_RE.match(after) or JOINED_SUBJECT_RE.search(sentence)):
        return True  # '의원·치과 11곳 참여', '협약에 참여한 곳은 의과 4곳, 한의과 3곳이다', '참여한 학교는 … 39개교다'
    if unit in ("개", "개사", "곳") and BREAKDOWN_RE.match(sentence):
        return True  # '업종별로 보면 식품 업체 4곳, 물류 3곳 …': the signers counted by their trade
    if unit == "개국" and VISITED_AFTER_RE.match(after):
        return True  # '체코와 독일, 영국 3개국을 차례로 찾는다': the countries a trip goes to
    if unit == "명" and (AWARDED_AFTER_RE.match(after) or HANDED_TO_AFTER_RE.match(after) or HONOURED_AFTER_RE.match(after)):
        return True  # '모범 기업인 3명에게 표창장을 수여했다', '… 등 4명이 군수 표창을 받았다': who was honoured
    if unit == "명" and (MEMBERS_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) or MEMBERS_AFTER_RE.match(after)):
        return True  # '위원 3명과 … 모두 12명의 위원으로 구성한다': a council's seats, not a goal
    if unit == "명" and (
        ATTENDED_AFTER_RE.match(after)
        or DELEGATION_RE.search(sentence)
        or ATTENDING_LABEL_RE.search(text, max(0, span[0] - 12), span[0])
    ):
        return True  # '… 점장 등 총 8명이 함께했다', '회원 20명과 공무원 4명으로 구성된 방문단': who came
    if unit == "명" and PEOPLE_THERE_AFTER_RE.match(after):
        return True  # '임직원 40여 명은 이날 … 찾아', '주민 1,600여 명이 … 흩어져 사는': who came or lives there
    if HEADS_COUNTED_AFTER_RE.match(after):
        return True  # '28개 지자체장 등이 참석한 가운데', '11개 기업 관계자들은': the bodies that came
    if PER_HOME_BEFORE_RE.search(text, max(0, span[0] - 36), span[0]):
        return True  # '호당 대지면적 250㎡': the size of each home, not the site
    if unit in ("곳", "개소") and SITES_TOTAL_AFTER_RE.match(text, span[1]):
        return True  # '군내 14곳에 모두 36MW 규모의', '저수지 3곳의 수면에 모두 7MW': where the total goes
    if unit in ("곳", "개", "개사") and LIST_END_BEFORE_RE.search(before) and LIST_COUNTED_AFTER_RE.match(after):
        return True  # '약정 상대는 A·B·C 등 3개 교다', '… C 등 5곳이다': the list just named, counted
    if unit in ("곳", "개", "개사") and THESE_BEFORE_RE.search(text, max(0, span[0] - 6), span[0]):
        return True  # '… 9억원을 각각 투자한다. 이들 3곳은': the bodies just named, counted again
    if unit == "호" and FIRST_OF_KIND_BEFORE_RE.search(text, max(0, span[0] - 6), span[0]):
        return True  # '도내 1호 1교1촌 자매결연': the first of its kind
    if part_of_whole(text, span, unit, sentence, end):
        return True  # parts told with their whole, a ranking, a year's part of a total
    if unit in ("회", "번") and FREQUENCY_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]):
        return True  # '주 1회 이상 가정을 찾아가', '한 달에 2번': how often, not how much
    if unit in SIZE_EACH_UNITS and text.startswith("씩", span[1]):
        return True  # '25㎿씩 네 차례로': each stage's size, not the whole
    if unit in ("개", "개사", "곳", "명") and ATTENDING_CLAUSE_AFTER_RE.match(text, span[1]):
        return True  # '협력사 4곳, … 회장 등이 참석해', '6곳의 매장 점장들이 참석했다': the bodies that came
    if unit in ("개", "곳") and BODIES_COUNTED_AFTER_RE.match(after):
        return True  # '4개 공사·공단이', '4개 정부출연 연구기관 관계자들이', '3개 단체도 동참했다'
    counted_firms = unit == "개사" or unit in ("개", "곳", "개소") and BODY_BEFORE_COUNT_RE.search(text, max(0, span[0] - 8), span[0])
    if counted_firms and not SOUGHT_AFTER_RE.match(after) or unit in ("개", "곳") and BODIES_NAMED_AFTER_RE.match(after):
        return True  # firms or bodies counted as who signs, comes or invests: '우량기업 6곳이', '6개사 투자로',
        # '12개 첨단 분야 기업이', '5곳의 지역 병원은' (but '협력업체 25개사를 유치', a goal)
    if unit == "%" and (SOLD_AFTER_RE.match(after) or STANDING_RATE_BEFORE_RE.search(text, max(start, span[0] - 40), span[0])):
        if not RAISED_TO_AFTER_RE.match(after):  # (but '재생에너지 비율을 … 30%로 높인다' is a goal)
            return True  # '1차 조성분의 68%를 분양하게 됐다', '분양률이 … 70%를 넘어서게', '65세 이상 인구 비율은 41.2%로'
    # '가람저수지(500만㎡)의 약 6.5%에 해당하는 32만㎡': the whole and its share, not the site
    if unit == "%" and SHARE_OF_AFTER_RE.match(after) or WHOLE_OF_SHARE_AFTER_RE.match(after):
        return True
    if unit in ("년", "개월") and (
        SPAN_BACK_RE.search(text, max(0, span[0] - 12), span[0])
        or COUNTDOWN_AFTER_RE.match(after)
        or SPENT_AFTER_RE.match(after)
    ):
        return True  # '최근 5년간', '3개월 앞으로 다가온': the past, a countdown
    if PASSED_AFTER_RE.match(after):
        return True  # '옮겨진 응급환자는 3백 명을 넘었다': a count so far, told in the past
    if about_something_else(text, span) or how_it_stands(text, span, unit):
        return True  # '○ 임 직 원: 136명': a signing firm's fact box, a plan quoted, a standing fund; '인구는 …'
    if COMPARED_AFTER_RE.match(after) or unit in ("km", "㎞", "m") and DISTANCE_AFTER_RE.match(after):
        return True  # '… 센터(18㎿)보다 다섯 배 큰', '변전소와 2㎞ 거리': a yardstick, not a goal
    if ERA_AFTER_RE.match(after) or POPULATION_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]):
        return True  # '관광객 300만명 시대', '인구 90만 명의 도시': an era hoped for, a place's size
    if unit == "명" and FIRMS_SHARE_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) and text.startswith(")", span[1]):
        # 'A 80억원(30명), … 총 50명': one firm's share, the total in this sentence or the next
        index = index_at(bounds, span[0])
        upto = bounds[index + 1][1] if 0 <= index < len(bounds) - 1 else end
        return FIRMS_TOTAL_RE.search(text, span[1], upto) is not None
    if PER_YEAR_BRACKET_BEFORE_RE.search(text, max(0, span[0] - 6), span[0]):
        return True  # '학생 300명(연 150명)': the total told again a year at a time
    if unit in ("가구", "세대") and (HOMES_SUPPLIED_AFTER_RE.match(after) or HOMES_SERVED_AFTER_RE.match(after)):
        return True  # '주택 21만세대에 공급할 수 있는 612GWh': what the output is like, not what is built
    if unit == "년" and USED_FOR_AFTER_RE.match(after):
        return True  # '1만4천 가구가 1년 동안 쓰는 양': what the output is like, not what is built
    if unit == "명" and TEMPORARY_BEFORE_RE.search(text, max(0, span[0] - 14), span[0]):
        return True  # '정주인구 540여 명 증가', '건설인력 고용 1600여 명': residents and builders, no jobs of the deal
    if unit in CAPACITY_UNITS and (UNIT_CLASS_AFTER_RE.match(after) or MACHINES_AFTER_RE.match(after)):
        return True  # '2.5㎿급 풍력발전기 16기': the size of each machine, not the whole
    if unit not in ENERGY_UNITS and CLASS_BEFORE_RE.search(text, max(0, span[0] - 24), span[0]):
        # '30MW급 전산동 3개 동': how many of a size, a breakdown of the whole (not '8MW급 설비는 한 해 약
        # 6만3천MWh의 전기를 만들어 낸다', what the whole makes)
        return True
    if PHASE_BEFORE_RE.search(text, max(0, span[0] - 12), span[0]) and _total_before(text, span[0], unit):
        return True  # '모두 16MW … 1단계 9MW를, 2단계 7MW를': each phase's part of the total told before
    if ORDINAL_AFTER_RE.match(after) or ATTENDEES_LINE_RE.search(text, max(0, span[0] - 80), span[0]):
        return True  # '투자협약 7건째': a count so far; '○ 참 석 자 : … 등 15명': who came
    if unit == "명" and STAFF_BEFORE_RE.search(text, max(0, span[0] - 12), span[0]) and STAFF_MOVE_AFTER_RE.match(after):
        return True  # '기존 직원 85명이 옮겨오고': staff a firm has, moved, not hired for the deal
    if unit == "명" and (
        WORKERS_BEFORE_RE.search(text, max(0, span[0] - 6), span[0]) and AT_WORK_AFTER_RE.match(after)
        or WORKING_NOW_AFTER_RE.match(after)
    ):
        return True  # '근로자 98명이 일하는 중소기업', '종업원 27명이 … 생산해', '350명이 일하는 공장': the firm as it is
    if unit == "명" and JOB_EFFECT_AFTER_RE.match(after) and len(EFFECT_CLAUSE_RE.findall(sentence)) >= 2:
        return True  # '512억원의 생산유발, 402명의 고용창출, 188억원의 부가가치 효과': a model's triad
    if unit == "명" and _jobs_named(text, span, after) and not told_as_forecast(text, span):
        return False  # '130여 명의 일자리와 … 생산유발 효과를 기대했다': the jobs, beside an effect
    return unit == "명" and forecast(text, span, bounds)


# staff a firm has, moved with it: '기존 직원 85명이 옮겨오고', '본사 인력 120명이 이전한다'
STAFF_BEFORE_RE = re.compile(r"(?:기존|현재|현|본사)\s?(?:직원|인력|근로자|종업원|임직원)\s?(?:약\s?)?$")
STAFF_MOVE_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:명\s?)?(?:이|가|은|는)?\s?(?:옮겨|이전|이동|이주|근무)")
AT_WORK_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:명\s?)?(?:이|가)\s(?:[^.,\n]{0,24}?\s)?(?:일하|근무하|종사하|생산하|생산해|일하고)")
# the people a place has at work now, told of it without a word for workers: '350명이 일하는 공장을 운영하고'
WORKING_NOW_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:이|가)\s(?:일하는|근무하는|일하고\s있|근무하고\s있|근무\s?중)")
# jobs told as one of an effect's figures: '402명의 고용창출,', '300명의 고용유발'
JOB_EFFECT_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:명\s?)?의\s?(?:고용|일자리|취업)\s?(?:창출|유발)(?:\s?효과)?\s?(?:[,·ㆍ]|및|과|와)")
PER_YEAR_BRACKET_BEFORE_RE = re.compile(r"\((?:연|연간|매년|해마다)\s?$")
HOMES_SERVED_AFTER_RE = re.compile(r"^\s?(?:에|에게)\s(?:[^.\n]{0,10}?\s)?(?:공급|보급)(?:할|하는|이)\s?(?:수\s있는|가능한)")
# the people a project brings that are not its jobs: residents moving in, builders while it is built
TEMPORARY_BEFORE_RE = re.compile(r"(?:정주|유입|상주)\s?인구\s?(?:약\s?)?$|건설\s?(?:인력|인원|근로자)\s?(?:고용\s?)?(?:약\s?)?$|연인원\s?$")
# the size of each machine, then how many: '5㎿ 풍력발전기 24기를'
MACHINES_AFTER_RE = re.compile(
    r"^\s?(?:\d{1,2}\s?채널\s)?(?:[가-힣]{1,8}\s)?[가-힣]{0,6}(?:발전기|터빈|설비|연료전지|모듈|충전기)\s\d[\d,]*\s?(?:기|대)"
    r"(?:를|을|가|이|와|과|의|로|씩)?(?![가-힣])"  # (and '200kW 2채널 급속충전기 9기')
)
HOMES_SUPPLIED_AFTER_RE = re.compile(r"^\s?(?:\([^)\n]{0,20}\)\s?)?(?:이|가)\s[^.\n]{0,20}?(?:쓰는|쓸\s수|사용하는|사용할\s수)")
USED_FOR_AFTER_RE = re.compile(r"^\s?(?:간|동안)\s(?:쓰는|쓸\s수|사용하는|사용할\s수)")
ENERGY_UNITS = frozenset({"kWh", "MWh", "GWh"})
CLASS_BEFORE_RE = re.compile(r"\d\s?(?:MW|㎿|kW|㎾|GW|MWh|톤|t)급\s[^.\n\d]{0,15}$")
PHASE_BEFORE_RE = re.compile(r"(?<!\d)\d\s?단계(?:\s?[가-힣]{1,6})?\s?$")
ORDINAL_AFTER_RE = re.compile(r"^\s?째")
ATTENDEES_LINE_RE = re.compile(r"참\s{0,3}석(?:\s?자)?\s?[:：][^\n]*$")  # '○ 참 석 자 :', 'ㅇ 참  석 :'


def _total_before(text: str, at: int, unit: str) -> bool:
    """Whether a total of the unit is told shortly before: '모두 16MW 규모의 …'."""
    total = re.compile(rf"(?:모두|총|전체)\s?(?:약\s?)?[\d,.]+\s?{re.escape(unit)}")
    return total.search(text, max(0, at - 200), at) is not None


UNIT_CLASS_AFTER_RE = re.compile(
    r"^\s?급\s[^.\n\d]{0,15}\d[\d,]*\s?(?:개\s?)?(?:기|대|동|호기)(?:를|을|가|이|의|와|과|로|씩)?(?![가-힣])"
    r"|^\s?급\s(?:[가-힣]{1,6}\s)?(?:기종|모델|제품)"  # '창원공장에서 만드는 2㎿급 기종이 쓰인다': the model's rating
)
# the jobs themselves, not an effect's model: '150여 명의 일자리와 … 생산유발 효과', '직접고용 180명'
JOBS_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:의\s)?(?:신규\s|새\s|새로운\s)?일자리")
JOBS_BEFORE_RE = re.compile(r"(?:직접\s?고용|신규\s?(?:고용|채용))\s?(?:인원\s?)?$")


def _jobs_named(text: str, span: tuple[int, int], after: str) -> bool:
    return bool(JOBS_AFTER_RE.match(after) or JOBS_BEFORE_RE.search(text, max(0, span[0] - 10), span[0]))


# a yardstick another thing's figure gives ('… 센터(18㎿)보다 다섯 배 큰') and how far a site lies ('2㎞ 거리')
COMPARED_AFTER_RE = re.compile(r"^\)?\s?보다\s")
DISTANCE_AFTER_RE = re.compile(r"^\s?(?:안팎\s|남짓\s)?(?:거리|떨어|이내|반경)")
# a figure named as an era ('관광객 300만명 시대') or a place's population ('인구 90만 명의')
ERA_AFTER_RE = re.compile(r"^\s?(?:여\s?)?시대(?![가-힣])|^\s?(?:여\s?)?시대(?:를|에|가|의|로)")
POPULATION_BEFORE_RE = re.compile(r"(?<![가-힣])인구(?:는|가|도)?\s?(?:약\s|모두\s|현재\s)?$")  # '인구 90만', '인구는 14만'
# each firm's hires in brackets after its money, before the total in this sentence or the next: 'A 80억원(30명),
# B 40억원(12명) … 총 140억원을 투자해 50명을'
FIRMS_SHARE_BEFORE_RE = re.compile(r"\d\s?(?:억|만|천)?\s?원\s?\($")
FIRMS_TOTAL_RE = re.compile(r"(?:총|모두|전체)\s?[^.\n]{0,30}?\d[\d,]*\s?명")


# people honoured as the sentence's subject: '… 교사 등 4명이 군수 표창을 받았다'
HONOURED_AFTER_RE = re.compile(r"\s?(?:이|가)\s[^.\n]{0,20}?(?:표창|상장|감사패|공로패|포상|상)[을를]\s?(?:받|수상)")
# the seats of a council or committee the agreement sets up: '위원 3명과', '12명의 위원으로 구성'
MEMBERS_BEFORE_RE = re.compile(r"위원\s?$")
MEMBERS_AFTER_RE = re.compile(r"\s?(?:이내|내외|이하)?\s?(?:의\s)?(?:[가-힣]{1,4}\s)?위원(?:으로|들로|을|를)\s?(?:구성|두|위촉)")
# people handed something at the ceremony: '3명의 학생에게 장학금을 전달했다'
HANDED_TO_AFTER_RE = re.compile(
    r"\s?(?:의\s)?(?:[가-힣]{1,6}\s)?[가-힣]{0,6}에게\s[^.\n]{0,20}?(?:(?:전달|지급|수여)(?:했|하였|됐|되었)|전했)"
)
# the bodies that take part, counted: '… 11곳 참여', '… 3곳이 참여한다'; and a sentence that lists them by kind,
# '협약에 참여한 곳은 … 의과 4곳, 한의과 3곳이다', '참여 기업은 물류센터 1곳, … 제조업체 4곳 등이다'
JOINED_AFTER_RE = re.compile(r"^\s?(?:이|가|도)?\s?(?:참여|동참)(?:해|하고|한다|했|하며|\s|,|$)")
JOINED_SUBJECT_RE = re.compile(r"참여(?:한|하는)?\s?(?:곳|기관|기업|업체|병원|의료기관|학교)(?:은|는|들은)\s")
BREAKDOWN_RE = re.compile(r"\s*(?:[가-힣]{1,4}\s)?(?:업종|분야|지역|유형|업태|권역)별(?:로|로는|론)\s")
# visitors a project is expected to draw: '관광객이 한 해 80만명 이상 늘어날 것으로 내다보고 있다'
VISITORS_BEFORE_RE = re.compile(r"(?:관광객|방문객|이용객|관람객|탐방객|입장객|유동\s?인구)(?:이|가|은|는|도)?\s(?:[^\s.\n]+\s){0,2}(?:약\s?)?$")
VISITORS_COUNTED_AFTER_RE = re.compile(r"\s?(?:여\s?)?(?:을|를|이|가|으로|로)?\s?(?:넘었|넘어섰|돌파|기록|집계)")
PASSED_AFTER_RE = re.compile(r"\s?(?:여\s?)?(?:을|를)\s?(?:넘었|넘어섰|돌파했)(?:다|습니다|고|으며)")
VISITORS_FORECAST_AFTER_RE = re.compile(r"\s?(?:여\s?)?(?:이상|가량|정도|씩)?(?:이|가)?\s?(?:늘어날|증가할|찾을|방문할|늘)\s?것으로")
# what a firm already runs or holds, told to say what it is: '전국 6곳에서 리조트를 운영하며 회원 25만명을 확보하고
# 있는 업체로'
PROFILE_AFTER_RE = re.compile(
    r"[^.\n]{0,40}?(?:운영|확보|보유)하(?:고\s?있는|는)\s(?:[가-힣]{1,8}\s)?[가-힣]{0,6}?(?:업체|기업|회사|법인|병원|기관|대학)(?:로|이다|이며|다)"
)
AWARDED_AFTER_RE = re.compile(r"\s?(?:여\s?)?에게\s(?:[^.\n]{0,20}?)(?:표창|상장|감사패|공로패|포상|상을)")
# a visiting party counted: '… 20명과 … 4명으로 구성된 방문단', '방문단(5명)은'
DELEGATION_RE = re.compile(
    r"(?:명으로\s?구성된|명이\s?함께한)\s?(?:방문단|대표단|사절단|일행)|(?:방문단|대표단|사절단|일행)\s?\(\d+\s?명"
    # '… 찾는 대표단은 A 부성장과 B 위원장 등 25명으로 꾸려졌다', '… 대표단은 A 시장 등 12명이다'
    r"|(?:방문단|대표단|사절단|일행)(?:은|는)\s[^.\n]{0,80}?\d+\s?명(?:\s?(?:안팎|내외|가량|정도))?(?:으로\s?(?:꾸려|구성)|이다|입니다)"
    r"|\d+\s?(?:여\s?)?명이\s(?:방문단|대표단|사절단)[을를]\s?(?:꾸려|구성해|이뤄)"  # '관계자 20여 명이 대표단을 꾸려'
)
# bodies counted by their heads or staff: '28개 지자체장', '11개 기업 관계자들은'
HEADS_COUNTED_AFTER_RE = re.compile(
    r"^\s?(?:개\s?)?(?:지자체|자치단체|시·군|시군|기관|기업|업체|단체|대학|학교|병원)\s?(?:장|대표|관계자|임직원)"
    r"|^\s?(?:개\s?)?시장\s?[·ㆍ.,]\s?군수"  # '도내 5개 시장·군수, 12개 기업대표가 참석한 가운데'
)
BODY_NOUN_BEFORE_RE = re.compile(r"(?P<noun>대학|학교|기업|업체|기관|단체|병원|지자체)\s?$")


def _signers_counted_again(text: str, span: tuple[int, int], unit: str) -> bool:
    """'대학 3곳에': the same bodies, as many, that a signing sentence counted ('대학 3곳과 … 협약')."""
    noun = BODY_NOUN_BEFORE_RE.search(text, max(0, span[0] - 5), span[0])
    if not noun or unit != "곳":
        return False
    count = text[span[0] : span[1]].rstrip("곳").strip()
    signed = re.search(
        rf"{noun['noun']}\s?{re.escape(count)}\s?곳(?:과|와)\s[^.\n]*(?:협약|MOU|양해각서)", text
    )
    return bool(signed) and signed.start() != noun.start()


# bodies counted as the subject or partner of the sentence, with their sort: '4개 공사·공단이'
BODIES_COUNTED_AFTER_RE = re.compile(
    r"^\s?(?:[가-힣]{1,6}\s){0,2}?(?:[가-힣]{0,6}(?:기업|업체|기관|대학교|대학|단체|병원|공사|공단|시·군|시군|지자체|자치단체)"
    r"(?:·[가-힣]{1,4})?)(?:과|와|이|가|은|는|의|도|들|\s관계자|\s사장단|\s대표|장|\s?\()"
)
# bodies counted: the noun before the count ('기업 4곳도'), or after it, a few words of what they do between
# ('3개 공공기관인', '2개 기업으로', '5곳의 지역 병원은', '9개 공기업 및 출연기관')
_BODY = r"(?:기업|업체|기관|공기업|대학교|대학|단체|병원|공사|공단|회사|갤러리|농협|협회|지자체)"
BODY_BEFORE_COUNT_RE = re.compile(rf"{_BODY}\s?\(?$")  # and in brackets after them: '기업(3개소)'

# firms the agreement is to bring or serve: '기업 40곳을 유치해', '협력사 25개사에 물량을', '60개사 유치 방안'
SOUGHT_AFTER_RE = re.compile(r"^\s?(?:을|를|에(?!서)|유치|육성)")
BODIES_NAMED_AFTER_RE = re.compile(
    rf"^\s?(?:의\s)?(?:[가-힣0-9·]{{1,8}}\s){{0,3}}?[가-힣·]{{0,8}}?{_BODY}들?"
    r"(?:과|와|이|가|은|는|의|도|인|으로|로|\s및|,|\s대표|\s관계자)"
)
# a size told for each home, room or person: '호당 대지면적 250㎡', '세대당 99㎡'
# (and the sizes listed after it: '호당 대지면적 250㎡, 전용면적 99㎡', not '… 총 2만㎡')
PER_HOME_BEFORE_RE = re.compile(r"(?:호|세대|가구|채|실|인)\s?당\s(?:(?!총|전체|모두)[^.\n]){0,30}$")
SIZE_EACH_UNITS = AREA_UNITS | CAPACITY_UNITS
# the rest of a clause whose verb is the ceremony's attendance, no other verb before it
ATTENDING_CLAUSE_AFTER_RE = re.compile(
    r"(?:(?!(?:고|며|하여|해서|되어|하는|할|된|한)\s)[^.\n\"“”]){0,150}?"
    r"(?:이|가|들이|등이|도)\s(?:[가-힣]{1,6}\s)?(?:참석|자리를\s?함께|함께|자리)(?:했|한\s?가운데|해|하였|한\s)"
)
# a span already spent: '4개월간 조건을 두고 협의를 진행했다', '2년 동안 … 준비를 거쳐'
SPENT_AFTER_RE = re.compile(
    r"\s?(?:간|동안)\s[^.\n,]{0,40}?(?:진행하였|진행했|진행해\s?왔|거쳐|거친|벌였|벌여\s?왔)"
)
SHARE_OF_AFTER_RE = re.compile(r"\s?(?:에\s?)?해당하는")
# how things stand, a share of what is sold, filled or old: '… 68%를 분양', '분양률이 이번 협약으로 70%를', '인구 비율은 … 41.2%로'
SOLD_AFTER_RE = re.compile(r"^\s?(?:를|을)?\s?분양")
STANDING_RATE_BEFORE_RE = re.compile(r"(?:분양률|입주율|가동률|고령화율|비율|점유율)(?:은|는|이|가)\s[^.\n]{0,30}?(?:약\s)?$")
RAISED_TO_AFTER_RE = re.compile(r"^\s?(?:로|으로|까지)\s?(?:높|늘|확대|끌어올|올리|올린)")
WHOLE_OF_SHARE_AFTER_RE = re.compile(r"\s?\)\s?의\s?(?:약\s?)?[\d.]+\s?%")
SPAN_BACK_RE = re.compile(r"(?:최근|지난|그동안|과거)\s?$")
COUNTDOWN_AFTER_RE = re.compile(r"^\s?(?:앞으로\s?다가온|앞둔|남은|남겨둔)")
# a count one of which the sentence goes on about: '11개 과제 중 '지역 현안' 과제를'
BOUND_AFTER_RE = re.compile(r"^\s?(?:이하|미만|이내)")
AMONG_BEFORE_RE = re.compile(r"\d\s?(?:[가-힣]{1,3}|[A-Za-z㎡㎿㎾%]{1,3})\s(?:중|가운데)\s(?:약\s?)?$")  # '20GW 중 9GW'
# the whole the share is of, said to be the whole: '전체 용량 48MW 가운데 약 8MW는 …'
WHOLE_BEFORE_RE = re.compile(r"(?:전체|총|모두)\s(?:[가-힣]{1,4}\s)?$")
# a sentence that tells what one of a unit amounts to: '1MW는 …', '1GWh는 …'
UNIT_EXPLAINED_RE = re.compile(r"^\s*1\s?(?:MW|㎿|GW|kW|㎾|MWh|GWh|kWh|TWh)(?:은|는|이면|이란|의\s?전력은)\s")
# a rate's base: '1MW당 50명', the figure each of the others is counted by
RATE_BASE_AFTER_RE = re.compile(r"^\s?(?:당|마다)(?![가-힣])")  # "1MW당", "1명마다"
# a firm's profile: 'A는 1990년 설립된 사료 회사로, 공장 두 곳에서 해마다 N만 톤을 만든다'
FOUNDED_RE = re.compile(
    r"(?:19|20)\d{2}년(?:에)?\s(?:[가-힣]{1,6}\s){0,2}?(?:설립|창업|창립)(?:해|하여|한|된|됐|되어|했)"
    r"|(?:19|20)\d{2}년(?:에)?\s(?:회사|법인|공장)[을를]\s세(?:워|운|웠)"  # '1968년 회사를 세워 …'
    r"|(?:19|20)\d{2}년(?:에)?\s문을\s?(?:연|열어|열었)\s"  # '1974년 문을 연 배합사료 제조업체로 …'
)
PROFILE_END_RE = re.compile(r"(?:회사|기업|업체|강소기업|전문기업|전문업체)(?:이다|다|로서?|이며)")
AMONG_AFTER_RE = re.compile(r"^\s?(?:[가-힣]{1,4}\s)?(?:중|가운데)(?![가-힣])")
# a figure of a wider goal the agreement helps: '정부의 재생에너지 20% 목표 달성에 기여'
CONTRIBUTES_AFTER_RE = re.compile(r"^[^.\n]{0,30}?목표\s?달성에\s?(?:기여|보탬|이바지)")
# the signers counted with their trade: '33개 조명 및 영상장비 관련 기업과'
# (or the branches, shops or schools of one body: '나래마트 6개 지점이 … 협약을 체결했다')
SIGNERS_AFTER_RE = re.compile(
    r"^\s?[^.,\n]{0,24}?(?:기업|업체|기관|대학|단체|병원|지점|매장|점포|지사|학교|계열사|회원사)들?(?:과|와|이|가)\s"
)
SIGNING_WORDS_RE = re.compile(r"체결|협약|MOU|양해각서|맺")
# the people at the ceremony: '총 8명이 함께했다', '관계자 30여명이 참석했다'
ATTENDED_AFTER_RE = re.compile(
    r"^\s?(?:여\s?)?(?:이|가|도)?[,\s]\s?(?:[^.\n]{0,40}?(?:이|가|도)\s)?(?:(?:참석|함께|자리|모여|모였)(?:했|한\s|해|하였)|나와\s|나왔|모인\s|모였"
    r"|모여\s|지켜보는\s가운데)"  # '주민 80여명이 지켜보는 가운데', '공무원 등 350여 명이 모여 부스를 돌며'
    # '임직원 40여명도 자리를 채웠다', '이번 순방에는 … 등 13명이 동행한다'
    r"|^\s?(?:여\s?)?(?:이|가|도)\s(?:자리를\s채웠|몰려\s|동행(?:했|한다))"
    r"|^\s?(?:여\s?)?(?:이|가)\s(?:[^\s.\n]+\s){0,4}?(?:왔고|왔다|왔으며)"  # '… 35명이 전세버스를 타고 가람까지 왔고'
)  # '주민 30여명이 나와', '주민 20여명도 나와', '직원 10여명이, 마을 쪽에서 이장과 주민들이 나왔고', '60여 명이 모인'
# the places a trip goes to: '3개국을 차례로 찾는다', '4개국을 순방한다'
VISITED_AFTER_RE = re.compile(r"^\s?(?:을|를)\s(?:[^\s.\n]+\s){0,2}?(?:찾|순방)")
# a release's outline of the event: '○ 참석: 30여 명(군수, …)'
ATTENDING_LABEL_RE = re.compile(r"참석(?:\s?인원|\s?대상|자)?\s?[:：]\s?(?:[가-힣]{1,6}\s)?$")
# the first of its kind, not a count: '도내 1호 1교1촌 자매결연', '전국 제1호'
FIRST_OF_KIND_BEFORE_RE = re.compile(r"(?:도내|전국|국내|관내|지역|시내|군내)\s(?:제)?$|제$")


# how often something is done: '주 1회', '매월 2회', '한 달에 한 번'
FREQUENCY_BEFORE_RE = re.compile(r"(?:(?<![가-힣])주|(?<![가-힣])월|매주|매월|매일|하루|일주일에|한\s?달에|달마다|주마다)\s?(?:최소\s?)?$")
# people who came that day, live there or will use a place, not a goal: '임직원 40여 명은 이날 오전 마을을 찾아', '주민 1,600여 명이
# 21개 마을에 흩어져 사는', '출향인 40여 명이 꾸린 모임', '1만여 명의 어린이가 … 이용할 것으로'
PEOPLE_THERE_AFTER_RE = re.compile(
    r"\s?(?:의\s[가-힣]{1,6}(?:이|가)|은|는|이|가)\s(?:[^\s.\n]+\s){0,4}?"
    r"(?:이날\s(?:[^\s.\n]+\s){0,3}?(?:찾아|방문)|찾았|방문했|꾸린\s|결성한\s|흩어져|살고\s|사는\s|거주하는\s|이용할\s?것으로)"
)


# the sites a total is spread over, the total told in the same clause: '14곳에 모두 36MW', '24곳에 … 모두 135톤'
SITES_TOTAL_AFTER_RE = re.compile(
    r"(?:의\s[가-힣]{1,6})?(?:에|에서)?\s(?:[^\s.,\n]+\s){0,4}?(?:모두|총)\s?(?:약\s?)?\d"
    # or with the money spent between: '저수지 37곳에 2450억 원을 들여 138.6㎿ 규모의'
    r"|에\s[\d,.]+\s?(?:조|억|천만|만)\s?[^\s.,\n]{0,6}\s?원을\s(?:들여|투입해)\s[\d,.]+\s?(?:㎿|MW|㎾|kW|GW|㎡|호|세대)"
)
THESE_BEFORE_RE = re.compile(r"(?<![가-힣])이들\s?$")
# a list's count that ends its sentence by saying what the list is
LIST_END_BEFORE_RE = re.compile(r"\s등\s?$")
LIST_COUNTED_AFTER_RE = re.compile(r"\s?[가-힣]{0,4}?(?:이)?다(?:\.|\s|$)")
