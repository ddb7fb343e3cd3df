"""Organisations in an article: words with their particles cut off, names by Korean org morphology.

Kiwi gives each word's stem (the particles 와/는/의… come off as J* tokens) and tells proper nouns
(NNP) from common ones. A name is an organisation when its stem ends with an organisation suffix
(…시, …협동조합, …연구원, ㈜…, …(유)); weak suffixes such as …시 or …센터, which also end common
words (도시, 데이터센터), need a proper noun inside. Short forms the same text uses for one body
('(이하 X)', 'OO조합' for 'OO협동조합', '시' for 'OO시') are gathered as aliases.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import korean

MARKER = r"㈜|\(주\)|\(유\)|\(사\)|\(재\)|\(합\)|\(사단\)|\(재단\)"
WORD_RE = re.compile(rf"(?:{MARKER}|[^\s,·()\[\]'\"‘’“”「」『』<>…/△▲○●■□◆◇※-])+")
COMPANY_MARK_RE = re.compile(r"^(?:㈜|\(주\)|주식회사\s?)|(?:㈜|\(주\)|\(유\)|\(합\))$")
TRAILING_MARK_RE = re.compile(r"\((?:주|유|사|재|합)\)$")
MARKED_THEN_PARTICLE_RE = re.compile(r"^(.+(?:㈜|\((?:주|유|사|재|합)\)))[가-힣]{1,3}$")
NOMINAL = {"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "SW", "XPN", "XSN", "W_SERIAL", "W_URL"}

# suffix, kind, strength: "strong" suffixes make an org of any longer stem; "weak" ones need a proper
# noun (NNP/SL) in the stem; "ministry" ones need a long compound and are checked against common words.
SUFFIXES = [
    tuple(line.split())
    for line in """
산학협력단 university strong
사회적협동조합 cooperative strong
영어조합법인 cooperative strong
농업회사법인 company strong
조합법인 cooperative strong
협동조합 cooperative strong
복지재단 public_institution strong
주민자치회 association strong
특별자치도 government weak
특별자치시 government weak
광역시 government weak
특별시 government weak
연합회 association strong
협의회 association strong
위원회 government strong
진흥원 public_institution strong
연구원 public_institution strong
개발원 public_institution strong
평가원 public_institution strong
정보원 public_institution strong
관리원 public_institution strong
연구소 public_institution weak
대학교 university strong
교육청 government strong
사업단 public_institution strong
회의소 association strong
고등학교 other strong
중학교 other strong
초등학교 other strong
경찰서 government weak
소방서 government weak
세무서 government weak
우체국 government weak
주식회사 company strong
건설 company weak
전자 company weak
복지관 public_institution strong
도서관 public_institution strong
박물관 public_institution strong
미술관 public_institution strong
문화원 public_institution strong
상인회 association strong
번영회 association strong
노인회 association strong
청년회 association strong
부녀회 association strong
체육회 association strong
중공업 company weak
텔레콤 company weak
그룹 company weak
은행 company weak
협회 association strong
학회 association strong
연맹 association strong
조합 cooperative weak
재단 public_institution strong
공단 public_institution weak
공사 public_institution weak
센터 public_institution weak
본부 other weak
대학 university weak
병원 other weak
의회 government strong
지사 company weak
농협 cooperative strong
수협 cooperative strong
축협 cooperative strong
부 government ministry
처 government ministry
청 government ministry
시 government place
군 government place
구 government place
도 government place
""".strip().splitlines()
]
SUFFIX_RULES = {suffix: (suffix, kind, strength) for suffix, kind, strength in SUFFIXES}
# the leftmost match of a '…$' alternation is the longest ending: 협동조합 before 조합
SUFFIX_RE = re.compile("(?:" + "|".join(sorted(SUFFIX_RULES, key=len, reverse=True)) + ")$")
HANGUL_RE = re.compile(r"[가-힣]+")
# Common words that end like an organisation: 여부 'whether', 거래처 'client', 요청 'request' …
COMMON_ENDINGS = tuple(
    """
    여부 일부 전부 내부 외부 세부 간부 학부 북부 남부 동부 서부 중부 본부 거래처 판매처 공급처 사용처 납품처 수요처 근처 출처 거처 대처 요청 신청 시청 도청 구청 군청
    청청 경청 초청 민원청
    """.split()
)
# every common ending but those that also end real names (행정안전부, 지역본부) rules a stem out
LONG_COMMON_ENDINGS = tuple(e for e in COMMON_ENDINGS if e not in ("전부", "본부"))
SUB_BODY_RE = re.compile(r"(?:위원회|의회|센터|재단|공단|공사|협의회|체육회|사업단|지원단)$")
BRANCH_RE = re.compile(r"(?:본부|지사|지점|지역본부|사업소|연구소|지회|지부|지역회|분회)$")
STORE_RE = re.compile(r"[가-힣]{2,}점$")
BRAND_RE = re.compile(r"[가-힣A-Za-z0-9&]{2,12}")
GENERIC_MODIFIERS = set("지역 대형 인근 관내 전국 해당 각 주요 기존 신규 직영 가맹".split())
NOT_STORE = tuple(
    """
    시점 관점 거점 문제점 장점 단점 지점 중점 초점 강점 약점 접점 정점 논점 쟁점 원점 기점 종점 요점 허점 득점 실점 만점 개선점
    """.split()
)
ANAPHORS = {"시": "시", "군": "군", "구": "구", "도": "도"}
# A head's title names the body it heads: OO시장 → OO시, OO군수 → OO군, OO구청장 → OO구 …
HEAD_TITLES = [("구청장", "구"), ("도지사", "도"), ("교육감", "교육청"), ("시장", "시"), ("군수", "군")]
# 시청 'city hall', 군비 'county funds' … tell that the article is about a city or county
OFFICE_WORDS = {
    "시청",
    "군청",
    "구청",
    "도청",
    "시비",
    "군비",
    "구비",
    "도비",
    "시정",
    "군정",
    "구정",
    "도정",
    "시의회",
    "군의회",
}
PLACE_NAME_RE = re.compile(r"[가-힣]{1,6}(?:특별자치도|특별자치시|광역시|특별시|시|군|구|도)")


@dataclass
class Word:
    start: int
    end: int
    text: str
    stem_end: int
    tags: list[tuple[str, str]] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.text[: self.stem_end - self.start]

    @property
    def bare(self) -> bool:
        return self.stem_end == self.end

    @property
    def proper(self) -> bool:
        return any(tag in ("NNP", "SL") for _, tag in self.tags)


@dataclass
class Mention:
    name: str
    kind: str
    start: int
    end: int
    first: int  # index of its first word
    last: int  # index of its last word
    loose: bool = False  # found by its ending alone; kept only where the sentence shows it is a body


def words_of(text: str) -> list[Word]:
    """Every word of the text with its stem, from Kiwi's tokens of each paragraph (analysed once)."""
    words = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            tokens = korean.tokenize(paragraph)
            position = 0
            for match in WORD_RE.finditer(paragraph):
                start, end = match.span()
                inside = []
                while position < len(tokens) and tokens[position].start < end:
                    if tokens[position].start >= start:
                        inside.append(tokens[position])
                    position += 1
                words.append(_word(match.group(), offset + start, inside, start))
        offset += len(paragraph) + 1
    return words


