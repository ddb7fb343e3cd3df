"""The signers a signing sentence only counted ('3개 기업과 … 체결했다'), named one by one in the sentences
after it: as subjects with their legal mark ('㈜A는 …'), by what they make ('가구 제조업체인 B는 …'), or
as the subjects of what each does, run together with '·' ('A·B·C는 … 증설한다. D는 …')."""

from __future__ import annotations

import re

from . import gazetteer
from .listed import HEAD_BRACKET_RE
from .names import strip_marks
from .participation import fills_count
from .words import COMPANY_MARK_RE, Mention

# a sentence that turns to another deal or an aside: what follows it names no signer of this one
BACKGROUND_OPENING_RE = re.compile(r"\s*(?:앞서|한편|또\s?지난|지난해|지난달|이로써)")
RUNNING_OPENING_RE = re.compile(r"\s*이로써")
# who the firms are by what the news did with them, also in the lead before the signing sentence: '유치
# 기업은 A, B, … 등이다', '협약 기업은'
FIRMS_TOLD = r"(?:유치|협약|참여|입주)\s?(?:기업|업체)들?(?:은|는)\s"
LEAD_LIST_RE = re.compile(rf"\s*{FIRMS_TOLD}")


def counted_subjects(text: str, mentions: list[Mention], spans, after: int, count: int) -> list[Mention]:
    """The firms that the sentences after a signing which only counted them ('3개 기업과 … 체결했다')
    take one by one as subjects ('㈜A는 가람에 투자한다. … ㈜B는 …, C㈜은 …'): the signers, when there
    are exactly as many firms, each written with its legal mark, as the signing sentence counted."""
    found: list[Mention] = []
    seen = set()
    for start, end in spans:
        if start < after:
            continue
        if BACKGROUND_OPENING_RE.match(text, start):
            break
        for mention in mentions:
            if not start <= mention.start < end or mention.name in seen:
                continue
            if mention.kind != "company" or mention.loose or not COMPANY_MARK_RE.search(mention.name):
                continue
            bracket = HEAD_BRACKET_RE.match(text, mention.end)  # '㈜A(대표 B)는'
            at = bracket.end() if bracket else mention.end
            if text[at : at + 1] in ("은", "는", "이", "가", "도") or SUBJECT_PAIR_RE.match(text, at):
                seen.add(mention.name)
                found.append(mention)
    return found if fills_count(len(found), count) else []


# 'A와 ㈜B도 …': the first of a pair whose second is the subject
SUBJECT_PAIR_RE = re.compile(r"[와과]\s(?:㈜|\(주\))?[가-힣A-Za-z0-9]{2,15}(?:㈜|\(주\))?(?:은|는|이|가|도)\s")


# a firm introduced by what it makes, no legal mark needed: '특수가스 생산업체인 A는 …, 가구 제조업체인 B는 …'
DESCRIBED_FIRM_RE = re.compile(
    r"(?:업체|기업|회사|제조사|전문기업|기업체)인\s(?P<name>[가-힣A-Za-z0-9&]{2,15}?)(?:은|는|이|가)\s"
)


def described_subjects(text: str, spans, after: int, count: int) -> list[tuple[str, tuple[int, int]]]:
    """(name, span) of the firms the sentences after a signing that only counted them ('3개 기업과 …
    투자협약을 했다') introduce one by one by what they make ('가구 제조업체인 B는 …'): the signers, when
    there are as many (or one fewer of a long count) as the signing sentence counted."""
    found: list[tuple[str, tuple[int, int]]] = []
    for start, end in spans:
        if start < after:
            continue
        if BACKGROUND_OPENING_RE.match(text, start):
            break
        for match in DESCRIBED_FIRM_RE.finditer(text, start, end):
            name = match["name"]
            # what it makes says it is a firm, whatever its ending ('…퍼니처' is no ministry's '처')
            if all(name != seen for seen, _ in found) and gazetteer.find(name) is None:
                found.append((name, match.span("name")))
    return found if fills_count(len(found), count) else []


# the topic of what the firms do, one or several run together with '·', opening a sentence or a clause
# after a comma: 'A·B·C는 … 부지를 확보해 증설한다', '…하고, D·E는 부산에서 …'
RUN_SUBJECT_RE = re.compile(
    r"(?:^|,\s)\s*(?P<run>[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}(?:·[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}){0,8})(?:은|는)\s"
)
NOT_A_FIRM_RE = re.compile(
    r"^(?:이들|기업|업체|회사|양사|각사|협약|이번|이날|투자|공장|시|군|도|구)$"
    r"|(?:들|기업|업체|액|규모|금액|인원|비용|계획|목표|률|량)$"  # '투자액은', '고용 규모는'
)
WHAT_FIRMS_DO_RE = re.compile(r"투자|증설|이전|신설|설립|건립|확보|고용|채용|생산|공장|부지")


