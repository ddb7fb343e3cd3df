"""General forms the thirty-third round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`7d520ca`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, amounts, articles_of, measures, party_names

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_releases_dotted_day_with_its_weekday_dates_the_signing():
    """'□ 가람시는 3.16(목) … 투자협약을 체결함': a release's day, written with dots and its weekday, is the
    signing's; so are '지난 3. 14.(화)' and a day with its year ("'22.12.28(수)", '2022. 12. 28.(수)')."""
    published = datetime.date(2023, 3, 17)
    for text, day in (
        ("□ 가람시는 3.16(목) 시청 대회의실에서 ㈜나래소재와 투자협약을 체결함", "2023-03-16"),
        ("가람시는 지난 3. 14.(화) 시청에서 ㈜나래소재와 투자협약을 체결했다.", "2023-03-14"),
        ("가람시는 '22.12.28(수) 시청에서 ㈜나래소재와 투자협약을 체결했다고 밝혔다.", "2022-12-28"),
        ("가람시는 2022. 12. 28.(수) 시청에서 ㈜나래소재와 투자협약을 체결했다.", "2022-12-28"),
    ):
        assert agreement_of(text, published=published)["signed_on"] == day, text


def test_a_boards_related_releases_and_a_sections_related_list_are_chrome():
    """'관련 보도자료' and '사회·경제 관련기사목록' head lists of other news: their figures are not the pact's."""
    body = (
        "가람군, 나래농협과 농촌 일손 돕기 협약\n\n"
        "가람군은 12일 군청에서 나래농협과 농촌 일손 돕기 업무협약을 맺었다고 밝혔다. 농협은 올해 봉사자 "
        "80명을 모집해 농가에 보낸다.\n\n"
    )
    for heading in ("관련 보도자료", "사회·경제 관련기사목록"):
        page = body + heading + "\n· 가람군, 봄철 산불감시원 42명 현장 배치 (2019.03.14)\n· 나래군, 경로당 27곳 대청소\n"
        (article,) = articles_of(page, published=datetime.date(2019, 3, 14))
        (agreement,) = article["agreements"]
        assert measures(agreement) == {(80, "명")}, heading


# --- signers ---------------------------------------------------------------------------------------------


def test_a_townships_head_at_its_councils_pact_is_a_guest():
    """'이날 서명식에는 NAME 가람면장과 NAME 나래2동장도 자리해': the two places' residents' councils sign, and
    the heads of the township and the ward only came; where the township's office signs too, its head is
    its official."""
    text = (
        "솔내군에 따르면 가람면 주민자치회(회장 도한솔)는 지난 15일 나래시 나래2동 주민자치회(회장 오미란)와 "
        "자매결연 협약을 맺었다.\n\n"
        "이날 서명식에는 변지우 가람면장과 석태현 나래2동장도 자리해 두 자치회에 축하 인사를 건넸다."
    )
    agreement = agreement_of(text, published=datetime.date(2023, 5, 17))
    assert {p["name"] for p in agreement["people"]} == {"도한솔", "오미란"}
    own = text.replace("(회장 도한솔)는", "(회장 도한솔)와 가람면행정복지센터는")
    agreement = agreement_of(own, published=datetime.date(2023, 5, 17))
    assert "변지우" in {p["name"] for p in agreement["people"]}


