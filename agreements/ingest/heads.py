"""The bodies heads stand for: in 'A 경기도지사와 B 수원시장은 … 협약을 체결했다' the signers are the
province and the city. A head's title fused with its place ('전남지사', '수원시장', '양평군수',
'강남구청장', '서울시교육감') names the body: the gazetteer knows every 시·도 and 시·군·구 and settles
a ward shared by several cities ('중구청장') by the city named before it; a place it does not know
counts when the article vouches for the body or a person's name stands before the title."""

from __future__ import annotations

import functools
import re

from . import gazetteer
from .anaphors import confirmed_places
from .orgwords import GOVERNOR_RE, titled_body
from .person_names import glued_name, looks_like_name
from .words import Word

SUBJECT_OR_LIST = ("는", "은", "이", "가", "와", "과")
# a photo position after a title, then its particle: '가람시장(가운데)은', 'NAME(오른쪽) 가람구청장과'
POSITION_THEN_JOSA_RE = re.compile(
    r"\((?:사진\s?)?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우)[^()\n]{0,8}\)(는|은|이|가|와|과)"
)
# a bare title stands for the article's own province, city, county or district: '김 지사와', 'NAME 군수는'
BARE_TITLES = {"지사": "도", "도지사": "도", "시장": "시", "군수": "군", "구청장": "구"}
SURNAME_RE = re.compile(r"[가-힣]")
# a head listed with others: 'NAME 가람시장 등 5개 시·군 단체장', 'NAME 가람군수 등이', 'NAME 가람군수를 비롯한 …'
LISTED_ON_RE = re.compile(r"\s등(?:이|과|와)?\s|[을를]\s비롯(?:한|해)")


# a market, not a mayor: 'OO도깨비시장', 'OO전통시장', 'OO수산시장' (no city is called 'OO도깨비시'),
# and markets of trade: '해외시장', '내수시장'
MARKET_NAME_RE = re.compile(
    r"[가-힣]{0,10}(?:도깨비|전통|재래|수산|농산물|청과|약령|번개|새벽|오일|5일|먹자|골목|공설|상설|야|어|꽃|한약"
    r"|중앙|제일|종합|매일|동문|서문|남문|북문|역전|만물)시장"
    r"|(?:해외|국내|세계|글로벌|내수|수출|주식|금융|부동산|노동|신흥)시장"
)

# what follows a market named among markets: '… 등 8개 전통시장', ', OO중앙시장'
MARKETS_AFTER_RE = re.compile(r"\s등\s(?:\d+\s?개\s?)?[가-힣]{1,4}시장|\s?[,·ㆍ]\s?[가-힣]{1,10}시장(?![가-힣])")


def body_of_title(stem: str) -> str | None:
    """The name a head's title gives its body, by the title's ending: '경기도지사' → '경기도',
    '전남지사' → '전남도', '수원시장' → '수원시', '경남교육감' → '경남교육청'; None for a bare title
    or a market ('OO도깨비시장')."""
    if MARKET_NAME_RE.fullmatch(stem):
        return None
    if GOVERNOR_RE.fullmatch(stem):
        return stem[:-2] + "도"
    return titled_body(stem)


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
    position = POSITION_THEN_JOSA_RE.match(text, word.end) if word.bare else None
    if position:
        after = position.group(1)
    if not (after in SUBJECT_OR_LIST or word.bare and text[word.end : word.end + 1] in (",", "·")):
        if not LISTED_ON_RE.match(text, word.end if word.bare else word.stem_end):
            return None
    derived = body_of_title(word.stem)
    if derived is None:
        return _bare_title_body(words, i, text, names, is_name)
    if MARKETS_AFTER_RE.match(text, word.stem_end):
        return None  # 'OO시장 등 8개 전통시장', 'OO시장, OO중앙시장': a market among markets, not a mayor
    if glued_name(derived[:-1], derived[-1], text, word.start):
        return None  # '시청에서 NAME시장과': the mayor's name written against his title, no city 'NAME시'
    before = words[i - 1].stem if i and text[words[i - 1].end : word.start] == " " else ""
    named = known_body_name(word.stem, [before, *names.names], names.resolve, names.names)
    if named:
        return named
    resolved = names.resolve(derived)
    if resolved in names.names or derived in known or (i and is_name(words[i - 1])):
        return resolved  # 'NAME 가람시장과': a mayor of a city the gazetteer does not know
    return None


