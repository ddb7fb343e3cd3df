"""General forms the tenth round's real development pages (dev11 and the earlier sets) showed the
extractor missing, tried with sentences written for the purpose (invented names, places and figures):
heads referred back to by surname ('윤 시장') or counted ('두 시장은') as the bodies that sign; a day
quoted as a role ('1일 군수') that dates nothing; an undated signing dated by the event its lead tells,
or by the day of the news when the article names no day; a title printed again above the body; tags
left in copied text; a public site's recent-menu widget. Each test fails on the code before the round
except the guards written with their rules."""

import datetime

from agreements.ingest import extract_bytes
from tests.articles import agreement_of, party_names, signers


def _document(text, published=None):
    return extract_bytes(text.encode(), name="page.txt", published=published)["articles"]


def test_heads_named_in_full_then_by_surname_stand_for_their_own_bodies():
    """'NAME1 가람시장, NAME2 나래시장 …이 … 만났다. 한 시장과 도 시장 … 은 … 협약을 체결했다': each
    surname and title refers back to the head introduced with it, so both cities sign (not the
    article's city twice)."""
    text = (
        "윤가람 가람시장, 도나래 나래시장, 서다온 다온도지사 권한대행이 5일 가람역에서 만나 광역 교통망을 논의했다.\n"
        "이 자리에서 윤 시장과 도 시장, 서 권한대행은 철도 연결 협약을 체결했다."
    )
    assert sorted(signers(text)) == ["가람시", "나래시", "다온도"]


def test_a_surname_that_no_head_was_introduced_with_keeps_the_articles_own_city():
    """Guard: '김 시장은' with no head named 김 before stands for the city the article is about."""
    text = (
        "가람시는 다온전력과 에너지 협력 업무협약을 맺었다.\n"
        "이날 김 시장은 다온전력 대표와 함께 협약서에 서명했다."
    )
    assert "가람시" in signers(text)


def test_two_mayors_counted_as_the_subject_are_the_two_heads_named_before():
    text = (
        "5일 한가람 가람시장과 도나래 나래시장이 가람역에서 만나 철도 연결 현장을 함께 둘러봤다.\n"
        "두 시장은 오후에 가람시청에서 교통 협력 협약을 맺었다."
    )
    assert sorted(signers(text)) == ["가람시", "나래시"]


def test_counted_heads_that_do_not_match_the_heads_named_sign_for_no_one():
    """Guard: '세 시장은' after two named heads names no body rather than a wrong set."""
    text = (
        "5일 한가람 가람시장과 도나래 나래시장이 가람역에서 만났다.\n"
        "세 시장은 교통 협력 협약을 맺었다."
    )
    assert not {"가람시", "나래시"} & set(signers(text))


def test_a_quoted_role_that_opens_with_a_count_of_days_is_no_date():
    """"… '1일 군수'로 위촉했다. 이날 …": 이날 is the 5th, not the 1st."""
    text = (
        "나래군은 5일 가람군 청소년 20명을 '1일 군수'로 위촉했다.\n"
        "이날 나래군과 가람군은 청소년 교류 협약을 맺었다."
    )
    agreement = agreement_of(text, published=datetime.date(2025, 6, 5))
    assert agreement["signed_on"] == "2025-06-05"


def test_an_undated_signing_takes_the_day_of_the_event_the_lead_tells():
    text = (
        "나래군은 12일 군청 대강당에서 귀농 박람회를 가졌다.\n"
        "박람회에는 예비 귀농인 300여 명이 찾았다.\n"
        "군은 박람회장에서 ㈜다온팜, 한빛영농조합과 판로 지원 업무협약도 맺었다."
    )
    agreement = agreement_of(text, published=datetime.date(2024, 9, 12))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2024-09-12", "12일")


def test_a_lead_told_ahead_dates_the_signing_by_the_coming_day():
    """'… 21일 … 열리는 포럼에 … 참석한다고 20일 밝혔다. 포럼에서 … 협약을 맺는다': the 21st
    of this month, not of the last."""
    text = (
        "가람시는 21일 가람컨벤션에서 열리는 광역 관광 포럼에 나래시와 함께 참석한다고 20일 밝혔다.\n"
        "포럼에서 가람시와 나래시는 관광상품 공동 개발 협약을 맺는다."
    )
    agreement = agreement_of(text, published=datetime.date(2023, 5, 20))
    assert agreement["signed_on"] == "2023-05-21"


