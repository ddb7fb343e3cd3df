"""The bodies of the heads a sentence lists as signing: '… NAME 가람군수, NAME 나래교육지원청 교육장 등이
서명했다', '… 참석한 가운데 NAME 가람시장과 NAME OO재단 이사장이 서명했다', '체결식에서는 NAME 군수와 NAME
OO농협 조합장, NAME ㈜A 대표가 협약서에 서명하고'. Split from ``participation``, which gathers them with the
other lists of participants; and the bodies of heads counted in the signing sentence and named after it
('7명의 시장·군수가 … 맺었다', then 'NAME 가람시장, NAME 나래군수, …')."""

from __future__ import annotations

import re

from .entities import org_kind
from .list_items import items_of
from .orgwords import titled_body
from .signers import TITLE_KINDS

COMMA_RE = re.compile(r"\s?,\s?")

# heads who sign, each with the body written apart from the title: '… NAME 전라남도 교육감, NAME 가람교육지원청
# 교육장 등이 협약서에 서명했다'
SIGNED_BY_HEADS_RE = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?:[^.\n]{0,30}?(?:따르면|이날)\s)?(?P<list>[^.\n]{5,300}?)\s등(?:이|은)\s(?:협약서에\s)?"
    r"(?:서명|날인)(?:했|하였)"
)
HEAD_ITEM_RE = re.compile(
    r"(?:[가-힣]{2,4}\s)(?P<body>[가-힣A-Za-z0-9·㈜]{2,20}(?:\s[가-힣A-Za-z0-9·]{2,12})?)\s"
    r"(?P<title>교육감|교육장|총장|이사장|사장|원장|대표이사|대표|회장|청장|본부장|지사장|조합장|센터장|관장|병원장)"
)

# the heads who sign after the ceremony's attendance, each 'NAME body title' or 'NAME body-title' fused:
# '… 참석한 가운데 NAME 가람시장과 NAME 가람교육감, NAME OO재단 이사장, NAME OO협회장이 대표로 서명했다', or
# on the day, at the ceremony: '체결식에서는 NAME 군수와 NAME OO농협 조합장, NAME ㈜A 대표가 협약서에 서명하고'
HEADS_SIGNING_RE = re.compile(
    # (or side by side, having come: '이날 협약식에는 NAME 가람구청장과 NAME 나래군수가 나란히 참석해 협약서에 서명했다')
    r"(?:가운데|(?:이날\s)?(?:협약|체결)식에(?:서)?는|(?:협약|체결)식에서|이날)\s(?P<list>[^.\n]{5,300}?)(?:\s등)?(?:이|가)\s"
    r"(?:(?:대표로|나란히|함께|참석해|참석하여)\s){0,3}(?:협약서에\s)?"
    r"(?:서명|날인)(?:했|하였|하고|한\s?(?:뒤|후|다음))"
)
# a bare head's title: the article's own province, city or county, which is its subject and named there
BARE_HEAD_TITLES = frozenset(("지사", "도지사", "시장", "군수", "구청장"))
HEAD_SPLIT_RE = re.compile(r"\s?,\s?|(?<=[가-힣])(?:과|와)\s")
HEAD_NAME_RE = re.compile(r"(?P<name>[가-힣]{2,4})\s(?P<rest>[가-힣A-Za-z0-9·㈜\s]{2,40})")
# an association's head fused with its name: 'OO협회장', 'OO협의회장', 'OO연합회장'
FUSED_CHAIR_RE = re.compile(r"(?P<body>[가-힣A-Za-z0-9]{2,30}(?:협회|협의회|연합회|중앙회))장")
# a branch's head fused with the branch: 'OO진흥원 경남센터장', 'OO공사 가람지사장' (the branch signs)
BRANCH_CHAIR_RE = re.compile(
    r"(?P<body>(?P<parent>[가-힣A-Za-z0-9㈜]{2,20})\s[가-힣]{2,10}(?:센터|지사|지역본부|본부|지점|지부|지회|사업소))장"
)




