"""Figures in an agreement article that are not its budget or targets (agreements/ingest/effects.py).
Fictional names and numbers throughout."""

from agreements.ingest.article import extract_article


def agreement_of(text, headline=None):
    is_agreement, agreements = extract_article(text, headline=headline, subheadline=None, published=None)
    assert is_agreement
    return agreements[0]


def budgets(text):
    return [b["amount_krw"] for b in agreement_of(text)["budgets"]]


def targets(text):
    return [(t["value"], t["unit"]) for t in agreement_of(text)["targets"] if t["value"] is not None]


def test_an_economic_effect_forecast_is_no_budget_and_no_target():
    """'…억원의 생산유발 효과', '부가가치 유발 …억 원', '고용 유발 …명' are forecasts, not the money or
    the jobs the agreement commits."""
    text = (
        "가람시는 5일 ㈜다온소재와 투자협약을 체결했다. ㈜다온소재는 2028년까지 410억원을 투자해 "
        "140명의 일자리를 만든다. 시는 앞으로 3년 동안 생산 유발 2,150억 원, 부가가치 유발 730억 원, "
        "고용 유발 1,120명 등의 효과를 기대하고 있다. 가동되면 매년 960억 원의 생산과 170억원의 부가가치 효과로 이어진다."
    )
    assert budgets(text) == [41_000_000_000]
    assert (140, "명") in targets(text)
    assert (1120, "명") not in targets(text) and (3, "년") not in targets(text)


def test_a_forecast_of_jobs_reached_is_no_target():
    """'신규 고용 90여명에 달할 것으로 전망': the province's forecast, not a count the firm commits."""
    text = (
        "누리도는 2일 ㈜새솔식품과 투자협약을 체결했다. ㈜새솔식품은 300억원을 투자한다. "
        "도는 생산액 변화 120억원, 신규 고용 90여명에 달할 것으로 전망했다."
    )
    assert budgets(text) == [30_000_000_000]
    assert (90, "명") not in targets(text)


def test_a_running_total_and_an_earlier_deal_are_no_budgets():
    """'이로써 군은 … 4개 업체 270억 원 투자 유치 성과', '지난해 하반기 ㈜A와 50억 원 투자협약을 체결':
    the county's record and another agreement, not this one's money."""
    text = (
        "가람군은 9일 군청에서 ㈜다온푸드와 투자협약을 체결했다. ㈜다온푸드는 95억 원을 투자한다. "
        "지난해 하반기 ㈜누리미곡과 50억 원 투자협약을 체결했다. "
        "이로써 군은 지금까지 4개 업체 270억 원 투자 유치 성과를 이뤘다."
    )
    assert budgets(text) == [9_500_000_000]


def test_counts_of_signers_places_and_a_bodys_size_are_no_targets():
    """'11개 기업 대표', '4개 시·군 5개 산업단지', '각 1개사', '900여 개의 회원사를 두고': the signers,
    the places and what a body is, not goals."""
    text = (
        "한누리 지사는 10일 도청에서 11개 기업 대표와 합동 투자협약을 체결했다. 참여 기업은 부품 8개사와 "
        "식품, 물류, 화학 업체 각 1개사다. 기업들은 도내 4개 시·군 5개 산업단지 12만㎡ 부지에 공장을 짓는다. "
        "누리상공회의소는 900여 개의 회원사를 두고 있다."
    )
    found = targets(text)
    assert (120000, "㎡") in found
    assert not {(11, "개"), (1, "개사"), (5, "개"), (900, "개")} & set(found)


