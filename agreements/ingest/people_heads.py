"""Heads named in forms of their own: a foreign head named in Hangul with the Latin name glossed
('NAME NAME(Latin Name) 총회장'), and a head whose name is glued to the title ('시청에서 NAME시장과')."""

from __future__ import annotations

import re

from . import gazetteer
from . import people as _people  # people imports this module first; its names are read at call time
from .orgwords import titled_body
from .person_names import glued_name
from .person_words import TITLE_RE
from .words import Mention

# a foreign head written in hangul, the Latin (or Hanja) name in brackets, then the title (the body may stand
# between):
# '… 연합회 루시아 박(Lucia Park) 총회장이', '존 스미스(John Smith) 알파테크 대표가'
GLOSSED_HEAD_RE = re.compile(
    r"(?<![가-힣])(?P<name>[가-힣]{1,5}(?:\s[가-힣]{1,5}){1,2})"
    r"\((?:[A-Z][^\s()]*(?:\s[A-Z][^\s()]*){1,3}|[\u4e00-\u9fff]{2,8})\)"  # or in Hanja: 'NAME NAME(漢字)'
    r"\s(?:(?P<org>[^\s()]{2,20})\s)?(?P<title>[가-힣]{1,10}?)(?=(?:은|는|이|가|과|와)?[\s,])"
)


def glossed_heads(text: str, orgs: list[Mention], resolve, seen: set[str]) -> list[_people.Person]:
    """A foreign head named in hangul with the Latin (or Hanja) name glossed, then a title: the body between
    the name and the title, or the one written right before the name, or the one a title fused with its
    place names ('NAME NAME(Latin Name) 나래군수가'); after a Korean head joined by '와/과', the words after it."""
    found = []
    for match in GLOSSED_HEAD_RE.finditer(text):
        name, title, org = match["name"], match["title"], match["org"]
        parts = name.split()
        joined = [k for k, part in enumerate(parts[:-1]) if part.endswith(("와", "과"))]
        if joined:  # 'NAME 가람군수와 NAME NAME(Latin Name) 나래군수가': the foreign head is the words after '와'
            name = " ".join(parts[joined[-1] + 1 :])
        fused = re.fullmatch(r"(?P<title>[가-힣]{2,10})(?:은|는|이|가)", org or "")
        if not TITLE_RE.search(title) and fused and TITLE_RE.search(fused["title"]):
            title, org = fused["title"], titled_body(fused["title"])  # '… 나래군수가 참석한': the title and its place
        if name in seen or not TITLE_RE.search(title) or org and TITLE_RE.fullmatch(org):
            continue
        if org is None:
            before = [m for m in orgs if text[m.end : match.start()] == " "]
            org = before[-1].name if before else None
        seen.add(name)
        found.append(_people.Person(name, title, resolve(org) if org else None, match.start(), match.end()))
    return found


# a head's name written against the title, as older pages do: 'NAME시장과', 'NAME군수는'
GLUED_HEAD_RE = re.compile(r"(?<![가-힣])(?P<name>[가-힣]{3})(?P<title>시장|군수|구청장)(?=과\s|와\s|은\s|는\s|이\s|가\s|,)")
GLUED_SUFFIX = {"시장": "시", "군수": "군", "구청장": "구"}


def glued_heads(text: str, parties, seen: set[str]) -> list[_people.Person]:
    """A mayor, a county head or a district head whose name is glued to the title ('시청에서 NAME시장과'): the
    one city, county or district among the parties is theirs."""
    found = []
    for match in GLUED_HEAD_RE.finditer(text):
        name, title = match["name"], match["title"]
        suffix = GLUED_SUFFIX[title]
        if name in seen or not glued_name(name, suffix, text, match.start()):
            continue
        own = [p for p in parties if p.endswith(suffix) and gazetteer.kind_of(p) == "government"]
        seen.add(name)
        org = own[0] if len(own) == 1 else None
        found.append(_people.Person(name, title, org, match.start(), match.end()))
    return found
