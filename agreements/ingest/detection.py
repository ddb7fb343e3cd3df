"""Whether an article reports an agreement: the words of a signing, a commissioned study or a
sponsored programme, told as this article's news, not as background (an earlier year's deal, one a
clause describes, one a speaker quotes, one ended), a notice, an opinion piece or a year's tally."""

from __future__ import annotations

import re

from .news_told import told_as_news
from .not_yet import not_yet
from .signing import ARRANGED, CREDIT_RE, sentences
from .spans import in_sorted, span_at
from .told_past import EARLIER_MONTH_RE, last_months_day, told_as_past

AGREEMENT_RE = re.compile(
    r"업무\s?협약|MOU|양해\s?각서|투자\s?협약|협약식|협정식|협약했|(?:(?:협약|협정)서?|합의서|의향서)[\'\"’”」』]?(?:을|를|이|가)?\s?(?:체결|맺)|(?:협약|협정)[^.\n]{0,12}?(?:연장|갱신)(?:했|하기로|한다|됐)|상생\s?협력\s?협약"
    r"|용역[^.\n]{0,15}착수|착수\s?보고회"
    # the day between the object and its verb: "'… 협약'을 26일 체결했다", '협약을 지난달 30일 OO 사옥에서
    # 체결했다'
    r"|(?:협약|협정|양해각서|MOU|합의서)[\'\"’”」』]?[을를]\s(?:(?:지난달|지난|오는)\s?)?\d{1,2}일\s(?:[^\s.\n]+\s){0,3}?(?:체결|맺)"
    # a word or two on how, between the object and a finite verb: "'… 협약'을 화상으로 체결한다",
    # '협약을 공식 체결했다' (a relative '… 체결한 기업' is not a signing: the verb must end or go on)
    # (a twinning too: "'… 자매도시 결연'을 영상회의 방식으로 맺는다")
    r"|(?:협약|협정|양해각서|MOU|합의서|결연)(?=[\'\"’”」』]?[을를]\s(?:[^\s.\n]+\s){1,2}?"
    r"(?:체결(?:했|하였|한다|하기로|할\s예정|하고|해|하며)|맺(?:었|는다|기로|고|을\s예정)))"
    # '… 협약서'를 교환했다': the signed copies exchanged
    # (and told as done before, a pact of background: '… 협약서를 주고받은 바 있다')
    r"|(?:협약서|협정서|합의서)[\'\"’”」』]?[을를]\s?(?:교환(?:했|하였|한다|하기로)|주고받(?:았|는다|기로|(?=은\s바\s)))"
    # '… 협약'에 서명했다', '협약서에 서명한다', '투자합의서(MOA)에 서명했다'
    r"|(?:협약|협정|양해각서|MOU|합의서)(?=서?(?:\s?\([A-Za-z]{2,5}\))?[\'\"’”」』]?에\s(?:공동\s?)?서명(?:했|하였|한다|하기로|할\s예정|한\s?(?:후|뒤|다음)|하고|하며))"
    # told in the passive, the pact as the subject: '두 도시의 자매결연이 맺어졌다', '협정은 12일 … 방식으로 체결됐다'
    r"|(?:협약|협정|결연|MOU|양해각서)[\'\"’”」』]?(?:은|는|이|가)\s[^.\n]{0,80}?(?:체결(?:됐|되었)|맺어(?:졌|진))"
    # a partnership as the object of 체결: '관학협력을 체결했다', and a signing ceremony held:
    # '… 체결식을 가졌다' ('협약 체결식', '협력 체결식')
    r"|협력[을를]\s?체결(?:했|하였|한다|하기로|하고)|체결식[을를이]?\s?(?:가졌|갖|열었|열린|개최|진행|했|하였)"
    # '협약을 했다', '업무협약(MOU)을 했다', '투자협약을 가졌다', '자매결연을 했다': the plain verbs
    r"|(?:협약|MOU|결연)[\'\"’”」』]?(?:\s?\([A-Za-z]{2,5}\))?[을를]\s?(?:했|하였|가졌|갖는다|갖기로)"
    # a pledge signed by several bodies: '참여 확약식을 체결했다', '확약서에 서명했다'
    r"|확약(?:식|서)?(?:을|를|에)?\s?(?:체결|맺|서명|했|하였|가졌)"
    # a memorandum of agreement, and an agreement named 약정 (a county's bank contract, a trust deal):
    # '공동개발 합의 각서를 체결했다', '금고업무 취급 약정 체결식', '위탁 약정을 맺었다'
    r"|합의\s?각서|약정(?:서|식)?[\'\"’”」』]?[을를이가]?\s?(?:체결|맺|서명|교환)|약정\s?체결식"
    r"|약정식[\'\"’”」』]?[을를이가]?\s?(?:열|가졌|갖|개최|진행)"  # '… 기부 약정식’을 열었다'
    # a twinning: '자매결연을 맺었다', '자매의 연을 맺었다', "'1사1촌 자매결연'을 체결하고", '1사1촌 결연 맺어'
    r"|(?:자매(?:결연|의\s?연)|결연)[\'\"’”」』]?[을를]?\s?(?:맺|체결)"
    # a twinning's ceremony or a pact's signing ceremony held, named in quotes or not (not a sponsor's
    # '후원 조인식'): '자매결연 조인식을 가졌다', '결연식을 열고', "'… 협력 조인식'을 열고"; a twinning's deed
    # signed: '자매결연서에 서명했다'; an investment contract: '7개사와 … 집단 투자계약을 체결했다'
    r"|(?:결연|(?:결연|협력|협약|협정)\s?조인)식[\'\"’”」』]?[을를이]?\s?(?:가졌|갖|열었|열고|열린|개최|진행)"
    r"|결연서[\'\"’”」』]?에\s?서명|투자\s?계약[을를이]?\s?(?:체결|맺)"
    # a deed stamped: '… 12일 계약서에 도장을 찍었다', '협약서에 날인했다'
    r"|(?:협약서|계약서|협정서|약정서)에\s?(?:도장을\s?찍(?:었|는다|기로|고\s)|날인(?:했|하였|한다|하고))"
    # a twinning's ceremony named, as a pact's is ('협약식'): "'1사1촌 합동 자매결연식'이 7일 … 열렸다"
    r"|결연식"
    # a sponsored programme, not a sponsored festival: the programme is named in the same sentence
    r"|후원[^.\n]{0,60}(?:과정|프로그램|교육|강좌|아카데미|양성|캠프|교실)"
    r"|(?:과정|프로그램|교육|강좌|아카데미|양성|캠프|교실)[^.\n]{0,60}후원(?:으로|을|아래|해|하는|한다|한)"
    r"|(?:협력해|손(?:을\s?)?(?:맞)?잡고)[^.\n]{0,60}(?:과정|프로그램|사업|교육|캠페인|아카데미|캠프|교실)"
    r"[^.\n]{0,10}(?:추진|운영|개설|진행)"
    # a sponsored 사업 with no 협약 word: 'X의 후원으로 … 사업을 추진한다'
    r"|후원(?:으로|을\s?받아|\s?아래)[^.\n]{0,60}사업[^\s가-힣]?[을를]?\s?(?:추진|운영|진행|시작|펼)"
    # a donation given to a cause: '후원금 2천만원을 기탁했다'
    r"|(?:후원금|기부금|발전기금|장학금|성금)[^.\n]{0,30}기탁(?!\()|후원금[^.\n]{0,30}전달(?:했|하기로)"
    # a sum handed over for a cause with no 후원 word: '…으로부터 운영비 2억원을 기탁받았다'
    r"|\d\s?(?:조|억|천|만)?\s?원(?:을|를)?\s?기탁(?:했|받았|받아|하기로|한다)|기탁식"
    # a commissioned study reported at its interim or final review, not only at its kick-off
    r"|용역[^.\n]{0,15}(?:최종|중간)\s?보고회"
)
# an agreement told as background: an earlier year's ('지난해 …와 맺은 MOU', '지난 2019년 협약을 맺은'; see
# ``told_past``), one a clause describes ('최근 5년간 체결한 투자 업무협약의'), or one a speaker names in a quote
DAY_RE = re.compile(r"\d{1,2}일")
DESCRIBED_RE = re.compile(r"(?:체결한|맺은|맺었던|체결했던)\s[^.\n다]{0,15}$")
OWN_VERB_RE = re.compile(r"체결|맺|연장|갱신|했")
# '이날 체결한 업무협약에 따라' is this news ('지난달 27일 맺은 협약의 후속 조치' is not)
THIS_TIME_RE = re.compile(r"(?:이날|이번에?|오늘|(?<!지난달\s)(?<!지난달)(?<!\d)\d{1,2}일)\s(?:\S+\s){0,2}(?:체결한|맺은)")
# (not a title in double quotes that the verb takes: '㈜A와 "가람 관광 홍보를 위한 협약"을 맺었다')
SPEECH_RE = re.compile(r"\"[^\"\n]*\"(?![을를])|“[^”\n]*”(?![을를])")
NOTICE_RE = re.compile(r"공고\s?제\s?\d|공고합니다|알려\s?드립니다|입찰\s?공고|모집\s?공고")
# (a signing told as signed: '… 협약에 서명했다. … 다음 달 근로자 모집 공고를 낼 계획이다' is no notice)
SIGNED_RE = re.compile(r"체결|협약식|서명(?:했|하였)")
# a body's release that answers a report ('… 보도에 대해 아래와 같이 설명 드립니다', '해명자료') and says the
# reported signing is not set or not so ('… 협약 일정 등은 정해진 바 없으며', '사실이 아님')
ANSWERS_REPORT_RE = re.compile(r"설명\s?자료|해명\s?자료|보도에\s?대(?:해|하여|한)\s[^.\n]{0,20}?(?:설명|해명|입장)")
NOT_SO_RE = re.compile(
    r"(?:정해진|확정된|결정된)\s?(?:바|내용|사항)[가이은는]?\s?(?:없|아니)|사실이\s아(?:니|님)"
)
# an opinion or interview piece, by the tag its headline opens with: '[인터뷰] …', '[기고] …'; a column of the
# heads' day ('[오늘의 지방 동정] …')
OPINION_TAG_RE = re.compile(
    r"^\s*[\[【<〈]\s*(?:[^\]】>〉\n]{0,12}(?:인터뷰|대담)|(?:[가-힣]{1,6}\s?){0,3}동정|인사|부고|칼럼|\S{0,6}칼럼|기고|사설|시론|오피니언|기자수첩|데스크|논단|발언대|독자투고)"
    r"\s*[\]】>〉]"
)
HEAD_SIGNS_ON_DAY_RE = re.compile(
    r"(?:은|는)\s(?:오는\s)?\d{1,2}일(?:\s?\([월화수목금토일]\))?\s[^.\n]{0,160}?(?:체결한다|맺는다|서명한다|(?:체결|서명)할\s예정이다"
    r"|협약식을\s(?:갖는다|연다|개최한다|가질\s예정이다)"  # '… 9일 오후 3시 … 업무협약식을 갖는다'
    # or, in a round-up of the day written after it, signed: '… 구청장은 7일 구청장실에서 A와 … 협약을 맺었다'
    r"|(?:협약|MOU|양해각서)[\'\"’”」』]?[을를]\s(?:체결했|맺었)다)"
)
# an agreement ended, not made: '투자협약을 (지난 14일) 해지했다', '협약이 취소됐다'
ENDED_RE = re.compile(
    r"['\"’”」』]?(?:을|를|이|가|은|는)?\s(?:[^\s.\n]+\s){0,3}?(?:해지|해제|파기|취소|철회|폐기)"
    r"(?:했|하기로|한다|됐|되었|된다|돼|하고|하면서|를|을|\s?결정|\s?통보|\s?절차)"
)
# the same with a second pact between: "'… 양해각서(MOU)와 기본협약서(MOA)를 최근 파기했다"
ENDED_PAIR_RE = re.compile(
    r"(?:\s?\([A-Za-z]{2,5}\))?\)?(?:와|과|및|·)\s?[^.\n체맺]{0,30}?[을를]\s(?:[^\s.\n]+\s){0,2}?"
    r"(?:해지|해제|파기|취소|철회|폐기)(?:했|하기로|한다|됐|되었|된다|돼|하고|하면서)"
)
RELATIVE_AFTER_RE = re.compile(
    r"['\"’”」』)]?(?:\s?\([A-Za-z]{2,5}\))?[을를]\s(?:맺은|체결한|맺었던|체결했던)\s(?!뒤|후|다음|이후|데|가운데|것|만큼)"
)  # '협약을 맺은 ㈜A가' describes ㈜A; '협약을 체결한 뒤' tells what happened next
# the same after a match that took the verb in: '협약을 맺' + '은 기업인'
RELATIVE_TAIL_RE = re.compile(r"(?<=맺|결)(?:은|한|었던|했던)\s(?!뒤|후|다음|이후|데|가운데|것|만큼)")
# ('이번' of this pact only: '이번 행사는 … 협약을 맺은 기업이' tells of firms, not of a signing)
NEWS_DAY_RE = re.compile(r"(?:이날|이번에|오늘|\d{1,2}일)\s|이번\s(?=(?:[^\s.\n]+\s)?(?:협약|업무협약|투자협약|MOU|양해각서))")
# a pact signed before, its noun after the verb, told as the basis of something: '… ㈜A와 맺은 투자협약에 따라'
SIGNED_BEFORE_RE = re.compile(r"(?<!이날\s)(?:맺은|체결한|맺었던|체결했던)\s$")
BASIS_AFTER_RE = re.compile(r"(?:에\s?따라|에\s?따른|을\s?근거로|의\s?후속)")
# a relative signing's own earlier month ('2020년 9월 군과 협약을 맺은'), or '앞서' ('앞서 군과 투자협약을 맺은')
MADE_BEFORE_RE = re.compile(
    r"(?:(?:19|20)\d\d년\s?\d{1,2}월(?!\s?\d{1,2}일)|(?<![가-힣])앞서)\s(?:[^\s.\n]+\s){0,3}$"
)


