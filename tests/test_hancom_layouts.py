"""The HWPX and HWP readers on files laid out as Hangul writes them (tests/hancom_files.py): what a
real file holds besides the text must not come out as text, and what it hides must not be lost."""

import datetime

import pytest

from agreements.ingest import DocumentError, read_file
from tests import hancom_files as hf
from tests import native_files as nf


def lines(source) -> list[str]:
    return source.text.strip().split("\n\n")


def test_it_reads_a_release_laid_out_as_hangul_writes_it():
    """Section settings, controls, a hyperlink field, a table with its sizes and an empty text
    after it, a photo with a caption, a footnote, Hangul's own symbols: only the text comes out."""
    body = hf.section(
        hf.first_paragraph("보도자료"),
        hf.paragraph(hf.run(hf.t("새봄시, 다온식품과 "), hf.t("물류센터 투자협약"))),
        hf.paragraph(
            hf.run(hf.table([["일시", "2026. 4. 7.(화) 14:00"], ["장소", "새봄시청 접견실"]]), hf.t())
        ),
        hf.paragraph(
            hf.run(hf.t("□ 새봄시는 다온식품㈜와 물류센터를 짓는 협약을 맺었다고 8일 밝혔다.")),
            hf.run(hf.t(raw=hf.footnote("각주: 투자 규모는 잠정치임"))),
        ),
        hf.paragraph(hf.run(hf.picture("협약식에서 기념 촬영하는 참석자들"), hf.t())),
        hf.paragraph(
            hf.run(hf.t("○ 회사는 인"), hf.t("력 80명을 새로 뽑는다.")),
            hf.run(hf.t(hf.HANGUL_SYMBOL)),
            hf.run(hf.t("(자세한 내용: "), hf.link("누리집", "https://example.kr/a"), hf.t(")")),
        ),
        hf.paragraph(hf.run(hf.t("", raw=f"담당<hp:fwSpace/>미래산업과{hf.HANGUL_SYMBOL}투자팀"))),
    )

    source = read_file(hf.hancom_hwpx(body), "release.hwpx")

    assert lines(source) == [
        "보도자료",
        "새봄시, 다온식품과 물류센터 투자협약",
        "일시: 2026. 4. 7.(화) 14:00",
        "장소: 새봄시청 접견실",
        "□ 새봄시는 다온식품㈜와 물류센터를 짓는 협약을 맺었다고 8일 밝혔다.",
        "○ 회사는 인력 80명을 새로 뽑는다. (자세한 내용: 누리집)",
        "담당 미래산업과 투자팀",
    ]


def test_an_hwpx_leaves_out_text_deleted_under_change_tracking():
    """A deletion tracked by 변경 내용 추적 stays in the file between its marks, across runs and
    paragraphs (and a table inside it); the insertion beside it is the text as it now reads."""
    body = hf.section(
        hf.paragraph(
            hf.run(
                hf.t("투자액은 ", raw=f"{hf.deleted(1, False)}300억원"),
                hf.t(
                    "", raw=f"{hf.deleted(1, True)}{hf.inserted(2, False)}450억원{hf.inserted(2, True)}이다."
                ),
            )
        ),
        hf.paragraph(
            hf.run(hf.t("고용은 ", raw=f"{hf.deleted(3, False)}50명으로 늘린다.")),
        ),
        hf.paragraph(
            hf.run(hf.table([["삭제된 표", "값"]]), hf.t("", raw=f"못 보던 글{hf.deleted(3, True)}80명이다."))
        ),
    )

    assert lines(read_file(hf.hancom_hwpx(body), "release.hwpx")) == [
        "투자액은 450억원이다.",
        "고용은",
        "80명이다.",
    ]


def test_an_hwpx_reads_alternative_content_once():
    """An object Hangul writes twice in an hp:switch (for readers of the 2016 namespace and others)."""
    box = hf.text_box(hf.paragraph(hf.run(hf.t("협약 기간: 5년"))))
    body = hf.section(hf.paragraph(hf.run(hf.switch(box, box), hf.t("본문 글."))))

    # the box is anchored before the words, so it comes first, as in Hangul's preview text
    assert lines(read_file(hf.hancom_hwpx(body), "release.hwpx")) == ["협약 기간: 5년", "본문 글."]


def test_a_text_box_inside_a_text_box_is_read_once():
    inner = hf.text_box(hf.paragraph(hf.run(hf.t("안쪽 상자 글"))))
    outer = hf.text_box(hf.paragraph(hf.run(inner, hf.t("바깥 상자 글"))))
    body = hf.section(hf.paragraph(hf.run(outer, hf.t("본문 글."))))

    assert lines(read_file(hf.hancom_hwpx(body), "release.hwpx")) == [
        "안쪽 상자 글",
        "바깥 상자 글",
        "본문 글.",
    ]


def test_an_hwpx_gives_the_day_it_was_last_saved_not_the_day_it_was_made():
    """Hangul's 'date' is the creation time in words: a release made from an older file keeps it."""
    body = hf.section(hf.paragraph(hf.run(hf.t("글."))))

    assert read_file(hf.hancom_hwpx(body), "release.hwpx").published == datetime.date(2026, 4, 8)


def test_an_hwpx_saved_with_a_password_is_refused_as_such():
    body = hf.section(hf.paragraph(hf.run(hf.t("글."))))

    with pytest.raises(DocumentError, match=r"^locked\.hwpx: 암호가 걸린 HWPX 파일입니다\."):
        read_file(hf.hancom_hwpx(body, encrypted=True), "locked.hwpx")


# --- HWP 5.0 -------------------------------------------------------------------------------------


