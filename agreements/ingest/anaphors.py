"""The city an article stands for when it writes only '시는' or '군과', and the place names the article
vouches for that Kiwi does not know ('OO군' used with '군은' elsewhere, or named by its head's title)."""

from __future__ import annotations

import re

from .orgwords import ANAPHORS, HEAD_TITLES, OFFICE_WORDS, PLACE_NAME_RE
from .words import Word


def confirmed_places(words: list[Word], text: str) -> set[str]:
    """Place names the article itself vouches for when Kiwi does not know them: 'OO군' used with
    '군은' elsewhere in the text, or named by its head's title ('OO군수')."""
    confirmed = set()
    used = {word.stem for word in words if anaphor_of(word, text)}
    used |= {word.stem[0] for word in words if word.stem in OFFICE_WORDS}
    for word in words:
        for title, body in HEAD_TITLES:
            if word.stem.endswith(title) and len(word.stem) > len(title) + 1:
                confirmed.add(word.stem[: -len(title)] + body)
        stem = word.stem
        if (
            stem[-1:] in used
            and PLACE_NAME_RE.fullmatch(stem)
            and word.tags
            and word.tags[-1][0] == stem[-1]
            and text[word.stem_end : word.end][:1] in ("는", "은", "이", "가", "와", "과", "의")
        ):
            confirmed.add(stem)
    return confirmed


def anaphor_of(word: Word, text: str) -> str | None:
    """'시' in '시는', '시와', '시·' standing for the city the article is about."""
    if word.stem in ANAPHORS and (not word.bare or text[word.end : word.end + 1] in ("·", ",")):
        if COUNTED_RE.search(text, max(0, word.start - 8), word.start):
            return None  # '5개 시와', '도내 14개 시·군': a count of bodies, not the city of the article
        return word.stem
    return None


COUNTED_RE = re.compile(r"\d+\s?개\s?$")


# a body the signing sentence calls by its sort alone, the article naming one body of that sort:
# '지난 14일 … 군과 재단이 … 협약에 서명했다' after '(재)OO장학재단 이사장'
SORT_WORDS = ("재단", "대학", "대학교", "병원", "공사", "공단", "연구원", "협회", "조합")
SORT_ALONE_RE = re.compile(rf"(?<![가-힣])(?P<sort>{'|'.join(SORT_WORDS)})(?=이\s|가\s|은\s|는\s|과\s|와\s|과도\s|와도\s)")


def sort_named(text: str, start: int, verb: int, names: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """(body, span of the word) for each sort word alone in a signing sentence ('재단이') that the
    article's one body of that sort stands behind."""
    found = []
    for match in SORT_ALONE_RE.finditer(text, start, verb):
        sort = match["sort"]
        bodies = {n for n in names if n.endswith(sort) and n != sort}
        if len(bodies) == 1:
            found.append((bodies.pop(), match.span("sort")))
    return found
