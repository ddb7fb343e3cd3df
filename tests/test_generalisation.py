"""Rules for wordings the dev corpus lacks: sponsorships without 협약, final reports, background MOUs."""

import datetime

import pytest

from agreements.ingest.article import extract_article


def extract(text, headline=None, published=None):
    return extract_article(text, headline=headline, subheadline=None, published=published)


@pytest.mark.parametrize(
    "text",
    [
        "가람구는 ㈜새솔식품의 후원으로 '어르신 밑반찬 나눔 사업'을 추진한다고 3일 밝혔다.",
        "㈜다온산업은 5일 가람시청을 찾아 '청소년 꿈 키움 캠페인' 후원금 1천만원을 기탁했다.",
        "가람시는 2일 '도시 숲 조성 기본계획 연구용역' 최종보고회를 열었다.",
    ],
)
def test_it_recognises_a_sponsorship_without_agreement_words_and_a_final_report(text):
    """A sponsored 사업, a donation to a cause and a study's final report are agreements."""
    is_agreement, agreements = extract(text)
    assert is_agreement and len(agreements) == 1


@pytest.mark.parametrize(
    "text",
    [
        "가람시의회는 19일 시가 최근 5년간 체결한 투자 업무협약(MOU)의 실효성을 추궁했다. "
        "시는 2021년부터 지난해까지 기업 20곳과 투자협약을 맺었지만 가동한 곳은 4곳이다. "
        '한 의원은 "협약식만 요란하다"고 지적했다.',
        "㈜새솔바이오는 3분기 영업이익 90억원을 기록했다. 회사는 지난해 해외 제약사와 맺은 "
        "기술이전 양해각서(MOU)에 따라 실적이 개선됐다고 설명했다.",
        "가람영화제가 14일 개막한다. 사무국은 지난 2019년 업무협약을 맺은 새솔영상원과 함께 고전 영화를 상영한다.",
    ],
)
def test_it_does_not_take_an_agreement_told_as_background_for_the_news(text):
    """An earlier year's MOU, one a clause describes or one quoted in speech is not this article's news."""
    assert extract(text) == (False, [])


def test_it_still_takes_a_signing_dated_last_year_in_a_january_paper():
    """'지난해 12월 30일 … 협약을 체결했다' names its day, so it is the news."""
    text = "가람시는 지난해 12월 30일 ㈜다온테크와 '스마트공장 업무협약'을 체결했다고 2일 밝혔다."
    assert extract(text)[0] is True


def test_it_takes_a_company_that_announces_the_agreement_as_a_party_with_its_latin_names():
    """'X(Latin Name)는 Y시와 … 협약을 맺었다고 밝혔다': X signs, and the gloss and its initials name it."""
    text = (
        "다온클라우드(Daon Cloud Korea)는 나주시와 데이터센터 구축을 위한 업무협약을 맺었다고 3일 밝혔다.\n\n"
        "협약식은 지난 2일 나주시청에서 열렸으며, 양측 대표가 서명했다.\n\n"
        "DCK는 2028년까지 데이터센터를 짓고, 나주시는 기반시설을 지원하기로 했다."
    )
    [agreement] = extract(text)[1]
    parties = {p["name"]: p for p in agreement["parties"]}
    assert parties["다온클라우드"]["role"] == "party"
    assert {"Daon Cloud Korea", "DCK"} <= set(parties["다온클라우드"]["aliases"])
    assert ("다온클라우드", "2028년까지 데이터센터를 짓") in [
        (c["party"], c["text"]) for c in agreement["commitments"]
    ]


def test_it_reads_one_sides_promise_after_the_signing_and_not_what_it_has_done_before():
    """'병원은 …하기로 했다' after the signing is a promise; '…을 지원해 왔다' is the past."""
    text = (
        "가람군은 5일 새솔병원과 '왕진버스 운영 협약'을 맺었다. 새솔병원은 연말까지 마을 12곳을 찾아가기로 했다. "
        "두 기관은 지난 2023년 처음 협약을 맺은 뒤 주민 진료를 지원해 왔다."
    )
    commitments = [(c["party"], c["text"]) for c in extract(text)[1][0]["commitments"]]
    assert commitments == [("새솔병원", "연말까지 마을 12곳을 찾아가기")]


