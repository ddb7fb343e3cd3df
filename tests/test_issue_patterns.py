"""The general forms issue 10 lists, each tried again with sentences written for the purpose, where
the seventh round found the extractor still failing: an agreement named in 『』 or 「」, bodies
bulleted with △ before '등 N개 기업과', a public enterprise written with ㈜, people named title first
('군수 NAME과 대표 NAME이'), a body's letters in brackets before a long title ('NAME 한국OO공사(KOC)
사업본부장'), houses counted in 채, the year's deals so far ('올해 5개 업체와 314억원의 투자 협약'),
page furniture (a breadcrumb '홈 > 뉴스 > 지역', font widgets '글씨크게', a stamp labelled '기사승인',
a '많이 본 뉴스' heading), two marked firms joined by 과 ('㈜A과 ㈜B는'), the state's money ('정부는 …
국비 3조원을 투입할 계획이다'), a group counted by its trade ('4개 발전사와'), a head with the body
in brackets after the title ('NAME 대표이사(㈜OO)'), an agreement's noun in a sentence that tells of
no signing ('투자협약 기업 지원금'), which reports none, a span written apart ('5년 간'), an economic
effect that hid every figure of its sentence ('… 효과가 기대된다'), a broadcast transcript with no
full stops ('…체결했습니다 다온은 …'), what a plant equals ('N세대의 가구에 전기를 공급할 수
있는', '나무를 심는 것과 같은 … 효과'), a share of a count ('12곳 가운데 5곳'), a group only the
headline and a later sentence count ('OO도, 5개 기업과 … 투자협약'), a body's own programme goal
('… 용량 확보를 목표로 정했다'), and a slogan in a quote ('‘… 원’을 달성하자'). Invented names and figures;
each test but one (a guard for the rule before it) fails on the code before the round."""

import datetime

from agreements.ingest import extract_bytes
from agreements.ingest.article import extract_article
from tests.articles import agreement_of, amounts, measures, only_agreement, people_of, signers


def test_an_agreement_named_in_double_corner_brackets_is_an_agreement_with_that_name():
    agreement = agreement_of("가람시는 20일 누리공사와 『스마트 물관리 협력 협약』을 체결했다.")
    assert agreement["title"] == "스마트 물관리 협력 협약"
    assert [p["name"] for p in agreement["parties"]] == ["가람시", "누리공사"]


def test_an_agreement_named_in_corner_brackets_is_an_agreement():
    agreement = agreement_of("가람시는 20일 누리공사와 「탄소중립 실천 협약」을 맺었다.")
    assert agreement["title"] == "탄소중립 실천 협약"


def test_firms_bulleted_before_a_count_each_sign_and_the_count_is_no_party():
    names = signers("가람시는 △다온테크 △누리소재 △한빛정밀 등 3개 기업과 20일 투자협약을 체결했다.")
    assert names == ["가람시", "다온테크", "누리소재", "한빛정밀"]


def test_a_public_enterprise_written_with_a_company_mark_is_a_public_institution():
    agreement = agreement_of("가람시는 20일 ㈜한국다온공사와 주거 협약을 맺었다.")
    kinds = {p["name"]: p["kind"] for p in agreement["parties"]}
    assert kinds["㈜한국다온공사"] == "public_institution"


def test_people_named_title_first_get_the_body_of_their_title():
    people = people_of(
        "가람군은 20일 ㈜다온과 투자협약을 맺었다. 이날 자리에는 군수 최누리와 대표 박은결이 함께했다."
    )
    assert people == {("최누리", "군수", "가람군"), ("박은결", "대표", "㈜다온")}


def test_a_bodys_letters_in_brackets_do_not_hide_the_title_after_them():
    people = people_of(
        # (the body signs: the head of a body that only came is a guest, not a person of the agreement)
        "가람군은 20일 ㈜다온, 한국가람공사와 투자협약을 맺었다. 이날 박은결 한국가람공사(KGC) 사업본부장도 참석했다."
    )
    assert ("박은결", "사업본부장", "한국가람공사") in people


def test_houses_counted_in_chae_are_a_target():
    agreement = only_agreement(
        "가람군은 20일 ㈜다온과 주거 협약을 맺었다. 회사는 2027년까지 임대주택 120채를 짓는다."
    )
    assert (120, "채") in measures(agreement)


def test_the_years_deals_so_far_are_no_budget_of_this_one():
    agreement = only_agreement(
        "가람군은 20일 ㈜다온과 투자협약을 맺었다. ㈜다온은 80억원을 들여 공장을 짓는다. "
        "군은 올해 5개 업체와 314억원의 투자 협약을 맺었다."
    )
    assert amounts(agreement) == {8_000_000_000}


def test_a_breadcrumb_font_widgets_and_a_stamp_labelled_with_gisa_are_page_furniture():
    page = (
        "홈 > 뉴스 > 지역\n"
        "누리시-한빛대, 지역인재 양성 업무협약\n"
        "기사승인 2024-05-20 14:02\n"
        "글씨크게 글씨작게\n"
        "누리시는 20일 시청에서 한빛대학교와 지역인재 양성 업무협약을 체결했다.\n"
        "많이 본 뉴스\n"
    )
    [article] = extract_bytes(page.encode(), name="page.txt", published=datetime.date(2024, 5, 20))[
        "articles"
    ]
    assert article["headline"] == "누리시-한빛대, 지역인재 양성 업무협약"
    assert "많이 본 뉴스" not in article["text"]


