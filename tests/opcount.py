"""Count the work extraction does, without a clock: the Python lines it runs in ``agreements/ingest``.

A rescan of the whole article for each sentence shows as lines that grow with the square of the
text; a linear pass as lines that grow with it. Lines are counted with ``sys.settrace`` for the
frames of the extraction package only (other code, Kiwi included, is not traced), so the count is the
same on every run and every machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import agreements.ingest

INGEST = str(Path(agreements.ingest.__file__).parent)


def lines_run(function, *args, **kwargs) -> tuple[int, object]:
    """(Python lines run inside agreements/ingest, result) of one call."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(INGEST) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        result = function(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return count, result
