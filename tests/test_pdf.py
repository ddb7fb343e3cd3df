"""Reading a PDF page: columns in order, headlines, captions and labels dropped, split words joined."""

import pytest

from agreements.ingest import extract_text
from agreements.ingest.pdf import read_pdf
from agreements.ingest.reading import DocumentError
from tests.compare import plain
from tests.pdf_files import (
    BODY_SIZE,
    Byline,
    Headline,
    Para,
    Photo,
    Sub,
    dense_pdf,
    image_only_pdf,
    many_pages_pdf,
    newspaper,
    newspaper_pdf,
    press_release_pdf,
    text_on_scan_pdf,
)

# Invented articles: no real names, places or figures.
HYDROGEN = [
    Headline("새솔시, 수소 버스 충전소 3곳 짓는다"),
    Sub("한결에너지㈜와 업무협약… 2028년까지 180억원 투입"),
    Para(
        "새솔시는 지난 14일 시청 2층 상황실에서 한결에너지㈜와 '수소 버스 충전 기반 구축 업무협약'을 "
        "체결했다고 밝혔다."
    ),
    Para(
        "이번 협약에 따라 한결에너지는 오는 2028년까지 총 180억원을 들여 새솔시 북구 일원에 수소 충전소 "
        "3곳을 세우고, 시는 부지 확보와 인허가 절차를 돕기로 했다."
    ),
    Para('박서준 새솔시장은 "깨끗한 대중교통으로 가는 첫걸음을 함께 내딛게 됐다"고 말했다.'),
    Byline("최유나 기자"),
]
STARTUP = [
    Headline("푸른군, 청년 창업 공간 문 열어"),
    Para("푸른군은 옛 농협 창고를 고쳐 만든 청년 창업 공간을 이달부터 운영한다고 20일 밝혔다."),
    Para("공간에는 사무실 12곳과 공동 작업장이 들어섰으며, 입주 기업은 2년 동안 임대료를 내지 않는다."),
    Byline("정민호 기자"),
]
LONG = (
    "한빛군은 올해 하반기부터 마을 돌봄센터 운영시간을 저녁 아홉시까지 늘리고, 주말에도 문을 열어 "
    "맞벌이 가정의 아이들을 돌보기로 했다. 군은 이를 위해 돌봄교사 스물네명을 새로 뽑고, 읍면마다 "
    "하나씩 있는 센터의 낡은 시설을 고치는 데 예산을 들인다. "
)


def read(items, **kwargs):
    made = newspaper(items, **kwargs)
    return made, read_pdf(made.data, "page.pdf")


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_it_reads_a_headline_then_its_paragraphs():
    """Headline, sub-headline, each paragraph and the byline on a line of their own."""
    _, document = read(HYDROGEN)
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


@pytest.mark.parametrize("columns", [2, 3])
def test_it_reads_the_columns_left_to_right_under_a_headline_across_them(columns):
    """A headline set across the columns comes first, then each column top to bottom."""
    items = [Headline("한빛군, 마을 돌봄센터 저녁까지 연다", span=True)] + [
        Para(f"{n}번째 문단입니다. " + LONG) for n in range(1, 13)
    ]
    made, document = read(items, columns=columns, pagesize=(600.0, 500.0))
    assert {column for _, column, _ in made.drawn} == set(range(columns))
    assert paragraphs(document.text) == [item.text.strip() for item in items]


def test_it_joins_a_word_split_at_a_column_end():
    """The last line of a column ends inside a word: the word is whole again, with no space in it."""
    made, document = read([Para(LONG * 6)], pagesize=(420.0, 300.0))
    split = [(a, b) for a, b in made.column_ends() if not a.endswith(" ")]
    assert split, "the layout was meant to split a word at a column end"
    for left, right in split:
        assert left.split()[-1] + right.split()[0] in document.text
    assert paragraphs(document.text) == [LONG.strip() * 1 + (" " + LONG.strip()) * 5]


