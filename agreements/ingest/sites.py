"""The site of an agreement: an address-like run of place names ending in 일원/일대, the place before a
plot's area, a street address, else a named industrial estate."""

from __future__ import annotations

import re

from .names import strip_marks
from .orgwords import REGIONS
from .signing import sentences
from .spans import in_sorted, word_range

LOCATION_RE = re.compile(
    r"(?<![가-힣])(?:(?:[가-힣]+(?:특별자치도|광역시|특별시|도|시|군|구|읍|면))\s){0,3}"
    r"[가-힣]+(?:동\d*가|동|읍|면|리|로(?:\s?\d+(?:번길)?)?|길(?:\s?\d+)?)(?:\s?\d+(?:-\d+)?(?:번지)?)?"
    r"(?:·[가-힣]+(?:동|리))*\s(?:일원|일대)"  # several villages: 'OO면 A리·B리 일원'
)
# a named district after two place names: '부산 강서구 OO 국제물류도시 일원', 'OO시 OO구 OO지구 일대'
NAMED_AREA_RE = re.compile(
    rf"(?<![가-힣])(?:(?:{'|'.join(sorted(REGIONS))})\s|[가-힣]{{1,5}}(?:특별자치도|광역시|특별시|도|시)\s)"
    r"[가-힣]{1,5}(?:시|군|구)\s(?:[가-힣]{1,5}(?:읍|면|동)\s)?"
    r"(?:[가-힣A-Za-z0-9]{2,}(?<![은는이가을를에의와과로서된한])\s){1,2}(?:일원|일대)"
)
# 'OO구 OO로 123' / 'OO면 OO길 45-6': a street address after at least one place name
STREET_RE = re.compile(
    r"(?<![가-힣])(?:[가-힣]+(?:특별자치도|광역시|특별시|도|시|군|구|읍|면|동)\s){1,4}"
    r"[가-힣0-9]+(?:로|길)\s?\d+(?:번길\s?\d+)?(?:-\d+)?"
)
ESTATE_RE = re.compile(
    r"(?<![가-힣])(?:[가-힣A-Za-z]{2,}(?<![은는이가을를에의와과도로지서된한])\s)?"
    r"[가-힣A-Za-z0-9]*(?:산업단지|산단|농공단지|테크노밸리|테크노파크|혁신도시|경제자유구역)"
    r"(?:\s?제?\d+(?:공구|단계|블록|지구|구역))?"  # the whole extent: 'OO 국가산업단지 5공구'
)
# 'OO단지 내 4만9500㎡ 부지': the place a plant is built, named before its area
SITE_RE = re.compile(
    r"(?<![가-힣])(?P<site>(?:[가-힣A-Za-z0-9]*(?:산업단지|산단)\s|[가-힣A-Za-z0-9]{2,}(?<![은는이가을를에의와과도로지서된한])\s)?"
    r"[가-힣A-Za-z0-9]{2,})\s?내\s[\d,.만천]+\s?(?:㎡|평|m²|㏊|ha)"
)
# a sentence about something else: '한편 군은 지난해 … 후보지로 선정된 바 있다'
BACKGROUND_RE = re.compile(r"^\s*한편\s|바\s?있다")
REST_OF_WORD_RE = re.compile(r"[가-힣]*")
PARTICLES_RE = re.compile(r"(?:에서|에는|에|의|은|는|이|가|을|를|으로|로|와|과|도|까지|부터|만|내)*")


def find_location(text: str, within=None, bodies=(), words=()) -> tuple[str | None, list | None]:
    """The site: an address-like run of place names ending in 일원/일대 ('OO구 OO동3가 일원'), the
    place before a plot's area ('OO단지 내 4만㎡ 부지'), a street address, else a named industrial
    estate ('OO 일반산업단지 2공구'); not an organisation's name ('OO경제자유구역청', a party) and
    not from a background sentence ('한편 …', '… 바 있다')."""
    start, end = within or (0, len(text))
    names = {strip_marks(body).replace(" ", "") for body in bodies}
    background = [(s, e) for s, e in sentences(text) if BACKGROUND_RE.search(text[s:e])]
    for pattern, group in (
        (LOCATION_RE, 0),
        (NAMED_AREA_RE, 0),
        (SITE_RE, "site"),
        (STREET_RE, 0),
        (ESTATE_RE, 0),
    ):
        for match in pattern.finditer(text, start, end):
            at, to = match.span(group)
            if in_sorted(at, background) or text[at:to].replace(" ", "") in names:
                continue
            rest = REST_OF_WORD_RE.match(text, to).group()
            if not PARTICLES_RE.fullmatch(rest):  # '…경제자유구역청(장)' is a body, not a site
                continue
            if pattern is SITE_RE or pattern is ESTATE_RE:
                at = _site_start(text, words, at, to)
            return text[at:to], [at, to]
    return None, None


def _site_start(text: str, words, at: int, to: int) -> int:
    """Where a site's name begins: the bare nouns written before its last word ('해남 솔라시도 기업도시
    산이정원지구 내 …'), not a verb kept in front ('…원을 들여 OO산업단지')."""
    inside = word_range(words, at, to)
    if not inside:
        return at
    first = inside.start
    while first < len(words) and words[first].start < to and not _opens_name(words[first]):
        first += 1  # a verb ('투자해', '들여') or a word with a particle opens no name
    if first >= len(words) or words[first].start >= to:
        return at
    k = first
    while (
        k > 0
        and first - k < 4
        and (_place_noun(words[k - 1]) or _read_as_also(words[k - 1]))
        and text[words[k - 1].end : words[k].start] == " "
    ):
        k -= 1
    while k < first and not _place_noun(words[k]):
        k += 1  # the run starts with a noun of its own
    return words[k].start


def _read_as_also(word) -> bool:
    """A proper noun whose last syllable Kiwi took for 도 'also' inside a run of names ('솔라시도')."""
    return word.text.endswith("도") and word.text[len(word.stem) :] == "도" and word.proper


def _opens_name(word) -> bool:
    """A word a site's name can begin with: a bare noun, which may carry a figure ('OO7일반산업단지'),
    but not a figure alone ('5만2,800㎡') nor a word Kiwi read with an ending or particle after it."""
    return _place_noun(word) or (
        word.bare
        and any(tag in ("NNG", "NNP") and HANGUL_ONLY_RE.fullmatch(form) for form, tag in word.tags)
        and not word.stem[0].isdigit()
    )


HANGUL_ONLY_RE = re.compile(r"[가-힣]+")


def _place_noun(word) -> bool:
    """A bare noun with no figure in it, the stuff of place names."""
    return (
        word.bare
        and bool(word.stem)
        and not any(c.isdigit() for c in word.stem)
        and any(tag.startswith("NN") for _, tag in word.tags)
    )
