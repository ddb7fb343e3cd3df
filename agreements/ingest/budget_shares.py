"""Which of an agreement's budgets are shares of another one: the firms' amounts that a stated total
adds up ('총 500억 원 … A사 200억 원, B사 300억 원'), and a total's breakdown after 중 ('총사업비 120억
원 중 국비 60억 원, 시비 20억 원'). Each budget keeps its words; a share says so (`share: True`), so
that the agreement's sum of budgets counts the money once."""

from __future__ import annotations

import re

from .rough_budgets import rounds
from .signing import sentences
from .spans import span_at

MAX_SHARES = 30  # the lines looked at beside a total: a page's firms, not every amount of a long document
# a total whose breakdown follows: '120억 원 중', '500억원 가운데'
BREAKDOWN_AFTER_RE = re.compile(r"\s?(?:[이가은는을를]\s?)?(?:중|가운데)(?![가-힣])")


def _adds_up(total: int, run: list[dict]) -> list[dict]:
    """The first two or more budgets of ``run`` whose amounts add up to ``total``, exactly or as a
    rounded total rounds them ('약 500억 원' for 120, 130 and 260억); none if they do not."""
    added, taken = 0, []
    for budget in run:
        added += budget["amount_krw"]
        taken.append(budget)
        if added >= total:
            break
    if len(taken) < 2 or not (added == total or rounds(total, added)):
        return []
    return taken


def _breakdown(total: dict, after: list[dict], text: str) -> list[dict]:
    """The budgets told after '중' in the total's own sentence, while they stay within it."""
    if not BREAKDOWN_AFTER_RE.match(text, total["span"][1]):
        return []
    end = (span_at(sentences(text), total["span"][0]) or (0, len(text)))[1]
    added, taken = 0, []
    for budget in after:
        added += budget["amount_krw"]
        if budget["span"][0] >= end or added > total["amount_krw"]:
            break
        taken.append(budget)
    return taken


def mark_shares(budgets: list[dict], text: str) -> list[dict]:
    """The budgets, each share of another one marked `share: True` (in place, and returned)."""
    placed = sorted((b for b in budgets if b.get("span")), key=lambda b: b["span"][0])
    for index, total in enumerate(placed):
        if total.get("share"):
            continue
        before = placed[max(0, index - MAX_SHARES) : index][::-1]
        after = placed[index + 1 : index + 1 + MAX_SHARES]
        amount = total["amount_krw"]
        for share in _adds_up(amount, after) or _adds_up(amount, before) or _breakdown(total, after, text):
            share["share"] = True
    return budgets