def test_it_keeps_the_space_where_a_line_broke_between_words():
    """A line that ends on a word's end is followed by a space, whether it stopped short or not."""
    made, document = read([Para(LONG * 6)], pagesize=(420.0, 300.0))
    lines = [line for _, _, line in made.drawn]
    spaced = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if a.endswith(" ")]
    assert spaced
    for left, right in spaced:
        assert f"{left.split()[-1]} {right.split()[0]}" in document.text


def test_it_drops_a_caption_in_small_print_under_a_photo():
    """The caption under the picture is not read into the paragraph the picture interrupts."""
    caption = "박서준 새솔시장(왼쪽)과 한결에너지 대표가 협약서를 들어 보이고 있다."
    items = HYDROGEN[:3] + [Para(HYDROGEN[3].text, photo=Photo(caption), photo_after=1)] + HYDROGEN[4:]
    _, document = read(items)
    assert "협약서를 들어" not in document.text
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


def test_it_drops_a_caption_in_body_size_directly_under_a_photo():
    """A short block set apart right under a picture is its caption, even in the body's size."""
    caption = "새솔시청 상황실에서 열린 협약식 모습."
    items = HYDROGEN[:2] + [Photo(caption, caption_size=BODY_SIZE)] + HYDROGEN[2:]
    _, document = read(items)
    assert "협약식 모습" not in document.text
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


def test_it_drops_a_caption_in_small_print_beside_a_photo():
    """A caption set to the side of a picture, at its foot, goes as one under it does."""
    caption = "수소 충전소 조감도. 북구 산업로 일원에 들어선다."
    items = HYDROGEN[:3] + [Photo(caption, beside=True)] + HYDROGEN[3:]
    _, document = read(items)
    assert "조감도" not in document.text
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


def test_it_drops_labels_printed_on_a_picture():
    """Words printed on a photo or a graphic are no part of the article."""
    items = HYDROGEN[:3] + [Photo(labels=("수소 충전소 배치도", "북구"))] + HYDROGEN[3:]
    _, document = read(items)
    assert "배치도" not in document.text
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


def test_it_drops_labels_on_a_picture_placed_in_a_form():
    """A picture a layout program wrapped in a form XObject is still a picture."""
    items = (
        HYDROGEN[:3] + [Photo("협약식 모습을 담은 사진이다.", labels=("배치도",), form=True)] + HYDROGEN[3:]
    )
    _, document = read(items)
    assert "배치도" not in document.text and "사진이다" not in document.text
    assert paragraphs(document.text) == [item.text for item in HYDROGEN]


def test_it_separates_two_articles_on_a_page():
    """Each headline starts its article: the pipeline finds both, with their bylines."""
    _, document = read(HYDROGEN + STARTUP)
    result = extract_text(document.text, name="page.pdf", published=None)
    assert [(a["headline"], a["byline"]) for a in result["articles"]] == [
        ("새솔시, 수소 버스 충전소 3곳 짓는다", "최유나 기자"),
        ("푸른군, 청년 창업 공간 문 열어", "정민호 기자"),
    ]
    assert plain(result["articles"][0]["agreements"][0]["title"]) == "수소 버스 충전 기반 구축 업무협약"


def test_it_leaves_out_the_page_numbers_and_running_heads():
    """A page's number at its foot and the running head over it belong to no article, and do not
    stand between the halves of a paragraph that runs on to the next page."""
    items = [Para(f"{n}번째 문단입니다. " + LONG) for n in range(1, 15)] + STARTUP
    made, document = read(items, pagesize=(420.0, 300.0), head="2026년 3월 14일 토요일 지역")
    assert made.drawn[-1][0] > 2
    assert "토요일" not in document.text
    assert " ".join(paragraphs(document.text)) == " ".join(item.text.strip() for item in items)


def test_it_gives_the_offset_where_each_page_begins():
    """page_starts has one offset a page, at the first character read from that page."""
    made, document = read(
        [Para(f"{n}번째 문단입니다. " + LONG) for n in range(1, 15)], pagesize=(420.0, 300.0)
    )
    pages = sorted({page for page, _, _ in made.drawn})
    assert len(pages) > 2
    assert len(document.page_starts) == len(pages)
    assert document.page_starts[0] == 0
    for page, start in zip(pages, document.page_starts, strict=True):
        first = next(line for p, _, line in made.drawn if p == page)
        assert document.text[start:].startswith(" ".join(first.split()))


