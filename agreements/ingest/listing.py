"""The bodies a sentence lists after saying who they are ('협약한 기업은 A와 B, C, D 등이다', '서명하는 곳은 A와
B, C다'), split from ``listed``: each body named there, each proper noun Kiwi reads as an item, every item of a
bulleted list; not a place the firms come from, and not the copula after the last item ('… ㈜C다.')."""

from __future__ import annotations

import dataclasses
import re

from . import gazetteer
from .counted import LIST_ITEM_END_RE
from .entities import org_kind
from .listed import LISTABLE
from .orgwords import COMMON_ENDINGS, REGIONS
from .spans import word_range
from .words import Mention, Word

# an item of a bulleted list, its place or head in brackets after it: '△가람테크(인천) △나래소재(경기 안산)'
# '△(주)가람테크(대표 NAME)', '△다온㈜ 대표(NAME)', '▲(유)나래식품'
BULLET_ITEM_RE = re.compile(
    r"[△▲■●◆▷▶]\s?(?P<name>(?:\((?:주|유)\))?[가-힣A-Za-z0-9㈜&.]{2,20}(?:\s?\(주\))?"
    r"(?:\s[가-힣A-Za-z0-9]{2,12}(?=\s?[△▲■●◆▷▶]|\s등))?)"  # '▲그랜드OO 임피리얼OO ▲…': a name of two words
    r"(?=\s?\(|\s?[△▲■●◆▷▶,]|이다|다\.|\s등|\s대표\()"
)
# the end of the sentence after the last item: '… 한국농어촌공사 가람지사, ㈜나래솔라다.'
COPULA_END_RE = re.compile(r"\.(?:\s|$)|$")


def listing_items(text: str, words: list[Word], mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The bodies a sentence lists after saying who they are ('협약한 기업은 A와 B, C, D 등이다'):
    each body named there that is an item of the list, and each proper noun that is one, whatever its
    ending (Kiwi does not know small firms as organisations, but reads a list of them as names); in a
    bulleted list ('투자 기업은 △A(인천) △B(서울) … 이다') every item, whatever Kiwi makes of it; the copula
    Kiwi leaves on the last item's name ('… ㈜나래솔라다.') taken off."""
    bullets = list(BULLET_ITEM_RE.finditer(text, start, end))
    if len(bullets) >= 2:
        return [
            Mention(b["name"], org_kind(b["name"], True) or "company", b.start("name"), b.end("name"), -1, -1)
            for b in bullets
        ]
    found = []
    covered = set()
    for mention in mentions:
        if start <= mention.start < end:
            covered.update(range(mention.first, mention.last + 1))
            if not mention.loose or LIST_ITEM_END_RE.match(text, mention.end):
                found.append(mention)
    for i in word_range(words, start, end):
        word = words[i]
        if i in covered or not word.proper or len(word.stem) < 2 or word.stem in COMMON_ENDINGS:
            continue
        if not all(tag in LISTABLE for _, tag in word.tags) or not LIST_ITEM_END_RE.match(text, word.stem_end):
            continue
        if _where_from(word.stem):
            continue  # '참여 기업은 가람지역 3개사와 서울·부산 등 외지 4개사로': where the firms are from
        kind = org_kind(word.stem, True) or "company"
        found.append(Mention(word.stem, kind, word.start, word.stem_end, i, i))
    found.sort(key=lambda m: m.start)
    last = found[-1] if found else None
    if last and last.name.endswith("다") and len(last.name) > 3 and COPULA_END_RE.match(text, last.end):
        found[-1] = dataclasses.replace(last, name=last.name[:-1], end=last.end - 1)  # '… ㈜나래솔라다.': '이다'
    return found


def _where_from(stem: str) -> bool:
    """A place's bare name ('서울'), its area ('가람지역') or an industrial estate, listed where bodies
    are."""
    place = stem[:-2] if stem.endswith("지역") else stem
    return gazetteer.is_place(place) or place in REGIONS or stem.endswith(ESTATE_ENDINGS)


# an industrial estate listed where the firms invest: '… 3개 기업은 OO일반산업단지, OO제2농공단지에 …'
ESTATE_ENDINGS = ("산업단지", "농공단지", "산단", "일반산단", "국가산단", "혁신도시", "특구")
