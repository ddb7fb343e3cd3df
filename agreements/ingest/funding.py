"""Who pays an amount: public, private or mixed money, told by the words of its own clause ('국비',
'민간', '후원') or by a subject that pays ('군은 … 12억원을 지원', '은행은 … 15억 원씩 출연')."""

from __future__ import annotations

import re

# who pays, from the words of an amount's own clause ('구비' the district's money, not '연구비' research money)
PRIVATE_RE = re.compile(r"민간|민자|자부담|기업\s?자금|후원|기부|기탁|성금")
PUBLIC_RE = re.compile(
    r"(?<![가-힣])(?:국비|도비|시비|군비|구비)|지방비|국고|정부\s?(?:지원|예산|출연)|공공\s?예산|예산|(?:공사|공단)\s?(?:출자|출연)"
)
NEGATED_RE = re.compile(r"^[^.]{0,12}?(?:없이|없는|아닌|않고)")
GOV_SUBJECT_RE = re.compile(r"(?:시|군|구|도|정부|청|부)(?:는|은|가|이|에서)\s")
# a company or a bank as the subject of its clause ('OO은행은', '㈜OO(대표 …)이', 'OO전자는')
COMPANY_SUBJECT_RE = re.compile(
    r"(?:(?:㈜|\(주\)|주식회사)[^.,]{0,20}?|[가-힣A-Za-z]*(?:은행|전자|기업|회사|그룹|금융|증권|보험|건설|제약|화학|제지|공장)"
    r"(?:\([^)]*\))?)(?:은|는|이|가)\s"
)
# the company pays: contributes, bears, donates, lends ('…을 부담한다', '각각 15억 원씩 출연하고')
PAYING_RE = re.compile(
    r"(?P<invests>투자|투입)|출연|부담|분담|출자|후원|기부|기탁|내놓|내놨|대출|지원|보태|보탠|지급"
)
GOV_PAYING_RE = re.compile(
    r"들여|(?:지원|부담|분담|출연|보조|투입|투자|편성|출자|지급)(?:하|한|해|했|할|키로)|보태|보탠"
    r"|(?:기금|재원)[을를]?\s?(?:조성|마련)"  # '도와 시는 … 50억원의 공동기금을 조성해'
)
# the topic a sentence opens with ('협약에 따라 교육청은 '), which the clauses after it share
TOPIC_SUBJECT_RE = re.compile(r"^\s*(?:[^\s.,]+\s){0,3}?[^\s.,]+(?:은|는)\s")
OWN_TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9)㈜](?:은|는)\s")
NEXT_LABEL_RE = re.compile(r"^\s?(?:과|와|및|,)")


def _mentions(pattern: re.Pattern, words: str) -> bool:
    return any(not NEGATED_RE.match(words[found.end() :]) for found in pattern.finditer(words))


def _source_in(words: str) -> str | None:
    private, public = _mentions(PRIVATE_RE, words), _mentions(PUBLIC_RE, words)
    if private and public:
        return "mixed"
    return "private" if private else "public" if public else None


def funding_source(before: str, after: str, clause: tuple[str, str, str] | None = None) -> str | None:
    """public, private or mixed from the words around an amount; None when they do not say.

    The words between the previous amount and this one decide first ('국비 12억과 군비 3억'), then
    the words after it up to the next amount ('2억원을 후원해'), unless those name the next sum
    ('과 민간부담금'); a government subject that pays ('군은 … 12억원을 지원') pays from public
    funds, a company or a bank that pays ('은행은 … 15억 원씩 출연') from private ones. A company's
    investment ('㈜OO는 900억원을 투자') does not say whose money it is, so it stays None."""
    source = _source_in(before)
    if source is None and not NEXT_LABEL_RE.match(after):
        source = _source_in(after)
    if source is not None:
        return source
    whole_before, whole_after, sentence_before = clause or (before, after, before)
    # the subject nearest the amount in its clause, if the clause says it pays
    gov = [m.end() for m in GOV_SUBJECT_RE.finditer(whole_before)]
    company = [m.end() for m in COMPANY_SUBJECT_RE.finditer(whole_before)]
    own_topic = OWN_TOPIC_RE.search(whole_before)
    if not gov and not company and not own_topic:
        # '교육청은 …을 구축하고, 올해 … 8억원을 편성했다': the clause shares the sentence's topic
        topic = TOPIC_SUBJECT_RE.match(sentence_before)
        if topic:
            gov = [m.end() for m in GOV_SUBJECT_RE.finditer(topic.group())]
            company = [m.end() for m in COMPANY_SUBJECT_RE.finditer(topic.group())]
    if gov and (not company or gov[-1] > company[-1]):
        return "public" if GOV_PAYING_RE.search(whole_after) else None
    paid = PAYING_RE.search(whole_after)
    if company and paid and not paid.group("invests"):  # its own investment does not say whose money
        return "private"
    if not gov and not company:  # the sum told first, its payer after: '연구비 3억원은 시가 전액 부담한다'
        late_gov = GOV_SUBJECT_RE.search(whole_after)
        if late_gov and GOV_PAYING_RE.search(whole_after, late_gov.end()):
            return "public"
        late_company = COMPANY_SUBJECT_RE.search(whole_after)
        paid = PAYING_RE.search(whole_after, late_company.end()) if late_company else None
        if paid and not paid.group("invests"):
            return "private"
    return None


SENTENCE_BREAK_RE = re.compile(r"[.!?]\s|\n")


def firm_subject(text: str, start: int) -> str | None:
    """The company that is the subject of the clause a figure stands in ('㈜B는 … 50억원을'), if any."""
    window = text[max(0, start - 100) : start]
    breaks = [m.end() for m in SENTENCE_BREAK_RE.finditer(window)]
    found = [m.group() for m in COMPANY_SUBJECT_RE.finditer(window, breaks[-1] if breaks else 0)]
    return found[-1].strip()[:-1] if found else None


def another_firms(firm: str | None, before: list[str | None]) -> bool:
    """A figure repeated under a company subject other than each of the earlier ones: each firm's own."""
    return firm is not None and None not in before and firm not in before


# the state's money a party receives for its part, told after the amount: '3억원은 국비로 지원받는다',
# '9억원을 정부의 … 보조금으로 지원받을 예정이다', '4천만원은 … 뽑히면서 지원받은 국비로 충당하고'
STATE_MONEY_RECEIVED_RE = re.compile(
    r"[은는을를]\s[^.,\n]{0,30}?(?:국비|도비|국고|보조금|지원금)(?:으로|로)\s?(?:전액\s)?지원\s?받"
    r"|[은는]\s[^.,\n]{0,40}?지원\s?받은\s(?:국비|도비|국고|보조금|지원금)"
)


# the state's money named before the amount, got by a party: '한결대는 올해 이 사업으로 국비 38억원을 지원받는다'
STATE_MONEY_BEFORE_RE = re.compile(r"(?:국비|도비|국고|보조금|지원금)\s?$")
GOT_AFTER_RE = re.compile(r"[을를]\s(?:지원\s?)?받(?:는다|았다|았고|으며|아|게|을)")


def received_from_state(text: str, span: tuple[int, int]) -> bool:
    """Whether the amount is the state's money a party receives, not money the agreement's parties commit."""
    if STATE_MONEY_BEFORE_RE.search(text, max(0, span[0] - 6), span[0]) and GOT_AFTER_RE.match(text, span[1]):
        return True
    return bool(STATE_MONEY_RECEIVED_RE.match(text, span[1]))
