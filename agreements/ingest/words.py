"""The words of an article as Kiwi reads them: each word's span, its stem without particles, and
its tags; particles glued to a name by a missing space are mended; the legal marks of a company
(㈜, (주), (유) …) kept with its name. The organisation rules (entities.py) read these words."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import korean
from .orgwords import HEAD_TITLES
from .placewords import mend_place_words

MARKER = r"㈜|\(주\)|\(유\)|\(사\)|\(재\)|\(합\)|\(사단\)|\(재단\)"
# a name masked with circles ('홍○○') keeps them; a circle elsewhere is a bullet
WORD_RE = re.compile(
    rf"(?:{MARKER}|(?<=[가-힣○])○|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])|[^\s,·ㆍ()\[\]'\"‘’“”「」『』<>…/=△▲○●■□◆◇※-])+"
)  # a hyphen joins Latin names ('S-OIL') but separates Korean ones ('OO시-OO공사')
COMPANY_MARK_RE = re.compile(
    r"^(?:㈜|\(주\)|주식회사\s?|\(유\)|\(유한\)|유한회사\s?)|(?:㈜|\(주\)|\(유\)|\(합\)|\s?주식회사|\s?유한회사)$"
)
TRAILING_MARK_RE = re.compile(r"\((?:주|유|사|재|합)\)$")
MARKED_THEN_PARTICLE_RE = re.compile(r"^(.+(?:㈜|\((?:주|유|사|재|합)\)))[가-힣]{1,3}\.?$")  # '…(주)이다.'
COMPOUND_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문")
REGION_ENDINGS = ("광역시", "특별시", "특별자치시", "특별자치도")
NOMINAL = {"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "SW", "XPN", "XSN", "W_SERIAL", "W_URL"}


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
            for start, end in _pieces(paragraph):
                inside = []
                while position < len(tokens) and tokens[position].start < end:
                    if tokens[position].start >= start:
                        inside.append(tokens[position])
                    position += 1
                word = _word(paragraph[start:end], offset + start, inside, start)
                if not word.stem and word.text in PROVINCE_TOPICS and _opens_clause(paragraph, start):
                    # '…하고, 도는 인허가를 지원한다': Kiwi reads 도는 as 'turning'; opening a clause it is the 도
                    word = Word(word.start, word.end, word.text, word.start + 1, [("도", "NNG")])
                words.append(word)
        offset += len(paragraph) + 1
    return _mend_glued_particles(mend_place_words(words))


# a sentence's end glued to the next one by a missing space: '…나섰다.가람시설공단, …'
GLUED_END_RE = re.compile(r"(?<=[가-힣][다요])\.(?=[가-힣㈜(])")


# a byline glued to the lead by a missing space: 'NAME 기자가람시가 …' ('기자회견', '기자단' are words)
GLUED_BYLINE_RE = re.compile(
    r"(?<=[가-힣]{2}\s기자)(?=[가-힣])(?!회견|단|들|실|간담|브리핑|설명|증|협회|상|수첩|클럽|석|생활|정신|출신)"
)


def _pieces(paragraph: str):
    """(start, end) of each word of a paragraph, a word glued across a sentence's end, or a byline
    glued to the lead, cut in two."""
    for match in WORD_RE.finditer(paragraph):
        start, end = match.span()
        for glued in [*GLUED_END_RE.finditer(paragraph, start, end), *GLUED_BYLINE_RE.finditer(paragraph, start, end)]:
            yield start, glued.end()
            start = glued.end()
        yield start, end


GLUED_PARTICLES = ("과", "와", "은", "는", "이", "가", "을", "를", "의", "에")


def _mend_glued_particles(words: list[Word]) -> list[Word]:
    """Words whose particle Kiwi glued into an unknown proper noun ('㈜OO항공과' read as one name)
    cut back to the name, when the article writes that name elsewhere as a word of its own."""
    stems = Counter(COMPANY_MARK_RE.sub("", word.stem) for word in words if word.stem)
    mended = []
    for i, word in enumerate(words):
        bare_stem = COMPANY_MARK_RE.sub("", word.stem)
        # '㈜A과 ㈜B는': a marked firm then another marked firm, so the 과 joins the two
        paired = (
            word.stem.endswith(("과", "와"))
            and bare_stem != word.stem
            and i + 1 < len(words)
            and COMPANY_MARK_RE.match(words[i + 1].text) is not None
        )
        if (
            word.bare
            and word.tags
            and word.tags[-1][1] == "NNP"
            and word.stem.endswith(GLUED_PARTICLES)
            and len(bare_stem) >= 3
            and (bare_stem[:-1] in stems or _glued_to_title(bare_stem) or paired)
            and stems[bare_stem] == 1  # the glued form is the only one: no name of its own
        ):
            form, _ = word.tags[-1]
            tags = word.tags[:-1] + ([(form[:-1], "NNP")] if len(form) > 1 else [])
            word = Word(word.start, word.end, word.text, word.end - 1, tags)
        mended.append(word)
    return mended


def _glued_to_title(stem: str) -> bool:
    """'OO시장과', 'OO군수와': a head's title with the 과/와 that joins the next attendee."""
    return stem.endswith(("과", "와")) and stem[:-1].endswith(tuple(title for title, _ in HEAD_TITLES))


