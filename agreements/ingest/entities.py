"""Organisations in an article: words with their particles cut off, names by Korean org morphology.

Kiwi gives each word's stem (the particles 와/는/의… come off as J* tokens) and tells proper nouns
(NNP) from common ones. A name is an organisation when its stem ends with an organisation suffix
(…시, …협동조합, …연구원, ㈜…, …(유)); weak suffixes such as …시 or …센터, which also end common
words (도시, 물류센터), need a proper noun inside. Short forms the same text uses for one body
('(이하 X)', 'OO조합' for 'OO협동조합', '시' for 'OO시') are gathered as aliases.
"""

from __future__ import annotations

import functools
import re

from . import gazetteer
from .anaphors import confirmed_places
from .branches import SITE_BRANCH_RE, _branch_head, _outlet, listed_university, own_hospital, placed_branch
from .legal_forms import (
    CORPORATE_FORMS,
    FARM_FORMS,
    HANGUL_OR_LATIN_RE,
    LEGAL_FORMS,
    NOT_NAMES_AFTER_FORM,
    bracketed_yuhan,
    form_after_name,
)
from .offices import foreign_head, foreign_province, office_in_metro, office_signs, township_council
from .orgwords import (
    BRANCH_RE,
    BRAND_RE,
    CITY_RE,
    COMMON_ENDINGS,
    COOP_KIND_RE,
    DISTRICT_RE,
    EVENT_BODY_RE,
    GENERIC_MODIFIERS,
    GOVERNOR_RE,
    HANGUL_RE,
    HOUSING_ESTATE_RE,
    LOCAL_PLACE_RE,
    LONG_COMMON_ENDINGS,
    MEMBERS_BODY_RE,
    METRO_RE,
    MILITARY_RE,
    NOT_STORE,
    NUMBERED_PLACE_RE,
    PLACE_NAME_RE,
    RUN_IN_RE,
    SERVICES,
    SEVERAL_PROVINCES,
    STORE_RE,
    SUB_BODY_RE,
    SUFFIX_RE,
    SUFFIX_RULES,
    VILLAGE_BODIES,
    VILLAGE_BODY_RE,
    VILLAGE_ENDINGS,
    WARD_RE,
    kind_not_name,
    named_generic_body,
    short_university,
)
from .person_or_body import HANGUL_WORD_RE, _name_before_title, _person_before_title, name_like_university
from .person_words import TITLE_RE
from .townships import city_office, placed_before, township, township_office, universities_by_head
from .words import COMPANY_MARK_RE, Mention, Word


def org_kind(stem: str, proper: bool, places: set[str] = frozenset()) -> str | None:
    """The kind of organisation a stem names, or None when it is not a name of one: a body the
    gazetteer knows by any of its forms is of its kind ('한국남부발전㈜' is a public institution, '충북도'
    a government); any other name is told by its ending."""
    known = gazetteer.kind_of(stem)
    if known and len(gazetteer.normalise(stem)) >= 2:
        return known
    if COMPANY_MARK_RE.search(stem):
        core = COMPANY_MARK_RE.sub("", stem)
        if len(core) >= 4 and core.endswith(("공사", "공단")):
            return "public_institution"  # '㈜OO도시공사': a public enterprise is a company in law only
        return "company" if len(core) >= 2 else None
    if stem.startswith("(사)") or stem.endswith("(사)"):  # 사단법인
        return org_kind(stem.replace("(사)", ""), True) or "association" if len(stem) > 4 else None
    if stem.startswith("(재)") or stem.endswith("(재)"):  # 재단법인
        return "public_institution" if len(stem) > 4 else None
    if stem.startswith("국회") and len(stem) >= 4 and _suffix_rule(stem):
        return "government"  # 국회도서관, 국회사무처: organs of the legislature
    if GOVERNOR_RE.fullmatch(stem):
        return None  # '전남지사': the governor's title, not a branch called 전남지사
    if stem in SEVERAL_PROVINCES:
        return None  # "'충청-대구 수학여행단 교류' 협약": the region of two provinces signs nothing
    if COOP_KIND_RE.fullmatch(stem):
        return None  # '도시농협과 산지농협이 함께하는 공동사업': kinds of co-op, none of them named
    rule = _suffix_rule(stem)
    if rule is None:
        return None
    suffix, kind, strength = rule
    if suffix.endswith("재단") and LATIN_START_RE.match(stem):
        return "other"  # 'KT&G복지재단', 'LG상록재단': a company's foundation is no public body
    if strength == "strong" and (proper or len(stem) - len(suffix) >= 2):
        return kind
    if strength == "weak" and proper:
        return kind
    if strength == "ministry" and (proper or len(stem) >= 4) and HANGUL_RE.fullmatch(stem):
        return kind
    if strength == "place" and (stem in places or proper and PLACE_NAME_RE.fullmatch(stem)):
        return kind
    return None


