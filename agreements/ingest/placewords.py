"""Mend the place names Kiwi misreads before a particle: '나주시는' read as '나 주시는' (a verb),
'제천시의' or '철원군이' read as one proper noun with the particle inside it."""

from __future__ import annotations

import dataclasses
import re

# a city, county or district and the particle its last sound takes ('OO시는', 'OO군은')
_AFTER_VOWEL = r"는|가|와|를|의|에|도|로|에서|에는"
_AFTER_CONSONANT = r"은|이|과|을|의|에|도|으로|에서|에는"
PLACE_THEN_PARTICLE_RE = re.compile(
    rf"(?P<place>[가-힣]{{2,6}}(?:시|구))(?:{_AFTER_VOWEL})|(?P<county>[가-힣]{{2,6}}군)(?:{_AFTER_CONSONANT})"
)
# the place told by its office or its head elsewhere: 'OO시청', 'OO시장', 'OO군수', 'OO구청장'
OFFICE_RE = re.compile(r"([가-힣]{2,6}(?:시|군|구))(청|장|수|청장|의회)?")


def mend_place_words(words: list) -> list:
    """The words with a misread place name's stem cut back to the place: always when Kiwi glued the
    particle into one proper noun, and when it read a verb only if the article names the place
    elsewhere as a noun ('나주시는 …' with '나주시장' or '나주시와' in the text)."""
    known = set()
    for word in words:
        office = OFFICE_RE.fullmatch(word.stem)
        if office and (office.group(2) or word.proper) and not PLACE_THEN_PARTICLE_RE.fullmatch(word.stem):
            known.add(office.group(1))
    mended = []
    for word in words:
        match = PLACE_THEN_PARTICLE_RE.fullmatch(word.text)
        place = match and (match.group("place") or match.group("county"))
        glued = match and word.stem == word.text and word.tags and word.tags[-1][1] in ("NNP", "NNG")
        misread = match and not word.stem and place in known
        if place and (glued or misread):
            stem_end = word.start + len(place)
            word = dataclasses.replace(word, stem_end=stem_end, tags=[(place, "NNP")])
        mended.append(word)
    return mended
