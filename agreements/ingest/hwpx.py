"""HWPX (OWPML, KS X 6101): a zip of XML that Hangul writes since 2021, read with the standard library.

What is read: the paragraphs of ``Contents/section*.xml`` in the order of the package's spine
(``Contents/content.hpf``; by section number without one), each ``hp:p`` a line made of its runs'
``hp:t`` text (with its ``hp:tab``, ``hp:lineBreak``, ``hp:fwSpace`` … children, and the text after
each); a table (``hp:tbl``) a line per row (``native.row_lines``: '일시 | 2026. 3. 5.' becomes
'일시: 2026. 3. 5.', so a release's 일시/장소 lines read as typed ones); a text box's paragraphs
(``hp:drawText``, also in grouped shapes) as lines. Elements are matched by local name, so the 2011
and 2016 namespaces Hangul declares read alike; an ``hp:switch`` (one object written for two kinds of
reader) is read once, from its first branch. Text between ``hp:deleteBegin`` and ``hp:deleteEnd``
(a deletion tracked by 변경 내용 추적, still in the file) is not read. Headers, footers, footnotes,
fields' settings and memos (inside ``hp:ctrl``), pictures and their captions are left out: they are
page furniture. The date the document gives itself comes from the package metadata
(``native.document_date``). A package saved with a password (its parts encrypted, each listed with
``encryption-data`` in ``META-INF/manifest.xml``) is refused as such.

Safety, since a zip and XML both can be made to explode: the entry count is read from the zip's end
record before ``zipfile`` lists the entries (at most ``MAX_MEMBERS``); a member is read in chunks and
refused past ``MAX_MEMBER_BYTES`` whatever its header declares, and all members read together past
``MAX_TOTAL_BYTES``; XML with a DOCTYPE (entities: the "billion laughs") is refused before parsing,
as OWPML never has one. ``xml.etree`` is Python's own (expat 2.4.1 and later also caps entity
expansion); defusedxml would add a dependency for what the DOCTYPE check already shuts out.
"""

from __future__ import annotations

import datetime
import io
import re
import struct
import zipfile
import zlib
from xml.etree import ElementTree

from .native import document_date, row_lines
from .reading import DocumentError

MIMETYPE = b"application/hwp+zip"
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 32 * 1024 * 1024
# tables, text boxes, grouped shapes and alternative contents inside one another, as hwp.MAX_DEPTH:
# a release nests two or three; deeper ones are left unread rather than recursed into without end
MAX_DEPTH = 24
CHUNK = 64 * 1024
_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
CORRUPT = "손상된 ZIP(HWPX) 파일이라 읽을 수 없습니다."
# text-level elements inside hp:t, and what each stands for
_INLINE = {"tab": " ", "lineBreak": "\n", "nbSpace": " ", "fwSpace": " ", "hyphen": "-"}
# run children that hold no body text (page furniture, settings, pictures)
_SKIPPED = {"ctrl", "secPr", "pic", "ole", "equation", "video", "chart"}
# the marks of a tracked deletion; insertions (insertBegin/insertEnd) are read as text
_DELETION = {"deleteBegin", "deleteEnd"}
LOCKED = "암호가 걸린 HWPX 파일입니다. 암호를 풀고 저장한 파일을 올려 주세요."


def read_hwpx(data: bytes, name: str) -> tuple[str, datetime.date | None]:
    """(text, date) of an HWPX document; ``DocumentError`` for a zip that is not one, or a bad one."""
    _check_member_count(data, name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error):
        raise DocumentError(name, CORRUPT) from None
    reader = _Reader(archive, name)
    if not _is_hwpx(reader, names):
        raise DocumentError(
            name, f"HWPX가 아닌 ZIP 압축 파일입니다{_other_kind(names)}. 읽을 수 있는 문서가 아닙니다."
        )
    package = reader.xml("Contents/content.hpf") if "Contents/content.hpf" in names else None
    _check_encryption(reader, names, name)
    lines: list[str] = []
    for section in _sections(package, names):
        root = reader.xml(section)
        walker = _Walker()
        for paragraph in _children(root, "p"):
            lines.extend(walker.paragraph_lines(paragraph))
    return "\n\n".join(line for line in lines if line.strip()), _package_date(package)


