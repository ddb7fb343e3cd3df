"""One name read as two bodies because a space runs through it: a company's name after its legal mark
('㈜가온 소재', '㈜GH NEXTEC') and a body's legal form after its name ('가람청년농부 영농조합법인', 'OO상공회의소
총연합회'). Two signers that stand side by side, one space between them, become the one they name. And names
a list writes bare before the last one's ending ('다온·한빛·누리은행'), each a body of that kind."""

from __future__ import annotations

import re

from .entities import org_kind
from .party import Party

MARK_RE = re.compile(r"^(?:㈜|\(주\)|주식회사\s?)")
MARK_ANYWHERE_RE = re.compile(r"㈜|\(주\)|주식회사")
# the legal form or the rank of a body, written after its name
# (or the organ that runs an event: '(재)2030가람박람회 조직위원회')
FORM_RE = re.compile(r"^(?:영농조합법인|농업회사\s?법인|협동조합|사회적협동조합|총연합회|연합회|지회|지부|조직위원회)$")


def _joined(first: Party, second: Party, text: str) -> bool:
    if text[first.span[1] : second.span[0]] != " " or first.role != second.role:
        return False
    if FORM_RE.match(second.name):
        return True  # 'A 영농조합법인': the body and its legal form
    # '㈜A B': a marked name runs on to the next word, itself unmarked and no government
    return bool(MARK_RE.match(first.name)) and not MARK_ANYWHERE_RE.search(second.name) and second.kind != "government"


# the word a bare legal form follows, its name: '햇살머루 영농조합법인(대표 NAME)' (a list's comma or a
# bracket before it)
NAME_BEFORE_FORM_RE = re.compile(r"(?:^|(?<=[\s,·(]))(?P<name>[가-힣A-Za-z0-9]{2,12})\s$")


def join_split_names(parties: list[Party], text: str) -> list[Party]:
    """The parties, each pair side by side that is one name (see the module) joined into one, and a bare
    legal form with the word before it that names it."""
    placed = sorted(parties, key=lambda p: p.span[0])
    out: list[Party] = []
    for party in placed:
        last = out[-1] if out else None
        if last and _joined(last, party, text):
            name = text[last.span[0] : party.span[1]]
            out[-1] = Party(name, last.kind, last.role, (last.span[0], party.span[1]), last.aliases)
            continue
        named = NAME_BEFORE_FORM_RE.search(text, max(0, party.span[0] - 14), party.span[0])
        if named and FORM_RE.match(party.name) and not (last and last.span[1] >= named.start()):
            start = named.start("name")
            party = Party(text[start : party.span[1]], party.kind, party.role, (start, party.span[1]), party.aliases)
        out.append(party)
    return out


# names written with the ending only on the last: '다온·한빛·누리은행', '한들·솔뫼·나래·별빛농협', '새빛·동녘의료원'
# (each a body of that kind)
SHARED_ENDING_RE = re.compile(
    r"(?<![가-힣A-Za-z0-9·])(?P<items>(?:[가-힣A-Za-z0-9]{2,8}·){1,8})(?P<last>[가-힣A-Za-z0-9]{2,8}?)"
    r"(?P<ending>은행|농협|축협|신협|수협|산림조합|새마을금고|대학교|상인회|노인회|의료원)"
)
ITEM_RE = re.compile(r"[가-힣A-Za-z0-9]{2,8}(?=·)")


def with_shared_endings(parties: list[Party], text: str) -> list[Party]:
    """The parties with each name a list writes bare before the last one's ending given that ending
    ('다온·한빛·누리은행과': 다온은행, 한빛은행 and 누리은행), where the last one signs; an item found
    bare is renamed, one not found is added beside it."""
    out = list(parties)
    for match in SHARED_ENDING_RE.finditer(text):
        last = next((p for p in out if p.span[1] == match.end() and p.span[0] >= match.start("last")), None)
        if last is None:
            continue
        items = list(ITEM_RE.finditer(text, match.start("items"), match.end("items")))
        if any(org_kind(item.group(), False) for item in items):
            continue  # '늘푸른신협·한마음신협·새솔신협': each written whole
        for item in items:
            name = item.group() + match["ending"]
            inside = [p for p in out if item.start() <= p.span[0] and p.span[1] <= item.end()]
            out = [p for p in out if p not in inside]
            out.append(Party(name, last.kind, last.role, item.span(), []))
    return sorted(out, key=lambda p: p.span[0])
