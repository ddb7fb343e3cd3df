"""One article in, its agreements out, in the shape of spec/EXTRACTION.md (with spans into the text).

Each article is analysed once: its words (Kiwi, per paragraph, cached) feed the organisations,
the people, the commitments and the targets; amounts, dates and places are read from the text.
"""

from __future__ import annotations

import datetime
import re

from .commitments import find_commitments
from .dates import find_deadlines
from .effects import not_a_budget, rough_repeats
from .numbers import CLAUSE_BREAK_RE, PAYING_RE, find_amounts
from .people import find_people
from .roles import parties_of
from .several import carry_over, later_agreements
from .signing import SINCE_RE, find_place, lead_sentences, sentences, signing_sentence
from .signing_day import signing_date
from .sites import find_location
from .spans import in_sorted, index_at, span_at, words_between
from .targets import find_targets
from .titles import built_title, find_title, unquoted_title
from .words import words_of

AGREEMENT_RE = re.compile(
    r"업무\s?협약|MOU|양해각서|투자\s?협약|협약식|협정식|협약했|(?:협약|협정)서?[\'\"’”」』]?(?:을|를|이|가)?\s?(?:체결|맺)|(?:협약|협정)[^.\n]{0,12}?(?:연장|갱신)(?:했|하기로|한다|됐)|상생\s?협력\s?협약"
    r"|용역[^.\n]{0,15}착수|착수\s?보고회"
    # the day between the object and its verb: "'… 협약'을 26일 체결했다"
    r"|(?:협약|협정|양해각서|MOU)[\'\"’”」』]?[을를]\s(?:(?:지난|오는)\s)?\d{1,2}일\s(?:체결|맺)"
    # a word or two on how, between the object and a finite verb: "'… 협약'을 화상으로 체결한다",
    # '협약을 공식 체결했다' (a relative '… 체결한 기업' is not a signing: the verb must end or go on)
    r"|(?:협약|협정|양해각서|MOU)(?=[\'\"’”」』]?[을를]\s(?:[^\s.\n]+\s){1,2}?"
    r"(?:체결(?:했|하였|한다|하기로|할\s예정|하고|해|하며)|맺(?:었|는다|기로|고|을\s예정)))"
    # '… 협약서'를 교환했다': the signed copies exchanged
    r"|(?:협약서|협정서|합의서)[\'\"’”」』]?[을를]\s?(?:교환|주고받)(?:했|하였|한다|하기로)"
    # '… 협약'에 서명했다', '협약서에 서명한다'
    r"|(?:협약|협정|양해각서|MOU)(?=서?[\'\"’”」』]?에\s(?:공동\s?)?서명(?:했|하였|한다|하기로|할\s예정|한\s?(?:후|뒤|다음)))"
    # a partnership as the object of 체결: '관학협력을 체결했다', and a signing ceremony held:
    # '… 체결식을 가졌다' ('협약 체결식', '협력 체결식')
    r"|협력[을를]\s?체결(?:했|하였|한다|하기로|하고)|체결식[을를이]?\s?(?:가졌|갖|열었|열린|개최|진행)"
    # '협약을 했다', '업무협약(MOU)을 했다', '투자협약을 가졌다': the plain verbs
    r"|(?:협약|MOU)[\'\"’”」』]?(?:\s?\([A-Za-z]{2,5}\))?[을를]\s?(?:했|하였|가졌|갖는다|갖기로)"
    # a pledge signed by several bodies: '참여 확약식을 체결했다', '확약서에 서명했다'
    r"|확약(?:식|서)?(?:을|를|에)?\s?(?:체결|맺|서명|했|하였|가졌)"
    # a memorandum of agreement, and an agreement named 약정 (a county's bank contract, a trust deal):
    # '공동개발 합의 각서를 체결했다', '금고업무 취급 약정 체결식', '위탁 약정을 맺었다'
    r"|합의\s?각서|약정(?:서|식)?[을를이가]?\s?(?:체결|맺|서명|교환)|약정\s?체결식"
    r"|약정식[\'\"’”」』]?[을를이가]?\s?(?:열|가졌|갖|개최|진행)"  # '… 기부 약정식’을 열었다'
    # a twinning: '자매결연을 맺었다', '자매의 연을 맺었다'
    r"|자매(?:결연|의\s?연)[을를]?\s?(?:맺|체결)"
    # a sponsored programme, not a sponsored festival: the programme is named in the same sentence
    r"|후원[^.\n]{0,60}(?:과정|프로그램|교육|강좌|아카데미|양성|캠프|교실)"
    r"|(?:과정|프로그램|교육|강좌|아카데미|양성|캠프|교실)[^.\n]{0,60}후원(?:으로|을|아래|해|하는|한다|한)"
    r"|(?:협력해|손(?:을\s?)?(?:맞)?잡고)[^.\n]{0,60}(?:과정|프로그램|사업|교육|캠페인|아카데미|캠프|교실)"
    r"[^.\n]{0,10}(?:추진|운영|개설|진행)"
    # a sponsored 사업 with no 협약 word: 'X의 후원으로 … 사업을 추진한다'
    r"|후원(?:으로|을\s?받아|\s?아래)[^.\n]{0,60}사업[^\s가-힣]?[을를]?\s?(?:추진|운영|진행|시작|펼)"
    # a donation given to a cause: '후원금 2천만원을 기탁했다'
    r"|(?:후원금|기부금|발전기금|장학금|성금)[^.\n]{0,30}기탁|후원금[^.\n]{0,30}전달(?:했|하기로)"
    # a sum handed over for a cause with no 후원 word: '…으로부터 운영비 2억원을 기탁받았다'
    r"|\d\s?(?:조|억|천|만)?\s?원(?:을|를)?\s?기탁(?:했|받았|받아|하기로|한다)|기탁식"
    # a commissioned study reported at its interim or final review, not only at its kick-off
    r"|용역[^.\n]{0,15}(?:최종|중간)\s?보고회"
)
# an agreement told as background: an earlier year's ('지난해 …와 맺은 MOU', '지난 2019년 협약을 맺은'),
# one a clause describes ('최근 5년간 체결한 투자 업무협약의'), or one a speaker names in a quote
PAST_YEAR_RE = re.compile(r"지난해|작년|지난\s?(?:19|20)\d\d년")
DAY_RE = re.compile(r"\d{1,2}일")
YEAR_IN_RE = re.compile(r"((?:19|20)\d\d)년")
DESCRIBED_RE = re.compile(r"(?:체결한|맺은|맺었던|체결했던)\s[^.\n다]{0,15}$")
OWN_VERB_RE = re.compile(r"체결|맺|연장|갱신|했")
# '이날 체결한 업무협약에 따라' is this news
THIS_TIME_RE = re.compile(r"(?:이날|이번에?|오늘|\d{1,2}일)\s(?:\S+\s){0,2}(?:체결한|맺은)")
SPEECH_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
NOTICE_RE = re.compile(r"공고\s?제\s?\d|공고합니다|알려\s?드립니다|입찰\s?공고|모집\s?공고")
SIGNED_RE = re.compile(r"체결|협약식")
INVESTMENT_RE = re.compile(r"투자\s?(?:협약|양해각서|MOU)")
RESEARCH_RE = re.compile(r"용역|연구\s?(?:협약|과제)")
PROGRAM_TITLE_RE = re.compile(r"(?:과정|프로그램|아카데미|교육|캠프|교실|강좌|스쿨|학교)$")
MOU_RE = re.compile(r"업무\s?협약|MOU|양해각서|합의\s?각서")
COOPERATION_RE = re.compile(r"협력|상생")
PLAIN_AGREEMENT_RE = re.compile(r"협약|협정")
CONTRACT_RE = re.compile(r"(?:공동\s?시행|실시|위수탁|위·수탁|대행|시행)\s?(?:협약|협정)")
PROGRAM_TEXT_RE = re.compile(r"후원|기탁|협력해|손(?:을\s?)?(?:맞)?잡고")
SMALLEST_BUDGET = 10_000
# money that is not spent on the agreement: turnover, market size, capital, prices, losses
NOT_SPENDING_RE = re.compile(
    r"(?:매출|매출액|시장\s?규모|자본금|자산|수출|수출액|수익|수입|세수|가격|연봉|부채|손실|피해|시가총액|판매액)"
    r"(?:은|는|이|가|만)?\s?(?:약\s?|연\s?|연간\s?|총\s?)?$"
)
# an opinion or interview piece, by the tag its headline opens with: '[인터뷰] …', '[기고] …'
OPINION_TAG_RE = re.compile(
    r"^\s*[\[【<〈]\s*(?:인터뷰|대담|동정|인사|부고|칼럼|\S{0,6}칼럼|기고|사설|시론|오피니언|기자수첩|데스크|논단|발언대|독자투고)"
    r"\s*[\]】>〉]"
)
# an agreement ended, not made: '투자협약을 (지난 14일) 해지했다', '협약이 취소됐다'
ENDED_RE = re.compile(
    r"['\"’”」』]?(?:을|를|이|가|은|는)?\s(?:[^\s.\n]+\s){0,3}?(?:해지|해제|파기|취소|철회|폐기)"
    r"(?:했|하기로|한다|됐|되었|된다|돼|하고|하면서|를|을|\s?결정|\s?통보|\s?절차)"
)
RELATIVE_AFTER_RE = re.compile(
    r"['\"’”」』]?[을를]\s(?:맺은|체결한|맺었던|체결했던)\s(?!뒤|후|다음|이후|데|가운데|것|만큼)"
)  # '협약을 맺은 ㈜A가' describes ㈜A; '협약을 체결한 뒤' tells what happened next
NEWS_DAY_RE = re.compile(r"(?:이날|이번에?|오늘|\d{1,2}일)\s")


