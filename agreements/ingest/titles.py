"""The agreement's name: quoted in the body ('…업무협약'), a quoted name with its noun after the quote
(''…수립' 연구용역'), the noun phrase before '…협약을 체결', or, when the article names it nowhere, a
name built from the headline or the parties ('A·B 업무협약'): a draft always has a title."""

from __future__ import annotations

import re

from .signing import QUOTE_RE

TITLE_NOUN_RE = re.compile(
    r"(?:업무\s?협약|협약|MOU|양해각서|합의\s?각서|협정|약정|협약서)$|(?:용역|과정|프로그램|아카데미|교육|캠프|교실|강좌|스쿨|사업)$"
)
TITLE_GLOSS_RE = re.compile(r"\s?\((?:MOU|mou|양해각서|업무협약|협약)\)$")
AGREEMENT_NOUN_RE = re.compile(r"(?:협약|양해각서|MOU|협정|협약서|협약식)$")
SIGN_WORD_RE = re.compile(r"^(?:체결|맺|서명|교환|가졌|갖|개최|열)")
GLOSS_THEN_OBJECT_RE = re.compile(r"\s?\((?:MOU|mou|양해각서|업무협약)\)(?:을|를)\s")
GENERIC_TITLE_RE = re.compile(r"^(?:업무\s?)?(?:협약|협약식|양해각서|MOU|협정)$")
TITLE_STOP_RE = re.compile(r"^(?:가운데|이날|지난|오는|등|함께|\d+일|\d+월|\d+년|\d+시|\d+시\s?\d+분|\d+분|오전|오후|올해|최근|공동)$")
STRONG_TITLE_RE = re.compile(r"(?:업무\s?협약|협약|MOU|양해각서|협정|약정|용역)$")
LINE_RE = re.compile(r"[^\n]+")
# the noun a quoted name leaves outside its quotes: "'…기본계획 수립' 연구용역"
NOUN_AFTER_QUOTE_RE = re.compile(
    r"\s?(연구\s?용역|용역|업무\s?협약|협약|양해각서|MOU)(?=[을를은는이가의에도\s,.]|$)"
)  # and '… 업무협약도 체결됐다'
# a programme named in quotes, then the noun of its class: "'…나눔' 사업", "'…' 캠페인에"
PROGRAMME_AFTER_QUOTE_RE = re.compile(r"\s?(?:사업|캠페인|프로그램)(?=[을를은는이가의에\s,.]|$)")
BRACKET_TAG_RE = re.compile(
    r"^\s*(?:\[[^\]]{1,12}\]|【[^】]{1,12}】|<[^>]{1,12}>)\s*|\s*\((?:종합|속보|상보)\)\s*$"
)
HEADLINE_NOUN_RE = re.compile(r"^.*?(?:업무\s?협약|투자\s?협약|협약|양해각서|MOU|협정)")
APOSTROPHE_RE = re.compile("'")
HANGUL_START_RE = re.compile(r"[가-힣]")


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
    text: str,
    headline: str | None,
    subheadline: str | None,
    sentence: tuple[int, int] | None = None,
    within: tuple[int, int] | None = None,
) -> tuple[str | None, list | None]:
    """The agreement's name as the body quotes it (in the signing sentence first, an agreement noun
    before a programme noun), else as the subheadline does; ``within`` keeps to one agreement's text."""
    candidates = []
    for q, s, e in _quoted(text):
        if within and not within[0] <= s < within[1]:
            continue
        if TITLE_NOUN_RE.search(_clean_title(q)):
            # the span keeps the source words (a mended stray quote included), less a trailing gloss
            start = s + len(q) - len(q.lstrip())
            candidates.append(
                (_clean_title(q), start, e - (len(q) - len(TITLE_GLOSS_RE.sub("", q.rstrip()))))
            )
            continue
        noun = NOUN_AFTER_QUOTE_RE.match(text, e + 1)  # "'…수립' 연구용역 착수보고회"
        if noun and q.strip():
            title = f"{q.strip()} {noun.group(1)}"
            candidates.append((title, s + len(q) - len(q.lstrip()), noun.end(1)))
        elif PROGRAMME_AFTER_QUOTE_RE.match(text, e + 1) and len(q.strip()) >= 4:
            # "'2026 사랑의 연탄 나눔' 사업 후원금": the quoted words name the programme
            candidates.append((q.strip(), s + len(q) - len(q.lstrip()), e - (len(q) - len(q.rstrip()))))
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


QUOTE_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」", "『": "』"}


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
        if word.text[len(word.stem) :] in ("을", "를", "도"):  # '…투자협약도 맺었다
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
        begin = inside[first].start
        closer = QUOTE_PAIRS.get(text[begin - 1 : begin]) if begin else None
        if closer and closer in text[begin:end]:
            begin -= 1  # "'상생형 광양 일자리' 투자 협약": its quoted name, both quotes kept
        title = text[begin:end]
        if GENERIC_TITLE_RE.match(title):
            return None, None  # a bare '업무협약' names nothing
        return title, [begin, end]
    return None, None


def _prefer_body_form(title: str, text: str) -> str:
    """'구축·운영' in a headline becomes '구축 및 운영' when the body writes it that way."""
    if "·" in title:
        joined = title.replace("·", " 및 ")
        if joined in text:
            return joined
    return title


def built_title(headline: str | None, party_names: list[str], text: str) -> str:
    """A name for an agreement the article does not name: the headline up to its agreement noun
    ('A, B와 수소산업 육성 MOU'), cleaned of tags such as '[보도자료]'; else the parties and the
    agreement noun the text uses ('A·B 업무협약'); else the headline or the article's first words."""
    head = BRACKET_TAG_RE.sub("", headline or "").strip()
    noun = HEADLINE_NOUN_RE.match(head)
    if noun:
        return noun.group().strip()
    used = USED_NOUN_RE.search(text)
    if party_names and used:
        return f"{'·'.join(party_names[:4])} {used.group().replace(' ', '')}"
    if head:
        return head
    return text.strip().split("\n")[0][:40].strip()


USED_NOUN_RE = re.compile(r"업무\s?협약|투자\s?협약|양해각서|MOU|협약|용역|협정|자매\s?결연|결연")
