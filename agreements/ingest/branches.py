"""A branch, plant, store or centre written after the body it belongs to: '㈜KT 전남본부', 'OO공사(LH)
OO지역본부', 'LG이노텍 구미사업장', '㈜OO 새솔점', 'OO공사 서울센터'."""

from __future__ import annotations

import re

from .orgwords import BRANCH_RE, NOT_BRANCH_RE, NOT_STORE, REGIONS, STORE_RE, SUB_UNITS, short_university
from .person_or_body import _person_before_title
from .words import Word

# a company's plant or works named by its place: 'OO 구미사업장', 'OO 울산공장'
SITE_BRANCH_RE = re.compile(r"[가-힣]{2,}(?:사업장|공장)$")
# a branch office named by its region and 지원 ('부산지원', '경인지원'), a word that otherwise means 'support'
REGIONAL_OFFICE_RE = re.compile(rf"(?:{'|'.join(sorted(REGIONS))}|경인|호남|영남|충청|강원|제주)지원")
BRACKETED_ABBREVIATION_RE = re.compile(r"\s?\([A-Za-z&]{2,10}\)\s")


# the bodies that run a hospital named after them: 'OO대학교 OO병원', 'OO공단 OO병원', 'OO재단부설 OO병원'
HOSPITAL_PARENTS = ("대학교", "대학", "공단", "재단", "부설", "의료원")


def own_hospital(words: list[Word], i: int) -> bool:
    """A hospital named after the university, institution or foundation that runs it, the university
    by its short name too ('OO대 OO의료원')."""
    stem, parent = words[i].stem, words[i - 1].stem if i > 0 else ""
    return (
        i > 0
        and len(stem) >= 4
        and words[i - 1].bare
        and (
            stem.endswith("병원")
            and parent.endswith(HOSPITAL_PARENTS)
            and len(parent) >= 4
            or stem.endswith(("병원", "의료원"))
            and words[i - 1].proper
            and short_university(parent)
        )
    )


def _branch_head(words: list[Word], i: int, text: str) -> int | None:
    """The index of the body a branch word belongs to: the word before it ('OO공사 OO지역본부'), or
    the one before a bracketed abbreviation ('OO공사(LH) OO지역본부'); None when it is no branch."""
    stem = words[i].stem
    branch = BRANCH_RE.search(stem) and not NOT_BRANCH_RE.search(stem) and len(stem) >= 3
    branch = branch or REGIONAL_OFFICE_RE.fullmatch(stem)  # 'OO평가원 부산지원': a 지원 is a branch office
    branch = branch or own_hospital(words, i)
    if not (branch or stem in SUB_UNITS or _outlet(stem)):
        return None
    for head in (i - 1, i - 2):
        if head < 0 or not words[head].bare:
            continue
        if _person_before_title(words, head, i) and not text.startswith("(", words[i].end):
            return None  # '홍길동 OO시농업기술센터 소장': a person and the body they serve, not '…(소장 NAME)'
        gap = text[words[head].end : words[i].start]
        if gap == " " if head == i - 1 else BRACKETED_ABBREVIATION_RE.fullmatch(gap):
            return head
    return None


# the places a regional office is named for, written apart from its generic name: 'OO공사(DO) 광주·전남
# 지역본부', 'OO공단 충남 본부'
PLACED_BRANCHES = ("지역본부", "본부", "지사", "지부")
PLACE_JOINS = ("·", "ㆍ", "")


def placed_branch(words: list[Word], i: int, text: str) -> tuple[int, int] | None:
    """(the body's index, the first place's index) for a generic branch word after one or two region
    names ('OO공사(DO) 광주·전남 지역본부'): the regions name the branch, the word before them the body."""
    if words[i].stem not in PLACED_BRANCHES or i < 2:
        return None
    first = i - 1
    if not (words[first].bare and _region(words[first].stem) and text[words[first].end : words[i].start] == " "):
        return None
    if first >= 1 and words[first - 1].bare and words[first - 1].stem in REGIONS:
        if text[words[first - 1].end : words[first].start] in PLACE_JOINS:
            first -= 1  # '광주·전남'
    for head in (first - 1, first - 2):  # the body, or the body before its abbreviation: 'OO공사(DO) …'
        if head < 0 or not words[head].bare:
            continue
        gap = text[words[head].end : words[first].start]
        if gap == " " if head == first - 1 else BRACKETED_ABBREVIATION_RE.fullmatch(gap):
            return head, first
    return None


def _region(stem: str) -> bool:
    """A region's short name, or two written as one ('광주전남')."""
    return stem in REGIONS or len(stem) == 4 and stem[:2] in REGIONS and stem[2:] in REGIONS


def _outlet(stem: str) -> bool:
    """A store or a centre of a company or an institution: '㈜OO 새솔점', 'OO공사 서울센터'."""
    store = STORE_RE.search(stem) and not stem.endswith(NOT_STORE)
    return bool(store or stem.endswith("센터") and len(stem) >= 4)


def listed_university(words: list[Word], i: int, text: str) -> bool:
    """A university's short name Kiwi does not read as a proper noun, listed right before one it does
    ('새솔대, 한빛대, …')."""
    word = words[i]
    if i + 1 >= len(words) or not word.bare or not short_university(word.stem):
        return False
    after = words[i + 1]
    return text[word.end : after.start].strip() == "," and after.proper and short_university(after.stem)
