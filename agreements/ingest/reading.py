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
UTF8_PREFIX_BYTES = 64  # valid UTF-8 this long before a bad byte: the file is UTF-8, damaged

# C0 controls except TAB, LF, VT, FF, CR; plus DEL and the C1 block, which text never needs.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
_COMMON = re.compile(
    "[\t\n\r\x20-\x7e\u00b7\u2010-\u206f\u2100-\u27bf\u3000-\u303f"
    "\u3130-\u318f\u3200-\u33ff\u4e00-\u9fff\uff01-\uff5e]"
)  # ASCII, punctuation, symbols (△ ㈜ ㎡ ①), Hanja


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
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise DocumentError(name, "UTF-16 without a byte-order mark; save it as UTF-8")
        raise DocumentError(name, "binary data (NUL bytes), not a text document")
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
        raise DocumentError(name, "UTF-16 without a byte-order mark; save it as UTF-8")
    if utf8_error >= UTF8_PREFIX_BYTES and _plausible_korean(data[:utf8_error].decode("utf-8")):
        # Mostly good UTF-8 with a bad byte further on: say where, rather than "not UTF-8".
        raise DocumentError(name, f"invalid UTF-8 at byte {utf8_error} (a damaged or truncated file?)")
    if text is None:
        raise DocumentError(name, "not UTF-8 or CP949/EUC-KR text (undecodable bytes)")
    raise DocumentError(name, "not UTF-8, and as CP949 it does not read as Korean text")


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
