"""One article in, its agreements out, in the shape of spec/EXTRACTION.md (with spans into the text).

Each article is analysed once: its words (Kiwi, per paragraph, cached) feed the organisations,
the people, the commitments and the targets; amounts, dates and places are read from the text.
"""

from __future__ import annotations

import datetime
import re

from .clauses import find_commitments, find_targets
from .dates import resolve_signing_date
from .entities import words_of
from .numbers import find_amounts
from .people import find_people
from .roles import parties_of
from .signing import QUOTE_RE, find_place, sentences, signing_sentence

AGREEMENT_RE = re.compile(
    r"업무\s?협약|MOU|양해각서|투자\s?협약|협약식|협약했|(?:협약|협정)[\'\"’”]?(?:을|를)?\s?(?:체결|맺)|상생\s?협력\s?협약"
    r"|용역[^.\n]{0,15}착수|착수\s?보고회"
    # a sponsored programme, not a sponsored festival: the programme is named in the same sentence
    r"|후원[^.\n]{0,60}(?:과정|프로그램|교육|강좌|아카데미|양성|캠프)"
    r"|(?:과정|프로그램|교육|강좌|아카데미|양성|캠프)[^.\n]{0,60}후원(?:으로|을|아래|해|하는|한다|한)"
    r"|협력해[^.\n]{0,60}(?:과정|프로그램|사업|교육|캠페인)[^.\n]{0,10}(?:추진|운영|개설|진행)"
)
NOTICE_RE = re.compile(r"공고\s?제\s?\d|공고합니다|알려\s?드립니다|입찰\s?공고|모집\s?공고")
TITLE_NOUN_RE = re.compile(
    r"(?:업무\s?협약|협약|MOU|양해각서|협정|약정|협약서)$|(?:용역|과정|프로그램|아카데미|교육|캠프|사업)$"
)
TITLE_GLOSS_RE = re.compile(r"\s?\((?:MOU|mou|양해각서|업무협약|협약)\)$")
AGREEMENT_NOUN_RE = re.compile(r"(?:협약|양해각서|MOU|협정|협약서|협약식)$")
SIGN_WORD_RE = re.compile(r"^(?:체결|맺|서명|교환|가졌|갖|개최|열)")
GLOSS_THEN_OBJECT_RE = re.compile(r"\s?\((?:MOU|mou|양해각서|업무협약)\)(?:을|를)\s")
GENERIC_TITLE_RE = re.compile(r"^(?:업무\s?)?(?:협약|협약식|양해각서|MOU|협정)$")
TITLE_STOP_RE = re.compile(r"^(?:가운데|이날|지난|오는|등|함께|\d+일|\d+월|\d+년|올해|최근|공동)$")
STRONG_TITLE_RE = re.compile(r"(?:업무\s?협약|협약|MOU|양해각서|협정|약정|용역)$")
LOCATION_RE = re.compile(
    r"(?<![가-힣])(?:(?:[가-힣]+(?:특별자치도|광역시|특별시|도|시|군|구|읍|면))\s){0,3}"
    r"[가-힣]+(?:동\d*가|동|읍|면|리|로(?:\s?\d+(?:번길)?)?|길(?:\s?\d+)?)(?:\s?\d+(?:-\d+)?(?:번지)?)?\s(?:일원|일대)"
)
# 'OO구 OO로 123' / 'OO면 OO길 45-6': a street address after at least one place name
STREET_RE = re.compile(
    r"(?<![가-힣])(?:[가-힣]+(?:특별자치도|광역시|특별시|도|시|군|구|읍|면|동)\s){1,4}"
    r"[가-힣0-9]+(?:로|길)\s?\d+(?:번길\s?\d+)?(?:-\d+)?"
)
ESTATE_RE = re.compile(
    r"(?<![가-힣])(?:[가-힣A-Za-z]{2,}(?<![은는이가을를에의와과도로지서된한])\s)?"
    r"[가-힣A-Za-z0-9]*(?:산업단지|산단|농공단지|테크노밸리|테크노파크|혁신도시|경제자유구역)"
)
SIGNED_RE = re.compile(r"체결|협약식")
INVESTMENT_RE = re.compile(r"투자\s?(?:협약|양해각서|MOU)")
RESEARCH_RE = re.compile(r"용역|연구\s?(?:협약|과제)")
PROGRAM_TITLE_RE = re.compile(r"(?:과정|프로그램|아카데미|교육|캠프)$")
MOU_RE = re.compile(r"업무\s?협약|MOU|양해각서")
COOPERATION_RE = re.compile(r"협력|상생")
PLAIN_AGREEMENT_RE = re.compile(r"협약|협정")
PROGRAM_TEXT_RE = re.compile(r"후원|협력해")
LINE_RE = re.compile(r"[^\n]+")
APOSTROPHE_RE = re.compile("'")
HANGUL_START_RE = re.compile(r"[가-힣]")
# money that is not spent on the agreement: turnover, market size, capital, prices, losses
NOT_SPENDING_RE = re.compile(
    r"(?:매출|매출액|시장\s?규모|자본금|수출|수출액|수익|가격|연봉|부채|손실|피해|시가총액|판매액)"
    r"(?:은|는|이|가|만)?\s?(?:약\s?|연\s?|연간\s?|총\s?)?$"
)
ANNOUNCED_RE = re.compile(r"^\s?(?:밝혔|전했|말했|알렸|발표했)")