def _word(text: str, start: int, tokens: list, local: int) -> Word:
    stem_end = len(text)
    marked = MARKED_THEN_PARTICLE_RE.match(text)
    if marked:  # '한울바이오㈜와': Kiwi may read the particle after ㈜ as a noun
        stem_end = marked.end(1)
    elif not TRAILING_MARK_RE.search(text):
        # the stem runs to the end of the last noun-like token: particles and endings after it come off,
        # while a misread piece inside a name (㈜한결/MAG 에너지) stays in
        stem_end = 0
        for token in tokens:
            if token.tag in NOMINAL:
                stem_end = min(len(text), token.start - local + token.len)
    tags = [(token.form, token.tag) for token in tokens if token.start - local < stem_end]
    return Word(start, start + len(text), text, start + stem_end, tags)


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


def org_kind(stem: str, proper: bool, places: set[str] = frozenset()) -> str | None:
    """The kind of organisation a stem names, or None when it is not a name of one."""
    if COMPANY_MARK_RE.search(stem):
        core = COMPANY_MARK_RE.sub("", stem)
        return "company" if len(core) >= 2 else None
    if stem.startswith("(사)"):
        return "association" if len(stem) > 4 else None
    if stem.startswith("(재)"):
        return "public_institution" if len(stem) > 4 else None
    rule = _suffix_rule(stem)
    if rule is None:
        return None
    suffix, kind, strength = rule
    if strength == "strong" and (proper or len(stem) - len(suffix) >= 2):
        return kind
    if strength == "weak" and proper:
        return kind
    if strength == "ministry" and (proper or len(stem) >= 4) and HANGUL_RE.fullmatch(stem):
        return kind
    if strength == "place" and (stem in places or proper and PLACE_NAME_RE.fullmatch(stem)):
        return kind
    return None


@functools.lru_cache(maxsize=8192)
def _suffix_rule(stem: str) -> tuple[str, str, str] | None:
    """(suffix, kind, strength) of the longest organisation ending of a stem, unless it is a common word."""
    match = SUFFIX_RE.search(stem)
    if not match or match.start() == 0 or not HANGUL_RE.search(stem):
        return None
    if stem in COMMON_ENDINGS or stem.endswith(LONG_COMMON_ENDINGS):
        return None
    return SUFFIX_RULES[match.group()]


