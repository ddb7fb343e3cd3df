"""The words of a target: the noun a bare '개' counts, a qualifier before a number ('총', '발전용량'),
the noun after it ('30명의 청년 기술자'), and each figure once (a rough lead figure repeating an exact one)."""

from __future__ import annotations

import re

from .funding import another_firms, firm_subject
from .spans import Marks, span_at
from .words import Word

MEASURE_NOUN_RE = re.compile(r"(?:용량|면적|규모|연면적|부지|용지|길이|연장|인원|정원|생산량|발전량)$")
# a count of things named by the noun after it: '6개 분야', '3개 과제', '2개 지구', '5개 마을', '52개 품목', '6개 학과'
COUNTED_NOUN_AFTER_RE = re.compile(
    r"\s?(?P<noun>분야|과제|지구|마을|권역|노선|단지|품목|학과)"
    r"(?:에서|에는|에도|으로|로|에|과|와|을|를|이|가|은|는|의|도|별)?(?![가-힣])"  # '7개 분야에서', not '…지구대'
)

# the clauses of the agreement's own text: '교류하기로 하는 등 5개 항을 합의했다' counts what it says, no goal
CLAUSES_AFTER_RE = re.compile(r"\s?(?:항목?|조항|사항)(?:[을를이가은는에의과와]|으로|\s|,|$)")
# a day ending a span of days: '8월 3일부터 9일까지 열리는 축제' gives when an event is held
DAY_SPAN_END_RE = re.compile(r"\s?(?:\d{1,2}월\s?)?\d{1,2}일\s?까지")
DIGIT_RE = re.compile(r"\d")


def inside_a_name(quantity, word_at: dict[int, Word]) -> bool:
    """A number in hangul numerals that Kiwi reads as the start of a proper noun: '(회장 백종민)' is a
    person, not a hundred kinds ('토종 작물 백종을' stays a count)."""
    word = word_at.get(quantity.span[0])
    if DIGIT_RE.search(quantity.text) or word is None or not word.tags:
        return False
    return word.tags[0][1] == "NNP" and len(word.tags[0][0]) > len(quantity.text)


def counted_noun(text: str, quantity) -> tuple[str, int] | None:
    """The noun a bare '개' counts, with the end of the noun: '6개 분야 협력' counts 분야."""
    if quantity.unit != "개":
        return None
    match = COUNTED_NOUN_AFTER_RE.match(text, quantity.span[1])
    return (match.group("noun"), match.end("noun")) if match else None


AREA_UNITS = frozenset({"㎡", "m²", "제곱미터", "평", "㏊", "ha", "㎢", "km²"})
# what may stand between an area and its conversion in brackets: '5만㎡(1만5천평)', '5만㎡ 규모(약 1만5천 평)'
REPEAT_GAP_RE = re.compile(r"\s?(?:규모|부지|면적)?\s?\(\s?(?:약|총|약\s총)?\s?$")
PYEONG_AFTER_COMMA_RE = re.compile(r"\s?,\s?(?:약\s?)?")


def area_repeat(text: str, previous, quantity) -> bool:
    """An area given again in another unit in brackets right after it ('5만3000㎡(1만6000평)'): the
    same land, so one target, the one written first."""
    if previous is None or previous.unit not in AREA_UNITS or quantity.unit not in AREA_UNITS:
        return False
    if previous.unit == quantity.unit:
        return False
    if quantity.unit == "평" and PYEONG_AFTER_COMMA_RE.fullmatch(text, previous.span[1], quantity.span[0]):
        return True  # '4만 6천㎡, 1만 4천여 평 부지': the same land in the old unit, after a comma
    return bool(REPEAT_GAP_RE.fullmatch(text, previous.span[1], quantity.span[0]))


def in_parentheses(brackets: Marks, position: int) -> bool:
    return brackets.last("(", position) > brackets.last(")", position)


def qualifier_start(text: str, start: int, word_ending: dict) -> int:
    """Take in '총' or a measure noun written right before a number ('발전용량 12.5MW')."""
    if text[max(0, start - 2) : start] in ("총 ", "약 "):
        return start - 2
    previous = word_ending.get(start - 1)
    if previous and previous.bare and MEASURE_NOUN_RE.search(previous.stem):
        return previous.start
    return start


def phrase_end(text: str, end: int, words: list[Word], word_at: dict) -> int:
    """Take in the noun a count belongs to: '30명의 청년 기술자', '10개년 이행 계획 수립'."""
    if text.startswith("의 ", end):
        position, taken = end + 2, end
        for _ in range(3):
            word = word_at.get(position)
            if word is None:
                break
            taken = word.stem_end
            if not word.bare:
                break
            position = word.end + 1
        return taken
    if text.startswith(" ", end) and text[end - 2 : end] == "개년":
        position, taken = end + 1, end
        while (word := word_at.get(position)) and word.bare and word.stem != "등":
            taken, position = word.end, word.end + 1
        return taken
    return end


# a figure given roughly: '460여개', '약 3만㎡'
ROUGH_RE = re.compile(r"^약\s?|\d여\s?[^\d\s]")
ROUGH_SHARE = 0.05


def _rough_repeat(target: dict, targets: list[dict]) -> bool:
    """A rounded figure in the lead ('460여개 일자리') that the body gives exactly ('463개'): one count."""
    value = target["value"]
    if value is None or not ROUGH_RE.search(target["text"]):
        return False
    return any(
        other is not target
        and other["unit"] == target["unit"]
        and other["value"] not in (None, value)
        and not ROUGH_RE.search(other["text"])
        and abs(other["value"] - value) <= ROUGH_SHARE * other["value"]
        for other in targets
    )