def _signing_heads(text: str, match) -> list[tuple[str, str, tuple[int, int]]]:
    """The body of each head in a list of heads who sign, when every item reads as one: the body written
    before the title ('NAME OO재단 이사장'), or named by the title itself ('가람시장' → 가람시, '가람교육감'
    → 가람교육청, 'OO협회장' → OO협회)."""
    found = []
    at = match.start("list")
    for piece in HEAD_SPLIT_RE.split(match["list"]):
        start = text.index(piece, at)
        at = start + len(piece)
        head = HEAD_NAME_RE.fullmatch(piece.strip())
        if not head:
            return []
        rest = head["rest"].strip()
        if rest in BARE_HEAD_TITLES and start == match.start("list"):
            continue  # '이날 NAME 군수와 NAME ㈜A 대표가 …': the county that is the article's subject
        offset = start + piece.index(rest)
        titled = HEAD_ITEM_RE.fullmatch(piece.strip())
        fused = FUSED_CHAIR_RE.fullmatch(rest)
        branch = None if titled or fused else BRANCH_CHAIR_RE.fullmatch(rest)
        body = titled["body"] if titled else (fused or branch)["body"] if fused or branch else titled_body(rest)
        kind = org_kind(body, True) if body else None
        if branch and not kind:
            kind = org_kind(branch["parent"], True)  # 'OO진흥원 경남센터': the branch of an institution
        if titled and not kind:  # 'NAME OO연구회 이사장': the title says a body heads it, whatever its ending
            kind = TITLE_KINDS.get(titled["title"]) or "public_institution"
        if not kind:
            return []  # one item that is no head of a body: not a list of signing heads
        found.append((body, kind, (offset, offset + len(body))))
    return found if len(found) >= 2 else []


def heads_signed_by(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the body of each head in a list closed by '등이 서명했다' ('NAME 가람군수, NAME
    나래교육지원청 교육장 등이 서명했다'), the body written apart from the title."""
    found = []
    for match in SIGNED_BY_HEADS_RE.finditer(text):
        for item, at in items_of(text, match, COMMA_RE):
            head = HEAD_ITEM_RE.fullmatch(item.strip())
            # the title names the body where it says more than the words before it: 'NAME 전라남도 교육감'
            # signs for 전라남도교육청
            body = (titled_body(head["body"] + head["title"]) or head["body"]) if head else ""
            if head and org_kind(body, True):
                found.append((body, org_kind(body, True), (at + head.start("body"), at + head.end("body"))))
    return found


def heads_signing(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the body of each head who signs after the ceremony's attendance or on the
    day ('… 가운데 NAME 가람시장과 NAME OO재단 이사장, …이 서명했다')."""
    found = []
    for match in HEADS_SIGNING_RE.finditer(text):
        found += _signing_heads(text, match)
    return found


# heads counted in the signing sentence: '지사와 7명의 시장·군수가 협약을 맺었다', '시장·군수 3명과'
HEADS_COUNTED_RE = re.compile(
    r"(?P<n>\d{1,2})\s?명의\s(?:시장·군수|시장·군수·구청장|시장|군수|구청장|단체장|자치단체장)"
    r"|(?:시장·군수|시장·군수·구청장|단체장|자치단체장)\s(?P<n2>\d{1,2})\s?명"
)
# a head named with the body fused to the title: 'NAME 가람시장', 'NAME 나래군수', 'NAME 다온구청장'
HEAD_WITH_BODY_RE = re.compile(r"(?<![가-힣])[가-힣]{2,4}\s(?P<head>[가-힣]{1,5}(?:시장|군수|구청장))(?=다|[^가-힣]|$)")
HEADS_WINDOW = 400  # characters after the signing sentence where its counted heads are named


def counted_heads(text: str, start: int, verb: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of the bodies whose heads the signing sentence counts ('7명의 시장·군수가
    … 협약을 맺었다') when the next sentences name exactly that many heads, each with the body fused to
    the title ('NAME 가람시장, NAME 나래군수'): a head signs for the body it heads."""
    count = HEADS_COUNTED_RE.search(text, start, verb)
    if not count:
        return []
    n = int(count["n"] or count["n2"])
    found, seen = [], set()
    for match in HEAD_WITH_BODY_RE.finditer(text, verb, verb + HEADS_WINDOW):
        name = titled_body(match["head"])  # 'NAME 가람시장' heads 가람시
        if name and name not in seen and org_kind(name, True) == "government":
            seen.add(name)
            found.append((name, "government", (match.start("head"), match.start("head") + len(name))))
    return found if len(found) == n else []
