"""General forms the thirty-second round found in real pages and in invented pages shaped like them, tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails on
the code before the round (`ed645c4`); where a test covers several rules, each was checked to be needed."""

import datetime

from tests.articles import agreement_of, amounts, articles_of, measures, party_names, people_of, signers

# --- a signing page or not -------------------------------------------------------------------------------


def test_a_signing_a_member_arranged_is_a_signing_and_the_member_no_signer():
    """'홍OO 국회의원은 지난 9일 … A·B·C가 … 양해각서를 맺도록 자리를 마련했다': a lawmaker's page leads with the
    member, who only arranged the signing; the three bodies sign. A member who only asks stays no news."""
    page = (
        "한누리 의원, 분석센터 유치 발판\n\n"
        "한누리 국회의원은 지난 9일 국회 의원회관에서 솔내대학교·가람시·나래연구원이 분석센터 건립을 위한 "
        "상호협력 양해각서를 맺도록 자리를 마련했다.\n\n"
        "세 기관은 센터를 솔내대학교 안에 두기로 했다."
    )
    (article,) = articles_of(page, published=datetime.date(2017, 11, 12))
    assert article["is_agreement"]
    (agreement,) = article["agreements"]
    assert agreement["signed_on"] == "2017-11-09"
    names = {p["name"] for p in agreement["parties"] if p["role"] == "party"}
    assert names == {"솔내대학교", "가람시", "나래연구원"}
    asked = page.replace("양해각서를 맺도록 자리를 마련했다", "양해각서를 맺어야 한다고 주장했다")
    (article,) = articles_of(asked, published=datetime.date(2017, 11, 12))
    assert not article["is_agreement"]


def test_a_deed_stamped_is_a_signing():
    """'가람농협이 ㈜A에 … 배추 300t을 길러 대 주기로 하고 12일 계약서에 도장을 찍었다': the contract signed by
    its stamp; advice to stamp a contract with care is no signing."""
    text = "전남 가람군 가람농협이 ㈜솔빛식품에 올 김장철 배추 300t을 길러 대 주기로 하고 12일 계약서에 도장을 찍었다."
    assert set(signers(text)) == {"가람농협", "㈜솔빛식품"}
    advice = "소비자원은 전세 계약서에 도장을 찍기 전에 등기부를 꼭 확인해야 한다고 12일 밝혔다."
    (article,) = articles_of(advice, published=datetime.date(2021, 7, 12))
    assert not article["is_agreement"]


def test_an_estates_number_is_no_day_of_an_earlier_pact():
    """'지난해 … 2022년 시와 투자협약을 맺은 뒤 … 제3일반산업단지로 옮겨 와': the pact is an earlier year's; '3일'
    of the estate's name is no day of its own, so a mayor's visit stays no signing."""
    text = (
        "가람시장, 수출기업 현장 방문\n\n"
        "서도겸 가람시장은 4일 가람시 제3일반산업단지에 있는 ㈜솔빛라벨을 찾아 현장 의견을 들었다.\n\n"
        "㈜솔빛라벨은 지난해 310억 원의 매출을 올렸으며, 2022년 시와 투자협약을 맺은 뒤 해외 생산라인을 "
        "제3일반산업단지로 옮겨 와 지역 경제에 힘을 보태고 있다."
    )
    (article,) = articles_of(text, published=datetime.date(2024, 9, 5))
    assert not article["is_agreement"]


# --- signers ---------------------------------------------------------------------------------------------


def test_a_city_that_signs_with_two_cities_each_makes_two_agreements():
    """'가람시가 16일 경북 안동시, 영주시와 … 업무협약을 각각 체결한다': the city's visits, one pact with each city;
    firms so listed sign at one ceremony, one agreement."""
    text = (
        "가람시가 16일 경북 안동시, 영주시와 교류 확대를 위한 업무협약을 각각 체결한다고 밝혔다.\n\n"
        "시장은 오전에는 안동, 오후에는 영주를 찾는다."
    )
    (article,) = articles_of(text, published=datetime.date(2023, 5, 16))
    pairs = [{p["name"] for p in a["parties"] if p["role"] == "party"} for a in article["agreements"]]
    assert pairs == [{"가람시", "안동시"}, {"가람시", "영주시"}]
    firms = text.replace("경북 안동시, 영주시와", "㈜솔빛정밀, ㈜나래식품과")
    (article,) = articles_of(firms, published=datetime.date(2023, 5, 16))
    assert len(article["agreements"]) == 1