def is_agreement_text(
    text: str, headline: str | None = None, subheadline: str | None = None, published=None
) -> bool:
    """Whether an article reports an agreement, a commissioned study or a sponsored programme."""
    whole = "\n".join(part for part in (headline, subheadline, text) if part)
    if NOTICE_RE.search(whole) and not SIGNED_RE.search(text):
        return False
    if headline and OPINION_TAG_RE.match(headline):
        return False  # an interview or a column talks about agreements; it does not report one
    spans = sentences(text)
    background = [(s, e) for s, e in spans if _told_as_past(text[s:e], published)]
    speech = [m.span() for m in SPEECH_RE.finditer(text)]
    return any(
        not in_sorted(m.start(), background)
        and not in_sorted(m.start(), speech)
        and not ENDED_RE.match(text, m.end())
        and not (  # '2024년 투자협약을 맺은 ㈜A가': an agreement that describes a body, of no day of its own
            RELATIVE_AFTER_RE.match(text, m.end())
            and not NEWS_DAY_RE.search(text, max(0, m.start() - 25), m.start())
        )
        and not (
            not OWN_VERB_RE.search(m.group())  # '협약을 2년 연장했다' has its own verb: the news
            and DESCRIBED_RE.search(text, max(0, m.start() - 20), m.start())
            and not THIS_TIME_RE.search(text, max(0, m.start() - 30), m.start())
        )
        and not (BARE_NOUN_RE.fullmatch(m.group()) and not _signed_in_sentence(text, spans, m.start()))
        for m in AGREEMENT_RE.finditer(text)
    )


