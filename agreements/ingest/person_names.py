"""Whether a word is a person's name. Kiwi has no name recognition, so a name is told by its form
and its place: 2–4 syllables led by a surname before a title or a body, a masked name ('홍○○'), a
name Kiwi reads as a verb or as a district ('NAME한 시장이', 'NAME구'), a foreign name in two words."""

from __future__ import annotations

import re

from . import gazetteer
from .entities import org_kind
from .orgwords import ASSOCIATION_BRANCH_RE, LOCAL_PLACE_RE, REGIONS, SUFFIX_RULES
from .person_or_body import HANGUL_WORD_RE, OTHER_HEADS
from .person_words import (
    CLEAR_TITLES,
    FOREIGN_PART_RE,
    HANGUL_NAME_RE,
    MASKED_RE,
    NOT_NAMES,
    PORTFOLIO_DEPUTY_RE,
    SURNAMES,
    TITLE_RE,
    korean_name,
)
from .words import Word

# the surnames of two syllables, which alone look like a given name's length
COMPOUND_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절".split())


def _is_name(word: Word, strict: bool) -> bool:
    """A word that can be a person's name here: 2–4 syllables, not a title or an organisation."""
    stem = word.stem
    if MASKED_RE.fullmatch(stem):  # a name a press release masks: '홍○○'
        return True
    if not HANGUL_NAME_RE.fullmatch(stem) or stem in NOT_NAMES or TITLE_RE.search(stem):
        return False
    if stem in COMPOUND_SURNAMES:
        return False  # '남궁 군수는': a surname told again alone, the person named in full before
    if SUFFIX_RULES.get(stem, (None, None))[1] == "association" or ("들", "XSN") in word.tags:
        # '백준길 상인회 대표' (an association's own word, which Kiwi may read as one proper noun), '시장 상인들과':
        return False  # a group of people, not a person
    if ASSOCIATION_BRANCH_RE.fullmatch(stem):
        return False  # '(서울시회 회장)': an association's branch, not a name
    if gazetteer.lookup(stem, places=True):
        return False  # a place is never a name: '박하늘 울산 중구청장'
    if org_kind(stem, word.proper) and not _district_like_name(word):
        return False
    tags = [tag for _, tag in word.tags]
    if "NNP" in tags:
        return True
    if not strict:
        # right before an organisation and a title, any surname-led word of 2-4 syllables is a name
        return stem[0] in SURNAMES
    # an unknown name comes out of Kiwi in pieces, one of them a lone syllable (이정/NNP 천/NNG)
    return stem[0] in SURNAMES and len(word.tags) >= 2 and any(len(form) == 1 for form, _ in word.tags)


def _district_like_name(word: Word) -> bool:
    """A name Kiwi knows that ends like a district or county no gazetteer lists ('NAME구', 'NAME군')."""
    return _known_three_syllable_name(word.stem, word) and word.stem[-1] in ("구", "군")


def _known_three_syllable_name(written: str, word: Word) -> bool:
    """``written`` is a three-syllable Korean name and Kiwi read its word as one proper noun."""
    return len(written) == 3 and korean_name(written) and [tag for _, tag in word.tags] == ["NNP"]


def _named_by_title(word: Word, title: str) -> bool:
    """A three-syllable, surname-led word right before an unambiguous title is a name Kiwi did not
    know ('하경수 부군수')."""
    stem = word.stem
    return (
        (title in CLEAR_TITLES or PORTFOLIO_DEPUTY_RE.fullmatch(title) is not None)
        and len(stem) == 3
        and HANGUL_NAME_RE.fullmatch(stem) is not None
        and stem[0] in SURNAMES
        and stem not in NOT_NAMES
        and (not org_kind(stem, True) or title in OTHER_HEADS.get(stem[-1], ()))  # '박성구 군수'
    )


def _read_as_verb(word: Word, title: str | None) -> bool:
    """A three-syllable name ending in 한 that Kiwi reads as a proper noun made a verb ('NAME한' as
    NAME/NNP 하/XSV ᆫ/ETM), right before a head's title: 'NAME한 시장이' is no market that did something."""
    text = word.text
    return (
        (title is None or title in CLEAR_TITLES or title == "시장")
        and text.endswith("한")
        and word.stem == text[:2]
        and _known_three_syllable_name(text, word)
    )