def test_heads_who_came_side_by_side_and_signed_name_the_partner_the_lead_left_out():
    """'가람구가 21일 나래군청 대회의실에서 협약식을 열고 …' names no partner; '이날 협약식에는 NAME 가람구청장과 NAME
    나래군수가 나란히 참석해 협약서에 서명했다': the heads sign, so their bodies do."""
    text = (
        "가람구, 도농 상생 첫발\n\n"
        "가람구가 21일 전북 진안군청 대회의실에서 협약식을 열고 상호교류와 협력을 약속했다고 23일 밝혔다.\n\n"
        "이날 협약식에는 도하진 가람구청장과 서민결 진안군수가 나란히 참석해 협약서에 서명했다."
    )
    (article,) = articles_of(text, published=datetime.date(2022, 6, 23))
    (agreement,) = article["agreements"]
    assert {p["name"] for p in agreement["parties"] if p["role"] == "party"} == {"가람구", "진안군"}


def test_an_army_unit_keeps_its_service_and_its_battalion():
    """'물푸레마을과 육군 청솔부대 3대대가 …': the service before the unit and the battalion after it are one body
    ('솔빛연대' stays a body of its own, not a regiment)."""
    text = "가람군 서석면 물푸레마을과 육군 솔개부대 3대대가 11일 마을회관에서 상생협력 업무협약을 맺었다."
    assert set(signers(text)) == {"물푸레마을", "육군 솔개부대 3대대"}
    marines = "나래마을은 12일 해병대 제1사단 3연대와 1사1촌 자매결연을 맺었다."
    assert set(signers(marines)) == {"나래마을", "해병대 제1사단 3연대"}
    assert set(signers("가람시는 12일 솔빛연대와 환경 보전 업무협약을 맺었다.")) == {"가람시", "솔빛연대"}


def test_an_acting_head_is_no_firm_and_firms_counted_are_named_at_the_signing_ceremony():
    """'NAME 가람도지사 권한대행이 … 5개 기업과 634억원 규모의 투자협약을 맺었다': the acting head's title is no
    investing firm; '이날 서명식에는 NAME ㈜A 대표, … 등이 참석했다': the firms counted are named where their heads
    came to the signing ceremony, as at a '협약식'."""
    lead = "도담결 경상북도지사 권한대행이 8일 도청에서 2개 기업과 634억원 규모의 투자협약을 맺었다."
    assert "권한대행" not in signers(lead)
    text = lead + (
        "\n\n이날 서명식에는 하서윤 ㈜솔빛냉장 대표, 구태민 가온정밀㈜ 대표와 관계 공무원 등 30여 명이 참석했다."
    )
    assert {"㈜솔빛냉장", "가온정밀㈜"} <= set(signers(text))


def test_firms_whose_people_will_come_to_a_signing_told_ahead_are_named_and_their_heads_are_no_bodies():
    """A preview: '3개 기업과 투자협약을 맺는다' then '협약식에는 NAME 군수와 ㈜A(대표 NAME), …, ㈜C(대표 NAME)
    관계자들이 자리한다': the firms sign; the last head's name, before '관계자들', is no body (a name that ends like a district)."""
    text = (
        "가람군은 오는 12일 오전 군청 상황실에서 솔내일반산업단지에 들어서는 3개 기업과 투자협약을 맺는다고 11일 밝혔다.\n\n"
        "협약식에는 도윤결 군수와 ㈜한빛소재(대표 문서진), ㈜누리팜(대표 설하온), ㈜다온물류(대표 정한구) 관계자들이 자리한다."
    )
    (article,) = articles_of(text, published=datetime.date(2020, 3, 11))
    (agreement,) = article["agreements"]
    names = {p["name"] for p in agreement["parties"]}
    assert {"㈜한빛소재", "㈜누리팜", "㈜다온물류"} <= names
    assert "정한구" not in names


def test_a_federation_named_연합_signs_and_a_video_players_shortcut_guide_is_no_text():
    """'대전 대덕구와 시민화합실천연합은 …': a civic federation is a body; '키보드 단축키 안내' above a broadcast
    item's lead is its video player's chrome, not words run into the first head's name."""
    text = "대전 대덕구와 시민화합실천연합은 16일 구청에서 지역공동체 만들기 업무협약을 맺었다."
    assert set(signers(text)) == {"대덕구", "시민화합실천연합"}
    page = (
        "HRB 뉴스 | 매일 저녁 7시 50분\n평일 한소윤  주말 한소윤, 박태준\n기업 4곳 투자협약..도 \"상반기 1조 넘게 유치\"\n"
        "키보드 단축키 안내\n2024.06.14 07:05\n"
        "정윤서 경상남도지사와 문도겸 김해시장은 어제(13일) 도청에서 ㈜솔빛모빌리티와 투자협약서에 서명했습니다.\n"
    )
    (article,) = articles_of(page, published=datetime.date(2024, 6, 14))
    (agreement,) = article["agreements"]
    assert ("정윤서", "경상남도지사", "경상남도") in {(p["name"], p["title"], p["org"]) for p in agreement["people"]}


