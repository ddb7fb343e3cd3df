"""PDFs as other producers write them: an office program's two-column release with a table and a
photo caption, read in order; a text layer that does not decode to text refused in one line, not
read as noise.

tests/data/office-release.pdf was made by LibreOffice 7.4.7 (Debian 12, fonts-nanum) from
tests/data/office-release.fodt, a release whose text was written for these tests:
``soffice --headless --convert-to pdf office-release.fodt``. LibreOffice is not needed to run them.
"""

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from agreements.ingest import read_file
from agreements.ingest.reading import DocumentError
from tests.pdf_files import (
    BODY_FONT,
    Headline,
    Para,
    misencoded_pdf,
    newspaper_pdf,
    without_unicode_maps,
    wrap,
)

RELEASE = [
    Headline("새봄시, 다온식품과 물류센터 투자협약"),
    Para("새봄시는 7일 시청 접견실에서 다온식품㈜와 물류센터 건립 투자협약을 맺었다고 8일 밝혔다."),
    Para("회사는 2028년까지 450억원을 들여 산업단지에 물류센터를 짓고 지역 주민 120명을 채용한다."),
]
OFFICE_RELEASE = Path(__file__).resolve().parent / "data" / "office-release.pdf"
GARBLED = r"^release\.pdf: 글자 층이 깨진 PDF입니다\(글자 [\d,]+자 가운데 [\d,]+자가 .*OCR\(광학 문자 인식\)"


def test_a_pdf_whose_fonts_have_no_unicode_map_is_refused_not_read_as_noise():
    """Without ToUnicode maps the glyph numbers come out as control characters and stray digits."""
    data = without_unicode_maps(newspaper_pdf(RELEASE))

    with pytest.raises(DocumentError, match=GARBLED) as refused:
        read_file(data, "release.pdf")
    assert "\n" not in str(refused.value)


def test_a_pdf_of_korean_read_in_a_western_encoding_is_refused():
    lines = [item.text for item in RELEASE]

    with pytest.raises(DocumentError, match=GARBLED):
        read_file(misencoded_pdf(lines), "release.pdf")


def test_an_office_programs_two_column_release_is_read_in_order():
    """LibreOffice sets the text in two columns, its 일시/장소 table with bordered cells (a cell's
    text wrapped inside it) and a photo with a small caption under it: the headline comes first, the
    left column before the right, the table row by row as typed, and no caption."""
    paragraphs = read_file(OFFICE_RELEASE.read_bytes(), "release.pdf").text.strip().split("\n\n")

    def at(start: str) -> int:
        return next(k for k, paragraph in enumerate(paragraphs) if paragraph.startswith(start))

    assert at("새봄시, 다온식품과") == 0
    assert at("□ 새봄시는 7") < at("□ 협약에 따라") < at("□ 협약식 개요") < at("일시:") < at("□ 새봄시장은")
    assert paragraphs[at("일시:") : at("일시:") + 3] == [
        "일시: 2026. 4. 7.(화) 14:00",
        "장소: 새봄시청 접견실",
        "참석: 새봄시장, 다온식품㈜ 대표이사 등 12명",
    ]
    assert at("□ 새봄시장은") < at("□ 다온식품 대표는") < at("□ 시는 올해")
    assert not any("협약서를 들어" in paragraph or "▲" in paragraph for paragraph in paragraphs)


def test_an_office_programs_spacing_between_hangul_and_digits_is_not_a_space():
    """LibreOffice sets Hangul and digits a little apart ('450억원' looks like '450 억원') without a
    space character; PDFium fills the gap with one, which broke amounts, dates and areas."""
    text = read_file(OFFICE_RELEASE.read_bytes(), "release.pdf").text

    assert text.startswith("새봄시, 다온식품과 450억원 규모 물류센터 투자협약")
    assert "2028년까지 새봄 제2산업단지에" in text
    assert "새봄시는 7일 시청 접견실에서" in text
    assert "3만2천㎡ 부지에" in text


def cropped_page_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A page as a newspaper's layout program exports it for print: the page is the crop box, and
    outside it, on the sheet, a slug line (edition, page, time of output) and a crop mark's label."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    pdf.setCropBox((40, 40, 555, 802))
    pdf.setFont(BODY_FONT, 7)
    pdf.drawString(45, 20, "새봄일보 2026-04-08 지역 A7면 15:22 출력 편집부")
    pdf.drawString(560, 400, "재단선")
    pdf.setFont(BODY_FONT, 18)
    pdf.drawString(60, 770, title)
    y = 730
    pdf.setFont(BODY_FONT, 10.5)
    for paragraph in paragraphs:
        for line in wrap(paragraph, BODY_FONT, 10.5, 470, 10.5):
            pdf.drawString(60, y, line)
            y -= 16
        y -= 6
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_what_lies_outside_the_crop_box_is_not_read():
    """A slug line and crop-mark labels sit outside the page as shown; read, they also widened the
    column, so that every full line looked short and the paragraph broke at each line end."""
    paragraphs = [
        "새봄시는 7일 시청 접견실에서 다온식품과 물류센터 건립 투자협약을 맺었다고 8일 밝혔다. "
        "회사는 2028년까지 450억원을 들여 산업단지에 물류센터를 짓는다.",
        "시는 인허가와 기반시설을 지원하고, 회사는 지역 주민 120명을 먼저 채용하기로 했다.",
    ]

    text = read_file(cropped_page_pdf("새봄시, 다온식품과 물류센터 투자협약", paragraphs), "page.pdf").text

    assert text == "새봄시, 다온식품과 물류센터 투자협약\n\n" + "\n\n".join(paragraphs) + "\n"
