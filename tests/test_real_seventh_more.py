"""Forms of real pages from the seventh round's third development set: a byline bracket that names
its outlet with a jamo bar ('[가람일보ㅣ누리=이름 기자]') glued to the lead, a farm's legal form
written before its name ('농업회사법인 다온'), the terms of a standing incentive scheme ('… 이상인 경우
… 지원'), a total since the start of the year ('1월부터 지금까지 …'), a counted group named by its
heads ('관내 4개 대학 총장들이 자리한 가운데'), a group counted with what its members are ('7개
혁신도시 입주 공공기관과'), the agreement's term of validity ('2년간 유효하고'), local
cooperatives and wards counted as a group ('6개 지역 농협과', '25개 자치구와'), a firm's Korean arm written apart ('OO
코리아'), what a hospital already has ('120병상 3병동을 갖췄고') and who qualifies ('60% 이하').
Invented names and figures; each test fails on the code before the round."""

import datetime

from agreements.ingest import extract_bytes
from tests.articles import amounts, measures, only_agreement, signers

PUBLISHED = datetime.date(2021, 1, 28)


def test_a_byline_bracket_with_its_outlet_and_a_jamo_bar_is_no_party():
    text = "[가람일보ㅣ누리=오세린 기자]누리군이 다온오토와 손잡고 공장 증설 협약을 맺었다고 2일 알렸다.\n"
    [article] = extract_bytes(text.encode(), name="page.txt", published=PUBLISHED)["articles"]
    names = [p["name"] for p in article["agreements"][0]["parties"]]
    assert "오세린" not in names
    assert article["byline"] == "오세린 기자"


def test_a_farm_company_written_with_its_legal_form_first_signs():
    names = signers("누리군은 5일 군청에서 ㈜다온오토, 농업회사법인 한결팜과 공장 신설 협약을 맺었다.")
    assert "농업회사법인 한결팜" in names


def test_the_terms_of_a_standing_incentive_scheme_are_no_budget_or_target():
    agreement = only_agreement(
        "누리군은 3일 ㈜다온오토와 55억원을 들이는 공장 이전 협약을 맺었다. 다온오토는 직원 35명을 "
        "새로 뽑는다. 군은 투자액 50억원 이상, 새 일자리 20개 이상인 경우 땅값의 절반까지(최대 "
        "15억원) 보조금을 준다."
    )
    assert amounts(agreement) == {5_500_000_000}
    assert measures(agreement) == {(35, "명")}


def test_a_total_since_the_start_of_the_year_is_no_budget():
    agreement = only_agreement(
        "가람시는 9개 기업과 410억원 규모의 투자협약을 맺었다. 이번 투자로 시가 1월부터 지금까지 "
        "끌어온 투자는 2150억원으로 늘었다."
    )
    assert amounts(agreement) == {41_000_000_000}


def test_a_counted_group_named_by_its_heads_at_the_ceremony_is_one_party_and_no_target():
    agreement = only_agreement(
        "가람시는 7일 시청에서 다온대를 비롯한 관내 4개 대학 총장들이 자리한 가운데 인재 양성 협약을 맺었다."
    )
    assert "관내 4개 대학" in [p["name"] for p in agreement["parties"]]
    assert (4, "개") not in measures(agreement)


def test_a_group_counted_with_what_its_members_are_keeps_its_words():
    agreement = only_agreement(
        "가람도는 9일 누리공사 등 7개 혁신도시 입주 공공기관과 지역 상생 협약을 맺었다."
    )
    assert "7개 혁신도시 입주 공공기관" in [p["name"] for p in agreement["parties"]]


def test_the_agreements_term_of_validity_is_no_target():
    agreement = only_agreement(
        "가람구와 누리연맹은 3일 봉사 협약을 맺었다. 협약은 2년간 유효하고, 어느 쪽도 끝내자고 "
        "하지 않으면 같은 조건으로 이어진다."
    )
    assert measures(agreement) == set()


def test_local_cooperatives_and_wards_counted_as_a_group_are_one_party_each():
    agreement = only_agreement("가람군은 3일 6개 지역 농협과 농업인 지원 협약을 맺었다.")
    assert [(p["name"], p["kind"]) for p in agreement["parties"]] == [
        ("가람군", "government"),
        ("6개 지역 농협", "cooperative"),
    ]
    assert measures(agreement) == set()
    assert "25개 자치구" in signers("가람시교육청은 3일 25개 자치구와 교육협력 협약을 맺었다.")


def test_a_firms_korean_arm_written_apart_is_one_name():
    assert signers("가람시는 3일 미국 가스 기업인 베타 코리아와 투자협약을 맺었다.") == [
        "가람시",
        "베타 코리아",
    ]


def test_what_a_hospital_already_has_and_who_qualifies_are_no_targets():
    agreement = only_agreement(
        "가람시는 3일 누리병원과 의료 지원 협약을 맺었다. 누리병원은 지난 6월 개원했으며, 120병상 "
        "3병동을 갖췄고, 응급실을 24시간 운영한다. 병원은 저소득 가구(기준 중위소득 60% 이하) "
        "200명에게 검진 할인을 해준다."
    )
    assert measures(agreement) == {(200, "명")}