ANAPHOR_PARTNERS = ("시와", "군과", "구와")  # not '도와', which is also 'helping'
PROVINCE_TOPICS = ("도는", "도가", "도와", "도도")
CLAUSE_START_RE = re.compile(r"(?:^|[.,]\s|다\.\s|\n)\s*$")


def _opens_clause(paragraph: str, start: int) -> bool:
    """Whether the word at ``start`` opens the paragraph or a clause (after '. ', ', ', '다. '): the
    pattern read back over the spaces before the word only, not from the paragraph's beginning."""
    gap = start
    while gap and paragraph[gap - 1].isspace():
        gap -= 1
    return bool(CLAUSE_START_RE.search(paragraph, max(0, gap - 2), start))


# a word led by a firm's legal mark and closed by one particle: the name is all before the particle,
# whatever Kiwi reads inside it ('㈜가람아라리요는' is no '㈜가람아라리' + an ending)
MARK_LED_RE = re.compile(
    r"^(?:㈜|\(주\))[가-힣A-Za-z0-9]{2,}?"
    r"(?=(?:에서는|에서|에게|에는|으로|로는|와는|과는|와의|과의|은|는|이|가|와|과|의|을|를|도|에|로)$)"
)


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
    if len(tokens) >= 2 and (tokens[-1].form, tokens[-1].tag) == ("등", "NNB") and stem_end == len(text):
        stem_end = tokens[-1].start - local  # 'NAME 가람연구원 원장등 30여 명': '등' glued to the title
    led = MARK_LED_RE.match(text)
    if led and led.end() > stem_end:  # '㈜가람아라리요는': a firm's whole name runs to its particle
        stem_end = led.end()
    if text.endswith(REGION_ENDINGS):  # '가람광역시': Kiwi may read an unknown city's 역시 as 'also'
        stem_end = len(text)
    elif (
        len(tokens) >= 2
        and tokens[0].form in COMPOUND_SURNAMES
        and stem_end == tokens[0].start - local + 2
        and tokens[1].len == 1
        and not tokens[1].tag.startswith("J")
    ):  # '남궁현': Kiwi may read the given name after a two-syllable surname as a determiner
        stem_end = tokens[1].start - local + 1
    elif text in ANAPHOR_PARTNERS:  # '공사는 가람시청에서 시와 협약식을 가졌다': Kiwi may read 시와 as one noun
        stem_end = 1
    elif text.endswith("상의") and stem_end == len(text) - 1 and tokens and tokens[0].tag == "NNP":
        stem_end = len(text)  # 'OO상의', the chamber of commerce, not 'OO상' + 의
    tags = [(token.form, token.tag) for token in tokens if token.start - local < stem_end]
    if SPLIT_BODY_RE.fullmatch(text[:stem_end]) and any(tag in ("ETM", "MM", "VV", "VA") for _, tag in tags):
        # '새길은행': no relative clause nor determiner is written inside one word, so Kiwi's '새기+ㄹ 은행' or
        # '새/MM 길 은행' is a body's name
        tags = [(text[:stem_end], "NNP")]
    return Word(start, start + len(text), text, start + stem_end, tags)


# a word that ends on a body's own noun, which Kiwi may split into a verb and that noun
SPLIT_BODY_RE = re.compile(r"[가-힣]{2,8}(?:은행|재단|협회|조합|공사|공단|병원|금고|신협|농협)")
