"""The eleventh round's rules for signing days, figures and look-alikes (see test_real_eleventh.py for
who signs and people), tried with sentences written for the purpose: invented bodies, people, places
and figures. Each test fails on the code before the round except the guards written with their rules."""

import datetime

from tests.articles import agreement_of, articles_of


def _only(text, published):
    return articles_of(text, published)[0]["agreements"][0]


def _measures(text, published=datetime.date(2024, 5, 10)):
    return {(t["value"], t["unit"]) for t in agreement_of(text, published=published)["targets"] if t["value"]}


def _is_agreement(text, published=datetime.date(2026, 2, 5)):
    return articles_of(text, published)[0]["is_agreement"]


# --- signing days ------------------------------------------------------------------------------


def test_a_signing_told_with_what_follows_it_is_dated_by_the_day_of_the_news():
    """'… 협약(MOU)을 체결하고, 다음 달 … 박람회를 연다고 20일 밝혔다': the signing is told done on the 20th."""
    text = (
        "가람상공회의소(회장 한다온)는 나래시의회와 지역경제 활성화 업무협약(MOU)을 체결하고, "
        "다음 달 일자리 박람회를 연다고 20일 밝혔다."
    )
    assert agreement_of(text, published=datetime.date(2025, 3, 20))["signed_on"] == "2025-03-20"


def test_a_caption_credited_without_brackets_above_the_lead_is_not_the_signing_sentence():
    """A page that opens on a photo's caption ('… 협약(MOU)체결하고 있다. 가람상공회의소 제공') is dated by
    its lead ('… 협약(MOU)을 체결하고, … 연다고 10일 밝혔다')."""
    text = (
        "가람상공회의소와 나래시의회 관계자들이 지역경제 활성화와 청년 고용 확대를 위한 업무협약(MOU)체결하고 있다. "
        "가람상공회의소 제공\n\n"
        "가람상공회의소(회장 한다온)는 나래시의회와 지역경제 활성화 업무협약(MOU)을 체결하고, "
        "다음 달 일자리 박람회를 연다고 10일 밝혔다."
    )
    assert _only(text, datetime.date(2024, 5, 10))["signed_on"] == "2024-05-10"


def test_a_caption_that_names_the_signers_keeps_them_after_a_cut_off_last_paragraph():
    """Guard: a credited caption listing the signers ('NAME 가람시장(왼쪽부터), NAME 다온공사 사장이 …
    협약’을 체결하고 …있다. 가람시 제공') is kept, and not glued to a last paragraph cut mid-word."""
    text = (
        "가람시는 3일 다온공사와 ‘항만 물류 협력 업무협약’을 체결했다고 밝혔다.\n\n"
        "윤가람 가람시장(왼쪽부터), 서나래 다온공사 사장이 3일 ‘항만 물류 협력 업무협약’을 체결하고 "
        "기념촬영을 하고 있다. 가람시 제공\n\n"
        "두 기관은 항만 물류 거점을 함께 키우기로 하고 부"
    )
    people = {p["name"] for p in _only(text, datetime.date(2026, 1, 3))["people"]}
    assert {"윤가람", "서나래"} <= people


def test_a_headline_and_its_sub_headlines_run_together_on_one_line_are_the_header():
    """' date …' then '다온은행과 청년 창업 지원 협약...구 출연금으로 …' on one line: the header, not a
    signing sentence without a day; the lead's '지난 5일' dates the signing."""
    text = (
        " date 2026-02-09 다온은행과 청년 창업 지원 협약...구 출연금으로 보증 연계 저리 대출 공급 "
        "창업 3년 이내 청년 대상 최대 5천만원까지\n\n"
        "서울 나래구(구청장 한가람)가 지난 5일 다온은행과 ‘청년 창업 특별보증 업무협약’을 체결했다.\n\n"
        "나래구는 이번 협약으로 2억 원을 출연한다."
    )
    articles = articles_of(text, published=datetime.date(2026, 2, 9))
    assert articles[0]["headline"] == "다온은행과 청년 창업 지원 협약"
    assert articles[0]["agreements"][0]["signed_on"] == "2026-02-05"


