"""Does extraction stay linear on long paragraphs? Run: .venv/bin/python bench/long_lines.py [SIZE ...]

Issue 9, defect 4: a document written as one line (an export that lost its line breaks) took
19 s at 256 KB, 282 s at 1 MB and 892 s / 825 MB at 2 MiB, because the field rules rescanned the
whole article for every sentence. For each size (default 64K 256K 1M 2M; K = 1,024 bytes,
M = 1,048,576 bytes) this builds the sample page (fixtures/documents) with its line breaks turned
into spaces, repeated and cut to that many UTF-8 bytes, and extracts it in a fresh process (so each
size's peak memory is its own), Kiwi built and warmed before the clock starts. ``real`` adds a
realistic document: every article of the scored corpora (bench/corpus*, bench/holdout*), repeated
to 2 MiB with their line breaks. ``short64K`` and ``short256K`` are short lines none of which ends a
sentence, each joined to the one before (282 KB of them took 42 s before the twenty-seventh round);
``script64K`` and ``script256K`` are such lines as one block of a broadcast's script, opened and closed by
a sentence ending '…맺었습니다.' (read as a script since the twenty-eighth round: its lines joined with
spaces). The document
limits (articles, time budget) are lifted so the time is measured rather than refused.

Goal: linear — the seconds per KB roughly constant from 64 KB to 2 MiB — and 2 MiB well under
the old 892 s. Peak memory is the resident set (Kiwi alone is ~520 MB of it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "fixtures" / "documents" / "jeonju-daily-page.txt"
SIZES = {"64K": 64 * 1024, "256K": 256 * 1024, "1M": 1024 * 1024, "2M": 2 * 1024 * 1024}
OLD_SECONDS = {"256K": 19, "1M": 282, "2M": 892}  # issue 9, before the fix
OLD_SECONDS["short256K"] = 42  # short lines never ending a sentence, before the twenty-seventh round (282 KB)


def single_line(size: int) -> str:
    one = " ".join(PAGE.read_text(encoding="utf-8").split("\n"))
    data = ((one + " ") * (size // len(one.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def short_lines(size: int) -> str:
    """Short lines none of which ends a sentence ('가람시가 N번째 업체와'), after one signing sentence: each
    line is joined to the sentence before it. Before the twenty-seventh round 282 KB took 42 s."""
    lines = ["가람시와 ㈜한울바이오가 업무협약을 체결했다."]
    total = 0
    while total < size:
        lines.append(f"가람시가 {len(lines)}번째 업체와")
        total += len(lines[-1].encode("utf-8")) + 1
    return "\n".join(lines)


def script_lines(size: int) -> str:
    """Short lines as one block of a broadcast's script ('가람시가 N번째 업체와'), its sentences ending as
    speech does ('…맺었습니다.'): one sentence first, then the lines, then the one they make."""
    lines = ["가람시가 협약을 맺었습니다."]
    total = 0
    while total < size:
        lines.append(f"가람시가 {len(lines)}번째 업체와")
        total += len(lines[-1].encode("utf-8")) + 1
    return "\n".join([*lines, "협약을 맺었습니다."])


def realistic(size: int = SIZES["2M"]) -> str:
    sys.path.insert(0, str(ROOT))
    from agreements.ingest import read_document  # some corpus files are CP949

    texts = [read_document(p.read_bytes(), p.name).strip() for p in sorted(ROOT.glob("bench/*/*.txt"))]
    corpus = "\n\n".join(texts) + "\n\n"
    data = (corpus * (size // len(corpus.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def child(label: str) -> None:
    """Extract one input and print its figures as JSON (run in a fresh process)."""
    import resource
    import time

    sys.path.insert(0, str(ROOT))
    from agreements.ingest import extract_text, korean

    if label == "real":
        text = realistic()
    elif label.startswith("short"):
        text = short_lines(SIZES[label.removeprefix("short")])
    elif label.startswith("script"):
        text = script_lines(SIZES[label.removeprefix("script")])
    else:
        text = single_line(SIZES[label])
    korean.get_kiwi().tokenize("협약을 체결했다.")
    started = time.perf_counter()
    options = {"max_articles": 10**9, "time_budget": float("inf")}
    try:
        result = extract_text(text, name=label, published=None, **options)
    except TypeError:  # a tree from before the document limits
        result = extract_text(text, name=label, published=None)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    articles = len(result["articles"])
    print(json.dumps({"label": label, "kb": len(text.encode("utf-8")) / 1024, "seconds": seconds,
                      "peak_mb": peak_mb, "articles": articles}))  # fmt: skip


def main(labels: list[str]) -> None:
    print(f"{'input':>10} {'size':>9} {'time':>9} {'ms/KB':>7} {'peak RSS':>9}  goal")
    for label in labels:
        out = subprocess.run(
            [sys.executable, __file__, "--child", label], capture_output=True, text=True, check=True
        ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        old = OLD_SECONDS.get(label)
        goal = "linear (ms/KB ~ constant)" + (f"; was {old} s" if old else "")
        if label == "real":
            goal = f"{row['articles']} articles; was 117 s through the admin import"
        print(
            f"{label:>10} {row['kb']:>7,.0f}KB {row['seconds']:>8.1f}s {1000 * row['seconds'] / row['kb']:>7.1f}"
            f" {row['peak_mb']:>7,.0f}MB  {goal}"
        )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main(sys.argv[1:] or [*SIZES, "short64K", "short256K", "script64K", "script256K", "real"])