def test_it_reads_the_text_layer_over_a_scanned_page():
    """A scan that OCR software gave a text layer is read; the page's picture is no photo to caption."""
    lines = ["새솔시는 한결에너지㈜와 수소 충전소 협약을 맺었다.", "충전소는 2028년에 문을 연다."]
    document = read_pdf(text_on_scan_pdf(lines), "scan.pdf")
    assert paragraphs(document.text) == lines


def test_it_keeps_a_press_release_list_one_item_a_line():
    """Short bulleted lines of a press release stay separate lines."""
    items = [Para("○ 일시: 2026. 3. 5.(목) 14:00"), Para("○ 장소: 새솔시청 2층 상황실"), Para(LONG)]
    _, document = read(items)
    assert paragraphs(document.text)[:2] == ["○ 일시: 2026. 3. 5.(목) 14:00", "○ 장소: 새솔시청 2층 상황실"]


def test_it_keeps_the_spaces_of_a_justified_release_wrapped_between_words():
    """A release justified and wrapped only between words prints no space at its line ends, and
    its lines reach the edge; none of its words is glued to the next."""
    release = [
        "□ 새솔시(시장 박서준)는 14일 시청 2층 상황실에서 한결에너지㈜와 '수소 버스 충전 기반 구축 "
        "업무협약'을 체결했다고 밝혔다. 이번 협약에 따라 한결에너지는 오는 2028년까지 총 180억원을 들여 "
        "새솔시 북구 일원에 수소 충전소 3곳을 세우고, 시는 부지 확보와 인허가 절차를 돕기로 했다.",
        "○ 일시: 2026. 3. 14.(금) 14:00",
        "○ 장소: 새솔시청 2층 상황실",
        '□ 박서준 새솔시장은 "깨끗한 대중교통으로 가는 첫걸음을 함께 내딛게 됐다"며 "시민들이 체감할 수 '
        '있는 변화를 만들겠다"고 말했다. 한결에너지 대표는 "충전소 세 곳을 제때 짓고 안전하게 운영하겠다"고 '
        "화답했다.",
    ]
    document = read_pdf(
        press_release_pdf("새솔시, 한결에너지㈜와 수소 충전소 구축 업무협약 체결", release), "r.pdf"
    )
    assert paragraphs(document.text) == ["새솔시, 한결에너지㈜와 수소 충전소 구축 업무협약 체결", *release]


# --- refusals -----------------------------------------------------------------------------------


def refusal(data):
    with pytest.raises(DocumentError) as caught:
        read_pdf(data, "bad.pdf")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("bad.pdf: ")
    return message


def test_it_refuses_an_encrypted_pdf():
    """A PDF that opens only with a password says so."""
    assert "암호" in refusal(newspaper_pdf(HYDROGEN, encrypt="secret"))


def test_it_refuses_a_scan_without_text_and_names_ocr():
    """A page that is only a picture needs OCR first, which is not done here."""
    assert "OCR" in refusal(image_only_pdf())


def test_it_refuses_a_pdf_of_500_pages_by_its_page_count():
    """A 500-page file is refused for its length, with the count and the limit."""
    message = refusal(many_pages_pdf(500))
    assert "500쪽" in message and "50쪽" in message


def test_it_refuses_a_page_packed_with_more_characters_than_a_newspaper_prints():
    """A page of 25,000 characters is no page of articles; the first such page stops the reading."""
    message = refusal(dense_pdf(1, 25_000))
    assert "1쪽에 글자가 너무 많습니다" in message


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:400], id="header only"),
        pytest.param(lambda data: b"%PDF-1.7\n" + bytes(range(256)) * 40, id="garbage"),
    ],
)
def test_it_refuses_a_corrupt_pdf(cut):
    """A damaged or cut-off file is refused, not half read."""
    assert "손상" in refusal(cut(newspaper_pdf(HYDROGEN + STARTUP)))