LATIN_START_RE = re.compile(r"[A-Za-z]")
# a word written apart after a foreign firm's name: its Korean arm ('알파 코리아') or its trade in English
# ('옵티론 머티리얼즈', '케스론 테크놀로지', '넥시아 솔루션즈')
ARM_OR_TRADE_WORDS = ("코리아", "KOREA", "Korea", "머티리얼즈", "테크놀로지", "솔루션즈")


@functools.lru_cache(maxsize=8192)
def _suffix_rule(stem: str) -> tuple[str, str, str] | None:
    """(suffix, kind, strength) of the longest organisation ending of a stem, unless it is a common word."""
    match = SUFFIX_RE.search(stem)
    if not match or match.start() == 0 or not HANGUL_RE.search(stem):
        return None
    if stem in COMMON_ENDINGS or stem.endswith(LONG_COMMON_ENDINGS):
        return None
    return SUFFIX_RULES[match.group()]


LIST_BULLETS = "△▲■□●◆◇▷▶"


def find_orgs(words: list[Word], text: str, places: set[str] | None = None) -> list[Mention]:
    """Organisation names in reading order, multi-word names joined ('㈜KT 전남본부', 'OO시 OO위원회').

    A name with a weak ending and no proper noun in it (Kiwi does not know new or small names) comes
    back ``loose``: the caller keeps it only where its place in the sentence shows it is a body."""
    places = confirmed_places(words, text) if places is None else places
    universities = universities_by_head(words, text)  # 'OO대(총장 NAME)': OO대 wherever it is named

    def strict_kind(word: Word) -> str | None:
        kind = org_kind(word.stem, word.proper, places)
        return kind or ("university" if word.proper and short_university(word.stem) else None)  # '가람대'

    def loose_kind(word: Word) -> str | None:
        kind = org_kind(word.stem, True, places)
        if (
            kind
            and PLACE_NAME_RE.fullmatch(word.stem)
            and (not word.tags or word.tags[-1][0] != word.stem[-1])
        ):
            return None  # '도시', '연구': Kiwi reads the ending as part of a common word
        return kind

    def joined_kind(previous: Word, word: Word, kind: str) -> str | None:
        """The kind of 'PREVIOUS WORD' when the two words are one name, else None."""
        previous_kind = strict_kind(previous)
        if previous_kind == "company" and COMPANY_MARK_RE.search(previous.stem):
            return "company"  # ㈜KT 전남전북광역본부
        if (
            previous_kind == "government"
            and SUB_BODY_RE.search(word.stem)
            and not NATIONAL_RE.match(word.stem)
        ):
            return kind  # OO시 OO위원회, OO시 보건소
        if previous.stem.endswith("마을") and VILLAGE_BODY_RE.search(word.stem):
            return kind  # 'OO마을 햇살에너지협동조합': the village's own co-op, one body
        if previous.stem in SERVICES and MILITARY_RE.search(word.stem):
            return kind  # '육군 OO부대': the service names the unit
        return None

    mentions: list[Mention] = []

    def add(name: str, kind: str, first: int, last: int, loose: bool = False) -> None:
        while mentions and mentions[-1].last >= first:  # 'OO공사(LH) OO본부' takes in 'OO공사' and 'LH'
            mentions.pop()
        bare = name.lstrip(LIST_BULLETS)  # '▷가람식품': a list's bullet is no part of the name
        bare = RUN_IN_RE.sub("", bare)  # '… 상호협력 협약가람대학교와': a headline's last word run into the lead
        start = words[first].start + len(name) - len(bare) if first == last else words[first].start
        mentions.append(Mention(bare, kind, start, words[last].stem_end, first, last, loose))

    for i, word in enumerate(words):
        previous = words[i - 1] if i and text[words[i - 1].end : word.start] == " " else None
        if previous is not None and previous.bare and township_office(previous, word):
            city = mentions[-1] if mentions and mentions[-1].last == i - 1 else None  # 'OO시 OO동 행정복지센터'
            add(f"{city.name if city else previous.stem} {word.stem}", "government", city.first if city else i - 1, i)
            continue
        if previous is not None and previous.bare and city_office(previous, word, strict_kind):
            add(f"{previous.stem} {word.stem}", "government", i - 1, i)  # 'OO군 새마을경제과와'
            continue
        if previous is not None and word.stem in LEGAL_FORMS and form_after_name(words, i, text):
            add(f"{previous.stem} {word.stem}", "company", i - 1, i)  # 'OO케미칼 유한회사(대표 …)와'
            continue
        if (
            i
            and bracketed_yuhan(words[i - 1], text)
            and words[i - 1].end + 1 == word.start
            and len(word.stem) >= 2
        ):
            add(f"(유한){word.stem}", "company", i - 1, i)  # '(유한)다온로지스'
            continue
        if (
            previous is not None
            and previous.text in ("주식회사", "㈜", "(주)", "유한회사", "(유)")
            and len(word.stem) >= 2
            and word.stem not in NOT_NAMES_AFTER_FORM
        ):
            add(f"{previous.text} {word.stem}", "company", i - 1, i)  # '주식회사 다온', '(주) 다온'
            continue
        if (
            previous is not None
            and word.stem in ARM_OR_TRADE_WORDS
            and previous.bare
            and HANGUL_OR_LATIN_RE.fullmatch(previous.stem)
            and len(previous.stem) >= 2
            and not org_kind(previous.stem, True)
            and previous.end + 1 == word.start
        ):
            add(f"{previous.stem} {word.stem}", "company", i - 1, i)  # '알파 코리아', '옵티론 머티리얼즈'
            continue
        if (
            previous is not None
            and previous.text in FARM_FORMS
            and len(word.stem) >= 2
            and word.stem not in NOT_NAMES_AFTER_FORM
            and not TITLE_RE.fullmatch(word.stem)  # 'OO㈜ 농업회사법인 대표': the form ends the name before it
        ):
            add(f"{previous.text} {word.stem}", FARM_FORMS[previous.text], i - 1, i)  # '농업회사법인 다온'
            continue
        if previous is not None and previous.text in CORPORATE_FORMS and strict_kind(word):
            kind = strict_kind(word)
            if previous.text == "사회복지법인" and kind == "public_institution":
                kind = "other"  # a private welfare corporation's 재단 or 복지관 is no public body
            add(f"{previous.text} {word.stem}", kind, i - 1, i)  # '사단법인 OO협회'
            continue
        if previous is not None and previous.bare and MEMBERS_BODY_RE.fullmatch(f"{previous.stem} {word.stem}"):
            add(f"{previous.stem} {word.stem}", "association", i - 1, i)  # '주민 추진위원회'
            continue
        if previous is not None and EVENT_BODY_RE.fullmatch(f"{previous.text} {word.stem}"):
            add(f"{previous.text} {word.stem}", "public_institution", i - 1, i)  # 'OO엑스포 조직위원회'
            continue
        if previous is not None and named_generic_body(previous, word, strict_kind):
            add(f"{previous.stem} {word.stem}", strict_kind(word) or "association", i - 1, i)
            continue  # 'OO정보산업 협동조합연합회', 'OO협회 가람시회': one body, its name before its sort
        kind = strict_kind(word) or ("university" if word.stem in universities else None)
        if kind == "university" and short_university(word.stem) and name_like_university(words, i):
            kind = None  # '이상대 OO구 새마을회장': a person
        if kind is None and listed_university(words, i, text):
            kind = "university"  # '가람대, 나래대, …': one Kiwi does not know, listed before one it does
        if kind is None and (office_signs(word, text) or foreign_province(words, i, text)):
            kind = "government"  # '가람구청은', '나래도청과': the government its office stands for; '베트남 OO성과'
        first = township_council(words, i, text, strict_kind) if previous is not None else None
        if first is not None:  # 'OO면 풍력발전주민협의체', 'OO시 OO면 주민자치위원회', 'OO마을권역 주민상생협의체'
            add(" ".join(w.stem for w in words[first : i + 1]), kind or "association", first, i)
            continue
        if kind is None and STORE_RE.search(word.stem) and not word.stem.endswith(NOT_STORE):
            if previous is not None and previous.bare and strict_kind(previous) is None:
                if _person_before_title(words, i - 1, i):
                    continue  # 'NAME 나래백화점 대표': a person and the store they head, not a store's branch
                if BRAND_RE.fullmatch(previous.stem) and previous.stem not in GENERIC_MODIFIERS:
                    add(f"{previous.stem} {word.stem}", "company", i - 1, i, loose=not previous.proper)
            elif previous is not None and previous.bare and strict_kind(previous) == "company":
                add(f"{previous.stem} {word.stem}", "company", i - 1, i)  # '㈜OO마트 OO점'
            continue
        village = kind is None and word.stem in VILLAGE_BODIES
        # or a club of its own name there: 'OO군 OO면 가람조기축구회', 'OO시 OO동 상인회'
        village = village or kind == "association" and word.stem.endswith(VILLAGE_ENDINGS)
        if village and previous is not None:
            first = i  # 'OO군 OO읍 주민자치회': the place words before the body are its name
            while (
                first > 0
                and i - first < 3
                and words[first - 1].bare
                and (
                    LOCAL_PLACE_RE.fullmatch(words[first - 1].stem)
                    or NUMBERED_PLACE_RE.fullmatch(words[first - 1].stem)  # '가람2동 주민자치회'
                    # 'OO마을3단지 자율방범대', 'OO마을 부녀회'
                    or first == i
                    and (HOUSING_ESTATE_RE.fullmatch(words[first - 1].stem) or words[first - 1].stem.endswith("마을"))
                )
            ):
                if text[words[first - 1].end : words[first].start] != " ":
                    break
                first -= 1
            if first < i:
                name = " ".join(w.stem for w in words[first : i + 1])
                add(name, org_kind("OO" + word.stem, False) or "association", first, i)
                continue
        if previous is not None and foreign_head(previous, word, text):  # 'NAME NAME OO주 주지사와': the state
            add(previous.stem, "government", i - 1, i - 1)
            continue
        placed = placed_branch(words, i, text)
        body_kind = strict_kind(words[placed[0]]) if placed else None
        if body_kind in ("public_institution", "company"):
            body, first = placed  # 'OO공사(DO) 광주·전남 지역본부': one branch named for its regions
            regions = text[words[first].start : words[i - 1].stem_end]
            add(f"{words[body].stem} {regions} {word.stem}", body_kind, body, i)
            continue
        head = _branch_head(words, i, text)
        if head is not None:  # ㈜KT OO본부, OO대학교 산학협력단, OO공사(LH) OO지역본부, ㈜OO OO공장
            head_kind = strict_kind(words[head])
            branch_kind = kind or loose_kind(word)
            if head_kind is None and branch_kind and words[head].proper:
                head_kind = "company" if branch_kind == "other" else branch_kind  # KT 전북본부
            if head == i - 1 and own_hospital(words, i):
                head_kind = "other"  # 'OO대학교 OO병원', 'OO재단부설 OO병원': a hospital, whoever runs it
            # 'OO공단 남부지역본부', 'OO은행 호남영업본부': a branch shows its body an institution, a firm
            loose = loose_kind(words[head])
            if head_kind is None and BRANCH_RE.search(word.stem) and loose in ("public_institution", "company"):
                head_kind = loose
            if head_kind is None and words[head].proper and SITE_BRANCH_RE.search(word.stem):
                head_kind = "company"  # 'LG이노텍 구미사업장': a firm's works in a city
            if _outlet(word.stem) and head_kind not in ("company", "public_institution", "university"):
                head_kind = None  # a city's centre is its own body ('OO시 OO센터', read below)
            if head_kind:
                whole = mentions[-1] if mentions else None
                if whole and whole.last == head == i - 1 and whole.first < head:
                    # 'OO공사 OO지역본부 OO지사': the branch of a regional office is one name
                    add(f"{whole.name} {word.stem}", whole.kind, whole.first, i)
                    continue
                add(f"{words[head].stem} {word.stem}", head_kind, head, i)
                continue
        first = township(words, i, text, strict_kind)
        if first is not None and (
            kind is None or first < i
        ):  # 'OO군 OO면', 'OO면(면장 NAME)', 'OO2리': an office below the county
            named = words[first : i + 1] if i - first < 3 else (words[first], word)  # 'OO구(구청장 NAME) OO동'
            city = mentions[-1] if mentions and mentions[-1].last == first and mentions[-1].first < first else None
            if city and i - first < 3:  # 'OO시 OO구 OO동': the city and its district, as the page writes them
                named, first = words[city.first : i + 1], city.first
            add(" ".join(w.stem for w in named), "government", first, i)
            continue
        if (
            previous is not None
            and previous.bare
            and (
                METRO_RE.fullmatch(previous.stem)
                and (DISTRICT_RE.fullmatch(word.stem) or DISTRICT_OFFICE_RE.fullmatch(word.stem))
                or CITY_RE.fullmatch(previous.stem)
                and WARD_RE.fullmatch(word.stem)
            )
            and strict_kind(previous) == "government"
            or previous is not None
            and previous.bare
            and office_signs(word, text)
            and office_in_metro(previous.stem, word.stem)
        ):  # 울산광역시 동구, OO시 OO구, 부산 사하구청: the district of a city
            add(f"{previous.stem} {word.stem}", "government", i - 1, i)
            continue
        if (
            previous is not None
            and previous.bare
            and COLLEGE_RE.search(word.stem)
            and (
                previous.stem.endswith("대학교")
                and strict_kind(previous) == "university"
                # 'OO대 농업생명과학대학': a university's short name is known by the college after it
                or previous.stem.endswith("대")
                and HANGUL_WORD_RE.fullmatch(previous.stem) is not None
                and len(previous.stem) >= 2
            )
        ):  # 'OO대학교 해양과학대학': a college of the university, one body
            add(f"{previous.stem} {word.stem}", "university", i - 1, i)
            continue
        loose = False
        if kind is None:
            kind = loose_kind(word)
            loose = kind is not None
        if kind is None:
            continue
        if (
            loose
            and previous is not None
            and previous.bare
            and (len(word.stem) >= 5 or len(word.stem) == 4 and word.text[len(word.stem) :] in SUBJECT_JOSA)
            and strict_kind(previous) == "government"
            and SUB_BODY_RE.search(word.stem)
        ):  # 'OO광역시 학교급식지원센터', 'OO시 청년센터는': a city's own centre, even with a common-word name
            add(f"{previous.stem} {word.stem}", kind, i - 1, i)
            continue
        if loose and kind == "company" and previous is not None and previous.bare:
            if COMPANY_MARK_RE.search(previous.stem) and strict_kind(previous) == "company":
                add(f"{previous.stem} {word.stem}", kind, i - 1, i)  # '㈜OO엔지니어링 종합건설'
                continue
        if previous is not None and previous.bare and not loose and not _name_before_title(words, i - 1):
            joined = joined_kind(previous, word, kind)
            if joined:
                add(f"{previous.stem} {word.stem}", joined, i - 1, i)
                continue
        if kind == "government" and _name_before_title(words, i):
            continue  # 'OO협회 박남구 회장': a person whose name ends like a district
        if previous is not None and kind_not_name(words, i):
            continue  # '지역 문화재단 홍보 협력': bodies of a kind, none of them named
        if placed_before(mentions, words, i, text, kind):
            mentions.pop()  # 'OO군 OO농협(조합장 NAME)이': where the cooperative is, not a signer
        add(word.stem, kind, i, i, loose)
    return mentions


# a college or graduate school of a university, named after it: 'OO대학교 해양과학대학'
COLLEGE_RE = re.compile(r"[가-힣]{2,}(?:대학|대학원)$")


SUBJECT_JOSA = ("은", "는", "이", "가", "와", "과")


# a body named for the whole country is not a city's committee: 'OO구 한국관광공사 서울센터'
NATIONAL_RE = re.compile(r"한국|대한|국립|국민|전국|중앙")


# a district named by its office after its city: '가람광역시 나래구청'
DISTRICT_OFFICE_RE = re.compile(r"[가-힣]{1,4}(?:구청|군청)")
