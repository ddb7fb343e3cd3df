"""General forms the twentieth round found in real pages read for patterns (signers, look-alikes,
figures), tried with sentences written for the purpose: invented bodies, people, figures and wording.
Each test fails on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest.article import extract_article
from tests.articles import signers

DAY = datetime.date(2031, 4, 22)


def detected(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


# --- the same ceremony told again through who signed ------------------------------------------


def test_heads_who_sign_that_day_add_their_bodies_to_the_signers():
    """'군은 … ㈜A와 투자협약을 맺었다' then '이날 ㈜A NAME 대표와 NAME 군수, NAME 도 행정부지사가
    협약서에 서명했다': the province its deputy governor signed for is a party too."""
    text = (
        "가람군은 19일 군청에서 ㈜솔내정공과 투자협약을 맺었다고 밝혔다.\n"
        "이날 ㈜솔내정공 임다솜 대표와 조한울 가람군수, 서보람 충청북도 행정부지사가 협약서에 서명했다.\n"
    )
    assert {"가람군", "㈜솔내정공", "충청북도"} <= set(signers(text))


def test_a_lead_without_the_partner_takes_the_heads_who_signed_that_day():
    """'도는 … 투자협약을 맺었다' names no partner; '이날 ㈜A NAME 대표는 NAME 부지사, NAME 군수와 …
    체결했다' names the firm and the county its head signed for."""
    text = (
        "전라남도는 8일 도청 접견실에서 투자협약을 맺었다.\n"
        "이날 ㈜바른소재 한빛나 대표는 노다인 전라남도 경제부지사, 윤가온 보성군수와 투자협약을 체결했다.\n"
        "바른소재는 보성군 농공단지에 90억원을 들여 공장을 짓는다.\n"
    )
    assert {"전라남도", "㈜바른소재", "보성군"} <= set(signers(text))


def test_a_later_sentence_of_that_day_with_other_signers_only_adds_no_one():
    """Guard: '이날 …' naming signers none of whom signed the first pact is not the same ceremony told
    again."""
    text = (
        "가람군은 19일 군청에서 ㈜솔내정공과 투자협약을 맺었다고 밝혔다.\n"
        "이날 한결대학교 주은솔 총장과 다온병원 유하람 원장이 의료 인력 양성 협약서에 서명했다.\n"
    )
    assert not {"한결대학교", "다온병원"} & set(signers(text))


# --- firms named by their trade's ending, with no legal mark ---------------------------------------


def test_firms_named_as_energy_power_or_materials_makers_sign():
    """'시는 A전력, B에너지와 함께 …', 'C화학, D소재와 …': endings of firms' names with no ㈜."""
    text = "나래시는 한솔전력, 미리내에너지와 함께 나래산단 지붕에 태양광 발전소를 짓는 업무협약을 체결했다고 3일 밝혔다.\n"
    assert {"나래시", "한솔전력", "미리내에너지"} <= set(signers(text))
    text = "나래시는 다인화학, 솔길소재와 배터리 소재 공장 건립을 위한 투자협약을 체결했다고 3일 밝혔다.\n"
    assert {"나래시", "다인화학", "솔길소재"} <= set(signers(text))


def test_a_kind_of_energy_or_material_is_no_firm():
    """Guard: '신재생에너지와 첨단소재 분야' names fields, not firms."""
    text = "나래시는 신재생에너지와 첨단소재 분야 인재를 기르기 위해 누리대학교와 업무협약을 체결했다고 3일 밝혔다.\n"
    names = set(signers(text))
    assert "누리대학교" in names
    assert not {"신재생에너지", "첨단소재"} & names


# --- people at the ceremony, each with a title ---------------------------------------------------


def test_heads_listed_at_the_ceremony_are_people_not_bodies():
    """'협약식에는 NAME 가람대 총장, NAME 나래군수, NAME OO 대표가 참석했다': three people, each with a
    title; no party is named 'NAME 가람대 총장'."""
    text = (
        "가람대학교와 나래군, ㈜온새로직스는 2일 가람대 본관에서 인재 양성 업무협약을 체결했다.\n"
        "협약식에는 하도겸 가람대 총장, 설은비 나래군수, 탁새온 온새로직스 대표가 참석했다.\n"
    )
    agreement = extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]
    assert {p["name"] for p in agreement["parties"]} == {"가람대학교", "나래군", "㈜온새로직스"}
    people = {(p["name"], p["org"]) for p in agreement["people"]}
    assert {("하도겸", "가람대학교"), ("설은비", "나래군"), ("탁새온", "㈜온새로직스")} <= people