def test_a_co_op_written_apart_from_its_form_keeps_its_head_and_its_people_are_no_name():
    """'햇살마루 영농조합법인(대표 NAME)': the head stands for the whole co-op, not its legal form alone;
    '… 햇살마루 영농조합법인 관계자들이 …': the people of the co-op are no name after its form."""
    text = (
        "가람원예농협(조합장 유정곤)과 ㈜솔빛솔라(대표 석민재), 햇살마루 영농조합법인(대표 편순애)은 최근 영농형 "
        "태양광 업무협약을 맺었다."
    )
    assert ("편순애", "대표", "햇살마루 영농조합법인") in people_of(text)
    caption = "가람원예농협과 ㈜솔빛솔라, 햇살마루 영농조합법인 관계자들이 영농형 태양광 업무협약을 맺은 뒤 기념촬영을 하고 있다."
    assert not [name for name in party_names(caption) if "관계자" in name]


def test_a_residents_council_named_for_its_villages_area_is_one_body():
    """'솔바람마을권역 주민상생협의체', '금성면 노을마을권역 주민상생협의체': a council named by the area of villages
    it stands for (and its township) is one body, not a bare '주민상생협의체'."""
    alone = "솔바람마을권역 주민상생협의체와 ㈜솔빛에너지는 12일 상생협약을 맺었다."
    assert set(signers(alone)) == {"솔바람마을권역 주민상생협의체", "㈜솔빛에너지"}
    placed = "나래발전과 가람면 노을마을권역 주민상생협의체는 14일 다목적회관에서 상생협약을 체결했다."
    assert "가람면 노을마을권역 주민상생협의체" in signers(placed)


def test_a_township_that_tells_of_a_list_signing_is_no_signer():
    """'가람군 나래면은 지난 14일 A, B, C가 한자리에 모여 함께 발전해 나가자는 상생협약을 체결했다': the township
    only tells; the list is the signing's subject. A township that signs with them stays a signer."""
    told = (
        "경남 하동군 금성면은 지난 14일 금성면 노을마을권역 주민상생협의체, 한국남부발전 하동빛드림본부, "
        "금성면행정복지센터가 한자리에 모여 함께 발전해 나가자는 상생협약을 체결했다."
    )
    assert "하동군 금성면" not in signers(told)
    signs = "경남 하동군 금성면은 지난 14일 한국남부발전 하동빛드림본부, ㈜솔빛에너지와 상생협약을 체결했다."
    assert "하동군 금성면" in signers(signs)


# --- figures --------------------------------------------------------------------------------------------


def test_a_myriad_groups_hundreds_written_apart_from_its_thousand_are_one_amount():
    """'2천 318억 원': the thousand and the hundreds of one group, written with a space, are 2318억 (not 318억)."""
    text = "나래도는 14일 도청에서 식품 분야 12개 기업과 2천 318억 원 규모의 투자협약을 맺었다."
    assert amounts(agreement_of(text)) == {231800000000}


def test_output_worth_jobs_counted_as_an_effect_and_a_forecast_told_by_its_maker_are_no_figures_of_the_deal():
    """'해마다 2140억원어치의 생산과 … 515명분의 일자리 효과가 뒤따른다': output worth so much and jobs told as an
    effect; '… 21억원 선에 이를 것으로 구단은 보고 있다': a forecast with its maker between."""
    text = (
        "가람도는 8일 도청에서 ㈜솔마루소재 등 6개 기업과 3180억원 규모의 투자협약을 맺었다.\n\n"
        "공장이 돌아가면 해마다 도내에서 2140억원어치의 생산과 602억원의 부가가치가 새로 생기고 515명분의 일자리 "
        "효과가 뒤따른다는 게 도의 분석이다.\n\n"
        "기업들이 내는 지방세는 21억원 선에 이를 것으로 도는 보고 있다."
    )
    agreement = agreement_of(text)
    assert amounts(agreement) == {318000000000}
    assert (515, "명") not in measures(agreement)