def is_agreement_text(text: str, headline: str | None = None, subheadline: str | None = None) -> bool:
    """Whether an article reports an agreement, a commissioned study or a sponsored programme."""
    whole = "\n".join(part for part in (headline, subheadline, text) if part)
    if NOTICE_RE.search(whole) and not SIGNED_RE.search(text):
        return False
    return bool(AGREEMENT_RE.search(text))


def agreement_kind(title: str | None, text: str) -> str:
    """mou, investment, cooperation, research, program or other, from the title first, then the text."""
    for source in (title or "", text):
        if INVESTMENT_RE.search(source):
            return "investment"
        if RESEARCH_RE.search(source):
            return "research"
        if source is title and PROGRAM_TITLE_RE.search(source.strip()):
            return "program"
        if MOU_RE.search(source):
            return "mou"
        if COOPERATION_RE.search(source) and PLAIN_AGREEMENT_RE.search(source):
            return "cooperation"
        if source is text and PROGRAM_TEXT_RE.search(source):
            return "program"
        if PLAIN_AGREEMENT_RE.search(source):
            return "cooperation"  # a plain 협약 binds the sides to work together
    return "other"


def _quoted(text: str) -> list[tuple[str, int, int]]:
    """Quoted phrases with spans, mending a stray closing quote ("'A'을 위한 B'" → "A을 위한 B")."""
    found = [(m.group()[1:-1], m.start() + 1, m.end() - 1) for m in QUOTE_RE.finditer(text)]
    for paragraph in LINE_RE.finditer(text):
        marks = [m.start() + paragraph.start() for m in APOSTROPHE_RE.finditer(paragraph.group())]
        if len(marks) % 2 == 0:
            continue
        for a, b, c in zip(marks, marks[1:], marks[2:], strict=False):
            if HANGUL_START_RE.match(text[b + 1 : b + 2]) and c - b < 25 and "'" not in text[b + 1 : c]:
                found.append((text[a + 1 : b] + text[b + 1 : c], a + 1, c))
    return found


def find_title(
    text: str, headline: str | None, subheadline: str | None, sentence: tuple[int, int] | None = None
) -> tuple[str | None, list | None]:
    """The agreement's name as the body quotes it (in the signing sentence first, an agreement noun
    before a programme noun), else as the subheadline does."""
    candidates = [
        # the span keeps the source words (a mended stray quote included), less a trailing gloss
        (
            _clean_title(q),
            s + len(q) - len(q.lstrip()),
            e - (len(q) - len(TITLE_GLOSS_RE.sub("", q.rstrip()))),
        )
        for q, s, e in _quoted(text)
        if TITLE_NOUN_RE.search(_clean_title(q))
    ]
    if candidates:

        def rank(candidate):
            in_signing = sentence is not None and sentence[0] <= candidate[1] <= sentence[1] + 80
            return (
                not in_signing,
                not STRONG_TITLE_RE.search(candidate[0]),
                candidate[1],
                -len(candidate[0]),
            )

        # the longest reading at a place wins: a mended stray quote over the cut-short one
        title, start, end = min(candidates, key=rank)
        return title.strip(), [start, end]
    for head in (subheadline, headline):
        for quoted, _, _ in _quoted(head or ""):
            if TITLE_NOUN_RE.search(_clean_title(quoted)):
                return _prefer_body_form(_clean_title(quoted), text), None
    return None, None


def _clean_title(quoted: str) -> str:
    """A quoted name without its trailing '(MOU)' gloss and outer spaces."""
    return TITLE_GLOSS_RE.sub("", quoted.strip())


