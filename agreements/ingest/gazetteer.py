"""Korean public bodies by name: the 17 시·도, the 226 자치 시·군·구 (227 from 2026-07-01), 제주's two
행정시, the 시·도 교육청, and the main public institutions and local public enterprises.

The data is ``data/gazetteer.tsv`` (its header names the official sources); it is read once, on first
use. Every lookup takes any form of a name: official (충청북도), short (충북도, 한전, 수원특례시), former
(전라북도, 한국감정원) or, where asked for, colloquial (충북, 수원 — a place, not a signer). A form may
name several bodies (중구 is a ward of six cities); ``find`` settles it by the 시·도 named nearby, or
gives nothing. Pure Python, no Django.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("data") / "gazetteer.tsv"
GOVERNMENT_LEVELS = ("sido", "sigungu", "hangsi", "education", "central")
# ㈜, (주), 주식회사 … are no part of a public body's name: '한국수력원자력㈜' is 한국수력원자력
MARK_RE = re.compile(r"㈜|\(주\)|\(유\)|\(재\)|\(사\)|주식회사|재단법인|사단법인|\s")

# what a head's title says about the body it heads: level(s) and the ending of its name
HEAD_TITLES = {
    "도지사": ("sido",),
    "지사": ("sido",),
    "시장": ("sido", "sigungu", "hangsi"),
    "군수": ("sigungu",),
    "구청장": ("sigungu",),
    "교육감": ("education",),
    "사장": ("institution", "local_enterprise"),
    "이사장": ("institution", "local_enterprise"),
    "원장": ("institution",),
    "은행장": ("institution",),
}
# the ending a body headed by the title has when the text names it only through the title
TITLE_ENDINGS = {"도지사": "도", "지사": "도", "시장": "시", "군수": "군", "구청장": "구", "교육감": "교육청"}
HEADED_RE = re.compile(r"^(?P<form>.+?)(?P<title>구청장|도지사|교육감|시장|군수|지사)$")


@dataclass(frozen=True)
class Body:
    level: str
    name: str
    parent: str | None
    short: tuple[str, ...]
    colloquial: tuple[str, ...]
    former: tuple[str, ...]
    heads: tuple[str, ...]
    since: datetime.date | None
    until: datetime.date | None
    note: str

    @property
    def kind(self) -> str:
        """The party kind of the extraction spec: a local government or a public institution."""
        return "government" if self.level in GOVERNMENT_LEVELS else "public_institution"

    @property
    def forms(self) -> tuple[str, ...]:
        """The forms that name the body itself (a colloquial place name does not)."""
        return (self.name, *self.short, *self.former)

    def exists_on(self, day: datetime.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(",") if part.strip())


def _date(cell: str) -> datetime.date | None:
    return datetime.date.fromisoformat(cell) if cell.strip() else None


@functools.cache
def bodies() -> tuple[Body, ...]:
    """Every body of the data file, in its order."""
    rows = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    header, found = rows[0].split("\t"), []
    for line in rows[1:]:
        cell = dict(zip(header, line.split("\t"), strict=True))
        found.append(
            Body(
                level=cell["level"],
                name=cell["name"],
                parent=cell["parent"] or None,
                short=_split(cell["short"]),
                colloquial=_split(cell["colloquial"]),
                former=_split(cell["former"]),
                heads=_split(cell["head"]),
                since=_date(cell["since"]),
                until=_date(cell["until"]),
                note=cell["note"],
            )
        )
    return tuple(found)


def normalise(form: str) -> str:
    """A form as the index keys it: no spaces, no legal marks ('한국수력원자력 ㈜' → '한국수력원자력')."""
    return MARK_RE.sub("", form)


@functools.cache
def _index(colloquial: bool) -> dict[str, tuple[Body, ...]]:
    index: dict[str, list[Body]] = {}
    for body in bodies():
        forms = body.forms + (body.colloquial if colloquial else ())
        for form in dict.fromkeys(normalise(f) for f in forms):
            index.setdefault(form, []).append(body)
    return {form: tuple(found) for form, found in index.items()}


def lookup(form: str, *, places: bool = False) -> tuple[Body, ...]:
    """Every body a form may name; with ``places`` a bare place name ('충북', '수원') counts too."""
    return _index(places).get(normalise(form), ())


def find(
    form: str, *, near: tuple[str, ...] | list[str] | set[str] = (), on: datetime.date | None = None
) -> Body | None:
    """The one body a form names: among several, the one that existed ``on`` a day, then the one
    whose 시·도 is named ``near`` it ('부산' or '부산시' with '중구'); None when it stays ambiguous."""
    candidates = lookup(form)
    if len(candidates) > 1 and on is not None:
        candidates = tuple(b for b in candidates if b.exists_on(on)) or candidates
    if len(candidates) > 1 and near:
        parents = {p.name for n in near for p in lookup(n, places=True) if p.level == "sido"}
        candidates = tuple(b for b in candidates if b.parent in parents) or candidates
    return candidates[0] if len(candidates) == 1 else None


def lies_in(district: str, city: str) -> bool:
    """Whether a body the gazetteer knows by ``district`` lies in the 시·도 that ``city`` names
    ('동구' in '대구', '사하구' in '부산')."""
    metros = {b.name for b in lookup(city, places=True) if b.level == "sido"}
    return any(b.parent in metros for b in lookup(district))


def kind_of(form: str) -> str | None:
    """'government' or 'public_institution' when the form names a known body (of one kind), else None."""
    kinds = {body.kind for body in lookup(form)}
    return kinds.pop() if len(kinds) == 1 else None


def same_body(a: str, b: str) -> bool:
    """Whether two forms can name one body ('한전' and '한국전력공사', '강원도' and '강원특별자치도')."""
    return bool(set(lookup(a)) & set(lookup(b)))


def is_place(form: str) -> bool:
    """Whether a word is a bare place name of a 시·도 or 시·군·구 ('충북', '수원'), not a body's name."""
    return not lookup(form) and any(b.level != "institution" for b in lookup(form, places=True))


