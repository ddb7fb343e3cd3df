"""Targets: deadlines that govern a planned action, and counts with a unit, read from short made-up texts."""

import datetime

from agreements.ingest.targets import find_targets
from agreements.ingest.words import words_of

PUBLISHED = datetime.date(2026, 5, 20)


def targets(text, published=PUBLISHED):
    return [(t["due"], t["value"], t["unit"]) for t in find_targets(text, words_of(text), published)]


def test_it_reads_a_year_with_until_as_the_deadline_of_the_action():
    """'2028년까지 … 신설하고' is due 2028, and the words run to the action."""
    text = "협약에 따라 ㈜새별소재는 2028년까지 누리산단에 생산공장을 신설하고 직원을 뽑는다."
    [target] = find_targets(text, words_of(text), PUBLISHED)
    assert (target["due"], target["text"]) == ("2028", "2028년까지 누리산단에 생산공장을 신설")
    assert text[target["span"][0] : target["span"][1]] == target["text"]


def test_it_resolves_a_coming_month_against_the_publication_date():
    """'오는 12월까지' in May is December of the same year; '오는 3월까지' is next March."""
    assert targets("연구는 오는 12월까지 진행된다.") == [("2026-12", None, None)]
    assert targets("연구는 오는 3월까지 진행된다.") == [("2027-03", None, None)]


def test_it_keeps_the_words_of_a_relative_deadline_without_a_publication_date():
    """No publication date: the target is kept with due None."""
    [target] = find_targets("시설은 내년 3월까지 마련한다.", words_of("시설은 내년 3월까지 마련한다."), None)
    assert (target["text"], target["due"]) == ("내년 3월까지 마련", None)


def test_it_reads_a_start_date_only_when_it_governs_the_next_verb():
    """'내년 3월부터 시행되며' is a target; '하반기부터는 이번 결과를 토대로 …' is not."""
    assert targets("보증은 내년 3월부터 시행되며 누구나 신청한다.") == [("2027-03", None, None)]
    assert targets("올 하반기부터는 이번 결과를 토대로 협의체를 구성할 계획이다.") == []


def test_it_reads_the_end_of_the_year_at_year_precision():
    """'올해 말까지' is due by the end of the publication year, at year precision as '2026년까지'."""
    assert targets("용역은 올해 말까지 진행된다.") == [("2026", None, None)]


def test_it_reads_the_end_of_next_year_and_a_years_end_at_year_precision():
    """'내년 말까지' and '연말까지' name a year's end, not a month; '이달 말까지' keeps its month."""
    assert targets("공장은 내년 말까지 가동된다.") == [("2027", None, None)]
    assert targets("점검은 연말까지 마무리된다.") == [("2026", None, None)]
    assert targets("신청은 이달 말까지 받는다.")[0][0] == "2026-05"


def test_it_reads_a_half_year_completion():
    """'2027년 상반기 준공' is due 2027-H1."""
    assert targets("센터는 2027년 상반기 준공할 예정이다.") == [("2027-H1", None, None)]


def test_it_merges_a_deadline_with_the_count_it_governs():
    """'2031년까지 … 2천호를 공급' is one target with due and count."""
    assert targets("두 공사는 2031년까지 임대주택 2천호를 공급한다.") == [("2031", 2000, "호")]


def test_it_reads_a_bare_year_only_with_a_count_to_reach():
    """'올해는 600호를 공급' is a target; '올해 군비 2억원을 들여' is not."""
    assert targets("올해는 600호를 우선 공급한다.") == [("2026", 600, "호")]
    assert targets("군은 올해 군비 2억원을 들여 배수로를 고친다.") == []


def test_it_skips_past_context_dates():
    """'2005년까지 … 되었다' is history; '지난해 선정' is not a deadline."""
    assert targets("청사는 2005년까지 도정의 중심이 되었다.", None) == []
    assert targets("군은 지난해 9월 후보지로 선정됐다.") == []


