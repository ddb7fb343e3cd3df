"""Figures that tell how a place or a thing stands, not what an agreement will make (a place's
population and a firm's staff are ``not_targets``'s): a statistic as of a day ('2월 말 기준 …'), a rate
reached ('분양률 100%'), a count that is all there is ('공공임대주택은 412호에 불과해', '병상은 모두 610개에
머문다'), a yardstick a figure is measured by ('… 약 120MW의 4.5배에 이른다', '… 13조 원보다 1.4배'), the
people a household equivalent stands for ('18만 가구(약 60만 명)가 쓰는'), a share of a whole ('설비용량은
4000MW로 … 18%를 차지한다'), a change gone by ('10년 사이 5천 명 가까이 줄었다'), a body's members ('회원은
500여 명이다'), an audience ('직원 200여 명 앞에서'), a whole a share is of and the share ('… 2만1천t의 14%'),
a place's profile ('(인구 31만명, 면적 …)'), what may be saved or may come ('… 줄일 수 있을 것', '… 2억원을
아끼고'), an average over a span ('한 달 평균 …'), a figure only supposed ('… 판다고 치면'), how far a state has
gone ('… 58%에 이를 만큼'), money or work already under way ('… 56억 원을 투입하고 있으며'), a firm's staff
told with its size ('직원 38명, 연매출 90억원 규모로 운영해 온'), a scheme's rate of aid ('매입비의 최대 40%') and
the pacts counted ('투자협약도 4건이 성사됐다')."""

from __future__ import annotations

import re

# all there is: '… 412호에 불과해', '610개에 머문다', '2곳뿐이다', '30%에 그쳤다'
# (and with a count in brackets between: '수소충전소는 아직 30곳(82기)뿐이다')
ONLY_SO_MANY_AFTER_RE = re.compile(
    r"^\)?\s?(?:\([^()\n]{1,15}\))?\s?(?:여|남짓|가량)?\s?(?:에|으로|로)?\s?(?:불과|머문|머물|머무|그친|그쳐|그치|뿐)"
)
# how far a state has gone, told as a measure: '65세 이상이 58%에 이를 만큼 고령화가 깊어진'
SO_FAR_GONE_AFTER_RE = re.compile(r"^\s?(?:에|까지)\s?(?:이를|달할|육박할|이르는|달하는)\s?(?:만큼|정도로)")
# a yardstick: '… 약 120MW의 4.5배에 이른다', '… 3천㎡의 두 배'
TIMES_AFTER_RE = re.compile(r"^\)?\s?의\s?(?:약\s?)?(?:[\d.]+|두|세|네|다섯|열)\s?배")
# an average over a span, how things run: '공사 기간에는 한 달 평균 400여 명의 건설 인력이'
AVERAGE_BEFORE_RE = re.compile(r"(?:한\s?달|하루|월|연|일)\s?평균\s(?:약\s)?$")
# the people a household equivalent stands for, in brackets: '18만 가구(약 60만 명)가'
HOUSEHOLDS_BEFORE_RE = re.compile(r"\d\s?(?:만|천)?\s?(?:가구|세대)\s?\((?:약\s?)?$")
# a share of a whole the figure holds: '… 4000MW로 충남 전체 발전설비의 18%를 차지한다'
SHARE_HELD_AFTER_RE = re.compile(r"^\s?(?:여|가량)?\s?(?:로|으로)\s[^.\n]{0,40}?차지(?:한|하|해|했)")
# a change gone by: '… 5천 명 가까이 줄었다', '… 1200명 넘게 늘었다'
CHANGED_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:가까이|넘게|이상|남짓|가량)?\s?(?:이|가)?\s?(?:줄었|늘었|감소했|증가했|줄어들었|늘어났)")
MEMBERS_BEFORE_RE = re.compile(r"(?<![가-힣])(?:회원|조합원|회원사)(?:은|는|이|가|수는)?\s(?:약\s|모두\s)?$")
AUDIENCE_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:명\s?)?앞에서")
# what is only supposed: '… 해마다 24만8000MWh의 전기를 만들어 판다고 치면'
SUPPOSED_AFTER_RE = re.compile(r"^[^.\n]{0,40}?(?:다고|면)\s?(?:치면|가정하면|가정할\s?때)")
YARDSTICK_AFTER_RE = re.compile(r"^\)?\s?보다\s[^.\n]{0,12}?(?:[\d.]+|두|세)\s?배")
# a statistic as of a day, earlier in its sentence: '2월 말 기준 … 등록된 차량은 2만4317대이며', '지난해 말
# 기준 관내 기업은 318곳이다', '3일 현재 …', '이달 기준 64%가 주인을 찾았다'
AS_OF_RE = re.compile(r"(?:말|초|현재|\d{1,2}일|이달)\s?기준(?![가-힣])|\d{1,2}일\s현재(?![가-힣])")
AS_OF_REACH = 80
# a rate a place has reached: '… 산단은 분양률 100%를 채웠으며', '보급률은 2.1%로'
RATE_BEFORE_RE = re.compile(r"(?:분양률|가동률|보급률|점유율|자급률|입주율|취업률|실현율)(?:은|는|이|가)?\s(?:약\s)?$")
# a whole a share is taken of, and the share: '… 생기는 생활폐기물 2만1천t의 14% 정도다', '주민의 62%가 …'
WHOLE_OF_SHARE_AFTER_RE = re.compile(r"^\)?\s?의\s(?:약\s)?\d[\d,.]*\s?%")
SHARE_OF_BEFORE_RE = re.compile(
    r"(?:\d[\d,.]*\s?[가-힣A-Za-z㎡²]{0,3}|주민|인구|가구|세대|농가|주민들)의\s(?:약\s)?$"
)
# a place's profile in brackets: '린허현(인구 31만명, 면적 5천912㎢)은', or its area after its population: '인구
# 약 650만명, 면적 1만1천여㎢의 … 공업도시'
PLACE_PROFILE_BEFORE_RE = re.compile(
    r"\([^()\n]{0,30}?(?<![가-힣])(?:인구|면적)\s(?:약\s)?$"
    r"|(?<![가-힣])인구\s(?:약\s)?[\d,.]+\s?(?:만|천)?\s?명,\s면적\s$"
)
# what the deal may save or what may come, not what it commits: '… 800t가량 줄일 수 있을 것', '내년 폐목재가
# 1만1천 톤가량 나올 것으로 보고' (jobs that '생길 것으로' are the deal's, as the labels have them)
MAY_COME_AFTER_RE = re.compile(
    r"^[^.,\n]{0,10}?(?:(?:줄일|아낄|절감할|줄이는|아끼는)\s?수\s?있|(?:나올|발생할|배출될)\s?것으로\s?(?:보|예상|전망|내다))"
    r"|^\s?(?:을|를)\s(?:아끼|아낄|절감하|절감할)"  # '해마다 처리비 2억원을 아끼고': a saving
)


