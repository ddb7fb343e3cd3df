"""The date a document gives itself in its text, for when nobody said when it was published.

A signing sentence says '지난 5일' or '7일': the day is resolved against the publication date, and
without one it stays unresolved. Pasted text usually carries that date itself:

- a news page's time line, which the chrome stage then blanks: '입력 2024-09-11 16:33',
  '기사입력 22-11-04 13:17 | 최종수정 22-11-05 09:10', '승인 2018.07.15 14:38', '등록 2023.08.08';
- a press release's header: '보도일시 : 2026. 4. 7.(화) 배포 즉시', '배포일자 2026-04-07',
  '보도시점 | 2026. 4. 7. 06:00' (an HWP table row, as the native readers write it).

``document_date(text)`` reads the head of the text (``HEAD_LINES``) only, so a date quoted in the
body is never taken. A line's first label decides: publication labels (입력, 등록, 송고, 승인, 발행,
게재, 작성, 보도, 배포) over revision labels (수정, 업데이트), and the first such line wins; a
date that is not a calendar day, or is outside ``YEARS``, is no date. A line of a day and a time with
no label ('2023년 06월 20일(화) 17:05', '2018/04/10 16:45 송고', or the day beside the reporter) is
taken only when no line has a label.
"""

from __future__ import annotations

import datetime
import re

HEAD_LINES = 40
YEARS = range(1990, 2101)

_DATE = (
    r"(?P<year>\d{4}|\d{2})\s?[.\-/년]\s?(?P<month>\d{1,2})\s?[.\-/월]\s?(?P<day>\d{1,2})(?!\d)"
)
_PUBLISHED = r"기사\s?입력|기사\s?등록|입력(?:일|일시)?|등록(?:일|일시)?|송고(?:시간|일시)?|승인|발행(?:일|일시)?|게재(?:일|일시)?|작성(?:일|일시)?"
_RELEASE = r"보도\s?(?:일시|일자|시점|일)|배포\s?(?:일시|일자|시점|일)"
_REVISED = r"최종\s?수정|수정(?:일|일시)?|업데이트"
_STAMP = re.compile(
    rf"^[\s•·\-*|○□▶]*(?P<label>{_RELEASE}|{_PUBLISHED}|{_REVISED})\s*[:：|]?\s*{_DATE}"
)
_REVISION = re.compile(rf"^(?:{_REVISED})$")
_TIME = r"(?:오전|오후)?\s?\d{1,2}\s?:\s?\d{2}(?::\d{2})?"
# a time line with no label, the day and the minute it went up: '2023년 06월 20일(화) 17:05', '2018. 4. 10.
# 16:45', or the wire's '2018/04/10 16:45 송고' under the copyright line
_UNLABELLED = re.compile(
    rf"^[\s|]*{_DATE}(?:\s?일?\.?\s?(?:\(\s?[월화수목금토일]\s?\))?\s*{_TIME}\s*(?:송고)?[\s|]*"
    r"|\s+[가-힣]{2,4}\s?기자)$"  # or the day beside the reporter: '2018-06-21     NAME 기자'
)


def document_date(text: str) -> datetime.date | None:
    """The publication date stated in the head of ``text`` (a time line or a release header), or None."""
    revised = unlabelled = None
    for line in text.split("\n", HEAD_LINES)[:HEAD_LINES]:
        match = _STAMP.match(line.strip())
        if match is None:
            bare = _UNLABELLED.match(line.strip())
            unlabelled = unlabelled or (_day(bare) if bare else None)
            continue
        day = _day(match)
        if day is None:
            continue
        if _REVISION.match(re.sub(r"\s", "", match["label"])):
            revised = revised or day
            continue
        return day
    return revised or unlabelled  # a labelled line first: a masthead's clock has no label either


def _day(match: re.Match) -> datetime.date | None:
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000
    try:
        day = datetime.date(year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return day if day.year in YEARS else None