def looks_like_name(word: Word) -> bool:
    """Whether a word standing before a head's title is a person's name ('홍길동 가람시장')."""
    return _positional_name(word) is not None and word.bare or _read_as_verb(word, None)


def _positional_name(word: Word) -> str | None:
    """The name in a word standing right before an organisation or a head's title, if it is one."""
    if word.bare:
        return word.stem if _is_name(word, strict=False) else None
    # a name whose last syllable Kiwi reads as a particle (서민아 → 서민/NNG 아/JKV)
    text = word.text
    if len(text) == 3 and HANGUL_NAME_RE.fullmatch(text) and text[0] in SURNAMES and text not in NOT_NAMES:
        if TITLE_RE.search(word.stem):
            return None  # a title and its particle: '장관과 OO위원회 부위원장'
        return None if TITLE_RE.search(text) or org_kind(text, False) else text
    return None


def _given_name(words: list[Word], i: int, text: str, known: set[str]) -> bool:
    """Whether words[i] is the first part of a foreign name whose last part follows it: a proper
    noun of its own that is not a place, a body or a title, with a foreign ring to either part."""
    word, last = words[i], words[i + 1]
    if not (word.bare and text[word.end : last.start] == " " and FOREIGN_PART_RE.fullmatch(word.stem)):
        return False
    if not word.tags or any(tag != "NNP" for _, tag in word.tags):
        return False
    if any(body.replace(" ", "").lstrip("㈜(주)").startswith(word.stem) for body in known):
        return False  # '다온 스미스 대표': a short name of the company '다온바이오'
    if i > 0 and text[words[i - 1].end : word.start] == " " and words[i - 1].bare:
        return False  # a name stands first in its item: '…, 존 스미스 대표'; 'OO 다온 스미스' is not one
    if org_kind(word.stem, True) or TITLE_RE.search(word.stem) or word.stem in REGIONS:
        return False
    if LOCAL_PLACE_RE.fullmatch(word.stem):
        return False
    if last.stem[:1] in SURNAMES and len(last.stem) == 3:
        return False  # '새솔 김하늘 대표': a Korean name after another word
    return len(word.stem) > 1 or word.stem not in SURNAMES  # '존 스미스', not '김 스미스'


# endings of the state's agencies ('조달청', '국방부'), whose three-syllable names are common
AGENCY_ENDINGS = ("청", "부", "처")


def name_before_body(words: list[Word], i: int, text: str) -> bool:
    """'NAME OO중앙회 OO지회장' where NAME ends like a body ('김은행'): a surname-led word of three
    syllables, then a body and a title, is a person's name, as 'NAME BODY TITLE' is the order a
    person is named in; no place, nor a state agency ('조달청 OO국 OO과장')."""
    if i + 2 >= len(words) or not words[i].bare or not words[i + 1].bare:
        return False
    stem, body, title = words[i].stem, words[i + 1], words[i + 2]
    if len(stem) != 3 or stem[0] not in SURNAMES or not HANGUL_WORD_RE.fullmatch(stem):
        return False
    if stem.endswith(AGENCY_ENDINGS) or gazetteer.lookup(stem, places=True):
        return False
    if text[words[i].end : body.start] != " " or text[body.end : title.start] != " ":
        return False
    return bool(org_kind(body.stem, body.proper) and TITLE_RE.search(title.stem))


# what stands before a glued head's name: a word that ends in a particle ('시청에서 NAME시장과'), not a name of
# its own ('NAME OO군수': a county the gazetteer does not know, with its head's name before it)
BEFORE_GLUED_RE = re.compile(r"(?:^|(?:에서|에|은|는|과|와|을|를|로|,)\s)$")


def glued_name(place: str, suffix: str, text: str, at: int) -> bool:
    """Whether what stands at ``at`` before a head's title is a person's name written against it
    ('시청에서 NAME시장과'): syllables that open with a surname, after a particle, and no city, county or
    district of that name, known or written in the text other than before the title ('가람시는')."""
    if place[:1] not in SURNAMES or place.endswith("부"):  # '경제부시장': a deputy
        return False
    if not BEFORE_GLUED_RE.search(text, max(0, at - 4), at):
        return False
    if gazetteer.kind_of(place + suffix) == "government":
        return False
    return not re.search(rf"{re.escape(place + suffix)}(?!장|수|청장)", text)
