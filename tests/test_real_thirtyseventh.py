"""General forms the thirty-seventh round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`8bb7cf9`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, articles_of, measures, page_party_names

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


def test_a_signing_linked_to_what_follows_in_a_page_with_no_day_is_of_the_news_day():
    """'… 교류협약을 맺고 … 협력에 나선다' in a page that names no day: the news day dates it; '… 맺고 … 나설
    예정이다' is a plan whose day the page does not give."""
    text = "보성군이 경기 안양시와 도농 상생 교류협약을 맺고 농촌과 도시가 서로 돕는 협력에 {}."
    (article,) = articles_of(text.format("나선다"), published=datetime.date(2020, 6, 3))
    assert article["agreements"][0]["signed_on"] == "2020-06-03"
    (article,) = articles_of(text.format("나설 예정이다"), published=datetime.date(2020, 6, 3))
    assert article["agreements"][0]["signed_on"] is None


def test_a_pact_hoped_for_around_a_month_in_a_report_of_the_day_is_no_signing():
    """'14일 충북도에 따르면 이르면 오는 9월쯤 대구시와 도청에서 … 업무협약을 맺는다': the 14th is the day of the
    report, and a month with 쯤 sets no day, so nothing is signed."""
    (article,) = articles_of(
        "14일 충북도에 따르면 이르면 오는 9월쯤 대구시와 충북도청에서 '중부내륙 상생발전 업무협약'을 맺는다. "
        "두 시도는 관광과 문화 교류를 넓히기로 했다.\n",
        published=datetime.date(2023, 4, 14),
    )
    assert article["is_agreement"] is False


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


def test_a_broadcasts_day_in_brackets_after_today_or_yesterday_dates_the_signing():
    """'… 오늘(11) … 자매결연 협정을 맺었습니다' on a page posted the 12th is the 11th; '어제(13일)' the 13th."""
    for said, published, signed in (
        ("오늘(11)", datetime.date(2016, 4, 12), "2016-04-11"),
        ("어제(13일)", datetime.date(2016, 4, 15), "2016-04-13"),
    ):
        (article,) = articles_of(f"충남 태안군과 대전 중구가\n{said} 중구청에서\n자매결연 협정을 맺었습니다.\n", published)
        assert article["agreements"][0]["signed_on"] == signed


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