def test_firms_whose_heads_attend_are_still_listed_as_bodies():
    """Guard: '협약식에는 A, B, C 대표가 참석했다' lists firms by their heads: they take part."""
    text = (
        "나래군은 2일 군청에서 지역 기업들과 상생 협약을 체결했다.\n"
        "협약식에는 온새로직스, 다인정밀, 한결푸드 대표가 참석했다.\n"
    )
    names = {p["name"] for p in extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]["parties"]}
    assert {"온새로직스", "다인정밀", "한결푸드"} <= names


# --- look-alikes: the year's deals counted in a lead whose verb runs on ('맺어 …') ----------------


def test_the_years_deals_counted_up_to_a_day_are_no_signing():
    """'올해 들어 N일까지 N개 기업과 투자협약을 맺어 모두 N원의 투자를 유치했다': a tally up to a day."""
    text = (
        "다솔시는 올해 들어 20일까지 11개 기업과 투자협약을 맺어 모두 2,870억 원의 투자를 이끌어냈다고 21일 "
        "밝혔다.\n"
        "지난 5월 ㈜한결소재와 맺은 540억 원 규모의 협약이 가장 컸다.\n"
    )
    assert not detected(text)


def test_an_award_for_the_years_deals_is_no_signing():
    """'… 평가에서 대상을 받았다' then '군은 올해 들어 이달 초까지 N개 기업과 투자협약을 맺어 …': the year's
    deals, with no day of their own, are what the award counts."""
    text = (
        "나래군이 도내 시·군 투자유치 평가에서 대상을 받았다고 4일 밝혔다.\n"
        "군은 올해 들어 이달 초까지 식품·소재 분야 17개 기업과 투자협약을 맺어 모두 2,450억원의 투자를 약속받은 "
        "점을 인정받았다.\n"
    )
    assert not detected(text)


def test_a_signing_told_with_a_running_verb_is_read():
    """'N일 … ㈜A와 투자협약을 맺어 올해 들어 맺은 협약이 N건으로 늘었다': the signing of the day, which the
    count grows by; its signers and day are read."""
    text = (
        "나래군은 9일 군청에서 ㈜다인바이오와 투자협약을 맺어 올해 들어 맺은 협약이 8건으로 늘었다.\n"
        "다인바이오는 나래농공단지에 65억원을 투자한다.\n"
    )
    agreement = extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]
    assert {"나래군", "㈜다인바이오"} <= {p["name"] for p in agreement["parties"]}
    assert agreement["signed_on"] == "2031-04-09"


# --- the sides in a title, and a broadcast's broken lines ----------------------------------------


def test_every_side_of_a_titled_ceremony_signs():
    """"'A군-B교육지원청-C경찰서-D소방서 간 … 협약식'을 열었다": four sides, not only the subject."""
    text = (
        "다솔군은 14일 군청에서 '다솔군-다솔교육지원청-다솔경찰서-다솔소방서 간 등굣길 안전 협약식'을 열었다.\n"
        "네 기관은 등굣길 위험 지점을 함께 점검한다.\n"
    )
    assert {"다솔군", "다솔교육지원청", "다솔경찰서", "다솔소방서"} <= set(signers(text))


def test_a_broadcasts_lines_broken_mid_sentence_are_no_headline():
    """A script's first lines broken mid-sentence ('… 부품기업 A와', '… 약 N원 규모의') are its lead, not a
    headline and sub-headline: the signers and money are read."""
    from tests.articles import articles_of

    page = (
        "지역뉴스 | 경제\n"
        "한솔군이 미국 전지 부품기업 온새라텍과\n"
        "1,600만 달러, 우리 돈 약 210억 원 규모의\n"
        "투자협약을 맺었습니다.\n"
        "온새라텍은 앞으로 3년 동안\n"
        "한솔산업단지에 공장을 짓고 90여 명을 채용할 계획입니다.\n"
        "한솔군은 공장이 가동되면 해마다\n"
        "수출이 크게 늘 것으로 기대했습니다.\n"
    )
    agreement = articles_of(page)[0]["agreements"][0]
    assert {"한솔군", "온새라텍"} <= {p["name"] for p in agreement["parties"]}
    assert "210억 원" in {b["text"] for b in agreement["budgets"]}


