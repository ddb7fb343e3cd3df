"""The HWP and HWPX readers on files the tests make (tests/native_files.py): paragraphs, tables,
sections in order, dates, and the control characters of HWP text. No database, no Kiwi."""

import datetime
import struct

import pytest

from agreements.ingest import DocumentError, read_file
from agreements.ingest.hwp import para_text
from agreements.ingest.native import document_date, row_lines
from tests.native_files import HEADER_TEXT, hwp_bytes, hwpx_bytes

BLOCKS = [
    "새솔군, 푸른에너지와 태양광 협약",
    [["구분", "새솔군", "푸른에너지㈜"], ["서명", "오민재 군수", "한지우 대표"]],
    [["일시", "2026. 5. 12.(화) 10:30", "장소", "새솔군청 상황실"]],
    "새솔군은 12일 푸른에너지㈜와 협약을 맺었다.",
]
EXPECTED = [
    "새솔군, 푸른에너지와 태양광 협약",
    "구분 | 새솔군 | 푸른에너지㈜",
    "서명 | 오민재 군수 | 한지우 대표",
    "일시: 2026. 5. 12.(화) 10:30 장소: 새솔군청 상황실",
    "새솔군은 12일 푸른에너지㈜와 협약을 맺었다.",
]


@pytest.mark.parametrize("make", [hwpx_bytes, hwp_bytes], ids=["hwpx", "hwp"])
def test_it_reads_paragraphs_and_tables_as_lines_and_leaves_out_the_page_header(make):
    source = read_file(make(BLOCKS), "release")

    assert source.text.split("\n\n") == [*EXPECTED[:-1], EXPECTED[-1] + "\n"]
    assert HEADER_TEXT not in source.text


@pytest.mark.parametrize("make", [hwpx_bytes, hwp_bytes], ids=["hwpx", "hwp"])
def test_it_reads_the_sections_in_order(make):
    sections = [["첫째 구역의 글."], ["둘째 구역의 글."], ["셋째 구역의 글."]]

    text = read_file(make(None, sections=sections), "release").text

    assert text.index("첫째") < text.index("둘째") < text.index("셋째")


def test_an_hwpx_follows_its_spine_not_the_part_names():
    """content.hpf's spine says the reading order; here it lists section1 before section0."""
    swapped = hwpx_bytes(None, sections=[["나중 글."], ["먼저 글."]], spine=[1, 0])

    text = read_file(swapped, "release").text

    assert text.index("먼저") < text.index("나중")


def test_an_hwp_reads_the_sections_its_document_properties_count():
    """DocInfo says the document has one section: a stream left past it is not read, as Hangul
    does not show it."""
    data = hwp_bytes(None, sections=[["본문 구역의 글."], ["남은 구역의 글."]], declared=1)

    text = read_file(data, "release.hwp").text

    assert "본문 구역의 글." in text
    assert "남은 구역의 글." not in text


@pytest.mark.parametrize(
    ("declared", "reason"),
    [
        (3, "문서 정보에는 구역이 3개인데 본문에 3번째 구역('BodyText/Section2')이 없습니다"),
        (0, "문서 정보에 적힌 구역 수(0개)가 맞지 않습니다"),
        (60_000, "문서 정보에 적힌 구역 수(60,000개)가 맞지 않습니다"),
    ],
    ids=["one-missing", "none", "absurd"],
)
def test_an_hwp_whose_sections_are_fewer_than_its_document_properties_count_is_refused(declared, reason):
    """A section the document counts but the file lacks was lost (a cut or damaged file): one line
    says so, rather than a part of the text read as the whole."""
    data = hwp_bytes(None, sections=[["첫째 구역의 글."], ["둘째 구역의 글."]], declared=declared)

    with pytest.raises(DocumentError) as refused:
        read_file(data, "release.hwp")

    assert str(refused.value).startswith("release.hwp: 손상된 HWP 파일이라 읽을 수 없습니다.")
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_long_hwp_paragraph_uses_the_extended_record_size():
    """A record of 4,095 bytes or more gives its size in the 4 bytes after the header."""
    long = "가" * 3000  # 6,000 bytes of UTF-16

    assert long in read_file(hwp_bytes([long]), "long.hwp").text


