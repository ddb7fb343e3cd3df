"""Which party a commitment's subject stands for: a topic ('시는', 'OO공사는'), a subject after an
object put first ('연구비는 시가 부담한다'), a short or clipped name ('가개공', '수협'), a kind letter
('구는'), never a counted group ('5개 시는')."""

from __future__ import annotations

import re

from .anaphors import COUNTED_RE, anaphor_of
from .names import CLIPPED_ENDINGS
from .spans import words_between
from .words import Word

TOPIC_RE = re.compile(r"(?:은|는)$")
KIND_LETTERS = ("시", "군", "구", "도")
LEGAL_MARK_RE = re.compile(r"㈜|\((?:주|유|사|재)\)|주식회사\s?|유한회사\s?|(?:사단|재단)법인\s?")


def party_topics(words, start, end, text, names, party_names) -> int:
    """How many parties the sentence has as topics ('시는 …, OO는 …'); a pair 'A와 B는' counts two."""
    inside = words_between(words, start, end)
    topics = {topic_party(w, text, names, party_names) for w in inside} - {None}
    for word, after in zip(inside, inside[1:], strict=False):
        if word.text[len(word.stem) :] in ("와", "과") and topic_party(after, text, names, party_names):
            full = names.resolve(word.stem) if not anaphor_of(word, text) else names.city.get(word.stem)
            partner = full if full in party_names else party_standing_for(word.stem, party_names)
            topics |= {partner} - {None}
    return len(topics)


def counted(word: Word, text: str) -> bool:
    """'5개 시는', '3개 기관은': a counted group of the parties, a subject of none of them alone."""
    return bool(COUNTED_RE.search(text, max(0, word.start - 8), word.start))


# a kind of body by its clipped name alone: '수협' is a 수산업협동조합
CLIPPED = {clipped: whole for clipped, whole in CLIPPED_ENDINGS if len(clipped) == 2}
LETTER_SUBJECTS = ("시가", "군이", "구가", "도가")


def object_topic_subject(words, start, end, text, names, party_names) -> str | None:
    """The party that is the subject (이/가) of a sentence whose topic (은/는) is the thing done, not a
    party: '연구비 3억원은 시가 전액 부담한다' → the city."""
    inside = words_between(words, start, end)
    topic = next((k for k, w in enumerate(inside[:6]) if _object_topic(w)), None)
    if topic is None or topic_party(inside[topic], text, names, party_names):
        return None
    subjects = set()
    for word in inside[topic + 1 :]:
        if word.text in LETTER_SUBJECTS:  # '시가': Kiwi may read it as one noun (시가 'market price')
            subjects.add(names.city.get(word.text[0]))
        elif word.text[len(word.stem) :] in ("이", "가"):
            full = names.resolve(word.stem) if not anaphor_of(word, text) else names.city.get(word.stem)
            subjects.add(full if full in party_names else party_standing_for(word.stem, party_names))
    subjects.discard(None)
    # one payer; 'A가 절반을 내고 나머지를 B가 부담한다' shares it out and is left to the budgets
    first = next(iter(subjects)) if len(subjects) == 1 else None
    return first if first in party_names else None


def _object_topic(word: Word) -> bool:
    """A thing done put first with 은/는 or 도 ('연구비 3억원은', '… 운영비도 시가 지원한다')."""
    rest = word.text[len(word.stem) :]
    return bool(word.stem) and (bool(TOPIC_RE.search(rest)) or rest == "도")


def topic_party(word: Word, text: str, names, party_names: set[str], subjects=False) -> str | None:
    rest = word.text[len(word.stem) :]
    if not TOPIC_RE.search(rest) and rest != "도" and not (subjects and rest in ("이", "가")):
        return None
    if COUNTED_RE.search(text, max(0, word.start - 8), word.start):
        return None  # '5개 시는': several bodies, not one
    full = names.resolve(word.stem) if not anaphor_of(word, text) else names.city.get(word.stem)
    if full in party_names:
        return full
    return party_standing_for(word.stem, party_names)


def party_standing_for(short: str, party_names: set[str]) -> str | None:
    """The one party a short subject stands for: a head noun it ends with ('법인은', '재단은'),
    a one-letter kind ('구는' for 'OO 서구'), or the start of its name ('OO수소는' for 'OO수소코리아(유)')."""
    if not short:
        return None
    bare = {name: LEGAL_MARK_RE.sub("", name).strip() for name in party_names}
    if short in KIND_LETTERS:
        found = [name for name, plain in bare.items() if plain.split()[-1].endswith(short)] if bare else []
    elif len(short) >= 2:
        found = [name for name, plain in bare.items() if plain.endswith(short)]
        if not found and short.endswith("대"):  # 'OO대' for 'OO대학교'
            found = [name for name, plain in bare.items() if plain.endswith(short + "학교")]
        if not found and short in CLIPPED:  # '수협은' for the one 'OO수산업협동조합' that takes part
            found = [name for name, plain in bare.items() if plain.endswith((short, CLIPPED[short]))]
        if not found:  # 'OO개발공사' for '한국OO개발공사 OO지사'
            found = [name for name, plain in bare.items() if any(t.endswith(short) for t in plain.split())]
        if not found and len(short) >= 3:
            found = [name for name, plain in bare.items() if plain.replace(" ", "").startswith(short)]
        if not found:  # an abbreviation keeps the syllables in order: '가개공' for '가람개발공사'
            found = [name for name, plain in bare.items() if _abbreviates(short, plain.replace(" ", ""))]
    else:
        found = []
    return found[0] if len(found) == 1 else None


def _abbreviates(short: str, name: str) -> bool:
    """'가개공' for '가람개발공사': the same first syllable, then the rest in order, and shorter."""
    if len(short) < 2 or len(short) * 2 > len(name) + 1 or short[0] != name[0]:
        return False
    position = 1
    for letter in short[1:]:
        position = name.find(letter, position) + 1
        if not position:
            return False
    return True