# an agreement's noun alone ('투자협약 기업 지원금', 'MOU 이행 점검 회의') tells of a signing only in a
# sentence with a word of one: '…을 체결했다', '맺었다', '서명', '교환', '협약식', '손잡았다'
BARE_NOUN_RE = re.compile(r"업무\s?협약|MOU|양해각서|투자\s?협약|상생\s?협력\s?협약")
SIGNED_WORD_RE = re.compile(
    r"체결|맺|서명|교환|협약식|협정식|체결식|손\s?잡|손을\s?(?:맞)?잡|[을를]\s?(?:했|하였|가졌|갖)|협약했|MOU를|MOU을"
)


def _signed_in_sentence(text: str, spans, at: int) -> bool:
    start, end = span_at(spans, at) or (max(0, at - 100), at + 100)
    return bool(SIGNED_WORD_RE.search(text, start, end))


def _told_as_past(sentence: str, published=None) -> bool:
    """A sentence about an earlier year's agreement with no day of its own ('지난해 …와 맺은 MOU에 따라',
    in a 2022 paper '2020년 1월 설계용역에 착수했다'); '지난해 12월 30일 협약을 체결했다' in a January
    paper is still the news."""
    if SINCE_RE.search(sentence):
        return True  # '지난 4월 협약을 맺고 … 7개월 만에 공장 문을 열었다': the deal a later event counts from
    if DAY_RE.search(sentence):
        return False
    if PAST_YEAR_RE.search(sentence):
        return True
    years = [int(y) for y in YEAR_IN_RE.findall(sentence)]
    return bool(published and years and max(years) < published.year)


