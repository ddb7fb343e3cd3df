"""General forms the thirty-eighth round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`61e9443`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import amounts, articles_of, measures

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_trending_list_set_into_the_body_is_chrome_and_the_body_goes_on_after_it():
    """'지금 뜨는 뉴스' with its headlines, set between two paragraphs of the article: the list is chrome,
    and the paragraphs after it still belong to the article (its official and its jobs)."""
    page = (
        "영암군, 삼호농공단지에 3개 기업 유치\n\n"
        "입력2024.05.14 10:20\n\n"
        "전남 영암군은 14일 군청에서 ㈜다솜푸드, ㈜해온정밀과 삼호농공단지 입주를 위한 투자협약을 체결했다고 밝혔다.\n\n"
        "지금 뜨는 뉴스\n"
        "주말 날씨 흐리고 곳곳 비…기온은 평년 수준\n"
        "지방 아파트 미분양 석 달째 줄어\n\n"
        "나태오 영암군 투자유치팀장은 \"이번 협약으로 90명의 일자리가 새로 생길 것\"이라고 말했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 5, 14))
    (agreement,) = article["agreements"]
    assert (90, "명") in measures(agreement)
    assert [p["name"] for p in agreement["people"]] == ["나태오"]


def test_a_photos_marked_title_repeating_the_headline_opens_no_article():
    """'[사진] 가람군, ㈜A와 투자협약' over a caption: the headline's words again over the photo, not the
    headline of a second article that takes the money and the signers from the first."""
    page = (
        "진천군, 반찬 제조업체 ㈜담솔푸드와 투자협약\n\n"
        "등록 2021-04-08 11:02:15\n\n"
        "[진천=누리통신] 하은별 기자 = 충북 진천군은 반찬 제조업체 ㈜담솔푸드와 투자협약을 맺었다고 8일 밝혔다.\n\n"
        "{} 진천군, ㈜담솔푸드와 투자협약\n"
        "7일 진천군청에서 공태민 진천군수와 석다인 ㈜담솔푸드 대표가 협약서에 서명한 뒤 악수하고 있다. (사진=진천군 제공)\n\n"
        "협약에 따라 담솔푸드는 내년까지 40억여원을 들여 덕산읍에 공장을 짓는다.\n"
    )
    for mark in ("[사진]", "[포토]"):
        (article,) = articles_of(page.format(mark), published=datetime.date(2021, 4, 8))
        assert amounts(article["agreements"][0]) == {4_000_000_000}


def test_a_ceremony_named_first_and_held_the_day_before_dates_the_signing():
    """'… 맺었다고 25일 밝혔다. 협약식은 전날 군청 대회의실에서 … 열렸다': the ceremony, held the day before the
    news, dates the signing; so does '체결식은 전날 … 진행됐다'."""
    page = (
        "충남 서천군이 ㈜바다솔식품과 양해각서(MOU)를 맺었다고 25일 밝혔다. "
        "{}은 전날 군청 대회의실에서 서민철 서천군수와 도하람 ㈜바다솔식품 대표이사 등 두 기관 관계자와 주민 20여 명이 "
        "참석한 가운데 {}.\n"
    )
    for ceremony, held in (("협약식", "열렸다"), ("체결식", "진행됐다")):
        (article,) = articles_of(page.format(ceremony, held), published=datetime.date(2024, 4, 25))
        assert article["agreements"][0]["signed_on"] == "2024-04-24"


def test_last_years_ties_told_on_the_day_of_a_report_are_no_signing():
    """'5일 군에 따르면 지난해 A읍과 B동, C마을과 D공사 E지점이 각각 결연을 맺었다': the 5th is the day of the
    report; the ties are last year's, with no day of their own, so the page tells no signing."""
    page = (
        "산청군, 도농 자매결연 21곳으로 늘어\n\n"
        "5일 군에 따르면 지난해 산청읍과 서울 마포구 망원2동, 단성면 남사마을과 한국전력공사 산청지점이 "
        "각각 결연을 맺었다.\n\n결연 지역들은 일손 돕기와 직거래 장터로 교류를 이어 왔다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2010, 2, 8))
    assert article["is_agreement"] is False


def test_this_year_or_the_next_alone_leaves_a_page_with_no_day_dated_by_the_news():
    """'… 업무협약을 체결했다고 밝혔다' in a page whose only dates are '내년 상반기' and '올해 공모': no day is
    named, so the news day dates the signing; a month ('내년 3월') is a date the page names."""
    page = (
        "충북 영동군과 가람국토관리사무소가 국도변 쉼터를 함께 만들기 위한 업무협약을 체결했다고 밝혔다.\n\n"
        "쉼터는 {} 착공한다. 올해 공모에서는 전국 5곳이 뽑혔다.\n"
    )
    (article,) = articles_of(page.format("내년 상반기"), published=datetime.date(2022, 6, 17))
    assert article["agreements"][0]["signed_on"] == "2022-06-17"
    (article,) = articles_of(page.format("내년 3월"), published=datetime.date(2022, 6, 17))
    assert article["agreements"][0]["signed_on"] is None


def test_the_day_before_a_reports_day_dates_the_signing():
    """'18일 전남도에 따르면 도는 전날 … 업무협약을 체결했다': the 18th is the day of the report, and the
    signing was the day before it."""
    page = (
        "18일 전남도에 따르면 도는 전날 목포 가람기술교육원 강당에서 교육원, ㈜다온조선과 "
        "인력양성 업무협약을 체결했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2011, 5, 18))
    assert article["agreements"][0]["signed_on"] == "2011-05-17"


def test_the_day_a_trip_began_gives_way_to_the_day_of_the_signing():
    """'지난 13일 출국해 … 그제(15일) 뉴욕에서 … 양해각서를 체결했습니다': the 13th is the day the trip began,
    the signing's day is the one after it."""
    page = (
        "[앵커]\n전라북도 투자유치단이\n미국에서 기업과\n투자 양해각서를 맺었습니다.\n\n"
        "[리포트]\n지난 13일 {}\n미국 동부를 차례로 돌고 있는\n나상훈 전북지사 등 투자유치단은\n\n"
        "그제(15일) 뉴욕에서\n소재 기업\n브라이트온 케미칼과\n양해각서를 체결했습니다.\n"
    )
    for left in ("출국해", "출발한"):
        (article,) = articles_of(page.format(left), published=datetime.date(2019, 10, 17))
        assert article["agreements"][0]["signed_on"] == "2019-10-15"


# --- signers ---------------------------------------------------------------------------------------------


def test_a_province_after_its_foreign_country_is_a_signer():
    """'베트남 떠이닌성과 외국인 계절근로자 도입을 위한 양해각서를 맺었다': a word ending in 성 (or 현) right after
    a country is that country's province (or district), a government that signs, even where Kiwi reads it
    as a common noun."""
    page = "충남 청양군이 베트남 떠이닌성과 외국인 계절근로자 도입을 위한 양해각서(MOU)를 맺었다고 25일 밝혔다.\n"
    (article,) = articles_of(page, published=datetime.date(2024, 4, 25))
    parties = {p["name"]: p["kind"] for p in article["agreements"][0]["parties"]}
    assert parties == {"청양군": "government", "떠이닌성": "government"}
    (article,) = articles_of(page.replace("떠이닌성과", "땀빈현과"), published=datetime.date(2024, 4, 25))
    assert {p["name"] for p in article["agreements"][0]["parties"]} == {"청양군", "땀빈현"}  # a district
    # a province named before its city ('중국 저장성 OO시와') or no country before it: no province signs
    for page in (
        "충남 청양군이 중국 저장성 루안시와 자매결연 협약을 맺었다고 25일 밝혔다.\n",
        "충남 청양군이 관광 잠재성과 지역 특색을 살린 체험 상품 개발을 위해 ㈜가람여행과 업무협약을 맺었다.\n",
    ):
        (article,) = articles_of(page, published=datetime.date(2024, 4, 25))
        assert not any(p["name"].endswith("성") for p in article["agreements"][0]["parties"])


def test_firms_a_signing_counts_listed_later_each_after_a_bullet_with_its_head_are_signers():
    """'… 3개 사와 … 투자 업무협약을 체결했다. … 3개 사에서는 다음 대표들이 서명했다. △㈜A NAME 대표 △㈜B NAME
    대표 △C㈜ 대표이사 NAME.': the firms counted are those listed, as many as the count; a list of fewer
    names some other firms, and the count stays one group."""
    page = (
        "목포시는 16일 시청에서 중소기업 3개 사와 210억 원 규모의 투자 업무협약을 체결했다고 밝혔다.\n\n"
        "협약식에는 남궁현 목포시장이 자리했고, 3개 사에서는 다음 대표들이 서명했다. "
        "{}\n"
    )
    listed = "△㈜해누리정밀 도세린 대표 △㈜바다온로봇 한지율 대표 △갯벌소재㈜ 대표이사 석하람."
    (article,) = articles_of(page.format(listed), published=datetime.date(2023, 3, 16))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert names == {"목포시", "㈜해누리정밀", "㈜바다온로봇", "갯벌소재㈜"}
    for other in (
        "△㈜해누리정밀 도세린 대표 △갯벌소재㈜ 대표이사 석하람.",
        "주요 사업은 △㈜해누리정밀 공장 증설 △㈜바다온로봇 연구소 신설 △갯벌소재㈜ 창고 건립이다.",  # no heads
    ):
        (article,) = articles_of(page.format(other), published=datetime.date(2023, 3, 16))
        names = {p["name"] for p in article["agreements"][0]["parties"]}
        assert names == {"목포시", "중소기업 3개사"}


def test_firms_the_lead_counts_and_a_later_sentence_names_with_their_heads_are_signers():
    """'… 3개 기업과 손을 잡았다. 군은 … 이들 기업과 협약을 맺었다 … 기업 쪽에서는 ㈜A NAME 대표, ㈜B NAME
    대표, ㈜C NAME 이사가 서명했다': the firms the lead counts, named with their heads as the count has them."""
    page = (
        "경북 울진군이 리조트와 수산물 가공 공장을 세우려는 3개 기업과 손을 잡았다.\n\n"
        "군은 11일 군청 대회의실에서 이들 기업과 투자유치 협약을 맺었다고 밝혔다.\n\n"
        "협약식장에는 남태오 군수가 나왔고, 기업 쪽에서는 ㈜푸른해안 최다올 대표, ㈜후포바다식품 도해람 대표, "
        "㈜죽변물류 석지안 이사가 서명했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2018, 10, 11))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert names == {"울진군", "㈜푸른해안", "㈜후포바다식품", "㈜죽변물류"}


def test_a_vocational_high_school_written_short_is_a_body_in_a_list_of_signers():
    """'협약에는 A협의회, ㈜B, C공업고, D정보고, E마이스터고가 참여했다': a high school written short ('…공업고',
    '…정보고', '…마이스터고') is a body, so the list is of signers."""
    page = (
        "전라남도교육청은 7일 도교육청 대회의실에서 현장실습을 넓히기 위한 다자간 업무협약을 체결했다. "
        "협약에는 가람산단기업협의회, ㈜다온케미칼, 나래공업고, 솔빛정보고, 새봄마이스터고가 참여했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 3, 7))
    names = {p["name"] for p in article["agreements"][0]["parties"]}
    assert {"나래공업고", "솔빛정보고", "새봄마이스터고", "㈜다온케미칼"} <= names


def test_a_foreign_firms_legal_form_in_its_latin_name_takes_no_hangul_word_before_it():
    """'현지 식품유통업체 무티아라 푸드 트레이딩(Mutiara Food Trading Sdn. Bhd.)과': the legal form has no
    hangul of its own, so the trade word before the name is no part of it; so for 'GmbH', 'Inc.' and
    'Pte. Ltd.'."""
    for partner, name in (
        ("현지 식품유통업체 무티아라 푸드 트레이딩(Mutiara Food Trading Sdn. Bhd.)과", "무티아라 푸드 트레이딩"),
        ("독일 부품업체 하르트만 테크닉(Hartmann Technik GmbH)과", "하르트만 테크닉"),
        ("미국 소재기업 브라이트 솔라(Bright Solar Inc.)와", "브라이트 솔라"),
        ("싱가포르 물류기업 라이언 로지스(Lion Logis Pte. Ltd.)와", "라이언 로지스"),
    ):
        page = f"경남 하동군은 17일 {partner} 수출협약을 맺었다.\n"
        (article,) = articles_of(page, published=datetime.date(2025, 3, 18))
        assert {p["name"] for p in article["agreements"][0]["parties"]} == {"하동군", name}


# --- people ---------------------------------------------------------------------------------------------


def test_a_foreign_name_whose_first_part_reads_as_a_korean_name_stays_whole_before_its_party():
    """'이반 코스텔 다누바코리아㈜ 대표': '이반' reads as a Korean name, but the party is named without
    '코스텔' (다누바코리아㈜와), so '코스텔' ends the head's name and does not begin the body's; told again
    as '이반 코스텔 대표는', the head is the same person, not '이반' of a body '코스텔'."""
    page = (
        "청주시는 9일 다누바코리아㈜와 투자협약을 체결했다. "
        "이날 협약식에는 나기원 청주시장과 이반 코스텔 다누바코리아㈜ 대표가 참석했다.\n\n"
        "이반 코스텔 대표는 \"청주에 첫 공장을 짓게 돼 기쁘다\"고 말했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 5, 9))
    people = {(p["name"], p["org"]) for p in article["agreements"][0]["people"]}
    assert people == {("나기원", "청주시"), ("이반 코스텔", "다누바코리아㈜")}


# --- figures ---------------------------------------------------------------------------------------------


def test_a_years_money_with_this_pact_added_is_a_running_total():
    """'올해 들어 유치한 투자액은 이번 협약을 더해 모두 180억 원', '이번 협약까지 더해 올해 유치한 투자액은
    95억 원에 이른다': the year's deals so far, no budget of the pact."""
    page = "전남 영암군은 14일 군청에서 ㈜다솜푸드와 70억 원 규모의 투자협약을 체결했다.\n\n군 관계자는 \"{}\"고 말했다.\n"
    for total in ("올해 들어 유치한 투자액은 이번 협약을 더해 모두 180억 원이라", "이번 협약까지 더해 올해 유치한 투자액은 95억 원에 이른다"):
        (article,) = articles_of(page.format(total), published=datetime.date(2024, 5, 14))
        assert amounts(article["agreements"][0]) == {7_000_000_000}
