"""The names one article uses for a body: its full name, short forms ('OO조합' for 'OO협동조합',
'OO농협' for 'OO농업협동조합', '동구' for 'OO광역시 동구'), declared aliases ('(이하 X)', 'OO공사(LH)')
and the city called '시'. ``Names`` resolves any of them to the full name."""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from . import gazetteer
from .orgwords import SUFFIX_RE, kind_not_name
from .words import Mention, Word

LEGAL_MARK_RE = re.compile(
    r"^(?:(?:㈜|\(주\)|주식회사|\((?:유|사|재|사단|재단)\)|(?:사단|재단|사회복지|학교|의료|농업회사)법인)\s?)+"
    r"|\s?(?:㈜|\((?:주|유|합|사|재)\)|주식회사|유한회사)$"
)


def strip_marks(name: str) -> str:
    """A name without its legal form: '(재)OO재단', '재단법인 OO재단' and 'OO재단' are one body."""
    return LEGAL_MARK_RE.sub("", name).strip()


def _suffix_of(name: str) -> str:
    match = SUFFIX_RE.search(name)
    return match.group() if match else name[-1:]


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


# the clipped forms Korean uses for kinds of body: 농협 is 농업협동조합, 상의 is 상공회의소 …
CLIPPED_ENDINGS = (
    ("농협", "농업협동조합"),
    ("수협", "수산업협동조합"),
    ("축협", "축산업협동조합"),
    ("신협", "신용협동조합"),
    ("상의", "상공회의소"),
    ("경총", "경영자총협회"),
    ("산단", "산업단지"),
    ("시", "특별자치시"),  # '세종시' for '세종특별자치시'
    ("도", "특별자치도"),  # '제주도' for '제주특별자치도'
    # schools by their short forms: 'OO공고' for 'OO공업고등학교', 'OO여고', 'OO중', 'OO초'
    ("공고", "공업고등학교"),
    ("상고", "상업고등학교"),
    ("농고", "농업고등학교"),
    ("여고", "여자고등학교"),
    ("여중", "여자중학교"),
    ("고", "고등학교"),
    ("중", "중학교"),
    ("초", "초등학교"),
)


# a regional office's ending: 'OO공사 호남지역본부', 'OO공단 남부지사'
OFFICE_END_RE = re.compile(r"(?:지역본부|본부|지사|지부|지점|사업소|센터)$")


def is_short_form(short: str, full: str) -> bool:
    """Whether a text may call the body 'full' by 'short' ('OO조합' for 'OO협동조합', '㈜X' for 'X')."""
    a, n = strip_marks(short).replace(" ", ""), strip_marks(full).replace(" ", "")
    if not a:
        return False
    if " " in full.strip() and " " not in short.strip() and full.split()[-1] == short.strip():
        return len(a) >= 2  # '동구' for '울산광역시 동구', 'OO지사' for 'OO공사 OO지사'
    for clipped, whole in CLIPPED_ENDINGS:  # 'OO농협' for 'OO농업협동조합', 'OO상의' for 'OO상공회의소'
        if a.endswith(clipped) and len(a) > len(clipped) and a[: -len(clipped)] + whole == n:
            return True
    if a == n:  # the same name with and without ㈜: the marked one is the full name
        return len(short) < len(full)
    if len(a) < len(n) and gazetteer.same_body(
        a, n
    ):  # '한전' for '한국전력공사', '강원도' for '강원특별자치도'
        return True
    if n.endswith("대학교") and a == n[:-2]:  # OO대 for OO대학교
        return True
    if n.endswith("대학교") and a.endswith("대") and len(a) >= 3:  # '금오공대' for '국립금오공과대학교'
        core = n[:-3].removeprefix("국립").removeprefix("사립") or n[:-3]
        if a[0] == core[0] and _subsequence(a[:-1], core) and len(a) < len(core) + 1:
            return True
    if len(a) >= len(n) or len(a) < 3:
        return False
    if _distinct_bodies(a, n):
        return False  # '양주시' beside '남양주시': two cities, not one name cut short
    if len(n) == len(a) + 1 and n[0] in "동서남북중" and n.endswith(a):
        return False  # '울산세무서' beside '동울산세무서': the office of another district of the city
    suffix_a, suffix_n = _suffix_of(a), _suffix_of(n)
    if not suffix_n.endswith(suffix_a) and not n.endswith(suffix_a):
        return False
    if len(a) - len(suffix_a) < 2:
        return False
    if n.endswith(a) and len(a) * 2 >= len(n):
        return True
    return a[0] == n[0] and _subsequence(a, n) and len(a) * 2 >= len(n)


