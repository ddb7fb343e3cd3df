"""Several agreements in one article. A later sentence that signs another agreement with a partner
the first one did not have ('이어 시는 같은 장소에서 ㈜B와 320억원 규모의 투자협약도 맺었다') starts a
second agreement; the article's sentences from there on are its own (partner, money, targets,
people), while the date and a place given as '같은 장소' carry over from the first. A ceremony of
several pacts told as done one after another ('먼저 A, B 등 3개 기관이 참여하는 '…' 업무협약이 체결됐다. 이어
A, C 등 …이 이뤄졌다') is split the same way, each pact's signers those listed as taking part; and so is a
clause or a sentence that opens on a day of its own ('…을 가졌고, 28일에는 C가 같은 시장 상인회와 …', a round-up's
'B군은 11일 …'), its subject a signer, and a trip's later day (``trips``). One sentence that tells several with
'각각' is read in ``each_told``."""

from __future__ import annotations

import re

from .article_parties import parties_of
from .listed import HEAD_BRACKET_RE
from .signing import QUOTE_RE, in_any, sentences, signing_sentences
from .trips import TRIP_DAY_RE, called_on, visited

LATER_VERB_RE = re.compile(
    # (its short name in brackets between: '양해각서(MOU)를 교환했다')
    r"(?:협약|양해각서|MOU|협정|약정)[\'\"’”」』]?(?:\([A-Za-z가-힣]{2,6}\))?(?P<also>도)?(?:서에\s서명했다"
    r"|(?:을|를)?\s?(?P<apart>따로\s)?(?:맺|체결|교환|서명)"  # '… 협약을 따로 맺었다': apart from the first
    r"(?:었다|었으며|었고|었다고|했다|했으며|했고|했다고|하기도|하기로|었습니다|했습니다|은\s뒤"
    # or told ahead: '울진군은 또 오는 19일 ㈜A와 투자협약을 맺습니다', a trip's '이어 20일 B와 … 협약을 맺는다', '21일
    # C와 … 양해각서를 체결한 뒤 귀국한다'
    r"|습니다|는다|한다|한\s뒤)"
    # told as done: "… 등 4개 기관이 참여하는 '…' 업무협약이 이뤄졌다", '… 업무협약도 체결됐다'
    # (or to come: '… 상생협약도 맺어진다', '… 협약이 체결된다')
    r"|(?:이|가)?\s?(?:체결|이뤄|이루어|맺어)(?:됐다|되었다|졌다|됐으며|되었으며|졌으며|된다|진다))"
    # a twinning's or a signing's ceremony held, the signed copies exchanged: '… 결연식을 가졌다'
    r"|(?:결연식|협약식|체결식)[을를]?\s?(?:가졌|열었)(?:다|으며|고)|(?:협약서|결연서)[을를]\s?주고받았(?:다|으며|고)"
)
# the signers of a later one listed as who takes part in it: 'A, B, C 등 4개 기관이 참여하는'
TAKING_PART_RE = re.compile(r"\s등\s\d{1,2}\s?개\s?(?:기관|기업|단체|업체|사)(?:이|가)\s참여하는\s")
LIST_NEXT_RE = re.compile(r"\s?,\s|\s등\s")
# a sentence that goes on to the next event of the day: '이어', '또한', '이와 함께', '같은 날'
AGAIN_RE = re.compile(r"\s*(?:이어|이어서|또한|또|아울러|이와\s?함께|같은\s?날|이날|이후|끝으로|마지막으로)\s")
# a sentence about an earlier agreement: '지난해 … 협약을 맺은 바 있다'
BACKGROUND_RE = re.compile(r"지난해|지난달|지난\s?\d{1,2}월|작년|앞서|바\s?있|과거|당시|그동안|한편")
# another ceremony on a day of its own: '26일 오후 5시에는 … A동과 ㈜B의 … 협약식이 열린다'
LATER_CEREMONY_RE = re.compile(
    r"(?:협약식|체결식|결연식)(?:이|을|도)?\s?(?:열린다|열렸다|열릴\s예정이다|개최된다|개최됐다|진행된다|진행됐다|가졌다|갖는다)"
)
SAME_DAY_RE = re.compile(r"이날|같은\s?날")
EARLIER_DAY_RE = re.compile(r"지난(?:달)?\s?\d{1,2}일")  # (a day of this month or the last)
# the subject, then the day the first signing had: '시는 이날 오후에는 …', '군은 같은 날 …'
SAME_DAY_AFTER_SUBJECT_RE = re.compile(r"\s*[가-힣]{1,12}(?:은|는|이|가)\s(?:이날|같은\s?날|당일)\s")
# another told after the subject, of its own day: '울진군은 또 오는 19일 ㈜A와 투자협약을 맺습니다'
AGAIN_AFTER_SUBJECT_RE = re.compile(r"\s*[가-힣]{1,12}(?:은|는|이|가)\s또\s")
OWN_DAY_RE = re.compile(r"\s*(?:(?:오는|지난)\s)?(?P<day>\d{1,2})일\s")
DAY_RE = re.compile(r"(?<!\d)(\d{1,2})일")
FIRST_SIGNERS_TRIES = 3
SAME_PLACE_RE = re.compile(r"^(?:(?:같은|동일한?|그)\s?)?(?:장소|곳|자리)$")
BRACKET_RE = re.compile(r"\([^)]{0,30}\)")


