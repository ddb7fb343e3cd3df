"""Commitments: what each side promised under the agreement.

Commitments come from the sentences that report a promise about the agreement: a '△' list
('협약에 따라 각 기관은 △… △… 등에 협력하기로 했다') gives one commitment an item, and
'X는 …하고 Y는 …하기로 약속했다' gives one commitment a side.
"""

from __future__ import annotations

import re

from .signing import sentences
from .spans import word_at, word_range, words_between
from .subjects import TOPIC_RE, counted, object_topic_subject, party_standing_for, party_topics, topic_party
from .words import Word

COMMIT_VERB_RE = re.compile(
    r"(?:기로|키로)\s?(?:약속|합의|협약|결의)?(?:했다|하였다|했으며|했고)|약속했다|합의했다|약속하였다|합의하였다"
)
ABOUT_AGREEMENT_RE = re.compile(r"협약|약속|합의|MOU|양해각서|협정")
ITEM_END_RE = re.compile(
    r"\s*(?:등(?:에|을|의|이|과|\s|$)|(?:에|을|를)\s?(?:적극|상호|긴밀히|함께)?\s?(?:협력|노력|추진|지원)하기로).*$",
    re.S,
)
ITEM_RE = re.compile(r"[△▲]([^△▲]*)")  # both triangles mark list items in Korean releases
BULLET_RE = re.compile(r"[△▲]")
# what is left of a sentence's verb after the last item: '…에 힘을 모으기로 했다'
LAST_ITEM_VERB_RE = re.compile(r"(?:에|을|를)\s(?:\S+\s){0,3}?\S*(?:기로|키로|한다|했다|이다|된다)[^△▲]*$")
TAIL_RE = re.compile(
    r"\s*(?:(?:하|되)?(?:기로|키로)\s?(?:약속|합의)?(?:했다|하였다|했으며|했고)?|하고|하며|하는\s한편|(?:을|를)\s?약속했다"
    r"|약속했다|합의했다|한다)\s*[.,]?\s*$"
)
# the parties as a group: '양 기관은', '세 기관은', '양측은', '양사는', '참여 기업들은'
GROUP_WORDS = {"기관", "기관들", "기업", "기업들", "단체", "단체들", "양측", "양사", "측", "대학", "지자체"}
GROUP_WORDS |= {"시도", "시군", "시군구", "지자체들", "참여사", "회원사"}  # '각 시도는 …을 발굴한다'
GROUP_SUBJECT_RE = re.compile(
    r"(?:양|두|세|네|다섯|각|참여|협약|모든)\s?(?:기관|기업|단체|측|사|대학|지자체)들?(?:은|는|이|가)\s|양측은|양사는"
)
GROUP_DETERMINER_RE = re.compile(r"(?<![가-힣])(?:각|양|두|세|네|모든|참여)\s$")
CONTENTS_RE = re.compile(r"내용|담겼|담았|골자|포함")
UNDER_AGREEMENT_RE = re.compile(
    r"(?:^|\s)(?:이번\s)?(?:업무\s?)?(?:협약|MOU|양해각서|협정)(?:서|\s내용)?"
    r"(?:에\s따라|에\s따르면|으로|을\s통해|를\s통해|을\s바탕으로)"
)
# '…을 지원하며, 예산 32억 원을 편성했다': the promise is the present clause before the past one
# a sentence about what was done before ('지난해 9곳을 유치했으며, 현재 가동률은 70%다')
PAST_WORDS_RE = re.compile(r"지난해|작년|그동안|지금까지|현재|당시|(?:었|았|였|했|됐)(?:으며|고|는데),?\s")
PRESENT_CLAUSE_RE = re.compile(r"(?:하|되)(?:며|고),\s")
# one letter standing for the one party of that kind: '구는' for 'OO 서구', '도는' for 'OO도'
GAPPED_OBJECT_RE = re.compile(r"\s*(?:을|를)$")
# a past predicate, contracted forms too: '지원해 왔다', '늘었다', '마련됐다', '이뤄졌다'
PAST_RE = re.compile(r"(?:었|았|였|했|왔|됐|졌|웠|렸|갔|섰|냈|겼|쳤|줬|봤)다$")
NOT_UNDERTAKING_RE = re.compile(
    r"(?:계획|예정|방침|전망|목표|구상|기대|것|예상)(?:이)?다$|(?:기대|전망|예상)된다$|이다$|있다$|없다$"
    r"|[\d%㎡]다$|목표로\s?한다$|(?:기대|전망|예상|희망|바란)(?:한)?다$|(?:기대|전망|예상)하고\s?있다$"
)
LEAD_RE = re.compile(
    r"^(?:이번\s)?(?:업무\s?)?(?:협약|MOU|양해각서|협정)(?:서|\s내용)?"
    r"(?:에\s따라|에\s따르면|으로|을\s통해|를\s통해|을\s바탕으로|에\s참여해)\s"
)
# the contents written as a plain list: '협약의 주요 내용은 기술 보급, 인력 양성, 판로 확대 등이다'
CONTENT_LIST_RE = re.compile(
    r"(?:협약|MOU|양해각서|협정)(?:서)?(?:의|에\s담긴)?\s(?:주요\s)?(?:협약\s)?내용은\s(?P<items>[^.]+?,[^.]+?)"
    r"\s?(?:등(?:이다|이며|으로|을|이)|(?:이다|으로\s구성)|$)"
)
ITEM_SPLIT_RE = re.compile(r",\s*|\s및\s")
SIGNS_AGREEMENT_RE = re.compile(r"(?:협약|MOU|양해각서|협정)[^.]{0,40}?(?:체결|맺|교환)")
ROLE_VERB_RE = re.compile(r"(?:을|를)\s(?:맡는다|담당한다|전담한다)\.?\s*$")
SIGNED_THEN_RE = re.compile(r"(?:체결|맺|서명)(?:하고|했고|고|으며|었으며|하며|한\s뒤|한\s후),?\s")