def _bare_title_body(words: list[Word], i: int, text: str, names, is_name) -> str | None:
    """'NAME 지사는', '김 지사와', 'NAME 군수가': a title with no place stands for the body of that
    sort the article is about (the one '도는'/'군은' would name), when a person's name or surname is
    written before it."""
    anaphor = BARE_TITLES.get(words[i].stem)
    if (anaphor or words[i].stem == ACTING) and i and text[words[i - 1].end : words[i].start] == " ":
        before = words[i - 1]
        if before.bare and SURNAME_RE.fullmatch(before.text):
            named = _named_earlier(text, before.start, before.text, words[i].stem, names)
            if named:
                return named  # 'NAME1 가람시장, NAME2 나래시장이 … 윤 시장과 도 시장은': each one's own city
    body = names.city.get(anaphor) if anaphor else None
    if anaphor == "도" and not body:
        body = province_of(names.names, words)  # 'NAME 지사는 … NAME 구미시장과': 구미시's province
    if not body or not i or text[words[i - 1].end : words[i].start] != " ":
        return None
    before = words[i - 1]
    if is_name(before) or (before.bare and SURNAME_RE.fullmatch(before.text)):
        return names.resolve(body)
    return None


ACTING = "권한대행"
NAMED_EARLIER_WINDOW = 3000  # characters before a surname and title where the head's full name is looked for
# the full name and titled place a head was introduced with, looked up by surname and title
HEAD_TITLES = "(?:도지사|지사|시장|군수|구청장)"


@functools.lru_cache(maxsize=64)
def _full_head_re(surname: str, title: str) -> re.Pattern:
    """A head written in full by surname and titled place: '도나래 나래시장', '서다온 다온도지사 권한대행'."""
    tail = r"\s권한대행" if title == ACTING else ""
    title_re = HEAD_TITLES if title == ACTING else re.escape(title)
    return re.compile(
        rf"(?<![가-힣]){re.escape(surname)}[가-힣]{{1,2}}\s(?P<stem>[가-힣]{{1,8}}?{title_re}){tail}"
        r"(?:[은는이가과와을를의](?![가-힣])|(?![가-힣]))"
    )


def _named_earlier(text: str, before: int, surname: str, title: str, names) -> str | None:
    """The body of the head a surname and bare title refer back to ('도 시장' after 'NAME 나래시장',
    '서 권한대행' after 'NAME 가람도지사 권한대행'), when the article introduced one such head."""
    pattern = _full_head_re(surname, title)
    window = max(0, before - NAMED_EARLIER_WINDOW)  # bounded, so a long text with many '김 시장' stays linear
    bodies = {b for m in pattern.finditer(text, window, before) if (b := body_of_title(m["stem"]))}
    if len(bodies) != 1:
        return None
    return names.resolve(bodies.pop())


# heads counted as the subject: '두 시장은', '양 시장은', '두 단체장은', '세 시·도지사는'
COUNTED_HEADS_RE = re.compile(
    r"(?<![가-힣])(?P<count>두|양|세|네|[2-9]개\s?(?:시|시·도|시도|시·군|시군|시·군·구)?)\s?"
    r"(?:시장|도지사|지사|군수|구청장|단체장|자치단체장|시·도지사|시도지사|시장·군수)(?:들)?(?:은|는|이|가)(?![가-힣])"
)
COUNTS = {"두": 2, "양": 2, "세": 3, "네": 4}


def counted_heads_bodies(text: str, words: list[Word], context, names) -> list[tuple[str, tuple[int, int]]]:
    """The bodies of 'the two mayors' who sign ('두 시장은 오후에 … 협약을 맺었다'): the heads
    the article introduced by full name and titled place before ('NAME 가람시장과 NAME 나래시장이'),
    when there are exactly as many as counted."""
    start, verb = context[0], context[1]
    match = COUNTED_HEADS_RE.search(text, start, verb)
    if not match:
        return []
    word = match["count"]
    count = COUNTS.get(word) or int(word[0])
    bodies: dict[str, tuple[int, int]] = {}
    for i, head in enumerate(words):
        if head.start >= start:
            break
        body = body_of_title(head.stem) if i and looks_like_name(words[i - 1]) else None
        if body and text[words[i - 1].end : head.start] == " " and names.resolve(body) not in bodies:
            bodies[names.resolve(body)] = (head.start, head.stem_end)
    return list(bodies.items()) if len(bodies) == count else []


def signing_heads(text: str, words: list[Word], every_word: list[Word], mentions, names, context, quotes):
    """(body, span) of each head who signs in the signing sentence: not one who attends ('… 지사가
    참석한 가운데'), not the place, not a branch inside a body's name ('한국관광공사 강원지사')."""
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
    return found + counted_heads_bodies(text, every_word, context, names)


def province_of(names: list[str], words: list[Word]) -> str | None:
    """The one province (시·도) that all the cities, counties and districts the gazetteer knows among
    ``names`` and the heads' titles of ``words`` ('구미시장') belong to: '구미시', '칠곡군수' → 경상북도.
    For a governor's bare title ('NAME 지사는') in an article that names no province."""
    bodies = [gazetteer.find(name) for name in names]
    bodies += [found[0] for word in words if (found := gazetteer.headed(word.stem))]
    parents = {b.parent for b in bodies if b is not None and b.level in ("sigungu", "hangsi") and b.parent}
    return parents.pop() if len(parents) == 1 else None
