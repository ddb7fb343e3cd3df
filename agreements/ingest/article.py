"""One article in, its agreements out, in the shape of spec/EXTRACTION.md (with spans into the text).

Each article is analysed once: its words (Kiwi, per paragraph, cached) feed the organisations,
the people, the commitments and the targets; amounts, dates and places are read from the text.
"""

from __future__ import annotations

import datetime
import re

from .article_parties import parties_of
from .budget_shares import mark_shares
from .commitments import find_commitments
from .dates import find_deadlines
from .detection import is_agreement_text
from .each_told import each_told
from .effects import not_a_budget
from .entities import org_kind
from .funding import PAYING_RE, another_firms, firm_subject
from .interleaved import sort_paragraphs
from .names import strip_marks
from .numbers import CLAUSE_BREAK_RE, find_amounts
from .party import each_once
from .people import find_people
from .people_sides import (
    COUNTED_GROUP_NAME_RE,
    listed_guest,
    other_places_guest,
    speaking_guest,
    township_guest,
)
from .retold import agenda_signers, beside, hosted, retold, signed_at_it
from .rough_budgets import rough_repeats
from .several import first_signers, later_agreements, settle
from .signing import find_place, lead_sentences, sentences, signing_sentence, signing_sentences
from .signing_day import coming_day, lead_day, news_day, signing_date, told_day
from .sites import find_location
from .spans import index_at, span_at, words_between
from .tallies import counts_term, term_tally, yearly_tally
from .targets import find_targets
from .titles import built_title, find_title, unquoted_title
from .words import COMPANY_MARK_RE, words_of

INVESTMENT_RE = re.compile(r"투자\s?(?:협약|양해각서|MOU)")
RESEARCH_RE = re.compile(r"용역|연구\s?(?:협약|과제)")
PROGRAM_TITLE_RE = re.compile(r"(?:과정|프로그램|아카데미|교육|캠프|교실|강좌|스쿨|학교)$")
MOU_RE = re.compile(r"업무\s?협약|MOU|양해각서|합의\s?각서")
COOPERATION_RE = re.compile(r"협력|상생")
PLAIN_AGREEMENT_RE = re.compile(r"협약|협정")
CONTRACT_RE = re.compile(r"(?:공동\s?시행|실시|위수탁|위·수탁|대행|시행)\s?(?:협약|협정)")
PROGRAM_TEXT_RE = re.compile(r"후원|기탁|협력해|손(?:을\s?)?(?:맞)?잡고")
SMALLEST_BUDGET = 10_000
OTHER_SIGNING_SENTENCES = 4  # the signing sentences tried, best first, for one that names a signer
# money that is not spent on the agreement: turnover, market or economy size, capital, prices, losses
NOT_SPENDING_RE = re.compile(
    r"(?:매출|매출액|시장\s?규모|경제\s?규모|지역\s?내?\s?총생산|GRDP|자본금|자산|수출|수출액|수익|수입|세수|가격|연봉|부채|손실|피해|시가총액|판매액"
    r"|분양가|임대료)"  # a site's price: '3.3㎡당 분양가가 40만 원대'
    r"(?:\s?규모)?"  # a party's size: '자산 규모 5200억원의 지역 금융기관'
    r"(?:은|는|이|가|만)?\s?(?:약\s?|연\s?|연간\s?|총\s?)?$"
)


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
    if yearly_tally(text, sentence) or term_tally(headline, text):
        return False, []
    words = words_of(text)
    found = parties_of(text, words, headline, subheadline)
    signing_names = {p.name for p in found[0] if p.role != "participant"}  # (a guest may sign a later one)
    mentions, resolve = found[2], found[1].resolve
    later = later_agreements(text, mentions, resolve, sentence, signing_names)
    shared_subject = False
    if not later:  # 'A와 … 투자협약을, B와 … 협약을 각각 체결했다': one sentence, several agreements
        later, shared_subject = each_told(text, sentence)
    if not later:
        if sentence and not _signers(found):
            # '…고용 협약식이 지난 2일 시청에서 열렸다' names no signer: the next sentence that signs does
            found = _next_signers(text, words, headline, subheadline, found) or found
        elif sentence and _signers(found) in (1, 2) and UNNAMED_PARTNERS_RE.search(text, *sentence):
            # 'A가 … 지역 단체들과 … 협약을 맺고' names its partners in the next sentence that signs ('A는 …
            # B, C, D와 … 협약을 체결했다'): they sign beside the ones found
            again = _next_signers(text, words, headline, subheadline, found)
            found = beside(found, again[0]) if again else found
        hosts: set[str] = set()
        if sentence and _signers(found):
            found = retold(text, words, headline, subheadline, sentence, found)
            found = agenda_signers(text, words, headline, subheadline, found)
        if sentence and _signers(found) and hosted(text, sentence):
            found, hosts = signed_at_it(text, words, headline, subheadline, sentence, found)
        agreement = _agreement(text, words, headline, subheadline, published, sentence, found)
        agreement["people"] = [p for p in agreement["people"] if p["org"] not in hosts]
        return True, [agreement]
    bounds = [0] + [start for start, _ in later] + [len(text)]
    agreements = []
    for k, signing in enumerate([sentence] + later):
        within = (bounds[k], bounds[k + 1])
        heads = (headline, subheadline) if k == 0 else (None, None)
        found = parties_of(text, words, *heads, signing=signing, within=within)
        if k == 0 and signing and not _signers(found):
            # '… △업무협약 체결(3건) …' names none: the first sentence of its stretch that signs with signers
            found = first_signers(text, words, heads, signing, within) or found
        agreements.append(_agreement(text, words, *heads, published, signing, found, within))
    settle(agreements, later, text, shared_subject, mentions, resolve)
    sort_paragraphs(agreements, text, [sentence[0]] + [start for start, _ in later], bounds)
    return True, agreements


