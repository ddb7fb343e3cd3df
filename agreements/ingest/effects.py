"""Figures in an agreement article that are not the agreement's own budget or targets.

- An economic-effect forecast: '808억원의 생산유발 효과', '부가가치 유발 1,340억 원', '고용 유발 2,260명',
  '신규 고용 110여명에 달할 것으로 전망'.
- A running total of the body's deals: '올해 34개사로부터 1조 1663억 원 상당의 투자 유치 성과를 냈다',
  '이로써 … 5개 업체 314억 원 투자 금액 유치'.
- Another agreement told as background: '지난해 하반기 ㈜A와 66억 원 투자협약을 체결했다'.
- Counts of the signers or of places ('9개 기업 대표', '6개 산업단지', '각 1개사'), a body's own size
  ('1000여 개의 회원사를 두고'), and the years an effect is counted over ('5년 동안 … 3천억 원').
- A party's own programme already under way, told as background with no word of this agreement
  ('공사는 2030년까지 40곳에 발전소 설립을 추진하고 있다', '1단계로 30㎿급 단지를 조성 중이다').
- An equivalence or a side effect ('8천 가구가 1년 동안 쓸 수 있는 전력', '소나무 9만 그루를 심는
  효과가 발생한다'), and the money a project earns ('120억원에 이르는 수익을 올릴').
- A running total told over two sentences ('올해 누적 협약 업체는 31곳으로 늘었다. 투자 규모는 총 …').
- Money the body secured before, outside the agreement ('앞서 공모에 선정돼 국비 40억원을 확보했다').
"""

from __future__ import annotations

import re

from .budget_parts import part_of_a_sum
from .funding import received_from_state
from .numbers import CLAUSE_BREAK_RE
from .profiles import about_something_else
from .rough_budgets import instalment
from .running import COUNTED_BODIES_RE, running_at, running_count
from .spans import index_at, span_at
from .standing import under_way