def city_or_county(short: str) -> str | None:
    """The one city or county a short name stands for ('강릉' → 강릉시, '함안' → 함안군), else None."""
    full = {body.name for body in lookup(short, places=True) if body.level in ("sigungu", "hangsi")}
    return full.pop() if len(full) == 1 else None


def title_levels(title: str) -> tuple[str, ...]:
    """The levels of body a head's title heads: '군수' → 시·군·구, '교육감' → 교육청, '사장' → 기관."""
    return HEAD_TITLES.get(title, ())


def title_kind(title: str) -> str | None:
    """The party kind of the body a head's title heads: '지사' → government; '시장' → government."""
    levels = title_levels(title)
    kinds = {"government" if level in GOVERNMENT_LEVELS else "public_institution" for level in levels}
    return kinds.pop() if len(kinds) == 1 else None


def headed(word: str, *, near=(), on: datetime.date | None = None) -> tuple[Body, str] | None:
    """(body, title) for a word that is a place's head fused with the place: '경기도지사', '전남지사',
    '부산시장', '수원시장', '양평군수', '강남구청장', '서울시교육감'. '부산지사' is no one's head (부산 has
    a 시장): it is a branch office."""
    match = HEADED_RE.match(normalise(word))
    if not match:
        return None
    form, title = match.group("form"), match.group("title")
    levels = title_levels(title)
    for candidate in (form, form + TITLE_ENDINGS[title]) if title != "교육감" else (form + "교육청",):
        found = [b for b in lookup(candidate, places=True) if b.level in levels and title in b.heads]
        if title in ("지사", "도지사"):
            found = [b for b in found if "지사" in b.heads or "도지사" in b.heads]
        if len(found) > 1:
            found = _narrowed(found, near, on)
        if len(found) == 1:
            return found[0], title
    return None


def _narrowed(found: list[Body], near, on) -> list[Body]:
    if on is not None:
        found = [b for b in found if b.exists_on(on)] or found
    if near:
        parents = {p.name for n in near for p in lookup(n, places=True) if p.level == "sido"}
        found = [b for b in found if b.parent in parents or b.name in parents] or found
    return found


def current(on: datetime.date, level: str) -> list[Body]:
    """The bodies of a level that existed on a day (17 시·도; 226 시·군·구 before 2026-07-01)."""
    return [b for b in bodies() if b.level == level and b.exists_on(on)]