# --- look-alikes: a signing weighed, negotiated or criticised -----------------------------------


def test_a_signing_being_pursued_as_a_plan_is_no_signing():
    """'… 기업 두세 곳과 협약을 맺는 방안을 추진하고 있다': hoped for, no day."""
    text = "가람도는 연말까지 반도체·바이오 분야 기업 두세 곳과 추가 협약을 맺는 방안을 추진하고 있다고 2일 밝혔다.\n"
    assert not detected(text)


def test_a_signing_whose_terms_are_being_settled_is_no_signing():
    """'㈜A와 … 협약을 맺기 위해 세부 조건을 조율하고 있다': not signed yet."""
    text = "나래시는 ㈜한빛식품과 본사 이전 협약을 맺기 위해 부지와 세제 조건을 조율하고 있다고 2일 밝혔다.\n"
    assert not detected(text)


def test_signings_cited_in_a_councillors_critique_are_no_signing():
    """'… N개 기업과 투자협약을 맺었지만 실제 투자한 곳은 N곳뿐이라고 지적했다': a council's audit."""
    text = (
        "다솔시의회 임하늘 의원은 2일 행정사무감사에서 시가 최근 3년간 140개 기업과 투자협약을 맺었지만 실제 "
        "공장을 지은 곳은 51곳뿐이라고 지적했다.\n"
    )
    assert not detected(text)


# --- figures that are not the agreement's own --------------------------------------------------

LEAD = "다솔군은 15일 군청에서 ㈜한울에너지와 업무협약을 체결했다.\n"


