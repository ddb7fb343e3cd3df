"""The signing sentence as the role rules read it: where it starts, its verb, the attendance clause
inside it ('… 등이 참석한 가운데') and the place it names, and whether a name in it signs."""

from __future__ import annotations

import re

from .anaphors import anaphor_of
from .attending import ATTEND_RE
from .nonsigners import FOUNDER_RE
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
    _, place = find_place(text, words, (start, verb))
    start = _agreed_before(text, mentions, start, verb, place)
    attend = ATTEND_RE.search(text, start, verb)
    clause = (_clause_start(text, words, mentions, start, attend.start()), attend.start()) if attend else None
    return start, verb, clause, place


# a signing sentence with no signer that points back to the sentence before it, which tells who agreed:
# 'A(시장 NAME), B(청장 NAME) … C는 상호 협력하기로 뜻을 같이 했다. 이를 위해 이날 … 협약을 체결했다'
BACK_REFERENCE_RE = re.compile(r"\s*(?:이를\s?위해|이에\s?따라|이에)[\s,]")
AGREED_RE = re.compile(r"(?:협력하기로|뜻을\s?(?:같이|함께|모)|손을\s?(?:맞)?잡|합의)[^.\n]{0,20}$")


# or whose subject is the bodies told before, by their number: '이들 세 기관은', '양 기관은', '두 기관은', '3개
# 기관은', '양측은', '양사는' ('A와 B, C가 … 공급하기로 했다. 이들 세 기관은 오늘 … 협약식을 갖고')
BODIES_BEFORE_RE = re.compile(
    r"\s*(?:이들\s?)?(?:(?:양|두|세|네|다섯|[2-9]개)\s?(?:기관|단체|자치단체|지자체|대학|기업|회사|업체)(?:들)?"
    r"|양측|양사|이들\s?기관들?|이들)(?:은|는|이|가)\s"
)


def _agreed_before(text: str, mentions: list[Mention], start: int, verb: int, place) -> int:
    """The start of the sentence before a signing sentence that names no body but its venue and points
    back to it."""
    back = BACK_REFERENCE_RE.match(text, start)
    if not (back or BODIES_BEFORE_RE.match(text, start)):
        return start
    if any(start <= m.start < verb and not (place and place[0] <= m.start < place[1] + 2) for m in mentions):
        return start
    end = text.rfind(".", max(0, start - 1000), start)
    if end < 0 or back and not AGREED_RE.search(text, max(0, end - 60), end):
        return start
    before = max(text.rfind(".", max(0, end - 1000), end), text.rfind("\n", max(0, end - 1000), end))
    return before + 1


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
    if FOUNDER_RE.match(text, mention.end):
        return False  # '… 누리그룹이 설립한 누리코리아와': the founder describes the firm that signs
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