def test_hwp_text_drops_controls_by_their_width():
    """Extended and inline controls take 8 code units, 'char' controls one; a tab is a space."""

    def units(*codes):
        return struct.pack(f"<{len(codes)}H", *codes)

    table = units(11) + b"tbl "[::-1] + b"\0" * 8 + units(11)  # an extended control: 8 units
    tab = units(9) + b"\0" * 14  # an inline control: 8 units
    payload = "가".encode("utf-16-le") + table + "나".encode("utf-16-le") + tab + "다".encode("utf-16-le")
    payload += units(24) + "라".encode("utf-16-le") + units(30) + "마".encode("utf-16-le") + units(13)

    assert para_text(payload) == "가나 다-라 마"


def test_hwp_text_keeps_characters_beyond_the_basic_plane():
    payload = "한𠀀글".encode("utf-16-le") + struct.pack("<H", 13)

    assert para_text(payload) == "한𠀀글"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"ModifiedDate": "2026-04-07T23:30:00Z"}, datetime.date(2026, 4, 8)),  # UTC, taken in Korea
        ({"ModifiedDate": "2026-04-07T14:00:00+09:00"}, datetime.date(2026, 4, 7)),
        (  # Hangul's 'date' is the creation time in words: the last save comes first
            {"date": "2026년 3월 4일 수요일 오후 2:31:10", "ModifiedDate": "2026-05-01"},
            datetime.date(2026, 5, 1),
        ),
        ({"date": "2026년 3월 4일 수요일 오후 2:31:10"}, datetime.date(2026, 3, 4)),
        ({"CreatedDate": "2026. 2. 3."}, datetime.date(2026, 2, 3)),
        ({"ModifiedDate": datetime.datetime(2026, 4, 7, 16, 0)}, datetime.date(2026, 4, 8)),
        ({"ModifiedDate": datetime.datetime(1601, 1, 1)}, None),  # an unset FILETIME
        ({"ModifiedDate": "언젠가"}, None),
        ({"ModifiedDate": "2026-02-30"}, None),
    ],
)
def test_the_document_date_is_its_first_date_field_that_reads(values, expected):
    assert document_date(values) == expected


def test_an_hwp_gives_its_last_saved_day_in_korea():
    saved = datetime.datetime(2026, 4, 7, 16, 0, tzinfo=datetime.UTC)

    assert read_file(hwp_bytes(["글."], saved=saved), "release.hwp").published == datetime.date(2026, 4, 8)
    assert read_file(hwp_bytes(["글."]), "release.hwp").published is None


@pytest.mark.parametrize(
    ("cells", "lines"),
    [
        (["일시", "2026. 3. 5.(목) 14:00"], ["일시: 2026. 3. 5.(목) 14:00"]),
        (["○ 장 소:", "시청"], ["○ 장 소: 시청"]),
        (
            ["배포일시", "2026. 3. 6.", "담당부서", "투자유치과"],
            ["배포일시: 2026. 3. 6. 담당부서: 투자유치과"],
        ),
        (["연번", "1", "기업"], ["연번 | 1 | 기업"]),
        (["일시", ""], ["일시"]),
        (["", " "], []),
    ],
)
def test_a_table_row_reads_as_typed_lines(cells, lines):
    assert row_lines(cells) == lines


def test_an_hwpx_named_as_text_is_still_refused_for_what_it_is():
    with pytest.raises(DocumentError, match=r"^note\.txt: 문서에 본문 글자가 없습니다\.$"):
        read_file(hwpx_bytes([" "]), "note.txt")


@pytest.mark.parametrize("nest", ["text box", "table", "alternative content"])
def test_an_hwpx_nested_a_thousand_deep_is_read_without_a_crash(nest):
    """Objects inside objects a thousand deep (a hostile or broken file) stop being read past a bound,
    as in an HWP, instead of overflowing Python's stack: the body text is still read."""
    from tests import hancom_files as hf

    item = hf.t("가장 깊은 곳의 글")
    for _ in range(1000):
        if nest == "text box":
            item = hf.text_box(hf.paragraph(hf.run(item)))
        elif nest == "table":
            item = hf.table([["칸"]]).replace(hf.t("칸"), item)
        else:
            item = hf.switch(item, "")
    body = hf.section(hf.first_paragraph("새봄시와 ㈜가온은 협약을 체결했다."), hf.paragraph(hf.run(item)))

    text = read_file(hf.hancom_hwpx(body), "deep.hwpx").text

    assert text.startswith("새봄시와 ㈜가온은 협약을 체결했다.")
