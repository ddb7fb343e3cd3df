"""A branch, plant, store or centre written after the body it belongs to: '㈜KT 전남본부', 'OO공사(LH)
OO지역본부', 'LG이노텍 구미사업장', '㈜OO 새솔점', 'OO공사 서울센터'."""

from __future__ import annotations

import re

from .orgwords import BRANCH_RE, NOT_BRANCH_RE, NOT_STORE, STORE_RE, SUB_UNITS
from .person_or_body import _person_before_title
from .words import Word

# a company's plant or works named by its place: 'OO 구미사업장', 'OO 울산공장'
SITE_BRANCH_RE = re.compile(r"[가-힣]{2,}(?:사업장|공장)$")
BRACKETED_ABBREVIATION_RE = re.compile(r"\s?\([A-Za-z&]{2,10}\)\s")


def _branch_head(words: list[Word], i: int, text: str) -> int | None:
    """The index of the body a branch word belongs to: the word before it ('OO공사 OO지역본부'), or
    the one before a bracketed abbreviation ('OO공사(LH) OO지역본부'); None when it is no branch."""
    stem = words[i].stem
    branch = BRANCH_RE.search(stem) and not NOT_BRANCH_RE.search(stem) and len(stem) >= 3
    if not (branch or stem in SUB_UNITS or _outlet(stem)):
        return None
    for head in (i - 1, i - 2):
        if head < 0 or not words[head].bare:
            continue
        if _person_before_title(words, head, i):
            return None  # '홍길동 OO시농업기술센터 소장': a person and the body they serve
        gap = text[words[head].end : words[i].start]
        if gap == " " if head == i - 1 else BRACKETED_ABBREVIATION_RE.fullmatch(gap):
            return head
    return None


def _outlet(stem: str) -> bool:
    """A store or a centre of a company or an institution: '㈜OO 새솔점', 'OO공사 서울센터'."""
    store = STORE_RE.search(stem) and not stem.endswith(NOT_STORE)
    return bool(store or stem.endswith("센터") and len(stem) >= 4)