def _check_member_count(data: bytes, name: str) -> None:
    """Refuse a zip of too many entries from its end record, before zipfile builds one object each."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        raise DocumentError(name, CORRUPT)
    (entries,) = struct.unpack_from("<H", data, end + 10)
    if entries > MAX_MEMBERS:
        raise DocumentError(name, f"ZIP 안의 파일이 너무 많습니다 ({entries:,}개, 한도는 {MAX_MEMBERS:,}개).")


class _Reader:
    """Members of the archive, each read in chunks within ``MAX_MEMBER_BYTES`` and all within
    ``MAX_TOTAL_BYTES``."""

    def __init__(self, archive: zipfile.ZipFile, name: str):
        self.archive, self.name, self.total = archive, name, 0

    def read(self, member: str) -> bytes:
        try:
            info = self.archive.getinfo(member)
            if info.file_size > MAX_MEMBER_BYTES:
                raise self._bomb(member, info.file_size)
            chunks, size = [], 0
            with self.archive.open(info) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    if size > MAX_MEMBER_BYTES or self.total + size > MAX_TOTAL_BYTES:
                        raise self._bomb(member, size)
                    chunks.append(chunk)
        except DocumentError:
            raise
        except RuntimeError:  # zipfile: "File … is encrypted, password required"
            raise DocumentError(self.name, LOCKED) from None
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError, zlib.error, KeyError):
            raise DocumentError(self.name, CORRUPT) from None
        self.total += size
        return b"".join(chunks)

    def xml(self, member: str) -> ElementTree.Element:
        data = self.read(member)
        if _DOCTYPE.search(data):
            raise DocumentError(
                self.name,
                f"HWPX 안의 '{member}'에 문서형 선언이 있어 읽지 않습니다 (한글이 쓰지 않는 것입니다).",
            )
        try:
            return ElementTree.fromstring(data)
        except ElementTree.ParseError:
            raise DocumentError(self.name, f"HWPX 안의 '{member}'가 손상되어 읽을 수 없습니다.") from None

    def _bomb(self, member: str, size: int) -> DocumentError:
        return DocumentError(
            self.name,
            f"HWPX 안의 '{member}'가 너무 큽니다 (압축을 풀면 {size:,}바이트 넘음, 한도는 {MAX_MEMBER_BYTES:,}바이트).",
        )


def _is_hwpx(reader: _Reader, names: set[str]) -> bool:
    if "mimetype" in names and reader.read("mimetype").strip() == MIMETYPE:
        return True
    return "Contents/section0.xml" in names


def _check_encryption(reader: _Reader, names: set[str], name: str) -> None:
    """A document saved with a password keeps its parts encrypted as ODF does, each listed with its
    ``encryption-data`` in ``META-INF/manifest.xml`` (OWPML, 15 암호화)."""
    if "META-INF/manifest.xml" in names and b"encryption-data" in reader.read("META-INF/manifest.xml"):
        raise DocumentError(name, LOCKED)


def _other_kind(names: set[str]) -> str:
    if "[Content_Types].xml" in names:
        for folder, kind in (("word/", "DOCX"), ("xl/", "XLSX"), ("ppt/", "PPTX")):
            if any(member.startswith(folder) for member in names):
                return f"({kind} 문서)"
    return ""


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str):
    return [child for child in element if _local(child.tag) == name]


def _sections(package, names: set[str]) -> list[str]:
    """The section parts in reading order: the spine's, or by number."""
    if package is not None:
        hrefs = {}
        for element in package.iter():
            if _local(element.tag) == "item" and element.get("id") and element.get("href"):
                hrefs[element.get("id")] = element.get("href").lstrip("/")
        spine = [
            hrefs.get(element.get("idref"), "")
            for element in package.iter()
            if _local(element.tag) == "itemref"
        ]
        ordered = [href for href in spine if _SECTION.match(href) and href in names]
        if ordered:
            return ordered
    numbered = sorted((int(match[1]), member) for member in names if (match := _SECTION.match(member)))
    return [member for _, member in numbered]