def find_commitments(text: str, words: list[Word], names, party_names: set[str]) -> list[dict]:
    """One commitment per '△' item or per side of a promise sentence, with its party when named."""
    commitments = []
    in_clauses = signed = False
    previous: list[dict] = []  # the commitments of the sentence before
    for start, end in sentences(text):
        sentence = text[start:end]
        before, previous = previous, []
        again = AGAIN_RE.match(sentence)
        if (
            again
            and before
            and COMMIT_VERB_RE.search(sentence)
            and not party_topics(words, start, end, text, names, party_names)
            and not BRACKETED_SUBJECT_RE.search(sentence)
        ):  # '…하기로 했다. 또 …해주기로 했다': the same side goes on promising
            previous = _continued(text, start + again.end(), end, before[-1]["party"])
            commitments += previous
            continue
        listed = BULLET_RE.search(sentence)
        if listed and ABOUT_AGREEMENT_RE.search(sentence) and CONTENTS_RE.search(sentence):
            commitments += _listed(text, start, end, words, names, party_names)
            continue
        contents = CONTENT_LIST_RE.search(sentence)
        if contents and not listed:  # '협약의 주요 내용은 A, B, C 등이다'
            commitments += _content_items(
                text, start + contents.start("items"), start + contents.end("items")
            )
            in_clauses = True
            continue
        promised = COMMIT_VERB_RE.search(sentence) and (
            ABOUT_AGREEMENT_RE.search(sentence)
            or GROUP_SUBJECT_RE.search(sentence)
            or party_topics(words, start, end, text, names, party_names) >= 2  # '도는 …하고, OO는 …하기로'
            # after the signing, one side's '…하기로 했다' is its promise ('병원은 … 찾아가기로 했다')
            or (signed and party_topics(words, start, end, text, names, party_names) >= 1)
        )
        undertaken = (
            UNDER_AGREEMENT_RE.search(sentence)
            or GROUP_SUBJECT_RE.search(sentence)
            # after the signing, 'X는 …을 맡고, Y는 …을 지원한다' shares out the work
            or (signed and party_topics(words, start, end, text, names, party_names) >= 2)
        ) and _plain_present(sentence)
        # after '협약에 따라 …', the sentences that follow go on saying who does what ('시는 …을 지원한다')
        follows = (
            in_clauses
            and not PAST_WORDS_RE.search(sentence)
            and party_topics(words, start, end, text, names, party_names) >= 1
        )
        cut = False
        if follows and not (promised or undertaken):
            last = sentence.strip().rstrip(".").split()[-1]
            cut = bool(PAST_RE.search(last)) and bool(PRESENT_CLAUSE_RE.search(sentence))
            follows = _plain_present(sentence) or bool(COMMIT_VERB_RE.search(sentence)) or cut
        # after a signed agreement, a party that takes on a role ('협의회가 …을 맡는다') promises it
        role = (
            signed
            and not (promised or undertaken or follows)
            and ROLE_VERB_RE.search(sentence)
            and _plain_present(sentence)
        )
        if UNDER_AGREEMENT_RE.search(sentence):
            in_clauses = True
        if SIGNS_AGREEMENT_RE.search(sentence):
            signed = True
        if role:
            commitments += _by_side(text, start, end, words, names, party_names, subjects=True)
            continue
        payer = (
            signed
            and not (promised or undertaken or follows)
            and _plain_present(sentence)
            and object_topic_subject(words, start, end, text, names, party_names)
        )
        if payer:  # '연구비 3억원은 시가 전액 부담한다': what is done, then the party that does it
            segment = sentence.strip().rstrip(".").rstrip()
            trimmed = TAIL_RE.sub("", segment).strip()
            at = start + sentence.index(trimmed[:5])
            previous = [{"party": payer, "text": trimmed, "span": [at, at + len(trimmed)]}]
            commitments += previous
            continue
        if not (promised or undertaken or follows):
            continue
        in_clauses = True
        if listed:
            previous = _listed(text, start, end, words, names, party_names)
        else:
            previous = _by_side(text, start, end, words, names, party_names, cut)
        commitments += previous
    unique = {}  # a sentence printed twice (a kept caption) promises once
    for commitment in commitments:
        unique.setdefault((commitment["party"], commitment["text"]), commitment)
    return list(unique.values())


