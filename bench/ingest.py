"""Ingest throughput, in documents per second, with 1 and with 2 processes. Run:

    .venv/bin/python bench/ingest.py [--repeat N]

Runs `manage.py ingest --jobs 1` and then `--jobs 2` on the same batch: every .txt of bench/corpus*
and bench/holdout* (89 articles and pages), copied --repeat times (3 by default: 267 documents),
each copy given its own name and one changed byte so it is a new document. Each run is the whole
command as a person would run it, Kiwi's start-up in every process included, on the configured
database (DATABASE_URL), with --dry-run: each document is read, extracted and saved in its own
transaction, which is then rolled back, so the database is left as it was (on PostgreSQL the
workers save, each on its own connection, so no transaction of this script could hold their
writes). What a dry run does not time is each document's COMMIT.

Why 267 documents: Kiwi's start (~2 s, once, whatever --jobs says) is as long as saving some 50 of
these short documents, so the 89 alone measure mostly the start; three copies make reading and
saving the documents most of the run, as in a large batch, the only one worth --jobs. Prints
documents per second beside the goal: on this 2-core machine, 2 processes should read and save at
least 1.5x as many documents a second as one.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

GOAL_RATIO = 1.5
REPEAT = 3


def batch(directory: Path, repeat: int) -> list[Path]:
    sources = sorted(p for pattern in ("corpus*/*.txt", "holdout*/*.txt") for p in (ROOT / "bench").glob(pattern))
    files = []
    for copy in range(repeat):
        for source in sources:
            path = directory / f"{copy}-{source.parent.name}-{source.name}"
            data = source.read_bytes()
            path.write_bytes(data + b"\n" * (copy + 1))  # a distinct document (its own sha256)
            files.append(path)
    return files


def run(files: list[Path], jobs: int) -> float:
    started = time.perf_counter()
    call_command("ingest", *map(str, files), "--jobs", str(jobs), "--dry-run", stdout=io.StringIO())
    return len(files) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=REPEAT, help=f"copies of the batch (default {REPEAT})")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = batch(Path(tmp), args.repeat)
        one = run(files, 1)
        two = run(files, 2)
    ratio = two / one
    print(f"ingest of {len(files)} documents ({args.repeat} copies of 89), {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(f"{'figure':<28}{'value':>10}  goal")
    print(f"{'--jobs 1 (documents/s)':<28}{one:>10.2f}  —")
    print(f"{'--jobs 2 (documents/s)':<28}{two:>10.2f}  —")
    met = "met" if ratio >= GOAL_RATIO else "NOT met"
    print(f"{'--jobs 2 / --jobs 1':<28}{ratio:>9.2f}x  >= {GOAL_RATIO}x  {met}")


if __name__ == "__main__":
    main()
