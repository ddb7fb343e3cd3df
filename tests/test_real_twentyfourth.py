"""General forms the twenty-fourth round found in real pages and in invented pages shaped like them,
tried with sentences written for the purpose: invented bodies, people, figures and wording. Each test
fails on the code before the round except the guards, which say so."""

import datetime

from tests.articles import articles_of, measures, page_measures, signers

DAY = datetime.date(2031, 4, 22)

PAGE = (
    "원주시, 가온식품과 120억 투자협약\n\n"
    "원주시는 21일 시청에서 ㈜가온식품과 120억원 규모의 투자협약을 체결했다고 22일 밝혔다. "
    "가온식품은 문막읍 일대 1만2000㎡ 부지에 공장을 짓고 45명을 새로 채용한다.\n\n"
    "한누리 기자 nuri@example.com\n\n"
)



# --- the lists after an article --------------------------------------------------------------------


def test_a_popular_list_named_with_the_outlet_or_the_page_is_no_part_of_the_article():
    """'이 기사와 함께 많이 본 뉴스', 'OO일보 주요 뉴스', '■ 경제 많이 본 뉴스', '이전 포토뉴스': the
    headlines listed under them lend the agreement no figure."""
    for heading in ("이 기사와 함께 많이 본 뉴스", "솔내일보 주요 뉴스", "■ 경제 많이 본 뉴스", "[해솔군] 많이 본 뉴스",
                    "이 시각 많이 본 뉴스", "다음 포토뉴스"):
        page = PAGE + heading + "\n- 원주시 청년 창업 공간 30곳 공모\n- 문막 지하상가 리모델링 착공…2029년 완공\n"
        assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명")}, heading


def test_a_popular_list_on_one_line_with_its_heading_is_no_part_of_the_article():
    """'많이 본 뉴스  1. … 2. …' and '많이 본 뉴스 | …' on one line."""
    for line in ("많이 본 뉴스  1. 겨울철 전력 대책 발표  2. 수소충전소 연내 30곳 추가",
                 "많이 본 뉴스 | 원주시, 청년 창업 공간 30곳 공모"):
        assert page_measures(PAGE + line + "\n", DAY) == {(12000, "㎡"), (45, "명")}, line


def test_a_reporters_other_articles_link_opens_no_tail():
    """Guard: 'NAME 기자의 다른기사 보기' is a byline's link at the top; the sub-headline under it stays
    (checked by letting a prefixed heading take any list)."""
    page = (
        "원주시, 가온식품과 120억 투자협약\n\n한누리 기자의 다른기사 보기\n\n"
        "- 문막읍 부지에 공장…45명 채용\n\n" + PAGE.split("\n\n", 1)[1]
    )
    (article,) = articles_of(page, published=DAY)
    assert "45명 채용" in article["text"]


def test_a_portals_link_and_reactions_are_no_headline_of_an_article_of_their_own():
    """'원문 보기: OO 홈페이지에서 이 기사 읽기 >>', '이 기사, 어떠셨나요?', '유익해요 0 | 아쉬워요 0':
    the page stays one article."""
    page = PAGE + "이 기사, 어떠셨나요?\n좋아요 2 | 유익해요 0 | 아쉬워요 0\n\n원문 보기: 솔내일보 홈페이지에서 이 기사 읽기 >>\n"
    assert len(articles_of(page, published=DAY)) == 1


def test_the_outlets_headlines_under_a_portals_link_are_no_part_of_the_article():
    """'OO에서 직접 확인하세요. 해당 언론사로 이동합니다.' then the outlet's headlines."""
    page = PAGE + "솔내일보에서 직접 확인하세요. 해당 언론사로 이동합니다.\n\n- 원주 한옥마을 주말 관광객 5만 명 넘어\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명")}


# --- figures of what stands or runs already -----------------------------------------------------------

from tests.articles import agreement_of, amounts  # noqa: E402

LEAD = "원주시와 ㈜가온돌봄은 21일 시청에서 어르신 가사지원 업무협약을 체결했다. 협약에 따라 가온돌봄은 3년 동안 모두 60가구를 돕는다. "