def test_a_day_followed_by_a_count_of_firms_dates_the_signing():
    """'가람군은 3일 3개 업체와 … 협약을 맺었다': '3일' is the day, not a rate per day."""
    text = "가람군은 3일 3개 업체와 식품 가공 투자협약을 맺었다."
    assert agreement_of(text, published=datetime.date(2021, 7, 5))["signed_on"] == "2021-07-03"


def test_a_rate_per_day_is_still_no_date():
    """Guard: '1일 3회 운행하는 셔틀' is a rate, so the signing's day is the one before the verb."""
    text = "가람시는 1일 3회 운행하는 셔틀버스를 위해 지난 2일 나래교통과 업무협약을 체결했다."
    assert agreement_of(text, published=datetime.date(2021, 7, 5))["signed_on"] == "2021-07-02"


def test_a_memorandum_exchanged_with_its_latin_name_spaced_in_brackets_signs():
    """'… 8일 군청에서 투자양해각서( MOU)를 교환했다': the sentence signs, and its day dates it rather
    than a later sentence about the firms that signed."""
    text = (
        "가람군은 나래바이오 등 식품 기업 3곳과 8일 군청에서 투자양해각서( MOU)를 교환했다.\n"
        "이번에 투자협약을 체결한 기업들은 군이 지난해부터 찾아낸 곳이다."
    )
    assert agreement_of(text, published=datetime.date(2011, 3, 9))["signed_on"] == "2011-03-08"


def test_a_ceremony_told_as_held_in_an_article_naming_no_day_takes_the_news_day():
    """'협약식은 … 지켜보는 가운데 진행됐다' with no day anywhere: the news day, the verb kept as the words."""
    text = (
        "협약식은 가람시청 소회의실에서 한가람 경제국장과 ㈜다온정밀 임직원 10여 명이 지켜보는 가운데 진행됐다.\n"
        "다온정밀은 공장을 가람시로 옮긴다."
    )
    agreement = agreement_of(text, published=datetime.date(2018, 10, 24))
    assert agreement["signed_on"] == "2018-10-24"
    assert agreement["signed_on_text"] == "진행됐"


def test_a_signing_still_told_as_a_policy_yields_to_the_one_done():
    """'… 기업과 협약을 맺는다는 방침이다' is planned: the signing told as done is the agreement's."""
    text = (
        "가람군이 다온도, 창업 기업 2곳과 4자 투자협약을 맺었다고 12일 밝혔다.\n"
        "가람군은 11일 현재 6개 기업을 유치했으며 연말까지 3개 기업과 추가 협약을 체결한다는 방침이다."
    )
    assert agreement_of(text, published=datetime.date(2015, 3, 13))["signed_on"] == "2015-03-12"


def test_a_headline_run_into_the_lead_is_dated_by_the_leads_own_verb():
    """'A·B, 창업 기업 투자협약 체결 B가 A, … 11일 … 체결했다': the first '체결' has no day before it; the
    lead's verb does, and dates the signing."""
    text = "다온도·가람군, 창업 기업 투자협약 체결 가람군이 다온도, 창업 기업 2곳과 함께 11일 군청에서 투자협약을 체결했다."
    assert agreement_of(text, published=datetime.date(2015, 3, 13))["signed_on"] == "2015-03-11"


def test_an_undated_signing_after_a_lead_that_told_the_agreement_takes_the_leads_news_day():
    """'인근 6개 시·군은 … 사업에 협력하기로 했다고 3일 밝혔다. … 협의회는 … 가람시와 협약을 맺었다':
    the signing is the news the lead told on the 3rd."""
    text = (
        "가람시와 인근 6개 시·군은 '수소 버스 보급 사업'에 협력하기로 했다고 3일 밝혔다. "
        "7개 시·군이 함께하는 '나래권 행정협의회'는 다온 휴양림에서 회의를 열고 가람시와 이를 위한 협약을 맺었다."
    )
    assert agreement_of(text, published=datetime.date(2016, 9, 3))["signed_on"] == "2016-09-03"


