"""Budgets and targets that real pages read wrongly (issue 10, tenth round, second pass): how amounts
are written, money that is not the agreement's, and counts that are not its goals. Invented names,
places and figures throughout."""

import datetime

from agreements.ingest.numbers import find_amounts
from tests.articles import amounts, measures, only_agreement

PUBLISHED = datetime.date(2024, 5, 14)


def test_an_amount_about_so_many_hundred_millions_is_read():
    """'2600여억 원': about 2600억, the 여 written before the myriad."""
    agreement = only_agreement(
        "나래군은 13일 ㈜한빛솔라 컨소시엄과 수상 태양광 발전사업 협약을 체결했다. 컨소시엄은 총사업비 "
        "1400여억 원을 들여 발전시설을 짓는다.",
        PUBLISHED,
    )
    assert 140_000_000_000 in amounts(agreement)


def test_a_bare_myriad_that_begins_a_word_is_no_amount():
    """'가람몰 3.0 조성': a version number before 조성 is no 3조."""
    assert [m.amount_krw for m in find_amounts("가람백화점은 가람몰 3.0 조성을 위해 800억 원을 투자한다.")] == [
        80_000_000_000
    ]


def test_rent_a_party_is_to_receive_is_no_budget():
    """'연간 3억 원의 부지 임대료를 받을 예정': the party's income from the deal, not money it spends."""
    agreement = only_agreement(
        "가람도는 12일 ㈜누리에너지와 태양광 발전사업 협약을 체결했다. 누리에너지는 250억 원을 들여 "
        "발전소를 짓는다. 가람도는 사업자로부터 연간 3억 원의 부지 임대료를 받을 예정이다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {25_000_000_000}


def test_sales_income_a_party_is_forecast_is_no_budget():
    """'연간 평균 약 4억 원의 전력판매 및 인증서(REC) 판매 수입이 전망된다': income, not the agreement's money."""
    agreement = only_agreement(
        "다솜군은 11일 ㈜한빛솔라와 태양광발전 양해각서를 체결했다. 양측은 총 사업비 120억 원을 들여 "
        "발전시설을 조성한다. 군은 발전소가 가동되면 연간 평균 약 4억 원의 전력판매 및 공급 인증서(REC) "
        "판매 수입이 전망된다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {12_000_000_000}


def test_a_years_share_of_a_total_is_no_budget_of_its_own():
    """'매년 3억원씩 총 12억원': the total is the agreement's money, the yearly share a part of it."""
    agreement = only_agreement(
        "가람군은 누리교육청과 교육협력지구 협약을 체결했다. 군은 매년 3억원씩 총 12억원의 사업비를 "
        "지원하기로 했다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {1_200_000_000}


def test_a_yearly_donation_and_its_years_total_is_one_budget():
    agreement = only_agreement(
        "다솜신협은 나래장학회와 장학금 기부 협약을 체결했다. 신협은 매년 2000만원씩 5년 동안 1억원을 "
        "기부하기로 약정했다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {100_000_000}


def test_this_years_share_of_an_investment_is_part_of_its_total():
    """'올해 900억 원 등 2028년까지 모두 2천억 원을 투자': this year's share of the total."""
    agreement = only_agreement(
        "가람도는 12일 ㈜한빛정밀과 투자양해각서를 체결했다. 한빛정밀은 누리산업단지에 올해 900억 원 등 "
        "2028년까지 모두 2천억 원을 투자해 부품을 생산할 계획이다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {200_000_000_000}


def test_what_the_body_drew_in_since_its_head_took_office_is_no_budget():
    """'시장이 지난해 취임 이후 9조원 규모의 기업 투자를 유치했다': a running total, not this agreement's."""
    agreement = only_agreement(
        "가람시는 12일 ㈜한빛화학과 600억원 규모의 투자협약을 체결했다. 가람시는 박 시장이 지난해 7월 취임 "
        "이후 9조2000억원 규모의 국내외 기업 투자를 유치했다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {60_000_000_000}


def test_what_the_body_has_drawn_in_to_the_day_is_no_budget():
    agreement = only_agreement(
        "나래시는 9일 ㈜누리식품과 투자협약을 체결했다. 누리식품은 350억원을 들여 공장을 짓는다. 한편 "
        "나래시는 상반기 900억원을 포함해 이날까지 2100억원 규모 투자유치를 달성했다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {35_000_000_000}


def test_a_round_sum_of_some_size_that_the_exact_one_repeats_is_one_budget():
    """'1000억 원 규모의 투자를 유치했다' and '1064억 원 규모의 … 협약': the round figure and the exact one
    are the same money, even when a photo caption comes before the lead."""
    agreement = only_agreement(
        "가람시장(왼쪽 세번째)이 9일 기업 대표들과 협약을 맺은 뒤 기념촬영을 하고 있다.\n"
        "가람시가 유망기업 5곳으로부터 1000억 원 규모의 투자를 유치했다.\n"
        "가람시는 9일 시청에서 유망기업 5개 사와 1064억 원 규모의 투자 업무협약을 맺었다고 밝혔다.",
        PUBLISHED,
    )
    assert amounts(agreement) == {106_400_000_000}


def test_the_same_sum_of_two_firms_in_two_sentences_is_two_budgets():
    """'㈜B는 … 40억원을 각각 투자', then '㈜C는 … 40억을 들여': each firm's own investment."""
    agreement = only_agreement(
        "나래군은 10일 4개 기업과 투자협약을 체결했다. ㈜가람레저는 나래읍 2만㎡의 부지에 90억원을, "
        "㈜누리펜션은 다솜리 1만㎡에 40억원을 각각 투자해 휴양단지를 조성한다. ㈜한빛수산은 새빛리 "
        "8천㎡의 부지에 40억을 들여 가공공장을 짓는다.",
        PUBLISHED,
    )
    assert sorted(b["amount_krw"] for b in agreement["budgets"]) == [4_000_000_000, 4_000_000_000, 9_000_000_000]


def test_the_same_site_of_two_firms_in_one_sentence_is_two_targets():
    """'㈜A는 … 1만5000㎡에 …, ㈜B는 … 1만5000㎡에': each firm's own site."""
    agreement = only_agreement(
        "가람도는 9일 5개 기업과 투자협약을 체결했다. ㈜한빛조선은 누리농공단지 내 1만5000㎡에 120억 원을 "
        "투자해 선박을 건조키로 했고, ㈜다솜바이오는 나래면 1만5000㎡에 90억 원을 투자해 원료를 생산한다.",
        PUBLISHED,
    )
    sites = [t for t in agreement["targets"] if (t["value"], t["unit"]) == (15000, "㎡")]
    assert len(sites) == 2


def test_a_firms_figure_told_again_is_still_one_target():
    """Guard: the same firm's site told twice is one figure."""
    agreement = only_agreement(
        "가람시는 9일 ㈜한빛정밀과 투자협약을 체결했다. ㈜한빛정밀은 3만㎡ 부지에 공장을 짓는다. "
        "㈜한빛정밀은 3만㎡ 부지에 연구소도 둔다.",
        PUBLISHED,
    )
    assert len([t for t in agreement["targets"] if (t["value"], t["unit"]) == (30000, "㎡")]) == 1


def test_what_a_signing_firm_does_now_is_no_target():
    """'… 전문기업으로 국내 2000여개 병원에 제품을 공급하고 해외 12개국에 수출하고 있다': the firm's
    business today, not what the agreement sets."""
    agreement = only_agreement(
        "가람도는 12일 ㈜한빛코스메틱 등 2개 기업과 투자협약을 체결했다. 한빛코스메틱은 2005년 설립된 "
        "화장품 소재 전문기업으로 국내 2000여개 병원에 제품을 공급하고 해외 12개국에 수출하고 있다. "
        "회사는 누리산업단지 1만㎡ 부지에 공장을 짓고 25명을 새로 고용한다.",
        PUBLISHED,
    )
    assert {(2000, "개"), (12, "개국")}.isdisjoint(measures(agreement))
    assert {(10000, "㎡"), (25, "명")} <= measures(agreement)


def test_another_programme_a_party_takes_part_in_is_no_target():
    """'이 밖에도 … 150㎿급 해상풍력 실증단지 개발 사업에 참여하고 있다': the party's other work."""
    agreement = only_agreement(
        "가람발전은 9일 나래시와 신재생에너지 협력 협약을 체결했다. 양측은 2030년까지 태양광 40MW를 "
        "보급하기로 했다. 이 밖에도 가람발전은 다솜시와 150㎿급 부유식 해상풍력 실증단지 개발 사업에 "
        "참여하고 있다.",
        PUBLISHED,
    )
    assert (150, "MW") not in measures(agreement)
    assert (40, "MW") in measures(agreement)


def test_an_aim_told_in_the_present_is_still_a_target():
    """Guard: '… 고용을 목표로 하고 있다' is the project's aim, not its present state."""
    agreement = only_agreement(
        "가람시는 9일 ㈜한빛전지와 투자협약을 체결했다. 한빛전지는 공장을 지어 2027년까지 300명 고용을 "
        "목표로 하고 있다.",
        PUBLISHED,
    )
    assert (300, "명") in measures(agreement)


def test_the_bodies_taking_part_told_by_their_kinds_are_no_targets():
    """'참여 기관은 A 등 공공기관 6개·B 등 교육기관 2개·병원 3개 등이다': who takes part, by kind."""
    agreement = only_agreement(
        "가람시는 20일 시청에서 지역 내 11개 기관과 자원봉사 협약을 체결했다. 참여 기관은 가람공사 등 "
        "공공기관 6개·누리대 등 교육기관 2개·병원 3개 등이다. 기관들은 3년간 봉사활동을 함께 펼친다.",
        PUBLISHED,
    )
    assert {(6, "개"), (2, "개"), (3, "개")}.isdisjoint(measures(agreement))
    assert (3, "년") in measures(agreement)


def test_a_team_told_by_its_members_is_no_target():
    """'9개 기관 40여명으로 전담팀(TF)을 구성해 … 지원했다': how the body prepared, not a goal."""
    agreement = only_agreement(
        "가람도는 12일 ㈜한빛식품과 투자협약을 체결했다. 한빛식품은 1천억원을 들여 공장을 짓고 "
        "300명을 고용한다. 도는 한빛식품을 유치하기 위해 나래군 등 9개 기관 40여명으로 전담팀(TF)을 "
        "구성해 인허가를 신속하게 지원했다.",
        PUBLISHED,
    )
    assert {(9, "개"), (40, "명")}.isdisjoint(measures(agreement))
    assert (300, "명") in measures(agreement)


def test_the_firms_counted_as_those_who_invest_are_no_target():
    """'바이오 기업 9곳이 가람시에 … 640억원을 투자하기로 했다': the firms that sign, counted."""
    agreement = only_agreement(
        "바이오 기업 9곳이 가람시에 연구시설 등 640억원을 투자하기로 했다. 가람시는 ㈜한빛바이오 등 "
        "바이오 기업들과 16일 시청에서 투자양해각서를 교환했다. 기업들은 150명을 새로 고용한다.",
        PUBLISHED,
    )
    assert (9, "곳") not in measures(agreement)
    assert (150, "명") in measures(agreement)