def later_agreements(text: str, mentions, resolve, main, party_names: set[str]) -> list[tuple[int, int]]:
    """(sentence start, verb position) of each sentence after the main signing one that signs another
    agreement with a new partner, marked as another ('…도 맺었다', '이어 …')."""
    if main is None:
        return []
    found = []
    main_days = set(DAY_RE.findall(text, main[0], main[1])) or _this_days(text, main)
    named_before: set[str] = set()  # the bodies named before the clause, gathered as the clauses go on
    ahead = iter(sorted(mentions, key=lambda m: m.start))
    waiting = next(ahead, None)
    for start, end in _clauses(text):
        while waiting is not None and waiting.start < start:
            named_before.add(resolve(waiting.name))
            waiting = next(ahead, None)
        if start <= main[0]:
            continue
        quotes = [m.span() for m in QUOTE_RE.finditer(text, start, end)]
        verb = next(
            (v for v in LATER_VERB_RE.finditer(text, start, end) if not in_any(v.end() - 1, quotes)), None
        )
        other_day = None
        if verb is None:  # a ceremony of its own day: '26일 오후 5시에는 … A동과 ㈜B의 … 협약식이 열린다'
            verb, other_day = _ceremony_of_another_day(text, start, end, main_days, quotes)
        if verb is None:
            continue
        background = BACKGROUND_RE.search(text, start, verb.start())
        if (
            background
            and not (background.group() in ("한편", "앞서") and SAME_DAY_RE.search(text, start, verb.start()))
            and not EARLIER_DAY_RE.search(text, start, verb.start())
        ):
            continue  # an earlier agreement told as background; but '한편 B는 이날 오후 C와 …협약도 맺었다' is news,
            # and so is '이에 앞서 군은 이날 오전 … B와 … 협약을 맺었다', and one signed apart on a day of its own:
            # 'A청은 앞서 지난 4일 B군과 상생발전 협약을 맺었으며'

        listed = TAKING_PART_RE.search(text, start, verb.start())
        # a clause or a sentence that opens on a day of its own: '…을 가졌고, 28일에는 C가 같은 시장 상인회와 …', a
        # trip's '이튿날인 10일에는 …', '한 지사는 23일에는 …'
        trip_day = _of_another_day(text, start, main_days, TRIP_DAY_RE)
        # or a round-up's next item: '담양군은 11일 … B대학교와 … 업무협약을 맺었다'
        own_day = trip_day or _of_another_day(text, start, main_days, SUBJECT_DAY_RE)
        # heads who sign the next one: '이어 NAME ㈜A 대표가 …' (not '군은 이날 ㈜B, ㈜C 대표와 함께 협약서에 서명했다',
        # the first one's signers named)
        next_one = NEXT_ONE_RE.match(text, start)
        partners = [
            m
            for m in mentions
            if start <= m.start < verb.start()
            and (
                next_one and _signs_by_head(text, m, resolve(m.name), party_names, named_before)
                # the body a trip's day calls on ('C를 찾아', '㈜C 본사에서'), though a summary gave it to the first
                or trip_day and called_on(text, m.end)
                or resolve(m.name) not in party_names
                and (
                    _partner(text, m.end)
                    or own_day and _before(text, m.end, ("이 ", "가 "))  # the subject: 'C(원장 NAME)가 …'
                    or other_day and text.startswith("의", m.end)  # 'A와 B의 협약식'
                    # the subject of a pact signed apart: 'A연구소(소장 NAME)도 B와 … 협약을 따로 맺었다'
                    or verb.group("apart") and _before(text, m.end, ("도 ",))
                    or listed and m.end <= listed.start() and LIST_NEXT_RE.match(text, m.end)
                )
            )
        ]
        if not partners and AGAIN_RE.match(text, start):  # '같은 날 오후에는 C(대표 NAME)와 D가 …': a firm its
            partners = list(HEADED_PARTNER_RE.finditer(text, start, verb.start()))  # head's bracket vouches for
        aside = background is not None  # past the check above: '한편 …', '이에 앞서 … 이날'
        # ('… 협약도 맺었다', '… 협약을 따로 맺었다': one more, signed apart from the first)
        again = other_day or own_day or verb.group("also") or verb.group("apart")
        again = again or AGAIN_RE.match(text, start) or aside
        # '시는 이날 오후에는 B와 …', '군은 또 오는 19일 B와 …'
        again = again or SAME_DAY_AFTER_SUBJECT_RE.match(text, start) or AGAIN_AFTER_SUBJECT_RE.match(text, start)
        if partners and (again or any(_partner(text, m.end, also=True) for m in partners)):
            # 'A시와 선사의 협약에 이어 B도와 C도의 상생협약도 맺어진다': what goes before '에 이어' is the first
            # one's
            after = AFTER_FIRST_RE.search(text, start, verb.start())
            found.append((after.end() if after else start, verb.start()))
    return found