def is_agreement_text(
    text: str, headline: str | None = None, subheadline: str | None = None, published=None
) -> bool:
    """Whether an article reports an agreement, a commissioned study or a sponsored programme: some
    words of a signing it keeps (``_kept_mentions``) told as its own news (``news_told``)."""
    whole = "\n".join(part for part in (headline, subheadline, text) if part)
    if NOTICE_RE.search(whole) and not SIGNED_RE.search(text):
        return False
    if ANSWERS_REPORT_RE.search(whole) and NOT_SO_RE.search(text):
        return False  # a release that answers a report of a signing: none was signed or set
    tag = OPINION_TAG_RE.match(headline or "") or OPINION_TAG_RE.match(whole)
    if tag and not ("동정" in tag.group() and HEAD_SIGNS_ON_DAY_RE.search(text)):
        # an interview or a column talks about agreements; it does not report one (a '[동정]' item that
        # tells, as a sentence, a head signing on a day is the notice of a signing: '… 18일 … 체결한다')
        return False
    if _schedule_only(text):
        return False  # a column of the heads' day: '14:00 상생협약 체결 기업 현장 방문(…)' is one item of it
    spans = sentences(text)
    if other_news_lead(text, spans):
        return False  # '… 투자협약 가운데 10곳 중 7곳이 … 이어진 것으로 나타났다': a tally, a critique, a selection
    # lazily, so that the gate stops at the first mention told as news
    background = _background(text, spans, published)
    mentions = _kept_mentions(text, spans, published, background)
    if HANDED_OVER_RE.search(text) and _earlier_pact(text, spans, background):
        # a gift handed over beside a pact signed before ('… 장학금 2억원 기탁'; '지난해 도와 협약을 맺고 3년 동안
        # 매년 2억원씩 … 내기로 약속한 바 있다') is that pact's instalment, no new agreement
        mentions = (m for m in mentions if not HANDED_OVER_RE.search(m.group()))
    return told_as_news(text, spans, mentions)


