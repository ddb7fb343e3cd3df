"""Firms that sign an investment agreement and are named only where they say what they invest.

Real press releases about a joint investment signing count the firms in the signing sentence ('9개
기업 대표와 합동 투자협약을 체결했다') and name each one in the sentences after it, as the subject of
its own investment: '㈜A는 2027년까지 300억원을 들여 …', 'B는 1만㎡에 70억 원을, C는 … 45억 원을
투자하기로 했다'. Those subjects sign too.
"""

from __future__ import annotations

import re

from . import gazetteer
from .counted import SECTOR_COUNT_RE
from .entities import org_kind
from .listed import unknown_name
from .orgwords import LOCAL_PLACE_RE, REGIONS
from .person_words import SURNAMES
from .signing import sentences
from .spans import words_between
from .words import COMPANY_MARK_RE, Mention, Word

INVESTMENT_AGREEMENT_RE = re.compile(r"투자\s?(?:협약|양해각서|MOU)")
# an amount the subject puts in: '300억원을 들여', '70억 원을 (각각) 투자', '45억 원을, …' (the verb shared),
# '470억원의 설비투자와 …'
AMOUNT = r"\d[\d,.]*\s?(?:조|억|천만|만)[\d,.\s천백십억만]*원"  # '300억원', '1조 2,000억 원'
INVESTED_RE = re.compile(
    rf"{AMOUNT}(?:을|를)?(?:\s?(?:각각\s)?(?:투자|투입|들여|들이|출자)|,\s|\s?규모의?\s)"
    rf"|{AMOUNT}의\s(?:신규\s?|설비\s?|시설\s?)?투자"  # '470억원의 설비투자와'
)  # '300억 원 규모 생산시설을 건립한다' in a sentence that says 들여 or 투자 of another firm too
INVEST_VERB_RE = re.compile(r"투자|투입|들여|들이|출자")
# a sentence about something else: '한편 …', an earlier year's deal, the sum of this year's deals
ELSEWHERE_RE = re.compile(r"^\s*한편,?\s|바\s?있다|지난해|작년|올해\s|성과|누적|유치\s?실적")
NOT_A_FIRM_END_RE = re.compile(
    r"(?:비|예산|재원|자금|금액|규모|투자액|사업|단지|산단|공장|시설|체결|협약|MOU"
    r"|증설|신설|이전|확장|건립|설립|증가|부족|수요|물량)$"  # '㈜A는 공장증설이 시급해 … 투자하기로 했다'
)
NOT_FIRMS = {"이들", "기업", "업체", "회사", "기업들", "업체들", "회사들", "이번", "협약", "투자", "공사", "정부", "해당", "양사", "각사"}
# people, not firms: '6개 기업 대표들과 관계자들이 참석한 가운데 … 투자협약을'
NOT_FIRMS |= {"관계자", "관계자들", "대표들", "임직원", "임직원들", "직원들", "참석자들", "내빈들"}
# (an acting head too: 'NAME 가람도지사 권한대행이 … 투자협약')
TITLE_END_RE = re.compile(r"(?:장|지사|군수|대표|대표이사|사장|회장|이사|위원|의원|관계자|교수|권한대행|직무대행|직무대리)$")
# a firm, its head in brackets, then the topic's particle: '㈜A(대표 NAME)은', 'B㈜(대표이사 NAME)는'
HEADED_TOPIC_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9㈜])(?P<firm>[가-힣A-Za-z0-9㈜()&]{2,20}?)\((?:대표|대표이사|회장|사장)\s?[가-힣]{2,4}\)(?:은|는)\s"
)
TOPIC = ("는", "은", "에서는")  # '㈜A에서는 … 235억원을 투자하여': a body as the subject
SUBJECT = ("이", "가")
AGREEMENT_WORDS = ("협약", "협약식", "양해각서", "MOU")
DESCRIBED_AS = ("업체인", "기업인", "회사인", "제조사인", "전문기업인", "기업체인")


