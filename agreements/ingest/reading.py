"""Bytes of an uploaded or pasted document to text, or a refusal that says why.

Accepted: UTF-8 with or without a BOM, and CP949 (which includes EUC-KR) — tried in that order with
strict decoding, so a CP949 file is never mangled into UTF-8 replacement characters. UTF-16 with a BOM
(what Windows Notepad writes as "Unicode") is decoded too, because the BOM makes it unambiguous.
Line ends are normalised to LF (CRLF and lone CR both).

Refused with ``DocumentError`` (one line naming the file and the reason, in Korean): an empty or
whitespace-only document; one larger than ``max_bytes`` (2 MiB by default, ``settings.INGEST_MAX_BYTES``
in the Django commands — a newspaper page is about 10 KB, so anything this large is not a document we
can read); binary data (NUL bytes or other control characters), named when its first bytes say what it
is (a PNG, a ZIP, a PDF …); UTF-16 without a BOM (recognised by its pattern of NUL bytes); bytes that
are neither valid UTF-8 nor valid CP949.

A web page (``sniff_html``: told by its content, whatever its name) is read as its article
(``webpage.py``): ``read_source`` gives its main text and the publication date of its metadata; a page
with no article text is refused.

``read_path`` reads a file from disk without ever holding more than ``max_bytes + 1`` of it, so a
2 GB file is refused for its size before it is read whole. Given ``max_file_bytes``, a file whose first
bytes say it is a native document (PDF, HWP, HWPX: ``NATIVE_MAGIC``) is held to that larger limit
instead; ``native.read_file`` is the entry point that reads every kind.
"""

from __future__ import annotations

import codecs
import datetime
import errno
import os
import re

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# A native document (a newspaper PDF, an HWP with its pictures) is mostly not text: several MB is usual.
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
UTF8_PREFIX_BYTES = 64  # valid UTF-8 this long before a bad byte: the file is UTF-8, damaged

# C0 controls except TAB, LF, VT, FF, CR; plus DEL and the C1 block, which text never needs.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_COMMON = re.compile(
    "[\t\n\r\x20-\x7e\u00b7\u2010-\u206f\u2100-\u27bf\u3000-\u303f"
    "\u3130-\u318f\u3200-\u33ff\u4e00-\u9fff\uff01-\uff5e]"
)  # ASCII, punctuation, symbols (△ ㈜ ㎡ ①), Hanja


# What a binary file's first bytes say it is, for a refusal that names it.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG 그림"),
    (b"\xff\xd8\xff", "JPEG 그림"),
    (b"GIF8", "GIF 그림"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP 압축(또는 HWPX·DOCX)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "HWP·DOC 같은 OLE 문서"),
    (b"\x1f\x8b", "GZIP 압축"),
)
# The first bytes of the documents read as they are (native.py): PDF, HWPX (a zip), HWP 5.0 (OLE).
NATIVE_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
MAGIC_BYTES = 8
# A web page: its doctype or <html> near the start, or markup of many elements through the text.
# Press releases put Korean in angle brackets ('<사진>', '<저작권자 ©…>'); those are not tags.
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|meta|title|div|p|br|span|table|tr|td|ul|li|a|img|script|style|link|h[1-6])(?:\s[^<>]*)?/?>",
    re.I,
)
HTML_MIN_TAGS = 5


class DocumentError(ValueError):
    """A document that cannot be read; ``str()`` is one line naming the file and the reason."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


def check_size(size: int, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse a document of ``size`` bytes over the limit, before anything reads it."""
    if size > max_bytes:
        raise DocumentError(name, f"파일이 너무 큽니다 ({size:,}바이트, 한도는 {max_bytes:,}바이트).")


def size_limit(head: bytes, max_bytes: int, max_file_bytes: int | None) -> int:
    """The size limit of a document whose first bytes are ``head``: ``max_file_bytes`` for a native
    document (when given), ``max_bytes`` for text."""
    if max_file_bytes is not None and head.startswith(NATIVE_MAGIC):
        return max_file_bytes
    return max_bytes


