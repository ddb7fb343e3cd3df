"""Proper nouns listed with the signers are signers too, whatever their ending: 'LG유플러스, OO대학교와',
'OO시와 포스코퓨처엠은', 'X는 … A, 미국 기업 B와', 'OO대(총장 NAME)와'. Kiwi does not know most small
firms' names as organisations; their place in the signing sentence shows that they sign."""

from __future__ import annotations

import re

from . import gazetteer
from .countries import COUNTRIES
from .entities import org_kind
from .list_places import _head_of_government, _listed_place, _place_or_title
from .orgwords import COMMON_ENDINGS, COOP_KIND_RE, REGIONS
from .participation import HEAD_AND_NAME_IN_BRACKETS
from .person_words import ACTING_AFTER, TITLE_RE
from .spans import in_sorted, word_range
from .townships import TOWNSHIP_RE, own_unit
from .words import Mention, Word

# a body's head named in brackets after it: 'OO대(총장 NAME)', '㈜OO(대표 NAME)'
HEAD_BRACKET_RE = re.compile(
    r"\((?P<title>총장|학장|대표|대표이사|회장|원장|병원장|이사장|사장|교장|조합장"
    rf"|구청장|시장|군수|도지사|지사|청장|교육감){ACTING_AFTER}\s[가-힣]{{2,4}}(?:\s[가-힣]{{2,5}})?\)"
)  # 'OO구청(구청장 NAME)' in a list of signers too, '(시장 권한대행 NAME)', and a foreign head's '(대표 NAME NAME)'
# a government's head in brackets, then the subject's particle: 'OO구(구청장 NAME)가'
HEADED_SUBJECT_RE = re.compile(
    r"\((?:구청장|시장|군수|도지사|지사|청장|교육감|교육장|총장|학장|대표|대표이사|회장|원장|병원장|이사장|사장)"
    rf"{ACTING_AFTER}\s[가-힣]{{2,4}}\)(?:는|은|이|가)\s"
)
HEAD_KINDS = {"총장": "university", "학장": "university", "병원장": "other", "교장": "other"}
HEAD_KINDS |= dict.fromkeys(("구청장", "시장", "군수", "도지사", "지사", "청장", "교육감"), "government")


# a bracket of a title and a name after a body, the list going on after it: 'B(사장직무대행 NAME)과',
# 'A(사장 NAME) 및 B'
TITLED_BRACKET_RE = re.compile(HEAD_AND_NAME_IN_BRACKETS)


def _end_of(word: Word, text: str) -> int:
    """Where the word ends, with the bracket of its head's title and name after it."""
    bracket = TITLED_BRACKET_RE.match(text, word.end) if word.bare else None
    return bracket.end() if bracket else word.end


def particle(word: Word, text: str) -> str:
    """The word's particle, or the one after the bracket of its head: 'B(사장 NAME)과' → '과'."""
    own = word.text[len(word.stem) :]
    end = _end_of(word, text)
    if own or end == word.end:
        return own
    after = text[end : end + 1]
    return after if after in ("와", "과", "는", "은", "이", "가") and text[end + 1 : end + 2] in (" ", "\n") else ""


def _previous(words: list[Word], i: int, text: str) -> int:
    """The word before words[i] in a list, past a head's bracket and a '및': 'A(사장 NAME) 및 B'."""
    j = i - 1
    while j >= 0 and (not words[j].stem or _inside_bracket(text, words[j].start)):
        j -= 1
    return j


def _next_past_bracket(words: list[Word], i: int, text: str) -> int:
    """The index of the word after words[i], past the bracket of its head's title and name."""
    end, j = _end_of(words[i], text), i + 1
    while j < len(words) and (words[j].start < end or not words[j].stem):  # (a particle after it: '와')
        j += 1
    # 'A와 OO면 B마을이': the village's township written before it
    if j + 1 < len(words) and words[j].bare and TOWNSHIP_RE.fullmatch(words[j].stem) and own_unit(words[j]):
        return j + 1
    return j