def unquoted_title(text: str, words, sentence) -> tuple[str | None, list | None]:
    """The noun phrase before '…협약을 체결' when the agreement's name is not quoted
    ('이차전지 공장 증설을 위한 투자양해각서를 체결했다')."""
    if not sentence:
        return None, None
    start = sentence[0]
    inside = [w for w in words if w.start >= start and w.start < sentence[1] + 40]
    for k, word in enumerate(inside):
        if not AGREEMENT_NOUN_RE.search(word.stem):
            continue
        # '…협약을 체결', or with a gloss between: '…업무협약(MOU)을 체결'
        gloss = GLOSS_THEN_OBJECT_RE.match(text, word.stem_end)
        if word.text[len(word.stem) :] in ("을", "를"):
            verb_at = k + 1
        elif gloss:
            verb_at = next(
                (j for j in range(k + 1, len(inside)) if inside[j].start >= gloss.end()), len(inside)
            )
        else:
            continue
        if verb_at >= len(inside) or not SIGN_WORD_RE.match(inside[verb_at].text):
            continue
        first = k
        while first > 0 and k - first < 8:
            previous = inside[first - 1]
            if (
                previous.text in ("위한", "대한")
                and first > 1
                and inside[first - 2].text.endswith(("을", "를", "에"))
            ):
                first -= 2
            elif previous.bare and previous.stem and not TITLE_STOP_RE.match(previous.text):
                first -= 1
            else:
                break
        end = word.stem_end - 1 if word.stem.endswith("협약식") else word.stem_end
        title = text[inside[first].start : end]
        if GENERIC_TITLE_RE.match(title):
            return None, None  # a bare '업무협약' names nothing
        return title, [inside[first].start, end]
    return None, None


def _prefer_body_form(title: str, text: str) -> str:
    """'구축·운영' in a headline becomes '구축 및 운영' when the body writes it that way."""
    if "·" in title:
        joined = title.replace("·", " 및 ")
        if joined in text:
            return joined
    return title


def find_location(text: str) -> tuple[str | None, list | None]:
    """The site: an address-like run of place names ending in 일원/일대 ('OO구 OO동3가 일원'), else
    a named industrial estate ('OO 일반산업단지')."""
    match = LOCATION_RE.search(text) or STREET_RE.search(text) or ESTATE_RE.search(text)
    return (match.group(), list(match.span())) if match else (None, None)


def signing_date(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """(ISO date, the words, span) of the signing, from the signing sentence before its verb."""
    if not sentence:
        return None, None, None
    start, verb = sentence
    region = text[start:verb]
    iso, words = resolve_signing_date(region, published)
    if not words:
        return None, None, None
    at = region.index(words) + start
    if ANNOUNCED_RE.match(text[at + len(words) :]):
        return None, None, None
    return iso, words, [at, at + len(words)]


def extract_article(
    text: str, *, headline: str | None, subheadline: str | None, published: datetime.date | None
) -> tuple[bool, list[dict]]:
    """(is_agreement, agreements) for one repaired article text."""
    if not is_agreement_text(text, headline, subheadline):
        return False, []
    words = words_of(text)
    parties, names, mentions = parties_of(text, words, headline, subheadline)
    sentence = signing_sentence(text)
    title, title_span = find_title(text, headline, subheadline, sentence)
    if title is None:
        title, title_span = unquoted_title(text, words, sentence)
    signed_on, signed_on_text, date_span = signing_date(text, sentence, published)
    place, place_span = find_place(text, words, sentence)
    location, location_span = find_location(text)
    party_names = {p.name for p in parties}
    budgets = [
        {"text": m.text, "amount_krw": m.amount_krw, "source": m.source, "span": list(m.span)}
        for m in _unique_amounts(find_amounts(text), text)
        if not NOT_SPENDING_RE.search(text[max(0, m.span[0] - 12) : m.span[0]])
    ]
    people = [
        {"name": p.name, "title": p.title, "org": p.org, "span": [p.start, p.end]}
        for p in find_people(words, text, mentions, names.resolve, frozenset(party_names))
    ]
    agreement = {
        "title": title,
        "kind": agreement_kind(title, text),
        "signed_on": signed_on,
        "signed_on_text": signed_on_text,
        "place": place,
        "location": location,
        "parties": [
            {"name": p.name, "kind": p.kind, "role": p.role, "aliases": p.aliases, "span": list(p.span)}
            for p in parties
        ],
        "budgets": budgets,
        "targets": find_targets(text, words, published),
        "commitments": find_commitments(text, words, names, party_names),
        "people": people,
        "spans": {
            "title": title_span,
            "signed_on_text": date_span,
            "place": place_span,
            "location": location_span,
        },
    }
    return True, [agreement]


def _unique_amounts(matches, text: str):
    """Each amount once: a repeat in a later sentence is the same money told again, while the same
    figure twice in one sentence ('국비 60억원, 시비 60억원') is two sums."""
    sentence_of = {}
    bounds = sentences(text)
    for match in matches:
        index = next((i for i, (s, e) in enumerate(bounds) if s <= match.span[0] < e), -1)
        if sentence_of.setdefault(match.amount_krw, index) == index:
            yield match