def read_path(
    path: str | os.PathLike, name: str, max_bytes: int = DEFAULT_MAX_BYTES, max_file_bytes: int | None = None
) -> bytes:
    """A file's bytes, read only when within its limit (at most limit + 1 bytes are ever read): ``max_bytes``
    for text, ``max_file_bytes`` (when given) for a file whose first bytes say it is a native document."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(MAGIC_BYTES)
            limit = size_limit(head, max_bytes, max_file_bytes)
            check_size(os.fstat(handle.fileno()).st_size, name, limit)
            data = head + handle.read(limit + 1 - len(head))  # a file that grew since, or a pipe, is still bounded
    except IsADirectoryError:
        raise DocumentError(name, "파일이 아니라 폴더입니다.") from None
    except OSError as exc:
        raise DocumentError(name, f"파일을 읽을 수 없습니다 ({_os_reason(exc)}).") from None
    check_size(len(data), name, limit)
    return data


def _os_reason(exc: OSError) -> str:
    reasons = {errno.ENOENT: "없는 파일", errno.EACCES: "읽기 권한 없음", errno.EISDIR: "폴더"}
    return reasons.get(exc.errno, f"오류 번호 {exc.errno}")


def read_document(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a document's bytes to text with LF line ends (a web page's article), or raise
    ``DocumentError``."""
    return read_source(data, name, max_bytes)[0]


def read_source(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, datetime.date | None]:
    """(text, publication date) of a document: a web page's article and the date its metadata gives,
    or a text document and None; raises ``DocumentError``."""
    text, published, _ = read_text(data, name, max_bytes)
    return text, published


def read_text(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, datetime.date | None, bool]:
    """As ``read_source``, and whether the document was a web page."""
    check_size(len(data), name, max_bytes)
    if not data.strip():
        raise DocumentError(name, "빈 문서입니다.")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise DocumentError(name, "제어 문자가 든 이진 파일입니다. 텍스트 문서가 아닙니다.")
    if not text.strip():
        raise DocumentError(name, "빈 문서입니다.")
    if sniff_html(text):
        from .webpage import read_web_page  # trafilatura is loaded only for a page

        page = read_web_page(text, name)
        return page.text, page.published, True
    return text, None, False


def sniff_html(text: str) -> bool:
    """True when the text is a web page (markup), not a document written as plain text."""
    if _HTML_START.match(text[:4096]):
        return True
    return len(_HTML_TAG.findall(text, 0, 65536)) >= HTML_MIN_TAGS


def _binary_kind(data: bytes) -> str:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"{kind} 파일입니다. 텍스트 문서가 아닙니다."
    return "NUL 바이트가 든 이진 파일입니다. 텍스트 문서가 아닙니다."


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    for magic, _ in _MAGIC:
        if data.startswith(magic):
            raise DocumentError(name, _binary_kind(data))
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise DocumentError(name, _UTF16_NO_BOM)
        raise DocumentError(name, _binary_kind(data))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_korean(text):
        return text
    if _decodes_as_utf16(data):
        raise DocumentError(name, _UTF16_NO_BOM)
    if utf8_error >= UTF8_PREFIX_BYTES and _plausible_korean(data[:utf8_error].decode("utf-8")):
        # Mostly good UTF-8 with a bad byte further on: say where, rather than "not UTF-8".
        raise DocumentError(name, f"{utf8_error}번째 바이트가 UTF-8로 읽히지 않습니다 (손상되거나 잘린 파일인가요?).")
    if text is None:
        raise DocumentError(name, "UTF-8로도 CP949/EUC-KR로도 읽히지 않는 바이트가 있습니다.")
    raise DocumentError(name, "UTF-8이 아니고, CP949로 읽으면 한국어 글이 되지 않습니다.")


_UTF16_NO_BOM = "바이트 순서 표시(BOM) 없는 UTF-16입니다. UTF-8로 저장해 주세요."


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(name, f"{exc.start}번째 바이트가 {encoding.upper()}로 읽히지 않습니다.") from None


def _looks_like_utf16(data: bytes) -> bool:
    """ASCII or Hangul in UTF-16 puts NULs at every other byte (ASCII) on one side."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    nul_even = even.count(0) / max(len(even), 1)
    nul_odd = odd.count(0) / max(len(odd), 1)
    return max(nul_even, nul_odd) > 0.2 and min(nul_even, nul_odd) < 0.05


def _decodes_as_utf16(data: bytes) -> bool:
    """Hangul-only UTF-16 has no NUL bytes; it shows itself by decoding to plausible Korean."""
    if len(data) % 2:
        return False
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_korean(text):
            return True
    return False


def _plausible_korean(text: str) -> bool:
    """Random bytes often decode as CP949; real Korean text is mostly Hangul, ASCII and spaces."""
    hangul = len(_HANGUL.findall(text))
    common = hangul + len(_COMMON.findall(text))
    return hangul > 0 and not _CONTROL.search(text) and common >= 0.9 * len(text)
