"""A signing told again in the sentence right after it, naming signers the first left out: on the same
sum, the same day, or opening on the same ceremony ('이날 ㈜A NAME 대표와 NAME 군수, NAME 부지사가 협약서에
서명했다'); and a ceremony told as its host's doing, who signed at it told next ('OO면은 … 협약식을 열었다.
이 자리에서 A 등 18개 마을과 B 등 18개 기업이 자매결연을 맺었다'). Kept apart from ``article``, which calls
it once per article."""

from __future__ import annotations

import re
from dataclasses import replace

from .article_parties import parties_of
from .numbers import find_amounts
from .several import SUBJECT_AFTER_RE
from .signing import sentences, signing_sentences
from .spans import index_at

# the next sentence tells the same ceremony through who put their names to it: '이날 ㈜A NAME 대표와 NAME
# 군수, NAME 부지사가 협약서에 서명했다'
TOLD_DAY_RE = re.compile(r"\d{1,2}월\s?\d{1,2}일|(?<!\d)\d{1,2}일")  # '10월 15일' told in both
SAME_CEREMONY_RE = re.compile(r"\s*(?:이날|이\s?자리에서|(?:협약식|결연식)에서는?|(?:협약식|결연식)에는)\s")


def retold(text, words, headline, subheadline, sentence, found):
    """A signing told again in the very next sentence, naming signers the first left out ('NAME 지사가 … ㈜A
    NAME 대표, ㈜B NAME 대표와 300억원의 투자협약을 체결했다. 도는 가람·나래 2개 군과 함께 2개 기업과 … 300억 원
    규모의 투자협약을 체결했다'): the second's signers sign too, when it names the same sum or day or opens on
    the same ceremony ('이날 …'), and shares a signer with the first."""
    spans = sentences(text)
    at = index_at(spans, sentence[0])
    if at < 0 or at + 1 >= len(spans):
        return found
    following = next((o for o in signing_sentences(text) if spans[at + 1][0] <= o[0] < spans[at + 1][1]), None)
    one_sum = following is not None and same_sum(text, spans[at], spans[at + 1])
    same_day = set(TOLD_DAY_RE.findall(text, *spans[at])) & set(TOLD_DAY_RE.findall(text, *spans[at + 1]))
    if following is None or not (one_sum or same_day or SAME_CEREMONY_RE.match(text, spans[at + 1][0])):
        return found
    told_again = [
        p for p in parties_of(text, words, headline, subheadline, signing=following)[0] if p.role == "party"
    ]
    signed = {found[1].resolve(p.name) for p in found[0] if p.role == "party"}
    # told again on the same sum, or naming in its own words a body that signed the first
    told = text[spans[at + 1][0] : spans[at + 1][1]]
    again = [p for p in told_again if found[1].resolve(p.name) in signed and (one_sum or p.name in told)]
    return beside(found, told_again) if again else found


def beside(found, others):
    """``found`` with the signers among ``others`` that it does not hold yet, each after the ones found; one
    it holds as attending only signs when ``others`` has it sign."""
    known = {found[1].resolve(p.name) for p in found[0]} | {p.name for p in found[0]}
    added = [p for p in others if p.role == "party" and found[1].resolve(p.name) not in known]
    signing = {found[1].resolve(p.name) for p in others if p.role == "party"}
    kept = [
        replace(p, role="party") if p.role == "participant" and found[1].resolve(p.name) in signing else p
        for p in found[0]
    ]
    return (kept + added, found[1], found[2]) if added or kept != found[0] else found


def same_sum(text: str, first, second) -> bool:
    """Whether two sentences name one sum of money (the same deal, told twice)."""
    sums = {m.amount_krw for m in find_amounts(text[first[0] : first[1]])}
    return bool(sums & {m.amount_krw for m in find_amounts(text[second[0] : second[1]])})