def test_it_counts_any_unit_of_the_project():
    """곳, 호, 척, 실, %, 주, ㏊, 건, 병, ㎞ are all counted."""
    text = "선박 8척, 기숙사 90실, 시설 40곳, 면적 900㏊, 영상 3만건, 와인 2만병, 선로 7㎞, 교육 10주, 비율 25%를 맞춘다."
    assert [(v, u) for _, v, u in targets(text)] == [
        (8, "척"),
        (90, "실"),
        (40, "곳"),
        (900, "㏊"),
        (30000, "건"),
        (20000, "병"),
        (7, "㎞"),
        (10, "주"),
        (25, "%"),
    ]


def test_it_leaves_out_attendees_ordinals_and_signer_counts():
    """'15명이 참석', '제26회', '5대 목표', '3곳과 협약을 체결' are not targets."""
    assert targets("이날 관계자 15명이 참석했다.") == []
    assert targets("제26회 축제를 앞두고 5대 목표를 세웠다.") == []
    assert targets("시는 소재기업 3곳과 투자협약을 체결했다.") == []


def test_it_leaves_out_per_unit_caps_and_interest_rates():
    """'업체당 최대 3건', '연 2%' are a cap and a rate, not goals."""
    assert targets("업체당 최대 3건까지 신청할 수 있다.") == []
    assert targets("시는 대출이자 중 연 2%를 지원한다.") == []


def test_it_does_not_read_a_year_in_a_quoted_title_as_a_deadline():
    """'2027년 …업무협약' in quotes names the agreement."""
    assert targets("시는 '2027년 새봄 특별보증 업무협약'을 체결했다.") == []


def test_it_reads_a_summary_line_that_ends_on_its_noun():
    """'○ 2029년까지 재배 면적 900㏊로 확대' is due 2029."""
    assert ("2029", None, None) in targets("○ 2029년까지 재배 면적 900㏊로 확대\n군은 협약을 맺었다.")


def test_it_counts_the_bodies_that_benefit_but_not_those_that_sign():
    """'선발된 15개 기업에는' is a target; '3개 기업은 …' speaks of the signers."""
    assert targets("선발된 15개 기업에는 멘토링이 제공된다.") == [(None, 15, "개")]
    assert targets("3개 기업은 공장을 짓는다.") == []


def test_it_leaves_out_counts_of_earlier_years():
    """'2019년부터 2024년까지 … 500곳을 지원했다' tells what was done before a 2026 article."""
    assert targets("시는 2019년부터 2024년까지 소상공인 500곳을 지원했다.") == []


def test_it_reads_a_deadline_governing_a_promise():
    """'오는 2028년 6월까지 … 조성키로 했다' is due 2028-06, not a past event."""
    text = "㈜새별에너지는 오는 2028년 6월까지 발전단지를 조성키로 했다."
    [target] = find_targets(text, words_of(text), PUBLISHED)
    assert (target["text"], target["due"]) == ("2028년 6월까지 발전단지를 조성", "2028-06")


def test_it_reads_a_start_that_governs_a_later_verb_without_a_topic():
    """'내년부터 5년간 … 운영하기로' starts next year."""
    assert targets("세 기관은 내년부터 5년간 취업 교육을 운영하기로 했다.")[0] == ("2027", None, None)


def test_it_merges_a_count_into_a_goal_it_aims_at():
    """'2030년까지 유출률을 10% 낮추는 것을 목표로' is one target, due 2030 at 10%."""
    assert targets("시는 2030년까지 유출률을 10% 낮추는 것을 목표로 한다.") == [("2030", 10, "%")]


def test_it_leaves_out_visitors_as_well_as_attendees():
    """'1만여 명이 방문했다' counts visitors, not a goal."""
    assert targets("지난 축제에는 1만여 명이 방문했다.") == []
    assert targets("올해 축제에는 1만여 명이 방문한다.") == []