def dedupe(targets: list[dict], text: str = "") -> list[dict]:
    """Each figure once, but for the same figure of two firms ('㈜A는 1만㎡에 …, ㈜B는 1만㎡에')."""
    seen, found = {}, []
    targets = [t for t in targets if not _rough_repeat(t, targets)]
    for target in targets:
        key = (
            (target["due"], target["value"], target["unit"])
            if target["value"] is not None
            else target["text"]
        )
        firm = firm_subject(text, target["span"][0]) if text and target["value"] is not None else None
        if key not in seen or another_firms(firm, seen[key]):
            seen.setdefault(key, []).append(firm)
            found.append(target)
    return found


def shares_of_a_whole(quantities, bounds) -> set[tuple[int, int]]:
    """Spans of percentages that split one whole between sides ('공동(A 20%, B 80%)으로 시행한다'): two
    or more in one sentence that add up to 100 are shares, not goals."""
    return {
        q.span
        for found in _by_sentence([q for q in quantities if q.unit == "%"], bounds)
        if len(found) >= 2 and abs(sum(q.value for q in found) - 100) < 1e-6
        for q in found
    }


RECIPIENTS_AFTER_RE = re.compile(r"\s?(?:에게|에겐|한테)")


def parts_of_a_count(text: str, quantities, bounds) -> set[tuple[int, int]]:
    """Spans of counts that split an earlier count of the sentence among what each part gets ('20명을
    뽑아 16명에게 장학금을, 4명에게는 노트북을'): recipients, as many as or fewer than the whole."""
    found = set()
    for group in _by_sentence(quantities, bounds):
        for unit in {q.unit for q in group}:
            same = [q for q in group if q.unit == unit]
            parts = [q for q in same if RECIPIENTS_AFTER_RE.match(text, q.span[1])]
            wholes = [q for q in same if q not in parts and q.span[0] < parts[0].span[0]] if parts else []
            if len(parts) >= 2 and any(w.value >= sum(p.value for p in parts) for w in wholes):
                found.update(p.span for p in parts)
    return found


# and homes, rooms and places (not jobs, which the labels keep firm by firm): '공공임대 40호, 신혼부부
# 임대 25호 등 총 65세대'; counted, they add up exactly, whichever of these units each part has
COUNTED_PARTS = frozenset({"개", "개사", "호", "세대", "가구", "실", "채", "개소", "곳"})
CAPACITY_UNITS = frozenset({"MW", "㎿", "kW", "㎾", "GW", "MWh", "㎿h", "kWh", "GWh"})
# and areas and capacities by their parts ('지상 1만㎡·지하 5천㎡ 등 연면적이 1만5천㎡'), in one unit
PART_UNITS = COUNTED_PARTS | AREA_UNITS | CAPACITY_UNITS
# a count closing a listed item: '공동사업 5개,', '다솜사업 2개 등', '제조분야 4개사다', '관광 분야(3개)',
# '귀농인 12세대와 노인 8세대 등', '… 30kW짜리 2개소로, 다 합치면 …'
LISTED_AFTER_RE = re.compile(r"\s?(?:,|·|\)|등(?![가-힣])|(?:이)?다(?![가-힣])|[와과](?![가-힣])|및(?![가-힣])|(?:으)?로,)")


def parts_of_a_total(text: str, quantities, bounds) -> set[tuple[int, int]]:
    """Spans of counts that break a total down by kind ('공동사업 5개, 가람사업 3개, 다솜사업 2개 등 모두 10개
    사업'; '8개 기업이 … 체결했다. … 식품분야 3개사, 물류분야 1개사, 제조분야 4개사다'): two or more listed
    counts of things or firms in a sentence whose sum is a count of that sentence or of the nearest one
    before it that has a count."""
    found = set()
    groups = _by_sentence(quantities, bounds)
    for index, group in enumerate(groups):
        parts = [q for q in group if q.unit in PART_UNITS and LISTED_AFTER_RE.match(text, q.span[1])]
        before = groups[index - 1] if index > 0 else []
        # any run of two or more listed counts that adds up to another count: '경기 1개, 전북 1개, 전남 6개
        # 등 관외기업 8개와 지역 6개 기업 등 14개 기업' holds two (1+1+6 = 8, 8+6 = 14)
        for first in range(len(parts)):
            for last in range(first + 2, len(parts) + 1):
                run = parts[first:last]
                wholes = [q for q in group if q not in run] + before
                if any(_adds_up(run, whole) for whole in wholes):
                    found.update(q.span for q in run)
    return found


def _adds_up(run, whole) -> bool:
    """Whether the quantities of ``run`` add up to ``whole``: counts exactly, and areas and capacities of
    one unit up to the unit the page rounded each part to ('1만2천345㎡·6천788㎡ … 1만9천134㎡')."""
    total = sum(q.value for q in run)
    if run[0].unit in COUNTED_PARTS:
        return total == whole.value
    if any(q.unit != whole.unit for q in run):
        return False
    return abs(total - whole.value) <= max(1.0, whole.value * 0.0005)


def _by_sentence(quantities, bounds) -> list[list]:
    """The quantities grouped by the sentence they stand in."""
    groups: dict[tuple[int, int], list] = {}
    for quantity in quantities:
        groups.setdefault(span_at(bounds, quantity.span[0], quantity.span), []).append(quantity)
    return list(groups.values())