def _inside_bracket(text: str, at: int) -> bool:
    window = text[max(0, at - 16) : at]
    return window.rfind("(") > window.rfind(")")


def unknown_name(word: Word) -> bool:
    """A word Kiwi reads as one common noun of four or more syllables, none it knows: a firm's name
    ('누리에너지', 'MS일렉트릭'), which its place in a list of signers shows."""
    return word.bare and len(word.tags) == 1 and word.tags[0][1] == "NNG" and len(word.stem) >= 4


def _connects(word: Word, text: str) -> bool:
    """Whether a list goes on after this word: 'A와', 'A,', 'A·', 'A 및', each also after its head's
    bracket, or 'A △B' (a bulleted list)."""
    end = _end_of(word, text)
    return (
        particle(word, text) in ("와", "과")
        or text[end : end + 1] in (",", "·", "ㆍ")
        or text.startswith(" 및 ", end)
        or BULLET_NEXT_RE.match(text, word.end) is not None
        and BULLET_BEFORE_RE.search(text, max(0, word.start - 2), word.start) is not None
    )


ETC_END_RE = re.compile(r"\s등(?:과|와|이|가|은|는)\s")
BULLET_NEXT_RE = re.compile(r"\s?[△▲■□●◆◇▶]")  # an item of a bulleted list: '△A △B △C과'
BULLET_BEFORE_RE = re.compile(r"[△▲■□●◆◇▶]\s?$")


def _named_after_title(words: list[Word], i: int) -> bool:
    """Whether a word is a person's name right after a head's title written apart ('원장 NAME과')."""
    return i > 0 and bool(TITLE_RE.fullmatch(words[i - 1].text))


FIGURE_RE = re.compile(r"\d[\d,.]*\s?(?:MW|kW|GW|MWh|kWh|GWh|㎿|㎾|㎡|%|t|톤|명|개|억|조|만|원)")