def test_two_marked_firms_joined_by_gwa_are_two_parties():
    names = signers("㈜다온과 ㈜누리는 22일 가람시청에서 가람시와 상생협약을 맺었다.")
    assert names == ["㈜다온", "㈜누리", "가람시"]


def test_the_states_money_for_the_site_is_no_budget_of_the_agreement():
    agreement = only_agreement(
        "가람도와 누리시는 22일 반도체 특화단지 협약을 맺었다. 두 기관은 50억원을 함께 낸다. "
        "정부는 이 단지에 2030년까지 국비 3조원을 투입할 계획이다."
    )
    assert amounts(agreement) == {5_000_000_000}


def test_a_group_of_firms_counted_by_their_trade_is_one_party():
    names = signers("가람시는 22일 한울전력 등 4개 발전사와 누리공사가 참여하는 협약을 맺었다.")
    assert "4개 발전사" in names


def test_a_head_with_the_body_in_brackets_after_the_title_works_for_that_body():
    people = people_of(
        "가람군은 22일 ㈜다온과 투자협약을 맺었다. 협약서에는 최누리 군수와 박은결 대표이사(㈜다온)가 서명했다."
    )
    assert ("박은결", "대표이사", "㈜다온") in people


def test_an_agreements_noun_in_a_sentence_with_no_signing_is_no_agreement():
    for text in (
        "가람시의회는 22일 임시회를 열고 추경예산 120억원을 의결했다. 이번 추경에는 투자협약 기업 "
        "지원금 10억원이 포함됐다.",
        "가람군은 22일 다온 투자협약 이행 점검 회의를 열고 기업별 투자 실적을 점검했다.",
    ):
        is_agreement, _ = extract_article(text, headline=None, subheadline=None, published=None)
        assert not is_agreement, text


def test_an_agreements_noun_with_its_signing_in_the_sentence_is_still_an_agreement():
    is_agreement, _ = extract_article(
        "가람시와 ㈜다온은 22일 시청에서 투자협약 체결식을 가졌다.",
        headline=None,
        subheadline=None,
        published=None,
    )
    assert is_agreement


def test_an_economic_effect_in_the_sentence_does_not_hide_the_sites_figures():
    agreement = only_agreement(
        "가람군이 다온사와 3백억 원 규모의 공장 설립 협약을 맺었습니다. 가람군은 다온사가 앞으로 3년 간 "
        "가람산단 2만 ㎡ 땅에 공장을 지어, 4천억 원의 생산유발 효과가 기대된다고 밝혔습니다."
    )
    assert {(20000, "㎡"), (3, "년")} <= measures(agreement)


def test_a_transcripts_sentences_without_full_stops_are_read_as_sentences():
    page = (
        "[리포트] 가람도가 배터리 소재 기업 다온케미컬과 공장 이전 협약을 맺었습니다 다온케미컬은 "
        "내후년까지 천억 원을 들여 누리시로 생산시설을 옮깁니다 새 공장 터는 2만㎡입니다\n"
    )
    [article] = extract_bytes(page.encode(), name="page.txt", published=datetime.date(2024, 5, 20))[
        "articles"
    ]
    [agreement] = article["agreements"]
    assert {b["amount_krw"] for b in agreement["budgets"]} == {100_000_000_000}
    assert "맺었습니다. 다온케미컬은" in article["text"]
    assert "옮깁니다. 새 공장" in article["text"]


def test_what_a_plant_equals_and_a_share_of_a_count_are_no_targets():
    agreement = only_agreement(
        "가람군과 ㈜다온은 태양광 발전소 협약을 맺었다. 다온은 3.6MW 규모의 발전소를 짓는다. 이 "
        "발전소는 900세대 가구에 전기를 공급할 수 있고, 소나무 6만 그루를 심는 것과 같은 "
        "온실가스 감축 효과를 낸다. 2015년 이후 협약을 맺은 기업 12곳 가운데 5곳이 공장을 아직 "
        "짓지 않았다."
    )
    assert measures(agreement) == {(3.6, "MW")}


def test_a_group_only_the_headline_and_a_later_sentence_count_signs():
    agreement = agreement_of(
        "가람도가 400억 원대 투자협약을 맺었다. 도는 누리산단 등 4개 시군에 부품·식품 5개 기업과 "
        "모두 430억원의 투자를 끌어왔다.",
        headline="가람도, 5개 기업과 400억 대 투자협약",
    )
    assert [p["name"] for p in agreement["parties"]] == ["가람도", "5개 기업"]


def test_a_bodys_own_programme_goal_and_a_slogan_in_a_quote_are_not_the_agreements():
    agreement = only_agreement(
        "가람개발공사와 누리시는 3일 주민참여형 발전사업 협약을 맺었다. 공사는 2030년까지 태양광 40MW, "
        "풍력 120MW 등 모두 200MW의 발전 용량 확보를 목표로 정했다. 두 기관은 누리산단에 2MW 태양광을 "
        "먼저 짓는다."
    )
    assert measures(agreement) == {(2, "MW")}
    agreement = only_agreement(
        "가람군은 누리농협과 농가 소득 협약을 맺었다. 군은 5억원을 지원한다. 조합장은 "
        '"‘농가소득 6천만 원’을 달성하자"고 말했다.'
    )
    assert amounts(agreement) == {500_000_000}
