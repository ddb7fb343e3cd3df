"""HWP 5.0, the binary format most city offices still write: an OLE compound file (read with olefile,
BSD licence) holding streams of records, read here after the published format (한글문서파일형식 5.0).

- ``FileHeader``: 'HWP Document File', the version, and flags: bit 0 the sections are compressed (raw
  deflate), bit 1 a password is set, bit 2 it is a distribution document (its text sits encrypted in
  ``ViewText``, not ``BodyText``). The last two are refused: a password's text needs the password,
  and a distribution document is locked against copying by its author (its key sits in the file,
  but undoing that lock is not this reader's business).
- ``DocInfo`` (compressed as the sections are): its first record, the document properties, gives
  the number of sections first. Sections 0 to that number less one are read, and no others (Hangul
  shows no other); one of them missing, or a number no document has, is a damaged file.
  A document that still holds tracked changes (변경 내용 추적: DocInfo holds ``TRACK_CHANGE``
  records, the changes' content and look, beside the tracking settings' ``TRACKCHANGE``) is
  refused with what to do. Text deleted under tracking stays in ``PARA_TEXT``; the public spec
  (revision 1.3) marks regions of a paragraph only by ``PARA_RANGE_TAG`` records whose kinds it
  does not list (highlighter and proofreading marks among them), and describes neither change
  record, so which text was deleted cannot be told from it. Reading such a file would give deleted
  words as body text (an amount or a party struck out); accepting the changes in Hangul, or saving
  as HWPX (whose reader skips ``hp:deleteBegin``..``hp:deleteEnd``), gives the text as it stands.
- ``BodyText/Section0..N``: records of a 32-bit header (tag 10 bits, level 10 bits, size 12 bits;
  size 0xFFF means the next 4 bytes hold it). A paragraph is a ``PARA_HEADER`` whose children are
  its ``PARA_TEXT`` (UTF-16LE; codes below 32 are controls: a 'char' control takes one code unit,
  an inline or extended one eight) and its controls (``CTRL_HEADER``). A table's (``'tbl '``)
  children are a ``TABLE`` record and, per cell, a ``LIST_HEADER`` (8 bytes of list header, then
  the cell's column and row at bytes 8 and 10) followed by the cell's paragraphs; a ``LIST_HEADER``
  before the ``TABLE`` record is the table's caption, left out. A drawing object (``'gso '``) keeps
  a text box's paragraphs under its ``SHAPE_COMPONENT``, and a picture's caption beside it, left
  out. Headers, footers, footnotes and fields are left out, as page furniture. (Widths, list
  header and caption layout as in pyhwp's ``controlchar.py`` and ``tagid56_list_header.py``.)
- ``\\x05HwpSummaryInformation``: an OLE property set whose last save (13), creation (12) and date
  string (0x14: Hangul writes the creation time in words there) give the document's own date.

Bounds: each stream is read only when its directory size is within ``MAX_STREAM_BYTES``; a section
decompresses to at most ``MAX_SECTION_BYTES`` (``decompressobj`` with a ``max_length``, so a deflate
bomb stops there); at most ``MAX_RECORDS`` records a document and ``MAX_DEPTH`` nested controls.
"""

from __future__ import annotations

import datetime
import io
import re
import struct
import zlib

import olefile

from .native import document_date, row_lines
from .reading import DocumentError