HANDED_OVER_RE = re.compile(r"기탁")


def _earlier_pact(text: str, spans, background) -> bool:
    """Whether the text tells a pact (not a gift) as signed before: in a sentence of background, or as
    done before ('… 협약서를 주고받은 바 있다')."""
    return any(
        not HANDED_OVER_RE.search(m.group()) and (in_sorted(m.start(), background) or _told_before(text, spans, m))
        for m in AGREEMENT_RE.finditer(text)
    )


def _kept_mentions(text: str, spans, published, background):
    """The words of a signing (matches of ``AGREEMENT_RE``) not told as background, speech, an ending, a
    description, a signing still to come or one told before, in text order."""
    speech = [m.span() for m in SPEECH_RE.finditer(text)]
    return (
        m
        for m in AGREEMENT_RE.finditer(text)
        if not in_sorted(m.start(), background)
        and not in_sorted(m.start(), speech)
        and not ENDED_RE.match(text, m.end())
        and not ENDED_PAIR_RE.match(text, m.end())
        and not _still_to_come(text, spans, m)
        and not (  # '2024년 투자협약을 맺은 ㈜A가': an agreement that describes a body, of no day of its own
            (RELATIVE_AFTER_RE.match(text, m.end()) or RELATIVE_TAIL_RE.match(text, m.end()))
            and (not NEWS_DAY_RE.search(text, max(0, m.start() - 25), m.start()) or _done_to_them(text, spans, m))
        )
        and not (  # '군이 지난 8일 2020년 9월 군과 협약을 맺은 기업인 ㈜A가 …': the deal's own earlier month, or
            # one made before ('이날 위원회는 앞서 군과 투자협약을 맺은 △㈜A …에 보조금을')
            (RELATIVE_AFTER_RE.match(text, m.end()) or RELATIVE_TAIL_RE.match(text, m.end()))
            and MADE_BEFORE_RE.search(text, max(0, m.start() - 25), m.start())
        )
        and not (
            not OWN_VERB_RE.search(m.group())  # '협약을 2년 연장했다' has its own verb: the news
            and DESCRIBED_RE.search(text, max(0, m.start() - 20), m.start())
            and not THIS_TIME_RE.search(text, max(0, m.start() - 30), m.start())
        )
        and not (BARE_NOUN_RE.fullmatch(m.group()) and not _signed_in_sentence(text, spans, m.start()))
        # 'MOU 체결 및 투자유치실적 … 을 평가했다': signing as a noun, a criterion or a tally, no event
        and not (BARE_NOUN_RE.fullmatch(m.group()) and NOMINAL_SIGNING_RE.match(text, m.end()))
        # '지난 2월 14일 ㈜A와 맺은 투자협약에 따라 …': a pact signed before, told as the basis of the news
        and not (SIGNED_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) and BASIS_AFTER_RE.match(text, m.end()))
        and not not_yet(text, spans, m)
        and not _earlier_months_caption(text, spans, m, published)
        and not _told_before(text, spans, m)
    )