def test_a_signing_told_ahead_at_a_lead_event_told_ahead_takes_the_leads_day():
    """'군수는 14일 … 지원금을 전달한다. … 전달에 앞서 … 협약을 체결한다': the lead's day."""
    text = (
        "한가람 군수는 14일 나래군청을 찾아 수해 복구 지원금 1억 원을 전달한다.\n"
        "이어 피해 마을을 둘러본다.\n"
        "한 군수는 지원금 전달에 앞서 나래군수와 '가람군-나래군 자매결연 협약'을 체결한다."
    )
    assert agreement_of(text, published=datetime.date(2020, 8, 14))["signed_on"] == "2020-08-14"


def test_a_signing_told_as_recent_in_an_article_with_no_day_is_left_undated():
    """'가람구가 최근 다온병원과 … 협약을 맺었다' and no day anywhere: not the news day — the page says it
    was some day before; the reviewer enters it."""
    text = "가람구가 최근 다온병원과 어르신 건강 돌봄 협약을 맺었다.\n협약식에는 한가람 구청장이 참석했다."
    assert agreement_of(text, published=datetime.date(2023, 11, 27))["signed_on"] is None


# --- figures -----------------------------------------------------------------------------------


def test_a_standing_schemes_terms_told_as_what_one_may_get_are_not_the_agreements_money():
    """'… 지구에 입주하면 설비투자액의 30%까지, 2억원 이내의 교육훈련비를 받을 수 있다': the scheme's caps."""
    text = (
        "가람군은 16일 군청에서 ㈜다온식품과 투자협약을 체결했다.\n"
        "㈜다온식품은 나래농공단지 5천㎡에 80억원을 투자해 가공공장을 짓기로 했다.\n"
        "나래농공단지는 투자진흥지구다. 이 지구에 입주하면 설비투자액의 30%까지 보조금과 "
        "2억원 이내의 교육훈련비를 받을 수 있다."
    )
    agreement = agreement_of(text)
    assert [b["text"] for b in agreement["budgets"]] == ["80억원"]
    assert (30, "%") not in {(t["value"], t["unit"]) for t in agreement["targets"]}


def test_homes_broken_down_by_kind_before_their_total_are_not_targets_of_their_own():
    """'공공임대 40호, 신혼부부 임대 25호 등 총 65세대': the total is the target."""
    text = (
        "가람군과 다온주택공사는 10일 임대주택 공급 협약을 체결했다.\n"
        "협약에 따라 나래리 일원 7천㎡에 공공임대 40호, 신혼부부 임대 25호 등 총 65세대가 공급된다."
    )
    measures = _measures(text)
    assert (65, "세대") in measures
    assert not {(40, "호"), (25, "호")} & measures


def test_a_regiment_is_no_count_of_vehicles_and_buildings_are_counted_as_such():
    """'제88사단 3대대' holds no '3대'; '5개동 80실의 숙영시설' is 5 buildings (개동) and 80 rooms."""
    text = (
        "가람군은 10일 제88사단 3대대와 통합방위 협정을 체결했다.\n"
        "협정에 따라 부대는 5개동 80실의 숙영시설을 짓는다."
    )
    measures = _measures(text)
    assert (3, "대") not in measures
    assert {(5, "개동"), (80, "실")} <= measures


def test_a_site_filled_thanks_to_the_agreement_is_a_state_not_a_target():
    """'이번 협약으로 나래 농공단지는 100% 입주를 완료했습니다': where things stand, not a goal."""
    text = (
        "가람군은 10일 다온식품과 투자협약을 체결했습니다.\n"
        "다온식품은 공장을 지어 40명을 고용합니다. 특히 이번 협약으로 나래 농공단지는 100% 입주를 완료했습니다."
    )
    measures = _measures(text)
    assert (100, "%") not in measures
    assert (40, "명") in measures