def investors(
    text: str, words: list[Word], mentions: list[Mention], after: int, unnamed: int = 0
) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each firm that is the subject of its own investment in a sentence after
    ``after`` (the signing sentence's start), in an article about an investment agreement. While the
    signing sentence counted ``unnamed`` firms it did not name, a subject Kiwi reads as common nouns
    ('OO소금이 … 120억원을 투입해') and one marked by 이/가 count too, up to that many."""
    if not INVESTMENT_AGREEMENT_RE.search(text):
        return []
    by_end = {m.end: m for m in mentions}
    found = []
    for start, end in sentences(text):
        if (
            start < after
            or ELSEWHERE_RE.search(text[start:end])  # '^' holds at the sentence's start, not the text's
            or not INVEST_VERB_RE.search(text, start, end)
        ):
            continue
        inside = [w for w in words if start <= w.start < end]
        heads = list(HEADED_TOPIC_RE.finditer(text, start, end))  # once a sentence: '㈜A(대표 NAME)은'
        for amount in INVESTED_RE.finditer(text, start, end):
            headed = [m for m in heads if m.end() <= amount.start()]
            if headed:  # '㈜A(대표 NAME)은 82억원을 투자해': the firm before its head's bracket
                firm = headed[-1]
                mention = by_end.get(firm.end("firm"))
                if (mention and mention.kind == "company") or COMPANY_MARK_RE.search(firm.group("firm")):
                    name = mention.name if mention else firm.group("firm")
                    if all(name != n for n, _, _ in found):
                        found.append((name, "company", firm.span("firm")))
                    continue
            subject = TOPIC + SUBJECT if unnamed else TOPIC
            before = [
                k for k, w in enumerate(inside) if w.end <= amount.start() and w.text[len(w.stem) :] in subject
            ]
            if not before:
                continue
            at = before[-1]
            described = at > 0 and inside[at - 1].text.endswith(DESCRIBED_AS)
            firm = _firm(inside[at], by_end, described or len(found) < unnamed)
            if at > 0 and inside[at - 1].text in POINTING and inside[at].stem in FIRM_NOUNS:
                firm = _named_before(mentions, start)  # '이 회사는 …억원을 투자해': the firm just named
            topics = [k for k in before if inside[k].text[len(inside[k].stem) :] in ("는", "은")]
            if topics and topics[0] != at and inside[at].text[len(inside[at].stem) :] in SUBJECT:
                # 'C는 … 내진성이 뛰어난 … 470억원의 설비투자와': a firm the sentence is about, the
                # subject after it only a clause's
                firm = _firm(inside[topics[0]], by_end, described or len(found) < unnamed) or firm
            if firm and all(firm[0] != name for name, _, _ in found):
                found.append(firm)
    apart = _signing_apart(text, mentions, after) if found else set()
    return [firm for firm in found if firm[0] not in apart]


# a later sentence that signs with a partner of its own: '울진군은 또 오는 19일 ㈜A(대표 NAME)와 투자협약을 맺습니다'
SIGNS_RE = re.compile(r"(?:협약|양해각서|MOU)[도을를]?\s?(?:맺|체결|서명)")
PARTNER_AFTER_RE = re.compile(r"(?:\([^()\n]{1,20}\))?(?:와|과)\s")


def _signing_apart(text: str, mentions: list[Mention], after: int) -> set[str]:
    """The firms a sentence after the signing one (at ``after``) signs with in an agreement of their own:
    what such a firm invests is that agreement's, and it is no signer of the first."""
    apart = set()
    for start, end in sentences(text):
        if start > after and SIGNS_RE.search(text, start, end):
            apart |= {m.name for m in words_between(mentions, start, end) if PARTNER_AFTER_RE.match(text, m.end)}
    return apart


def _firm(word: Word, by_end: dict, described: bool) -> tuple[str, str, tuple[int, int]] | None:
    """The firm a topic word names: a company mention, a proper noun no other rule claims, or any
    noun the text introduces as a firm ('냉장설비 전문업체인 X는')."""
    mention = by_end.get(word.stem_end)
    if mention:
        return (
            (mention.name, mention.kind, (mention.start, mention.end)) if mention.kind == "company" else None
        )
    stem = word.stem
    if len(stem) < 2 or stem in NOT_FIRMS or TITLE_END_RE.search(stem) or not (word.proper or described):
        return None
    if NOT_A_FIRM_END_RE.search(stem) or SECTOR_COUNT_RE.fullmatch(stem):
        return None  # '사업비는 …', '국비가 …': the money, not who puts it in; '8개사는 …': the group, counted
    if stem.endswith(AGREEMENT_WORDS):
        return None  # '투자협약은 총 …': the agreements told as a whole, read by Kiwi as a name
    if stem in REGIONS or LOCAL_PLACE_RE.fullmatch(stem) or org_kind(stem, True) not in (None, "company"):
        return None
    if gazetteer.is_place(stem):
        return None  # '당진에서는 식품업체 ㈜A가 350억 원을 들여 …': where, not who
    if all(tag == "NNP" for _, tag in word.tags) and len(stem) <= 3 and _surname_first(stem):
        return None  # 'NAME은': a person, not a firm
    return stem, "company", (word.start, word.stem_end)


def _surname_first(stem: str) -> bool:
    return stem[0] in SURNAMES and re.fullmatch(r"[가-힣]{2,3}", stem) is not None


POINTING = ("이", "해당", "동")
FIRM_NOUNS = ("기업", "회사", "업체")


def _named_before(mentions: list[Mention], start: int) -> tuple[str, str, tuple[int, int]] | None:
    """The last firm named before ``start``: the one '이 회사는' points back to."""
    firms = [m for m in mentions if m.end <= start and m.kind == "company" and not m.loose]
    return (firms[-1].name, firms[-1].kind, (firms[-1].start, firms[-1].end)) if firms else None


# firms listed each with its own investment in brackets: '가람셀(120억 원), 나래테크(80억 원) 등 …'
# or with the jobs it brings: 'A 120억원(45명), B 76억원(15명) …'
BRACKETED_AMOUNT_RE = re.compile(
    rf"\({AMOUNT}\)|\s{AMOUNT}\(\d[\d,]*\s?명\)"
)
# the money's own sources, never a firm: '국비(300억원)와 지방비(200억원)'
FUNDS = ("국비", "도비", "시비", "군비", "구비", "지방비", "민자", "민간자본", "자부담", "기금", "융자")


def bracketed_investors(text: str, words: list[Word], after: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each firm an investment agreement lists with its amount in brackets, in a
    sentence after the signing's that lists two or more of them."""
    if "투자" not in text:  # an investment, whether or not the page names its agreement '투자협약'
        return []
    by_end = {w.stem_end: w for w in words if w.bare}
    found = []
    for start, end in sentences(text):
        if start < after or ELSEWHERE_RE.search(text[start:end]):
            continue
        listed = []
        for amount in BRACKETED_AMOUNT_RE.finditer(text, start, end):
            word = by_end.get(amount.start())
            if word is None or len(word.stem) < 2:
                continue
            if not (word.proper or COMPANY_MARK_RE.search(word.stem) or unknown_name(word)):
                continue
            stem = word.stem
            if stem in NOT_FIRMS or stem.endswith(FUNDS) or NOT_A_FIRM_END_RE.search(stem) or TITLE_END_RE.search(stem):
                continue
            if stem in REGIONS or LOCAL_PLACE_RE.fullmatch(stem) or org_kind(stem, True) not in (None, "company"):
                continue
            listed.append((stem, "company", (word.start, word.stem_end)))
        if len(listed) >= 2:
            found += listed
    return found