# a ceremony held, told as its host's doing (who signed at it opens on SAME_CEREMONY_RE)
HOSTED_RE = re.compile(r"(?:협약식|결연식|체결식)[을를]\s?(?:열었|가졌|개최했)")


def signed_at_it(text, words, headline, subheadline, sentence, found):
    """(parties, hosts) for a ceremony told as its host's doing ('OO면은 … 협약식을 열었다') whose next
    sentence names who signed at it ('이 자리에서 A 등 18개 마을과 B 등 18개 기업이 자매결연을 맺었다'):
    those sign, the host only held it, and its head is none of the signers' people."""
    at = next((s for s in signing_sentences(text) if SAME_CEREMONY_RE.match(text, s[0]) and s[0] > sentence[0]), None)
    again = parties_of(text, words, headline, subheadline, signing=at) if at else None
    hosts = {p.name for p in found[0] if p.role == "party" and sentence[0] <= p.span[0] < sentence[1]}
    signed = [p for p in again[0] if at[0] <= p.span[0] < at[1] and p.name not in hosts] if again else []
    if sum(1 for p in signed if p.role == "party") < 2:
        return held_for_others(text, sentence, found)
    return (signed, *again[1:]), hosts


# the pair whose ceremony it is, its second member then the ceremony: '… ㈜A(대표 NAME)과 B마을(이장 NAME)의
# 자매결연식을 열었다'
CEREMONY_OF_RE = re.compile(
    r"(?:\([^()\n]{1,20}\))?의\s(?:[가-힣0-9]{1,10}\s)?(?:결연식|자매결연식|협약식|체결식)[을를]\s?(?:열었|가졌|개최했)"
)
PAIR_JOIN_RE = re.compile(r"(?:\([^()\n]{1,20}\))?[과와]\s(?:[가-힣]{1,6}(?:읍|면|동)\s)?")  # ('… 봉양면 새터마을')


def held_for_others(text, sentence, found):
    """(parties, hosts) for a ceremony the subject held for a pair ('군은 … ㈜A과 B마을의 자매결연식을 열었다'):
    the pair signs, the subject only held it."""
    signers = sorted(
        (p for p in found[0] if p.role == "party" and sentence[0] <= p.span[0] < sentence[1]),
        key=lambda p: p.span[0],
    )
    second = next((k for k, p in enumerate(signers) if k >= 2 and CEREMONY_OF_RE.match(text, p.span[1])), None)
    if second is None or not PAIR_JOIN_RE.fullmatch(text, signers[second - 1].span[1], signers[second].span[0]):
        return found, set()
    hosts = {p.name for p in signers[: second - 1] if SUBJECT_AFTER_RE.match(text, p.span[1])}
    return ([p for p in found[0] if p.name not in hosts], *found[1:]), hosts


# a release's agenda line of who signed: '- 협약서 서명: NAME 보은군수, ㈜A NAME 대표이사, B NAME 대표'
AGENDA_SIGNING_RE = re.compile(r"^\s*[-·○◦▪]?\s?(?:협약서?|결연서?|협정서?)\s?서명\s?[:：]\s?(?=\S)", re.MULTILINE)


def agenda_signers(text, words, headline, subheadline, found):
    """``found`` with the bodies a release's agenda line lists as signing ('- 협약서 서명: NAME 보은군수, ㈜A
    NAME 대표이사, B NAME 대표') beside the ones found: a signing sentence may name its partners only by
    their sort ('… 식품기업들과 투자협약을 체결했다')."""
    line = AGENDA_SIGNING_RE.search(text)
    if line is None:
        return found
    end = text.find("\n", line.end())
    end = len(text) if end < 0 else end
    again = parties_of(text, words, headline, subheadline, signing=(line.start(), end))
    return beside(found, [p for p in again[0] if line.end() <= p.span[0] < end])


def hosted(text: str, sentence) -> bool:
    """Whether the signing sentence tells a ceremony as its host's doing ('… 협약식을 열었다')."""
    return bool(HOSTED_RE.match(text, sentence[1]))