def figures(text):
    agreement = extract_article(LEAD + text, headline=None, subheadline=None, published=DAY)[1][0]
    targets = {(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None}
    return targets, {b["text"] for b in agreement["budgets"]}


def test_a_total_told_again_a_year_at_a_time_in_brackets_counts_once():
    """'학생 240명(연 80명)': the bracket restates the total per year."""
    targets, _ = figures("회사는 3년 동안 모두 1억5천만 원의 장학금을 내고, 학생 240명(연 80명)이 받는다.\n")
    assert (240, "명") in targets and (80, "명") not in targets


def test_homes_and_years_an_output_is_likened_to_are_no_targets():
    """'… 3만1천㎿h를 생산하며, 9천 가구가 1년 동안 쓰는 양이다': an equivalence, not homes or years."""
    targets, _ = figures("발전소는 해마다 약 3만1천㎿h를 생산하며, 이는 9천 가구가 1년 동안 쓰는 양이다.\n")
    assert (31000, "MWh") in targets
    assert not {(9000, "가구"), (1, "년")} & targets


def test_the_class_of_each_machine_is_no_target():
    """'3.3㎿급 풍력발전기 12기를 세워 모두 39.6㎿ 규모': each machine's class and their number are the
    breakdown of the whole (the issue's '40MW 3기'; since the twenty-third round the count too)."""
    targets, _ = figures("회사는 3.3㎿급 풍력발전기 12기를 세워 모두 39.6㎿ 규모의 단지를 만든다.\n")
    assert (39.6, "MW") in targets and (3.3, "MW") not in targets and (12, "기") not in targets


def test_a_wind_farm_of_a_class_with_no_count_stays_a_target():
    """Guard: '100㎿급 해상풍력 단지를 조성한다' names the whole farm's size."""
    targets, _ = figures("회사는 다솔 앞바다에 100㎿급 해상풍력 단지를 조성한다.\n")
    assert (100, "MW") in targets


def test_jobs_hoped_for_beside_an_effect_are_a_target():
    """'130여 명의 일자리와 7천억 원 규모의 생산유발 효과를 기대했다': the jobs are the agreement's."""
    targets, budgets = figures("군은 공장이 들어서면 130여 명의 일자리와 7천억 원 규모의 생산유발 효과를 기대했다.\n")
    assert (130, "명") in targets and "7천억 원" not in budgets


def test_direct_hires_beside_an_effect_are_a_target():
    """'직접고용 140명과 3,200억 원의 생산유발 효과가 생길 것으로 기대했다': the hires are the agreement's."""
    targets, _ = figures("군은 공장이 들어서면 직접고용 140명과 3,200억 원의 생산유발 효과가 생길 것으로 기대했다.\n")
    assert (140, "명") in targets


def test_an_effects_jobs_stay_out():
    """Guard: '1,040명의 고용유발 효과' is the model's, not the agreement's hires."""
    targets, _ = figures("군은 연간 2,300억 원의 생산유발효과와 1,040명의 고용유발효과가 생길 것으로 내다봤다.\n")
    assert (1040, "명") not in targets


def test_tourism_income_forecast_is_no_budget():
    """'… 530억 원의 관광수입이 생길 것으로 본다': a forecast."""
    _, budgets = figures("군은 리조트가 들어서면 해마다 530억 원의 관광수입이 생길 것으로 본다.\n")
    assert "530억 원" not in budgets


# --- signers: venues, groups written as counted, clubs named with their place ---------------------


def test_the_hall_of_a_city_where_clubs_sign_is_no_signer():
    """'A체육회(회장 NAME)와 B체육회(회장 NAME)는 … 영주시 실내체육관에서 … 맺었다': the city is where."""
    text = "안동시체육회(회장 하도겸)와 영주시체육회(회장 설은비)는 지난 9일 영주시 실내체육관에서 생활체육 교류 협약을 맺었다.\n"
    assert set(signers(text)) == {"안동시체육회", "영주시체육회"}


def test_a_group_counted_by_its_trade_in_places_is_a_party_beside_its_named_members():
    """'㈜A, B 등 도내 식품기업 7곳과': two of seven named, so the group signs too, written as counted."""
    text = "경상북도는 ㈜다인푸드, 솔길식품 등 도내 식품기업 7곳과 상생협약을 맺었다고 14일 밝혔다.\n"
    assert {"경상북도", "㈜다인푸드", "솔길식품", "도내 식품기업 7곳"} <= set(signers(text))


def test_clubs_named_with_their_town_are_one_name_each():
    """'OO군 OO면 가람조기축구회(회장 NAME)와 OO시 OO동 조기축구회(회장 NAME)가 …': the town is part of
    each club's name, and neither town signs."""
    text = (
        "예천군 하람면 솔빛조기축구회(회장 하도겸)와 영주시 미리동 조기축구회(회장 설은비)가 14일 자매결연 "
        "협정서를 교환했다.\n"
    )
    assert set(signers(text)) == {"예천군 하람면 솔빛조기축구회", "영주시 미리동 조기축구회"}


def test_a_trading_house_with_no_legal_mark_is_a_firm():
    """'△㈜A NAME 대표 △B물산 NAME 대표 …가 참석했다': 물산 ends a firm's name."""
    text = (
        "영주시는 14일 시청에서 지역 기업 3곳과 상생 협약을 체결했다.\n"
        "협약식에는 △㈜한울정공 하도겸 대표 △다인물산 설은비 대표 △솔길정밀㈜ 임새론 대표가 참석했다.\n"
    )
    assert {"㈜한울정공", "다인물산", "솔길정밀㈜"} <= set(signers(text))


def test_firms_counted_in_the_plural_are_a_group_party():
    """'㈜A 등 3개 기업들과 투자협약을 체결했다': the count with 들 is still the group that signs."""
    text = "경상북도는 14일 도청에서 ㈜솔길메탈 등 3개 기업들과 투자협약을 체결했다.\n"
    assert {"경상북도", "3개 기업"} <= set(signers(text))


def test_firms_counted_by_site_are_a_group_party():
    """'지역 업체 5개소와 … 협약을 체결했다': firms counted with 개소 sign as one group."""
    text = "다솔군은 14일 군청에서 지역 업체 5개소와 농산물 가공 협약을 체결했다.\n"
    assert {"다솔군", "지역 업체 5개소"} <= set(signers(text))


def test_a_firms_profile_told_from_its_founding_has_no_targets():
    """'A는 1971년 회사를 세워 … 3개 공장에서 연 41만 톤의 사료를 만들고 있는 … 회사이다': what the firm
    is, not what it agrees to."""
    text = (
        "예천군은 지난 24일 군내 유망기업 2개사와 180억 원의 투자협약을 맺었다.\n"
        "협약식에는 여은호 군수를 비롯해 하도겸 다인사료주식회사(이하 다인사료) 예천공장 대표이사, 임새론 "
        "㈜솔길켐 대표이사 등이 참석해 협약서에 서명했다.\n"
        "이날 협약을 맺은 2개 기업은 개별입지 3만 1200㎡ 부지에 180억 원을 투자해 25명을 새로 고용할 전망이다.\n"
        "다인사료는 1971년 회사를 세워 안동, 예천, 영주의 3개 공장에서 연 41만 톤의 사료를 만들고 있는 "
        "경북지역의 대표적인 사료 회사이다.\n"
        "다인사료는 2026년 6월까지 약 120억 원을 들여 예천공장을 늘리고 10명을 더 고용할 예정이다.\n"
    )
    agreement = extract_article(text, headline=None, subheadline=None, published=None)[1][0]
    targets = {(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None}
    assert {(31200, "㎡"), (25, "명")} <= targets
    assert not {(3, "개"), (410000, "톤")} & targets
    # the head named before the firm's short name in brackets and its works
    assert ("하도겸", "대표이사") in {(p["name"], p["title"]) for p in agreement["people"]}


def test_the_whole_a_share_is_taken_from_stays_the_target():
    """'전체 용량 36MW 가운데 약 6MW를 …에 쓴다': the whole is the agreement's, the share is not."""
    targets, _ = figures("데이터센터는 전체 용량 36MW 가운데 약 6MW를 공공 AI 실증에 쓴다.\n")
    assert (36, "MW") in targets and (6, "MW") not in targets


# --- several agreements ------------------------------------------------------------------------


def test_a_second_pact_of_that_day_told_after_hanpyeon_is_its_own_agreement():
    """'한편 ㈜A는 이날 오후 B대학교와 … 협약도 맺었다': the same day's second pact, not background."""
    text = (
        "안동시는 2일 ㈜솔내바이오와 바이오 인력양성 협약을 체결했다.\n"
        "솔내바이오는 해마다 20명을 채용한다.\n"
        "한편 ㈜솔내바이오는 이날 오후 다인대학교와 계약학과 운영 협약도 맺었다.\n"
    )
    agreements = extract_article(text, headline=None, subheadline=None, published=DAY)[1]
    assert [sorted(p["name"] for p in a["parties"]) for a in agreements] == [
        ["㈜솔내바이오", "안동시"],
        ["㈜솔내바이오", "다인대학교"],
    ]


def test_an_earlier_pact_told_after_hanpyeon_stays_background():
    """Guard: '한편 ㈜A는 지난해 B대학교와 … 협약도 맺은 바 있다' is no second agreement."""
    text = (
        "안동시는 2일 ㈜솔내바이오와 바이오 인력양성 협약을 체결했다.\n"
        "한편 ㈜솔내바이오는 지난해 다인대학교와도 계약학과 운영 협약을 맺었다.\n"
    )
    assert len(extract_article(text, headline=None, subheadline=None, published=DAY)[1]) == 1


def test_a_count_with_a_thousands_comma_is_read_whole_before_its_verb():
    """'연말까지 안전모 1,200개를 보급한다': one target of 1,200, not also one of 200."""
    targets, _ = figures("세 기관은 연말까지 안전모 1,200개를 보급한다.\n")
    assert (1200, "개") in targets and (200, "개") not in targets


def test_a_meeting_that_follows_up_last_months_pact_is_no_signing():
    """'… 첫 실무협의회를 열었다. 이번 협의회는 두 기관이 지난달 27일 맺은 '…협약'의 후속 조치로 …'."""
    text = (
        "다솔군은 19일 군청 상황실에서 한울전자㈜와 첫 실무협의회를 열었다.\n"
        "이번 협의회는 두 기관이 지난달 26일 맺은 '가람농공단지 투자 협약'의 후속 조치로 마련됐다.\n"
        "군은 올해 하반기 중 한울전자 협력업체들과 추가 협약을 맺는 방안도 검토하고 있다.\n"
    )
    assert not detected(text)


# --- portal pages and people ---------------------------------------------------------------------


def test_a_portal_copy_with_its_summary_and_font_preview_is_one_article():
    """A portal's machine summary above the article and its font-size preview between: one article, one
    agreement, signed by the county and the district; '남궁 군수' told again is no person of its own."""
    from tests.articles import articles_of

    page = (
        "솔내군, 다온구와 자매결연…\"직거래 넓힌다\"\n"
        "요약문입니다. 자세한 내용은 본문을 읽어 주세요.\n"
        "솔내군은 지난 27일 군청에서 다온특별시 다온구와 자매결연 협정을 체결했다고 29일 밝혔다.\n"
        "글자 크기 미리보기: 가나다라마바사 …\n"
        "[솔내=한빛뉴스] 하도겸 기자 = 솔내군은 지난 27일 군청에서 다온특별시 다온구와 자매결연 협정을 "
        "체결했다고 29일 밝혔다.\n"
        "협정서에는 남궁새론 솔내군수와 설은비 다온구청장이 서명했다.\n"
        "남궁 군수는 \"두 도시가 서로 기대는 본보기가 되겠다\"고 말했다.\n"
    )
    articles = [a for a in articles_of(page, published=datetime.date(2031, 4, 29)) if a["agreements"]]
    assert len(articles) == 1 and len(articles[0]["agreements"]) == 1
    agreement = articles[0]["agreements"][0]
    assert {p["name"] for p in agreement["people"]} == {"남궁새론", "설은비"}


# --- the page's own date, when nobody gives it ----------------------------------------------------


def _signed_on(page):
    from tests.articles import articles_of

    return [g["signed_on"] for a in articles_of(page) for g in a["agreements"]]


def test_a_small_outlets_registration_line_dates_the_page():
    """'기사등록 2017-10-21 11:05:48' is the page's date: '20일' is the 20th of that month."""
    page = "기사등록 2017-10-21 11:05:48\n경상북도 농업기술원은 20일 ㈜솔내종묘와 종자 공동개발 협약을 맺었다.\n"
    assert _signed_on(page) == ["2017-10-20"]


def test_an_unlabelled_day_and_minute_date_the_page():
    """'2024년 06월 18일(화) 17:05' and the wire's '2019/04/10 16:45 송고' are the page's time lines."""
    page = "2024년 06월 18일(화) 17:05\n예천군은 18일 군청에서 ㈜한결식품과 농산물 납품 협약을 체결했다.\n"
    assert _signed_on(page) == ["2024-06-18"]
    page = (
        "경상북도는 ㈜솔내에너지와 수소충전소 구축 협약을 체결했다고 10일 밝혔다.\n"
        "<저작권자(c) 한빛통신, 무단 전재-재배포 금지>\n2019/04/10 16:45 송고\n"
    )
    assert _signed_on(page) == ["2019-04-10"]


def test_a_weather_bars_date_is_not_the_pages():
    """Guard: '2026.02.03 (화) 맑음 안동 -2.1℃' above the article is the day the page was viewed."""
    page = "2026.02.03 (화) 맑음 안동 -2.1℃ 영주 -3.0℃\n안동시는 지난 12일 ㈜솔내전자와 협약을 체결했다고 14일 밝혔다.\n"
    assert _signed_on(page) == [None]


def test_a_labelled_line_beats_an_unlabelled_clock():
    """Guard: a masthead's clock ('2026-02-03 10:11:12') yields to the labelled '입력 2024-09-14 10:52'."""
    page = (
        "2026-02-03 10:11:12\n입력 2024-09-14 10:52\n"
        "안동시는 지난 12일 ㈜솔내전자와 협약을 체결했다고 14일 밝혔다.\n"
    )
    assert _signed_on(page) == ["2024-09-12"]


def test_a_pact_whose_day_and_place_come_between_it_and_its_verb_is_signed():
    """'…협약을 지난달 30일 OO 사옥에서 체결했다': the object first, then last month's day and the place."""
    text = "가람시는 ㈜솔내방송과 미디어센터 건립 협약을 지난달 30일 솔내방송 사옥에서 체결했다.\n"
    agreement = extract_article(text, headline=None, subheadline=None, published=datetime.date(2031, 5, 2))[1][0]
    assert agreement["signed_on"] == "2031-04-30"
    assert {"가람시", "㈜솔내방송"} <= {p["name"] for p in agreement["parties"]}


def test_a_farm_cooperative_named_before_its_legal_form_keeps_its_name():
    """'햇살머루 영농조합법인(대표 NAME)' among the firms that attend: the name, not the bare legal form."""
    text = (
        "재단법인 예천발효연구소가 지역 업체 3개소와 업무 협약식을 맺었다고 17일 밝혔다.\n"
        "협약식은 연구책임자들을 비롯해 솔빛머루 영농조합법인(대표 하도겸), 다인발효농장(대표 설은비), "
        "농업회사법인 예천산채(대표 임새론) 등 지역 업체가 참석한 가운데 열렸다.\n"
    )
    names = {p["name"] for p in extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]["parties"]}
    assert "솔빛머루 영농조합법인" in names and "영농조합법인" not in names


def test_a_head_named_in_brackets_with_the_post_he_holds_it_by_is_named_alone():
    """'재단법인 OO(이사장 NAME 예천군수)': the person is NAME, not 'NAME 예천군수'."""
    text = "재단법인 예천발효연구소(이사장 하도겸 예천군수)가 지역 업체 5개소와 업무 협약을 맺었다고 17일 밝혔다.\n"
    people = {p["name"] for p in extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]["people"]}
    assert people == {"하도겸"}