def test_how_many_homes_a_place_has_now_is_no_target():
    """'… 기초생활수급 410가구가 살고 있다': where things stand, any verb's '-고 있다'."""
    agreement = agreement_of(LEAD + "문막읍에는 기초생활수급 410가구와 차상위 230가구가 살고 있다.\n")
    assert (410, "가구") not in measures(agreement)
    assert (60, "가구") in measures(agreement)


def test_a_bodys_money_for_its_own_scheme_under_way_is_no_budget():
    """'시는 올해 통합돌봄 사업에 12억원을 편성해 방문 돌봄을 늘리고 있다', and with a footnote's mark
    ('… 운영하고 있다.*')."""
    assert amounts(agreement_of(LEAD + "시는 올해 통합돌봄 사업에 12억원을 편성해 방문 돌봄을 늘리고 있다.\n")) == set()
    assert amounts(agreement_of(LEAD + "시는 올해 돌봄서비스에 21억원을 편성해 생활지원사 90명을 운영하고 있다.*\n")) == set()


def test_what_a_body_has_spent_on_its_own_so_far_is_no_budget():
    """'구는 외부 용역에 해마다 평균 2억원가량을 써 왔다': a record, whatever the verb before '왔다'."""
    assert amounts(agreement_of(LEAD + "시는 외부 학술용역에 해마다 평균 2억원가량을 써 왔다.\n")) == set()


def test_a_project_others_notice_keeps_its_figures():
    """Guard: '… 점에서 관심을 모으고 있다' says what others think, not what is under way."""
    text = (
        "원주시는 21일 ㈜가온솔라와 영농형 태양광 협약을 맺었다.\n"
        "사업은 15억원을 들여 문막읍 농지 8000㎡에 태양광을 설치하는 것으로, 농사를 지으며 발전할 수 있다는 점에서 "
        "관심을 모으고 있다.\n"
    )
    agreement = agreement_of(text)
    assert amounts(agreement) == {1_500_000_000}
    assert (8000, "㎡") in measures(agreement)


def test_a_paragraph_on_a_bodys_own_scheme_apart_from_the_deal_lends_it_nothing():
    """'도는 이와 별도로 … 장학금 사업을 해오고 있다. 올해는 … 150명에게 … 3억원을 지급할 계획이다.'"""
    text = (
        "강원도는 21일 ㈜가온에너지와 대학생 장학금 기탁 협약을 맺었다. 가온에너지는 3년 동안 해마다 1억원씩 모두 3억원을 "
        "맡기고, 도는 3년 동안 모두 90명에게 장학금을 준다.\n\n"
        "도는 이와 별도로 2015년부터 장학회 기금으로 '새내기 장학금' 사업을 해오고 있다. 올해는 신입생 150명에게 "
        "1인당 200만원씩 모두 3억원을 지급할 계획이다.\n"
    )
    agreement = agreement_of(text)
    assert (150, "명") not in measures(agreement)
    assert (90, "명") in measures(agreement)


def test_a_separate_commitment_of_a_signer_stays_its_own():
    """Guard: '가온전력은 이와 별도로 … 18억원을 투입한다' is a signer's money (the paragraph is no
    scheme under way)."""
    text = (
        "원주시는 21일 가온전력과 에너지 전환 협약을 맺었다.\n\n"
        "가온전력은 이와 별도로 시내 공공기관 주차장에 급속충전기 30기를 놓는 데 18억원을 투입한다.\n"
    )
    assert amounts(agreement_of(text)) == {1_800_000_000}


# --- rates and parts of a total --------------------------------------------------------------------------


def test_how_often_a_visit_is_made_is_no_target():
    """'주 1회 이상 가정을 찾아가', '한 달에 2회': a frequency; '연간 120회' still counts."""
    text = LEAD + "의료기관은 주 1회 이상 가정을 찾아가 진료하고, 보건소는 한 달에 2회 방문간호를 한다.\n"
    assert {unit for _, unit in measures(agreement_of(text))} == {"가구", "년"}
    assert (120, "회") in measures(agreement_of(LEAD + "가온돌봄은 연간 120회 반찬을 배달한다.\n"))


def test_a_years_part_before_the_total_of_the_sentence_is_no_target():
    """'해마다 40명을 골라 … 4년 동안 모두 160명이': the total, not the year's part."""
    text = (
        "강원도는 21일 ㈜가온에너지와 장학금 협약을 맺었다. 도는 해마다 40명을 골라 1인당 500만원을 주며, "
        "4년 동안 모두 160명이 혜택을 받는다.\n"
    )
    people = {value for value, unit in measures(agreement_of(text)) if unit == "명"}
    assert people == {160}


