"""Partners told in forms the sentence rules do not read as names.

- Firms a later sentence adds to the signing, each introduced by its trade: '부품 제조기업 A, 금속제품
  제조기업 B, 컨택센터인 C와도 투자양해각서를 체결했다' — the sentence has no subject of its own (the
  article's body signs), its '…와도' says these signed too, and each item's last word is the firm
  whatever Kiwi makes of it (small firms' names are unknown words).
- A body named in quotes after what it is: '관내 11개 대학 총장협의체인 ‘OO총장포럼’과 … 협약을 체결했다'.
- Bodies named before their count, after what they did: '협약에 참여한 ㈜A, B㈜, C 등 3개 기업은 …'.
- The topics of what each body will do under the agreement, where no sentence names the signers: '이번
  협약에 따라, A는 …하고 B·C는 …할 예정이다'.
- A firm the signing sentence calls only '회사' ('회사는 오늘 충청남도, 아산시와 투자 협약을 맺고'), named in the
  sentence before ('… 업체 ㈜A의 새 공장이 들어섭니다').
- The sentence openings that say a list of signers follows ('협약 기업은 ㈜A, ㈜B 등이다'), read by
  ``listing.listing_items``, and the city such an opening signs with ('시와 함께 서명한 곳은 A, B …')."""

from __future__ import annotations

import re

from .anaphors import anaphor_of
from .entities import org_kind
from .listing import listing_items
from .participation import ITEM_SPLIT_RE  # 'A, B·C': the items of a list
from .party import Party
from .signing import sentences
from .spans import previous_in_paragraph, span_at, words_between
from .townships import TOWNSHIP_RE

# the list, then '와도'/'과도' and the signing verb with at most two words between
ALSO_SIGNED_RE = re.compile(
    r"(?:^|(?<=[.\n]))\s*(?P<list>[^.\n]{2,200}?)(?:와|과)도\s(?:[^\s.\n]+\s){0,2}?"
    r"(?:투자\s?)?(?:업무\s?)?(?:협약|양해각서|MOU)[을를]?\s?(?:체결|맺)"
)
# a trade before the name: '… 제조기업 A', '컨택센터인 B', '… 전문업체 C'
TRADE_END_RE = re.compile(r"(?:기업|업체|회사|기관|법인)$|인$")
NAME_RE = re.compile(r"[가-힣A-Za-z0-9&㈜()]{2,20}")
# a clause with a subject of its own or a time word is not a bare list of firms
NOT_A_LIST_RE = re.compile(r"(?:은|는|이|가)\s|\d{1,2}일|이날|에서\s")