def listed_names(
    text: str, words: list[Word], bodies: list[Mention], context, quotes, opening_only=False
) -> list[Mention]:
    """Proper nouns listed with the signers are signers too, whatever their ending: 'LG유플러스,
    OO대학교와', 'OO시와 포스코퓨처엠은'; in a lead sentence (``opening_only``) only its opening subject."""
    if context is None:
        return []
    start, verb, clause, _ = context
    first_of = {m.first for m in bodies}
    last_of = {m.last for m in bodies}
    covered = {i for m in bodies for i in range(m.first, m.last + 1)}
    subject_at = {
        m.last
        for m in bodies
        if start <= m.start < verb
        and (
            words[m.last].text[len(words[m.last].stem) :] in ("는", "은", "이", "가")
            or bool(HEADED_SUBJECT_RE.match(text, words[m.last].end))  # 'OO구(구청장 NAME)가'
        )
    }
    found: list[Mention] = []
    changed = True
    while changed:
        changed = False
        for i in word_range(words, start, verb):
            word = words[i]
            if i in covered or in_sorted(word.start, quotes):
                continue
            if clause and clause[0] <= word.start < clause[1]:
                continue
            headed = HEAD_BRACKET_RE.match(text, word.end) if word.bare else None
            # a head in brackets after a noun vouches for it as a body, known to Kiwi or not
            if not (
                # or an alias in brackets before its particle: 'OO에너지네트워크(하이넷)와'
                (word.proper or headed or unknown_name(word) or (word.bare and ALIAS_PARTNER_RE.match(text, word.end)))
                and len(word.stem) >= 2
                and not FIGURE_RE.match(word.stem)  # '바람목시 120MW, 충청북도 150MW': a capacity, no name
                and all(tag in LISTABLE for _, tag in word.tags)
                and word.stem not in COMMON_ENDINGS  # '시공사': a common word Kiwi calls a name in a list
                and not COOP_KIND_RE.fullmatch(word.stem)  # '도시농협과 산지농협이': kinds, no names
                and not (i and COOP_KIND_RE.fullmatch(words[i - 1].text + word.stem))  # '도시 농협과 …'
                and not AGREEMENT_IN_WORD_RE.search(word.stem)  # '이번 MOU체결은 ㈜A는': the signing, no body
                and not _head_of_government(words, i)  # 'NAME 가람군수와': a person, for the county
                and not _named_after_title(words, i)  # 'OO진흥원 원장 NAME과 …': the head, by his name
                and not HEAD_TITLE_END_RE.search(word.stem)  # 'NAME 한국대표, ㈜B NAME 대표가': a head's title
                # '가평, OO연구원과 MOU': a bare place name is no body, unless a list of them ends in the
                # body's kind ('홍천·횡성·영월군과': 홍천군, 횡성군)
                and (not gazetteer.is_place(word.stem) or _listed_place(words, i, text))
            ):
                continue
            josa = particle(word, text)
            if headed:  # 'OO대(총장 NAME), …': the bracket names the body's head, the list goes on after it
                josa = text[headed.end() : headed.end() + 1]
                josa = josa if josa in ("와", "과", "는", "은", "이", "가", ",", "·") else ""
            previous = _previous(words, i, text)
            after_signer = previous in last_of and _connects(words[previous], text)
            # 'A, B와' lists A with B; 'A, B 개발사업의 …' names B's project, A is none of the signers
            after = _next_past_bracket(words, i, text)  # 'A(대표 NAME)와 B가': B follows A's head
            before_signer = after in first_of and _connects(word, text) and not _modifies_next(words, after)
            # '마포구 은평구 서대문구 등 서북3구와': governments listed with spaces only
            before_signer = before_signer or i + 1 in first_of and _spaced_governments(words, i, text)
            listed_on = josa in ("와", "과", "는", "은", "이", "가", ",", "·") or text[
                word.end : word.end + 1
            ] in (
                ",",
                "·",
            )
            listed_on = listed_on or bool(ETC_END_RE.match(text, word.end))  # 'A·B·C 등과': C ends the list
            # 'X는 … Y와 협약을 체결': the partner of a signing subject named before it
            glossed = GLOSSED_PARTNER_RE.match(text, word.stem_end) if not josa else None
            partner = (
                (josa in ("와", "과") or bool(glossed))
                and any(j < i for j in subject_at)
                and (bool(headed) or not _place_or_title(words, i))  # the bracket holds the title
            )
            # 'X는 … A, 미국 기업 B와 협약을 체결': a name listed before the partner is one too
            listed_end = headed.end() if headed else word.end  # 'OO구청(구청장 NAME), OO대와'
            partner = partner or (
                text[listed_end : listed_end + 1] == ","
                and any(j < i for j in subject_at)
                and (bool(headed) or not _place_or_title(words, i))
                and _lists_on_to_partner(text, words, i, verb, subject_at, listed_end)
            )
            opening = _opening_subject(text, words, i, start, verb, subject_at | last_of)
            if opening_only and not opening:
                continue
            if not (after_signer and listed_on or before_signer or partner or opening):
                continue
            first = _latin_run_start(text, words, i, start)  # 'Amazon Web Services와'
            if first == i and _two_word_item(text, words, i, start, covered):
                first = i - 1  # 'A, 나래 봉사크루, B와': a list's item of two words, its own name first
            name = text[words[first].start : word.stem_end]
            if gazetteer.is_place(name):
                name = _listed_place(words, i, text) or name
            if name.endswith("社") and len(name) > 2:  # '노스포인트社': 社 'company' is no part of the name
                name = name[:-1]
            fused = FUSED_HEAD_RE.fullmatch(name)
            if fused:  # 'NAME 가람대학총장, …': the head's title fused with the body's name lists the body
                name = fused["body"]
            kind = (
                org_kind(name, True)
                or (HEAD_KINDS.get(headed.group("title")) if headed else None)
                or ("public_institution" if name.startswith("국립") else "company")  # 국립생태원
            )
            found.append(Mention(name, kind, words[first].start, word.stem_end, first, i))
            first_of.add(first)
            last_of.add(i)
            if opening:
                subject_at.add(i)  # its partners are named after it: 'X는 A, B(OO)와'
            covered.update(range(first, i + 1))
            changed = True
    return found


