"""Reading order of boxes on a page by a recursive XY cut.

A set of boxes is cut across at every empty horizontal band at least ``band`` high (the parts are read
top to bottom); failing that, down at every empty gutter at least ``gutter`` wide (read left to
right, each part a column); failing both it is a leaf, read top to bottom. Bands are tried first so
that a headline set across several columns is read before the columns under it, and stories stacked
on a page are read one after the other. Boxes without an item (pictures) take up room but are not
returned.
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


def reading_order(boxes: list[Box], band: float, gutter: float) -> list[tuple[Box, list[Any]]]:
    """Leaves in reading order: (the column frame it lies in, its items top to bottom)."""
    leaves: list[tuple[Box, list[Any]]] = []
    if boxes:
        _cut(boxes, extent(boxes), band, gutter, leaves, 0)
    return leaves


def _cut(boxes, frame, band, gutter, leaves, depth) -> None:
    if depth < MAX_DEPTH:
        rows = _split(boxes, lambda b: (b.top, b.bottom), band)
        if len(rows) > 1:
            for row in rows:
                _cut(row, frame, band, gutter, leaves, depth + 1)
            return
        columns = _split(boxes, lambda b: (b.x0, b.x1), gutter)
        if len(columns) > 1:
            for column in columns:
                _cut(column, extent(column), band, gutter, leaves, depth + 1)
            return
    items = [b for b in sorted(boxes, key=lambda b: (b.bottom, b.x0)) if b.item is not None]
    if items:
        leaves.append((frame, [b.item for b in items]))


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