def test_one_sentence_signing_two_objects_each_is_two_agreements():
    """'도는 A, B 등 2개 기업과 N억원 규모의 투자협약을, C㈜과 N㎡ 규모의 … 협약을 각각 체결했다': two
    agreements, the province signing both, each with its own partner and figure."""
    text = (
        "경상북도는 20일 도청에서 ㈜솔길소재, 다인정밀㈜ 등 2개 기업과 2700억원 규모의 투자협약을, "
        "한빛산단개발㈜과 38만㎡ 규모의 산업단지 조성 협약을 각각 체결했다.\n"
    )
    agreements = extract_article(text, headline=None, subheadline=None, published=DAY)[1]
    assert [sorted(p["name"] for p in a["parties"]) for a in agreements] == [
        ["㈜솔길소재", "경상북도", "다인정밀㈜"],
        ["경상북도", "한빛산단개발㈜"],
    ]
    assert [b["text"] for b in agreements[0]["budgets"]] == ["2700억원"]
    assert (380000, "㎡") in {(t["value"], t["unit"]) for t in agreements[1]["targets"]}


def test_pairs_each_signing_in_one_sentence_are_two_agreements():
    """'체결식에서 A시는 X시와, B군은 Y현과 각각 우호교류 협약을 맺었다': two pairs, two agreements."""
    text = "이날 체결식에서 안동시는 중국 청하시와, 예천군은 중국 백운현과 각각 우호교류 협약을 맺었다.\n"
    agreements = extract_article(text, headline=None, subheadline=None, published=DAY)[1]
    assert [sorted(p["name"] for p in a["parties"]) for a in agreements] == [["안동시", "청하시"], ["백운현", "예천군"]]