AFTER_FIRST_RE = re.compile(r"협약(?:식)?에\s이어\s")
# a sentence that goes on to the next signing: '이어 …', '또 …'
NEXT_ONE_RE = re.compile(r"\s*(?:이어|또)\s")
# a body's head after it, in a list of heads or its last: 'NAME 충청북도 경제부지사, ', 'NAME ㈜A 대표와'
HEAD_AFTER_RE = re.compile(r"\s(?:경제|행정)?(?:부지사|대표)(?:,\s|[와과]\s)")


def _signs_by_head(text: str, m, name: str, party_names: set[str], named_before: set[str]) -> bool:
    """Whether a body signs the later agreement through its head, the head in a list of partners: '… NAME
    충청북도 경제부지사, NAME 제천시장과 투자협약을 체결했다'. A firm first named here is this agreement's though
    the first one took it in: 'NAME ㈜A 대표와 NAME 제천시장이 …'."""
    return bool(
        HEAD_AFTER_RE.match(text, m.end)
        and (name not in party_names or name not in named_before)
    )


# a partner no rule knows as a body, its head in brackets: 'C(대표 NAME)와', 'C(대표이사 NAME)과'
HEADED_PARTNER_RE = re.compile(rf"(?<![가-힣])[가-힣A-Za-z0-9]{{2,20}}{HEAD_BRACKET_RE.pattern}[와과]\s")