def test_a_programme_under_way_and_a_running_total_are_no_targets():
    """'공사는 2029년까지 42개(3만1200kW, 880억원)의 발전소 설립을 추진하고 있다' is the party's own
    programme told as background; '올해에만 6개 업체 … 210여 명 고용창출 성과' is the county's record."""
    text = (
        "한빛공사는 11일 ㈜누리솔라와 태양광발전 업무협약을 체결했다. 협약에 따라 ㈜누리솔라는 "
        "저수지 수면에 발전시설 12곳을 설치하기로 했다. 한빛공사는 2029년까지 42개(3만1200kW, 880억원)의 "
        "태양광발전소 설립을 추진하고 있다. 가람군은 올해에만 6개 업체 412억 원 투자 유치와 210여 명 "
        "고용창출 성과를 거두고 있다."
    )
    agreement = agreement_of(text)
    found = [(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None]
    assert (12, "곳") in found
    assert not {(42, "개"), (31200, "kW"), (6, "개"), (210, "명")} & set(found)
    assert "2029" not in [t["due"] for t in agreement["targets"]]
    assert budgets(text) == []


def test_an_equivalence_a_side_effect_and_earnings_are_no_targets_or_budgets():
    """'9천 가구가 1년 동안 사용할 수 있는 전력', '소나무 70만 그루를 심는 효과', '140억원에 이르는 수익':
    what the plant is like and what it earns, not what the agreement sets."""
    text = (
        "누리도는 3일 도청에서 가람군, ㈜새솔에너지와 태양광발전소 조성 업무협약을 맺었다. 협약에 따라 "
        "군유지 21만㎡에 640억원을 들여 18㎿ 규모 발전시설을 설치한다. 이 발전소는 일반가정 9천 가구가 "
        "1년 동안 사용할 수 있는 전력을 생산한다. 도는 연간 이산화탄소 8천톤을 줄이고 소나무 70만 그루를 "
        "심는 효과가 발생한다고 설명했다. 발전소는 해마다 140억원에 이르는 수익을 올릴 것으로 예상된다."
    )
    found = targets(text)
    assert (18, "MW") in found and (210000, "㎡") in found
    assert not {(9000, "가구"), (1, "년"), (8000, "톤"), (700000, "그루")} & set(found)
    assert budgets(text) == [64_000_000_000]


def test_a_total_that_continues_a_running_count_is_no_budget():
    """'올해 누적 협약 업체는 총 37곳으로 늘었다. 투자 규모는 총 6천210억원이다': the city's year so far."""
    text = (
        "가람시는 전자부품 등 5개 기업과 1천180억원 규모 투자협약을 했다고 20일 밝혔다. "
        "이번 협약으로 가람시의 올해 누적 협약 업체는 총 37곳으로 늘었다. 투자 규모는 총 6천210억원이다."
    )
    assert budgets(text) == [118_000_000_000]


def test_a_rounded_figure_repeating_an_exact_one_is_one_budget():
    """'6000억 원이 넘는 투자' and '총 6120억 원'; a lead's '400억 원 규모' and the body's '437억원':
    the same money told roughly first."""
    text = (
        "누리도가 12개 기업으로부터 6000억 원이 넘는 투자를 이끌어냈다. 한누리 지사는 9일 도청에서 12개 기업 "
        "대표와 투자협약을 체결했다. 기업들은 총 6120억 원을 투자한다. 이 중 ㈜다온은 2030억 원을 투자한다."
    )
    assert budgets(text) == [612_000_000_000, 203_000_000_000]
    assert (12, "개") not in targets(text)  # '12개 기업으로부터': the firms the news reports
    lead = (
        "가람도가 400억 원 규모의 투자협약을 맺었다. 가람산단에는 100억 원 대 식품공장이 들어서는 등 "
        "5개 기업과 437억원의 투자를 유치했다."
    )
    assert budgets(lead) == [10_000_000_000, 43_700_000_000]
    apart = "가람시는 ㈜다온과 300억원, ㈜새솔과 320억원의 투자협약을 체결했다."
    assert budgets(apart) == [30_000_000_000, 32_000_000_000]


def test_money_secured_before_outside_the_agreement_is_no_budget():
    """'시는 앞서 공모에 선정돼 국비 40억원을 확보했다' is the city's earlier grant, not this agreement's."""
    text = (
        "가람시는 9일 ㈜다온에너지와 수소충전소 구축 업무협약을 체결했다. ㈜다온에너지는 25억원을 투자한다. "
        "시는 앞서 정부 공모에 선정돼 국비 40억원을 확보했다."
    )
    assert budgets(text) == [2_500_000_000]
    promised = "가람시는 이번 협약으로 국비 12억원을 확보했다. 가람시는 9일 ㈜다온과 업무협약을 체결했다."
    assert 1_200_000_000 in budgets(promised)


def test_a_running_total_told_by_this_year_alone_is_no_budget():
    """'올해 들어 모두 9개 기업, 1,700억원의 투자를 유치했다' and '이로써 … 12개 업체': the city's year so
    far, with no word of a record, is not this agreement's money."""
    text = (
        "가람시는 9일 시청에서 도내 4개 기업과 총 640억원 규모의 투자협약을 체결했다. "
        "시는 이번 협약으로 올해 들어 모두 9개 기업, 1,700억원의 투자를 유치했다. "
        "이로써 민선 8기에 협약한 기업은 12개 업체, 3,150억원으로 늘었다."
    )
    assert budgets(text) == [64_000_000_000]


def test_an_area_given_again_in_another_unit_is_one_target():
    """'5만2000㎡(1만5700평)': the same land in pyeong, one target; the unit written first is kept,
    whichever it is, and a second plot in the same unit stays a target of its own."""
    text = (
        "가람군은 3일 ㈜새솔식품과 투자협약을 체결했다. ㈜새솔식품은 가람농공단지 5만2000㎡(1만5700평) "
        "부지에 공장을 짓고, 인근 물류단지 2만평(약 6만6000㎡)에 창고를 세운다. 연구동은 4000㎡(1200평) 규모다."
    )
    found = targets(text)
    assert (52000, "㎡") in found and (20000, "평") in found and (4000, "㎡") in found
    assert (15700, "평") not in found and (66000, "㎡") not in found and (1200, "평") not in found


def test_a_budget_only_the_headline_states_is_read_from_it():
    """'가람군, 비료공장 유치…380억 투자 협약' with a body that never repeats the sum: the headline's
    amount is the budget, with the headline's words; a headline sum with a body sum yields the body's."""
    body = "가람군은 10일 군청에서 ㈜다온비료와 비료공장 건립 투자협약을 맺었다. 회사는 2027년까지 공장을 짓는다."
    is_agreement, found = extract_article(
        body, headline="가람군, 비료공장 유치…380억 투자 협약", subheadline=None, published=None
    )
    assert is_agreement
    assert [(b["text"], b["amount_krw"]) for b in found[0]["budgets"]] == [("380억", 38_000_000_000)]
    told = body.replace("공장을 짓는다", "375억원을 들여 공장을 짓는다")
    _, found = extract_article(told, headline="가람군, 비료공장 유치…380억 투자 협약", subheadline=None, published=None)
    assert [b["amount_krw"] for b in found[0]["budgets"]] == [37_500_000_000]
    plain = extract_article(body, headline="가람군, 매출 500억 기업 유치", subheadline=None, published=None)[1]
    assert plain[0]["budgets"] == []


def test_counts_of_attendees_signers_a_wider_goal_and_one_of_many_are_no_targets():
    """'총 9명이 함께했다' (who came), '27개 조명 및 영상장비 관련 기업과 … 협약' (who signs, with their
    trade), '정부의 재생에너지 30% 목표 달성에 기여' (someone else's goal) and '12개 과제 중 …' (one of
    many) are no targets; the plant's 1만8350m2 site is one, in ㎡."""
    text = (
        "가람시는 22일 시청에서 ㈜다온전자 등 수도권 소재 27개 조명 및 영상장비 관련 기업과 투자 "
        "양해각서를 체결했다. 기업들은 가람산단 내 1만8350m2 부지에 공장을 짓는다. 이날 협약식에는 "
        "시장과 기업 대표 등 총 9명이 함께했다. 시는 정부의 재생에너지 30% 목표 달성에 기여할 것으로 "
        "기대했다. 가람대는 가람 혁신 사업 12개 과제 중 '지역 현안 해결' 과제를 맡고 있다."
    )
    found = targets(text)
    assert (18350, "㎡") in found
    assert not {(9, "명"), (27, "개"), (30, "%"), (12, "과제")} & set(found)


def test_visitors_bodies_counted_by_heads_ordinals_and_repeated_signer_counts_are_no_targets():
    """'회원 14명과 공무원 3명으로 구성된 방문단', '방문단(6명)', '21개 지자체장 등이 참석한 가운데',
    '9개 기업 관계자들은', '1회성', '캠페인 1호 기업', and '대학 4곳과 … 협약' told again as '대학 4곳에'
    are no targets; '모두 12차시로 진행' and the 2명 sent to each university are."""
    text = (
        "가람도교육청은 19일 지역 대학 4곳과 인재 협력 업무협약을 체결했다. 이날 협약식에는 회원 14명과 "
        "공무원 3명으로 구성된 방문단과 21개 지자체장 등이 참석한 가운데 열렸다. 누리시 방문단(6명)은 "
        "다음 주까지 머문다. 9개 기업 관계자들은 서명 뒤 기념촬영을 했다. 교육청은 대학 4곳에 공무원 "
        "2명씩을 파견한다. 프로그램은 1회성이 아니며 모두 12차시로 진행한다. 다온식품은 캠페인 1호 "
        "기업으로 선정됐다."
    )
    found = targets(text)
    assert (12, "차시") in found and (2, "명") in found
    assert not {(14, "명"), (3, "명"), (21, "개"), (6, "명"), (9, "개"), (4, "곳"), (1, "회"), (1, "호")} & set(found)


def test_a_monthly_allowance_is_no_budget():
    """'조손가정 4가구에 매달 10만원씩 2년간 후원': what each household gets a month; the programme's
    total, where written, is the budget."""
    text = (
        "다온주류는 가람구와 희망 장학금 후원 협약을 체결했다. 다온주류는 조손가정 4가구에 매달 10만원씩 "
        "2년간 후원한다. 장학금은 모두 960만원이다."
    )
    assert budgets(text) == [9_600_000]


def test_bodies_counted_the_past_a_countdown_and_a_years_goal_are_no_targets_or_budgets():
    """'가람시 4개 공사·공단이', '인접 5개 시․군이' (a one-dot leader for the middle dot), '3개 단체도
    동참했다', '최근 5년간', '3개월 앞으로 다가온' and '올해 6조원의 투자를 유치할 계획' are counts of
    the signers, the past, a countdown and the body's goal for the year; the plant's 33MW is a target."""
    text = (
        "가람시 4개 공사·공단이 손을 잡았다. 가람시와 인접 5개 시․군이 관광 협력 협약을 체결했다. "
        "관내 2개 대학교(가람대학교, 다온대학교)도 함께했다. "
        "건설협회 등 3개 단체도 동참했다. 업체는 가람읍에 33MW 태양광 발전소를 짓는다. 도는 최근 5년간 "
        "기업 16곳과 협약했다. 두 도시는 3개월 앞으로 다가온 축제를 함께 연다. 도는 이번 협약을 계기로 "
        "올해 6조원의 투자를 유치할 계획이다."
    )
    from agreements.ingest import extract_text

    (agreement,) = extract_text("가람시 관광 협약\n\n" + text, name="t.txt", published=None)["articles"][0][
        "agreements"
    ]
    found = {(t["value"], t["unit"]) for t in agreement["targets"] if t["value"] is not None}
    assert (33, "MW") in found
    assert not {(4, "개"), (5, "개"), (3, "개"), (2, "개"), (5, "년"), (3, "개월")} & found
    assert 600_000_000_000 not in [b["amount_krw"] for b in agreement["budgets"]]


def test_an_investment_already_made_is_no_budget_or_target():
    """'이어 … 투자를 완료한 기업 3곳에 보조금을 전달했다. 다온기계는 … 93억 원을 투자해 31명의 신규
    일자리를 창출했다': what a firm has done already, not what the agreement sets; the firm that signs
    invests 72억 원 and hires 18명."""
    text = (
        "가람군은 이날 군청에서 신규 투자 희망기업 협약식 및 보조금 전달식을 가졌다. 협약식에는 "
        "대원기계(대표 김대수) 등 1개 기업이 참여했다. 대원기계는 가람산단에 72억 원을 투자하며, "
        "신규고용 예정 인원은 18명이다. 다온기계는 가람산단에 신설한 공장으로 93억 원을 투자해 31명의 "
        "신규 일자리를 창출했다."
    )
    assert budgets(text) == [7_200_000_000]
    assert (18, "명") in targets(text) and (31, "명") not in targets(text)
