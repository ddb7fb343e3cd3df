"""How the HWP and HWPX readers do on files Hangul itself saved, checked against Hangul's own text.

Run: .venv/bin/python bench/hancom_check.py FILE_OR_DIR ...

Every HWP 5.0 file carries a ``PrvText`` stream, and every HWPX package a ``Preview/PrvText.txt``:
the text of the document's first part as Hangul wrote it when it saved the file (tables as
``<cell>`` runs, about a thousand characters). That is an oracle no one on the team wrote. For each
file this prints how much of the preview's text (spaces and the preview's ``<>`` marks ignored) our
reading gives in the same order, the reading's length and date, and the time it took; then the share
of files at or above the goal.

The files are not in the repository (the project's tests use files the tests make). Public ones that
Hangul saved, all MIT or BSD:
  npm pack node-hwp   # package/test/files: 62 HWP 5.0 files (Naver's Hangul templates, KAIST forms, shapes)
  npm pack kordoc     # package/templates: two HWPX forms saved by Hancom Office Hangul 2020
  pip download --no-deps --no-binary :all: hwp-extract   # tests/files/example.hwp (a converter's file)
A file with an empty preview (a form with no text in its first part) is listed and not counted.
"""

from __future__ import annotations

import difflib
import io
import re
import sys
import time
import zipfile
from pathlib import Path

import olefile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agreements.ingest.hwp import read_hwp  # noqa: E402
from agreements.ingest.hwpx import read_hwpx  # noqa: E402
from agreements.ingest.reading import DocumentError  # noqa: E402

GOAL_AGREEMENT = 0.95  # share of the preview's characters our reading gives in order
PREVIEW_CHARS = 1000


def preview(path: Path, data: bytes) -> str:
    if path.suffix.lower() == ".hwpx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "Preview/PrvText.txt" not in z.namelist():
                return ""
            return z.read("Preview/PrvText.txt").decode("utf-8", "replace")
    with olefile.OleFileIO(data) as ole:
        if not ole.exists("PrvText"):
            return ""
        return ole.openstream("PrvText").read().decode("utf-16-le", "replace")


def squeeze(text: str) -> str:
    return re.sub(r"[\s<>]", "", text)


def agreement(theirs: str, ours: str) -> float:
    """The share of the preview's characters found, in order, in the start of our reading."""
    want = squeeze(theirs)[:PREVIEW_CHARS]
    got = squeeze(ours)[: PREVIEW_CHARS * 3]
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(want)


def files(args: list[str]) -> list[Path]:
    found = []
    for arg in args:
        path = Path(arg)
        found += sorted(path.rglob("*.hwp*")) if path.is_dir() else [path]
    return [p for p in found if p.suffix.lower() in (".hwp", ".hwpx")]


def main(args: list[str]) -> int:
    checked = met = 0
    print(f"{'file':48} {'agrees':>6} {'chars':>8} {'ms':>7}  date")
    for path in files(args):
        data = path.read_bytes()
        reader = read_hwpx if path.suffix.lower() == ".hwpx" else read_hwp
        started = time.perf_counter()
        try:
            text, date = reader(data, path.name)
        except DocumentError as refused:
            print(f"{path.name:48} refused: {refused}")
            continue
        ms = (time.perf_counter() - started) * 1000
        theirs = preview(path, data)
        if not squeeze(theirs):
            print(f"{path.name:48} {'—':>6} {len(text):8d} {ms:7.0f}  {date}  (empty preview)")
            continue
        share = agreement(theirs, text)
        checked += 1
        met += share >= GOAL_AGREEMENT
        print(f"{path.name:48} {share:6.2f} {len(text):8d} {ms:7.0f}  {date}")
    print(f"\n{met} of {checked} files with a preview agree at >= {GOAL_AGREEMENT:.0%} (goal: all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["."]))
