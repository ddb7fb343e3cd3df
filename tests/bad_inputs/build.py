"""Writes the bad-input corpus of this folder; run it after changing a case: `python -m tests.bad_inputs.build`.

Each case is a file that `manage.py ingest` (and `extract`, and the admin import, where they take
it) must refuse with one line and leave the database as it was, or, for the few in BOUNDED, save
with every value cut to its column. `manifest.py` says what each refusal must say. Cases too large
to commit (a file over the size limit, a sparse 'huge' file, deep nesting) are made at test time
by tests/test_bad_inputs.py.
"""

import codecs
import copy
import io
import json
import sys
import zipfile
import zlib
from pathlib import Path

from tests import native_files

HERE = Path(__file__).resolve().parent

RELEASE = (
    "한빛시, 새솔전자와 투자협약\n\n"
    "한빛시는 지난 5일 시청에서 새솔전자㈜와 3007억원 규모의 투자협약을 체결했다고 6일 밝혔다.\n"
    "새솔전자는 2027년까지 공장을 완공할 계획이다.\n\n"
    "김하늘 기자\n"
)

# A small extraction that loads (tests/test_bad_inputs.py loads it first): each JSON case breaks one thing.
BASE = {
    "file": "hanbit.txt",
    "sha256": "0" * 63 + "1",
    "published": "2026-03-06",
    "articles": [
        {
            "headline": "한빛시, 새솔전자와 투자협약",
            "subheadline": None,
            "byline": "김하늘 기자",
            "text": RELEASE,
            "is_agreement": True,
            "agreements": [
                {
                    "title": "새솔전자 공장 투자협약",
                    "kind": "investment",
                    "signed_on": "2026-03-05",
                    "signed_on_text": "지난 5일",
                    "place": "시청",
                    "location": None,
                    "parties": [
                        {"name": "한빛시", "kind": "government", "role": "party", "aliases": [], "span": [0, 3]},
                        {"name": "새솔전자㈜", "kind": "company", "role": "party", "aliases": ["새솔전자"]},
                    ],
                    "budgets": [{"amount_krw": 300_700_000_000, "text": "3007억원", "source": None, "span": [40, 45]}],
                    "targets": [{"text": "2027년까지 공장을 완공", "due": "2027", "value": None, "unit": None}],
                    "commitments": [{"party": "새솔전자㈜", "text": "공장을 완공한다"}],
                    "people": [{"name": "김철수", "title": "시장", "org": "한빛시"}],
                }
            ],
        }
    ],
}


def _json_case(change):
    data = copy.deepcopy(BASE)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _set(path, value):
    """A change that sets data[...path...] = value; path keys and indexes from the top."""

    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


A = ("articles", 0)
G = (*A, "agreements", 0)


def _png():
    def chunk(kind, body):
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def _zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("release.txt", RELEASE)
    return buffer.getvalue()


def _docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document><w:t>{RELEASE}</w:t></w:document>')
    return buffer.getvalue()


RELEASE_BLOCKS = [line for line in RELEASE.split("\n") if line]
HWP_MADE = native_files.hwp_bytes(RELEASE_BLOCKS)
HWPX_MADE = native_files.hwpx_bytes(RELEASE_BLOCKS)
# deflate that expands to past hwpx.MAX_MEMBER_BYTES (16 MiB) of XML: about 17 KB on disk
BOMB_XML = b'<?xml version="1.0"?><hs:sec xmlns:hs="s">' + b" " * (17 * 1024 * 1024) + b"</hs:sec>"
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE sec [<!ENTITY a "하하하하하하하하하하">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    '<hs:sec xmlns:hs="s" xmlns:hp="p"><hp:p><hp:run><hp:t>&c;</hp:t></hp:run></hp:p></hs:sec>'
).encode()


