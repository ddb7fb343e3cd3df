"""PDFs drawn as other programs draw them (tests/pdf_drawn.py): a justified release wrapped between
words and once between a number and its unit, a page turned by /Rotate, and text set glyph by glyph."""

import pytest

from agreements.ingest import read_file
from agreements.ingest.pdf import read_pdf
from tests.pdf_drawn import GlyphCanvas, glyph_release_pdf, justified_release_pdf, turned, word_wrap
from tests.pdf_files import Headline, Para, Photo, newspaper
from tests.test_pdf_producers import OFFICE_RELEASE

# Invented releases: no real names, places or figures.
CENTRE = [
    "□ 한빛군(군수 오세린)은 3일 군청 소회의실에서 다온물산㈜과 '농산물 가공센터 건립 업무협약'을 맺었다고 "
    "밝혔다. 협약에 따라 다온물산은 2029년까지 총 사업비 1,200억원을 들여 군 산업단지에 가공센터를 짓고 "
    "주민 150명을 새로 뽑는다.",
    "□ 군은 부지 조성과 인허가 절차를 돕고, 회사는 지역 농가와 해마다 계약 재배 물량을 늘려 가기로 했다. "
    '오세린 군수는 "농가 소득을 높이는 좋은 본보기가 되길 바란다"고 말했다.',
]
SHARE = [
    "□ 다온물산은 해마다 계약 재배로 사들이는 원료 가운데 지역 농가의 몫을 늘려, 연간 전체 물량 1,200 "
    "가운데 800을 군내 농가에서 사기로 했다. 군은 농가마다 재배 기술을 가르치고 저온 창고를 새로 지어 "
    "주기로 했다.",
    *CENTRE[1:],
]


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def release(texts, width, justify=True):
    lines = [word_wrap(text, width) for text in texts]
    data = justified_release_pdf("한빛군, 가공센터 협약", lines, width, justify)
    return lines, read_pdf(data, "release.pdf").text


def test_it_joins_a_number_and_its_unit_split_at_the_end_of_a_full_line():
    """A release wrapped between words breaks a line once between '1,200' and '억원을' (its line
    breaker may): the line is full, so the amount is read whole."""
    lines, text = release(CENTRE, 290.0)
    assert any(line.endswith("1,200") for line in lines[0]), "the layout was meant to break after 1,200"
    assert paragraphs(text) == ["한빛군, 가공센터 협약", *CENTRE]


def test_it_keeps_the_space_after_a_number_where_the_line_stopped_short_of_the_edge():
    """'물량 1,200 가운데' in a release set flush left: the line ends at the number more than a
    character short of the column's edge, so it broke at a word space and the space stays."""
    lines, text = release(SHARE, 260.0, justify=False)
    assert any(line.endswith("1,200") for line in lines[0]), "the layout was meant to break after 1,200"
    assert "연간 전체 물량 1,200 가운데 800을" in text


def test_it_joins_a_number_and_its_unit_that_an_office_program_wrapped_apart():
    """LibreOffice broke '450|억원을' at a line end of a justified release (tests/data/office-release.pdf,
    the only real file here); the amount reads whole."""
    text = read_file(OFFICE_RELEASE.read_bytes(), "release.pdf").text

    assert "2028년까지 450억원을 들여" in text


CARE = (
    "한빛군은 올해 하반기부터 마을 돌봄센터 운영시간을 저녁 아홉시까지 늘리고, 주말에도 문을 열어 "
    "맞벌이 가정의 아이들을 돌보기로 했다. 군은 이를 위해 돌봄교사 스물네명을 새로 뽑고, 읍면마다 "
    "하나씩 있는 센터의 낡은 시설을 고치는 데 예산을 들인다."
)
PAGE = [
    Headline("한빛군, 마을 돌봄센터 저녁까지 연다", span=True),
    Para("1번째 문단입니다. " + CARE, photo=Photo("돌봄교사들이 아이들과 책을 읽고 있다.")),
    *(Para(f"{n}번째 문단입니다. " + CARE) for n in range(2, 13)),
]


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_it_reads_a_page_turned_by_rotate_as_a_viewer_shows_it(degrees):
    """A landscape page kept as a portrait one with /Rotate: its text is drawn turned, and reads as
    shown: the headline, then each column top to bottom, a split word joined, the caption dropped."""
    made = newspaper(PAGE, columns=2, pagesize=(600.0, 500.0), writer=turned(degrees))

    text = read_pdf(made.data, "page.pdf").text

    assert {column for _, column, _ in made.drawn} == {0, 1}
    assert paragraphs(text) == [item.text for item in PAGE]


def test_it_reads_text_set_glyph_by_glyph_as_ordinary_lines():
    """Each character its own text object at its own place (Hancom Office's PDF export) reads as
    the same page set in runs does."""
    made = newspaper(PAGE, columns=2, pagesize=(600.0, 500.0), writer=GlyphCanvas)

    assert paragraphs(read_pdf(made.data, "page.pdf").text) == [item.text for item in PAGE]


def test_it_reads_a_justified_release_set_glyph_by_glyph_without_space_characters():
    """Word spaces only as gaps, widened by justification: each is one space, no line end glues two
    words, and '1,200|억원을' broken at a full line is one amount."""
    lines = [word_wrap(text, 290.0) for text in CENTRE]

    text = read_pdf(glyph_release_pdf("한빛군, 가공센터 협약", lines, 290.0), "release.pdf").text

    assert paragraphs(text) == ["한빛군, 가공센터 협약", *CENTRE]