class _Walker:
    """The lines of a section's paragraphs, in document order. Hangul's change tracking leaves deleted
    text in place between ``hp:deleteBegin`` and ``hp:deleteEnd`` (empty elements inside ``hp:t``,
    a span that may cross runs, tables and paragraphs): the walker keeps whether it is inside one."""

    def __init__(self):
        self.deleted = False
        self.depth = 0  # objects (tables, text boxes, groups) the walk is inside; at most MAX_DEPTH

    def paragraph_lines(self, paragraph) -> list[str]:
        """A paragraph's text as one line (a line break in it starts another), with the lines of each
        table and text box where it is anchored among the runs, as Hangul's preview text places
        them (a table before a paragraph's words comes before them). An object that gives no text
        (a picture in mid-sentence) leaves the line whole."""
        lines: list[str] = []
        text: list[str] = []
        for run in _children(paragraph, "run"):
            for child in _chosen(run):
                kind = _local(child.tag)
                if kind == "t":
                    text.append(self.t_text(child))
                    continue
                if self.deleted or kind in _SKIPPED:
                    continue
                anchored = self.table_lines(child) if kind == "tbl" else self.box_lines(child)
                if anchored:
                    lines.extend(["".join(text).strip(), *anchored])
                    text = []
        return [*lines, "".join(text).strip()]

    def t_text(self, element) -> str:
        pieces = [] if self.deleted else [element.text or ""]
        for child in element:
            kind = _local(child.tag)
            if kind in _DELETION:
                self.deleted = kind == "deleteBegin"
            elif not self.deleted:
                pieces.append(_INLINE.get(kind, child.text or ""))
            if not self.deleted:
                pieces.append(child.tail or "")
        return "".join(pieces)

    def list_lines(self, holder) -> list[str]:
        """The lines of the paragraphs of a sub-list (a table cell, a text box)."""
        lines = []
        for sub_list in _children(holder, "subList"):
            for paragraph in _children(sub_list, "p"):
                lines.extend(line for line in self.paragraph_lines(paragraph) if line.strip())
        return lines

    def table_lines(self, table) -> list[str]:
        if self.depth >= MAX_DEPTH:
            return []
        self.depth += 1
        lines = []
        for row in _children(table, "tr"):
            cells = [" ".join(self.list_lines(cell)) for cell in _children(row, "tc")]
            lines.extend(row_lines(cells))
        self.depth -= 1
        return lines

    def box_lines(self, shape) -> list[str]:
        """The text of a drawing object's text box (``hp:drawText``), or of the shapes grouped in it
        (``hp:container``); a caption or a picture in it is not text."""
        if self.depth >= MAX_DEPTH:
            return []
        self.depth += 1
        lines = []
        for child in _chosen(shape):
            kind = _local(child.tag)
            if kind == "drawText":
                lines.extend(self.list_lines(child))
            elif kind not in _SKIPPED and kind != "caption" and len(child):
                lines.extend(self.box_lines(child))
        self.depth -= 1
        return lines


def _chosen(element, depth=0):
    """The children of ``element`` with each ``hp:switch`` (OWPML's alternative content: the same
    object written for readers that know a newer namespace, and again for those that do not) replaced
    by the children of its first branch, so that the object is read once."""
    for child in element:
        if _local(child.tag) != "switch":
            yield child
            continue
        branches = [b for b in child if _local(b.tag) == "case"] + _children(child, "default")
        if branches and depth < MAX_DEPTH:
            yield from _chosen(branches[0], depth + 1)


def _package_date(package) -> datetime.date | None:
    """The document's own date from the package metadata (content.hpf)."""
    if package is None:
        return None
    values = {}
    for element in package.iter():
        tag = _local(element.tag)
        key = element.get("name") if tag == "meta" else tag
        if key and element.text and element.text.strip():
            values.setdefault(key, element.text.strip())
    return document_date(values)