def test_a_second_signing_of_its_own_day_in_the_same_sentence_is_an_agreement_of_its_own():
    """'… 지난 14일 A와 B 상인회가 … 협약식을 가졌고, 21일에는 C(원장 NAME)가 같은 시장 상인회와 … 협약을
    맺었다': two agreements, each of its own day; the second's partner is the first's, pointed back to."""
    page = (
        "김해시, '전통시장 살리기'에 공공기관 동참 잇따라\n\n"
        "시에 따르면 지난 14일 한국가스기술공사와 새벽골목시장 상인회가 '전통시장 활성화' 자매결연 협약식을 "
        "가졌고, 21일에는 한국국토정보공사(원장 방하윤)가 같은 시장 상인회와 자매결연 협약을 맺었다.\n\n"
        "참석자들은 협약서에 서명한 뒤 점포를 돌며 장을 봤다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2019, 5, 22))
    first, second = article["agreements"]
    assert first["signed_on"] == "2019-05-14"
    assert {p["name"] for p in first["parties"]} == {"한국가스기술공사", "새벽골목시장 상인회"}
    assert second["signed_on"] == "2019-05-21"
    assert {p["name"] for p in second["parties"]} == {"한국국토정보공사", "새벽골목시장 상인회"}
    assert [p["name"] for p in second["people"]] == ["방하윤"]


def test_a_foreign_firms_name_with_its_trade_in_english_written_apart_is_one_name():
    """'옵티론 머티리얼즈와', '케스론 테크놀로지와', '넥시아 솔루션즈와': the trade written apart after a foreign
    firm's name is part of it, as '코리아' is."""
    for firm in ("옵티론 머티리얼즈", "케스론 테크놀로지", "넥시아 솔루션즈"):
        agreement = agreement_of(f"구미시는 11일 외국계 소재기업 {firm}와 투자협약을 맺었다.")
        assert {p["name"] for p in agreement["parties"]} == {"구미시", firm}


def test_a_region_of_several_provinces_in_a_quoted_title_is_no_signer():
    """"'충청-대구 수학여행단 교류 활성화' 업무협약": 충청 is the region of two provinces, no agency ending in 청."""
    agreement = agreement_of("충남도는 20일 도청에서 대구시와 '충청-대구 수학여행단 교류 활성화' 업무협약을 체결했다.")
    assert {p["name"] for p in agreement["parties"]} == {"충남도", "대구시"}


def test_a_round_ups_next_item_that_signs_on_a_day_of_its_own_is_an_agreement_of_its_own():
    """'[경북 시군 소식] … 외': items in paragraphs with no headers; '봉화군은 9일 … 경북하늘대학교와 … 업무협약을
    맺었다', opening its own paragraph on its own day, is a second agreement beside '영주시는 지난 8일 …'."""
    page = (
        "[경북 시군 소식] 영주시, 식품업체와 40억 투자협약 외\n\n"
        "예천군이 '2025년 농촌공간정비사업' 공모에 뽑혀 사업비 20억원을 확보했다.\n\n"
        "영주시는 지난 8일 시청 상황실에서 ㈜소백푸드와 40억원 규모의 투자협약을 체결했다. 소백푸드는 "
        "농공단지에 사과 가공 공장을 세우고 주민 15명을 새로 고용한다.\n\n"
        "봉화군은 9일 군청 회의실에서 경북하늘대학교와 청년 정착을 위한 업무협약을 맺었다. 협약식에는 "
        "봉화군수와 총장 등 20여 명이 참석했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 6, 12))
    first, second = article["agreements"]
    assert {p["name"] for p in first["parties"]} == {"영주시", "㈜소백푸드"}
    assert first["signed_on"] == "2024-06-08"
    assert {p["name"] for p in second["parties"]} == {"봉화군", "경북하늘대학교"}
    assert second["signed_on"] == "2024-06-09"


def test_a_body_named_among_the_first_ceremonys_guests_may_sign_the_later_agreement():
    """'같은 날 시는 A대학교, B공단과 … 업무협약도 맺었다' and, later, '협약식에는 … A대학교 부총장, B공단 이사장
    등이 참석했다': the guests named last sign the second agreement; they are no reason to miss it."""
    page = (
        "동해시는 20일 시청에서 ㈜나래메탈과 150억원 규모의 '폐배터리 재활용 공장 건립 투자협약'을 체결했다.\n\n"
        "협약에 따라 나래메탈은 북평동 부지에 공장을 짓는다.\n\n"
        "같은 날 시는 동해해양대학교, 한국자원순환공단과 '재활용 산업 인력 양성 업무협약'도 맺었다.\n\n"
        "협약식에는 도태윤 동해시장과 함서린 ㈜나래메탈 대표, 동해해양대학교 남궁하준 부총장, "
        "한국자원순환공단 위서진 이사장 등이 참석했다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2026, 5, 21))
    first, second = article["agreements"]
    assert {p["name"] for p in first["parties"]} == {"동해시", "㈜나래메탈"}
    assert {"동해해양대학교", "한국자원순환공단"} <= {p["name"] for p in second["parties"]}


def test_one_subject_signing_with_a_partner_on_each_of_two_days_makes_two_agreements():
    """'… 16일 도쿄에서는 A와, 17일 오사카에서는 B와 각각 투자 양해각서를 맺을 예정입니다': one head, a partner
    on each day; each agreement has its own day, and the money each firm's own paragraph gives."""
    page = (
        "경북, 일본 기업 2곳 투자 유치 눈앞\n\n"
        "경상북도가\n일본 자본 유치를 눈앞에 뒀습니다.\n\n"
        "하태준 경북지사는\n내일부터 사흘 동안 일본에서 열리는\n투자 설명회에 참석해\n\n"
        "16일 도쿄에서는 화학 업체\n미즈카와케미칼과,\n17일 오사카에서는 부품 업체\n다카하시정공과\n"
        "각각 투자 양해각서를 맺을 예정입니다.\n\n"
        "미즈카와케미칼은\n구미국가산업단지에\n우리 돈 약 300억 원을 들여\n공장을 짓습니다.\n\n"
        "다카하시정공은\n약 70억 원을 투자해\n부품 공장을 세웁니다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2009, 6, 14))
    first, second = article["agreements"]
    assert (first["signed_on"], second["signed_on"]) == ("2009-06-16", "2009-06-17")
    assert "미즈카와케미칼" in {p["name"] for p in first["parties"]}
    assert "다카하시정공" in {p["name"] for p in second["parties"]}
    assert [b["amount_krw"] for b in first["budgets"]] == [30_000_000_000]
    assert [b["amount_krw"] for b in second["budgets"]] == [7_000_000_000]


def test_a_provinces_short_name_before_a_city_is_no_member_of_a_list_of_places():
    """'제주 서귀포시 대륜동 행정복지센터(동장 NAME)는 …': 제주 says where the city is; it names no 제주시."""
    page = (
        "제주 서귀포시 대륜동 행정복지센터(동장 어수진)는 서귀포미용업협회 대륜지부(지부장 편다은)와 위기가구 "
        "발굴을 위한 업무협약을 맺었다고 10일 밝혔다.\n"
    )
    assert "제주시" not in page_party_names(page, datetime.date(2026, 3, 10))


def test_a_ceremony_held_as_the_subject_takes_its_signers_from_the_next_sentence():
    """'A의 … 스폰서십 협약식이 24일 … 열렸다. 이날 협약식에는 … 참석해 B·A·C 세 기관이 … 서명했다': the
    three that sign are the parties, the firm no longer a guest, and each head is a person of the pact."""
    page = (
        "청주FC 메인 스폰서 2년 더\n\n"
        "충북청주FC의 새 시즌 메인 스폰서십 협약식이 24일 충북도청 소회의실에서 열렸다.\n\n"
        "이날 협약식에는 구단주인 남궁윤 충북도지사와 어태경 청주FC 대표이사, 편서희 ㈜다솔에너지 대표가 참석해 "
        "충청북도·청주FC·다솔에너지 세 기관이 함께 만든 협약서에 차례로 서명했다.\n\n"
        "협약에 따라 다솔에너지는 2년간 모두 5억 원을 구단에 후원한다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2022, 2, 25))
    (agreement,) = article["agreements"]
    assert {p["name"] for p in agreement["parties"] if p["role"] == "party"} == {
        "충북청주FC",
        "충청북도",
        "㈜다솔에너지",
    }
    assert {p["name"] for p in agreement["people"]} == {"남궁윤", "어태경", "편서희"}


def test_a_topic_word_after_the_last_side_of_a_quoted_title_is_no_part_of_its_name():
    """"'경상남도-㈜누리모빌리티 수소버스 충전소 구축 투자협약'을 맺는다": the firm is ㈜누리모빌리티, 수소버스 the
    pact's topic."""
    agreement = agreement_of(
        "윤서진 경남도지사 권한대행은 14일 도청에서 ㈜누리모빌리티와 '경상남도-㈜누리모빌리티 수소버스 충전소 "
        "구축 투자협약'을 맺는다. 협약식에는 탁지현 ㈜누리모빌리티 대표가 함께한다."
    )
    assert {p["name"] for p in agreement["parties"]} == {"경상남도", "㈜누리모빌리티"}
    # a place before the title's topic is no body: "'충남-대구 수학여행단 교류' 협약"
    agreement = agreement_of("충청남도는 20일 도청에서 대구시와 '충남-대구 수학여행단 교류 활성화' 업무협약을 체결했다.")
    assert {p["name"] for p in agreement["parties"]} == {"충청남도", "대구시"}


# --- people ---------------------------------------------------------------------------------------------


def test_a_townships_head_speaks_for_its_office_written_with_its_city():
    """'정읍시 신태인읍 행정복지센터는 … 협약을 체결했다' and '오미경 신태인읍장은 "…"': the head of the 읍 that
    signs (its office written apart after the city) is its official, no guest."""
    agreement = agreement_of(
        "김제시 만경읍 행정복지센터는 5일 새빛교회와 홀몸 어르신 돌봄 업무협약을 체결했다.\n\n"
        "채윤서 만경읍장은 \"교회의 손길이 큰 힘이 될 것\"이라고 말했다."
    )
    assert "채윤서" in {p["name"] for p in agreement["people"]}


def test_a_name_before_ceo_is_a_persons_even_when_kiwi_reads_it_as_a_common_noun():
    """'… ㈜A 엄태진 CEO가 참석했다': CEO is a title no common word takes, so the three syllables before it,
    surname first, are a name."""
    agreement = agreement_of(
        "고창군은 5일 군청에서 블루타이드에너지와 해상풍력 투자협약을 체결했다. 이날 협약식에는 염태섭 고창군수와 "
        "블루타이드에너지 엄태진 CEO가 참석했다."
    )
    assert ("엄태진", "CEO", "블루타이드에너지") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


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


def test_a_term_counted_from_the_signing_day_and_years_spread_over_are_targets():
    """'협력 기간은 협약일부터 2년이며' is the pact's term; '… 3년에 걸쳐 모두 3천600만원을' the years the money
    is given over: both are durations of the pact, as '3년간' is."""
    agreement = agreement_of(
        "충주시와 ㈜가람테크는 20일 업무협약을 체결했다. 협력 기간은 협약일부터 2년이며, 기간이 끝나기 한 달 "
        "전까지 어느 쪽도 해지 뜻을 밝히지 않으면 같은 기간만큼 자동으로 늘어난다."
    )
    assert measures(agreement) == {(2, "년")}
    agreement = agreement_of(
        "가람신협과 나래장학회는 20일 장학 협약을 맺었다. 신협은 해마다 1천200만원씩 3년에 걸쳐 모두 "
        "3천600만원을 내놓기로 약속했다."
    )
    assert measures(agreement) == {(3, "년")}


def test_a_partner_citys_area_after_its_population_is_no_target():
    """'… 탕저우시는 인구 약 650만명, 면적 1만1천여㎢의 공업도시로': the partner city's profile, not a
    figure of the pact."""
    agreement = agreement_of(
        "경북 영천시는 중국 탕저우시와 우호교류 협정을 맺었다고 23일 밝혔다. 탕저우시는 인구 약 650만명, "
        "면적 1만1천여㎢의 공업도시로 철강과 기계 산업이 주력이다."
    )
    assert measures(agreement) == set()


def test_each_agreement_of_a_page_keeps_its_own_figure_when_another_has_the_same():
    """'… ㈜A는 앞으로 3년간 …' and, for the second pact, '두 기관은 앞으로 3년간 …': each agreement has its
    own three years; the second is no repeat of the first's."""
    (article,) = articles_of(
        "나래시는 10일 시청에서 ㈜다온정밀과 120억원 규모의 투자협약을 체결했다. 다온정밀은 앞으로 3년간 공장을 "
        "넓힌다.\n\n이어 시는 같은 자리에서 나래공업대학교와 인재 양성 협약도 맺었다. 두 기관은 앞으로 3년간 "
        "현장실습을 함께 운영한다.\n",
        published=datetime.date(2024, 6, 12),
    )
    assert [measures(a) for a in article["agreements"]] == [{(3, "년")}, {(3, "년")}]


def test_a_years_part_before_the_whole_told_after_it_is_no_budget_of_its_own():
    """'… 해마다 600만원가량, 10년 동안 모두 6천만원이 기탁될 것으로 내다봤다': the year's part is told beside the
    whole; the pact's money is the whole."""
    for every in ("해마다", "매년"):
        agreement = agreement_of(
            f"함양군과 ㈜지리산주조는 26일 장학기금 적립 협약을 맺었다. 군은 {every} 600만원가량, 10년 동안 모두 "
            "6천만원이 기탁될 것으로 내다봤다."
        )
        assert [b["amount_krw"] for b in agreement["budgets"]] == [60_000_000]
    # a first year's payment beside the yearly ones stays: '올해 4억 원을 내놓은 데 이어 … 해마다 3억 원씩, 모두 13억 원'
    agreement = agreement_of(
        "원주시와 새빛은행은 26일 후원 협약을 맺었다. 은행은 올해 4억 원을 내놓은 데 이어 내년부터 3년 동안 "
        "해마다 3억 원씩, 모두 13억 원을 구단에 후원한다."
    )
    assert sorted(b["amount_krw"] for b in agreement["budgets"]) == [400_000_000, 1_300_000_000]
