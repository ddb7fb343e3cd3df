"""Bodies listed with their heads' names in brackets and one title after the list: '이날 협약에는
가람시장(김철수), 다온상점가(박영희)의 상인회장과 새솔마트 가람점(이민수), 누리점(최지훈) 점장 등 총
8명이 함께했다'. Each body is named by what comes before its bracket; a branch written alone ('누리점')
belongs to the firm of the branch before it ('새솔마트 누리점'); each name holds the title written after
its group, at its body."""

from __future__ import annotations

import re
from typing import NamedTuple

# a body of one word, or of two when the second is a branch or a market's part ('새솔마트 가람점')
BODY = r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9&]{0,9}(?:\s[가-힣A-Za-z0-9]{0,6}(?:점|상점가|시장|지점|센터|지사|본부|조합|협회))?"
ITEM = rf"(?<![가-힣A-Za-z0-9]){BODY}\([가-힣]{{2,4}}\)"
# a group: items joined by commas, then the title they share ('…의 상인회장', '… 점장')
GROUP_RE = re.compile(
    rf"(?P<items>(?:{ITEM}\s?,\s?)*{ITEM})(?:의)?\s(?P<title>[가-힣]{{1,8}})"
    r"(?=과\s|와\s|\s등|,|이\s|가\s|은\s|는\s|들)"
)
ITEM_RE = re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<body>{BODY})\((?P<name>[가-힣]{{2,4}})\)")
PARTICLE_END_RE = re.compile(r"(?:에는|에서|과|와|은|는|이|가|을|를|의|에)$")
TITLE_END_RE = re.compile(r"(?:장|대표|대표이사|이사장|점장|지점장|원장)$")
BRANCH_ALONE_RE = re.compile(r"^[가-힣0-9]{1,5}점$")


class Headed(NamedTuple):
    body: str
    name: str
    title: str
    span: tuple[int, int]  # the body's words


def headed_lists(text: str, start: int = 0, end: int | None = None) -> list[Headed]:
    """Each (body, head's name, shared title) of the lists between ``start`` and ``end``; a list
    needs two bodies at least, so a lone 'OO(NAME)' is left to the other rules."""
    found: list[Headed] = []
    end = len(text) if end is None else end
    for group in GROUP_RE.finditer(text, start, end):
        title = group["title"]
        if not TITLE_END_RE.search(title):
            continue
        items = list(ITEM_RE.finditer(text, group.start("items"), group.end("items")))
        if len(items) < 2 and not (found and found[-1].span[1] <= group.start()):
            continue
        firm = None
        for item in items:
            body, at = item["body"], item.start("body")
            first, _, rest = body.partition(" ")
            if rest and PARTICLE_END_RE.search(first):
                body, at = rest, at + len(first) + 1  # '협약에는 OO시장(NAME)': the words before are no name
            if BRANCH_ALONE_RE.fullmatch(body) and firm:
                body = f"{firm} {body}"  # '…, 월평점(NAME)': the branch of the firm named before
            else:
                firm = _firm_of_branch(body)
            found.append(Headed(body, item["name"], title, (at, item.end("body"))))
    return found


def _firm_of_branch(body: str) -> str | None:
    """The firm a branch's name starts with: '새솔마트 가람점' → 새솔마트, '다온마트가람점' → 다온마트 (a
    branch written solid is taken as two syllables and 점)."""
    if not body.endswith("점"):
        return None
    if " " in body:
        return body.rsplit(" ", 1)[0]
    return body[:-3] if len(body) >= 5 else None