def also_signed(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each firm a '…와도 … 체결했다' sentence lists after its trade."""
    found = []
    for match in ALSO_SIGNED_RE.finditer(text):
        listed = match.group("list")
        if NOT_A_LIST_RE.search(listed):
            continue
        offset = match.start("list")
        position = 0
        for item in ITEM_SPLIT_RE.split(listed):
            at = listed.index(item, position)
            position = at + len(item)
            words = item.split()
            if len(words) < 2 or not TRADE_END_RE.search(words[-2]):
                continue  # only a firm named after its trade: a bare word may be a project or a place
            name = words[-1]
            if not NAME_RE.fullmatch(name):
                continue
            start = offset + at + item.rindex(name)
            found.append((name, org_kind(name, True) or "company", (start, start + len(name))))
    return found


# '… 협의체인 ‘OO포럼’과', '… 개발 업체인 'OO온'과': a quoted name after the kind of body it is, as a partner
APPOSED_QUOTED_RE = re.compile(
    r"(?P<sort>협의체|협의회|단체|모임|연합체|기구|조직|법인|포럼|업체|기업|회사|제조사)인\s?"
    r"[‘'\"“](?P<name>[^’'\"”\n]{2,20})[’'\"”](?:와|과)\s"
)
FIRM_SORTS = {"업체": "company", "기업": "company", "회사": "company", "제조사": "company"}


def described_partners(text: str, start: int, verb: int) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body a signing sentence names after what it is: quoted after its kind, or
    a firm after what it makes ('… 건강기능식품을 만들어 약국에 공급하는 A와 투자협약을 했다')."""
    quoted = [
        (m["name"], org_kind(m["name"], True) or FIRM_SORTS.get(m["sort"], "association"), m.span("name"))
        for m in APPOSED_QUOTED_RE.finditer(text, start, verb)
    ]
    described = DESCRIBED_FIRM_RE.finditer(text, start, verb + PACT_WORDS)  # (the pact's words may stand at the verb)
    return quoted + [(m["name"], "company", m.span("name")) for m in described]


# a firm right after what it makes, then the pact: '… 만들어 약국에 공급하는 A와 투자협약을 했다'
PACT_WORDS = 8
DESCRIBED_FIRM_RE = re.compile(
    r"(?:만드는|생산하는|공급하는)\s(?P<name>[가-힣A-Za-z0-9]{2,12})[과와]\s(?:투자\s?)?협약[을를]"
)


# '협약에 참여한 ㈜A, B㈜, C 등 3개 기업은 …': the bodies named before their count, after what they did
COUNT_AFTER_LIST_RE = re.compile(
    r"(?:협약에\s참여한|협약을\s(?:체결|맺)은|협약을\s체결한|참여한)\s(?P<list>[^.\n]{4,240}?)\s?등\s"
    r"(?P<n>\d{1,2})\s?개\s?(?:기업|업체|사|기관|회사)(?:은|는|이|가)\s"
)
LIST_ITEM_RE = re.compile(r"(?:㈜|\(주\))?[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,20}(?:㈜|\(주\))?")


def counted_after_list(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of each body a '… 참여한 A, B, C 등 N개 기업은' lists, when the list holds
    about as many names as the count says (every one, or all but one of four or more)."""
    found = []
    for match in COUNT_AFTER_LIST_RE.finditer(text):
        offset, listed, n = match.start("list"), match.group("list"), int(match.group("n"))
        items = []
        position = 0
        for item in ITEM_SPLIT_RE.split(listed):
            at = listed.index(item, position)
            position = at + len(item)
            if not LIST_ITEM_RE.fullmatch(item.strip()):
                items = []
                break
            start = offset + at + len(item) - len(item.lstrip())
            items.append((item.strip(), (start, start + len(item.strip()))))
        if items and n - (1 if n >= 4 else 0) <= len(items) <= n:
            found += [(name, org_kind(name, True) or "company", span) for name, span in items]
    return found


# a sentence that opens by telling what each signer does under the agreement: '이번 협약에 따라, A는 …하고
# B·C는 …한다'
DUTIES_OPENING_RE = re.compile(r"(?:^|(?<=[.\n]))\s*(?:이번\s|이날\s)?(?:업무\s?)?협약에\s?따라,?\s")
TOPIC_RE = re.compile(r"(?:\([^()\n]{1,30}\))?(?:은|는)\s")
JOINED_RE = re.compile(r"\s?[·ㆍ]\s?|[와과]\s")


def duty_parties(text: str, mentions, parties: list) -> list:
    """The signers of :func:`duty_topics`, as parties, when no party signs so far."""
    if any(p.role == "party" for p in parties):
        return []
    return [Party(m.name, m.kind, "party", (m.start, m.end)) for m in duty_topics(text, mentions)]


def duty_topics(text: str, mentions) -> list:
    """The bodies that are the topics of what each will do in a sentence opening '이번 협약에 따라'
    ('A는 … 단속을 늘리고 B·C는 … 안전교육을 맡을 예정이다'): the signers, for an article whose
    signing sentence names none. Two or more, or none."""
    for opening in DUTIES_OPENING_RE.finditer(text):
        end = span_at(sentences(text), opening.end(), (0, opening.end()))[1]
        inside = [m for m in words_between(mentions, opening.end(), end) if not m.loose]
        topics = []
        for index, mention in enumerate(inside):
            if TOPIC_RE.match(text, mention.end):
                topics.append(mention)
                # 'B·C는': the bodies joined to the topic before it
                j = index - 1
                while j >= 0 and JOINED_RE.fullmatch(text[inside[j].end : inside[j + 1].start]):
                    topics.insert(len(topics) - 1, inside[j])
                    j -= 1
        names = list(dict.fromkeys(m.name for m in topics))
        if len(names) >= 2:
            return [next(m for m in topics if m.name == name) for name in names]
    return []


# a sentence that lists the signers after saying who they are (each item read by ``listing.listing_items``)
LISTING_RE = re.compile(
    r"(?:(?:협약|참여|투자)\s?(?:공공\s?)?(?:[가-힣]{0,4}(?:공사|공단|기관)|기업|업체|단체|병원|대학"
    r"|[가-힣]{0,4}(?:업소|점포|가게|상점|약국|의원|시장|지점|학교))(?:\(\d{1,2}\s?개\))?(?:은|는)\s"
    # '이날 협약식에 참여한 기관은 A와 B, C … 등이다', '협약에 참여한 기업은 …', '참여 도시공사는 A, B … 등이다',
    # '자문 협약 의료기관은 A, B, C이다'
    # '협약식에 참석한 투자업체 대표는 △㈜A NAME 대표 △B㈜ NAME 부사장 … 등이다'
    # '협약에 참여한 11개 조직은 △A △B … 등 11개 지원기관이다'
    r"|(?:협약|협약식|MOU)에\s(?:참여|참석)한\s(?:투자\s?)?(?:\d+\s?개\s?)?(?:공공\s?)?(?:기업|기관|업체|단체|[가-힣]{0,4}조직)"
    r"(?:\s?대표(?:들|자)?)?(?:은|는)\s"
    # '양해각서를 맺은 기업은 A, B다', '협약을 체결한 6개 업체는 △A △B 등이다'
    r"|(?:협약|양해각서|MOU)[을를]\s(?:맺은|체결한|맺을|체결할|맺는|체결하는)\s(?:\d+\s?개\s?)?(?:기업|기관|업체|단체|사)(?:은|는)\s"
    r"|(?:협약|MOU)(?:한|을\s한)\s(?:기업|기관|업체|단체|회사)(?:은|는)\s"  # '이날 투자 협약한 기업은 A와 B 등이다'
    r"|(?:서명|참여)(?:하는|한|할)\s(?:곳|기관|기업)(?:은|는)\s"  # '서명하는 곳은 A와 B, C다'
    # '이날 협약에 이름을 올린 업소는 A(대표 NAME), B(대표 NAME)이다', '함께한 4개 기관은 A, B, C, D이다'
    # (the first item right after: not '협약에 함께한 11개 기업은 올해 안에 …')
    r"|(?:이름을\s올린|함께한)\s(?:\d+\s?개\s?)?(?:곳|기관|기업|업체|업소|가게|단체)(?:은|는)\s"
    # (or bulleted: '이번 협약에 이름을 올린 기업은 ▲A ▲(유)B ▲C(주) … 등이다')
    r"(?=[△▲]|[^\s,]{2,20}(?:\s[^\s,]{2,12})?(?:\([^)]*\))?(?:,|\s및\s|[와과]\s|\s등|(?:이)?다\.))"
    r"|협약\s?(?:대상|상대|상대방|당사자)(?:은|는)\s"  # '협약 대상은 A와 B, C·D마을이다'
    r"|(?:투자|입주)\s?(?:희망|예정)\s?(?:기업|업체)(?:은|는)\s"  # '입주 예정 기업은 △A △B 등 2개사다'
    # '이번 협약으로 가람군으로 이전하는 기업은 … A(대표 NAME), … B(대표 NAME) 등 두 곳이며'
    r"|(?:이전|입주|투자)(?:하는|할|한)\s(?:기업|업체)(?:은|는)\s)"
    r"(?!\s*(?:모두|총)?\s?\d{1,3}\s?개\s?(?:기업|업체|사|기관)(?:으로|로)\s)"  # '모두 5개 기업으로 각각 A, B': trades
)


# pairs bulleted in one sentence that each made a pact at the one ceremony: '이날 △A-B △C-D △E-F가 각각 연을
# 맺었다' (a firm and a market, a company and a village): both sides of each pair sign
PAIRED_RE = re.compile(
    r"[△▲]\s?(?P<a>[^△▲\n\-–]{2,25}?)\s?[-–]\s?(?P<b>[^△▲\n\-–]{2,25}?)"
    r"(?P<end>(?:이|가)\s각각\s|\s?(?=[△▲])|\s?(?P<is>이다|이며|다)(?=[.,\s]|$))"
)
# or told as what the day's ties were: '이날 맺어진 결연은 ▲A-B ▲C-D이다', '짝을 이룬 동과 기업은 ▲A-B … ▲E-F다'
PAIRS_ARE_RE = re.compile(r"(?:짝|결연|협약)[^.\n]{0,20}(?:은|는)\s?$")
# the same joined by '과/와' and commas: '결연은 △A 경로당과 B조합, △C 경로당과 D문화원 등으로 … 결연을 맺었다'
PAIRED_WITH_RE = re.compile(
    r"[△▲]\s?(?P<a>[^△▲\n,]{2,25}?)(?:과|와)\s(?P<b>[^△▲\n,]{2,25}?)"
    r"(?P<end>,\s?(?=[△▲])|\s등(?:으로|이|과|와)?\s|(?:이|가)\s각각\s)"
)
PAIRS_MADE_RE = re.compile(r"(?:결연|협약|자매결연|양해각서)[을를]\s?(?:맺었|체결했)")
PAIR_NAME_RE = re.compile(r"[가-힣A-Za-z0-9&㈜()][가-힣A-Za-z0-9&㈜()·ㆍ ]{1,24}")
PAIRS_SIGNED_RE = re.compile(r"각각\s(?:[^\s.\n]+\s){0,2}?(?:연을|결연을|협약을|자매결연을)?\s?(?:맺었|체결했|맺고|체결하)")


def paired_sides(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(name, kind, span) of both sides of each pair a sentence bullets as having made its pact that day."""
    found = []
    for start, end in sentences(text):
        pairs = list(PAIRED_RE.finditer(text, start, end))
        told_as_ties = (
            len(pairs) >= 2 and pairs[-1].group("is") and PAIRS_ARE_RE.search(text, start, pairs[0].start())
        )
        if not told_as_ties and (len(pairs) < 2 or not PAIRS_SIGNED_RE.search(text, pairs[-1].end("b"), end)):
            pairs = list(PAIRED_WITH_RE.finditer(text, start, end))
            after = pairs[-1].end("b") if pairs else end
            made = PAIRS_SIGNED_RE.search(text, after, end) or PAIRS_MADE_RE.search(text, after, end)
            if len(pairs) < 2 or not made or pairs[-1].group("end").startswith(","):
                continue  # '△A와 B, △C와 D 등으로 … 결연을 맺었다', the last pair closed by '등
        if not pairs[-1].group("end").strip():
            continue  # the bullets must end on the sentence's '… 가 각각 … 맺었다'
        for pair in pairs:
            for side in ("a", "b"):
                name = pair.group(side).strip()
                if PAIR_NAME_RE.fullmatch(name):
                    at = pair.start(side) + pair.group(side).index(name)
                    kind = "government" if TOWNSHIP_RE.fullmatch(name) else org_kind(name, True) or "company"
                    found.append((name, kind, (at, at + len(name))))  # ('중앙동-㈜A': the 동 and a firm)
    return found


WITH_RE = re.compile(r"(?:와|과)\s함께\s")


def listed_parties(text: str, words, mentions, city: dict[str, str]):
    """(name, kind, span) of each body a sentence lists after saying who they are ('협약 기업은 ㈜A, ㈜B, C㈜
    등이다'), and of the city the article stands for when the opening signs it too ('시와 함께 서명한 곳은 A, B,
    C 등 3개 기관이다')."""
    spans = sentences(text)
    for listing in LISTING_RE.finditer(text):
        sentence = span_at(spans, listing.start())
        if not sentence:
            continue
        for mention in listing_items(text, words, mentions, listing.end(), sentence[1]):
            yield mention.name, mention.kind, (mention.start, mention.end)
        for word in words_between(words, sentence[0], listing.start()):
            anaphor = anaphor_of(word, text)
            if anaphor and anaphor in city and WITH_RE.match(text, word.stem_end):
                yield anaphor, "government", (word.start, word.stem_end)


# the signing sentence's subject, a firm told by its sort: '회사는 오늘 충청남도, 아산시와 투자 협약을 맺고'
FIRM_SUBJECT_RE = re.compile(r"\s*회사는\s")


def firm_named_before(text: str, mentions, signing, parties: list) -> list:
    """The parties, with the one firm the sentence before names (in the same paragraph) when the signing
    sentence's subject is only '회사는' and no firm signs yet."""
    if signing is None or any(p.kind == "company" for p in parties) or not FIRM_SUBJECT_RE.match(text, signing[0]):
        return parties
    before = previous_in_paragraph(text, sentences(text), signing[0])
    firms = {m.name: m for m in words_between(mentions, *before) if m.kind == "company"} if before else {}
    if len(firms) != 1:
        return parties
    (firm,) = firms.values()
    return sorted([*parties, Party(firm.name, "company", "party", (firm.start, firm.end))], key=lambda p: p.span[0])
