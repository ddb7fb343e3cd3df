"""Targets read from a deadline: the action a '…까지', '…부터' or '…을 목표로' governs ('2028년까지 …
신설', '내년 3월부터 시행', '준공은 2028년 12월로'), and the count it takes as its object ('2031년까지
2천호를 공급'); not a deadline inside a quoted name, of a programme under way or of a past action."""

from __future__ import annotations

import re

from .dates import find_deadlines
from .effects import background, background_paragraph
from .not_targets import not_a_target
from .numbers import find_quantities
from .spans import Marks, span_at, words_between
from .target_words import DAY_SPAN_END_RE
from .words import Word

AIM_RE = re.compile(r"^(?P<what>[^.,\n]{4,70}?)(?:한다는|하겠다는|하는\s것을)\s목표")
GOAL_OBJECT_RE = re.compile(r"^[^.,]{0,40}?(?=(?:을|를)\s?목표로)")
# goals that only say a thing will run or be got ready: a deadline only with 까지 or a count
WEAK_GOALS = {"운영", "준비"}
FROM_MONEY_SPAN_RE = re.compile(r"\s?\d+\s?(?:년|개월)\s?(?:간|동안)\s[^.\n]{0,30}?\d[\d,.]*\s?[조억만천]")
# the predicate a deadline governs; a past one ('2005년까지 … 사용했다') is history
PAST_PREDICATE_RE = re.compile(r"(?:었|았|였|했|됐|웠|렸)(?:다|고|으며|던)|(?:된|한)\s바")
# a plan told after the governed verb: '2027년 하반기 … 공모에 응모할 계획이다', '… 시작할 예정이다'
PLAN_AFTER_RE = re.compile(r"\s?(?:계획|예정)이다")
PROMISED_RE = re.compile(r"(?:기로|키로)\s?(?:약속|합의)?(?:했|하였)")
FROM_ADVERBS = {"본격", "본격적으로", "순차적으로", "우선", "단계적으로", "전면"}
PARTICLES = frozenset(
    "을 를 이 가 은 는 의 에 에서 에게 와 과 로 으로 도 만 까지 부터 씩 이나"
    " 나 에는 에도 으로는 로는 과의 와의 이며 인".split()
)
OBJECT_ENDINGS = ("을", "를")
# what is due written before its date: '준공은 2028년 12월로', '완공 목표 시기는 2027년'
GOAL_BEFORE_RE = re.compile(
    r"(?:완공|준공|개관|개원|개장|개통|착공|착수|가동|개소|입주|시행|완료|개교)"
    r"(?:\s?(?:목표\s?)?(?:시기|시점|예정일|목표|날짜))?(?:은|는|이|가)\s(?:오는\s)?$"
)
PROMISE_FORM_RE = re.compile(r"(?:하기로|하키로|키로|기로)$")
MEANS_NOUNS = {"투입", "투자", "활용", "동원"}
VERB_ENDING_RE = re.compile(r"(?:고|며|다|해|서|록|면|는|을|할|한|된|될|던|지|게|여)$")


def _rest(word: Word) -> str:
    return word.text[len(word.stem) :].rstrip(".,")


def _is_predicate(word: Word) -> bool:
    """A verb or a verbal noun with its verb ('신설하고', '짓고', '시행되며', '조성키로'), not a noun with
    a particle nor an adverb or determiner ('총', '약', '각각')."""
    if PROMISE_FORM_RE.search(word.text):
        return True
    rest = _rest(word)
    if not word.stem:
        return bool(VERB_ENDING_RE.search(word.text.rstrip(".,")))
    return bool(rest) and rest not in PARTICLES and not rest.startswith(("'", '"', ")"))


# how far the patterns read after a number or a deadline look (they match a few dozen characters):
# a window, not the rest of the article, so that each one costs the same on a long article
AFTER_WINDOW = 1000


# a term's length told after its end: '… 2028년 4월 7일까지 3년이며', '… 까지 2년간이다'
TERM_AFTER_RE = re.compile(r"\s?(?P<length>\d{1,2})\s?(?P<unit>년|개월)(?=간?(?:이며|이다|이고|으로)(?![가-힣]))")


def _clause_words(words: list[Word], position: int, end: int) -> list[Word]:
    return words_between(words, position, end)


def _sentence_of(bounds, position: int) -> tuple[int, int]:
    return span_at(bounds, position, (position, position))


def _in_single_quotes(marks: Marks, position: int) -> bool:
    """Inside a quoted name ('2027년 … 업무협약'), not a governed deadline: an odd number of
    straight quotes (less the "'s" of a possessive) or more ‘ than ’ on the line before it."""
    line_start = marks.last("\n", position) + 1
    straight = marks.count("'", line_start, position) - marks.count("'s", line_start, position)
    opened, closed = marks.count("‘", line_start, position), marks.count("’", line_start, position)
    return straight % 2 == 1 or opened > closed


