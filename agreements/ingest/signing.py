"""The signing sentence of an article: which sentence signs, where it was signed, and the
sentences around it ('X가 Y와 손을 맞잡았다' leads, '지난 8일 시청 2층 접견실에서 … 체결했다' signs)."""

from __future__ import annotations

import functools
import re

from .spans import words_between

# a signing another arranged: '… 세 기관이 양해각서를 맺도록 자리를 마련했다', '… 협약을 체결하도록 주선했다'
ARRANGED = r"(?:맺|체결하)도록\s(?:[^\s.\n]+\s)?(?:자리를\s?마련|주선|중재)(?:했|하였)"
STRONG_VERB_RE = re.compile(
    # (the ceremony held in a way or at a place: '협약식을 영상으로 갖고', '협약식을 시청에서 열었다')
    r"체결|서명|맺었|맺고|맺기로|맺는|맺습니|맺을\s(?:예정|계획)|맺은\s(?:뒤|후|다음)\s|맺어(?!\s?(?:온\s|왔|오고|오며|올\s))|협약했|손을?\s?(?:맞)?잡|(?:협약|협정|조인|결연)식을?\s?(?:[가-힣]{1,10}(?:으로|에서)\s)?(?:갖|가졌|개최|열)|(?:착수|중간|최종)\s?보고회"
    r"|협약식을\s?(?:하고|했|하였|진행(?:했|하고|하였))"  # '…과 12일 협약식을 하고', '협약식을 진행하고'
    # a signing held with another event: '협약식 및 보조금 전달식을 가졌다'
    r"|협약식\s?(?:및|과|와)\s[^.\n]{0,40}?[을를]\s?(?:갖|가졌|개최|열)"
    r"|용역에?\s?착수|협력해|협력하여|공동으로\s?(?:추진|운영|개최)"
    rf"|{ARRANGED}"
    r"|(?:협약서|계약서|협정서|약정서|양해각서)에\s?(?:도장을\s?찍(?:었|는다|기로|고\s)|날인)"  # a deed stamped: '… 계약서에 도장을 찍었다'
    r"|(?:양해각서|협약서|협정서|MOU)(?:\s?\(\s?[A-Za-z]{2,5}\s?\))?[을를]?\s?(?:교환|주고받)|맞손"
    # a quoted title: the verb starts after the closing quote ('… 양해각서'를 교환했다)
    r"|(?:(?<=양해각서['\"’”」』])|(?<=협약서['\"’”」』])|(?<=MOU['\"’”」』]))[을를]\s?(?:교환|주고받)"
    # a quoted ceremony: "‘… 사회공헌 협약식’을 개최한다" (the verb after the closing quote)
    r"|(?:(?<=협약식['\"’”」』])|(?<=체결식['\"’”」』])|(?<=결연식['\"’”」』]))[을를]?\s?(?:갖|가졌|가진|개최|열)"
    r"|(?:협약|협정)[^.\n]{0,12}?(?:연장|갱신)(?:했|하기로)"  # a renewal signs again
    # the plain verbs: '업무협약(MOU)을 했다', '투자협약을 가졌다', '자매결연을 했다'
    r"|(?:협약|MOU|양해각서|결연)(?:\s?\(\s?[A-Za-z]{2,5}\s?\))?[을를]\s?(?:했|하였|가졌|갖는다|갖기로|갖고|실시했|실시하였)"
    # the same after a quoted title: '… 상생협력 협약’을 했다', '… 협약’을 실시했다' (the verb starts
    # after the closing quote)
    r"|(?:(?<=협약['\"’”」』])|(?<=협정['\"’”」』])|(?<=MOU['\"’”」』]))[을를]\s?(?:했|하였|가졌|실시했|실시하였)"
    r"|(?:(?<=약정식['\"’”」』])|(?<=약정식))[을를]\s?(?:열었|가졌|개최했)"  # '… 기부 약정식’을 열었다'
    # a photo's caption of the signed copy shown at the ceremony: "… '… 협약식'에서 협약서를 펼쳐 보이고 있다"
    # (the verb starts after the ceremony's name, which may be quoted)
    r"|(?:(?<=협약식)|(?<=체결식)|(?<=결연식)|(?<=식['\"’”」』]))에서\s(?:[^.\n]{0,20}?\s)?"
    r"(?:협약서|결연서|협정서|양해각서)[을를]\s?(?:펼쳐|들어|들고|맞들고)"
)
# a sponsored programme: the sponsor is not a signer, so the verb starts at its name
# (a legal form written apart from the name — 주식회사, 사단법인, 사회복지법인 … — belongs to the sponsor)
SPONSORED_RE = re.compile(
    r"(?:(?:주식회사|㈜|\(주\)|\([사재]\)|사단법인|재단법인|사회복지법인|학교법인|의료법인)\s)?"
    r"\S+\s후원(?:을\s?받아|으로|\s?아래|해|하는\s['\"‘“])"  # 'X이 후원하는 '…' 교실을 운영한다'
)
# the verbs that sign, among the strong ones (not '손을 잡았다', '협력해', '공동으로 추진')
SIGNS_RE = re.compile(r"체결|서명|맺|협약했|협약식|교환|주고받|협약|MOU|양해각서")
SIGN_VERB_RE = re.compile(f"{STRONG_VERB_RE.pattern}|{SPONSORED_RE.pattern}")
# bodies that run something together: 'X는 A, B와 함께 … 프로그램을 운영한다'
JOINT_RE = re.compile(
    r"(?<=[와과]\s)함께\s[^.\n]{0,80}?(?:운영|추진|개최|진행|실시)(?:한다|하기로|했다|하고|해)"
)
QUOTE_RE = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|‘[^’\n]*’|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』")
NOT_A_PLACE_RE = re.compile(r"이날\s?\S*|협약식|행사")
PLACE_STOP_RE = re.compile(
    r"^(?:\d{1,2}일|지난|오는|이날|오늘|어제|최근|\d{4}년|\d{1,2}월|올해|오전|오후|낮|저녁|\d{1,2}시)$"
)
# what happens in a place other than the signing: '… 지역에서 발생하고 있는', '현장에서 일하는'
HAPPENS_AFTER_RE = re.compile(r"\s(?:발생|일어나|일어난|벌어지|벌어진|나타나|늘어나|일하|근무|거주|생활|활동)")
# a photo caption: '윤OO 시장(가운데)은 …', 'NAME<가운데> 시장은', '(사진 왼쪽부터) A와 B가 …'; where it repeats the day the
# text tells, the sentence of the text signs
CAPTION_RE = re.compile(r"[(<〈](?:사진\s?)?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우)[^()<>〈〉\n]{0,12}[)>〉]")
# a photo's caption opened by its mark: '▲ NAME 군수와 NAME 회장이 26일 … 투자협약을 체결했다'
PHOTO_MARK_RE = re.compile(r"\s*▲")
# a photo's credit: '(사진제공=OO군)', '[사진 = OO시]', '사진제공=OO'
CREDIT_RE = re.compile(r"[(\[<]\s?사진\s?(?:제공)?\s?[=:]|사진제공\s?[=:]")
# an earlier year's deal with no day of its own ('지난해 하반기 ㈜A와 … 협약을 체결했다')
EARLIER_DEAL_RE = re.compile(r"지난해|작년|지난\s?(?:19|20)\d\d년")
DAY_RE = re.compile(r"\d{1,2}일")
# a signing a later event counts its time from: '…을 맺고 … 7개월 만에 공장 문을 열었다' ('체결함으로써 …
# N개월 만에 달성했다' is the news itself: the signing reaches the mark)
SINCE_RE = re.compile(
    r"(?:체결|맺)(?:하고|했고|하였고|고|었고|한\s?(?:뒤|후|지)|은\s?(?:뒤|후|지))[^.\n]{0,80}?\d{1,2}\s?(?:개월|년)\s?여?\s?만에"
    # '협약식 이후 불과 6개월 만에 첫 삽을 뜨며'
    r"|(?:협약식|협약\s?체결|체결)\s?(?:이후|후|뒤)[^.\n]{0,20}?\d{1,2}\s?(?:개월|년)\s?여?\s?만에"
)
SENTENCE_END_RE = re.compile(r"(?<=[다요])\.(?=\s|$)|(?<=[가-힣][다요])\.(?=[가-힣])|\n+")  # also '…가졌다.도는'


