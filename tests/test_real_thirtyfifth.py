"""General forms the thirty-fifth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`d031471`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import (
    agreement_of,
    articles_of,
    measures,
    page_party_names,
    page_people,
    party_names,
    people_of,
)

# --- a signing page or not -------------------------------------------------------------------------------


def test_an_images_enlarge_button_is_chrome():
    """'이미지 확대' on its own line above a photo's caption title is a button: the caption title under it,
    the headline again, does not start a second article."""
    for button in ("이미지 확대", "사진 확대"):
        page = (
            "가람군, 나래식품과 된장공장 투자협약\n\n"
            "가람군은 12일 군청에서 나래식품과 된장공장 투자협약을 맺었다고 밝혔다.\n"
            f"{button}\n"
            "가람군, 나래식품과 된장공장 투자협약\n"
            "나래식품은 가람농공단지 8천㎡ 부지에 공장을 짓고 주민 30명을 고용한다.\n"
        )
        articles = articles_of(page, published=datetime.date(2021, 3, 12))
        assert len(articles) == 1, button
        assert articles[0]["is_agreement"] is True, button


def test_a_gift_handed_over_under_a_pact_signed_before_is_no_signing():
    """'… 장학금 2억원 기탁' beside '지난해 도와 협약을 맺고 … 매년 2억원씩 … 내기로 약속한 바 있다' (or '2018년 …
    협약서를 주고받은 바 있다'): this year's instalment of an earlier pact, no new agreement. With no earlier
    pact told, the gift is still a sponsorship the page reports."""
    lead = (
        "다온은행, 가람도에 새내기 장학금 2억 기탁\n\n"
        "가람도는 다온은행이 24일 도지사 집무실에서 대학 신입생을 위한 장학금 2억원을 기탁했다고 밝혔다.\n\n"
    )
    tail = "도는 올해 신입생 120명에게 한 사람에 250만원씩 지급할 예정이다.\n"
    for earlier in (
        "다온은행은 지난해 도와 협약을 맺고 그해부터 3년 동안 매년 2억원씩 모두 6억원을 내기로 약속한 바 있다.",
        "은행과 도는 2018년, 세 해 동안 해마다 2억원씩 모두 6억원을 건네기로 하는 협약서를 주고받은 바 있다.",
    ):
        (article,) = articles_of(f"{lead}{earlier}\n\n{tail}", published=datetime.date(2020, 1, 24))
        assert article["is_agreement"] is False, earlier
    (article,) = articles_of(lead + tail, published=datetime.date(2020, 1, 24))
    assert article["is_agreement"] is True


def test_a_round_up_of_heads_days_that_tells_a_signing_done_reports_it():
    """A '[동정]' round-up written after the day, '… 구청장은 7일 구청장실에서 A와 … 업무협약을 맺었다', reports
    that signing, as one written before it ('… 맺는다') does."""
    page = (
        "[동정] 9/7 한도윤 가람시 나래구청장 外\n\n"
        "▲가람시 다온구\n\n"
        "서하준 다온구청장은 7일 오전 10시 구청 대회의실에서 추석 연휴 대책 보고회를 열었다.\n\n"
        "▲가람시 나래구\n\n"
        "한도윤 나래구청장은 7일 구청장실에서 ㈜누리카셰어와 '공동주택 차량 공유' 업무협약을 맺었다. "
        "협약식은 오후 4시에 열렸다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2016, 9, 7))
    assert article["is_agreement"] is True


def test_a_twinning_with_words_between_object_and_verb_is_a_signing():
    """"'… 자매도시 결연'을 영상회의 방식으로 맺는다": a twinning signed, a word or two on how between."""
    text = (
        "▲한도윤 가람시장은 15일 오전 10시30분 시청 중회의실에서 나래군 서하준 군수와 "
        "'가람시-나래군 자매도시 결연'을 영상회의 방식으로 맺는다."
    )
    (article,) = articles_of("가람시장 일정\n\n" + text, published=datetime.date(2020, 10, 15))
    assert article["is_agreement"] is True


def test_a_signing_told_right_after_a_dated_sentence_of_its_event_is_the_news():
    """'… 지사는 10일 … 대표와 마주 앉았다. NAME 시장, NAME 군수도 같은 테이블에서 합동 투자협약(MOU)에
    서명했다': the signing goes on with the event the sentence before dates, so it is the news, of that day.
    A sentence with a year of its own ('… 2021년부터 5년 동안 … 협약을 맺었으며') after a dated one is an
    earlier pact."""
    page = (
        "가람도, 외국계 3개사 투자 유치\n\n"
        "가람도 나래·다온에 외국계 기업 세 곳의 새 공장 투자 1억2000만달러가 들어온다. 세 회사의 본사는 독일과 미국에 있다.\n\n"
        "첨단 소재 공급망이 한층 두터워지고 지역 일자리도 늘어날 전망이다.\n\n"
        "하도윤 가람도지사는 10일 도청 다목적홀에서 세 회사 대표와 마주 앉았다. "
        "서하준 나래시장, 길태오 다온군수도 같은 테이블에서 합동 투자협약(MOU)에 서명했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 9, 10))
    assert article["is_agreement"] is True
    assert article["agreements"][0]["signed_on"] == "2024-09-10"
    tally = (
        "가람군 장학재단, 한 달 새 1억3천만원 모여\n\n"
        "가람군 장학재단에 지난달 모두 1억3200만원의 장학금이 들어왔다고 재단이 밝혔다.\n\n"
        "가장 큰 몫은 나래리조트에서 나왔다. 나래리조트는 지난 11일 재단에 1억원을 보냈다. "
        "나래리조트는 2021년부터 2025년까지 5년 동안 해마다 1억원씩 내기로 재단과 협약을 맺었으며, 올해까지 3억원을 전달했다.\n"
    )
    (article,) = articles_of(tally, published=datetime.date(2023, 12, 14))
    assert all(a["signed_on"] is None for a in article["agreements"])


def test_a_ceremony_held_with_no_day_takes_the_day_of_the_lead():
    """'가람도와 나래시가 오늘(25일) … 투자 약속을 받아냈습니다' then '도청 … 회의실에서 열린 협약식에서는 … 협약서에
    서명했습니다' (a line of its own): the ceremony the signing sentence names is the lead's, of its day."""
    text = (
        "가람도와 나래시가 오늘(25일) 기업 네 곳으로부터 투자 약속을 받아냈습니다.\n"
        "도청 4층 회의실에서 열린 협약식에서는 도지사와 시장이 기업 대표들과 나란히 협약서에 서명했습니다."
    )
    assert agreement_of(text, published=datetime.date(2024, 7, 25))["signed_on"] == "2024-07-25"


# --- signers ---------------------------------------------------------------------------------------------


def test_a_script_cued_page_with_lines_of_some_thirty_syllables_is_read_as_sentences():
    """A broadcast's script ('◀ANC▶', '◀VCR▶') may break its lines at some 30 syllables, and an interview's
    words end in a bracket ('(… 챙기겠습니다.)'): its broken sentences are still read whole, also after a
    graphic's cue ('CG/ … 문을 엽니다./'), so the bodies that sign in one ('A도와 B군, 세 업체 대표들은 / 오늘
    … 협약서에 서명하고') are found."""
    page = (
        "나래에 한옥호텔 들어선다…5백억 원대 투자\n"
        "하다온 기자 | 2015-11-27 20:35\n\n"
        "◀ANC▶\n"
        "나래군에 한옥호텔과 콘도, 발효식품 공장까지\n"
        "세 업체가 들어섭니다.\n"
        "◀VCR▶\n"
        "CG/ 다온한옥개발이 3백10억원을 들여\n"
        "북면 일대에 한옥호텔을 세우고,\n"
        "나래읍에는 관광호텔 한 곳이 문을 엽니다./\n"
        "가람도와 나래군, 세 업체 대표들은\n"
        "오늘 나래군청에서 협약서에 서명하고\n"
        "투자 일정을 확정했습니다.\n"
        "◀INT▶ 길도현 다온한옥개발 대표\n"
        "(바다와 숲을 함께 누릴 수 있는 곳이라\n"
        "한옥호텔이 자리 잡기에 알맞다고 봤습니다.)\n"
        "세 업체의 투자를 모두 더하면 5백20억원,\n"
        "새로 고용하는 인원은 2백10명에 이릅니다.\n"
        "◀INT▶ 서하준 나래군수\n"
        "(투자가 실제 결실로 이어지도록\n"
        "인허가부터 하나하나 챙기겠습니다.)\n"
        "나래군은 업체 실무진과 전담 공무원을 짝지어\n"
        "착공까지 걸림돌을 미리 걷어내겠다는 방침입니다.\n"
    )
    assert {"가람도", "나래군"} <= page_party_names(page, datetime.date(2015, 11, 27))


def test_the_firms_bulleted_after_the_words_that_they_signed_are_signers():
    """'이번 협약에 이름을 올린 기업은 ▲A ▲(유)B ▲C(주) … 등이다': each bulleted item signs, whatever its legal
    mark."""
    text = (
        "가람도는 14일 도청 대회의실로 4개 기업 대표를 불러 합동 투자협약서에 함께 서명했다. "
        "이번 협약에 이름을 올린 기업은 ▲누리테크 ▲(유)다온식품 ▲세솔소재(주) ▲(주)한결정공 등이다."
    )
    assert {"누리테크", "(유)다온식품", "세솔소재(주)", "(주)한결정공"} <= set(party_names(text))


def test_the_city_that_signs_with_those_listed_is_a_signer():
    """'협약은 27일 … 맺어졌다. 시와 함께 서명한 곳은 A, B, C 등 3개 기관이다': the city the article stands for
    signs too."""
    page = (
        "가람시, 철도·농협·우체국과 손잡고 체전 알린다\n\n"
        "올가을 가람시에서 열리는 체육대회를 역과 우체국 창구에서도 만나게 된다.\n\n"
        "협약은 27일 가람시청 2층 회의실에서 맺어졌다. "
        "시와 함께 서명한 곳은 한국철도공사 가람관리역, 농협중앙회 가람시지부, 가람우체국 등 3개 기관이다.\n"
    )
    assert {"가람시", "가람우체국"} <= page_party_names(page, datetime.date(2017, 6, 28))


def test_a_co_ops_short_name_before_its_heads_title_is_no_person():
    """'관내 농·축협 조합장', '수협 조합장', '신협 이사장': a co-op's short name before its heads' title, no one's
    name."""
    for heads in ("농·축협 조합장", "수협 조합장", "신협 이사장"):
        text = (
            "가람군은 19일 농협 가람군지부와 업무협약을 맺었다. "
            f"자리에는 하도윤 농협 가람군지부장을 비롯해 관내 {heads}과 실무 직원들이 함께했다."
        )
        assert {name for name, _, _ in people_of(text)} == {"하도윤"}, heads


def test_a_photo_mark_after_a_name_is_no_part_of_it():
    """'협약서에는 NAME<사진> OO재단 이사장, NAME 가람군수가 차례로 서명한다': the mark that a photo is printed
    leaves the head of the foundation a person."""
    page = (
        "가람군, 기술기업 공동 육성 협약\n\n"
        "24일 오전 가람군청에서 협약식이 열린다. "
        "협약서에는 홍우겸<사진> 가람기술재단 이사장, 배정호 가람군수가 차례로 서명한다.\n"
    )
    assert ("홍우겸", "이사장", "가람기술재단") in page_people(page, datetime.date(2011, 3, 24))


# --- figures ---------------------------------------------------------------------------------------------


def test_the_visitors_who_come_now_are_no_target():
    """'해마다 70만 명 넘게 찾아오지만 묵을 숙소가 모자랐다': the visitors a place has now, told against what it
    lacks, are no goal of the pact."""
    for visitors in ("70만 명 넘게 찾아오지만", "70만 명이 찾지만"):
        text = (
            "가람군은 27일 다온개발과 투자협약을 맺었다. "
            f"가람군 북부는 해마다 {visitors} 묵을 숙소가 모자랐다. 다온개발은 1만2천㎡ 부지에 한옥호텔을 짓는다."
        )
        assert measures(agreement_of(text, published=datetime.date(2014, 11, 27))) == {(12000, "㎡")}, visitors