def test_parties_each_paying_their_share_of_one_pact_stay_one_agreement():
    """Guard: '시와 ㈜A는 각각 5억원을 내는 … 협약을 체결했다' is one agreement."""
    text = "가람시와 ㈜솔내정공은 3일 각각 5억원을 출연해 장학기금을 만드는 협약을 체결했다.\n"
    assert len(extract_article(text, headline=None, subheadline=None, published=DAY)[1]) == 1


def test_a_headline_that_exclaims_heads_its_article_and_the_reporters_day_dates_it():
    """'OO, 농협과 손잡다!', a sub-headline, then '2019-06-20     NAME 기자': one article under that headline,
    dated by the reporter's line; the exclaiming headline is no article of its own."""
    from tests.articles import articles_of

    page = (
        "경상북도 농업기술원, 농협과 손잡다!\n\n"
        "20일, 농협중앙회 경북지역본부와 상호협력 협약(MOU) 체결\n\n"
        "2019-06-20     하도겸 기자\n\n"
        "[주간한빛]경상북도농업기술원이 농협중앙회 경북지역본부와 손잡고 농업 연구 성과를 함께 나누기로 하고 "
        "상호협력 협약(MOU)을 체결했다고 밝혔다.\n\n"
        "20일 농업기술원 대회의실에서 열린 체결식에는 양측 관계자 12명이 참석했다.\n"
    )
    articles = articles_of(page)
    assert [a["headline"] for a in articles] == ["경상북도 농업기술원, 농협과 손잡다!"]
    assert [g["signed_on"] for g in articles[0]["agreements"]] == ["2019-06-20"]