SIGNATURE = b"HWP Document File"
COMPRESSED, PASSWORD, DISTRIBUTION = 0x1, 0x2, 0x4
HWPTAG_BEGIN = 16
DOCUMENT_PROPERTIES = HWPTAG_BEGIN  # DocInfo's first record; its first field is the number of sections
TRACK_CHANGE = HWPTAG_BEGIN + 80  # DocInfo: tracked changes' content and look (변경 추적 내용 및 모양)
PARA_HEADER, PARA_TEXT = HWPTAG_BEGIN + 50, HWPTAG_BEGIN + 51
CTRL_HEADER, LIST_HEADER, TABLE = HWPTAG_BEGIN + 55, HWPTAG_BEGIN + 56, HWPTAG_BEGIN + 61
SHAPE_COMPONENT = HWPTAG_BEGIN + 60
# control codes of PARA_TEXT (spec table 6): these take 8 code units; the rest below 32 take one
WIDE_CONTROLS = frozenset({1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
# of those, the extended ones: each has a CTRL_HEADER among the paragraph's records, in the same order
EXTENDED_CONTROLS = frozenset({1, 2, 3, 11, 12, 14, 15, 16, 17, 18, 21, 22, 23})
ANCHOR = "\x00"  # where an extended control sits in a paragraph's text, as read here
# what a control stands for in the text: tab, line break, hyphen, non-breaking and fixed-width space
CONTROL_TEXT = {9: " ", 10: "\n", 24: "-", 30: " ", 31: " "}

MAX_STREAM_BYTES = 16 * 1024 * 1024
MAX_SECTION_BYTES = 32 * 1024 * 1024
MAX_SECTIONS = 256
MAX_RECORDS = 400_000
MAX_DEPTH = 24
CORRUPT = "손상된 HWP 파일이라 읽을 수 없습니다."
DISTRIBUTED = "배포용 HWP 문서라 본문이 암호화되어 있습니다. 일반 문서로 저장한 파일을 올려 주세요."
_SECTION = re.compile(r"^Section(\d+)$")
# other OLE documents, named by a stream they always have
_OTHER_OLE = (("WordDocument", "DOC"), ("Workbook", "XLS"), ("Book", "XLS"), ("PowerPoint Document", "PPT"))


class _Node:
    __slots__ = ("tag", "level", "payload", "children")

    def __init__(self, tag: int, level: int, payload: bytes):
        self.tag, self.level, self.payload, self.children = tag, level, payload, []


def read_hwp(data: bytes, name: str) -> tuple[str, datetime.date | None]:
    """(text, date) of an HWP 5.0 document; ``DocumentError`` for another OLE file or a bad one."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # olefile raises many kinds on a damaged container; each means the same here
        raise DocumentError(name, "손상된 OLE 문서(HWP·DOC 등)라 읽을 수 없습니다.") from None
    with ole:
        flags = _check_header(ole, name)
        present = _section_streams(ole, name)
        counter = [0]
        declared = _doc_info(ole, flags, name, counter)
        sections = _sections(present, declared, name)
        lines: list[str] = []
        for path in sections:
            raw = _stream(ole, path, name)
            body = _inflate(raw, name) if flags & COMPRESSED else raw
            root = _tree(body, name, counter)
            for node in root.children:
                if node.tag == PARA_HEADER:
                    lines.extend(_paragraph_lines(node, 0))
        published = _summary_date(ole)
    return "\n\n".join(line for line in lines if line.strip()), published


def _check_header(ole, name: str) -> int:
    """The FileHeader's flags, once it says this is a readable HWP 5 document."""
    if not ole.exists("FileHeader"):
        other = next((kind for stream, kind in _OTHER_OLE if ole.exists(stream)), None)
        named = f"({other} 문서)" if other else ""
        raise DocumentError(name, f"HWP가 아닌 OLE 문서입니다{named}. 읽을 수 있는 문서가 아닙니다.")
    header = _stream(ole, "FileHeader", name)
    if not header.startswith(SIGNATURE) or len(header) < 40:
        raise DocumentError(name, "HWP 파일 머리('FileHeader')가 손상되어 읽을 수 없습니다.")
    version, flags = struct.unpack_from("<II", header, 32)
    if version >> 24 != 5:
        raise DocumentError(name, f"HWP {version >> 24} 형식입니다. HWP 5.0 문서만 읽습니다.")
    if flags & PASSWORD:
        raise DocumentError(name, "암호가 걸린 HWP 문서입니다. 암호를 풀고 저장한 파일을 올려 주세요.")
    if flags & DISTRIBUTION:
        raise DocumentError(name, DISTRIBUTED)
    return flags


def _section_streams(ole, name: str) -> dict[int, str]:
    """The ``BodyText/SectionN`` streams the file holds, by number."""
    numbered = {}
    for path in ole.listdir(streams=True, storages=False):
        if len(path) == 2 and path[0] == "BodyText" and (match := _SECTION.match(path[1])):
            numbered[int(match[1])] = "/".join(path)
    if not numbered:
        if ole.exists("ViewText"):  # a distribution document whose header flag was cleared
            raise DocumentError(name, DISTRIBUTED)
        raise DocumentError(name, "HWP 본문('BodyText')이 없습니다. 손상된 파일인가요?")
    return numbered


def _doc_info(ole, flags: int, name: str, counter: list[int]) -> int:
    """The number of sections the document properties (DocInfo's first record) give; a document
    that still holds tracked changes is refused (see the module's docstring)."""
    if not ole.exists("DocInfo"):
        raise DocumentError(name, f"{CORRUPT} 문서 정보('DocInfo')가 없습니다.")
    raw = _stream(ole, "DocInfo", name)
    info = _inflate(raw, name) if flags & COMPRESSED else raw
    records = _records(info, name, counter)
    first = next(records, None)
    if first is None or first[0] != DOCUMENT_PROPERTIES or len(first[2]) < 2:
        raise DocumentError(name, f"{CORRUPT} 문서 정보('DocInfo')에 문서 속성이 없습니다.")
    if any(tag == TRACK_CHANGE for tag, _, _ in records):
        raise DocumentError(
            name,
            "변경 내용 추적 기록이 남은 HWP 문서입니다. 추적 중에 지운 글이 본문에 그대로 "
            "남아 있어 가려 읽을 수 없습니다. 한글에서 변경 내용을 모두 적용하고 저장하거나, HWPX로 저장해 올려 주세요.",
        )
    return struct.unpack_from("<H", first[2])[0]


def _sections(present: dict[int, str], declared: int, name: str) -> list[str]:
    """The section streams in order, as many as the document properties count: Hangul reads those
    and no others (a stream past them is not part of the document). One of them missing, or a
    count past any real document's, is a damaged file."""
    if not 0 < declared <= MAX_SECTIONS:
        raise DocumentError(
            name, f"{CORRUPT} 문서 정보에 적힌 구역 수({declared:,}개)가 맞지 않습니다(한도는 {MAX_SECTIONS}개)."
        )
    missing = [number for number in range(declared) if number not in present]
    if missing:
        raise DocumentError(
            name,
            f"{CORRUPT} 문서 정보에는 구역이 {declared:,}개인데 본문에 {missing[0] + 1}번째 구역"
            f"('BodyText/Section{missing[0]}')이 없습니다.",
        )
    return [present[number] for number in range(declared)]


def _stream(ole, path: str, name: str) -> bytes:
    try:
        size = ole.get_size(path)
        if size > MAX_STREAM_BYTES:
            raise DocumentError(name, f"HWP 안의 '{path}'가 너무 큽니다 ({size:,}바이트).")
        with ole.openstream(path) as stream:
            return stream.read(MAX_STREAM_BYTES + 1)
    except DocumentError:
        raise
    except Exception:  # a broken sector chain, a size past the file's end …
        raise DocumentError(name, CORRUPT) from None


def _inflate(raw: bytes, name: str) -> bytes:
    """A compressed section (raw deflate), refused past ``MAX_SECTION_BYTES``."""
    inflater = zlib.decompressobj(-15)
    try:
        body = inflater.decompress(raw, MAX_SECTION_BYTES)
    except zlib.error:
        raise DocumentError(name, CORRUPT) from None
    if inflater.unconsumed_tail:
        raise DocumentError(
            name, f"HWP 본문이 너무 큽니다 (압축을 풀면 {MAX_SECTION_BYTES:,}바이트가 넘습니다)."
        )
    return body


def _records(body: bytes, name: str, counter: list[int]):
    """(tag, level, payload) of each record of a stream, counted against ``MAX_RECORDS``."""
    position, end = 0, len(body)
    while position + 4 <= end:
        (header,) = struct.unpack_from("<I", body, position)
        position += 4
        tag, level, size = header & 0x3FF, (header >> 10) & 0x3FF, header >> 20
        if size == 0xFFF:
            if position + 4 > end:
                raise DocumentError(name, CORRUPT)
            (size,) = struct.unpack_from("<I", body, position)
            position += 4
        if position + size > end:
            raise DocumentError(name, CORRUPT)
        counter[0] += 1
        if counter[0] > MAX_RECORDS:
            raise DocumentError(name, f"HWP 문서가 너무 깁니다 (레코드 {MAX_RECORDS:,}개 넘음).")
        yield tag, level, body[position : position + size]
        position += size


def _tree(body: bytes, name: str, counter: list[int]) -> _Node:
    """The records of a section, each under the nearest record before it of one level less."""
    root = _Node(-1, -1, b"")
    stack = [root]
    for tag, level, payload in _records(body, name, counter):
        node = _Node(tag, level, payload)
        while stack[-1].level >= level:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _paragraph_lines(paragraph: _Node, depth: int) -> list[str]:
    """A paragraph's lines (a line break in it starts a new one), with the lines of each of its
    tables and text boxes where the control that anchors it sits in the text, as Hangul's own
    preview text (``PrvText``) places them: a table anchored before a paragraph's words comes before
    them. A paragraph whose text does not mark each control puts them after its text."""
    text, controls = [], []
    for child in paragraph.children:
        if child.tag == PARA_TEXT:
            text.append(para_text(child.payload, anchors=True))
        elif child.tag == CTRL_HEADER:
            controls.append(_control_lines(child, depth + 1) if depth < MAX_DEPTH else [])
    pieces = "".join(text).split(ANCHOR)
    if len(pieces) != len(controls) + 1:
        return [*"".join(pieces).split("\n"), *(line for lines in controls for line in lines)]
    out: list[str] = []
    current = ""
    for piece, lines in zip(pieces, [*controls, []], strict=True):
        current += piece
        if lines:  # a control that gives no text (a picture, a field) leaves the line whole
            out.extend([*current.split("\n"), *lines])
            current = ""
    return [*out, *current.split("\n")]


def para_text(payload: bytes, anchors: bool = False) -> str:
    """The characters of a PARA_TEXT record, its controls dropped or turned into what they stand for
    (with ``anchors``, an extended control as ``ANCHOR``)."""
    out = bytearray()
    index, units = 0, len(payload) // 2
    while index < units:
        (code,) = struct.unpack_from("<H", payload, index * 2)
        if code >= 32:
            out += payload[index * 2 : index * 2 + 2]
            index += 1
            continue
        shown = ANCHOR if anchors and code in EXTENDED_CONTROLS else CONTROL_TEXT.get(code, "")
        out += shown.encode("utf-16-le")
        index += 8 if code in WIDE_CONTROLS else 1
    return out.decode("utf-16-le", errors="replace")


def _control_lines(control: _Node, depth: int) -> list[str]:
    kind = control.payload[:4][::-1]
    if kind == b"tbl ":
        return _table_lines(control, depth)
    if kind == b"gso ":  # a text box's paragraphs are under its shape; a caption's are not
        return [
            line
            for child in control.children
            if child.tag == SHAPE_COMPONENT
            for line in _nested_paragraph_lines(child, depth)
        ]
    return []  # headers, footers, notes, fields, column and section settings


def _nested_paragraph_lines(node: _Node, depth: int) -> list[str]:
    lines = []
    for child in node.children:
        if child.tag == PARA_HEADER:
            lines.extend(line for line in _paragraph_lines(child, depth) if line.strip())
        elif depth < MAX_DEPTH:
            lines.extend(_nested_paragraph_lines(child, depth + 1))
    return lines


def _table_lines(control: _Node, depth: int) -> list[str]:
    """A table's rows as lines: each cell (a LIST_HEADER and the paragraphs after it) as one text.
    A caption is a LIST_HEADER and paragraphs before the TABLE record; it is left out."""
    cells: list[tuple[int | None, list[str]]] = []
    columns, seen_table = 0, False
    for child in control.children:
        if child.tag == TABLE:
            seen_table = True
            if len(child.payload) >= 8:
                columns = struct.unpack_from("<H", child.payload, 6)[0]
        elif not seen_table:
            continue
        elif child.tag == LIST_HEADER:
            if len(child.payload) >= 12:
                row = struct.unpack_from("<H", child.payload, 10)[0]
            else:  # no cell address: count the cells off by the table's columns
                row = len(cells) // columns if columns else None
            cells.append((row, _nested_paragraph_lines(child, depth)))
        elif child.tag == PARA_HEADER and cells:
            cells[-1][1].extend(line for line in _paragraph_lines(child, depth) if line.strip())
    lines: list[str] = []
    row_cells: list[str] = []
    current = object()
    for row, texts in cells:
        if row != current and row_cells:
            lines.extend(row_lines(row_cells))
            row_cells = []
        current = row
        row_cells.append(" ".join(texts))
    lines.extend(row_lines(row_cells))
    return lines


def _summary_date(ole) -> datetime.date | None:
    stream = "\x05HwpSummaryInformation"
    try:
        if not ole.exists(stream):
            return None
        properties = ole.getproperties(stream, convert_time=True)
    except Exception:  # a damaged summary costs the date, not the document
        return None
    date_text = properties.get(0x14)
    if isinstance(date_text, bytes):  # VT_LPSTR: in the document's code page, Korean's CP949
        date_text = date_text.decode("cp949", errors="replace")
    return document_date(
        {"date": date_text, "ModifiedDate": properties.get(13), "CreatedDate": properties.get(12)}
    )
