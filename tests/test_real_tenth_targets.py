"""Targets that real pages read wrongly (issue 10, tenth round): counts that are not the agreement's
own figures. Invented names, places and figures throughout."""

import datetime

from tests.articles import measures, only_agreement

PUBLISHED = datetime.date(2024, 5, 14)


def test_those_invited_to_the_event_are_no_target():
    """'기업 60여개사를 초청해 … 소개했다': the guests of the day, not a count the agreement sets."""
    agreement = only_agreement(
        "누리시는 13일 한빛호텔에서 가람전자와 투자 양해각서를 체결했다. 시는 이날 수도권 기업 등 "
        "60여개사를 초청해 투자 여건을 소개했다. 가람전자는 공장을 지어 120명을 고용하기로 했다.",
        PUBLISHED,
    )
    assert (60, "개사") not in measures(agreement)
    assert (120, "명") in measures(agreement)


def test_people_invited_to_a_talk_are_no_target():
    agreement = only_agreement(
        "다솜군과 가람시는 12일 상생협력 협약을 체결했다. 두 단체장은 이날 주민 대표 30여명을 초청해 "
        "간담회를 가졌다. 양 시군은 관광객 2천명을 서로 보내기로 했다.",
        PUBLISHED,
    )
    assert (30, "명") not in measures(agreement)
    assert (2000, "명") in measures(agreement)


def test_the_signing_firms_counted_again_are_no_target():
    """'한빛전자 등 6개사와 … 체결했다', then '협약을 맺은 6개사의 투자 규모는': the same firms, who sign."""
    agreement = only_agreement(
        "가람도는 12일 도청에서 한빛전자 등 6개사와 투자협약을 체결했다. 이날 협약을 맺은 6개사의 "
        "투자 규모는 모두 800억원이며, 신규 고용은 300명이다.",
        PUBLISHED,
    )
    assert (6, "개사") not in measures(agreement)
    assert (300, "명") in measures(agreement)


def test_firms_counted_in_a_later_line_as_the_signers_are_no_target():
    agreement = only_agreement(
        "가람도는 다솜만권에 7개 기업이 900억원을 투자하는 협약을 체결했다고 4일 밝혔다. 이들 기업은 "
        "공장을 지어 250명을 고용한다.\n[소식] 가람도, 7개 기업 다솜만권 투자 협약 체결",
        PUBLISHED,
    )
    assert (7, "개") not in measures(agreement)
    assert (250, "명") in measures(agreement)


def test_firms_counted_beside_the_one_named_are_no_target():
    """'㈜한빛정밀 외 4개사를 유치했다': the firm named and the others with it, who sign."""
    agreement = only_agreement(
        "누리시가 ㈜한빛정밀 외 4개사를 누리산업단지에 유치했다. 누리시는 이들 기업과 15일 투자협약을 "
        "체결했다. ㈜한빛정밀 외 4개사는 5만㎡ 부지에 공장을 짓는다.",
        PUBLISHED,
    )
    assert (4, "개사") not in measures(agreement)
    assert (50000, "㎡") in measures(agreement)


def test_bodies_counted_in_brackets_after_their_kind_are_no_target():
    """'참여 기관(5개)은 A, B … 등이다': how many bodies take part, not a goal."""
    agreement = only_agreement(
        "누리시는 20일 시청에서 공공기관 봉사활동 협약식을 개최했다. 참여 기관(5개)은 가람공단, "
        "한빛공사, 다솜연구원, 나래재단, 누리진흥원 등이다. 기관들은 매년 봉사활동 40회를 하기로 했다.",
        PUBLISHED,
    )
    assert (5, "개") not in measures(agreement)
    assert (40, "회") in measures(agreement)


def test_schools_counted_by_their_heads_are_no_target():
    """'3개교 총장은 …': the universities that sign, counted by their presidents."""
    agreement = only_agreement(
        '가람시는 11일 가람대, 한빛대, 다솜대와 지역 상생 협약을 체결했다. 3개교 총장은 "지역과 함께 '
        '성장하겠다"고 말했다. 대학들은 유학생 200명을 유치하기로 했다.',
        PUBLISHED,
    )
    assert (3, "개교") not in measures(agreement)
    assert (200, "명") in measures(agreement)


def test_the_parts_of_a_count_in_one_sentence_are_no_targets_of_their_own():
    """'공동사업 5개, 가람사업 3개, 다솜사업 2개 등 모두 10개 사업': the total is the goal, not its parts."""
    agreement = only_agreement(
        "가람지사와 다솜시장은 9일 가람도청에서 공동사업 5개, 가람사업 3개, 다솜사업 2개 등 모두 3개 분야 "
        "10개 사업을 추진하기 위한 교류 협력 사업을 합의하고 교류협정을 체결했다.",
        PUBLISHED,
    )
    assert {(5, "개"), (3, "개"), (2, "개")}.isdisjoint(measures(agreement))
    assert (10, "개") in measures(agreement)


def test_the_signing_firms_broken_down_by_trade_are_no_targets():
    """'식품분야 3개사, 물류분야 1개사, 제조분야 4개사다' after '8개 기업이 … 협약을 체결했다'."""
    agreement = only_agreement(
        "가람도는 다솜항에 8개 기업이 700억원을 투자하는 협약을 체결했다고 4일 밝혔다. 이번 투자협약은 "
        "식품분야 3개사, 물류분야 1개사, 제조분야 4개사다. 기업들은 신규 인력 320명을 채용한다.",
        PUBLISHED,
    )
    assert {(3, "개사"), (1, "개사"), (4, "개사")}.isdisjoint(measures(agreement))
    assert (320, "명") in measures(agreement)