def test_money_given_before_the_next_days_gift_and_sales_earned_are_no_budgets():
    """'지난해에도 이 기금에 20억원을 출연했다', '지금까지 학생 830명에게 모두 5억2000만원의 장학금을 건넸다':
    money given before; '당장 오는 21일 B은행이 5천만원을 내기로 했고': another's gift to come;
    '1억6천만원의 판매 수익을 냈다': what a partner earned."""
    lead = "가람군은 3일 군청에서 솔내신협과 2400만원 규모의 장학금 기부 협약을 맺었다.\n\n"
    for sentence in (
        "솔내신협은 지난해에도 이 기금에 20억원을 출연했다.",
        "1994년 문을 연 가람장학회는 지금까지 학생 830명에게 모두 5억2000만원의 장학금을 건넸다.",
        "당장 오는 21일 나래새마을금고가 5천만원을 내기로 했다.",
        "나래시와 맺은 교류 협약으로는 특산물 장터에서 1억6천만원의 판매 수익을 냈다.",
    ):
        assert amounts(agreement_of(lead + sentence, published=datetime.date(2021, 5, 4))) == {24000000}, sentence


def test_a_forecast_told_as_seen_and_a_record_told_politely_are_no_budgets():
    """'… 생산유발 효과도 전국 3100억 원, 경북 1900억 원에 이를 것으로 봤다': a forecast, past tense; '도는
    지난해에도 27개 기업으로부터 4,100억 원의 투자 약속을 받아낸 바 있습니다': a broadcast's record."""
    lead = "가람도는 19일 도청에서 ㈜솔빛소재와 620억 원 규모의 투자협약을 맺었습니다.\n\n"
    for sentence in (
        "공장을 짓는 과정에서 생기는 생산유발 효과도 전국 3100억 원, 경북 1900억 원에 이를 것으로 봤다.",
        "도는 지난해에도 두 차례 27개 기업으로부터 4,100억 원의 투자 약속을 받아낸 바 있습니다.",
    ):
        assert amounts(agreement_of(lead + sentence)) == {62000000000}, sentence


def test_deals_drawn_in_before_their_breakdown_and_money_given_since_a_year_are_no_budgets():
    """'그동안 끌어온 큰 투자로는 ㈜A(3조2000억 원), …': the deals so far; '나눠 보면 국내 기업이 176개사 15조
    9240억 원, …' after a running total: its parts; '… 2009년부터 급여 끝전을 모아 지역 사회에 모두 3억6000만원을
    내놓았다': money given since a year."""
    lead = "가람도는 19일 도청에서 ㈜솔빛셀과 620억 원 규모의 투자협약을 맺었다.\n\n"
    for sentence in (
        "그동안 끌어온 큰 투자로는 ㈜한빛셀에너지(3조2000억 원), 서남케미칼(1조4500억 원) 등이 꼽힌다.",
        "민선 8기 출범 이후 도가 끌어온 투자는 207개사, 19조3318억 원으로 늘었다. 나눠 보면 국내 기업이 176개사 "
        "15조9240억 원, 외국인 투자기업이 31개사 3조4078억 원이다.",
        "㈜솔빛셀은 2009년부터 급여 끝전을 모아 지역 사회에 모두 3억6000만원을 내놓았다.",
    ):
        assert amounts(agreement_of(lead + sentence)) == {62000000000}, sentence


def test_parts_split_included_or_listed_before_their_total_are_no_targets():
    """'설비는 1구역 70㎿, 2구역 50㎿로 나눠 배치된다': the parts of the 120㎿ told before; '급속충전기 26기를 포함한
    충전시설 40기': a part of the whole after it; '△A 4.1㏊ △B 2.6㏊ 등 모두 6.7㏊': the parts before the total."""
    split = (
        "나래군은 5일 가람에너지와 120㎿ 규모의 태양광발전소 건설 협약을 맺었다.\n\n"
        "설비는 1구역 70㎿, 2구역 50㎿로 나눠 배치된다."
    )
    assert measures(agreement_of(split)) == {(120, "MW")}
    included = "가람시는 2일 솔빛모빌리티와 공공시설에 급속충전기 26기를 포함한 충전시설 40기를 설치하는 협약을 맺었다."
    assert measures(agreement_of(included)) == {(40, "기")}
    listed = (
        "가람군은 9일 한국농어촌공사와 임대형 스마트팜 조성 위탁 협약을 맺었다.\n\n"
        "군은 솔내면 일원에 △청년 임대팜 4.1㏊(150억 원) △교육 실습팜 2.6㏊(96억 원) 등 모두 6.7㏊ 규모의 단지를 "
        "2027년까지 짓는다."
    )
    assert measures(agreement_of(listed)) == {(6.7, "㏊")}


