"""Paragraphs that go back to an earlier agreement of the same sentence or paragraph. When one sentence
tells two signings ('시는 ㈜A와 투자협약을 체결한 데 이어, 같은 날 오후 B대학, C협회와 업무협약을 맺었다'), or
one paragraph tells them in two sentences, the paragraphs after it often tell each in turn ('투자협약에 따라
A는 …', then '오후에 열린 업무협약에서 세 기관은 …'), so the text after the sentence is not all the last one's.
Each paragraph there goes to the agreement it names (a signer only it has, or its pact's word when the pacts'
words differ); a paragraph that names none goes with the one before it."""

from __future__ import annotations

import re

from .names import strip_marks
from .signing import sentences
from .spans import span_at

# the pact word a title ends on: '투자협약', '업무협약', '상생협약', 'MOU'
PACT_WORD_RE = re.compile(r"(?:[가-힣]{1,4}\s?)?(?:협약|협정|약정|양해각서|MOU)$")
ITEMS = ("budgets", "targets", "commitments", "people")


def sort_paragraphs(agreements: list[dict], text: str, starts: list[int], bounds: list[int]) -> None:
    """Move the items of paragraphs that name an earlier agreement of the same sentence to it.
    ``starts[k]`` is where agreement ``k``'s signing is told (its sentence, or its clause of one);
    ``bounds[k]`` to ``bounds[k + 1]`` is its stretch of the article."""
    spans = sentences(text)
    for k in range(1, len(agreements)):
        sentence = span_at(spans, starts[k])
        group = [i for i in range(k) if sentence and _together(text, starts[i], sentence)] + [k]
        if len(group) < 2:
            continue
        signals = _signals([agreements[i] for i in group], sentence[1], text[starts[k] : sentence[1]])
        owner, moves = len(group) - 1, []
        for paragraph in _paragraphs(text, sentence[1], bounds[k + 1]):
            said = text[paragraph[0] : paragraph[1]]
            hits = [n for n, words in enumerate(signals) if any(w in said for w in words)]
            owner = hits[0] if len(hits) == 1 else owner
            if group[owner] != k:
                moves.append((paragraph, agreements[group[owner]]))
        for paragraph, target in moves:  # the signers first: who stays decides whose head stays
            _drop_signers(agreements[k], target, paragraph)
        for paragraph, target in moves:
            _move(agreements[k], target, paragraph)


def _together(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """Whether an earlier agreement told at ``start`` is told in the later one's sentence, or in the same
    paragraph ('… 3개사와 투자협약을 맺었다. B와는 같은 자리에서 … 업무협약을 따로 체결했다')."""
    return "\n" not in text[start : sentence[0]]


def _signals(group: list[dict], sentence_end: int, clause: str) -> list[set[str]]:
    """Per agreement, the words that name it alone: its signers' names (for the last, only those read up
    to the end of the sentence, or named in its own ``clause`` of it), a signer another agreement has under
    any of its names left out, and its pact word where the pacts' words differ."""
    last = len(group) - 1
    signers = [
        [
            _party_names(p) - {""}
            for p in agreement["parties"]
            if n < last or p["span"][0] < sentence_end or p["name"] in clause
        ]
        for n, agreement in enumerate(group)
    ]
    names = [set().union(*each) for each in signers]
    signals = []
    for n, each in enumerate(signers):
        theirs = set().union(*(other for m, other in enumerate(names) if m != n))
        signals.append({name for one in each if not one & theirs for name in one if len(name) >= 2})
    words = [PACT_WORD_RE.search((a["title"] or "").strip()) for a in group]
    pacts = [re.sub(r"\s", "", w.group()) if w else None for w in words]
    if len(set(pacts)) == len(pacts) and None not in pacts:
        for n, pact in enumerate(pacts):
            signals[n].add(pact)
    return signals


def _paragraphs(text: str, start: int, end: int):
    """The (start, end) of each line between ``start`` and ``end``."""
    at = start
    while at < end:
        stop = text.find("\n", at, end)
        stop = end if stop < 0 else stop
        if text[at:stop].strip():
            yield at, stop
        at = stop + 1


def _inside(item: dict, paragraph: tuple[int, int]) -> bool:
    span = item.get("span")
    return bool(span) and paragraph[0] <= span[0] < paragraph[1]


def _drop_signers(source: dict, target: dict, paragraph: tuple[int, int]) -> None:
    """A signer ``source`` read in ``paragraph`` that ``target`` already has is the target's alone (and out of
    the source's title where the title joins its signers' names: 'B·㈜A 업무협약' → 'B 업무협약')."""
    theirs = _names(target)
    dropped = [p for p in source["parties"] if _inside(p, paragraph) and strip_marks(p["name"]) in theirs]
    source["parties"] = [p for p in source["parties"] if p not in dropped]
    for p in dropped:
        source["title"] = (source["title"] or "").replace(f"·{p['name']}", "").replace(f"{p['name']}·", "")


def _move(source: dict, target: dict, paragraph: tuple[int, int]) -> None:
    """Give ``target`` the items ``source`` read in ``paragraph``; a person who heads one of the source's
    signers stays there too."""
    own = _names(source)
    for field in ITEMS:
        moved = [item for item in source[field] if _inside(item, paragraph)]
        source[field] = [
            item
            for item in source[field]
            if not _inside(item, paragraph) or field == "people" and strip_marks(item["org"] or "") in own
        ]
        known = {_key(field, item) for item in target[field]}
        added = [item for item in moved if _key(field, item) not in known]
        target[field] = sorted(target[field] + added, key=lambda item: (item.get("span") or [0])[0])


def _names(agreement: dict) -> set[str]:
    return set().union(*(_party_names(p) for p in agreement["parties"]))


def _party_names(party: dict) -> set[str]:
    return {strip_marks(a) for a in [party["name"], *party["aliases"]]}


def _key(field: str, item: dict):
    return item["name"] if field == "people" else tuple(item.get("span") or ())