def test_a_county_that_tells_of_its_townships_pact_is_no_signer():
    """'솔내군에 따르면 가람면 이장협의회(회장 NAME)는 … 나래동 통장협의회와 … 맺었다': the county tells the news
    and its township's council signs; where the heads of the bodies that tell, or the pact itself, are the
    subject, those bodies sign."""
    text = (
        "솔내군에 따르면 가람면 이장협의회(회장 도한솔)는 지난 12일 나래시 나래동 통장협의회와 "
        "자매결연 협약을 맺었다."
    )
    assert set(party_names(text)) == {"가람면 이장협의회", "나래시 나래동 통장협의회"}
    own = text.replace("가람면 이장협의회(회장 도한솔)는", "군은")
    assert "솔내군" in party_names(own)
    heads = "가람도와 가람도교육청에 따르면 변지우 지사와 석태현 교육감은 이날 도청에서 무상급식 협약을 맺었다."
    assert set(party_names(heads)) == {"가람도", "가람도교육청"}
    pact = "가람시에 따르면 이번 업무협약은 지난 10일 시청에서 나래대학교와 체결한 것으로, 청년 창업을 함께 돕는다."
    agreement = agreement_of(pact, published=datetime.date(2023, 5, 17))
    assert "가람시" in {p["name"] for p in agreement["parties"]}


def test_the_signers_listed_after_who_signs_and_no_copula_on_the_last():
    """'서명하는 곳은 A와 B, C다': the bodies that sign, listed after the words that say so; '참여한 기관은 A와 B,
    ㈜C다.': the copula is not part of the last firm's name."""
    told = (
        "이를 위한 업무협약이 14일 도청에서 맺어진다. 서명하는 곳은 가람도와 한국농어촌공사 가람지역본부, "
        "한국에너지공단 가람지역본부다."
    )
    assert set(party_names(told)) == {"가람도", "한국농어촌공사 가람지역본부", "한국에너지공단 가람지역본부"}
    copula = "가람시는 14일 태양광 보급 업무협약을 맺었다. 협약에 참여한 기관은 가람시와 한국농어촌공사 가람지사, ㈜나래솔라다."
    assert set(party_names(copula)) == {"가람시", "한국농어촌공사 가람지사", "㈜나래솔라"}