# a head's title fused with the name of the body: '가람대학총장', '누리병원장', '다온재단이사장'
FUSED_HEAD_RE = re.compile(
    r"(?P<body>[가-힣A-Za-z0-9]+?(?:대학교|대학|병원|의료원|공사|공단|재단|협회|연구원))(?:총장|학장|이사장|사장|회장|원장|장)"
)


AGREEMENT_IN_WORD_RE = re.compile(r"MOU|협약|체결|양해각서")
HEAD_TITLE_END_RE = re.compile(r"(?:대표|대표이사|이사|사장|회장|총장|법인장|본부장|센터장)$")
# 'OO네트워크(하이넷)와': a partner with its one-word alias in brackets, not a list of examples
ALIAS_PARTNER_RE = re.compile(r"\([가-힣A-Za-z0-9&]{2,12}\)(?:와|과)\s")
# 'B(Latin Name)와': a partner glossed in a bracket, its particle after the bracket
GLOSSED_PARTNER_RE = re.compile(r"\([^()\n]{1,40}\)(?:와|과)\s")


def _lists_on_to_partner(
    text: str, words: list[Word], i: int, verb: int, subjects: set, after: int | None = None
) -> bool:
    """'A, 미국 기업 B와': after A's comma (``after``, past A's bracketed head) only bare nouns run to
    a proper noun taking 와/과 (or a glossed or headed one, 'B(Name)와'), the partner of the
    sentence's subject."""
    after = words[i].end if after is None else after
    for j in range(i + 1, len(words)):
        later = words[j]
        if later.start < after:
            continue
        headed = HEAD_BRACKET_RE.match(text, later.stem_end)
        if headed and text[headed.end() : headed.end() + 1] in ("와", "과"):
            return True  # '…, OO대학교(총장 NAME)과 함께'
        if later.start >= verb:
            return False
        josa = later.text[len(later.stem) :]
        if josa in ("와", "과") or (not josa and GLOSSED_PARTNER_RE.match(text, later.stem_end)):
            return later.proper
        if not later.bare or ("(" in text[words[j - 1].end : later.start] and words[j - 1].start >= after):
            return False
    return False


# 'X(Latin Name)는': a name glossed in a bracket, then the particle of the subject
GLOSSED_SUBJECT_RE = re.compile(r"(?:\([^()\n]{1,40}\))?(?:는|은|이|가)\s")


def _opening_subject(text: str, words: list[Word], i: int, start: int, verb: int, signers: set) -> bool:
    """'X(Latin Name)는 Y와 … 협약을 맺었다': the proper noun that opens the signing sentence as its
    subject signs with the known body it names as partner, whatever its ending."""
    word = words[i]
    opening = DATELINE_RE.match(text, start, word.start)  # '[OO신문 NAME 기자] X는', '(가람=OO뉴스) …'
    opening = CONNECTIVE_RE.match(text, opening.end(), word.start) or opening  # '이를 위해 X는'
    if not LATIN_RUN_RE.fullmatch(text, opening.end(), word.start):  # 'Amazon Web Services는' too
        return False
    headed = HEAD_BRACKET_RE.match(text, word.end)  # 'OO대(총장 NAME)는': the title is in the bracket
    if not GLOSSED_SUBJECT_RE.match(text, word.stem_end) or not headed and _place_or_title(words, i):
        return False
    return any(
        start <= words[j].start < verb
        and (
            particle(words[j], text) in ("와", "과")
            # 'X는 평택시, OO네트워크(OO)와': the first of a list of partners that ends with 와
            or bool(LIST_TO_PARTNER_RE.match(text, words[j].end, verb))
        )
        for j in signers
        if j > i
    )


