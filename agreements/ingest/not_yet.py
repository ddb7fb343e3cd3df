"""Signings still to come, put off or only hoped for, told beside a word of agreement: '협약 체결이 늦어지고
있다', '맺기로 한 투자협약을', '내년 상반기 중 협약을 맺고', '연말까지 공급협약을 체결하고', '… 맺을 예정이다'
with no day. Split from ``detection``, which asks ``not_yet`` of each agreement word it finds."""

from __future__ import annotations

import re

from .dates import REPORTED_ON_RE
from .spans import span_at

# a signing put off, weighed or to be arranged, not one that took place: '협약 체결이 늦어지고 있다',
# '… 협약을 맺을 예정이었지만', '협약을 맺는 방안을 검토하고', '협약을 체결할 업체를 선정해', '협약식을
# 해보자는 제안', '협약 체결을 화상 방식으로 전환한다'
NOT_YET_RE = re.compile(
    r"(?:체결|맺)(?:이|을|은|는)?\s?(?:[^\s.\n]+\s){0,2}?(?:늦어|미뤄|(?:지연|연기|무산|불발)(?:되|됐|돼|했|하))"
    r"|(?:체결할|맺을)\s(?:예정|계획)이었(?:지만|으나|는데)"
    # a signing aimed at or prepared for: '… 추가 투자 협약을 맺는 것을 목표로 협상을 이어가고 있다', '… 협약
    # 체결을 준비하기 위한 간담회'
    r"|(?:맺|체결하)는\s것을\s목표로|체결[을를]?\s준비하"
    r"|(?:맺|체결하)는\s(?:방안|방식)[을를도]?\s(?:검토|모색|논의|추진|협의|들여다|살피|살펴|저울질|고민)"
    r"|(?:체결할|맺을)\s(?:기업|업체|기관|대상)[을를]?\s(?:선정|모집|공모|물색|고르|골라|찾)"
    r"|(?:해|하|어|아)\s?보(?:자는|자고)\s제안"
    # what a signing to come needs: '협약을 체결하려면 의회에 미리 보고하고'
    r"|(?:체결하|맺으)려면\s"
    r"|체결[을를]\s[^.\n]{0,25}?(?:방식|형태)으로\s전환"
    r"|(?:맺으면|체결하면|맺게\s?되면|체결하게\s?되면)\s"  # '협약을 맺으면 … 달성할 것으로 기대': if signed
    # a council's bill to consent to a signing, a rule for signings to come, a signing only expected:
    # '… 실시협약서 체결 동의안을 부결시켰다', '협약을 맺기에 앞서 의회의 동의를 구한', '협약을 체결할 때는 …',
    # '… 체결하고 추진하는데 필요한 사항',
    # '합의각서(MOA) 체결이 이르면 이달 말 … 성사될 것으로 예상됩니다'
    r"|체결\s?동의안|체결\s?전\s|(?:맺|체결하)기\s?(?:에\s?앞서|전에?)\s|(?:체결|맺)(?:할|을)\s때(?:는|에는)?\s|(?:체결|맺)[^.\n]{0,20}?필요한\s사항"
    r"|체결(?:이|은)\s[^.\n]{0,40}?(?:될\s것으로|전망|예상)"
    # signed once and since annulled: '… 양해각서를 체결했으나 … 지난달 무산됐다', '체결 2개월여 만에 무산된'
    r"|(?:체결|맺)[^.\n]{0,60}?(?:무산|파기|해지|철회)(?:됐|되었|된\s(?:것|이유|배경))"
    # a year's signings recognised with an award: '… 투자협약을 체결하고, … 성과를 인정받아 우수상을 수상'
    r"|(?:체결|맺)[^.\n]{0,120}?(?:성과|실적)[을를]?\s인정받아"
    # a signing still being negotiated: '… 양해각서(MOU)를 맺고자 협의 중인 것으로 알려졌다'
    r"|(?:맺|체결하)(?:고자|려고)\s(?:[^\s.\n]+\s){0,2}?(?:협의|논의|조율|협상)\s?중"
    # or its terms still being settled: '… 협약을 맺기 위해 세부 조건을 조율하고 있다'
    r"|(?:맺|체결하)기\s?위(?:해|하여)\s(?:[^\s.\n]+\s){0,3}?(?:협의|논의|조율|협상)"
    r"(?:\s?중|하고\s있|[를을]\s(?:이어가|이어\s가|계속하|진행하|벌이)고\s있)"  # '… 실무 협의를 이어가고 있다'
    # or only weighed: '잡곡 관련 별도 협약을 맺을지는 협의 결과를 보고 판단'
    r"|(?:맺을|체결할)지(?:는|를|도|\s|$)|체결\s?여부"
    # or what it needs first: '… 협약을 맺기 위해 밟아야 하는 절차다'
    r"|(?:맺|체결하)기\s?위(?:해|하여|한)\s[^.\n]{0,25}?(?:절차|요건|조건|과정)"
    # a signing still negotiated: '… 기업 2~3곳과 이전 투자 협약 체결을 협의하고 있으며'
    r"|체결[을를]\s(?:[^\s.\n]+\s){0,2}?(?:협의|논의|검토|조율|협상)(?:하고\s?있|\s?중)"
    # a signing worked towards: '… 투자협약도 상반기 안에 맺을 수 있도록 협의를 이어가기로 했다'
    r"|(?:맺을|체결할|체결될)\s수\s있도록\s(?:[^\s.\n]+\s){0,2}?(?:협의|논의|조율|협상|노력|추진|힘쓰|최선)"
    # signings cited in a critique: '… N개 기업과 투자협약을 맺었지만 실제 투자한 곳은 … 뿐이라고 지적했다'
    r"|(?:맺었|체결했)(?:지만|으나)\s[^.\n]{0,80}?(?:지적했|비판했|꼬집었|질타했)"
    # meant and not done: '… 투자협약을 맺으려 했지만 …'; a goal: '… 협약을 맺는 것이 목표다'
    r"|(?:맺|체결하)(?:으려|려)\s?(?:했|하였)(?:지만|으나|는데)|(?:맺|체결하)는\s것이\s목표"
    # its day not set: '구체적인 협약식 날짜는 아직 정해지지 않았다'
    r"|(?:날짜|일정|일시|시기)[는은가이]?\s(?:아직\s)?(?:정해지지|잡히지|확정되지|결정되지|잡지\s못)"
    # or to be set later: '체결 시기는 협의가 끝나는 대로 정할 방침이다'
    r"|(?:날짜|일정|일시|시기)[는은]\s[^.\n]{0,30}?(?:정할|정하기로|확정할)\s?(?:방침|계획|예정|했)"
    # a meeting held for a signing to come, or a signing proposed: '… 협약 체결을 위한 사전 간담회를 열었다',
    # '… 협약을 맺자고 제안했다'
    r"|체결[을를]?\s?위한\s(?:[^\s.\n]+\s){0,2}?(?:간담회|회의|협의회|실무\s?협의|사전\s?협의|준비)"
    r"|(?:맺|체결하)자고\s?(?:제안|요청|건의|뜻을)"
    # or only agreed on in talk: '… 우호교류 협약을 맺자는 데 뜻을 모았다', '… 상반기 중 맺는다는 데 뜻을 모았으나',
    # '… 협약을 맺자는 데 합의했다'
    r"|(?:맺자는|맺는다는|체결하자는|체결한다는)\s?데\s?(?:(?:뜻|의견|공감대)(?:을|를)?\s?(?:모았|같이|함께|형성)|합의)"
)