def agreement_kind(title: str | None, text: str) -> str:
    """mou, investment, cooperation, research, program or other, from the title first, then the text.

    The rule for a plain 협약: Korean public bodies sign a '… 지원 협약', '… 확대 협약' as they sign an
    업무협약 (a memorandum of what each side will do), so it is ``mou``; it is ``cooperation`` when
    it names the working together itself (상생, 협력: '상생발전 협약', '상생협력을 위한 협약'), and
    ``other`` when it is a binding contract to carry a project out (공동시행, 실시, 위수탁, 대행)."""
    for source in (title or "", text):
        if INVESTMENT_RE.search(source):
            return "investment"
        if RESEARCH_RE.search(source):
            return "research"
        if source is title and PROGRAM_TITLE_RE.search(source.strip()):
            return "program"
        if MOU_RE.search(source):
            return "mou"
        if COOPERATION_RE.search(source) and PLAIN_AGREEMENT_RE.search(source):
            return "cooperation"
        if source is text and PROGRAM_TEXT_RE.search(source):
            return "program"
        if CONTRACT_RE.search(source):
            return "other"
        if PLAIN_AGREEMENT_RE.search(source):
            return "mou"
    return "other"


def extract_article(
    text: str, *, headline: str | None, subheadline: str | None, published: datetime.date | None
) -> tuple[bool, list[dict]]:
    """(is_agreement, agreements) for one repaired article text: one agreement, or several when a
    later sentence signs another with a new partner (see ``several``)."""
    if not is_agreement_text(text, headline, subheadline, published):
        return False, []
    sentence = signing_sentence(text)
    if _yearly_tally(text, sentence):
        return False, []
    words = words_of(text)
    found = parties_of(text, words, headline, subheadline)
    later = later_agreements(text, found[2], found[1].resolve, sentence, {p.name for p in found[0]})
    if not later:
        return True, [_agreement(text, words, headline, subheadline, published, sentence, found)]
    bounds = [0] + [start for start, _ in later] + [len(text)]
    agreements = []
    for k, signing in enumerate([sentence] + later):
        within = (bounds[k], bounds[k + 1])
        heads = (headline, subheadline) if k == 0 else (None, None)
        found = parties_of(text, words, *heads, signing=signing, within=within)
        agreements.append(_agreement(text, words, *heads, published, signing, found, within))
    for agreement in agreements[1:]:
        carry_over(agreements[0], agreement)
    return True, agreements


# a year's deals summed up: '도는 올해 해외 23개 기업과 … 양해각서를 체결했다 … 지난해에 비해 35% 증가'
YEAR_OF_DEALS_RE = re.compile(r"(?:올해|올\s?한\s?해|금년)(?:\s?들어)?\s[^.\n]{0,80}?\d{1,3}\s?(?:개|곳|건)")
YEAR_COMPARED_RE = re.compile(r"지난해(?:에)?\s?(?:비해|보다|대비)|전년\s?(?:대비|보다|에\s?비해)")


TALLIED_RE = re.compile(r"집계(?:됐|되었|했|한\s?결과)|것으로\s?(?:집계|나타났|파악)|(?:기울인|노력한|힘쓴)\s?결과")


def _yearly_tally(text: str, sentence) -> bool:
    """A report of the year's agreements counted and compared with last year's, or said to be a tally
    ('올 한 해 … 120개 기업과 … 투자협약을 체결, … 것으로 집계됐다'), not an agreement."""
    if not sentence or not YEAR_OF_DEALS_RE.search(text, sentence[0], sentence[1]):
        return False
    whole = next((span for span in sentences(text) if span[0] <= sentence[0] < span[1]), sentence)
    return bool(YEAR_COMPARED_RE.search(text) or TALLIED_RE.search(text, whole[0], whole[1]))