def test_a_signing_told_as_done_in_an_article_with_no_day_is_dated_by_the_news():
    text = (
        "가람군과 나래군이 산림 보호를 위한 업무협약을 체결했습니다.\n"
        "두 군은 산불 감시 인력을 함께 운영합니다."
    )
    agreement = agreement_of(text, published=datetime.date(2024, 2, 3))
    assert agreement["signed_on"] == "2024-02-03"
    assert agreement["signed_on_text"] == "체결했"  # the verb: a reviewer sees no day was written


def test_a_signing_told_ahead_in_an_article_with_no_day_keeps_no_date():
    """Guard: '… 협약을 체결할 계획이다' is no signing done on the news day."""
    text = "가람군과 나래군이 산림 보호를 위한 업무협약을 체결할 계획이다.\n두 군은 산불 감시 인력을 함께 운영한다."
    agreement = agreement_of(text, published=datetime.date(2024, 2, 3))
    assert agreement["signed_on"] is None


def test_a_title_printed_again_over_the_body_is_not_its_signing_sentence():
    """The page's title, printed again over a photo inside the body, is not read as the signing
    sentence ('가람·나래, 관광 상생 위해 손잡아' names no signer with a particle)."""
    page = (
        "가람·나래, 관광 상생 위해 손잡아\n\n"
        "한가람 기자 2024-03-04 10:00\n\n"
        "가람시와 나래시가 도시의 경계를 넘어 관광 협력을 다진다.\n\n"
        "가람·나래, 관광 상생 위해 손잡아\n\n"
        "▲ 왼쪽부터 한가람 가람시장, 도나래 나래시장.\n\n"
        "이번 회의에서 가람시와 나래시는 관광 분야 상생 협약을 체결한다.\n"
    )
    article = _document(page, datetime.date(2024, 3, 4))[0]
    assert article["headline"] == "가람·나래, 관광 상생 위해 손잡아"
    assert "손잡아" not in article["text"]
    parties = [p["name"] for p in article["agreements"][0]["parties"] if p["role"] == "party"]
    assert sorted(parties) == ["가람시", "나래시"]


def test_tags_left_in_copied_text_are_dropped_and_their_words_kept():
    page = (
        "가람시, 나래전자와 투자협약\n\n"
        "가람시는 <a href='https://news.example/people?id=7' class='person'>한가람</a> 시장과 "
        "<b>나래전자</b> 대표가 참석한 가운데 투자협약을 체결했다고 9일 밝혔다.<br>협약에 따라 공장을 짓는다.\n"
    )
    article = _document(page, datetime.date(2025, 1, 9))[0]
    assert "<" not in article["text"] and "href" not in article["text"]
    assert "한가람 시장과 나래전자 대표가" in article["text"]


def test_a_public_sites_recent_menu_widget_is_not_the_headline():
    page = (
        "글자크기\n\n최근접속메뉴\n\n최근 접속한 메뉴를 보여줍니다.\n\n보도자료\n\n"
        "가람공사, 나래시와 도시재생 협력 협약\n\n"
        "가람공사는 3일 본사에서 나래시와 도시재생 협력 협약을 맺었다고 밝혔다.\n"
    )
    article = _document(page, datetime.date(2021, 10, 4))[0]
    assert article["headline"] == "가람공사, 나래시와 도시재생 협력 협약"
    assert article["agreements"][0]["signed_on"] == "2021-10-03"


def test_firms_listed_with_their_heads_as_the_attending_investors_each_sign():
    """'협약식에 참석한 투자업체 대표는 △㈜A NAME 대표 △… 등이다' names the firms the lead only counts."""
    text = (
        "가람시는 9일 식품기업 4개 사와 투자협약을 체결했다.\n"
        "협약식에 참석한 투자업체 대표는 "
        "△㈜한빛테크 홍길동 대표 △㈜다라정밀 김철수 부사장 △마바산업㈜ 이영희 대표 △㈜사아소재 박민수 공동대표 등이다."
    )
    assert signers(text) == ["가람시", "㈜한빛테크", "㈜다라정밀", "마바산업㈜", "㈜사아소재"]