# right after the match: a ceremony put off ('… 기업들과의 협약식이 감염병 탓에 번번이 미뤄지고 있다'), and
# what follows a signing in a rule ('협약 체결 이후 이행 상황을 해마다 의회에 보고하도록')
NOT_YET_AFTER_RE = re.compile(
    r"(?:이|은|는)\s(?:[^\s.\n]+\s){0,3}?(?:늦어|미뤄|(?:지연|연기|무산|취소)(?:되|됐|돼))|\s?(?:이후|이전)\s"
    # or put off by someone: '… 협약식을 미뤄 달라고 요청해 왔고', '협약식을 연기하기로 했다'
    r"|[을를]\s(?:[^\s.\n]+\s){0,2}?(?:미뤄|미루|늦추|늦춰|(?:연기|취소|보류)(?:하|했|키로|한))"
    # a headline's noun and what became of it: "투자협약 '무기한 연기'", '협약식 또 무산'
    r"|\s?['‘\"“]?\s?(?:(?:무기한|또|결국|잠정)\s?)?(?:연기|무산|취소|보류|불발|지연)(?![가-힣])"
    # a deal still uncertain: '… 실제 투자협약으로 이어질지는 아직 장담하기 어렵다'
    r"|(?:으로|로)\s이어질지"
    # a meeting's aim or agenda: '… 상반기 중 협약 체결 목표', '△업무협약 체결 일정과 협약서 문안 협의'
    r"|\s?(?:체결\s?)?(?:목표(?![가-힣])|일정(?:과|와|을|를|은|는)?\s)"
    # the year's signings counted as of a day: '… 기준 올해 투자협약을 체결한 기업은 14곳'
    r"|[을를]\s(?:체결|맺)(?:한|은)\s(?:기업|업체|곳|기관|지자체)(?:은|는|이|가)\s(?:모두|총|누적)?\s?\d[\d,]*\s?(?:곳|개|개사|건)"
)
NEEDS_FIRST_BEFORE_RE = re.compile(r"[가-힣]야\s(?:[^\s.\n]+\s){0,3}?$")
ABLE_AFTER_RE = re.compile(r"[^.\n]{0,12}?(?:을|할|될)\s수\s있")
AIMED_BEFORE_RE = re.compile(r"체결을\s목표로\s(?:추진\s?중인|추진하는|준비\s?중인|협의\s?중인)\s(?:[^.\n]{0,40})$")
PROMISED_BEFORE_RE = re.compile(r"(?:맺기로|체결하기로)\s(?:한|했던)\s(?:[^\s.\n]+\s)?$")
THEN_ANOTHER_AFTER_RE = re.compile(r"[^.\n]{0,12}?(?:맺은|체결한)\s?데\s?이어")
MONTH_ONLY_BEFORE_RE = re.compile(r"지난\s?\d{1,2}월(?!\s?\d{1,2}일)\s(?:[^\s.\n]+\s){0,5}(?:[^\s.\n]+\()?$")


