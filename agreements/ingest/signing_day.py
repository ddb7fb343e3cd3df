"""The day an agreement was signed: the date the signing sentence gives before its verb, or else the
day the article tells around it — the news day when '이날 협약식에는 …' follows, the ceremony's own day
('지난 11일 구청장실에서 열린 협약식에는 …'), or the lead's day for a later '이날 … 체결했다', and last the
day the signing was announced ('…체결했다고 14일 밝혔다', ``told_day``), as a reader of the release would enter it (the
words kept beside it show a reviewer it is the day of the news)."""

from __future__ import annotations

import datetime
import re

from .dates import _SIGNING_RE, last_signing_date, resolve_signing_date
from .signing import sentences
from .spans import previous_in_paragraph

THIS_DAY_RE = re.compile(r"(?<![가-힣])이날(?![가-힣])")
_DAY_ANYWHERE_RE = re.compile(r"(?<!\d)\d{1,2}\s?일(?![가-힣])")  # a day written anywhere in the article
# the ceremony or the agreement told as of that day right after the news: '이날 협약식에는 …', '이날
# 체결식은 …', '이날 협약 기업 중 …', '이날 협약으로 …'
THIS_DAY_CEREMONY_RE = re.compile(
    r"[.\n]\s*(?:[^.\n]{0,20}\s)?이날\s(?:\S+\s)?(?:업무\s?)?"
    r"(?:협약식|체결식|서명식|협약\s?체결식|협약(?:에|으로|을|\s기업|\s기관|\s업체))"
)
# the day before the news, in the signing sentence: '공사는 전날 … 체결했다고 17일 밝혔다'
DAY_BEFORE_RE = re.compile(r"(?<![가-힣])전날(?![가-힣])")
# the ceremony told as held the day before the news: '… 밝혔다. 전날 OO마을회관에서 열린 결연식에는 …'
PREVIOUS_DAY_CEREMONY_RE = re.compile(
    r"[.\n]\s*(?P<word>전날|하루\s?전)\s[^.\n]{0,30}?(?:열린|개최된|진행된|가진)\s(?:협약식|체결식|서명식|결연식)"
)
# and the ceremony named first: '… 밝혔다. 협약식은 전날 군청 대회의실에서 … 참석한 가운데 열렸다', '체결식은
# 전날 … 진행됐다'
CEREMONY_THE_DAY_BEFORE_RE = re.compile(
    r"[.\n]\s*(?:협약식|체결식)은\s(?P<word>전날)\s[^.\n]{0,90}?(?:열렸|진행됐)"
)
# the ceremony's own day in the sentences after the lead: '지난 11일 구청장실에서 열린 협약식에는 …',
# '지난 8일 협약식에는 …'
# '6일 시에 따르면 지난 5일 … 열린 협약식은': the day nearest the ceremony, not the news day before it
CEREMONY_DAY_RE = re.compile(
    r"[.\n]\s*(?:[^.\n]{0,24}?\s)??(?P<day>(?:지난\s)?\d{1,2}일)(?:\([월화수목금토일]\))?,?\s"
    r"(?:(?:(?!\d{1,2}일)[^.\n]){0,30}?(?:열린|개최된|진행된|가진|이뤄진|이루어진|체결된)\s)?"
    r"(?:이날\s)?(?:업무\s?)?(?:협약식|체결식|서명식|협약\s?체결식|이번\s(?:업무\s?)?협약(?=은|이|에))"
)  # and '지난 13일 이뤄진 이번 협약은 …', '지난 9일(화), … 진행된 협약식에서는', '… 열린 이날 협약식에는'
# the ceremony named first, then its day, in the signing sentence or after it: "두 기관의 '… 업무협약' 체결식은
# 지난 12월 20일 … 열렸다"
CEREMONY_THEN_DAY_RE = re.compile(
    r"(?:협약식|체결식|서명식)(?:은|는|이|가)\s(?P<day>(?:지난\s)?(?:\d{1,2}월\s?)?\d{1,2}일)"
    r"[^.\n]{0,50}?(?:열렸|개최됐|진행됐|열려|치러졌)"
)
# the day, then where and what, then the ceremony told as held: '14일 가람시청 소회의실에서 … 투자협약식이 열렸다',
# '14일 … 투자협약식이 열린 가운데 참석자들이 기념사진을 찍고 있다'
DAY_THEN_CEREMONY_HELD_RE = re.compile(
    r"[.\n]\s*(?P<day>(?:지난\s)?\d{1,2}일)(?:\([월화수목금토일]\))?\s(?:(?!\d{1,2}일)[^.\n]){0,50}?"
    r"(?:협약식|체결식|서명식)(?:이|은)\s(?:열렸|열린)"
)
# ('… 맺었다고 OO군이 13일 밝혔다', '… 맺었다고 OO공사 OO본부(본부장 NAME)가 11일 밝혔다': who tells it between;
# '… 체결했다고 3월 21일 밝혔다': the day with its month)
TOLD = (
    r"\s(?:(?:[가-힣A-Za-z0-9]{1,20}\s){0,2}[가-힣A-Za-z0-9]{2,20}(?:\([^()\n]{1,20}\))?(?:이|가|은|는)\s)?"
    r"(?P<day>(?:\d{1,2}월\s?)?\d{1,2}일)\s(?:밝혔|전했|알렸|발표했)"  # '… 14일 밝혔다'
)
TOLD_ON_RE = re.compile(rf"[^.\n]{{0,30}}?다고{TOLD}")
# a signing told as done on the day of the news: '…체결했다고 14일 밝혔다', '…맺었다고 1일 발표했다'
TOLD_DONE_RE = re.compile(
    rf"(?:(?:체결|서명|교환|협약|협약을\s)(?:했|하였)|맺었|(?:협력|합의|협약)하기로\s?(?:했|하였))다고{TOLD}"
)  # and what was agreed: '… 사업에 협력하기로 했다고 3일 밝혔다'
# a signing told as done, then the next thing its parties do: '… 협약을 체결하고, 다음 달 행사를 연다고 14일 밝혔다'
TOLD_THEN_RE = re.compile(rf"(?:체결|서명|교환)(?:하고|했으며|하였으며|한\s?뒤|한\s?후)[^.\n]{{0,80}}?다고{TOLD}")
# a signing told before it happens: '… 협약식이 열린다', '… 투자협약을 체결한다고 밝혔다'
AHEAD_RE = re.compile(
    r"[^.\n]{0,12}?(?:열린다|연다|갖는다|체결한다|맺는다|개최한다|진행된다|서명한다|"
    r"(?:열릴|체결할|체결될|가질|맺을|맺어질|진행될|개최될)\s?예정)"
)
LEAD_WINDOW = 300  # characters around a signing sentence where its day or its ceremony is told
# a signing verb joined to the sentence's last verb ('… 체결식을 열고 이같이 뜻을 모은다', '… 서명하고, 오후에는 …
# 둘러본다', '… 체결한 뒤 22일 귀국한다'), which tells the tense
LINKED_LAST_RE = re.compile(r"[^.\n]{0,12}?(?:고,?|\s뒤)\s[^.\n]{0,60}?(?P<last>[가-힣])다\.")
NIEUN = 4  # the final consonant ㄴ in a Hangul syllable's code: '모은다', '돕는다', '연다' are told as to come