def test_a_count_in_brackets_after_a_field_is_a_part_of_the_list():
    """'관광 분야(3개)': how many of the listed projects fall in the field, a breakdown of the total."""
    agreement = only_agreement(
        "가람시와 다솜시는 5일 3개 분야 7개 사업의 상생협력 협약을 체결했다.\n"
        "철도 연결, 도로 확장 등 교통 분야(2개)\n"
        "축제 교류, 관광상품 개발 등 관광 분야(3개)\n"
        "공무원 교류, 청소년 교류 등 교류 분야(2개)",
        PUBLISHED,
    )
    assert {(2, "개"), (3, "개")}.isdisjoint(measures(agreement))
    assert (3, "분야") in measures(agreement)


def test_places_listed_and_counted_are_no_target():
    """'A리, B리 … 등 4개 지역', 'A·B 등 5개 자매도시': where the work is or who is visited, not a goal."""
    agreement = only_agreement(
        "다솜군은 11일 한빛에너지와 태양광 발전 양해각서를 체결했다. 양측은 가람리, 누리리, 다솜읍 "
        "새빛리 등 3개 지역 12만㎡ 부지에 발전설비 8MW를 짓기로 했다.",
        PUBLISHED,
    )
    assert (3, "개") not in measures(agreement)
    assert (8, "MW") in measures(agreement)


def test_sister_cities_counted_are_no_target():
    agreement = only_agreement(
        "가람구청장이 누리·다솜·새빛 등 4개 자매도시를 잇달아 방문해 교류 협약을 체결했다. 구는 매년 "
        "청소년 60명을 자매도시에 보내기로 했다.",
        PUBLISHED,
    )
    assert (4, "개") not in measures(agreement)
    assert (60, "명") in measures(agreement)


def test_a_ratio_is_no_count_of_vehicles():
    """'1대1 대응투자', '1대 1 매칭': a ratio, not one of anything."""
    agreement = only_agreement(
        "가람교육청과 다솜군은 12일 교육협력 협약을 맺었다. 두 기관은 1대1 대응투자로 4년간 "
        "통학버스 3대를 운행하기로 했다.",
        PUBLISHED,
    )
    assert (1, "대") not in measures(agreement)
    assert (3, "대") in measures(agreement)


def test_a_plants_monthly_output_is_a_target():
    """'월 3만톤의 사료 생산을 목표로': how much the plant makes a month, not a monthly allowance."""
    agreement = only_agreement(
        "다솜군은 10일 한빛사료㈜와 투자 양해각서를 체결했다. 한빛사료는 총 120억원을 투자하여 월 "
        "3만톤의 사료 생산을 목표로 공장을 짓기로 했다.",
        PUBLISHED,
    )
    assert (30000, "톤") in measures(agreement)


def test_golf_holes_and_times_are_units():
    """'18홀 골프장', '3차례의 공연': counted like '회' and '실'."""
    agreement = only_agreement(
        "가람군은 9일 누리레저㈜와 관광단지 조성 협약을 체결했다. 누리레저는 36홀 골프장과 호텔을 짓고, "
        "군과 함께 연말까지 3차례의 주민 음악회를 열기로 했다.",
        PUBLISHED,
    )
    assert (36, "홀") in measures(agreement)
    assert (3, "차례") in measures(agreement)


def test_firms_counted_with_a_word_on_their_kind_are_the_signers_again():
    """'모두 9개 유망기업으로부터 … 유치했다' after '9개 기업 대표이사와 … 협약을 체결했다'."""
    agreement = only_agreement(
        "가람도가 모두 9개 유망기업으로부터 1,200억 원의 투자를 유치했다. 가람지사는 13일 도청에서 "
        "9개 기업 대표이사와 함께 합동 투자협약을 체결했다. 기업들은 24만㎡ 부지에 공장을 짓는다.",
        PUBLISHED,
    )
    assert (9, "개") not in measures(agreement)
    assert (240000, "㎡") in measures(agreement)


def test_the_year_a_firm_opened_its_site_does_not_date_the_new_jobs():
    """'2016년 가람사업장을 개설한 이후 …, 올해 증설로 150명을 고용': the year of the opening, not of the jobs."""
    agreement = only_agreement(
        "누리시는 12일 ㈜한빛바이오와 증설 투자협약을 체결했다. 한빛바이오는 2016년 누리사업장을 개설한 "
        "이후 생산을 꾸준히 늘리고 있으며, 올해 증설을 통해 150명을 새로 고용할 계획이다.",
        PUBLISHED,
    )
    assert (150, "명") in measures(agreement)


def test_a_firms_present_headcount_is_no_target():
    """'상시 고용 인원은 85명, 연간 매출액은 …': what the firm is now, not what the agreement sets."""
    agreement = only_agreement(
        "누리시는 12일 ㈜한빛정공과 본사 이전 투자 양해각서를 체결했다. ㈜한빛정공은 2009년 법인을 "
        "설립해 가람시에 공장을 두고 상시 고용 인원은 85명, 연간 매출액은 300억원에 달한다. 회사는 "
        "이전 후 40명을 새로 고용하기로 했다.",
        PUBLISHED,
    )
    assert (85, "명") not in measures(agreement)
    assert (40, "명") in measures(agreement)


def test_the_news_day_after_a_term_is_no_count_spread_over_it():
    """'2년간 적립하는 협약을 맺었다고 14일 밝혔다': the 14th is the day of the news, not a count the years
    are the span of, so the term stays a target."""
    agreement = only_agreement(
        "가람군은 ㈜한빛식품과 두부 1모를 팔 때마다 장학금으로 20원을 2년간 적립하는 협약을 맺었다고 "
        "14일 밝혔다.",
        PUBLISHED,
    )
    assert (2, "년") in measures(agreement)