def test_firms_listed_after_a_clause_that_says_they_sign_each_sign():
    """'… ㈜A 외 3개사와 …' then '투자협약을 체결하는 ㈜A, ㈜B, C(주), D㈜가 …': the firms, not
    the count."""
    text = (
        "가람시는 ㈜한빛테크 외 3개사와 3일 투자협약을 맺는다.\n"
        "시는 투자협약을 체결하는 ㈜한빛테크, ㈜다라정밀, 마바산업(주), 사아소재㈜가 공장을 빨리 짓도록 "
        "인허가를 돕기로 했다."
    )
    assert signers(text) == ["가람시", "㈜한빛테크", "㈜다라정밀", "마바산업(주)", "사아소재㈜"]


def test_a_signing_clause_followed_by_words_that_are_not_firms_lists_no_one():
    """Guard: '협약을 맺은 뒤, 세부 과제를, …' is no list of signers."""
    text = (
        "가람시와 나래시는 관광 협약을 체결했다.\n"
        "두 시는 협약을 맺은 관광, 교통, 환경 분야에서 세부 과제를 찾기로 했다."
    )
    assert signers(text) == ["가람시", "나래시"]


def test_a_list_counted_one_more_than_its_items_splits_its_first_pair():
    """'협약에는 A와 B, C, D 등 총 4개 기업 관계자가 참여했다': four firms whose names end any way."""
    text = (
        "가람시는 지역 중견기업 4곳과 일자리 협약을 맺었다.\n"
        "협약에는 가람자동차와 나래중공업, 다온에너지, 한빛케미칼 등 총 4개 기업 관계자가 참여했다."
    )
    assert signers(text) == ["가람시", "가람자동차", "나래중공업", "다온에너지", "한빛케미칼"]


def test_a_signing_sentence_that_names_no_signer_gives_way_to_the_next_one():
    """'… 협약식이 지난 2일 시청에서 열렸다' (a caption's words) names no signer; '가람시는 ㈜나래물산,
    ㈜다온식품과 … 협약을 맺었다' does."""
    text = (
        "청년 고용 협약식이 지난 2일 가람시청에서 열렸다.\n"
        "가람시는 ㈜나래물산, ㈜다온식품과 청년 고용 확대 협약을 맺었다고 3일 밝혔다."
    )
    agreement = agreement_of(text, published=datetime.date(2023, 11, 3))
    assert [p["name"] for p in agreement["parties"] if p["role"] == "party"] == ["가람시", "㈜나래물산", "㈜다온식품"]
    assert agreement["signed_on"] == "2023-11-02"


def test_a_caption_printed_twice_with_its_credit_stays_apart_from_the_lead():
    """A caption ending in an unbracketed credit ('…이사.  /가람시 제공'), printed twice with a space
    more or less, is neither joined to the lead ('제공가람시는') nor kept twice."""
    caption = "고용 협약식이 지난 2일 가람시청에서 열렸다. 왼쪽부터 홍길동 나래물산 상무, 김철수 다온식품 전무, 이영희 한빛화학 이사."
    page = (
        f"{caption}  /가람시 제공\n{caption} /가람시 제공\n"
        "가람시는 나래물산, 다온식품, 한빛화학과 청년 고용 확대 협약을 맺었다고 3일 밝혔다. "
        "세 기업은 지역 인재를 우선 채용하기로 했다.\n"
    )
    article = _document(page, datetime.date(2023, 11, 3))[0]
    assert "제공가람시는" not in article["text"]
    assert article["text"].count("왼쪽부터") == 1


def test_a_national_associations_city_branch_signs_under_its_whole_name():
    """'나래OO중앙회 가람지회': a 중앙회 is an association, and its branch signs, not a word of it."""
    text = (
        "가람시는 3일 시청에서 나래요식업중앙회 가람지회, 다온제과중앙회 가람지회, 가람관광협회와 "
        "지역 축제 협력 협약을 맺었다고 밝혔다."
    )
    assert signers(text) == ["가람시", "나래요식업중앙회 가람지회", "다온제과중앙회 가람지회", "가람관광협회"]


