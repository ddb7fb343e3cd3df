"""A body's profile, not the agreement's figures: a release's fact box on a signing firm lists what the
firm is, a field a line, its label often spaced to fill a column ('○ 매 출 액: 412억 원(2023년)',
'○ 임 직 원: 136명', '○ 설    립: 2015년 6월')."""

from __future__ import annotations

import re

# a profile's field from its line's start: its bullet, the spaced label and a colon
PROFILE_FIELD_RE = re.compile(
    r"(?:^|\n)[ \t]*[○◦·▪•\-]?[ \t]*"
    r"(?:매[ \t]*출[ \t]*액?|임[ \t]*직[ \t]*원|종[ \t]*업[ \t]*원|직[ \t]*원(?:[ \t]*수)?|자[ \t]*본[ \t]*금"
    r"|설[ \t]*립|상시[ \t]*근로자(?:[ \t]*수)?|연[ \t]*매[ \t]*출)[ \t]*[:：][^\n]*$"
)
FIELD_REACH = 80  # characters before a figure searched for its line's label


def in_profile_field(text: str, at: int) -> bool:
    """Whether a figure stands in a profile's field line ('○ 매 출 액: 412억 원'): what a body is."""
    return bool(PROFILE_FIELD_RE.search(text, max(0, at - FIELD_REACH), at))