# what the sentence does to those a relative signing describes, a gift handed to them or a visit paid them:
# '9일 자매결연을 맺은 학교 학생들에게 장학금을 건넸다', '17일 자매결연을 맺은 OO면을 찾았다' (the day is the
# gift's, the visit's)
DONE_TO_THEM_RE = re.compile(r"에게\s[^\n]{0,80}?(?:건넸|전달했|지급했)다|[을를]\s(?:찾았|방문했)다")


def _done_to_them(text: str, spans, m) -> bool:
    _, end = span_at(spans, m.start()) or (m.start(), m.end())
    return bool(DONE_TO_THEM_RE.search(text, m.end(), end))


# a photo of an earlier month's signing above an article about something else: '▲ 지난 4월28일 … 협약식을
# … 체결했다(사진제공=OO도)' in a November paper
EARLIER_MONTHS = 2


def _earlier_months_caption(text: str, spans, m, published) -> bool:
    start, end = span_at(spans, m.start()) or (m.start(), m.end())
    month = EARLIER_MONTH_RE.search(text, start, m.start())
    if published is None or not month or not CREDIT_RE.search(text, m.end(), end + 20):
        return False
    return (published.month - int(month["month"])) % 12 >= EARLIER_MONTHS


# an item of a day's schedule: '10:00 제341회 … 본회의(시의회 본회의장)'
SCHEDULE_LINE_RE = re.compile(r"^\s*\d{1,2}:\d{2}\s+\S[^\n]*$", re.MULTILINE)


