"""Extraction of many files in worker processes, for `manage.py ingest --jobs N` (no Django here).

Each worker process builds its own Kiwi (~2 s, ~520 MB), so N processes take N times the memory.
They are started with 'forkserver' (or 'spawn' where that is missing), never by forking the caller:
a process forked after Kiwi has run can hang in Kiwi's batch mode (korean.py), and a fresh process
never inherits a half-used analyser or the parent's database connections.

Workers return plain values, so nothing but strings and dicts cross the process boundary: a
refused document comes back as its one-line reason, not as an exception object.
"""

from __future__ import annotations

import datetime
import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from . import extract_text
from .reading import DocumentError, read_path, read_source


def extract_path(path: str, name: str, published: datetime.date | None, max_bytes: int):
    """(raw text, extraction, None) of one document (as loader.read_and_extract), or (None, None, its refusal): run in a worker."""
    try:
        data = read_path(path, name, max_bytes)
        text, page_date = read_source(data, name, max_bytes)  # a web page's article and its own date
    except DocumentError as exc:
        return None, None, str(exc)
    sha256 = hashlib.sha256(data).hexdigest()
    return text, extract_text(text, name=name, published=published or page_date, sha256=sha256), None


def start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def extract_paths(items, *, jobs: int):
    """Results of `extract_path` for each (path, name, published, max_bytes), in order, over `jobs` processes."""
    items = list(items)
    if not items:
        return []
    context = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
        return list(pool.map(extract_path, *zip(*items, strict=True)))