def test_work_under_way_and_a_delegation_give_no_figures_of_the_deal():
    """'본부는 올해 거점마을 12곳의 기반 정비에 56억 원을 투입하고 있으며, 대학은 …': money and places of work
    under way; '… 관계자 20여 명이 대표단을 꾸려 …을 찾았다': who came."""
    lead = "한국농어촌공사 나래본부는 9일 가람대학교와 농촌 인재 양성 업무협약을 맺었다.\n\n"
    text = lead + "본부는 올해 도내 농촌관광 거점마을 12곳의 기반 정비에 56억 원을 투입하고 있으며, 대학은 이들 마을에서 실습을 한다."
    agreement = agreement_of(text)
    assert amounts(agreement) == set() and measures(agreement) == set()
    delegation = lead + "이날 행사에는 부지사를 비롯해 관계자 20여 명이 대표단을 꾸려 대학을 찾았다."
    assert measures(agreement_of(delegation)) == set()


def test_each_of_two_years_before_the_sum_and_a_state_told_as_a_measure_are_no_figures_of_the_deal():
    """'올해 4억원, 2027년과 2028년 각 3억원 등 10억원': each year's part of the sum; '65세 이상이 58%에 이를
    만큼 고령화가 깊어진': how far a place has aged, not a goal."""
    money = "가람FC는 5일 ㈜솔빛에너지와 3년에 걸쳐 올해 4억원, 2027년과 2028년 각 3억원 등 10억원의 후원 협약을 맺었다."
    assert amounts(agreement_of(money)) == {1000000000}
    aged = (
        "나래군은 9일 한국농어촌공사와 스마트팜 조성 위탁 협약을 맺었다.\n\n"
        "농가 경영주 가운데 65세 이상이 58%에 이를 만큼 고령화가 깊어진 상황에서, 군은 청년 농업인을 키운다."
    )
    assert measures(agreement_of(aged)) == set()


def test_people_who_came_live_there_or_will_use_a_place_and_parts_added_up_are_no_targets():
    """'임직원 40여 명은 이날 오전 마을을 찾아', '주민 1,600여 명이 21개 마을에 흩어져 사는', '출향인 40여 명이 꾸린
    모임', '1만여 명의 어린이가 … 이용할 것으로': who is there, not a goal (volunteers who will call on homes
    stay one); '초등학교 252개, … 특수학교 9개를 더한 521개교': the parts of the sum."""
    lead = "가람군은 9일 나래상호금융과 1사1촌 자매결연 협약을 맺었다.\n\n"
    for sentence in (
        "도윤결 대표이사와 임직원 40여 명은 이날 오전 솔내마을을 찾아 결연식을 가졌다.",
        "솔내면은 주민 1,600여 명이 21개 마을에 흩어져 사는 산촌이다.",
        "달우회는 솔내마을 출향인 40여 명이 꾸린 모임이다.",
        "군은 한 해 1만여 명의 어린이가 이 진료실을 이용할 것으로 내다봤다.",
    ):
        assert not {m for m in measures(agreement_of(lead + sentence)) if m[1] == "명"}, sentence
    volunteers = lead + "자원봉사자 60명이 가정을 찾아 반찬을 전달한다."
    assert (60, "명") in measures(agreement_of(volunteers))
    schools = (
        "가람도는 9일 인천광역시와 학교급식 업무협약을 맺었다. 공급 대상은 인천 시내 초등학교 252개, 중학교 136개, "
        "고등학교 124개, 특수학교 9개를 더한 521개교 전부다."
    )
    assert not {(252, "개"), (136, "개"), (124, "개"), (9, "개")} & measures(agreement_of(schools))


def test_a_firm_told_by_the_year_it_opened_and_an_effect_to_come_give_no_targets():
    """'솔빛사료는 1981년 문을 연 사료 제조업체로 … 한 해 27만 톤의 사료를 생산하는 회사다': the firm as it is;
    '… 140명의 인구 유입, 180억원 규모의 지원사업 효과가 생길 것으로': an effect, not the deal's figures."""
    profile = (
        "나래군은 11일 솔빛사료㈜와 3만 2100㎡ 부지에 공장을 짓는 투자협약을 맺었다.\n\n"
        "솔빛사료는 1981년 문을 연 사료 제조업체로 세 곳의 공장에서 한 해 27만 톤의 사료를 생산하는 회사다."
    )
    assert measures(agreement_of(profile)) == {(32100, "㎡")}
    effect = (
        "가람시는 6일 한빛발전과 300MW 규모의 연료전지 발전소 건립 협약을 맺었다.\n\n"
        "시는 이번 유치로 140명의 인구 유입, 180억원 규모의 주변지역 지원사업 효과가 생길 것으로 내다봤다."
    )
    agreement = agreement_of(effect)
    assert measures(agreement) == {(300, "MW")}
    assert amounts(agreement) == set()
