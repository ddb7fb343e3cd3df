"""One sentence that signs several agreements, told with '각각' (or '차례로') before its verb: each object its
own agreement ('A와 … 투자협약을, B와 … 협약을 각각 체결했다'), each partner of a list ('A가 B, C와 각각 …'),
each day ('16일 A와, 17일 B와 각각'), each pair of subjects ('A시는 X시와, B군은 Y현과 각각', '17일에는 … A와 B가,
18일에는 … C와 D가 각각'). Split from ``several``, which reads the agreements told one sentence after another."""

from __future__ import annotations

import re

# one sentence that signs several agreements, each its own object, '각각' before the verb: 'A 등 2개 기업과
# N억원 규모의 투자협약을, B와 N㎡ 규모의 … 협약을 각각 체결했다', 'A시는 X시와, B군은 Y현과 각각 … 맺었다'
EACH_RE = re.compile(r"(?:각각|차례로)\s")  # (or in turn: 'A가 B, C와 차례로 … 협약을 맺는다')
EACH_OBJECT_RE = re.compile(r"(?:협약|협정|MOU|양해각서|각서)[\'\"’”」』]?[을를],\s")
EACH_PAIR_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])[와과],\s(?=[^\s,.\n]{2,20}(?:은|는|이|가)\s)")
EACH_DAY_PAIR_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])[와과],\s(?=\d{1,2}일\s)")
# or a pair of subjects on each day: '17일에는 … A와 B가, 18일에는 … C와 D가 각각 … 서명했다'
EACH_DAY_SUBJECTS_RE = re.compile(r"(?<=[가-힣A-Za-z0-9)])[이가],\s(?=\d{1,2}일에는\s)")
EACH_NEAR_VERB = 40
# partners listed with commas (or middle dots) before '각각', each of a word or two: '강원 강릉시, 속초시와
# 각각', '강원 양구군·인제군과 각각'
EACH_PARTNERS_RE = re.compile(
    r"(?<=[^\s,])(?P<rest>(?:(?:,\s|·)[^\s,.\n]{2,20}(?:\s[^\s,.\n]{2,20})?)+)[와과]\s(?:각각|차례로)\s"
)
EACH_SEPARATOR_RE = re.compile(r",\s|·")

EACH_PLACES_RE = re.compile(
    r"(?<=[^\s,])(?P<rest>(?:,\s[^\s,.\n]{2,20})+)[와과]\s(?:[^\s.\n]+\s){0,6}?[^\s.\n]{0,8}?"
    r"(?:협약|협정|MOU|양해각서)[\'\"’”」』]?[을를]\s각각\s"
)
PLACE_RE = re.compile(r"[가-힣]{1,5}(?:시|군|구)")


def _all_places(text: str, partners) -> bool:
    """Whether every partner of the list is a city, a county or a district ('경북 안동시, 영주시와')."""
    first = re.search(r"\S+$", text[: partners.start("rest")])
    names = [first.group() if first else ""] + [n.strip() for n in partners.group("rest").split(",") if n.strip()]
    return all(PLACE_RE.fullmatch(n) for n in names)


def each_told(text: str, main) -> tuple[list[tuple[int, int]], bool]:
    """(stretch start, verb) of each agreement after the first that one signing sentence tells with
    '각각', and whether they share the sentence's subject (one object after another) rather than each
    naming its own ('A시는 X시와, B군은 Y현과')."""
    if main is None:
        return [], False
    start, verb = main
    each = EACH_RE.search(text, max(start, verb - EACH_NEAR_VERB), verb)
    if each is None:
        return [], False
    objects = [(m.end(), verb) for m in EACH_OBJECT_RE.finditer(text, start, each.start())]
    if objects:
        return objects, True
    partners = EACH_PARTNERS_RE.search(text, start, each.end())
    if not (partners and partners.end() == each.end()):
        # cities or counties listed before the pact, '각각' after it: '부산시가 안동시, 영주시와 … 협약을 각각
        # 체결한다' (a city's visits, one pact each; firms so listed sign at one ceremony)
        partners = EACH_PLACES_RE.search(text, start, each.end())
        if partners and (partners.end() != each.end() or not _all_places(text, partners)):
            partners = None
    if partners:  # 'A가 B, C와 각각 … 협약을 맺는다': A with B, A with C
        commas = EACH_SEPARATOR_RE.finditer(partners.group("rest"))
        return [(partners.start("rest") + m.end(), verb) for m in commas], True
    days = [(m.end(), verb) for m in EACH_DAY_PAIR_RE.finditer(text, start, each.start())]
    if days:  # 'A는 16일 B와, 17일 C와 각각 … 맺을 예정이다': one subject, a partner on each day
        return days, True
    own = [(m.end(), verb) for m in EACH_DAY_SUBJECTS_RE.finditer(text, start, each.start())]
    if own:  # '17일에는 A와 B가, 18일에는 C와 D가 각각 …': each day its own pair
        return own, False
    return [(m.end(), verb) for m in EACH_PAIR_RE.finditer(text, start, each.start())], False