EFFECT_AFTER_RE = re.compile(  # ('3871억원어치의 생산': worth so much of output)
    r"^\*?\s?(?:어치\s?)?(?:규모\s?)?(?:의|에\s?달하는|에\s?이르는)?\s?(?:생산|부가가치|경제적?\s?(?:파급\s?)?효과|파급|소득\s?증대|관광\s?수입)"
    # '… 고용 912명의 효과가 생길 것으로', '826명분의 일자리 효과가 뒤따른다'
    r"|^\s?(?:여\s?|분\s?)?의\s(?:고용\s|일자리\s)?효과(?:가|를|로|도)"
)
EFFECT_BEFORE_RE = re.compile(
    r"(?:생산|부가가치|고용|파급)\s?(?:유발|효과|변화|액)\s?(?:효과)?\s?(?:는|은|이|가)?\s?(?:약|총|연간|연|매년)?\s?$"
    r"|생산액\s?(?:변화)?\s?$"
    r"|부가가치\s?(?:는|은|이|가)?\s?(?:약|총|연간|연|매년)?\s?$"  # '…효과 900억원, 부가가치 400억원'
)
EFFECT_CLAUSE_RE = re.compile(
    r"생산\s?유발|부가가치\s?(?:유발|효과)|유발\s?효과|파급\s?효과|생산\s?효과|소득\s?효과"
    r"|간접\s?(?:고용|일자리)[^.,\n]{0,12}(?:더하면|합치면|포함하면)"  # '간접 고용까지 더하면 3,000명이 넘는 일자리'
)
FORECAST_AFTER_RE = re.compile(
    # (the forecaster may stand between: '… 35억원 선에 이를 것으로 구단은 보고 있다')
    r"^[^.,\n]{0,8}?(?:에\s?달할|에\s?이를)\s?것으로\s?(?:[가-힣]{1,6}(?:은|는|이|가)\s)?(?:전망|예상|기대|분석|내다|본다|보고|보인|봤|보았|추산)"
    # money others may yet give: '… 12억원 이상을 내놓을 것으로 구단은 기대하고', '… 보탤 것으로 점쳐진다'
    r"|^[^.,\n]{0,12}?(?:내놓을|보탤|모일)\s?것으로\s(?:[가-힣]{1,6}(?:은|는|이|가)\s)?(?:기대|점쳐|보인|예상|전망|내다)"
)
# another event to come, told after the news: '(당장) 오는 12일에는 B건설이 … 후원할 예정이고', '당장 오는 18일 …'
NEXT_EVENT_RE = re.compile(r"^\s*(?:[가-힣]{1,4}\s)?오는\s\d{1,2}일에는\s|^\s*당장\s오는\s\d{1,2}일\s")
OTHER_DEAL_RE = re.compile(
    r"(?:지난해|작년|지난\s?\d{1,2}월|^\s*(?:올해?\s)?\d{1,2}월에는|^\s*앞서|지난달|지난\s\d{1,2}일에는|지난\s?(?:19|20)\d{2}년)"
    r"[^.\n]*(?:협약|MOU|양해각서)[^.\n]{0,12}(?:체결|맺|[을를]\s?(?:했|썼))"  # ('올 1월에는 … 양해각서를 썼다')
)
# a sentence that tells what is already under way, ending on '…하고 있다' or '… 중이다'
ONGOING_WORK = r"(?:추진|조성|건설|진행|운영|설립|구축|시공|개발|건립|공사)"
# or any other present work of a party: '… 사업에 참여하고 있다', '15개국에 수출하고 있다', '… 개발에도 박차를
# 가하고 있다' (not a hope or an aim: '… 기대하고 있다', '목표로 하고 있다')
# or what a place or a body is or does now: '… 410가구가 살고 있다', '… 사업을 해오고 있다', '… 돌봄을 늘리고
# 있다' (not a forecast: '… 것으로 내다보고 있다'); a footnote's mark may close it ('… 운영하고 있다.*')
ONGOING_END_RE = re.compile(
    rf"(?:{ONGOING_WORK}(?:하|되)고|짓고)\s?있다\.?[*※]?\s*$|{ONGOING_WORK}\s?중이다\.?[*※]?\s*$"
    r"|(?:(?<!기대)(?<!전망)(?<!예상)(?<!목표로\s)(?<!목표로)(?<!계획)(?<!검토)(?:하|되)|(?![하되보])[가-힣])고\s?있다\.?[*※]?\s*$"
)
# what others think of the project, not what is under way: '… 점에서 관심을 모으고 있다', '눈길을 끌고 있다'
NOTICED_END_RE = re.compile(r"(?:관심|눈길|주목|기대|이목|호응|인기|각광)[을를이가]?\s?(?:모으|끌|받)고\s?있다\.?\s*$")
# the same said in a quote that goes on: '“… 2GW를 갖추는 것을 목표로 사업을 추진하고 있다”고 말한 뒤 …'
ONGOING_QUOTED_RE = re.compile(rf"(?:{ONGOING_WORK}(?:하|되)고|짓고)\s?있다[”\"’']")
EQUIPPED_RE = re.compile(
    r"(?:갖췄|갖추고\s?있|보유하고\s?있|보유한\s|보유\s?중)"
    # a body described by what it has: 'A병원은 310병상과 12개 센터를 갖추고 … 문을 연 종합병원이다'
    r"|(?:갖추고|보유하고)\s[^.\n]*[가-힣]이다\.?\s*$"
)
SHARE_THEN_TOTAL_RE = re.compile(r"\s?씩\s(?:모두|총|합계)\s?\d")
PERSONS_BEFORE_RE = re.compile(r"\d[\d,]*\s?명(?:이|의|은|는)?\s")  # each bank's '각각 20억 원씩 모두 …' stays
WILL_INVEST_RE = re.compile(r"원을\s(?:들여|투자해|투자하여|투입해|투입하여)[^.\n]{0,40}(?:짓는다|세운다|건립한다|구축한다|신설한다|조성한다|갖춘다|할\s예정|키로|하기로)")
QUOTE_OPEN_RE = re.compile(r"[“\"‘']")
ASIDE_RE = re.compile(r"^\s*(?:한편|앞서),?\s")  # and what came before: '앞서 A는 지난 2020년 …'
THIS_NEWS_RE = re.compile(r"이번|이날|오늘")
# another deal still being negotiated: '… 투자하는 방안을 놓고 협의를 이어가고 있으며', '… 협약을 맺는 것을 목표로'
STILL_NEGOTIATED_RE = re.compile(
    r"(?:방안|조건)[을를]?\s?(?:놓고|두고)\s(?:[^\s.\n]+\s){0,2}?(?:협의|논의|협상|조율)"
    r"|(?:협약|MOU|양해각서)[을를]\s?(?:맺|체결하)는\s?것을\s?목표로"
)
# a sentence that ends on what has been done: '… 일자리를 창출했다', '… 투자를 완료했다'
DONE_END_RE = re.compile(r"(?:창출했|완료했|완공했|준공했|마쳤|가동에\s?들어갔|지원했|지급했|채용했|고용했)(?:다|습니다)\.?\s*$")
# money given before, told as done ('지난해에도 이 기금에 30억원을 출연했다', '지금까지 … 7억8000만원의 장학금을 건넸다')
GIVEN_BEFORE_RE = re.compile(
    r"(?:지난해에?도|작년에?도|지금까지|현재까지|이제까지|그동안|(?:19|20)\d\d년부터)\s[^.\n]*?(?:건넸|전달했|지급했|출연했|기탁했|내놓았|내놨|보냈|맡겼)(?:다|습니다)\.?\s*$"
)
GOALS_RE = re.compile(r"목표(?:로|를)\s?(?:삼|내걸|내건|내세|세우|세웠|정했|정하고)")
# the body's own yearly goal of deals, even when this agreement set it off: '이를 발판 삼아 올해 투자
# 유치 목표를 3조 원으로 높여 잡았다'
YEARS_GOAL_RE = re.compile(r"(?:올해|연간|한\s?해|임기\s?(?:내|안에?))\s?(?:투자\s?)?유치[^.\n]{0,16}목표")
# a record of what a body has done ('현재까지 … 장학금을 지급한 바 있다') and a site's state ('… 땅이
# 늘어 66%의 분양률을 기록하게 됐다'): the figures are where things stand, not what the agreement sets
# a body's record: '… 지원한 바 있다', '… 장학금을 지급해 왔다'
# (any verb's '-아/어 왔다': '… 해마다 2억원가량을 써 왔다', '… 길러 왔다')
RECORD_END_RE = re.compile(r"[가-힣]\s바\s?있(?:다|습니다)\.?\s*$|[가-힣]\s?왔(?:다|습니다)\.?[*※]?\s*$")
CONDITION_RE = re.compile(
    r"(?:이상|이하|미만|초과)(?:인|일)\s?(?:경우|때)|\d\s?[가-힣]{0,2}\s?(?:이상|이하|미만|초과)이면"
)
# a standing scheme's terms told as what one may get: '… 지구에 입주하면 설비투자액의 30%까지, 2억원 이내의
# 교육훈련비를 받을 수 있다'
SCHEME_RE = re.compile(r"(?:하면|되면|(?:할|한|하는|되는)\s?경우)\s[^.\n]{0,160}?(?:받을|받게\s?될|할)\s?수\s?있다")
EARLIER_TERMS_RE = re.compile(r"(?:최초|처음|당초|기존|이전|첫)\s?(?:협약|계약)\s?(?:당시|때)")
THEN_RE = re.compile(r"\s*(?:[^\s.]{1,20}(?:은|는|이|가)\s)?(?:그때|당시)\s")
STANDING_RATE_RE = re.compile(
    r"(?:분양|가동|공정|입주|진척|점유)률[을를이가은는]?\s?(?:보이|기록|나타내|넘어|달하)"
    r"|%\s?(?:분양|입주|가동)[을를이가]?\s?(?:완료|달성|마쳤|마무리)"  # '단지는 100% 입주를 완료했다'
    # an estate's sale told done or to come with the deal: '단지는 100% 분양됐으며', '97%까지 분양될 예정'
    r"|%\s?(?:까지\s?)?(?:분양|입주)(?:됐|되었|될|되어|돼|되게)"
    r"|(?:분양|입주)률[은는이가]\s?(?:약\s?)?\d[\d.]*\s?%"  # '분양률은 90%가 됐다'
)
THIS_AGREEMENT_RE = re.compile(r"협약|MOU|양해각서|이번|이날|계획|예정|기로|키로")
EQUIVALENT_RE = re.compile(
    r"(?:가구|세대)(?:\([^()\n]{1,12}\))?(?:가|이|의)?\s(?:[^\s.]+\s){0,3}?(?:사용할|쓸|공급할)\s?수\s?있"
    # '약 40만 가구의 1년치 사용량과 맞먹는다': homes the output equals, no goal
    r"|(?:가구|세대)(?:가|이|의)?\s(?:[^\s.]+\s){0,2}?(?:사용량|소비량|쓰는\s?양)(?:과|와|에)\s?(?:맞먹|같|해당|버금)"
    r"|효과가\s?(?:발생|있|나타|기대|난다|날\s|생길|생긴다|생겨)|효과를\s?(?:낼|내|거둘|볼|기대)|(?:와|과)\s?(?:같은|맞먹는)\s(?:[^\s.]+\s){0,3}?효과"
)
JOBS_EFFECT_RE = re.compile(r"(?:고용|일자리|채용)\s?(?:창출\s?)?$")
EARNED_AFTER_RE = re.compile(
    r"\s?(?:가량|정도|상당|안팎|내외)?(?:에\s?(?:이르는|달하는)|의)?\s?(?:(?:지방)?세\s?수입|(?:판매\s?)?수익|매출|판매\s?수입|수입|이익|배당|세수|세입"
    r"|(?:분양|판매|매각)\s?대금)"  # '약 44억원의 분양대금이 들어와': proceeds of a sale, a party's income
)
# income a clause says the deal brings: '연간 2억원의 부지 제공에 따른 임대수익이 발생할 것으로'
# and the rent or sales a party is to receive: '연간 5억 원의 부지 임대료를 받을 예정', '연간 약 2억 원의
# 전력판매 … 판매 수입이 전망된다'
INCOME_CLAUSE_AFTER_RE = re.compile(
    r"[^.,\n]{0,40}?(?:임대\s?수익|임대료\s?수입|수익금|수익|수입|임대료|사용료)(?:이|을|를)\s?"
    r"(?:발생|올리|올릴|얻|거두|거둘|기대|창출|받|전망|예상|생기|생길|생긴)"
)
GREW_TO_AFTER_RE = re.compile(r"\s?(?:으로|로)\s?(?:늘었|늘어났|증가했|불어났|확대됐|커졌)")
REACHED_AFTER_RE = re.compile(r"['’”\"]?\s?(?:을|를|이|가)?\s?(?:달성|돌파|넘어섰|넘겼)")
# a sum reached so far: '… 8천700만원에 이른다', '… 297억 원이 됐다', a fund's '현재 181억원(72%)이 마련됐다', with a
# word of the time since before it ('지금까지', '누적', '출범 이후', '이번 협약까지 합쳐', '현재')
SUM_REACHED_AFTER_RE = re.compile(r"\s?(?:에\s?(?:이른다|이르렀|이르면|이르고|달한다|달했|달하고)|이\s?(?:됐|되었))|(?:\([^()\n]{1,10}\))?(?:이|가)\s(?:마련됐|마련되었|모였|쌓였|적립됐|조성됐)")
SO_FAR_BEFORE_RE = re.compile(r"지금까지|현재까지|이제까지|그동안|누적|이후|합쳐|합하면|더하면|(?<![가-힣])현재\s")
# money the body got on its own before: '공모에 선정돼 국비 40억원을 확보했다'
SECURED_RE = re.compile(r"확보했|확보한\s?바|확보하는\s?성과|따냈|선정돼|선정되어|선정된\s?바")
NEWS_OF_IT_RE = re.compile(r"협약|MOU|양해각서|이번|이날")
# the total of a running count that the sentence before began: '투자 규모는 총 7천억원이다'
TOTAL_OPENING_RE = re.compile(
    r"^\s*(?:이들\s)?(?:투자\s?(?:규모|금액|액)|총\s?투자\s?(?:규모|액|금액))(?:은|는)\s"
)