def _hwpx_with_section(section: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("Contents/section0.xml", section)
    return buffer.getvalue()


def _damaged(data: bytes, marker: bytes) -> bytes:
    """The bytes with the 64 after ``marker`` (a member's compressed data) overwritten."""
    at = data.index(marker) + len(marker)
    return data[:at] + b"\xff" * 64 + data[at + 64 :]


# Web pages with no article: a front page of links, a menu fragment, an XHTML list of headlines.
PAGE = (
    "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>한빛일보</title></head>\n"
    "<body><nav><ul><li><a href=\"/\">홈</a></li><li><a href=\"/p\">정치</a></li><li><a href=\"/e\">경제</a>"
    "</li></ul></nav>\n<ul><li><a href=\"/a/1\">한빛시, 새솔전자와 투자협약</a></li><li><a href=\"/a/2\">"
    "한빛시의회 추경 의결</a></li></ul></body></html>\n"
)
FRAGMENT = (
    "<div class=\"menu\"><ul><li><a href=\"/\">홈</a></li><li><a href=\"/p\">정치</a></li>"
    "<li><a href=\"/e\">경제</a></li><li><a href=\"/s\">사회</a></li></ul></div>\n"
)
KOREAN = RELEASE * 4

# name: bytes. The JSON cases are a valid extraction with one thing broken.
FILES = {
    # --- documents (ingest, extract, and the admin import) --------------------------------------
    "empty.txt": b"",
    "whitespace.txt": b"  \n\r\n\t  \n",
    "nul-bytes.bin": b"\x00\x01\x02\x03binary\x00\x00" * 8,
    "photo.png": _png(),
    "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)),
    "release.zip": _zip(),
    "scan.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n",
    "release.hwp": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
    "release.txt.gz": b"\x1f\x8b\x08\x00" + zlib.compress(RELEASE.encode()),
    # native documents that cannot be read (made by tests/native_files.py)
    "release-password.hwp": native_files.hwp_bytes(RELEASE_BLOCKS, flags=native_files.COMPRESSED | native_files.PASSWORD),
    "release-distribution.hwp": native_files.hwp_bytes(
        RELEASE_BLOCKS, flags=native_files.COMPRESSED | native_files.DISTRIBUTION
    ),
    "release-hwp3.hwp": native_files.hwp_bytes(RELEASE_BLOCKS, version=(3, 0, 0, 0)),
    "release-truncated.hwp": HWP_MADE[:2048],
    "release-bad-deflate.hwp": native_files.cfb_bytes(
        {"FileHeader": native_files.file_header(native_files.COMPRESSED), "BodyText/Section0": b"\xff" * 300}
    ),
    "release-no-body.hwp": native_files.cfb_bytes({"FileHeader": native_files.file_header(native_files.COMPRESSED)}),
    "sheet.xls": native_files.cfb_bytes({"Workbook": b"\x09\x08" + b"\0" * 64}),
    "release.docx": _docx(),
    "release-truncated.hwpx": HWPX_MADE[: len(HWPX_MADE) // 2],
    "release-damaged.hwpx": _damaged(HWPX_MADE, b"Contents/section0.xml"),
    "bomb.hwpx": _hwpx_with_section(BOMB_XML),
    "entities.hwpx": _hwpx_with_section(LAUGHS),
    "blank.hwpx": native_files.hwpx_bytes(["   ", [["", ""]]]),
    "utf16le-no-bom.txt": ("Press release: " + RELEASE).encode("utf-16-le"),
    "utf16be-hangul-only.txt": "".join(c for c in RELEASE if "가" <= c <= "힣").encode("utf-16-be"),
    "undecodable.txt": b"\xc9\xff\xfe\xc9\xff\xfe\x80\x81\xff" * 4,
    "damaged-utf8.txt": KOREAN.encode("utf-8") + "협약".encode()[:4],
    "bad-after-utf8-bom.txt": codecs.BOM_UTF8 + "협약".encode() + b"\xff\xfe\xfd",
    "bad-after-utf16-bom.txt": codecs.BOM_UTF16_LE + "협약".encode("utf-16-le") + b"\x00\xd8",
    "control-characters.txt": ("한빛시 협약\x07 체결\x1b[31m\n" + RELEASE).encode("utf-8"),
    "page.html": PAGE.encode("utf-8"),
    "fragment.txt": FRAGMENT.encode("utf-8"),
    "xhtml.txt": ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                  "<body><ul><li><a href=\"/a/1\">한빛시, 새솔전자와 투자협약</a></li></ul></body></html>").encode(),
    "page-cp949.html": PAGE.replace("utf-8", "euc-kr").encode("cp949"),
    # --- extraction files (ingest FILE.json) -------------------------------------------------------
    "invalid.json": b'{"articles": [ {"headline": "\xed\x95\x9c\xeb\xb9\x9b" ',
    "not-utf8.json": json.dumps(BASE, ensure_ascii=False).encode("cp949"),
    "top-level-list.json": b"[]",
    "top-level-string.json": '"협약"'.encode(),
    "no-articles.json": b"{}",
    "articles-object.json": _json_case(_set(("articles",), {"0": {}})),
    "article-number.json": _json_case(_set(("articles",), [1])),
    "agreements-string.json": _json_case(_set((*A, "agreements"), "새솔전자 공장 투자협약")),
    "headline-number.json": _json_case(_set((*A, "headline"), 2026)),
    "title-list.json": _json_case(_set((*G, "title"), ["새솔전자", "투자협약"])),
    "no-title-no-headline.json": _json_case(lambda d: (_set((*G, "title"), "")(d), _set((*A, "headline"), None)(d))),
    "unknown-kind.json": _json_case(_set((*G, "kind"), "treaty")),
    "party-string.json": _json_case(_set((*G, "parties"), ["한빛시"])),
    "party-null.json": _json_case(_set((*G, "parties"), [None])),
    "party-name-number.json": _json_case(_set((*G, "parties", 0, "name"), 123)),
    "party-name-too-long.json": _json_case(_set((*G, "parties", 0, "name"), "한빛" * 101)),
    "aliases-string.json": _json_case(_set((*G, "parties", 1, "aliases"), "새솔전자")),
    "unknown-role.json": _json_case(_set((*G, "parties", 0, "role"), "overlord")),
    "span-one-number.json": _json_case(_set((*G, "parties", 0, "span"), [3])),
    "span-strings.json": _json_case(_set((*G, "budgets", 0, "span"), ["40", "45"])),
    "span-negative.json": _json_case(_set((*G, "budgets", 0, "span"), [-5, 3])),
    "span-beyond-integer.json": _json_case(_set((*G, "budgets", 0, "span"), [0, 2**40])),
    "spans-list.json": _json_case(_set((*G, "spans"), [[0, 3]])),
    "amount-string.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), "3007억원")),
    "amount-float.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), 300700000000.5)),
    "amount-bool.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), True)),
    "amount-null.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), None)),
    "amount-negative.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), -300_000_000)),
    "amount-999999jo.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), 999_999 * 10**12)),
    "amount-beyond-bigint.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), 2**64)),
    "amount-thousands-of-digits.json": _json_case(_set((*G, "budgets", 0, "amount_krw"), 0)).replace(
        b'"amount_krw": 0', b'"amount_krw": ' + b"9" * 5000
    ),
    "unknown-source.json": _json_case(_set((*G, "budgets", 0, "source"), "lottery")),
    "budget-null.json": _json_case(_set((*G, "budgets"), [None])),
    "published-impossible.json": _json_case(_set(("published",), "2026-13-45")),
    "published-number.json": _json_case(_set(("published",), 20260306)),
    "signed-on-impossible.json": _json_case(_set((*G, "signed_on"), "2026-02-30")),
    "due-words.json": _json_case(_set((*G, "targets", 0, "due"), "언젠가")),
    "due-number.json": _json_case(_set((*G, "targets", 0, "due"), 2027)),
    "value-nan.json": _json_case(_set((*G, "targets", 0, "value"), 0)).replace(b'"value": 0', b'"value": NaN'),
    "value-string.json": _json_case(_set((*G, "targets", 0, "value"), "많이")),
    "value-too-large.json": _json_case(_set((*G, "targets", 0, "value"), 10**17)),
    "unit-too-long.json": _json_case(_set((*G, "targets", 0, "unit"), "제곱미터" * 6)),
    "commitments-object.json": _json_case(_set((*G, "commitments"), {"새솔전자㈜": "공장을 완공한다"})),
    "commitment-text-number.json": _json_case(_set((*G, "commitments", 0, "text"), 1)),
    "people-strings.json": _json_case(_set((*G, "people"), ["김철수"])),
    "person-name-too-long.json": _json_case(_set((*G, "people", 0, "name"), "김" * 101)),
    "sha256-not-hex.json": _json_case(_set(("sha256",), "not-a-hash")),
    "nul-in-headline.json": _json_case(_set((*A, "headline"), "한빛시\x00협약")),
    "lone-surrogate.json": _json_case(_set((*A, "byline"), "김하늘 기자")).replace(
        "김하늘 기자".encode(), b"\\ud800"
    ),
    # --- saved, every value cut to its column ------------------------------------------------------
    "long-byline.json": _json_case(_set((*A, "byline"), "김하늘 기자 " + "k" * 290 + "@example.org")),
    "long-everything.json": _json_case(
        lambda d: [
            _set((*A, "headline"), "가" * 400)(d),
            _set((*A, "subheadline"), "나" * 400)(d),
            _set((*A, "byline"), "김하늘 기자 " + "m" * 300 + "@example.org")(d),
            _set((*G, "title"), "협약" * 200)(d),
            _set((*G, "signed_on_text"), "지난" * 100)(d),
            _set((*G, "place"), "시청" * 150)(d),
            _set((*G, "location"), "한빛시" * 150)(d),
            _set((*G, "budgets", 0, "text"), "3007억원 " * 100)(d),
            _set((*G, "targets", 0, "text"), "2027년까지 공장을 완공 " * 60)(d),
            _set((*G, "commitments", 0, "text"), "공장을 완공한다 " * 100)(d),
            _set((*G, "people", 0, "title"), "시장 " * 120)(d),
        ]
    ),
}


def main():
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    print(f"{len(FILES)} files written to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
