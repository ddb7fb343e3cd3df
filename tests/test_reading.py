"""Decoding documents: the encodings we accept and the files we refuse, with the reason."""

import codecs
import os

import pytest

from agreements.ingest import DocumentError, read_document, read_path, sniff_html

TEXT = "해오름군은 지난 3일 군청에서 투자협약을 체결했다.\n군은 행정 지원을 약속했다."


def test_it_reads_utf8():
    """Plain UTF-8 is read as is."""
    assert read_document(TEXT.encode("utf-8"), "a.txt") == TEXT


def test_it_strips_a_utf8_bom():
    """A UTF-8 byte-order mark is not part of the text."""
    assert read_document(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt") == TEXT


def test_it_reads_cp949():
    """CP949 (and so EUC-KR) bytes are decoded, not mangled."""
    assert read_document(TEXT.encode("cp949"), "a.txt") == TEXT


def test_it_reads_euc_kr():
    """EUC-KR is a subset of CP949."""
    assert read_document(TEXT.encode("euc-kr"), "a.txt") == TEXT


def test_it_normalises_crlf_and_cr_line_ends():
    """Windows and old Mac line ends become LF."""
    data = "첫째 줄\r\n둘째 줄\r셋째 줄".encode()
    assert read_document(data, "a.txt") == "첫째 줄\n둘째 줄\n셋째 줄"


def test_it_reads_utf16_with_a_bom():
    """UTF-16 with a BOM is unambiguous, so it is accepted."""
    assert read_document(TEXT.encode("utf-16"), "a.txt") == TEXT


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t "])
def test_it_refuses_an_empty_document(data):
    """Nothing but whitespace is refused, naming the file."""
    with pytest.raises(DocumentError, match=r"^empty\.txt: 빈 문서입니다\.$"):
        read_document(data, "empty.txt")


def test_it_refuses_binary_data():
    """A JPEG is named as what it is."""
    with pytest.raises(DocumentError, match=r"^photo\.jpg: JPEG 그림 파일입니다"):
        read_document(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + os.urandom(64), "photo.jpg")


def test_it_refuses_control_characters():
    """Control characters other than tab and line ends are not text."""
    with pytest.raises(DocumentError, match="제어 문자가 든 이진 파일"):
        read_document("협약\x07체결".encode(), "bell.txt")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_it_refuses_utf16_without_a_bom(encoding):
    """UTF-16 without a BOM is recognised by its NUL pattern and refused with advice."""
    with pytest.raises(DocumentError, match=r"^u16\.txt: 바이트 순서 표시\(BOM\) 없는 UTF-16입니다"):
        read_document(TEXT.encode(encoding), "u16.txt")


def test_it_refuses_undecodable_bytes():
    """Bytes that are neither UTF-8 nor CP949 are refused."""
    with pytest.raises(DocumentError, match=r"^bad\.txt: UTF-8로도 CP949/EUC-KR로도 읽히지 않는"):
        read_document(b"\xc9\xff\xfe\xc9\xff\xfe", "bad.txt")


def test_it_refuses_a_document_over_the_size_limit():
    """The limit is checked before decoding; the message gives both sizes."""
    with pytest.raises(
        DocumentError, match=r"^big\.txt: 파일이 너무 큽니다 \(1,025바이트, 한도는 1,024바이트\)\.$"
    ):
        read_document(b"a" * 1025, "big.txt", max_bytes=1024)


def test_its_error_is_one_line_naming_the_file():
    """str() of the error is a single line with the file name first."""
    with pytest.raises(DocumentError) as info:
        read_document(b"", "dir/report.txt")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("dir/report.txt: ")


def test_it_says_where_a_damaged_utf8_file_goes_wrong():
    """Good UTF-8 followed by a broken sequence is reported with the byte offset."""
    data = (TEXT * 3).encode("utf-8")
    with pytest.raises(DocumentError, match=rf"^cut\.txt: {len(data)}번째 바이트가 UTF-8로 읽히지 않습니다 "):
        read_document(data + "협".encode()[:2], "cut.txt")


SIGNED = "한빛시는 지난 5일 시청에서 새솔전자㈜와 3007억원 규모의 투자협약을 체결했다고 6일 밝혔다."


@pytest.mark.parametrize(
    "text",
    [
        f"<!DOCTYPE html><html><head><title>협약</title></head><body><p>{SIGNED}</p></body></html>",
        f"  <html lang='ko'>\n<body><p>{SIGNED}</p></body></html>",
        f"<div><h2>한빛시 협약</h2><p>{SIGNED}</p><p>3007억원 투입</p><span>기자</span><br></div>",
    ],
)
def test_it_reads_a_web_page_as_its_article(text):
    """An HTML page, whatever its name, is read as its article: the words without the tags."""
    read = read_document(text.encode(), "page.txt")
    assert SIGNED in read
    assert "<" not in read


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head><title>한빛일보</title></head><body></body></html>",
        "<div class='menu'><ul><li><a href='/'>홈</a></li><li><a href='/p'>정치</a></li>"
        "<li><a href='/e'>경제</a></li><li><a href='/s'>사회</a></li></ul></div>",
    ],
)
def test_it_refuses_a_web_page_with_no_article(text):
    """A page of menus and links has no article to read: refused in one Korean line."""
    with pytest.raises(DocumentError, match=r"^page\.txt: 웹 페이지에서 기사 본문을 찾지 못했습니다\.$"):
        read_document(text.encode(), "page.txt")


def test_korean_in_angle_brackets_is_not_html():
    """Press releases write '<사진>' and '<저작권자 ©…>'; a stray <b> or two is not a web page either."""
    text = "<사진> 한빛시 협약\n\n한빛시는 <b>새솔전자</b>와 협약을 맺었다.\n<저작권자 © 한빛일보>\n"
    assert not sniff_html(text)
    assert read_document(text.encode(), "release.txt") == text


def test_read_path_refuses_a_file_by_its_size_before_reading_it(tmp_path):
    """The size is taken from the file system: a sparse 64 MiB file is never read."""
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(DocumentError, match=r"^big\.txt: 파일이 너무 큽니다 \(67,108,864바이트"):
        read_path(big, "big.txt", max_bytes=1024)


def test_read_path_reads_a_file_within_the_limit(tmp_path):
    """A file at the limit is read whole."""
    path = tmp_path / "ok.txt"
    path.write_bytes(b"a" * 1024)
    assert read_path(path, "ok.txt", max_bytes=1024) == b"a" * 1024