def _schedule_only(text: str) -> bool:
    """Whether the agreements a text names are all items of a schedule of three items or more."""
    items = SCHEDULE_LINE_RE.findall(text)
    return len(items) >= 3 and not AGREEMENT_RE.search(SCHEDULE_LINE_RE.sub("", text))


# a signing told as done before: '… 변경협약을 체결한 바 있다', '최근 A사와 … 확약을 맺은 데 이어 (또 다른 투자를
# 끌어온다)' with no day of its own
TOLD_BEFORE_RE = re.compile(r"[\'\"’”」』]?(?:[을를]\s?(?:체결|맺))?(?:한|은)\s(?:바\s(?:있|가\s있)|데\s이어)")


def _told_before(text: str, spans, m) -> bool:
    told = TOLD_BEFORE_RE.match(text, m.end())
    if not told:
        return False
    start, _ = span_at(spans, m.start()) or (m.start(), m.end())
    return "바" in told.group() or not (DAY_RE.search(text, start, m.start()) or NEWS_DAY_RE.search(text, start, m.start()))


# an article whose lead tells other news, signing nothing itself: a tally ('… 투자협약 가운데 10곳 중 7곳이 실제
# 투자로 이어진 것으로 나타났다'), a critique ('… 의원은 … 체결한 MOU 중에서 … 사례가 다수라고 지적했다'), a
# selection ('… 시범사업에 선정됐다'), a running tally ('… 누적 기준 …')
OTHER_NEWS_RE = re.compile(
    r"것으로\s?(?:나타났|집계됐|집계되었|조사됐|분석됐|파악됐)"
    # a council member as the lead's subject: '… 본회의에서 OO위원회 NAME 의원(OO당, OO구)은 …'
    r"|의원(?:\([^()\n]{0,30}\))?(?:은|는|이|가)\s"
    r"|(?:지적|질타|질의|비판|추궁|촉구|주장)(?:했다|하였다|했다고|하고\s?나섰다|하며|하면서|하고)"
    r"|(?:지적|비판|우려|목소리)[이가]\s?(?:나왔|제기됐|제기되고|일고|높다|커지고)"
    r"|선정(?:됐다|되었다|됐다고)"
    # a council's ordinance on how agreements are to be signed and kept: '… 협약 관리 조례안이 상임위를
    # 통과했다', '… 조례를 제정한다'
    r"|조례안?[\'\"’”」』]?[을를이가은는]?\s[^.\n]{0,20}?(?:발의|통과|제정|의결|상정|입법예고)"
    r"(?:했|하였|한다|됐|되었|된다|하기로|할\s|을\s추진|에\s나섰)"
    # a running tally: '올해 10월 누적 기준 N원(M개 기업)의 투자를 유치해 …'
    r"|누적\s?(?:기준|실적|투자액)"
    # the year's results: '도가 10월까지 N원의 투자유치 실적을 올렸다고 알렸다'
    r"|(?:유치|투자)\s?실적을\s?(?:올렸|달성했|거뒀|기록했)"
)
OWN_SIGNING_RE = re.compile(
    r"(?:체결|맺|서명)(?:했|하였|하면서|하며|하고|해\s|었|으며|고\s|어\s)|(?:협약|체결)식[을를이]?\s?(?:가졌|열|개최)"
    # a council member who attended the day's signing: '… 의원은 지난 10일 … 열린 A와 B의 업무협약 체결식에 참석해'
    # (the ceremony's name in brackets: '… 열린 <A-B 통상 협력 업무협약식>에 참석했다')
    r"|(?:열린|개최된|진행된)\s[^.\n]{0,120}?(?:협약|체결)\s?식>?에\s?참석(?:해|했|하여|하였)"
    rf"|{ARRANGED}"  # a member who arranged the day's signing: '… 세 기관이 양해각서를 맺도록 자리를 마련했다'
)
LEAD_LETTERS = 25
TOLD_END_RE = re.compile(r"다\.[”\"’']?\s*$")