def test_figures_that_are_not_the_agreements_own():
    """A print-edition line ('신문게재 2026-03-17 13면') is chrome; a total's shares in brackets
    ('총 90억원(국비 30억원, 도비 20억원 군비 40억원)') are not budgets of their own; a year's running
    total ('올해 3조원에 달하는 투자를 유치했다') is no budget; an ordinal ('1호 협약 기업') counts nothing."""
    text = (
        "신문게재 2026-03-17 13면\n\n"
        "가람도는 16일 도청에서 나래군, 다온에너지와 투자협약을 체결했다.\n\n"
        "가람도가 올해 3조원에 달하는 투자를 유치했다. 다온에너지는 나래산업단지 1호 협약 기업으로, "
        "150억원을 들여 공장을 짓는다. 단지에는 2027년까지 총 90억원(국비 30억원, 도비 20억원 군비 40억원)을 투입한다."
    )
    agreement = _only(text, datetime.date(2026, 3, 16))
    assert sorted(b["text"] for b in agreement["budgets"]) == ["150억원", "90억원"]
    assert not {(13, "면"), (1, "호")} & {(t["value"], t["unit"]) for t in agreement["targets"]}


# --- look-alikes -------------------------------------------------------------------------------


def test_a_deal_of_an_earlier_month_that_describes_the_firm_whose_plant_opens_is_no_agreement():
    """'군이 지난 8일 2020년 9월 군과 투자 협약을 맺은 기업인 ㈜A가 … 준공식을 열었다고 밝혔다': the news is
    an opening; the agreement, dated by its own earlier month, describes the firm."""
    text = (
        "나래군이 지난 8일 2020년 9월 군과 투자 협약을 맺은 기업인 ㈜다온소재가 가람농공단지에서 "
        "공장 준공식을 열었다고 밝혔다."
    )
    assert _is_agreement(text, published=datetime.date(2022, 3, 14)) is False


def test_a_deal_told_with_the_news_day_and_a_relative_clause_is_still_the_news():
    """Guard: '나래군이 8일 군청에서 투자 협약을 맺은 ㈜다온소재는 …' has no month of its own."""
    text = "나래군이 8일 군청에서 투자 협약을 맺은 ㈜다온소재는 가람농공단지에 공장을 짓는다."
    assert _is_agreement(text, published=datetime.date(2022, 3, 14)) is True


def test_a_year_of_deals_summed_up_is_no_agreement():
    """'가람군은 지난 한 해 동안 총 7개 업체가 … 투자협약을 체결했다고 3일 밝혔다': a tally of the year."""
    text = (
        "가람군은 지난 한 해 동안 총 7개 업체가 900억원 규모의 투자협약을 체결했다고 3일 밝혔다.\n"
        "이들 업체는 300명을 고용한다."
    )
    assert _is_agreement(text) is False


def test_a_signing_still_to_come_after_a_selection_or_a_plan_is_no_agreement():
    """'심사를 거쳐 뽑힌 법인은 … 위탁 협약을 체결한 뒤 2년간 센터를 운영하게 된다', '… 협약 체결 후 노선을
    늘리는 방안을 추진할 예정이다': the signing has not happened."""
    text = (
        "가람시는 청년센터를 맡을 법인을 공모한다.\n"
        "심사를 거쳐 뽑힌 법인은 가람시와 위탁 협약을 체결한 뒤 2년간 센터를 운영하게 된다."
    )
    assert _is_agreement(text) is False
    text = "나래부는 가람시와 다온공단의 협약 체결 후 버스 노선을 늘리는 방안을 추진할 예정이다."
    assert _is_agreement(text) is False


def test_a_signing_followed_by_what_comes_after_it_on_its_day_is_still_the_news():
    """Guard: '가람시는 5일 나래대학교와 업무협약을 체결한 뒤 캠퍼스를 둘러볼 예정이다': the day says the
    signing is the news, whatever follows it."""
    text = "가람시는 5일 나래대학교와 업무협약을 체결한 뒤 캠퍼스를 함께 둘러볼 예정이다."
    assert _is_agreement(text) is True
