"""Extraction of many files in worker processes, for `manage.py ingest --jobs N` (no Django here).

Each worker process builds its own Kiwi (~2 s, ~520 MB), so N processes take N times the memory.
They are started with 'forkserver' (or 'spawn' where that is missing), never by forking the caller:
a process forked after Kiwi has run can hang in Kiwi's batch mode (korean.py), and a fresh process
never inherits a half-used analyser or the parent's database connections.

With 'forkserver', the server process builds Kiwi once before it forks the workers (ingest/warm.py),
so N workers share one copy-on-write instead of each building its own at the same time: on two busy
cores two builds at once took longer than twice one build. Kiwi is built there, never run, so the
fork is the safe case korean.py describes.

Workers return plain values, so nothing but strings and dicts cross the process boundary: a
refused document comes back as its one-line reason, not as an exception object.
"""

from __future__ import annotations

import datetime
import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from . import extract_text
from .native import read_file
from .reading import DocumentError, read_path


def extract_path(path: str, name: str, published: datetime.date | None, max_bytes: int, max_file_bytes: int):
    """(Source, extraction, None) of one document (as loader.read_and_extract), or (None, None, its
    refusal): run in a worker. The Source (a dataclass of plain values) carries the bytes read, so the
    document stored is the one extracted."""
    try:
        data = read_path(path, name, max_bytes, max_file_bytes)
        source = read_file(data, name, max_bytes, max_file_bytes)  # a page's article, an HWP's text …
    except DocumentError as exc:
        return None, None, str(exc)
    sha256 = hashlib.sha256(data).hexdigest()
    published = published or source.published
    return source, extract_text(source.text, name=name, published=published, sha256=sha256), None


def start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def extract_paths(items, *, jobs: int):
    """Results of `extract_path` for each (path, name, published, max_bytes, max_file_bytes), in order,
    over `jobs` processes: yielded as each is ready, so the caller can save one document while the
    workers read the next ones. Closing the generator early (a refusal) cancels what has not started."""
    return map_in_processes(extract_path, items, jobs=jobs)


def map_in_processes(function, items, *, jobs: int, initializer=None, initargs=()):
    """`function(*item)` for each item, in order, over `jobs` processes started as above (Kiwi
    ready), yielded as each is ready; `initializer(*initargs)` runs once in each process first. The
    function and initializer are named by module (a Django-side caller passes its own, e.g. one that
    also saves: agreements/batch_worker.py). A worker that dies raises BrokenProcessPool here."""
    items = list(items)
    if not items:
        return
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "forkserver":
        # Read when the server starts (the first pool of the process); later pools share that server.
        context.set_forkserver_preload(["__main__", "agreements.ingest.warm"])
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(items)), mp_context=context, initializer=initializer, initargs=initargs
    )
    try:
        yield from pool.map(function, *zip(*items, strict=True))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
