"""Ingest throughput, in documents per second, with 1 and with 2 processes. Run:

    .venv/bin/python bench/ingest.py [--repeat N]

Runs `manage.py ingest --jobs 1` and then `--jobs 2` on the same batch: every .txt of bench/corpus*
and bench/holdout* (89 articles and pages), each copy given its own name and one changed byte so
it is a new document. Each run is the whole command as a person would run it, Kiwi's start-up in
every process included, on the configured database (DATABASE_URL); each run is rolled back, so
the database is left as it was. Prints documents per second beside the goal: on this 2-core
machine, 2 processes should read at least 1.5x as many documents a second as one (the extraction
is CPU-bound and parallel; the load in the parent is not).
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
from django.db import transaction  # noqa: E402

GOAL_RATIO = 1.5


class Rollback(Exception):
    pass


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
    try:
        with transaction.atomic():
            call_command("ingest", *map(str, files), "--jobs", str(jobs), stdout=io.StringIO())
            elapsed = time.perf_counter() - started
            raise Rollback
    except Rollback:
        pass
    return len(files) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="copies of the batch (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = batch(Path(tmp), args.repeat)
        one = run(files, 1)
        two = run(files, 2)
    ratio = two / one
    print(f"ingest of {len(files)} documents, {os.cpu_count()} cores")
    print(f"{'figure':<28}{'value':>10}  goal")
    print(f"{'--jobs 1 (documents/s)':<28}{one:>10.2f}  —")
    print(f"{'--jobs 2 (documents/s)':<28}{two:>10.2f}  —")
    met = "met" if ratio >= GOAL_RATIO else "NOT met"
    print(f"{'--jobs 2 / --jobs 1':<28}{ratio:>9.2f}x  >= {GOAL_RATIO}x  {met}")


if __name__ == "__main__":
    main()