def test_a_deputy_named_by_a_joined_portfolio_serves_the_articles_own_city():
    """'문화경제부시장', '미래혁신부시장': a portfolio made of two words, not a city called 문화경제시."""
    text = (
        "가람시는 나래관광협회와 관광 협약을 체결했다고 25일 밝혔다.\n"
        "이날 한가람 문화경제부시장과 도나래 미래혁신부시장이 협약식에 함께했다."
    )
    assert {(p["name"], p["org"]) for p in agreement_of(text)["people"]} >= {("한가람", "가람시"), ("도나래", "가람시")}


def test_the_deals_of_a_term_counted_are_no_agreement():
    """'민선 7기 들어 맺은 투자협약 기업 20곳 가운데 …': a tally of earlier deals, read after the
    held-out set was scored."""
    from agreements.ingest.article import extract_article

    text = (
        "가람도가 민선 7기 들어 맺은 투자협약 기업 20곳 가운데 15곳이 공장을 돌리고 있다.\n\n"
        "9일 도에 따르면 2018년 7월부터 지난해 말까지 체결된 투자협약 60건 가운데 45건(75%)이 "
        "공장 가동으로 이어졌다."
    )
    assert extract_article(text, headline=None, subheadline=None, published=datetime.date(2026, 1, 9)) == (False, [])


def test_a_quoted_ceremony_held_ahead_is_the_signing_with_its_day():
    """"‘나래 장학재단 후원 협약식’을 개최한다고 밝혔다": the verb after the closing quote signs."""
    text = (
        "나래군은 12월 8일 오전 군청 대회의실에서 ‘나래 장학재단 후원 협약식’을 개최한다고 밝혔다.\n"
        "협약에는 가람은행 등 3개 기관이 함께한다."
    )
    agreement = agreement_of(text, published=datetime.date(2021, 12, 7))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2021-12-08", "12월 8일")
    # the release posted the day after: still this year's 8 December, not next year's
    assert agreement_of(text, published=datetime.date(2021, 12, 9))["signed_on"] == "2021-12-08"
    # told in December of a day in January: next year's
    january = text.replace("12월 8일", "1월 8일")
    assert agreement_of(january, published=datetime.date(2021, 12, 7))["signed_on"] == "2022-01-08"


def test_a_signing_still_planned_yields_to_the_one_told_as_done():
    """'… 맺었다고 6일 밝혔다. 5일 … 열린 협약식에는 …. … 오는 20일 B군과도 같은 협약을 체결할 계획이다':
    the planned one's day is not this signing's."""
    text = (
        "가람군은 나래시와 우호교류 협약을 맺었다고 6일 밝혔다.\n"
        "5일 나래시청에서 열린 협약식에는 두 단체장 등 30명이 참석했다.\n"
        "가람군은 오는 20일 다온군과도 같은 협약을 체결할 계획이다."
    )
    agreement = agreement_of(text, published=datetime.date(2024, 10, 6))
    assert agreement["signed_on"] == "2024-10-05"


def test_a_signing_told_with_the_day_of_its_report_is_dated_by_it():
    """'8일 나래군에 따르면 … 협약을 맺었다' and no other day: the report's day, as '…했다고 8일
    밝혔다' is."""
    text = (
        "8일 나래군에 따르면 군은 다온대학교와 평생교육 업무협약을 맺었다.\n두 기관은 주민 강좌를 함께 연다."
    )
    agreement = agreement_of(text, published=datetime.date(2019, 8, 8))
    assert (agreement["signed_on"], agreement["signed_on_text"]) == ("2019-08-08", "8일")


def test_a_signing_told_ahead_takes_the_coming_day_the_next_sentence_gives():
    text = (
        "나래군은 농공단지 분양을 알리는 투자유치 협약식을 개최한다.\n\n"
        "9일 군에 따르면 오는 10일 오후 군청 회의실에서 열리는 행사에는 가람식품과 다온물산㈜가 함께한다."
    )
    agreement = agreement_of(text, published=datetime.date(2015, 3, 9))
    assert agreement["signed_on"] == "2015-03-10"


