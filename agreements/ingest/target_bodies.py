"""Counts of bodies that are the signers (or those that take part), told in forms the sentence rules of
``targets``/``effects`` do not see: the signers counted again later in the article ('등 6개사와 …
체결했다', then '협약을 맺은 6개사의 투자 규모는'), a count beside the one body named ('㈜A 외 4개사')
or closing a list ('… 등 5개사다'), a count in brackets after the bodies' kind ('참여 기관(5개)은'), and bodies counted by their heads
('3개교 총장은'); and, in the same form, a field's share of a listed total ('관광 분야(3개)')."""

from __future__ import annotations

import re

from .spans import span_at

# a count of bodies: '6개사', '7개 기업', '9개 유망기업', '3개 기관', '4개교', '5곳', '11개 중간지원조직'
NAMED_COUNT = (
    r"(?P<n>\d{1,3})\s?(?:개\s?(?:사(?![가-힣])|[가-힣]{0,3}(?:기업|업체)|회사|[가-힣]{0,2}기관|대학교|대학|학교|단체"
    r"|[가-힣]{0,4}조직)|개사|개교)"
)
BODY_COUNT = NAMED_COUNT[:-1] + "|곳)"
# what is counted again must name its kind ('6개사', '7개 기업'): a bare '3곳' may be three sites to build
NAMED_COUNT_RE = re.compile(NAMED_COUNT)
HEADS = r"(?:총장|학교장|교장|대표이사|대표|기관장|단체장|회장|원장|사장|센터장)들?"
# the bodies as the sentence's subject or partner, or by their heads: '6개사와', '7개 기업이', '8개사 대표'
SIGNER_COUNT_RE = re.compile(
    BODY_COUNT + rf"들?(?:와|과|이|가|은|는|\s?{HEADS}(?:와|과|이|가|은|는)?)(?![가-힣])"
)
SIGNING_RE = re.compile(r"체결|협약|MOU|양해각서|맺|서명")
# the bodies counted by their heads: '3개교 총장은', '5개사 대표들이'
HEADS_AFTER_RE = re.compile(rf"\s?{HEADS}(?:은|는|이|가|과|와|의|,|\s)")
BESIDE_BEFORE_RE = re.compile(r"\s외\s?$")  # '㈜한빛정밀 외 4개사'
ETC_BEFORE_RE = re.compile(r"\s등\s?$")  # '△㈜A △B㈜ 등 3개사다': the bodies just listed, counted
# a count in brackets after the bodies' kind ('참여 공공기관(9개)은'), or after a field of a list that
# breaks a total down ('… 등 관광 분야(3개)'): how many there are, not a goal
KIND_BEFORE_BRACKET_RE = re.compile(
    r"(?:기관|기업|업체|회사|대학|학교|단체|지자체|분야|부문|영역)들?\s?\(\s?$"
)
BRACKET_CLOSE_RE = re.compile(r"\s?\)")


def signer_counts(text: str, bounds) -> set[int]:
    """The numbers of bodies that a sentence with a word of signing counts as its subject or partner."""
    found, signing = set(), {}
    for match in SIGNER_COUNT_RE.finditer(text):
        sentence = span_at(bounds, match.start(), match.span())
        if sentence not in signing:
            signing[sentence] = bool(SIGNING_RE.search(text, *sentence))
        if signing[sentence]:
            found.add(int(match["n"]))
    return found


# a sum that ends its sentence: '총 12개다', '모두 7곳이다'
TOTAL_COUNT_RE = re.compile(r"(?P<n>\d{1,3})\s?(?:개|곳|개사)(?:이다|다)[.\s]")
TOTAL_BEFORE_RE = re.compile(r"(?:총|모두)\s?$")
PLAIN_COUNT_RE = re.compile(r"(?P<n>\d{1,3})\s?(?:곳|개)(?:이|가|은|는|과|와|의|도)?(?![가-힣])")
BODY_KIND_BEFORE_RE = re.compile(r"[가-힣](?:기관|기업|업체|단체|조직|센터|병원|의원|대학|학교)\s$")


def counted_bodies(text: str, span: tuple[int, int], signers: set[int]) -> bool:
    """A count of bodies that are the signers or those that take part, not a goal of the agreement."""
    start, end = span
    body = NAMED_COUNT_RE.match(text, start)
    if body and int(body["n"]) in signers:
        return True  # the signers, counted again
    after_kind = PLAIN_COUNT_RE.match(text, start)
    if after_kind and int(after_kind["n"]) in signers and BODY_KIND_BEFORE_RE.search(text, max(0, start - 8), start):
        return True  # '중간지원조직 11곳이 … 함께 움직이기로 했다': the signers, counted after their kind
    total = TOTAL_COUNT_RE.match(text, start)
    if total and int(total["n"]) in signers and TOTAL_BEFORE_RE.search(text, max(0, start - 3), start):
        return True  # '… 기업 9개사 등 총 12개다': the signers, summed after their kinds
    if body and (
        HEADS_AFTER_RE.match(text, body.end())
        or BESIDE_BEFORE_RE.search(text, max(0, start - 4), start)
        or ETC_BEFORE_RE.search(text, max(0, start - 4), start)
    ):
        return True
    return bool(
        KIND_BEFORE_BRACKET_RE.search(text, max(0, start - 10), start) and BRACKET_CLOSE_RE.match(text, end)
    )


# the bodies that take part told by their kinds: '참여 기관은 A 등 공공기관 8개·B 등 교육기관 3개·병원 2개 등이다'
PARTICIPANTS_RE = re.compile(
    r"(?:참여|참가|협약)(?:한|하는)?\s?(?:기관|기업|업체|단체|회원사)들?(?:은|는)\s"
)
KIND_BEFORE_RE = re.compile(r"(?:기관|기업|업체|단체|병원|대학|학교|회사)\s?$")


def participants_by_kind(text: str, quantities, bounds) -> set[tuple[int, int]]:
    """Spans of counts of bodies named by their kind in a sentence that lists who takes part."""
    found = set()
    for quantity in quantities:
        start = quantity.span[0]
        if quantity.unit not in ("개", "곳", "개사") or not KIND_BEFORE_RE.search(text, max(0, start - 5), start):
            continue
        s_start, _ = span_at(bounds, start, quantity.span)
        if PARTICIPANTS_RE.search(text, s_start, start):
            found.add(quantity.span)
    return found