def _distinct_bodies(a: str, n: str) -> bool:
    """Whether the gazetteer knows both names, each as a body of its own."""
    one, other = gazetteer.find(a), gazetteer.find(n)
    return one is not None and other is not None and one != other


LATIN_IN_BRACKETS_RE = re.compile(r"\(([A-Z](?:[A-Za-z&]|-(?=[A-Za-z])){1,9})\)")  # and 'OO공사(K-water)'
LATIN_BEFORE_BRACKET_RE = re.compile(r"(?<![A-Za-z-])([A-Z](?:[A-Za-z&]|-(?=[A-Za-z])){1,9})$")
LATIN_GLOSS_RE = re.compile(r"\(([A-Z][A-Za-z&.'-]*(?:\s[A-Z][A-Za-z&.'-]*){1,5})\)")
# '(이하 X)', and after the head a bracket names: '(회장 NAME, 이하 X)'
ALIAS_RE = re.compile(
    r"\((?:\s*[가-힣]{1,8}\s[가-힣]{2,4}\s?,)?\s*이하\s*['\"‘“]?([^)'\"’”]+?)['\"’”]?\s*\)"
)


def declared_aliases(text: str, mentions: list[Mention]) -> dict[str, str]:
    """'(이하 X)' right after a name: X → that name; and a Latin abbreviation bracketed with a name,
    'OO공사(LH)' or 'LH(OO공사)': LH → that name."""
    aliases = {}
    longest = max((m.end - m.start for m in mentions), default=0)
    ordered = all(a.start <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    for match in ALIAS_RE.finditer(text):
        if ordered:
            before = _last_ending_at(mentions, match.start(), longest)
        else:
            ending = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 1]
            before = ending[-1] if ending else None
        if before:
            aliases[match.group(1).strip()] = before.name
    for mention in mentions:
        after = LATIN_IN_BRACKETS_RE.match(text, mention.end)
        inside = LATIN_IN_BRACKETS_RE.search(text, mention.start, mention.end)  # 'OO공사(LH) OO지사'
        if after or inside:
            aliases.setdefault((after or inside).group(1), mention.name)
        gloss = LATIN_GLOSS_RE.match(text, mention.end)
        if gloss:  # 'OO(Amazon Web Services)': the gloss and its initials ('AWS') name it too
            aliases.setdefault(gloss.group(1), mention.name)
            aliases.setdefault("".join(word[0] for word in gloss.group(1).split()), mention.name)
        if text[mention.start - 1 : mention.start] == "(" and text[mention.end : mention.end + 1] == ")":
            outer = _last_ending_at(mentions, mention.start - 1, longest) if ordered else None
            if outer and outer is not mention and _short_form_in_brackets(outer.name, mention.name):
                aliases.setdefault(mention.name, outer.name)  # 'OO주택도시공사(GH공사)'
                continue
            # the pattern reads at most 10 letters (and a line end) back from the bracket
            before = LATIN_BEFORE_BRACKET_RE.search(text, max(0, mention.start - 13), mention.start - 1)
            if before:
                aliases.setdefault(before.group(1), mention.name)
    return aliases