def _agreement(text, words, headline, subheadline, published, sentence, found, within=None) -> dict:
    """One agreement's fields; ``within`` (start, end) keeps the lists to its part of the article."""
    parties, names, mentions = found
    own = text[within[0] : within[1]] if within else text
    title, title_span = find_title(text, headline, subheadline, sentence, within)
    if title is None:
        title, title_span = unquoted_title(text, words, sentence)
    for lead in lead_sentences(text, sentence) if title is None else ():
        if not within or within[0] <= lead[0] < within[1]:
            title, title_span = unquoted_title(text, words, lead)  # 'A과 B가 …을 위한 양해각서를 교환했다'
            if title:
                break
    if title is None:
        title = built_title(headline, [p.name for p in parties if p.role == "party"], own)
    signed_on, signed_on_text, date_span = signing_date(text, sentence, published)
    place, place_span = find_place(text, words, sentence)
    if signed_on_text is None or place is None:  # a release's '○ 일시/장소: 2026. 11. 26.(목) 14:00, 시청'
        listed = _event_fields(text, within)
        if signed_on_text is None and listed[0]:
            signed_on, signed_on_text, date_span = listed[0]
        if place is None and listed[1]:
            place, place_span = listed[1]
    location, location_span = find_location(text, within, [p.name for p in parties], words)
    party_names = {p.name for p in parties}
    budgets = [
        {
            "text": m.text,
            "amount_krw": m.amount_krw,
            "source": m.source or _paid_by_company(text, words, m.span, parties, names.resolve),
            "span": list(m.span),
        }
        for m in _unique_amounts(find_amounts(text), text)
        if m.amount_krw >= SMALLEST_BUDGET  # '30원', a price: no agreement spends less than 1만원
        and not NOT_SPENDING_RE.search(text[max(0, m.span[0] - 12) : m.span[0]])
        and not not_a_budget(text, m.span, sentences(text), sentence)
    ]
    first = sentences(text)[:1]
    budgets = rough_repeats(budgets, text, first[0][1] if first else 0)
    if not budgets and not within:
        budgets = _headline_budgets(headline, subheadline)
    people = [
        {"name": p.name, "title": p.title, "org": p.org, "span": [p.start, p.end]}
        for p in find_people(words, text, mentions, names.resolve, frozenset(party_names))
    ]
    agreement = {
        "title": title,
        "kind": agreement_kind(title, own),
        "signed_on": signed_on,
        "signed_on_text": signed_on_text,
        "place": place,
        "location": location,
        "parties": [
            {"name": p.name, "kind": p.kind, "role": p.role, "aliases": p.aliases, "span": list(p.span)}
            for p in parties
        ],
        "budgets": _inside(budgets, within),
        "targets": _with_headline_deadline(
            _inside(find_targets(text, words, published), within), within, headline, subheadline, published
        ),
        "commitments": _inside(find_commitments(text, words, names, party_names), within),
        "people": _inside(people, within),
        "spans": {
            "title": title_span,
            "signed_on_text": date_span,
            "place": place_span,
            "location": location_span,
        },
    }
    return agreement


def _paid_by_company(text: str, words, span, parties, resolve) -> str | None:
    """'private' when the subject of the amount's clause (or, failing one, of its sentence) is a
    company that takes part and the clause says it pays ('KT&G는 3년간 총 9억원을 지원하고'): the
    party's kind is known even where its name has no company ending. Its own investment says
    nothing of whose money it is."""
    start = (span_at(sentences(text), span[0]) or (0, 0))[0]
    clause_start = max((m.end() for m in CLAUSE_BREAK_RE.finditer(text, start, span[0])), default=start)
    kinds = {p.name: p.kind for p in parties}
    subjects = [
        w
        for w in words_between(words, start, span[0])
        if w.stem and w.text[len(w.stem) :] in ("은", "는", "이", "가")
    ]
    own = [w for w in subjects if w.start >= clause_start]
    subject = own[-1] if own else next((w for w in subjects if w.text[len(w.stem) :] in ("은", "는")), None)
    if subject is None or kinds.get(resolve(subject.stem)) != "company":
        return None
    after = CLAUSE_BREAK_RE.split(text[span[1] : span[1] + 60])[0]
    paid = PAYING_RE.search(after)
    return "private" if paid and not paid.group("invests") else None


