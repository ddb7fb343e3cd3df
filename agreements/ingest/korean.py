"""The one Kiwi morphological analyser of the process, loaded lazily, and helpers around it.

Why it is built this way (kiwipiepy 0.24, measured on the project machine):

- Memory and start-up: ``Kiwi()`` plus the first analysis takes about 2 s and about 520 MB of resident
  memory. So it is never loaded at import time (a web page view that imports ``agreements.ingest`` must
  not pay for it); ``get_kiwi()`` builds it on first use, once per process, behind a lock so two threads
  never build two of them.
- Throughput: about 80k characters/s when called once per paragraph, but only about 25k/s on one huge
  string. Always analyse paragraph by paragraph; ``analyse()`` does that for you.
- Fork: if a process has analysed anything before ``fork()``, calls with a *list* input (Kiwi's batch mode,
  which uses its worker threads) hang forever in the child. This module only ever passes single strings to
  Kiwi, so a forked worker (gunicorn, multiprocessing) can share the parent's instance copy-on-write.
- Limits to keep in mind in the callers: Kiwi has no named-entity recognition (a person's name comes out
  in pieces, often as NNP + NNG); ``일원(`` reads as money (일/NR 원/NNB); ``add_re_word`` with a
  ``user_value`` tags only the first match. Callers should use the tags as hints, not as facts.
- Long paragraphs: Kiwi's time grows faster than the length of one string (a 256 KB line took 3 s,
  1 MB 29 s). A paragraph longer than ``MAX_ANALYSED_CHARS`` (a real one is under 300 characters) is
  analysed in pieces cut after a sentence end ('. '), else at a space, so the work per call is bounded;
  the pieces' tokens come back as ``Piece`` tuples with offsets into the whole paragraph, so callers
  see one paragraph as before. The text itself is never changed.
- Cache: ``analyse()`` keeps the tokens of recent paragraphs keyed by their text, so the layout repair and
  the field extraction of the same article analyse each paragraph once. The cache is bounded
  (``CACHE_SIZE`` paragraphs, cleared wholesale when full) so a long-running process does not grow.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import NamedTuple

CACHE_SIZE = 4096
MAX_ANALYSED_CHARS = 5_000  # the longest paragraph of the corpora is 195 characters

_lock = threading.Lock()
_kiwi = None
_cache: dict[str, list] = {}


def get_kiwi():
    """Return the process's Kiwi instance, building it on first use (about 2 s, about 520 MB)."""
    global _kiwi
    if _kiwi is None:
        with _lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                _kiwi = Kiwi()
    return _kiwi


def tokenize(text: str) -> list:
    """Tokens of one paragraph, from the cache when the same text was analysed recently."""
    tokens = _cache.get(text)
    if tokens is None:
        if not text.strip():
            tokens = []
        elif len(text) > MAX_ANALYSED_CHARS:
            tokens = _tokenize_in_pieces(text)
        else:
            tokens = get_kiwi().tokenize(text)
        if len(_cache) >= CACHE_SIZE:
            _cache.clear()
        _cache[text] = tokens
    return tokens


class Piece(NamedTuple):
    """A token of a paragraph analysed in pieces: what callers read of Kiwi's ``Token``."""

    form: str
    tag: str
    start: int
    len: int

    @property
    def end(self) -> int:
        return self.start + self.len


def pieces(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the pieces of a long paragraph, each at most ``limit`` characters
    (``MAX_ANALYSED_CHARS``), cut after the last sentence end ('. ') inside it, else after its last
    space, else at the limit."""
    limit = limit or MAX_ANALYSED_CHARS
    spans, start = [], 0
    while len(text) - start > limit:
        end = text.rfind(". ", start, start + limit)
        if end > start:
            end += 2
        else:
            end = text.rfind(" ", start, start + limit)
            end = end + 1 if end > start else start + limit
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _tokenize_in_pieces(text: str) -> list:
    kiwi, tokens = get_kiwi(), []
    for start, end in pieces(text):
        if text[start:end].strip():
            tokens += [Piece(t.form, t.tag, start + t.start, t.len) for t in kiwi.tokenize(text[start:end])]
    return tokens


def analyse(paragraphs: Iterable[str]) -> list[list]:
    """Tokens (kiwipiepy ``Token``: form, tag, start, len, end) of each paragraph, one call per paragraph."""
    return [tokenize(p) for p in paragraphs]


tokenize_paragraphs = analyse


def reading(text: str) -> tuple[list, float]:
    """Kiwi's best reading of a short text: its tokens and log-probability (higher is more plausible).

    Not cached: it is for junction windows, which are built on the fly.
    """
    if not text:
        return [], 0.0
    tokens, score = get_kiwi().analyze(text, top_n=1)[0]
    return tokens, score


def clear_cache() -> None:
    """Forget cached tokens (the benchmark uses it to measure cold analysis)."""
    _cache.clear()