def test_it_counts_places_whose_name_ends_in_dang():
    """'경로당 30곳' is a target; '가구당 최대 2대' is a cap."""
    assert targets("시는 경로당 30곳에 안마기를 보급한다.") == [(None, 30, "곳")]
    assert targets("가구당 최대 2대까지 지원한다.") == []


def test_it_reads_what_is_due_written_before_its_date():
    """'착공은 올해 10월, 준공은 2028년 12월로 예정돼 있다' gives two deadlines."""
    text = "착공은 올해 10월, 준공은 2028년 12월로 예정돼 있다."
    assert [(t["text"], t["due"]) for t in find_targets(text, words_of(text), PUBLISHED)] == [
        ("착공은 올해 10월", "2026-10"),
        ("준공은 2028년 12월", "2028-12"),
    ]


def test_it_counts_a_span_of_years_and_kinds_of_product():
    """'3년간 연장' is 3 년 and '제품 3종' is 3 종; '2026년 동안' is a year, not a span."""
    assert targets("협약을 3년간 연장해 운영한다.") == [(None, 3, "년")]
    assert targets("2028년까지 신제품 3종을 출시한다.") == [("2028", 3, "종")]
    assert targets("2026년 동안 운영한다.") == []


def test_it_takes_the_years_a_sum_is_spread_over_as_the_agreements_term():
    """'3년간 90억원을 지원': the term the money is given over is a target (3 년), as the real pages' labels
    and issue 10 count it (until the twenty-fourth round it was read as the budget's span only)."""
    assert targets("시는 3년간 90억원을 지원한다.") == [(None, 3, "년")]


def test_it_reads_within_a_year_as_a_deadline():
    """'2027년 중 기금을 조성해' is due within 2027; '2027년 중소기업' is no deadline."""
    assert targets("정부는 2027년 중 기금을 조성해 지원한다.")[0][0] == "2027"
    assert targets("2027년 중소기업 지원 사업을 소개했다.") == []


def test_it_reads_inside_this_year_as_a_deadline():
    """'올해 안에 착공' and '내년 내 완공' are due within the year; '올해 안전 점검' is not."""
    assert targets("올해 안에 착공한다.") == [("2026", None, None)]
    assert targets("내년 내 완공한다.") == [("2027", None, None)]
    assert targets("올해 안전 점검을 마쳤다.") == []


def test_it_leaves_out_a_count_of_signing_cities_and_shares_in_percent():
    """'도내 5개 시가' counts the signers; '지분은 시가 49%, 공사가 51%' is a split, not a goal."""
    text = "가람도와 도내 5개 시가 협약을 맺었다. 사업 지분은 시가 49%, 공사가 51%를 갖는다. 재활용률을 60%로 높인다."
    assert targets(text) == [(None, 60, "%")]


def test_it_counts_companies_and_sheets_with_their_own_units():
    """'협력사 30개사' keeps 개사, '연탄 6만장' is 60000 장 (not '장관', '장기')."""
    text = "협력사 30개사에 물량을 배정하고 연탄 6만장을 전달한다. 3장관 회의와 2장기 계획은 아니다."
    assert targets(text) == [(None, 30, "개사"), (None, 60000, "장")]


def test_it_leaves_out_the_officials_of_a_counted_group_of_cities_but_not_facilities():
    """'5개 시 부시장들' counts the signers; '5개 시설을 짓는다' counts what is built."""
    assert targets("5개 시 부시장들이 참석했다. 공사는 5개 시설을 짓는다.") == [(None, 5, "개")]


def test_it_does_not_take_the_start_of_a_sums_years_for_a_target():
    """'내년부터 3년간 총 9억원을 지원': the term (3 년), not a start that is due."""
    assert targets("협약에 따라 다온은 내년부터 3년간 총 9억원을 지원한다.") == [(None, 3, "년")]
    assert targets("새 제도는 내년 3월부터 시행한다.") == [("2027-03", None, None)]


