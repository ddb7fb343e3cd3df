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
- Cache: ``analyse()`` keeps the tokens of recent paragraphs keyed by their text, so the layout repair and
  the field extraction of the same article analyse each paragraph once. The cache is bounded
  (``CACHE_SIZE`` paragraphs, cleared wholesale when full) so a long-running process does not grow.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

CACHE_SIZE = 4096

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
        tokens = get_kiwi().tokenize(text) if text.strip() else []
        if len(_cache) >= CACHE_SIZE:
            _cache.clear()
        _cache[text] = tokens
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