def not_yet(text: str, spans, m) -> bool:
    """Whether the agreement word ``m`` tells a signing still to come, put off or only hoped for, not one
    that took place."""
    start, end = span_at(spans, m.start()) or (m.start(), m.end())
    if NOT_YET_RE.search(text, m.start(), min(end, m.end() + 140)) or NOT_YET_AFTER_RE.match(text, m.end()):
        return True
    if NEEDS_FIRST_BEFORE_RE.search(text, max(start, m.start() - 30), m.start()) and ABLE_AFTER_RE.match(text, m.end()):
        return True  # '의회 동의를 거쳐야 협약을 맺을 수 있다': a signing that needs something first
    if AIMED_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()):
        return True  # '내년 상반기 체결을 목표로 추진 중인 … 민간투자 협약': a signing aimed at
    if PROMISED_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()):
        return True  # '… 기업들과 맺기로 한 투자협약을': a signing agreed on, still to come
    if THEN_ANOTHER_AFTER_RE.match(text, m.end()) and MONTH_ONLY_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()):
        return True  # '도는 지난 3월 A와 … 투자협약을 맺은 데 이어 B, C와도 …': the year's deals, told in turn
    # a day with '까지' is a deadline, not the signing's day: '오는 13일까지 이의신청을 … 5월 말 협약을 체결할 예정이다'
    no_day = not SIGNING_DAY_RE.search(text, start, end)
    # '내달 사업 협약 체결', '다음 달 중 협약을 맺는다', '내년 상반기 중 협약을 맺고': a signing set for a month
    # or a later half-year, with no day, is only planned
    if no_day and LATER_MONTH_RE.search(text, max(start, m.start() - 30), m.start()):
        return True
    # '선정된 업체와 연말까지 공급협약을 체결하고 …': a signing due by a time, so not yet done
    if no_day and DUE_BY_RE.search(text, max(start, m.start() - 30), m.start()):
        return True
    # '다음 달에도 2개 업체와 … 협약을 맺을 예정이다': a signing planned with no day set is only hoped for,
    # and so is one decided on: '… 내용의 협약을 맺기로 하고 실무 협의에 들어갔다', '… 결연을 맺는 데 뜻을 모았다'
    return bool(PLANNED_NO_DAY_RE.match(text, m.end()) or DECIDED_RE.match(text, m.end())) and no_day


PLANNED_NO_DAY_RE = re.compile(
    r"[을를]?\s?(?:을|할)\s(?:예정|계획|방침)(?:이다|이며|이고)"
    # or only reported as expected: '… MOU를 체결할 것으로 전해지고 있다'
    r"|[을를]?\s?(?:체결|맺)?(?:을|할)\s것으로\s(?:전해지|전해졌|알려지|알려졌|예상되|보인|관측되|전망된)"
)
# (or agreed on as a goal: '내년 가을 자매도시 결연을 맺는 데 뜻을 모았다')
DECIDED_RE = re.compile(r"(?:하)?기로\s(?:하고|했|하였|합의)|는\s?데\s?뜻을\s?모")
# (not the day of a report: '14일 경남도에 따르면 이르면 오는 6월쯤 … 협약을 맺는다')
SIGNING_DAY_RE = re.compile(rf"\d{{1,2}}일(?!\s?까지)(?!{REPORTED_ON_RE.pattern})")
DUE_BY_RE = re.compile(
    r"(?<![가-힣])(?:연말|연내|연초|상반기|하반기|이달\s?(?:말|중)|다음\s?달|내달|내년|\d{1,2}월\s?(?:말|중|초)?)까지\s[^\s.\n]*$"
)
LATER_MONTH_RE = re.compile(
    r"(?:내달|다음\s?달|오는\s?\d{1,2}월|(?<![가-힣])내년(?:\s?[상하]반기)?|(?<![가-힣])연내(?:에)?"  # '내년 상반기 중 협약을 맺고'
    r"|(?<![가-힣])이달\s?(?:안에|내에?|중에?))"  # '이달 안에 ㈜A와 공동투자 협약을 체결하고'
    r"(?:\s?(?:초|중|중순|하순|말|께|경|쯤))?\s(?:[^\s.\n]+\s){0,4}?(?:[^\s.\n]+\(|[가-힣]{1,4})?$"  # '… 업무협약(MOU)', '공동투자 협약'
)