LIST_TO_PARTNER_RE = re.compile(r",\s?[^.,\n]{2,40}?(?:와|과)\s")


LATIN_RUN_RE = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9&.'-]*\s)*")
# a dateline or byline the sentence opens with, before its subject: '[OO신문 NAME 기자] ',
# '[가람/OO방송]', '(가람=OO뉴스) NAME 기자 = ', 'OO경제 NAME 기자= '
DATELINE_RE = re.compile(
    r"\s*(?:\[[^\]\n]{1,40}\]\s*"
    r"|\([^()\n]{1,20}=[^()\n]{1,20}\)\s*(?:[가-힣]{2,4}\s기자\s?=\s?)?"
    r"|[가-힣A-Za-z]{2,12}\s[가-힣]{2,4}\s기자\s?=\s?)?"
)
# a sentence's link to the one before it, ahead of its subject: '이를 위해 X는 …', '이에 따라 X는 …'
CONNECTIVE_RE = re.compile(r"(?:이를\s위해|이를\s위해서|이에\s따라|이와\s함께|한편|또한|특히|이날),?\s")
LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9&.'-]*")


def _latin_run_start(text: str, words: list[Word], i: int, start: int) -> int:
    """The first word of a Latin name of several words ending at words[i] ('Amazon Web Services')."""
    first = i
    if not LATIN_WORD_RE.match(words[i].stem):
        return first
    while (
        first > 0
        and words[first - 1].start >= start
        and LATIN_WORD_RE.fullmatch(words[first - 1].text)
        and text[words[first - 1].end : words[first].start] == " "
    ):
        first -= 1
    return first


ITEM_OPENING_RE = re.compile(r"(?:[,·ㆍ]|[△▲■□●◆◇▶])\s?$")


def _two_word_item(text: str, words: list[Word], i: int, start: int, covered: set[int]) -> bool:
    """Whether the word before words[i] is the first word of one name with it, an item between a list's
    separators ('A, 나래 봉사크루, B와'): a proper noun, no place, right after the separator."""
    if i == 0 or i - 1 in covered:
        return False
    before = words[i - 1]
    return (
        before.start >= start
        and before.bare
        and before.proper
        and len(before.stem) >= 2
        and all(tag == "NNP" for _, tag in before.tags)
        and text[before.end : words[i].start] == " "
        and not gazetteer.is_place(before.stem)
        and before.stem not in REGIONS
        and before.stem not in COUNTRIES
        and ITEM_OPENING_RE.search(text, max(0, before.start - 2), before.start) is not None
    )


def _spaced_governments(words: list[Word], i: int, text: str) -> bool:
    """Two governments of one level written one after the other with a space ('마포구 은평구', '마포 은평
    서대문구'), a list."""
    if i + 1 >= len(words) or not words[i].bare or text[words[i].end : words[i + 1].start] != " ":
        return False
    this = words[i].stem if gazetteer.kind_of(words[i].stem) == "government" else _listed_place(words, i, text)
    that = words[i + 1].stem
    that = that if gazetteer.kind_of(that) == "government" else _listed_place(words, i + 1, text)
    return bool(this and that) and this[-1:] == that[-1:] and this[-1:] in ("시", "군", "구")


def _modifies_next(words: list[Word], i: int) -> bool:
    """'가람군 개발사업의': a bare body followed by a noun in the genitive is that noun's owner."""
    return (
        i + 1 < len(words)
        and words[i].bare
        and words[i + 1].start == words[i].end + 1
        and words[i + 1].text[len(words[i + 1].stem) :] == "의"
    )


LISTABLE = {"NNP", "NNG", "SL", "SN", "SW", "SO", "XPN", "XSN"}  # SO: the hyphen of S-OIL
