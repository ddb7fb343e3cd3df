"""Forms of real pages from the seventh round's third development set: a byline bracket that names
its outlet with a jamo bar ('[가람일보ㅣ누리=이름 기자]') glued to the lead, a farm's legal form
written before its name ('농업회사법인 다온'), the terms of a standing incentive scheme ('… 이상인 경우
… 지원'), a total since the start of the year ('1월부터 지금까지 총 …'), a counted group named by its
heads ('지역 5개 대학 총장과 … 참석한 가운데'), a group counted with what its members are ('11개
혁신도시 이전공공기관과'), and the agreement's term of validity ('1년간 유효하며'). Invented names
and figures; each test fails on the code before the round."""

import datetime

from agreements.ingest import extract_bytes
from tests.articles import amounts, measures, only_agreement, signers

PUBLISHED = datetime.date(2021, 1, 28)


def test_a_byline_bracket_with_its_outlet_and_a_jamo_bar_is_no_party():
    text = "[가람일보ㅣ누리=오세린 기자]경남 누리군은 28일 다온오토와 투자협약을 체결했다고 밝혔다.\n"
    [article] = extract_bytes(text.encode(), name="page.txt", published=PUBLISHED)["articles"]
    names = [p["name"] for p in article["agreements"][0]["parties"]]
    assert "오세린" not in names
    assert article["byline"] == "오세린 기자"


def test_a_farm_company_written_with_its_legal_form_first_signs():
    names = signers("누리군은 28일 다온오토와 농업회사법인 한결팜과 모두 68억원 규모의 투자협약을 체결했다.")
    assert "농업회사법인 한결팜" in names


def test_the_terms_of_a_standing_incentive_scheme_are_no_budget_or_target():
    agreement = only_agreement(
        "누리군은 28일 다온오토와 41억원 규모의 투자협약을 체결했다. 다온오토는 고용 인원 22명으로 "
        "공장을 넓힌다. 군은 투자금액 20억원 이상, 고용인원 10명 이상인 경우 분양가 70%까지(최대 "
        "30억원 이내) 입지보조금을 지원하는 등 투자기업을 적극 유치하고 있다."
    )
    assert amounts(agreement) == {4_100_000_000}
    assert measures(agreement) == {(22, "명")}


def test_a_total_since_the_start_of_the_year_is_no_budget():
    agreement = only_agreement(
        "가람시는 13개 기업과 562억원 투자협약을 맺었다. 이번 투자 성사로 시는 1월부터 지금까지 총 "
        "3420억원을 유치하고 1393명의 신규 고용을 창출했다."
    )
    assert amounts(agreement) == {56_200_000_000}


def test_a_counted_group_named_by_its_heads_at_the_ceremony_is_one_party_and_no_target():
    agreement = only_agreement(
        "가람시는 24일 국립 누리대 등 지역 5개 대학 총장과 관계자 30여명이 참석한 가운데 시청에서 "
        "상생협력을 위한 업무협약을 체결했다."
    )
    assert "5개 대학" in [p["name"] for p in agreement["parties"]]
    assert (5, "개") not in measures(agreement)


def test_a_group_counted_with_what_its_members_are_keeps_its_words():
    agreement = only_agreement(
        "가람도는 15일 도청에서 누리공사 등 11개 가람혁신도시 이전공공기관과 상생발전 업무협약을 체결했다."
    )
    assert "11개 가람혁신도시 이전공공기관" in [p["name"] for p in agreement["parties"]]


def test_the_agreements_term_of_validity_is_no_target():
    agreement = only_agreement(
        "가람구와 누리연맹은 3일 업무협약을 체결했다. 이 협약은 협약서에 서명한 날로부터 1년간 "
        "유효하며, 해약 통보가 없으면 자동 연장된다."
    )
    assert measures(agreement) == set()
