"""How fast is extraction next to Kiwi's own tokenization? Run: .venv/bin/python bench/extract.py [MB]

Builds the sample page repeated to about 1 MB (UTF-8), then, in the same process and on the same
text:
  1. Kiwi alone: ``Kiwi.tokenize`` once per non-empty line (the fastest way to call it);
  2. the whole pipeline: ``extract_text`` (segmentation, layout repair, field extraction).
Kiwi is built and warmed before either is timed, so neither pays the ~2 s start-up. The token cache
of ``agreements.ingest.korean`` is shrunk for the pipeline run so that the page's repeats do not hit
it (a real document does not repeat itself); only the reuse inside one article remains, which is the
point of the cache. Prints characters per second for both, their ratio (goal: pipeline <= 2x), and
the peak memory: resident set (ru_maxrss) and Python allocations during a second, untimed pipeline
run (tracemalloc slows allocation-heavy code too much to time under it).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agreements.ingest import extract_text, korean, layout, segment  # noqa: E402

PAGE = ROOT / "fixtures" / "documents" / "jeonju-daily-page.txt"


def build(megabytes: float) -> str:
    page = PAGE.read_text(encoding="utf-8").strip() + "\n\n"
    copies = max(1, round(megabytes * 1_000_000 / len(page.encode("utf-8"))))
    return page * copies


def time_kiwi(lines: list[str]) -> float:
    kiwi = korean.get_kiwi()
    started = time.perf_counter()
    for line in lines:
        kiwi.tokenize(line)
    return time.perf_counter() - started


def time_pipeline(text: str) -> tuple[float, dict]:
    korean.clear_cache()
    korean.CACHE_SIZE = 32  # smaller than one page, so the repeats of the page miss the cache
    started = time.perf_counter()
    result = extract_text(text, name="bench.txt", published=None)
    return time.perf_counter() - started, result


def time_text_side(text: str) -> float:
    """Segmentation and layout repair alone (Kiwi only for junctions, labels and headlines)."""
    korean.clear_cache()
    started = time.perf_counter()
    for raw in segment.split_articles(layout.paragraphs(text)):
        layout.repair(raw.body, raw.preamble)
    return time.perf_counter() - started


def python_peak(text: str) -> int:
    """Peak Python allocations of a second pipeline run (tracemalloc slows it, so it is not timed)."""
    korean.clear_cache()
    tracemalloc.start()
    extract_text(text, name="bench.txt", published=None)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(megabytes: float = 1.0) -> None:
    text = build(megabytes)
    lines = [line for line in text.split("\n") if line.strip()]
    korean.get_kiwi().tokenize("협약을 체결했다.")  # build and warm Kiwi outside the timings
    chars = len(text)
    kiwi_s = time_kiwi(lines)
    pipe_s, result = time_pipeline(text)
    text_s = time_text_side(text)
    py_peak = python_peak(text)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    articles = len(result["articles"])
    agreements = sum(len(a["agreements"]) for a in result["articles"])
    print(f"text: {chars:,} characters, {len(text.encode('utf-8')):,} bytes, {len(lines):,} lines")
    print(f"kiwi tokenize per line : {kiwi_s:7.2f} s  {chars / kiwi_s:10,.0f} chars/s")
    print(
        f"extract_text pipeline  : {pipe_s:7.2f} s  {chars / pipe_s:10,.0f} chars/s"
        f"  ({articles} articles, {agreements} agreements)"
    )
    print(f"  of which segment+layout: {text_s:5.2f} s (measured alone)")
    print(f"ratio pipeline / kiwi  : {pipe_s / kiwi_s:7.2f}x  (goal <= 2x)")
    print(
        f"peak memory            : {rss_mb:,.0f} MB resident (Kiwi included), "
        f"{py_peak / 1e6:,.1f} MB Python allocations during the pipeline"
    )


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