def test_it_counts_structures_but_not_generations():
    """'하부구조물 100기를 생산', '발전기 20기 규모' count structures; '1기 신도시', '제2기' do not."""
    text = "하부구조물 100기를 생산한다. 발전기 20기 규모다. 1기 신도시를 정비한다. 제2기 위원회를 연다. 3기업을 돕는다."
    assert targets(text) == [(None, 100, "기"), (None, 20, "기")]


def test_it_leaves_out_the_firms_that_sign_but_counts_those_that_benefit():
    """'㈜A 등 3개사와 … 체결', '3개사는 …': the signers; '협력사 30개사에 배정': what is reached."""
    text = "시는 ㈜가람 등 3개사와 협약을 체결했다. 3개사는 공장을 짓는다. 협력사 30개사에 물량을 배정한다."
    assert targets(text) == [(None, 30, "개사")]


def test_it_leaves_out_a_share_held_a_threshold_passed_and_the_firms_reported():
    """'70% 이상을 차지하지만' and '1만명을 넘어서면서' say how things stand; '부품기업 3곳을 유치했다'
    counts the firms the news is about; '3개 기업의' counts the signers."""
    assert targets("가람 전복은 전국 생산량의 70% 이상을 차지하지만, 수출은 적다.") == []
    assert targets("지역 외국인 근로자가 1만명을 넘어서면서 주거 문제가 떠올랐다.") == []
    assert targets("가람시가 미래차 부품기업 3곳을 누리산업단지에 유치했다.") == []
    assert targets("3개 기업의 고용 인원은 모두 420명이다.") == [(None, 420, "명")]


def test_it_reads_the_years_before_a_count_as_its_span():
    """'앞으로 5년간 청년 100명': the 100 is the target, the five years its span."""
    assert targets("세 기관은 앞으로 5년간 청년 창업농 100명의 정착을 돕는다는 목표다.") == [
        (None, 100, "명")
    ]


def test_it_reads_a_count_reached_by_a_deadline_and_a_span_by_its_end():
    """'2028년까지 700t으로 늘린다': due 2028 with 700 t; '오는 9월부터 내년 8월까지' is due at its end."""
    text = "두 기관은 전복 수출 물량을 2028년까지 700t으로 늘린다는 목표다."
    assert targets(text) == [("2028", 700, "t")]
    text = "센터는 오는 9월부터 내년 8월까지 초등학생 150명에게 수업을 제공한다."
    assert [t[0] for t in targets(text)] == ["2027-08", None]


def test_a_figure_of_how_things_stand_is_no_target():
    """'4천여가구에 이른다', '60여곳이 입주해 있지만', '31명까지 늘었다' describe the present; the
    agreement's own count ('2030년까지 100명을 채용한다') stays."""
    text = (
        "가람시의 농가는 4천여가구에 이른다. 산업단지에는 기업 60여곳이 입주해 있지만 인력이 부족하다. "
        "학급당 학생 수는 31명까지 늘었다. ㈜다온테크는 2030년까지 100명을 채용한다."
    )
    assert [(value, unit) for _, value, unit in targets(text) if value] == [(100, "명")]


def test_a_bare_date_of_a_plan_is_a_target():
    """'2027년 하반기 … 응모할 계획이다' is due then, though it has no '까지' and no count;
    '올해 군비 2억원을 들여' stays a year only."""
    text = "가람구는 2027년 하반기 누리부의 관광 공모사업에 응모할 계획이다."
    assert targets(text) == [("2027-H2", None, None)]
    assert targets("가람군은 올해 군비 2억원을 들여 길을 고쳤다.") == []


def test_a_count_after_a_month_is_not_a_monthly_figure():
    """'2029년 3월 24학급 규모로': the 월 of a month name is no '월 …' (per month) before the count."""
    text = "가람교육청은 2029년 3월 24학급 규모로 학교를 연다."
    assert (None, 24, "학급") in targets(text)