def test_the_years_a_sum_is_given_over_are_a_target():
    """'3년간 매년 1억원씩 총 3억원': the term (3 년) is the agreement's, as labelled in real pages."""
    text = "원주시는 21일 가온저축은행과 장학금 협약을 맺었다. 가온저축은행은 올해부터 3년간 매년 1억원씩 총 3억원을 출연한다.\n"
    agreement = agreement_of(text)
    assert (3, "년") in measures(agreement)
    assert amounts(agreement) == {300_000_000}


def test_the_years_an_effect_is_counted_over_are_no_target():
    """Guard: '10년 동안 3천억원의 생산유발 효과' (checked by dropping the effect's clause from the rule)."""
    text = (
        "원주시는 21일 ㈜가온바이오와 500억원 규모의 투자협약을 맺었다. 시는 공장이 가동되면 10년 동안 3천억원의 "
        "생산유발 효과가 날 것으로 내다봤다.\n"
    )
    assert (10, "년") not in measures(agreement_of(text))


# --- signings put off, planned for the month, or needing consent first --------------------------------

from agreements.ingest.article import extract_article  # noqa: E402


def _reports(text, headline=None):
    return extract_article(text, headline=headline, subheadline=None, published=DAY)[0]


def test_a_ceremony_a_firm_asked_to_put_off_is_no_signing():
    """'… 맺기로 했던 투자협약이 무기한 연기됐다. … 협약식을 미뤄 달라고 요청해 왔고'; and the headline's
    "투자협약 '무기한 연기'" run into the lead."""
    text = (
        "원주시-바이오기업 투자협약 '무기한 연기' 원주시와 ㈜가온바이오가 오늘 맺기로 했던 900억원 규모의 투자협약이 "
        "무기한 연기됐다. 시는 회사 측이 자금 사정을 이유로 협약식을 미뤄 달라고 요청해 왔다고 밝혔다.\n"
    )
    assert not _reports(text)


def test_a_signing_planned_within_the_month_with_no_day_is_no_report():
    """'이달 안에 ㈜A와 공동투자 협약을 체결하고 … 계획이다. 구체적인 협약식 날짜는 아직 정해지지 않았다.'"""
    text = (
        "원주시의회는 14일 본회의를 열고 물류단지 공동투자 협약 체결 동의안을 가결했다. 시는 이달 안에 ㈜가온개발과 "
        "공동투자 협약을 체결하고, 하반기 중 법인 설립에 들어갈 계획이다. 구체적인 협약식 날짜는 아직 정해지지 않았다.\n"
    )
    assert not _reports(text)


def test_a_signing_that_needs_the_councils_consent_first_is_no_report():
    """'의회 동의를 거쳐야 협약을 맺을 수 있다', '… 조율해 협약을 체결할 방침이다'."""
    text = (
        "원주시의회는 다음 주 임시회에서 가온대학교 산학협력단과의 공동연구 업무협약 체결 동의안을 심의한다. 의회 동의를 "
        "거쳐야 협약을 맺을 수 있다. 시는 동의안이 통과되면 대학 측과 일정을 조율해 협약을 체결할 방침이다.\n"
    )
    assert not _reports(text)


# --- a broadcast script's lines -------------------------------------------------------------------------


def test_a_scripts_line_broken_after_a_comma_or_a_subject_opens_no_article():
    """'◀VCR▶ 원주시청 대회의실. / 강원도와 원주시, / 그리고 ㈜A 관계자들이 / 차례로 … 서명합니다.': one story."""
    page = (
        "원주시, 배터리 소재기업 900억 투자 유치\n\n2031-04-22 20:10\n한누리 기자 (nuri@example.com)\n\n"
        "◀ANC▶\n원주에 배터리 소재 공장이\n들어섭니다.\n강원도와 원주시가 오늘\n소재 기업과 투자 양해각서를 맺었는데,\n"
        "공장이 지어지면\n백여 명이 일자리를 얻게 됩니다.\n한누리 기자가 전합니다.\n◀END▶\n\n◀VCR▶\n원주시청 대회의실.\n"
        "강원도와 원주시,\n그리고 ㈜가온소재 관계자들이\n차례로 양해각서에 서명합니다.\n\n"
        "협약에 따라 가온소재는\n오는 2033년까지 9백억 원을 투입해\n문막 산업단지에 공장을 세웁니다.\n◀END▶\n"
    )
    assert len(articles_of(page, published=DAY)) == 1


