"""Joining the two pieces of a sentence broken across a line or a page: inside a word (no space) or
between words, as Kiwi reads the junction best, and whether the next piece opens a sentence of its own
(split from ``layout``, which re-exports ``join`` and ``should_join``)."""

from __future__ import annotations

import re

from . import korean

_STAND_IN_NOUNS = ("회사", "기관")  # common nouns ending in a vowel and in a consonant
_NAME_ENDS = "㈜)]'\"’”」』"
_SEPARATORS = ",;:·/…"
JOIN_MARGIN = 1.0  # log-probability the joined reading must gain over the spaced one
WINDOW_CHARS = 16  # characters each side of a junction that Kiwi reads
_EDGE_CHARS = 200  # characters each side of a junction whose words are looked at
_DEPENDENT_TAGS = ("J", "E", "XS", "VCP", "VCN")
_WORD_FINAL_TAGS = ("J", "EF", "EC")
_FUNCTION_TAGS = _DEPENDENT_TAGS + ("XPN", "SF", "SP", "SS", "SW", "SE", "SO")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def should_join(left: str, right: str) -> bool:
    """Decide whether two pieces of a broken sentence meet inside a word (no space) or between words."""
    # only the words at the junction are read: a sentence broken over many lines is not split whole again
    left, right = left[-_EDGE_CHARS:].rstrip(), right[:_EDGE_CHARS].lstrip()
    if not left or not right:
        return False
    last, first = left[-1], right[0]
    if last.isdigit() and first.isdigit():
        return True
    if not _HANGUL.match(first):
        return False
    if last in _SEPARATORS:
        return False
    words = left.split()[-2:]
    if last in _NAME_ENDS:
        return _attaches_to_name(right)
    # Two words each side, and no more than a few syllables: Kiwi slows down on long unspaced runs.
    window_left = " ".join(words)[-WINDOW_CHARS:].lstrip()
    window_right = " ".join(right.split()[:2])[:WINDOW_CHARS].rstrip()
    joined_tokens, joined_score = korean.reading(window_left + window_right)
    spaced_tokens, spaced_score = korean.reading(window_left + " " + window_right)
    junction = len(window_left)
    after = [t for t in joined_tokens if t.start >= junction]
    if joined_score - spaced_score > JOIN_MARGIN:
        return True
    if last.isdigit() and after and after[0].start == junction and after[0].tag in ("NNB", "NR"):
        return True  # a counter or a myriad (년, 명, 억) is written against its number
    left_word = [
        t for t in spaced_tokens if t.start >= junction - len(window_left.split()[-1]) and t.end <= junction
    ]
    if len(left_word) > 1 and left_word[-1].tag.startswith(_WORD_FINAL_TAGS):
        return False  # the left piece is already a whole word: a stem with its particle or ending
    if after and after[0].start == junction and after[0].tag.startswith(_DEPENDENT_TAGS):
        return True
    right_word_end = junction + 1 + len(window_right.split()[0])
    right_word = [t for t in spaced_tokens if junction < t.start < right_word_end]
    return bool(right_word) and all(t.tag.startswith(_FUNCTION_TAGS) for t in right_word)


def _attaches_to_name(right: str) -> bool:
    """Only a particle, suffix or ending attaches to a name closed by a symbol (한결㈜, …(유), '…').

    The name stands in as a common noun, once ending in a vowel and once in a consonant (the particle
    agrees with a sound the symbol hides), and Kiwi says whether the right piece starts dependent.
    """
    window = " ".join(right.split()[:2])[:WINDOW_CHARS]
    for noun in _STAND_IN_NOUNS:
        tokens, _ = korean.reading(noun + window)
        after = [t for t in tokens if t.start >= len(noun)]
        if after and after[0].start == len(noun) and after[0].tag.startswith(_DEPENDENT_TAGS):
            return True
    return False


def join(left: str, right: str) -> str:
    """Join two pieces of a broken sentence, with or without a space as ``should_join`` decides."""
    left, right = left.rstrip(), right.lstrip()
    return left + right if should_join(left, right) else f"{left} {right}"


# a body named by its one-syllable kind as a sentence's subject ('도는 …', '시가 …', '군은 …'): it reads
# as a particle after a noun ('협약' + '도는'), but a paragraph that opens with it opens a sentence; so
# does one that opens with a government by its name as its topic ('OO군은 …' after a sub-headline '… 224억을
# 투입'), unless the line before it ends in a comma (a transcript's phrase: '지난 2021년 3월,')
_BODY_SUBJECT = re.compile(r"^(?:도|시|군|구)(는|은|가|이|와|과|에서|의)\s")
_NAMED_SUBJECT = re.compile(r"^[가-힣]{1,8}(?:도|시|군|구)(?:는|은)\s")


def opens_sentence(left: str, p: str) -> bool:
    """``p`` opens a sentence of its own with a government as its subject (by name, not after a comma)."""
    body = _BODY_SUBJECT.match(p)
    if body and body.group(1) in ("와", "과", "의", "에서") and _PLACE_END.search(left[-20:].rstrip()):
        return False  # '… 오늘(28일) 전라남도청에서 / 시와 투자 협약식을 갖습니다': 'with the city', mid-sentence
    return bool(body or _NAMED_SUBJECT.match(p) and not left.rstrip().endswith(","))


_PLACE_END = re.compile(r"[가-힣](?:에서|에|으로|로)$")