def _short_form_in_brackets(outer: str, inner: str) -> bool:
    """'OO주택도시공사(GH공사)': a shorter name of the body in brackets after it, its initials with the
    body's own ending, a popular name with the same ending, or a form the gazetteer knows for it."""
    if len(inner) >= len(outer):
        return False
    if gazetteer.same_body(outer, inner):
        return True
    if SUFFIX_RE.search(inner) and _suffix_of(inner) == _suffix_of(outer) and len(inner) >= 4:
        return True  # '한국가람중소기업협회(가람비즈협회)': the body's popular name, of the same sort
    return bool(re.match(r"[A-Za-z]{1,4}[가-힣]{1,3}$", inner)) and outer.endswith(re.sub(r"^[A-Za-z]+", "", inner))


def _last_ending_at(mentions: list[Mention], position: int, longest: int) -> Mention | None:
    """The last of ``mentions`` (in text order) that ends at ``position`` or one before it: a scan back
    over the mentions that start within ``longest`` characters of it, not over the whole article."""
    index = bisect_right(mentions, position, key=_START)
    while index > 0 and mentions[index - 1].start >= position - longest - 1:
        index -= 1
        mention = mentions[index]
        if mention.end <= position and position - mention.end <= 1:
            return mention
    return None


_START = attrgetter("start")


# endings that finish a body's name: written in full, the name is no short form of another
FULL_ENDINGS = ("대학교", "공사", "공단", "병원", "재단", "연구원", "진흥원")