# --- counts that are where a total goes, or the bodies again -----------------------------------------------


def test_the_sites_a_total_capacity_is_spread_over_are_no_target():
    """'군내 14곳에 모두 36MW 규모의 발전시설', '저수지 3곳의 수면에 모두 7MW': the total is the target."""
    text = (
        "원주시는 21일 ㈜가온에너지와 영농형 태양광 협약을 맺었다. 협약에 따라 가온에너지는 내년까지 시내 14곳에 모두 36MW "
        "규모의 발전시설을 짓고, 농업용 저수지 3곳의 수면에 모두 7MW 규모의 수상태양광을 설치한다.\n"
    )
    assert measures(agreement_of(text)) == {(36, "MW"), (7, "MW")}


def test_places_to_be_served_with_no_total_stay_targets():
    """Guard: '관내 어린이집 150곳에 친환경 농산물을 공급' is what the deal reaches (checked by letting the
    rule take any clause)."""
    text = "원주시는 21일 가온영농조합과 협약을 맺었다. 조합은 관내 어린이집과 경로당 150곳에 친환경 농산물을 공급한다.\n"
    assert (150, "곳") in measures(agreement_of(text))


def test_the_firms_just_named_counted_again_are_no_target():
    """'▲A 20억원, ▲B 35억원을 각각 투자한다. 이들 3곳은 …': the signers, counted."""
    text = (
        "원주시는 21일 ▲㈜가온식품 20억원 ▲솔내영농조합법인 35억원 ▲㈜다온다원 9억원 등 3개 기업과 투자협약을 맺었다. "
        "이들 3곳은 문막 농공단지에 공장을 짓고 모두 60명을 채용한다.\n"
    )
    assert (3, "곳") not in measures(agreement_of(text))
    assert (60, "명") in measures(agreement_of(text))


def test_a_count_of_metropolitan_cities_and_provinces_is_no_target():
    """'강원·충북·충남 3개 광역시·도의 산업단지': places counted."""
    text = "강원지역본부는 21일 원주시와 협약을 맺었다. 본부는 강원·충북·충남 3개 광역시·도의 산업단지에서 청년 채용을 돕는다.\n"
    assert (3, "개") not in measures(agreement_of(text))


def test_a_day_run_into_a_footer_word_is_no_count():
    """'최종수정일 2031-04-10 개인정보처리방침': '10 개' is no count of anything."""
    page = PAGE + "담당부서 투자유치과 | 최종수정일 2031-04-10 개인정보처리방침 | 저작권정책\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명")}


def test_a_previous_and_next_post_line_is_no_part_of_the_article():
    """'이전글 OO시, 임시 주차장 6곳 운영', '다음글 … 신규 38건 발굴'."""
    page = PAGE + "이전글 원주시, 축제 기간 임시 주차장 6곳 운영\n다음글 원주시, 국비 확보 보고회…신규 38건 발굴\n"
    assert page_measures(page, DAY) == {(12000, "㎡"), (45, "명")}


# --- sums that are a part, a cap, a goal or the first deal's terms -----------------------------------------

SIGNED = "원주시는 21일 ㈜가온에너지와 협약을 맺었다. 가온에너지는 3억6천만원 규모의 배추를 사들인다. "


def test_a_share_of_the_sum_told_with_its_percent_is_no_budget():
    """'계약액의 20%인 7천200만원을 미리 지급': a part of the sum."""
    text = SIGNED + "회사는 계약액의 20%인 7천200만원을 아주심기 전에 미리 지급한다.\n"
    assert amounts(agreement_of(text)) == {360_000_000}


def test_a_schemes_cap_in_brackets_is_no_budget():
    """'고용보조금(2억원 이내)과 설비보조금(1억원 이내)도 신청할 수 있다'."""
    text = SIGNED + "입주 기업은 고용보조금(2억원 이내)과 설비보조금(1억원 이내)도 받는다.\n"
    assert amounts(agreement_of(text)) == {360_000_000}


