"""General forms the thirty-seventh round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`8bb7cf9`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, articles_of

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_heads_day_item_with_a_weekday_after_the_day_is_a_signing_notice():
    """'[동정] … 시장은 12일(목) 오후 2시 … 우호협력협약을 체결한다': the weekday in brackets after the day
    keeps the head's item a notice of that day's signing."""
    page = (
        "[동정] 나승필 수원시장, 영월군과 우호협력협약\n\n"
        "나승필 수원시장은 12일(목) 오후 2시 영월군청 소회의실에서 도기현 영월군수와 만나 "
        "'수원시-영월군 우호협력협약'을 체결한다.\n\n"
        "두 시군은 농산물 직거래와 청소년 체험 교류를 함께 하기로 했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2021, 8, 12))
    assert article["is_agreement"] is True
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2021-08-12"
    assert {p["name"] for p in agreement["parties"]} == {"수원시", "영월군"}


# --- signers ---------------------------------------------------------------------------------------------


def test_a_province_written_before_a_county_heads_title_is_no_signer():
    """'… NAME 경상북도 봉화군수와 만나 … 협약을 체결했다': the province says where the county is; the county
    signs, and the province only when its own head does."""
    agreement = agreement_of(
        "탁용진 광명시장은 10일 봉화군청에서 남궁서 경상북도 봉화군수와 만나 자매결연 협약을 체결했다."
    )
    assert {p["name"] for p in agreement["parties"]} == {"광명시", "봉화군"}
    agreement = agreement_of(
        "윤태섭 경상북도지사와 남궁서 경상북도 봉화군수는 10일 산림 관광 협약을 체결했다."
    )
    assert {p["name"] for p in agreement["parties"]} == {"경상북도", "봉화군"}


# --- figures ---------------------------------------------------------------------------------------------


def test_the_people_a_head_meets_after_the_signing_are_no_target():
    """'… 귀농인 20여 명과 저녁을 함께하며 …', '주민 15명과 간담회를 열어': whom the head meets that day, not
    a figure of the pact."""
    agreement = agreement_of(
        "나승필 수원시장은 12일 영월군과 우호협력협약을 체결한다. 이어 오후 6시에는 영월읍 주민센터를 찾아 "
        "귀농인 20여 명과 저녁을 함께하며 이야기를 듣는다. 다음 날에는 어르신 15명과 간담회를 연다.",
        published=datetime.date(2021, 8, 12),
    )
    assert agreement["targets"] == []


def test_a_time_line_with_the_reporter_and_a_counter_is_chrome():
    """'기사입력 2023.03.02 10:15 | NAME 기자 | 조회 381' above '2일 … 에 따르면 … 체결했다': the line is the
    page's, so it does not run into the lead, and the lead's day dates the signing."""
    for stamp in ("기사입력 2023.03.02 10:15 | 모아란 기자 | 조회 381", "기사입력 2023.03.02 10:15 | 모아란 기자"):
        page = (
            "하동군, 제과기업 누리베이커리와 녹차 공급 협약\n"
            "- 올해 하동 녹차 12톤 사들여 과자 개발\n"
            "- 협약 기간 2년, 1년 단위 자동 연장\n\n"
            f"{stamp}\n\n"
            "2일 하동군에 따르면 제과기업 ㈜누리베이커리(대표 방채운)와 하동군이 '하동 녹차 공급 업무협약'을 "
            "군청 소회의실에서 체결했다.\n\n"
            "누리베이커리는 올해 하동 녹차 12톤을 사들여 과자를 만든다.\n"
        )
        (article,) = articles_of(page, published=datetime.date(2023, 3, 2))
        (agreement,) = article["agreements"]
        assert agreement["signed_on"] == "2023-03-02"
        assert "기자" not in article["text"]


def test_a_ceremony_day_told_late_dates_a_signing_led_by_the_reports_day():
    """'2일 하동군에 따르면 … 체결했다' and, paragraphs later, '한편 지난달 27일(월) 열린 협약식에는 …': the
    ceremony's day is the signing's, not the day of the report."""
    page = (
        "2일 하동군에 따르면 제과기업 ㈜누리베이커리(대표 방채운)와 하동군이 '하동 녹차 공급 업무협약'을 "
        "군청 소회의실에서 체결했다.\n\n"
        "이번 협약으로 누리베이커리는 하동에서 나는 녹차와 매실을 해마다 사들이고, 이를 원료로 한 과자와 음료를 "
        "새로 내놓으며, 판로를 넓히는 데 군과 힘을 모으기로 했다. 누리베이커리는 올해 하동 녹차 12톤을 사들일 "
        "계획이다.\n\n"
        "군은 납품 농가를 묶어 품질 기준을 맞추고 잔류농약 검사를 돕는 한편, 누리베이커리와 함께 공동 브랜드 "
        "상품을 대형마트와 온라인몰에 선보인다. 녹차 수확이 끝나는 6월 이후에는 매실과 밤 등 다른 작물로 거래 "
        "품목을 넓혀 갈 방침이다.\n\n"
        "하상훈 하동군수는 \"값이 해마다 흔들리는 녹차를 미리 약속한 물량만큼 사 주는 기업이 생겨 농가의 걱정을 "
        "덜게 됐다\"며 \"품질 관리에 더 힘쓰겠다\"고 말했다.\n\n"
        "한편 지난달 27일(월) 열린 협약식에는 군수와 대표, 작목반 대표 등 15명이 참석했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2023, 3, 2))
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2023-02-27"