# a press release's event lines: '○ 일시: 2026. 11. 26.(목) 14:00', '○ 장소: 시청 상황실',
# '○ 일시/장소: 2026. 11. 26.(목) 14:00, 시청 상황실' (not '배포일시', the release's own date)
EVENT_DATE_RE = re.compile(
    r"(?<!배포)(?<!배포\s)일\s?시(?:\s?[/·및]\s?장\s?소)?\s*[:：]\s*"
    r"(?P<date>(?P<y>(?:19|20)\d\d)\s?[.년]\s?(?P<m>\d{1,2})\s?[.월]\s?(?P<d>\d{1,2})\s?[.일]?)"
    r"(?:\s?\([월화수목금토일]\))?(?:\s?\d{1,2}:\d\d)?(?:,\s?(?P<place>[^\n,]{2,30}))?"
)
EVENT_PLACE_RE = re.compile(r"(?<![가-힣])장\s?소\s*[:：]\s*(?P<place>[^\n,]{2,30})")


def _event_fields(text: str, within=None):
    """((iso, words, span) | None, (place, span) | None) from a release's 일시/장소 lines."""
    start, end = within or (0, len(text))
    date = place = None
    found = EVENT_DATE_RE.search(text, start, end)
    if found:
        try:
            iso = datetime.date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
            date = (
                iso,
                found["date"].rstrip(". "),
                [found.start("date"), found.start("date") + len(found["date"].rstrip(". "))],
            )
        except ValueError:
            date = None
        if found["place"]:
            place = (found["place"].strip(), list(found.span("place")))
    named = EVENT_PLACE_RE.search(text, start, end)
    if place is None and named:
        place = (named["place"].strip(), list(named.span("place")))
    return date, place


def _inside(items: list[dict], within) -> list[dict]:
    """The items whose words lie in one agreement's part of the article (all of them for one)."""
    if not within:
        return items
    return [item for item in items if not item.get("span") or within[0] <= item["span"][0] < within[1]]


# a headline's amount is the agreement's money where it says what the money is for
HEADLINE_MONEY_RE = re.compile(r"투자|협약|MOU|유치|사업비|규모|출연|기금|지원")


def _headline_budgets(headline: str | None, subheadline: str | None) -> list[dict]:
    """The money only a headline states ('…유치…450억 투자 협약'), read where the body gives none; it has
    no span in the body, its words are the headline's."""
    for line in (headline, subheadline):
        if not line or not HEADLINE_MONEY_RE.search(line):
            continue
        bounds = sentences(line)
        found = [
            {"text": m.text, "amount_krw": m.amount_krw, "source": m.source}
            for m in find_amounts(line)
            if not NOT_SPENDING_RE.search(line[max(0, m.span[0] - 12) : m.span[0]])
            and not not_a_budget(line, m.span, bounds, None)
        ]
        if found:
            return found[:1]
    return []


def _with_headline_deadline(targets: list[dict], within, headline, subheadline, published) -> list[dict]:
    """The targets, and the deadline only a headline gives ('…, 2034년까지 OO에 구축') where the body
    sets none; like a headline's money it has no span in the body."""
    if within or any(t["due"] for t in targets):
        return targets
    for line in (subheadline, headline):
        due = [d for d in find_deadlines(line or "", published) if d.bound == "까지" and d.due]
        if due:
            return [*targets, {"text": due[0].text, "due": due[0].due.iso, "value": None, "unit": None}]
    return targets


def _unique_amounts(matches, text: str):
    """Each amount once: a repeat in a later sentence is the same money told again, while the same
    figure twice in one sentence ('국비 60억원, 시비 60억원') is two sums."""
    sentence_of = {}
    bounds = sentences(text)
    for match in matches:
        index = index_at(bounds, match.span[0])
        if sentence_of.setdefault(match.amount_krw, index) == index:
            yield match
