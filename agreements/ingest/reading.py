"""Bytes of an uploaded or pasted document to text, or a refusal that says why.

Accepted: UTF-8 with or without a BOM, and CP949 (which includes EUC-KR) — tried in that order with
strict decoding, so a CP949 file is never mangled into UTF-8 replacement characters. UTF-16 with a BOM
(what Windows Notepad writes as "Unicode") is decoded too, because the BOM makes it unambiguous.
Line ends are normalised to LF (CRLF and lone CR both).

Refused with ``DocumentError`` (one line naming the file and the reason): an empty or whitespace-only
document; one larger than ``max_bytes`` (2 MiB by default, ``settings.INGEST_MAX_BYTES`` in the Django
commands — a newspaper page is about 10 KB, so anything this large is not a document we can read);
binary data (NUL bytes or other control characters); UTF-16 without a BOM (recognised by its pattern
of NUL bytes); and bytes that are neither valid UTF-8 nor valid CP949.
"""

from __future__ import annotations

import codecs
import re

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

# C0 controls except TAB, LF, VT, FF, CR; plus DEL and the C1 block, which text never needs.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_UNLIKELY = re.compile("[\u3400-\u4dbf\ue000-\uf8ff]")  # CJK extension A, private use


class DocumentError(ValueError):
    """A document that cannot be read; ``str()`` is one line naming the file and the reason."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


def read_document(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode a document's bytes to text with LF line ends, or raise ``DocumentError``."""
    if len(data) > max_bytes:
        raise DocumentError(name, f"too large ({len(data):,} bytes; the limit is {max_bytes:,} bytes)")
    if not data.strip():
        raise DocumentError(name, "the document is empty")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise DocumentError(name, "binary data (control characters), not a text document")
    if not text.strip():
        raise DocumentError(name, "the document is empty")
    return text


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise DocumentError(name, "UTF-16 without a byte-order mark; save it as UTF-8")
        raise DocumentError(name, "binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise DocumentError(name, "not UTF-8 or CP949/EUC-KR text (undecodable bytes)") from None
    if not _plausible_korean(text):
        raise DocumentError(name, "not UTF-8, and as CP949 it does not read as Korean text") from None
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(name, f"invalid {encoding.upper()} at byte {exc.start}") from None


def _looks_like_utf16(data: bytes) -> bool:
    """ASCII or Hangul in UTF-16 puts NULs at every other byte (ASCII) on one side."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    nul_even = even.count(0) / max(len(even), 1)
    nul_odd = odd.count(0) / max(len(odd), 1)
    return max(nul_even, nul_odd) > 0.2 and min(nul_even, nul_odd) < 0.05


def _plausible_korean(text: str) -> bool:
    """Random bytes often decode as CP949; real Korean text is mostly Hangul and ASCII."""
    hangul = len(_HANGUL.findall(text))
    unlikely = len(_UNLIKELY.findall(text))
    return hangul > 0 and unlikely * 10 < hangul
