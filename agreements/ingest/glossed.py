"""Foreign partners written in hangul with their Latin name in brackets ('스텔라 에너지(Stella Energy)와').
Split from ``listed.py``."""

from __future__ import annotations

import re

from .countries import COUNTRIES
from .entities import org_kind
from .orgwords import REGIONS
from .spans import in_sorted

# a foreign partner written in hangul with its own name in brackets: '스텔라 에너지(Stella Energy)와'
GLOSSED_RE = re.compile(
    r"(?<![가-힣0-9])(?P<name>(?:[가-힣]{1,10}\s){0,3}[가-힣]{1,10})"
    r"\((?P<latin>[A-Za-z][A-Za-z0-9&.'-]*(?:\s[A-Za-z0-9&.'-]+){0,5})\)"
    r"(?P<branch>\s?(?:코리아|한국지사|한국법인|한국지점))?(?:와|과|는|은|이|가|,)\s"  # '… 에너지(Latin) 코리아와'
)
# a word that ends in a particle or a verb's ending is no word of a name: '군청에서 노스게일코리아(Latin)와'
NOT_OF_A_NAME_RE = re.compile(r"(?:에서|에게|으로|에는|께서|하고|하며|하여|했다)$")
# a firm's legal form in its Latin name, which the hangul before the bracket leaves out: 'Sdn. Bhd.', 'GmbH', 'Inc.',
# 'Pte. Ltd.'
LATIN_LEGAL_FORMS = frozenset("sdn bhd gmbh inc pte ltd".split())


def glossed_names(text: str, start: int, verb: int, quotes) -> list[tuple[str, str, tuple[int, int]]]:
    """Partners written in hangul, word for word, with their Latin name in brackets ('스텔라
    에너지(Stella Energy)와', '독일 슈미트 테크닉(Schmidt Technik)과'): the hangul words, as many as the
    Latin ones and no country or word with a particle before them, are the name, with the Korean arm
    named after the bracket ('… 에너지(Latin) 코리아')."""
    found = []
    for match in GLOSSED_RE.finditer(text, start, verb):
        if in_sorted(match.start(), quotes):
            continue
        words = match["name"].split()
        latin = [word for word in match["latin"].split() if word.lower().strip(".") not in LATIN_LEGAL_FORMS]
        words = words[-len(latin) :] if latin else []  # 'A B(A B Sdn. Bhd.)': the legal form has no hangul
        while words and (words[0] in COUNTRIES or words[0] in REGIONS or NOT_OF_A_NAME_RE.search(words[0])):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        at = match.end("name") - len(name)
        end = match.end("name")
        if match["branch"]:  # '블루타이드 에너지(BlueTide Energy) 코리아': the firm's Korean arm
            name, end = f"{name} {match['branch'].strip()}", match.end("branch")
        found.append((name, org_kind(name.replace(" ", ""), True) or "company", (at, end)))
    return found