PLANNED_RE = re.compile(r"[가-힣]{0,4}?(?:할|을|한다는|하겠다는|할\s?것이라는)\s?(?:계획|예정|방침)")
DATED_RE = re.compile(r"\d{1,2}일|오늘|어제|(?<![가-힣])이날(?![가-힣])")
TOLD_AFTER_RE = re.compile(
    r"(?:체결|맺|협약식[을를]\s?|협약[을를]\s?)[^.\n]{0,12}?(?:했|었|하였|가졌)다고\s\d{1,2}일\s(?:밝혔|전했|알렸|발표했)"
)
CEREMONY_AS_PLACE_RE = re.compile(r"식(?:에서|에\s)")
# the ceremony told in the passive: '협약식은 … 열렸다', '체결식이 … 진행됐다'
CEREMONY_HELD_RE = re.compile(
    r"\s*(?:이날\s)?(?:[^.\n]{2,80}?의\s|[^.\n]{2,300}?(?:참석한|자리한|함께한)\s가운데\s|[^.\n]{2,120}?(?:주관한|주최한|마련한)\s)?"
    r"['‘\"“]?(?:[가-힣A-Za-z0-9·]{1,12}\s){0,4}?(?:업무|투자|상생|상생협력|업무\s?협력)?\s?"
    r"(?:협약식|체결식|협약\s체결식|(?:자매)?결연식)['’\"”]?[은이]\s[^.\n]{0,100}?(?P<verb>열렸|진행됐|개최됐|열려)"
)  # 'A와 B의 투자협약식이 12일 시청에서 열렸다': the signers named before the ceremony; '지난 3일 … A,
# B 관계자 등이 자리한 가운데 투자협약식이 열렸다': who attended before it


