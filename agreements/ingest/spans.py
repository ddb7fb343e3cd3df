"""Looking things up by position in an article without rescanning it.

The field rules ask, for each sentence or each match, "which words lie between here and there?",
"which sentence holds this position?" or "is this position inside a quote?". Answered by a scan of the
whole article each time, that is quadratic in the article's length (a 256 KB paragraph took 19 s,
2 MiB took 15 minutes). The words of ``words_of`` and the spans of ``sentences`` and of a pattern's
``finditer`` are in text order and do not overlap, so a binary search answers each question in
O(log n) with the same result as the scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter

_START = attrgetter("start")
_FIRST = itemgetter(0)


def word_range(words: list, start: int, end: int) -> range:
    """Indexes of the words (in text order) whose start lies in [start, end)."""
    low = bisect_left(words, start, key=_START)
    return range(low, max(low, bisect_left(words, end, lo=low, key=_START)))


def words_between(words: list, start: int, end: int) -> list:
    """The words (in text order) whose start lies in [start, end): ``[w for w in words if start <=
    w.start < end]`` without the scan."""
    found = word_range(words, start, end)
    return words[found.start : found.stop]


def word_at(words: list, start: int):
    """The first word that starts exactly at ``start``, or None."""
    index = bisect_left(words, start, key=_START)
    return words[index] if index < len(words) and words[index].start == start else None


def span_at(spans, position: int, default=None):
    """The span (start, end) of sorted, non-overlapping ``spans`` that holds ``position``, else default:
    ``next(((s, e) for s, e in spans if s <= position < e), default)`` without the scan."""
    index = bisect_right(spans, position, key=_FIRST) - 1
    if index >= 0 and position < spans[index][1]:
        return spans[index][0], spans[index][1]
    return default


def index_at(spans, position: int) -> int:
    """The index of the span of sorted, non-overlapping ``spans`` that holds ``position``, or -1."""
    index = bisect_right(spans, position, key=_FIRST) - 1
    return index if index >= 0 and position < spans[index][1] else -1


def previous_in_paragraph(text: str, spans, position: int):
    """The span of sorted, non-overlapping ``spans`` (sentences) right before the one that holds
    ``position``, when no line break parts them; else None."""
    index = index_at(spans, position)
    if index < 1 or "\n" in text[spans[index - 1][0] : position]:
        return None
    return spans[index - 1][0], spans[index - 1][1]


def in_sorted(position: int, spans) -> bool:
    """``in_any`` for sorted, non-overlapping spans (sentences, a pattern's matches)."""
    return span_at(spans, position) is not None


class Marks:
    """Where some short literal marks (a quote, a bracket, a line break) stand in a text, so that
    "how many between here and there" and "the last one before here" cost O(log n), not a slice
    and a count of the text before. A mark must not overlap itself ("'s", not "aa")."""

    def __init__(self, text: str, marks):
        self._at = {mark: [m.start() for m in re.finditer(re.escape(mark), text)] for mark in marks}

    def count(self, mark: str, start: int, end: int) -> int:
        """``text[start:end].count(mark)``."""
        found = self._at[mark]
        return max(0, bisect_right(found, end - len(mark)) - bisect_left(found, start))

    def last(self, mark: str, end: int) -> int:
        """``text.rfind(mark, 0, end)``."""
        found = self._at[mark]
        index = bisect_right(found, end - len(mark)) - 1
        return found[index] if index >= 0 else -1
