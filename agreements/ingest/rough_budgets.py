"""A rounded budget figure that an exact one repeats is the same money: '5000억 원이 넘는 투자' and
'총 5090억 원', a lead's '700억 원 규모의 투자협약' and the body's '777억원'; and a year's share of a total
the clause gives next ('매년 2억원씩 총 8억원') is part of it."""

from __future__ import annotations

import re

from .numbers import AMOUNT_RE, parse_krw

# a figure given roughly: '700억 원 대', '5000억 원이 넘는', '300억원 이상', '약 300억원', '1000억 원 규모'
ROUGH_AFTER_RE = re.compile(r"\s?(?:대(?![가-힣])|여|가량|정도|안팎|이\s?넘는|을\s?넘는|넘게|이상|규모)")
ROUGH_BEFORE_RE = re.compile(r"(?:약|대략)\s?$")
ROUGH_SHARE = 0.15


def _leading(amount: int) -> tuple[int, int]:
    """(significant digits, power of ten of the last one): 70_000_000_000 is (7, 10)."""
    power = 0
    while amount and amount % 10 == 0:
        amount //= 10
        power += 1
    return amount, power


def rounds(rough: int, exact: int) -> bool:
    """``rough`` is ``exact`` cut or rounded to fewer digits, and close to it."""
    digits, power = _leading(rough)
    if _leading(exact)[1] >= power or abs(exact - rough) > ROUGH_SHARE * exact:
        return False
    unit = 10**power
    return rough in (exact // unit * unit, (exact + unit // 2) // unit * unit)


# a range named by its first figure: '1조원대' is 1조 up to 2조, '700억원대' 700억 up to 800억
DECADE_AFTER_RE = re.compile(r"대(?![가-힣])")


def within_decade(rough: int, exact: int) -> bool:
    """``exact`` lies in the range ``rough`` names with '대' (from it up to its last digit's next one)."""
    _, power = _leading(rough)
    return rough < exact < rough + 10**power


def rough_repeats(budgets: list[dict], text: str, lead_end: int) -> list[dict]:
    """The budgets less a rounded figure (marked as rough, or in the lead) that an exact one repeats."""

    def marked(budget) -> bool:
        start, end = budget["span"]
        return bool(
            ROUGH_AFTER_RE.match(text, end)
            or ROUGH_BEFORE_RE.search(text, max(0, start - 4), start)
            or "여" in budget["text"]  # '2600여억 원'
        )

    def repeated(rough, exact) -> bool:  # marked as rough, or a lead's figure that the body gives exactly
        lead = rough["span"][0] < lead_end <= exact["span"][0]
        if DECADE_AFTER_RE.match(text, rough["span"][1]) and within_decade(rough["amount_krw"], exact["amount_krw"]):
            return True  # '1조원대 데이터센터' and '1조2천억원을 들여': the range the exact sum lies in
        return (marked(rough) or lead) and rounds(rough["amount_krw"], exact["amount_krw"])

    return [b for b in budgets if not any(o is not b and repeated(b, o) for o in budgets)]


# one year's share of a sum whose total the clause gives next: '매년 2억원씩 총 8억원', '매년 1500만원씩
# 3년 동안 4500만원을', '올해 1천600억 원 등 2011년까지 모두 3천200억 원을', '올해 1억원, 내년 2억원 등 모두 3억원'
# ('연간 N원씩 M년간 모두 …' stays two budgets, the committed sets' convention for an annual rate)
YEARLY_BEFORE_RE = re.compile(r"(?:매년|해마다|매해|올해|금년|첫해|내년|이듬해|(?:19|20)\d{2}년)\s?$")
# also a list of years closed by '등' or '씩' before the total: '올해 1억원, 내년 2억원 등 2년간 모두 12억원',
# '올해 5억원, 2027년 4억원, 2028년 3억원씩 3년 동안 모두 12억원'
EACH_BEFORE_RE = re.compile(r"(?<=\s)각\s?$")
INSTALMENT_AFTER_RE = re.compile(r"(?:,\s?[^.,\n]{2,20}?){0,4}?(?:\s?씩,?|\s등)\s(?P<rest>[^.\n]{0,30})")


def instalment(text: str, span: tuple[int, int]) -> bool:
    """A year's amount followed in its clause by a larger total it is part of (each of two years too:
    '2009년과 2010년 각 2억원 등 7억원')."""
    each = EACH_BEFORE_RE.search(text, max(0, span[0] - 3), span[0])
    year_end = each.start() if each else span[0]
    if not YEARLY_BEFORE_RE.search(text, max(0, year_end - 6), year_end):
        return False
    after = INSTALMENT_AFTER_RE.match(text, span[1])
    if not after:
        return False
    return larger_amount_in(after["rest"], parse_krw(text[span[0] : span[1]]))


def larger_amount_in(text: str, part: int, start: int = 0) -> bool:
    """Whether ``text`` from ``start`` names an amount larger than ``part``: the total a part belongs to."""
    for total in AMOUNT_RE.finditer(text, start):
        try:
            if parse_krw(total.group()) > part:
                return True
        except ValueError:
            continue
    return False