def test_a_goal_told_as_such_is_no_budget():
    """'이번 협약으로 시는 민선 8기 목표인 2조5천억 원 투자유치에 다가섰다'."""
    text = SIGNED + "이번 협약으로 시는 민선 8기 목표인 2조5천억 원 투자유치에 한 발 더 다가섰다.\n"
    assert amounts(agreement_of(text)) == {360_000_000}


def test_the_first_agreements_terms_are_no_budget():
    """'첫 협약 때는 누적 기탁액이 5천만원에 이르면 적립을 마치기로 했으나': the earlier terms."""
    text = SIGNED + "첫 협약 때는 누적 기탁액이 5천만원에 이르면 적립을 마치기로 했으나 협약이 이어졌다.\n"
    assert amounts(agreement_of(text)) == {360_000_000}


def test_each_bodys_yearly_share_after_the_total_is_no_budget():
    """'시는 3년간 모두 12억 원을 지원한다. 대학별로는 해마다 2억 원씩이며 …'."""
    text = (
        "원주시는 21일 가온대학교, 솔내대학교와 협약을 맺었다. 시는 3년간 모두 12억 원을 두 대학에 지원한다. "
        "대학별로는 해마다 2억 원씩이며, 대학은 성과를 매년 시에 보고한다.\n"
    )
    assert amounts(agreement_of(text)) == {1_200_000_000}


def test_each_signing_firms_own_sum_listed_by_firm_stays_a_budget():
    """Guard: '기업별로는 ㈜A가 1,150억원을 들여 …, ㈜B가 600억원을 들여 …': each signer's money, as the
    labelling guide counts it (checked by letting '별로는' take any amount)."""
    text = (
        "원주시는 21일 ㈜가온로봇, ㈜솔내물류와 총 1,750억원 규모의 투자협약을 맺었다. 기업별로는 ㈜가온로봇이 "
        "1,150억원을 들여 조립공장을, ㈜솔내물류가 600억원을 들여 물류센터를 짓는다.\n"
    )
    assert amounts(agreement_of(text)) == {175_000_000_000, 115_000_000_000, 60_000_000_000}


def test_a_tallys_sums_by_year_are_no_budget():
    """'… 쌓인 투자유치액은 13조원이다. 연도별로는 2016년 1조7000억원, 2017년 …': the tally by year."""
    text = (
        "원주시는 21일 시청에서 ㈜가온소재와 900억원 규모의 투자협약을 체결했다고 22일 밝혔다. 가온소재는 문막 "
        "산업단지에 공장을 짓는다.\n\n이로써 시가 민선 8기 들어 유치한 기업은 40곳, "
        "누적 투자액은 3조원이 됐다. 연도별로는 2023년 1조1000억원, 2024년 1조3000억원, 2025년 6000억원이다.\n"
    )
    assert amounts(agreement_of(text)) == {90_000_000_000}


# --- a script's speakers ---------------------------------------------------------------------------------

SPEAKERS_PAGE = (
    "원주 친환경 쌀, 3년간 학교급식에\n\n2031-04-22 20:10\n\n"
    "원주시와 원주교육지원청, 가온영농조합법인이 어제(21일) 학교급식 쌀 공급 협약을 맺었습니다.\n\n"
    "협약에 따라 조합은 3년 동안 친환경 쌀 모두 120톤을 공급합니다.\n\n"
    "[인터뷰] 한누리 / 원주시장\n\"우리 쌀을 우리 아이들이 먼저 먹습니다.\"\n\n"
    "시는 가격 차이를 3년에 걸쳐 메웁니다.\n\n"
    "◀INT▶ 오세린 / 원주교육지원청 교육장\n\"식생활 교육과도 잇겠습니다.\"\n\n"
    "◀INT▶문가온 대표/가온영농조합법인\n\"판로가 생겼습니다.\"\n\n"
    "한빛뉴스 김하늘입니다.\n"
)


def test_a_scripts_interview_cues_name_the_signers_heads():
    """'[인터뷰] NAME / OO시장', '◀INT▶ NAME / OO교육지원청 교육장', '◀INT▶NAME 대표/OO조합': each speaker
    over the quote they say is a person of a signing body, and no cue opens an article."""
    (article,) = articles_of(SPEAKERS_PAGE, published=DAY)
    people = {(p["name"], p["org"]) for p in article["agreements"][0]["people"]}
    assert people == {("한누리", "원주시"), ("오세린", "원주교육지원청"), ("문가온", "가온영농조합법인")}