def other_news_lead(text: str, spans) -> bool:
    """Whether the article's lead, its first sentence of some length, tells a tally, a critique or a
    selection and signs nothing of its own."""
    lead = _lead(text, spans)
    if not TOLD_END_RE.search(lead) and "\n" in text:
        # a broadcast's transcript breaks its sentences into short lines: read them joined
        joined = text.replace("\n", " ")
        lead = _lead(joined, sentences(joined)) or lead
    if not OTHER_NEWS_RE.search(lead) or OWN_SIGNING_RE.search(lead):
        return False
    # a broadcast's anchor sets the scene ('… 손을 잡아야 한다는 목소리가 커지고 있습니다'), the next sentence signs
    at = text.find(lead)
    return not (FRAMING_RE.search(lead) and at >= 0 and NEXT_SIGNS_RE.match(text, at + len(lead)))


FRAMING_RE = re.compile(r"목소리[이가]\s?(?:높|커지)")
NEXT_SIGNS_RE = re.compile(r"\s*[^.\n]{4,120}?(?:협약|MOU|양해각서|협정)[을를]\s?(?:맺었|체결했)(?:다|습니다)\.")


def _lead(text: str, spans) -> str:
    """The first told sentence of some length, not a headline's line above it ('최근 4년 동안 223건
    협약체결...'), else the first sentence of some length."""
    long_enough = [text[s:e] for s, e in spans if len(re.findall(r"[가-힣]", text[s:e])) >= LEAD_LETTERS]
    return next((span for span in long_enough if TOLD_END_RE.search(span)), long_enough[0] if long_enough else "")