def test_firms_listed_after_the_head_the_list_starts_from_each_sign():
    """'협약식에는 NAME 군수를 비롯해 ㈜A(대표 NAME), ㈜B(대표 NAME) … 등이 참석한다': the head's body is
    no item; the firms are the count's members."""
    text = (
        "가람군은 18일 군청에서 지역 4개 기업과 투자협약을 체결한다.\n"
        "협약식에는 한가람 군수를 비롯해 ㈜한빛철강(대표 홍길동), ㈜다라포장(대표 김철수), ㈜마바소재(대표 이영희), "
        "㈜사아정밀(대표 박민수) 등이 참석한다."
    )
    assert signers(text) == ["가람군", "㈜한빛철강", "㈜다라포장", "㈜마바소재", "㈜사아정밀"]


def test_firms_in_a_bulleted_list_with_their_places_each_sign():
    """'투자 기업은 △A(인천) △B(서울) … 이다': every bulleted item, whatever Kiwi makes of its name."""
    text = (
        "가람시는 9일 4개 기업과 공장 신설 투자협약을 맺었다.\n"
        "투자 기업은 △한빛쏠라(가람) △다라교구(나래) △마바금형(다온 북구) △사아온(한빛)이다."
    )
    assert signers(text) == ["가람시", "한빛쏠라", "다라교구", "마바금형", "사아온"]


def test_firms_bulleted_with_arrows_before_their_count_each_sign():
    """'군은 ▷A ▷B ▷C 등 3개 사와 … 체결하기도 했다': the list starts at its first bullet, and no name keeps it."""
    text = (
        "나래군은 귀농 박람회를 열었다. 이 자리에서 군은 ▷가람식품 ▷한빛물류 "
        "▷다온팜 등 3개 사와 함께 투자협약을 체결하기도 했다."
    )
    assert signers(text) == ["나래군", "가람식품", "한빛물류", "다온팜"]


def test_the_heads_who_sign_after_the_attendance_name_their_bodies():
    """'… 참석한 가운데 NAME 가람시장과 NAME 가람교육감, NAME OO연구회 이사장, …, NAME OO협회장이 대표로
    서명했다': each head's body signs — written before the title, or named by the title fused with it."""
    text = (
        "협약식은 20여 기관장이 참석한 가운데 한가람 가람시장과 도나래 "
        "가람교육감, 서다온 나래과학기술연구회 이사장, 김한빛 다온진흥재단 이사장, 박가온 나래기관장협의회장, "
        "이누리 가람벤처협회장이 대표로 서명했다."
    )
    assert signers(text) == [
        "가람시",
        "가람교육청",
        "나래과학기술연구회",
        "다온진흥재단",
        "나래기관장협의회",
        "가람벤처협회",
    ]


def test_the_firms_that_will_sign_listed_after_saying_so_each_sign():
    """'협약을 체결할 기업은 ㈜A(대표 NAME), B㈜(대표 NAME), C㈜(대표 NAME)이다'."""
    text = (
        "나래군은 3개 기업과 오는 21일 투자협약을 맺는다고 18일 밝혔다.\n"
        "협약을 체결할 기업은 ㈜한빛팜(대표 홍길동), 나래숲길㈜(대표 김철수), 다온식품㈜(대표 이영희)이다."
    )
    assert signers(text) == ["나래군", "㈜한빛팜", "나래숲길㈜", "다온식품㈜"]


def test_bodies_that_also_signed_with_the_lead_each_sign():
    """'가람시, 나래도, 다온시 등도 가람공사와 공동으로 협약을 맺었다': more signers beside the lead's."""
    text = (
        "가람공사는 3일 본사에서 12개 기업과 450억원 규모의 투자 협약을 맺었다고 4일 밝혔다. "
        "가람시, 나래도, 다온시 등도 가람공사와 공동으로 협약을 맺었다."
    )
    assert signers(text) == ["가람공사", "12개 기업", "가람시", "나래도", "다온시"]


def test_the_power_utility_is_known_by_its_common_name():
    """'한국전력은 … 한전과': the gazetteer's 한국전력공사 by the name papers use for it, one body with
    its short name, so the lead's signer is not lost when the short name follows."""
    text = (
        "한국전력은 3일 본사에서 12개 기업과 450억원 규모의 에너지 투자 협약을 맺었다고 4일 밝혔다. "
        "나래시도 한전과 함께 협약을 맺었다."
    )
    assert signers(text)[:2] == ["한국전력", "12개 기업"]