def run_subjects(text: str, words, spans, after: int, count: int) -> list[tuple[str, tuple[int, int]]]:
    """(name, span) of the firms the sentences after a signing that only counted them ('9개 기업과 투자협약을
    했다') take as the subjects of what each does ('A·B·C는 … 부지를 확보해 증설한다. D는 … 투자를 하고, E·F는
    …'): the signers, when exactly as many (or one fewer of a long count); a run with a place or a word
    of the story in it ('시는', 'A시·B군은') is none."""
    found: list[tuple[str, tuple[int, int]]] = []
    nouns = {w.start for w in words if any(tag[0] == "N" or tag in ("SL", "SH") for _, tag in w.tags)}
    for start, end in spans:
        if start < after:
            continue
        if BACKGROUND_OPENING_RE.match(text, start):
            break
        if not WHAT_FIRMS_DO_RE.search(text, start, end):
            continue
        for match in RUN_SUBJECT_RE.finditer(text[start:end]):
            names = match["run"].split("·")
            if any(NOT_A_FIRM_RE.search(name) or gazetteer.find(name) is not None for name in names):
                continue  # '시는 …', 'A시·B군은 …': a place or a word of the story, not the firms' names
            if start + match.start("run") not in nouns:
                continue  # '…, 늘어나는 일자리는': a verb, not a name
            at = start + match.start("run")
            for name in names:
                at = text.index(name, at)
                if all(name != seen for seen, _ in found):
                    found.append((name, (at, at + len(name))))
                at += len(name)
    return found if fills_count(len(found), count) else []


# a sentence after the signing that opens by saying its list is the signers: '협약에 참여한 A, B, C는 …',
# '가람산단에 투자를 결정한 기업은 A(대표 NAME/업종), B(…), … 이다'
MEMBERS_OPENING_RE = re.compile(
    r"\s*(?:이날\s|이번\s|또\s)?(?:"
    r"(?:협약|MOU|양해각서|협약식)에\s?(?:참여|참가|서명)한\s(?:[가-힣]{1,8}\s)?(?:(?:기업|업체|기관|대학|회사)들?(?:은|는)\s)?"
    # '협약에 이름을 올린 A, B, C는 …', and the partners named as such: '약정 상대는 A·B·C 등 5개 교다'
    r"|(?:협약|협약서|MOU)에\s?이름을\s?올린\s(?:[가-힣]{1,8}\s)?(?:(?:기업|업체|기관|회사)들?(?:은|는)\s)?"
    r"|(?:협약|약정|협정|MOU)\s?(?:상대|상대방|참여\s?기관)(?:은|는)\s"
    # who took part, told after the list: '이번 협약에는 OO면 A마을과 OO면 B마을, … C마을이 참여했다'
    r"|(?:이번\s)?(?:협약|협약식)에는\s(?=[^.\n]{2,300}?(?:이|가)\s(?:참여|참가|함께)(?:했|한다|하였))"
    # those who attended, when the list ends by counting them as firms: '협약식에 참석한 A, B, … 등 4개
    # 투자기업 대표는'
    r"|(?:협약|협약식)에\s?참석한\s(?=[^.\n]{2,300}?\s등\s\d{1,2}\s?개\s?[가-힣]{0,4}?(?:기업|업체|사)\s)"
    r"|[^.\n]{0,30}?(?:투자를?\s?(?:결정|확정|약속)한|협약을\s?(?:맺은|체결한))\s(?:[가-힣]{1,8}\s)?"
    r"(?:기업|업체|기관|대학|회사)들?(?:은|는)\s"
    # or who attended the ceremony, the list ending on the firms' heads: '협약식에는 NAME 군수와 함께 ㈜A(대표
    # NAME), ㈜B(대표 NAME), … 등 기업 대표들이 자리한다'
    # or with the firms' people last: '협약식에는 NAME 군수와 ㈜A(대표 NAME), B㈜(대표 NAME) 관계자 등이 자리한다'
    r"|(?:협약식|체결식|이\s?자리)에는\s(?:[^.\n]{0,30}?[와과]\s(?:함께\s)?)?(?=[^.\n]{2,300}?"
    r"(?:\s등\s(?:기업|업체|회사|입주\s?기업)\s?(?:대표|관계자)들?|\)\s(?:관계자|임직원)들?\s?등)(?:이|은|는)\s)"
    rf"|{FIRMS_TOLD}"  # or who they are by what the news did with them
    # or the pairs that twinned: '이날 한자리에서 결연한 짝은 A(대표 NAME)와 B마을, 그리고 C와 D마을이다'
    r"|(?:[^.\n]{0,16}?\s)?(?:결연한|짝을\s?(?:맺은|이룬)|자매결연을\s?맺은)\s(?:짝|곳|쌍)들?(?:은|는)\s"
    # or each with what it invests: '기업별 투자 규모는 ㈜A 300억 원, ㈜B 120억 원, … 으로 모두 …'
    r"|(?:기업|업체|회사)별\s?(?:투자\s?)?(?:규모|금액|액)(?:은|는)\s"
    r")"
)
# one item of such a list: a name (one word, or two before its bracket), its bracket, what follows it
MEMBER_RE = re.compile(
    r"(?P<name>(?:[가-힣]{1,6}(?:면|읍|동)\s(?=[가-힣]{1,8}마을))?(?:㈜|\(주\))?[가-힣A-Za-z][가-힣A-Za-z0-9&.Ⅰ-Ⅻ]{1,19}?(?:㈜|\(주\))?"
    r"(?:\s[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,10}(?=\()|\s[가-힣]{1,8}(?:캠퍼스|분교))?)"  # and 'OO대 미래캠퍼스'
    r"(?:\([^()\n]{1,60}\))?"
    r"(?P<amount>\s[\d,.]+\s?(?:조\s?[\d,.]*\s?)?(?:억|만|천)?\s?원)?"  # '㈜A 300억 원, …': what each invests
    r"(?P<after>\s?,\s?|\s?·\s?|[와과]\s|\s등(?:\s|이|은|는)|(?:은|는|이|가)\s|\s?이다|\s?(?=\.(?:\s|$))|(?:으로|로)\s"
    r"|\s(?:관계자|임직원)들?\s?등(?:이|은|는)\s)"
)