def test_a_wire_caption_telling_the_signing_in_the_passive_names_the_firm_the_lead_leaves_unnamed():
    """'[원주=OO통신] 8일 … 원주시와 ㈜가온바이오의 62억원 규모 투자협약이 체결됐다. NAME 시장(왼쪽 세번째)과 …
    (사진=원주시 제공)' over a lead that says only '제조업체와': the firm, its head and the day come from it."""
    page = (
        "원주시, 건강식품 제조업체와 62억 규모 투자협약\n\n등록 2031.04.22 14:37\n이하늘 기자\n\n"
        "[원주=솔내통신] 21일 원주시청 상황실에서 원주시와 건강식품 제조업체 ㈜가온바이오의 62억원 규모 투자협약이 "
        "체결됐다. 한누리 시장(왼쪽 세번째)과 ㈜가온바이오 오세린 대표(왼쪽 두번째)를 비롯한 관계자들이 기념사진을 "
        "찍고 있다. (사진=원주시 제공) *재판매 및 DB 금지\n\n"
        "[원주=솔내통신] 이하늘 기자 = 강원 원주시가 건강식품 제조업체와 62억원 규모의 투자협약을 맺었다고 22일 밝혔다.\n\n"
        "이 업체는 문막 농공단지 안 5200㎡ 부지에 공장을 짓는다.\n"
    )
    (article,) = articles_of(page, published=DAY)
    agreement = article["agreements"][0]
    assert [p["name"] for p in agreement["parties"]] == ["원주시", "㈜가온바이오"]
    assert agreement["signed_on"] == "2031-04-21"
    assert {p["name"] for p in agreement["people"]} == {"한누리", "오세린"}


def test_a_second_signing_after_the_first_in_one_sentence_is_its_own_agreement_on_the_same_day():
    """'시는 지난 9일 … ㈜A와 투자협약을 체결한 데 이어, 같은 날 오후 B대학교, C협회와 '…업무협약'을 맺었다고
    10일 밝혔다': two agreements, both of the 9th (the quoted name's mark is no quote around the verb)."""
    text = (
        "원주시는 지난 9일 오전 시청에서 ㈜가온바이오와 350억원 규모의 투자협약을 체결한 데 이어, 같은 날 오후 "
        "가온대학교, 원주경제인협회와 '청년 창업 지원 업무협약'을 맺었다고 10일 밝혔다.\n"
    )
    _, agreements = extract_article(text, headline=None, subheadline=None, published=datetime.date(2031, 3, 10))
    assert [[p["name"] for p in a["parties"]] for a in agreements] == [
        ["원주시", "㈜가온바이오"],
        ["원주시", "가온대학교", "원주경제인협회"],
    ]
    assert [a["signed_on"] for a in agreements] == ["2031-03-09", "2031-03-09"]


def test_a_railway_stations_office_after_its_body_is_a_branch():
    """'△한국철도공사 동해관리역 △삼척우체국 등 …와 … 체결': the branch signs, not the whole body."""
    text = (
        "삼척시는 20일 시청에서 △한국전력공사 삼척지사 △한국철도공사 동해관리역 △삼척우체국 등 3개 기관과 축제 지원 "
        "업무협약을 체결했다.\n"
    )
    assert signers(text) == ["삼척시", "한국전력공사 삼척지사", "한국철도공사 동해관리역", "삼척우체국"]


def test_a_comment_boxs_prompt_is_no_part_of_the_article():
    """'여러분의 의견을 남겨주세요  0/300', '기사에 대해 의견을 남겨주세요.': the comment box, not a line of the
    story nor the headline of an empty one."""
    page = PAGE + "[디지털뉴스부 한누리 기자]\n[ⓒ 솔내일보, 무단전재 및 재배포 금지]\n기사에 대해 의견을 남겨주세요.\n\n여러분의 의견을 남겨주세요  0/300\n"
    articles = articles_of(page, published=DAY)
    assert len(articles) == 1
    assert "의견을 남겨" not in articles[0]["text"]
