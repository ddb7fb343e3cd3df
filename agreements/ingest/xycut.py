"""Reading order of boxes on a page by a recursive XY cut.

A set of boxes is cut across at every empty horizontal band at least ``band`` high (the parts are read
top to bottom); failing that, down at every empty gutter at least ``gutter`` wide (read left to
right, each part a column); failing both it is a leaf, read top to bottom. Bands are tried first so
that a headline set across several columns is read before the columns under it, and stories stacked
on a page are read one after the other. Boxes without an item (pictures) take up room but are not
returned.

A gutter is not cut when what lies left of it is a table's column of labels: narrower than ``label``
and each of its boxes level with a box just right of it (a release's 일시 | 2026. 4. 7. table, whose
cells stand apart as columns do); the rows are then read across.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 40  # cuts alternate a few times on a real page; past this, read what is left as one block


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    item: Any = None


def extent(boxes: list[Box]) -> Box:
    """The smallest box around ``boxes``."""
    return Box(
        min(b.x0 for b in boxes),
        min(b.top for b in boxes),
        max(b.x1 for b in boxes),
        max(b.bottom for b in boxes),
    )


def reading_order(
    boxes: list[Box], band: float, gutter: float, label: float = 0.0
) -> list[tuple[Box, list[Any]]]:
    """Leaves in reading order: (the column frame it lies in, its items top to bottom)."""
    leaves: list[tuple[Box, list[Any]]] = []
    if boxes:
        _cut(boxes, extent(boxes), (band, gutter, label), leaves, 0)
    return leaves


def _cut(boxes, frame, gaps, leaves, depth) -> None:
    band, gutter, label = gaps
    if depth < MAX_DEPTH:
        rows = _split(boxes, lambda b: (b.top, b.bottom), band)
        if len(rows) > 1:
            for row in rows:
                _cut(row, frame, gaps, leaves, depth + 1)
            return
        columns = _labels_joined(_split(boxes, lambda b: (b.x0, b.x1), gutter), label)
        if len(columns) > 1:
            for column in columns:
                _cut(column, extent(column), gaps, leaves, depth + 1)
            return
    items = [b for b in sorted(boxes, key=lambda b: (b.bottom, b.x0)) if b.item is not None]
    if items:
        leaves.append((frame, [b.item for b in items]))


def _labels_joined(columns: list[list[Box]], label: float) -> list[list[Box]]:
    """The columns, each column of labels joined to the one right of it."""
    joined = [columns[0]]
    for column in columns[1:]:
        left = joined[-1]
        items = [b for b in left if b.item is not None]
        narrow = extent(left).x1 - extent(left).x0 < label
        if narrow and items and all(any(_level(b, other) for other in column) for b in items):
            joined[-1] = left + column
        else:
            joined.append(column)
    return joined


def _level(a: Box, b: Box) -> bool:
    """Two boxes on one line: their bottoms within a third of the shorter one's height."""
    return b.item is not None and abs(a.bottom - b.bottom) < min(a.bottom - a.top, b.bottom - b.top) / 3


def _split(boxes, span, gap) -> list[list[Box]]:
    """Groups of boxes separated along one axis by an empty stretch at least ``gap`` long."""
    ordered = sorted(boxes, key=lambda b: span(b)[0])
    groups = [[ordered[0]]]
    end = span(ordered[0])[1]
    for b in ordered[1:]:
        start, stop = span(b)
        if start - end >= gap:
            groups.append([b])
        else:
            groups[-1].append(b)
        end = max(end, stop)
    return groups