def _clause(text: str, span: tuple[int, int], bounds) -> str:
    start, end = span_at(bounds, span[0], span)
    before = CLAUSE_BREAK_RE.split(text[start : span[0]])[-1]
    after = CLAUSE_BREAK_RE.split(text[span[1] : end])[0]
    return before + text[span[0] : span[1]] + after


def forecast(text: str, span: tuple[int, int], bounds) -> bool:
    """An economic-effect forecast: the figure's own words or its clause say so."""
    return told_as_forecast(text, span) or bool(EFFECT_CLAUSE_RE.search(_clause(text, span, bounds)))


def told_as_forecast(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure's own words make it a forecast ('… 유발효과 1,200명', '90여명에 달할 것으로 전망')."""
    before, after = text[max(0, span[0] - 16) : span[0]], text[span[1] : span[1] + 30]
    return bool(EFFECT_AFTER_RE.match(after) or EFFECT_BEFORE_RE.search(before) or FORECAST_AFTER_RE.match(after))


def background(sentence: str) -> bool:
    """A sentence of what is under way, already done, or what an effect is like, or of a body's own
    goals ('임기 안에 15조원 유치를 목표로 삼은', '… 등의 목표를 내걸었다'), not of what this agreement sets."""
    if any(
        not EFFECT_CLAUSE_RE.search(sentence, max(0, m.start() - 14), m.end())
        and not (JOBS_EFFECT_RE.search(sentence, max(0, m.start() - 12), m.start()) and not EFFECT_CLAUSE_RE.search(sentence))
        for m in EQUIVALENT_RE.finditer(sentence)
    ):
        return True  # an effect is like something; not '… 4천억 원의 생산유발 효과가 기대된다', a forecast,
        # nor '… 95명의 고용 창출 효과가 기대된다', the deal's own jobs told as hoped
    if GOALS_RE.search(sentence) and not THIS_AGREEMENT_RE.search(sentence) or YEARS_GOAL_RE.search(sentence):
        return True
    if NEXT_EVENT_RE.match(sentence):
        return True  # '오는 12일에는 B건설이 … 후원할 예정이고': another event to come
    # '투자액 50억원 이상, 일자리 20개 이상인 경우 … 절반까지 지원': a standing scheme's terms
    if (CONDITION_RE.search(sentence) or SCHEME_RE.search(sentence)) and not THIS_AGREEMENT_RE.search(sentence):
        return True
    if EARLIER_TERMS_RE.search(sentence) or THEN_RE.match(sentence):
        return True  # '처음 협약 때는 5천만원을 채울 때까지 …': the terms of the first agreement; 'A는 그때 …
        # 250억원을 들여 공장을 세우겠다고 했는데': what was said at the earlier one just told
    if (
        RECORD_END_RE.search(sentence)
        and not THIS_AGREEMENT_RE.search(sentence)
        or STANDING_RATE_RE.search(sentence)
    ):
        return True
    if (DONE_END_RE.search(sentence) or GIVEN_BEFORE_RE.search(sentence)) and not THIS_AGREEMENT_RE.search(sentence):
        return True  # '101억 원을 투자해 26명의 신규 일자리를 창출했다': a firm's investment already made
    if STILL_NEGOTIATED_RE.search(sentence) and not THIS_NEWS_RE.search(sentence):
        return True  # '이와 별도로 B사와 … 100억원을 투자하는 방안을 놓고 협의를 이어가고 있으며': another deal, not yet made
    if ASIDE_RE.match(sentence) and not THIS_NEWS_RE.search(sentence):
        return True  # '한편 도는 최근 5년간 … 이행한 기업은 2곳에 그치고 있다': an aside
    if ONGOING_END_RE.search(sentence) and not THIS_AGREEMENT_RE.search(sentence) and not NOTICED_END_RE.search(sentence):
        return True
    if EQUIPPED_RE.search(sentence) and not THIS_AGREEMENT_RE.search(sentence) and not WILL_INVEST_RE.search(sentence):
        # '… 개원했으며, 120병상 3병동을 갖췄고 …': what a body has, not what it will build ('신기술을 보유한
        # A는 60억원을 들여 시설을 짓는다' says who invests)
        return True
    quoted = ONGOING_QUOTED_RE.search(sentence)
    if quoted:  # what the quote says from its opening mark to '…하고 있다”'
        opened = [m.end() for m in QUOTE_OPEN_RE.finditer(sentence, 0, quoted.start())]
        said = sentence[opened[-1] if opened else 0 : quoted.end()]
        return not THIS_AGREEMENT_RE.search(said)
    return False


# a paragraph that opens on an earlier event as its cause: '지난해 5월 … 특구 지정이 확정됨에 따라, 도는 올해 …'
EARLIER_CAUSE_RE = re.compile(
    r"^\s*(?:지난해|작년|지난\s?\d{1,2}월|앞서|(?:19|20)\d\d년\s?\d{1,2}월)[^.\n]{0,60}?(?:에\s?따라|면서|이후)[,\s]"
)


FIRST_SENTENCE_RE = re.compile(r"[^\n]*?[다요]\.(?=\s|$)")
APART_RE = re.compile(r"이와\s?(?:는\s?)?별(?:도|개)로")


def background_paragraph(text: str, position: int) -> bool:
    """A paragraph of another programme told after the news: it opens on an earlier event that led to
    it ('지난해 5월 … 확정됨에 따라, 도는 올해 1천억원을 투자해 …') or as an aside ('한편, …'), and says no
    word of this agreement."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    paragraph = text[start : end if end >= 0 else len(text)]
    if ASIDE_RE.match(paragraph) and not THIS_NEWS_RE.search(paragraph):
        return True  # '한편, A는 … 물류센터를 짓는 중이며 모두 9천억원을 들인다.': an aside, every sentence of it
    first = FIRST_SENTENCE_RE.match(paragraph)
    if first and APART_RE.search(first.group()) and ONGOING_END_RE.search(first.group()) and not NEWS_OF_IT_RE.search(paragraph):
        return True  # '도는 이와 별도로 … 장학금 사업을 해오고 있다. 올해는 … 4억원을 지급할 계획이다.': its own scheme
    return bool(EARLIER_CAUSE_RE.match(paragraph)) and not NEWS_OF_IT_RE.search(paragraph)


def not_a_budget(text: str, span: tuple[int, int], bounds, signing) -> bool:
    """An amount that is a forecast, a running total of deals, a monthly allowance, or the money of
    another agreement."""
    if (
        forecast(text, span, bounds)
        or EARNED_AFTER_RE.match(text, span[1])
        or INCOME_CLAUSE_AFTER_RE.match(text, span[1])
        or REACHED_AFTER_RE.match(text, span[1])
        or about_something_else(text, span)  # a firm's fact box, a plan quoted, a standing fund
        or under_way(text, span)  # '… 56억 원을 투입하고 있으며': work under way
    ):
        return True  # '… 투자유치 N조원을 달성했다': a mark the body's deals reached, not this one's money
    if LIMIT_BEFORE_RE.search(text, max(0, span[0] - 40), span[0]):
        return True  # '설비 보조금 상한을 5억원에서 80억원으로 올렸다': a scheme's cap, not money spent
    if UP_TO_BEFORE_RE.search(text, max(0, span[0] - 4), span[0]) and UP_TO_AFTER_RE.match(text, span[1]):
        return True  # '최대 3억원까지 가능하다': what one may borrow or get, not money spent
    if part_of_a_sum(text, span):
        return True  # a part of a sum or a rate (what each gets, a first payment, a year's share, a cap …)
    if instalment(text, span):
        return True  # '매년 2억원씩 총 8억원': the year's share of the total told after it
    if SHARE_THEN_TOTAL_RE.match(text, span[1]) and PERSONS_BEFORE_RE.search(text, max(0, span[0] - 30), span[0]):
        return True  # '직원 15명이 각 지자체에 10만 원씩 총 150만 원': what each person gives of the total
    if BREAKDOWN_BEFORE_RE.search(text, max(0, span[0] - 40), span[0]):
        return True  # '총 90억원(국비 30억원, 도비 20억원 군비 40억원)': the shares of the total before them
    if GREW_TO_AFTER_RE.match(text, span[1]):
        return True  # '… 민간투자 규모는 7조 8,000억 원으로 늘었다': a total grown to, not this agreement's money
    if received_from_state(text, span):
        return True  # '이 가운데 3억원은 국비로 지원받는다': the state's money a party gets, not the parties'
    start, end = span_at(bounds, span[0], span)
    sentence = text[start:end]
    if SUM_REACHED_AFTER_RE.match(text, span[1]) and SO_FAR_BEFORE_RE.search(text, start, span[0]):
        return True  # '지금까지 맡긴 장학기금은 8천700만원에 이른다', '… 합쳐 297억 원이 됐다': a sum so far
    if YEARS_BUDGET_BEFORE_RE.search(text, max(start, span[0] - 40), span[0]):
        return True  # '올해 예산 68억원 가운데 45억원': a body's budget for the year and its part
    if INCOME_BEFORE_RE.search(text, max(start, span[0] - 10), span[0]) or SALES_SUBJECT_RE.search(
        text, max(start, span[0] - 40), span[0]
    ):
        return True  # '연 매출 500억원', '공장 매출은 지금보다 450억 원 늘어난 800억 원': sales, no money spent
    if EACH_FIRM_BEFORE_RE.search(text, max(start, span[0] - 24), span[0]):
        return True  # '업체별로 3억~8억원 수준의 후원금': each firm's part, not the agreement's sum
    if OTHER_FIRM_SUBJECT_RE.search(text, start, span[0]):
        return True  # '한 부품 업체도 10억원 넘는 후원을 검토하고 있다': an unnamed firm's money, not a signer's
    if running_at(text, bounds, span[0]) or background(sentence) or background_paragraph(text, span[0]):
        return True
    if LAST_YEAR_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) and THIS_YEAR_RE.search(text, span[1], end):
        return True  # '지난해 12억 원을 출연한 데 이어 올해 15억 원을': last year's money, before this one's
    if GIVEN_LAST_YEAR_BEFORE_RE.search(text, max(0, span[0] - 20), span[0]):
        return True  # 'A가 지난해 내놓은 2억원도 큰돈이었는데': last year's gift, not this pact's
    if PAST_YEAR_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) and PAST_GIFT_AFTER_RE.match(text, span[1]):
        return True  # '첫해 31억원을 냈고 지난해에는 47억원을 보탰다': what was given in years gone by
    if FORMER_BEFORE_RE.search(text, max(0, span[0] - 12), span[0]) and FORMER_AFTER_RE.match(text, span[1]):
        return True  # '애초 1,700억 원으로 잡혀 있던 계획이 … 늘었다': the sum as it first stood
    if THIS_YEAR_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]) and YEARS_GOAL_AFTER_RE.match(
        text, span[1]
    ):
        return True  # '올해 7조원의 투자를 유치할 계획이다': the body's goal for the year
    if SECURED_RE.search(sentence) and not NEWS_OF_IT_RE.search(sentence):
        return (
            True  # '시는 앞서 공모에 선정돼 국비 40억원을 확보했다': money got before, outside the agreement
        )
    index = index_at(bounds, span[0])
    if index > 0 and TOTAL_OPENING_RE.match(sentence) and running_count(text[slice(*bounds[index - 1])]):
        return True
    own = bool(signing and start <= signing[0] < end)
    # or the signing told again, on its day: a caption '… 지난달 28일 … 체결하고 기념촬영을 하고 있다' signs
    # first, then the lead '… 지난달 28일 … 280억원 규모의 투자협약을 체결했다고 4일 밝혔다'
    day = SIGNING_DAY_RE.search(text, signing[0], signing[1]) if signing else None
    own = own or bool(day and day.group() in (other.group() for other in SIGNING_DAY_RE.finditer(sentence)))
    if STATE_SUBJECT_RE.match(sentence) and NATIONAL_BEFORE_RE.search(text, max(0, span[0] - 8), span[0]):
        if not own and not NEWS_OF_IT_RE.search(sentence):
            return True  # '정부는 이 단지에 2030년까지 국비 3조원을 투입할 계획이다': the state's money
    if (
        not own
        and THIS_YEARS_RE.search(sentence)
        and COUNTED_BODIES_RE.search(sentence)
        and DEALS_RE.search(sentence)
    ):
        return True  # '군은 올해 5개 업체와 314억원의 투자 협약을 맺었다': the year's deals so far
    return bool(OTHER_DEAL_RE.search(sentence)) and not own


SIGNING_DAY_RE = re.compile(r"(?<!\d)\d{1,2}일")
# a body's whole budget for a year: '올해 예산 68억원', '연간 운영예산 12억원'
YEARS_BUDGET_BEFORE_RE = re.compile(
    r"(?:올해|올|연간|한\s?해|내년|금년)\s(?:이\s)?(?:[가-힣]{1,4}\s?)?예산(?:은|이|인)?\s(?:약\s|총\s)?"  # '올해 이 보조금 예산은'
    r"(?:[\d,.]+\s?(?:조|억|만|천)[\d,.]*\s?(?:억|만)?\s?원\s?(?:가운데|중)\s(?:약\s)?)?$"
)
SALES_SUBJECT_RE = re.compile(r"매출(?:액)?(?:은|이|도)\s[^.,\n]{0,30}$")
# an income, a salary or sales told before the amount: '농가소득 6천만 원', '연 매출 500억원', '평균 연봉 4천만원'
INCOME_BEFORE_RE = re.compile(r"(?:소득|연봉|매출액?|월급|임금|연\s?수입)(?:은|이|을|이\s?약)?\s?(?:약\s)?$")
# what each firm gives, told for the firms one by one: '업체별로 3억~8억원 수준의'
EACH_FIRM_BEFORE_RE = re.compile(r"(?:업체|기업|회사)(?:별로|마다)\s(?:[^\s.\n]+\s){0,2}?(?:[\d,.]+\s?(?:억|만)?\s?[~∼-]\s?)?$")
# an unnamed firm or another one as the clause's subject: '한 전자부품 업체도', '다른 건설사들은'
OTHER_FIRM_SUBJECT_RE = re.compile(
    r"(?:^|\s)(?:한|다른|또\s다른|일부)\s(?:[가-힣]{1,8}\s)?[가-힣]{0,8}(?:업체|기업|회사|건설사)들?(?:도|가|이|는|은)\s"
    r"(?:(?!(?:고|며|했고|하고)\s)[^.\n,]){0,40}$"
)
# a cap and what it was raised from: '설비 보조금 상한을 5억원에서 80억원으로'
UP_TO_BEFORE_RE = re.compile(r"(?:최대|최고)\s?$")
UP_TO_AFTER_RE = re.compile(r"\s?까지\s?(?:가능|받을\s?수|대출|보증|빌릴)")
LAST_YEAR_BEFORE_RE = re.compile(r"(?:지난해|작년)(?:에는|에도|에)?\s$")
# given last year, told in a clause before it: '다온금고가 지난해 내놓은 2억원도'
GIVEN_LAST_YEAR_BEFORE_RE = re.compile(r"(?:지난해|작년)\s(?:[가-힣]{1,6}\s)?(?:내놓은|낸|건넨|기탁한|출연한|전달한|기부한)\s$")
# or told as given in a year gone by: '첫해 31억원을 냈고 지난해에는 47억원을 보탰다'
PAST_YEAR_BEFORE_RE = re.compile(rf"첫해\s$|{LAST_YEAR_BEFORE_RE.pattern}")  # the first year, or last year
PAST_GIFT_AFTER_RE = re.compile(r"\s?[을를]\s(?:냈|보탰|출연했|기부했|내놓았|내놨|전달했|기탁했)")
# the sum as it first stood, changed since: '애초 1,700억 원으로 잡혀 있던 계획이', '사업비는 애초 214억원(…)에서'
FORMER_BEFORE_RE = re.compile(r"(?:애초|당초|원래)(?:에는|엔)?\s(?:[가-힣]{1,6}\s)?$")
FORMER_AFTER_RE = re.compile(r"\s?(?:\([^()\n]{0,40}\))?\s?(?:에서|으로\s(?:잡혀|계획|예정|책정)|이던|였던|이었던)")
THIS_YEAR_RE = re.compile(r"올해|이번에|금년")
LIMIT_BEFORE_RE = re.compile(r"(?:한도|상한액?)(?:를|을|는|은|가|이)?\s(?:[^.\n]{0,24}?에서\s)?$")
# an amount in brackets after a total of won, among the total's shares: '90억원(국비 30억원, 도비 20억원'
BREAKDOWN_BEFORE_RE = re.compile(r"\d\s?(?:조|억|만|천)?\s?원\s?\([^()\n]{0,60}$|\d\s?(?:조|억)\s?\([^()\n]{0,60}$")
# the state as the sentence's subject, and its money: '정부는 …', 'OO부는 …'; '국비 3조원'
STATE_SUBJECT_RE = re.compile(r"\s*(?:정부|국가|중앙\s?정부|[가-힣]{2,8}부)(?:는|가|도)\s")
NATIONAL_BEFORE_RE = re.compile(r"(?:국비|국고|정부\s?예산)\s?(?:약\s?|총\s?)?$")
THIS_YEARS_RE = re.compile(r"올해|올\s?한\s?해|금년")
DEALS_RE = re.compile(r"협약|MOU|양해각서|유치")


# a body's aim for the year: '올해 7조원의 투자를 유치할 계획', '올해 투자유치 목표 5조원'
THIS_YEAR_BEFORE_RE = re.compile(r"(?:올해|올|금년)\s?(?:총\s?|모두\s?)?$")
YEARS_GOAL_AFTER_RE = re.compile(
    r"[^.\n]{0,14}?(?:유치할\s?계획|유치\s?목표|유치하겠|목표로|달성할\s?계획)"
    r"|[^.\n]{0,20}?(?:끌어온다|끌어오겠다|유치한다|유치하겠다|달성한다|달성하겠다)는\s?목표"  # '… 투자를 끌어온다는 목표를 세웠다'
)