# a signing that comes before something still to come, in a sentence with no day: '뽑힌 법인은 시와
# 위탁 협약을 체결한 뒤 2년간 센터를 운영하게 된다', '… 협약 체결 후 노선을 늘리는 방안을 추진할 예정이다'
THEN_RE = re.compile(r"(?:[을를]?\s?(?:체결|맺))?(?:한|은|하고\s?난)?\s?(?:후|뒤|다음)\s")
STILL_TO_COME_RE = re.compile(r"하게\s?된다|할\s?것을|할\s?것이|할\s?예정|될\s?예정|하기로|키로")


def _still_to_come(text: str, spans, m) -> bool:
    if not THEN_RE.match(text, m.end()):
        return False
    start, end = span_at(spans, m.start()) or (m.start(), m.end())
    return not DAY_RE.search(text, start, m.start()) and bool(STILL_TO_COME_RE.search(text, m.end(), end))


# an agreement's noun alone ('투자협약 기업 지원금', 'MOU 이행 점검 회의') tells of a signing only in a
# sentence with a word of one: '…을 체결했다', '맺었다', '서명', '교환', '주고받았다', '협약식', '손잡았다', '… 투자
# 양해각서에 도장을 찍었습니다'
NOMINAL_SIGNING_RE = re.compile(
    r"\)?(?:\s?(?:양해각서|MOU|업무\s?협약))?(?:\s?\([A-Za-z]{2,5}\))?\s?체결"
    r"(?:\s?(?:및|실적|건수|현황|여부|효과|방침|계획)|[을를]\s통(?:한|해)|만으로)"
)
BARE_NOUN_RE = re.compile(r"업무\s?협약|MOU|양해\s?각서|투자\s?협약|상생\s?협력\s?협약")
SIGNED_WORD_RE = re.compile(
    r"체결|맺|서명|교환|주고받|도장을\s?찍|협약식|협정식|체결식|손\s?잡|손을\s?(?:맞)?잡|[을를]\s?(?:했|하였|가졌|갖)|협약했|MOU[를을]\s?(?:[^\s.\n]+\s)?(?:했|하였|가졌|갖)"
)


def _signed_in_sentence(text: str, spans, at: int) -> bool:
    start, end = span_at(spans, at) or (max(0, at - 100), at + 100)
    dated = NEWS_DAY_RE.search(text, start, end)
    # '… 양해각서(MOU)체결을 통한 기업유치': signing named as a means or a measure is no signing; nor is a
    # signing that only describes, with no day ('기업과 체결한 MOU를 토대로', 'MOU는 … 전제로 맺는 약속이다')
    return any(
        not NOMINAL_SIGNING_RE.match(text, m.start())
        and (dated or m.group() not in ("체결", "맺") or not DESCRIBING_RE.match(text, m.end()))
        for m in SIGNED_WORD_RE.finditer(text, start, end)
    )