def find_orgs(words: list[Word], text: str, places: set[str] | None = None) -> list[Mention]:
    """Organisation names in reading order, multi-word names joined ('㈜KT 전남본부', 'OO시 OO위원회').

    A name with a weak ending and no proper noun in it (Kiwi does not know new or small names) comes
    back ``loose``: the caller keeps it only where its place in the sentence shows it is a body."""
    places = confirmed_places(words, text) if places is None else places

    def strict_kind(word: Word) -> str | None:
        return org_kind(word.stem, word.proper, places)

    def loose_kind(word: Word) -> str | None:
        kind = org_kind(word.stem, True, places)
        if (
            kind
            and PLACE_NAME_RE.fullmatch(word.stem)
            and (not word.tags or word.tags[-1][0] != word.stem[-1])
        ):
            return None  # '도시', '연구': Kiwi reads the ending as part of a common word
        return kind

    def joined_kind(previous: Word, word: Word, kind: str) -> str | None:
        """The kind of 'PREVIOUS WORD' when the two words are one name, else None."""
        previous_kind = strict_kind(previous)
        if previous_kind == "company" and COMPANY_MARK_RE.search(previous.stem):
            return "company"  # ㈜KT 전남전북광역본부
        if previous_kind == "government" and SUB_BODY_RE.search(word.stem):
            return kind  # OO시 OO위원회
        if BRANCH_RE.search(word.stem) and (previous_kind or previous.proper):
            return previous_kind or ("company" if kind == "other" else kind)  # KT 전북본부, OO공사 OO본부
        return None

    mentions: list[Mention] = []

    def add(name: str, kind: str, first: int, last: int, loose: bool = False) -> None:
        if mentions and mentions[-1].last >= first:
            mentions.pop()
        mentions.append(Mention(name, kind, words[first].start, words[last].stem_end, first, last, loose))

    for i, word in enumerate(words):
        previous = words[i - 1] if i and text[words[i - 1].end : word.start] == " " else None
        if previous is not None and previous.text == "주식회사":
            add(f"주식회사 {word.stem}", "company", i - 1, i)
            continue
        kind = strict_kind(word)
        if kind is None and STORE_RE.search(word.stem) and not word.stem.endswith(NOT_STORE):
            if previous is not None and previous.bare and strict_kind(previous) is None:
                if BRAND_RE.fullmatch(previous.stem) and previous.stem not in GENERIC_MODIFIERS:
                    add(f"{previous.stem} {word.stem}", "company", i - 1, i, loose=not previous.proper)
            continue
        if kind is None and previous is not None and previous.bare and BRANCH_RE.search(word.stem):
            previous_kind = strict_kind(previous)
            if previous_kind and len(word.stem) >= 4:  # ㈜KT 전남전북광역본부, OO공사 OO지역본부
                add(f"{previous.stem} {word.stem}", previous_kind, i - 1, i)
                continue
        loose = False
        if kind is None:
            kind = loose_kind(word)
            loose = kind is not None
        if kind is None:
            continue
        if previous is not None and previous.bare and not loose:
            joined = joined_kind(previous, word, kind)
            if joined:
                add(f"{previous.stem} {word.stem}", joined, i - 1, i)
                continue
        add(word.stem, kind, i, i, loose)
    return mentions


def strip_marks(name: str) -> str:
    return COMPANY_MARK_RE.sub("", name).strip()


def _suffix_of(name: str) -> str:
    match = SUFFIX_RE.search(name)
    return match.group() if match else name[-1:]


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(letter in letters for letter in short)


def is_short_form(short: str, full: str) -> bool:
    """Whether a text may call the body 'full' by 'short' ('OO조합' for 'OO협동조합', '㈜X' for 'X')."""
    a, n = strip_marks(short).replace(" ", ""), strip_marks(full).replace(" ", "")
    if not a:
        return False
    if a == n:  # the same name with and without ㈜: the marked one is the full name
        return len(short) < len(full)
    if n.endswith("대학교") and a == n[:-2]:  # OO대 for OO대학교
        return True
    if len(a) >= len(n) or len(a) < 3:
        return False
    suffix_a, suffix_n = _suffix_of(a), _suffix_of(n)
    if not suffix_n.endswith(suffix_a) and not n.endswith(suffix_a):
        return False
    if len(a) - len(suffix_a) < 2:
        return False
    if n.endswith(a) and len(a) * 2 >= len(n):
        return True
    return a[0] == n[0] and _subsequence(a, n) and len(a) * 2 >= len(n)


ALIAS_RE = re.compile(r"\(\s*이하\s*['\"‘“]?([^)'\"’”]+?)['\"’”]?\s*\)")


def declared_aliases(text: str, mentions: list[Mention]) -> dict[str, str]:
    """'(이하 X)' right after a name: X → that name."""
    aliases = {}
    for match in ALIAS_RE.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 1]
        if before:
            aliases[match.group(1).strip()] = before[-1].name
    return aliases


def anaphor_of(word: Word, text: str) -> str | None:
    """'시' in '시는', '시와', '시·' standing for the city the article is about."""
    if word.stem in ANAPHORS and (not word.bare or text[word.end : word.end + 1] in ("·", ",")):
        return word.stem
    return None