def test_firms_a_preview_only_counts_are_named_where_their_people_will_come():
    """'가람시가 … 기업 3곳과 오는 24일 투자협약을 맺는다' then '이날 자리에는 … ㈜A(대표 NAME), … 관계자들이
    나온다': the firms the preview counted are the ones whose people come."""
    text = (
        "전북 가람시가 나래일반산업단지에 공장을 지을 기업 3곳과 오는 24일 투자협약을 맺는다. 시는 이날 오전 "
        "10시 시청 상황실에서 협약식을 연다고 23일 밝혔다.\n\n"
        "이날 자리에는 도윤재 가람시장과 함께 ㈜솔담바이오(대표 변지석), ㈜가온정밀(대표 채다해), "
        "다올포장㈜(대표 석민후) 관계자들이 나온다."
    )
    (article,) = articles_of(text, published=datetime.date(2013, 6, 23))
    (agreement,) = article["agreements"]
    names = {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert {"㈜솔담바이오", "㈜가온정밀", "다올포장㈜"} <= names


def test_the_pacts_other_sides_listed_after_what_they_are():
    """'… 마을 대표들과 사업 협약서에 서명했다. 협약 대상은 A마을과 B마을, C마을이다': the villages named after
    the words that say they are the pact's other side sign."""
    text = (
        "가람군은 지난 17일 군민회관에서 올해 마을 가꾸기 공모를 통과한 마을 대표들과 사업 협약서에 서명했다. "
        "협약 대상은 나래면 솔내마을과 다온면 새솔마을, 가온면 하늬마을이다."
    )
    assert {"솔내마을", "새솔마을", "하늬마을"} <= set(party_names(text))


def test_a_machine_shop_is_a_firm():
    """'솔빛기계공업사': a firm's name ends in its trade; the heads invited name both firms."""
    text = (
        "가람군은 6일 군청으로 ㈜나래포장 류재홍 대표이사와 솔빛기계공업사 임동혁 대표를 초청하여, 두 업체와 공장 "
        "신설 투자에 관한 양해각서(MOU)를 체결하였다."
    )
    assert set(party_names(text)) == {"가람군", "㈜나래포장", "솔빛기계공업사"}


# --- figures ---------------------------------------------------------------------------------------------


def test_listed_parts_added_up_after_them_are_no_figures_of_their_own():
    """'△A 6.0㏊(230억 원) △B 3.5㏊(120억 원)로, 둘을 합치면 총 9.5㏊에 사업비 350억 원': the parts, their
    area and cost, then the whole; with no whole amount told, each part's cost stays the deal's."""
    text = (
        "가람군은 13일 한국농어촌공사와 임대형 스마트팜 조성 협약을 맺었다. 단지는 나래면 일원에 두 구역으로 "
        "들어선다. △지역특화 임대팜 6.0㏊(230억 원) △청년 임대팜 3.5㏊(120억 원)로, 둘을 합치면 총 9.5㏊에 "
        "사업비 350억 원 규모다."
    )
    agreement = agreement_of(text, published=datetime.date(2024, 5, 14))
    assert measures(agreement) == {(9.5, "㏊")}
    assert amounts(agreement) == {35_000_000_000}
    no_whole = text.replace("로, 둘을 합치면 총 9.5㏊에 사업비 350억 원 규모다.", " 등 모두 9.5㏊ 규모다.")
    agreement = agreement_of(no_whole, published=datetime.date(2024, 5, 14))
    assert measures(agreement) == {(9.5, "㏊")}
    assert amounts(agreement) == {12_000_000_000, 23_000_000_000}


def test_a_numeral_syllable_fused_to_a_word_is_no_count():
    """'자동차 천장재', '천장 마감재', '벚꽃이 만개한': a numeral syllable fused into a word; '사진 천 장' counts."""
    lead = "가람시는 20일 ㈜나래소재와 투자협약을 맺었다. "
    made = "나래소재는 자동차 천장재와 천장 마감재를 만드는 회사로, 벚꽃이 만개한 봄에 문을 열었다."
    agreement = agreement_of(lead + made, published=datetime.date(2024, 5, 21))
    assert measures(agreement) == set()
    given = "회사는 해마다 홍보 사진 천 장을 시에 기증한다."
    agreement = agreement_of(lead + given, published=datetime.date(2024, 5, 21))
    assert measures(agreement) == {(1000, "장")}


def test_a_firms_size_an_aid_rate_and_the_pacts_counted_are_no_targets():
    """'직원 38명, 연매출 90억원 규모로 운영해 온 업체', '부지 매입비의 최대 40%', '투자협약도 4건이 성사됐다':
    how a firm or a scheme stands, not what the deal makes; the jobs it promises stay."""
    text = (
        "가람시는 20일 ㈜나래소재와 투자협약을 맺었다. 나래소재는 대구에서 직원 38명, 연매출 90억원 규모로 운영해 "
        "온 업체로, 가람산단에 공장을 짓고 60명을 새로 뽑는다. 입주 기업에는 부지 매입비의 최대 40%를 보조금으로 "
        "준다. 이날 설명회 현장에서는 투자협약도 4건이 성사됐다."
    )
    assert measures(agreement_of(text, published=datetime.date(2024, 5, 21))) == {(60, "명")}


def test_people_who_gathered_or_came_are_no_target():
    """'공무원 등 350여 명이 모여 부스를 돌았다', '직원 등 35명이 전세버스를 타고 가람면까지 왔고': who came, not a
    goal."""
    text = (
        "가람면 주민자치회는 20일 나래동 주민자치회와 자매결연 협약을 맺었다. 나래동 쪽에서는 자치위원과 동 직원 "
        "등 35명이 전세버스를 타고 가람면까지 왔고, 두 회장이 협약서에 서명했다. 행사장에는 주민 등 150여 명이 모여 "
        "장터를 돌았다."
    )
    assert measures(agreement_of(text, published=datetime.date(2024, 5, 21))) == set()


def test_a_sum_as_it_first_stood_and_last_years_gift_are_no_budgets():
    """'애초 1,500억 원으로 잡혀 있던 계획이 … 2,100억 원으로 커졌다': the sum as it first stood; 'A가 지난해
    내놓은 2억원도 큰돈이었는데': last year's gift; the pact's own sum stays."""
    text = (
        "가람시는 20일 ㈜나래소재와 2,100억 원 규모의 투자협약을 맺었다. 애초 1,500억 원으로 잡혀 있던 계획이 "
        "협의를 거치며 커졌다."
    )
    assert amounts(agreement_of(text, published=datetime.date(2024, 5, 21))) == {210_000_000_000}
    gift = (
        "솔내도는 20일 다온금고와 장학금 3억원 기탁 협약을 맺었다. 도지사는 \"다온금고가 지난해 내놓은 2억원도 "
        "큰돈이었는데 이번엔 3년 치를 약속해 줬다\"고 말했다."
    )
    assert amounts(agreement_of(gift, published=datetime.date(2024, 5, 21))) == {300_000_000}


def test_a_headcount_planned_is_a_target_a_headcount_now_is_not():
    """'상시 근로자는 24명으로 계획되어 있다': the jobs the plant is planned with; '상시 고용 인원은 85명이다':
    the firm as it is."""
    lead = "가람군은 6일 솔빛기계공업사와 투자 양해각서를 체결했다. "
    planned = agreement_of(lead + "상시 근로자는 24명으로 계획되어 있다.", published=datetime.date(2013, 6, 10))
    assert measures(planned) == {(24, "명")}
    now = agreement_of(lead + "회사의 상시 고용 인원은 85명이다.", published=datetime.date(2013, 6, 10))
    assert measures(now) == set()


def test_a_capacity_summed_up_is_a_target():
    """'설비용량은 모두 합쳐 124㎿에 이른다': the size of what is built, summed up; '가입 가구는 4천여 가구에
    이른다' is how things stand."""
    lead = "가람도는 12일 ㈜나래중공업과 풍력단지 조성 협약을 맺었다. "
    built = agreement_of(lead + "설비용량은 모두 합쳐 124㎿에 이른다.", published=datetime.date(2012, 3, 13))
    assert measures(built) == {(124, "MW")}
    now = agreement_of(lead + "도내 태양광 가입 가구는 4천여 가구에 이른다.", published=datetime.date(2012, 3, 13))
    assert measures(now) == set()


def test_a_models_rating_and_each_chargers_size_are_no_targets():
    """'창원공장에서 만드는 2㎿급 기종이 쓰인다': the model's rating; '200kW 2채널 급속충전기 9기': the size of
    each charger; the whole capacity and the number of chargers stay."""
    text = (
        "가람도는 12일 ㈜나래중공업과 풍력단지 조성 협약을 맺었다. 단지의 설비용량은 모두 24㎿다. 발전기는 "
        "나래중공업이 창원공장에서 생산하는 2㎿급 기종이 쓰인다. 도는 공영차고지에 200kW 2채널 급속충전기 9기를 "
        "들인다."
    )
    assert measures(agreement_of(text, published=datetime.date(2012, 3, 13))) == {(24, "MW"), (9, "기")}


def test_a_schemes_budget_for_the_year_is_not_the_pacts():
    """'올해 이 보조금 예산은 1천180억원이다': a ministry's scheme for the year; '내년 본예산에 관련 예산
    3억2천만원을 반영했다' (a party's money set for the pact) stays."""
    lead = "가람도는 12일 ㈜나래테크와 투자협약을 맺었다. 회사는 300억원을 들인다. "
    scheme = "산업부는 지방으로 옮기는 기업에 보조금을 주고 있으며, 올해 이 보조금 예산은 1천180억원이다."
    assert amounts(agreement_of(lead + scheme, published=datetime.date(2024, 3, 13))) == {30_000_000_000}
    own = "도는 내년 본예산에 관련 예산 3억2천만원을 반영했다."
    assert amounts(agreement_of(lead + own, published=datetime.date(2024, 3, 13))) == {30_000_000_000, 320_000_000}
