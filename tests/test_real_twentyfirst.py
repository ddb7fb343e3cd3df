"""General forms the twenty-first round found in real pages read for patterns (signers, figures), tried
with sentences written for the purpose: invented bodies, people, figures and wording. Each test fails
on the code before the round except the guards, which say so."""

import datetime

from agreements.ingest import extract_text
from agreements.ingest.article import extract_article
from tests.articles import people_of, signers

DAY = datetime.date(2031, 4, 22)


def detected(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


# --- firms in general as the partner, counted where they invest ------------------------------------


def test_firms_in_general_as_partner_are_the_group_counted_where_they_invest():
    """'도와 시는 … 기업들과 투자협약을 체결했다' then '… ㈜A 등 4개 기업이 … 투자하고': the group signs."""
    text = (
        "충청북도와 소라시는 21일 도청에서 기업들과 투자협약을 체결했다. 정밀부품 업체인 ㈜다솜테크 등 "
        "4개 기업이 소라산업단지에 520억원을 투자하고 130명을 새로 고용한다.\n"
    )
    assert {"충청북도", "소라시", "4개 기업"} <= set(signers(text))


def test_a_ceremony_with_no_partner_takes_the_group_it_draws_investment_from():
    """'시는 … 협약식을 갖고 … 등 5개 기업에서 모두 430억 원을 유치했습니다' (a broadcast script)."""
    text = "소라시는 오늘(21일) 시청에서 협약식을 갖고 식품과 부품 제조업체 등 5개 기업에서 모두 430억 원을 유치했습니다.\n"
    assert {"소라시", "5개 기업"} <= set(signers(text))


def test_a_group_that_invests_beside_named_signing_firms_is_no_extra_party():
    """Guard: firms already sign by name ('㈜A와 투자협약을 체결했다'); a count in the next sentence of
    what they and others bring is not one more signer."""
    text = (
        "소라시는 21일 시청에서 ㈜다솜테크와 투자협약을 체결했다. 이로써 올해 5개 기업이 소라산업단지에 "
        "모두 900억원을 투자하게 됐다.\n"
    )
    assert "5개 기업" not in signers(text)


def test_the_years_tally_of_investing_firms_is_no_group_that_signs():
    """Guard: '기업들과 … 체결했다. 이로써 올해 12개 기업이 … 투자하게 됐다' counts the year's deals."""
    text = (
        "소라시는 21일 시청에서 기업들과 투자협약을 체결했다. 이로써 올해 12개 기업이 소라산업단지에 "
        "모두 2100억원을 투자하게 됐다.\n"
    )
    assert "12개 기업" not in signers(text)


# --- small bodies listed after saying who they are ------------------------------------------------


def test_shops_and_clinics_listed_as_the_pacts_premises_sign():
    """'동은 … 생활업소 4곳과 협약을 체결했다' then '협약 업소는 A약국(대표 NAME), B한의원(원장 NAME), …다':
    names that end like common words, listed after saying they are the pact's shops."""
    text = (
        "소라시 한별동 행정복지센터는 16일 관내 생활업소 4곳과 이웃돌봄 업무협약을 체결했다.\n"
        "협약 업소는 푸른솔약국(대표 강도윤), 한결한의원(원장 서지안), 맑은샘치과의원(원장 노하준), "
        "별빛분식(대표 문세아)다.\n"
    )
    assert {"푸른솔약국", "한결한의원", "맑은샘치과의원", "별빛분식"} <= set(signers(text))


def test_markets_listed_as_taking_part_sign():
    """'참여 전통시장은 A시장, B시장, C시장이다': markets, not mayors, listed as the pact's members."""
    text = (
        "한별구는 22일 구청에서 구 상인연합회, 소라은행과 전통시장 활성화 업무협약을 체결했다.\n"
        "참여 전통시장은 해오름시장, 별무리중앙시장, 솔향골목시장이다.\n"
    )
    assert {"해오름시장", "별무리중앙시장", "솔향골목시장"} <= set(signers(text))


def test_a_township_office_is_one_body_with_its_city_and_its_office_word():
    """'OO시 OO동 행정복지센터(동장 NAME)는', 'OO동 주민센터는': one signer, not the place and a
    centre apart."""
    text = "소라시 한별동 행정복지센터(동장 권서하)는 16일 푸른솔약국과 이웃돌봄 업무협약을 체결했다.\n"
    assert "소라시 한별동 행정복지센터" in signers(text)
    assert "행정복지센터" not in signers(text)
    text = "한별동 주민센터는 16일 푸른솔약국과 이웃돌봄 업무협약을 체결했다.\n"
    assert "한별동 주민센터" in signers(text)


# --- the deal's own jobs told as hoped, beside effects and staff -------------------------------------

INVEST = "소라시는 21일 시청에서 ㈜해솔정밀과 투자협약을 체결했다.\n"


def figures(text):
    agreement = detected_agreement(text)
    return {(t["value"], t["unit"]) for t in agreement["targets"]}, {b["amount_krw"] for b in agreement["budgets"]}


def detected_agreement(text):
    return extract_article(text, headline=None, subheadline=None, published=datetime.date(2025, 4, 22))[1][0]


def test_jobs_told_as_a_hoped_effect_keep_the_sentences_money_and_jobs():
    """'A는 800억원을 들여 공장을 짓고, 95명의 고용 창출 효과가 기대된다': the deal's own money and jobs,
    not an effect likened to something."""
    targets, budgets = figures(INVEST + "해솔정밀은 800억원을 들여 공장을 짓고, 이에 따라 95명의 고용 창출 효과가 기대된다.\n")
    assert (95, "명") in targets
    assert 80_000_000_000 in budgets


def test_an_effect_likened_to_something_still_drops_its_sentence():
    """Guard: '소나무 9만 그루를 심는 효과가 기대된다' likens an effect; its figures are no targets."""
    targets, _ = figures(INVEST + "발전소가 가동되면 연간 소나무 9만 그루를 심는 효과가 기대된다.\n")
    assert (90000, "그루") not in targets


def test_jobs_in_an_effect_triad_are_no_target_beside_the_firms_hires():
    """'260명을 새로 고용한다' then '512억원의 생산유발, 402명의 고용창출, 188억원의 부가가치 효과': the
    402 is the model's, though it says 고용창출."""
    targets, _ = figures(
        INVEST + "해솔정밀은 260명을 새로 고용한다. 투자가 시작되면 512억원의 생산유발, 402명의 고용창출, "
        "188억원의 부가가치 효과가 예상된다.\n"
    )
    assert (260, "명") in targets
    assert (402, "명") not in targets


def test_jobs_beside_one_effect_stay_the_deals_own():
    """Guard: '3백여 명의 일자리와 9천억 원 규모의 생산유발 효과가 기대된다' keeps the jobs."""
    targets, _ = figures(INVEST + "3백여 명의 일자리와 9천억 원 규모의 생산유발 효과가 기대된다.\n")
    assert (300, "명") in targets


def test_staff_moved_with_a_head_office_are_no_new_jobs():
    """'기존 직원 85명이 옮겨오고, 향후 5년간 130명을 새로 뽑는다': only the new hires."""
    targets, _ = figures(INVEST + "본사 이전으로 기존 직원 85명이 옮겨오고, 향후 5년간 130명을 새로 뽑는다.\n")
    assert (130, "명") in targets
    assert (85, "명") not in targets


# --- look-alikes ------------------------------------------------------------------------------------


def test_a_signing_worked_towards_within_a_half_year_is_no_agreement():
    """'군은 민간 업체와의 투자협약도 상반기 안에 맺을 수 있도록 협의를 이어가기로 했다' in a report on a
    budget meeting: hoped for, with no day."""
    text = (
        "별내군은 지난 24일 군수 주재로 국비 확보 전략 보고회를 열었다고 27일 밝혔다.\n"
        "군은 신규 사업 28건, 940억원 규모의 국비를 신청할 계획이다.\n"
        "군은 관광 업체와의 투자협약도 상반기 안에 맺을 수 있도록 협의를 이어가기로 했다.\n"
    )
    assert not detected(text)


def test_a_signing_made_so_that_work_can_start_is_still_an_agreement():
    """Guard: '… 공사를 착수할 수 있도록 협약을 체결했다' signs; only the signing itself worked towards
    is not yet."""
    text = "별내군은 24일 ㈜솔마루건설과 연내 공사에 착수할 수 있도록 업무협약을 체결했다.\n"
    assert detected(text)


# --- pairs and markets ---------------------------------------------------------------------------------


def test_pairs_bulleted_as_each_making_their_pact_all_sign():
    """'이날 △A-B △C-D △E-F가 각각 연을 맺었다': a store and a market in each pair, one ceremony."""
    text = (
        "별내시는 9일 시청에서 대형 점포와 전통시장의 상생 협약식을 열었다.\n"
        "이날 △해솔마트 별내점-구름다리시장 △누리백화점 동부점-별내중앙시장 △알참아울렛-솔숲골목시장이 "
        "각각 연을 맺었다.\n"
    )
    assert {"해솔마트 별내점", "구름다리시장", "누리백화점 동부점", "별내중앙시장", "알참아울렛", "솔숲골목시장"} <= set(
        signers(text)
    )


def test_pairs_bulleted_without_a_pact_of_their_own_are_not_signers():
    """Guard: '△A-B △C-D △E-F가 각각 20분 간격으로' bullets routes: no pair is said to make a pact."""
    text = (
        "별내시는 9일 시청에서 ㈜해솔버스와 시내버스 노선 개편 협약을 체결했다.\n"
        "개편 노선은 △구름다리-별내역 △동부터미널-솔숲공원 △해오름-별내시청이 각각 20분 간격으로 운행한다.\n"
    )
    assert not {"구름다리", "별내역", "동부터미널"} & set(signers(text))


def test_a_market_named_among_markets_is_no_mayor():
    """'OO시장 등 8개 전통시장 상인회장들은 … 협약을 맺었다': a market, not the city of a mayor."""
    text = "구름다리시장 등 8개 전통시장 상인회장들은 9일 별내시청에서 대형 점포들과 상생 협약을 맺었다.\n"
    assert "구름다리시" not in signers(text)
    text = "별내시는 9일 구름다리시장 상인회, 별내중앙시장과 상생 협약을 맺었다.\n"
    assert "별내중앙시" not in signers(text)


def test_a_mayor_listed_with_the_heads_of_other_cities_still_signs_for_his_city():
    """Guard: 'NAME 가람시장 등 5개 시장·군수' lists mayors, not markets."""
    text = "충청북도는 9일 도청에서 한지후 별내시장 등 5개 시장·군수와 균형발전 협약을 체결했다.\n"
    assert "별내시" in signers(text)


# --- a partner named only by its sort, and a bureau's dateline ----------------------------------------


def test_a_partner_named_by_its_sort_is_the_bodies_whose_heads_came():
    """'시는 … 지역 의료기관과 협약을 체결했다' then '협약식에는 NAME 시장과 A의원 NAME 원장, B한의원 NAME
    원장 등 관계자 12명이 참석했다': the clinics sign."""
    text = (
        "별내시는 지난 10일 시청에서 지역 의료기관과 방문 진료 업무협약을 체결했다.\n"
        "이날 협약식에는 한지후 시장과 맑은숲내과의원 권도아 원장, 해담한의원 양시우 원장 등 의료기관 관계자 "
        "12명이 참석했다.\n"
    )
    assert {"별내시", "맑은숲내과의원", "해담한의원"} <= set(signers(text))


def test_heads_who_came_to_a_pact_with_a_named_partner_do_not_sign_for_their_bodies():
    """Guard: the partner is named ('㈜A와'); a clinic's head among the guests is a guest."""
    text = (
        "별내시는 지난 10일 시청에서 ㈜솔마루와 방문 진료 업무협약을 체결했다.\n"
        "이날 협약식에는 한지후 시장과 맑은숲내과의원 권도아 원장 등 20명이 참석했다.\n"
    )
    assert "맑은숲내과의원" not in signers(text)


def test_a_bureaus_dateline_glued_to_the_lead_leaves_the_city_that_signs():
    """'【별내】별내시는 … 체결했다': a regional daily's dateline, not part of the city's name."""
    page = "별내시, 방문 진료 협약\n\n【별내】별내시는 지난 10일 시청에서 ㈜솔마루와 방문 진료 업무협약을 체결했다.\n"
    got = extract_text(page, name="page.txt", published=datetime.date(2025, 4, 12))
    parties = {p["name"] for p in got["articles"][0]["agreements"][0]["parties"] if p["role"] == "party"}
    assert {"별내시", "㈜솔마루"} <= parties


def test_what_an_output_is_likened_to_is_no_target():
    """'이산화탄소 1만8천t을 줄이고 소나무 320만 그루를 심는 것과 맞먹는 효과가 난다': an equivalence."""
    targets, _ = figures(INVEST + "도는 해마다 이산화탄소 1만8천t을 줄이고 소나무 320만 그루를 심는 것과 맞먹는 효과가 난다고 설명했다.\n")
    assert not {(18000, "t"), (3200000, "그루")} & targets


def test_the_years_aim_of_investment_is_no_budget():
    """'도는 이날 … 올해 6조원의 투자를 끌어온다는 목표를 세웠다': the province's aim for the year."""
    _, budgets = figures(
        INVEST + "해솔정밀은 420억원을 들여 공장을 짓는다.\n"
        "시는 이날 양해각서를 발판 삼아 올해 6조원의 투자를 끌어온다는 목표를 세웠다.\n"
    )
    assert budgets == {42_000_000_000}


def test_a_firms_founding_year_does_not_make_its_new_figures_the_past():
    """'A는 2008년 3월 세운 … 업체로, 근로자 98명이 일하는 … 중소기업으로, … 4만㎡ 부지에 … 300여명을
    새로 채용할 계획이다': the plan's figures stay; the staff at work are no target."""
    text = (
        "별내시가 5일 시청에서 ㈜솔마루정밀과 투자 양해각서(MOU)를 체결했다.\n"
        "㈜솔마루정밀은 2009년 4월 세운 금속가공 업체로 근로자 86명이 일하는 중소기업으로, 별내산단 "
        "41,200㎡ 부지에 오는 12월말까지 95억원을 투자해 300여명을 새로 채용할 계획이다.\n"
    )
    agreement = extract_article(text, headline=None, subheadline=None, published=datetime.date(2013, 6, 5))[1][0]
    targets = {(t["value"], t["unit"]) for t in agreement["targets"]}
    assert {(41200, "㎡"), (300, "명")} <= targets
    assert (86, "명") not in targets


def test_clinics_named_by_their_ending_sign():
    """'시는 A치과의원, B한의원과 … 협약을 맺었다': clinics, whose names end like no common word."""
    text = "별내시는 맑은이치과의원, 해담한의원과 어르신 구강·한방 진료 협약을 맺었다.\n"
    assert {"별내시", "맑은이치과의원", "해담한의원"} <= set(signers(text))


def test_a_firm_whose_head_attends_a_subjects_signing_signs():
    """'시는 … NAME 시장, A텍 NAME 대표 등이 참석한 가운데 투자협약을 체결했다': a subject with no partner of
    its own signs with the body whose head came, named before the head whatever its ending."""
    text = "별내시는 24일 시청에서 한지후 시장, 솔마루텍 권도아 대표 등이 참석한 가운데 투자협약을 체결했다.\n"
    assert {"별내시", "솔마루텍"} <= set(signers(text))


def test_jobs_among_a_forecasts_effects_are_no_target():
    """Guard (of the hoped-for jobs above): '… 2870억원의 직접생산효과, 540억원의 직접소득효과로 1930명의
    직접고용 창출효과가 발생할 것으로 전망된다': every figure of the sentence is the forecast's."""
    targets, budgets = figures(
        INVEST + "사업이 준공되면 연간 총 2870억원의 직접생산효과, 540억원의 직접소득효과로 1930명의 직접고용 "
        "창출효과가 발생할 것으로 전망된다.\n"
    )
    assert (1930, "명") not in targets
    assert not budgets


def test_a_column_of_the_heads_day_is_no_agreement():
    """'[오늘의 동정]' items: '14:00 상생협약 체결 기업 현장 방문(…)', '13:30 MOU 체결 대학 총장단 간담회(…)'."""
    text = (
        "▲ 한지후 별내시장\n10:00 확대간부회의(시청 대회의실)\n14:00 상생협약 체결 기업 현장 방문(㈜솔마루 별내공장)\n"
        "16:30 별내천 산책로 개통식(별내공원)\n▲ 권도아 해솔군수\n13:30 MOU 체결 대학 총장단 간담회(군청 소회의실)\n"
    )
    assert not detected(text)


def test_a_programme_of_the_day_beside_a_signing_reported_is_still_an_agreement():
    """Guard: a signing told in prose, its programme listed by the hour, is still news of a signing."""
    text = (
        "별내시는 24일 시청에서 ㈜솔마루와 투자협약을 체결했다.\n"
        "10:00 개회\n10:20 협약서 서명\n10:40 기념촬영\n"
    )
    assert detected(text)


def test_residents_and_builders_a_project_brings_are_no_jobs_of_the_deal():
    """'직접 일자리 280여 개, 정주인구 430여 명 증가, 건설인력 고용 1200여 명': only the jobs."""
    targets, _ = figures(INVEST + "이를 통해 직접 일자리 280여 개, 정주인구 430여 명 증가, 건설인력 고용 1200여 명이 기대된다.\n")
    assert (280, "개") in targets
    assert not {(430, "명"), (1200, "명")} & targets


def test_homes_an_output_could_supply_are_no_target():
    """'주택 18만세대에 공급할 수 있는 540GWh의 발전량': what the output is like."""
    targets, _ = figures(INVEST + "발전소가 완공되면 주택 18만세대에 공급할 수 있는 540GWh의 발전량이 생산된다.\n")
    assert (180000, "세대") not in targets


def test_each_machines_size_before_their_number_is_no_target():
    """'4㎿ 풍력발전기 20기를 건설하고': the size of each machine, not the farm's."""
    targets, _ = figures(INVEST + "해솔정밀은 별내 앞바다에 4㎿ 풍력발전기 20기를 건설한다.\n")
    assert (4, "MW") not in targets


# --- broadcast scripts -----------------------------------------------------------------------------------


def test_a_broadcast_scripts_cues_are_no_part_of_the_text():
    """'◀ANC▶', '◀VCR▶', '◀INT▶NAME/' over the speaker's post, '(S/U)': the script is one article, its
    interviewee a person of the firm."""
    page = (
        "별내에 소재 공장…520억 투자협약\n\n2024년 05월 17일 | 권도아 기자\n\n◀ANC▶\n남] 별내군이\n"
        "소재 기업과 520억 원 규모의\n투자협약을 맺었습니다.\n◀END▶\n◀VCR▶\n별내군은 어제(16일)\n"
        "군청 대회의실에서\n㈜솔마루소재와\n투자협약을 맺었습니다.\n(S/U) \"별내 산단 분양률은 60%를 넘었습니다.\n"
        "별내뉴스 권도아입니다.\"\n◀INT▶한지후/\n㈜솔마루소재 대표(하단)\n"
    )
    got = extract_text(page, name="script.txt", published=datetime.date(2024, 5, 17))
    assert len(got["articles"]) == 1
    agreement = got["articles"][0]["agreements"][0]
    assert {"별내군", "㈜솔마루소재"} <= {p["name"] for p in agreement["parties"]}
    assert agreement["signed_on"] == "2024-05-16"
    assert not any("◀" in p["name"] or "하단" in p["name"] for p in agreement["parties"] + agreement["people"])
    assert "◀" not in got["articles"][0]["text"] and "(하단)" not in got["articles"][0]["text"]


def test_a_signing_summed_up_among_the_days_news_is_not_the_main_one():
    """'도도 오늘 … 양해각서를 체결하는 등 … 소식이 잇따랐습니다' sums up; the dated sentence after it tells
    the signing ('어제(16일)')."""
    text = (
        "별내군이 소재 기업과 520억 원 규모의 투자협약을 맺었습니다.\n"
        "충청북도도 오늘 부품 기업들과 투자 양해각서를 체결하는 등 기업 유치 소식이 잇따랐습니다.\n"
        "별내군은 어제(16일) 군청에서 ㈜솔마루소재와 투자협약을 맺었습니다.\n"
    )
    agreement = extract_article(text, headline=None, subheadline=None, published=datetime.date(2024, 5, 17))[1][0]
    assert agreement["signed_on"] == datetime.date(2024, 5, 16) or str(agreement["signed_on"]) == "2024-05-16"


def test_an_interview_transcript_is_no_agreement():
    """'[7월 4일 특별인터뷰] - NAME 군수' then '[앵커]', '[NAME 군수]' turns: the head counts the year's deals."""
    page = (
        "[7월 4일 특별인터뷰] - 권도아 해솔군수\n\n[앵커]\n취임 1년, 가장 큰 성과를 꼽는다면요?\n\n[권도아 군수]\n"
        "역시 기업 유치입니다. 지난 1년 동안 12개 기업과 투자협약을 맺었고, 협약 금액은 1천240억 원입니다.\n"
    )
    got = extract_text(page, name="interview.txt", published=datetime.date(2023, 7, 4))
    assert not any(a["is_agreement"] for a in got["articles"])


def test_the_deals_of_the_years_gone_by_are_no_agreement():
    """'군은 지난 2년 동안 9개 기업과 투자협약을 맺었다': a tally, no signing of its own."""
    text = "해솔군은 지난 2년 동안 9개 기업과 투자협약을 맺었다. 협약 금액은 모두 860억원이다.\n"
    assert not detected(text)


def test_a_pact_to_be_made_on_a_set_day_is_dated_and_has_its_signers():
    """'군은 오는 21일 군청에서 ㈜A와 투자협약을 맺을 예정이다': planned for its day, as '체결할 예정이다'."""
    text = "해솔군은 오는 21일 군청에서 ㈜솔마루화학과 투자협약을 맺을 예정이다.\n"
    agreement = extract_article(text, headline=None, subheadline=None, published=datetime.date(2023, 3, 16))[1][0]
    assert {"해솔군", "㈜솔마루화학"} <= {p["name"] for p in agreement["parties"]}
    assert str(agreement["signed_on"]) == "2023-03-21"


def test_pairs_bulleted_with_wa_and_commas_all_sign():
    """'결연은 △A 경로당과 B조합, △C 경로당과 D문화원, △E 경로당과 ㈜F 등으로 … 결연을 맺었다'."""
    text = (
        "해솔군은 16일 군청에서 '1경로당 1후원처' 결연 협약식을 열었다.\n"
        "결연은 △윗마을 경로당과 해솔산림조합, △아랫마을 경로당과 해솔문화원, △새터2리 경로당과 ㈜솔마루식품 등으로 "
        "경로당 3개소와 3개 단체가 결연을 맺었다.\n"
    )
    assert {"윗마을 경로당", "해솔산림조합", "아랫마을 경로당", "해솔문화원", "새터2리 경로당", "㈜솔마루식품"} <= set(signers(text))


def test_pairs_bulleted_with_wa_as_routes_are_no_signers():
    """Guard: '△A와 B, △C와 D 등으로 노선을 늘린다' pairs places, and no pact is made of them."""
    text = (
        "해솔군은 16일 군청에서 ㈜솔마루버스와 노선 개편 협약을 체결했다.\n"
        "개편은 △윗마을과 해솔역, △아랫마을과 해솔터미널 등으로 노선을 늘리는 것이다.\n"
    )
    assert not {"윗마을", "해솔역", "아랫마을"} & set(signers(text))


def test_a_pact_signed_earlier_the_same_day_is_an_agreement_of_its_own():
    """'군은 … ㈜A 등 2개 기업과 투자협약을 체결했다' then '이에 앞서 군은 이날 오전 … B대학교(총장 NAME)와 …
    협약을 맺었다': two agreements, the university's with its own money."""
    text = (
        "해솔군은 24일 도청에서 ㈜솔마루화학, 한빛유리㈜와 투자협약을 체결했다. 두 기업은 모두 640억원을 투자한다.\n"
        "이에 앞서 군은 이날 오전 군청에서 해솔과학대학교(총장 권도아)와 산업인력 양성을 위한 업무협약을 맺었다. "
        "군은 장학금 1억2000만원을 지원한다.\n"
    )
    agreements = extract_article(text, headline=None, subheadline=None, published=datetime.date(2024, 5, 24))[1]
    assert len(agreements) == 2
    second = agreements[1]
    assert "해솔과학대학교" in {p["name"] for p in second["parties"]}
    assert 120_000_000 in {b["amount_krw"] for b in second["budgets"]}
    assert 120_000_000 not in {b["amount_krw"] for b in agreements[0]["budgets"]}


def test_an_earlier_pact_told_as_before_with_no_day_stays_background():
    """Guard: '앞서 군은 지난해 B대학교와 … 협약을 맺은 바 있다' is an earlier pact, no agreement of the page."""
    text = (
        "해솔군은 24일 도청에서 ㈜솔마루화학과 투자협약을 체결했다.\n"
        "앞서 군은 지난해 해솔과학대학교와 산업인력 양성을 위한 업무협약을 맺었다.\n"
    )
    agreements = extract_article(text, headline=None, subheadline=None, published=datetime.date(2024, 5, 24))[1]
    assert len(agreements) == 1


def test_firms_told_with_their_heads_bracketed_as_investing_sign():
    """'군수와 기업 대표들이 … 투자협약을 체결했다' then '㈜A(대표 NAME)은 82억원을 투자해 …', 'B㈜(대표 NAME)는
    110억원을 들여 …': each firm whose head's bracket stands before the topic's particle signs."""
    text = (
        "22일 해솔군 문화관에서 권도아 해솔군수와 기업 대표들이 총 192억원 규모의 투자협약을 체결했다.\n"
        "이날 투자협약을 체결한 ㈜솔마루에너텍(대표 한지후)은 82억원을 투자해 연료전지 모듈을 생산한다.\n"
        "바다숲㈜(대표 양시우)는 110억원을 들여 해조류 원료 공장을 짓는다.\n"
    )
    names = set(signers(text))
    assert {"㈜솔마루에너텍", "바다숲㈜"} <= names
    assert ("양시우", "대표", "바다숲㈜") in people_of(text)


def test_heads_with_long_posts_and_their_body_in_brackets_are_people_of_it():
    """'NAME 수소사업본부장(OO기술원)', 'NAME 기업성장지원단장((재)OO테크노파크)': a post named by its unit,
    the body that signs in brackets after it."""
    text = (
        "해솔시는 16일 한빛수소기술원, (재)해솔테크노파크와 수소산업 육성 협약을 체결했다.\n"
        "이날 협약식에는 권도아 해솔시장과 양시우 수소사업본부장(한빛수소기술원), 노하준 기업성장지원단장"
        "((재)해솔테크노파크) 등 20여 명이 참석했다.\n"
    )
    people = people_of(text)
    assert ("양시우", "수소사업본부장", "한빛수소기술원") in people
    assert ("노하준", "기업성장지원단장", "(재)해솔테크노파크") in people


def test_an_acting_head_written_fused_to_the_title_is_a_person_of_the_county():
    """'NAME OO군수권한대행이 참석했다': the acting head of the county, as 'OO군수 권한대행'."""
    page = (
        "해솔시, 솔마루군과 상생 협약\n\n해솔시는 4일 시청에서 솔마루군과 상생 협약을 체결했다.\n"
        "이날 협약식에는 권도아 해솔시장과 양시우 솔마루군수권한대행이 참석했다.\n"
    )
    got = extract_text(page, name="page.txt", published=datetime.date(2019, 12, 5))
    people = {(p["name"], p["org"]) for p in got["articles"][0]["agreements"][0]["people"]}
    assert ("양시우", "솔마루군") in people


def test_a_capacity_listed_beside_a_place_is_no_signer():
    """'A는 OO시 120MW, 충청북도 150MW 등 지자체와의 양해각서를 맺고 …': the capacities are no bodies."""
    text = "해솔솔라는 구름시 120MW, 충청북도 150MW, 별빛산단 60MW 등 지자체와의 양해각서(MOU)를 맺었다.\n"
    assert not any(name[0].isdigit() for name in signers(text))


def test_a_volunteer_patrol_is_an_association_not_a_university():
    """'OO자율방범대', 'OO의용소방대': bodies ending in 대 that are no universities."""
    agreement = detected_agreement("해솔경찰서는 10일 솔마루자율방범대, 해솔의용소방대와 치안 협약을 맺었다.\n")
    kinds = {p["name"]: p["kind"] for p in agreement["parties"]}
    assert kinds.get("솔마루자율방범대") == "association"
    assert kinds.get("해솔의용소방대") == "association"


def test_a_firm_whose_head_attends_a_partnerless_signing_signs_whatever_its_ending():
    """'도는 … NAME 도지사, NAME OO군수, NAME 초록빛발전 사장, NAME 솔마당에너지 대표이사가 참석한 가운데 …
    협약식을 체결했다': the firm named between its head's name and title signs."""
    text = (
        "충청북도는 14일 도청에서 한지후 도지사, 권도아 괴산군수, 양시우 해솔발전 사장, 노하준 솔마당에너지 "
        "대표이사가 참석한 가운데 연료전지 발전사업 협약식을 체결했다.\n"
    )
    assert {"충청북도", "괴산군", "해솔발전", "솔마당에너지"} <= set(signers(text))


def test_the_subjects_partner_keeps_heads_who_only_came_as_guests():
    """Guard: 'A는 … NAME C발전 사장이 참석한 가운데 ㈜B와 협약을 체결했다': B signs, C only came."""
    text = "충청북도는 14일 도청에서 양시우 해솔발전 사장이 참석한 가운데 ㈜솔마당과 업무 협약을 체결했다.\n"
    assert "해솔발전" not in signers(text)


def test_community_credit_unions_listed_as_partners_sign():
    """'군(군수 NAME)은 … A새마을금고, B새마을금고, C새마을금고와 … 협약을 체결했다'."""
    text = "해솔군(군수 권도아)은 지난 8일 윗마을새마을금고, 솔모루새마을금고, 볕뜰새마을금고와 장학금 기부 협약을 체결했다.\n"
    assert {"해솔군", "윗마을새마을금고", "솔모루새마을금고", "볕뜰새마을금고"} <= set(signers(text))


def test_a_signing_still_being_negotiated_is_no_agreement():
    """'시는 현재 수도권 기업 2~3곳과 이전 투자 협약 체결을 협의하고 있으며, 일정은 정해지지 않았다' in a
    report of an advisers' meeting."""
    text = (
        "구름시는 지난 6일 서울에서 투자유치자문위원 간담회를 열었다고 밝혔다.\n"
        "시는 현재 수도권 기업 2~3곳과 이전 투자 협약 체결을 협의하고 있으며, 구체적인 일정은 정해지지 않았다.\n"
    )
    assert not detected(text)


def test_a_councils_members_who_attend_are_no_people_of_the_pact():
    """'시의회에서는 NAME 의장, NAME 도시경제위원장 등이 참석했다': the council watches; none of its members
    is recorded, whatever their committee title."""
    text = (
        "구름시는 20일 시청에서 ㈜솔마루와 투자협약을 체결했다.\n"
        "이날 협약식은 최소 인원으로 진행됐으며 구름시의회에서는 노하준 의장, 양시우 도시경제위원장을 비롯해 위원 5명이 참석했다.\n"
    )
    assert not {"노하준", "양시우"} & {name for name, _, _ in people_of(text)}


def test_a_council_that_signs_keeps_its_chair():
    """Guard: '구름시의회(의장 NAME)는 … 협약을 체결했다': the council signs; its chair is its person."""
    text = "구름시의회는 20일 의회에서 구름대학교와 의정 연수 협약을 체결했다. 협약서에는 양시우 구름시의회 의장이 서명했다.\n"
    assert "양시우" in {name for name, _, _ in people_of(text)}


def test_a_market_written_apart_from_its_place_is_no_mayor():
    """'해솔군과 솔내 전통시장이 … 자매결연 협약을 맺었다': '솔내 전통시장' is a market, not a city's mayor."""
    text = "해솔군과 솔내 전통시장이 군수실에서 '1기관 1시장' 자매결연 협약을 맺었다.\n"
    assert "전통시" not in signers(text)


def test_a_scripts_line_broken_after_a_place_particle_or_a_modifier_starts_no_article():
    """A broadcast script's short lines: '이렇다 할 대기업이 없는' / '해솔 지역 경제에' then '활기를 …
    보입니다.' continue the anchor's lead; they are no headline of a second article."""
    page = (
        "해솔MBC 뉴스\n뉴스데스크 | 경제\n\n솔마루산업, 해솔에 1천2백억 투자\n2013-06-13  조회 1,284\n권도아 기자\n\n"
        "◀ANC▶\n건축 자재 업체인\n㈜솔마루산업이\n해솔시에 대규모 투자를 하기로 했습니다.\n"
        "이렇다 할 대기업이 없는\n해솔 지역 경제에\n활기를 불어넣을 계기가 될 것으로 보입니다.\n◀END▶\n◀VCR▶\n"
        "솔마루산업과 해솔시는 어제(12일)\n1천2백억원 규모의 투자 양해각서를 체결했습니다.\n"
    )
    got = extract_text(page, name="script.txt", published=datetime.date(2013, 6, 13))
    assert len(got["articles"]) == 1
    agreement = got["articles"][0]["agreements"][0]
    assert "해솔시" in {p["name"] for p in agreement["parties"]}
    assert str(agreement["signed_on"]) == "2013-06-12"


def test_a_scripts_interviewees_quotes_and_clauses_keep_it_one_article():
    """'NAME 상무/㈜OO' under '◀INT▶', a quote opened on one line and closed on the next, a clause with its
    object broken at '…낮추고', and a stand-up after 'S/U]': one article, whose tally is no target."""
    page = (
        "해솔MBC 뉴스\n뉴스데스크 | 경제\n\n솔마루산업, 해솔에 1천2백억 투자\n2013-06-13  조회 1,284\n권도아 기자\n\n"
        "◀VCR▶\n솔마루산업과 해솔시는 어제(12일)\n1천2백억원 규모의 투자 양해각서를 체결했습니다.\n"
        "분양가를 대폭 낮추고\n공장 인허가를 한 번에 처리하는 등\n여러 혜택을 약속했습니다.\n"
        "◀INT▶ 양시우 상무/㈜솔마루산업\n\"변전소를 미리 세워 주겠다는\n약속이 가장 컸다.\"\n"
        "S/U] \"올 들어 도내에서 체결된\n투자협약은 벌써 40건을 넘어섰습니다.\"\n"
    )
    got = extract_text(page, name="script.txt", published=datetime.date(2013, 6, 13))
    assert len(got["articles"]) == 1
    agreement = got["articles"][0]["agreements"][0]
    assert (40, "건") not in {(t["value"], t["unit"]) for t in agreement["targets"]}
