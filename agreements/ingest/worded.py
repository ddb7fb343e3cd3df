"""Roles the words give anywhere in an article, not the signing sentence: a sponsor ('X의 후원'), a
certifier ('X 인증'), a funder ('X의 지원으로'), the giver and receiver of a donation; and the
bodies a signing sentence lists before '등 … N곳과'."""

from __future__ import annotations

import re

from .entities import LIST_BULLETS, org_kind
from .person_words import TITLE_RE
from .signing import sentences
from .spans import in_sorted, span_at, word_range, words_between
from .words import Mention, Word

SPONSOR_RE = re.compile(r"후원")
CERTIFY_RE = re.compile(r"인증")
FUND_RE = re.compile(r"(?:재정\s?)?지원(?:으로|을\s?받|받)|출연")
RECEIVE_RE = re.compile(r"(?:출연|위탁|기탁)(?:하|한|해|했)")


def worded_roles(text: str, words: list[Word], mentions: list[Mention], quotes: list[tuple[int, int]]):
    """Sponsors ('X의 후원'), certifiers ('X 인증') and funders ('X의 지원으로') anywhere in the text;
    ``quotes`` are the quoted spans (QUOTE_RE's), where a programme's name is no body."""
    by_last = {m.last: m for m in mentions}
    for i in range(1, len(words)):
        word, previous = words[i], words[i - 1]
        if text[previous.end : word.start] != " ":
            continue
        if in_sorted(previous.start, quotes):
            continue  # "'OO 후원의 날'": a programme's name, not a body that sponsors
        josa = previous.text[len(previous.stem) :]
        if SPONSOR_RE.match(text, word.start) and josa in ("의", "가", "이", "에서", ""):
            role = "sponsor"
        elif CERTIFY_RE.match(text, word.start) and josa in ("", "의"):
            role = "certifier"
        elif FUND_RE.match(text, word.start) and josa in ("의", "에서"):
            role = "funder"
        elif RECEIVE_RE.match(text, word.start) and josa == "에":
            role = "other"  # '3억원을 OO재단에 출연': the body that holds the money, no signer
        else:
            continue
        mention = by_last.get(i - 1)
        if mention:
            yield mention.name, mention.kind, role, (mention.start, mention.end)
        elif role == "sponsor" and previous.proper and len(previous.stem) >= 2:
            kind = org_kind(previous.stem, True) or "company"
            yield previous.stem, kind, role, (previous.start, previous.stem_end)


# a gift to a cause: '㈜X는 OO시청을 찾아 … 후원금 2천만원을 기탁했다', 'X는 OO군에 성금을 전달했다'
DONATION_RE = re.compile(
    r"(?:(?:후원금|기부금|성금|발전기금|장학금|후원\s?물품)[^.\n]{0,40}?(?:기탁|기부|전달)"
    r"|\d\s?(?:조|억|천|만)?\s?원(?:을|를)?\s?(?:기탁|기부))"  # '운영비 2억원을 기탁받았다': the sum says it
    r"(?P<received>받)?(?:했|하|해|한|았|는)"
)
FROM_RE = re.compile(r"(?:으로부터|로부터|에게서)\s")
DONOR_AFTER_RE = re.compile(r"(?:\([^()\n]{1,30}\))?(?:는|은|이|가)\s")
CITY_HALL_RE = re.compile(r"(.+[시군구도])[청](?:을|를|에)$")


def donation_roles(text: str, words: list[Word], mentions: list[Mention]):
    """The giver of a donation sponsors it; the body it is given to ('OO시에', 'OO시청을 찾아') is a party."""
    for donation in DONATION_RE.finditer(text):
        start = (span_at(sentences(text), donation.start()) or (0, 0))[0]
        inside = [m for m in words_between(mentions, start, donation.start()) if not m.loose]
        donor = next((m for m in inside if DONOR_AFTER_RE.match(text, m.end)), None)
        if donation.group("received"):  # 'OO시는 ㈜X로부터 후원금을 기탁받았다': the subject receives
            giver = next((m for m in inside if FROM_RE.match(text, m.end)), None)
            named = _giver_with_branch(text, words, inside) if giver is None else None
            if named:  # '㈜X 쏠비치 OO으로부터': the body under the name of its site
                giver, name = named
            else:
                name = giver.name if giver else None
            if giver is None or donor is None:
                continue
            yield name, giver.kind, "sponsor", (giver.start, giver.end)
            yield donor.name, donor.kind, "party", (donor.start, donor.end)
            continue
        if donor is None:
            continue
        yield donor.name, donor.kind, "sponsor", (donor.start, donor.end)
        for mention in inside:
            if mention is not donor and text.startswith(("에 ", "에게 "), mention.end):
                yield mention.name, mention.kind, "party", (mention.start, mention.end)
        for word in words_between(words, start, donation.start()):
            hall = CITY_HALL_RE.match(word.text)
            if hall and word.proper:
                yield hall.group(1), "government", "party", (word.start, word.start + len(hall.group(1)))