# after '체결' or '맺': a relative form that describes a noun, or the noun '체결' governed by another verb
DESCRIBING_RE = re.compile(r"(?:한|은|는|하는)\s(?!뒤|후|다음|이후|데|가운데|것|만큼|바)|에\s?(?:대해|대한|관한)")


# a signing told as one more of the sentence before: '… 업무협약도 체결했다'
ALSO_SIGNED_RE = re.compile(r"(?:협약|MOU|양해각서)도\s")
SAME_YEAR_RE = re.compile(r"\s*(?:이어\s|이후\s|또\s)?(?:같은\s?해|그\s?해|이듬해)")


# what a scheme is, told by the agreements it rests on: '안심가게는 … 약국이나 식당과 협약을 맺어 지정한 곳이다'
DEFINITION_RE = re.compile(
    r"(?:협약|MOU|업무협약)[을를]\s?(?:맺어|체결해|체결하여)\s[^.\n]{0,30}?(?:된|한|하는)\s(?:곳|것|제도|시설|가게|점포)"
    r"(?:이다|입니다|으로)"
    # a scheme defined by the pacts it is made of: '생활권 상생협약은 국토교통부와 지자체가 협약을 맺고 … 사업을
    # 한데 묶어 지원하는 제도다'
    r"|(?:협약|MOU)[을를]\s?(?:맺고|체결하고)\s[^.\n]{0,120}?(?:하는|되는)\s(?:제도|사업|방식)(?:다|이다|입니다)\.?\s*$"
)


EARLIER_OPENING_RE = re.compile(r"\s*앞서[\s,]")
SIGNS_LAST_RE = re.compile(r"(?:맺었|했)다\.?\s*$")  # the signing is what the sentence tells
# a day of the page's month an event of the lead's own is dated with ('17일'; not the report day, '… 나선다고
# 15일 밝혔다', nor '제2일반산업단지')
LEAD_DAY_RE = re.compile(r"(?<!지난달\s)(?<!지난달)(?<!\d)\d{1,2}일(?=[\s,.)])(?!\s?밝혔)")
LEAD_SIGNS_RE = re.compile(r"체결|맺었|맺고|맺는|서명|손을?\s?(?:맞)?잡")


def _background(text: str, spans, published) -> list[tuple[int, int]]:
    """The sentences about earlier agreements, and each that adds one more to such a sentence with no
    day of its own ('지난달에는 A사와 … 협약을 맺었다. B사와 … 업무협약도 체결했다')."""
    found: list[tuple[int, int]] = []
    lead = next(((s, e) for s, e in spans if len(re.findall(r"[가-힣]", text[s:e])) >= LEAD_LETTERS), None)
    for s, e in spans:
        sentence = text[s:e]
        past = told_as_past(sentence, published, (s, e) == lead) or DEFINITION_RE.search(sentence) is not None
        # '앞서 시는 지난달 11일 A와 협약을 체결했다' after a lead that signs nothing ('… 실무협의체를
        # 구성했다'): the agreement the news follows up
        past = past or bool(
            EARLIER_OPENING_RE.match(sentence) and (s, e) != spans[0] and not LEAD_SIGNS_RE.search(text, *spans[0])
        )
        # 'OO면과 OO동은 지난달 27일 … 자매결연을 했다' after a lead dated this month ('… 통장 28명이 17일
        # 자매결연을 맺은 OO면을 찾았다'): the tie the day's event rests on (not the first work it led to, '이날
        # 활동은 지난달 9일 … 협약을 맺은 뒤 처음 이뤄진 것이다', told with the pact)
        past = past or bool(
            last_months_day(sentence, published)
            and SIGNS_LAST_RE.search(sentence)
            and (s, e) != spans[0]
            and LEAD_DAY_RE.search(text, *spans[0])
        )
        # the next earlier one: '… 협약도 체결했다', '이어 같은 해 10월 B와 협약을 맺고'
        also = ALSO_SIGNED_RE.search(sentence) or SAME_YEAR_RE.match(sentence)
        follows = found and found[-1][1] >= s - 2 and also and not DAY_RE.search(sentence)
        if past or follows:
            found.append((s, e))
    return found