def _deadline_targets(text: str, words: list[Word], published, bounds) -> list[dict]:
    targets = []
    marks = Marks(text, ("\n", "'", "'s", "‘", "’"))
    deadlines = find_deadlines(text, published)
    until = {d.span[0] for d in deadlines if d.bound == "까지"}
    for deadline in deadlines:
        start, end = deadline.span
        if _in_single_quotes(marks, start):
            continue
        if deadline.bound == "부터" and (any(end < at <= end + 4 for at in until) or DAY_SPAN_END_RE.match(text, end)):
            continue  # '오는 9월부터 내년 8월까지': the start of a span whose end is due; '3일부터 9일까지': an event's days
        s_start, s_end = _sentence_of(bounds, start)
        if background(text[s_start:s_end]) or background_paragraph(text, start):
            continue  # '공사는 2030년까지 … 설립을 추진하고 있다': a programme under way, not this one's
        term = TERM_AFTER_RE.match(text, end) if deadline.bound == "까지" else None
        if term:  # '협약기간은 … 2028년 4월 7일까지 3년이며': the term's end, and its length the figure
            end, due = term.end(), deadline.due.iso if deadline.due else None
            value, unit = int(term["length"]), term["unit"]
            targets.append({"text": text[start:end], "due": due, "value": value, "unit": unit, "span": [start, end]})
            continue
        after = _clause_words(words, end, s_end)
        predicate = next((w for w in after if _is_predicate(w) and not _means(w)), None)
        if (
            predicate
            and PAST_PREDICATE_RE.search(predicate.text)
            and not PROMISED_RE.search(text, end, s_end)
        ):
            continue  # '2005년까지 … 중심이 되었다'
        goal = GOAL_OBJECT_RE.match(text[start : start + AFTER_WINDOW])
        aim = (
            AIM_RE.match(text[start : start + AFTER_WINDOW])
            if deadline.bound == "까지" and not deadline.goal
            else None
        )
        quantity = None
        if goal and not deadline.goal or deadline.goal == "목표":
            end = start + goal.end() if goal else end
            quantity = _counted_object(text, after, predicate) if goal else None
        elif aim:  # '2030년까지 … 민간투자를 유치한다는 목표다'
            end = start + aim.end("what")
            quantity = _counted_object(text, after, predicate)
        elif deadline.goal and deadline.goal not in WEAK_GOALS:
            pass
        elif deadline.bound == "부터":
            if FROM_MONEY_SPAN_RE.match(text, end):
                continue  # '내년부터 3년간 총 9억원을 지원': the years the sum is spread over
            first = next((w for w in after if w.stem not in FROM_ADVERBS), None)
            if predicate is None or text.startswith(("는", "은"), end) and first is not predicate:
                continue  # '하반기부터는 이번 결과를 토대로 …': a frame for what follows, not what starts
            quantity = _counted_object(text, after, predicate)
            end = _predicate_end(predicate)
        elif deadline.bound == "까지" and predicate is not None:
            quantity = _counted_object(text, after, predicate)
            end = _predicate_end(predicate)
        elif deadline.bound == "까지":  # a summary line ends on its noun: '2029년까지 … 900㏊로 확대'
            line_end = s_end
            while line_end and text[line_end - 1] in " .,":
                line_end -= 1
            end = line_end if line_end - start <= 60 else end
        elif GOAL_BEFORE_RE.search(text, max(0, start - 12), start):  # '준공은 2028년 12월로 예정'
            start = GOAL_BEFORE_RE.search(text, max(0, start - 12), start).start()
        else:
            quantity = _counted_object(text, after, predicate) if predicate else None
            planned = predicate is not None and PLAN_AFTER_RE.match(text, predicate.end)
            if quantity is None and not planned:
                continue  # '올해 군비 2억원을 들여': a year, not a deadline
            end = _predicate_end(predicate)
        due = deadline.due.iso if deadline.due else None
        target = {"text": text[start:end], "due": due, "value": None, "unit": None, "span": [start, end]}
        figure = (quantity[0], quantity[0] + quantity[2].span[1] - quantity[2].span[0]) if quantity else None
        if quantity is not None and not not_a_target(text, figure, quantity[2].unit, bounds):
            # (a deadline's figure that is no target of its own, '연말까지 1단계 9MW를', keeps only its day)
            target.update(value=quantity[2].value, unit=quantity[2].unit, counted=quantity[0])
        targets.append(target)
    return targets


def _means(word: Word) -> bool:
    """'…원을 들여', '…을 투입해': how the action is paid for, not the action due."""
    return word.text in ("들여", "들여서") or (
        word.stem in MEANS_NOUNS and _rest(word) in ("해", "해서", "하여")
    )


def _predicate_end(word: Word) -> int:
    """Where the words of a governed action end: '신설하고' → '신설', '짓고' → '짓고', '조성키로' → '조성'."""
    promise = PROMISE_FORM_RE.search(word.text)
    if promise:
        return word.start + promise.start()
    return word.stem_end if word.stem else word.start + len(word.text.rstrip(".,"))


def _counted_object(text: str, after: list[Word], predicate: Word | None):
    """(start, end, quantity) of the count the governed verb takes as its object: '2천호를 공급',
    '5만병 생산'; not a count that only describes something else ('40MW 규모의 발전소를')."""
    for index, word in enumerate(after):
        if predicate is not None and word.start >= predicate.start:
            break
        begin = _number_start(text, word.start)  # '1,200개를': the word starts after the comma
        found = find_quantities(text[begin : word.end])
        if not found:
            continue
        following = after[index + 1] if index + 1 < len(after) else None
        result = _rest(word) in ("으로", "로") and following is predicate  # '700t으로 늘린다'
        if _rest(word) in OBJECT_ENDINGS or (word.bare and following is predicate) or result:
            quantity = found[0]
            return begin + quantity.span[0], begin + quantity.span[1], quantity
    return None


def _number_start(text: str, at: int) -> int:
    """Where the number a word ends starts, back past its thousands: '1,200개를' read from '200개를'."""
    while at >= 2 and text[at - 1] == "," and text[at - 2].isdigit():
        at -= 1
        while at >= 1 and text[at - 1].isdigit():
            at -= 1
    return at
