"""The signing sentence as the role rules read it: where it starts, its verb, the attendance clause
inside it ('… 등이 참석한 가운데') and the place it names, and whether a name in it signs."""

from __future__ import annotations

import re

from .attending import ATTEND_RE
from .entities import anaphor_of
from .signing import find_place, signing_sentence
from .spans import in_sorted
from .words import Mention, Word

DATE_WORD_RE = re.compile(r"^(?:\d{1,2}일|지난|오는|올해|어제|오늘|\d{4}년|\d{1,2}월)$")
TOPIC_JOSA = ("는", "은", "이", "가", "와", "과")


def _signing_context(text: str, words: list[Word], mentions: list[Mention], signing=None):
    """(sentence start, verb position, attendance clause or None) of the signing sentence, or None."""
    signing = signing or signing_sentence(text)
    if not signing:
        return None
    start, verb = signing
    attend = ATTEND_RE.search(text, start, verb)
    clause = (_clause_start(text, words, mentions, start, attend.start()), attend.start()) if attend else None
    _, place = find_place(text, words, (start, verb))
    return start, verb, clause, place


def _signs(mention: Mention, text: str, context, quotes) -> bool:
    """Whether the signing sentence uses a name as a signer (subject, '와/과' partner, list item)."""
    if context is None:
        return False
    start, verb, clause, place = context
    if not start <= mention.start < verb or in_sorted(mention.start, quotes):
        return False
    if place and place[0] <= mention.start < place[1] + 2:
        return False
    if clause and clause[0] <= mention.start < clause[1]:
        return False
    return text[mention.end : mention.end + 1] in ("는", "은", "이", "가", "와", "과", ",", "·", ")", "(")


def _clause_start(text: str, words: list[Word], mentions: list[Mention], start: int, attend: int) -> int:
    """Where an attendance clause begins: after the place ('…에서'), the date or the subject."""
    anchor = start
    subject_ends = {m.end for m in mentions}
    for word in words:
        if not start <= word.start < attend:
            continue
        if word.text.endswith("에서") or DATE_WORD_RE.match(word.text):
            anchor = word.end
        elif word.stem_end in subject_ends and word.text[len(word.stem) :].startswith(TOPIC_JOSA[:4]):
            anchor = word.end
        elif anaphor_of(word, text):
            anchor = word.end
    return anchor
