"""The body a person named with a title works for, where the words around the name say it: a body
no rule knows between a name and a title ('NAME 경기경총 회장'), the body written right before a name
('OO공사 NAME 사장', 'OO대 NAME 총장'), and the branch a head's title names ('OO공사 OO지사장')."""

from __future__ import annotations

import re

from . import gazetteer
from .orgwords import BRANCH_RE, LOCAL_PLACE_RE, NOT_BRANCH_RE, REGIONS
from .person_words import HANGUL_NAME_RE, SURNAMES, TITLE_RE
from .words import Mention, Word


def unknown_body(words: list[Word], i: int, text: str) -> bool:
    """Whether words[i], between a person's name and a title ('NAME 경기경총 회장'), is a body's name
    no rule knows: a proper noun, not a place, not a name of its own, not a title."""
    word = words[i]
    if i + 1 >= len(words) or not (word.bare and word.proper) or text[word.end : words[i + 1].start] != " ":
        return False
    if not TITLE_RE.fullmatch(words[i + 1].stem) or TITLE_RE.search(word.stem) or len(word.stem) < 2:
        return False
    if len(word.stem) <= 3 and word.stem[0] in SURNAMES and HANGUL_NAME_RE.fullmatch(word.stem):
        return False  # 'NAME NAME 대표': two people, or a name Kiwi split
    return not (gazetteer.is_place(word.stem) or word.stem in REGIONS or LOCAL_PLACE_RE.fullmatch(word.stem))


UNIVERSITY_SHORT_RE = re.compile(r"[가-힣]{1,8}대")
UNIVERSITY_TITLES = {"총장", "부총장", "학장", "교수", "처장", "단장"}
GENERIC_BODIES = set("재단 공사 공단 협회 병원 대학 대학교 은행 조합 기업 회사 센터 연구원".split())


def org_before(words: list[Word], i: int, text: str, orgs: list[Mention], resolve, known) -> str | None:
    """The body named right before a name: 'OO공사 NAME 사장', 'OO단의 NAME 교수', a short form
    ('OO조선 NAME 사장' for 'OO조선㈜'), or '재단 측에서 NAME 대표이사' (the one 재단 of the article)."""
    if i == 0:
        return None
    gap = text[words[i - 1].end : words[i].start]
    before = [m for m in orgs if m.last == i - 1 and text[m.end : words[i].start] in (" ", "의 ")]
    if before:
        return resolve(before[-1].name)
    previous = words[i - 1]
    if gap == " " and previous.bare and resolve(previous.stem) != previous.stem:
        return resolve(previous.stem)
    if gap == " " and previous.bare and previous.stem in known and not TITLE_RE.search(previous.stem):
        return previous.stem  # 'OO NAME 대표이사' of the party OO, a name Kiwi does not know
    if gap == " " and previous.bare and UNIVERSITY_SHORT_RE.fullmatch(previous.stem) and i + 1 < len(words):
        if words[i + 1].stem in UNIVERSITY_TITLES:
            return resolve(previous.stem)  # 'OO대 NAME 총장': a university by its short name
    if gap == " " and previous.stem == "측" and i > 1 and words[i - 2].stem in GENERIC_BODIES:
        bodies = {resolve(n) for n in known if n.endswith(words[i - 2].stem)}
        return bodies.pop() if len(bodies) == 1 else None
    return None


def branch_of(words: list[Word], i: int) -> str | None:
    """The branch a head's title names: 'OO지사장' → 'OO지사', 'OO공장장' → 'OO공장'."""
    if i >= len(words) or not words[i].stem.endswith("장"):
        return None
    branch = words[i].stem[:-1]
    if len(branch) >= 3 and BRANCH_RE.search(branch) and not NOT_BRANCH_RE.search(branch):
        return branch
    return None


def branch_org(org: Mention, branch: str | None, resolve, parties=frozenset()) -> str:
    """The body a person heads: the branch of the named organisation when the title heads a branch
    ('OO공사 OO지사장' works at 'OO공사 OO지사'), else the organisation; a city's 본부 is one of its
    departments ('OO시 경제산업본부장' works for the city) unless the text names it as a body, and so
    is the branch of a body that signs when the branch itself does not."""
    if not branch:
        return resolve(org.name)
    whole = resolve(f"{org.name} {branch}")
    if whole != f"{org.name} {branch}":
        return whole
    if org.kind == "government" or resolve(org.name) in parties and whole not in parties:
        return resolve(org.name)  # 'KT&G 인천본부장' of KT&G, which signs: a part of the party
    body = resolve(org.name)  # the branch itself when the article calls it by its body's name
    return body if body.endswith(f" {branch}") else f"{body} {branch}"


MARKS_RE = re.compile(r"㈜|\(주\)|주식회사\s?")


def party_words(text: str, parties) -> dict[str, str]:
    """The words that name a party: its name, and a short form written in brackets right after it
    ('OO에너지네트워크(하이넷)'); a word is looked up in it by ``party_word``."""
    words = {}
    for party in sorted(parties):
        bare = MARKS_RE.sub("", party).strip()
        if len(bare) < 2:
            continue
        words.setdefault(bare, party)
        for at in re.finditer(re.escape(party) + r"\((?P<short>[가-힣A-Za-z0-9&]{2,10})\)", text):
            words.setdefault(at.group("short"), party)
    return words


def party_word(stem: str, words: dict[str, str], whole: bool = False) -> str | None:
    """The party a word names: the party itself, its bracketed short form, or (unless ``whole``) the
    start of the one party it begins ('육군' of '육군본부'); a person's name is none of them."""
    if stem in words:
        return words[stem]
    if whole or len(stem) < 2:
        return None
    longer = {party for bare, party in words.items() if bare.startswith(stem)}
    return longer.pop() if len(longer) == 1 else None