def test_an_hwp_table_caption_is_not_a_row():
    """A caption's list header comes before the TABLE record; read as a cell it spoiled the first row."""
    records = nf._paragraph(0, "협약식 개요") + hf.table_with_caption(
        0, "<표 1> 협약식", [["일시", "2026. 4. 7.(화) 14:00"], ["장소", "새봄시청 접견실"]]
    )

    text = read_file(hf.hwp_of_records(records), "release.hwp").text

    assert text.split("\n\n") == ["협약식 개요", "일시: 2026. 4. 7.(화) 14:00", "장소: 새봄시청 접견실\n"]


def test_an_hwp_reads_a_text_box_and_leaves_out_a_photo_caption():
    records = (
        nf._paragraph(0, "본문 글.")
        + hf.drawing(0, caption="협약식에서 기념 촬영하는 참석자들")
        + hf.drawing(0, box=["협약 기간: 5년", "투자 규모: 450억원"])
    )

    text = read_file(hf.hwp_of_records(records), "release.hwp").text

    assert text.split("\n\n") == ["본문 글.", "협약 기간: 5년", "투자 규모: 450억원\n"]


def test_an_hwp_puts_a_text_box_where_it_is_anchored_and_keeps_a_sentence_whole_around_a_picture():
    """Hangul's own preview text gives a box anchored before a paragraph's words before them (a
    release's boxed summary above its lead); a picture in mid-sentence gives no text and must not
    cut the sentence in two."""
    records = (
        nf._paragraph(0, "새봄시 보도자료")
        + hf.drawing(0, box=["투자 규모: 450억원"], words=("", "새봄시는 협약을 맺었다."))
        + hf.drawing(0, caption="회사 로고", words=("다온식품은 ", "80명을 뽑는다."))
    )

    text = read_file(hf.hwp_of_records(records), "release.hwp").text

    assert text.split("\n\n") == [
        "새봄시 보도자료",
        "투자 규모: 450억원",
        "새봄시는 협약을 맺었다.",
        "다온식품은 80명을 뽑는다.\n",
    ]


def test_an_hwpx_puts_a_table_where_it_is_anchored_and_keeps_a_sentence_whole_around_a_picture():
    body = hf.section(
        hf.paragraph(hf.run(hf.table([["일시", "2026. 4. 7."], ["장소", "새봄시청"]]), hf.t("새봄시는 협약을 맺었다."))),
        hf.paragraph(hf.run(hf.t("다온식품은 "), hf.picture("회사 로고"), hf.t("80명을 뽑는다."))),
    )

    assert lines(read_file(hf.hancom_hwpx(body), "release.hwpx")) == [
        "일시: 2026. 4. 7.",
        "장소: 새봄시청",
        "새봄시는 협약을 맺었다.",
        "다온식품은 80명을 뽑는다.",
    ]


def test_an_hwp_replaces_hangul_symbols_with_a_space():
    records = nf._paragraph(0, f"담당{hf.HANGUL_SYMBOL}미래산업과\ue0a1투자팀")

    assert read_file(hf.hwp_of_records(records), "release.hwp").text == "담당 미래산업과 투자팀\n"


def test_an_hwp_gives_the_day_it_was_last_saved_not_its_date_string():
    summary = hf.summary_information(
        saved=datetime.datetime(2026, 4, 7, 23, 30, tzinfo=datetime.UTC),
        created=datetime.datetime(2025, 11, 19, 2, 32, tzinfo=datetime.UTC),
        date_text="2025년 11월 19일 수요일 오전 11:32:55",
    )

    source = read_file(hf.hwp_of_records(nf._paragraph(0, "글."), summary=summary), "release.hwp")

    assert source.published == datetime.date(2026, 4, 8)


def test_an_hwp_with_only_a_view_text_is_refused_as_a_distribution_document():
    """A distribution document keeps its sections in ViewText; without the flag it is still one."""
    data = nf.cfb_bytes({"FileHeader": nf.file_header(nf.COMPRESSED), "ViewText/Section0": b"\x01" * 300})

    with pytest.raises(DocumentError, match="배포용 HWP 문서라 본문이 암호화되어 있습니다"):
        read_file(data, "release.hwp")


TRACKED = "투자액은 300억원450억원이다."  # '300억원' deleted and '450억원' typed under change tracking


def test_an_hwp_that_still_holds_tracked_changes_is_refused_not_read_with_its_deleted_text():
    """DocInfo keeps the document's tracked changes (HWPTAG_TRACK_CHANGE): text deleted under
    tracking is still in the paragraph, and the public format does not say which, so the file is
    refused in one line that says how to get the text as it stands."""
    change = nf._record(hf.TRACK_CHANGE, 1, b"\0" * 32)
    data = hf.hwp_of_records(nf._paragraph(0, TRACKED), info=change)

    with pytest.raises(DocumentError) as refused:
        read_file(data, "release.hwp")

    message = str(refused.value)
    assert message.startswith("release.hwp: 변경 내용 추적 기록이 남은 HWP 문서입니다.")
    assert "변경 내용을 모두 적용하고 저장하거나, HWPX로 저장해" in message
    assert "\n" not in message


def test_an_hwp_with_change_tracking_set_up_but_no_change_is_read():
    """The tracking settings (HWPTAG_TRACKCHANGE, 1032 bytes) alone hold no change."""
    settings = nf._record(hf.TRACKCHANGE_SETTINGS, 1, b"\0" * 1032)
    data = hf.hwp_of_records(nf._paragraph(0, "투자액은 450억원이다."), info=settings)

    assert read_file(data, "release.hwp").text == "투자액은 450억원이다.\n"
