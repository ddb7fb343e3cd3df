"""The one entry point for a document's bytes, whatever it is: ``read_file`` tells the kind from the
content (its first bytes), never from the name, and hands it to its reader.

    %PDF-                         pdf    pdf.py (pypdfium2: text in reading order, page starts)
    PK\\x03\\x04 with an OWPML package  hwpx   hwpx.py (a zip that is not HWPX, e.g. DOCX, is refused)
    \\xd0\\xcf\\x11\\xe0 with 'HWP Document File'   hwp    hwp.py (another OLE file, e.g. DOC or XLS, is refused)
    anything else                 txt or html, reading.py (decoded, a web page read as its article)

Text is held to ``max_bytes`` (2 MiB), a native document to ``max_file_bytes`` (20 MiB): a newspaper
PDF or an HWP with its pictures is several MB, most of it not text. Either limit is checked before
anything parses the bytes. The result, ``Source``, is what the rest of the pipeline takes: the text
(read as pasted text is: one paragraph a line, the headline first), the date the document gives
itself, its kind, the offset where each page begins (PDF) and the bytes it came from.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .reading import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_FILE_BYTES,
    DocumentError,
    check_size,
    read_text,
)

KINDS = ("txt", "html", "pdf", "hwp", "hwpx")
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# What a native reader's text may not keep: C0 controls but TAB and LF, DEL, C1 and non-characters
# go; the private-use characters Hangul's own fonts map their symbols to (arrows, boxes and circled
# marks, in the BMP's area and, in files Hangul writes today, in planes 15 and 16: U+F0039 …) show as
# boxes anywhere else, and stand between words: each becomes a space.
_STRAY = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Source:
    """A document as read: its text, the date it gives itself, its kind (``KINDS``), where each page
    begins in ``text`` (PDF only) and the bytes it was read from."""

    text: str
    published: datetime.date | None
    kind: str
    page_starts: tuple[int, ...] = ()
    data: bytes = field(default=b"", repr=False)


def sniff(data: bytes) -> str:
    """'pdf', 'zip', 'ole' or 'text': what a document's first bytes say it is."""
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if data.startswith(ZIP_MAGIC):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    return "text"


def read_file(
    data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
) -> Source:
    """A document's ``Source``, or ``DocumentError`` with a one-line reason."""
    kind = sniff(data)
    if kind == "text":
        text, published, page = read_text(data, name, max_bytes)
        return Source(text, published, "html" if page else "txt", (), data)
    check_size(len(data), name, max_file_bytes)
    if kind == "pdf":
        return _read_pdf(data, name)
    if kind == "zip":
        from .hwpx import read_hwpx

        text, published = read_hwpx(data, name)
        return Source(_tidy(text, name), published, "hwpx", (), data)
    from .hwp import read_hwp

    text, published = read_hwp(data, name)
    return Source(_tidy(text, name), published, "hwp", (), data)


def _read_pdf(data: bytes, name: str) -> Source:
    """A PDF read by pdf.py (pypdfium2 is loaded only for one); its text is kept as the reader gives
    it, since its page starts are offsets into it."""
    from .pdf import read_pdf

    pdf = read_pdf(data, name)
    return Source(pdf.text, None, "pdf", tuple(pdf.page_starts), data)


def _tidy(text: str, name: str) -> str:
    """A native reader's text as the pipeline reads pasted text: stray controls gone, runs of spaces
    one space, each line stripped, at most one blank line in a row; refused when nothing is left."""
    text = _PRIVATE.sub(" ", _STRAY.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANKS.sub("\n\n", "\n".join(lines)).strip()
    if not text:
        raise DocumentError(name, "문서에 본문 글자가 없습니다.")
    return text + "\n"


# --- what the HWP and HWPX readers share -----------------------------------------------------------

# a table's label cell: a few Hangul words ('일시', '장 소', '일시/장소'), perhaps after a bullet
_LABEL = re.compile(r"^[○□◦■▶·-]?\s*[가-힣][가-힣 ·/]{0,9}:?$")


def is_label(cell: str) -> bool:
    """A table's label cell ('일시', '장 소', '○ 일시:')."""
    return bool(_LABEL.match(" ".join(cell.split())))


def row_lines(cells: list[str]) -> list[str]:
    """A table row as text lines (one, or none for an empty row). Label and value cells in turn
    ('일시 | 2026. 3. 5.', '배포일시 | 2026. 3. 6. | 담당부서 | 투자유치과') read as a person types them
    ('일시: 2026. 3. 5.', '배포일시: 2026. 3. 6. 담당부서: 투자유치과'), so that a release's 일시/장소
    table reads as its '○ 일시:' lines do; any other row is its cells joined by ' | '."""
    cells = [" ".join(cell.split()) for cell in cells]
    filled = [cell for cell in cells if cell]
    if not filled:
        return []
    labels, values = cells[0::2], cells[1::2]
    if len(cells) % 2 == 0 and all(_LABEL.match(label) for label in labels) and all(values):
        return [
            " ".join(f"{label.rstrip(':')}: {value}" for label, value in zip(labels, values, strict=True))
        ]
    return [" | ".join(filled)]


# the date fields a document's metadata may hold, most telling first: the last save (a release is
# saved when it is sent out), then the creation (often of the release or template it was copied
# from), then 'date', which Hangul fills with the creation time in words ('2025년 11월 19일 수요일
# 오전 11:32:55', Korean time) and which stays as it was when a file is saved under another name
DATE_FIELDS = ("ModifiedDate", "CreatedDate", "date")
KST = datetime.timezone(datetime.timedelta(hours=9))
_ISO = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?)?")
_WORDED = re.compile(r"(\d{4})\s*(?:년|\.|-|/)\s*(\d{1,2})\s*(?:월|\.|-|/)\s*(\d{1,2})")


def document_date(values: dict) -> datetime.date | None:
    """The first of ``DATE_FIELDS`` in ``values`` that reads as a date (a datetime, an ISO string, or
    '2026년 3월 4일' / '2026. 3. 4.'); a time with a zone (UTC in most packages) is taken in Korea."""
    for key in DATE_FIELDS:
        value = values.get(key)
        found = _as_date(value) if value is not None else None
        if found and found.year >= 1990:  # an unset date field reads as 1601 or 1970
            return found
    return None


def _as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
        return moment.astimezone(KST).date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    try:
        match = _ISO.match(text)
        if match and match[7]:
            return _as_date(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")))
        match = match or _WORDED.search(text)
        if match:
            return datetime.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return None