@functools.lru_cache(maxsize=16)
def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence, ended by '다.' or a line break; in text order, never overlapping.

    Cached: every field rule of an article asks for its sentences, and on a long article the scan
    adds up (the cache keeps the last few articles' texts only)."""
    return tuple(_sentences(text))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end() if match.group() == "." else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def in_any(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in spans)


AMONG_OTHERS_RE = re.compile(r"[가-힣]{0,2}(?:하|되)?는\s등\s")


def signing_sentence(text: str) -> tuple[int, int] | None:
    """(sentence start, signing verb position) of the sentence that signs something, preferring one
    that says when (a lead sentence often sums the news up first: 'X가 Y와 손을 잡았다'), then one of
    the text to a photo caption that repeats it."""
    ranked = signing_sentences(text)
    return ranked[0] if ranked else None


def signing_sentences(text: str) -> list[tuple[int, int]]:
    """Every sentence that signs something, as ``signing_sentence`` ranks them, best first."""
    found = []
    for start, end in sentences(text):
        quotes = [m.span() for m in QUOTE_RE.finditer(text, start, end)]
        # a sentence that signs beats one that is sponsored or run together ('X는 A와 함께 … 운영한다')
        # a photo's caption: who stands where, or a photo credit right after it ('… 맺었다.(사진제공=OO군)')
        caption = bool(CAPTION_RE.search(text, start, end) or CREDIT_RE.search(text, start, end + 12))
        caption = caption or bool(PHOTO_MARK_RE.match(text, start))  # '▲ NAME 군수와 NAME 회장이 … 체결했다'
        if EARLIER_DEAL_RE.search(text, start, end) and not DAY_RE.search(text, start, end):
            continue  # '지난해 하반기 ㈜A와 66억 원 투자협약을 체결했다': an earlier deal, told as background
        if SINCE_RE.search(text, start, end):
            continue  # '지난 4월 ㈜A와 협약을 맺고 … 7개월 만에 공장 문을 열었다': the deal a later event counts from
        held = CEREMONY_HELD_RE.match(text, start, end)
        if held:  # '협약식은 지난 17일 병원 대회의실에서 … 열렸다': the date and place come before '열렸다'
            dated = DATED_RE.search(text, start, held.start("verb"))
            found.append((False, False, 0 if dated else 2, False, False, caption, start, held.start("verb")))
            continue
        for strength, verbs in enumerate((STRONG_VERB_RE, SPONSORED_RE, JOINT_RE)):
            found_verbs = [v for v in verbs.finditer(text, start, end) if not in_any(v.start(), quotes)]
            # '… 열린 투자협약 체결식에서 ㈜A, ㈜B와 … 협약을 체결했다': the ceremony is where, not the verb
            found_verbs = [v for v in found_verbs if not CEREMONY_AS_PLACE_RE.match(text, v.end())] or found_verbs
            # '…와 공동으로 추진키로 한데 이어 9일 … 협약을 체결했다': the signing verb, not the plan before it
            signs = [v for v in found_verbs if SIGNS_RE.search(v.group())]
            verb = next(iter(signs), None) or next(iter(found_verbs), None)
            if verb and not DATED_RE.search(text, start, verb.start()):
                # 'A·B, 투자협약 체결 B가 A와 11일 … 체결했다' (a headline run into the lead): the dated verb
                verb = next((v for v in signs if DATED_RE.search(text, start, v.start())), verb)
            if verb:
                dated = DATED_RE.search(text, start, verb.start())
                # '… 오는 31일 B군과도 결연을 체결할 계획이다': a signing still planned yields to one done
                planned = bool(PLANNED_RE.match(text, verb.end()))
                # '… 체결했다고 22일 밝혔다': a day told after the verb ranks it after a dated sentence and
                # before one with no day at all
                undated = 0 if dated else 1 if TOLD_AFTER_RE.match(text, verb.start(), end) else 2
                # '• 9일 A, B 등과 협약 체결' (a summary line, its verb a bare noun) yields to the sentence
                # that tells it
                summed_up = not text[verb.end() : end].strip(" \n.")
                # '도도 오늘 … 양해각서를 체결하는 등 … 소식이 잇따랐다': one of the day's news, summed up
                summed_up = summed_up or bool(AMONG_OTHERS_RE.match(text, verb.end()))
                # '영주시가 지역 영농조합과 손잡고 …' yields to '영주시와 A영농조합법인이 … 협약을 맺고': of two
                # sentences dated alike, the one whose verb signs tells the signing
                joined = not SIGNS_RE.search(verb.group())
                found.append((strength > 0, planned, undated, joined, summed_up, caption, start, verb.start()))
                break
    return [entry[-2:] for entry in sorted(found)]


# a lead that sums a signing up as joining forces: 'A과 B, C가 … 힘을 모은다', '… 뜻을 모았다'
JOIN_FORCES_RE = re.compile(r"(?:힘|뜻|지혜|역량)을\s?(?:한데\s?)?(?:모은다|모았다|모으기로|모아|모으고)")


def lead_sentences(text: str, main: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Signing sentences before the main one: a lead that sums the news up ('X가 Y와 손을 맞잡았다',
    'A과 B, C가 … 힘을 모은다')."""
    if main is None:
        return []
    found = []
    for start, end in sentences(text):
        if start >= main[0]:
            break
        verb = SIGN_VERB_RE.search(text, start, end) or JOIN_FORCES_RE.search(text, start, end)
        if verb:
            found.append((start, verb.start()))
    return found


def _glossed(text: str, inside, first: int) -> bool:
    """Whether the word before inside[first] is a Latin short name in brackets after a word: 'X(GCC) '."""
    return (
        first > 1
        and text[inside[first - 1].end : inside[first].start] == ") "
        and text[inside[first - 2].end : inside[first - 1].start] == "("
        and re.fullmatch(r"[A-Za-z0-9&]{2,10}", inside[first - 1].text) is not None
        and inside[first - 2].bare
    )


def find_place(text: str, words, sentence: tuple[int, int] | None) -> tuple[str | None, list | None]:
    """Where it was signed: the words before '에서' in the signing sentence ('시청 2층 접견실에서')."""
    if not sentence:
        return None, None
    start, verb = sentence
    inside = words_between(words, start, verb)
    for index, word in enumerate(inside):
        if not word.text.endswith("에서") or len(word.text) <= 2:
            continue
        if HAPPENS_AFTER_RE.match(text, word.end):
            continue  # '농촌 지역에서 발생하고 있는 …': where something else happens, not the venue
        first = index
        while first > 0 and inside[first - 1].bare and not PLACE_STOP_RE.match(inside[first - 1].text):
            if text[inside[first - 1].end : inside[first].start] != " ":
                if not _glossed(text, inside, first):
                    break
                first -= 1  # '가람컨벤션센터(GCC) 소회의실에서': the venue's short name in brackets
            first -= 1
        place_start, place_end = inside[first].start, word.end - 2
        place = text[place_start:place_end]
        if place and not NOT_A_PLACE_RE.fullmatch(place):
            return place, [place_start, place_end]
    return None, None