def test_that_day_before_a_heads_name_is_no_name():
    """'이날 NAME OO지역본부장의 추천으로 …': the person is NAME, not one called 이날."""
    text = (
        "솔뫼농협과 다인농협은 지난 3일 자매결연을 맺었다.\n"
        "이날 하도겸 농협경북지역본부장의 추천으로 두 농협 임원 등 40여 명이 참석한 가운데 결연 행사를 열었다.\n"
    )
    people = {p["name"] for p in extract_article(text, headline=None, subheadline=None, published=DAY)[1][0]["people"]}
    assert "이날" not in people and "하도겸" in people


def test_a_lead_printed_again_with_its_heads_in_brackets_keeps_the_brackets_and_its_subject():
    """A page prints its lead twice, the second time with each head in brackets: the heads are read,
    the dated passive line between names the partners, and the subject (not its parent body,
    'OO재단 산하') signs beside them."""
    from tests.articles import articles_of

    page = (
        "다솜복지재단 산하 한빛종합사회복지관은 10월 14일 복지관에서 안동적십자병원ㆍ안동시보건소와 주민 건강 "
        "업무협약을 맺었다.\n\n"
        "10월 14일, 안동적십자병원ㆍ안동시보건소와 주민 건강 업무협약이 체결됐다.\n\n"
        "다솜복지재단 산하 한빛종합사회복지관(관장 하도겸)은 10월 14일 복지관에서 안동적십자병원(원장 "
        "설은비)ㆍ안동시보건소(소장 임새론)와 주민 건강 업무협약을 맺었다.\n\n"
        "이날 협약으로 세 기관은 주민 건강증진 사업에 힘을 모으기로 했다.\n"
    )
    agreement = articles_of(page, published=datetime.date(2031, 10, 15))[0]["agreements"][0]
    assert {p["name"] for p in agreement["parties"]} == {"한빛종합사회복지관", "안동적십자병원", "안동시보건소"}
    assert {p["name"] for p in agreement["people"]} == {"하도겸", "설은비", "임새론"}


