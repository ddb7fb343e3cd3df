"""What reading a PDF costs next to extracting its text. Run: .venv/bin/python bench/pdf.py [repeats]

Sets the sample page as a two-column PDF (``tests/pdf_files.py``: reportlab and a Nanum font, so it
needs requirements-dev.txt and fonts-nanum), then times, in the same process:
  1. ``read_pdf`` alone: PDFium's characters, boxes and font sizes, the XY cut, captions and joins;
     in pages per second (goal: >= 20 pages/s, so a 50-page upload, the most that is read, is read in
     a few seconds);
  2. ``extract_text`` on the text that came out (segmentation, layout repair, field extraction), in
     characters per second and pages per second;
  3. the two together, which is what an uploaded PDF costs: the share of it spent reading the PDF
     (goal: <= 25%, the fields stay the expensive part).
Kiwi is built and warmed before anything is timed; its cache is cleared before each extraction so
that the repeats do not hit it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agreements.ingest import extract_text, korean  # noqa: E402
from agreements.ingest.pdf import read_pdf  # noqa: E402
from tests.pdf_files import newspaper, sample_page_items  # noqa: E402

GOAL_PAGES_PER_SECOND = 20
GOAL_READING_SHARE = 0.25


def main(repeats: int = 20) -> None:
    made = newspaper(sample_page_items())
    pages = made.drawn[-1][0]
    korean.get_kiwi().tokenize("협약을 체결했다.")
    document = read_pdf(made.data, "bench.pdf")  # warm PDFium

    started = time.perf_counter()
    for _ in range(repeats):
        document = read_pdf(made.data, "bench.pdf")
    read_s = (time.perf_counter() - started) / repeats

    extract_s = 0.0
    for _ in range(repeats):
        korean.clear_cache()
        started = time.perf_counter()
        extract_text(document.text, name="bench.pdf", published=None)
        extract_s += time.perf_counter() - started
    extract_s /= repeats

    chars = len(document.text)
    share = read_s / (read_s + extract_s)
    print(f"sample page as PDF: {len(made.data):,} bytes, {pages} pages, {chars:,} characters of text")
    print(
        f"read_pdf (PDFium + geometry): {read_s * 1000:7.1f} ms  {pages / read_s:7.1f} pages/s"
        f"  (goal >= {GOAL_PAGES_PER_SECOND} pages/s)"
    )
    print(
        f"extract_text on its text    : {extract_s * 1000:7.1f} ms  {pages / extract_s:7.1f} pages/s"
        f"  {chars / extract_s:9,.0f} chars/s"
    )
    print(
        f"PDF upload, both            : {(read_s + extract_s) * 1000:7.1f} ms  "
        f"{pages / (read_s + extract_s):7.1f} pages/s; reading the PDF is {share:.0%} of it"
        f" (goal <= {GOAL_READING_SHARE:.0%})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
