"""The bodies heads stand for: in 'A 경기도지사와 B 수원시장은 … 협약을 체결했다' the signers are the
province and the city. A head's title fused with its place ('전남지사', '수원시장', '양평군수',
'강남구청장', '서울시교육감') names the body: the gazetteer knows every 시·도 and 시·군·구 and settles
a ward shared by several cities ('중구청장') by the city named before it; a place it does not know
counts when the article vouches for the body or a person's name stands before the title."""

from __future__ import annotations

from . import gazetteer
from .entities import Word, confirmed_places
from .orgwords import GOVERNOR_RE, HEAD_TITLES

SUBJECT_OR_LIST = ("는", "은", "이", "가", "와", "과")


def body_of_title(stem: str) -> str | None:
    """The name a head's title gives its body, by the title's ending: '경기도지사' → '경기도',
    '전남지사' → '전남도', '수원시장' → '수원시', '경남교육감' → '경남교육청'; None for a bare title."""
    if GOVERNOR_RE.fullmatch(stem):
        return stem[:-2] + "도"
    for title, body in HEAD_TITLES:
        if stem.endswith(title) and len(stem) > len(title):
            return stem[: -len(title)] + body
    return None


def known_body_name(stem: str, near, resolve, names) -> str | None:
    """The name of the body a head's title names, when the gazetteer knows it: the article's own name
    for it, else the full name of a ward several cities share ('울산 중구청장' → '울산광역시 중구'), else
    the name the title gives it."""
    found = gazetteer.headed(stem, near=near)
    if not found:
        return None
    body = found[0]
    for name in names:
        if body in gazetteer.lookup(name):
            return resolve(name)
    if len(gazetteer.lookup(body.name)) > 1 and body.parent:
        return f"{body.parent} {body.name}"
    derived = body_of_title(stem)
    return resolve(derived) if derived else body.name


def headed_party(words: list[Word], i: int, text: str, names, known: set[str], is_name) -> str | None:
    """The body words[i] stands for when it is a head's title that signs ('…도지사와', '…시장은'):
    the article's own name for the body when it has one, else the name the title gives it."""
    word = words[i]
    after = word.text[len(word.stem) :]
    if not (after in SUBJECT_OR_LIST or word.bare and text[word.end : word.end + 1] in (",", "·")):
        return None
    derived = body_of_title(word.stem)
    if derived is None:
        return None
    before = words[i - 1].stem if i and text[words[i - 1].end : word.start] == " " else ""
    named = known_body_name(word.stem, [before, *names.names], names.resolve, names.names)
    if named:
        return named
    resolved = names.resolve(derived)
    if resolved in names.names or derived in known or (i and is_name(words[i - 1])):
        return resolved  # 'NAME 가람시장과': a mayor of a city the gazetteer does not know
    return None


def signing_heads(text: str, words: list[Word], every_word: list[Word], mentions, names, context, quotes):
    """(body, span) of each head who signs in the signing sentence: not one who attends ('… 지사가
    참석한 가운데'), not the place, not a branch inside a body's name ('한국관광공사 강원지사')."""
    from .people import looks_like_name  # people reads heads' names with this module too

    start, verb, clause, place = context
    known = confirmed_places(every_word, text)
    found = []
    for i, word in enumerate(words):
        if not start <= word.start < verb or any(s <= word.start < e for s, e in quotes):
            continue
        if clause and clause[0] <= word.start < clause[1] or place and place[0] <= word.start < place[1] + 2:
            continue
        if any(m.start <= word.start < m.end for m in mentions):
            continue
        body = headed_party(words, i, text, names, known, looks_like_name)
        if body:
            found.append((body, (word.start, word.stem_end)))
    return found