def test_it_takes_the_bodies_that_carry_out_a_study_or_a_task_as_participants():
    """'용역은 A과 ㈜B가 공동으로 수행하며' and 'OO봉사회 회원들이 맡는다' name participants."""
    text = (
        "나주시는 5일 '스마트 농업 연구용역' 착수보고회를 열었다. "
        "용역은 한국농업기술연구원과 ㈜새솔데이터가 공동으로 수행하며 내년 6월까지 진행된다. "
        "현장 조사는 사단법인 새솔봉사회 회원들이 맡는다."
    )
    roles = {p["name"]: p["role"] for p in extract(text)[1][0]["parties"]}
    assert (
        roles["한국농업기술연구원"] == roles["㈜새솔데이터"] == roles["사단법인 새솔봉사회"] == "participant"
    )


def test_it_knows_a_special_self_governing_city_by_its_short_name():
    """'세종시' is the text's short name of '세종특별자치시'."""
    from agreements.ingest.names import is_short_form

    assert is_short_form("세종시", "세종특별자치시") and is_short_form("제주도", "제주특별자치도")


def test_it_counts_those_a_fee_is_paid_for_as_a_target():
    """'청소년 40명의 참가비로' counts the young people served, not attendees."""
    from agreements.ingest.targets import find_targets
    from agreements.ingest.words import words_of

    text = "후원금은 저소득 가정 청소년 40명의 참가비로 쓰인다."
    assert [(t["value"], t["unit"]) for t in find_targets(text, words_of(text), None)] == [(40, "명")]


def test_it_reads_the_giver_of_a_donation_as_its_sponsor_and_the_city_it_goes_to_as_a_party():
    """'㈜X는 OO시청을 찾아 … 후원금을 기탁했다': X sponsors, the city takes part."""
    text = "㈜새솔식품(대표 홍다온)은 5일 나주시청을 찾아 '꿈나무 캠프' 후원금 500만원을 기탁했다."
    roles = {p["name"]: p["role"] for p in extract(text)[1][0]["parties"]}
    assert roles == {"㈜새솔식품": "sponsor", "나주시": "party"}


@pytest.mark.parametrize(
    "text",
    [
        "나주시와 ㈜다온테크 간 '스마트공장 상생협약'이 체결됐다.",
        "나주시는 새솔은행과 맺은 '소상공인 금융지원 협약'을 2년 연장했다고 4일 밝혔다.",
        "나주시는 4일 새솔은행과 '소상공인 금융지원 협약'을 갱신했다.",
        "나주시와 ㈜다온테크는 이날 체결한 업무협약에 따라 공장을 짓는다.",
    ],
)
def test_it_recognises_a_passive_a_renewed_and_a_this_day_agreement(text):
    """'협약이 체결됐다', '협약을 연장/갱신했다' and '이날 체결한 업무협약' report an agreement."""
    assert extract(text)[0] is True


def test_it_mends_a_place_name_kiwi_reads_as_a_verb_or_glues_to_its_particle():
    """'나주시는' (read '나 주시는') and '제천시의' (one noun) are the places, when the text vouches."""
    from agreements.ingest.words import words_of

    stems = [w.stem for w in words_of("나주시는 협약을 맺었다. 김새솔 나주시장이 서명했다. 제천시의 인구.")]
    assert stems[0] == "나주시" and "제천시" in stems
    assert words_of("도와주시는 분들께 감사드린다.")[0].stem == ""


def test_it_reads_the_date_and_place_of_a_ceremony_told_in_the_passive():
    """'협약식은 지난 17일 병원 대회의실에서 … 열렸다' gives the signing date and place."""
    text = (
        "새솔병원은 나주시와 '응급의료 업무협약'을 체결했다고 18일 밝혔다. "
        "협약식은 지난 17일 병원 대회의실에서 홍다온 병원장 등이 참석한 가운데 열렸다."
    )
    agreement = extract(text, published=datetime.date(2026, 3, 18))[1][0]
    assert (agreement["signed_on"], agreement["place"]) == ("2026-03-17", "병원 대회의실")


def test_it_reads_the_bodies_listed_before_etc_as_signers():
    """'A, B, C 등 식품기업 12곳과 … 협약을 체결했다': A, B and C sign, whatever their ending."""
    text = "새솔부는 25일 다온식품, 한결푸드, 새봄 등 식품기업 12곳과 '수출 확대 업무협약'을 체결했다."
    names = [p["name"] for p in extract(text)[1][0]["parties"] if p["role"] == "party"]
    assert {"다온식품", "한결푸드", "새봄"} <= set(names)


def test_it_recognises_a_programme_run_hand_in_hand_with_a_company():
    """'X와 손잡고 … 아카데미를 운영한다' is a programme agreement."""
    text = "나주시는 ㈜새솔건설과 손잡고 다음 달부터 '청년 창업 아카데미'를 운영한다고 9일 밝혔다."
    is_agreement, agreements = extract(text)
    assert is_agreement and agreements[0]["kind"] == "program"


