"""Firms a signing names in a list it counts: right before the count ('㈜A, B 2개사와'), each after a
bullet with what it brings ('△㈜A(99억 원, 25명) △B㈜ 등 2개 기업과'), in a later sentence with the
same count, or as the partners of the next sentence that signs on the day. Split from ``counted.py``,
which reads the counted groups themselves."""

from __future__ import annotations

import re

from .counted import THESE_FIRMS_RE
from .entities import org_kind
from .signing import in_any, sentences

# 'A, B 2개사와', 'A·B·C 3개 기업과': firms listed before their count, each a name whatever its ending
_HEAD = r"(?:\((?:대표|대표이사|회장|사장)\s[가-힣]{2,4}\))?"  # 'A(대표 NAME), B(대표 NAME) 등 2개사와'
COUNTED_LIST_RE = re.compile(
    rf"(?<![가-힣A-Za-z0-9㈜)])(?!\d{{1,2}}일\s)(?P<run>[△▲■●◆▷▶]?\s?[가-힣A-Za-z0-9㈜()&.]{{2,15}}{_HEAD}"
    rf"(?:(?:\s?[,·ㆍ]\s?|\s[△▲■●◆▷▶]\s?)[가-힣A-Za-z0-9㈜()&.]{{2,15}}{_HEAD}){{1,9}})"
    r"\s(?:등\s)?(?P<n>\d{1,2})\s?개\s?(?:사|기업|업체|회사)(?:\s대표)?(?:와|과|이|가|은|는)\s"
)  # also bulleted ('▲A ▲B ▲C 3개 기업과'), closed by '등' ('A, B, C 등 3개 기업과'), and by their heads ('A, B, C
# 3개 기업 대표와')
HEAD_IN_ITEM_RE = re.compile(r"\((?:대표|대표이사|회장|사장)\s[가-힣]{2,4}\)$")
LIST_SPLIT_RE = re.compile(r"\s?[,·ㆍ]\s?|\s?[△▲■●◆▷▶]\s?")
BULLET_RE = re.compile(r"[△▲■●◆▷▶]")


# firms each after a bullet with what it brings in brackets, then counted: '△㈜A(99억 원, 25명) △B㈜(8억
# 원, 4명) 등 2개 기업과'
BULLETED_COUNT_RE = re.compile(
    r"(?P<run>[△▲■●◆▷▶][^.\n]{2,600}?)\s(?P<etc>등\s)?(?P<n>\d{1,2})\s?개\s?(?:사|기업|업체|회사)(?:와|과|이|가|은|는)\s"
)
BULLETED_ITEM_RE = re.compile(r"(?P<name>㈜?[가-힣A-Za-z][가-힣A-Za-z0-9&.㈜]{1,19})(?:\([^()\n]{1,60}\))?")