AND_THEN_RE = re.compile(r"(?:그리고\s|및\s)?")
# where a member is based, told before its name: '가람면 농공단지에 입주해 있는', '서울과 부산에 본사를 둔'
WHERE_BASED_RE = re.compile(
    r"(?:(?:[가-힣0-9]{1,12}(?:과|와)?\s){0,2}[가-힣0-9]{1,12}에\s(?:본사를\s)?"
    r"(?:입주해\s있는|입주한|자리한|자리\s?잡은|있는|위치한|소재한|둔)\s)?"
)


def listed_members(
    text: str, spans, after: int, count: int, known=frozenset()
) -> list[tuple[str, tuple[int, int]]]:
    """(name, span) of the signers a signing that only counted them ('금속가공 3개사와 …') names in a
    later sentence that opens by saying who they are ('협약에 참여한 A, B, C는 …'): when the list holds
    as many as the count (or one fewer of a long count), each a name whatever its ending. Names
    already ``known`` as signers (found where they attended) are in the list but not in the count.
    A lead may name them before the signing sentence ('유치 기업은 A, B, … 등이다. 시는 … 9개 기업과 …
    체결한다'), and a running total told between ('이로써 시는 올해 …') does not end the deal's sentences."""
    later = [span for span in spans if span[0] >= after]
    earlier = [span for span in spans if span[0] < after and LEAD_LIST_RE.match(text, *span)]
    for start, end in later + earlier:
        if BACKGROUND_OPENING_RE.match(text, start):
            if RUNNING_OPENING_RE.match(text, start):
                continue
            break
        opening = MEMBERS_OPENING_RE.match(text, start, end)
        if not opening:
            continue
        found, at = [], opening.end()
        while at < end:
            at = WHERE_BASED_RE.match(text, at).end()  # '가람면 농공단지에 입주해 있는 ㈜A(대표 NAME)와 …'
            item = MEMBER_RE.match(text, at, end)
            if not item:
                break
            name = item["name"]
            generic = NOT_A_FIRM_RE.search(name)
            if generic and not (item["amount"] and generic.start() >= 2) or gazetteer.find(name) is not None:
                break  # '중소기업은', '투자액은' (but '한빛기업 25억 원': a firm, with what it invests)
            found.append((name, item.span("name")))
            at = item.end()
            if item["after"].strip() == ",":
                at = AND_THEN_RE.match(text, at).end()  # '…, 그리고 C와 D이다'
            if item["after"].strip() not in (",", "·", "와", "과"):
                break  # the list's last item: '… C는', '… C 등', '… C이다'
        new = [(name, span) for name, span in found if strip_marks(name).replace(" ", "") not in known]
        if fills_count(len(new), count) and len(found) >= 2:
            return new
    return []
