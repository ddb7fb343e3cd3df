"""PDFs drawn as other programs draw them (tests/pdf_drawn.py): a justified release wrapped between
words and once between a number and its unit, a page turned by /Rotate, and text set glyph by glyph."""

from agreements.ingest.pdf import read_pdf
from tests.pdf_drawn import justified_release_pdf, word_wrap

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


def release(texts, width):
    lines = [word_wrap(text, width) for text in texts]
    return lines, read_pdf(justified_release_pdf("한빛군, 가공센터 협약", lines, width), "release.pdf").text


def test_it_joins_a_number_and_its_unit_split_at_the_end_of_a_full_line():
    """A release wrapped between words breaks a line once between '1,200' and '억원을' (its line
    breaker may): the line is full, so the amount is read whole."""
    lines, text = release(CENTRE, 290.0)
    assert any(line.endswith("1,200") for line in lines[0]), "the layout was meant to break after 1,200"
    assert paragraphs(text) == ["한빛군, 가공센터 협약", *CENTRE]


def test_it_keeps_the_space_after_a_number_where_the_line_had_room_left():
    """'물량 1,200 가운데': the line ends at the number with room for more than a character once
    justification's extra space is taken out, so it broke at a word space and the space stays."""
    lines, text = release(SHARE, 260.0)
    assert any(line.endswith("1,200") for line in lines[0]), "the layout was meant to break after 1,200"
    assert paragraphs(text) == ["한빛군, 가공센터 협약", *SHARE]