def test_it_reads_the_work_two_sides_share_out_after_the_signing_as_their_promises():
    """'A는 …을 맡고, B는 …을 지원한다' after the signing gives each side its part."""
    text = (
        "나주시와 새솔개발공사는 24일 '그린수소 클러스터 조성 업무협약'을 체결했다. "
        "새솔개발공사는 부지 조성을 맡고, 나주시는 행정 절차를 지원한다."
    )
    parties = [c["party"] for c in extract(text)[1][0]["commitments"]]
    assert parties == ["새솔개발공사", "나주시"]


def test_it_takes_a_latin_named_company_opening_the_signing_sentence_and_a_campus_as_signers():
    """'다온하이텍은 이천시, 새솔대학 이천캠퍼스와 … 협약을 체결했다': the company and the campus sign."""
    text = (
        "다온하이텍은 이천시, 한국새솔대학 이천캠퍼스와 인력 양성을 위한 업무협약을 체결했다고 20일 밝혔다."
    )
    names = [p["name"] for p in extract(text)[1][0]["parties"]]
    assert names == ["다온하이텍", "이천시", "한국새솔대학 이천캠퍼스"]


def test_it_reads_the_head_of_a_village_body_named_by_its_place():
    """'박한결 다온동 주민자치회장' heads '다온동 주민자치회'."""
    text = (
        "나주시와 다온동 주민자치회는 12일 '상생 협약'을 맺었다. 이날 박한결 다온동 주민자치회장이 참석했다."
    )
    people = [(p["name"], p["title"], p["org"]) for p in extract(text)[1][0]["people"]]
    assert ("박한결", "주민자치회장", "다온동 주민자치회") in people


@pytest.mark.parametrize(
    "text",
    [
        "Daon Cloud Systems는 춘천시와 데이터센터 업무협약을 체결했다고 23일 밝혔다.",
        "춘천시는 Daon Cloud Systems와 데이터센터 업무협약을 체결했다.",
    ],
)
def test_it_keeps_a_latin_name_of_several_words_whole(text):
    """'Daon Cloud Systems' signs as one body, not as 'Systems'."""
    names = {p["name"] for p in extract(text)[1][0]["parties"]}
    assert names == {"Daon Cloud Systems", "춘천시"}


def test_it_reads_a_donation_received_and_a_development_fund_deposited():
    """'OO시는 ㈜X로부터 후원금을 기탁받았다': X sponsors, the city takes part; a 발전기금 기탁 is a programme."""
    received = extract("나주시는 ㈜새솔푸드로부터 청소년 캠프 후원금 1천만원을 기탁받았다.")[1][0]
    assert {p["name"]: p["role"] for p in received["parties"]} == {"나주시": "party", "㈜새솔푸드": "sponsor"}
    deposited = extract("㈜새솔푸드는 나주시인재육성재단에 발전기금 1억원을 기탁했다.")[1][0]
    assert deposited["kind"] == "program"


def test_it_leaves_the_time_of_day_out_of_the_signing_place():
    """'4일 오전 10시 시청 접견실에서' was signed at '시청 접견실'."""
    text = "나주시는 4일 오전 10시 시청 접견실에서 ㈜새솔과 업무협약을 체결했다."
    assert extract(text, published=datetime.date(2027, 1, 5))[1][0]["place"] == "시청 접견실"


def test_it_takes_an_agreement_that_starts_in_a_coming_year_for_the_news():
    """'2027년부터 5년간 … 업무협약을 체결했다' is not a background year."""
    text = "나주시와 ㈜다온테크는 2027년부터 5년간 공동 사업을 추진하는 업무협약을 체결했다."
    assert extract(text)[0] is True


@pytest.mark.parametrize("form", ["사회복지법인", "사단법인", "재단법인", "(재)"])
def test_it_reads_a_sponsor_whose_legal_form_is_written_apart(form):
    """'가람구는 사회복지법인 OO재단의 후원으로 …': the foundation sponsors, the district signs."""
    text = f"가람구는 {form} 다온나눔재단의 후원으로 '어르신 밑반찬 나눔 사업'을 추진한다고 3일 밝혔다."

    _, (agreement,) = extract(text)

    roles = {party["name"]: party["role"] for party in agreement["parties"]}
    assert roles["가람구"] == "party"
    assert [role for name, role in roles.items() if "다온나눔재단" in name] == ["sponsor"]