def bulleted_list(text: str, start: int, end: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a sentence lists each after a bullet, what each brings in brackets, before it counts
    them ('△㈜A(99억 원, 25명) △B㈜(8억 원) 등 2개 기업과'): as many as the count, or one fewer after
    '등' when the count is of four or more (the article names the last elsewhere)."""
    found = []
    for match in BULLETED_COUNT_RE.finditer(text, start, end):
        if in_any(match.start(), quotes):
            continue
        at = match.start("run")
        pieces = [piece.strip() for piece in BULLET_RE.split(match["run"])[1:]]
        items = [BULLETED_ITEM_RE.fullmatch(piece) for piece in pieces]
        n = int(match["n"])
        if not all(items) or not (len(items) == n or match["etc"] and n >= 4 and len(items) == n - 1):
            continue
        for item in items:
            at = text.index(item["name"], at)
            found.append((item["name"], org_kind(item["name"], True) or "company", (at, at + len(item["name"]))))
    return found


def counted_list(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a signing sentence lists right before it counts them ('㈜A, B 2개사와'): exactly as
    many names as the count, so the count is of these firms, not a trade ('컨택센터 3개사와'), or each
    after a bullet with what it brings in brackets (``bulleted_list``)."""
    found = bulleted_list(text, start, verb, quotes)
    for match in COUNTED_LIST_RE.finditer(text, start, verb):
        if in_any(match.start(), quotes):
            continue
        run, at = match.group("run"), match.start("run")
        bullet = BULLET_RE.search(run)
        if bullet and bullet.start():  # '시는 ▷A ▷B ▷C 등 3개 사와': the list starts at its first bullet
            run, at = run[bullet.start() :], at + bullet.start()
        items = [HEAD_IN_ITEM_RE.sub("", item) for item in LIST_SPLIT_RE.split(run) if item]
        if items and items[-1].endswith("의") and len(items[-1]) > 2:
            items[-1] = items[-1][:-1]  # 'A, B, C의 3개 기업과': the list closed by 의
        if len(items) != int(match.group("n")):
            continue
        for item in items:
            at = text.index(item, at)
            found.append((item, org_kind(item, True) or "company", (at, at + len(item))))
            at += len(item)
    return found


# a count of firms that sign, in the signing sentence: '나래백화점 등 3개 사와 … 양해각서를 체결했다'
SIGNING_COUNT_RE = re.compile(r"(?P<n>\d{1,2})\s?개\s?(?:사|기업|업체|회사)(?:와|과)\s")
SIGNED_AGAIN_RE = re.compile(r"(?:협약|양해각서|MOU)[을를]?\s?(?:체결|맺)")


def later_counted_list(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a later sentence of the signing lists with the same count the signing sentence gave
    ('… 등 3개 사와 … 체결했다' then '이날 … 시는 ▷A ▷B ▷C 등 3개 사와 함께 투자협약을 체결하기도 했다'),
    or the later sentences that share the count out ('8개 기업과' then 'A시는 △… 등 4개 기업과 협약을
    체결하고', 'B시는 △… 등 4개 기업과 협약을 체결하고')."""
    counts = {int(m["n"]) for m in SIGNING_COUNT_RE.finditer(text, start, verb)}
    if not counts:
        return []
    shared, left = [], max(counts)
    for s, e in sentences(text):
        if s <= start or not SIGNED_AGAIN_RE.search(text, s, e):
            continue
        listed = counted_list(text, s, e, quotes)
        match = COUNTED_LIST_RE.search(text, s, e) or BULLETED_COUNT_RE.search(text, s, e)
        if listed and match and int(match["n"]) in counts:
            return listed
        if listed and match and int(match["n"]) <= left:
            shared, left = shared + listed, left - int(match["n"])
    return shared


# the partners a later sentence of the same day signs with, each before 와/과: '시는 이날 A와 … 투자, B과 … 투자
# 협약을 했다'
LATER_SIGNING_RE = re.compile(r"(?:협약|양해각서|MOU)[을를]?\s?(?:체결|맺|했|하였)")
PARTNER_RE = re.compile(r"(?:^|(?<=[\s,]))(?P<name>㈜?[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}(?:㈜|\(주\))?)(?:와|과)\s")


# the next sentence tells the same day's signing: '시는 이날 …', '이날 군은 …', or the body's own '시는 …'
SAME_DAY_OPENING_RE = re.compile(r"\s*(?:[^.\n]{0,10}이날|시는|군은|도는)")


def later_partners(text: str, start: int, verb: int, found: dict) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a signing sentence only counts ('2개 기업과 … 양해각서를 체결했다'), named as the partners of
    the next sentence that signs on the day ('시는 이날 A와 … 400억원 투자, B과 … 1200억원 투자 협약을 했다'):
    exactly as many, none of them a body already found."""
    count = next((int(m["n"]) for m in SIGNING_COUNT_RE.finditer(text, start, verb)), None)
    spans = sentences(text)
    later = next((s for s in spans if s[0] > start), None)
    if not count or not later or not LATER_SIGNING_RE.search(text, *later):
        return []
    if not SAME_DAY_OPENING_RE.match(text, later[0]):
        return []
    partners = [m for m in PARTNER_RE.finditer(text, *later) if m["name"] not in found]
    if len(partners) != count or any(org_kind(m["name"], True) == "government" for m in partners):
        return []
    return [(m["name"], org_kind(m["name"], True) or "company", m.span("name")) for m in partners]


# a firm marked as one, after a bullet or not, then its head: '△㈜A NAME 대표', '△B㈜ 대표이사 NAME', '… ㈜C NAME
# 이사가 서명했다'
MARKED_ITEM_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9&㈜)])(?P<name>(?:㈜|\(주\))[가-힣A-Za-z0-9&]{2,20}|[가-힣A-Za-z0-9&]{2,20}(?:㈜|\(주\)))"
    r"\s(?:[가-힣]{2,4}\s(?:대표|대표이사|이사)|(?:대표|대표이사)\s[가-힣]{2,4})가?(?![가-힣])"
)


def _firms_counted(text: str, start: int, verb: int) -> int | None:
    """How many firms a signing sentence counts, or the sentence before it when it points back to them ('… 5개
    기업과 손을 잡았다. 군은 … 이들 기업과 협약을 맺었다')."""
    count = next((int(m["n"]) for m in SIGNING_COUNT_RE.finditer(text, start, verb)), None)
    if count or not THESE_FIRMS_RE.search(text, start, verb):
        return count
    before = [(s, e) for s, e in sentences(text) if e <= start][-1:]
    return next((int(m["n"]) for b in before for m in SIGNING_COUNT_RE.finditer(text, *b)), None)


def bulleted_after(text: str, start: int, verb: int) -> list[tuple[str, str, tuple[int, int]]]:
    """The firms a signing sentence only counts ('8개 사와 … 협약을 체결했다'), listed later each with its head
    ('… 다음 대표들이 서명했다. △㈜A NAME 대표 △㈜B NAME 대표 …', '기업 쪽에서는 ㈜A NAME 대표, … ㈜E NAME
    이사가 서명했다'): exactly as many, each marked as a firm."""
    count = _firms_counted(text, start, verb)
    if not count:
        return []
    for s, e in sentences(text):
        items = list(MARKED_ITEM_RE.finditer(text, s, e)) if s > start else []
        if len(items) == count:
            return [(m["name"], "company", m.span("name")) for m in items]
    return []