AGAIN_RE = re.compile(r"\s*(?:또한?|아울러)\s")
# a subject of its own after a bracket: '㈜A(대표 …)도 …'
BRACKETED_SUBJECT_RE = re.compile(r"\)(?:은|는|이|가|도)\s")


def _continued(text: str, start: int, end: int, party: str | None) -> list[dict]:
    """The promise of a sentence that carries on the side of the one before."""
    segment = text[start:end].strip().rstrip(".,").rstrip()
    trimmed = TAIL_RE.sub("", segment).strip()
    if segment[len(trimmed) :].startswith("기로"):
        trimmed += "기"
    if len(trimmed) < 4:
        return []
    return [{"party": party, "text": trimmed, "span": [start, start + len(trimmed)]}]


def _content_items(text: str, start: int, end: int) -> list[dict]:
    """One commitment, of no one party, per item of a plain list of contents."""
    found, position = [], start
    for piece in ITEM_SPLIT_RE.split(text[start:end]) + [""]:
        at = text.find(piece, position, end) if piece else -1
        if piece and at != -1 and len(piece.strip()) >= 4:
            found.append({"party": None, "text": piece.strip(), "span": [at, at + len(piece.strip())]})
            position = at + len(piece)
    return found


def _own_subject_purpose_end(words: list[Word], start: int, end: int) -> int | None:
    """Where a leading '…이 …되도록' clause with its own subject ends: it says what the promise is for,
    not what is promised ('공사가 차질 없이 진행되도록 부지 정비를 지원' → '부지 정비를 지원')."""
    inside = words_between(words, start, end)
    for index, word in enumerate(inside[:4]):
        if word.stem and word.text[len(word.stem) :] in ("이", "가"):
            for later in inside[index + 1 : index + 9]:
                if later.text.endswith("도록"):
                    return later.end + 1
            return None
    return None


# a broadcast's polite endings, read as the plain ones: '내다봤습니다' is '내다봤다', '고용합니다' '고용한다'
POLITE_RE = re.compile(r"(?:(?P<done>[었았였했봤됐졌])습니다|(?P<does>[합됩])니다|있습니다)$")


def _plain(match: re.Match) -> str:
    if match["done"]:
        return match["done"] + "다"
    if match["does"]:
        return {"합": "한다", "됩": "된다"}[match["does"]]
    return "있다"


def _plain_present(sentence: str) -> bool:
    """'…을 지원한다', '…을 맡는다': a plain present statement, not a plan, hope or past event."""
    tail = [POLITE_RE.sub(_plain, word) for word in sentence.strip().rstrip(".").split()[-2:]]
    if not tail:
        return False  # a 'sentence' of full stops only ('…이 진행된다. .'): no statement at all
    last = tail[-1]
    return last.endswith("다") and not PAST_RE.search(last) and not NOT_UNDERTAKING_RE.search(" ".join(tail))


def _listed(text, start, end, words, names, party_names) -> list[dict]:
    first = BULLET_RE.search(text, start).start()
    party = None
    for word in words_between(words, start, first):
        party = topic_party(word, text, names, party_names) or party
    found = []
    items = [m.span() for m in ITEM_RE.finditer(text[first:end])]
    for number, (s, e) in enumerate(items):
        item_start, item_end = first + s + 1, first + e
        item = text[item_start:item_end]
        if number == len(items) - 1:
            item = LAST_ITEM_VERB_RE.sub("", ITEM_END_RE.sub("", item))
        item = TAIL_RE.sub("", item.rstrip(" ,."))
        stripped = item.lstrip()
        item_start += len(item) - len(stripped)
        own = _item_party(words, text, item_start, names, party_names)
        if own:  # '△시는 부지를 제공': the item names its own party
            party_word, item_party = own
            stripped = text[party_word.end + 1 : item_start + len(stripped)]
            item_start = party_word.end + 1
        if stripped:
            found.append(
                {
                    "party": own[1] if own else party,
                    "text": stripped,
                    "span": [item_start, item_start + len(stripped)],
                }
            )
    return found