def _giver_with_branch(text: str, words: list[Word], inside: list[Mention]):
    """(mention, full name) of a giver written with the name of its site or brand after it, up to
    two bare proper nouns, before '으로부터' ('㈜X 쏠비치 OO으로부터')."""
    for mention in inside:
        following = word_range(words, mention.end, len(text) + 1).start
        after = words[following : following + 3]
        for k, word in enumerate(after):
            if not word.stem or not word.proper:
                break
            if FROM_RE.match(text, word.stem_end):
                return mention, text[mention.start : word.stem_end]
            if not word.bare or k == 2:
                break
    return None


# after '등', the kind of the bodies listed before it and the partner's particle: '등 식품기업 12곳과'
ETC_BODIES_RE = re.compile(  # '… 등 식품기업 12곳과', '… 등 지역 4개 대학이'
    # (a word with a subject's or partner's particle ends the list's group: '등 4개 시군이 6개 기업과')
    r"\s등\s(?:[가-힣0-9]+(?<![이가은는과와])\s){0,3}?[가-힣0-9]*(?P<noun>기업|기관|업체|단체|대학|곳|개사|사|社)(?:들)?(?:과|와|이|가)\s"
)
LIST_GAPS = {",", "·", "ㆍ", "△", "▲", ",△"}  # between two items: 'A, B', 'A·B', '△A △B'
LISTABLE_TAGS = {"NNP", "NNG", "SL", "SN", "SW", "XPN", "XSN"}


def etc_listed(text: str, words: list[Word], signing, known: list[Mention]) -> list[Mention]:
    """'A, B, C 등 식품기업 12곳과 … 협약을 체결했다': each bare noun of the list signs, whatever its
    ending; the words after '등' say they are bodies."""
    if not signing:
        return []
    start, verb = signing
    covered = {i for m in known for i in range(m.first, m.last + 1)}
    found = []
    for k, word in enumerate(words):
        etc = (
            ETC_BODIES_RE.match(text, word.start - 1)
            if word.text == "등" and start < word.start < verb
            else None
        )
        if not etc:
            continue
        j = k - 1
        items, listed = [], 0
        while j >= 0 and words[j].start >= start:
            item = words[j]
            if TITLE_RE.search(item.stem):
                break  # 'NAME ㈜A 대표 등 3개 기업과': heads listed, their bodies found elsewhere
            if item.bare and len(item.stem) >= 2 and all(tag in LISTABLE_TAGS for _, tag in item.tags):
                listed += 1
                name = item.stem.lstrip(LIST_BULLETS)  # '▷다온빈 등 3개 사와': the bullet is no part of the name
                if j not in covered and len(name) >= 2:
                    kind = org_kind(name, True) or ("university" if etc["noun"] == "대학" else "company")
                    at = item.start + len(item.stem) - len(name)
                    items.append((Mention(name, kind, at, item.end, j, j), item))
            else:
                break
            if j == 0 or text[words[j - 1].end : item.start].replace(" ", "") not in LIST_GAPS:
                break
            j -= 1
        if listed == 1 and items and _common_noun(items[0][1]):
            continue  # '관광호텔 건립 등 3개 기업과': what the firms build, not a firm (alone, not last of a list)
        found += [mention for mention, _ in items]
    return sorted(found, key=lambda m: m.start)


def _common_noun(word: Word) -> bool:
    """A word Kiwi reads as common nouns only, and no body by its ending ('건립', '조성')."""
    return all(tag == "NNG" for _, tag in word.tags) and not org_kind(word.stem, True)


TASK_RE = re.compile(
    r"[을를]\s?(?:맡는다|맡기로|맡았다|맡고|담당한다|담당하기로|담당하고)"
    r"|(?:공동으로\s)?수행(?:하며|한다|하고|하기로|하는)"  # '용역은 A과 ㈜B가 공동으로 수행하며'
    r"|(?<=[이가])\s맡는다|(?<=[이가])\s맡기로"  # '검진은 OO회 회원들이 맡는다'
)
# the body's people do the task: 'OO봉사회 회원들이', 'OO전자 임직원이'
MEMBERS_RE = re.compile(r"\s(?:회원|직원|임직원|관계자|봉사자|연구진|의료진|교수진)들?(?:이|가|은|는)\s")


def tasked_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies a sentence gives a part as its subject ('OO협회가 강의를 맡는다', 'OO봉사회 회원들이
    맡는다'): participants, not signers."""
    found = []
    for task in TASK_RE.finditer(text):
        sentence = span_at(sentences(text), task.start())
        for mention in words_between(mentions, sentence[0], task.start()) if sentence else ():
            if not mention.loose:
                subject = text[mention.end : mention.end + 1] in ("이", "가", "은", "는", "와", "과")
                if subject or MEMBERS_RE.match(text, mention.end):
                    found.append(mention)
    return found