class Names:
    """Resolves the names one article uses for a body to that body's full name."""

    def __init__(self, text: str, mentions: list[Mention], extra: list[Mention], signing=None):
        self.declared = declared_aliases(text, mentions)
        self.names: list[str] = []
        for mention in mentions + extra:
            if mention.name not in self.names:
                self.names.append(mention.name)
        for alias in self.declared:
            if alias not in self.names:
                self.names.append(alias)
        self.kinds = {m.name: m.kind for m in extra + mentions}
        self.first_at: dict[str, int] = {}  # where the text first names each body (not the headline)
        for mention in sorted(mentions, key=lambda m: m.start):
            self.first_at.setdefault(mention.name, mention.start)
        self.city: dict[str, str] = {}
        # '시' is the city that signs when the signing sentence names one, else the first one named
        signers = [m for m in mentions if signing and signing[0] <= m.start < signing[1]]
        for mention in signers + mentions:
            for anaphor in ("시", "군", "구", "도"):
                if (
                    mention.kind == "government"
                    and mention.name.endswith(anaphor)
                    and " " not in mention.name
                ):
                    self.city.setdefault(anaphor, mention.name)
        self.used_anaphors: set[str] = set()
        self._resolved: dict[str, str] = {}

    def resolve(self, name: str) -> str:
        if name not in self._resolved:
            self._resolved[name] = self._resolve(name)
        return self._resolved[name]

    def _resolve(self, name: str) -> str:
        if name in self.declared:
            return self.resolve(self.declared[name]) if self.declared[name] != name else name
        if name in self.city:
            return self.city[name]
        if " " in name:  # 'LH OO지역본부' is 'OO공사 OO지역본부' when LH is OO공사
            head, tail = name.rsplit(" ", 1)
            if (self._office_of(head) or "").endswith(" " + tail):
                return self.resolve(head)  # 'OO공사 가람지사' when the article's 'OO공사' is that office
            for known in self.names:
                if known != name and known.endswith(" " + tail):
                    # 'OO공사 OO지사' is 'OO공사 OO지역본부 OO지사' when the article names that
                    first = self.resolve(known.split(" ", 1)[0])
                    if self.resolve(head) in (known, self.resolve(known.rsplit(" ", 1)[0]), first):
                        if len(name) > len(known):
                            continue  # the name is the fuller form ('가람보험평가원 OO지원', not '평가원 OO지원')
                        return known
                    if gazetteer.same_body(head, known.split(" ", 1)[0]):
                        return known
        office = self._office_of(name)
        if office:
            return office
        marked = [n for n in self.names if n != name and strip_marks(n) == name and n not in self.declared]
        if marked:  # '한울장학재단' beside '(재)한울장학재단': one body, written with its legal form
            return max(marked, key=len)
        longer = [n for n in self.names if n != name and is_short_form(name, n) and n not in self.declared]
        ending = next((e for e in FULL_ENDINGS if name.endswith(e)), None)
        if name in self.names and ending:
            # '가람대학교' beside '가람여자대학교', '가람도시공사' beside '가람도시철도공사': a name with
            # the full ending of its sort is a body of its own, not a short form of a longer one
            longer = [n for n in longer if not n.endswith(ending)]
        elif name in self.names and name.endswith("대"):  # '가람대' beside '가람송담대': two universities
            longer = [n for n in longer if not n.endswith("대")]
        if longer:
            return max(longer, key=len)
        if (
            name not in self.names
        ):  # a body named only through its head ('경기지사'): the article's name for it
            same = [n for n in self.names if " " not in n and gazetteer.same_body(name, n)]
            if same:
                return self.resolve(max(same, key=len))
        return name

    def _office_of(self, name: str) -> str | None:
        """The one regional office of a known body the article names, when it calls the office by the
        body's name and names the office in its text before the body alone (a headline or a caption
        does not count): '한국OO공단 호남지역본부는 …' then 'OO공단과 11개사는 … 협약을 맺고' (the office
        signs, as the article is about it)."""
        if " " in name or gazetteer.kind_of(name) != "public_institution":
            return None
        offices = {
            n
            for n in self.names
            if " " in n and OFFICE_END_RE.search(n) and gazetteer.same_body(name, n.split(" ", 1)[0])
        }
        # one office written two ways: '산단공 호남본부' in the headline, 'OO공단 호남지역본부' in the text
        regions = {OFFICE_END_RE.sub("", n.split(" ", 1)[1]).removesuffix("지역") for n in offices}
        if len(regions) != 1:
            return None
        office = max(offices, key=len)
        # the body alone named in the text before its office: '한국OO공사와 가람군이 …' then '… OO공사 경남본부에서'
        alone = [at for n, at in self.first_at.items() if " " not in n and gazetteer.same_body(name, n)]
        named = [at for n, at in self.first_at.items() if n in offices]
        return office if named and (not alone or min(named) < min(alone)) else None

    def aliases(self, full: str) -> list[str]:
        found = [
            alias for alias, name in self.declared.items() if self.resolve(name) == full and alias != full
        ]
        found += [n for n in self.names if n != full and n not in found and self.resolve(n) == full]
        found += [a for a in ("시", "군", "구", "도") if a in self.used_anaphors and self.city.get(a) == full]
        # a regional office the article calls by its body's name keeps none of the body's names: they name
        # the body wherever else they are matched ('한국OO공사' is no other name of 'OO공사 가람지사')
        office = self._office_of(full.split(" ", 1)[0]) if " " in full else None
        return [a for a in found if not (office == full and gazetteer.lookup(a))]


def with_alias_mentions(words: list[Word], mentions: list[Mention], names: Names) -> list[Mention]:
    """Add the words that are another name of a body ('(이하 하람)' … '하람은', '㈜하람과' … '하람은')
    as its mentions."""
    covered = {i for m in mentions for i in range(m.first, m.last + 1)}
    known = set(names.declared) | {n for n in names.names if " " not in n}
    known |= {bare for n in names.names if " " not in n and len(bare := strip_marks(n)) >= 2}
    added = []
    for i, word in enumerate(words):
        if i not in covered and word.stem in known and not kind_not_name(words, i):
            full = names.resolve(word.stem)
            kind = names.kinds.get(full, "other")
            added.append(Mention(word.stem, kind, word.start, word.stem_end, i, i))
    return sorted(mentions + added, key=lambda m: m.start)