def test_a_district_several_cities_have_is_named_with_its_city():
    """'부산 남구는 대전 서구와 …': which 남구 and which 서구 a reader must know; a bare '서구' after it is
    the same party."""
    text = (
        "부산 남구는 대전 서구와 우호교류 협약을 맺었다고 3일 밝혔다.\n"
        "협약식에는 한가람 부산 남구청장과 도나래 대전 서구청장 등 20명이 참석했다."
    )
    assert party_names(text) == ["부산 남구", "대전 서구"]


def test_the_ceremonys_venue_is_no_attendee():
    """'5일 가람시 나래구청 상황실에서 열린 협약식에는 …이 참석했다': the city and office there are where."""
    text = (
        "다온군은 나래구와 농산물 직거래 협약을 맺었다고 9일 밝혔다.\n"
        "8일 가람시 나래구청 회의실에서 열린 협약식에는 두 단체장 등 15명이 참석했다."
    )
    assert "가람시" not in party_names(text)


def test_a_later_sentence_listing_the_counted_firms_names_them():
    """'가람식품 등 2개 사와 … 맺었다' then '… 군은 ▷A ▷B 등 2개 사와 투자협약을 맺었다'."""
    text = (
        "나래군은 2일 투자 설명회를 열고 가람식품 등 2개 사와 투자 양해각서를 맺었다고 밝혔다.\n"
        "이 자리에서 군은 ▷가람식품 ▷한빛물류 등 2개 사와 투자협약을 맺었다."
    )
    assert signers(text) == ["나래군", "가람식품", "한빛물류"]


def test_a_person_before_the_store_they_head_is_no_part_of_its_name():
    """'정가온 나래백화점 대표': a person and a store, not a branch called '정가온 나래백화점'; and
    '50여개 기업 대표와' names no body '기업'."""
    text = (
        "가람시는 2일 설명회를 열고 나래백화점 등 2개 사와 투자 양해각서를 맺었다고 밝혔다.\n"
        "설명회에는 한가람 가람시장을 비롯해 정가온 나래백화점 대표 등 50여개 기업 대표와 함께 "
        "가람무역협회 관계자 등이 참석했다."
    )
    names = party_names(text)
    assert "나래백화점" in names
    assert not {"정가온 나래백화점", "기업"} & set(names)


def test_firms_only_counted_are_the_partners_of_the_next_signing_of_the_day():
    """'2개 기업과 … 양해각서를 체결했다' then '시는 이날 A와 … 투자, B과 … 투자 협약을 했다'."""
    text = (
        "나래군은 3일 2개 기업과 500억원 규모 투자협약을 맺었다.\n"
        "군은 이날 한빛덱스와 이차전지 부품 공장 300억원 투자, 나래개발과 리조트 조성 200억원 투자 협약을 했다."
    )
    assert signers(text) == ["나래군", "한빛덱스", "나래개발"]


def test_partners_closed_by_etc_among_known_bodies_are_firms_too():
    """'… 국토부와 환경부, 한국수자원공사, AB E&S, 나래모터스, 다온파워(Daon Power) 등과 … 맺었다': the
    items the extractor does not know, listed among bodies it knows, sign as firms."""
    text = (
        "나래시는 9일 국토부와 환경부, 한국수자원공사, AB E&S, 나래모터스, 다온파워(Daon Power) 등과 "
        "그린수소 업무협약을 맺었다고 밝혔다."
    )
    assert {"AB E&S", "나래모터스", "다온파워"} <= set(signers(text))


def test_a_signing_to_be_done_at_the_leads_coming_event_takes_its_coming_day():
    """'나래군은 16일 … 유치 설명회를 개최한다. 설명회에서 군은 … 투자협약을 체결할 예정이다': the 16th
    of this month (a day ahead), not of the last."""
    text = (
        "나래군은 16일 서울에서 기업 유치 설명회를 개최한다.\n"
        "설명회에서 군은 식품업체 3곳과 투자협약을 체결할 예정이다."
    )
    assert agreement_of(text, published=datetime.date(2014, 10, 15))["signed_on"] == "2014-10-16"