# one signing then another in the same sentence: '… ㈜A와 투자협약을 체결한 데 이어, 같은 날 오후 B, C와 …'
THEN_ANOTHER_RE = re.compile(
    r"(?:체결|맺|서명)(?:한|은)\s?데\s?이어,?\s"
    # '… 협약서를 주고받았고, 같은 날 오후에는 C와 D가 …': a clause done, then the day's next signing
    r"|(?:체결했|맺었|서명했|주고받았|교환했|가졌)(?:고|으며),\s(?=(?:같은\s?날|같은\s자리에서|이어|이어서)\s|\d{1,2}일에는\s)"
    # any clause done, then a day of its own: '… 단지를 둘러봤고, 3일에는 A와 B가 교류협약을 맺은 뒤 …'
    r"|(?<=[가-힣])고,\s(?=\d{1,2}일에는\s)"
)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The sentences, each cut after a signing that another follows in it ('… 체결한 데 이어, …'): the
    clause after the cut may sign the next agreement, opening like a sentence with '같은 날'."""
    out = []
    for start, end in sentences(text):
        for m in THEN_ANOTHER_RE.finditer(text, start, end):
            out.append((start, m.end()))
            start = m.end()
        out.append((start, end))
    return out


def first_signers(text, words, heads, signing, within):
    """The parties (``parties_of``'s answer) of the first signing sentence after ``signing`` inside
    ``within`` that names signers: the first agreement of several whose own sentence names none ('…
    △업무협약 체결(3건) …', then '먼저 A, B 등 3개 기관이 참여하는 … 협약이 체결됐다')."""
    told = [
        (s, verb.start())
        for s, e in sentences(text)
        if signing[0] < s < within[1]
        for verb in LATER_VERB_RE.finditer(text, s, e)
    ]
    tried = [o for o in sorted(signing_sentences(text) + told) if signing[0] < o[0] < within[1]]
    for other in tried[:FIRST_SIGNERS_TRIES]:  # each try reads the parties anew: a few, not every sentence
        again = parties_of(text, words, *heads, signing=other, within=within)
        if any(p.role == "party" for p in again[0]):
            return again
    return None


def _ceremony_of_another_day(text: str, start: int, end: int, main_days: set[str], quotes):
    """(the ceremony's verb, True) when a sentence opens on a day other than the main signing's and
    tells a ceremony held that day; else (None, None)."""
    verb = next((v for v in LATER_CEREMONY_RE.finditer(text, start, end) if not in_any(v.start(), quotes)), None)
    if not verb or not _of_another_day(text, start, main_days, OWN_DAY_RE):
        return None, None
    return verb, True


# a sentence that opens with its subject and its day: '담양군은 11일 …'
SUBJECT_DAY_RE = re.compile(r"\s*[가-힣]{1,12}(?:은|는)\s(?P<day>\d{1,2})일\s")


def _this_days(text: str, main) -> set[str]:
    """The days of the sentence before a main signing told as of '이날': '첫 일정은 17일 … 열린다. 출장단은 이날 …'."""
    if not SAME_DAY_RE.search(text, main[0], main[1]):
        return set()
    before = [s for s in sentences(text) if s[1] <= main[0]]
    return set(DAY_RE.findall(text, *before[-1])) if before else set()


def _of_another_day(text: str, start: int, main_days: set[str], opening: re.Pattern) -> bool:
    """Whether the sentence or clause at ``start`` opens (``opening``) on a day the main signing's does not name."""
    day = opening.match(text, start)
    return bool(day) and bool(main_days) and day["day"] not in main_days


def _before(text: str, end: int, endings: tuple[str, ...]) -> bool:
    """Whether a name ending at ``end`` is followed by one of ``endings``, its bracket skipped ('㈜B(대표 …)와')."""
    bracket = BRACKET_RE.match(text, end)
    return text.startswith(endings, bracket.end() if bracket else end)


def _partner(text: str, end: int, also: bool = False) -> bool:
    """Whether a name is a '와/과' partner (its bracket skipped: '㈜B(대표 …)와'); with ``also``,
    an added one ('㈜B와도')."""
    return _before(text, end, ("와도", "과도") if also else ("와", "과"))


def subjects(agreement: dict, text: str) -> list[dict]:
    """The parties an agreement's sentence has as its subject ('경상북도는', '도와 시는'), which sign each
    agreement the sentence tells one object after another."""
    subject = [p for p in agreement["parties"] if SUBJECT_AFTER_RE.match(text, p["span"][1])]
    starts = {s["span"][0] for s in subject}  # '도와 시는': a party joined by 와/과 right before a subject
    joined = [
        p for p in agreement["parties"] if JOINED_AFTER_RE.match(text, p["span"][1]) and p["span"][1] + 2 in starts
    ]
    return joined + subject


SUBJECT_AFTER_RE = re.compile(r"(?:은|는|이|가)\s")
JOINED_AFTER_RE = re.compile(r"[와과]\s")


def same_day(text: str, start: int) -> bool:
    """Whether a later signing's sentence (or clause) opens on the first one's day: '같은 날 오후 …', '이날 …',
    '시는 이날 오후에는 …'."""
    return bool(SAME_DAY_OPENING_RE.match(text, start) or SAME_DAY_AFTER_SUBJECT_RE.match(text, start))


def after_another(text: str, start: int) -> bool:
    """Whether a later signing is the clause ``_clauses`` cut after '… 체결한 데 이어,': the sentence's subject
    signs it too."""
    return any(m.end() == start for m in THEN_ANOTHER_RE.finditer(text, max(0, start - 16), start))


# a later sentence that opens on its partner, the first one's subject left unsaid: 'B와는 같은 자리에서 …'
PARTNER_FIRST_RE = re.compile(r"\s*(?:[^\s.,]{2,20}\s)?[^\s.,]{2,20}[와과]는\s")
SAME_DAY_OPENING_RE = re.compile(r"\s*(?:같은\s?날|이날|당일|같은\s자리에서)")  # (the same sitting: its day)


def carry_over(first: dict, later: dict, shared_in: str | None = None, same: bool = False) -> None:
    """A later agreement of the same event keeps the first one's date, its place when the text says
    '같은 장소에서', and the people of the first who head one of its parties; told in one sentence with
    the first's subject (``shared_in``, the text), that subject signs it too."""
    if shared_in is not None:
        known = {p["name"] for p in later["parties"]}
        later["parties"] = [dict(p) for p in subjects(first, shared_in) if p["name"] not in known] + later["parties"]
    if later["signed_on_text"] is None or same:  # (its own '… 맺었다고 10일 밝혔다' is the news day)
        later["signed_on"], later["signed_on_text"] = first["signed_on"], first["signed_on_text"]
    if later["place"] is None or SAME_PLACE_RE.match(later["place"]):
        later["place"] = first["place"]
    names = _names_of(later)
    known = {p["name"] for p in later["people"]}
    carried = [p for p in first["people"] if p["org"] in names and p["name"] not in known]
    later["people"] = carried + later["people"]
    if shared_in is not None:  # the shared subject's head named later heads it in the first one too
        names = _names_of(first)
        known = {p["name"] for p in first["people"]}
        first["people"] += [dict(p) for p in later["people"] if p["org"] in names and p["name"] not in known]


def settle(agreements: list[dict], later, text: str, shared_subject: bool, mentions, resolve) -> None:
    """The first agreement's date, place and people carried over to each later one (``carry_over``), and each
    agreement's people kept to its own (``own_people``). A trip's later day ('이튿날인 10일에는 ㈜C 본사에서
    투자협약을 맺었다') is the traveller's signing too, with the body the day calls on."""
    for agreement, (start, verb) in zip(agreements[1:], later, strict=True):
        called = visited(text, start, verb, mentions)  # a trip's later day: the traveller signs it too
        shared = shared_subject or bool(called) or after_another(text, start)  # '시는 ㈜A와 … 체결한 데 이어, …'
        shared = shared or bool(PARTNER_FIRST_RE.match(text, start))  # 'B와는 같은 자리에서 … 따로 체결했다'
        carry_over(agreements[0], agreement, text if shared else None, same_day(text, start))
        known = {p["name"] for p in agreement["parties"]}
        for m in called:
            if resolve(m.name) not in known:
                row = {"name": resolve(m.name), "kind": m.kind, "role": "party", "aliases": []}
                agreement["parties"].append({**row, "span": [m.start, m.end]})
        _same_partner(agreements[0], agreement, text, start, verb)
    own_people(agreements)


# the first one's partner pointed back to: '… C가 같은 시장 상인회와 자매결연 협약을 맺었다'
SAME_PARTNER_RE = re.compile(r"같은\s(?:[가-힣]{1,6}\s)?(?P<noun>[가-힣]{2,6})(?:와|과)\s")


def _same_partner(first: dict, later: dict, text: str, start: int, verb: int) -> None:
    """A later agreement signed with '같은 …' (the same kind of body as one of the first's parties) has that party."""
    known = {p["name"] for p in later["parties"]}
    for match in SAME_PARTNER_RE.finditer(text, start, verb):
        party = next((p for p in first["parties"] if p["name"].endswith(match["noun"])), None)
        if party is not None and party["name"] not in known:
            later["parties"].append(dict(party))
            known.add(party["name"])


def own_people(agreements: list[dict]) -> None:
    """Of several agreements a page tells, each keeps only the people of its own parties where a person heads a
    body that signs another of them only, who goes to that one: 'NAME 인천시장은 … NAME 춘천시장, NAME 원주시장과
    차례로 … 서명한다' gives 춘천시's head to the 춘천시 pact, not to the 원주시 one."""
    names = [_names_of(agreement) for agreement in agreements]
    moved = []
    for agreement, own in zip(agreements, names, strict=True):
        others = set().union(*(n for n in names if n is not own)) - own
        moved += [p for p in agreement["people"] if p["org"] in others]
        agreement["people"] = [p for p in agreement["people"] if p["org"] not in others]
    for person in moved:  # to the one whose body they head: a mayor quoted after the next pact is told
        for agreement, own in zip(agreements, names, strict=True):
            if person["org"] in own and person["name"] not in {p["name"] for p in agreement["people"]}:
                people = [*agreement["people"], person]
                agreement["people"] = sorted(people, key=lambda p: (p.get("span") or [0])[0])


def _names_of(agreement: dict) -> set[str]:
    """Every name an agreement's parties go by: their names and their aliases."""
    return {p["name"] for p in agreement["parties"]} | {a for p in agreement["parties"] for a in p["aliases"]}