def _signers(found) -> int:
    return sum(1 for p in found[0] if p.role == "party")


# partners told only by their sort, many and unnamed: '지역 단체들과', '관계 기관들과', or one: '지역 병원과'
UNNAMED_PARTNERS_RE = re.compile(
    r"(?:단체|기관|기업|업체|대학)들(?:과|와)\s"
    r"|(?<![가-힣])(?:지역|관내|도내|인근)\s(?:[가-힣]{1,4}\s)?(?:병원|기업|업체|대학|대학교|단체|기관)(?:과|와)\s"  # '지역 병원과'
    # a firm told by its size or as one among many, as the subject or the partners: '중견기업이', '한 업체가',
    # '의료기기 업체 두 곳과'
    r"|(?<![가-힣])(?:중견|중소|강소|대|외국계|한)\s?(?:기업|업체)(?:이|가|은|는)\s"
    r"|(?<![가-힣])(?:기업|업체)\s?(?:두|세|네|[2-9])\s?(?:곳|개사)(?:과|와)\s"
    # or the ceremony as the subject up to the verb, its signers told after: 'A의 … 협약식이 24일 … 열렸다. … 세
    # 기관이 … 서명했다'
    r"|협약식이\s[^.\n]{0,40}$"
)


def _next_signers(text, words, headline, subheadline, found):
    """What the next signing sentence that names more signers than ``found`` finds, or None."""
    for other in signing_sentences(text)[1:OTHER_SIGNING_SENTENCES]:
        if counts_term(text, other):
            continue  # '한편, 군은 민선 7기 들어 이번 협약까지 17개 기업과 …': the term's deals, counted
        again = parties_of(text, words, headline, subheadline, signing=other)
        if _signers(again) > _signers(found):
            return again
    return None


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
    if signed_on_text is None:  # '…협약을 체결했다고 14일 밝혔다' and no other day: the day of the news
        signed_on, signed_on_text, date_span = told_day(text, sentence, published)
    if signed_on_text is None:  # '… 협약식을 개최한다. 9일 군에 따르면 오는 10일 …': the coming day
        signed_on, signed_on_text, date_span = coming_day(text, sentence, published)
    if signed_on_text is None:  # '시는 18일 … 설명회를 가졌다. … 협약도 체결했다': the lead's event
        signed_on, signed_on_text, date_span = lead_day(text, sentence, published)
    if signed_on_text is None:  # no day written anywhere: the news day
        signed_on, signed_on_text, date_span = news_day(text, sentence, published)
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
    signers = {names.resolve(p.name) for p in parties if p.role == "party"}
    people = [
        {"name": p.name, "title": p.title, "org": p.org, "span": [p.start, p.end]}
        for p in find_people(words, text, mentions, names.resolve, frozenset(party_names))
        if not _other_firms_head(p.org, signers, names.resolve)
        and not other_places_guest(p.org, p.title, (p.start, p.end), signers, text)
        and not township_guest(p.org, p.title, signers)
        and not listed_guest(names.resolve(p.org) if p.org else None, (p.start, p.end), signers, text)
        and not speaking_guest(names.resolve(p.org) if p.org else None, (p.start, p.end), signers, text)
        and not (p.org and p.org.endswith("의회") and names.resolve(p.org) not in signers)  # a council's guest
    ]
    party_rows = [
        {"name": p.name, "kind": p.kind, "role": p.role, "aliases": p.aliases, "span": list(p.span)}
        for p in each_once(parties)
    ]
    if not any(p.role == "party" for p in parties) and HEADS_SIGNED_RE.search(own):
        party_rows += _bodies_of_heads(people, {p.name for p in parties})
    agreement = {
        "title": title,
        "kind": agreement_kind(title, own),
        "signed_on": signed_on,
        "signed_on_text": signed_on_text,
        "place": place,
        "location": location,
        "parties": party_rows,
        "budgets": mark_shares(_inside(budgets, within), text),
        "targets": _with_headline_deadline(
            find_targets(text, words, published, within), within, headline, subheadline, published
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


def _other_firms_head(org: str | None, signers: set[str], resolve) -> bool:
    """Whether a person heads a firm (written with its legal mark) that does not sign, where two or more
    bodies do: '… 이정무 ㈜OO코리아 대표 등 10여명이 참석했다' names a guest."""
    return (
        org is not None
        and len(signers) >= 2
        and COMPANY_MARK_RE.search(org) is not None
        and resolve(org) not in signers
        and not any(strip_marks(org) == strip_marks(name) for name in signers)
        and not any(COUNTED_GROUP_NAME_RE.search(name) for name in signers)  # '3개 기업' may be its firm
    )



# the heads named before it signed for their bodies: '… 등 참여기관 대표들이 협약식을 가진 후'
HEADS_SIGNED_RE = re.compile(
    r"(?:참여\s?기관|협약\s?기관|양\s?기관|각\s?기관|참여\s?기업)\s?(?:대표|장)들?이\s[^.\n]{0,20}(?:협약식|체결식|서명|협약서)"
)


def _bodies_of_heads(people: list[dict], named: set[str]) -> list[dict]:
    """A signing whose sentences name no signing body, only the heads at its ceremony ('A 가람도지사와 B
    나래군수, ㈜C D 대표 등 참여기관 대표들이 협약식을 가진 후 …', a caption standing for the article):
    the bodies they head sign."""
    rows: list[dict] = []
    for person in people:
        org = person["org"]
        if org and org not in named and all(r["name"] != org for r in rows):
            kind = org_kind(org, True) or "other"
            rows.append({"name": org, "kind": kind, "role": "party", "aliases": [], "span": person["span"]})
    return rows


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
    r"(?<!배포)(?<!배포\s)(?<!보도)일\s*시(?:\s?[/·및]\s?장\s*소)?\s*[:：]\s*"  # ('일    시:' spaced wide)
    r"(?P<date>(?P<y>(?:19|20)\d\d)\s?[.년]\s?(?P<m>\d{1,2})\s?[.월]\s?(?P<d>\d{1,2})\s?[.일]?)"
    r"(?:\s?\([월화수목금토일]\))?(?:\s?\d{1,2}:\d\d)?(?:,\s?(?P<place>[^\n,]{2,30}))?"
)
EVENT_PLACE_RE = re.compile(r"(?<![가-힣])장\s*소\s*[:：]\s*(?P<place>[^\n,]{2,30})")


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
            if m.amount_krw >= SMALLEST_BUDGET  # '한 병에 25원씩': a rate, no agreement's money
            and not NOT_SPENDING_RE.search(line[max(0, m.span[0] - 12) : m.span[0]])
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
    sentence_of, firms = {}, {}
    bounds = sentences(text)
    for match in matches:
        index, firm = index_at(bounds, match.span[0]), firm_subject(text, match.span[0])
        before = firms.setdefault(match.amount_krw, [])
        if sentence_of.setdefault(match.amount_krw, index) == index or another_firms(firm, before):
            before.append(firm)  # '㈜A는 … 50억원을', '㈜B는 … 50억을': each firm's own sum
            yield match