def standing_figure(text: str, span: tuple[int, int]) -> bool:
    """Whether a figure of any kind (money too) tells how something stands or is only supposed."""
    after = text[span[1] : span[1] + 60]
    before = text[max(0, span[0] - AS_OF_REACH) : span[0]]
    if AS_OF_RE.search(before.rsplit(".", 1)[-1].rsplit("\n", 1)[-1]):
        return True  # '2월 말 기준 … 2만4317대이며': how things stood on a day, not what a deal makes
    if SHARE_HELD_AFTER_RE.match(after) or CHANGED_AFTER_RE.match(after) or SUPPOSED_AFTER_RE.match(after):
        return True
    if WHOLE_OF_SHARE_AFTER_RE.match(after) or PLACE_PROFILE_BEFORE_RE.search(before) or MAY_COME_AFTER_RE.match(after):
        return True
    return bool(YARDSTICK_AFTER_RE.match(after))


# money or work under way, told in a clause that goes on: '본부는 올해 거점마을 12곳의 기반 정비에 56억 원을
# 투입하고 있으며, 대학은 …' (not the agreement's: no word of it in the clause)
UNDER_WAY_AFTER_RE = re.compile(
    r"^(?![^,.\n]*?(?:협약|MOU|양해각서|이번))[^,.\n]{0,40}?(?:투입|투자|추진|조성|운영|지원)(?:하|되)고\s?있으며"
)


def under_way(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is of work already under way, told in a clause that goes on."""
    return UNDER_WAY_AFTER_RE.match(text[span[1] : span[1] + 60]) is not None


# a firm's staff told with its size: '직원 38명, 연매출 90억원 규모로 운영해 온', '직원 31명 규모로 운영 중인'
WORKERS_BEFORE_RE = re.compile(r"(?:근로자|종업원|직원|임직원)\s?(?:약\s?)?$")  # also ``not_targets``'s
FIRM_SIZE_AFTER_RE = re.compile(r"^\s?(?:여\s?)?(?:,\s?(?:연|연간)\s?매출|\s?규모(?:로|의)\s?(?:운영|업체|회사|기업))")
# a scheme's rate of aid, a share of a cost: '부지 매입비의 최대 40%', '시설비의 최대 90% 장기 저리 대출'
AID_RATE_BEFORE_RE = re.compile(r"[가-힣](?:비|금|액|료)의\s(?:최대|최고)\s$")
# the pacts counted: '현장에서 투자협약도 4건이 성사됐다'
PACTS_BEFORE_RE = re.compile(r"(?:협약|MOU|양해각서)(?:도|이|은|는)?\s(?:모두\s|총\s)?$")


def how_it_stands(text: str, span: tuple[int, int], unit: str) -> bool:
    """Whether the figure at ``span`` tells how something stands rather than what a deal will make."""
    after = text[span[1] : span[1] + 30]
    before = text[max(0, span[0] - 16) : span[0]]
    if under_way(text, span):
        return True
    if SO_FAR_GONE_AFTER_RE.match(after):
        return True
    if ONLY_SO_MANY_AFTER_RE.match(after) or TIMES_AFTER_RE.match(after) or AVERAGE_BEFORE_RE.search(before):
        return True  # (and '한 달 평균 400여 명': an average, not a goal)
    if unit == "%" and any(rate.search(before) for rate in (RATE_BEFORE_RE, SHARE_OF_BEFORE_RE, AID_RATE_BEFORE_RE)):
        return True
    if unit == "건" and PACTS_BEFORE_RE.search(before):
        return True  # '투자협약도 4건이': the pacts counted
    if unit == "명" and WORKERS_BEFORE_RE.search(before) and FIRM_SIZE_AFTER_RE.match(after):
        return True  # '직원 38명, 연매출 …': the firm's size
    return unit == "명" and bool(
        HOUSEHOLDS_BEFORE_RE.search(before) or MEMBERS_BEFORE_RE.search(before) or AUDIENCE_AFTER_RE.match(after)
    )