def test_the_sides_of_a_pact_joined_by_dashes_in_the_signing_sentence_sign():
    """'군은 … A군-B영농법인-㈜C 3자간 업무협약을 체결했다': the three sides, unquoted."""
    text = "군은 지난 22일 예천군-솔길팜영농법인-㈜다인식품 3자간 업무협약을 체결했다.\n"
    assert {"예천군", "솔길팜영농법인", "㈜다인식품"} == set(signers(text))


def test_a_span_of_years_joined_by_a_dash_is_no_side():
    """Guard: '2027-2029년 간 …' names years, not bodies."""
    text = "예천군은 22일 ㈜다인식품과 2027-2029년 간 농산물 공급 업무협약을 체결했다.\n"
    assert set(signers(text)) == {"예천군", "㈜다인식품"}


def test_a_related_articles_line_with_its_headlines_is_chrome():
    """'[관련기사] OO군, 분양률 90% 돌파 / OO도, 상반기 투자유치 1조 원 넘어서' under the article: other
    articles' headlines, no budget or target of this one (seen in production mode)."""
    from tests.articles import articles_of

    page = (
        "다솔군은 21일 군청에서 ㈜한결정밀과 420억 원 규모의 투자협약을 체결했다.\n"
        "한결정밀은 다솔농공단지에 공장을 짓고 60명을 채용한다.\n"
        "[관련기사] 다솔군, 농공단지 분양률 90% 돌파 / 가람도, 상반기 투자유치 1조 원 넘어서\n"
    )
    agreement = articles_of(page, published=datetime.date(2031, 4, 22))[0]["agreements"][0]
    assert [b["text"] for b in agreement["budgets"]] == ["420억 원"]
    assert (90, "%") not in {(t["value"], t["unit"]) for t in agreement["targets"]}
