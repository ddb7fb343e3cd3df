"""How bench/score_extraction.py compares an expected value with a produced one: names normalised
(spaces, quotes and legal marks such as ㈜ ignored), titles by bigram similarity, lists matched one to
one, and a tally of true and false positives and misses per field group."""

from __future__ import annotations

import re
from collections import defaultdict

LEGAL_MARKS = re.compile(
    r"㈜|\(주\)|（주）|주식회사|\(유\)|유한회사|\(재\)|재단법인|\(사\)|사단법인|\(합\)|합자회사|\(학\)|학교법인|\(의\)|의료법인"
)


def norm(s: str | None) -> str:
    if s is None:
        return ""
    return re.sub(r"[\s\"'‘’“”·]", "", s)


def norm_org(s: str | None) -> str:
    if not s:
        return ""
    return norm(LEGAL_MARKS.sub("", s))


def bigrams(s: str) -> set[str]:
    s = norm(s)
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


def dice(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


class Tally:
    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.fp: dict[str, int] = defaultdict(int)
        self.fn: dict[str, int] = defaultdict(int)
        self.log: dict[str, list[str]] = defaultdict(list)

    def add(self, doc: str, group: str, tp: int = 0, fp=(), fn=()) -> None:
        self.tp[group] += tp
        self.fp[group] += len(fp)
        self.fn[group] += len(fn)
        for x in fn:
            self.log[doc].append(f"  MISS [{group}] {x}")
        for x in fp:
            self.log[doc].append(f"  FP   [{group}] {x}")

    def scalar(self, doc: str, group: str, where: str, want, got) -> None:
        """A single-valued field: equal -> TP; otherwise the expected value is missed and a
        produced value is a false positive."""
        w = norm(str(want)) if want is not None else None
        g = norm(str(got)) if got not in (None, "") else None
        if w is None and g is None:
            return
        if w is not None and w == g:
            self.add(doc, group, tp=1)
            return
        self.add(
            doc,
            group,
            fn=[f"{where}: want {want!r} got {got!r}"] if w is not None else [],
            fp=[f"{where}: got {got!r} want {want!r}"] if g is not None else [],
        )


def match_lists(want: list, got: list, same) -> tuple[list, list, list]:
    """Greedy one-to-one matching.  Returns (pairs, unmatched_want, unmatched_got)."""
    left = list(range(len(got)))
    pairs, miss = [], []
    for w in want:
        hit = next((i for i in left if same(w, got[i])), None)
        if hit is None:
            miss.append(w)
        else:
            pairs.append((w, got[hit]))
            left.remove(hit)
    return pairs, miss, [got[i] for i in left]


def party_names(p: dict) -> set[str]:
    names = {norm_org(p.get("name"))}
    names |= {norm_org(a) for a in p.get("aliases") or []}
    return {n for n in names if n}


def same_party(w: dict, g: dict) -> bool:
    gn = norm_org(g.get("name"))
    return bool(gn) and (gn in party_names(w) or norm_org(w.get("name")) in party_names(g))


def set_compare(doc, tally, group, where, want_items, got_items, key, show=str):
    wk = [key(x) for x in want_items]
    gk = [key(x) for x in got_items]
    wk = [k for k in wk if k is not None]
    gk = [k for k in gk if k is not None]
    pairs, miss, extra = match_lists(wk, gk, lambda a, b: a == b)
    tally.add(
        doc,
        group,
        tp=len(pairs),
        fn=[f"{where}: {show(k)}" for k in miss],
        fp=[f"{where}: {show(k)}" for k in extra],
    )


# one unit written two ways: the compatibility characters and the plain letters ('㎿' is 'MW', 'm²' is '㎡')
UNIT_FORMS = {
    "㎿": "MW",
    "㎿h": "MWh",
    "㎾": "kW",
    "㎾h": "kWh",
    "㎽": "mW",
    "m²": "㎡",
    "m2": "㎡",
    "제곱미터": "㎡",
    "평방미터": "㎡",
    "㎢": "km²",
    "㎞": "km",
    "㏊": "ha",
    "㎏": "kg",
}


def same_unit(unit: str | None) -> str:
    """A unit in one spelling, so that a label written '㎿' matches an extractor's 'MW'."""
    unit = norm(unit)
    return UNIT_FORMS.get(unit, unit)


def num(v):
    if v is None:
        return None
    f = float(v)
    return int(f) if f == int(f) else round(f, 4)