def _linked_ahead(text: str, verb: int) -> bool:
    """Whether the signing verb at ``verb`` is joined to a last verb in the present ('… 열고 … 모은다',
    '… 맺고 … 돕는다'), which a sentence told ahead ends with."""
    linked = LINKED_LAST_RE.match(text, verb)
    last = linked and linked["last"]
    return bool(last) and (ord(last) - 0xAC00) % 28 == NIEUN



def signing_date(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """(ISO date, the words, span) of the signing, from the signing sentence before its verb."""
    if not sentence:
        return None, None, None
    start, verb = sentence
    region = text[start:verb]
    ahead = bool(AHEAD_RE.match(text, verb))
    iso, words = resolve_signing_date(region, published, ahead=ahead)
    if iso and not ahead and published is not None and _linked_ahead(text, verb):
        # '11일 … 체결식을 열고 이같이 뜻을 모은다' on the 10th: a day later this month, not last month's
        coming, _ = resolve_signing_date(region, published, ahead=True)
        if coming and coming[:7] == published.isoformat()[:7]:
            iso = coming
    if iso and len(iso) < 10 and not ahead and published is not None and iso > published.isoformat()[: len(iso)]:
        iso, words = None, None  # '… 내년 6억 원 절감 기대 … 협약을 맺었다고 29일 밝혔다': no day of a signing done
    if not words:
        told = TOLD_ON_RE.match(text, verb)
        day_before = DAY_BEFORE_RE.search(region)
        if day_before:
            # the day before the news or the report: '공사는 전날 … 체결했다고 17일 밝혔다', '18일 경남도에 따르면 도는
            # 전날 …'; with no day of the news told, the page's own: 'A군과 B가 전날 오후 … 협약을 체결했다'
            said = told or REPORTED_DAY_RE.match(text, start)
            iso = _the_day_before(said["day"], published) if said else None
            if iso is None and published is not None:
                iso = (published - datetime.timedelta(days=1)).isoformat()
            if iso:
                return iso, "전날", [start + day_before.start(), start + day_before.end()]
        if told and THIS_DAY_CEREMONY_RE.search(text, told.end(), told.end() + LEAD_WINDOW):
            # '…체결했다고 13일 밝혔다. 이날 협약식에는 …': the day of the news is the day of the signing
            iso, words = resolve_signing_date(told["day"], published)
            return iso, words, [told.start("day"), told.end("day")]
        window = (text, told.end(), told.end() + LEAD_WINDOW) if told else None
        before = window and (
            PREVIOUS_DAY_CEREMONY_RE.search(*window) or CEREMONY_THE_DAY_BEFORE_RE.search(*window)
        )
        iso = _the_day_before(told["day"], published) if before else None
        if iso:  # '…맺었다고 13일 밝혔다. 전날 OO마을회관에서 열린 결연식에는 …': the day before the news
            return iso, before["word"], list(before.span("word"))
        held = CEREMONY_DAY_RE.search(text, verb, verb + LEAD_WINDOW)
        held = held or CEREMONY_THEN_DAY_RE.search(text, verb, verb + LEAD_WINDOW)
        held = held or DAY_THEN_CEREMONY_HELD_RE.search(text, verb, verb + LEAD_WINDOW)
        if held and not THIS_DAY_RE.search(region):
            # '최근 … 체결했다고 14일 밝혔다. 지난 11일 구청장실에서 열린 협약식에는 …': the ceremony's day
            iso, words = resolve_signing_date(held["day"], published)
            if words:
                return iso, words, [held.start("day"), held.end("day")]
        if not THIS_DAY_RE.search(region):
            return None, None, None
        reported = REPORTED_DAY_RE.match(text, start)
        if reported:  # '22일 중구에 따르면 이날 … 협약을 했다': the day of the report it opens with
            iso, words = resolve_signing_date(reported["day"], published)
            if words:
                return iso, words, [reported.start("day"), reported.end("day")]
        # '군은 이날 … 협약을 맺었다': the day the lead named ('…체결했다고 22일 밝혔다')
        # '이날 … 협약을 맺는다', '이날 … 서명하고, 오후에는 … 둘러본다': the lead's coming day
        ahead = bool(AHEAD_RE.match(text, verb)) or _linked_ahead(text, verb)
        iso, words, at = last_signing_date(text[max(0, start - LEAD_WINDOW) : start], published, ahead)
        if not words and published is not None and not _DAY_ANYWHERE_RE.search(text):
            # '이날 두 지자체는 … 협약을 맺고': no day anywhere for it to stand for but the page's own
            this_day = THIS_DAY_RE.search(region)
            return published.isoformat(), "이날", [start + this_day.start(), start + this_day.end()]
        if not words:
            return None, None, None
        at += max(0, start - LEAD_WINDOW)
        return iso, words, [at, at + len(words)]
    at = region.index(words) + start
    return iso, words, [at, at + len(words)]


def _the_day_before(day: str, published) -> str | None:
    """The ISO date of the day before ``day`` (the news day, '17일'), when it resolves to a whole date."""
    iso = resolve_signing_date(day, published)[0]
    if not iso or len(iso) != 10:
        return None
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


# a photo's caption, a paragraph of its own, dating the signing it shows: '지난 15일 … 협약서에 서명한 뒤 함께
# 사진을 찍고 있다', '10일 … 협약을 체결하고 기념촬영을 하고 있다'
CAPTION_DAY_RE = re.compile(
    r"(?:^|\n)\s*(?:지난\s)?(?P<day>\d{1,2}일)\s[^.\n]{0,80}?"
    r"(?:협약서에\s서명|(?:협약|협약서|MOU|양해각서)[을를]\s(?:체결|맺|교환|주고받)|협약식)[^.\n]{0,40}?(?:있다|모습)"
)


# a signing sentence that opens with the day of its report: '8일 나래군에 따르면 …'
REPORTED_DAY_RE = re.compile(r"\s*(?P<day>\d{1,2}일)\s(?:[가-힣]{1,12}\s){0,2}[가-힣]{1,12}에\s?따르면\s")
# the coming day a later sentence gives a signing told ahead: '… 협약식을 개최한다. 9일 군에 따르면 오는 10일 …'
COMING_DAY_RE = re.compile(r"오는\s(?P<day>\d{1,2}일)")


def coming_day(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """For a signing told ahead with no day of its own, the coming day ('오는 26일') the sentences right
    after it give."""
    if not sentence or not AHEAD_RE.match(text, sentence[1]):
        return None, None, None
    coming = COMING_DAY_RE.search(text, sentence[1], sentence[1] + LEAD_WINDOW)
    if not coming:
        return None, None, None
    iso, words = resolve_signing_date(coming.group(), published, ahead=True)
    return (iso, words, [coming.start(), coming.end()]) if iso and words else (None, None, None)


def told_day(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """The day a signing was announced as done ('…체결했다고 14일 밝혔다'): the signing's date when
    nothing else dates it, not the signing sentence, the ceremony nor a release's '○ 일시' line."""
    if not sentence:
        return None, None, None
    verb = sentence[1]
    told = TOLD_DONE_RE.search(text, verb, verb + 40) or TOLD_THEN_RE.match(text, verb)
    if not told or "." in text[verb : told.start()] or "\n" in text[verb : told.start()]:
        # '8일 나래군에 따르면 … 협약을 맺었다': the day of the report, told as done
        told = REPORTED_DAY_RE.match(text, sentence[0]) if DONE_RE.match(text, verb) else None
        # with a photo of the signing dated in its caption: '지난 15일 … 협약서에 서명한 뒤 … 찍고 있다', or the
        # ceremony's day told in a later paragraph: '한편 지난달 30일(화) 열린 협약식에는 …'
        told = (CAPTION_DAY_RE.search(text) or CEREMONY_DAY_RE.search(text, verb) or told) if told else None
    if not told:
        return None, None, None
    iso, words = resolve_signing_date(told["day"], published)
    return (iso, words, [told.start("day"), told.end("day")]) if words else (None, None, None)


# the event of the lead, where a later undated signing took place: '시는 18일 … 투자유치 설명회를 가졌다'
LEAD_EVENT_RE = re.compile(
    r"(?:협의회|설명회|회의|총회|포럼|행사|박람회|간담회|세미나|토론회|협약식|체결식|[가-힣]{1,6}식(?:을|에|이|은)|방문)"
)
# the lead told ahead of its day: '21일 … 열리는 협의회에 참석한다고 20일 밝혔다'
LEAD_AHEAD_RE = re.compile(r"열리는|열릴|열린다|개최되는|개최할|개최한다|연다|갖는|가질|참석한다|참석할|예정")
LEAD_SENTENCES = 2
# a year of its own: '… 2021년부터 5년 동안 … 협약을 맺었으며' after '… 지난 11일 1억원을 보냈다' is an earlier pact
YEAR_RE = re.compile(r"(?:19|20)\d\d\s?년")
# the ceremony told as held, with no day, in the signing sentence: '도청 4층 회의실에서 열린 협약식에서는 …'
CEREMONY_HELD_IN_RE = re.compile(r"(?:열린|개최된|진행된)\s(?:[^\s.\n]+\s)?(?:협약식|체결식|서명식)에서")
# a lead told ahead, by its last word: '… 예정이다', or a verb in the plain present (see ``_told_ahead``)
AHEAD_END_RE = re.compile(r"(?:예정이다|(?P<verb>[가-힣])다)\.?\s*$")
HANGUL_FINAL_N = 4  # the index of a closing ㄴ in a Hangul syllable's code


def _told_ahead(part: str) -> bool:
    """Whether a sentence ends in the plain present, a plan told ahead: '… 연다', '… 갖는다', '… 성금을 건넨다'
    (a syllable closed by ㄴ before 다), or '… 예정이다'."""
    end = AHEAD_END_RE.search(part)
    return bool(end) and (end["verb"] is None or (ord(end["verb"]) - 0xAC00) % 28 == HANGUL_FINAL_N)

# a signing told as done: '… 협약을 체결했다', '… 협약을 맺었습니다'
DONE_RE = re.compile(r"(?:체결|서명|교환|협약)(?:했|하였)|맺었")


def lead_day(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """The day of the event the lead tells, for a later signing sentence that names no day ('나래군은
    12일 … 귀농 박람회를 가졌다. … 군은 박람회장에서 ㈜A, B와 업무협약도 맺었다'): the signing took place at it."""
    if not sentence:
        return None, None, None
    spans = sentences(text)
    for start, end in spans[:LEAD_SENTENCES]:
        if start >= sentence[0]:
            break
        part = text[start:end]
        told = TOLD_DONE_RE.search(part)
        if told:  # 'A와 인근 6개 시·군은 … 협력하기로 했다고 3일 밝혔다. … 협약을 맺었다': the lead's news day
            iso, words = resolve_signing_date(told["day"], published)
            if iso and words:
                return iso, words, [start + told.start("day"), start + told.end("day")]
        # or, for a signing told ahead, a lead told ahead too: '군수는 14일 … 지원금을 전달한다. … 지원금
        # 전달에 앞서 … 협약을 체결한다'
        # or a signing sentence that tells its ceremony held with no day: '(25일 …) 도청에서 열린 협약식에서는 … 서명했다'
        held_here = CEREMONY_HELD_IN_RE.search(text, sentence[0], sentence[1])
        if not (LEAD_EVENT_RE.search(part) or held_here) and not (
            AHEAD_RE.match(text, sentence[1]) and _told_ahead(part)
        ):
            continue
        ahead = bool(LEAD_AHEAD_RE.search(part) or AHEAD_RE.match(text, sentence[1]))  # the lead or the signing
        iso, words = resolve_signing_date(part, published, ahead=ahead)
        if iso and words:
            at = start + part.index(words)
            return iso, words, [at, at + len(words)]
    return _day_just_before(text, spans, sentence, published)


def _day_just_before(text: str, spans, sentence, published) -> tuple[str | None, str | None, list | None]:
    """For a signing told as done with no day, the day of the sentence right before it in its paragraph
    ('… 지사는 10일 … 대표와 마주 앉았다. NAME 시장도 같은 테이블에서 … 투자협약(MOU)에 서명했다')."""
    before = previous_in_paragraph(text, spans, sentence[0])
    if before is None or not DONE_RE.match(text, sentence[1]) or YEAR_RE.search(text, sentence[0], sentence[1]):
        return None, None, None  # ('… 2021년부터 5년 동안 … 협약을 맺었으며': an earlier pact of its own year)
    start, end = before
    iso, words = resolve_signing_date(text[start:end], published)
    if not (iso and words and len(iso) == 10):
        return None, None, None
    at = start + text[start:end].index(words)
    return iso, words, [at, at + len(words)]


def news_day(text: str, sentence, published) -> tuple[str | None, str | None, list | None]:
    """The day of the news for a signing told as done in an article that names no day at all ('가람군과
    나래군이 … 업무협약을 체결했습니다', a broadcast's item): the words kept are the signing verb's,
    so a reviewer sees that no day was written."""
    if not sentence or published is None or any(_day_or_month(m) for m in _SIGNING_RE.finditer(text)):
        return None, None, None
    done = DONE_RE.match(text, sentence[1]) or HELD_RE.match(text, sentence[1]) or LINKED_RE.match(text, sentence[1])
    if not done or RECENTLY_RE.search(text, sentence[0], sentence[1]):
        return None, None, None  # '최근 … 체결했다': some day before the news, not the news day
    return published.isoformat(), done.group(), [done.start(), done.end()]


def _day_or_month(match) -> bool:
    """A date the text names to the month or the day, not this year or the next alone ('내년 상반기 착공',
    '올해 공모에서는'), which dates no signing."""
    return match["relword"] not in ("내년", "올해") or match["rmonth"] is not None


RECENTLY_RE = re.compile(r"(?<![가-힣])최근(?![가-힣])")
# a signing linked to what the parties go on to do, not told as planned: '… 교류협약을 맺고 … 협력에 나선다'
LINKED_RE = re.compile(r"맺고\s(?![^.\n]*예정)")
# a ceremony told as held: '이 협약식은 … 참석한 가운데 진행됐다'
HELD_RE = re.compile(r"열렸|진행됐|진행되었|개최됐|개최되었")