def _item_party(words, text, item_start, names, party_names):
    """(word, party) when a listed item opens with a party as its topic ('△시는 …')."""
    word = word_at(words, item_start)
    if word is None:
        return None
    party = topic_party(word, text, names, party_names)
    return (word, party) if party else None


def _by_side(text, start, end, words, names, party_names, cut=False, subjects=False) -> list[dict]:
    topics = []
    for index in word_range(words, start, end):
        word = words[index]
        party = topic_party(word, text, names, party_names, subjects)
        if not word.stem and word.text in ("은", "는", "도") and text[word.start - 1 : word.start] == ")":
            # 'OO㈜(대표 홍길동)도 …': the particle after a bracket belongs to the name before it
            bracket = text.rfind("(", start, word.start)
            named = next(
                (i for i in range(index - 1, max(-1, index - 8), -1) if words[i].end == bracket), None
            )
            if named is not None:
                index, stem = named, words[named].stem
                party = names.resolve(stem) if names.resolve(stem) in party_names else None
                party = party or party_standing_for(stem, party_names)
        if party and index and words[index - 1].text[len(words[index - 1].stem) :] in ("와", "과"):
            # 'A와 B는 …하기로 했다' is a promise of both; the side before it ends at 'A와'
            topics.append((word, None, words[index - 1].start))
        elif party or (TOPIC_RE.search(word.text) and (word.stem in GROUP_WORDS or counted(word, text))):
            topics.append((word, party, word.start))
    found = []
    for number, (word, party, _) in enumerate(topics):
        seg_start = word.end + 1
        seg_end = topics[number + 1][2] if number + 1 < len(topics) else end
        determiner = GROUP_DETERMINER_RE.search(text, max(seg_start, seg_end - 4), seg_end)
        if determiner:  # '…을 지원하고, 각 시도는 …': the determiner opens the next side
            seg_end = determiner.start()
        if cut:  # keep the present clause: '…을 지원하며, 예산을 편성했다' → '…을 지원'
            present = PRESENT_CLAUSE_RE.search(text, seg_start, seg_end)
            seg_end = present.start() if present else seg_end
        segment = text[seg_start:seg_end]
        purpose_end = _own_subject_purpose_end(words, seg_start, seg_end)
        if purpose_end and seg_end - purpose_end > 4:
            segment = text[purpose_end:seg_end]
            seg_start = purpose_end
        signed = SIGNED_THEN_RE.search(segment)
        if signed:  # 'OO와 협약을 맺고 …하기로 했다': the promise is what follows the signing
            seg_start += signed.end()
            segment = segment[signed.end() :]
        lead = LEAD_RE.match(segment)
        if lead:  # '이번 협약을 통해 …'
            seg_start += lead.end()
            segment = segment[lead.end() :]
        segment = segment.strip().rstrip(".,").rstrip()
        trimmed = TAIL_RE.sub("", segment).strip()
        if segment[len(trimmed) :].startswith("기로"):
            trimmed += "기"  # '힘을 모으기로 했다' → '힘을 모으기', still the words of the text
        segment = GAPPED_OBJECT_RE.sub("", trimmed.rstrip(", "))  # 'OO공사는 총괄을, OO는 …을 맡는다'
        # one side's '…하고, …하기로 했다' stays one promise (the convention of the dev corpora); only
        # a side that ends on its connective before the next side loses it: 'A는 …을 주고, B는 …'
        seg_end = seg_start + len(segment)
        segment = text[seg_start : _without_connective(words, text, seg_start, seg_end)]
        if len(segment) >= 4:
            found.append({"party": party, "text": segment, "span": [seg_start, seg_start + len(segment)]})
    return found


def _without_connective(words: list[Word], text: str, start: int, end: int) -> int:
    """Where a side's words end without the connective '고' of a verb that closes it ('혜택을 주고,'
    → '혜택을 주'); a noun ending in 고 ('창고') keeps it."""
    for word in words_between(words, start, end):
        if end <= word.end and text[word.end : word.end + 1] == ",":
            ending = word.text[len(word.stem) :]
            if ending.endswith("고") and word.end == end:
                return end - (2 if ending.endswith("하고") and word.stem else 1)
    return end