def test_a_count_of_fields_or_tasks_is_counted_in_that_noun():
    """'4개 분야 협력', '3개 과제를' count 분야 and 과제, not bare 개."""
    found = targets(
        "두 시는 관광, 농업, 체육, 교육 등 4개 분야 협력을 약속했다. 연구진은 3개 과제를 수행한다."
    )
    assert {(value, unit) for _, value, unit in found} == {(4, "분야"), (3, "과제")}


def test_a_number_written_with_a_space_after_its_myriad_is_one_number():
    """'27만 3480㎡' is 273480 ㎡, not 3480 ㎡."""
    found = targets("회사는 OO면 일대 27만 3480㎡ 부지에 공장을 짓는다.")
    assert [(value, unit) for _, value, unit in found] == [(273480, "㎡")]


def test_a_rounded_figure_in_the_lead_repeats_the_exact_one():
    """'320여개 일자리' in the lead and '318개 일자리' in the body are one target."""
    found = targets(
        "이들 기업으로 320여개 일자리가 생긴다. 시는 이번 협약으로 318개 일자리가 생길 것으로 내다봤다."
    )
    assert [(value, unit) for _, value, unit in found] == [(318, "개")]


def test_firms_counted_as_signers_or_partners_are_no_targets():
    """'3개 기업을 유치하는 투자협약', '30여 개 협력업체들의 투자' count firms, not goals."""
    assert targets("누리도는 수도권의 3개 기업을 유치하는 투자협약을 체결했다.") == []
    assert targets("공장이 서면 30여 개 협력업체들의 투자로 지역경제가 살아날 것으로 기대된다.") == []


def test_a_unit_spelt_out_is_its_sign():
    """'12만 4,600제곱미터' (as broadcasters write it) is 124600 ㎡."""
    from agreements.ingest.numbers import find_quantities

    [quantity] = find_quantities("가람군 산업단지 12만 4,600제곱미터에 공장을 짓는다")
    assert (quantity.value, quantity.unit) == (124600, "㎡")


def test_a_breakdown_by_installation_is_no_target_of_its_own():
    """'18.6MW(3.1MW×6기)', '40MW 3기': the size of each turbine and how many, not goals beside the total."""
    found = targets("협약에 따라 새솔풍력은 가람면 일대에 발전규모 18.6MW(3.1MW×6기)의 풍력단지를 조성한다.")
    assert [(v, u) for _, v, u in found if v is not None] == [(18.6, "MW")]
    found = targets("협약에 따라 ㈜다온은 해상에 40MW 3기를 설치하고 주민 20명을 고용한다.")
    assert (3, "기") not in [(v, u) for _, v, u in found]


def test_a_spelt_power_unit_is_its_sign():
    """'61.5 메가와트(MW)급 발전소', '12 기가와트시(GWh)': the spelt unit is read as MW and GWh."""
    found = targets("협약에 따라 컨소시엄은 매립지에 61.5 메가와트(MW)급 수상태양광 발전소를 조성한다.")
    assert (61.5, "MW") in [(v, u) for _, v, u in found]


def test_shares_of_a_cost_split_are_no_targets():
    """'새솔전자가 40%를 부담하고, 국비 30%, 지방비 20%(도 10%, 시군 10%)를 지원한다': who pays what share."""
    text = (
        "이 사업은 대기업이 출연하는 민간기금(40%)으로 추진한다. 새솔전자가 40%를 부담하고, 국비 30%, "
        "지방비 20%(도 10%, 시군 10%)를 지원한다. 수혜기업은 10%를 부담한다."
    )
    assert [t for t in targets(text) if t[2] == "%"] == []


def test_the_firms_counted_in_a_sub_headline_are_the_signers():
    """'기업 3곳과 210억원 투자 협약': the three firms that sign, not a goal."""
    assert targets("기업 3곳과 210억원 투자 협약") == []
